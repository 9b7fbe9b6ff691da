"""The one door to LLM providers: the public API of chat, structured output and their clients."""

from __future__ import annotations

import sys
import types
from typing import Any

from docsim.llm import client, resilience
from docsim.llm.chat import acomplete_json, complete_json, stream_chat
from docsim.llm.client import (
    CONNECT_TIMEOUT_S,
    KEYLESS_PLACEHOLDER,
    async_client,
    close_async_client,
    sync_client,
)
from docsim.llm.resilience import BACKOFF_BASE_S, BACKOFF_CAP_S, backoff_s, reset_for_tests
from docsim.llm.results import Completion, LLMError, Usage
from docsim.llm.structured import first_json_object

# Only `client` imports openai. Each process keeps its own clients, semaphores and breakers
# (re-created after a fork); async clients and semaphores are also per event loop. Retries happen
# in `resilience` only, and a stream is never retried once a token has been handed on. Nothing in
# this package logs prompts or replies.

__all__ = [
    "BACKOFF_BASE_S",
    "BACKOFF_CAP_S",
    "CONNECT_TIMEOUT_S",
    "KEYLESS_PLACEHOLDER",
    "Completion",
    "LLMError",
    "Usage",
    "acomplete_json",
    "async_client",
    "backoff_s",
    "close_async_client",
    "complete_json",
    "first_json_object",
    "reset_for_tests",
    "stream_chat",
    "sync_client",
]

_OWNERS: dict[str, types.ModuleType] = {
    "BACKOFF_BASE_S": resilience,
    "BACKOFF_CAP_S": resilience,
    "CONNECT_TIMEOUT_S": client,
    "KEYLESS_PLACEHOLDER": client,
}


class _Package(types.ModuleType):
    """Setting a tunable here (tests shorten the backoff: ``monkeypatch.setattr(llm, ...)``) also
    sets it in the module that reads it, as when this package was a single module."""

    def __setattr__(self, name: str, value: Any) -> None:
        owner = _OWNERS.get(name)
        if owner is not None:
            setattr(owner, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
