"""`scoring_agreement`: the offline engine against the labelled demo set, and the file format."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from scoring.transcripts import Record, read_records
from tests.scoring.conftest import demo

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parents[2] / "scoring" / "data" / "agreement_demo.jsonl"


def test_the_demo_set_is_labelled_item_by_item_across_cases_and_languages() -> None:
    records = list(read_records(DATA, lambda key: demo(key.split("/")[1])))
    assert all(isinstance(r, Record) for r in records)
    labelled = [r for r in records if isinstance(r, Record)]
    assert len(labelled) >= 30
    assert len({r.bundle.key for r in labelled}) >= 4
    assert {r.bundle.metadata.language for r in labelled} == {"en", "fr"}
    for record in labelled:
        items = {item.id for item in record.bundle.checklist.items}
        assert set(record.transcript.labels or {}) == items, record.id
        assert record.transcript.note is not None
        assert record.transcript.note.summary


def test_the_report_gives_the_figures_overall_per_section_and_per_item(tmp_path: Path) -> None:
    out = StringIO()
    figures = tmp_path / "figures.json"
    call_command("scoring_agreement", str(DATA), "--json", str(figures), stdout=out)
    text = out.getvalue()
    assert "offline engine vs human labels: 32 transcripts, 5 cases, 857 item labels" in text
    for heading in ("overall", "communication", "history", "chest-pain H2", "lombalgie N2"):
        assert heading in text
    data = json.loads(figures.read_text())
    overall = data["overall"]
    assert overall["n"] == 857
    assert set(overall) == {"n", "accuracy", "precision", "recall", "f1", "kappa", "mcc"}
    assert overall["kappa"] >= 0.6  # docs/scoring.md reports the figures; this guards a collapse
    assert set(data["sections"]) == {"introduction", "history", "examination", "communication",
                                     "note"}  # fmt: skip


def test_bad_lines_are_reported_and_an_unlabelled_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": 1\n' + json.dumps(
        {"id": "x", "case": "docsim-demo/chest-pain", "turns": []}) + "\n")  # fmt: skip
    err = StringIO()
    with pytest.raises(CommandError, match="no labelled transcript"):
        call_command("scoring_agreement", str(source), stderr=err)
    assert "line 1: not valid JSON" in err.getvalue()
    assert "1 transcripts have no labels" in err.getvalue()
