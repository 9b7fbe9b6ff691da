"""Scoring pages: tutors' review at /review/, faculty calibration at /review/calibration/,
the student's feedback at /encounters/<id>/feedback/."""

from __future__ import annotations

from django.urls import path

from scoring.views import faculty, student, tutor

urlpatterns = [
    path("review/", tutor.queue, name="tutor-start"),
    path("review/calibration/", faculty.calibration_page, name="calibration"),
    path(
        "review/calibration/encounters/<int:pk>/",
        faculty.anonymised_encounter,
        name="calibration-encounter",
    ),
    path("review/encounters/<int:pk>/", tutor.review, name="review-detail"),
    path(
        "review/encounters/<int:pk>/items/<int:verdict_id>/",
        tutor.decide,
        name="review-decide",
    ),
    path("review/encounters/<int:pk>/feedback/", tutor.feedback, name="review-feedback"),
    path("review/encounters/<int:pk>/release/", tutor.release, name="review-release"),
    path("review/encounters/<int:pk>/rescore/", tutor.rescore, name="review-rescore"),
    path("review/encounters/<int:pk>/live/", tutor.live, name="review-live"),
    path("encounters/<int:pk>/feedback/", student.feedback, name="encounter-feedback"),
    path(
        "encounters/<int:pk>/feedback.json", student.feedback_json, name="encounter-feedback-json"
    ),
]
