"""What the learned layer knows of an utterance and of each id it may keep (`learned.py`)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from cases.vocabulary import Kind, kind_of

from .model import Classification, MatchContext
from .neighbours import INTENTS, Nearest

OFFERED = 5  # ids each reading of the neighbours may offer per kind, best first
_GROUPS = (
    "hpi", "ros", "social", "pmh", "meds", "fh", "ice", "peds", "intro", "allergies", "custom",
    "exam", "inv", "gynae", "sexual", "psych",
)  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """The two readings of one utterance, the requests its words name, and the topics of the
    question before it."""

    lexical: Classification
    nearest: Nearest
    named: dict[Kind, tuple[str, ...]]  # exam and investigation ids the words name outright
    previous_topics: tuple[str, ...]


def _kind(term: str, context: MatchContext, kinds: dict[str, str]) -> Kind | None:
    if term in context.custom_terms:
        return context.custom_terms[term].kind
    if term.startswith("custom."):
        return None  # another case's own term
    return kind_of(term) or (Kind(kinds[term]) if term in kinds else None)


def intent_features(reading: Reading) -> list[float]:
    lexical = reading.lexical.intent.value
    nearest, found = reading.nearest, reading.lexical
    asked = [t for t in found.topics if not t.startswith("intro.")]
    return [
        *(nearest.intents[i] for i in INTENTS),
        *(nearest.fitted_intents.get(i, 0.0) for i in INTENTS),
        *(nearest.part_intents.get(i, 0.0) for i in INTENTS),  # a question after a greeting
        *(float(lexical == i) for i in INTENTS),
        float(bool(asked)),
        float(bool(found.exams)),
        float(bool(found.investigations)),
    ]


def lexical_ids(reading: Reading, kind: Kind) -> tuple[str, ...]:
    c = reading.lexical
    return {Kind.TOPIC: c.topics, Kind.EXAM: c.exams, Kind.INVESTIGATION: c.investigations}[kind]


def _of_kind(scores: dict[str, float], kind: Kind, context: MatchContext,
             kinds: dict[str, str]) -> dict[str, float]:  # fmt: skip
    return {t: s for t, s in scores.items() if _kind(t, context, kinds) is kind}


def _nearness(term: str, scores: dict[str, float], ranked: list[str]) -> list[float]:
    """How one reading of the neighbours offers ``term``: its score, and whether it is the
    best, offered at all, and how far down."""
    if term not in scores:
        return [0.0, 0.0, 0.0, 0.0]
    return [scores[term], float(ranked[0] == term), 1.0, 1.0 / (1 + ranked.index(term))]


def candidates(
    reading: Reading,
    kind: Kind,
    context: MatchContext,
    support: Counter[str],
    kinds: dict[str, str],
) -> list[tuple[str, list[float]]]:
    """Each id worth weighing for an intent of ``kind``, with what is known of it."""
    lexical, named = lexical_ids(reading, kind), reading.named.get(kind, ())
    nearest = reading.nearest
    readings = [
        _of_kind(scores, kind, context, kinds)
        for scores in (nearest.ids, nearest.fitted, nearest.parts)
    ]
    ranked = [sorted(scores, key=lambda t: -scores[t]) for scores in readings]
    offered = [t for order in ranked for t in order[:OFFERED]]
    found = []
    for term in dict.fromkeys([*lexical, *named, *offered]):
        group = term.split(".")[0]
        in_lexical, in_named = term in lexical, term in named
        rarity = 1.0 / (1 + support[term])  # how little the neighbours can know of it
        own = term in context.custom_terms  # the case's own term, which no neighbour knows
        unoffered = term not in offered
        features = [
            in_lexical, in_named, in_lexical and in_named, len(lexical), not lexical,
            math.log1p(support[term]), rarity, unoffered, in_lexical * rarity,
            in_lexical and unoffered, own, in_lexical and own, reading.lexical.is_followup,
            term in reading.previous_topics and not reading.lexical.is_followup,
            term in reading.previous_topics,
            bool(reading.previous_topics), bool(readings[2]),
            *(n for scores, order in zip(readings, ranked, strict=True)
              for n in _nearness(term, scores, order)),
            *(group == g for g in _GROUPS),
        ]  # fmt: skip
        found.append((term, [float(f) for f in features]))
    return found
