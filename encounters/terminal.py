"""A terminal interview through the same services as the socket: one utterance in, turns out."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docsim import llm
from encounters import services
from encounters.models import Encounter, Turn
from encounters.patient.registry import get_engine
from encounters.replies import generate_reply


@dataclass
class TurnRecord:
    utterance: str
    kind: str
    reply: str = ""
    topics: list[str] = field(default_factory=list)
    facts_used: list[int] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    engine: str = ""
    status: str = ""
    ttft_ms: int | None = None
    duration_ms: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


class TerminalInterview:
    def __init__(self, encounter: Encounter, on_token: Callable[[str], None] | None = None) -> None:
        self.encounter = encounter
        self.on_token = on_token
        self.count = 0

    def say(self, text: str) -> TurnRecord:
        """Send one line: '/exam ID', '/order ID' or anything the student would say."""
        self.count += 1
        msg_id = f"terminal-{self.encounter.pk}-{self.count}"
        command, _sep, rest = text.partition(" ")
        rest = rest.strip()
        if command == "/exam":
            is_id = rest.startswith("exam.")
            outcome = services.request_exam(
                encounter=self.encounter,
                client_msg_id=msg_id,
                region=rest if is_id else None,
                text=None if is_id else rest,
            )
        elif command == "/order":
            is_id = rest.startswith("inv.")
            outcome = services.order_investigation(
                encounter=self.encounter,
                client_msg_id=msg_id,
                investigation=rest if is_id else None,
                text=None if is_id else rest,
            )
        else:
            outcome = services.record_student_turn(
                encounter=self.encounter, text=text, client_msg_id=msg_id
            )
        student = outcome.student_turn
        answers = [self._fill(turn) for turn in outcome.answers]
        return self._record(student, answers)

    def _fill(self, turn: Turn) -> Turn:
        if turn.status != Turn.Status.PENDING:
            return turn
        return asyncio.run(self._generate(turn))

    async def _generate(self, turn: Turn) -> Turn:
        sink = self._sink if self.on_token else None
        try:
            return await generate_reply(turn.pk, get_engine(turn.engine), sink)
        finally:
            await llm.close_async_client()  # this event loop ends with the reply

    async def _sink(self, delta: str) -> None:
        assert self.on_token is not None
        self.on_token(delta)

    @staticmethod
    def _record(student: Turn, answers: list[Turn]) -> TurnRecord:
        record = TurnRecord(
            utterance=student.text, kind=student.intent, topics=list(student.topics)
        )
        for answer in answers:
            record.reply = "\n".join(filter(None, [record.reply, answer.text]))
            record.facts_used += answer.facts_used
            record.terms += answer.terms
            record.engine, record.status = answer.engine, answer.status
            record.ttft_ms, record.duration_ms = answer.ttft_ms, answer.duration_ms
        return record

    def end(self) -> Encounter:
        self.encounter = services.end_encounter(encounter=self.encounter)
        return self.encounter
