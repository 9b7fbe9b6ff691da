"""The history topics a clause asks about: keywords, the case's example questions, and the
previous question when the clause refers back to it."""

from __future__ import annotations

from functools import lru_cache

from cases import vocabulary
from cases.vocabulary import Kind

from . import cues
from .clauses import Clause
from .conventions import (
    ATTRIBUTES,
    BROADER,
    covered,
    in_case,
    tidy,
)
from .cues import cue_phrases
from .examples import QUESTION_WORDS, ExampleIndex, ExampleKey, best_topics, example_index
from .lexicon import CONJUNCTIONS, IT, LIGHT, Hit, shared_lexicon
from .model import MatchContext
from .normalise import stem, word_set
from .rereading import reread
from .templates import template_attributes
from .weakness import GENERIC, is_weak, negated

#: "For it", "pour ça": a medicine taken for the complaint is a treatment tried for it.
_FOR_THE_COMPLAINT = cue_phrases(
    "for it", "for this", "for that", "for the pain", "for the headache", "for the fever",
    "pour ca", "pour cela", "pour la douleur", "contre la douleur", "pour la fievre",
    "contre la fievre", "pour le mal", "pour les douleurs",
)  # fmt: skip
EXAMPLE_MIN = 0.52  # cosine to an example question that names a topic on its own
EXAMPLE_WITH_KEYWORDS = 0.80  # ... that adds a topic to those the keywords found
EXAMPLE_MARGIN = 0.04
EXAMPLE_INSTEAD = 0.45  # ... that replaces a one-word topic the case does not cover
_VAGUE = LIGHT | frozenset(
    stem(w)
    for w in word_set(
        "anything something thing things like that this there else other any have do does "
        "did is are was were chose quelque autre avez etes vous fait faire pris mal today "
        "aujourd hui now maintenant moment currently actuellement"
    )
)


def _fits_case(topic: str, context: MatchContext) -> bool:
    """Paediatric topics only make sense in a paediatric case (one with paediatric facts)."""
    if not topic.startswith("peds.") or not context.examples:
        return True
    return any(t.startswith("peds.") for t in context.examples)


def _illustrative(clause: Clause, hit: Hit) -> bool:
    return all(clause.tokens[p].index in clause.examples for p in hit.positions)


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


def _same_words(one: Hit, other: Hit) -> bool:
    """Whether two hits read some of the same words, other than a head they share as a list
    does ("pain in your tummy or back")."""
    if one.positions[0] == other.positions[0] and one.positions[-1] != other.positions[-1]:
        return False
    return bool(set(one.positions) & set(other.positions))


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
            and _same_words(h, hit)
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
    hits = [h for h in hits if not negated(clause, h)] or hits
    # a lone word naming a topic the case does not cover yields to the case's own topics,
    # unless it plainly names a symptom ("phlegm")
    ambiguous = shared_lexicon(context.language).ambiguous
    strong = [
        h
        for h in hits
        if h.size > 1
        or in_case(h.term_id, context)
        or h.term_id.startswith(("fh.", "allergies."))
        or (h.term_id.startswith(("ros.", "social.exposure")) and h.stems[0] not in ambiguous)
    ]
    hits = _settle_ties(clause, context, strong or hits)
    hits = _symptom_sites(hits)
    specific = [h.term_id for h in hits if not is_weak(clause, h)]
    weak = [h.term_id for h in hits if is_weak(clause, h)]
    if any(covered(t, context) for t in specific):
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
        *GENERIC,
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


#: An open invitation to tell the story ("tell me about your breathing").
_INVITATIONS = cue_phrases(
    "tell me about", "tell me more about", "tell me a bit more about", "tell me a bit about",
    "going on with", "happening with", "parlez moi de", "parlez moi un peu de", "racontez moi",
    "expliquez moi", "dites m en plus sur", "dites moi en plus sur",
)  # fmt: skip


def _invited_story(clause: Clause, context: MatchContext, topics: list[str]) -> list[str]:
    """An invitation to talk about a symptom the case has no fact of its own for is about
    the presenting complaint itself ("tell me a bit more about this fluttering")."""
    if not context.examples or not topics or not in_case("hpi.chief_complaint", context):
        return topics
    if any(not t.startswith("ros.") or in_case(t, context) for t in topics):
        return topics
    return ["hpi.chief_complaint"] if cues.has_phrase(clause.words, _INVITATIONS) else topics


def _parts_naming(clause: Clause, topic: str) -> set[int]:
    indexes = {
        clause.tokens[p].index for h in clause.hits if h.term_id == topic for p in h.positions
    }
    return {n for n, part in enumerate(clause.parts) if part & indexes}


def _asked_apart(clause: Clause, asked: list[str], topics: list[str]) -> list[str]:
    """A broader symptom asked in a part of its own stays ("have you been coughing, and what
    colour is the phlegm?")."""
    for precise, broad in BROADER.items():
        precise_parts, broad_parts = _parts_naming(clause, precise), _parts_naming(clause, broad)
        named_apart = bool(precise_parts and broad_parts) and not precise_parts & broad_parts
        if precise in topics and broad in asked and broad not in topics and named_apart:
            topics = [*topics, broad]
    return topics


def own_topics(clause: Clause, context: MatchContext) -> list[str]:
    specific, weak = keyword_topics(clause, context)
    read = _case_reading(clause, context, specific, weak)
    examples = _example_topics(clause, context, read)
    if read != specific or (examples and not read):
        weak = []  # the case's own example beats "déjà eu" or "le matin"
    asked = _family_topic(clause, context, [*read, *weak, *examples])
    topics = _asked_apart(clause, asked, tidy(asked, context))
    topics = reread(clause, _treatment_tried(clause, topics))
    topics = _invited_story(clause, context, _conditional(clause, topics))
    if topics or any(h.kind is not Kind.TOPIC for h in clause.hits):
        return topics
    if cues.has_phrase(clause.words, _INVITATIONS) and in_case("hpi.chief_complaint", context):
        return ["hpi.chief_complaint"]  # "tell me about these funny turns"
    return template_attributes(clause.words)  # "when did that happen?", "c'était quand ?"
