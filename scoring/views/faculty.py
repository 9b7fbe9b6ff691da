"""Faculty pages: agreement between the examiner and tutors, and anonymised encounters."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from accounts.decorators import role_required
from accounts.roles import Role
from encounters import casebook
from encounters.models import Encounter
from scoring import calibration
from scoring.models import ItemVerdict
from scoring.views.presenting import review_page

VERDICT_LABELS = dict(ItemVerdict.Verdict.choices)


@dataclass(frozen=True)
class Labelled:
    """A calibration row with what the page shows beside it."""

    title: str
    text: str
    row: calibration.CaseCalibration | calibration.ItemCalibration
    changes: tuple[tuple[str, str, int], ...] = ()


def _item_text(version_id: int, item_id: str) -> str:
    items = casebook.bundle(version_id).checklist.items
    return next((item.text for item in items if item.id == item_id), "")


def _labelled_item(title: str, item: calibration.ItemCalibration) -> Labelled:
    changes = tuple(
        (str(VERDICT_LABELS.get(a, a)), str(VERDICT_LABELS.get(b, b)), count)
        for a, b, count in item.changes
    )
    return Labelled(title, _item_text(item.version_id, item.item_id), item, changes)


def _title(version_id: int) -> str:
    return casebook.bundle(version_id).metadata.title


@require_GET
@role_required(Role.FACULTY)
def calibration_page(request: HttpRequest) -> HttpResponse:
    cases = calibration.calibrate(calibration.load_pairs())
    titled = [
        (
            Labelled(_title(case.version_id), case.case, case),
            [_labelled_item(case.case, item) for item in case.items],
        )
        for case in cases
    ]
    worst = [_labelled_item(_title(i.version_id), i) for i in calibration.most_disagreed(cases)]
    return render(request, "scoring/calibration.html", {"cases": titled, "worst": worst})


@require_GET
@role_required(Role.FACULTY)
def anonymised_encounter(request: HttpRequest, pk: int) -> HttpResponse:
    """A scored encounter, read-only, without the student's name."""
    encounters = Encounter.objects.filter(
        status=Encounter.Status.DONE, scores__is_current=True
    ).select_related("student", "case_version")
    encounter = get_object_or_404(encounters, pk=pk)
    page = review_page(encounter, anonymous=True, read_only=True)
    return render(request, "scoring/review.html", {"page": page})
