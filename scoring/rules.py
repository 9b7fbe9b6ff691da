"""Checklist rules: section totals, the weighted percent, critical items missed, pass or fail.

Pure. A met item earns its weight, a partially met one half of it, a missed one nothing; a
not-applicable item leaves the denominator. A critical item is missed when it is not met at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cases.bundle.schema import Checklist, CriticalRule, Section
from scoring.engines.base import ItemResult, Verdict

CREDIT = {Verdict.MET: 1.0, Verdict.PARTIALLY_MET: 0.5, Verdict.NOT_MET: 0.0}


@dataclass(frozen=True)
class SectionTotal:
    earned: float
    possible: float

    @property
    def percent(self) -> float | None:
        return round(100 * self.earned / self.possible, 2) if self.possible else None

    def as_dict(self) -> dict[str, float | None]:
        return {"earned": self.earned, "possible": self.possible, "percent": self.percent}


@dataclass(frozen=True)
class Outcome:
    sections: dict[str, SectionTotal]
    percent: float
    passed: bool
    critical_missed: list[str] = field(default_factory=list)

    def sections_as_dict(self) -> dict[str, dict[str, float | None]]:
        return {name: total.as_dict() for name, total in self.sections.items()}


def outcome(checklist: Checklist, verdicts: Iterable[ItemResult]) -> Outcome:
    """Totals and pass/fail of `verdicts` (one per item; items without a verdict count as
    not met) against the checklist's weights, pass mark and critical rule."""
    by_id = {v.item_id: v.verdict for v in verdicts}
    earned: dict[str, float] = {}
    possible: dict[str, float] = {}
    missed: list[str] = []
    for item in checklist.items:
        verdict = by_id.get(item.id, Verdict.NOT_MET)
        if verdict == Verdict.NOT_APPLICABLE:
            continue
        section = str(item.section)
        earned[section] = earned.get(section, 0.0) + item.weight * CREDIT[verdict]
        possible[section] = possible.get(section, 0.0) + item.weight
        if item.critical and verdict == Verdict.NOT_MET:
            missed.append(item.id)
    sections = {
        str(s): SectionTotal(round(earned[s], 4), round(possible[s], 4))
        for s in Section
        if s in possible
    }
    total_possible = sum(possible.values())
    percent = round(100 * sum(earned.values()) / total_possible, 2) if total_possible else 0.0
    fails_on_critical = checklist.critical_rule == CriticalRule.FAIL_IF_ANY_MISSED and bool(missed)
    passed = total_possible > 0 and percent >= checklist.pass_mark and not fails_on_critical
    return Outcome(sections, percent, passed, missed)
