"""What the utterance matcher takes from a case bundle: its own terms and its example questions."""

from __future__ import annotations

from cases import vocabulary
from cases.bundle.schema import CaseBundle
from cases.vocabulary import Term


def custom_terms(bundle: CaseBundle) -> tuple[Term, ...]:
    return tuple(
        vocabulary.make_custom_term(
            t.id, t.kind, t.label_en, t.label_fr, tuple(t.keywords_en), tuple(t.keywords_fr)
        )
        for t in bundle.custom_terms
    )


def examples(bundle: CaseBundle) -> dict[str, tuple[str, ...]]:
    """Each fact's topic with the example questions of every fact on it (or none)."""
    found: dict[str, tuple[str, ...]] = {}
    for fact in bundle.facts:
        found[fact.topic] = found.get(fact.topic, ()) + tuple(fact.example_questions)
    return found
