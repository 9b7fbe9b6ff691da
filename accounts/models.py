"""User, cohort and role membership."""

from __future__ import annotations

from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
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
