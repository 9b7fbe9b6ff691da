"""Admin for users (with their roles), cohorts and integration tokens."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.models import ApiToken, Cohort, User
from accounts.tokens import revoke_token


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


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    """Tokens are issued with `manage.py api_token create` (the secret is shown once there);
    here they are listed without secrets and revoked."""

    list_display = ("name", "user", "prefix", "scope_list", "created_at", "last_used_at", "state")
    list_filter = ("revoked_at",)
    search_fields = ("name", "prefix", "user__username")
    fields = ("user", "name", "prefix", "scopes", "created_at", "last_used_at", "revoked_at")
    readonly_fields = fields
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description=_("scopes"))
    def scope_list(self, obj: ApiToken) -> str:
        return ", ".join(obj.scopes)

    @admin.display(description=_("state"))
    def state(self, obj: ApiToken) -> str:
        if obj.revoked_at is not None:
            return str(_("revoked"))
        return str(_("active")) if obj.is_active() else str(_("expired"))

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        for token in queryset:
            revoke_token(token=token)
        self.message_user(request, _("%(count)d token(s) revoked.") % {"count": len(queryset)})
