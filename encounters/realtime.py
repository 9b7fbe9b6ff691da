"""Async glue between the interview socket and the services: loading, snapshots, fan-out.

Each socket action is one trip to the ORM thread pool: the student's turn is committed and the
reply's request built in the same call, and turn payloads are made without another trip.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from channels.layers import get_channel_layer

from accounts.models import User
from cases.matching import Classification
from docsim.layers import has_others
from encounters import protocol, services
from encounters.access import Access, access_to
from encounters.asyncdb import db
from encounters.early import Memory, memory_of
from encounters.models import Encounter, Turn
from encounters.patient.base import PatientEngine, ReplyRequest
from encounters.replies import build_request, generate_reply

_REPLY_TO = Turn._meta.get_field("reply_to")


def group_name(encounter_id: int) -> str:
    return f"encounter-{encounter_id}"


def dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, default=str)


def token_frame(seq: int, delta: str) -> str:
    """`{"type": "token", "seq": …, "delta": …}` as `dumps` writes it, made without a dict."""
    return f'{{"type": "token", "seq": {seq:d}, "delta": {json.dumps(delta, ensure_ascii=False)}}}'


class TokenStream:
    """The token frames of one reply: the first token at once, then what came since, joined,
    at most every `every` seconds (a few frames a second rather than one per token; a stall in
    the provider's stream still sends what came before it). Frames go out in order. Once a
    send fails (the socket is gone), later tokens raise ConnectionError, which the reply takes
    as a closed socket; `close()` sends the rest and never raises."""

    def __init__(
        self,
        seq: int,
        send: Callable[[str], Awaitable[None]],
        every: float = protocol.TOKEN_BATCH_S,
    ) -> None:
        self.seq, self.send, self.every = seq, send, every
        self.pending: list[str] = []
        self.sent_at: float | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.lock = asyncio.Lock()
        self.alive = True
        self.flushes: set[asyncio.Task[None]] = set()

    async def __call__(self, delta: str) -> None:
        if not self.alive:
            raise ConnectionError("the socket is gone")  # the reply stops sending to it
        self.pending.append(delta)
        loop = asyncio.get_running_loop()
        wait = 0.0 if self.sent_at is None else self.sent_at + self.every - loop.time()
        if wait <= 0:
            await self.flush()
        elif self.timer is None:
            self.timer = loop.call_later(wait, self._flush_later)

    def _flush_later(self) -> None:
        self.timer = None
        task = asyncio.get_running_loop().create_task(self.close())
        self.flushes.add(task)
        task.add_done_callback(self.flushes.discard)

    async def flush(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        async with self.lock:
            if not self.pending or not self.alive:
                return
            text = "".join(self.pending)
            self.pending.clear()
            self.sent_at = asyncio.get_running_loop().time()
            try:
                await self.send(token_frame(self.seq, text))
            except Exception:
                self.alive = False
                raise

    async def close(self) -> None:
        """Send what is left; a socket that is gone is not an error here."""
        with contextlib.suppress(Exception):
            await self.flush()


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


def _is_loaded(turn: Turn) -> bool:
    """Its payload needs no query (the turn it replies to is already in memory)."""
    return not turn.reply_to_id or _REPLY_TO.is_cached(turn)


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


@db
def current_state(encounter: Encounter) -> Encounter:
    return services.current_state(encounter)


def _deadlines(encounter: Encounter) -> dict[str, Any]:
    return {
        "interview": encounter.interview_deadline.isoformat(),
        "note": encounter.note_deadline.isoformat() if encounter.note_deadline else None,
        "remaining_s": encounter.remaining_s(),
    }


@dataclass
class Snapshot:
    encounter: Encounter  # as it now stands, deadlines applied
    frame: dict[str, Any]
    memory: Memory


def _snapshot(encounter: Encounter, access: Access) -> Snapshot:
    encounter = services.current_state(encounter)
    turns = list(encounter.turns.select_related("reply_to").order_by("seq"))
    frame = {
        "type": "snapshot",
        "protocol": protocol.PROTOCOL_VERSION,
        "encounter": encounter.pk,
        "status": encounter.status,
        "read_only": access is not Access.INTERVIEW,
        "deadlines": _deadlines(encounter),
        "transcript": [turn_payload(t) for t in turns],
    }
    return Snapshot(encounter, frame, memory_of(encounter.case_version_id, turns))


async def snapshot(encounter: Encounter, access: Access) -> Snapshot:
    """The encounter as it now stands, its snapshot frame and the socket's memory."""
    return await db(_snapshot)(encounter, access)


@dataclass
class StudentAction:
    """A student action's outcome, with what the socket sends next: the payloads of the turns
    to fan out, for each pending reply its turn and the engine's request, and the socket's
    memory after it (None for a resent message: the snapshot that follows brings it)."""

    outcome: services.TurnOutcome
    completed: list[dict[str, Any]] = field(default_factory=list)
    pending: list[tuple[Turn, ReplyRequest]] = field(default_factory=list)
    memory: Memory | None = None


def _record(
    encounter: Encounter, frame: Any, classified: tuple[tuple[str, ...], Classification] | None
) -> services.TurnOutcome:
    if isinstance(frame, protocol.Ask):
        return services.record_student_turn(
            encounter=encounter,
            text=frame.text,
            client_msg_id=frame.client_msg_id,
            classified=classified,
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


@db
def student_action(
    encounter: Encounter,
    frame: Any,
    classified: tuple[tuple[str, ...], Classification] | None = None,
) -> StudentAction:
    """The action stored (committed when this returns) and what follows from it. `classified`:
    see `services.record_student_turn`."""
    outcome = _record(encounter, frame, classified)
    action = StudentAction(outcome)
    if not outcome.created:
        return action
    action.completed.append(turn_payload(outcome.student_turn))
    for answer in outcome.answers:
        if answer.status == Turn.Status.PENDING:
            action.pending.append((answer, build_request(answer, outcome.earlier)))
        else:
            action.completed.append(turn_payload(answer))
    earlier = outcome.earlier
    if earlier is None:  # exams and orders by id do not read the transcript: read it now
        turns = list(Turn.objects.filter(encounter_id=encounter.pk).order_by("seq"))
    else:
        turns = [*earlier, outcome.student_turn, *outcome.answers]
    action.memory = memory_of(encounter.case_version_id, turns)
    return action


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


@dataclass(frozen=True)
class Audience:
    """Who hears a socket's events: the socket itself, directly, then the other sockets of the
    encounter (other tabs, a watching tutor) through the channel layer, skipped when there are
    none. Their copy names its origin so that the socket does not get it twice."""

    group: str
    channel: str
    deliver: Callable[[dict[str, Any]], Awaitable[None]]

    async def publish(self, payloads: list[dict[str, Any]]) -> None:
        for payload in payloads:
            with contextlib.suppress(Exception):  # the socket may be gone; the others still hear
                await self.deliver(payload)
        layer = get_channel_layer()
        assert layer is not None
        if payloads and await has_others(layer, self.group, self.channel):
            for payload in payloads:
                event = {"type": "encounter.event", "payload": payload, "origin": self.channel}
                await layer.group_send(self.group, event)


def completed(payloads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": "turn.completed", "turn": payload} for payload in payloads]


async def payload_of(turn: Turn) -> dict[str, Any]:
    return turn_payload(turn) if _is_loaded(turn) else await db(turn_payload)(turn)


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
    audience: Audience,
    turn: Turn,
    engine: PatientEngine,
    stream: TokenStream,
    request: ReplyRequest | None = None,
    started: float | None = None,
) -> Turn:
    """Generate the reply, then tell the audience how it ended; the stored turn."""
    prepared = (turn, request) if request is not None else None
    turn = await generate_reply(turn.pk, engine, stream, prepared, started)
    await stream.close()  # the last tokens before the completed turn
    if turn.status == Turn.Status.OK:
        await audience.publish(completed([await payload_of(turn)]))
    else:
        failed = {"type": "turn.failed", "seq": turn.seq, "reason": turn.failure_reason}
        await audience.publish([failed | {"retryable": True}])
    return turn
