"""Encounter workflows: start, student turns, exam and test answers, end, note, deadlines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import wraps
from typing import ParamSpec, TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from cases.bundle.schema import Use
from cases.matching import Classification, Intent, classify, find_terms
from cases.models import CaseVersion
from cases.vocabulary import Kind
from encounters import casebook, events
from encounters.models import Encounter, Note, Turn
from encounters.patient import injection

P = ParamSpec("P")
R = TypeVar("R")


class EncounterError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class TurnOutcome:
    """What one student action produced: their turn, and the answer turns (new or existing)."""

    student_turn: Turn
    created: bool
    answers: list[Turn] = field(default_factory=list)
    classification: Classification | None = None
    earlier: list[Turn] | None = None  # the turns before it, in order, when the service read them


def start_encounter(
    *,
    student: User,
    version: CaseVersion,
    mode: str = Encounter.Mode.PRACTICE,
    engine: str | None = None,
) -> Encounter:
    if mode != Encounter.Mode.PRACTICE:
        raise EncounterError(
            "exam_mode", _("Exam encounters are started by a tutor's assignment, not by students.")
        )
    if version.use != Use.PRACTICE or version.case.is_retired:
        raise EncounterError("not_practice", _("This station is not open for practice."))
    minutes = casebook.bundle(version.pk).metadata.interview_minutes
    engine = engine or settings.DOCSIM_PATIENT_ENGINE
    now = timezone.now()
    return Encounter.objects.create(
        student=student,
        case_version=version,
        mode=mode,
        started_at=now,
        interview_deadline=now + timedelta(minutes=minutes),
        patient_engine=engine,
        patient_model=settings.DOCSIM_PATIENT_MODEL if engine == "llm" else "",
    )


def _lock(encounter: Encounter) -> Encounter:
    return Encounter.objects.select_for_update().get(pk=encounter.pk)


def _apply_deadlines(encounter: Encounter, now: datetime) -> Encounter:
    """Move an overdue encounter on (interview → note → done); the caller holds the lock."""
    if encounter.status == Encounter.Status.INTERVIEW and encounter.interview_deadline <= now:
        _close_interview(encounter, Encounter.EndReason.TIMEOUT, at=encounter.interview_deadline)
    if (
        encounter.status == Encounter.Status.NOTE
        and encounter.note_deadline is not None
        and encounter.note_deadline <= now
    ):
        Note.objects.get_or_create(encounter=encounter, defaults={"is_late": True})
        _finish(encounter, at=encounter.note_deadline)
    return encounter


@transaction.atomic
def enforce_deadlines(encounter: Encounter, now: datetime | None = None) -> Encounter:
    return _apply_deadlines(_lock(encounter), now or timezone.now())


def _is_overdue(encounter: Encounter, now: datetime) -> bool:
    if encounter.status == Encounter.Status.INTERVIEW:
        return encounter.interview_deadline <= now
    return encounter.status == Encounter.Status.NOTE and (
        encounter.note_deadline is not None and encounter.note_deadline <= now
    )


def current_state(encounter: Encounter) -> Encounter:
    """The encounter as stored, moved on first when a deadline has passed: what
    enforce_deadlines returns, with one plain read instead of a locking transaction while
    nothing is due (every timer tick and snapshot asks)."""
    now = timezone.now()
    fresh = Encounter.objects.get(pk=encounter.pk)
    return enforce_deadlines(fresh, now) if _is_overdue(fresh, now) else fresh


def _close_interview(encounter: Encounter, reason: str, at: datetime) -> None:
    note_minutes = casebook.bundle(encounter.case_version_id).metadata.note_minutes
    encounter.status = Encounter.Status.NOTE
    encounter.ended_at = at
    encounter.end_reason = reason
    encounter.note_deadline = at + timedelta(minutes=note_minutes)
    encounter.save(update_fields=["status", "ended_at", "end_reason", "note_deadline"])
    Turn.objects.filter(encounter=encounter, status=Turn.Status.PENDING).update(
        status=Turn.Status.FAILED, failure_reason="interview ended"
    )


def _finish(encounter: Encounter, at: datetime) -> None:
    encounter.status = Encounter.Status.DONE
    encounter.finished_at = at
    encounter.save(update_fields=["status", "finished_at"])
    events.queue_scoring(encounter.pk)


def deadlines_first(func: Callable[P, R]) -> Callable[P, R]:
    """Apply overdue deadlines in their own transaction, so they stick even when the action
    that noticed them is then refused."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        encounter = kwargs["encounter"]
        assert isinstance(encounter, Encounter)
        # The interview deadline never moves, so a live interview needs no extra transaction.
        if not encounter.is_interviewing or encounter.interview_deadline <= timezone.now():
            enforce_deadlines(encounter)
        return func(*args, **kwargs)

    return wrapper


def _open_for_turns(encounter: Encounter) -> Encounter:
    locked = _apply_deadlines(_lock(encounter), timezone.now())
    if not locked.is_interviewing:
        raise EncounterError("ended", _("The interview has ended."))
    return locked


def _next_seq(encounter: Encounter) -> int:
    last = encounter.turns.aggregate(last=Max("seq"))["last"]
    return (last or 0) + 1


def _add_turn(
    encounter: Encounter, after: Turn | None = None, seq: int | None = None, **fields: object
) -> Turn:
    """A new turn numbered `seq`, or after `after` (same transaction, encounter locked), or
    after the last."""
    if seq is None:
        seq = after.seq + 1 if after is not None else _next_seq(encounter)
    return Turn.objects.create(encounter=encounter, seq=seq, **fields)


def _existing_in(turns: list[Turn], client_msg_id: str) -> TurnOutcome | None:
    """`_existing`, from the encounter's turns already read."""
    turn = next((t for t in turns if t.client_msg_id == client_msg_id), None)
    if turn is None:
        return None
    answers = [t for t in turns if t.reply_to_id == turn.pk]
    for answer in answers:
        answer.reply_to = turn
    return TurnOutcome(turn, created=False, answers=answers)


def _existing(encounter: Encounter, client_msg_id: str) -> TurnOutcome | None:
    turn = encounter.turns.filter(client_msg_id=client_msg_id).first()
    if turn is None:
        return None
    return TurnOutcome(turn, created=False, answers=list(turn.replies.order_by("seq")))


@deadlines_first
@transaction.atomic
def record_student_turn(
    *,
    encounter: Encounter,
    text: str,
    client_msg_id: str,
    classified: tuple[tuple[str, ...], Classification] | None = None,
) -> TurnOutcome:
    """Store what the student said; exam requests and orders are answered from the case at once,
    anything else gets a pending patient turn for an engine to fill. `classified` is the text's
    classification made by the caller, with the last question's topics it assumed: used when
    those are the stored ones."""
    encounter = _open_for_turns(encounter)
    earlier = list(encounter.turns.order_by("seq"))  # one read for what the next lines need
    existing = _existing_in(earlier, client_msg_id)
    if existing is not None:
        return existing
    previous = previous_topics(earlier)
    if classified is not None and classified[0] == previous:
        found = classified[1]
    else:
        found = classify(text, casebook.match_context(encounter.case_version_id, previous))
    is_injection = _count_injection(encounter, text)
    if found.intent == Intent.EXAM:
        return _mark(
            _answer_from_case(encounter, Kind.EXAM, text, client_msg_id, found.exams, found),
            is_injection,
        )
    if found.intent == Intent.ORDER:
        outcome = _answer_from_case(
            encounter, Kind.INVESTIGATION, text, client_msg_id, found.investigations, found
        )
        return _mark(outcome, is_injection)
    student = _add_turn(
        encounter,
        seq=earlier[-1].seq + 1 if earlier else 1,
        role=Turn.Role.STUDENT,
        text=text,
        intent=found.intent,
        topics=list(found.topics),
        client_msg_id=client_msg_id,
        is_injection=is_injection,
    )
    reply = _add_turn(
        encounter,
        after=student,
        role=Turn.Role.PATIENT,
        status=Turn.Status.PENDING,
        reply_to=student,
        engine=encounter.patient_engine,
    )
    return TurnOutcome(student, True, answers=[reply], classification=found, earlier=earlier)


@deadlines_first
@transaction.atomic
def request_exam(
    *, encounter: Encounter, client_msg_id: str, region: str | None = None, text: str | None = None
) -> TurnOutcome:
    encounter = _open_for_turns(encounter)
    existing = _existing(encounter, client_msg_id)
    if existing is not None:
        return existing
    context = casebook.match_context(encounter.case_version_id, ())
    regions = (region,) if region else find_terms(text or "", Kind.EXAM, context)
    label = text or casebook.term_label(encounter.case_version_id, region or "")
    return _answer_from_case(encounter, Kind.EXAM, label, client_msg_id, regions, None)


@deadlines_first
@transaction.atomic
def order_investigation(
    *,
    encounter: Encounter,
    client_msg_id: str,
    investigation: str | None = None,
    text: str | None = None,
) -> TurnOutcome:
    encounter = _open_for_turns(encounter)
    existing = _existing(encounter, client_msg_id)
    if existing is not None:
        return existing
    context = casebook.match_context(encounter.case_version_id, ())
    ids = (investigation,) if investigation else find_terms(text or "", Kind.INVESTIGATION, context)
    label = text or casebook.term_label(encounter.case_version_id, investigation or "")
    return _answer_from_case(encounter, Kind.INVESTIGATION, label, client_msg_id, ids, None)


def _answer_from_case(
    encounter: Encounter,
    kind: Kind,
    text: str,
    msg_id: str,
    ids: tuple[str, ...],
    found: Classification | None,
) -> TurnOutcome:
    """Store the request and the case's authored answer: findings and results always come
    from the case, never from an engine."""
    is_exam = kind is Kind.EXAM
    student = _add_turn(
        encounter, role=Turn.Role.STUDENT, text=text, terms=list(ids), client_msg_id=msg_id,
        intent=Intent.EXAM if is_exam else Intent.ORDER,
    )  # fmt: skip
    answer_of = casebook.findings if is_exam else casebook.results
    answer_text, answered = answer_of(encounter.case_version_id, ids)
    answer = _add_turn(
        encounter, after=student, role=Turn.Role.EXAM if is_exam else Turn.Role.INVESTIGATION,
        text=answer_text, reply_to=student, terms=answered, engine="case",
    )  # fmt: skip
    return TurnOutcome(student, created=True, answers=[answer], classification=found)


def _count_injection(encounter: Encounter, text: str) -> bool:
    """Count an injection attempt on the encounter; the patient still answers, in character."""
    if not injection.is_attempt(text):
        return False
    Encounter.objects.filter(pk=encounter.pk).update(injection_attempts=F("injection_attempts") + 1)
    return True


def _mark(outcome: TurnOutcome, is_injection: bool) -> TurnOutcome:
    if is_injection:
        outcome.student_turn.is_injection = True
        outcome.student_turn.save(update_fields=["is_injection"])
    return outcome


def previous_topics(turns: Sequence[Turn]) -> tuple[str, ...]:
    """The topics of the last question that had some (`turns` in order)."""
    for turn in reversed(turns):
        if turn.role == Turn.Role.STUDENT and turn.intent == Intent.QUESTION and turn.topics:
            return tuple(turn.topics)
    return ()


@deadlines_first
@transaction.atomic
def regenerate_reply(*, encounter: Encounter, seq: int) -> Turn:
    """A new pending reply to the same student turn; the failed turn stays in the transcript."""
    encounter = _open_for_turns(encounter)
    failed = encounter.turns.filter(seq=seq, role=Turn.Role.PATIENT).first()
    if failed is None:
        raise EncounterError("no_turn", _("There is no patient reply with that number."))
    if failed.status != Turn.Status.FAILED:
        raise EncounterError("not_failed", _("Only a failed reply can be regenerated."))
    if failed.reply_to is None:
        raise EncounterError("no_turn", _("That reply answers nothing."))
    if failed.reply_to.replies.filter(seq__gt=failed.seq).exists():
        raise EncounterError("regenerated", _("That reply was already regenerated."))
    return _add_turn(
        encounter,
        role=Turn.Role.PATIENT,
        status=Turn.Status.PENDING,
        reply_to=failed.reply_to,
        engine=encounter.patient_engine,
    )


@deadlines_first
@transaction.atomic
def end_encounter(*, encounter: Encounter) -> Encounter:
    """End the interview (harmless when already ended) and start the note's clock."""
    encounter = _apply_deadlines(_lock(encounter), timezone.now())
    if encounter.is_interviewing:
        _close_interview(encounter, Encounter.EndReason.STUDENT, at=timezone.now())
    return encounter


@deadlines_first
@transaction.atomic
def submit_note(*, encounter: Encounter, summary: str, differential: str, plan: str) -> Note:
    encounter = _apply_deadlines(_lock(encounter), timezone.now())
    if encounter.is_interviewing:
        _close_interview(encounter, Encounter.EndReason.STUDENT, at=timezone.now())
    if encounter.status == Encounter.Status.DONE:
        raise EncounterError("note_closed", _("The note can no longer be changed."))
    note = Note.objects.create(
        encounter=encounter, summary=summary, differential=differential, plan=plan
    )
    _finish(encounter, at=note.submitted_at)
    return note


def sweep_overdue(now: datetime | None = None) -> int:
    """Close every overdue interview and note; returns how many encounters moved on."""
    now = now or timezone.now()
    overdue = Encounter.objects.interview_overdue(now) | Encounter.objects.note_overdue(now)
    moved = 0
    for encounter in overdue.only("pk"):
        enforce_deadlines(encounter, now)
        moved += 1
    fail_stale_replies(now)
    return moved


def stale_reply_age() -> timedelta:
    """A reply pending longer than every retry could take was lost with its process."""
    attempts = getattr(settings, "DOCSIM_LLM_MAX_ATTEMPTS", 3)
    return timedelta(seconds=settings.DOCSIM_LLM_TIMEOUT_S * (attempts + 1) + 30)


def fail_stale_replies(now: datetime | None = None) -> int:
    """Mark replies whose generation died (a server restart) as failed, so they can be
    regenerated instead of showing "replying…" for ever."""
    cutoff = (now or timezone.now()) - stale_reply_age()
    return Turn.objects.filter(
        role=Turn.Role.PATIENT, status=Turn.Status.PENDING, created_at__lt=cutoff
    ).update(status=Turn.Status.FAILED, failure_reason=_("The reply was interrupted. Try again."))
