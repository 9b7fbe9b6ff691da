"""Starting a patient reply while the student's turn is being stored.

A provider takes hundreds of milliseconds to its first token; storing the student's turn takes
a few more before the request can even be built. So the socket keeps what it knows of the spoken
transcript (`Memory`), builds the reply's request from it and starts the engine at once. The
request built from the database once the turn is stored decides: when it equals the early one,
the early stream is the reply; otherwise (another tab spoke meanwhile, say) the early stream is
cancelled and the reply starts again from the stored request. Nothing reaches the student, and
nothing is stored, before the student's turn is committed: the early stream only fills a queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace

from cases.matching import Classification, Intent, MatchContext, classify
from encounters import casebook
from encounters.models import Turn
from encounters.patient.base import PatientEngine, ReplyRequest, ReplyResult, TranscriptLine
from encounters.patient.knowledge import PatientKnowledge
from encounters.replies import transcript_lines
from encounters.services import previous_topics

_NO_REPLY = (Intent.EXAM, Intent.ORDER)  # answered from the case, not by an engine


@dataclass(frozen=True)
class Memory:
    """The spoken transcript as the next reply's request will see it, with the matcher's
    context (the last question's topics) and the case's knowledge. Built from the database on
    a worker thread; the event loop only reads it."""

    knowledge: PatientKnowledge
    context: MatchContext
    lines: tuple[TranscriptLine, ...]

    def after_reply(self, turn: Turn) -> Memory:
        if turn.status != Turn.Status.OK:
            return self
        line = TranscriptLine(turn.role, turn.text, tuple(turn.topics))
        return replace(self, lines=(*self.lines, line))


def memory_of(version_id: int, turns: Sequence[Turn]) -> Memory:
    """The memory after `turns` (all of the encounter's, in order). Reads the case cache, which
    may query: call it on a worker thread."""
    return Memory(
        knowledge=casebook.knowledge(version_id),
        context=casebook.match_context(version_id, previous_topics(turns)),
        lines=transcript_lines(turns),
    )


_END = object()


class EarlyReply:
    """An engine's reply started ahead of time; as a PatientEngine it replays that stream."""

    def __init__(
        self, engine: PatientEngine, request: ReplyRequest, found: Classification, memory: Memory
    ) -> None:
        self.name = engine.name
        self.request = request
        self.found = found  # the whole classification, and the context it was made in
        self.previous_topics = memory.context.previous_topics
        self.started = time.monotonic()
        self.queue: asyncio.Queue[object] = asyncio.Queue()
        self.task = asyncio.create_task(self._pump(engine))

    async def _pump(self, engine: PatientEngine) -> None:
        try:
            async for item in engine.reply(self.request):
                self.queue.put_nowait(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # re-raised to the reader, as the engine itself would
            self.queue.put_nowait(exc)
        else:
            self.queue.put_nowait(_END)

    def matches(self, request: ReplyRequest) -> bool:
        ours = self.request
        return (
            ours.knowledge is request.knowledge
            and ours.transcript == request.transcript
            and ours.utterance == request.utterance
            and ours.classification == request.classification
        )

    def cancel(self) -> None:
        self.task.cancel()

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        assert self.matches(request), "an early reply answers only its own request"
        try:
            while (item := await self.queue.get()) is not _END:
                if isinstance(item, Exception):
                    raise item
                assert isinstance(item, str | ReplyResult)
                yield item
        finally:
            self.cancel()  # a reader that stops early stops the engine too


def start(memory: Memory | None, text: str, engine: PatientEngine) -> EarlyReply | None:
    """The reply to `text` started now, or None when the text gets no engine reply (an exam
    or an order) or the socket's memory is not current."""
    if memory is None:
        return None
    found = classify(text, memory.context)
    if found.intent in _NO_REPLY:
        return None
    request = ReplyRequest(
        knowledge=memory.knowledge,
        transcript=memory.lines,
        utterance=text,
        classification=Classification(intent=found.intent, topics=found.topics),
    )
    return EarlyReply(engine, request, found, memory)


def hint(early: EarlyReply | None) -> tuple[tuple[str, ...], Classification] | None:
    """What the services may reuse: the classification, with the last topics it was made with."""
    return None if early is None else (early.previous_topics, early.found)


def discard(early: EarlyReply | None) -> None:
    if early is not None:
        with contextlib.suppress(Exception):
            early.cancel()
