"""Published case versions and the edit history in the admin: read-only."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from cases.models import CaseEdit, CaseVersion


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(CaseVersion)
class CaseVersionAdmin(ReadOnlyAdmin):
    list_display = ("case", "number", "title", "language", "use", "published_at", "published_by")
    list_filter = ("language", "use")
    search_fields = ("title", "case__institution", "case__slug")
    list_select_related = ("case", "published_by")
    fields = (
        "case",
        "number",
        "title",
        "language",
        "use",
        "published_at",
        "published_by",
        "content_hash",
        "bundle_text",
    )
    readonly_fields = fields

    @admin.display(description=_("bundle"))
    def bundle_text(self, version: CaseVersion) -> SafeString:
        text = json.dumps(version.bundle, ensure_ascii=False, indent=2)
        return format_html('<pre class="case-bundle">{}</pre>', text)


@admin.register(CaseEdit)
class CaseEditAdmin(ReadOnlyAdmin):
    list_display = ("at", "case", "action", "user", "summary")
    list_filter = ("action",)
    search_fields = ("case__institution", "case__slug", "case__title", "summary")
    list_select_related = ("case", "user")
    fields = ("case", "action", "user", "at", "summary")
    readonly_fields = fields
