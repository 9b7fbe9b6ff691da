"""Reviews in the API: a tutor of the student's cohort agrees with or overrides each item
verdict, writes feedback and releases the result (the work is in `scoring.reviews`)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import filters, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api import (
    ErrorSerializer,
    QueryFilter,
    QueryFilterBackend,
    UserSummarySerializer,
    viewer,
)
from accounts.models import User
from accounts.roles import Role
from encounters.models import Encounter
from scoring import reviews
from scoring.api.scores import review_error
from scoring.models import ItemDecision, ItemVerdict, Review, Score

COMMENT_MAX_CHARS = 5_000
FEEDBACK_MAX_CHARS = 20_000


class DecisionSerializer(serializers.ModelSerializer[ItemDecision]):
    item_id = serializers.CharField(source="verdict.item_id", read_only=True)
    value = serializers.ChoiceField(
        choices=ItemVerdict.Verdict.choices, allow_blank=True, read_only=True,
        help_text="The tutor's verdict (overrides only).",
    )  # fmt: skip

    class Meta:
        model = ItemDecision
        fields = ["id", "verdict", "item_id", "decision", "value", "comment", "decided_at"]
        read_only_fields = fields


class ReviewResultSerializer(serializers.Serializer[Any]):
    percent = serializers.FloatField()
    passed = serializers.BooleanField()


class ReviewSerializer(serializers.ModelSerializer[Review]):
    encounter = serializers.IntegerField(source="score.encounter_id", read_only=True)
    student = UserSummarySerializer(source="score.encounter.student", read_only=True)
    tutor = UserSummarySerializer(read_only=True)
    released_by = UserSummarySerializer(read_only=True, allow_null=True)
    decisions = DecisionSerializer(many=True, read_only=True)
    result = serializers.SerializerMethodField(
        help_text="Percent and pass/fail with the tutor's decisions applied."
    )

    class Meta:
        model = Review
        fields = [
            "id", "score", "encounter", "student", "tutor", "status", "feedback", "created_at",
            "updated_at", "reviewed_at", "released_at", "released_by", "decisions", "result",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field(ReviewResultSerializer)
    def get_result(self, review: Review) -> dict[str, Any]:
        outcome = reviews.reviewed_result(review)
        return {"percent": outcome.percent, "passed": outcome.passed}


class ReviewStartSerializer(serializers.Serializer[Any]):
    score = serializers.PrimaryKeyRelatedField(
        queryset=Score.objects.all(), help_text="A current score of a cohort you teach."
    )

    def validate_score(self, score: Score) -> Score:
        if not reviews.review_queue(tutor=self.context["user"]).filter(pk=score.pk).exists():
            raise serializers.ValidationError(_("No current score of your cohorts has this id."))
        return score


class DecisionInputSerializer(serializers.Serializer[Any]):
    item_id = serializers.CharField(max_length=16, help_text="The checklist item's id.")
    decision = serializers.ChoiceField(choices=ItemDecision.Decision.choices)
    value = serializers.ChoiceField(
        choices=ItemVerdict.Verdict.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text="The verdict that should count (overrides only).",
    )
    comment = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=COMMENT_MAX_CHARS
    )


class FeedbackSerializer(serializers.Serializer[Any]):
    feedback = serializers.CharField(allow_blank=True, max_length=FEEDBACK_MAX_CHARS)


def reviews_of(tutor: User) -> QuerySet[Review]:
    """Reviews of the encounters of the cohorts `tutor` teaches (never of their own)."""
    return (
        Review.objects.filter(score__encounter__in=Encounter.objects.watchable_by(tutor))
        .exclude(score__encounter__student=tutor)
        .select_related("score__encounter__student", "tutor", "released_by")
        .prefetch_related("decisions__verdict", "score__verdicts")
    )


@extend_schema(tags=["reviews"])
class ReviewViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[Review],
):
    """Tutor reviews of the cohorts you teach: start one for a score, decide items, write
    feedback, release to the student. A released review no longer changes (409)."""

    serializer_class = ReviewSerializer
    queryset = Review.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {"*": (Role.TUTOR,)}
    query_filters = {
        "status": QueryFilter("status", choices=tuple(Review.Status.values)),
        "cohort": QueryFilter("score__encounter__student__cohorts", int),
        "case": QueryFilter("score__case_version__case_id", int),
        "score": QueryFilter("score_id", int),
    }
    filter_backends = [QueryFilterBackend, filters.OrderingFilter]
    ordering_fields = ["updated_at", "created_at", "released_at"]
    ordering = ["-updated_at", "-pk"]

    def get_queryset(self) -> QuerySet[Review]:
        return reviews_of(viewer(self.request))

    def _fresh(self, review: Review, code: int = status.HTTP_200_OK) -> Response:
        found = reviews_of(viewer(self.request)).get(pk=review.pk)
        return Response(ReviewSerializer(found).data, status=code)

    @extend_schema(
        request=ReviewStartSerializer,
        responses={201: ReviewSerializer, 200: ReviewSerializer, 409: ErrorSerializer},
        description="Start the review of a score (201), or get the one it has (200).",
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = viewer(request)
        form = ReviewStartSerializer(data=request.data, context={"user": user})
        form.is_valid(raise_exception=True)
        score = form.validated_data["score"]
        existed = reviews.get_review(score=score) is not None
        try:
            review = reviews.start_review(score=score, tutor=user)
        except reviews.ReviewError as exc:
            return review_error(exc)
        return self._fresh(review, status.HTTP_200_OK if existed else status.HTTP_201_CREATED)

    @extend_schema(
        request=DecisionInputSerializer,
        responses={200: DecisionSerializer, 409: ErrorSerializer},
        description="Agree with an item's verdict, or override it with another verdict and a "
        "comment.",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def decisions(self, request: Request, pk: str) -> Response:
        review = self.get_object()
        form = DecisionInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        verdict = review.score.verdicts.filter(item_id=data["item_id"]).first()
        if verdict is None:
            raise serializers.ValidationError({"item_id": [_("This score has no such item.")]})
        try:
            decision = reviews.decide_item(
                review=review, verdict=verdict, decision=data["decision"],
                value=data["value"], comment=data["comment"],
            )  # fmt: skip
        except reviews.ReviewError as exc:
            return review_error(exc)
        decision = ItemDecision.objects.select_related("verdict").get(pk=decision.pk)
        return Response(DecisionSerializer(decision).data)

    @extend_schema(
        request=FeedbackSerializer, responses={200: ReviewSerializer, 409: ErrorSerializer}
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def feedback(self, request: Request, pk: str) -> Response:
        review = self.get_object()
        form = FeedbackSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            review = reviews.set_feedback(review=review, feedback=form.validated_data["feedback"])
        except reviews.ReviewError as exc:
            return review_error(exc)
        return self._fresh(review)

    @extend_schema(
        request=None,
        responses={200: ReviewSerializer, 409: ErrorSerializer},
        description="Record every undecided item as agreed; the review is then reviewed.",
    )
    @action(detail=True, methods=["post"], url_path="mark-reviewed", filter_backends=[])
    def mark_reviewed(self, request: Request, pk: str) -> Response:
        try:
            review = reviews.mark_reviewed(review=self.get_object())
        except reviews.ReviewError as exc:
            return review_error(exc)
        return self._fresh(review)

    @extend_schema(
        request=None,
        responses={200: ReviewSerializer, 409: ErrorSerializer},
        description="Release the result to the student (marking the review reviewed first).",
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def release(self, request: Request, pk: str) -> Response:
        try:
            review = reviews.release(review=self.get_object(), tutor=viewer(request))
        except reviews.ReviewError as exc:
            return review_error(exc)
        return self._fresh(review)
