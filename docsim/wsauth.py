"""Session authentication of websockets: the Django session and user, read once per handshake.

Channels' AuthMiddlewareStack reads them through `database_sync_to_async`, which runs on the
process's single thread-sensitive thread: a burst of handshakes queued there behind each other.
Here the lookup runs on the ORM pool (encounters.asyncdb), and the socket's later frames pass
straight through (the session is not written by a socket).
"""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user
from django.http.cookie import parse_cookie

from encounters.asyncdb import db

Scope = dict[str, Any]


def _cookies(scope: Scope) -> dict[str, str]:
    for name, value in scope.get("headers", ()):
        if name == b"cookie":
            return parse_cookie(value.decode("latin1"))
    return {}


def _session_and_user(session_key: str | None) -> tuple[Any, Any]:
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    user = get_user(SimpleNamespace(session=store))  # type: ignore[arg-type]
    return store, user


class SessionAuthMiddleware:
    """Puts `cookies`, `session` and `user` (AnonymousUser when signed out) in the scope."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> Any:
        cookies = _cookies(scope)
        session, user = await db(_session_and_user)(cookies.get(settings.SESSION_COOKIE_NAME))
        scope = dict(scope, cookies=cookies, session=session, user=user)
        return await self.inner(scope, receive, send)
