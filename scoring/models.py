"""Scores with their per-item verdicts and evidence, and batch scoring jobs."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models import CaseVersion
from encounters.models import Encounter


class ScoreQuerySet(models.QuerySet["Score"]):
    def current(self) -> ScoreQuerySet:
        return self.filter(is_current=True)

    def for_key(
        self, *, encounter_id: int, engine: str, engine_version: str, case_version_id: int
    ) -> ScoreQuerySet:
        return self.filter(
            encounter_id=encounter_id,
            engine=engine,
            engine_version=engine_version,
            case_version_id=case_version_id,
        )


class Score(models.Model):
    """One examiner's result for one encounter. Immutable once written, except that a later
    score may supersede it (``is_current``, ``superseded_by``)."""

    class Status(models.TextChoices):
        SCORED = "scored", _("scored by the engine")
        PARTIAL_FALLBACK = "partial_fallback", _("some items scored by the offline examiner")
        FALLBACK = "fallback", _("scored by the offline examiner after the engine failed")

    encounter = models.ForeignKey(Encounter, on_delete=models.CASCADE, related_name="scores")
    case_version = models.ForeignKey(CaseVersion, on_delete=models.PROTECT, related_name="scores")
    engine = models.CharField(_("engine"), max_length=20)
    engine_version = models.CharField(_("engine version"), max_length=120)
    model = models.CharField(_("model"), max_length=120, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.SCORED)
    section_totals = models.JSONField(_("totals by section"), default=dict)
    percent = models.FloatField(_("weighted percent"))
    passed = models.BooleanField(_("passed"))
    critical_missed = models.JSONField(_("critical items missed"), default=list)
    prompt_tokens = models.PositiveIntegerField(_("prompt tokens"), default=0)
    completion_tokens = models.PositiveIntegerField(_("completion tokens"), default=0)
    fallback_reason = models.CharField(_("fallback note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    is_current = models.BooleanField(_("current"), default=True)
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name=_("superseded by"),
    )

    objects = ScoreQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One current score per encounter, engine, engine version and checklist: a second
            # run of the same scoring job cannot add another (idempotency by constraint).
            models.UniqueConstraint(
                fields=["encounter", "engine", "engine_version", "case_version"],
                condition=Q(is_current=True),
                name="score_current_unique_per_engine_version",
            ),
            models.UniqueConstraint(
                fields=["encounter"],
                condition=Q(is_current=True),
                name="score_one_current_per_encounter",
            ),
        ]
        verbose_name = _("score")
        verbose_name_plural = _("scores")

    def __str__(self) -> str:
        return f"score {self.pk} of encounter {self.encounter_id} ({self.engine})"


class ItemVerdict(models.Model):
    """The examiner's decision on one checklist item, with evidence. Never updated: a tutor's
    review points at it, so AI and tutor decisions stay comparable."""

    class Verdict(models.TextChoices):
        MET = "met", _("met")
        PARTIALLY_MET = "partially_met", _("partially met")
        NOT_MET = "not_met", _("not met")
        NOT_APPLICABLE = "not_applicable", _("not applicable")

    score = models.ForeignKey(Score, on_delete=models.CASCADE, related_name="verdicts")
    item_id = models.CharField(_("item"), max_length=16)
    section = models.CharField(_("section"), max_length=20)
    weight = models.FloatField(_("weight"))
    is_critical = models.BooleanField(_("critical"), default=False)
    verdict = models.CharField(_("verdict"), max_length=16, choices=Verdict)
    evidence = models.JSONField(_("evidence"), default=list)  # [{"turn": 3, "quote": "..."}]
    rationale = models.TextField(_("rationale"), blank=True)
    verified = models.BooleanField(_("evidence verified"), default=True)
    source = models.CharField(_("source"), max_length=20)  # "offline", "llm", "offline-fallback"

    class Meta:
        ordering = ["score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["score", "item_id"], name="verdict_item_unique")
        ]
        verbose_name = _("item verdict")
        verbose_name_plural = _("item verdicts")

    def __str__(self) -> str:
        return f"{self.item_id}: {self.verdict}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValidationError(_("An item verdict cannot be changed; re-score instead."))
        super().save(*args, **kwargs)


class ScoringJob(models.Model):
    """A batch run of `score_batch`: what it scores, how far it got, where the results are."""

    class Kind(models.TextChoices):
        COHORT = "cohort", _("encounters of a cohort")
        CASE = "case", _("encounters of a case")
        TRANSCRIPTS = "transcripts", _("imported transcripts")

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind)
    parameters = models.JSONField(_("parameters"), default=dict)
    status = models.CharField(_("status"), max_length=8, choices=Status, default=Status.RUNNING)
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    skipped = models.PositiveIntegerField(_("skipped (invalid)"), default=0)
    results = models.JSONField(_("result files"), default=dict)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("scoring job")
        verbose_name_plural = _("scoring jobs")

    def __str__(self) -> str:
        return f"{self.kind} job {self.pk} ({self.status} {self.done}/{self.total})"


class ReviewQuerySet(models.QuerySet["Review"]):
    def released(self) -> ReviewQuerySet:
        return self.filter(status=Review.Status.RELEASED)

    def finished(self) -> ReviewQuerySet:
        """Reviews whose decisions are final (reviewed or released): what calibration uses."""
        return self.filter(status__in=[Review.Status.REVIEWED, Review.Status.RELEASED])


class Review(models.Model):
    """A tutor's review of one Score: per-item decisions that point at the verdicts they judged,
    narrative feedback, and release. The student sees the released review of the current score;
    a re-score makes a new Score, which needs a review of its own."""

    class Status(models.TextChoices):
        TO_REVIEW = "to_review", _("to review")
        REVIEWED = "reviewed", _("reviewed")
        RELEASED = "released", _("released")

    score = models.OneToOneField(
        Score, on_delete=models.CASCADE, related_name="review", verbose_name=_("score")
    )
    tutor = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        related_name="reviews",
        verbose_name=_("tutor"),
    )
    feedback = models.TextField(_("feedback"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.TO_REVIEW)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    released_at = models.DateTimeField(_("released"), null=True, blank=True)
    released_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="released_reviews",
        verbose_name=_("released by"),
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="released") | Q(released_at__isnull=False),
                name="review_released_has_time",
            )
        ]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self) -> str:
        return f"review of score {self.score_id} ({self.status})"

    @property
    def is_released(self) -> bool:
        return self.status == self.Status.RELEASED


class ItemDecision(models.Model):
    """A tutor's decision on one item verdict: agree, or override with another verdict and a
    comment. The verdict itself is never changed."""

    class Decision(models.TextChoices):
        AGREE = "agree", _("agree")
        OVERRIDE = "override", _("override")

    review = models.ForeignKey(
        Review, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("review")
    )
    verdict = models.ForeignKey(
        ItemVerdict,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("item verdict"),
    )
    decision = models.CharField(_("decision"), max_length=8, choices=Decision)
    value = models.CharField(
        _("tutor's verdict"), max_length=16, choices=ItemVerdict.Verdict, blank=True
    )
    comment = models.TextField(_("comment"), blank=True)
    decided_at = models.DateTimeField(_("decided"), default=timezone.now)

    class Meta:
        ordering = ["review", "verdict"]
        constraints = [
            models.UniqueConstraint(fields=["review", "verdict"], name="decision_unique_per_item"),
            # An override names a verdict and says why; an agreement names none.
            models.CheckConstraint(
                condition=(Q(decision="agree") & Q(value=""))
                | (Q(decision="override") & ~Q(value="") & ~Q(comment="")),
                name="decision_override_has_value_and_comment",
            ),
        ]
        verbose_name = _("item decision")
        verbose_name_plural = _("item decisions")

    def __str__(self) -> str:
        return f"{self.verdict_id}: {self.decision} {self.value}".strip()

    @property
    def is_override(self) -> bool:
        return self.decision == self.Decision.OVERRIDE
