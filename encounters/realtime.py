"""Async glue between the interview socket and the services: loading, snapshots, fan-out."""

from __future__ import annotations

import json
from typing import Any

from channels.layers import get_channel_layer

from accounts.models import User
from encounters import protocol, services
from encounters.access import Access, access_to
from encounters.asyncdb import db
from encounters.models import Encounter, Turn
from encounters.patient.base import PatientEngine
from encounters.replies import TokenSink


def group_name(encounter_id: int) -> str:
    return f"encounter-{encounter_id}"


def dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, default=str)


def turn_payload(turn: Turn) -> dict[str, Any]:
    return {
        "seq": turn.seq,
        "role": turn.role,
        "text": turn.text,
        "status": turn.status,
        "intent": turn.intent,
        "reply_to": turn.reply_to.seq if turn.reply_to_id and turn.reply_to else None,
        "failure_reason": turn.failure_reason,
        "created_at": turn.created_at.isoformat(),
    }


@db
def load_for(user: User | None, pk: int) -> tuple[Encounter, Access] | None:
    encounter = Encounter.objects.select_related("student").filter(pk=pk).first()
    if encounter is None:
        return None
    access = access_to(user, encounter)
    return None if access is Access.NONE else (encounter, access)


@db
def reload(encounter: Encounter) -> Encounter:
    return Encounter.objects.get(pk=encounter.pk)


def _deadlines(encounter: Encounter) -> dict[str, Any]:
    return {
        "interview": encounter.interview_deadline.isoformat(),
        "note": encounter.note_deadline.isoformat() if encounter.note_deadline else None,
        "remaining_s": encounter.remaining_s(),
    }


@db
def snapshot(encounter: Encounter, access: Access) -> dict[str, Any]:
    encounter = services.enforce_deadlines(encounter)
    turns = encounter.turns.select_related("reply_to").order_by("seq")
    return {
        "type": "snapshot",
        "protocol": protocol.PROTOCOL_VERSION,
        "encounter": encounter.pk,
        "status": encounter.status,
        "read_only": access is not Access.INTERVIEW,
        "deadlines": _deadlines(encounter),
        "transcript": [turn_payload(t) for t in turns],
    }


@db
def student_action(encounter: Encounter, frame: Any) -> services.TurnOutcome:
    if isinstance(frame, protocol.Ask):
        return services.record_student_turn(
            encounter=encounter, text=frame.text, client_msg_id=frame.client_msg_id
        )
    if isinstance(frame, protocol.Examine):
        return services.request_exam(
            encounter=encounter,
            client_msg_id=frame.client_msg_id,
            region=frame.region,
            text=frame.text,
        )
    return services.order_investigation(
        encounter=encounter,
        client_msg_id=frame.client_msg_id,
        investigation=frame.investigation,
        text=frame.text,
    )


async def fresh_snapshot(encounter: Encounter, access: Access) -> dict[str, Any]:
    """The current snapshot (used when a resent message already has its turns)."""
    return await snapshot(await reload(encounter), access)


@db
def regenerate(encounter: Encounter, seq: int) -> Turn:
    return services.regenerate_reply(encounter=encounter, seq=seq)


async def end(encounter: Encounter) -> None:
    ended = await db(services.end_encounter)(encounter=encounter)
    await announce_status(group_name(encounter.pk), ended)


async def _group_send(group: str, payload: dict[str, Any]) -> None:
    layer = get_channel_layer()
    assert layer is not None
    await layer.group_send(group, {"type": "encounter.event", "payload": payload})


async def fan_out(group: str, turns: list[Turn]) -> None:
    for turn in turns:
        payload = await db(turn_payload)(turn)
        await _group_send(group, {"type": "turn.completed", "turn": payload})


async def announce_status(group: str, encounter: Encounter) -> None:
    if encounter.status == Encounter.Status.INTERVIEW:
        return
    await _group_send(
        group,
        {
            "type": "encounter.ended",
            "status": encounter.status,
            "reason": encounter.end_reason,
            "note_deadline": encounter.note_deadline.isoformat()
            if encounter.note_deadline
            else None,
        },
    )


async def reply_and_announce(
    group: str, turn_id: int, engine: PatientEngine, sink: TokenSink, generate: Any
) -> None:
    turn: Turn = await generate(turn_id, engine, sink)
    if turn.status == Turn.Status.OK:
        await fan_out(group, [turn])
    else:
        await _group_send(
            group,
            {
                "type": "turn.failed",
                "seq": turn.seq,
                "reason": turn.failure_reason,
                "retryable": True,
            },
        )
