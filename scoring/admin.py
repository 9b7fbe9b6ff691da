"""Read-only admin for scores, their verdicts and batch jobs (scores are never edited by hand)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from scoring.models import ItemDecision, ItemVerdict, Review, Score, ScoringJob


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ItemVerdictInline(admin.TabularInline[ItemVerdict, Score]):
    model = ItemVerdict
    fields = ("item_id", "section", "weight", "is_critical", "verdict", "verified", "source")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Score)
class ScoreAdmin(ReadOnlyAdmin):
    list_display = (
        "pk", "encounter", "engine", "engine_version", "status", "percent", "passed",
        "is_current", "created_at",
    )  # fmt: skip
    list_filter = ("engine", "status", "passed", "is_current")
    search_fields = ("encounter__pk", "engine_version")
    inlines = [ItemVerdictInline]


@admin.register(ItemVerdict)
class ItemVerdictAdmin(ReadOnlyAdmin):
    list_display = ("pk", "score", "item_id", "section", "verdict", "verified", "source")
    list_filter = ("verdict", "verified", "source", "section")


@admin.register(ScoringJob)
class ScoringJobAdmin(ReadOnlyAdmin):
    list_display = ("pk", "kind", "status", "done", "total", "skipped", "started_at")
    list_filter = ("kind", "status")


class ItemDecisionInline(admin.TabularInline[ItemDecision, Review]):
    model = ItemDecision
    fields = ("verdict", "decision", "value", "comment", "decided_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    """Tutors review on their own pages; the admin shows reviews as they were recorded."""

    list_display = ("pk", "score", "tutor", "status", "updated_at", "released_at")
    list_filter = ("status",)
    inlines = [ItemDecisionInline]
