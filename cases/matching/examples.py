"""Similarity of a clause to a case's example questions (IDF-weighted cosine over stems)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .cues import DISCOURSE
from .lexicon import CONJUNCTIONS, content
from .normalise import fold, stem, word_set, words

ExampleKey = tuple[tuple[str, tuple[str, ...]], ...]
_SENTENCE = re.compile(r"[?!.;]+")
#: Question words decide between history attributes ("where" vs "when"): they weigh double.
QUESTION_WORDS = frozenset(
    stem(w)
    for w in word_set(
        "what when where how who why which whereabouts quand comment ou pourquoi combien "
        "qui quel quelle quoi"
    )
)


@dataclass(frozen=True)
class ExampleIndex:
    topics: tuple[str, ...]  # topic of each example
    norms: tuple[float, ...]
    postings: dict[str, tuple[tuple[int, float], ...]]  # stem -> (example, squared weight)
    idf: dict[str, float]
    unseen_idf: float


def example_stems(text: str) -> frozenset[str]:
    """The stems that carry an example's meaning ("Bonjour madame, ..." carries none)."""
    return frozenset(
        t.stem
        for t in content(words(fold(text)))
        if not t.stop and t.word not in CONJUNCTIONS and t.word not in DISCOURSE
    )


@lru_cache(maxsize=256)
def example_index(key: ExampleKey) -> ExampleIndex:
    docs = [
        (topic, example_stems(sentence))
        for topic, questions in key
        for question in questions
        for sentence in _SENTENCE.split(question)
    ]
    docs = [(topic, bag) for topic, bag in docs if bag]
    frequency: dict[str, int] = {}
    for _, bag in docs:
        for s in bag:
            frequency[s] = frequency.get(s, 0) + 1
    total = len(docs) + 1
    idf = {
        s: (math.log(total / (n + 0.5)) + 0.1) * (2.0 if s in QUESTION_WORDS else 1.0)
        for s, n in frequency.items()
    }
    postings: dict[str, list[tuple[int, float]]] = {}
    norms = []
    for i, (_, bag) in enumerate(docs):
        norms.append(math.sqrt(sum(idf[s] ** 2 for s in bag)))
        for s in bag:
            postings.setdefault(s, []).append((i, idf[s] ** 2))
    return ExampleIndex(
        topics=tuple(topic for topic, _ in docs),
        norms=tuple(norms),
        postings={s: tuple(p) for s, p in postings.items()},
        idf=idf,
        unseen_idf=math.log(total / 0.5) + 0.1,
    )


def best_topics(
    index: ExampleIndex, clause_stems: Iterable[str], light: frozenset[str] = frozenset()
) -> dict[str, float]:
    """The best cosine similarity of the clause to each topic's examples, counting only examples
    that share at least one word outside ``light`` with it."""
    bag = set(clause_stems)
    if not bag:
        return {}
    norm = math.sqrt(sum(index.idf.get(s, index.unseen_idf) ** 2 for s in bag))
    dots: dict[int, float] = {}
    contentful: set[int] = set()
    for s in bag:
        for example, weight in index.postings.get(s, ()):
            dots[example] = dots.get(example, 0.0) + weight
            if s not in light and s not in QUESTION_WORDS:
                contentful.add(example)
    best: dict[str, float] = {}
    for example, dot in dots.items():
        if example not in contentful:
            continue
        score = dot / (norm * index.norms[example])
        topic = index.topics[example]
        if score > best.get(topic, 0.0):
            best[topic] = score
    return best
