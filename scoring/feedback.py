"""What a student may see of an encounter's result: nothing in exam mode before release, a
provisional result in practice mode, and after release the reviewed result with feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from cases.bundle.schema import Use
from encounters.models import Encounter, Turn
from scoring.models import ItemDecision, ItemVerdict, Review, Score
from scoring.reviews import (
    SECTION_LABELS,
    TO_WORK_ON,
    ReviewError,
    checklist_of,
    current_score,
    final_verdicts,
    reviewed_result,
)


class FeedbackState(models.TextChoices):
    NOT_FINISHED = "not_finished", gettext_lazy("The station is not finished yet.")
    WITHHELD = "withheld", gettext_lazy("Your result will be published by your tutor.")
    PENDING = "pending", gettext_lazy("Your encounter is being scored. Come back in a moment.")
    PROVISIONAL = "provisional", gettext_lazy("Provisional result, before your tutor's review.")
    RELEASED = "released", gettext_lazy("Result released by your tutor.")


@dataclass(frozen=True)
class SectionResult:
    section: str
    label: str
    earned: float
    possible: float
    percent: float | None


@dataclass(frozen=True)
class ItemFeedback:
    item_id: str
    section: str
    section_label: str
    text: str  # empty for a case reserved for exams: its checklist stays secret
    verdict: str
    verdict_label: str
    is_critical: bool
    changed_by_tutor: bool = False
    comment: str = ""


@dataclass(frozen=True)
class TranscriptLine:
    seq: int
    role: str
    role_label: str
    text: str


@dataclass(frozen=True)
class StudentView:
    """Exactly what the encounter's student may see of its result; nothing else leaves here."""

    state: FeedbackState
    percent: float | None = None
    passed: bool | None = None
    pass_mark: float | None = None
    sections: tuple[SectionResult, ...] = ()
    missed: tuple[ItemFeedback, ...] = ()
    changed: tuple[ItemFeedback, ...] = ()
    feedback: str = ""
    transcript: tuple[TranscriptLine, ...] = ()
    released_at: datetime | None = None
    shows_item_text: bool = False

    @property
    def message(self) -> str:
        return str(self.state.label)

    @property
    def has_result(self) -> bool:
        return self.state in {FeedbackState.PROVISIONAL, FeedbackState.RELEASED}

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = str(self.state.value)
        data["message"] = self.message
        data["released_at"] = self.released_at.isoformat() if self.released_at else None
        if not self.has_result:
            return {"state": data["state"], "message": data["message"]}
        return data


def student_view(*, encounter: Encounter, user: User) -> StudentView:
    """What `user` may see of `encounter`'s result (ReviewError when it is not theirs)."""
    if encounter.student_id != user.pk:
        raise ReviewError("not_yours", _("This encounter is not yours."))
    if encounter.status != Encounter.Status.DONE:
        return StudentView(FeedbackState.NOT_FINISHED)
    score = current_score(encounter)
    review = Review.objects.released().filter(score=score).first() if score else None
    if review is not None and score is not None:
        return _released_view(encounter, score, review)
    if encounter.mode != Encounter.Mode.PRACTICE:
        return StudentView(FeedbackState.WITHHELD)
    if score is None:
        return StudentView(FeedbackState.PENDING)
    return _provisional_view(encounter, score)


def _shows_item_text(encounter: Encounter) -> bool:
    return encounter.case_version.use == Use.PRACTICE


def _sections(totals: dict[str, dict[str, float | None]]) -> tuple[SectionResult, ...]:
    return tuple(
        SectionResult(
            name, str(SECTION_LABELS.get(name, name)), float(total["earned"] or 0),
            float(total["possible"] or 0), total["percent"],
        )
        for name, total in totals.items()
    )  # fmt: skip


def _item_feedback(
    verdicts: Iterable[ItemVerdict],
    finals: dict[str, str],
    decisions: dict[int, ItemDecision],
    texts: dict[str, str] | None,
) -> list[ItemFeedback]:
    labels = dict(ItemVerdict.Verdict.choices)
    found = []
    for verdict in verdicts:
        decision = decisions.get(verdict.pk)
        changed = decision is not None and decision.is_override
        final = finals[verdict.item_id]
        found.append(
            ItemFeedback(
                item_id=verdict.item_id, section=verdict.section,
                section_label=str(SECTION_LABELS.get(verdict.section, verdict.section)),
                text=(texts or {}).get(verdict.item_id, ""), verdict=final,
                verdict_label=str(labels.get(final, final)), is_critical=verdict.is_critical,
                changed_by_tutor=changed, comment=decision.comment if changed and decision else "",
            )
        )  # fmt: skip
    return found


def _item_texts(encounter: Encounter, score: Score) -> dict[str, str] | None:
    if not _shows_item_text(encounter):
        return None
    return {item.id: item.text for item in checklist_of(score).items}


def _provisional_view(encounter: Encounter, score: Score) -> StudentView:
    verdicts = list(score.verdicts.all())
    finals = {v.item_id: v.verdict for v in verdicts}
    items = _item_feedback(verdicts, finals, {}, _item_texts(encounter, score))
    return StudentView(
        FeedbackState.PROVISIONAL,
        percent=score.percent,
        passed=score.passed,
        pass_mark=checklist_of(score).pass_mark,
        sections=_sections(score.section_totals),
        missed=tuple(i for i in items if i.verdict in TO_WORK_ON),
        shows_item_text=_shows_item_text(encounter),
    )


def _released_view(encounter: Encounter, score: Score, review: Review) -> StudentView:
    verdicts = list(score.verdicts.all())
    decisions = {d.verdict_id: d for d in review.decisions.all()}
    finals = final_verdicts(review)
    items = _item_feedback(verdicts, finals, decisions, _item_texts(encounter, score))
    outcome = reviewed_result(review)
    return StudentView(
        FeedbackState.RELEASED,
        percent=outcome.percent,
        passed=outcome.passed,
        pass_mark=checklist_of(score).pass_mark,
        sections=_sections(outcome.sections_as_dict()),
        missed=tuple(i for i in items if i.verdict in TO_WORK_ON),
        changed=tuple(i for i in items if i.changed_by_tutor),
        feedback=review.feedback,
        transcript=_transcript(encounter),
        released_at=review.released_at,
        shows_item_text=_shows_item_text(encounter),
    )


def _transcript(encounter: Encounter) -> tuple[TranscriptLine, ...]:
    labels = dict(Turn.Role.choices)
    turns = encounter.turns.filter(status=Turn.Status.OK).order_by("seq")
    return tuple(
        TranscriptLine(t.seq, t.role, str(labels.get(t.role, t.role)), t.text) for t in turns
    )
