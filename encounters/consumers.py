"""The interview socket: thin — parse the frame, call one service, send the outcome."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from typing import Any

from channels.generic.websocket import AsyncWebsocketConsumer
from django.utils.translation import gettext as _

from encounters import early, protocol, realtime, services, warmup
from encounters.access import Access
from encounters.models import Encounter, Turn
from encounters.patient.base import ReplyRequest
from encounters.patient.registry import get_engine

TIMER_PERIOD_S = 15.0
_background: set[asyncio.Task[Any]] = set()  # replies outlive the socket that asked for them


class InterviewConsumer(AsyncWebsocketConsumer):
    encounter: Encounter
    access: Access

    async def connect(self) -> None:
        warmup.warm_up()  # at once under a server without an ASGI lifespan, else a no-op
        found = await realtime.load_for(
            self.scope.get("user"), self.scope["url_route"]["kwargs"]["pk"]
        )
        if found is None:
            await self.close(code=4403)
            return
        self.encounter, self.access = found
        self.group = realtime.group_name(self.encounter.pk)
        self.audience = realtime.Audience(self.group, self.channel_name, self.send_json)
        self.recent: deque[float] = deque()
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        snapshot = await realtime.snapshot(self.encounter, self.access)
        self.memory: early.Memory | None = snapshot.memory
        await self.send_json(snapshot.frame)
        self.timer = asyncio.create_task(self._tick(snapshot.encounter))

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "timer"):
            self.timer.cancel()
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.access is not Access.INTERVIEW:
            await self.send_json(protocol.error("read_only", _("You are watching this encounter.")))
            return
        if not self._within_rate():
            await self.send_json(protocol.error("rate_limited", _("Slow down a little.")))
            return
        try:
            frame = protocol.parse_frame(text_data if text_data is not None else "")
            await self._dispatch(frame)
        except protocol.FrameError as exc:
            await self.send_json(protocol.error(exc.code, exc.message))
        except services.EncounterError as exc:
            await self.send_json(protocol.error(exc.code, exc.message))

    async def _dispatch(self, frame: Any) -> None:
        if isinstance(frame, protocol.End):
            await realtime.end(self.encounter)
            return
        if isinstance(frame, protocol.Regenerate):
            turn = await realtime.regenerate(self.encounter, frame.seq)
            self._start_reply(turn)
            return
        ahead = None
        if isinstance(frame, protocol.Ask):  # the reply starts while the turn is stored
            ahead = early.start(self.memory, frame.text, get_engine(self.encounter.patient_engine))
        try:
            action = await realtime.student_action(self.encounter, frame, early.hint(ahead))
        except BaseException:
            early.discard(ahead)
            raise
        outcome = action.outcome
        self.memory = action.memory
        # Replies start before any send, so that a dead socket cannot stop them.
        for answer, request in action.pending:
            if ahead is not None and ahead.matches(request):
                self._start_reply(answer, request, ahead)
                ahead = None
            else:
                self._start_reply(answer, request)
        early.discard(ahead)  # not used: an exam after all, a resent message, a stale memory
        await self.send_json(
            {"type": "ack", "client_msg_id": frame.client_msg_id, "seq": outcome.student_turn.seq,
             "duplicate": not outcome.created}
        )  # fmt: skip
        if not outcome.created:
            snapshot = await realtime.snapshot(self.encounter, self.access)
            self.memory = snapshot.memory
            await self.send_json(snapshot.frame)
            return
        await self.audience.publish(realtime.completed(action.completed))

    def _start_reply(
        self, turn: Turn, request: ReplyRequest | None = None, ahead: early.EarlyReply | None = None
    ) -> None:
        reply_to = turn.reply_to.seq if turn.reply_to is not None else None
        started = {"type": "turn.started", "seq": turn.seq, "reply_to": reply_to}

        async def send_frame(text: str) -> None:
            await self.send(text_data=text)

        async def reply() -> None:
            with contextlib.suppress(Exception):  # the socket may already be gone
                await self.send_json(started)
            done = await realtime.reply_and_announce(
                self.audience,
                turn,
                ahead or get_engine(turn.engine),
                realtime.TokenStream(turn.seq, send_frame),
                request,
                ahead.started if ahead is not None else None,
            )
            if self.memory is not None:
                self.memory = self.memory.after_reply(done)

        task = asyncio.create_task(reply())
        _background.add(task)
        task.add_done_callback(_background.discard)

    def _within_rate(self) -> bool:
        now = time.monotonic()
        while self.recent and now - self.recent[0] > protocol.RATE_LIMIT_WINDOW_S:
            self.recent.popleft()
        if len(self.recent) >= protocol.RATE_LIMIT_FRAMES:
            return False
        self.recent.append(now)
        return True

    async def _tick(self, encounter: Encounter) -> None:
        """Every period (and at once, with the state the snapshot read): the timer frame, and
        the end announced when a deadline moved the encounter on."""
        while True:
            await self.send_json(
                {
                    "type": "timer",
                    "remaining_s": encounter.remaining_s(),
                    "status": encounter.status,
                }
            )
            if encounter.status != self.encounter.status:
                await realtime.announce_status(self.group, encounter)
            self.encounter = encounter
            wait = min(TIMER_PERIOD_S, max(encounter.remaining_s(), 0) + 0.5)
            await asyncio.sleep(
                wait if encounter.status != Encounter.Status.DONE else TIMER_PERIOD_S
            )
            encounter = await realtime.current_state(self.encounter)

    async def send_json(self, content: dict[str, Any]) -> None:
        await self.send(text_data=realtime.dumps(content))

    # Channel-layer events fanned out to every socket of the encounter.
    async def encounter_event(self, event: dict[str, Any]) -> None:
        if event.get("origin") == self.channel_name:
            return  # this socket sent it to itself already
        if event["payload"]["type"] == "turn.completed":
            self.memory = None  # someone else spoke: the next action reads the transcript
        if event["payload"]["type"] == "encounter.ended":
            self.encounter = await realtime.reload(self.encounter)
        await self.send_json(event["payload"])
