"""The history topics a clause asks about: keywords, the case's example questions, and the
previous question when the clause refers back to it."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from cases import vocabulary
from cases.vocabulary import Kind

from . import cues
from .clauses import Clause
from .cues import cue_phrases
from .examples import QUESTION_WORDS, ExampleIndex, ExampleKey, best_topics, example_index
from .lexicon import CONJUNCTIONS, IT, LIGHT, STOPWORDS, Hit, shared_lexicon
from .model import MatchContext
from .normalise import stem, word_set
from .templates import template_attributes

#: hpi attributes: questions about the presenting complaint (or about a symptom just named).
ATTRIBUTES = frozenset(
    {
        "hpi.onset", "hpi.timing", "hpi.course", "hpi.severity", "hpi.location", "hpi.radiation",
        "hpi.character", "hpi.aggravating", "hpi.relieving", "hpi.previous_episodes",
        "hpi.treatment_tried", "hpi.triggers", "hpi.associated",
    }
)  # fmt: skip
#: When, how long, how it changes and how much belong to a habit or a treatment, not a symptom.
_TIME_ATTRIBUTES = frozenset({"hpi.onset", "hpi.timing", "hpi.course", "hpi.severity"})
#: Attributes whose answer is a list of factors ("what makes it worse? coughing, light?").
FACTOR_ATTRIBUTES = frozenset({"hpi.aggravating", "hpi.relieving", "hpi.triggers"})
#: A condition named together with the family is that part of the family history.
_FAMILY = {
    "pmh.psychiatric": "fh.psychiatric",
    "ros.mood": "fh.psychiatric",
    "ros.anxiety": "fh.psychiatric",
    "ros.suicidal_ideation": "fh.psychiatric",
    "ros.psychosis": "fh.psychiatric",
    "ros.cardio": "fh.cardiac",
    "ros.chest_pain": "fh.cardiac",
    "ros.palpitations": "fh.cardiac",
    "pmh.cardiovascular_risk": "fh.cardiac",
    "ros.thirst_polyuria": "fh.diabetes",
    "ros.lumps": "fh.cancer",
}
_SELF = ("ros.", "pmh.", "hpi.")
#: Topics that say the same of an adult and of a child: a case has the one that fits it.
_SAME = {
    "pmh.vaccinations": "peds.immunisations",
    "peds.immunisations": "pmh.vaccinations",
    "social.sick_contacts": "peds.contacts",
    "peds.contacts": "social.sick_contacts",
}
#: "For it", "pour ça": a medicine taken for the complaint is a treatment tried for it.
_FOR_THE_COMPLAINT = cue_phrases(
    "for it", "for this", "for that", "for the pain", "for the headache", "for the fever",
    "pour ca", "pour cela", "pour la douleur", "contre la douleur", "pour la fievre",
    "contre la fievre", "pour le mal", "pour les douleurs",
)  # fmt: skip
#: A precise symptom asked together with its broader one is the precise one
#: ("breathless when you lie flat" is orthopnoea, "coughed blood up" haemoptysis).
_BROADER = {
    "ros.orthopnoea": "ros.dyspnoea",
    "ros.haemoptysis": "ros.cough",
    "ros.sputum": "ros.cough",
    "ros.haematemesis": "ros.nausea_vomiting",
    "ros.stool_blood": "ros.bowel",
}
_NOT_SYMPTOMS = ("social.", "meds.", "pmh.", "fh.", "allergies.", "peds.", "ice.")
EXAMPLE_MIN = 0.52  # cosine to an example question that names a topic on its own
EXAMPLE_WITH_KEYWORDS = 0.80  # ... that adds a topic to those the keywords found
EXAMPLE_MARGIN = 0.04
EXAMPLE_INSTEAD = 0.45  # ... that replaces a one-word topic the case does not cover
_GENERIC = LIGHT | frozenset(
    stem(w)
    for w in word_set(
        "deja eu fait ever before already again encore happened arrive anything something like "
        "recently recent recemment"
    )
)
#: Words that say when something happens rather than ask how long or how often.
_WHEN = frozenset(
    stem(w)
    for w in word_set(
        "night nights morning mornings evening day days week weeks nuit matin soir jour jours "
        "semaine episodes episode"
    )
)
_VAGUE = LIGHT | frozenset(
    stem(w)
    for w in word_set(
        "anything something thing things like that this there else other any have do does "
        "did is are was were chose quelque autre avez etes vous fait faire pris mal"
    )
)


def in_case(topic: str, context: MatchContext) -> bool:
    return not context.examples or topic in context.examples


def _fits_case(topic: str, context: MatchContext) -> bool:
    """Paediatric topics only make sense in a paediatric case (one with paediatric facts)."""
    if not topic.startswith("peds.") or not context.examples:
        return True
    return any(t.startswith("peds.") for t in context.examples)


def _illustrative(clause: Clause, hit: Hit) -> bool:
    return all(clause.tokens[p].index in clause.examples for p in hit.positions)


def _is_weak(clause: Clause, hit: Hit) -> bool:
    """A hit made of everyday words ("déjà eu", "ever had") or a lone attribute word
    ("episodes", "le matin"): it names the topic only when nothing more specific is asked."""
    content = [s for s in hit.stems if s not in STOPWORDS]
    if all(s in _GENERIC for s in content):
        return True
    meaningful = [s for s in content if s not in LIGHT]
    return hit.term_id in _TIME_ATTRIBUTES and len(meaningful) == 1 and meaningful[0] in _WHEN


def _example_scores(
    clause: Clause, context: MatchContext, part: frozenset[int], least: int = 2
) -> dict[str, float]:
    """Similarity of the words of ``part`` (at least ``least`` meaningful ones) to each topic's
    closest example question."""
    stems = [
        t.stem
        for t in clause.tokens
        if t.index in part and not t.stop and t.word not in CONJUNCTIONS
    ]
    if not context.examples or len([s for s in stems if s not in _VAGUE | QUESTION_WORDS]) < least:
        return {}
    return best_topics(_index(context), stems, _VAGUE)


def _settle_ties(clause: Clause, context: MatchContext, hits: list[Hit]) -> list[Hit]:
    """Of equal keyword hits that overlap (a "flat" to live in or to lie), keep the topic whose
    example questions in the case are clearly closer to the clause."""
    scores = _example_scores(clause, context, frozenset(range(len(clause.words))))
    kept = []
    for hit in hits:
        rivals = [
            h.term_id
            for h in hits
            if h.term_id != hit.term_id
            and h.weight == hit.weight
            and set(h.positions) & set(hit.positions)
            and not (h.term_id in ATTRIBUTES and hit.term_id in ATTRIBUTES)
        ]
        mine = scores.get(hit.term_id, 0.0)
        if any(scores.get(r, 0.0) >= max(mine + 0.1, 0.25) for r in rivals):
            continue
        kept.append(hit)
    return kept


#: Symptoms that are not pains: "dans un bras" after them says where they are felt.
_PAINS = ("ros.chest_pain", "ros.abdominal_pain", "ros.back_pain", "ros.headache")
_IN = frozenset(stem(w) for w in word_set("in into dans au aux"))


def _symptom_sites(hits: list[Hit]) -> list[Hit]:
    """ "Weakness or tingling in an arm or a leg?" says where a symptom is, it does not ask
    whether the complaint spreads there."""
    symptoms = any(h.term_id.startswith("ros.") and h.term_id not in _PAINS for h in hits)
    if not symptoms:
        return hits
    return [h for h in hits if not (h.term_id == "hpi.radiation" and h.stems[0] in _IN)]


def keyword_topics(clause: Clause, context: MatchContext) -> tuple[list[str], list[str]]:
    """The topics the keywords name: (specific ones, weak ones)."""
    hits = [h for h in clause.hits if h.kind is Kind.TOPIC and _fits_case(h.term_id, context)]
    asked = [h for h in hits if not _illustrative(clause, h)]
    hits = asked or hits  # "anything that brings it on, like alcohol?" asks about triggers
    # a lone word naming a topic the case does not cover yields to the case's own topics,
    # unless it plainly names a symptom ("phlegm")
    ambiguous = shared_lexicon(context.language).ambiguous
    strong = [
        h
        for h in hits
        if h.size > 1
        or in_case(h.term_id, context)
        or h.term_id.startswith(("fh.", "allergies."))
        or (h.term_id.startswith("ros.") and h.stems[0] not in ambiguous)
    ]
    hits = _settle_ties(clause, context, strong or hits)
    hits = _symptom_sites(hits)
    specific = [h.term_id for h in hits if not _is_weak(clause, h)]
    weak = [h.term_id for h in hits if _is_weak(clause, h)]
    if any(in_case(t, context) for t in specific):
        weak = []
    return list(dict.fromkeys(specific)), list(dict.fromkeys(weak))


def _example_key(context: MatchContext) -> ExampleKey:
    return tuple((topic, tuple(questions)) for topic, questions in context.examples.items())


_last_index: tuple[object, ExampleIndex | None] = (None, None)


def _index(context: MatchContext) -> ExampleIndex:
    """The case's example index; the last one is kept by identity, as one utterance asks for
    it several times and building the key is not free."""
    global _last_index
    examples, index = _last_index
    if examples is not context.examples or index is None:
        index = example_index(_example_key(context))
        _last_index = (context.examples, index)
    return index


def _example_topics(clause: Clause, context: MatchContext, found: list[str]) -> list[str]:
    added: list[str] = []
    for part in [*clause.parts, frozenset(range(len(clause.words)))]:
        scores = _example_scores(clause, context, part)
        if not scores:
            continue
        best = max(scores.values())
        floor = EXAMPLE_WITH_KEYWORDS if found else EXAMPLE_MIN
        for topic, score in scores.items():
            if score >= max(floor, best - EXAMPLE_MARGIN) and topic not in found + added:
                added.append(topic)
    return added


def _in_case_name(topic: str, context: MatchContext) -> str:
    same = _SAME.get(topic)
    return same if same and not in_case(topic, context) and in_case(same, context) else topic


def _treatment_tried(clause: Clause, topics: list[str]) -> list[str]:
    """ "Have you had any aspirin for it?" asks what was tried for the complaint."""
    medicines = [t for t in topics if t.startswith("meds.")]
    if not medicines or not cues.has_phrase(clause.words, _FOR_THE_COMPLAINT):
        return topics
    return list(dict.fromkeys("hpi.treatment_tried" if t in medicines else t for t in topics))


_IF = frozenset({"if", "si", "whenever"})


def _conditional(clause: Clause, topics: list[str]) -> list[str]:
    """ "Si vous toussez, ça tire dans la jambe ?": a symptom or an act named as the condition of
    "it" asks what brings on or worsens the complaint."""
    if clause.words[0] not in _IF or len(clause.parts) < 2:
        return topics
    condition, rest = clause.parts[0], frozenset().union(*clause.parts[1:])
    if not any(clause.words[i] in cues.ANAPHORA or clause.words[i] == "ca" for i in rest):
        return topics
    named = {
        h.term_id for h in clause.hits if h.kind is Kind.TOPIC and set(h.positions) <= condition
    }
    if not named:
        return topics
    kept = [t for t in topics if t not in named or not t.startswith("ros.")]
    return list(dict.fromkeys([*kept, "hpi.aggravating"]))


def tidy(topics: Iterable[str], context: MatchContext, settled: Iterable[str] = ()) -> list[str]:
    """Apply the labelling conventions to a set of topics asked together (``settled`` ones,
    carried over from the previous question, are not second-guessed)."""
    settled = frozenset(settled)
    kept = [_in_case_name(t, context) for t in dict.fromkeys(topics) if t != "intro.greeting"]
    kept = list(dict.fromkeys(kept))
    if len(kept) > 1:  # "what brings you in" is incidental next to a precise question
        kept = [t for t in kept if t != "hpi.chief_complaint"]
    broader = {_BROADER.get(t) for t in kept}
    kept = [t for t in kept if t in settled or t not in broader]
    if any(t.startswith("allergies.") for t in kept):  # "allergic to any medicines?"
        kept = [t for t in kept if not t.startswith("meds.")]
    if "intro.consent" in kept:  # "is it ok if I ask you about ...?" asks for consent
        return [t for t in kept if t.startswith("intro.")]
    if any(t.startswith("fh.") for t in kept):  # "heart trouble in the family" is family history
        kept = [_FAMILY.get(t, t) for t in kept if t in _FAMILY or not t.startswith(_SELF)]
        kept = list(dict.fromkeys(kept))
        if any(t.startswith("fh.") and t != "fh.general" for t in kept):
            kept = [t for t in kept if t != "fh.general"]
    if any(t.startswith(_NOT_SYMPTOMS) for t in kept):  # "how long have you smoked?"
        kept = [t for t in kept if t not in _TIME_ATTRIBUTES]
    if any(t in ATTRIBUTES and in_case(t, context) for t in kept):
        # "the first time you've had a headache this bad?": the headache is the complaint
        kept = [t for t in kept if not t.startswith("ros.") or in_case(t, context) or t in settled]
    return kept


def _case_reading(
    clause: Clause, context: MatchContext, specific: list[str], weak: list[str]
) -> list[str]:
    """Keywords that only name topics the case does not cover ("vaccins", "migraineuse",
    "heart problems") are read as the case's own topic when one of its example questions is
    close enough; family history is made specific the same way ("what did your dad die of?")."""
    if not context.examples:
        return specific
    scores = _example_scores(clause, context, frozenset(range(len(clause.words))), least=1)
    if specific == ["fh.general"]:
        family = {t: v for t, v in scores.items() if t.startswith("fh.") and v >= EXAMPLE_MIN}
        return [max(family, key=family.__getitem__)] if family else specific
    if any(in_case(t, context) for t in specific):
        return specific
    single = [h for h in clause.hits if h.kind is Kind.TOPIC and len(h.stems) == 1]
    if not {h.term_id for h in single} >= set(specific):  # "night sweats" stays night sweats
        return specific
    index = _index(context)
    named = {s for h in single if h.term_id in specific for s in h.stems}
    # the case's topic must use the very word ("Ses vaccins sont-ils à jour ?"), so "sputum"
    # does not become the cough of "Are you bringing anything up?"
    using = {index.topics[e] for s in named for e, _ in index.postings.get(s, ())}
    floor = EXAMPLE_MIN if weak and not specific else EXAMPLE_INSTEAD  # "avez mal la nuit"
    close = {t: v for t, v in scores.items() if v >= floor and (not named or t in using)}
    return [max(close, key=close.__getitem__)] if close else specific


_ILLNESS_WORDS = word_set(
    "problem problems trouble disease diseases illness illnesses condition conditions history "
    "anyone someone died die young probleme problemes maladie maladies antecedents cas dans"
)


@lru_cache(maxsize=4)
def _family_words(language: str) -> dict[str, frozenset[str]]:
    """For each specific family-history topic, the words of its keywords that are not about the
    family itself ("heart", "attack", "cancer", "dépression")."""
    common = {
        *shared_lexicon(language).stems_of("fh.general"),
        *_GENERIC,
        *QUESTION_WORDS,
        *(stem(w) for w in _ILLNESS_WORDS),
    }
    return {
        term.id: frozenset(shared_lexicon(language).stems_of(term.id)) - common - {IT}
        for term in vocabulary.terms(Kind.TOPIC)
        if term.id.startswith("fh.") and term.id != "fh.general"
    }


def _family_topic(clause: Clause, context: MatchContext, topics: list[str]) -> list[str]:
    """ "Any family history of heart attacks?": the family plus a condition is that part of the
    family history."""
    if "fh.general" not in topics:
        return topics
    said = {t.stem for t in clause.tokens if not t.stop}
    overlap = {t: len(said & w) for t, w in _family_words(context.language).items()}
    best = max(overlap, key=overlap.__getitem__)
    if overlap[best] == 0:
        return topics
    return [best if t == "fh.general" else t for t in topics]


def own_topics(clause: Clause, context: MatchContext) -> list[str]:
    specific, weak = keyword_topics(clause, context)
    read = _case_reading(clause, context, specific, weak)
    examples = _example_topics(clause, context, read)
    if read != specific or (examples and not read):
        weak = []  # the case's own example beats "déjà eu" or "le matin"
    topics = tidy(_family_topic(clause, context, [*read, *weak, *examples]), context)
    topics = _treatment_tried(clause, topics)
    topics = _conditional(clause, topics)
    if topics or any(h.kind is not Kind.TOPIC for h in clause.hits):
        return topics
    return template_attributes(clause.words)  # "when did that happen?", "c'était quand ?"
