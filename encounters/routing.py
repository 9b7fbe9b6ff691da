"""Websocket routes of the encounters app."""

from __future__ import annotations

from django.urls import path

from encounters.consumers import InterviewConsumer

websocket_urlpatterns = [
    path("ws/encounters/<int:pk>/", InterviewConsumer.as_asgi()),
]
