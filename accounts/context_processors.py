"""Template context: which roles the signed-in user holds, for role-based navigation."""

from __future__ import annotations

from django.http import HttpRequest


def roles(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"user_roles": frozenset()}
    return {"user_roles": user.role_names}
