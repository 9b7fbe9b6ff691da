"""An utterance cut into clauses (at ? ! ; . and line breaks), each with its words, parts,
form and the keywords spotted in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cases.vocabulary import Kind, Term

from . import cues
from .cues import Form
from .lexicon import (
    CONJUNCTIONS,
    Hit,
    Lexicon,
    Token,
    content,
    custom_lexicon,
    shared_lexicon,
    spot,
)
from .model import MatchContext
from .normalise import fold, word_set, words
from .spelling import correct

_CLAUSE = re.compile(r"[^?!;.\n]+[?!;.\n]*")
_PIECE = re.compile(r",|\s-\s|\(|\)|/")
_NAME = re.compile(r"(?<=[\w,] )([A-ZÀ-Ý][a-zà-ÿ]+)")
#: Words that introduce examples of what was just asked ("anything, like alcohol?").
_EXAMPLE_MARKERS = frozenset({"like", "including", "comme", "notamment", "eg"})
#: ... and words that do so after a comma ("anything like this before, maybe a tightness?").
_OPENING_MARKERS = frozenset({"maybe", "perhaps", "say", "possibly"})
#: ... unless they follow one of these ("feel like", "what's it like", "quoi comme travail").
_NOT_MARKER_AFTER = word_set(
    """
    would d you i we they feel feels felt feeling look looks looked looking sound sounds
    sounding is s was be it what
    seem seems more bit kind sort something anything quoi que qu c est things stuff choses
    """
)


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]
    tokens: tuple[Token, ...]  # one per word
    parts: tuple[frozenset[int], ...]  # word indexes of each part between commas and "and"
    examples: frozenset[int]  # word indexes that only illustrate ("like alcohol or caffeine")
    asks: bool  # ends with a question mark
    form: Form
    hits: tuple[Hit, ...]

    def ids(self, kind: Kind) -> list[str]:
        return list(dict.fromkeys(h.term_id for h in self.hits if h.kind is kind))

    @property
    def size(self) -> int:
        """Content words (stop words aside)."""
        return sum(not t.stop for t in self.tokens)


def lexicons(context: MatchContext, kinds: tuple[Kind, ...] = tuple(Kind)) -> list[Lexicon]:
    custom = tuple(t for t in context.custom_terms.values() if t.kind in kinds)
    shared = shared_lexicon(context.language, kinds)
    return [shared, custom_lexicon(custom)] if custom else [shared]


def _is_marker(piece_words: list[str], at: int) -> bool:
    word = piece_words[at]
    if word == "par" and at + 1 < len(piece_words) and piece_words[at + 1] == "exemple":
        return True
    if word == "such" and at + 1 < len(piece_words) and piece_words[at + 1] == "as":
        return True
    if at + 1 < len(piece_words) and piece_words[at + 1] in {"this", "that", "it", "ca", "cela"}:
        return False  # "pain like this" compares, it does not give examples
    return word in _EXAMPLE_MARKERS and (at == 0 or piece_words[at - 1] not in _NOT_MARKER_AFTER)


@dataclass
class _Reader:
    custom: tuple[Term, ...]
    names: frozenset[str]  # proper names, left as written
    words: list[str] = field(default_factory=list)
    parts: list[frozenset[int]] = field(default_factory=list)
    examples: set[int] = field(default_factory=set)

    def close_part(self, start: int) -> int:
        if len(self.words) > start:
            self.parts.append(frozenset(range(start, len(self.words))))
        return len(self.words)

    def read_piece(self, piece: str) -> None:
        piece_words = [w if w in self.names else correct(w, self.custom) for w in words(piece)]
        start = len(self.words)
        illustrating = False
        for at, word in enumerate(piece_words):
            after_comma = at == 0 and bool(self.words) and word in _OPENING_MARKERS
            if word in CONJUNCTIONS or after_comma or _is_marker(piece_words, at):
                start = self.close_part(start)
                illustrating = illustrating or word not in CONJUNCTIONS
            if illustrating:
                self.examples.add(len(self.words))
            self.words.append(word)
        self.close_part(start)


def proper_names(utterance: str) -> frozenset[str]:
    """Capitalised words inside a sentence ("Mr Martin"): names, not typos to repair."""
    return frozenset(fold(m.group(1)) for m in _NAME.finditer(utterance))


def read_words(
    text: str, custom: tuple[Term, ...], names: frozenset[str] = frozenset()
) -> tuple[list[str], list[frozenset[int]], set[int]]:
    """The clause's (spell-checked) words, its parts and the indexes of illustrative words."""
    reader = _Reader(custom, names)
    for piece in _PIECE.split(text):
        reader.read_piece(piece)
    return reader.words, reader.parts, reader.examples


#: Capitalised abbreviations that would otherwise read as a function word ("TA" is not "ta").
_CAPITALS = {"TA": "tension arterielle", "US": "ultrasound"}
_CAPITAL = re.compile(r"\b(" + "|".join(_CAPITALS) + r")\b")


def split_clauses(utterance: str, context: MatchContext) -> list[Clause]:
    custom = tuple(context.custom_terms.values())
    utterance = _CAPITAL.sub(lambda m: _CAPITALS[m.group()], utterance)
    names = proper_names(utterance)
    spotting = lexicons(context)
    clauses = []
    for match in _CLAUSE.finditer(fold(utterance)):
        clause_words, parts, illustrative = read_words(match.group(), custom, names)
        if not clause_words:
            continue
        asks = "?" in match.group()
        tokens = content(clause_words)
        clauses.append(
            Clause(
                words=tuple(clause_words),
                tokens=tuple(tokens),
                parts=tuple(parts),
                examples=frozenset(illustrative),
                asks=asks,
                form=cues.clause_form(clause_words, asks),
                hits=tuple(_case_terms_first(spot(tokens, spotting))),
            )
        )
    return clauses


def _case_terms_first(hits: list[Hit]) -> list[Hit]:
    """A case's own term shadows the shared terms of its kind it overlaps: the case's
    "angioscanner du polygone de Willis" is not also a CT pulmonary angiogram."""
    custom = [h for h in hits if h.term_id.startswith("custom.")]
    if not custom:
        return hits
    return [
        h
        for h in hits
        if h in custom
        or not any(c.kind is h.kind and set(c.positions) & set(h.positions) for c in custom)
    ]


def spans(text: str, context: MatchContext, kinds: tuple[Kind, ...]) -> list[Hit]:
    """The keyword hits of ``kinds`` in every clause of ``text`` (for find_terms)."""
    custom = tuple(context.custom_terms.values())
    spotting = lexicons(context, kinds)
    found: list[Hit] = []
    for match in _CLAUSE.finditer(text):
        clause_words, _, _ = read_words(match.group(), custom)
        found += spot(content(clause_words), spotting)
    return found
