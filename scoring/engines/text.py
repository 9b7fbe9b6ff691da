"""Text helpers for the offline examiner: accent and case folding that remembers where each
folded character came from, so every match can be quoted verbatim from the original text.

Pure: no ORM, no network.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

_SPECIAL = {"œ": "oe", "æ": "ae", "ß": "ss", "β": "beta", "’": "'", "‘": "'", "ʼ": "'"}
_KEEP = re.compile(r"[a-z0-9']")
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    lowered = char.lower()
    decomposed = unicodedata.normalize("NFKD", _SPECIAL.get(lowered, lowered))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if _KEEP.match(c) else " " for c in stripped)


_ASCII = str.maketrans({chr(code): fold_char(chr(code)) for code in range(128)})


def fold(text: str) -> str:
    """Lowercase, accents and ligatures folded, punctuation as spaces, whitespace collapsed."""
    return " ".join(FoldedText(text).folded.split())


@dataclass(frozen=True)
class Span:
    start: int  # in the original text
    end: int


@dataclass(frozen=True)
class Token:
    text: str  # folded
    start: int  # in the original text
    end: int


class FoldedText:
    """`text` folded character by character; `origin[i]` is the original index of folded[i]."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.origin: Sequence[int] = range(len(text))
        if text.isascii():  # each character folds to exactly one
            self.folded = text.translate(_ASCII)
            return
        parts = [fold_char(char) for char in text]
        self.folded = "".join(parts)
        if any(len(part) != 1 for part in parts):
            self.origin = [index for index, part in enumerate(parts) for _ in part]

    def span(self, start: int, end: int) -> Span:
        """The original span of folded[start:end] (end exclusive, non-empty)."""
        return Span(self.origin[start], self.origin[end - 1] + 1)

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(
            Token(m.group(), *self._token_span(m.start(), m.end()))
            for m in _WORD.finditer(self.folded)
        )

    def _token_span(self, start: int, end: int) -> tuple[int, int]:
        span = self.span(start, end)
        return span.start, span.end

    def find(self, cues: tuple[str, ...]) -> Span | None:
        """The first (leftmost) occurrence of any cue phrase, as whole words; of cues found at
        the same place, the first listed."""
        match = any_cue_pattern(cues).search(self.folded)
        if match is None:
            return None
        at = match.start()
        if at + 1 < len(self.origin) and self.origin[at + 1] == self.origin[at]:
            return self._find_each(cues)  # one character folded to several: compare by origin
        return self.span(at, match.end())

    def _find_each(self, cues: Iterable[str]) -> Span | None:
        best: Span | None = None
        for cue in cues:
            match = cue_pattern(cue).search(self.folded)
            if match and (best is None or self.origin[match.start()] < best.start):
                best = self.span(match.start(), match.end())
        return best

    def find_all(self, cues: tuple[str, ...]) -> list[tuple[str, Span]]:
        found: list[tuple[str, Span]] = []
        if any_cue_pattern(cues).search(self.folded) is None:
            return found
        for cue in cues:
            for match in cue_pattern(cue).finditer(self.folded):
                found.append((cue, self.span(match.start(), match.end())))
        return sorted(found, key=lambda hit: hit[1].start)


@lru_cache(maxsize=256)
def folded(text: str) -> FoldedText:
    """A shared FoldedText for a text read many times (a note scored item by item)."""
    return FoldedText(text)


@lru_cache(maxsize=4096)
def cue_pattern(cue: str) -> re.Pattern[str]:
    """A regex for a cue phrase on folded text: whole words, any spacing or apostrophe between."""
    return re.compile(rf"(?<![a-z0-9]){_cue_body(cue)}(?![a-z0-9])")


@lru_cache(maxsize=256)
def any_cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a list of cue phrases: it matches where the leftmost of them does, trying
    them in the order listed (one search instead of one per cue)."""
    bodies = "|".join(_cue_body(cue) for cue in cues)
    return re.compile(rf"(?<![a-z0-9])(?:{bodies})(?![a-z0-9])")


def _cue_body(cue: str) -> str:
    words = [w for w in re.split(r"[\s']+", fold(cue)) if w]
    return r"[\s']+".join(re.escape(w) for w in words)


def sentences(text: str) -> Iterator[Span]:
    """Sentence spans of the original text (questions, statements), trimmed."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped)
        yield Span(offset, offset + len(stripped))


def sentence_around(text: str, span: Span) -> Span:
    for sentence in sentences(text):
        if sentence.start <= span.start < sentence.end:
            return Span(sentence.start, max(sentence.end, span.end))
    return span


def clip(text: str, limit: int = 300) -> str:
    """A prefix of `text` (still a verbatim substring) short enough to show as evidence."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())
