"""Student pages: stations at /stations/, encounters at /encounters/."""

from __future__ import annotations

from django.urls import path

from encounters import views

urlpatterns = [
    path("stations/", views.station_list, name="student-start"),
    path("stations/<int:version_id>/", views.station_detail, name="station-detail"),
    path("stations/<int:version_id>/start/", views.station_start, name="station-start"),
    path("encounters/", views.encounter_list, name="encounter-list"),
    path("encounters/<int:pk>/", views.interview, name="encounter-interview"),
    path("encounters/<int:pk>/end/", views.interview_end, name="encounter-end"),
    path("encounters/<int:pk>/note/", views.note, name="encounter-note"),
    path("encounters/<int:pk>/submitted/", views.submitted, name="encounter-submitted"),
]
