"""REST API URLs: /api/v1/ endpoints, the OpenAPI schema and its docs page."""

from __future__ import annotations

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from accounts.api import CohortViewSet, not_found
from cases.api import CaseVersionViewSet, CaseViewSet
from encounters.api import EncounterViewSet, StationViewSet
from scoring.api import ResultViewSet, ReviewViewSet, ScoreViewSet, ScoringJobViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("cases/stations", StationViewSet, basename="api-station")
router.register("cases/versions", CaseVersionViewSet, basename="api-case-version")
router.register("cases", CaseViewSet, basename="api-case")
router.register("encounters", EncounterViewSet, basename="api-encounter")
router.register("scores", ScoreViewSet, basename="api-score")
router.register("results", ResultViewSet, basename="api-result")
router.register("reviews", ReviewViewSet, basename="api-review")
router.register("cohorts", CohortViewSet, basename="api-cohort")
router.register("scoring-jobs", ScoringJobViewSet, basename="api-scoring-job")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    re_path(r"^(?P<path>[\s\S]*)$", not_found, name="api-not-found"),
]
