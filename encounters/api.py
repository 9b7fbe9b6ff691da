"""Encounters in the REST API: practice stations (door instructions only) and a student's own
encounters (start, read, transcript, end, note) for students; their cohorts' encounters,
read-only, for tutors. The interview itself is the socket."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
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
    error_body,
    viewer,
)
from accounts.models import User
from accounts.roles import Role
from cases.models import CaseVersion
from encounters import pages, services
from encounters.models import Encounter, Note, Turn

NOTE_MAX_CHARS = 10_000
RELATED = ("student", "case_version", "note")


# Stations: what a student may read of a published practice case


class VitalSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    value = serializers.CharField()


class StationSerializer(serializers.Serializer[Any]):
    """Metadata and door instructions only: never the hidden fields or the checklist."""

    version_id = serializers.IntegerField()
    title = serializers.CharField()
    language = serializers.CharField()
    specialty = serializers.CharField()
    interview_minutes = serializers.IntegerField()
    note_minutes = serializers.IntegerField()
    setting = serializers.CharField()
    reason_for_visit = serializers.CharField()
    vitals = VitalSerializer(many=True)
    task = serializers.CharField()

    def to_representation(self, instance: Any) -> dict[str, Any]:
        station = pages.station(instance) if isinstance(instance, CaseVersion) else instance
        return dict(super().to_representation(station))


@extend_schema(tags=["cases"])
class StationViewSet(viewsets.ReadOnlyModelViewSet[CaseVersion]):
    """Practice stations (the current version of every published practice case): the door
    instructions a student reads before starting an encounter. The `id` is the version's."""

    serializer_class = StationSerializer
    action_roles = {"*": (Role.STUDENT,)}
    query_filters = {"language": QueryFilter("language")}
    filter_backends = [QueryFilterBackend, filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["title"]
    ordering_fields = ["title", "published_at"]
    ordering = ["title", "pk"]

    def get_queryset(self) -> QuerySet[CaseVersion]:
        return pages.practice_versions()


# Encounters


class NoteSerializer(serializers.ModelSerializer[Note]):
    summary = serializers.CharField(allow_blank=True, max_length=NOTE_MAX_CHARS)
    differential = serializers.CharField(allow_blank=True, max_length=NOTE_MAX_CHARS)
    plan = serializers.CharField(allow_blank=True, max_length=NOTE_MAX_CHARS)

    class Meta:
        model = Note
        fields = ["summary", "differential", "plan", "submitted_at", "is_late"]
        read_only_fields = ["submitted_at", "is_late"]


class EncounterSerializer(serializers.ModelSerializer[Encounter]):
    student = UserSummarySerializer(read_only=True)
    title = serializers.CharField(source="case_version.title", read_only=True)
    end_reason = serializers.ChoiceField(
        choices=Encounter.EndReason.choices, allow_blank=True, read_only=True
    )
    remaining_s = serializers.SerializerMethodField(
        help_text="Seconds left in the current phase (interview or note); 0 when done."
    )
    note = serializers.SerializerMethodField()
    socket = serializers.SerializerMethodField(help_text="The interview socket's path.")

    class Meta:
        model = Encounter
        fields = [
            "id", "student", "case_version", "title", "mode", "status", "started_at",
            "interview_deadline", "ended_at", "end_reason", "note_deadline", "finished_at",
            "remaining_s", "note", "socket",
        ]  # fmt: skip
        read_only_fields = fields

    def get_remaining_s(self, encounter: Encounter) -> int:
        return encounter.remaining_s()

    @extend_schema_field(NoteSerializer(allow_null=True))
    def get_note(self, encounter: Encounter) -> dict[str, Any] | None:
        try:
            note = encounter.note
        except Note.DoesNotExist:
            return None
        return dict(NoteSerializer(note).data)

    def get_socket(self, encounter: Encounter) -> str:
        return f"/ws/encounters/{encounter.pk}/"


class EncounterStartSerializer(serializers.Serializer[Any]):
    case_version = serializers.PrimaryKeyRelatedField(
        queryset=pages.practice_versions(),
        help_text="The id of a practice station (see /api/v1/cases/stations/).",
    )


class TurnSerializer(serializers.ModelSerializer[Turn]):
    reply_to: serializers.SlugRelatedField[Turn] = serializers.SlugRelatedField(
        slug_field="seq", read_only=True, allow_null=True
    )

    class Meta:
        model = Turn
        fields = ["seq", "role", "text", "status", "reply_to", "created_at"]
        read_only_fields = fields


def visible_encounters(user: User) -> QuerySet[Encounter]:
    """A student's own encounters and, for a tutor, those of the cohorts they teach."""
    visible = Q(pk__in=[])
    if user.is_student:
        visible |= Q(student=user)
    if user.is_tutor:
        visible |= Q(student__cohorts__tutors=user)
    return Encounter.objects.filter(visible).distinct().select_related(*RELATED)


def encounter_error(exc: services.EncounterError) -> Response:
    return Response(error_body(exc.message, exc.code), status=status.HTTP_409_CONFLICT)


READERS = (Role.STUDENT, Role.TUTOR)


@extend_schema(tags=["encounters"])
class EncounterViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[Encounter],
):
    """A student's own encounters; a tutor's cohorts' encounters (read-only). Another student's
    encounter does not exist for a student (404)."""

    serializer_class = EncounterSerializer
    queryset = Encounter.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {
        "list": READERS,
        "retrieve": READERS,
        "transcript": READERS,
        "*": (Role.STUDENT,),
    }
    query_filters = {
        "status": QueryFilter("status", choices=tuple(Encounter.Status.values)),
        "mode": QueryFilter("mode", choices=tuple(Encounter.Mode.values)),
        "case_version": QueryFilter("case_version_id", int),
        "student": QueryFilter("student_id", int, description="a student's id (tutors)"),
        "cohort": QueryFilter("student__cohorts", int, description="a cohort's id"),
    }
    filter_backends = [QueryFilterBackend, filters.OrderingFilter]
    ordering_fields = ["started_at", "finished_at", "id"]
    ordering = ["-started_at", "-id"]

    def get_queryset(self) -> QuerySet[Encounter]:
        user = viewer(self.request)
        if self.action in {"end", "note"}:
            return Encounter.objects.for_student(user).select_related(*RELATED)
        return visible_encounters(user)

    def get_object(self) -> Encounter:
        encounter = super().get_object()
        if encounter.status != Encounter.Status.DONE:
            encounter = services.enforce_deadlines(encounter)
        return encounter

    @extend_schema(
        request=EncounterStartSerializer,
        responses={201: EncounterSerializer, 409: ErrorSerializer},
        description="Start an encounter at a practice station; the interview runs on the "
        "returned socket.",
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        form = EncounterStartSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            encounter = services.start_encounter(
                student=viewer(request), version=form.validated_data["case_version"]
            )
        except services.EncounterError as exc:
            return encounter_error(exc)
        return Response(EncounterSerializer(encounter).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses={200: TurnSerializer(many=True)})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def transcript(self, request: Request, pk: str) -> Response:
        turns = self.get_object().turns.select_related("reply_to").order_by("seq")
        return Response(TurnSerializer(turns, many=True).data)

    @extend_schema(request=None, responses={200: EncounterSerializer})
    @action(detail=True, methods=["post"], filter_backends=[])
    def end(self, request: Request, pk: str) -> Response:
        encounter = services.end_encounter(encounter=self.get_object())
        return Response(EncounterSerializer(encounter).data)

    @extend_schema(request=NoteSerializer, responses={201: NoteSerializer, 409: ErrorSerializer})
    @action(detail=True, methods=["post"], filter_backends=[])
    def note(self, request: Request, pk: str) -> Response:
        form = NoteSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        encounter = self.get_object()
        try:
            note = services.submit_note(encounter=encounter, **form.validated_data)
        except services.EncounterError as exc:
            return encounter_error(exc)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)
