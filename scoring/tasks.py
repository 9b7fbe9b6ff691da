"""Celery tasks of scoring. Tasks take ids; the work is in services."""

from __future__ import annotations

import logging
import os
import time

from celery import Task, shared_task
from django.db import InterfaceError, OperationalError

from docsim.llm import LLMError
from encounters.models import Encounter
from scoring import services

log = logging.getLogger(__name__)
MAX_RETRIES = 5
# Test hook only: the worker-kill test makes scoring slow in its own worker process.
TEST_DELAY_VARIABLE = "DOCSIM_TEST_SCORING_DELAY_S"


@shared_task(
    bind=True,
    name="scoring.tasks.score_encounter_task",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError, LLMError),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
)
def score_encounter_task(self: Task, encounter_id: int) -> int | None:
    """Score a finished encounter (idempotent: a redelivered message finds the Score) and, in
    practice mode, tell the student's pages. A transient LLM failure is retried; the last
    attempt falls back to the offline examiner."""
    delay = float(os.environ.get(TEST_DELAY_VARIABLE) or 0)
    if delay:
        time.sleep(delay)
    encounter = Encounter.objects.filter(pk=encounter_id).first()
    if encounter is None:
        log.warning("score_encounter_task: encounter %s does not exist", encounter_id)
        return None
    last_attempt = self.request.retries >= MAX_RETRIES
    try:
        score = services.score_encounter(encounter=encounter, fallback_on_retryable=last_attempt)
    except services.ScoringError as exc:
        log.warning("encounter %s not scored: %s", encounter_id, exc.code)
        return None
    if encounter.mode == Encounter.Mode.PRACTICE:
        # An exam result reaches the student only when a tutor releases it (scoring.reviews).
        services.notify_score_ready(score)
    return score.pk
