"""docsim.llm through the real openai client against the fake provider: every fault, retries,
the breaker, concurrency, providers, structured output and per-process clients."""

from __future__ import annotations

import asyncio
import itertools
import os
import threading
import time
from typing import Any, cast

import pytest
from pydantic import BaseModel

from docsim import llm
from tests.fakes.openai_server import FakeOpenAIServer, split_tokens
from tests.llm.conftest import chat_bodies

MESSAGES = [{"role": "system", "content": "You are a patient."}, {"role": "user", "content": "Hi"}]
REPLY = "I don't smoke, never have."


async def collect(**options: Any) -> tuple[list[str], llm.Completion]:
    deltas: list[str] = []
    completion = None
    async for item in llm.stream_chat(messages=MESSAGES, model="m", **options):
        if isinstance(item, llm.Completion):
            completion = item
        else:
            deltas.append(item)
    assert completion is not None
    return deltas, completion


async def failure(**options: Any) -> tuple[llm.LLMError, list[str]]:
    deltas: list[str] = []

    async def consume() -> None:
        async for item in llm.stream_chat(messages=MESSAGES, model="m", **options):
            assert isinstance(item, str)
            deltas.append(item)

    with pytest.raises(llm.LLMError) as caught:
        await consume()
    return caught.value, deltas


# ----- streaming --------------------------------------------------------------------------------


async def test_stream_yields_each_token_then_one_completion(provider: FakeOpenAIServer) -> None:
    provider.configure(replies=[REPLY])
    deltas, completion = await collect()
    assert deltas == split_tokens(REPLY)
    assert completion.text == REPLY
    assert completion.model == "m"
    assert completion.usage == llm.Usage(prompt_tokens=5, completion_tokens=len(deltas))
    assert completion.attempts == 1
    assert completion.ttft_ms is not None
    assert completion.latency_ms >= completion.ttft_ms
    [body] = chat_bodies(provider)
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert (body["max_tokens"], body["temperature"]) == (300, 0.7)


async def test_no_usage_from_the_server_leaves_tokens_unknown(provider: FakeOpenAIServer) -> None:
    provider.configure(fault="no_usage")
    _deltas, completion = await collect()
    assert completion.usage == llm.Usage(None, None)


async def test_timeout_is_retried_up_to_max_attempts(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.DOCSIM_LLM_TIMEOUT_S = 0.3
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 2
    provider.configure(fault="timeout")
    error, deltas = await failure()
    assert (error.kind, error.retryable, deltas) == ("timeout", True, [])
    assert len(provider.chat_requests) == 2


async def test_rate_limit_then_ok_is_retried_and_succeeds(provider: FakeOpenAIServer) -> None:
    provider.configure(faults=["429"], replies=[REPLY])
    deltas, completion = await collect()
    assert "".join(deltas) == REPLY
    assert completion.attempts == 2
    assert len(provider.chat_requests) == 2


async def test_rate_limit_forever_makes_exactly_max_attempts(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    provider.configure(fault="429")
    error, _ = await failure()
    assert error.kind == "rate_limit"
    assert len(provider.chat_requests) == settings.DOCSIM_LLM_MAX_ATTEMPTS == 3


async def test_retry_after_from_the_server_is_honoured(provider: FakeOpenAIServer) -> None:
    provider.configure(faults=["429"], retry_after_s=0.4)
    started = time.monotonic()
    await collect()
    assert time.monotonic() - started >= 0.4


def test_backoff_is_full_jitter_capped_and_caps_retry_after() -> None:
    for attempt in range(1, 12):
        for _ in range(50):
            delay = llm.backoff_s(attempt)
            assert 0 <= delay <= min(llm.BACKOFF_CAP_S, 0.25 * 2 ** (attempt - 1))
    assert llm.backoff_s(1, retry_after_s=1.5) == 1.5
    assert llm.backoff_s(1, retry_after_s=600) == llm.BACKOFF_CAP_S


@pytest.mark.parametrize("fault", ["500", "503"])
async def test_server_errors_are_retried_then_reported(
    provider: FakeOpenAIServer, fault: str
) -> None:
    provider.configure(fault=fault)
    error, _ = await failure()
    assert error.kind == "server"
    assert len(provider.chat_requests) == 3


@pytest.mark.parametrize("fault", ["stream_cut", "malformed_chunk"])
async def test_failure_after_a_token_is_a_cut_and_never_retried(
    provider: FakeOpenAIServer, fault: str
) -> None:
    provider.configure(fault=fault, cut_after_tokens=2, replies=[REPLY])
    error, deltas = await failure()
    assert error.kind == "cut"
    assert deltas == split_tokens(REPLY)[:2]
    assert len(provider.chat_requests) == 1


@pytest.mark.parametrize("fault", ["stream_cut", "malformed_chunk"])
async def test_failure_before_the_first_token_is_retried(
    provider: FakeOpenAIServer, fault: str
) -> None:
    provider.configure(faults=[fault], cut_after_tokens=0, replies=[REPLY, REPLY])
    deltas, completion = await collect()
    assert "".join(deltas) == REPLY
    assert completion.attempts == 2


async def test_empty_reply_is_a_bad_response_and_not_retried(provider: FakeOpenAIServer) -> None:
    provider.configure(fault="empty")
    error, _ = await failure()
    assert (error.kind, error.retryable) == ("bad_response", False)
    assert len(provider.chat_requests) == 1


async def test_garbage_body_is_a_bad_response_after_retries(provider: FakeOpenAIServer) -> None:
    provider.configure(fault="garbage")
    error, _ = await failure()
    assert error.kind == "bad_response"
    assert len(provider.chat_requests) == 3


async def test_connection_refused_is_a_connection_error(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.OPENAI_BASE_URL = "http://127.0.0.1:9/v1"  # discard port: nothing listens
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 1
    error, _ = await failure()
    assert error.kind == "connection"


# ----- circuit breaker --------------------------------------------------------------------------


async def test_breaker_opens_fails_fast_then_recovers_after_cooldown(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 1
    settings.DOCSIM_LLM_BREAKER_FAILURES = 3
    settings.DOCSIM_LLM_BREAKER_COOLDOWN_S = 0.3
    provider.configure(fault="500")
    for _ in range(3):
        assert (await failure())[0].kind == "server"
    assert len(provider.chat_requests) == 3
    for _ in range(5):
        error, _ = await failure()
        assert (error.kind, error.retryable) == ("circuit_open", True)
    assert len(provider.chat_requests) == 3  # nothing reached the provider
    await asyncio.sleep(0.35)
    provider.configure(fault=None, replies=[REPLY, REPLY])
    deltas, _ = await collect()  # the half-open trial succeeds: closed again
    assert "".join(deltas) == REPLY
    await collect()
    assert len(provider.chat_requests) == 5


async def test_a_failed_trial_opens_the_breaker_again(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 1
    settings.DOCSIM_LLM_BREAKER_FAILURES = 2
    settings.DOCSIM_LLM_BREAKER_COOLDOWN_S = 0.2
    provider.configure(fault="503")
    for _ in range(2):
        await failure()
    await asyncio.sleep(0.25)
    assert (await failure())[0].kind == "server"  # the trial
    assert (await failure())[0].kind == "circuit_open"
    assert len(provider.chat_requests) == 3


async def test_breakers_are_per_purpose(provider: FakeOpenAIServer, settings: Any) -> None:
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 1
    settings.DOCSIM_LLM_BREAKER_FAILURES = 1
    provider.configure(faults=["500"], replies=[REPLY])
    await failure(purpose="patient")
    assert (await failure(purpose="patient"))[0].kind == "circuit_open"
    deltas, _ = await collect(purpose="other")
    assert "".join(deltas) == REPLY


# ----- concurrency ------------------------------------------------------------------------------


async def test_async_concurrency_is_limited_per_process(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.DOCSIM_LLM_MAX_CONCURRENCY = 1
    provider.configure(ttft_ms=150)
    await asyncio.gather(*(collect() for _ in range(3)))
    arrivals = sorted(entry["time"] for entry in provider.chat_requests)
    assert all(b - a >= 0.12 for a, b in itertools.pairwise(arrivals))


def test_sync_concurrency_is_limited_per_process(provider: FakeOpenAIServer, settings: Any) -> None:
    settings.DOCSIM_LLM_MAX_CONCURRENCY = 1
    provider.configure(ttft_ms=150, default_json_reply='{"met": true, "quote": "x"}')
    threads = [
        threading.Thread(target=llm.complete_json, kwargs={**JSON_CALL, "model": "m"})
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    arrivals = sorted(entry["time"] for entry in provider.chat_requests)
    assert len(arrivals) == 3
    assert all(b - a >= 0.12 for a, b in itertools.pairwise(arrivals))


# ----- providers and clients --------------------------------------------------------------------


@pytest.mark.parametrize("provider_name", ["openai", "azure", "compatible"])
async def test_each_provider_reaches_its_endpoint(
    provider: FakeOpenAIServer, settings: Any, provider_name: str
) -> None:
    settings.DOCSIM_LLM_PROVIDER = provider_name
    settings.OPENAI_API_KEY = "sk-test" if provider_name == "openai" else ""
    settings.AZURE_OPENAI_ENDPOINT = provider.root_url
    settings.AZURE_OPENAI_API_KEY = "azure-test-key"
    settings.AZURE_OPENAI_API_VERSION = "2024-10-21"
    provider.configure(replies=[REPLY])
    deltas, completion = await collect()
    assert "".join(deltas) == REPLY
    [request] = provider.chat_requests
    headers = request["headers"]
    if provider_name == "azure":
        assert request["path"] == "/openai/deployments/m/chat/completions"
        assert request["query"] == "api-version=2024-10-21"
        assert headers["api-key"] == "azure-test-key"
        assert completion.model == "m"  # the deployment name
    else:
        assert request["path"] == "/v1/chat/completions"
        key = "sk-test" if provider_name == "openai" else llm.KEYLESS_PLACEHOLDER
        assert headers["authorization"] == f"Bearer {key}"
    limit = "max_completion_tokens" if provider_name == "openai" else "max_tokens"
    assert request["json"][limit] == 300


async def test_openai_without_a_key_is_a_config_error(
    provider: FakeOpenAIServer, settings: Any
) -> None:
    settings.DOCSIM_LLM_PROVIDER = "openai"
    settings.OPENAI_API_KEY = ""
    error, _ = await failure()
    assert (error.kind, error.retryable) == ("config", False)
    assert provider.chat_requests == []


def test_sync_client_is_recreated_after_a_fork(
    provider: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = llm.sync_client()
    assert llm.sync_client() is client
    parent = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: parent + 1)
    child = llm.sync_client()
    assert child is not client
    assert llm.sync_client() is child
    assert child.max_retries == 0
    assert cast(Any, child.timeout).connect <= llm.CONNECT_TIMEOUT_S


def test_async_clients_are_per_event_loop(provider: FakeOpenAIServer) -> None:
    async def current() -> Any:
        return llm.async_client()

    first, second = asyncio.run(current()), asyncio.run(current())
    assert first is not second


# ----- structured output ------------------------------------------------------------------------


class Verdict(BaseModel):
    met: bool
    quote: str


JSON_CALL: dict[str, Any] = {"messages": MESSAGES, "schema": Verdict}


def test_complete_json_asks_for_the_schema_and_validates(provider: FakeOpenAIServer) -> None:
    provider.configure(replies=[{"met": True, "quote": "I smoke"}])
    verdict, completion = llm.complete_json(**JSON_CALL, model="examiner-model")
    assert verdict == Verdict(met=True, quote="I smoke")
    assert (completion.model, completion.attempts, completion.ttft_ms) == (
        "examiner-model",
        1,
        None,
    )
    assert completion.usage.completion_tokens is not None
    [body] = chat_bodies(provider)
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "Verdict"
    assert set(response_format["json_schema"]["schema"]["properties"]) == {"met", "quote"}
    assert body["max_tokens"] == 2000
    assert "stream" not in body


def test_complete_json_accepts_json_wrapped_in_text(provider: FakeOpenAIServer) -> None:
    text = 'Sure! Here it is:\n```json\n{"met": false, "quote": "no {braces} here"}\n```\nBye.'
    provider.configure(replies=[text])
    verdict, _ = llm.complete_json(**JSON_CALL, model="m")
    assert verdict == Verdict(met=False, quote="no {braces} here")


@pytest.mark.parametrize(
    "text", ['{"met": "perhaps", "quote": 1}', "I cannot answer that.", '{"met": true']
)
def test_complete_json_rejects_invalid_output(provider: FakeOpenAIServer, text: str) -> None:
    provider.configure(replies=[text])
    with pytest.raises(llm.LLMError) as caught:
        llm.complete_json(**JSON_CALL, model="m")
    assert (caught.value.kind, caught.value.retryable) == ("bad_response", False)
    assert len(provider.chat_requests) == 1


def test_complete_json_retries_like_the_stream(provider: FakeOpenAIServer) -> None:
    provider.configure(faults=["429", "500"], replies=[{"met": True, "quote": "x"}])
    _verdict, completion = llm.complete_json(**JSON_CALL, model="m")
    assert completion.attempts == 3


def test_complete_json_garbage_and_no_usage(provider: FakeOpenAIServer, settings: Any) -> None:
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 1
    provider.configure(faults=["garbage"])
    with pytest.raises(llm.LLMError) as caught:
        llm.complete_json(**JSON_CALL, model="m")
    assert caught.value.kind == "bad_response"
    provider.configure(faults=["no_usage"], replies=[{"met": True, "quote": "x"}])
    _verdict, completion = llm.complete_json(**JSON_CALL, model="m")
    assert completion.usage == llm.Usage(None, None)


async def test_acomplete_json_is_the_async_twin(provider: FakeOpenAIServer) -> None:
    provider.configure(replies=[{"met": True, "quote": "a"}, {"met": False, "quote": "b"}])
    results = await asyncio.gather(
        llm.acomplete_json(**JSON_CALL, model="m"), llm.acomplete_json(**JSON_CALL, model="m")
    )
    assert sorted(verdict.quote for verdict, _completion in results) == ["a", "b"]


def test_first_json_object_skips_prose_and_arrays() -> None:
    assert llm.first_json_object('[1] then {"a": {"b": 2}} and {"c": 3}') == {"a": {"b": 2}}
    assert llm.first_json_object("{not json} {}") == {}
    assert llm.first_json_object("nothing") is None
