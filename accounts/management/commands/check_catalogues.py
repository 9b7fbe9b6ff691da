"""Fail when a translation catalogue is incomplete or out of date with the code."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.catalogues import check_catalogue


class Command(BaseCommand):
    help = "Check that every UI string is in the catalogue and translated (needs xgettext)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", default="fr")

    def handle(self, *args: Any, **options: Any) -> None:
        report = check_catalogue(settings.BASE_DIR, options["language"])
        for label, items in (
            ("missing from the catalogue", report.missing),
            ("untranslated", report.untranslated),
            ("fuzzy", report.fuzzy),
            ("obsolete", report.obsolete),
        ):
            for msgid in items:
                self.stderr.write(f"{label}: {msgid!r}")
        if not report.is_ok:
            raise CommandError("The catalogue is not complete; run `make messages` and translate.")
        self.stdout.write(self.style.SUCCESS("Catalogue complete and up to date."))
