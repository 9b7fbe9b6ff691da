"""The fidelity check: precision and recall on a labelled table of replies (EN + FR), and the
offline patient's own replies raising no flags."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from cases import bundle as bundles
from cases.demo import DEMO_DIR
from cases.matching import Classification, Intent
from encounters.patient import fidelity
from encounters.patient.base import ReplyRequest
from encounters.patient.knowledge import PatientKnowledge, patient_knowledge
from encounters.patient.offline import compose
from tests.cases.samples import sample_bundle_data

TABLE = Path(__file__).parent.parent / "encounters" / "fidelity_replies.yaml"
KINDS = ("contradiction", "unsupported")


@cache
def knowledge(slug: str) -> PatientKnowledge:
    if slug == "sample":
        return patient_knowledge(bundles.parse_data(sample_bundle_data()))
    return patient_knowledge(bundles.parse_bytes((DEMO_DIR / f"{slug}.yaml").read_bytes(), "yaml"))


def rows() -> list[dict[str, Any]]:
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))


def test_precision_and_recall_on_the_labelled_replies(capsys: pytest.CaptureFixture[str]) -> None:
    table = rows()
    languages = {knowledge(row["case"]).language for row in table}
    assert len(table) >= 40
    assert languages == {"en", "fr"}
    counts = {kind: [0, 0, 0] for kind in KINDS}  # true positives, false positives, misses
    misses = []
    for row in table:
        flags = fidelity.check(knowledge(row["case"]), row["reply"], tuple(row["topics"]))
        found, expected = {f["kind"] for f in flags}, set(row["expected"])
        for kind in KINDS:
            counts[kind][0] += kind in found and kind in expected
            counts[kind][1] += kind in found and kind not in expected
            counts[kind][2] += kind in expected and kind not in found
        if found != expected:
            misses.append(f"  {row['case']}: {row['reply']!r} expected {sorted(expected)}")
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(f"\nfidelity check on {len(table)} labelled replies ({tp + fn} expected flags):")
        for kind, (k_tp, k_fp, k_fn) in counts.items():
            print(f"  {kind:13} tp {k_tp:2} fp {k_fp:2} missed {k_fn:2}")
        print(f"  precision {precision:.2f}  recall {recall:.2f}")
        print("\n".join(["  disagreements:", *misses]) if misses else "  no disagreements")
    assert precision >= 0.8
    assert recall >= 0.7


def test_table_rows_are_well_formed() -> None:
    for row in rows():
        assert set(row) == {"case", "topics", "reply", "expected"}
        assert set(row["expected"]) <= set(KINDS)
        knowledge(row["case"])  # the case exists


@pytest.mark.parametrize("path", sorted(DEMO_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_offline_replies_to_every_topic_raise_no_flags(path: Path) -> None:
    known = knowledge(path.stem)
    for topic in dict.fromkeys(fact.topic for fact in known.facts):
        request = ReplyRequest(known, (), "?", Classification(Intent.QUESTION, (topic,)))
        text, _facts, topics = compose(request)
        assert fidelity.check(known, text, topics) == [], (topic, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It started three days ago.", [("duration", 4320.0)]),
        ("about twenty a day", [("per_day", 20.0)]),
        ("eight out of ten", [("score", 8.0)]),
        ("half an hour", [("duration", 30.0)]),
        ("Doliprane 1 g toutes les 6 heures", [("dose", 1000.0), ("duration", 360.0)]),
        ("quatre ou cinq jours", [("duration", 5760.0), ("duration", 7200.0)]),
        ("une dizaine de cigarettes par jour", [("per_day", 10.0)]),
        ("soixante-dix minutes", [("duration", 70.0)]),
        ("à 6 heures ce matin, j'ai 31 ans, il a 18 mois, I'm 58 years old", []),
        ("il y a deux semaines", [("duration", 20160.0)]),
    ],
)
def test_numbers_and_durations_are_normalised(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(kind, value) for kind, value, _surface in fidelity.quantities(text)] == expected


def test_flags_have_the_documented_shape() -> None:
    flags = fidelity.check(knowledge("sample"), "No, I never smoke. It began a week ago.", ())
    flags += fidelity.check(knowledge("sample"), "Yes, I smoke.", ("social.tobacco",))
    assert flags
    for flag in flags:
        assert set(flag) == {"kind", "topic", "detail"}
        assert flag["kind"] in KINDS
