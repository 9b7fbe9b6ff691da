"""Websocket URL routes of every app."""

from __future__ import annotations

from django.urls import path

from accounts.consumers import NotificationsConsumer
from encounters.routing import websocket_urlpatterns as encounter_routes

websocket_urlpatterns = [
    path("ws/notifications/", NotificationsConsumer.as_asgi()),
    *encounter_routes,
]
