"""Websocket URL routes of every app."""

from __future__ import annotations

from django.urls import path

from accounts.consumers import NotificationsConsumer

websocket_urlpatterns = [
    path("ws/notifications/", NotificationsConsumer.as_asgi()),
]
