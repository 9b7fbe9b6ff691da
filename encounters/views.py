"""Student pages: practice stations, door instructions, the interview, the note, my encounters."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.decorators import role_required
from accounts.models import User
from accounts.roles import Role
from encounters import pages, services
from encounters.forms import NoteForm
from encounters.models import Encounter


def _student(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


@require_GET
@role_required(Role.STUDENT)
def station_list(request: HttpRequest) -> HttpResponse:
    context = {
        "stations": pages.practice_stations(),
        "cohorts": _student(request).cohorts.all(),
    }
    return render(request, "encounters/station_list.html", context)


@require_GET
@role_required(Role.STUDENT)
def station_detail(request: HttpRequest, version_id: int) -> HttpResponse:
    version = get_object_or_404(pages.practice_versions(), pk=version_id)
    return render(request, "encounters/station_detail.html", {"station": pages.station(version)})


@require_POST
@role_required(Role.STUDENT)
def station_start(request: HttpRequest, version_id: int) -> HttpResponse:
    version = get_object_or_404(pages.practice_versions(), pk=version_id)
    try:
        encounter = services.start_encounter(student=_student(request), version=version)
    except services.EncounterError as exc:
        messages.error(request, exc.message)
        return redirect("student-start")
    return redirect("encounter-interview", pk=encounter.pk)


@require_GET
@role_required(Role.STUDENT)
def encounter_list(request: HttpRequest) -> HttpResponse:
    rows = pages.my_encounters(_student(request))
    return render(request, "encounters/encounter_list.html", {"rows": rows})


@require_GET
@role_required(Role.STUDENT)
def interview(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = services.enforce_deadlines(pages.own_encounter(_student(request), pk))
    if not encounter.is_interviewing:
        return redirect(pages.phase_url(encounter))
    return render(request, "encounters/interview.html", pages.interview_context(encounter))


@require_POST
@role_required(Role.STUDENT)
def interview_end(request: HttpRequest, pk: int) -> HttpResponse:
    """The no-socket way to end the interview (the page normally sends `end` on its socket)."""
    encounter = services.end_encounter(encounter=pages.own_encounter(_student(request), pk))
    return redirect(pages.phase_url(encounter))


@require_http_methods(["GET", "POST"])
@role_required(Role.STUDENT)
def note(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = pages.own_encounter(_student(request), pk)
    if request.method == "POST":
        return _submit_note(request, encounter)
    encounter = services.enforce_deadlines(encounter)
    if pages.phase(encounter) in {pages.Phase.INTERVIEW, pages.Phase.SUBMITTED}:
        return redirect(pages.phase_url(encounter))
    return render(request, "encounters/note.html", pages.note_context(encounter, NoteForm()))


def _submit_note(request: HttpRequest, encounter: Encounter) -> HttpResponse:
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.submit_note(encounter=encounter, **form.cleaned_data)
        except services.EncounterError as exc:
            encounter.refresh_from_db()
            context = pages.note_context(encounter, form, error=exc.message)
            return render(request, "encounters/note.html", context)
        return redirect("encounter-submitted", pk=encounter.pk)
    encounter = services.enforce_deadlines(encounter)
    context = pages.note_context(encounter, form)
    return render(request, "encounters/note.html", context)


@require_GET
@role_required(Role.STUDENT)
def submitted(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = services.enforce_deadlines(pages.own_encounter(_student(request), pk))
    if pages.phase(encounter) != pages.Phase.SUBMITTED:
        return redirect(pages.phase_url(encounter))
    return render(request, "encounters/submitted.html", pages.submitted_context(encounter))
