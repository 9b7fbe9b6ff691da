"""The REST API's defaults that DRF imports while it loads (`REST_FRAMEWORK` in settings): the
role each action needs, the throttles and the pagination. This module must not import DRF's
views, generics or viewsets, which read these settings as they are defined."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from rest_framework import pagination
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from accounts.models import ApiToken, User
from accounts.roles import Role

SUPERUSER = "superuser"  # the admin: not a role group; named where an action allows them

# Roles


def holds_any(user: Any, roles: Iterable[Role | str]) -> bool:
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    return any(
        user.is_superuser if role == SUPERUSER else user.has_role(Role(role)) for role in roles
    )


class RoleRequired(BasePermission):
    """The view names the roles of each action in `action_roles` (`"*"` for the rest); a user
    holding none of them gets 403. A view that names none refuses everyone."""

    message = _("Your role does not allow this request.")

    def has_permission(self, request: Request, view: Any) -> bool:
        table: Mapping[str, Iterable[Role | str]] = getattr(view, "action_roles", {})
        roles = table.get(getattr(view, "action", None) or "", table.get("*", ()))
        return holds_any(request.user, roles)


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


# Throttles: rates are read on each request, so settings changes apply at once.


class LiveRateMixin:
    scope: str | None

    def get_rate(self) -> str | None:
        from rest_framework.settings import api_settings

        rates: dict[str, Any] = dict(api_settings.DEFAULT_THROTTLE_RATES)
        if self.scope is None or self.scope not in rates:
            raise ImproperlyConfigured(f"No throttle rate set for scope {self.scope!r}.")
        return rates[self.scope]


class AnonThrottle(LiveRateMixin, AnonRateThrottle):
    pass


class UserThrottle(LiveRateMixin, UserRateThrottle):
    pass


class TokenThrottle(LiveRateMixin, SimpleRateThrottle):
    """Per token, on top of the per-user throttle (rate `token`)."""

    scope = "token"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if not isinstance(request.auth, ApiToken):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.prefix}


class ActionThrottle(LiveRateMixin, SimpleRateThrottle):
    """Per user, for the actions a view names in `throttle_scopes` ({action: rate scope})."""

    def __init__(self) -> None:
        pass  # the scope, so the rate, is known only from the view

    def allow_request(self, request: Request, view: Any) -> bool:
        scopes: Mapping[str, str] = getattr(view, "throttle_scopes", {})
        self.scope = scopes.get(getattr(view, "action", None) or "")
        if self.scope is None or not request.user.is_authenticated:
            return True
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}
