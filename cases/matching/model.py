"""What the matcher takes and gives: intents, classifications and the case context."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cases.vocabulary import Term


class Intent(StrEnum):
    QUESTION = "question"
    EXAM = "exam"
    ORDER = "order"
    GREETING = "greeting"
    EMPATHY = "empathy"
    CLOSING = "closing"
    OTHER = "other"


@dataclass(frozen=True)
class Classification:
    intent: Intent
    topics: tuple[str, ...] = ()
    exams: tuple[str, ...] = ()
    investigations: tuple[str, ...] = ()
    is_followup: bool = False


@dataclass(frozen=True)
class MatchContext:
    """What the matcher may know of the case: custom terms, example questions, the last topics."""

    language: str = "en"
    custom_terms: Mapping[str, Term] = field(default_factory=dict)
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # topic → questions
    previous_topics: tuple[str, ...] = ()


def context_for(
    *,
    language: str,
    custom_terms: Iterable[Term] = (),
    examples: Mapping[str, Sequence[str]] | None = None,
    previous_topics: Iterable[str] = (),
) -> MatchContext:
    return MatchContext(
        language=language,
        custom_terms={t.id: t for t in custom_terms},
        examples={topic: tuple(qs) for topic, qs in (examples or {}).items()},
        previous_topics=tuple(previous_topics),
    )
