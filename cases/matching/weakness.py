"""Weak keyword hits: everyday words, a lone attribute word, or words that only frame the
question ("déjà eu", "le matin", "ça brûle", "sans être fatiguée"). A weak hit names its topic
only when nothing more specific is asked."""

from __future__ import annotations

from cases.vocabulary import Kind

from .clauses import Clause
from .conventions import TIME_ATTRIBUTES
from .lexicon import IT, LIGHT, STOPWORDS, Hit
from .normalise import stem, word_set

GENERIC = LIGHT | frozenset(
    stem(w)
    for w in word_set(
        "deja eu fait ever before already again encore happened arrive anything something like "
        "recently recent recemment change changed changes moments periodes ou"
    )
)
#: Words that say when something happens rather than ask how long or how often.
_WHEN = frozenset(
    stem(w)
    for w in word_set(
        "night nights morning mornings evening day days week weeks nuit matin soir jour jours "
        "semaine episodes episode time temps"
    )
)
#: "It hurts": the complaint named again, not a question about how bad it is.
_HURTS = frozenset(stem(w) for w in word_set("fait mal hurt hurts"))
#: Where something happens ("quelqu'un fume à la maison ?"): a setting, not the question.
_SETTINGS = frozenset(
    stem(w)
    for w in word_set(
        "home house maison domicile anyone anybody someone somebody quelqu personne entourage"
    )
)
#: "How do you feel?", "comment vous sentez-vous ?": a general opener, unless nothing else is asked.
_OPENER = frozenset(stem(w) for w in word_set("how comment feel feeling sent sentez sentir"))
#: "Du cannabis ou autre chose ?": "something else" closes a list, it asks for no new symptom.
_ELSE = frozenset(stem(w) for w in word_set("autre autres chose choses else something anything"))


_DEMONSTRATIVES = word_set("this these that those ce cet cette ces ca")


def _shares_part(clause: Clause, hit: Hit) -> bool:
    """Whether another topic is named in the same part of the clause as ``hit``."""
    mine = {clause.tokens[p].index for p in hit.positions}
    part = next((p for p in clause.parts if mine & p), frozenset())
    return any(
        h.kind is Kind.TOPIC
        and h.term_id != hit.term_id
        and {clause.tokens[p].index for p in h.positions} & part
        for h in clause.hits
    )


_FACTORS = frozenset({"hpi.triggers", "hpi.radiation", "hpi.course"})


def _names_factor(clause: Clause) -> bool:
    return any(h.term_id in {"hpi.relieving", "hpi.aggravating"} for h in clause.hits)


#: "Sans être fatiguée", "without feeling tired": a state named as what is absent.
_WITHOUT = frozenset({"sans", "without"})
_LINKS = frozenset(
    {"etre", "vous", "sentir", "being", "feeling", "getting", "any", "de", "d", "to"}
    | {"besoin", "need", "needing", "avoir", "envie"}  # "sans besoin de dormir"
)


def negated(clause: Clause, hit: Hit) -> bool:
    at = clause.tokens[hit.positions[0]].index
    before = [w for w in clause.words[max(0, at - 3) : at] if w not in _LINKS]
    return bool(before) and before[-1] in _WITHOUT


def _names_complaint(clause: Clause, hit: Hit) -> bool:
    return hit.stems[0] == IT or _after_demonstrative(clause, hit)


def _after_demonstrative(clause: Clause, hit: Hit) -> bool:
    at = clause.tokens[hit.positions[0]].index
    before = [w for w in clause.words[:at] if w not in {"vous", "te", "lui", "me"}]
    return bool(before) and before[-1] in _DEMONSTRATIVES  # "ça (vous) brûle"


def is_weak(clause: Clause, hit: Hit) -> bool:
    """A hit made of everyday words ("déjà eu", "ever had") or a lone attribute word
    ("episodes", "le matin"): it names the topic only when nothing more specific is asked."""
    content = [s for s in hit.stems if s not in STOPWORDS]
    if all(s in GENERIC for s in content):
        return True
    meaningful = [s for s in content if s not in LIGHT]
    if hit.term_id == "social.living" and set(meaningful) <= _SETTINGS:
        return _shares_part(clause, hit)
    named = [s for s in hit.stems if s != IT]
    if hit.term_id == "hpi.character" and len(named) == 1 and _names_complaint(clause, hit):
        return True  # "ces brûlures", "this burning": the complaint named, not described
    if hit.term_id in _FACTORS and hit.size <= 2 and _names_factor(clause):
        return True  # "does resting (moving) make it better?": the factor, not a trigger
    if hit.term_id == "hpi.severity" and set(meaningful) <= _HURTS | {IT}:
        return True  # "ça vous fait mal depuis quand ?": the complaint, not how bad it is
    if hit.term_id == "ros.general" and set(meaningful) <= _OPENER:
        return True
    if hit.term_id == "hpi.associated" and set(meaningful) <= _ELSE and _closes_list(clause, hit):
        return True
    return hit.term_id in TIME_ATTRIBUTES and len(meaningful) == 1 and meaningful[0] in _WHEN


def _closes_list(clause: Clause, hit: Hit) -> bool:
    at = clause.tokens[hit.positions[0]].index
    return at > 1 and clause.words[at - 1] in {"or", "ou"}
