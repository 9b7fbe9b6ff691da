"""The Celery application: eager in-process without REDIS_URL, Redis-backed workers with it."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")

app = Celery("docsim")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
