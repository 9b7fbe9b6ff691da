"""Calibration: agreement between the examiner's verdicts and tutors' final decisions."""

from __future__ import annotations

import pytest

from cases.models import CaseVersion
from scoring import calibration, reviews, services
from scoring.calibration import DecisionPair
from scoring.metrics import Confusion, cohen_kappa
from scoring.models import Score
from tests.conftest import Personas
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, finished_encounter

M, P, N, NA = "met", "partially_met", "not_met", "not_applicable"


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # Engine, tutor. Two raters, po = .75, pe = .5 → .5
        ([(M, M), (N, N), (M, M), (N, M)], 0.5),
        # The textbook 2×2 table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → .4
        ([(M, M)] * 20 + [(M, N)] * 5 + [(N, M)] * 10 + [(N, N)] * 15, 0.4),
        # Perfect agreement is 1, even with a single category.
        ([(M, M), (N, N), (P, P)], 1.0),
        ([(M, M)] * 3, 1.0),
        # Agreement no better than chance is 0.
        ([(M, M), (M, M), (M, N), (M, N)], 0.0),
        # Three categories: po = 4/6, pe = (2·3 + 2·2 + 2·1) / 36 = 1/3 → .5
        ([(M, M), (M, M), (P, P), (P, M), (N, N), (N, P)], 0.5),
        ([], None),
    ],
)
def test_nominal_kappa_known_values(pairs: list[tuple[str, str]], expected: float | None) -> None:
    kappa = calibration.nominal_kappa(pairs)
    if expected is None:
        assert kappa is None
    else:
        assert kappa == pytest.approx(expected)


@pytest.mark.parametrize(
    "counts", [(20, 5, 10, 15), (3, 1, 2, 4), (0, 2, 3, 5), (7, 0, 0, 9), (1, 1, 1, 1)]
)
def test_on_two_categories_nominal_kappa_is_the_metrics_kappa(
    counts: tuple[int, int, int, int],
) -> None:
    tp, fp, fn, tn = counts  # human = tutor, engine
    pairs = [(M, M)] * tp + [(M, N)] * fp + [(N, M)] * fn + [(N, N)] * tn
    expected = cohen_kappa(Confusion(tp=tp, fp=fp, fn=fn, tn=tn))
    assert calibration.nominal_kappa(pairs) == pytest.approx(expected)


def test_present_absent_kappa_counts_partial_as_present_and_leaves_out_not_applicable() -> None:
    pairs = [(M, P), (N, N), (P, M), (N, M), (NA, M), (M, NA)]
    # present/absent: (1,1) (0,0) (1,1) (0,1) → po .75, engine yes .5, tutor yes .75 → .5
    assert calibration.present_absent_kappa(pairs) == pytest.approx(0.5)
    assert calibration.present_absent_kappa([(NA, NA)]) is None


def pair(
    engine: str, tutor: str, encounter: int, item: str = "H9", case: str = "x/a"
) -> DecisionPair:
    return DecisionPair(case, 1, item, "history", engine, tutor, encounter)


def test_calibrate_groups_by_case_and_item_and_ranks_disagreement() -> None:
    pairs = [
        pair(M, M, 1), pair(N, N, 2), pair(M, M, 3), pair(N, M, 4),
        pair(M, N, 1, "H1"), pair(M, N, 2, "H1"), pair(M, M, 3, "H1"), pair(N, N, 4, "H1"),
        pair(M, M, 5, "H9", "x/b"),
    ]  # fmt: skip
    cases = calibration.calibrate(pairs)
    assert [c.case for c in cases] == ["x/a", "x/b"]
    first = cases[0]
    assert first.encounters == 4
    assert (first.figures.n, first.figures.agreed, first.figures.percent) == (8, 5, 62.5)
    h9, h1 = first.items
    assert (h9.item_id, h9.figures.percent, h9.figures.kappa) == ("H9", 75.0, pytest.approx(0.5))
    assert h9.changes == (("not_met", "met", 1),)
    assert h9.examples == (4,)
    assert h1.figures.percent == 50.0
    assert h1.changes == (("met", "not_met", 2),)
    assert h1.examples == (2, 1)
    worst = calibration.most_disagreed(cases)
    assert [(i.case, i.item_id) for i in worst] == [("x/a", "H1"), ("x/a", "H9")]


# ---- from reviewed encounters in the database --------------------------------------------

NO_SMOKING = [line for line in GOOD_CHEST_PAIN if line[1] not in {"Do you smoke?", "Twenty a day."}]


@pytest.fixture
def reviewed(personas: Personas, chest_pain: CaseVersion) -> list[Score]:
    """Four reviewed encounters: A and C asked about smoking (H9 met), B and D did not; the
    tutor agrees everywhere except on D's H9, which they mark met. A fifth encounter is
    reviewed but not finished, and does not count."""
    scores = []
    for lines in (GOOD_CHEST_PAIN, NO_SMOKING, GOOD_CHEST_PAIN, NO_SMOKING, GOOD_CHEST_PAIN):
        encounter = finished_encounter(personas.student, chest_pain, lines, GOOD_NOTE)
        scores.append(services.score_encounter(encounter=encounter))
    assert [s.verdicts.get(item_id="H9").verdict for s in scores[:4]] == [M, N, M, N]
    for index, score in enumerate(scores):
        review = reviews.start_review(score=score, tutor=personas.tutor)
        if index == 3:
            h9 = score.verdicts.get(item_id="H9")
            reviews.decide_item(
                review=review, verdict=h9, decision="override", value=M, comment="Asked in passing."
            )
        if index < 3:
            reviews.release(review=review, tutor=personas.tutor)
        elif index == 3:
            reviews.mark_reviewed(review=review)
    return scores


@pytest.mark.django_db
def test_calibration_over_reviewed_encounters(reviewed: list[Score]) -> None:
    pairs = calibration.load_pairs()
    assert len(pairs) == 4 * 27  # the fifth review is still open
    assert {p.encounter_id for p in pairs} == {s.encounter_id for s in reviewed[:4]}
    (case,) = calibration.calibrate(pairs)
    assert case.case == "docsim-demo/chest-pain"
    assert case.encounters == 4
    assert (case.figures.n, case.figures.agreed) == (108, 107)
    items = {item.item_id: item for item in case.items}
    h9 = items["H9"]
    assert (h9.figures.n, h9.figures.agreed, h9.figures.percent) == (4, 3, 75.0)
    assert h9.figures.kappa == pytest.approx(0.5)
    assert h9.figures.present_kappa == pytest.approx(0.5)
    assert h9.examples == (reviewed[3].encounter_id,)
    assert items["H8"].figures.percent == 100.0
    assert [(i.item_id, i.examples) for i in calibration.most_disagreed([case])] == [
        ("H9", (reviewed[3].encounter_id,))
    ]
