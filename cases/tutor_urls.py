"""Tutor pages on published case versions, mounted at /cases/versions/."""

from __future__ import annotations

from django.urls import path

from cases import tutor_views

urlpatterns = [
    path("", tutor_views.version_list, name="case-version-list"),
    path("<int:pk>/", tutor_views.version_detail, name="case-version-detail"),
]
