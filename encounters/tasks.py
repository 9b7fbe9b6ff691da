"""Periodic tasks of the encounters app."""

from __future__ import annotations

from celery import shared_task

from encounters.services import sweep_overdue


@shared_task(name="encounters.tasks.sweep_encounters_task")
def sweep_encounters_task() -> int:
    return sweep_overdue()
