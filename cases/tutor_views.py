"""Tutor pages: the published case versions, read-only, to review encounters against them."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from accounts.decorators import role_required
from accounts.roles import Role
from cases.admin.presenting import present
from cases.models import CaseVersion


@require_GET
@role_required(Role.TUTOR, Role.FACULTY)
def version_list(request: HttpRequest) -> HttpResponse:
    versions = (
        CaseVersion.objects.current()
        .select_related("case", "published_by")
        .order_by("title", "case__institution", "case__slug")
    )
    return render(request, "cases/version_list.html", {"versions": versions})


@require_GET
@role_required(Role.TUTOR, Role.FACULTY)
def version_detail(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(CaseVersion.objects.select_related("case", "published_by"), pk=pk)
    context = {"version": version, "case_view": present(version.bundle, get_language())}
    return render(request, "cases/version_detail.html", context)
