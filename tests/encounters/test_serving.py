"""Serving under load: warm start, handshake bursts, the channel layer's pool, lean turns."""

from __future__ import annotations

import asyncio
import gc
import json
from datetime import timedelta
from typing import Any

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.utils import timezone

from bench.interviews.procs import server_command
from docsim import llm
from docsim.asgi import application
from docsim.layers import RedisChannelLayer
from encounters import realtime, services, warmup
from encounters.models import Encounter
from tests.conftest import Personas
from tests.sockets import _session_cookie


@pytest.mark.parametrize("delta", ["word", ' "quoted" ', "é\n\\", "</script>"])
def test_token_frame_is_what_dumps_writes(delta: str) -> None:
    frame = realtime.token_frame(7, delta)
    assert frame == realtime.dumps({"type": "token", "seq": 7, "delta": delta})
    assert json.loads(frame) == {"type": "token", "seq": 7, "delta": delta}


class Frames:
    """A socket's send, recording each token frame's delta and when it went."""

    def __init__(self, fail: bool = False) -> None:
        self.deltas: list[str] = []
        self.fail = fail

    async def __call__(self, text: str) -> None:
        if self.fail:
            raise ConnectionError("closed")
        self.deltas.append(json.loads(text)["delta"])


async def test_token_stream_sends_the_first_token_at_once_then_joins_the_rest() -> None:
    frames = Frames()
    stream = realtime.TokenStream(3, frames, every=0.05)
    await stream("I ")
    assert frames.deltas == ["I "]
    await stream("smoke ")
    await stream("a ")
    assert frames.deltas == ["I "]  # held for the batch
    await asyncio.sleep(0.1)  # a stall in the provider's stream: the timer sends them
    assert frames.deltas == ["I ", "smoke a "]
    await stream("lot.")
    await stream.close()
    assert frames.deltas == ["I ", "smoke a ", "lot."]
    await stream.close()  # closing twice sends nothing more
    assert "".join(frames.deltas) == "I smoke a lot."


async def test_token_stream_sends_slow_tokens_one_by_one() -> None:
    frames = Frames()
    stream = realtime.TokenStream(3, frames, every=0.02)
    for word in ["one ", "two ", "three"]:
        await stream(word)
        await asyncio.sleep(0.04)
    assert frames.deltas == ["one ", "two ", "three"]


async def test_token_stream_on_a_closed_socket_stops_sending_quietly() -> None:
    stream = realtime.TokenStream(3, Frames(fail=True), every=0.02)
    with pytest.raises(ConnectionError):
        await stream("lost")  # generate_reply then drops the stream and goes on
    with pytest.raises(ConnectionError):
        await stream("again")
    await stream.close()  # no error


@pytest.mark.django_db
def test_a_turn_takes_few_queries(encounter: Encounter, django_assert_max_num_queries: Any) -> None:
    services.record_student_turn(encounter=encounter, text="Do you smoke?", client_msg_id="q1")
    with django_assert_max_num_queries(7):  # lock, turns, two inserts, and the transaction
        services.record_student_turn(encounter=encounter, text="Any pain?", client_msg_id="q2")


@pytest.mark.django_db
def test_current_state_reads_once_while_nothing_is_due(
    encounter: Encounter, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(1):
        assert services.current_state(encounter).status == Encounter.Status.INTERVIEW


@pytest.mark.django_db
def test_current_state_applies_a_passed_deadline(encounter: Encounter) -> None:
    past = timezone.now() - timedelta(seconds=1)
    Encounter.objects.filter(pk=encounter.pk).update(interview_deadline=past)
    moved = services.current_state(encounter)
    assert (moved.status, moved.end_reason) == (Encounter.Status.NOTE, "timeout")


@pytest.mark.django_db(transaction=True)
async def test_warm_up_prepares_the_cases_and_the_llm_client(
    encounter: Encounter, settings: Any
) -> None:
    settings.DOCSIM_PATIENT_ENGINE = "llm"
    settings.DOCSIM_LLM_PROVIDER = "compatible"
    settings.OPENAI_BASE_URL = "http://127.0.0.1:9/v1"
    llm.reset_for_tests()
    await warmup.warm_up()
    assert warmup.warm_up() is warmup.warm_up()  # once per event loop
    assert await sync_to_async(warmup.warm_cases)() >= 1
    assert llm.async_client() is llm.async_client()
    assert gc.get_freeze_count() > 0  # start-up objects are out of the collector's full scans
    llm.reset_for_tests()


@pytest.mark.django_db(transaction=True)
async def test_lifespan_startup_completes_after_warming() -> None:
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await application({"type": "lifespan"}, receive, send)
    assert [m["type"] for m in sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
    ]


@pytest.mark.django_db(transaction=True)
async def test_a_burst_of_handshakes_all_connect(encounter: Encounter, personas: Personas) -> None:
    cookie = (await sync_to_async(_session_cookie)(personas.student)).encode()
    headers = [(b"origin", b"http://testserver"), (b"cookie", cookie)]
    path = f"/ws/encounters/{encounter.pk}/"
    sockets = [WebsocketCommunicator(application, path, headers=headers) for _ in range(20)]
    opened = await asyncio.gather(*(socket.connect(timeout=30) for socket in sockets))
    assert all(connected for connected, _subprotocol in opened)
    for socket in sockets:
        assert (await socket.receive_json_from(timeout=10))["type"] == "snapshot"
        await socket.disconnect()


@pytest.mark.services
@pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")
async def test_the_channel_layer_waits_for_a_connection_instead_of_failing() -> None:
    layer = RedisChannelLayer(hosts=[{"address": settings.REDIS_URL, "max_connections": 2}])
    channel = await layer.new_channel()
    groups = [f"burst-{n}" for n in range(40)]
    await asyncio.gather(*(layer.group_add(group, channel) for group in groups))
    await asyncio.gather(*(layer.group_discard(group, channel) for group in groups))
    await layer.flush()


def test_the_bench_serves_without_per_message_deflate() -> None:
    command = server_command("uvicorn", 8000)
    assert command[command.index("--ws-per-message-deflate") + 1] == "false"


def test_make_serve_runs_uvicorn_without_per_message_deflate() -> None:
    makefile = (settings.BASE_DIR / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nserve:", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    words = recipe.split()
    assert "docsim.asgi:application" in words
    assert words[words.index("--ws-per-message-deflate") + 1] == "false"
