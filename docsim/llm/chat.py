"""The calls: a streamed chat reply and structured completions, each under the retry policy."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from docsim.llm.client import (
    as_llm_error,
    async_client,
    chat_chunks,
    limit_name,
    sync_client,
)
from docsim.llm.resilience import Policy, async_slot, sync_slot
from docsim.llm.results import Completion, Usage, bad_response
from docsim.llm.structured import response_format, validated

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
_NO_USAGE = Usage(None, None)  # the server did not report token counts


def _ms(since: float) -> int:
    return int((time.monotonic() - since) * 1000)


# ----- streaming chat --------------------------------------------------------------------------


@dataclass
class _Stream:
    model: str
    started: float
    parts: list[str] = field(default_factory=list)
    usage: Usage = _NO_USAGE
    ttft_ms: int | None = None
    finished: bool = False

    @property
    def tokens_sent(self) -> bool:
        return bool(self.parts)


async def _stream_once(request: dict[str, Any], progress: _Stream) -> AsyncGenerator[str, None]:
    options = {"stream_options": {"include_usage": True}}
    async with aclosing(chat_chunks(request | options)) as chunks:
        async for chunk in chunks:
            progress.model = chunk.get("model") or progress.model
            usage = chunk.get("usage")
            if usage:
                progress.usage = Usage(usage.get("prompt_tokens"), usage.get("completion_tokens"))
            for choice in chunk.get("choices") or ():
                progress.finished = progress.finished or choice.get("finish_reason") is not None
                delta = (choice.get("delta") or {}).get("content")
                if delta:
                    if progress.ttft_ms is None:
                        progress.ttft_ms = _ms(progress.started)
                    progress.parts.append(delta)
                    yield delta
    if not "".join(progress.parts).strip():
        raise bad_response(retryable=not progress.finished)  # empty vs unreadable stream


async def stream_chat(
    *,
    messages: list[dict[str, str]],
    model: str,
    purpose: str = "patient",
    max_tokens: int = 300,
    temperature: float = 0.7,
) -> AsyncGenerator[str | Completion, None]:
    """Yield text deltas as they come, then one Completion. Retries only before the first
    token; afterwards a failure raises LLMError(kind="cut")."""
    started = time.monotonic()
    request = {"model": model, "messages": messages, "temperature": temperature}
    request[limit_name()] = max_tokens
    policy = Policy(purpose, as_llm_error)
    try:
        while True:
            policy.begin()
            progress = _Stream(model=model, started=started)
            try:
                async with async_slot(), aclosing(_stream_once(request, progress)) as deltas:
                    async for delta in deltas:
                        yield delta
            except Exception as exc:
                await asyncio.sleep(policy.failed(exc, tokens_sent=progress.tokens_sent))
                continue
            policy.succeeded()
            break
    finally:
        policy.abandoned()
    text = "".join(progress.parts)
    yield Completion(
        text, progress.model, progress.usage, _ms(started), progress.ttft_ms, policy.attempt
    )


# ----- structured output -----------------------------------------------------------------------


def _json_request(
    messages: list[dict[str, str]], model: str, schema: type[BaseModel], max_tokens: int
) -> dict[str, Any]:
    return {
        "model": model,
        "messages": messages,
        "response_format": response_format(schema),
        limit_name(): max_tokens,
    }


def _completion(response: Any, model: str, started: float, attempts: int) -> Completion:
    choices = getattr(response, "choices", None)
    if not choices or not isinstance(choices[0].message.content, str):
        raise bad_response(retryable=False)
    usage = response.usage
    return Completion(
        text=choices[0].message.content,
        model=response.model or model,
        usage=Usage(usage.prompt_tokens, usage.completion_tokens) if usage else _NO_USAGE,
        latency_ms=_ms(started),
        ttft_ms=None,
        attempts=attempts,
    )


def _call_sync(purpose: str, call: Callable[[], T]) -> tuple[T, int]:
    policy = Policy(purpose, as_llm_error)
    try:
        while True:
            policy.begin()
            try:
                with sync_slot():
                    result = call()
            except Exception as exc:
                time.sleep(policy.failed(exc))
                continue
            policy.succeeded()
            return result, policy.attempt
    finally:
        policy.abandoned()


async def _call_async(purpose: str, call: Callable[[], Awaitable[T]]) -> tuple[T, int]:
    policy = Policy(purpose, as_llm_error)
    try:
        while True:
            policy.begin()
            try:
                async with async_slot():
                    result = await call()
            except Exception as exc:
                await asyncio.sleep(policy.failed(exc))
                continue
            policy.succeeded()
            return result, policy.attempt
    finally:
        policy.abandoned()


def complete_json(
    *,
    messages: list[dict[str, str]],
    model: str,
    schema: type[M],
    purpose: str = "examiner",
    max_tokens: int = 2000,
) -> tuple[M, Completion]:
    """Structured output validated by `schema` (sync, for Celery); the first JSON object of a
    plain-text reply is accepted from servers without structured output. Invalid: LLMError."""
    started = time.monotonic()
    request = _json_request(messages, model, schema, max_tokens)
    response, attempts = _call_sync(
        purpose, lambda: sync_client().chat.completions.create(**request)
    )
    completion = _completion(response, model, started, attempts)
    return validated(completion.text, schema), completion


async def acomplete_json(
    *,
    messages: list[dict[str, str]],
    model: str,
    schema: type[M],
    purpose: str = "examiner",
    max_tokens: int = 2000,
) -> tuple[M, Completion]:
    """The async twin of complete_json, for batches."""
    started = time.monotonic()
    request = _json_request(messages, model, schema, max_tokens)
    response, attempts = await _call_async(
        purpose, lambda: async_client().chat.completions.create(**request)
    )
    completion = _completion(response, model, started, attempts)
    return validated(completion.text, schema), completion
