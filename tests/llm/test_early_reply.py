"""A reply starts while the student's turn is stored: used when the stored request is the same,
started again when it is not, never sent before the turn is committed, cancelled when the
action is refused."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from typing import Any

import pytest
from asgiref.sync import sync_to_async

from encounters import early, realtime, services
from encounters.models import Encounter
from encounters.patient.base import TranscriptLine
from encounters.services import start_encounter
from tests.conftest import Personas
from tests.fakes.openai_server import FakeOpenAIServer
from tests.llm.conftest import chat_bodies, connect, receive_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("replies_land")]

REPLY = "No, I have never smoked."


@pytest.fixture
def llm_encounter(personas: Personas, version: Any, provider: FakeOpenAIServer) -> Encounter:
    return start_encounter(student=personas.student, version=version, engine="llm")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[early.EarlyReply | None]:
    """Every early reply the socket starts (None where it starts none)."""
    made: list[early.EarlyReply | None] = []
    real = early.start

    def spy(*args: Any) -> early.EarlyReply | None:
        made.append(real(*args))
        return made[-1]

    monkeypatch.setattr(early, "start", spy)
    return made


@pytest.fixture
def slow_store(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Storing a turn takes 0.3 s more; the times at which each store finished."""
    done: list[float] = []
    real = realtime.student_action

    async def slow(*args: Any) -> Any:
        await asyncio.sleep(0.3)
        action = await real(*args)
        done.append(time.monotonic())
        return action

    monkeypatch.setattr(realtime, "student_action", slow)
    return done


async def test_the_reply_starts_before_the_turn_is_stored_and_streams_after(
    llm_encounter: Encounter,
    personas: Personas,
    provider: FakeOpenAIServer,
    started: list[Any],
    slow_store: list[float],
) -> None:
    provider.configure(replies=[REPLY])  # no delay: the provider answers before the store ends
    communicator = await connect(llm_encounter, personas.student)
    asked = time.monotonic()
    await communicator.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "a"})
    frames = await receive_until(communicator, "turn.completed", role="patient")
    await communicator.disconnect()
    kinds = [f["type"] for f in frames]
    assert kinds.index("ack") < kinds.index("token")  # nothing streams before the commit
    assert frames[-1]["turn"]["text"] == REPLY
    assert len(provider.chat_requests) == 1  # the early request was the reply: no second call
    assert started[0] is not None
    assert started[0].started - asked < 0.2 < slow_store[0] - asked  # asked before the store
    stored = await sync_to_async(lambda: llm_encounter.turns.get(seq=2))()
    assert stored.ttft_ms is not None
    assert stored.ttft_ms >= 250  # timed from the provider call, not from after the store


async def test_a_request_that_differs_from_the_stored_one_starts_again(
    llm_encounter: Encounter,
    personas: Personas,
    provider: FakeOpenAIServer,
    monkeypatch: pytest.MonkeyPatch,
    slow_store: list[float],
) -> None:
    """A memory that does not match the database (here, a line nobody said) is not trusted."""
    provider.configure(replies=["Nobody asked me that.", REPLY])
    real = early.start

    def stale(memory: early.Memory | None, text: str, engine: Any) -> Any:
        assert memory is not None
        invented = TranscriptLine("student", "INVENTED LINE", ())
        return real(replace(memory, lines=(*memory.lines, invented)), text, engine)

    monkeypatch.setattr(early, "start", stale)
    communicator = await connect(llm_encounter, personas.student)
    await communicator.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "a"})
    frames = await receive_until(communicator, "turn.completed", role="patient")
    await communicator.disconnect()
    bodies = chat_bodies(provider)
    assert len(bodies) == 2  # the early call, cancelled, then the reply from the stored turn
    assert "INVENTED LINE" in str(bodies[0]["messages"])
    assert "INVENTED LINE" not in str(bodies[1]["messages"])
    streamed = "".join(f["delta"] for f in frames if f["type"] == "token")
    assert streamed == frames[-1]["turn"]["text"] == REPLY


async def test_an_exam_asked_in_words_starts_no_reply(
    llm_encounter: Encounter, personas: Personas, provider: FakeOpenAIServer, started: list[Any]
) -> None:
    communicator = await connect(llm_encounter, personas.student)
    await communicator.send_json_to(
        {"type": "ask", "text": "I'd like to examine your throat.", "client_msg_id": "x"}
    )
    await receive_until(communicator, "turn.completed", role="exam")
    await communicator.disconnect()
    assert started == [None]
    assert provider.chat_requests == []


async def test_a_refused_action_cancels_the_early_reply(
    llm_encounter: Encounter, personas: Personas, provider: FakeOpenAIServer, started: list[Any]
) -> None:
    provider.configure(replies=[REPLY], ttft_ms=2000)
    communicator = await connect(llm_encounter, personas.student)
    await sync_to_async(services.end_encounter)(encounter=llm_encounter)  # from another tab
    await communicator.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "a"})
    frames = await receive_until(communicator, "error")
    assert frames[-1]["code"] == "ended"
    assert started[0] is not None
    await asyncio.sleep(0.05)
    assert started[0].task.cancelled()
    await communicator.disconnect()
    assert await sync_to_async(llm_encounter.turns.count)() == 0


async def test_after_another_tab_speaks_the_next_question_reads_the_transcript(
    llm_encounter: Encounter, personas: Personas, provider: FakeOpenAIServer, started: list[Any]
) -> None:
    provider.configure(replies=["First.", "Second."])
    tab_a = await connect(llm_encounter, personas.student)
    tab_b = await connect(llm_encounter, personas.student)
    await tab_b.send_json_to({"type": "ask", "text": "Any fever?", "client_msg_id": "b"})
    await receive_until(tab_b, "turn.completed", role="patient")
    await receive_until(tab_a, "turn.completed", role="patient")  # A hears B's turns
    await tab_a.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "a"})
    frames = await receive_until(tab_a, "turn.completed", role="patient")
    await tab_a.disconnect()
    await tab_b.disconnect()
    assert started[0] is not None  # B's question, from B's memory
    assert started[1] is None  # A's memory was out of date: no early start
    assert frames[-1]["turn"]["text"] == "Second."
    assert "Any fever?" in str(chat_bodies(provider)[1]["messages"])
