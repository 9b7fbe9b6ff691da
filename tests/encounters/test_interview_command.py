"""`manage.py interview`: scripted with JSON lines, and interactive."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cases.models import CaseVersion
from encounters.models import Encounter, Turn
from tests.conftest import Personas

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.smoke]


def test_scripted_interview_prints_one_json_line_per_turn(
    personas: Personas, version: CaseVersion, tmp_path: Path
) -> None:
    script = tmp_path / "script.txt"
    script.write_text("Do you have any allergies?\n/exam exam.ent.throat\nI'd like a throat swab\n")
    out = StringIO()
    call_command(
        "interview", "sore-throat", "--script", str(script), "--json", "--user", "student_a",
        stdout=out,
    )  # fmt: skip
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["kind"] for line in lines] == ["question", "exam", "order"]
    assert "penicillin" in lines[0]["reply"]
    assert lines[0]["topics"] == ["allergies.drug"]
    assert lines[0]["engine"] == "offline"
    assert lines[0]["ttft_ms"] is not None
    assert lines[1]["terms"] == ["exam.ent.throat"]
    assert "Group A streptococcus" in lines[2]["reply"]
    encounter = Encounter.objects.get()
    assert encounter.status == Encounter.Status.NOTE  # ended through the service
    assert encounter.turns.filter(role=Turn.Role.STUDENT).count() == 3


def test_interactive_interview_streams_replies(
    personas: Personas,
    version: CaseVersion,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = iter(["Do you smoke?", "/end"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    call_command("interview", "sore-throat", "--user", "student_a", stdout=StringIO())
    assert "I don't smoke." in capsys.readouterr().out


def test_unknown_case_or_user_is_a_clear_error(personas: Personas, version: CaseVersion) -> None:
    with pytest.raises(CommandError, match="no published case 'nothing'"):
        call_command("interview", "nothing", "--user", "student_a", stdout=StringIO())
    with pytest.raises(CommandError, match="no user 'ghost'"):
        call_command("interview", "sore-throat", "--user", "ghost", stdout=StringIO())
