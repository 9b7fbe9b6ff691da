"""A seeded world for the REST API tests: cases, encounters in every phase, scores, reviews,
a finished scoring job, and integration tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from accounts.models import ApiToken, User
from accounts.tokens import create_token
from cases.models import CaseVersion
from encounters.models import Encounter
from encounters.services import start_encounter
from scoring import reviews
from scoring import services as scoring
from scoring.api.jobs import run_scoring_job, start_scoring_job
from scoring.models import Review, Score, ScoringJob
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas
from tests.encounters.conftest import publish
from tests.scoring.conftest import finished_encounter

SORE_THROAT = [
    ("student", "Hello, my name is Sam, I'm a medical student. When did it start?"),
    ("patient", "It started three days ago."),
    ("student", "Are you allergic to any medicines?"),
    ("patient", "I'm allergic to penicillin, I came out in a rash."),
]
NOTE = ("22M, sore throat.", "Tonsillitis.", "Phenoxymethylpenicillin? No: allergic.")


@dataclass
class World:
    personas: Personas
    version: CaseVersion  # practice
    exam_version: CaseVersion
    open_encounter: Encounter  # student A, interviewing
    released: Encounter  # student A, scored, review released
    pending: Encounter  # student A, scored, review started, not released
    fresh: Encounter  # student A, scored, no review
    other: Encounter  # student B, scored, review released
    pending_review: Review
    released_review: Review
    job: ScoringJob

    def score(self, encounter: Encounter) -> Score:
        return Score.objects.current().get(encounter=encounter)

    def ids(self) -> dict[str, int]:
        p = self.personas
        return {
            "version": self.version.pk,
            "exam_version": self.exam_version.pk,
            "case": self.version.case_id,
            "open": self.open_encounter.pk,
            "released": self.released.pk,
            "pending": self.pending.pk,
            "fresh": self.fresh.pk,
            "other": self.other.pk,
            "released_score": self.score(self.released).pk,
            "pending_score": self.score(self.pending).pk,
            "fresh_score": self.score(self.fresh).pk,
            "other_score": self.score(self.other).pk,
            "pending_review": self.pending_review.pk,
            "released_review": self.released_review.pk,
            "job": self.job.pk,
            "cohort": p.cohort.pk,
            "other_cohort": p.other_cohort.pk,
        }


def _scored(student: User, version: CaseVersion) -> Encounter:
    encounter = finished_encounter(student, version, SORE_THROAT, NOTE)
    scoring.score_encounter(encounter=encounter)
    return encounter


def _released(encounter: Encounter, tutor: User) -> Review:
    score = Score.objects.current().get(encounter=encounter)
    review = reviews.start_review(score=score, tutor=tutor)
    verdict = score.verdicts.get(item_id="C1")
    value = "met" if verdict.verdict != "met" else "not_met"
    reviews.decide_item(
        review=review, verdict=verdict, decision="override", value=value, comment="Kind words."
    )
    reviews.set_feedback(review=review, feedback="Good history; examine the throat next time.")
    return reviews.release(review=review, tutor=tutor)


@pytest.fixture(autouse=True)
def _api_settings(settings: Any, tmp_path: Path) -> Iterator[None]:
    """Throttle history lives in the cache, which outlives a test's database."""
    settings.DOCSIM_SCORING_RESULTS_DIR = tmp_path / "scoring-jobs"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(personas: Personas) -> World:
    version = publish(sample_bundle_data())
    exam = sample_bundle_data()
    exam["identity"]["slug"] = "sore-throat-exam"
    exam["metadata"]["use"] = "exam"
    exam_version = publish(exam)
    p = personas
    released, pending, fresh = (_scored(p.student, version) for _ in range(3))
    other = _scored(p.other_student, version)
    pending_review = reviews.start_review(score=Score.objects.current().get(encounter=pending),
                                          tutor=p.tutor)  # fmt: skip
    _released(other, p.other_tutor)
    job = start_scoring_job(user=p.tutor, cohort=p.cohort, case=None, engine="offline")
    run_scoring_job(job)
    return World(
        personas=p,
        version=version,
        exam_version=exam_version,
        open_encounter=start_encounter(student=p.student, version=version),
        released=released,
        pending=pending,
        fresh=fresh,
        other=other,
        pending_review=pending_review,
        released_review=_released(released, p.tutor),
        job=ScoringJob.objects.get(pk=job.pk),
    )


def token_client(user: User, scopes: list[str], **client_options: Any) -> Client:
    issued = create_token(user=user, name="test", scopes=scopes)
    return Client(HTTP_AUTHORIZATION=f"Bearer {issued.plaintext}", **client_options)


ALL_SCOPES = list(ApiToken.Scope.values)
