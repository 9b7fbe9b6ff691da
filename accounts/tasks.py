"""Housekeeping tasks for accounts."""

from __future__ import annotations

from celery import shared_task
from django.contrib.sessions.models import Session
from django.utils import timezone


@shared_task(name="accounts.tasks.clear_expired_sessions_task")
def clear_expired_sessions_task() -> int:
    deleted, _per_model = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted
