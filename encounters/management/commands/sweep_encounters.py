"""Close overdue interviews and notes (Celery beat runs the same sweep in production)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from encounters.services import sweep_overdue


class Command(BaseCommand):
    help = "Move overdue encounters on: interview → note, note → finished (queues scoring)."

    def handle(self, *args: Any, **options: Any) -> None:
        moved = sweep_overdue()
        self.stdout.write(f"{moved} encounter(s) moved on.")
