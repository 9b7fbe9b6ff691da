"""The REST API's shared parts (query-parameter filters, one error shape, the schema's error
responses, a JSON 404 for unknown API URLs) and the cohorts endpoint. What DRF loads from
settings at start-up (roles, throttles, pagination) is in `accounts.api_defaults`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import exceptions, filters, serializers, viewsets
from rest_framework.decorators import (
    api_view,
    authentication_classes,
    permission_classes,
    throttle_classes,
)
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from accounts.api_defaults import SUPERUSER
from accounts.models import Cohort, User
from accounts.roles import Role

MAX_ID = 2**63 - 1  # ids are 64-bit; larger numbers can reach no row


def viewer(request: Request) -> User:
    user = request.user
    if not isinstance(user, User):  # RoleRequired let no anonymous user through
        raise exceptions.NotAuthenticated()
    return user


# Filters and pagination


@dataclass(frozen=True)
class QueryFilter:
    """One plain query parameter of a list: `?name=value` filters on `lookup`."""

    lookup: str
    kind: type = str
    choices: tuple[str, ...] = ()
    description: str = ""

    def parse(self, name: str, raw: str) -> object:
        if self.kind is bool:
            if raw.lower() not in {"true", "false", "1", "0"}:
                raise exceptions.ValidationError({name: [_("Give true or false.")]})
            return raw.lower() in {"true", "1"}
        if self.kind is int:
            if not raw.isdigit() or int(raw) > MAX_ID:
                raise exceptions.ValidationError({name: [_("Give a whole number (an id).")]})
            return int(raw)
        if self.choices and raw not in self.choices:
            allowed = ", ".join(self.choices)
            message = _("Choose among: %(choices)s.") % {"choices": allowed}
            raise exceptions.ValidationError({name: [message]})
        return raw

    def parameter(self, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        if self.kind is int:
            schema = {"type": "integer", "minimum": 0, "maximum": MAX_ID}
        elif self.kind is bool:
            schema = {"type": "boolean"}
        elif self.choices:
            schema = {"type": "string", "enum": list(self.choices)}
        return {
            "name": name,
            "in": "query",
            "required": False,
            "description": self.description,
            "schema": schema,
        }


def query_flag(request: Request, name: str) -> bool:
    """A true/false query parameter; absent is false."""
    raw = request.query_params.get(name)
    return bool(QueryFilter(name, bool).parse(name, raw)) if raw else False


class QueryFilterBackend(filters.BaseFilterBackend):
    """Applies the view's `query_filters` ({parameter: QueryFilter}); a bad value is a 400."""

    def filter_queryset(self, request: Request, queryset: QuerySet[Any], view: Any) -> Any:
        specs: Mapping[str, QueryFilter] = getattr(view, "query_filters", {})
        for name, spec in specs.items():
            raw = request.query_params.get(name)
            if raw:
                queryset = queryset.filter(**{spec.lookup: spec.parse(name, raw)})
        return queryset

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        specs: Mapping[str, QueryFilter] = getattr(view, "query_filters", {})
        return [spec.parameter(name) for name, spec in specs.items()]


# Errors


class FieldErrorSerializer(serializers.Serializer[Any]):
    path = serializers.CharField(help_text="Where the problem is: a field or a bundle path.")
    message = serializers.CharField()


class ErrorSerializer(serializers.Serializer[Any]):
    detail = serializers.CharField()
    code = serializers.CharField()
    # The metaclass moves declared fields aside, so this does not hide Serializer.errors.
    errors = FieldErrorSerializer(many=True)  # type: ignore[assignment]


def _flatten(detail: Any, path: str = "") -> list[dict[str, str]]:
    if isinstance(detail, Mapping):
        return [
            error
            for key, value in detail.items()
            for error in _flatten(value, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(detail, list):
        if all(isinstance(item, str) for item in detail):
            return [{"path": path, "message": str(item)} for item in detail]
        return [
            error
            for index, item in enumerate(detail)
            for error in _flatten(item, f"{path}.{index}" if path else str(index))
        ]
    return [{"path": path, "message": str(detail)}]


def error_body(
    detail: str, code: str, errors: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    return {"detail": detail, "code": code, "errors": errors or []}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every API error has one shape: `{detail, code, errors: [{path, message}]}`."""
    if isinstance(exc, Http404):  # Django's message names the model: keep DRF's plain one
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    if isinstance(exc, exceptions.ValidationError):
        body = error_body(str(_("Invalid input.")), "invalid", _flatten(exc.detail))
    else:
        detail = exc.detail
        code = getattr(detail, "code", None) or exc.default_code
        body = error_body(str(detail), str(code))
    response.data = body
    return response


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.tokens.BearerTokenAuthentication"
    name = "bearerToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "dsm_<prefix>_<secret>",
            "description": "An integration token (`manage.py api_token create`); its scopes "
            "(read, write, export, scoring) limit what it may do.",
        }


class ApiSchema(AutoSchema):
    """Documents the error responses every operation can give, with the one error shape."""

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for code, description in self._errors().items():
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                responses[code] = {**response, "description": description}
        return responses

    def _errors(self) -> dict[str, str]:
        errors = {
            "401": "Not signed in, or the token is invalid, expired or revoked.",
            "403": "Your role, the token's scopes or a missing CSRF token forbid this.",
            "429": "Too many requests: retry after the `Retry-After` header's seconds.",
        }
        if self.method != "GET" or self._is_list_view() or self.get_override_parameters():
            errors["400"] = "Invalid input: `errors` lists each problem with its path."
        if "{" in self.path or self._is_list_view():
            errors["404"] = "No such object visible to you (or a page past the last)."
        return errors


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@authentication_classes([])
@permission_classes([])
@throttle_classes([])
def not_found(request: Request, path: str = "") -> Response:
    """Any other URL under /api/: a 404 in the API's error shape, not an HTML page."""
    raise exceptions.NotFound()


# Cohorts


class UserSummarySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    username = serializers.CharField()
    full_name = serializers.CharField(source="get_full_name")


class CohortSerializer(serializers.ModelSerializer[Cohort]):
    tutors = UserSummarySerializer(many=True, read_only=True)
    students = serializers.SerializerMethodField(
        help_text="Every student for the cohort's tutors and the admin; a student sees only "
        "themselves."
    )

    class Meta:
        model = Cohort
        fields = ["id", "name", "year", "tutors", "students"]

    @extend_schema_field(UserSummarySerializer(many=True))
    def get_students(self, cohort: Cohort) -> list[dict[str, Any]]:
        user: User = self.context["request"].user
        everyone = user.is_superuser or any(t.pk == user.pk for t in cohort.tutors.all())
        students = [s for s in cohort.students.all() if everyone or s.pk == user.pk]
        return list(UserSummarySerializer(students, many=True).data)


def visible_cohorts(user: User) -> QuerySet[Cohort]:
    cohorts = Cohort.objects.all()
    if not user.is_superuser:
        cohorts = cohorts.filter(Q(tutors=user) | Q(students=user)).distinct()
    return cohorts.prefetch_related("tutors", "students")


@extend_schema(tags=["cohorts"])
class CohortViewSet(viewsets.ReadOnlyModelViewSet[Cohort]):
    """Cohorts: a tutor's taught cohorts, a student's own, every cohort for the admin."""

    serializer_class = CohortSerializer
    queryset = Cohort.objects.none()  # the model, for the schema; see get_queryset
    action_roles = {"*": (Role.STUDENT, Role.TUTOR, SUPERUSER)}
    query_filters = {"year": QueryFilter("year", description="academic year, exactly")}
    filter_backends = [QueryFilterBackend, filters.SearchFilter, filters.OrderingFilter]
    search_fields = ["name"]
    ordering_fields = ["name", "year"]
    ordering = ["name"]

    def get_queryset(self) -> QuerySet[Cohort]:
        return visible_cohorts(viewer(self.request))
