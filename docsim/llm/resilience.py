"""The retry policy, backoff, circuit breakers and concurrency slots (per process and loop)."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.utils.translation import gettext as _

from docsim.llm.results import LLMError

# Retries happen here and only here; failures arrive from the caller's `classify`, so nothing in
# this module knows a provider. Nothing here logs prompts or replies.
log = logging.getLogger("docsim.llm")  # the package's one logger name, as before it was split
S = TypeVar("S")

BACKOFF_BASE_S = 0.25
BACKOFF_CAP_S = 4.0


# ----- per-process state -----------------------------------------------------------------------

_PER_PROCESS: list[PerProcess[Any]] = []


class PerProcess(Generic[S]):
    """One S per process: made on first use, and made afresh in a forked child."""

    def __init__(self, factory: Callable[[], S]) -> None:
        self._factory = factory
        self._current: tuple[int, S] | None = None
        self._lock = threading.Lock()
        _PER_PROCESS.append(self)

    def get(self) -> S:
        pid = os.getpid()
        current = self._current
        if current is None or current[0] != pid:  # first use, or a forked child: start afresh
            with self._lock:
                current = self._current
                if current is None or current[0] != pid:
                    current = self._current = (pid, self._factory())
        return current[1]

    def reset(self) -> None:
        self._current = None


def reset_for_tests() -> None:
    """Forget this process's clients, semaphores and breakers."""
    for holder in _PER_PROCESS:
        holder.reset()


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
class _Shared:
    sync_slots: threading.BoundedSemaphore | None = None
    async_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    breakers: dict[str, _Breaker] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_SHARED = PerProcess(_Shared)


def _breaker(purpose: str) -> _Breaker:
    shared = _SHARED.get()
    with shared.lock:
        return shared.breakers.setdefault(purpose, _Breaker())


@contextmanager
def sync_slot() -> Iterator[None]:
    shared = _SHARED.get()
    with shared.lock:
        if shared.sync_slots is None:
            shared.sync_slots = threading.BoundedSemaphore(settings.DOCSIM_LLM_MAX_CONCURRENCY)
        slots = shared.sync_slots
    with slots:
        yield


@asynccontextmanager
async def async_slot() -> AsyncIterator[None]:
    shared = _SHARED.get()
    loop = asyncio.get_running_loop()
    with shared.lock:
        slots = shared.async_slots.get(loop)
        if slots is None:
            slots = shared.async_slots[loop] = asyncio.Semaphore(
                settings.DOCSIM_LLM_MAX_CONCURRENCY
            )
    async with slots:
        yield


# ----- the retry policy ------------------------------------------------------------------------


def backoff_s(attempt: int, retry_after_s: float | None = None) -> float:
    """Full-jitter exponential backoff after failed attempt `attempt` (1-based), capped; a
    server's retry-after wins, within the same cap."""
    if retry_after_s is not None:
        return min(max(retry_after_s, 0.0), BACKOFF_CAP_S)
    return random.uniform(0.0, min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempt - 1)))


@dataclass
class Policy:
    """One call's attempts against one purpose's breaker; `classify` maps what an attempt raised
    (and whether a token had been handed on) to an LLMError."""

    purpose: str
    classify: Callable[[Exception, bool], LLMError]
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
        error = self.classify(exc, tokens_sent)
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
