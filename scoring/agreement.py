"""Agreement between an engine and human item-level labels (present/absent).

An engine verdict counts as present when met or partially met, absent when not met; a
not-applicable verdict, and a label for an item the checklist does not have, are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from scoring.engines import assess
from scoring.engines.base import Examiner, Verdict
from scoring.metrics import Agreement, Confusion
from scoring.transcripts import Record

PRESENT = {Verdict.MET: True, Verdict.PARTIALLY_MET: True, Verdict.NOT_MET: False}


@dataclass(frozen=True)
class Pair:
    transcript: str
    case: str
    item_id: str
    section: str
    human: bool
    engine: bool


@dataclass
class Report:
    pairs: list[Pair] = field(default_factory=list)
    left_out: int = 0  # labels without a comparable engine verdict

    def overall(self) -> Agreement:
        return Agreement.of(Confusion.of((p.human, p.engine) for p in self.pairs))

    def by(self, key: str) -> dict[str, Agreement]:
        groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        for pair in self.pairs:
            label = pair.section if key == "section" else f"{pair.case} {pair.item_id}"
            groups[label].append((pair.human, pair.engine))
        return {label: Agreement.of(Confusion.of(pairs)) for label, pairs in sorted(groups.items())}

    def disagreements(self) -> list[Pair]:
        return [p for p in self.pairs if p.human != p.engine]


def compare(records: Iterable[Record], examiner: Examiner) -> Report:
    report = Report()
    for record in records:
        labels = record.transcript.labels or {}
        assessment = assess(examiner, record.to_input())
        verdicts = {item.item_id: item for item in assessment.items}
        for item_id, human in labels.items():
            verdict = verdicts.get(item_id)
            if verdict is None or verdict.verdict not in PRESENT:
                report.left_out += 1
                continue
            report.pairs.append(
                Pair(
                    transcript=record.id,
                    case=record.bundle.identity.slug,
                    item_id=item_id,
                    section=verdict.section,
                    human=human,
                    engine=PRESENT[verdict.verdict],
                )
            )
    return report


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{0.0 if abs(value) < 0.005 else value:.2f}"


def table(rows: dict[str, Agreement], title: str) -> list[str]:
    width = max([len(title), *(len(label) for label in rows)])
    header = f"{title:<{width}}  {'n':>4}  {'acc':>5}  {'prec':>5}  {'rec':>5}  {'F1':>5}  "
    lines = [header + f"{'kappa':>5}  {'MCC':>5}"]
    for label, a in rows.items():
        figures = "  ".join(
            f"{_figure(v):>5}" for v in (a.accuracy, a.precision, a.recall, a.f1, a.kappa, a.mcc)
        )
        lines.append(f"{label:<{width}}  {a.n:>4}  {figures}")
    return lines


def format_report(report: Report, *, per_item: bool = True) -> str:
    lines = table({"overall": report.overall()}, "")
    lines += ["", *table(report.by("section"), "section")]
    if per_item:
        lines += ["", *table(report.by("item"), "item")]
    if report.left_out:
        lines += ["", f"{report.left_out} labels left out (not applicable or unknown item)"]
    return "\n".join(lines)
