"""The learned layer: settles the lexical reading against the nearest labelled utterances.

The lexical matcher (`classify.read`) is precise on the wordings its lexicons know and lost on
others; the labelled utterances of `corpus/` know other wordings but not the case. Two small
logistic models weigh one against the other (fitted the first time any process classifies, in
10–25 s, and kept on disk for the others: `fitted.py`):

* the **intent**, from the lexical intent, the intents of the nearest utterances (of the whole
  utterance and of each of its parts) and a ridge fit of the intents on the tables; a greeting
  or empathic opening followed by a history question is that question;
* for each **candidate id** (named by the lexical reading or the request words, or offered by
  the nearest utterances, the ridge fit, or the utterance's parts read apart), whether to keep it,
  from where it came, how strongly, how many utterances carry it, and whether the previous
  question asked it (`weighing.candidates`).

They learn from every table, each read with its own table left out of the neighbours, and count
the tables the lexical matcher was tuned on at half weight (`corpus.TUNED`): on those its reading
is better than it is on new wording.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from cases.vocabulary import Kind

from . import corpus, fitted
from .classify import find_terms, read
from .model import Classification, Intent, MatchContext
from .neighbours import Index, Nearest, Query
from .normalise import normalise
from .weighing import Reading, candidates, intent_features, lexical_ids

NEAREST_CACHE = 8192  # utterances whose neighbours are kept (a cohort asks the same things)
TUNED_WEIGHT = 0.5  # the weight of an utterance of a table the lexical matcher was tuned on
_KINDS = {Intent.QUESTION: Kind.TOPIC, Intent.EXAM: Kind.EXAM, Intent.ORDER: Kind.INVESTIGATION}
_FIELDS = {Kind.TOPIC: "topics", Kind.EXAM: "exams", Kind.INVESTIGATION: "investigations"}


_OPENERS = frozenset({Intent.GREETING, Intent.EMPATHY})


def _asks_after_opening(reading: Reading) -> bool:
    """A greeting or empathic opening followed by a history question is that question (the
    corpus README's convention): the lexical reading names a topic beyond the introduction and
    one part of the utterance reads as a question on its own."""
    asked = [t for t in reading.lexical.topics if not t.startswith("intro.")]
    return (
        reading.lexical.intent is Intent.QUESTION
        and bool(asked)
        and reading.nearest.part_intents.get(Intent.QUESTION.value, 0.0) >= 0.5
    )


def _query(utterance: str, context: MatchContext) -> Query:
    return Query(utterance, context.language, context.previous_topics)


@lru_cache(maxsize=8192)
def _entry_reading(entry: corpus.Labelled) -> tuple[Classification, dict[Kind, tuple[str, ...]]]:
    context = corpus.case_context(entry.case, entry.previous_topics)
    return read(entry.utterance, context), _named(entry.utterance, context)


def _named(utterance: str, context: MatchContext) -> dict[Kind, tuple[str, ...]]:
    return {k: find_terms(utterance, k, context) for k in (Kind.EXAM, Kind.INVESTIGATION)}


def _weight(entry: corpus.Labelled) -> float:
    return TUNED_WEIGHT if entry.group in corpus.TUNED else 1.0


class Learned:
    """The index of labelled utterances and the two models fitted on it. Groups in
    ``leave_out`` are neither read nor learned from (to measure a table as new wording)."""

    def __init__(self, index: Index, kinds: dict[str, str], leave_out: tuple[str, ...] = ()):
        self.index, self.kinds, self.leave_out = index, kinds, leave_out
        self.support = index.support(leave_out)
        self._nearest = lru_cache(maxsize=NEAREST_CACHE)(self._read_nearest)
        self.intent_model = LogisticRegression(C=1.0, max_iter=5000)
        self.id_model = LogisticRegression(C=1.0, max_iter=5000)

    def fit(self, entries: Sequence[corpus.Labelled], nearest: Sequence[Nearest]) -> Learned:
        readings, rows, labels, weights = [], [], [], []
        for entry, near in zip(entries, nearest, strict=True):
            lexical, named = _entry_reading(entry)
            context = corpus.case_context(entry.case, entry.previous_topics)
            reading = Reading(lexical, near, named, entry.previous_topics)
            readings.append(intent_features(reading))
            for intent, kind in _KINDS.items():
                gold = set(entry.ids) if entry.intent == intent.value else set()
                for term, features in candidates(reading, kind, context, self.support, self.kinds):
                    if term not in gold and term in entry.also_ok:
                        continue  # neither right nor wrong: it teaches nothing
                    rows.append(features)
                    labels.append(term in gold)
                    weights.append(_weight(entry))
        intents_weights = np.array([_weight(e) for e in entries])
        self.intent_model.fit(np.array(readings), [e.intent for e in entries],
                              sample_weight=intents_weights)  # fmt: skip
        self.id_model.fit(np.array(rows), labels, sample_weight=np.array(weights))
        return self

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        del state["_nearest"]  # a cache of this process's readings
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._nearest = lru_cache(maxsize=NEAREST_CACHE)(self._read_nearest)

    def forget_readings(self) -> None:
        """Empty this process's cache of the neighbours' readings."""
        self._nearest.cache_clear()

    def _read_nearest(self, query: Query) -> Nearest:
        return self.index.nearest([query], self.leave_out)[0]

    def classify(self, utterance: str, context: MatchContext) -> Classification:
        nearest = self._nearest(_query(utterance, context))
        reading = Reading(
            read(utterance, context), nearest, _named(utterance, context), context.previous_topics
        )
        return self.settle(reading, context)

    def settle(self, reading: Reading, context: MatchContext) -> Classification:
        model = self.intent_model
        scores = model.coef_ @ np.array(intent_features(reading)) + model.intercept_
        intent = Intent(model.classes_[int(np.argmax(scores))])
        lexical = reading.lexical
        if intent in _OPENERS and _asks_after_opening(reading):
            intent = Intent.QUESTION  # "Hello, I'm Sam, a medical student. When did it start?"
        if intent is Intent.GREETING:
            topics = lexical.topics if lexical.intent is Intent.GREETING else ()
            return Classification(Intent.GREETING, topics=topics)
        kind = _KINDS.get(intent)
        if kind is None:
            return Classification(intent)
        named = lexical_ids(reading, kind)
        if lexical.intent is intent and any(t in context.custom_terms for t in named):
            # the case's own terms are its author's words, which no labelled utterance knows
            return Classification(intent, is_followup=lexical.is_followup,
                                  **{_FIELDS[kind]: named})  # fmt: skip
        weighed = candidates(reading, kind, context, self.support, self.kinds)
        if not weighed:
            return (
                Classification(intent) if intent is Intent.ORDER else Classification(Intent.OTHER)
            )
        model = self.id_model  # a logistic model keeps a candidate when its odds are above 1
        odds = np.array([f for _, f in weighed]) @ model.coef_[0] + model.intercept_[0]
        ids = [t for (t, _), o in zip(weighed, odds, strict=True) if o >= 0.0]
        if not ids and intent is not Intent.ORDER:  # "some bloods" orders nothing in particular
            ids = [weighed[int(np.argmax(odds))][0]]
        followup = lexical.is_followup and intent is Intent.QUESTION
        return Classification(intent, is_followup=followup, **{_FIELDS[kind]: tuple(ids)})


def train(
    data: corpus.Corpus, leave_out: tuple[str, ...] = (), index: Index | None = None
) -> Learned:
    """Fit the models on ``data``; each table is read with itself (and ``leave_out``) left out
    of the neighbours, so that what the models learn is how the readings fare on new wording."""
    index = index or Index(data.entries)
    taught, nearest = [], []
    for group in corpus.tables(data):
        if group in leave_out:
            continue
        mine = [e for e in data.entries if e.group == group]
        queries = [Query(e.utterance, e.language, e.previous_topics) for e in mine]
        nearest.extend(index.nearest(queries, leave_out=(group, *leave_out)))
        taught.extend(mine)
    return Learned(index, data.kinds, leave_out).fit(taught, nearest)


_lock = threading.Lock()
_learned: Learned | None = None


def _fit() -> Learned:
    model = train(corpus.load())
    model.index.forget_inverse()
    return model


def learned() -> Learned:
    """The process's learned layer, fitted on the whole corpus the first time it is asked for."""
    global _learned
    with _lock:
        if _learned is None:
            _learned = fitted.load_or_fit(_fit)
            # one BLAS thread from now on: serving multiplies one row at a time, and idle BLAS
            # threads spinning beside the scoring workers' processes cost more than they give
            threadpool_limits(limits=1)
        return _learned


def classify(utterance: str, context: MatchContext | None = None) -> Classification:
    """The intent of a student utterance and the vocabulary ids it asks for or requests."""
    context = context or MatchContext()
    if not normalise(utterance or ""):
        return read(utterance or "", context)  # nothing but punctuation
    return learned().classify(utterance, context)
