"""Checklist rules: weighted percent, sections, not applicable, critical items, pass mark."""

from __future__ import annotations

import pytest

from cases.bundle.schema import Checklist, ChecklistItem, CriticalRule
from scoring.engines.base import ItemResult, Verdict
from scoring.rules import outcome

M, P, N, NA = Verdict.MET, Verdict.PARTIALLY_MET, Verdict.NOT_MET, Verdict.NOT_APPLICABLE


def checklist(
    rule: CriticalRule = CriticalRule.FAIL_IF_ANY_MISSED, pass_mark: float = 60
) -> Checklist:
    return Checklist(
        pass_mark=pass_mark,
        critical_rule=rule,
        items=[
            ChecklistItem(id="H1", section="history", text="a", weight=2, relates_to=["hpi.onset"]),
            ChecklistItem(id="H2", section="history", text="b", weight=3, critical=True,
                          relates_to=["hpi.character"]),
            ChecklistItem(id="C1", section="communication", text="c", weight=1,
                          relates_to=["comm.silence"]),
            ChecklistItem(id="N1", section="note", text="d", weight=4,
                          relates_to=["note.diagnosis"], accepted_phrasings=["x"]),
        ],
    )  # fmt: skip


def results(**verdicts: Verdict) -> list[ItemResult]:
    return [ItemResult(item_id, "", verdict) for item_id, verdict in verdicts.items()]


@pytest.mark.parametrize(
    ("verdicts", "percent", "passed", "missed"),
    [
        ({"H1": M, "H2": M, "C1": M, "N1": M}, 100.0, True, []),
        ({"H1": M, "H2": P, "C1": NA, "N1": M}, 100 * 7.5 / 9, True, []),
        ({"H1": M, "H2": N, "C1": M, "N1": M}, 70.0, False, ["H2"]),  # critical missed
        ({"H1": N, "H2": M, "C1": NA, "N1": N}, 100 * 3 / 9, False, []),  # under the pass mark
        ({"H1": P, "H2": P, "C1": P, "N1": P}, 50.0, False, []),
        ({"H2": M, "C1": M, "N1": M}, 80.0, True, []),  # no verdict counts as not met
    ],
)
def test_weighted_percent_pass_and_critical_items(
    verdicts: dict[str, Verdict], percent: float, passed: bool, missed: list[str]
) -> None:
    result = outcome(checklist(), results(**verdicts))
    assert result.percent == pytest.approx(percent, abs=0.01)
    assert result.passed is passed
    assert result.critical_missed == missed


def test_score_only_rule_flags_critical_items_but_lets_the_pass_mark_decide() -> None:
    result = outcome(checklist(CriticalRule.SCORE_ONLY), results(H1=M, H2=N, C1=M, N1=M))
    assert result.critical_missed == ["H2"]
    assert result.passed is True


def test_sections_total_separately_and_not_applicable_leaves_the_denominator() -> None:
    result = outcome(checklist(), results(H1=M, H2=P, C1=NA, N1=N))
    assert result.sections_as_dict() == {
        "history": {"earned": 3.5, "possible": 5.0, "percent": 70.0},
        "note": {"earned": 0.0, "possible": 4.0, "percent": 0.0},
    }


def test_an_all_not_applicable_checklist_does_not_pass() -> None:
    only = Checklist(items=[ChecklistItem(id="C1", section="communication", text="c",
                                          relates_to=["comm.silence"])])  # fmt: skip
    result = outcome(only, results(C1=NA))
    assert (result.percent, result.passed) == (0.0, False)
