"""The case admin's extra pages: preview, publish, export, duplicate, retire and import."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from cases.admin.authoring import DraftExport, duplicate_case, export_drafts, import_upload
from cases.admin.forms import ImportForm
from cases.admin.presenting import present
from cases.bundle import BundleError, BundleInvalid
from cases.conversion import case_to_data
from cases.models import Case
from cases.services import CaseError, publish_case, set_retired

PUBLISH_PERMISSION = "cases.publish_case"


def author(request: HttpRequest) -> User | None:
    return request.user if isinstance(request.user, User) else None


def download(export: DraftExport) -> HttpResponse:
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


def change_url(case: Case) -> str:
    return reverse("admin:cases_case_change", args=[case.pk])


class CaseAdminViews(admin.ModelAdmin[Case]):
    """Pages beside the change form; each checks its own permission."""

    def authoring_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        pages = [
            ("preview", self.preview_view),
            ("publish", self.publish_view),
            ("export", self.export_view),
            ("duplicate", self.duplicate_view),
            ("retire", self.retire_view),
        ]
        return [
            path("import/", wrap(self.import_view), name="cases_case_import"),
            *(
                path(f"<path:object_id>/{name}/", wrap(view), name=f"cases_case_{name}")
                for name, view in pages
            ),
        ]

    def _case(self, request: HttpRequest, object_id: str) -> Case:
        case = self.get_object(request, unquote(object_id))
        if case is None:
            raise Http404(_("No such case."))
        return case

    def _page(self, request: HttpRequest, template: str, **context: Any) -> TemplateResponse:
        context = {**self.admin_site.each_context(request), "opts": self.opts, **context}
        return TemplateResponse(request, f"admin/cases/case/{template}", context)

    def preview_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        case = self._case(request, object_id)
        if not self.has_view_permission(request, case):
            raise PermissionDenied
        title = _("Preview: %(title)s") % {"title": case.title}
        case_view = present(case_to_data(case), get_language())
        return self._page(request, "preview.html", title=title, original=case, case_view=case_view)

    @method_decorator(require_POST)
    def publish_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        case = self._case(request, object_id)
        if not (
            self.has_change_permission(request, case) and request.user.has_perm(PUBLISH_PERMISSION)
        ):
            raise PermissionDenied
        try:
            version = publish_case(case=case, user=author(request))
        except CaseError as refusal:
            for reason in [str(refusal), *(str(problem) for problem in refusal.problems)]:
                self.message_user(request, reason, messages.ERROR)
        else:
            message = _("Published version %(number)d.") % {"number": version.number}
            self.message_user(request, message, messages.SUCCESS)
        return redirect(change_url(case))

    def export_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        case = self._case(request, object_id)
        if not self.has_view_permission(request, case):
            raise PermissionDenied
        try:
            return download(export_drafts([case]))
        except CaseError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return redirect(change_url(case))

    @method_decorator(require_POST)
    def duplicate_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        case = self._case(request, object_id)
        if not self.has_add_permission(request):
            raise PermissionDenied
        duplicate = duplicate_case(case=case, user=author(request))
        message = _("Duplicated as %(key)s.") % {"key": duplicate.key}
        self.message_user(request, message, messages.SUCCESS)
        return redirect(change_url(duplicate))

    @method_decorator(require_POST)
    def retire_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        case = self._case(request, object_id)
        if not self.has_change_permission(request, case):
            raise PermissionDenied
        retired = request.POST.get("retired") == "1"
        set_retired(case=case, user=author(request), retired=retired)
        message = _("The case is retired.") if retired else _("The case is in use again.")
        self.message_user(request, message, messages.SUCCESS)
        return redirect(change_url(case))

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        errors: list[BundleError] = []
        if request.method == "POST" and form.is_valid():
            update = form.cleaned_data["update"]
            if update and not self.has_change_permission(request):
                raise PermissionDenied
            try:
                outcome = import_upload(
                    form.cleaned_data["file"],
                    user=author(request),
                    update=update,
                    dry_run=form.cleaned_data["dry_run"],
                )
            except BundleInvalid as invalid:
                errors = invalid.errors
            except CaseError as refusal:
                errors = [BundleError("", str(refusal))]
            else:
                for level, message in outcome.messages:
                    self.message_user(request, message, level)
                if outcome.result.case is not None:
                    return HttpResponseRedirect(change_url(outcome.result.case))
        return self._page(
            request, "import.html", title=_("Import a case bundle"), form=form, errors=errors
        )
