"""Generating a patient reply: stream the engine's chunks to a callback, then store the turn."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from django.db import transaction
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


def build_request(turn: Turn) -> ReplyRequest:
    """What the engine needs for the pending patient turn: knowledge, transcript, utterance."""
    student = turn.reply_to
    assert student is not None
    earlier = (
        Turn.objects.filter(
            encounter_id=turn.encounter_id,
            seq__lt=student.seq,
            role__in=[Turn.Role.STUDENT, Turn.Role.PATIENT],
            status=Turn.Status.OK,
        )
        .only("role", "text", "topics")
        .order_by("seq")
    )
    version_id = turn.encounter.case_version_id
    return ReplyRequest(
        knowledge=casebook.knowledge(version_id),
        transcript=tuple(TranscriptLine(t.role, t.text, tuple(t.topics)) for t in earlier),
        utterance=student.text,
        classification=Classification(
            intent=Intent(student.intent or Intent.OTHER), topics=tuple(student.topics)
        ),
    )


@db
def _load_request(turn_id: int) -> ReplyRequest:
    return build_request(Turn.objects.select_related("reply_to", "encounter").get(pk=turn_id))


@db
def _complete(
    turn_id: int,
    result: ReplyResult,
    ttft_ms: int | None,
    total_ms: int,
    flags: list[dict[str, str]],
) -> Turn:
    with transaction.atomic():
        turn = Turn.objects.select_for_update().get(pk=turn_id)
        if turn.status != Turn.Status.PENDING:
            return turn  # the interview ended meanwhile: keep what was decided then
        turn.status = Turn.Status.OK
        turn.text = result.text
        turn.topics = list(result.topics)
        turn.facts_used = list(result.facts_used)
        turn.engine, turn.model = result.engine, result.model
        turn.fallback_reason = result.fallback_reason
        turn.prompt_tokens, turn.completion_tokens = result.prompt_tokens, result.completion_tokens
        turn.ttft_ms, turn.duration_ms = ttft_ms, total_ms
        turn.fidelity_flags = flags
        turn.save()
        return turn


@db
def _fail(turn_id: int, reason: str, partial: str, total_ms: int) -> Turn:
    with transaction.atomic():
        turn = Turn.objects.select_for_update().get(pk=turn_id)
        if turn.status == Turn.Status.PENDING:
            turn.status = Turn.Status.FAILED
            turn.failure_reason = reason[:200]
            turn.text = partial
            turn.duration_ms = total_ms
            turn.save(update_fields=["status", "failure_reason", "text", "duration_ms"])
        return turn


async def generate_reply(turn_id: int, engine: PatientEngine, on_token: TokenSink | None) -> Turn:
    """Fill the pending patient turn. Tokens go to `on_token` as they come; a sink that fails
    (the student's socket closed) is dropped, and the reply is still generated and stored."""
    started = time.monotonic()
    ttft_ms: int | None = None
    parts: list[str] = []
    request = await _load_request(turn_id)
    try:
        async for item in engine.reply(request):
            if isinstance(item, ReplyResult):
                total = int((time.monotonic() - started) * 1000)
                flags = fidelity.check(request.knowledge, item.text, item.topics)
                return await _complete(turn_id, item, ttft_ms, total, flags)
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
    return await _fail(turn_id, reason, "".join(parts), int((time.monotonic() - started) * 1000))


async def _deliver(sink: TokenSink | None, delta: str) -> TokenSink | None:
    if sink is None:
        return None
    try:
        await sink(delta)
    except Exception:  # the socket is gone: keep generating, stop sending
        return None
    return sink
