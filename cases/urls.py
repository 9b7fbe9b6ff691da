"""URLs of the cases app."""

from __future__ import annotations

from django.urls import path

from cases import views

urlpatterns = [
    path("schema/case-bundle-1.0.json", views.bundle_schema, name="case-bundle-schema"),
]
