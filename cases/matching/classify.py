"""Classify a student utterance: read each clause's form and the terms it names, then settle
one intent for the whole utterance."""

from __future__ import annotations

from dataclasses import dataclass

from cases.vocabulary import Kind

from . import cues
from .clauses import Clause, spans, split_clauses
from .conventions import FACTOR_ATTRIBUTES
from .cues import Form
from .followup import follow_up
from .model import Classification, Intent, MatchContext
from .normalise import fold, stem, word_set
from .topics import own_topics

_ACTING = frozenset({Form.SPEAKER, Form.IMPERATIVE, Form.NOMINAL})
_HISTORY_WORDS = frozenset(
    {"any", "des", "du", "was", "were", "had", "ever", "etait", "avait", "eu", "deja", "est", "is"}
)
_FINDINGS = frozenset(
    stem(w)
    for w in word_set(
        "tender tenderness swelling swollen lump lumps sensible sensibilite douloureux "
        "douloureuse gonflement gonfle oedeme"
    )
)
_ARTICLES = frozenset({"la", "le", "les", "l", "the", "a", "an", "un", "une", "des", "du", "any"})


@dataclass(frozen=True)
class Role:
    intent: Intent
    ids: tuple[str, ...] = ()
    is_followup: bool = False


def _names_only_findings(clause: Clause) -> bool:
    """ "Temperature?" with no "you" in it asks the examiner for a finding, not the patient."""
    if any(w in cues.ADDRESSING_PATIENT or w in _HISTORY_WORDS for w in clause.words):
        return False  # "any temperatures?", "quelle était la température ?" ask for history
    found = {p for h in clause.hits if h.kind is not Kind.TOPIC for p in h.positions}
    said = {t.index for t in clause.tokens if not t.stop and t.word not in cues.INTERROGATIVES}
    return said <= found  # nothing but the finding: "temperature?", "sats and resp rate?"


def _exam_ids(clause: Clause) -> list[str]:
    """ "Look at your calves for swelling or tenderness": the region names the examination;
    a finding word alone ("tenderness") names one only when no region does."""
    hits = [h for h in clause.hits if h.kind is Kind.EXAM]
    named = [h for h in hits if not set(h.stems) <= _FINDINGS]
    return list(dict.fromkeys(h.term_id for h in named or hits))


def _exams_apart(clause: Clause) -> bool:
    """Whether an exam is named by words that no investigation also claims."""
    ordered = {p for h in clause.hits if h.kind is Kind.INVESTIGATION for p in h.positions}
    return any(not set(h.positions) & ordered for h in clause.hits if h.kind is Kind.EXAM)


def _action(clause: Clause, context: MatchContext, has_topics: bool) -> Role | None:
    exams, orders = _exam_ids(clause), clause.ids(Kind.INVESTIGATION)
    if not exams and not orders:
        return None
    third_person = context.language.startswith("en") and any(
        w in cues.THIRD_PERSON_EN for w in clause.words
    )
    to_patient = any(w in cues.ADDRESSING_PATIENT for w in clause.words)
    vitals_only = not has_topics and all(e.startswith("exam.vitals") for e in exams) and exams
    asking_examiner = clause.form is Form.QUESTION and (
        third_person
        or not (has_topics or to_patient)
        or _names_only_findings(clause)
        or bool(vitals_only)  # "what's your oxygen level?" asks for a reading
        or (bool(exams) and not has_topics and cues.has_phrase(clause.words, cues.REQUEST))
    )
    if not (clause.form in _ACTING or asking_examiner):
        return None
    if clause.form is Form.SPEAKER and not cues.has_action_verb(clause.words):
        return None  # "we'll keep you in for observation" plans, it does not examine
    if has_topics and cues.has_phrase(clause.words, cues.ASK):  # "can I ask about your BP?"
        return None
    if exams and orders:
        if not _exams_apart(clause):  # "check her thyroid function": the test, not the gland
            return Role(Intent.ORDER, tuple(orders))
        examining = any(w in cues.EXAM_VERBS for w in clause.words)
        ordering = any(w in cues.ORDER_VERBS for w in clause.words)
        if examining and not ordering:
            return Role(Intent.EXAM, tuple(exams))
    if orders:
        return Role(Intent.ORDER, tuple(orders))
    return Role(Intent.EXAM, tuple(exams))


def _is_social(clause: Clause) -> bool:
    return not clause.asks and cues.has_phrase(clause.words, cues.SOCIAL)


def _question(clause: Clause, context: MatchContext, own: list[str]) -> Role | None:
    if _is_social(clause) or clause.form is Form.STATEMENT:
        return None
    if clause.form is Form.SPEAKER and not (clause.asks or cues.has_phrase(clause.words, cues.ASK)):
        return None
    if clause.asks or clause.form is Form.QUESTION:
        followed = follow_up(clause, context, own)
        if followed:
            return Role(Intent.QUESTION, tuple(followed), is_followup=True)
    return Role(Intent.QUESTION, tuple(own)) if own else None


def _is_factor_list(clause: Clause, before: Role | None) -> bool:
    """ "La toux, la lumière ?" after "qu'est-ce qui aggrave la douleur ?" lists factors."""
    listing = clause.words[0] in _ARTICLES or clause.form is Form.NOMINAL
    return bool(before and set(before.ids) & FACTOR_ATTRIBUTES and listing and clause.size <= 4)


def _role(clause: Clause, context: MatchContext, before: Role | None) -> Role | None:
    own = [] if _is_factor_list(clause, before) else own_topics(clause, context)
    action = _action(clause, context, bool(own))
    if action:
        return action
    question = _question(clause, context, own)
    if question:
        return question
    if clause.form in _ACTING and cues.has_phrase(clause.words, cues.VAGUE_ORDER):
        return Role(Intent.ORDER)
    return None


def _settle(roles: list[Role]) -> Classification | None:
    actions = [r for r in roles if r.intent in {Intent.EXAM, Intent.ORDER} and r.ids]
    if actions:
        kind = actions[0].intent
        ids = tuple(dict.fromkeys(i for r in actions if r.intent is kind for i in r.ids))
        if kind is Intent.EXAM:
            return Classification(Intent.EXAM, exams=ids)
        return Classification(Intent.ORDER, investigations=ids)
    questions = [r for r in roles if r.intent is Intent.QUESTION]
    topics = tuple(dict.fromkeys(t for r in questions for t in r.ids))
    if topics:
        if all(t.startswith("intro.") for t in topics):
            return Classification(Intent.GREETING, topics=topics)
        followup = any(r.is_followup for r in questions)
        return Classification(Intent.QUESTION, topics=topics, is_followup=followup)
    if any(r.intent is Intent.ORDER for r in roles):
        return Classification(Intent.ORDER)
    return None


def _only_says(clauses: list[Clause], phrases: tuple[str, ...]) -> bool:
    """An utterance with no question mark that voices ``phrases`` and has no clause opening
    like a question ("You've been carrying all this on your own. I'm so sorry.")."""
    everything = [w for c in clauses for w in c.words]
    opening = [cues.strip_discourse(c.words)[0] for c in clauses]
    return cues.has_phrase(everything, phrases) and not any(
        w in cues.INTERROGATIVES for w in opening
    )


def _social(clauses: list[Clause]) -> Classification:
    everything = [w for c in clauses for w in c.words]
    if cues.has_phrase(clauses[0].words, cues.GREETING):
        return Classification(Intent.GREETING)
    if cues.has_phrase(everything, cues.CLOSING):
        return Classification(Intent.CLOSING)
    if cues.has_phrase(everything, cues.GREETING):
        return Classification(Intent.GREETING)
    if cues.has_phrase(everything, cues.EMPATHY):
        return Classification(Intent.EMPATHY)
    return Classification(Intent.OTHER)


def read(utterance: str, context: MatchContext | None = None) -> Classification:
    """The lexical reading of an utterance (the learned layer weighs it: `learned.classify`)."""
    context = context or MatchContext()
    clauses = split_clauses(utterance or "", context)
    if not clauses:
        return Classification(Intent.OTHER)
    everything = [w for c in clauses for w in c.words]
    if cues.has_phrase(everything, cues.REVIEW):
        return Classification(Intent.OTHER)
    if cues.has_phrase(everything, cues.FINAL):
        return Classification(Intent.CLOSING)
    if not any(c.asks for c in clauses):
        if cues.has_phrase(everything, cues.EXPLAIN):
            return Classification(Intent.OTHER)
        if _only_says(clauses, cues.EMPATHY):
            return Classification(Intent.EMPATHY)
    roles: list[Role] = []
    before: Role | None = None
    for clause in clauses:
        role = _role(clause, context, before)
        if role is not None:
            roles.append(role)
        before = role
    return _settle(roles) or _social(clauses)


def find_terms(utterance: str, kind: Kind, context: MatchContext | None = None) -> tuple[str, ...]:
    """The exam or investigation ids named in a request the student already labelled as such."""
    hits = spans(fold(utterance or ""), context or MatchContext(), (Kind(kind),))
    return tuple(dict.fromkeys(h.term_id for h in hits))
