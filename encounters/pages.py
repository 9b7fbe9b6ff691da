"""What the student pages show: practice stations, door instructions, interview panels, phases.

Only the fields a student may read leave this module; the bundle's hidden fields and checklist
never reach a template.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from cases import vocabulary
from cases.bundle.schema import Use
from cases.models import CaseVersion
from cases.vocabulary import Kind
from encounters import casebook, protocol
from encounters.models import Encounter, Note

CUSTOM_GROUP = {"en": "Other (this station)", "fr": "Autres (cette station)"}


@dataclass(frozen=True)
class Vital:
    name: str
    value: str


@dataclass(frozen=True)
class Station:
    """A practice station as a student sees it: metadata and door instructions only."""

    version_id: int
    title: str
    language: str
    language_name: str
    specialty: str
    interview_minutes: int
    note_minutes: int
    setting: str
    reason_for_visit: str
    vitals: tuple[Vital, ...]
    task: str


@dataclass(frozen=True)
class PanelTerm:
    id: str
    label: str


@dataclass(frozen=True)
class PanelGroup:
    id: str
    label: str
    terms: tuple[PanelTerm, ...]


class Phase(models.TextChoices):
    """Where an encounter stands for its student."""

    INTERVIEW = "interview", gettext_lazy("Interview in progress")
    NOTE = "note", gettext_lazy("Note to write")
    SUBMITTED = "submitted", gettext_lazy("Note submitted")
    CLOSED = "closed", gettext_lazy("Note closed (time ran out)")


PHASE_PAGES = {
    Phase.INTERVIEW: "encounter-interview",
    Phase.NOTE: "encounter-note",
    Phase.SUBMITTED: "encounter-submitted",
    Phase.CLOSED: "encounter-note",
}


def practice_versions() -> QuerySet[CaseVersion]:
    """The newest published version of every practice case that is not retired."""
    return CaseVersion.objects.current().filter(use=Use.PRACTICE).select_related("case")


def station(version: CaseVersion) -> Station:
    case = casebook.bundle(version.pk)
    meta, door = case.metadata, case.door_instructions
    return Station(
        version_id=version.pk,
        title=meta.title,
        language=meta.language,
        language_name=str(dict(settings.LANGUAGES).get(meta.language, meta.language)),
        specialty=meta.specialty,
        interview_minutes=meta.interview_minutes,
        note_minutes=meta.note_minutes,
        setting=door.setting,
        reason_for_visit=door.reason_for_visit,
        vitals=tuple(Vital(v.name, v.value) for v in door.vitals),
        task=door.task,
    )


def practice_stations() -> list[Station]:
    return sorted(
        (station(v) for v in practice_versions()), key=lambda s: (s.title.casefold(), s.version_id)
    )


def own_encounter(user: User, pk: int) -> Encounter:
    """The user's own encounter, or 404 (another student's encounter does not exist for them)."""
    queryset = Encounter.objects.for_student(user).select_related("case_version")
    return get_object_or_404(queryset, pk=pk)


def _note_of(encounter: Encounter) -> Note | None:
    try:
        return encounter.note
    except Note.DoesNotExist:
        return None


def phase(encounter: Encounter) -> Phase:
    if encounter.status == Encounter.Status.INTERVIEW:
        return Phase.INTERVIEW
    if encounter.status == Encounter.Status.NOTE:
        return Phase.NOTE
    note = _note_of(encounter)
    return Phase.CLOSED if note is None or note.is_late else Phase.SUBMITTED


def phase_url(encounter: Encounter) -> str:
    """The page the student belongs on for this encounter now."""
    return reverse(PHASE_PAGES[phase(encounter)], args=[encounter.pk])


def panel(version_id: int, kind: Kind) -> list[PanelGroup]:
    """Every examination or investigation of the vocabulary (not only those the case answers,
    which would give the station away), grouped, labelled in the case's language."""
    language = casebook.bundle(version_id).metadata.language
    by_group: dict[str, list[PanelTerm]] = {}
    for term in vocabulary.terms(kind):
        by_group.setdefault(term.group, []).append(PanelTerm(term.id, term.label(language)))
    groups = [
        PanelGroup(group_id, french if language == "fr" else english, tuple(by_group[group_id]))
        for group_id, english, french in vocabulary.groups(kind)
        if group_id in by_group
    ]
    custom = tuple(
        PanelTerm(t.id, t.label(language))
        for t in casebook.custom_terms(version_id)
        if t.kind == kind
    )
    if custom:
        groups.append(PanelGroup("custom", CUSTOM_GROUP.get(language, CUSTOM_GROUP["en"]), custom))
    return groups


def interview_strings() -> dict[str, str]:
    """The interface strings the interview script needs, in the user's language."""
    return {
        "you": _("You"),
        "patient": _("Patient"),
        "exam": _("Examination finding"),
        "investigation": _("Investigation result"),
        "system": _("Information"),
        "typing": _("The patient is replying…"),
        "failed": _("The reply could not be produced."),
        "regenerate": _("Regenerate the reply"),
        "sending": _("Sending…"),
        "queued": _("Not sent yet — it will be sent when the connection is back."),
        "not_sent": _("Not sent:"),
        "connecting": _("Connecting to the patient…"),
        "reconnecting": _("Connection lost — reconnecting…"),
        "reconnected": _("Connection restored."),
        "ended": _("The interview has ended. Opening the post-encounter note…"),
        "time_up": _("Time is up."),
        "minute_left": _("One minute left."),
        "announce_patient": _("The patient replied:"),
        "announce_exam": _("Examination finding:"),
        "announce_investigation": _("Investigation result:"),
        "empty": _("Nothing said yet. Greet the patient to begin."),
    }


def interview_config(encounter: Encounter) -> dict[str, Any]:
    return {
        "encounter": encounter.pk,
        "socketPath": f"/ws/encounters/{encounter.pk}/",
        "noteUrl": reverse("encounter-note", args=[encounter.pk]),
        "maxLength": protocol.MAX_TEXT_CHARS,
        "remaining": encounter.remaining_s(),
    }


def interview_context(encounter: Encounter) -> dict[str, Any]:
    version_id = encounter.case_version_id
    return {
        "encounter": encounter,
        "station": station(encounter.case_version),
        "exam_groups": panel(version_id, Kind.EXAM),
        "investigation_groups": panel(version_id, Kind.INVESTIGATION),
        "config": interview_config(encounter),
        "strings": interview_strings(),
        "max_length": protocol.MAX_TEXT_CHARS,
        "remaining_display": clock(encounter.remaining_s()),
    }


def clock(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def note_strings() -> dict[str, str]:
    return {
        "minute_left": _("One minute left for the note."),
        "submitting": _("Time is up: submitting your note…"),
        "time_up": _("Time is up."),
        "draft_restored": _("Your unsent draft was restored."),
    }


def note_context(encounter: Encounter, form: Any, error: str = "") -> dict[str, Any]:
    is_open = phase(encounter) == Phase.NOTE
    remaining = encounter.remaining_s() if is_open else 0
    return {
        "encounter": encounter,
        "station": station(encounter.case_version),
        "form": form,
        "error": error,
        "is_closed": not is_open,
        "remaining": remaining,
        "remaining_display": clock(remaining),
        "note_strings": note_strings(),
    }


def submitted_context(encounter: Encounter) -> dict[str, Any]:
    return {
        "encounter": encounter,
        "station": station(encounter.case_version),
        "note": _note_of(encounter),
    }


@dataclass(frozen=True)
class EncounterRow:
    encounter: Encounter
    phase: Phase
    url: str


def my_encounters(user: User) -> list[EncounterRow]:
    encounters = (
        Encounter.objects.for_student(user)
        .select_related("case_version", "note")
        .order_by("-started_at")
    )
    return [EncounterRow(e, phase(e), phase_url(e)) for e in encounters]
