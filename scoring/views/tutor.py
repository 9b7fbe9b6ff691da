"""Tutor pages: the review queue, the review page and its actions, the live view."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import role_required
from accounts.models import User
from accounts.roles import Role
from encounters import pages, protocol
from encounters.models import Encounter
from scoring import reviews
from scoring.models import ItemVerdict
from scoring.views.forms import DecisionForm, FeedbackForm, QueueFilterForm
from scoring.views.presenting import review_page, review_url

QUEUE_PAGE_SIZE = 50


def _tutor(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _encounter(request: HttpRequest, pk: int) -> Encounter:
    """The encounter, if the signed-in tutor teaches its student: 404 unknown, 403 not theirs."""
    encounter = get_object_or_404(
        Encounter.objects.select_related("student", "case_version"), pk=pk
    )
    if not reviews.may_review(_tutor(request), encounter):
        raise PermissionDenied
    return encounter


@require_GET
@role_required(Role.TUTOR)
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET or None, tutor=_tutor(request))
    scores = reviews.review_queue(tutor=_tutor(request), **form.filters())
    page = Paginator(scores, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    live = (
        Encounter.objects.watchable_by(_tutor(request))
        .filter(status=Encounter.Status.INTERVIEW)
        .select_related("student", "case_version")
        .order_by("-started_at")[:QUEUE_PAGE_SIZE]
    )
    context = {"form": form, "page": page, "query": query.urlencode(), "live": live}
    return render(request, "scoring/queue.html", context)


@require_GET
@role_required(Role.TUTOR)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    context = {"page": review_page(_encounter(request, pk))}
    return render(request, "scoring/review.html", context)


@require_POST
@role_required(Role.TUTOR)
def decide(request: HttpRequest, pk: int, verdict_id: int) -> HttpResponse:
    encounter = _encounter(request, pk)
    verdict = get_object_or_404(ItemVerdict, pk=verdict_id, score__encounter=encounter)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to agree or to override."))
    else:
        try:
            review = reviews.open_review(encounter=encounter, tutor=_tutor(request))
            reviews.decide_item(review=review, verdict=verdict, **form.cleaned_data)
        except reviews.ReviewError as exc:
            messages.error(request, f"{verdict.item_id}: {exc.message}")
        else:
            messages.success(request, _("Decision on %(item)s saved.") % {"item": verdict.item_id})
    return redirect(f"{review_url(encounter.pk)}#item-{verdict.item_id}")


@require_POST
@role_required(Role.TUTOR)
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the feedback; with `mark_reviewed`, also mark the review reviewed."""
    encounter = _encounter(request, pk)
    form = FeedbackForm(request.POST)
    try:
        if not form.is_valid():
            raise reviews.ReviewError("too_long", _("The feedback is too long."))
        reviewed = "mark_reviewed" in request.POST
        reviews.set_feedback(
            review=reviews.open_review(encounter=encounter, tutor=_tutor(request)),
            feedback=form.cleaned_data["feedback"],
            reviewed=reviewed,
        )
        messages.success(
            request, _("Review marked as reviewed.") if reviewed else _("Feedback saved.")
        )
    except reviews.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(f"{review_url(encounter.pk)}#feedback")


@require_POST
@role_required(Role.TUTOR)
def release(request: HttpRequest, pk: int) -> HttpResponse:
    """Release the review to the student (saving the feedback sent with it first)."""
    encounter = _encounter(request, pk)
    form = FeedbackForm(request.POST)
    try:
        if not form.is_valid():
            raise reviews.ReviewError("too_long", _("The feedback is too long."))
        reviews.release(
            review=reviews.open_review(encounter=encounter, tutor=_tutor(request)),
            tutor=_tutor(request),
            feedback=form.cleaned_data["feedback"] if "feedback" in request.POST else None,
        )
        messages.success(request, _("Result released to the student."))
    except reviews.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(review_url(encounter.pk))


@require_POST
@role_required(Role.TUTOR)
def rescore(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = _encounter(request, pk)
    try:
        reviews.rescore(encounter=encounter)
        messages.success(request, _("Re-scored. The new score needs a review of its own."))
    except reviews.ReviewError as exc:
        messages.error(request, exc.message)
    return redirect(review_url(encounter.pk))


def live_strings() -> dict[str, str]:
    """The interview script's strings, as a tutor watching reads them."""
    strings = pages.interview_strings()
    strings.update(
        you=_("Student"),
        ended=_("The interview has ended."),
        empty=_("Nothing said yet."),
        connecting=_("Connecting…"),
    )
    return strings


@require_GET
@role_required(Role.TUTOR)
def live(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = _encounter(request, pk)
    if encounter.status == Encounter.Status.DONE:
        return redirect(review_url(encounter.pk))
    config = {
        "encounter": encounter.pk,
        "socketPath": f"/ws/encounters/{encounter.pk}/",
        "noteUrl": reverse("review-detail", args=[encounter.pk]),
        "maxLength": protocol.MAX_TEXT_CHARS,
        "remaining": encounter.remaining_s(),
        "readOnly": True,
    }
    context = {
        "encounter": encounter,
        "student": encounter.student.get_full_name() or encounter.student.get_username(),
        "config": config,
        "strings": live_strings(),
        "remaining_display": pages.clock(encounter.remaining_s()),
    }
    return render(request, "scoring/live.html", context)
