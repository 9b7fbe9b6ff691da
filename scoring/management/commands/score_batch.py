"""Score many encounters (of a cohort or a case) or imported transcripts (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

from accounts.models import Cohort
from cases.bundle.schema import CaseBundle
from scoring import services
from scoring.batch import Batch, Progress, done_ids
from scoring.engines import ENGINES, get_examiner
from scoring.models import ScoringJob
from scoring.transcripts import LineError, Record, read_records
from scoring.workers import Work


class _Stderr:
    """The command's stderr as a plain stream for the progress bar."""

    def __init__(self, wrapper: OutputWrapper) -> None:
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")

    def flush(self) -> None:
        self.wrapper.flush()

    def isatty(self) -> bool:
        return self.wrapper.isatty()


class Command(BaseCommand):
    help = (
        "Score the finished encounters of a cohort or a case, or transcripts from a JSON Lines "
        "file (format: docs/scoring.md). Writes PREFIX.jsonl and PREFIX.csv; --resume skips "
        "ids already in PREFIX.jsonl."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--cohort", metavar="NAME", help="a cohort's finished encounters")
        source.add_argument("--case", metavar="SLUG", help="a case's (slug or institution/slug)")
        source.add_argument("--input", metavar="FILE", help="external transcripts, JSON Lines")
        parser.add_argument("--output", metavar="PREFIX", required=True)
        parser.add_argument("--engine", choices=ENGINES, help="default: DOCSIM_EXAMINER_ENGINE")
        parser.add_argument("--workers", type=int, default=1, help="worker processes")
        parser.add_argument("--resume", action="store_true")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        engine = options["engine"] or settings.DOCSIM_EXAMINER_ENGINE
        prefix = Path(options["output"])
        batch_files = (prefix.with_name(prefix.name + ".jsonl"),)
        if batch_files[0].exists() and not options["resume"]:
            raise CommandError(f"{batch_files[0]} exists: give --resume or another --output")
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1")
        prefix.parent.mkdir(parents=True, exist_ok=True)
        finished = done_ids(batch_files[0]) if options["resume"] else set()
        kind, works, total = self._source(options, engine, finished)
        job = ScoringJob.objects.create(
            kind=kind,
            total=total,
            parameters={
                "source": options["cohort"] or options["case"] or options["input"],
                "engine": engine, "output": str(prefix), "workers": options["workers"],
                "resumed": len(finished),
            },
        )  # fmt: skip
        progress = None if options["no_progress"] else Progress(total, _Stderr(self.stderr))
        batch = Batch(job, engine, prefix, options["workers"], progress, self.stderr.write)
        job = batch.run(works)
        self.stdout.write(
            f"scoring job {job.pk}: {job.done} scored, {job.skipped} skipped (invalid), "
            f"{len(finished)} already done; {batch.jsonl} and {batch.csv}"
        )

    def _source(
        self, options: dict[str, Any], engine: str, finished: set[str]
    ) -> tuple[str, Iterator[Work | tuple[int, str]], int]:
        if options["input"]:
            path = Path(options["input"])
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
            total = sum(1 for line in _pending_lines(path, finished))
            return ScoringJob.Kind.TRANSCRIPTS, self._transcripts(path, finished), total
        if options["cohort"] and not Cohort.objects.filter(name=options["cohort"]).exists():
            raise CommandError(f"no cohort named {options['cohort']!r}")
        encounters = services.finished_encounters(cohort=options["cohort"], case=options["case"])
        chosen = encounters.select_related("case_version__case")
        pending = [e for e in chosen if _id(e.pk) not in finished]
        kind = ScoringJob.Kind.COHORT if options["cohort"] else ScoringJob.Kind.CASE
        return kind, self._encounters(pending, engine), len(pending)

    def _transcripts(self, path: Path, finished: set[str]) -> Iterator[Work | tuple[int, str]]:
        for found in read_records(path, _resolver()):
            if not isinstance(found, Record):
                yield found  # (line, error): reported and counted as skipped
            elif found.id not in finished:
                yield Work(found.id, found.bundle.key, found.to_input())

    def _encounters(self, encounters: list[Any], engine: str) -> Iterator[Work]:
        examiner = get_examiner(engine)
        for encounter in encounters:
            key = encounter.case_version.case.key
            existing = services.existing_score(encounter, examiner)
            if existing is not None:
                yield Work(_id(encounter.pk), key, score_id=existing.pk)
            else:
                yield Work(_id(encounter.pk), key, services.scoring_input(encounter), encounter.pk)


def _id(encounter_id: int) -> str:
    return f"encounter-{encounter_id}"


def _pending_lines(path: Path, finished: set[str]) -> Iterator[int]:
    with path.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            if raw.strip() and (not finished or _line_id(raw) not in finished):
                yield number


def _line_id(raw: str) -> str | None:
    try:
        value = json.loads(raw)
        return str(value["id"]) if isinstance(value, dict) and "id" in value else None
    except ValueError:
        return None


def _resolver() -> Callable[[str], CaseBundle]:
    """services.resolve_case, remembered for the run (unknown cases too)."""
    known: dict[str, CaseBundle | LineError] = {}

    def resolve(key: str) -> CaseBundle:
        if key not in known:
            try:
                known[key] = services.resolve_case(key)
            except LineError as exc:
                known[key] = exc
        found = known[key]
        if isinstance(found, LineError):
            raise found
        return found

    return resolve
