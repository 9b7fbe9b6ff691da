"""The case draft in the admin: fieldsets, inlines, list, actions and the authoring context."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import Case as Ranked
from django.db.models import IntegerField, Max, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from cases.admin.authoring import (
    ROW_RELATIONS,
    draft_status,
    duplicate_case,
    edit_summary,
    export_drafts,
    place_new_rows,
)
from cases.admin.forms import CaseForm, ChecklistItemForm, FactForm, FindingForm, InvestigationForm
from cases.admin.views import PUBLISH_PERMISSION, CaseAdminViews, author, download
from cases.bundle.schema import Section
from cases.forms import vocabulary_datalists
from cases.models import Case, CaseEdit, CaseFact, CaseFinding, CaseInvestigation, ChecklistItem
from cases.services import CaseError, case_problems, record_edit, set_retired

HISTORY_SHOWN = 50


class CaseRowInline(admin.TabularInline[Any, Case]):
    """Rows are part of the case: the case's own permissions decide, not the row model's."""

    extra = 1

    def _may(self, request: HttpRequest, action: str) -> bool:
        return request.user.has_perm(f"cases.{action}_case")

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "view") or self._may(request, "change")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "add" if obj is None else "change")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "add" if obj is None else "change")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "change")


class FactInline(CaseRowInline):
    model = CaseFact
    form = FactForm


class FindingInline(CaseRowInline):
    model = CaseFinding
    form = FindingForm


class InvestigationInline(CaseRowInline):
    model = CaseInvestigation
    form = InvestigationForm


class ChecklistItemInline(CaseRowInline):
    model = ChecklistItem
    form = ChecklistItemForm

    def get_queryset(self, request: HttpRequest) -> QuerySet[ChecklistItem]:
        """Items grouped by section in examination order, then by their order."""
        rank = Ranked(
            *(When(section=section.value, then=Value(n)) for n, section in enumerate(Section)),
            default=Value(len(Section)),
            output_field=IntegerField(),
        )
        return super().get_queryset(request).order_by(rank, "order", "pk")


@admin.register(Case)
class CaseAdmin(CaseAdminViews):
    form = CaseForm
    inlines = [FactInline, FindingInline, InvestigationInline, ChecklistItemInline]
    list_display = (
        "title",
        "key",
        "language",
        "use",
        "latest_version_number",
        "is_retired",
        "problem_count",
    )
    list_filter = ("language", "use", "is_retired", "specialty")
    search_fields = ("title", "institution", "slug", "specialty")
    readonly_fields = ("is_retired",)
    actions = ["export_selected", "duplicate_selected", "retire_selected"]
    fieldsets = (
        (
            gettext_lazy("Identity and metadata"),
            {
                "fields": (
                    ("institution", "slug"),
                    "title",
                    ("language", "use"),
                    ("specialty", "level"),
                    ("interview_minutes", "note_minutes"),
                    "authors",
                    ("licence", "tags"),
                    "is_retired",
                )
            },
        ),
        (
            gettext_lazy("Door instructions (what the student reads before entering)"),
            {"fields": ("setting", "reason_for_visit", "vitals", "task")},
        ),
        (
            gettext_lazy("Persona"),
            {
                "fields": (
                    "persona_name",
                    ("persona_age", "persona_sex"),
                    "occupation",
                    "manner",
                    "speech_register",
                    "opening_statement",
                    ("speaker_name", "speaker_relationship"),
                ),
                "description": gettext_lazy(
                    "For a young child, name the parent or carer who answers for them."
                ),
            },
        ),
        (
            gettext_lazy("Default answers (topics, examinations and tests the case leaves out)"),
            {"fields": ("default_unknown", "default_exam", "default_investigation")},
        ),
        (
            gettext_lazy("Free vocabulary entries"),
            {"fields": ("custom_terms",), "classes": ("collapse",)},
        ),
        (
            gettext_lazy("Hidden from students and from the virtual patient"),
            {"fields": ("diagnosis", "differential", "teaching_points")},
        ),
        (gettext_lazy("Checklist rules"), {"fields": (("pass_mark", "critical_rule"),)}),
    )

    def get_urls(self) -> list[URLPattern]:
        return self.authoring_urls() + super().get_urls()

    def get_queryset(self, request: HttpRequest) -> QuerySet[Case]:
        return (
            super()
            .get_queryset(request)
            .annotate(latest_number=Max("versions__number"))
            .prefetch_related(*ROW_RELATIONS)
        )

    @admin.display(description=gettext_lazy("key"), ordering="slug")
    def key(self, case: Case) -> str:
        return case.key

    @admin.display(description=gettext_lazy("latest version"), ordering="latest_number")
    def latest_version_number(self, case: Case) -> int | None:
        return getattr(case, "latest_number", None)

    @admin.display(description=gettext_lazy("problems"))
    def problem_count(self, case: Case) -> int:
        return len(case_problems(case))

    # Change form

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {**(extra_context or {}), **self.authoring_context(request, None)}
        return super().add_view(request, form_url, context)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        case = self.get_object(request, unquote(object_id))
        context = {**(extra_context or {}), **self.authoring_context(request, case)}
        return super().change_view(request, object_id, form_url, context)

    def authoring_context(self, request: HttpRequest, case: Case | None) -> dict[str, Any]:
        context: dict[str, Any] = {"vocabulary_datalists": vocabulary_datalists(get_language())}
        if case is not None:
            context.update(
                draft_status=draft_status(case, case_problems(case)),
                case_edits=case.edits.select_related("user")[:HISTORY_SHOWN],
                can_publish=request.user.has_perm(PUBLISH_PERMISSION),
                can_duplicate=self.has_add_permission(request),
            )
        return context

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        rows = formset.save(commit=False)
        for row in formset.deleted_objects:
            row.delete()
        place_new_rows(rows)
        for row in rows:
            row.save()
        formset.save_m2m()

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        action = CaseEdit.Action.EDITED if change else CaseEdit.Action.CREATED
        summary = edit_summary(form, formsets)
        record_edit(case=form.instance, user=author(request), action=action, summary=summary)

    # Actions

    @admin.action(description=gettext_lazy("Export selected cases (drafts)"), permissions=["view"])
    def export_selected(
        self, request: HttpRequest, queryset: QuerySet[Case]
    ) -> HttpResponse | None:
        try:
            export = export_drafts(list(queryset))
        except CaseError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return None
        for reason in export.skipped:
            self.message_user(request, reason, messages.WARNING)
        return download(export)

    @admin.action(description=gettext_lazy("Duplicate selected cases"), permissions=["add"])
    def duplicate_selected(self, request: HttpRequest, queryset: QuerySet[Case]) -> None:
        copies = [duplicate_case(case=case, user=author(request)) for case in queryset]
        keys = ", ".join(copy.key for copy in copies)
        self.message_user(request, _("Duplicated as %(keys)s.") % {"keys": keys}, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Retire selected cases"), permissions=["change"])
    def retire_selected(self, request: HttpRequest, queryset: QuerySet[Case]) -> None:
        active = list(queryset.filter(is_retired=False))
        for case in active:
            set_retired(case=case, user=author(request), retired=True)
        message = _("%(count)d case(s) retired.") % {"count": len(active)}
        self.message_user(request, message, messages.SUCCESS)
