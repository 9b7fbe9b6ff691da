"""Home (which sends each role to its start page), language switch and health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language

from accounts import services
from accounts.models import User


@login_required
def home(request: HttpRequest) -> HttpResponse:
    assert isinstance(request.user, User)
    pages = services.start_pages(request.user)
    if len(pages) == 1:
        return redirect(pages[0][1])
    if not pages and request.user.is_staff:
        return redirect("admin:index")
    return render(request, "accounts/home.html", {"pages": pages})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if isinstance(request.user, User) and language in {"en", "fr"}:
        services.set_preferred_language(user=request.user, language=language)
    return response


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
