"""Case drafts with facts, findings, results and checklist; published versions; edit history."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases.bundle.schema import CriticalRule, Disclosure, Section, Use


class CaseQuerySet(models.QuerySet["Case"]):
    def active(self) -> CaseQuerySet:
        return self.filter(is_retired=False)

    def published(self) -> CaseQuerySet:
        return self.active().filter(versions__isnull=False).distinct()


class Case(models.Model):
    """The authoring draft. It saves even when incomplete; `services.case_problems` lists why."""

    class Sex(models.TextChoices):
        FEMALE = "female", _("female")
        MALE = "male", _("male")
        OTHER = "other", _("other")

    class Register(models.TextChoices):
        LAY = "lay", _("lay person")
        EDUCATED_LAY = "educated_lay", _("educated lay person")
        HEALTH_PROFESSIONAL = "health_professional", _("health professional")

    class UseChoices(models.TextChoices):
        PRACTICE = Use.PRACTICE.value, _("practice")
        EXAM = Use.EXAM.value, _("exam only")

    class CriticalRuleChoices(models.TextChoices):
        FAIL_IF_ANY_MISSED = (
            CriticalRule.FAIL_IF_ANY_MISSED.value,
            _("a missed critical item fails"),
        )
        SCORE_ONLY = CriticalRule.SCORE_ONLY.value, _("only the pass mark decides")

    # Identity and metadata
    institution = models.SlugField(_("institution"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    title = models.CharField(_("title"), max_length=500)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    specialty = models.CharField(_("specialty"), max_length=200, blank=True)
    level = models.CharField(_("level"), max_length=200, blank=True)
    use = models.CharField(_("use"), max_length=10, choices=UseChoices, default=Use.PRACTICE)
    interview_minutes = models.PositiveSmallIntegerField(_("interview minutes"), default=10)
    note_minutes = models.PositiveSmallIntegerField(_("note minutes"), default=5)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    licence = models.CharField(_("licence"), max_length=200, default="CC-BY-4.0", blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    # Door instructions
    setting = models.TextField(_("setting"), blank=True)
    reason_for_visit = models.TextField(_("reason for visit"), blank=True)
    vitals = models.JSONField(_("vital signs at the door"), default=list, blank=True)
    task = models.TextField(_("candidate's task"), blank=True)
    # Persona
    persona_name = models.CharField(_("patient name"), max_length=200)
    persona_age = models.PositiveSmallIntegerField(_("age"), default=40)
    persona_sex = models.CharField(_("sex"), max_length=10, choices=Sex, default=Sex.FEMALE)
    occupation = models.CharField(_("occupation"), max_length=200, blank=True)
    manner = models.TextField(_("manner"), blank=True)
    speech_register = models.CharField(
        _("speech register"), max_length=24, choices=Register, default=Register.LAY
    )
    opening_statement = models.TextField(_("opening statement"), blank=True)
    speaker_name = models.CharField(_("speaker name (parent or carer)"), max_length=200, blank=True)
    speaker_relationship = models.CharField(_("speaker relationship"), max_length=200, blank=True)
    custom_terms = models.JSONField(_("free vocabulary entries"), default=list, blank=True)
    # Default answers
    default_unknown = models.TextField(_("answer to uncovered questions"), blank=True)
    default_exam = models.TextField(_("finding for unauthored examinations"), blank=True)
    default_investigation = models.TextField(_("result for unauthored tests"), blank=True)
    # Hidden from students and from the patient
    diagnosis = models.TextField(_("expected diagnosis"), blank=True)
    differential = models.JSONField(_("differential diagnosis"), default=list, blank=True)
    teaching_points = models.JSONField(_("teaching points"), default=list, blank=True)
    # Checklist rules
    pass_mark = models.FloatField(_("pass mark (%)"), default=60.0)
    critical_rule = models.CharField(
        _("critical-item rule"),
        max_length=24,
        choices=CriticalRuleChoices,
        default=CriticalRule.FAIL_IF_ANY_MISSED,
    )
    # Life cycle
    is_retired = models.BooleanField(_("retired"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["institution", "slug"]
        constraints = [
            models.UniqueConstraint(fields=["institution", "slug"], name="case_identity_unique")
        ]
        permissions = [("publish_case", _("Can publish a case version"))]
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self) -> str:
        return f"{self.title} ({self.key})"

    @property
    def key(self) -> str:
        return f"{self.institution}/{self.slug}"

    def latest_version(self) -> CaseVersion | None:
        return self.versions.order_by("-number").first()


class Ordered(models.Model):
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]


class CaseFact(Ordered):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="facts")
    topic = models.CharField(_("topic"), max_length=120)
    text = models.TextField(_("patient's words"))
    disclosure = models.CharField(
        _("disclosure"),
        max_length=12,
        choices=[
            (Disclosure.VOLUNTEERED.value, _("volunteered")),
            (Disclosure.WHEN_ASKED.value, _("only when asked")),
        ],
        default=Disclosure.WHEN_ASKED,
    )
    example_questions = models.JSONField(_("example questions"), default=list, blank=True)

    class Meta(Ordered.Meta):
        verbose_name = _("fact")
        verbose_name_plural = _("facts")

    def __str__(self) -> str:
        return self.topic


class CaseFinding(Ordered):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="findings")
    exam = models.CharField(_("examination"), max_length=120)
    text = models.TextField(_("finding"))

    class Meta(Ordered.Meta):
        verbose_name = _("exam finding")
        verbose_name_plural = _("exam findings")

    def __str__(self) -> str:
        return self.exam


class CaseInvestigation(Ordered):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="investigation_results")
    investigation = models.CharField(_("investigation"), max_length=120)
    text = models.TextField(_("result"))

    class Meta(Ordered.Meta):
        verbose_name = _("investigation result")
        verbose_name_plural = _("investigation results")

    def __str__(self) -> str:
        return self.investigation


class ChecklistItem(Ordered):
    class SectionChoices(models.TextChoices):
        INTRODUCTION = Section.INTRODUCTION.value, _("introduction")
        HISTORY = Section.HISTORY.value, _("history taking")
        EXAMINATION = Section.EXAMINATION.value, _("examination and investigations")
        COMMUNICATION = Section.COMMUNICATION.value, _("communication")
        NOTE = Section.NOTE.value, _("post-encounter note")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checklist_items")
    item_id = models.CharField(_("item id"), max_length=16)
    section = models.CharField(_("section"), max_length=16, choices=SectionChoices)
    text = models.CharField(_("text"), max_length=500)
    weight = models.FloatField(_("weight"), default=1.0)
    critical = models.BooleanField(_("critical"), default=False)
    relates_to = models.JSONField(_("relates to"), default=list, blank=True)
    accepted_phrasings = models.JSONField(_("accepted phrasings"), default=list, blank=True)

    class Meta(Ordered.Meta):
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self) -> str:
        return f"{self.item_id} {self.text}"


class CaseVersionQuerySet(models.QuerySet["CaseVersion"]):
    def current(self) -> CaseVersionQuerySet:
        """The newest version of every case that is not retired."""
        newest = models.Max("case__versions__number")
        return (
            self.filter(case__is_retired=False)
            .annotate(newest=newest)
            .filter(number=models.F("newest"))
        )


class CaseVersion(models.Model):
    """A published, immutable snapshot of a case: what encounters and scores point at."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    bundle = models.JSONField(_("bundle"))
    content_hash = models.CharField(_("content hash"), max_length=64)
    title = models.CharField(_("title"), max_length=500)
    language = models.CharField(_("language"), max_length=2)
    use = models.CharField(_("use"), max_length=10)
    published_at = models.DateTimeField(_("published"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )

    objects = CaseVersionQuerySet.as_manager()

    class Meta:
        ordering = ["case", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["case", "number"], name="case_version_number_unique")
        ]
        verbose_name = _("published case version")
        verbose_name_plural = _("published case versions")

    def __str__(self) -> str:
        return f"{self.title} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValidationError(_("A published case version cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValidationError(_("A published case version cannot be deleted; retire the case."))


class CaseEdit(models.Model):
    """Who changed a case, how and when."""

    class Action(models.TextChoices):
        CREATED = "created", _("created")
        EDITED = "edited", _("edited")
        IMPORTED = "imported", _("imported")
        PUBLISHED = "published", _("published")
        RETIRED = "retired", _("retired")
        RESTORED = "restored", _("restored")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="edits")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    action = models.CharField(_("action"), max_length=12, choices=Action)
    summary = models.TextField(_("summary"), blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("case edit")
        verbose_name_plural = _("case edits")

    def __str__(self) -> str:
        return f"{self.case_id} {self.action} {self.at:%Y-%m-%d %H:%M}"
