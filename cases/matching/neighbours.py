"""The labelled utterances nearest to a new one (cosine over TF-IDF of stems and characters).

Words are stemmed and paired; characters are read in 2- to 5-grams inside words, which keeps
typos ("jmabes") and inflections close to what they mean. The previous question's topics and the
case's language are features as well, so that a short follow-up is near the follow-ups that came
after the same topic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.linalg
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .corpus import NOT_TABLES, Labelled
from .model import Intent
from .normalise import fold, stems

NEIGHBOURS = 5  # the nearest utterances whose ids are offered (tuned across the tables)
INTENTS = tuple(i.value for i in Intent)
_SPACED = r"\S+"  # a token is whatever lies between spaces
#: The previous topics and the language weigh this much beside the words and the characters
#: (1 each): enough to bring a follow-up near the follow-ups to the same topic, not enough to
#: make "I'd like a throat swab" after an allergy question near the allergy follow-ups.
CONTEXT_WEIGHT = 0.5
RIDGE = 1.0  # the ridge fit's penalty
_PARTS = re.compile(r"[?!.;]+|,|\b(?:and|or|et|ou|also|aussi)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Query:
    utterance: str
    language: str
    previous_topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Nearest:
    """What the nearest labelled utterances say of a query."""

    intents: dict[str, float]  # intent → share of the similarity of the nearest table entries
    ids: dict[str, float]  # id → similarity of the nearest utterance that has it
    parts: dict[str, float] = field(default_factory=dict)  # the same, for its parts read apart
    fitted: dict[str, float] = field(default_factory=dict)  # id → score of the ridge fit
    fitted_intents: dict[str, float] = field(default_factory=dict)
    part_intents: dict[str, float] = field(default_factory=dict)  # the most any part shows


def _stemmed(query: Query | Labelled) -> str:
    return " ".join(stems(fold(query.utterance)))


def _folded(query: Query | Labelled) -> str:
    return fold(query.utterance)


@dataclass(frozen=True)
class _Block:
    """One fitted vectoriser's part of a row: its analyser, vocabulary and weights."""

    text_of: Callable[[Query | Labelled], str]
    analyse: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray | None
    sublinear: bool
    normed: bool
    offset: int
    weight: float

    @classmethod
    def of(cls, text_of: Callable[[Query | Labelled], str], fitted: TfidfVectorizer,
           offset: int, weight: float) -> _Block:  # fmt: skip
        return cls(
            text_of, fitted.build_analyzer(), fitted.vocabulary_,
            fitted.idf_ if fitted.use_idf else None, fitted.sublinear_tf, fitted.norm == "l2",
            offset, weight,
        )  # fmt: skip

    def read(self, query: Query) -> dict[int, float]:
        counts = Counter(t for t in self.analyse(self.text_of(query)) if t in self.vocabulary)
        row = {}
        for term, count in counts.items():
            column = self.vocabulary[term]
            weight = 1.0 + math.log(count) if self.sublinear else float(count)
            row[column] = weight * (float(self.idf[column]) if self.idf is not None else 1.0)
        norm = math.sqrt(sum(v * v for v in row.values())) if self.normed else 1.0
        scale = self.weight / (norm or 1.0)
        return {self.offset + c: v * scale for c, v in row.items()}


def _context_words(query: Query | Labelled) -> str:
    words = [f"prev_{t}" for t in query.previous_topics]
    return " ".join([*words, "has_prev" if words else "", f"lang_{query.language}"])


class Index:
    def __init__(self, entries: Sequence[Labelled]) -> None:
        self.entries = tuple(entries)
        vectorisers = {
            _stemmed: TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=_SPACED),
            _folded: TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
            ),
            _context_words: TfidfVectorizer(token_pattern=_SPACED, use_idf=False),
        }
        blocks, offset, matrices = [], 0, []
        for text_of, vectoriser in vectorisers.items():
            weight = CONTEXT_WEIGHT if text_of is _context_words else 1.0
            matrices.append(vectoriser.fit_transform([text_of(e) for e in self.entries]) * weight)
            blocks.append(_Block.of(text_of, vectoriser, offset, weight))
            offset += len(vectoriser.vocabulary_)
        self._blocks, self._width = tuple(blocks), offset
        self._matrix = normalize(hstack(matrices).tocsr())
        self._by_feature = self._matrix.T.tocsr()
        self._groups = np.array([e.group for e in self.entries])
        self._from_tables = ~np.isin(self._groups, NOT_TABLES)
        self.ids = sorted({t for e in self.entries for t in e.ids})
        column = {t: j for j, t in enumerate(self.ids)}
        self._labels = np.zeros((len(self.entries), len(self.ids) + len(INTENTS)))
        for i, e in enumerate(self.entries):
            self._labels[i, [column[t] for t in e.ids]] = 1.0
            if e.group not in NOT_TABLES:
                self._labels[i, len(self.ids) + INTENTS.index(e.intent)] = 1.0
        self._duals: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = {}
        self._inverse: np.ndarray | None = None

    def _dual(self, leave_out: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Ridge regression of the labels on the table entries, in its dual form: the scores of
        a query are its similarities to those entries (the first array marks them among all
        entries) times these weights. The weights without some groups follow from the inverse
        over all table entries (a block inverse), so reading each table as new costs no new
        inversion."""
        if leave_out not in self._duals:
            fit = self._from_tables
            if self._inverse is None:
                rows = self._matrix[fit]
                gram = (rows @ rows.T).toarray()
                gram[np.diag_indices_from(gram)] += RIDGE
                self._inverse = scipy.linalg.inv(gram, overwrite_a=True)
                self._duals[()] = fit, self._inverse @ self._labels[fit]
            left = np.isin(self._groups[fit], list(leave_out))
            everything = self._duals[()][1]
            weights = everything
            if left.any():
                inverse = self._inverse
                correction = inverse[np.ix_(~left, left)] @ scipy.linalg.solve(
                    inverse[np.ix_(left, left)], everything[left], assume_a="sym"
                )
                weights = everything[~left] - correction
            rows_kept = fit.copy()
            rows_kept[fit] = ~left
            self._duals[leave_out] = rows_kept, weights
        return self._duals[leave_out]

    def support(self, leave_out: Iterable[str] = ()) -> Counter[str]:
        """How many entries carry each id, outside the groups of ``leave_out``."""
        left = set(leave_out)
        return Counter(t for e in self.entries if e.group not in left for t in e.ids)

    def forget_inverse(self) -> None:
        """Drop what only reading tables as new needs (the inverse is entries² floats)."""
        self._inverse = None
        self._duals = {(): self._duals[()]} if () in self._duals else {}

    def vectors(self, queries: Sequence[Query]) -> csr_matrix:
        """The queries as the index's rows are (the same as the fitted vectorisers give, read
        without their input checks, which cost more than the reading)."""
        columns: list[int] = []
        values: list[float] = []
        starts = [0]
        for query in queries:
            row: dict[int, float] = {}
            for block in self._blocks:
                row.update(block.read(query))
            norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
            columns.extend(row)
            values.extend(v / norm for v in row.values())
            starts.append(len(columns))
        return csr_matrix((values, columns, starts), shape=(len(queries), self._width))

    def nearest(self, queries: Sequence[Query], leave_out: Iterable[str] = ()) -> list[Nearest]:
        """For each query, what its nearest entries say; entries of ``leave_out`` groups are
        not consulted (to read a table as if it were new)."""
        pieces = [parts(q.utterance) for q in queries]
        split = [
            Query(piece, q.language, q.previous_topics)
            for q, mine in zip(queries, pieces, strict=True)
            for piece in mine
        ]
        similarity = (self.vectors([*queries, *split]) @ self._by_feature).toarray()
        rows, weights = self._dual(tuple(sorted(leave_out)))
        fitted = similarity[: len(queries), rows] @ weights
        similarity[:, np.isin(self._groups, list(leave_out))] = -1.0
        found, at = [], len(queries)
        for r, (row, mine) in enumerate(zip(similarity[: len(queries)], pieces, strict=True)):
            nearest = self._read(row)
            n = len(self.ids)
            nearest.fitted.update(
                (self.ids[j], float(fitted[r, j])) for j in np.flatnonzero(fitted[r, :n] > 0.05)
            )
            nearest.fitted_intents.update(zip(INTENTS, map(float, fitted[r, n:]), strict=True))
            for piece_row in similarity[at : at + len(mine)]:
                piece = self._read(piece_row)
                for term, score in piece.ids.items():
                    nearest.parts[term] = max(nearest.parts.get(term, 0.0), score)
                for intent, share in piece.intents.items():
                    nearest.part_intents[intent] = max(nearest.part_intents.get(intent, 0.0), share)
            at += len(mine)
            found.append(nearest)
        return found

    def _read(self, row: np.ndarray) -> Nearest:
        ids: dict[str, float] = {}
        for i in _best(row):
            if row[i] <= 0:
                break
            for term in self.entries[i].ids:
                ids[term] = max(ids.get(term, 0.0), float(row[i]))
        tables = np.where(self._from_tables, row, -1.0)
        votes = dict.fromkeys(INTENTS, 0.0)
        for i in _best(tables):
            if tables[i] > 0:
                votes[self.entries[i].intent] += float(tables[i])
        total = sum(votes.values()) or 1.0
        return Nearest({k: v / total for k, v in votes.items()}, ids)


def parts(utterance: str) -> list[str]:
    """The parts of an utterance that may ask one thing each, when there are several."""
    found = [p.strip() for p in _PARTS.split(utterance) if p and len(p.split()) >= 2]
    return found if len(found) > 1 else []


def _best(row: np.ndarray) -> np.ndarray:
    """The positions of the `NEIGHBOURS` highest values of ``row``, highest first."""
    top = np.argpartition(-row, NEIGHBOURS)[:NEIGHBOURS]
    return top[np.argsort(-row[top])]
