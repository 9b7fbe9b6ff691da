"""Cases in the REST API: drafts with their bundles, import, export and publishing for faculty;
published versions (full bundle) for tutors and faculty."""

from __future__ import annotations

from typing import Any

from django.db.models import BooleanField, ExpressionWrapper, F, Max, Q, QuerySet
from django.http import HttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import filters, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api import (
    ErrorSerializer,
    FieldErrorSerializer,
    QueryFilter,
    QueryFilterBackend,
    error_body,
    query_flag,
    viewer,
)
from accounts.models import ApiToken
from accounts.roles import Role
from cases import bundle as bundles
from cases.bundle import BundleError, BundleInvalid
from cases.models import Case, CaseVersion
from cases.services import CaseError, case_bundle, export_text, import_bundle, publish_case

BUNDLE_HELP = "A case bundle (format: /cases/schema/case-bundle-1.0.json)."
USES = tuple(Case.UseChoices.values)


def _errors(problems: list[BundleError]) -> list[dict[str, str]]:
    return [{"path": p.path, "message": p.message} for p in problems]


def conflict(message: str, problems: list[BundleError] | None = None) -> Response:
    body = error_body(message, "conflict", _errors(problems or []))
    return Response(body, status=status.HTTP_409_CONFLICT)


# Published versions


def published_versions() -> QuerySet[CaseVersion]:
    """Every published version, knowing whether it is its case's current one."""
    return (
        CaseVersion.objects.select_related("case")
        .annotate(newest=Max("case__versions__number"))
        .alias(
            is_current=ExpressionWrapper(
                Q(number=F("newest"), case__is_retired=False), output_field=BooleanField()
            )
        )
    )


class CaseVersionSerializer(serializers.ModelSerializer[CaseVersion]):
    key = serializers.CharField(source="case.key", read_only=True)
    is_current = serializers.SerializerMethodField()

    class Meta:
        model = CaseVersion
        fields = [
            "id", "case", "key", "number", "title", "language", "use", "content_hash",
            "published_at", "is_current",
        ]  # fmt: skip

    def get_is_current(self, version: CaseVersion) -> bool:
        newest = getattr(version, "newest", None)
        return newest == version.number and not version.case.is_retired


class CaseVersionDetailSerializer(CaseVersionSerializer):
    bundle = serializers.JSONField(read_only=True, help_text=BUNDLE_HELP)

    class Meta(CaseVersionSerializer.Meta):
        fields = [*CaseVersionSerializer.Meta.fields, "bundle"]


@extend_schema(tags=["cases"])
class CaseVersionViewSet(viewsets.ReadOnlyModelViewSet[CaseVersion]):
    """Published case versions with their full bundle (hidden fields and checklist included):
    tutors review against them, faculty author them."""

    action_roles = {"*": (Role.TUTOR, Role.FACULTY)}
    query_filters = {
        "case": QueryFilter("case_id", int, description="the case's id"),
        "use": QueryFilter("use", choices=USES),
        "language": QueryFilter("language"),
        "current": QueryFilter(
            "is_current", bool, description="only the newest version of cases not retired"
        ),
    }
    filter_backends = [QueryFilterBackend, filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["title", "case__slug"]
    ordering_fields = ["title", "published_at", "number"]
    ordering = ["title", "-number"]

    def get_queryset(self) -> QuerySet[CaseVersion]:
        return published_versions()

    def get_serializer_class(self) -> type[CaseVersionSerializer]:
        return CaseVersionDetailSerializer if self.action == "retrieve" else CaseVersionSerializer


# Drafts


class CaseSerializer(serializers.ModelSerializer[Case]):
    latest_version = serializers.SerializerMethodField(
        help_text="The number of the newest published version; null before the first."
    )

    class Meta:
        model = Case
        fields = [
            "id", "key", "institution", "slug", "title", "language", "use", "is_retired",
            "created_at", "updated_at", "latest_version",
        ]  # fmt: skip

    def get_latest_version(self, case: Case) -> int | None:
        return getattr(case, "latest_number", None)


class CaseDetailSerializer(CaseSerializer):
    bundle = serializers.SerializerMethodField(
        help_text=BUNDLE_HELP + " Null when the draft does not fit the bundle schema yet."
    )
    problems = serializers.SerializerMethodField(
        help_text="What stops the draft from being published; empty when it validates."
    )

    class Meta(CaseSerializer.Meta):
        fields = [*CaseSerializer.Meta.fields, "bundle", "problems"]

    def _checked(self, case: Case) -> tuple[dict[str, Any] | None, list[BundleError]]:
        cache: dict[int, tuple[dict[str, Any] | None, list[BundleError]]]
        cache = self.context.setdefault("checked", {})
        if case.pk not in cache:
            try:
                parsed = case_bundle(case)
            except BundleInvalid as exc:
                cache[case.pk] = (None, exc.errors)
            else:
                cache[case.pk] = (bundles.to_data(parsed), bundles.check(parsed))
        return cache[case.pk]

    @extend_schema_field({"type": "object", "nullable": True, "additionalProperties": {}})
    def get_bundle(self, case: Case) -> dict[str, Any] | None:
        return self._checked(case)[0]

    @extend_schema_field(FieldErrorSerializer(many=True))
    def get_problems(self, case: Case) -> list[dict[str, str]]:
        return _errors(self._checked(case)[1])


class ImportResultSerializer(serializers.Serializer[Any]):
    key = serializers.CharField()
    created = serializers.BooleanField(help_text="False when an existing case got a new draft.")
    case = CaseSerializer()


UPDATE = OpenApiParameter(
    "update", bool, description="make a new draft revision of an existing case"
)
DRAFT = OpenApiParameter("draft", bool, description="the draft instead of the latest version")


@extend_schema(tags=["cases"])
class CaseViewSet(viewsets.ReadOnlyModelViewSet[Case]):
    """Case drafts, for faculty: the full bundle with its validation problems, import, export
    and publishing."""

    action_roles = {"*": (Role.FACULTY,)}
    token_scopes = {"export": {ApiToken.Scope.EXPORT}}
    query_filters = {
        "institution": QueryFilter("institution"),
        "use": QueryFilter("use", choices=USES),
        "language": QueryFilter("language"),
        "retired": QueryFilter("is_retired", bool),
    }
    filter_backends = [QueryFilterBackend, filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["title", "slug"]
    ordering_fields = ["title", "updated_at", "created_at", "slug"]
    ordering = ["institution", "slug"]

    def get_queryset(self) -> QuerySet[Case]:
        return Case.objects.annotate(latest_number=Max("versions__number"))

    def get_serializer_class(self) -> type[CaseSerializer]:
        return CaseDetailSerializer if self.action == "retrieve" else CaseSerializer

    @extend_schema(
        request={"application/json": OpenApiTypes.OBJECT},
        parameters=[UPDATE],
        responses={201: ImportResultSerializer, 409: ErrorSerializer},
        description="Import a bundle as a new draft (or, with `update`, a new draft revision "
        "of the same identity). Invalid bundles get a 400 listing every problem by path.",
    )
    @action(detail=False, methods=["post"], url_path="import")
    def import_case(self, request: Request) -> Response:
        update = query_flag(request, "update")
        try:
            parsed = bundles.parse_bytes(request.body or b"{}", "json")
            result = import_bundle(bundle=parsed, user=viewer(request), update=update)
        except BundleInvalid as exc:
            body = error_body(_("The case bundle is not valid."), "invalid", _errors(exc.errors))
            return Response(body, status=status.HTTP_400_BAD_REQUEST)
        except CaseError as exc:
            return conflict(str(exc), exc.problems)
        assert result.case is not None  # not a dry run
        case = self.get_queryset().get(pk=result.case.pk)
        data = {"key": result.key, "created": result.created, "case": case}
        return Response(ImportResultSerializer(data).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        parameters=[DRAFT],
        responses={
            (200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT, BUNDLE_HELP),
            409: ErrorSerializer,
        },
        description="The canonical bundle (content only: export → import → export is "
        "byte-identical). Tokens need the `export` scope.",
    )
    @action(detail=True, methods=["get"])
    def export(self, request: Request, pk: str) -> HttpResponse | Response:
        case = self.get_object()
        try:
            text = export_text(case, draft=query_flag(request, "draft"))
        except BundleInvalid as exc:
            return conflict(_("The draft does not fit the bundle schema yet."), exc.errors)
        except CaseError as exc:
            return conflict(str(exc))
        response = HttpResponse(text, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{case.slug}.json"'
        return response

    @extend_schema(
        request=None,
        responses={201: CaseVersionSerializer, 409: ErrorSerializer},
        description="Publish the draft as a new immutable version; refused (409, with the "
        "problems) when it does not validate or nothing changed.",
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, pk: str) -> Response:
        case = self.get_object()
        try:
            version = publish_case(case=case, user=viewer(request))
        except CaseError as exc:
            return conflict(str(exc), exc.problems)
        found = published_versions().get(pk=version.pk)
        return Response(CaseVersionSerializer(found).data, status=status.HTTP_201_CREATED)
