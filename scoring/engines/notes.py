"""Post-encounter note items: accepted phrasings found in the note, with negation.

Matching folds case and accents, expands abbreviations and synonyms (lexicon.SYNONYMS),
tolerates one inserted word and small typos (fuzzy ratio ≥ 90 on words of 5+ letters).
A mention preceded or followed by a negation cue in the same clause ("no fever",
"pas de fièvre", "absence de", "denies", "sans", "ruled out", "éliminé") is negated:
- it credits items whose own phrasing is negated ("no back pain" also matches
  "denies back pain"), i.e. pertinent negatives;
- it credits a differential item (a diagnosis considered and excluded is still considered);
- it never credits a diagnosis, positive finding or plan item ("no PE" is not "PE").
Pure: no ORM.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from cases.matching import stem
from scoring.engines import lexicon
from scoring.engines.base import Evidence, Verdict
from scoring.engines.text import FoldedText, Span, fold, folded

FUZZY_RATIO = 90
MAX_GAP = 1  # words the note may insert inside a phrasing
WINDOW_BEFORE = 4  # words searched for a negation cue before a mention
WINDOW_AFTER = 3
NEGATION_WORDS = {w for cue in lexicon.NEGATION_BEFORE for w in cue.split() if " " not in cue}
NEGATION_WORDS |= {"negative", "negatif", "negatifs", "negatives", "neg", "unlikely"}
FILLERS = {"de", "d", "des", "du", "of", "for", "any"}
BREAK_WORDS = {w for w in lexicon.CLAUSE_BREAKS if " " not in w}
LIST_WORDS = {"or", "ou", "nor", "ni"}
ABBREVIATIONS = {"mi", "pe", "af", "fa", "hf", "bp", "pl", "iv", "rv"}
BOUNDARY_CHARS = set(".;:!?\n()[]")
COMMA = ","
# Items for which one matched element is the whole of it; the others ask for several.
SINGLE_ELEMENT = {"note.diagnosis", "note.positive_finding", "note.summary", "note.safety_netting"}


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    upper: frozenset[int]  # positions that must be written in capitals (short abbreviations)


@dataclass(frozen=True)
class Mention:
    phrasing: str
    words: Span  # the words matched
    span: Span  # the words matched, with their negation cue when negated (the quote)
    negated: bool  # the note negates or excludes it
    phrasing_negated: bool  # the accepted phrasing itself is a negative ("no back pain")


_SYNONYM_WORDS = tuple(tuple(tuple(fold(m).split()) for m in group) for group in lexicon.SYNONYMS)


@lru_cache(maxsize=2048)
def _phrases(phrasing: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """(variants of the phrasing, variants of its core without the negation) — the core is
    empty unless the phrasing is itself negated."""
    folded = FoldedText(phrasing)
    words = tuple(t.text for t in folded.tokens)
    upper = frozenset(
        i
        for i, t in enumerate(folded.tokens)
        if len(t.text) <= 2 and phrasing[t.start : t.end].isupper() and t.text.isalpha()
    )
    core = _core(words)
    core_variants = _variants(core) if core and core != words else ()
    return _variants(words, upper), core_variants


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    start, end = 0, len(words)
    while start < end and (words[start] in NEGATION_WORDS or words[start] in FILLERS):
        start += 1
    while end > start and words[end - 1] in NEGATION_WORDS:
        end -= 1
    return words[start:end]


def _variants(words: tuple[str, ...], upper: frozenset[int] = frozenset()) -> tuple[Phrase, ...]:
    found: dict[tuple[str, ...], Phrase] = {words: Phrase(words, upper)}
    for members in _SYNONYM_WORDS:
        for variant in list(found):
            for member in members:
                at = _index(variant, member)
                if at < 0:
                    continue
                for other in members:
                    if other != member and len(found) < 48:
                        new = variant[:at] + other + variant[at + len(member) :]
                        caps = frozenset(at + i for i, w in enumerate(other) if w in ABBREVIATIONS)
                        found.setdefault(new, Phrase(new, caps))
    return tuple(found.values())


def _index(words: tuple[str, ...], part: tuple[str, ...]) -> int:
    for i in range(len(words) - len(part) + 1):
        if words[i : i + len(part)] == part:
            return i
    return -1


_stem = lru_cache(maxsize=65536)(stem)


def _alike(word: str, text: str) -> bool:
    if word == text:
        return True
    shorter, total = min(len(word), len(text)), len(word) + len(text)
    if shorter >= 4 and _stem(word) == _stem(text):
        return True
    if shorter < 5 or 200 * shorter < FUZZY_RATIO * total:  # too unequal to reach the ratio
        return False
    return fuzz.ratio(word, text) >= FUZZY_RATIO


class _Note:
    """A note being matched against many phrasings: word comparisons are remembered, and the
    places where each first word matches are found once, from the note's distinct words
    grouped by text, stem and length (the only words `_alike` can accept)."""

    def __init__(self, note: FoldedText) -> None:
        self.note = note
        self.tokens = note.tokens
        self._compared: dict[tuple[str, str], bool] = {}
        self._starts: dict[tuple[str, bool], frozenset[int]] = {}
        self._at: dict[str, list[int]] = {}  # word → its positions
        for position, token in enumerate(self.tokens):
            self._at.setdefault(token.text, []).append(position)
        self._by_stem: dict[str, list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        for text in self._at:
            if len(text) >= 4:
                self._by_stem.setdefault(_stem(text), []).append(text)
            self._by_length.setdefault(len(text), []).append(text)

    def same(self, word: str, at: int, must_be_upper: bool) -> bool:
        token = self.tokens[at]
        if must_be_upper and not self._is_upper(at):
            return False
        key = (word, token.text)
        found = self._compared.get(key)
        if found is None:
            found = self._compared[key] = _alike(word, token.text)
        return found

    def _is_upper(self, at: int) -> bool:
        token = self.tokens[at]
        return self.note.text[token.start : token.end].isupper()

    def starts(self, phrase: Phrase) -> frozenset[int]:
        """Token positions where a match of `phrase` may start (its first word matches)."""
        if not phrase.words:
            return frozenset(range(len(self.tokens)))
        key = (phrase.words[0], 0 in phrase.upper)
        found = self._starts.get(key)
        if found is None:
            word, must_be_upper = key
            found = frozenset(
                at
                for text in self._alike_texts(word)
                for at in self._at[text]
                if not must_be_upper or self._is_upper(at)
            )
            self._starts[key] = found
        return found

    def _alike_texts(self, word: str) -> set[str]:
        """The note's words that `_alike` accepts for `word`, trying only those it could."""
        texts = {word} if word in self._at else set()
        if len(word) >= 4:
            texts.update(self._by_stem.get(_stem(word), ()))
        if len(word) >= 5:  # lengths whose ratio to the word's `_alike` lets through
            shortest, longest = max(5, -(-90 * len(word) // 110)), 110 * len(word) // 90
            for length in range(shortest, longest + 1):
                bucket = self._by_length.get(length, ())
                texts.update(t for t in bucket if fuzz.ratio(word, t) >= FUZZY_RATIO)
        return texts


@lru_cache(maxsize=64)
def _note(note: FoldedText) -> _Note:
    return _Note(note)


def _match_at(note: _Note, start: int, phrase: Phrase) -> int | None:
    """The index of the last note token of a match of `phrase` starting at `start`."""
    position = start
    for index, word in enumerate(phrase.words):
        limit = position + (1 if index == 0 else MAX_GAP + 2)
        hit = next(
            (
                j
                for j in range(position, min(limit, len(note.tokens)))
                if note.same(word, j, index in phrase.upper)
            ),
            None,
        )
        if hit is None or (index and _boundary(note.note, position - 1, hit)):
            return None
        position = hit + 1
    return position - 1


def _boundary(note: FoldedText, left: int, right: int, *, comma: bool = True) -> bool:
    """Whether a clause ends between note tokens `left` < `right`."""
    tokens = note.tokens
    between = note.text[tokens[left].end : tokens[right].start]
    if BOUNDARY_CHARS & set(between) or (comma and COMMA in between):
        return True
    return any(t.text in BREAK_WORDS for t in tokens[left : right + 1])


def _negation(note: FoldedText, first: int, last: int) -> Span | None:
    """The cue that negates note tokens first..last, if any, in the same clause. A cue carries
    across commas only in a list ("no chest pain, syncope or breathlessness")."""
    tokens = note.tokens
    nearby = tokens[max(0, first - 2) : last + 3]
    in_list = any(t.text in LIST_WORDS for t in nearby)
    lo = first
    while (
        lo > 0 and first - lo < WINDOW_BEFORE and not _boundary(note, lo - 1, lo, comma=not in_list)
    ):
        lo -= 1
    if lo < first:
        before = FoldedText(note.text[tokens[lo].start : tokens[first].start])
        hit = before.find(lexicon.NEGATION_BEFORE)
        if hit is not None:
            return Span(tokens[lo].start + hit.start, tokens[lo].start + hit.end)
    hi = last
    while hi + 1 < len(tokens) and hi - last < WINDOW_AFTER and not _boundary(note, hi, hi + 1):
        hi += 1
    if hi == last:
        return None
    after = FoldedText(note.text[tokens[last].end : tokens[hi].end])
    hit = after.find(lexicon.NEGATION_AFTER)
    if hit is None:
        return None
    return Span(tokens[last].end + hit.start, tokens[last].end + hit.end)


def mentions(note: FoldedText, phrasing: str) -> list[Mention]:
    """Every place the note mentions `phrasing` (or a variant of it)."""
    variants, core_variants = _phrases(phrasing)
    phrasing_negated = bool(core_variants)
    memo = _note(note)
    found: list[Mention] = []
    for phrases, is_core in ((variants, False), (core_variants, True)):
        starts = [memo.starts(phrase) for phrase in phrases]
        for start in sorted(frozenset().union(*starts)):
            for phrase, possible in zip(phrases, starts, strict=True):
                last = _match_at(memo, start, phrase) if start in possible else None
                if last is None:
                    continue
                cue = _negation(note, start, last)
                if is_core and cue is None:
                    continue  # the bare core of a negative phrasing is a positive mention
                words = Span(note.tokens[start].start, note.tokens[last].end)
                span = words
                if cue is not None:
                    span = Span(min(words.start, cue.start), max(words.end, cue.end))
                negated = cue is not None or phrasing_negated
                found.append(Mention(phrasing, words, span, negated, phrasing_negated))
                break
    return found


@dataclass(frozen=True)
class NoteVerdict:
    verdict: Verdict
    evidence: tuple[Evidence, ...]
    rationale: str


def assess_note_item(note_text: str, elements: Set[str], phrasings: Sequence[str]) -> NoteVerdict:
    if not note_text.strip():
        return NoteVerdict(Verdict.NOT_MET, (), _("No post-encounter note was written."))
    note = folded(note_text)
    credited: list[Mention] = []
    negated_only: list[Mention] = []
    for phrasing in phrasings:
        for mention in mentions(note, phrasing):
            counts = (
                not mention.negated or mention.phrasing_negated or "note.differential" in elements
            )
            (credited if counts else negated_only).append(mention)
    distinct = _distinct(credited)
    if distinct:
        return _credit(note, distinct, elements)
    if negated_only:
        quotes = ", ".join(f"« {note.quote(m.span)} »" for m in _distinct(negated_only))
        return NoteVerdict(
            Verdict.NOT_MET,
            (),
            _("The note mentions %(found)s only as negated or excluded, which does not "
              "document this item.") % {"found": quotes},
        )  # fmt: skip
    listed = ", ".join(phrasings[:6]) + ("…" if len(phrasings) > 6 else "")
    return NoteVerdict(
        Verdict.NOT_MET,
        (),
        _("None of the accepted phrasings (%(phrasings)s) appears in the note.")
        % {"phrasings": listed},
    )


def _distinct(found: list[Mention]) -> list[Mention]:
    """Mentions that do not overlap an earlier, longer one."""
    chosen: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.words.start, m.words.start - m.words.end)):
        if all(
            mention.words.start >= c.words.end or mention.words.end <= c.words.start for c in chosen
        ):
            chosen.append(mention)
    return chosen


def _credit(note: FoldedText, distinct: list[Mention], elements: Set[str]) -> NoteVerdict:
    evidence = tuple(dict.fromkeys(Evidence(note.quote(m.span)) for m in distinct))[:5]
    quotes = ", ".join(f"« {e.quote} »" for e in evidence)
    if len(distinct) >= 2 or elements <= SINGLE_ELEMENT:
        return NoteVerdict(
            Verdict.MET, evidence, _("The note documents it: %(found)s.") % {"found": quotes}
        )
    return NoteVerdict(
        Verdict.PARTIALLY_MET,
        evidence,
        _("The note gives one expected element (%(found)s); the item asks for more.")
        % {"found": quotes},
    )
