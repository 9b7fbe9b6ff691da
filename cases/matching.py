"""Utterance → intent and topics: lexicons, fuzzy matching and light stemming, English and French.

Pure: no ORM, no network. The patient engine and the scorer share it, so a question is
understood the same way when it is answered and when it is credited.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from cases import vocabulary
from cases.vocabulary import Kind, Term


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


def normalise(text: str) -> str:
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9'%/.]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_SUFFIXES = ("ements", "ement", "ations", "ation", "ings", "ing", "ies", "es", "ed", "s", "e")


def stem(word: str) -> str:
    word = word.strip("'.")
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in normalise(text).replace("'", " ").split() if w)


EXAM_CUES = (
    "examine", "examination", "exam ", "listen to", "auscultate", "palpate", "feel your",
    "check your", "look at your", "look in your", "take your", "measure", "test your",
    "percuss", "press on", "inspect", "i'll just", "lie down", "pupils",
    "examiner", "examen clinique", "ausculter", "ausculte", "palper", "palpe", "regarder",
    "je vais prendre", "prendre votre", "mesurer", "verifier", "tester", "percuter",
    "allongez", "je vais vous examiner", "je regarde", "appuyer",
)  # fmt: skip
ORDER_CUES = (
    "order", "request", "send off", "send a", "get a", "get an", "get some", "i'd like a",
    "i would like a", "let's do", "lets do", "we'll do", "we will do", "arrange", "do a",
    "do an", "bloods", "run a", "i want a", "can we have", "results of", "result of",
    "je demande", "je prescris", "je voudrais", "on va faire", "faire un", "faire une",
    "bilan", "prescrire", "demander", "realiser", "resultat", "on fait",
)  # fmt: skip
GREETING_CUES = (
    "hello", "hi ", "good morning", "good afternoon", "good evening", "my name is",
    "i'm a medical student", "i am a medical student", "nice to meet",
    "bonjour", "bonsoir", "je m'appelle", "je suis etudiant", "je suis externe", "enchante",
)  # fmt: skip
CLOSING_CUES = (
    "thank you for", "thanks for", "that's all", "that is all", "goodbye", "bye",
    "i'll come back", "i will come back", "discuss with", "see you",
    "merci pour", "merci beaucoup", "au revoir", "c'est tout", "je reviens", "a bientot",
)  # fmt: skip
EMPATHY_CUES = (
    "i'm sorry", "i am sorry", "sorry to hear", "must be", "i understand", "that sounds",
    "i can see", "i can imagine", "understandable", "don't worry",
    "je suis desole", "je comprends", "ca doit etre", "j'imagine", "je vois que",
    "ne vous inquietez pas", "c'est normal",
)  # fmt: skip
ANAPHORA = {"it", "that", "this", "they", "them", "ca", "cela", "elle", "il", "la", "le"}
ATTRIBUTE_TOPICS = {
    "hpi.onset", "hpi.timing", "hpi.severity", "hpi.course", "hpi.location", "hpi.radiation",
    "hpi.character", "hpi.aggravating", "hpi.relieving", "hpi.previous_episodes",
    "hpi.treatment_tried", "hpi.triggers",
}  # fmt: skip
_SPLIT = re.compile(r"\?|;|\.(?!\d)|\band also\b|\bet aussi\b|\balso\b")
FUZZY_THRESHOLD = 90
EXAMPLE_THRESHOLD = 86


@lru_cache(maxsize=8)
def _lexicon(kind: Kind) -> tuple[tuple[str, str], ...]:
    """(normalised keyword, term id) pairs, longest keywords first, both languages."""
    pairs = {
        (normalise(keyword), term.id)
        for term in vocabulary.terms(kind)
        for keyword in (*term.keywords_en, *term.keywords_fr, term.label_en, term.label_fr)
        if normalise(keyword)
    }
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _keyword_hits(text: str, lexicon: Iterable[tuple[str, str]]) -> list[str]:
    padded = f" {text} "
    found: list[str] = []
    consumed = padded
    for keyword, term_id in lexicon:
        if f" {keyword} " in consumed:
            if term_id not in found:
                found.append(term_id)
            consumed = consumed.replace(f" {keyword} ", " # ")
        elif (
            len(keyword) >= 7
            and " " not in keyword
            and term_id not in found
            and any(fuzz.ratio(keyword, w) >= FUZZY_THRESHOLD for w in consumed.split())
        ):
            found.append(term_id)
    return found


def _custom_lexicon(context: MatchContext, kind: Kind) -> list[tuple[str, str]]:
    return [
        (normalise(k), term.id)
        for term in context.custom_terms.values()
        if term.kind == kind
        for k in (*term.keywords_en, *term.keywords_fr, term.label_en, term.label_fr)
        if normalise(k)
    ]


def _example_hits(text: str, context: MatchContext) -> list[str]:
    found = []
    for topic, questions in context.examples.items():
        if any(fuzz.token_set_ratio(text, normalise(q)) >= EXAMPLE_THRESHOLD for q in questions):
            found.append(topic)
    return found


def _has_cue(text: str, cues: Iterable[str]) -> bool:
    padded = f" {text} "
    return any(
        f" {normalise(cue)} " in padded or padded.startswith(f" {normalise(cue)}") for cue in cues
    )


def _topics(text: str, context: MatchContext) -> list[str]:
    topics: list[str] = []
    for segment in (s.strip() for s in _SPLIT.split(text)):
        if not segment:
            continue
        hits = _keyword_hits(
            segment, [*_custom_lexicon(context, Kind.TOPIC), *_lexicon(Kind.TOPIC)]
        )
        hits += [t for t in _example_hits(segment, context) if t not in hits]
        topics += [t for t in hits if t not in topics]
    return topics


def classify(utterance: str, context: MatchContext | None = None) -> Classification:
    context = context or MatchContext()
    text = normalise(utterance)
    if not text:
        return Classification(Intent.OTHER)
    exams = _keyword_hits(text, [*_custom_lexicon(context, Kind.EXAM), *_lexicon(Kind.EXAM)])
    orders = _keyword_hits(
        text, [*_custom_lexicon(context, Kind.INVESTIGATION), *_lexicon(Kind.INVESTIGATION)]
    )
    if _has_cue(text, ORDER_CUES) and orders:
        return Classification(Intent.ORDER, investigations=tuple(orders))
    if _has_cue(text, EXAM_CUES) and exams:
        return Classification(Intent.EXAM, exams=tuple(exams))
    topics = _topics(text, context)
    is_question = "?" in utterance or bool(topics)
    words = set(text.replace("'", " ").split())
    followup = bool(context.previous_topics) and bool(words & ANAPHORA)
    if followup and (not topics or set(topics) <= ATTRIBUTE_TOPICS):
        merged = [
            *context.previous_topics,
            *[t for t in topics if t not in context.previous_topics],
        ]
        return Classification(Intent.QUESTION, topics=tuple(merged), is_followup=True)
    if topics and is_question:
        greeting_only = set(topics) <= {"intro.greeting"}
        if not greeting_only:
            return Classification(Intent.QUESTION, topics=tuple(topics))
    if _has_cue(text, GREETING_CUES):
        return Classification(
            Intent.GREETING, topics=tuple(t for t in topics if t.startswith("intro."))
        )
    if _has_cue(text, CLOSING_CUES):
        return Classification(Intent.CLOSING)
    if _has_cue(text, EMPATHY_CUES):
        return Classification(Intent.EMPATHY)
    if _has_cue(text, ORDER_CUES):
        return Classification(Intent.ORDER)
    if _has_cue(text, EXAM_CUES):
        return Classification(Intent.EXAM)
    if "?" in utterance:
        return Classification(Intent.QUESTION)
    return Classification(Intent.OTHER)


def context_for(
    *,
    language: str,
    custom_terms: Iterable[Term] = (),
    examples: Mapping[str, tuple[str, ...]] | None = None,
    previous_topics: Iterable[str] = (),
) -> MatchContext:
    return MatchContext(
        language=language,
        custom_terms={t.id: t for t in custom_terms},
        examples=dict(examples or {}),
        previous_topics=tuple(previous_topics),
    )


def find_terms(utterance: str, kind: Kind, context: MatchContext | None = None) -> tuple[str, ...]:
    """The exam or investigation ids named in a request the student already labelled as such."""
    context = context or MatchContext()
    lexicon = [*_custom_lexicon(context, kind), *_lexicon(kind)]
    return tuple(_keyword_hits(normalise(utterance), lexicon))
