"""Agreement of an examiner engine with human item labels (JSON Lines, docs/scoring.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from scoring import agreement, services
from scoring.engines import ENGINES, get_examiner
from scoring.transcripts import Record, read_records


class Command(BaseCommand):
    help = (
        "Compare an examiner engine with human labels: precision, recall, F1, Cohen's kappa "
        "and MCC overall, per section and per item."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON Lines: transcripts with item labels")
        parser.add_argument("--engine", choices=ENGINES, default="offline")
        parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
        parser.add_argument("--no-items", action="store_true", help="leave out the item table")
        parser.add_argument(
            "--disagreements", action="store_true", help="list each item where they differ"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
        records: list[Record] = []
        for found in read_records(path, services.resolve_case):
            if isinstance(found, Record):
                records.append(found)
            else:
                self.stderr.write(f"line {found[0]}: {found[1]} (skipped)")
        unlabelled = [r.id for r in records if not r.transcript.labels]
        if unlabelled:
            self.stderr.write(f"{len(unlabelled)} transcripts have no labels (skipped)")
        records = [r for r in records if r.transcript.labels]
        if not records:
            raise CommandError("no labelled transcript to compare")
        report = agreement.compare(records, get_examiner(options["engine"]))
        cases = len({r.bundle.key for r in records})
        self.stdout.write(
            f"{options['engine']} engine vs human labels: {len(records)} transcripts, "
            f"{cases} cases, {len(report.pairs)} item labels\n"
        )
        self.stdout.write(agreement.format_report(report, per_item=not options["no_items"]))
        if options["disagreements"]:
            self.stdout.write("\ndisagreements (transcript item: human / engine)")
            for pair in report.disagreements():
                self.stdout.write(
                    f"  {pair.transcript} {pair.item_id}: {pair.human} / {pair.engine}"
                )
        if options["json"]:
            figures = {
                "overall": report.overall().as_dict(),
                "sections": {k: v.as_dict() for k, v in report.by("section").items()},
                "items": {k: v.as_dict() for k, v in report.by("item").items()},
            }
            Path(options["json"]).write_text(json.dumps(figures, indent=1), encoding="utf-8")
