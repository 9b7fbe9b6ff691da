"""Top-level URL configuration."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("docsim.api_urls")),
    path("cases/versions/", include("cases.tutor_urls")),
    path("cases/", include("cases.urls")),
    path("", include("encounters.urls")),
    path("", include("scoring.urls")),
    path("", include("accounts.urls")),
]
