"""The patient engine interface: an async stream of reply chunks ending with a ReplyResult."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from cases.matching import Classification
from encounters.patient.knowledge import PatientKnowledge


@dataclass(frozen=True)
class TranscriptLine:
    role: str  # "student" or "patient" (exam and investigation turns never reach an engine)
    text: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReplyRequest:
    knowledge: PatientKnowledge
    transcript: tuple[TranscriptLine, ...]
    utterance: str
    classification: Classification


@dataclass
class ReplyResult:
    text: str
    engine: str
    model: str = ""
    topics: tuple[str, ...] = ()
    facts_used: tuple[int, ...] = ()
    fallback_reason: str = ""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    finish: str = "stop"  # "stop" or "error"
    error: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class ReplyFailed(Exception):
    """The engine could not produce a reply; the reason is safe to show."""

    def __init__(self, reason: str, *, retryable: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


class PatientEngine(Protocol):
    name: str

    def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        """Yield text chunks as they come, then exactly one ReplyResult; raise ReplyFailed."""
        ...
