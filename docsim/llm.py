"""The one door to LLM providers: clients, timeouts, one retry policy, concurrency, breakers.

Only this module imports ``openai``. Each process keeps its own clients, semaphores and
circuit breakers (re-created after a fork); async clients and semaphores are also per event loop.
Retries happen here and only here (the client's own ``max_retries`` is 0), and a stream is never
retried once a token has been handed on. Nothing here logs prompts or replies.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from contextlib import aclosing, asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import openai
from django.conf import settings
from django.utils.translation import gettext as _
from pydantic import BaseModel, ValidationError

log = logging.getLogger(__name__)
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

BACKOFF_BASE_S = 0.25
BACKOFF_CAP_S = 4.0
CONNECT_TIMEOUT_S = 3.0
KEYLESS_PLACEHOLDER = "not-needed"  # self-hosted servers without a key still want a header
RETRYABLE_STATUS = {408, 409, 429}


class LLMError(Exception):
    """A failed LLM call. ``kind``: timeout, rate_limit, server, connection, bad_response,
    circuit_open, cut or config; ``message`` is safe to show; ``retryable``: a later call may
    succeed (only retryable failures are retried here, and only before a first token)."""

    def __init__(
        self, kind: str, message: str, *, retryable: bool, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.retryable = retryable
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int | None
    completion_tokens: int | None


@dataclass(frozen=True)
class Completion:
    text: str
    model: str
    usage: Usage
    latency_ms: int
    ttft_ms: int | None
    attempts: int


# ----- per-process state -----------------------------------------------------------------------


class _Breaker:
    """Closed until N consecutive failed requests; then open for the cooldown; then one trial."""

    def __init__(self) -> None:
        self.failures = 0
        self.open_until = 0.0
        self.trial = False
        self.lock = threading.Lock()

    def admit(self) -> tuple[bool, bool]:
        """(may call, is the half-open trial)."""
        with self.lock:
            if self.failures < settings.DOCSIM_LLM_BREAKER_FAILURES:
                return True, False
            if time.monotonic() < self.open_until or self.trial:
                return False, False
            self.trial = True
            return True, True

    def record(self, failed: bool) -> None:
        with self.lock:
            self.trial = False
            if not failed:
                self.failures = 0
                return
            self.failures += 1
            if self.failures >= settings.DOCSIM_LLM_BREAKER_FAILURES:
                self.open_until = time.monotonic() + settings.DOCSIM_LLM_BREAKER_COOLDOWN_S

    def release(self) -> None:
        """The trial ended without an outcome (the caller went away): let another one try."""
        with self.lock:
            self.trial = False


@dataclass
class _State:
    pid: int
    sync_client: openai.OpenAI | None = None
    sync_slots: threading.BoundedSemaphore | None = None
    async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    async_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    breakers: dict[str, _Breaker] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_STATE: _State | None = None
_STATE_LOCK = threading.Lock()


def _state() -> _State:
    global _STATE
    pid = os.getpid()
    state = _STATE
    if state is None or state.pid != pid:  # first use, or a forked child: start afresh
        with _STATE_LOCK:
            if _STATE is None or _STATE.pid != pid:
                _STATE = _State(pid=pid)
            state = _STATE
    return state


def reset_for_tests() -> None:
    global _STATE
    _STATE = None


def _breaker(purpose: str) -> _Breaker:
    state = _state()
    with state.lock:
        return state.breakers.setdefault(purpose, _Breaker())


# ----- clients ---------------------------------------------------------------------------------


def _client_options() -> dict[str, Any]:
    total = settings.DOCSIM_LLM_TIMEOUT_S
    timeout = openai.Timeout(total, connect=min(CONNECT_TIMEOUT_S, total))
    return {"timeout": timeout, "max_retries": 0}


def _build_client(asynchronous: bool) -> Any:
    provider = settings.DOCSIM_LLM_PROVIDER
    options = _client_options()
    try:
        if provider == "azure":
            azure = openai.AsyncAzureOpenAI if asynchronous else openai.AzureOpenAI
            return azure(
                azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
                api_version=settings.AZURE_OPENAI_API_VERSION,
                api_key=settings.AZURE_OPENAI_API_KEY,
                **options,
            )
        plain = openai.AsyncOpenAI if asynchronous else openai.OpenAI
        if provider == "compatible":
            key = settings.OPENAI_API_KEY or KEYLESS_PLACEHOLDER
            return plain(base_url=settings.OPENAI_BASE_URL, api_key=key, **options)
        return plain(
            api_key=settings.OPENAI_API_KEY or None,
            base_url=settings.OPENAI_BASE_URL or None,
            **options,
        )
    except openai.OpenAIError as exc:
        raise _config_error() from exc


def sync_client() -> openai.OpenAI:
    state = _state()
    with state.lock:
        if state.sync_client is None:
            state.sync_client = _build_client(asynchronous=False)
        return state.sync_client


def async_client() -> openai.AsyncOpenAI:
    state = _state()
    loop = asyncio.get_running_loop()
    with state.lock:
        client = state.async_clients.get(loop)
        if client is None:
            client = state.async_clients[loop] = _build_client(asynchronous=True)
        return client


@contextmanager
def _sync_slot() -> Iterator[None]:
    state = _state()
    with state.lock:
        if state.sync_slots is None:
            state.sync_slots = threading.BoundedSemaphore(settings.DOCSIM_LLM_MAX_CONCURRENCY)
        slots = state.sync_slots
    with slots:
        yield


@asynccontextmanager
async def _async_slot() -> AsyncIterator[None]:
    state = _state()
    loop = asyncio.get_running_loop()
    with state.lock:
        slots = state.async_slots.get(loop)
        if slots is None:
            slots = state.async_slots[loop] = asyncio.Semaphore(settings.DOCSIM_LLM_MAX_CONCURRENCY)
    async with slots:
        yield


# ----- errors and the retry policy -------------------------------------------------------------


def _config_error() -> LLMError:
    return LLMError("config", _("The language model is not configured correctly."), retryable=False)


def _bad_response(retryable: bool) -> LLMError:
    message = _("The language model sent a reply that could not be used.")
    return LLMError("bad_response", message, retryable=retryable)


def _retry_after_s(response: Any) -> float | None:
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, TypeError, ValueError):
            continue
    return None


def _as_llm_error(exc: Exception, *, tokens_sent: bool) -> LLMError:
    """Map anything a call raised to an LLMError; after a token, every failure is a cut."""
    if tokens_sent:
        message = _("The language model stopped in the middle of its reply.")
        return LLMError("cut", message, retryable=True)
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, openai.APITimeoutError):
        return LLMError("timeout", _("The language model did not answer in time."), retryable=True)
    if isinstance(exc, openai.APIConnectionError):
        message = _("The language model could not be reached.")
        return LLMError("connection", message, retryable=True)
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc)
    if isinstance(exc, (openai.APIResponseValidationError, ValueError)):
        return _bad_response(retryable=True)  # unreadable body or chunk: may be a one-off
    return _bad_response(retryable=False)


def _status_error(exc: openai.APIStatusError) -> LLMError:
    status = exc.status_code
    if status == 429:
        message = _("The language model is busy (rate limited).")
        return LLMError(
            "rate_limit", message, retryable=True, retry_after_s=_retry_after_s(exc.response)
        )
    if status >= 500 or status in RETRYABLE_STATUS:
        message = _("The language model had a server error.")
        return LLMError(
            "server", message, retryable=True, retry_after_s=_retry_after_s(exc.response)
        )
    return _config_error()  # 400/401/403/404/422: the request or the settings are wrong


def backoff_s(attempt: int, retry_after_s: float | None = None) -> float:
    """Full-jitter exponential backoff after failed attempt `attempt` (1-based), capped; a
    server's retry-after wins, within the same cap."""
    if retry_after_s is not None:
        return min(max(retry_after_s, 0.0), BACKOFF_CAP_S)
    return random.uniform(0.0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempt - 1)))


@dataclass
class _Policy:
    """One call's attempts against one purpose's breaker."""

    purpose: str
    attempt: int = 0
    is_trial: bool = False
    last: LLMError | None = None

    def __post_init__(self) -> None:
        self.breaker = _breaker(self.purpose)

    def begin(self) -> None:
        """Before each attempt: fail fast when the breaker is open."""
        admitted, self.is_trial = self.breaker.admit()
        if not admitted:
            if self.last is not None:
                raise self.last  # opened during our own retries: report the real failure
            message = _("The language model is unavailable for a moment.")
            raise LLMError("circuit_open", message, retryable=True)
        self.attempt += 1

    def succeeded(self) -> None:
        self.breaker.record(failed=False)

    def failed(self, exc: Exception, *, tokens_sent: bool = False) -> float:
        """Record the failure; return the pause before the next attempt, or raise."""
        error = _as_llm_error(exc, tokens_sent=tokens_sent)
        self.breaker.record(failed=error.retryable)  # transient failures count against it
        self.last = error
        log.warning("LLM %s call failed (%s, attempt %d)", self.purpose, error.kind, self.attempt)
        if tokens_sent or not error.retryable or self.attempt >= settings.DOCSIM_LLM_MAX_ATTEMPTS:
            if error is exc:
                raise error
            raise error from exc
        return backoff_s(self.attempt, error.retry_after_s)

    def abandoned(self) -> None:
        if self.is_trial:
            self.breaker.release()


# ----- streaming chat --------------------------------------------------------------------------


@dataclass
class _Stream:
    model: str
    started: float
    parts: list[str] = field(default_factory=list)
    usage: Usage = Usage(None, None)
    ttft_ms: int | None = None
    finished: bool = False

    @property
    def tokens_sent(self) -> bool:
        return bool(self.parts)


def _ms(since: float) -> int:
    return int((time.monotonic() - since) * 1000)


async def _stream_once(request: dict[str, Any], progress: _Stream) -> AsyncGenerator[str, None]:
    stream = await async_client().chat.completions.create(
        **request, stream=True, stream_options={"include_usage": True}
    )
    try:
        async for chunk in stream:
            progress.model = chunk.model or progress.model
            if chunk.usage is not None:
                usage = chunk.usage
                progress.usage = Usage(usage.prompt_tokens, usage.completion_tokens)
            for choice in chunk.choices:
                progress.finished = progress.finished or choice.finish_reason is not None
                delta = choice.delta.content if choice.delta else None
                if delta:
                    if progress.ttft_ms is None:
                        progress.ttft_ms = _ms(progress.started)
                    progress.parts.append(delta)
                    yield delta
    finally:
        await stream.close()
    if not "".join(progress.parts).strip():
        raise _bad_response(retryable=not progress.finished)  # empty vs unreadable stream


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
    request[_limit_name()] = max_tokens
    policy = _Policy(purpose)
    try:
        while True:
            policy.begin()
            progress = _Stream(model=model, started=started)
            try:
                async with _async_slot(), aclosing(_stream_once(request, progress)) as deltas:
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


def _limit_name() -> str:
    """OpenAI's newer models take only max_completion_tokens; self-hosted servers max_tokens."""
    return "max_completion_tokens" if settings.DOCSIM_LLM_PROVIDER == "openai" else "max_tokens"


# ----- structured output -----------------------------------------------------------------------


def _json_request(
    messages: list[dict[str, str]], model: str, schema: type[BaseModel], max_tokens: int
) -> dict[str, Any]:
    json_schema = {"name": schema.__name__[:64], "schema": schema.model_json_schema()}
    return {
        "model": model,
        "messages": messages,
        "response_format": {"type": "json_schema", "json_schema": json_schema},
        _limit_name(): max_tokens,
    }


def first_json_object(text: str) -> Any:
    """The first JSON object in free text (prose, code fences around it), or None."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            value, _end = decoder.raw_decode(text, start)
        except ValueError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


def _validated(text: str, schema: type[M]) -> M:
    try:
        return schema.model_validate_json(text)
    except ValidationError:
        pass  # not bare JSON: servers without structured output wrap it in prose
    found = first_json_object(text)
    try:
        if found is None:
            raise ValueError("no JSON object in the reply")
        return schema.model_validate(found)
    except (ValidationError, ValueError) as exc:
        raise _bad_response(retryable=False) from exc


def _completion(response: Any, model: str, started: float, attempts: int) -> Completion:
    choices = getattr(response, "choices", None)
    if not choices or not isinstance(choices[0].message.content, str):
        raise _bad_response(retryable=False)
    usage = response.usage
    return Completion(
        text=choices[0].message.content,
        model=response.model or model,
        usage=Usage(usage.prompt_tokens, usage.completion_tokens) if usage else Usage(None, None),
        latency_ms=_ms(started),
        ttft_ms=None,
        attempts=attempts,
    )


def _call_sync(purpose: str, call: Callable[[], T]) -> tuple[T, int]:
    policy = _Policy(purpose)
    try:
        while True:
            policy.begin()
            try:
                with _sync_slot():
                    result = call()
            except Exception as exc:
                time.sleep(policy.failed(exc))
                continue
            policy.succeeded()
            return result, policy.attempt
    finally:
        policy.abandoned()


async def _call_async(purpose: str, call: Callable[[], Awaitable[T]]) -> tuple[T, int]:
    policy = _Policy(purpose)
    try:
        while True:
            policy.begin()
            try:
                async with _async_slot():
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
    return _validated(completion.text, schema), completion


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
    return _validated(completion.text, schema), completion
