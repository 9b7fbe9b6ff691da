"""The interview socket against the real ASGI app: every frame, idempotency, faults, access."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.utils import timezone

from encounters import consumers, protocol
from encounters.models import Encounter, Turn
from tests.conftest import Personas
from tests.encounters.conftest import FailingEngine, SlowEngine
from tests.sockets import open_socket

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.smoke]


@pytest.fixture(autouse=True)
async def _replies_finish_before_teardown() -> AsyncIterator[None]:
    """Replies outlive their socket by design; let them land before the database is flushed."""
    yield
    pending = list(consumers._background)
    if pending:
        await asyncio.wait(pending, timeout=10)


async def connect(encounter: Encounter, user: Any) -> tuple[WebsocketCommunicator, dict[str, Any]]:
    communicator, connected = await open_socket(f"/ws/encounters/{encounter.pk}/", user)
    assert connected
    snapshot = await communicator.receive_json_from(timeout=5)
    assert snapshot["type"] == "snapshot"
    return communicator, snapshot


async def receive_until(
    communicator: WebsocketCommunicator, kind: str, timeout: float = 5, role: str | None = None
) -> list[dict[str, Any]]:
    """Frames up to and including the first of type `kind` (and turn role); timers skipped."""
    frames = []
    while True:
        frame = await communicator.receive_json_from(timeout=timeout)
        if frame["type"] == "timer":
            continue
        frames.append(frame)
        if frame["type"] == kind and (role is None or frame["turn"]["role"] == role):
            return frames


def turns(encounter: Encounter) -> list[tuple[int, str, str]]:
    return list(encounter.turns.order_by("seq").values_list("seq", "role", "status"))


async def test_snapshot_on_connect(encounter: Encounter, personas: Personas) -> None:
    communicator, snapshot = await connect(encounter, personas.student)
    assert snapshot["protocol"] == protocol.PROTOCOL_VERSION
    assert snapshot["status"] == "interview"
    assert snapshot["read_only"] is False
    assert snapshot["transcript"] == []
    assert 0 < snapshot["deadlines"]["remaining_s"] <= 8 * 60
    await communicator.disconnect()


async def test_ask_streams_tokens_then_completes(encounter: Encounter, personas: Personas) -> None:
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "a1"})
    frames = await receive_until(communicator, "turn.completed", role="patient")
    assert frames[0] == {"type": "ack", "client_msg_id": "a1", "seq": 1, "duplicate": False}
    completed = [f["turn"]["seq"] for f in frames if f["type"] == "turn.completed"]
    assert completed == [1, 2]
    kinds = [f["type"] for f in frames]
    assert "turn.started" in kinds
    tokens = "".join(f["delta"] for f in frames if f["type"] == "token")
    assert tokens == "I don't smoke."
    assert frames[-1]["turn"] | {"created_at": None} == {
        "seq": 2, "role": "patient", "text": "I don't smoke.", "status": "ok", "intent": "",
        "reply_to": 1, "failure_reason": "", "created_at": None,
    }  # fmt: skip
    await communicator.disconnect()


async def test_resend_with_same_client_msg_id_adds_no_turn(
    encounter: Encounter, personas: Personas
) -> None:
    communicator, _ = await connect(encounter, personas.student)
    frame = {"type": "ask", "text": "Do you smoke?", "client_msg_id": "same"}
    await communicator.send_json_to(frame)
    await receive_until(communicator, "turn.completed", role="patient")
    await communicator.send_json_to(frame)
    ack = (await receive_until(communicator, "ack"))[-1]
    assert ack["duplicate"] is True
    assert ack["seq"] == 1
    snapshot = (await receive_until(communicator, "snapshot"))[-1]
    assert [t["seq"] for t in snapshot["transcript"]] == [1, 2]
    assert await sync_to_async(turns)(encounter) == [(1, "student", "ok"), (2, "patient", "ok")]
    await communicator.disconnect()


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        ({"type": "examine", "region": "exam.ent.throat", "client_msg_id": "e1"}, "white exudate"),
        (
            {"type": "order", "investigation": "inv.micro.throat_swab", "client_msg_id": "o1"},
            "streptococcus",
        ),
        ({"type": "order", "text": "an ECG please", "client_msg_id": "o2"}, "not available"),
    ],
)
async def test_examine_and_order_are_answered_from_the_case(
    encounter: Encounter, personas: Personas, frame: dict[str, Any], expected: str
) -> None:
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_json_to(frame)
    answer = (
        await receive_until(
            communicator,
            "turn.completed",
            role="exam" if frame["type"] == "examine" else "investigation",
        )
    )[-1]["turn"]
    assert answer["role"] in {"exam", "investigation"}
    assert expected in answer["text"]
    await communicator.disconnect()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("not json", "bad_json"),
        ("[1, 2]", "bad_frame"),
        (json.dumps({"type": "dance"}), "unknown_type"),
        (json.dumps({"type": "ask", "client_msg_id": "x"}), "invalid"),
        (json.dumps({"type": "ask", "text": "hi", "client_msg_id": "x", "extra": 1}), "invalid"),
        (json.dumps({"type": "ask", "text": "x" * 1001, "client_msg_id": "x"}), "too_long"),
        (
            json.dumps({"type": "ask", "text": "x", "client_msg_id": "x", "pad": "y" * 9000}),
            "too_large",
        ),
        (json.dumps({"type": "examine", "client_msg_id": "x"}), "invalid"),
        (json.dumps({"type": "regenerate", "seq": 99}), "no_turn"),
    ],
)
async def test_bad_frames_get_an_error_and_keep_the_connection(
    encounter: Encounter, personas: Personas, raw: str, code: str
) -> None:
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_to(text_data=raw)
    error = (await receive_until(communicator, "error"))[-1]
    assert error["code"] == code
    await communicator.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "ok"})
    assert (await receive_until(communicator, "ack"))[-1]["seq"] == 1
    await communicator.disconnect()


async def test_html_stays_text(encounter: Encounter, personas: Personas) -> None:
    communicator, _ = await connect(encounter, personas.student)
    text = "<script>alert(1)</script> do you smoke?"
    await communicator.send_json_to({"type": "ask", "text": text, "client_msg_id": "h"})
    student = (await receive_until(communicator, "turn.completed", role="student"))[-1]["turn"]
    assert student["text"] == text  # stored and sent verbatim; pages escape it when shown
    await communicator.disconnect()


async def test_dropped_connection_mid_reply_loses_nothing(
    encounter: Encounter, personas: Personas, use_engine: Any
) -> None:
    await use_engine(SlowEngine, encounter)
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_json_to({"type": "ask", "text": "How are you?", "client_msg_id": "d1"})
    await receive_until(communicator, "token")
    await communicator.disconnect()
    for _ in range(100):
        await asyncio.sleep(0.05)
        if await sync_to_async(turns)(encounter) == [(1, "student", "ok"), (2, "patient", "ok")]:
            break
    again, snapshot = await connect(encounter, personas.student)
    assert [(t["role"], t["status"]) for t in snapshot["transcript"]] == [
        ("student", "ok"),
        ("patient", "ok"),
    ]
    assert snapshot["transcript"][1]["text"] == "I have been feeling quite unwell lately."
    await again.disconnect()


async def test_failed_reply_can_be_regenerated(
    encounter: Encounter, personas: Personas, use_engine: Any
) -> None:
    await use_engine(FailingEngine, encounter)
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_json_to({"type": "ask", "text": "Tell me more", "client_msg_id": "f1"})
    failed = (await receive_until(communicator, "turn.failed"))[-1]
    assert failed == {
        "type": "turn.failed",
        "seq": 2,
        "reason": "The provider stopped answering.",
        "retryable": True,
    }
    await use_engine(SlowEngine, encounter)
    await communicator.send_json_to({"type": "regenerate", "seq": 2})
    completed = (await receive_until(communicator, "turn.completed", role="patient"))[-1]["turn"]
    assert (completed["seq"], completed["reply_to"], completed["status"]) == (3, 1, "ok")
    assert await sync_to_async(turns)(encounter) == [
        (1, "student", "ok"), (2, "patient", "failed"), (3, "patient", "ok"),
    ]  # fmt: skip
    await communicator.disconnect()


async def test_two_tabs_see_the_same_turns(encounter: Encounter, personas: Personas) -> None:
    first, _ = await connect(encounter, personas.student)
    second, _ = await connect(encounter, personas.student)
    await first.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "t1"})
    seen = await receive_until(second, "turn.completed", role="patient")
    assert [f["turn"]["seq"] for f in seen if f["type"] == "turn.completed"] == [1, 2]
    assert not any(f["type"] == "token" for f in seen)  # tokens go only to the asking socket
    await first.disconnect()
    await second.disconnect()


async def test_end_twice_is_harmless_and_announced(
    encounter: Encounter, personas: Personas
) -> None:
    communicator, _ = await connect(encounter, personas.student)
    await communicator.send_json_to({"type": "end"})
    ended = (await receive_until(communicator, "encounter.ended"))[-1]
    assert ended["status"] == "note"
    assert ended["reason"] == "student"
    await communicator.send_json_to({"type": "end"})
    assert (await receive_until(communicator, "encounter.ended"))[-1]["status"] == "note"
    await communicator.send_json_to({"type": "ask", "text": "More?", "client_msg_id": "late"})
    assert (await receive_until(communicator, "error"))[-1]["code"] == "ended"
    await communicator.disconnect()


async def test_timer_frame_and_deadline_close_the_interview(
    encounter: Encounter, personas: Personas
) -> None:
    soon = timezone.now() + timedelta(seconds=1)
    await sync_to_async(Encounter.objects.filter(pk=encounter.pk).update)(interview_deadline=soon)
    communicator, _ = await connect(encounter, personas.student)
    timer = await communicator.receive_json_from(timeout=5)
    assert timer["type"] == "timer"
    assert timer["remaining_s"] <= 1
    frames = await receive_until(communicator, "encounter.ended", timeout=5)
    assert frames[-1]["reason"] == "timeout"
    await communicator.disconnect()


async def test_rate_limit(encounter: Encounter, personas: Personas) -> None:
    communicator, _ = await connect(encounter, personas.student)
    for _n in range(protocol.RATE_LIMIT_FRAMES + 1):
        await communicator.send_to(text_data="{}")
    codes = []
    for _ in range(protocol.RATE_LIMIT_FRAMES + 1):
        codes.append((await receive_until(communicator, "error"))[-1]["code"])
    assert codes[-1] == "rate_limited"
    assert codes.count("rate_limited") == 1
    await communicator.disconnect()


async def test_tutor_of_the_cohort_watches_read_only(
    encounter: Encounter, personas: Personas
) -> None:
    watcher, snapshot = await connect(encounter, personas.tutor)
    assert snapshot["read_only"] is True
    student, _ = await connect(encounter, personas.student)
    await student.send_json_to({"type": "ask", "text": "Do you smoke?", "client_msg_id": "w1"})
    seen = await receive_until(watcher, "turn.completed", role="student")
    assert seen[-1]["turn"]["text"] == "Do you smoke?"
    await watcher.send_json_to({"type": "ask", "text": "Hi", "client_msg_id": "w2"})
    assert (await receive_until(watcher, "error"))[-1]["code"] == "read_only"
    await watcher.disconnect()
    await student.disconnect()


@pytest.mark.parametrize("who", ["other_student", "other_tutor", "faculty", None])
async def test_others_cannot_open_the_encounter_socket(
    encounter: Encounter, personas: Personas, who: str | None
) -> None:
    user = getattr(personas, who) if who else None
    communicator, connected = await open_socket(f"/ws/encounters/{encounter.pk}/", user)
    assert not connected
    await communicator.disconnect()


async def test_socket_from_another_origin_is_refused(
    encounter: Encounter, personas: Personas
) -> None:
    communicator, connected = await open_socket(
        f"/ws/encounters/{encounter.pk}/", personas.student, origin="https://evil.example"
    )
    assert not connected
    await communicator.disconnect()


async def test_unknown_encounter_is_refused(personas: Personas) -> None:
    communicator, connected = await open_socket("/ws/encounters/999999/", personas.student)
    assert not connected
    await communicator.disconnect()


async def test_pending_turn_survives_in_snapshot_as_pending(
    encounter: Encounter, personas: Personas
) -> None:
    await sync_to_async(Turn.objects.create)(encounter=encounter, seq=1, role="student", text="hi")
    _communicator, snapshot = await connect(encounter, personas.student)
    assert snapshot["transcript"][0]["text"] == "hi"
    await _communicator.disconnect()
