"""The student's feedback page (and the same content as JSON): only what `student_view` allows."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.decorators import role_required
from accounts.models import User
from accounts.roles import Role
from encounters import pages
from encounters import services as encounter_services
from encounters.models import Encounter
from scoring import feedback as results


def _own(request: HttpRequest, pk: int) -> tuple[User, Encounter]:
    user = request.user
    assert isinstance(user, User)
    return user, encounter_services.enforce_deadlines(pages.own_encounter(user, pk))


@require_GET
@role_required(Role.STUDENT)
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    user, encounter = _own(request, pk)
    view = results.student_view(encounter=encounter, user=user)
    if view.state == results.FeedbackState.NOT_FINISHED:
        return redirect(pages.phase_url(encounter))
    context = {
        "encounter": encounter,
        "station": pages.station(encounter.case_version),
        "view": view,
    }
    return render(request, "scoring/feedback.html", context)


@require_GET
@role_required(Role.STUDENT)
def feedback_json(request: HttpRequest, pk: int) -> JsonResponse:
    user, encounter = _own(request, pk)
    view = results.student_view(encounter=encounter, user=user)
    return JsonResponse(view.as_dict(), json_dumps_params={"ensure_ascii": False})
