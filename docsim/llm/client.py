"""Provider clients (per process; async ones per event loop) and openai failures as LLMError."""

from __future__ import annotations

import asyncio
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

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


@dataclass
class _Clients:
    sync: openai.OpenAI | None = None
    by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    lock: threading.Lock = field(default_factory=threading.Lock)


_CLIENTS = PerProcess(_Clients)


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
    if isinstance(exc, openai.APITimeoutError):
        return LLMError("timeout", _("The language model did not answer in time."), retryable=True)
    if isinstance(exc, openai.APIConnectionError):
        message = _("The language model could not be reached.")
        return LLMError("connection", message, retryable=True)
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc)
    if isinstance(exc, (openai.APIResponseValidationError, ValueError)):
        return bad_response(retryable=True)  # unreadable body or chunk: may be a one-off
    return bad_response(retryable=False)


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
