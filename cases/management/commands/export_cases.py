"""Export cases as bundles: content only, so export → import → export is byte-identical."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q

from cases.models import Case
from cases.services import CaseError, export_text


class Command(BaseCommand):
    help = "Export the latest published version of cases (or their drafts) as bundles."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("cases", nargs="*", help="slugs or institution/slug; default: all")
        parser.add_argument("--output", help="folder to write <institution>--<slug>.<format> to")
        parser.add_argument("--draft", action="store_true", help="export drafts, not versions")
        parser.add_argument("--format", choices=["json", "yaml"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        cases = self._select(options["cases"], options["draft"])
        output = options["output"]
        if not output and len(cases) != 1:
            raise CommandError("several cases selected: give --output DIR")
        for case in cases:
            try:
                text = export_text(case, draft=options["draft"], fmt=options["format"])
            except CaseError as exc:
                raise CommandError(str(exc)) from None
            if not output:
                self.stdout.write(text, ending="")
                continue
            folder = Path(output)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{case.institution}--{case.slug}.{options['format']}"
            path.write_text(text, encoding="utf-8")
            self.stdout.write(f"wrote {path}")

    def _select(self, names: list[str], draft: bool) -> list[Case]:
        queryset = Case.objects.all() if draft else Case.objects.filter(versions__isnull=False)
        if not names:
            return list(queryset.distinct())
        found = []
        for name in names:
            institution, _sep, slug = name.rpartition("/")
            query = Q(slug=slug) & (Q(institution=institution) if institution else Q())
            matches = list(queryset.filter(query).distinct())
            if not matches:
                raise CommandError(
                    f"no case {name!r}" + ("" if draft else " with a published version")
                )
            if len(matches) > 1:
                raise CommandError(f"{name!r} is ambiguous: give institution/slug")
            found.extend(matches)
        return found
