"""Agreement between two binary raters (engine and human): precision, recall, F1, kappa, MCC.

Pure. The human label is the reference ("present" is the positive class). A figure that is
undefined for the counts (a zero denominator) is None, never a made-up 0 or 1 — except kappa
and MCC on perfect agreement, which are 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Confusion:
    tp: int = 0  # human present, engine present
    fp: int = 0  # human absent, engine present
    fn: int = 0  # human present, engine absent
    tn: int = 0  # human absent, engine absent

    @classmethod
    def of(cls, pairs: Iterable[tuple[bool, bool]]) -> Confusion:
        """From (human, engine) pairs."""
        counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        for human, engine in pairs:
            key = ("t" if human == engine else "f") + ("p" if engine else "n")
            counts[key] += 1
        return cls(**counts)

    def __add__(self, other: Confusion) -> Confusion:
        return Confusion(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def accuracy(c: Confusion) -> float | None:
    return _ratio(c.tp + c.tn, c.n)


def precision(c: Confusion) -> float | None:
    return _ratio(c.tp, c.tp + c.fp)


def recall(c: Confusion) -> float | None:
    return _ratio(c.tp, c.tp + c.fn)


def f1(c: Confusion) -> float | None:
    return _ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn)


def cohen_kappa(c: Confusion) -> float | None:
    if not c.n:
        return None
    observed = (c.tp + c.tn) / c.n
    engine_yes = (c.tp + c.fp) / c.n
    human_yes = (c.tp + c.fn) / c.n
    expected = engine_yes * human_yes + (1 - engine_yes) * (1 - human_yes)
    if math.isclose(expected, 1.0):
        return 1.0 if math.isclose(observed, 1.0) else None
    return (observed - expected) / (1 - expected)


def mcc(c: Confusion) -> float | None:
    """Matthews correlation coefficient."""
    if not c.n:
        return None
    if c.fp == 0 and c.fn == 0:
        return 1.0
    denominator = math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn))
    if not denominator:
        return None
    return (c.tp * c.tn - c.fp * c.fn) / denominator


@dataclass(frozen=True)
class Agreement:
    n: int
    accuracy: float | None
    precision: float | None
    recall: float | None
    f1: float | None
    kappa: float | None
    mcc: float | None

    @classmethod
    def of(cls, c: Confusion) -> Agreement:
        return cls(c.n, accuracy(c), precision(c), recall(c), f1(c), cohen_kappa(c), mcc(c))

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "kappa": self.kappa,
            "mcc": self.mcc,
        }
