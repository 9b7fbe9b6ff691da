"""Public case-format documents: the bundle's JSON Schema."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cases.bundle import json_schema


@require_GET
@cache_control(max_age=3600, public=True)
def bundle_schema(request: HttpRequest) -> JsonResponse:
    return JsonResponse(json_schema(), json_dumps_params={"indent": 2, "ensure_ascii": False})
