"""Encounter services: turns, idempotency, answers from the case, deadlines, note."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from cases.matching import classify
from cases.models import CaseVersion
from encounters import casebook, services
from encounters.models import Encounter, Note, Turn
from encounters.patient.offline import OfflineEngine
from encounters.replies import generate_reply
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas
from tests.encounters.conftest import publish

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def ask(encounter: Encounter, text: str, msg: str) -> services.TurnOutcome:
    return services.record_student_turn(encounter=encounter, text=text, client_msg_id=msg)


def test_start_sets_the_interview_deadline_from_the_case(
    personas: Personas, version: CaseVersion
) -> None:
    encounter = services.start_encounter(student=personas.student, version=version)
    minutes = (encounter.interview_deadline - encounter.started_at).total_seconds() / 60
    assert minutes == pytest.approx(8)
    assert encounter.status == Encounter.Status.INTERVIEW
    assert encounter.patient_engine == "offline"


def test_exam_mode_is_refused_for_students(personas: Personas, version: CaseVersion) -> None:
    with pytest.raises(services.EncounterError, match="tutor's assignment"):
        services.start_encounter(student=personas.student, version=version, mode="exam")


def test_exam_reserved_case_cannot_be_practised(personas: Personas) -> None:
    data = sample_bundle_data()
    data["metadata"]["use"] = "exam"
    with pytest.raises(services.EncounterError, match="not open for practice"):
        services.start_encounter(student=personas.student, version=publish(data))


def test_question_stores_the_student_turn_and_a_pending_reply(encounter: Encounter) -> None:
    outcome = ask(encounter, "When did it start?", "m1")
    assert outcome.created
    assert (outcome.student_turn.seq, outcome.student_turn.role) == (1, Turn.Role.STUDENT)
    assert outcome.student_turn.topics == ["hpi.onset"]
    [reply] = outcome.answers
    assert (reply.seq, reply.status, reply.reply_to) == (
        2,
        Turn.Status.PENDING,
        outcome.student_turn,
    )


def test_a_classification_is_reused_only_when_made_with_the_stored_last_topics(
    encounter: Encounter,
) -> None:
    context = casebook.match_context(encounter.case_version_id, ())
    forged = replace(classify("Do you smoke?", context), topics=("ros.cough",))
    outcome = services.record_student_turn(
        encounter=encounter, text="Do you smoke?", client_msg_id="1", classified=((), forged)
    )
    assert outcome.student_turn.topics == ["ros.cough"]  # same last topics (none): reused
    outcome = services.record_student_turn(
        encounter=encounter,
        text="Any fever?",
        client_msg_id="2",
        classified=(("ros.fever",), forged),  # the last question's topics are ros.cough now
    )
    after_cough = casebook.match_context(encounter.case_version_id, ("ros.cough",))
    expected = list(classify("Any fever?", after_cough).topics)
    assert outcome.student_turn.topics == expected != ["ros.cough"]  # classified again


def test_resend_with_same_client_msg_id_adds_no_turn(encounter: Encounter) -> None:
    first = ask(encounter, "When did it start?", "m1")
    again = ask(encounter, "When did it start?", "m1")
    assert not again.created
    assert again.student_turn == first.student_turn
    assert again.answers == first.answers
    assert encounter.turns.count() == 2


def test_exam_request_is_answered_from_the_case(encounter: Encounter) -> None:
    outcome = ask(encounter, "Can I look in your throat?", "m1")
    [finding] = outcome.answers
    assert finding.role == Turn.Role.EXAM
    assert "white exudate" in finding.text
    assert finding.engine == "case"


def test_unauthored_exam_gets_the_case_default(encounter: Encounter) -> None:
    outcome = services.request_exam(
        encounter=encounter, client_msg_id="m1", region="exam.abdo.palpation"
    )
    assert "No abnormality found." in outcome.answers[0].text


def test_order_is_answered_from_the_case(encounter: Encounter) -> None:
    outcome = services.order_investigation(
        encounter=encounter, client_msg_id="m1", investigation="inv.micro.throat_swab"
    )
    assert "streptococcus" in outcome.answers[0].text
    missing = services.order_investigation(
        encounter=encounter, client_msg_id="m2", text="I'd like an ECG"
    )
    assert "not available" in missing.answers[0].text


@pytest.mark.django_db(transaction=True)
def test_offline_reply_uses_the_facts_and_is_stored(encounter: Encounter) -> None:
    outcome = ask(encounter, "Do you have any allergies?", "m1")
    reply = asyncio.run(generate_reply(outcome.answers[0].pk, OfflineEngine(), None))
    assert reply.status == Turn.Status.OK
    assert "penicillin" in reply.text
    assert reply.facts_used == [4]
    assert reply.ttft_ms is not None


def test_only_failed_replies_can_be_regenerated(encounter: Encounter) -> None:
    outcome = ask(encounter, "Do you smoke?", "m1")
    pending = outcome.answers[0]
    with pytest.raises(services.EncounterError, match="Only a failed reply"):
        services.regenerate_reply(encounter=encounter, seq=pending.seq)
    Turn.objects.filter(pk=pending.pk).update(status=Turn.Status.FAILED)
    again = services.regenerate_reply(encounter=encounter, seq=pending.seq)
    assert (again.seq, again.reply_to, again.status) == (
        3,
        outcome.student_turn,
        Turn.Status.PENDING,
    )
    assert Turn.objects.get(pk=pending.pk).status == Turn.Status.FAILED
    with pytest.raises(services.EncounterError, match="already regenerated"):
        services.regenerate_reply(encounter=encounter, seq=pending.seq)


def test_ending_twice_is_harmless(encounter: Encounter) -> None:
    first = services.end_encounter(encounter=encounter)
    second = services.end_encounter(encounter=encounter)
    assert first.status == second.status == Encounter.Status.NOTE
    assert first.note_deadline == second.note_deadline
    with pytest.raises(services.EncounterError, match="ended"):
        ask(encounter, "One more thing?", "late")


def test_overdue_interview_is_closed_lazily_on_the_next_action(encounter: Encounter) -> None:
    Encounter.objects.filter(pk=encounter.pk).update(
        interview_deadline=timezone.now() - timedelta(seconds=1)
    )
    encounter.refresh_from_db()  # deadlines never move in use; the test moves it in the past
    with pytest.raises(services.EncounterError, match="ended"):
        ask(encounter, "Do you smoke?", "m1")
    encounter.refresh_from_db()
    assert (encounter.status, encounter.end_reason) == (Encounter.Status.NOTE, "timeout")


def test_pending_replies_fail_when_the_interview_ends(encounter: Encounter) -> None:
    pending = ask(encounter, "Do you smoke?", "m1").answers[0]
    services.end_encounter(encounter=encounter)
    pending.refresh_from_db()
    assert pending.status == Turn.Status.FAILED


def test_note_submission_finishes_and_queues_scoring(
    encounter: Encounter, django_capture_on_commit_callbacks: object
) -> None:
    services.end_encounter(encounter=encounter)
    with django_capture_on_commit_callbacks() as callbacks:  # type: ignore[operator]
        note = services.submit_note(
            encounter=encounter, summary="Sore throat", differential="EBV", plan="Swab"
        )
    encounter.refresh_from_db()
    assert encounter.status == Encounter.Status.DONE
    assert note.text.startswith("Sore throat")
    assert len(callbacks) == 1
    with pytest.raises(services.EncounterError, match="no longer"):
        services.submit_note(encounter=encounter, summary="again", differential="", plan="")


def test_sweeper_closes_overdue_interviews_and_notes(
    personas: Personas, version: CaseVersion
) -> None:
    long_ago = timezone.now() - timedelta(hours=2)
    old = services.start_encounter(student=personas.student, version=version)
    Encounter.objects.filter(pk=old.pk).update(interview_deadline=long_ago)
    fresh = services.start_encounter(student=personas.student, version=version)
    out = StringIO()
    call_command("sweep_encounters", stdout=out)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.status == Encounter.Status.DONE
    assert Note.objects.get(encounter=old).is_late
    assert fresh.status == Encounter.Status.INTERVIEW
    assert "1 encounter" in out.getvalue()


def test_sweeper_fails_replies_whose_generation_died(encounter: Encounter) -> None:
    pending = ask(encounter, "Do you smoke?", "m1").answers[0]
    fresh = ask(encounter, "Any allergies?", "m2").answers[0]
    old = timezone.now() - services.stale_reply_age() - timedelta(seconds=1)
    Turn.objects.filter(pk=pending.pk).update(created_at=old)
    assert services.fail_stale_replies() == 1
    pending.refresh_from_db()
    fresh.refresh_from_db()
    assert pending.status == Turn.Status.FAILED
    assert fresh.status == Turn.Status.PENDING
    assert services.regenerate_reply(encounter=encounter, seq=pending.seq).status == "pending"
