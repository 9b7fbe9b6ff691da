"""The offline examiner: history from what the student asked, exams and tests from what the
student requested, evidence quoted verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.engines.base import ItemResult, NoteText, ScoringInput, TranscriptTurn, Verdict
from scoring.engines.offline import OfflineExaminer, related
from scoring.transcripts import read_records
from tests.scoring.conftest import demo, transcript

DATA = Path(__file__).resolve().parents[2] / "scoring" / "data" / "agreement_demo.jsonl"


def verdicts(case: ScoringInput) -> dict[str, ItemResult]:
    return {item.item_id: item for item in OfflineExaminer().assess(case).items}


def test_a_history_item_is_met_when_the_student_asked() -> None:
    case = transcript("chest-pain", [("student", "Hello. Do you smoke?"), ("patient", "Yes.")])
    item = verdicts(case)["H9"]
    assert item.verdict == Verdict.MET
    assert [(e.turn, e.quote) for e in item.evidence] == [(1, "Do you smoke?")]
    assert item.source == "offline"


def test_what_the_patient_volunteers_earns_the_student_nothing() -> None:
    case = transcript(
        "chest-pain",
        [("student", "Hello."), ("patient", "I smoke twenty a day and my dad had a heart attack.")],
    )
    found = verdicts(case)
    assert found["H9"].verdict == Verdict.NOT_MET
    assert found["H10"].verdict == Verdict.NOT_MET


def test_topics_stored_when_the_question_was_asked_count() -> None:
    turn = TranscriptTurn(seq=1, role="student", text="And that?", topics=("social.tobacco",))
    case = ScoringInput(demo("chest-pain"), (turn,))
    assert verdicts(case)["H9"].verdict == Verdict.MET


def test_french_history_questions_are_credited() -> None:
    case = transcript("cephalee", [("student", "Est-ce que vous fumez ?"), ("patient", "Oui.")])
    assert verdicts(case)["H11"].verdict == Verdict.MET


@pytest.mark.parametrize(
    ("wanted", "authored", "expected"),
    [
        ("exam.cardio", "exam.cardio.auscultation", True),  # a region covers its manoeuvres
        ("exam.vitals.bp", "exam.vitals", True),  # and a manoeuvre its region
        ("exam.cardio.auscultation", "exam.cardio.auscultation", True),
        ("exam.cardio", "exam.cardiology", False),
        ("exam.resp.auscultation", "exam.cardio.auscultation", False),
    ],
)
def test_region_and_manoeuvre_relation(wanted: str, authored: str, expected: bool) -> None:
    assert related(wanted, authored) is expected


def test_a_region_request_covers_the_manoeuvre_item() -> None:
    turn = TranscriptTurn(seq=1, role="student", text="Examine the heart", intent="exam",
                          terms=("exam.cardio",))  # fmt: skip
    assert verdicts(ScoringInput(demo("chest-pain"), (turn,)))["E3"].verdict == Verdict.MET


def test_a_request_answered_by_a_result_counts_even_without_an_order_cue() -> None:
    case = transcript(
        "chest-pain",
        [("student", "ECG please."), ("investigation", "Sinus rhythm, ST depression.")],
    )
    found = verdicts(case)
    assert found["E1"].verdict == Verdict.MET
    assert found["E1"].evidence[0].turn == 1
    assert found["E2"].verdict == Verdict.NOT_MET


def test_a_question_about_an_exam_is_not_a_request_for_it() -> None:
    case = transcript("chest-pain", [("student", "Has anyone ever done an ECG on you?"),
                                     ("patient", "No.")])  # fmt: skip
    assert verdicts(case)["E1"].verdict == Verdict.NOT_MET


def test_an_item_relating_to_several_targets_needs_only_one() -> None:
    case = transcript(
        "chest-pain", [("student", "Are you short of breath?"), ("patient", "A bit.")]
    )
    assert verdicts(case)["H5"].verdict == Verdict.MET  # associated symptoms, dyspnoea...


def test_silence_is_not_applicable_in_text() -> None:
    found = verdicts(transcript("bad-news", [("student", "Hello.")]))
    assert found["C4"].verdict == Verdict.NOT_APPLICABLE


def test_an_empty_encounter_meets_nothing() -> None:
    found = verdicts(ScoringInput(demo("palpitations"), ()))
    assert {item.verdict for item in found.values()} == {Verdict.NOT_MET}
    assert all(item.rationale for item in found.values())


def test_every_evidence_quote_is_verbatim_from_its_turn_or_the_note() -> None:
    records = list(read_records(DATA, lambda key: demo(key.split("/")[1])))
    assert len(records) >= 30
    checked = 0
    for record in records:
        assert not isinstance(record, tuple), record
        case = record.to_input()
        for item in OfflineExaminer().assess(case).items:
            assert item.rationale
            for evidence in item.evidence:
                turn = case.turn(evidence.turn) if evidence.turn is not None else None
                source = case.note.text if turn is None else turn.text
                assert evidence.quote, (record.id, item.item_id)
                assert evidence.quote in source, (record.id, item.item_id)
                checked += 1
            if (
                item.verdict in (Verdict.MET, Verdict.PARTIALLY_MET)
                and item.section != "communication"
            ):
                assert item.evidence, (record.id, item.item_id)
    assert checked > 500


def test_note_items_read_the_note() -> None:
    case = ScoringInput(demo("chest-pain"), (), NoteText(differential="NSTEMI"))
    found = verdicts(case)
    assert found["N1"].verdict == Verdict.MET
    assert found["N1"].evidence[0].as_dict() == {"note": True, "quote": "NSTEMI"}
