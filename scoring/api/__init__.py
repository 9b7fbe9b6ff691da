"""Scoring in the REST API: tutors' scores and reviews, students' released results, and
scoring jobs (whose Celery task is registered here, see CELERY_IMPORTS)."""

from scoring.api.jobs import ScoringJobViewSet, run_scoring_job_task
from scoring.api.reviews import ReviewViewSet
from scoring.api.scores import ResultViewSet, ScoreViewSet

__all__ = [
    "ResultViewSet",
    "ReviewViewSet",
    "ScoreViewSet",
    "ScoringJobViewSet",
    "run_scoring_job_task",
]
