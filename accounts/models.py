"""User, cohort and role membership; integration tokens for the REST API."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role


class User(AbstractUser):
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Interface language; empty follows the browser."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @cached_property
    def role_names(self) -> frozenset[str]:
        return frozenset(self.groups.values_list("name", flat=True))

    def has_role(self, role: Role) -> bool:
        return role.value in self.role_names

    @property
    def is_student(self) -> bool:
        return self.has_role(Role.STUDENT)

    @property
    def is_tutor(self) -> bool:
        return self.has_role(Role.TUTOR)

    @property
    def is_faculty(self) -> bool:
        return self.has_role(Role.FACULTY)


class CohortQuerySet(models.QuerySet["Cohort"]):
    def taught_by(self, user: User) -> CohortQuerySet:
        return self.filter(tutors=user)


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    year = models.CharField(_("academic year"), max_length=20, blank=True)
    students = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="cohorts", blank=True, verbose_name=_("students")
    )
    tutors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="taught_cohorts",
        blank=True,
        verbose_name=_("tutors"),
    )

    objects = CohortQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self) -> str:
        return self.name


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self, now: datetime | None = None) -> ApiTokenQuerySet:
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    """An integration token: `dsm_<prefix>_<secret>`; only the secret's SHA-256 is stored."""

    class Scope(models.TextChoices):
        READ = "read", _("read")
        WRITE = "write", _("write")
        EXPORT = "export", _("export case bundles")
        SCORING = "scoring", _("scoring jobs")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True)
    secret_hash = models.CharField(_("secret hash"), max_length=64)
    scopes = models.JSONField(_("scopes"), default=list)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} (dsm_{self.prefix}_…)"

    def is_active(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    def has_scopes(self, needed: Iterable[str]) -> bool:
        return set(needed) <= set(self.scopes)
