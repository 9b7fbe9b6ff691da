"""Generated external transcripts from the demo cases' facts and example questions."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cases import vocabulary
from cases.demo import load_demo_bundles


def generate(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """`count` transcripts of varied quality over every demo case, in the batch format."""
    rng = random.Random(seed)
    bundles = load_demo_bundles()
    records = []
    for index in range(count):
        bundle = bundles[index % len(bundles)]
        language = bundle.metadata.language
        turns: list[dict[str, str]] = []
        greeting = "Bonjour, je m'appelle Alex, je suis étudiant." if language == "fr" else (
            "Hello, I'm Alex, a medical student.")  # fmt: skip
        turns.append({"role": "student", "text": greeting})
        asked = [f for f in bundle.facts if f.example_questions and rng.random() < 0.35]
        for fact in asked:
            turns.append({"role": "student", "text": rng.choice(fact.example_questions)})
            turns.append({"role": "patient", "text": fact.text})
        for finding in bundle.exam_findings:
            if rng.random() < 0.25:
                label = vocabulary.label(finding.exam, language)
                ask = "Je vais examiner : " if language == "fr" else "I'd like to examine: "
                turns += [{"role": "student", "text": ask + label},
                          {"role": "exam", "text": finding.text}]  # fmt: skip
        for result in bundle.investigations:
            if rng.random() < 0.25:
                label = vocabulary.label(result.investigation, language)
                ask = "Je demande : " if language == "fr" else "I'd like to order: "
                turns += [{"role": "student", "text": ask + label},
                          {"role": "investigation", "text": result.text}]  # fmt: skip
        note_items = [i for i in bundle.checklist.items if i.accepted_phrasings]
        written = [rng.choice(i.accepted_phrasings) for i in note_items if rng.random() < 0.6]
        records.append({
            "id": f"gen-{index:05d}",
            "case": bundle.key,
            "turns": turns,
            "note": {"summary": bundle.door_instructions.reason_for_visit,
                     "differential": ", ".join(written[:3]), "plan": ". ".join(written[3:])},
        })  # fmt: skip
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]], extra: Sequence[str] = ()) -> Path:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    for position, line in enumerate(extra):
        lines.insert(3 + 7 * position, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
