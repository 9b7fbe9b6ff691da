"""Per-process cache of published case versions, as the interview needs them.

Versions are immutable, so a parsed bundle never goes stale while its id lives.
"""

from __future__ import annotations

from functools import lru_cache

from cases import vocabulary
from cases.bundle import terms
from cases.bundle.schema import CaseBundle
from cases.matching import MatchContext, context_for
from cases.models import CaseVersion
from cases.services import version_bundle
from cases.vocabulary import Kind, Term
from encounters.patient.knowledge import PatientKnowledge, patient_knowledge

NO_TARGET = {
    "en": "Please say which examination or test you would like.",
    "fr": "Précisez l'examen que vous souhaitez réaliser.",
}


@lru_cache(maxsize=512)
def bundle(version_id: int) -> CaseBundle:
    return version_bundle(CaseVersion.objects.get(pk=version_id))


@lru_cache(maxsize=512)
def knowledge(version_id: int) -> PatientKnowledge:
    return patient_knowledge(bundle(version_id))


@lru_cache(maxsize=512)
def custom_terms(version_id: int) -> tuple[Term, ...]:
    return terms.custom_terms(bundle(version_id))


@lru_cache(maxsize=512)
def _examples(version_id: int) -> dict[str, tuple[str, ...]]:
    return terms.examples(bundle(version_id))


def match_context(version_id: int, previous_topics: tuple[str, ...]) -> MatchContext:
    return context_for(
        language=bundle(version_id).metadata.language,
        custom_terms=custom_terms(version_id),
        examples=_examples(version_id),
        previous_topics=previous_topics,
    )


def term_label(version_id: int, term_id: str) -> str:
    custom = {t.id: t for t in custom_terms(version_id)}
    return vocabulary.label(term_id, bundle(version_id).metadata.language, custom)


def _related(wanted: str, authored: str) -> bool:
    """A finding on a region answers its manoeuvres, and a manoeuvre its region."""
    return (
        authored == wanted or authored.startswith(wanted + ".") or wanted.startswith(authored + ".")
    )


def _answer(version_id: int, ids: tuple[str, ...], kind: Kind) -> tuple[str, list[str]]:
    case = bundle(version_id)
    language = case.metadata.language
    if not ids:
        return NO_TARGET.get(language, NO_TARGET["en"]), []
    authored = (
        [(f.exam, f.text) for f in case.exam_findings]
        if kind is Kind.EXAM
        else [(r.investigation, r.text) for r in case.investigations]
    )
    default = case.default_answers.exam if kind is Kind.EXAM else case.default_answers.investigation
    lines: list[str] = []
    answered: list[str] = []
    for wanted in ids:
        matches = [(term, text) for term, text in authored if _related(wanted, term)]
        label = term_label(version_id, wanted)
        if not matches:
            lines.append(f"{label}: {default}")
            answered.append(wanted)
        for term, text in matches:
            if term not in answered:
                lines.append(f"{term_label(version_id, term)}: {text}")
                answered.append(term)
    return "\n".join(lines), answered


def findings(version_id: int, regions: tuple[str, ...]) -> tuple[str, list[str]]:
    return _answer(version_id, regions, Kind.EXAM)


def results(version_id: int, investigations: tuple[str, ...]) -> tuple[str, list[str]]:
    return _answer(version_id, investigations, Kind.INVESTIGATION)


def clear() -> None:
    for cached in (bundle, knowledge, custom_terms, _examples):
        cached.cache_clear()
