"""Patient fidelity for case authors: flagged replies (read-only) and counts per case version."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cases.models import CaseVersion
from encounters.models import Turn

FLAG_KINDS = ("contradiction", "unsupported")


@dataclass
class CaseFidelity:
    version: CaseVersion
    replies: int
    flagged: int
    counts: Counter[str]

    @property
    def contradictions(self) -> int:
        return self.counts["contradiction"]

    @property
    def unsupported(self) -> int:
        return self.counts["unsupported"]


def flagged_replies() -> QuerySet[Turn]:
    return Turn.objects.filter(role=Turn.Role.PATIENT, status=Turn.Status.OK).exclude(
        fidelity_flags=[]
    )


def fidelity_summary() -> list[CaseFidelity]:
    """Per case version: replies checked, replies flagged, and flags of each kind."""
    replies = dict(
        Turn.objects.filter(role=Turn.Role.PATIENT, status=Turn.Status.OK)
        .values_list("encounter__case_version_id")
        .annotate(count=Count("pk"))
        .values_list("encounter__case_version_id", "count")
    )
    counts: dict[int, Counter[str]] = {}
    flagged: Counter[int] = Counter()
    rows = flagged_replies().values_list("encounter__case_version_id", "fidelity_flags")
    for version_id, flags in rows.iterator():
        flagged[version_id] += 1
        counts.setdefault(version_id, Counter()).update(f.get("kind", "") for f in flags)
    versions = CaseVersion.objects.filter(pk__in=replies).select_related("case")
    summary = [
        CaseFidelity(v, replies[v.pk], flagged[v.pk], counts.get(v.pk, Counter())) for v in versions
    ]
    return sorted(summary, key=lambda row: (-row.flagged, str(row.version)))


class FlagKindFilter(admin.SimpleListFilter):
    title = gettext_lazy("flag")
    parameter_name = "flag"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(kind, kind) for kind in FLAG_KINDS]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Turn]) -> QuerySet[Turn]:
        kind = self.value()
        if kind not in FLAG_KINDS:
            return queryset
        ids = [
            pk for pk, flags in queryset.values_list("pk", "fidelity_flags") if _has(flags, kind)
        ]
        return queryset.filter(pk__in=ids)


def _has(flags: list[dict[str, str]], kind: str) -> bool:
    return any(flag.get("kind") == kind for flag in flags)


def _may_read(request: HttpRequest) -> bool:
    """Authors (who may read cases) and whoever may read turns."""
    user = request.user
    return user.has_perm("encounters.view_turn") or user.has_perm("cases.view_case")


@admin.register(Turn)
class FlaggedReplyAdmin(admin.ModelAdmin[Turn]):
    """Patient replies the fidelity check flagged: no student identity, nothing editable."""

    list_display = ("case_version", "encounter_id", "seq", "engine", "flags", "question", "reply")
    list_filter = (FlagKindFilter, "engine", "encounter__case_version")
    list_select_related = ("encounter__case_version", "reply_to")
    search_fields = ("text",)
    fields = ("case_version", "encounter_id", "seq", "engine", "model", "question", "text", "flags")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Turn]:
        return flagged_replies().select_related("encounter__case_version", "reply_to")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _may_read(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _may_read(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=gettext_lazy("case version"))
    def case_version(self, turn: Turn) -> CaseVersion:
        return turn.encounter.case_version

    @admin.display(description=gettext_lazy("flags"))
    def flags(self, turn: Turn) -> SafeString:
        return format_html_join(
            "",
            "<div><strong>{}</strong> {}: {}</div>",
            ((f.get("kind"), f.get("topic"), f.get("detail")) for f in turn.fidelity_flags),
        )

    @admin.display(description=gettext_lazy("question"))
    def question(self, turn: Turn) -> str:
        return Truncator(turn.reply_to.text if turn.reply_to else "").chars(120)

    @admin.display(description=gettext_lazy("reply"))
    def reply(self, turn: Turn) -> str:
        return Truncator(turn.text).chars(200)

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        extra_context = {"title": _("Patient replies flagged by the fidelity check")}
        return super().changelist_view(request, extra_context)

    def get_urls(self) -> list[URLPattern]:
        summary = path(
            "fidelity/",
            self.admin_site.admin_view(self.summary_view),
            name="encounters_turn_fidelity",
        )
        return [summary, *super().get_urls()]

    def summary_view(self, request: HttpRequest) -> HttpResponse:
        if not _may_read(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Patient fidelity per case"),
            "rows": fidelity_summary(),
        }
        return TemplateResponse(request, "admin/encounters/turn/fidelity_summary.html", context)
