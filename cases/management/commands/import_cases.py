"""Import case bundles (JSON or YAML) from a file or a folder; all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from cases import bundle as bundles
from cases.services import CaseError, import_bundle

SUFFIXES = {".json", ".yaml", ".yml"}


def bundle_files(target: Path) -> list[Path]:
    if target.is_dir():
        return sorted(p for p in target.iterdir() if p.suffix.lower() in SUFFIXES)
    if target.is_file():
        return [target]
    raise CommandError(f"{target}: no such file or folder")


class Command(BaseCommand):
    help = "Import case bundles as drafts. An invalid file changes nothing and lists its errors."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a bundle file, or a folder of .json/.yaml files")
        parser.add_argument("--dry-run", action="store_true", help="check only; change nothing")
        parser.add_argument(
            "--update", action="store_true", help="existing cases get a new draft revision"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        files = bundle_files(Path(options["path"]))
        if not files:
            raise CommandError("no .json or .yaml bundle found")
        parsed, failed = [], False
        for path in files:
            try:
                parsed.append(
                    (path, bundles.parse_bytes(path.read_bytes(), bundles.format_for(path.name)))
                )
            except bundles.BundleInvalid as exc:
                failed = True
                for error in exc.errors:
                    self.stderr.write(f"{path}: {error}")
        if failed:
            raise CommandError("invalid bundle(s): nothing was imported")
        try:
            with transaction.atomic():
                for path, bundle in parsed:
                    self._import_one(path, bundle, options)
        except CaseError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from None

    def _import_one(self, path: Path, bundle: bundles.CaseBundle, options: dict[str, Any]) -> None:
        result = import_bundle(
            bundle=bundle, user=None, update=options["update"], dry_run=options["dry_run"]
        )
        verb = "would import" if options["dry_run"] else "imported"
        state = "new case" if result.created else "new draft revision"
        self.stdout.write(f"{verb} {result.key} ({state}) from {path.name}")
        for problem in bundles.check(bundle):
            self.stdout.write(f"  not publishable yet: {problem}")
