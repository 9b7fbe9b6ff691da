"""Calibration: how often tutors' final decisions agree with the engine's verdicts, per case and
per checklist item, over reviewed encounters.

The figures are pure functions of (engine verdict, tutor verdict) pairs; only `load_pairs` reads
the database. Percent agreement and Cohen's kappa are on the four verdicts; the present/absent
kappa (met or partially met vs not met, not applicable left out) is the figure the
`scoring_agreement` command reports against human labels, so the two can be compared.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scoring.agreement import PRESENT
from scoring.engines.base import Verdict
from scoring.metrics import Confusion, cohen_kappa
from scoring.models import ItemDecision, Review

EXAMPLES_PER_ITEM = 3


@dataclass(frozen=True)
class DecisionPair:
    case: str  # "institution/slug"
    version_id: int
    item_id: str
    section: str
    engine: str  # the engine's verdict
    tutor: str  # the tutor's final verdict
    encounter_id: int

    @property
    def agrees(self) -> bool:
        return self.engine == self.tutor


@dataclass(frozen=True)
class Figures:
    n: int
    agreed: int
    percent: float | None  # 0–100
    kappa: float | None  # Cohen's kappa over the four verdicts
    present_kappa: float | None  # Cohen's kappa on present/absent

    @property
    def disagreed(self) -> int:
        return self.n - self.agreed


@dataclass(frozen=True)
class ItemCalibration:
    case: str
    version_id: int  # the newest version seen, for the item's text
    item_id: str
    section: str
    figures: Figures
    changes: tuple[tuple[str, str, int], ...]  # (engine, tutor, count), most frequent first
    examples: tuple[int, ...]  # encounters where they disagree


@dataclass(frozen=True)
class CaseCalibration:
    case: str
    version_id: int
    encounters: int
    figures: Figures
    items: tuple[ItemCalibration, ...]


def nominal_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters over any categories: 1 on perfect agreement, None when it
    is undefined (both raters always gave one and the same category, yet disagree)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if math.isclose(expected, 1.0):
        return 1.0 if math.isclose(observed, 1.0) else None
    return (observed - expected) / (1 - expected)


def present_absent_kappa(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Kappa on present (met, partially met) vs absent (not met), the tutor as reference."""
    kept = [
        (PRESENT[Verdict(tutor)], PRESENT[Verdict(engine)])
        for engine, tutor in pairs
        if engine in PRESENT and tutor in PRESENT
    ]
    return cohen_kappa(Confusion.of(kept)) if kept else None


def figures(pairs: Sequence[DecisionPair]) -> Figures:
    verdicts = [(p.engine, p.tutor) for p in pairs]
    agreed = sum(p.agrees for p in pairs)
    percent = round(100 * agreed / len(pairs), 2) if pairs else None
    return Figures(
        len(pairs), agreed, percent, nominal_kappa(verdicts), present_absent_kappa(verdicts)
    )


def _item(pairs: list[DecisionPair]) -> ItemCalibration:
    first = pairs[0]
    disagreeing = [p for p in pairs if not p.agrees]
    changes = Counter((p.engine, p.tutor) for p in disagreeing)
    examples = sorted({p.encounter_id for p in disagreeing}, reverse=True)[:EXAMPLES_PER_ITEM]
    return ItemCalibration(
        case=first.case,
        version_id=max(p.version_id for p in pairs),
        item_id=first.item_id,
        section=first.section,
        figures=figures(pairs),
        changes=tuple((a, b, count) for (a, b), count in changes.most_common()),
        examples=tuple(examples),
    )


def calibrate(pairs: Iterable[DecisionPair]) -> list[CaseCalibration]:
    """Per case (by key) and per item, in the order the items were met."""
    by_case: dict[str, list[DecisionPair]] = defaultdict(list)
    for pair in pairs:
        by_case[pair.case].append(pair)
    result = []
    for case, case_pairs in sorted(by_case.items()):
        by_item: dict[str, list[DecisionPair]] = defaultdict(list)
        for pair in case_pairs:
            by_item[pair.item_id].append(pair)
        result.append(
            CaseCalibration(
                case=case,
                version_id=max(p.version_id for p in case_pairs),
                encounters=len({p.encounter_id for p in case_pairs}),
                figures=figures(case_pairs),
                items=tuple(_item(item_pairs) for item_pairs in by_item.values()),
            )
        )
    return result


def most_disagreed(cases: Iterable[CaseCalibration], limit: int = 10) -> list[ItemCalibration]:
    """Items with at least one disagreement, the highest share of disagreement first."""
    items = [item for case in cases for item in case.items if item.figures.disagreed]
    items.sort(
        key=lambda i: (-i.figures.disagreed / i.figures.n, -i.figures.disagreed, i.case, i.item_id)
    )
    return items[:limit]


def load_pairs() -> list[DecisionPair]:
    """Every decision of a reviewed or released review, with the verdict it judged."""
    decisions = (
        ItemDecision.objects.filter(review__in=Review.objects.finished())
        .select_related("verdict", "review__score__case_version__case")
        .order_by("review__score__case_version__case_id", "verdict__pk")
    )
    pairs = []
    for decision in decisions.iterator(chunk_size=2000):
        verdict, score = decision.verdict, decision.review.score
        case = score.case_version.case
        pairs.append(
            DecisionPair(
                case=case.key, version_id=score.case_version_id, item_id=verdict.item_id,
                section=verdict.section, engine=verdict.verdict,
                tutor=decision.value if decision.is_override else verdict.verdict,
                encounter_id=score.encounter_id,
            )
        )  # fmt: skip
    return pairs
