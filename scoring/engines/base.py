"""The examiner interface: (case bundle, transcript, note) → one verdict per checklist item.

Pure: plain dataclasses in and out, no ORM, so the same engines score stored encounters,
imported transcripts and labelled calibration sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from cases.bundle.schema import CaseBundle


class Verdict(StrEnum):
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"  # leaves the denominator


class Source(StrEnum):
    OFFLINE = "offline"
    LLM = "llm"
    OFFLINE_FALLBACK = "offline-fallback"  # the LLM's verdict was unusable for this item


class Role(StrEnum):
    STUDENT = "student"
    PATIENT = "patient"
    EXAM = "exam"
    INVESTIGATION = "investigation"
    SYSTEM = "system"


@dataclass(frozen=True)
class TranscriptTurn:
    seq: int
    role: str
    text: str
    intent: str = ""
    topics: tuple[str, ...] = ()  # student questions: topics classified when asked
    terms: tuple[str, ...] = ()  # exam / investigation ids requested or answered
    status: str = "ok"

    @property
    def is_student(self) -> bool:
        return self.role == Role.STUDENT and self.status == "ok"


@dataclass(frozen=True)
class NoteText:
    summary: str = ""
    differential: str = ""
    plan: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(part for part in (self.summary, self.differential, self.plan) if part)

    @property
    def text(self) -> str:
        """The note as one text (the same joining as `encounters.models.Note.text`)."""
        return "\n\n".join(self.parts)


@dataclass(frozen=True)
class ScoringInput:
    bundle: CaseBundle
    turns: tuple[TranscriptTurn, ...]
    note: NoteText = NoteText()

    @property
    def student_turns(self) -> tuple[TranscriptTurn, ...]:
        return tuple(turn for turn in self.turns if turn.is_student)

    def turn(self, seq: int) -> TranscriptTurn | None:
        return next((turn for turn in self.turns if turn.seq == seq), None)


@dataclass(frozen=True)
class Evidence:
    quote: str
    turn: int | None = None  # None: the quote is from the post-encounter note

    def as_dict(self) -> dict[str, object]:
        if self.turn is None:
            return {"note": True, "quote": self.quote}
        return {"turn": self.turn, "quote": self.quote}


@dataclass(frozen=True)
class ItemResult:
    item_id: str
    section: str
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    rationale: str = ""
    verified: bool = True
    source: str = Source.OFFLINE


@dataclass(frozen=True)
class Assessment:
    """What an engine returns for one encounter."""

    items: tuple[ItemResult, ...]
    engine: str
    engine_version: str
    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    fallback_reason: str = ""  # why (some of) the verdicts come from the offline examiner

    @property
    def outcome(self) -> str:
        """ "scored", "partial_fallback" or "fallback" (the values of `Score.Status`)."""
        sources = {item.source for item in self.items}
        if (not sources and self.fallback_reason) or sources == {Source.OFFLINE_FALLBACK}:
            return "fallback"
        if Source.OFFLINE_FALLBACK in sources:
            return "partial_fallback"
        return "scored"


class Examiner(Protocol):
    name: str

    @property
    def version(self) -> str: ...

    def assess(self, case: ScoringInput) -> Assessment: ...
