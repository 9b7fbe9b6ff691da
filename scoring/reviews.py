"""Tutor review of scores: item decisions, feedback, release, re-score, and what a student sees.

A review points at the verdicts it judged and never changes them. The result a student sees is
the released review of the encounter's current score (or, in practice mode only, the current
score itself as a provisional result).
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from cases.bundle.schema import Checklist
from cases.models import ChecklistItem
from encounters import casebook
from encounters.access import Access, access_to
from encounters.models import Encounter, Turn
from scoring import rules, services
from scoring.engines.base import ItemResult, Verdict
from scoring.models import ItemDecision, ItemVerdict, Review, Score

SECTION_LABELS = dict(ChecklistItem.SectionChoices.choices)
TO_WORK_ON = {Verdict.NOT_MET, Verdict.PARTIALLY_MET}


class ReviewError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---- who may review, and what there is to review ----------------------------------------


def may_review(user: User | None, encounter: Encounter) -> bool:
    """A tutor of one of the student's cohorts (never the encounter's own student)."""
    return access_to(user, encounter) is Access.WATCH


def current_score(encounter: Encounter) -> Score | None:
    return Score.objects.current().filter(encounter=encounter).first()


def get_review(*, score: Score) -> Review | None:
    return Review.objects.filter(score=score).select_related("released_by", "tutor").first()


def has_stale_review(encounter: Encounter) -> bool:
    """An earlier (superseded) score of the encounter was reviewed: the current one needs a
    review of its own."""
    return Review.objects.filter(score__encounter=encounter, score__is_current=False).exists()


def checklist_of(score: Score) -> Checklist:
    return casebook.bundle(score.case_version_id).checklist


def final_verdicts(review: Review) -> dict[str, str]:
    """Item id → the verdict that counts: the tutor's when overridden, else the engine's."""
    overrides = {d.verdict_id: d.value for d in review.decisions.all() if d.is_override and d.value}
    return {v.item_id: overrides.get(v.pk, v.verdict) for v in review.score.verdicts.all()}


def reviewed_result(review: Review) -> rules.Outcome:
    """Totals, percent and pass/fail recomputed from the final decisions."""
    sections = {v.item_id: v.section for v in review.score.verdicts.all()}
    results = [
        ItemResult(item_id=item_id, section=sections[item_id], verdict=Verdict(verdict))
        for item_id, verdict in final_verdicts(review).items()
    ]
    return rules.outcome(checklist_of(review.score), results)


# The queue filters on the review's status; a score without a review yet is "to review".
QueueStatus = Review.Status


class QueueFlag(models.TextChoices):
    FIDELITY = "fidelity", gettext_lazy("fidelity flags on the patient's replies")
    INJECTION = "injection", gettext_lazy("injection attempts")
    UNVERIFIED = "unverified", gettext_lazy("unverified evidence")


def review_queue(
    *,
    tutor: User,
    cohort_id: int | None = None,
    case_id: int | None = None,
    status: str = "",
    flag: str = "",
    disagreement: bool = False,
) -> QuerySet[Score]:
    """The current scores of encounters of the cohorts `tutor` teaches, annotated with their
    review status, flags, overrides and whether an earlier score had been reviewed."""
    turns = Turn.objects.filter(encounter=OuterRef("encounter_id"))
    scores = (
        Score.objects.current()
        .filter(encounter__in=Encounter.objects.watchable_by(tutor))
        .exclude(encounter__student=tutor)
        .select_related("encounter__student", "case_version", "review")
        .annotate(
            has_fidelity=Exists(turns.filter(role=Turn.Role.PATIENT).exclude(fidelity_flags=[])),
            has_injection=Exists(turns.filter(is_injection=True)),
            has_unverified=Exists(ItemVerdict.objects.filter(score=OuterRef("pk"), verified=False)),
            has_override=Exists(
                ItemDecision.objects.filter(
                    review__score=OuterRef("pk"), decision=ItemDecision.Decision.OVERRIDE
                )
            ),
            needs_new_review=Exists(
                Review.objects.filter(
                    score__encounter=OuterRef("encounter_id"), score__is_current=False
                )
            ),
        )
        .order_by("-encounter__finished_at", "-pk")
    )
    if cohort_id is not None:
        scores = scores.filter(encounter__student__cohorts=cohort_id)
    if case_id is not None:
        scores = scores.filter(case_version__case_id=case_id)
    if status == QueueStatus.TO_REVIEW:
        scores = scores.filter(Q(review__isnull=True) | Q(review__status=Review.Status.TO_REVIEW))
    elif status in QueueStatus.values:
        scores = scores.filter(review__status=status)
    if flag in QueueFlag.values:
        scores = scores.filter(**{f"has_{flag}": True})
    if disagreement:
        scores = scores.filter(has_override=True)
    return scores


# ---- writing a review ---------------------------------------------------------------------


def _locked(review: Review) -> Review:
    return Review.objects.select_for_update().select_related("score").get(pk=review.pk)


def _require_open(review: Review) -> None:
    if not review.score.is_current:
        raise ReviewError("superseded", _("This score was replaced by a newer one: reload."))
    if review.is_released:
        raise ReviewError("released", _("This review is released and can no longer change."))


@transaction.atomic
def start_review(*, score: Score, tutor: User) -> Review:
    """The score's review, started by `tutor` if there is none yet."""
    if not score.is_current:
        raise ReviewError("superseded", _("This score was replaced by a newer one: reload."))
    review, _created = Review.objects.get_or_create(score=score, defaults={"tutor": tutor})
    return review


def open_review(*, encounter: Encounter, tutor: User) -> Review:
    """The review of the encounter's current score, started if need be."""
    score = current_score(encounter)
    if score is None:
        raise ReviewError("not_scored", _("This encounter has no score yet."))
    return start_review(score=score, tutor=tutor)


@transaction.atomic
def decide_item(
    *, review: Review, verdict: ItemVerdict, decision: str, value: str = "", comment: str = ""
) -> ItemDecision:
    """Agree with the engine's verdict, or override it with another verdict and a comment."""
    review = _locked(review)
    _require_open(review)
    if verdict.score_id != review.score_id:
        raise ReviewError("other_score", _("That item belongs to another score."))
    comment = comment.strip()
    if decision == ItemDecision.Decision.AGREE:
        value = ""
    elif decision == ItemDecision.Decision.OVERRIDE:
        _check_override(verdict, value, comment)
    else:
        raise ReviewError("bad_decision", _("Choose to agree or to override."))
    item, _created = ItemDecision.objects.update_or_create(
        review=review,
        verdict=verdict,
        defaults={"decision": decision, "value": value, "comment": comment,
                  "decided_at": timezone.now()},
    )  # fmt: skip
    review.save(update_fields=["updated_at"])
    return item


def _check_override(verdict: ItemVerdict, value: str, comment: str) -> None:
    if value not in ItemVerdict.Verdict.values:
        raise ReviewError("bad_value", _("Choose the verdict that should count."))
    if value == verdict.verdict:
        raise ReviewError("same_verdict", _("That is the examiner's verdict: agree instead."))
    if not comment:
        raise ReviewError("comment_required", _("Say why you override the examiner's verdict."))


@transaction.atomic
def set_feedback(*, review: Review, feedback: str, reviewed: bool = False) -> Review:
    """Save the narrative feedback; with `reviewed`, also mark the review reviewed."""
    review = _locked(review)
    _require_open(review)
    review.feedback = feedback.strip()
    review.save(update_fields=["feedback", "updated_at"])
    return mark_reviewed(review=review) if reviewed else review


@transaction.atomic
def mark_reviewed(*, review: Review) -> Review:
    """Every item the tutor did not decide is recorded as agreed; the review is reviewed."""
    review = _locked(review)
    _require_open(review)
    decided = set(review.decisions.values_list("verdict_id", flat=True))
    ItemDecision.objects.bulk_create(
        ItemDecision(review=review, verdict=v, decision=ItemDecision.Decision.AGREE)
        for v in review.score.verdicts.exclude(pk__in=decided)
    )
    if review.status == Review.Status.TO_REVIEW:
        review.status = Review.Status.REVIEWED
        review.reviewed_at = timezone.now()
    review.save(update_fields=["status", "reviewed_at", "updated_at"])
    return review


@transaction.atomic
def release(*, review: Review, tutor: User, feedback: str | None = None) -> Review:
    """Publish the review to the student (saving `feedback` and marking it reviewed first);
    tells their pages. Releasing a released review changes nothing."""
    review = _locked(review)
    if review.is_released:
        return review
    if feedback is not None:
        review = set_feedback(review=review, feedback=feedback)
    review = mark_reviewed(review=review)
    review.status = Review.Status.RELEASED
    review.released_at = timezone.now()
    review.released_by = tutor
    review.save(update_fields=["status", "released_at", "released_by", "updated_at"])
    score = review.score
    transaction.on_commit(lambda: services.notify_score_ready(score))
    return review


def rescore(*, encounter: Encounter) -> Score:
    """A new current score (the encounter's review, if any, stays with the old one)."""
    try:
        return services.rescore(encounter=encounter)
    except services.ScoringError as exc:
        raise ReviewError(exc.code, exc.message) from exc


# ---- what the student sees ----------------------------------------------------------------
