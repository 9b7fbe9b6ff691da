"""Scores in the API: a tutor reads (and re-scores) the current scores of their cohorts, with
verdicts and evidence; a student reads their own results once a tutor has released them."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import filters, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api import (
    ErrorSerializer,
    QueryFilter,
    QueryFilterBackend,
    UserSummarySerializer,
    error_body,
    viewer,
)
from accounts.roles import Role
from encounters.models import Encounter
from scoring import feedback, reviews
from scoring.models import ItemVerdict, Review, Score

# Tutors: scores with verdicts and evidence


class EvidenceSerializer(serializers.Serializer[Any]):
    turn = serializers.IntegerField(required=False, help_text="The turn's number.")
    note = serializers.BooleanField(required=False, help_text="True: a quote from the note.")
    quote = serializers.CharField()


class VerdictSerializer(serializers.ModelSerializer[ItemVerdict]):
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = ItemVerdict
        fields = [
            "id", "item_id", "section", "weight", "is_critical", "verdict", "evidence",
            "rationale", "verified", "source",
        ]  # fmt: skip
        read_only_fields = fields


class ScoreSerializer(serializers.ModelSerializer[Score]):
    student = UserSummarySerializer(source="encounter.student", read_only=True)
    title = serializers.CharField(source="case_version.title", read_only=True)
    review = serializers.SerializerMethodField(help_text="The review's id; null before one.")
    review_status = serializers.SerializerMethodField()

    class Meta:
        model = Score
        fields = [
            "id", "encounter", "student", "case_version", "title", "engine", "engine_version",
            "model", "status", "percent", "passed", "critical_missed", "section_totals",
            "created_at", "review", "review_status",
        ]  # fmt: skip
        read_only_fields = fields

    def get_review(self, score: Score) -> int | None:
        review: Review | None = getattr(score, "review", None)
        return review.pk if review else None

    def get_review_status(self, score: Score) -> str:
        review: Review | None = getattr(score, "review", None)
        return review.status if review else reviews.QueueStatus.TO_REVIEW.value


class ScoreDetailSerializer(ScoreSerializer):
    verdicts = VerdictSerializer(many=True, read_only=True)

    class Meta(ScoreSerializer.Meta):
        fields = [*ScoreSerializer.Meta.fields, "verdicts"]
        read_only_fields = fields


def review_error(exc: reviews.ReviewError) -> Response:
    validation = {"bad_decision", "bad_value", "same_verdict", "comment_required"}
    code = status.HTTP_400_BAD_REQUEST if exc.code in validation else status.HTTP_409_CONFLICT
    return Response(error_body(exc.message, exc.code), status=code)


@extend_schema(tags=["scores"])
class ScoreViewSet(viewsets.ReadOnlyModelViewSet[Score]):
    """The current scores of the encounters of the cohorts you teach (tutors)."""

    queryset = Score.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {"*": (Role.TUTOR,)}
    query_filters = {
        "cohort": QueryFilter("encounter__student__cohorts", int, description="a cohort's id"),
        "case": QueryFilter("case_version__case_id", int, description="a case's id"),
        "encounter": QueryFilter("encounter_id", int),
        "student": QueryFilter("encounter__student_id", int),
        "passed": QueryFilter("passed", bool),
    }
    filter_backends = [QueryFilterBackend, filters.OrderingFilter]
    ordering_fields = ["created_at", "percent"]
    ordering = ["-created_at", "-pk"]

    def get_queryset(self) -> QuerySet[Score]:
        scores = reviews.review_queue(tutor=viewer(self.request))
        return scores.prefetch_related("verdicts") if self.action == "retrieve" else scores

    def get_serializer_class(self) -> type[ScoreSerializer]:
        return ScoreDetailSerializer if self.action == "retrieve" else ScoreSerializer

    @extend_schema(
        request=None,
        responses={201: ScoreDetailSerializer, 409: ErrorSerializer},
        description="Score the encounter again: a new current score (the old one keeps its "
        "review).",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def rescore(self, request: Request, pk: str) -> Response:
        score = self.get_object()
        try:
            new = reviews.rescore(encounter=score.encounter)
        except reviews.ReviewError as exc:
            return review_error(exc)
        fresh = Score.objects.select_related("encounter__student", "case_version").get(pk=new.pk)
        return Response(ScoreDetailSerializer(fresh).data, status=status.HTTP_201_CREATED)


# Students: released results only


class SectionResultSerializer(serializers.Serializer[Any]):
    section = serializers.CharField()
    section_label = serializers.CharField(source="label")
    earned = serializers.FloatField()
    possible = serializers.FloatField()
    percent = serializers.FloatField(allow_null=True)


class ItemFeedbackSerializer(serializers.Serializer[Any]):
    """An item of the result, without the checklist's wording (the checklist stays hidden)."""

    item_id = serializers.CharField()
    section = serializers.CharField()
    section_label = serializers.CharField()
    verdict = serializers.CharField()
    verdict_label = serializers.CharField()
    is_critical = serializers.BooleanField()
    changed_by_tutor = serializers.BooleanField()
    comment = serializers.CharField(help_text="The tutor's comment when they changed it.")


class ResultSerializer(serializers.Serializer[Any]):
    encounter = serializers.IntegerField()
    state = serializers.ChoiceField(
        choices=[
            s for s in feedback.FeedbackState.values if s != feedback.FeedbackState.PROVISIONAL
        ]
    )
    message = serializers.CharField()
    percent = serializers.FloatField(allow_null=True)
    passed = serializers.BooleanField(allow_null=True)
    pass_mark = serializers.FloatField(allow_null=True)
    sections = SectionResultSerializer(many=True)
    missed = ItemFeedbackSerializer(many=True)
    changed = ItemFeedbackSerializer(many=True)
    feedback = serializers.CharField()
    released_at = serializers.DateTimeField(allow_null=True)


def released_result(encounter: Encounter, user: Any) -> dict[str, Any]:
    """The review service's student view, kept only once released: a provisional result is
    not given to integrations."""
    view = feedback.student_view(encounter=encounter, user=user)
    state = view.state
    if state == feedback.FeedbackState.PROVISIONAL:
        state = feedback.FeedbackState.WITHHELD
    empty: dict[str, Any] = {
        "percent": None, "passed": None, "pass_mark": None, "sections": [], "missed": [],
        "changed": [], "feedback": "", "released_at": None,
    }  # fmt: skip
    if state != feedback.FeedbackState.RELEASED:
        return {"encounter": encounter.pk, "state": state.value, "message": str(state.label),
                **empty}  # fmt: skip
    data = view.as_dict()
    return {
        "encounter": encounter.pk,
        **{key: data[key] for key in ("state", "message", *empty)},
    }


@extend_schema(tags=["scores"])
class ResultViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet[Encounter]
):
    """Your results (students), by encounter id: scores and verdicts appear only once your
    tutor has released them."""

    serializer_class = ResultSerializer
    queryset = Encounter.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {"*": (Role.STUDENT,)}
    query_filters = {"case_version": QueryFilter("case_version_id", int)}
    filter_backends = [QueryFilterBackend, filters.OrderingFilter]
    ordering_fields = ["finished_at", "started_at"]
    ordering = ["-started_at", "-pk"]

    def get_queryset(self) -> QuerySet[Encounter]:
        return Encounter.objects.for_student(viewer(self.request)).select_related("case_version")

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset())) or []
        rows = [released_result(encounter, viewer(request)) for encounter in page]
        return self.get_paginated_response(ResultSerializer(rows, many=True).data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        result = released_result(self.get_object(), viewer(request))
        return Response(ResultSerializer(result).data)
