"""Tests of the fake OpenAI-compatible server, driven through the real openai client."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from pydantic import BaseModel

from tests.fakes.openai_server import FakeConfig, FakeOpenAIServer, main, split_tokens

MESSAGES: list[Any] = [
    {"role": "system", "content": "You are a standardized patient."},
    {"role": "user", "content": "Where does it hurt?"},
]
PROMPT_TOKENS = 9  # whitespace words in MESSAGES


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        yield fake


@pytest.fixture
def fake(server: FakeOpenAIServer) -> Iterator[FakeOpenAIServer]:
    server.reset()
    yield server
    server.reset()


@pytest.fixture
def client(fake: FakeOpenAIServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=fake.base_url, api_key="test", max_retries=0, timeout=5) as c:
        yield c


def collect(stream: Any) -> list[Any]:
    return list(stream)


def drain_into(stream: Any, received: list[Any]) -> None:
    """Iterate a stream, keeping the chunks that arrived before any exception."""
    received.extend(chunk for chunk in stream)


def content_of(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


# ----- normal replies -----


def test_non_streaming_reply_with_usage(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(replies=["My chest hurts, doctor."])
    completion = client.chat.completions.create(model="gpt-test", messages=MESSAGES)
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-test"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content == "My chest hurts, doctor."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.completion_tokens == 4
    assert completion.usage.prompt_tokens == PROMPT_TOKENS
    assert completion.usage.total_tokens == 4 + PROMPT_TOKENS


def test_streaming_assembles_scripted_text_with_usage_last(
    fake: FakeOpenAIServer, client: openai.OpenAI
) -> None:
    text = "It started two days ago,\nafter dinner.  "
    fake.configure(replies=[text])
    stream = client.chat.completions.create(
        model="gpt-test", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
    )
    chunks = collect(stream)
    assert content_of(chunks) == text
    assert chunks[0].choices[0].delta.role == "assistant"
    # one chunk per token: role chunk + tokens + finish chunk + usage chunk
    assert len(chunks) == 1 + len(split_tokens(text)) + 2
    assert chunks[-2].choices[0].finish_reason == "stop"
    last = chunks[-1]
    assert last.choices == []
    assert last.usage is not None
    assert last.usage.completion_tokens == len(split_tokens(text))
    assert all(c.usage is None for c in chunks[:-1])


def test_streaming_without_include_usage_sends_no_usage(client: openai.OpenAI) -> None:
    chunks = collect(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))
    assert content_of(chunks) == FakeConfig().default_reply
    assert all(c.usage is None for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


@pytest.mark.asyncio
async def test_async_streaming(fake: FakeOpenAIServer) -> None:
    fake.configure(replies=["Async reply here."])
    async with openai.AsyncOpenAI(
        base_url=fake.base_url, api_key="test", max_retries=0, timeout=5
    ) as client:
        stream = await client.chat.completions.create(
            model="m", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
        chunks = [chunk async for chunk in stream]
    assert content_of(chunks) == "Async reply here."
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 3


@pytest.mark.asyncio
async def test_many_concurrent_streams(fake: FakeOpenAIServer) -> None:
    fake.configure(reply_tokens=5, tokens_per_s=200)
    async with openai.AsyncOpenAI(
        base_url=fake.base_url, api_key="test", max_retries=0, timeout=10
    ) as client:

        async def one() -> str:
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            return content_of([chunk async for chunk in stream])

        replies = await asyncio.gather(*(one() for _ in range(50)))
    assert set(replies) == {" word1 word2 word3 word4 word5"}


def test_reply_tokens_exact_count(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(reply_tokens=7)
    chunks = collect(
        client.chat.completions.create(
            model="m", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
    )
    pieces = [
        c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content
    ]
    assert pieces == [f" word{i}" for i in range(1, 8)]
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 7
    completion = client.chat.completions.create(model="m", messages=MESSAGES)
    assert completion.usage is not None
    assert completion.usage.completion_tokens == 7


def test_ttft_is_respected(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(ttft_ms=200)
    started = time.monotonic()
    client.chat.completions.create(model="m", messages=MESSAGES)
    assert time.monotonic() - started >= 0.2

    started = time.monotonic()
    first_content_at = None
    for chunk in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):
        if first_content_at is None and chunk.choices and chunk.choices[0].delta.content:
            first_content_at = time.monotonic() - started
    assert first_content_at is not None
    assert first_content_at >= 0.2


def test_tokens_per_s_paces_the_stream(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(reply_tokens=6, tokens_per_s=50)  # 5 gaps of 20 ms
    started = time.monotonic()
    chunks = collect(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))
    assert time.monotonic() - started >= 0.1
    assert content_of(chunks).split() == [f"word{i}" for i in range(1, 7)]


def test_models_list(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["fake-model"]


# ----- faults -----


@pytest.mark.parametrize(
    ("fault", "error", "status"),
    [
        ("429", openai.RateLimitError, 429),
        ("500", openai.InternalServerError, 500),
        ("503", openai.InternalServerError, 503),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_status_faults(
    fake: FakeOpenAIServer,
    client: openai.OpenAI,
    fault: str,
    error: type[Exception],
    status: int,
    stream: bool,
) -> None:
    fake.configure(faults=[fault])
    with pytest.raises(error) as info:
        client.chat.completions.create(model="m", messages=MESSAGES, stream=stream)
    assert isinstance(info.value, openai.APIStatusError)
    assert info.value.status_code == status
    assert isinstance(info.value.body, dict)
    assert info.value.body["message"]
    if fault == "429":
        assert info.value.response.headers["retry-after"] == "1"
        assert info.value.response.headers["retry-after-ms"] == "1000"
        assert info.value.body["code"] == "rate_limit_exceeded"


@pytest.mark.parametrize("stream", [False, True])
def test_timeout_fault(fake: FakeOpenAIServer, client: openai.OpenAI, stream: bool) -> None:
    fake.configure(fault="timeout")
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.4).chat.completions.create(
            model="m", messages=MESSAGES, stream=stream
        )
    assert time.monotonic() - started >= 0.4


def test_stream_cut_raises_connection_error_mid_stream(
    fake: FakeOpenAIServer, client: openai.OpenAI
) -> None:
    # Observed with openai 3.57: the chunks before the cut arrive, then iteration raises
    # APIConnectionError (cause: httpx2 RemoteProtocolError, incomplete chunked read).
    fake.configure(faults=["stream_cut"], reply_tokens=6, cut_after_tokens=3)
    received: list[Any] = []
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    with pytest.raises(openai.APIConnectionError):
        drain_into(stream, received)
    assert content_of(received) == " word1 word2 word3"
    assert all(c.choices[0].finish_reason is None for c in received)


def test_stream_cut_non_streaming_raises_connection_error(
    fake: FakeOpenAIServer, client: openai.OpenAI
) -> None:
    fake.configure(faults=["stream_cut"])
    with pytest.raises(openai.APIConnectionError):
        client.chat.completions.create(model="m", messages=MESSAGES)


def test_malformed_chunk_raises_while_iterating(
    fake: FakeOpenAIServer, client: openai.OpenAI
) -> None:
    # Observed: the bad `data:` line surfaces as a bare json.JSONDecodeError (not an openai error).
    fake.configure(faults=["malformed_chunk"], reply_tokens=5, cut_after_tokens=2)
    received: list[Any] = []
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    with pytest.raises(json.JSONDecodeError):
        drain_into(stream, received)
    assert content_of(received) == " word1 word2"


def test_no_usage_fault(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(faults=["no_usage", "no_usage"])
    assert client.chat.completions.create(model="m", messages=MESSAGES).usage is None
    chunks = collect(
        client.chat.completions.create(
            model="m", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
    )
    assert content_of(chunks) == FakeConfig().default_reply
    assert all(c.usage is None for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_empty_fault(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(faults=["empty", "empty"], replies=["kept for later"])
    completion = client.chat.completions.create(model="m", messages=MESSAGES)
    assert completion.choices[0].message.content == ""
    assert completion.usage is not None
    assert completion.usage.completion_tokens == 0
    chunks = collect(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))
    assert content_of(chunks) == ""
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert fake.config.replies == ["kept for later"]


def test_garbage_fault(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    # Observed: non-streaming raises a bare json.JSONDecodeError; streaming yields zero chunks.
    fake.configure(fault="garbage")
    with pytest.raises(json.JSONDecodeError):
        client.chat.completions.create(model="m", messages=MESSAGES)
    assert collect(client.chat.completions.create(model="m", messages=MESSAGES, stream=True)) == []


def test_fault_queue_order_then_sticky(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(faults=["429", None, "500"], replies=["first", "second"])
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="m", messages=MESSAGES)
    assert (
        client.chat.completions.create(model="m", messages=MESSAGES).choices[0].message.content
        == "first"
    )
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(model="m", messages=MESSAGES)
    assert (
        client.chat.completions.create(model="m", messages=MESSAGES).choices[0].message.content
        == "second"
    )
    fake.configure(fault="503")
    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            client.chat.completions.create(model="m", messages=MESSAGES)
    assert [r["fault"] for r in fake.chat_requests] == ["429", None, "500", None, "503", "503"]


def test_fault_header_overrides_queue(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(faults=["500"])
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(
            model="m", messages=MESSAGES, extra_headers={"x-fake-fault": "429"}
        )
    assert fake.config.faults == ["500"]


def test_invalid_fault_is_rejected(fake: FakeOpenAIServer) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        fake.configure(faults=["teapot"])
    with pytest.raises(ValueError, match="unknown FakeConfig field"):
        fake.configure(ttft=1)


# ----- structured output, log, Azure, control API -----


class Diagnosis(BaseModel):
    diagnosis: str
    confidence: float


def test_structured_output_returns_scripted_json(
    fake: FakeOpenAIServer, client: openai.OpenAI
) -> None:
    scripted = '{"diagnosis": "angina", "confidence": 0.8}'
    fake.configure(replies=[scripted, {"diagnosis": "GERD", "confidence": 0.5}])
    schema = {"name": "diagnosis", "schema": Diagnosis.model_json_schema(), "strict": True}
    completion = client.chat.completions.create(  # type: ignore[call-overload]
        model="m",
        messages=MESSAGES,
        response_format={"type": "json_schema", "json_schema": schema},
    )
    assert completion.choices[0].message.content == scripted
    parsed = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Diagnosis)
    assert parsed.choices[0].message.parsed == Diagnosis(diagnosis="GERD", confidence=0.5)
    empty_queue = client.chat.completions.create(
        model="m", messages=MESSAGES, response_format={"type": "json_object"}
    )
    assert empty_queue.choices[0].message.content == "{}"


def test_request_log_records_bodies(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    before = time.time()
    client.chat.completions.create(model="gpt-log", messages=MESSAGES, temperature=0.2)
    (entry,) = fake.requests
    assert entry["method"] == "POST"
    assert entry["path"] == "/v1/chat/completions"
    assert entry["headers"]["authorization"] == "Bearer test"
    assert entry["json"]["model"] == "gpt-log"
    assert entry["json"]["messages"] == MESSAGES
    assert entry["json"]["temperature"] == 0.2
    assert entry["fault"] is None
    assert before <= entry["time"] <= time.time()


def test_request_log_is_bounded(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    fake.configure(max_logged_requests=3)
    for i in range(5):
        client.chat.completions.create(model=f"m{i}", messages=MESSAGES)
    assert [r["json"]["model"] for r in fake.requests] == ["m2", "m3", "m4"]


def test_azure_path(fake: FakeOpenAIServer) -> None:
    fake.configure(replies=["azure reply", "azure stream reply"])
    azure = openai.AzureOpenAI(
        azure_endpoint=fake.root_url,
        api_version="2024-10-21",
        api_key="x",
        max_retries=0,
        timeout=5,
    )
    with azure:
        completion = azure.chat.completions.create(model="my-deployment", messages=MESSAGES)
        chunks = collect(
            azure.chat.completions.create(
                model="my-deployment",
                messages=MESSAGES,
                stream=True,
                stream_options={"include_usage": True},
            )
        )
    assert completion.choices[0].message.content == "azure reply"
    assert completion.model == "my-deployment"
    assert content_of(chunks) == "azure stream reply"
    assert chunks[-1].usage is not None
    entry = fake.requests[0]
    assert entry["path"] == "/openai/deployments/my-deployment/chat/completions"
    assert entry["query"] == "api-version=2024-10-21"
    assert entry["headers"]["api-key"] == "x"


def _http(fake: FakeOpenAIServer, method: str, path: str, body: object = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        fake.root_url + path, data=data, method=method, headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def test_control_api_over_http(fake: FakeOpenAIServer, client: openai.OpenAI) -> None:
    config = _http(
        fake, "POST", "/_fake/config", {"replies": ["via http"], "faults": [429], "ttft_ms": 0}
    )
    assert config["faults"] == ["429"]
    assert _http(fake, "GET", "/_fake/config")["replies"] == ["via http"]
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="m", messages=MESSAGES)
    assert (
        client.chat.completions.create(model="m", messages=MESSAGES).choices[0].message.content
        == "via http"
    )
    log = _http(fake, "GET", "/_fake/requests")
    assert log["count"] == 2
    assert [r["fault"] for r in log["requests"]] == ["429", None]
    assert log["requests"][1]["json"]["messages"] == MESSAGES
    with pytest.raises(urllib.error.HTTPError) as info:
        _http(fake, "POST", "/_fake/config", {"no_such_field": 1})
    assert info.value.code == 400
    _http(fake, "POST", "/_fake/config", {"fault": "500"})
    reset = _http(fake, "POST", "/_fake/reset")
    assert reset["fault"] is None
    assert reset["replies"] == []
    assert _http(fake, "GET", "/_fake/requests")["count"] == 0
    assert client.chat.completions.create(model="m", messages=MESSAGES).choices[0].message.content


def test_reset_restores_construction_config_in_place() -> None:
    with FakeOpenAIServer(reply_tokens=3, ttft_ms=1) as fake:
        live = fake.config
        fake.configure(reply_tokens=9, faults=["429"], replies=["x"])
        fake.reset()
        assert fake.config is live
        assert (live.reply_tokens, live.ttft_ms, live.faults, live.replies) == (3, 1, [], [])
        assert fake.base_url == f"http://127.0.0.1:{fake.port}/v1"


def test_split_tokens_round_trips() -> None:
    for text in ["", "one", " lead and trail  ", "a\nb\tc", '{"k": [1, 2]}']:
        assert "".join(split_tokens(text)) == text
    assert split_tokens("Hello big world") == ["Hello", " big", " world"]


def test_refuses_non_loopback_hosts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="loopback"):
        FakeOpenAIServer(host="0.0.0.0")
    with pytest.raises(SystemExit) as info:
        main(["--host", "0.0.0.0"])
    assert info.value.code == 2
    assert "not a loopback address" in capsys.readouterr().err
