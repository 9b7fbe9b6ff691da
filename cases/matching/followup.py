"""Follow-up questions: a clause that refers back to the previous question ("and how long has
that been going on?", "et depuis quand ?", "was there any blood in it?")."""

from __future__ import annotations

from collections.abc import Sequence

from cases.vocabulary import Kind

from . import cues
from .clauses import Clause, lexicons
from .conventions import ATTRIBUTES, in_case, tidy
from .lexicon import Token, spot
from .model import MatchContext
from .topics import keyword_topics

SHORT_FOLLOWUP = 4  # content words of an elliptic follow-up ("depuis quel âge ?")


def _substituted_topics(
    clause: Clause, context: MatchContext, previous: Sequence[str]
) -> list[str]:
    """Topics found when "it"/"elle" is read as the previous topic: "any blood in it?" after
    vomiting asks about haematemesis; "elle est grasse ou sèche ?" after a cough describes the
    cough itself, so it asks for its character."""
    topic_lexicons = lexicons(context, (Kind.TOPIC,))
    symptoms = [t for t in previous if t.startswith("ros.")]  # "is it about..." is no symptom
    heads = {
        p.stems[0] for lexicon in topic_lexicons for p in lexicon.singles if p.term_id in symptoms
    }
    found: list[str] = []
    for at, word in enumerate(clause.words):
        if word not in cues.ANAPHORA:
            continue
        for head in heads:
            tokens = [*clause.tokens[:at], Token(head, head, at), *clause.tokens[at + 1 :]]
            for hit in spot(tokens, topic_lexicons):
                if at in hit.positions and hit.size > 1:
                    found.append("hpi.character" if hit.term_id in previous else hit.term_id)
    return list(dict.fromkeys(found))


_FAMILIES = ("meds.", "allergies.", "fh.")
_SUBJECTS = frozenset({"vous", "je", "j", "il", "elle", "on", "tu", "nous", "ils", "elles"})


def _clitic_en(words: Sequence[str]) -> bool:
    """ "Vous en prenez combien ?", "il en boit ?": "en" stands for what was just asked about."""
    return any(w == "en" and at > 0 and words[at - 1] in _SUBJECTS for at, w in enumerate(words))


def _same_family(topic: str, previous: Sequence[str]) -> bool:
    """ "Any side effects from them?" after the medicines asks about their side effects."""
    family = topic.split(".")[0] + "."
    return family in _FAMILIES and any(p.startswith(family) for p in previous)


def follow_up(clause: Clause, context: MatchContext, own: list[str]) -> list[str] | None:
    """The topics of a clause that refers back to the previous question, or None."""
    previous = context.previous_topics
    if not previous:
        return None
    specific, weak = keyword_topics(clause, context)
    # a habit or a history the case does not cover is read as what was just asked about
    # ("il en buvait combien ?" after a baby's bottles is not about alcohol); a symptom stays
    subjects = [
        t
        for t in own
        if t not in ATTRIBUTES
        and t not in previous
        and (in_case(t, context) or t.startswith("ros.") or _same_family(t, previous))
    ]
    named = [t for t in subjects if t in specific or t in weak]
    anaphor = any(w in cues.ANAPHORA for w in clause.words) or _clitic_en(clause.words)
    short = clause.size <= SHORT_FOLLOWUP or clause.words[0] in {"and", "et"}
    if (named and not anaphor) or (subjects and not (short or anaphor)):
        return None
    if not (anaphor or short or own):
        return None
    if not named:  # "et combien par jour ?" is not a new question about alcohol
        own = [t for t in own if t in ATTRIBUTES or t in previous]
        subjects = []
    if anaphor and not subjects:
        subjects = _substituted_topics(clause, context, previous)
    if all(t in ATTRIBUTES for t in previous):
        return own or list(previous)
    if named and not any(t.startswith("ros.") for t in named):
        return tidy(own, context)  # "do you ever forget to take them?" asks about adherence
    prior = [t for t in previous if t not in ATTRIBUTES]
    return tidy([*prior, *subjects, *own], context, settled=prior)
