"""Agreement metrics against values worked out by hand (and Cohen's own textbook example)."""

from __future__ import annotations

import math

import pytest

from scoring.metrics import Agreement, Confusion, cohen_kappa, f1, mcc, precision, recall

# 50 items: both yes 20, human yes / engine no 5, human no / engine yes 10, both no 15.
TEXTBOOK = Confusion(tp=20, fn=5, fp=10, tn=15)


def test_textbook_table_gives_the_known_figures() -> None:
    assert precision(TEXTBOOK) == pytest.approx(20 / 30)
    assert recall(TEXTBOOK) == pytest.approx(0.8)
    assert f1(TEXTBOOK) == pytest.approx(40 / 55)
    assert cohen_kappa(TEXTBOOK) == pytest.approx(0.4)  # po 0.7, pe 0.5
    assert mcc(TEXTBOOK) == pytest.approx(250 / math.sqrt(30 * 25 * 25 * 20))


def test_confusion_counts_pairs_with_the_human_as_reference() -> None:
    pairs = [(True, True)] * 3 + [(True, False)] * 2 + [(False, True)] + [(False, False)] * 4
    assert Confusion.of(pairs) == Confusion(tp=3, fn=2, fp=1, tn=4)


@pytest.mark.parametrize(
    ("confusion", "kappa", "mcc_value"),
    [
        (Confusion(tp=10, tn=10), 1.0, 1.0),  # perfect agreement
        (Confusion(fp=10, fn=10), -1.0, -1.0),  # perfect disagreement
        (Confusion(tp=5, fp=5, fn=5, tn=5), 0.0, 0.0),  # chance
        (Confusion(tp=45, fp=15, fn=25, tn=15), 0.1304, 0.1336),  # po .6, pe .54
    ],
)
def test_kappa_and_mcc_table(confusion: Confusion, kappa: float, mcc_value: float) -> None:
    assert cohen_kappa(confusion) == pytest.approx(kappa, abs=1e-4)
    assert mcc(confusion) == pytest.approx(mcc_value, abs=1e-4)


def test_undefined_figures_are_none_not_zero() -> None:
    everything_absent = Confusion(tn=8)
    assert precision(everything_absent) is None
    assert recall(everything_absent) is None
    assert f1(everything_absent) is None
    assert cohen_kappa(everything_absent) == 1.0  # the raters agree on every item
    one_rater_constant = Confusion(tp=3, fp=2)
    assert mcc(one_rater_constant) is None
    assert Agreement.of(Confusion()).kappa is None


def test_confusions_add_up() -> None:
    assert Confusion(1, 2, 3, 4) + Confusion(1, 1, 1, 1) == Confusion(2, 3, 4, 5)
