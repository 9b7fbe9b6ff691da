"""Generating a patient reply: stream the engine's chunks to a callback, then store the turn."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from django.utils.translation import gettext as _

from cases.matching import Classification, Intent
from encounters import casebook
from encounters.asyncdb import db
from encounters.models import Turn
from encounters.patient import fidelity
from encounters.patient.base import (
    PatientEngine,
    ReplyFailed,
    ReplyRequest,
    ReplyResult,
    TranscriptLine,
)

log = logging.getLogger(__name__)
TokenSink = Callable[[str], Awaitable[None]]


SPOKEN = (Turn.Role.STUDENT, Turn.Role.PATIENT)


def transcript_lines(
    turns: Iterable[Turn], before: int | None = None
) -> tuple[TranscriptLine, ...]:
    """What an engine sees of `turns` (in order): the spoken turns that went well, those before
    seq `before` when given."""
    return tuple(
        TranscriptLine(t.role, t.text, tuple(t.topics))
        for t in turns
        if (before is None or t.seq < before) and t.role in SPOKEN and t.status == Turn.Status.OK
    )


def build_request(turn: Turn, turns: list[Turn] | None = None) -> ReplyRequest:
    """What the engine needs for the pending patient turn: knowledge, transcript, utterance.
    `turns` are the encounter's turns in order when the caller has them (else they are read)."""
    student = turn.reply_to
    assert student is not None
    if turns is None:
        transcript = transcript_lines(
            Turn.objects.filter(
                encounter_id=turn.encounter_id,
                seq__lt=student.seq,
                role__in=SPOKEN,
                status=Turn.Status.OK,
            )
            .only("seq", "role", "text", "topics", "status")
            .order_by("seq")
        )
    else:
        transcript = transcript_lines(turns, before=student.seq)
    version_id = turn.encounter.case_version_id
    return ReplyRequest(
        knowledge=casebook.knowledge(version_id),
        transcript=transcript,
        utterance=student.text,
        classification=Classification(
            intent=Intent(student.intent or Intent.OTHER), topics=tuple(student.topics)
        ),
    )


def load_request(turn_id: int) -> tuple[Turn, ReplyRequest]:
    turn = Turn.objects.select_related("reply_to", "encounter").get(pk=turn_id)
    return turn, build_request(turn)


@db
def _complete(
    turn: Turn,
    result: ReplyResult,
    ttft_ms: int | None,
    total_ms: int,
    flags: list[dict[str, str]],
) -> Turn:
    fields = {
        "status": Turn.Status.OK, "text": result.text, "topics": list(result.topics),
        "facts_used": list(result.facts_used), "engine": result.engine, "model": result.model,
        "fallback_reason": result.fallback_reason, "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens, "ttft_ms": ttft_ms,
        "duration_ms": total_ms, "fidelity_flags": flags,
    }  # fmt: skip
    return _settle(turn, fields)


@db
def _fail(turn: Turn, reason: str, partial: str, total_ms: int) -> Turn:
    fields = {
        "status": Turn.Status.FAILED, "failure_reason": reason[:200], "text": partial,
        "duration_ms": total_ms,
    }  # fmt: skip
    return _settle(turn, fields)


def _settle(turn: Turn, fields: dict[str, Any]) -> Turn:
    """Write the outcome if the turn is still pending (one conditional UPDATE: the row lock it
    takes orders it with the interview's end); otherwise keep what was decided then."""
    if Turn.objects.filter(pk=turn.pk, status=Turn.Status.PENDING).update(**fields):
        for name, value in fields.items():
            setattr(turn, name, value)
        return turn
    return Turn.objects.select_related("reply_to").get(pk=turn.pk)


async def generate_reply(
    turn_id: int,
    engine: PatientEngine,
    on_token: TokenSink | None,
    prepared: tuple[Turn, ReplyRequest] | None = None,
    started: float | None = None,
) -> Turn:
    """Fill the pending patient turn. Tokens go to `on_token` as they come; a sink that fails
    (the student's socket closed) is dropped, and the reply is still generated and stored.
    `prepared` is the turn and its request when the caller already has them; `started` is when
    the engine was asked (`time.monotonic()`), when that was before this call."""
    started = time.monotonic() if started is None else started
    ttft_ms: int | None = None
    parts: list[str] = []
    turn, request = prepared or await db(load_request)(turn_id)
    try:
        async for item in engine.reply(request):
            if isinstance(item, ReplyResult):
                total = int((time.monotonic() - started) * 1000)
                flags = fidelity.check(request.knowledge, item.text, item.topics)
                return await _complete(turn, item, ttft_ms, total, flags)
            if ttft_ms is None:
                ttft_ms = int((time.monotonic() - started) * 1000)
            parts.append(item)
            on_token = await _deliver(on_token, item)
        reason = _("The patient's reply was cut off.")
    except ReplyFailed as exc:
        reason = exc.reason
    except Exception:
        log.exception("patient engine failed on turn %s", turn_id)
        reason = _("The patient could not answer. Please try again.")
    return await _fail(turn, reason, "".join(parts), int((time.monotonic() - started) * 1000))


async def _deliver(sink: TokenSink | None, delta: str) -> TokenSink | None:
    if sink is None:
        return None
    try:
        await sink(delta)
    except Exception:  # the socket is gone: keep generating, stop sending
        return None
    return sink
