"""Provider clients (per process; async ones per event loop) and openai failures as LLMError."""

from __future__ import annotations

import asyncio
import json
import threading
import weakref
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai
from django.conf import settings
from django.utils.translation import gettext as _

from docsim.llm.resilience import PerProcess
from docsim.llm.results import LLMError, bad_response, config_error

# The only module that imports openai. Its clients never retry (max_retries 0): retries are
# `resilience`'s alone.
CONNECT_TIMEOUT_S = 3.0
KEYLESS_PLACEHOLDER = "not-needed"  # self-hosted servers without a key still want a header
RETRYABLE_STATUS = {408, 409, 429}
RAW_STREAM = {"X-Stainless-Raw-Response": "stream"}  # the SDK's switch for an unread body


@dataclass
class _Clients:
    sync: openai.OpenAI | None = None
    by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    lock: threading.Lock = field(default_factory=threading.Lock)


_CLIENTS = PerProcess(_Clients)


def _client_options(asynchronous: bool) -> dict[str, Any]:
    total = settings.DOCSIM_LLM_TIMEOUT_S
    timeout = openai.Timeout(total, connect=min(CONNECT_TIMEOUT_S, total))
    options: dict[str, Any] = {"timeout": timeout, "max_retries": 0}
    if asynchronous:  # aiohttp reads a stream at half the CPU of httpx's own transport
        options["http_client"] = openai.DefaultAioHttpClient(limits=connection_limits())
    return options


def connection_limits() -> httpx2.Limits:
    """Keep a connection alive for every request the slots let through at once: the default
    keeps 100, so beyond 100 concurrent replies each one paid for a new connection."""
    slots = settings.DOCSIM_LLM_MAX_CONCURRENCY
    return httpx2.Limits(max_connections=slots, max_keepalive_connections=slots)


def _build_client(asynchronous: bool) -> Any:
    provider = settings.DOCSIM_LLM_PROVIDER
    options = _client_options(asynchronous)
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
        raise config_error() from exc


def sync_client() -> openai.OpenAI:
    clients = _CLIENTS.get()
    with clients.lock:
        if clients.sync is None:
            clients.sync = _build_client(asynchronous=False)
        return clients.sync


def async_client() -> openai.AsyncOpenAI:
    clients = _CLIENTS.get()
    loop = asyncio.get_running_loop()
    with clients.lock:
        client = clients.by_loop.get(loop)
        if client is None:
            client = clients.by_loop[loop] = _build_client(asynchronous=True)
        return client


async def close_async_client() -> None:
    """Close this event loop's client (its connections), if it has one: at a server's shutdown,
    before the loop ends."""
    clients = _CLIENTS.get()
    with clients.lock:
        client = clients.by_loop.pop(asyncio.get_running_loop(), None)
    if client is not None:
        await client.close()


async def chat_chunks(request: dict[str, Any]) -> AsyncGenerator[dict[str, Any], None]:
    """POST a streamed chat completion and yield its chunks as parsed JSON. The body goes as
    given and chunks are read with `json`: the SDK's request transform and chunk models cost
    about 12 ms a request and 0.3 ms a chunk, which one server core spent on every reply.
    Failures are the SDK's own exceptions (status, connection, timeout; APIError for an error
    event), and a chunk that is not JSON raises ValueError, as with the SDK's stream."""
    response = await async_client().post(
        "/chat/completions",
        body={**request, "stream": True},
        cast_to=httpx2.Response,
        options={"headers": RAW_STREAM},
    )
    done = False
    try:
        async for event, data in _events(response):  # read to the end after [DONE], so that
            done = done or data.startswith("[DONE]")  # HTTP/1.1 can keep the connection
            if done:
                continue
            chunk = json.loads(data)
            if not isinstance(chunk, dict):
                raise ValueError("a stream chunk is not a JSON object")
            if chunk.get("error") or event == "error":
                raise openai.APIError(
                    _stream_error(chunk), response.request, body=chunk.get("error")
                )
            yield chunk
    finally:
        await response.aclose()


async def _events(response: httpx2.Response) -> AsyncGenerator[tuple[str | None, str], None]:
    """Server-sent events as (event name, data)."""
    event: str | None = None
    data: list[str] = []
    async for line in _lines(response):
        if line:
            name, _colon, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "data":
                data.append(value)
            elif name == "event":
                event = value
            continue
        if data:
            yield event, "\n".join(data)
        event, data = None, []
    if data:
        yield event, "\n".join(data)


async def _lines(response: httpx2.Response) -> AsyncGenerator[str, None]:
    """The body's lines; transport failures become the SDK's, as in its own streams."""
    try:
        async for line in response.aiter_lines():
            yield line
    except httpx2.TimeoutException as exc:
        raise openai.APITimeoutError(request=response.request) from exc
    except httpx2.RequestError as exc:
        raise openai.APIConnectionError(request=response.request) from exc


def _stream_error(chunk: dict[str, Any]) -> str:
    error = chunk.get("error")
    message = error.get("message") if isinstance(error, dict) else None
    return message if isinstance(message, str) and message else "An error occurred during streaming"


def limit_name() -> str:
    """OpenAI's newer models take only max_completion_tokens; self-hosted servers max_tokens."""
    return "max_completion_tokens" if settings.DOCSIM_LLM_PROVIDER == "openai" else "max_tokens"


# ----- errors ----------------------------------------------------------------------------------


def as_llm_error(exc: Exception, tokens_sent: bool) -> LLMError:
    """Map anything a call raised to an LLMError; after a token, every failure is a cut."""
    if tokens_sent:
        message = _("The language model stopped in the middle of its reply.")
        return LLMError("cut", message, retryable=True)
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, openai.APITimeoutError) and _timed_out(exc):
        return LLMError("timeout", _("The language model did not answer in time."), retryable=True)
    if isinstance(exc, openai.APIConnectionError):
        message = _("The language model could not be reached.")
        return LLMError("connection", message, retryable=True)
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc)
    if isinstance(exc, (openai.APIResponseValidationError, ValueError)):
        return bad_response(retryable=True)  # unreadable body or chunk: may be a one-off
    return bad_response(retryable=False)


def _timed_out(exc: BaseException) -> bool:
    """Whether a clock ran out behind `exc`: every transport's timeout comes from a TimeoutError,
    while aiohttp's transport also reports a refused or dropped connection as a timeout."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, TimeoutError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


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
    return config_error()  # 400/401/403/404/422: the request or the settings are wrong


def _retry_after_s(response: Any) -> float | None:
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, TypeError, ValueError):
            continue
    return None
