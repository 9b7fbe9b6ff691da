"""`score_batch`: a thousand generated transcripts in worker processes, progress, JSON Lines
and CSV, invalid lines reported and skipped, resumption, cohorts and cases from the database."""

from __future__ import annotations

import csv
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from cases.models import CaseVersion
from scoring.models import Score, ScoringJob
from tests.conftest import Personas
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, finished_encounter
from tests.scoring.generated import generate, write_jsonl

pytestmark = pytest.mark.django_db
INVALID = [
    "{not json",
    json.dumps({"id": "lost", "case": "nowhere/none", "turns": []}),
    json.dumps({"id": "flat", "case": "docsim-demo/chest-pain", "turns": "hello"}),
]


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("score_batch", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_thousand_transcripts_are_scored_in_two_worker_processes(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", generate(1000), INVALID)
    out, err = run("--input", str(source), "--output", str(tmp_path / "res"), "--workers", "2")
    rows = lines(tmp_path / "res.jsonl")
    assert len(rows) == 1000
    assert len({r["id"] for r in rows}) == 1000
    assert {r["engine"] for r in rows} == {"offline"}
    assert len({r["case"] for r in rows}) == 10
    first = rows[0]
    assert set(first) >= {"percent", "passed", "critical_missed", "sections", "verdicts"}
    assert all(v["evidence"] or v["verdict"] != "met" or v["section"] == "communication"
               for r in rows for v in r["verdicts"])  # fmt: skip
    with (tmp_path / "res.csv").open(encoding="utf-8") as table:
        records = list(csv.DictReader(table))
    assert len(records) == 1000
    assert records[0]["id"] == first["id"]
    assert float(records[0]["percent"]) == first["percent"]
    # progress on stderr, invalid lines reported with their number
    assert "[##############################] 1003/1003 100%" in err
    assert "line 4: not valid JSON" in err
    assert "line 11: unknown case nowhere/none" in err
    assert "line 18: turns:" in err
    job = ScoringJob.objects.get()
    assert (job.kind, job.status, job.total, job.done, job.skipped) == (
        "transcripts",
        "done",
        1003,
        1000,
        3,
    )
    assert job.results == {"jsonl": str(tmp_path / "res.jsonl"), "csv": str(tmp_path / "res.csv")}
    assert job.finished_at is not None
    assert "1000 scored, 3 skipped" in out


def test_resume_skips_ids_already_written_and_repairs_a_torn_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", generate(60, seed=3))
    prefix = tmp_path / "res"
    run("--input", str(source), "--output", str(prefix), "--no-progress")
    output = tmp_path / "res.jsonl"
    kept = output.read_text(encoding="utf-8").splitlines()[:25]
    output.write_text("\n".join(kept) + "\n" + kept[25 - 1][:40], encoding="utf-8")  # torn
    with pytest.raises(CommandError, match="--resume"):
        run("--input", str(source), "--output", str(prefix))
    out, _err = run("--input", str(source), "--output", str(prefix), "--resume", "--no-progress")
    rows = lines(output)
    assert [r["id"] for r in rows] == [f"gen-{i:05d}" for i in range(60)]
    assert "35 scored, 0 skipped (invalid), 25 already done" in out
    assert ScoringJob.objects.order_by("pk").last().parameters["resumed"] == 25  # type: ignore[union-attr]
    with (tmp_path / "res.csv").open(encoding="utf-8") as table:
        assert len(list(csv.DictReader(table))) == 60


def test_a_cohorts_encounters_are_scored_and_stored_once(
    tmp_path: Path, personas: Personas, chest_pain: CaseVersion
) -> None:
    mine = [finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE)
            for _ in range(3)]  # fmt: skip
    finished_encounter(personas.other_student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE)
    run("--cohort", "Cohort A", "--output", str(tmp_path / "a"), "--workers", "2")
    rows = lines(tmp_path / "a.jsonl")
    assert sorted(r["id"] for r in rows) == sorted(f"encounter-{e.pk}" for e in mine)
    assert Score.objects.count() == 3
    assert {r["score"] for r in rows} == set(Score.objects.values_list("pk", flat=True))
    run("--case", "docsim-demo/chest-pain", "--output", str(tmp_path / "b"), "--no-progress")
    assert len(lines(tmp_path / "b.jsonl")) == 4
    assert Score.objects.count() == 4  # the cohort's three were not scored again
    assert ScoringJob.objects.filter(kind="case", done=4).exists()


def test_an_unknown_cohort_is_an_error(tmp_path: Path, db: None) -> None:
    with pytest.raises(CommandError, match="no cohort"):
        run("--cohort", "Nobody", "--output", str(tmp_path / "x"))


def test_a_transcript_the_engine_fails_on_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scoring.engines.offline import OfflineExaminer

    original = OfflineExaminer.assess

    def fragile(self: OfflineExaminer, case: Any) -> Any:
        if any(turn.text == "BOOM" for turn in case.turns):
            raise RuntimeError("engine bug")
        return original(self, case)

    monkeypatch.setattr(OfflineExaminer, "assess", fragile)
    records = generate(5)
    records[2]["turns"].append({"role": "student", "text": "BOOM"})
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out, err = run("--input", str(source), "--output", str(tmp_path / "r"), "--no-progress")
    assert "gen-00002: scoring failed (RuntimeError: engine bug)" in err
    assert "4 scored, 1 skipped" in out
    assert len(lines(tmp_path / "r.jsonl")) == 4
