"""What an LLM call returns (Completion, Usage) or raises (LLMError, with its safe messages)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


class LLMError(Exception):
    """A failed LLM call. ``kind``: timeout, rate_limit, server, connection, bad_response,
    circuit_open, cut or config; ``message`` is safe to show; ``retryable``: a later call may
    succeed (only retryable failures are retried, and only before a first token)."""

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


def config_error() -> LLMError:
    return LLMError("config", _("The language model is not configured correctly."), retryable=False)


def bad_response(retryable: bool) -> LLMError:
    message = _("The language model sent a reply that could not be used.")
    return LLMError("bad_response", message, retryable=retryable)
