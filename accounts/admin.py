"""Admin for users (with their roles) and cohorts."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import Cohort, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        (_("Preferences"), {"fields": ("preferred_language",)}),
    )
    list_display = ("username", "email", "first_name", "last_name", "roles", "is_staff")
    list_filter = ("groups", "is_staff", "is_active")

    @admin.display(description=_("roles"))
    def roles(self, obj: User) -> str:
        return ", ".join(sorted(obj.role_names))


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin[Cohort]):
    list_display = ("name", "year", "student_count", "tutor_list")
    search_fields = ("name", "year")
    filter_horizontal = ("students", "tutors")

    @admin.display(description=_("students"))
    def student_count(self, obj: Cohort) -> int:
        return obj.students.count()

    @admin.display(description=_("tutors"))
    def tutor_list(self, obj: Cohort) -> str:
        return ", ".join(t.get_username() for t in obj.tutors.all())
