"""The review page laid out for its template: transcript with flags, checklist by section with
verdicts, evidence and decisions. The same layout serves tutors and, anonymised and read-only,
faculty calibrating the examiner."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import User
from cases.bundle.schema import Section
from encounters.models import Encounter, Note, Turn
from scoring import reviews
from scoring.models import ItemDecision, ItemVerdict, Review, Score
from scoring.rules import Outcome

VERDICT_LABELS = dict(ItemVerdict.Verdict.choices)
ROLE_LABELS = dict(Turn.Role.choices)
Redact = Callable[[str], str]


def _keep(text: str) -> str:
    return text


def redactor(student: User) -> Redact:
    """Replaces the student's names in free text, for anonymised reading. Best effort: the full
    name in any case, and each name as capitalised in the account (so that a last name such as
    "Student" does not blank out "the student")."""
    first, last = student.first_name.strip(), student.last_name.strip()
    full = f"{first} {last}".strip()
    names = {form for name in (first, last) if len(name) > 1 for form in _forms(name)}
    if not names and len(full) < 2:
        return _keep
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?i:\b{re.escape(full)}\b)" + (rf"|\b(?:{words})\b" if words else ""))
    replacement = _("[student]")
    return lambda text: pattern.sub(replacement, text)


def _forms(name: str) -> set[str]:
    return {name, name[:1].upper() + name[1:], name.upper()}


@dataclass(frozen=True)
class FlagView:
    kind: str
    topic: str
    detail: str


@dataclass(frozen=True)
class TurnView:
    seq: int
    role: str
    role_label: str
    text: str
    status: str
    is_injection: bool
    flags: tuple[FlagView, ...]

    @property
    def anchor(self) -> str:
        return f"turn-{self.seq}"


@dataclass(frozen=True)
class EvidenceView:
    quote: str
    turn: int | None  # None: from the post-encounter note

    @property
    def anchor(self) -> str:
        return "note" if self.turn is None else f"turn-{self.turn}"

    def as_dict(self) -> dict[str, Any]:
        return {"turn": self.turn, "quote": self.quote}


@dataclass(frozen=True)
class ItemView:
    verdict: ItemVerdict
    text: str
    evidence: tuple[EvidenceView, ...]
    rationale: str
    decision: ItemDecision | None
    comment: str
    final: str

    @property
    def verdict_label(self) -> str:
        return str(VERDICT_LABELS.get(self.verdict.verdict, self.verdict.verdict))

    @property
    def final_label(self) -> str:
        return str(VERDICT_LABELS.get(self.final, self.final))

    @property
    def is_overridden(self) -> bool:
        return self.decision is not None and self.decision.is_override

    @property
    def other_verdicts(self) -> list[tuple[str, str]]:
        """The verdicts an override may choose (all but the engine's)."""
        return [(v, str(label)) for v, label in VERDICT_LABELS.items() if v != self.verdict.verdict]


@dataclass(frozen=True)
class SectionView:
    section: str
    label: str
    items: tuple[ItemView, ...]
    engine_total: dict[str, Any] | None
    reviewed_total: dict[str, Any] | None


@dataclass
class ReviewPage:
    encounter: Encounter
    student_label: str
    case_title: str
    case_language: str
    turns: list[TurnView]
    note: dict[str, str] | None
    score: Score | None
    review: Review | None
    feedback: str = ""
    sections: list[SectionView] = field(default_factory=list)
    reviewed: Outcome | None = None
    needs_new_review: bool = False
    anonymous: bool = False
    read_only: bool = False

    @property
    def can_edit(self) -> bool:
        released = self.review is not None and self.review.is_released
        return not self.read_only and self.score is not None and not released

    @property
    def evidence(self) -> dict[str, list[dict[str, Any]]]:
        """Verdict id → its evidence, for the highlighting script."""
        return {
            str(item.verdict.pk): [e.as_dict() for e in item.evidence]
            for section in self.sections
            for item in section.items
        }

    @property
    def undecided(self) -> int:
        return sum(1 for s in self.sections for i in s.items if i.decision is None)


def _flags(turn: Turn) -> tuple[FlagView, ...]:
    return tuple(
        FlagView(str(f.get("kind", "")), str(f.get("topic", "")), str(f.get("detail", "")))
        for f in turn.fidelity_flags or []
        if isinstance(f, dict)
    )


def _turns(encounter: Encounter, redact: Redact) -> list[TurnView]:
    return [
        TurnView(
            seq=t.seq, role=t.role, role_label=str(ROLE_LABELS.get(t.role, t.role)),
            text=redact(t.text), status=t.status, is_injection=t.is_injection, flags=_flags(t),
        )
        for t in encounter.turns.order_by("seq")
    ]  # fmt: skip


def _note(encounter: Encounter, redact: Redact) -> dict[str, str] | None:
    note = Note.objects.filter(encounter=encounter).first()
    if note is None:
        return None
    return {
        "summary": redact(note.summary),
        "differential": redact(note.differential),
        "plan": redact(note.plan),
    }


def _evidence(verdict: ItemVerdict, redact: Redact) -> tuple[EvidenceView, ...]:
    found = []
    for entry in verdict.evidence or []:
        if not isinstance(entry, dict) or not entry.get("quote"):
            continue
        turn = entry.get("turn")
        found.append(EvidenceView(redact(str(entry["quote"])), int(turn) if turn else None))
    return tuple(found)


def _sections(
    score: Score, review: Review | None, reviewed: Outcome | None, redact: Redact
) -> list[SectionView]:
    checklist = reviews.checklist_of(score)
    texts = {item.id: item.text for item in checklist.items}
    order = {item.id: index for index, item in enumerate(checklist.items)}
    decisions = {d.verdict_id: d for d in review.decisions.all()} if review else {}
    finals = reviews.final_verdicts(review) if review else {}
    reviewed_totals = reviewed.sections_as_dict() if reviewed else {}
    verdicts = sorted(score.verdicts.all(), key=lambda v: order.get(v.item_id, len(order)))
    sections = []
    for section in Section:
        items = tuple(
            ItemView(
                verdict=v, text=texts.get(v.item_id, ""), evidence=_evidence(v, redact),
                rationale=redact(v.rationale), decision=decisions.get(v.pk),
                comment=redact(decisions[v.pk].comment) if v.pk in decisions else "",
                final=finals.get(v.item_id, v.verdict),
            )
            for v in verdicts
            if v.section == section
        )  # fmt: skip
        if items:
            label = str(reviews.SECTION_LABELS.get(section, section))
            totals = score.section_totals.get(section)
            sections.append(
                SectionView(section, label, items, totals, reviewed_totals.get(section))
            )
    return sections


def review_page(
    encounter: Encounter, *, anonymous: bool = False, read_only: bool = False
) -> ReviewPage:
    redact = redactor(encounter.student) if anonymous else _keep
    score = reviews.current_score(encounter)
    review = reviews.get_review(score=score) if score else None
    student = encounter.student
    page = ReviewPage(
        encounter=encounter,
        student_label=_("Anonymised student")
        if anonymous
        else student.get_full_name() or student.get_username(),
        case_title=encounter.case_version.title,
        case_language=encounter.case_version.language,
        turns=_turns(encounter, redact),
        note=_note(encounter, redact),
        score=score,
        review=review,
        feedback=redact(review.feedback) if review else "",
        anonymous=anonymous,
        read_only=read_only,
    )
    if score is not None:
        page.reviewed = reviews.reviewed_result(review) if review else None
        page.sections = _sections(score, review, page.reviewed, redact)
        page.needs_new_review = review is None and reviews.has_stale_review(encounter)
    return page


def review_url(encounter_id: int) -> str:
    return reverse("review-detail", args=[encounter_id])
