"""The labelled student utterances the learned layer reads (`corpus/README.md`).

Each table of `corpus/` is a list of utterances with the intent and the ids an examiner accepts.
Two more groups are read with them: the demo cases' example questions, each a question on its
fact's topic, and each shared term's label and keywords, so that every id has a wording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from cases.bundle import terms
from cases.bundle.io import parse_bytes
from cases.bundle.schema import CaseBundle
from cases.vocabulary import ALL

from .model import MatchContext, context_for

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
DEMO_DIR = Path(__file__).resolve().parents[1] / "demo"
#: Tables the lexical matcher was tuned on: they teach how far to trust it on wording it knows.
TUNED = ("dev", "dev2", "heldout", "heldout2")
NOT_TABLES = ("examples", "vocabulary")  # the groups of entries that do not come from tables
_ID_LISTS = {"topics": "topic", "exams": "exam", "investigations": "investigation"}
_INTENT_IDS = {
    "question": "topics",
    "greeting": "topics",
    "exam": "exams",
    "order": "investigations",
}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when PyYAML has it

Entry = dict[str, Any]


@dataclass(frozen=True)
class Labelled:
    """One labelled utterance, as the matcher sees it, with its examiner's reading."""

    group: str  # the table it comes from, or one of NOT_TABLES
    case: str  # the demo case's slug ("" for the vocabulary)
    language: str
    utterance: str
    previous_topics: tuple[str, ...]
    intent: str
    ids: tuple[str, ...]
    also_ok: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corpus:
    entries: tuple[Labelled, ...]
    kinds: dict[str, str]  # every id the corpus labels → topic, exam or investigation


def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (safe)


@lru_cache(maxsize=1)
def demo_cases() -> dict[str, CaseBundle]:
    return {
        path.stem: parse_bytes(path.read_bytes(), "yaml")
        for path in sorted(DEMO_DIR.glob("*.yaml"))
    }


def read_table(path: Path) -> list[Entry]:
    entries = _read_yaml(path)
    if not isinstance(entries, list):
        raise ValueError(f"{path.name}: a table is a YAML list")
    return entries


def labelled(entry: Entry, group: str) -> Labelled:
    """An entry of a table (`corpus/README.md`, "Format") as the learned layer reads it."""
    intent = str(entry["intent"])
    ids = entry.get(_INTENT_IDS[intent]) or () if intent in _INTENT_IDS else ()
    return Labelled(
        group=group,
        case=str(entry["case"]),
        language=demo_cases()[str(entry["case"])].metadata.language,
        utterance=str(entry["utterance"]),
        previous_topics=tuple(entry.get("previous_topics") or ()),
        intent=intent,
        ids=tuple(ids),
        also_ok=tuple(entry.get("also_ok") or ()),
    )


def _examples(slug: str, case: CaseBundle) -> list[Labelled]:
    language = case.metadata.language
    return [
        Labelled("examples", slug, language, question, (), "question", (topic,))
        for topic, questions in terms.examples(case).items()
        for question in questions
    ]


def _vocabulary() -> list[Labelled]:
    """Each shared term's label and keywords, in each language, as one entry of its id."""
    return [
        Labelled(
            "vocabulary",
            "",
            language,
            " ; ".join((label, *keywords)),
            (),
            term.kind.value,
            (term.id,),
        )
        for term in ALL.values()
        for language, label, keywords in (
            ("en", term.label_en, term.keywords_en),
            ("fr", term.label_fr, term.keywords_fr),
        )
    ]


def tables(data: Corpus) -> list[str]:
    """The corpus's tables, in reading order."""
    return list(dict.fromkeys(e.group for e in data.entries if e.group not in NOT_TABLES))


@lru_cache(maxsize=1)
def load() -> Corpus:
    entries: list[Labelled] = []
    kinds: dict[str, str] = {}
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        for entry in read_table(path):
            for key, kind in _ID_LISTS.items():
                kinds.update(dict.fromkeys(entry.get(key) or (), kind))
            entries.append(labelled(entry, path.stem))
    for slug, case in demo_cases().items():
        entries.extend(_examples(slug, case))
        kinds.update(dict.fromkeys(terms.examples(case), "topic"))
    entries.extend(_vocabulary())
    return Corpus(tuple(entries), kinds)


def case_context(slug: str, previous_topics: tuple[str, ...] = ()) -> MatchContext:
    """What the matcher knows when a student interviews demo case ``slug``."""
    return replace(_case_context(slug), previous_topics=previous_topics)


@lru_cache(maxsize=64)
def _case_context(slug: str) -> MatchContext:
    case = demo_cases()[slug]
    return context_for(
        language=case.metadata.language,
        custom_terms=terms.custom_terms(case),
        examples=terms.examples(case),
    )
