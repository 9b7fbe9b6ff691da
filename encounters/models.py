"""Encounters (one student's attempt at a station), their turns and the post-encounter note."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models import CaseVersion

if TYPE_CHECKING:
    from accounts.models import User


class EncounterQuerySet(models.QuerySet["Encounter"]):
    def for_student(self, user: User) -> EncounterQuerySet:
        return self.filter(student=user)

    def watchable_by(self, tutor: User) -> EncounterQuerySet:
        return self.filter(student__cohorts__tutors=tutor).distinct()

    def interview_overdue(self, now: datetime) -> EncounterQuerySet:
        return self.filter(status=Encounter.Status.INTERVIEW, interview_deadline__lte=now)

    def note_overdue(self, now: datetime) -> EncounterQuerySet:
        return self.filter(status=Encounter.Status.NOTE, note_deadline__lte=now)


class Encounter(models.Model):
    class Mode(models.TextChoices):
        PRACTICE = "practice", _("practice")
        EXAM = "exam", _("exam")

    class Status(models.TextChoices):
        INTERVIEW = "interview", _("interview in progress")
        NOTE = "note", _("writing the note")
        DONE = "done", _("finished")

    class EndReason(models.TextChoices):
        STUDENT = "student", _("ended by the student")
        TIMEOUT = "timeout", _("time ran out")

    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="encounters"
    )
    case_version = models.ForeignKey(
        CaseVersion, on_delete=models.PROTECT, related_name="encounters"
    )
    mode = models.CharField(_("mode"), max_length=10, choices=Mode, default=Mode.PRACTICE)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.INTERVIEW)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    interview_deadline = models.DateTimeField(_("interview deadline"))
    ended_at = models.DateTimeField(_("interview ended"), null=True, blank=True)
    end_reason = models.CharField(max_length=10, choices=EndReason, blank=True)
    note_deadline = models.DateTimeField(_("note deadline"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    patient_engine = models.CharField(_("patient engine"), max_length=20)
    patient_model = models.CharField(_("patient model"), max_length=120, blank=True)
    injection_attempts = models.PositiveIntegerField(_("injection attempts"), default=0)

    objects = EncounterQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["status", "interview_deadline"])]
        verbose_name = _("encounter")
        verbose_name_plural = _("encounters")

    def __str__(self) -> str:
        return f"#{self.pk} {self.case_version} ({self.student_id})"

    @property
    def is_interviewing(self) -> bool:
        return self.status == self.Status.INTERVIEW

    def remaining_s(self, now: datetime | None = None) -> int:
        now = now or timezone.now()
        deadline = self.interview_deadline if self.is_interviewing else self.note_deadline
        if deadline is None or self.status == self.Status.DONE:
            return 0
        return max(0, int((deadline - now).total_seconds()))


class Turn(models.Model):
    class Role(models.TextChoices):
        STUDENT = "student", _("student")
        PATIENT = "patient", _("patient")
        EXAM = "exam", _("examination finding")
        INVESTIGATION = "investigation", _("investigation result")
        SYSTEM = "system", _("system")

    class Status(models.TextChoices):
        PENDING = "pending", _("being generated")
        OK = "ok", _("ok")
        FAILED = "failed", _("failed")

    encounter = models.ForeignKey(Encounter, on_delete=models.CASCADE, related_name="turns")
    seq = models.PositiveIntegerField(_("number"))
    role = models.CharField(_("role"), max_length=14, choices=Role)
    intent = models.CharField(_("intent"), max_length=12, blank=True)
    text = models.TextField(_("text"), blank=True)
    status = models.CharField(_("status"), max_length=8, choices=Status, default=Status.OK)
    reply_to = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    client_msg_id = models.CharField(max_length=64, blank=True)
    topics = models.JSONField(default=list, blank=True)
    terms = models.JSONField(default=list, blank=True)  # exam or investigation ids answered
    facts_used = models.JSONField(default=list, blank=True)
    engine = models.CharField(max_length=20, blank=True)
    model = models.CharField(max_length=120, blank=True)
    fallback_reason = models.CharField(max_length=200, blank=True)
    failure_reason = models.CharField(max_length=200, blank=True)
    ttft_ms = models.PositiveIntegerField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    completion_tokens = models.PositiveIntegerField(null=True, blank=True)
    fidelity_flags = models.JSONField(default=list, blank=True)
    is_injection = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["encounter", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["encounter", "seq"], name="turn_seq_unique"),
            models.UniqueConstraint(
                fields=["encounter", "client_msg_id"],
                condition=~models.Q(client_msg_id=""),
                name="turn_client_msg_id_unique",
            ),
        ]
        verbose_name = _("turn")
        verbose_name_plural = _("turns")

    def __str__(self) -> str:
        return f"{self.encounter_id}#{self.seq} {self.role}"


class Note(models.Model):
    encounter = models.OneToOneField(Encounter, on_delete=models.CASCADE, related_name="note")
    summary = models.TextField(_("summary"), blank=True)
    differential = models.TextField(_("differential diagnosis"), blank=True)
    plan = models.TextField(_("management plan"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    is_late = models.BooleanField(_("closed by the deadline"), default=False)

    class Meta:
        verbose_name = _("post-encounter note")
        verbose_name_plural = _("post-encounter notes")

    def __str__(self) -> str:
        return f"note of {self.encounter_id}"

    @property
    def text(self) -> str:
        return "\n\n".join(part for part in (self.summary, self.differential, self.plan) if part)
