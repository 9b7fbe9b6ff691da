"""Keyword lexicons of the vocabulary (and of a case's custom terms) and phrase spotting.

A keyword becomes a tuple of stems with the stop words dropped ("it" stands for whatever is
being talked about). Spotting walks the tokens of a clause: a keyword matches in order, may step
over stop words, one filler word ("does the pain spread") or one coordinated word ("ankle and
sacral oedema" holds "ankle oedema"); two-word keywords also match reversed ("ankles swollen").
Heavier matches take the words they cover from lighter ones, across kinds; equal matches of
different terms are all kept, for the caller to choose between.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from cases import vocabulary
from cases.vocabulary import Kind, Term

from .grammar import exam_phrases
from .normalise import fold, stem, word_set, words

#: Words dropped before keywords are matched (articles, possessives, pronouns, fillers).
STOPWORDS = word_set(
    """
    a an the my your his her their our its you i me he she we they them him it to of any some all
    both
    just really please also now then very quite bit little gently quickly briefly carefully
    exactly roughly approximately actually exactement environ precisement
    le la les l un une des du de d votre vos ton ta tes son sa ses mon ma mes leur leurs notre
    nos vous tu te t je j me m moi il elle ils elles on nous se s qu c n y ce cet cette ces au aux
    est ce que qui juste un peu bien tres ca cela that this these those
    """
)
#: Words a keyword may step over ("does the pain spread", "an ultrasound scan of the pelvis").
FILLERS = word_set(
    "pain douleur douleurs mal scan test tests examen exam examination level levels taux "
    "urgent urgente urgently normal normally usual usually habituel habituelle been being is are "
    "for pour ont ete ever gradually slowly progressively steadily feel feels felt "
    "was were be get getting got sont etait etaient have has had in on at from with into dans "
    "sur avec en more less plus moins"
)
CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "nor", "ni", "&"})
#: "it" in a keyword stands for what is being talked about: "does it spread" also matches
#: "does the pain spread", "does the headache spread", "la douleur descend".
IT = "<it>"
_IT_IN_KEYWORDS = frozenset({"it", "ca", "cela"})
_REFERENTS = word_set(
    "it this that they them ca cela pain pains ache aches discomfort douleur douleurs mal "
    "symptoms symptomes episodes episode attacks attack crises crise"
)
_FILLER_STEMS = frozenset(stem(w) for w in FILLERS)
_ABBREVIATION = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True, slots=True)
class Phrase:
    term_id: str
    kind: Kind
    stems: tuple[str, ...]
    #: kept whole, stop words included ("d'un coup"): its words must follow each other
    literal: bool = False


def make_phrase(term_id: str, kind: Kind, text: str) -> Phrase | None:
    stems, literal = keyword_stems(text)
    if not stems or (len(stems) <= 2 and set(stems) <= LIGHT):
        return None  # "look at you" would be "look at"
    return Phrase(term_id, kind, stems, literal)


@dataclass(frozen=True, slots=True)
class Hit:
    term_id: str
    kind: Kind
    positions: tuple[int, ...]  # indexes into the clause's tokens
    claims: tuple[int, ...]  # the positions it takes from shorter keywords
    weight: float  # words matched, a stop word counting half ("d'un coup" > "coup")
    stems: tuple[str, ...]  # the keyword's

    @property
    def size(self) -> int:
        return len(self.positions)


@dataclass(frozen=True, slots=True)
class Token:
    stem: str
    word: str
    index: int  # position of the word in the clause
    stop: bool = False


def content(clause_words: Sequence[str]) -> list[Token]:
    """Every word of the clause as a token: stemmed, stop words and conjunctions as they are."""
    return [
        Token(w, w, i, True) if w in STOPWORDS else Token(w if w in CONJUNCTIONS else stem(w), w, i)
        for i, w in enumerate(clause_words)
    ]


def keyword_stems(text: str) -> tuple[tuple[str, ...], bool]:
    """A keyword's stems without its stop words, unless that leaves one word of several:
    "d'un coup" stays whole (literal), so that it does not become "coup" (a blow).
    "it" becomes IT."""
    tokens = content(words(fold(text)))
    meaningful = [t for t in tokens if not t.stop or t.word in _IT_IN_KEYWORDS]
    whole = len(meaningful) < 2 and len(tokens) > 1
    stems = tuple(
        IT if t.word in _IT_IN_KEYWORDS else t.stem
        for t in tokens
        if whole or not t.stop or t.word in _IT_IN_KEYWORDS
    )
    return stems, whole


def phrase_stems(text: str) -> tuple[str, ...]:
    return keyword_stems(text)[0]


def _abbreviations(label: str) -> list[str]:
    """The abbreviations a label gives in brackets: "Full blood count (FBC)" -> ["FBC"]."""
    return [
        part.strip()
        for inside in _ABBREVIATION.findall(label)
        for part in re.split(r"[,/]", inside)
        if len(part.split()) == 1 and any(ch.isupper() for ch in part)
    ]


def _term_texts(term: Term, language: str | None) -> list[str]:
    labels = [term.label_en, term.label_fr] if language is None else [term.label(language)]
    texts = (
        [*term.keywords_en, *term.keywords_fr] if language is None else [*term.keywords(language)]
    )
    if term.kind is not Kind.TOPIC or term.id.startswith("custom."):
        texts += [_ABBREVIATION.sub(" ", label) for label in labels]
    else:  # a one-word topic label ("Site", "Course") is too loose to spot
        texts += [label for label in labels if len(phrase_stems(label)) > 1]
    return [*texts, *(a for label in (term.label_en, term.label_fr) for a in _abbreviations(label))]


#: Stems too common to make a keyword on their own ("look at you" keeps only "look at").
LIGHT = frozenset(
    stem(w)
    for w in word_set(
        "look at feel check take do does did have has had is are was were be been how what "
        "when where who which why in on for with go get got come can could would will make there "
        "this that as if so out up off all else other more less much many way tout"
    )
)


class Lexicon:
    """Phrases indexed by their first stem, each with the other stems it needs (a quick test
    before matching it)."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.starts: dict[str, list[tuple[Phrase, frozenset[str]]]] = {}
        named: dict[str, set[str]] = {}
        for phrase in dict.fromkeys(phrases):
            needed = frozenset(s for s in phrase.stems[1:] if s != IT)
            self.starts.setdefault(phrase.stems[0], []).append((phrase, needed))
            if len(phrase.stems) == 1:
                named.setdefault(phrase.stems[0], set()).add(phrase.term_id)
        #: one-word keywords of several terms ("flat", "oedema"): weak on their own
        self.ambiguous = frozenset(s for s, ids in named.items() if len(ids) > 1)
        #: one-word names of symptoms, which "it" in a keyword may stand for
        self.symptoms = frozenset(
            s for s, ids in named.items() if any(i.startswith("ros.") for i in ids)
        )

    @cached_property
    def singles(self) -> tuple[Phrase, ...]:
        """The one-word phrases, in index order."""
        return tuple(p for p in self.phrases() if len(p.stems) == 1)

    def stems_of(self, term_id: str) -> set[str]:
        return {s for p in self.phrases() if p.term_id == term_id for s in p.stems}

    def phrases(self) -> list[Phrase]:
        return [p for group in self.starts.values() for p, _needed in group]


def _reversible(phrase: Phrase) -> bool:
    """ "swollen ankles" / "ankles swollen", but not "for the pain" / "the pain for me"."""
    if len(phrase.stems) != 2 or IT in phrase.stems or phrase.literal:
        return False
    return not any(s in LIGHT or s in _FILLER_STEMS for s in phrase.stems)


def _phrases(terms: Iterable[Term], language: str | None) -> list[Phrase]:
    found = []
    for term in terms:
        for text in _term_texts(term, language):
            made = make_phrase(term.id, term.kind, text)
            if made is None:
                continue
            found.append(made)
            if _reversible(made):
                # "swollen ankles" / "ankles swollen", "lost weight" / "weight lost"
                found.append(Phrase(term.id, term.kind, made.stems[::-1]))
    return found


def _language_key(language: str) -> str:
    return "fr" if language.strip().lower().startswith("fr") else "en"


@lru_cache(maxsize=16)
def shared_lexicon(language: str, kinds: tuple[Kind, ...] = tuple(Kind)) -> Lexicon:
    lang = _language_key(language)
    phrases = _phrases((t for k in kinds for t in vocabulary.terms(k)), lang)
    if Kind.EXAM in kinds:
        made = (make_phrase(i, Kind.EXAM, text) for i, text in exam_phrases())
        phrases += [p for p in made if p is not None]
    return Lexicon(phrases)


@lru_cache(maxsize=256)
def custom_lexicon(terms: tuple[Term, ...]) -> Lexicon:
    return Lexicon(_phrases(terms, None))


def _gap_ok(gap: Sequence[Token]) -> bool:
    """Whether these words may sit between two words of a keyword."""
    if all(t.stem in _FILLER_STEMS for t in gap):  # "copains qui [ont été] malades"
        return True
    if len(gap) == 1:
        return gap[0].stem in CONJUNCTIONS
    # "ankle [and sacral] oedema", "atcd [medicaux et] chirurgicaux"
    return len(gap) == 2 and (gap[0].stem in CONJUNCTIONS) != (gap[1].stem in CONJUNCTIONS)


def is_referent(token: Token, symptoms: frozenset[str]) -> bool:
    return token.word in _REFERENTS or token.stem in symptoms


def _fits(token: Token, wanted: str, symptoms: frozenset[str]) -> bool:
    return token.stem == wanted or (wanted == IT and is_referent(token, symptoms))


def _next(
    tokens: Sequence[Token], at: int, wanted: str, symptoms: frozenset[str], literal: bool
) -> tuple[int, list[Token]] | None:
    """Where ``wanted`` comes after ``at`` and the words stepped over (stop words aside)."""
    gap: list[Token] = []
    for nxt in range(at + 1, len(tokens)):
        token = tokens[nxt]
        if _fits(token, wanted, symptoms):
            return (nxt, gap) if not gap or _gap_ok(gap) else None
        if literal:
            return None
        if token.stop:
            continue
        gap.append(token)
        if len(gap) > 2:
            return None
    return None


def _match_at(
    tokens: Sequence[Token], start: int, phrase: Phrase, symptoms: frozenset[str]
) -> Hit | None:
    """The phrase matched from ``start``. Over a coordination the shared word is not claimed:
    in "urine [dip and] pregnancy test" "urine" still belongs to "urine dip", and in
    "ankle [and sacral] oedema" "oedema" to "sacral oedema"."""
    positions = [start]
    shared: set[int] = {start} if phrase.stems[0] == IT else set()
    for wanted in phrase.stems[1:]:
        found = _next(tokens, positions[-1], wanted, symptoms, phrase.literal)
        if found is None:
            return None
        at, gap = found
        if len(gap) == 2:
            shared |= set(positions) if gap[1].stem in CONJUNCTIONS else {at}
        if wanted == IT:  # "when did the cough start" still asks about the cough
            shared.add(at)
        positions.append(at)
    if shared and positions[-1] in shared:  # the shared word runs to the end of the phrase
        shared |= {p for p in positions if p > min(shared)}
    claims = tuple(p for p in positions if p not in shared)
    # a stop word or a word standing for "it" says less than a keyword's own word
    weight = sum(
        0.5 if tokens[p].stop or s == IT else 1.0
        for p, s in zip(positions, phrase.stems, strict=True)
    )
    return Hit(phrase.term_id, phrase.kind, tuple(positions), claims, weight, phrase.stems)


def spot(tokens: Sequence[Token], lexicons: Iterable[Lexicon]) -> list[Hit]:
    """Every keyword of ``lexicons`` found in ``tokens``; longer matches shadow shorter ones."""
    candidates: list[Hit] = []
    lexicons = list(lexicons)
    symptoms = frozenset().union(*(lexicon.symptoms for lexicon in lexicons))
    present = {token.stem for token in tokens}  # a phrase needs each of its stems here
    for lexicon in lexicons:
        for i, token in enumerate(tokens):
            starting = lexicon.starts.get(token.stem, [])
            if is_referent(token, symptoms):
                starting = [*starting, *lexicon.starts.get(IT, ())]
            for phrase, needed in starting:
                if not needed <= present:
                    continue
                hit = _match_at(tokens, i, phrase, symptoms)
                if hit is not None:
                    candidates.append(hit)
    candidates.sort(key=lambda h: -h.weight)
    claimed: dict[int, float] = {}
    kept: list[Hit] = []
    for hit in candidates:
        if all(claimed.get(p, 0.0) <= hit.weight for p in hit.positions):
            kept.append(hit)
            for p in hit.claims:
                claimed[p] = max(claimed.get(p, 0.0), hit.weight)
    return kept
