"""Compile the translation catalogues with polib (no system gettext needed)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from accounts.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files."

    def handle(self, *args: Any, **options: Any) -> None:
        for path in compile_catalogues(settings.BASE_DIR):
            self.stdout.write(f"compiled {path.relative_to(settings.BASE_DIR)}")
