"""Signals to other apps, by Celery task name only (encounters never imports scoring)."""

from __future__ import annotations

import logging

from django.db import transaction

from docsim.celery import app

SCORE_TASK = "scoring.tasks.score_encounter_task"
log = logging.getLogger(__name__)


def queue_scoring(encounter_id: int) -> None:
    """Queue scoring once the surrounding transaction commits."""
    transaction.on_commit(lambda: _send(encounter_id))


def _send(encounter_id: int) -> None:
    task = app.tasks.get(SCORE_TASK)
    if task is not None:
        task.delay(encounter_id)  # honours eager mode in the embedded defaults
        return
    app.send_task(SCORE_TASK, args=[encounter_id])
    log.info("scoring queued by name for encounter %s", encounter_id)
