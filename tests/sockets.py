"""Helpers to open websockets against the real ASGI application, signed in or not."""

from __future__ import annotations

from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.models import User
from docsim.asgi import application


def _session_cookie(user: User) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


async def open_socket(
    path: str, user: User | None = None, origin: str = "http://testserver"
) -> tuple[WebsocketCommunicator, bool]:
    headers = [(b"origin", origin.encode())]
    if user is not None:
        cookie = await sync_to_async(_session_cookie)(user)
        headers.append((b"cookie", cookie.encode()))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, _subprotocol = await communicator.connect()
    return communicator, connected
