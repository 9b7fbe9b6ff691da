"""Batch scoring: many stored encounters or imported transcripts, in worker processes, with
progress, a ScoringJob row, JSON Lines and CSV results, and resumption.

Worker processes only run the engines (pure); this process reads the database, stores Scores
and writes the files, so a worker never shares a database connection.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Protocol

from django.utils import timezone

from encounters.models import Encounter
from scoring import rules, services, workers
from scoring.engines import get_examiner
from scoring.engines.base import Assessment, ScoringInput
from scoring.models import Score, ScoringJob
from scoring.workers import Work

CHUNK = 16  # transcripts per task sent to a worker process
SECTIONS = ("introduction", "history", "examination", "communication", "note")
CSV_COLUMNS = (
    "id", "case", "engine", "engine_version", "status", "percent", "passed",
    "critical_missed", *SECTIONS, "met", "partially_met", "not_met", "not_applicable",
    "fallback_reason",
)  # fmt: skip
SAVE_EVERY_S = 1.0


def row(work_id: str, case: str, assessment: Assessment, input: ScoringInput) -> dict[str, Any]:
    outcome = rules.outcome(input.bundle.checklist, assessment.items)
    return {
        "id": work_id,
        "case": case,
        "engine": assessment.engine,
        "engine_version": assessment.engine_version,
        "status": assessment.outcome,
        "percent": outcome.percent,
        "passed": outcome.passed,
        "critical_missed": outcome.critical_missed,
        "sections": {name: total.percent for name, total in outcome.sections.items()},
        "prompt_tokens": assessment.prompt_tokens,
        "completion_tokens": assessment.completion_tokens,
        "fallback_reason": assessment.fallback_reason,
        "verdicts": [
            {
                "item_id": item.item_id,
                "section": item.section,
                "verdict": str(item.verdict),
                "evidence": [e.as_dict() for e in item.evidence],
                "rationale": item.rationale,
                "verified": item.verified,
                "source": str(item.source),
            }
            for item in assessment.items
        ],
    }


def score_row(work_id: str, case: str, score: Score) -> dict[str, Any]:
    """The output row of a Score already stored."""
    return {
        "id": work_id,
        "case": case,
        "engine": score.engine,
        "engine_version": score.engine_version,
        "status": score.status,
        "percent": score.percent,
        "passed": score.passed,
        "critical_missed": score.critical_missed,
        "sections": {k: v.get("percent") for k, v in score.section_totals.items()},
        "prompt_tokens": score.prompt_tokens,
        "completion_tokens": score.completion_tokens,
        "fallback_reason": score.fallback_reason,
        "score": score.pk,
        "verdicts": [
            {
                "item_id": v.item_id, "section": v.section, "verdict": v.verdict,
                "evidence": v.evidence, "rationale": v.rationale, "verified": v.verified,
                "source": v.source,
            }
            for v in score.verdicts.all()
        ],
    }  # fmt: skip


class Stream(Protocol):
    def write(self, text: str, /) -> object: ...

    def flush(self) -> None: ...

    def isatty(self) -> bool: ...


class Progress:
    """A plain-text progress bar on stderr: redrawn in place on a terminal, else one line per
    tenth of the way."""

    def __init__(self, total: int, stream: Stream | None = None, width: int = 30) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.width = width
        self.started = time.monotonic()
        self.is_tty = self.stream.isatty()
        self.last_tenth = -1

    def update(self, done: int, skipped: int = 0) -> None:
        done = min(done, self.total)
        tenth = 10 * done // self.total if self.total else 10
        if not self.is_tty and tenth == self.last_tenth and done != self.total:
            return
        self.last_tenth = tenth
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        filled = self.width * done // self.total if self.total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        percent = 100 * done // self.total if self.total else 100
        eta = (self.total - done) / rate if rate else 0.0
        line = (
            f"[{bar}] {done}/{self.total} {percent}% {rate:.1f}/s ETA {eta:.0f}s skipped {skipped}"
        )
        self.stream.write(("\r" + line) if self.is_tty else line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.is_tty:
            self.stream.write("\n")
            self.stream.flush()


def done_ids(path: Path) -> set[str]:
    """Ids already written to a JSON Lines output; a torn last line (an interrupted run) is
    cut off so that appending starts on a fresh line."""
    if not path.exists():
        return set()
    raw = path.read_bytes()
    if raw and not raw.endswith(b"\n"):
        raw = raw[: raw.rfind(b"\n") + 1]
        path.write_bytes(raw)
    ids: set[str] = set()
    for line in raw.decode("utf-8").splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return ids


def write_csv(jsonl: Path, target: Path) -> None:
    with (
        jsonl.open(encoding="utf-8") as rows,
        target.open("w", newline="", encoding="utf-8") as out,
    ):
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for line in rows:
            if line.strip():
                writer.writerow(_csv_row(json.loads(line)))


def _csv_row(data: dict[str, Any]) -> dict[str, Any]:
    counts = dict.fromkeys(("met", "partially_met", "not_met", "not_applicable"), 0)
    for verdict in data.get("verdicts", []):
        counts[verdict["verdict"]] = counts.get(verdict["verdict"], 0) + 1
    sections = data.get("sections", {})
    return {
        **{key: data.get(key, "") for key in CSV_COLUMNS if key not in counts},
        "critical_missed": ";".join(data.get("critical_missed", [])),
        **{name: sections.get(name, "") for name in SECTIONS},
        **counts,
    }


@dataclass
class Batch:
    """One run: feeds works to the engine (here or in worker processes) and writes results."""

    job: ScoringJob
    engine: str
    prefix: Path
    workers: int = 1
    progress: Progress | None = None
    report: Callable[[str], None] = lambda message: None
    skipped: int = 0
    done: int = 0
    _saved_at: float = field(default_factory=time.monotonic)

    @property
    def jsonl(self) -> Path:
        return self.prefix.with_name(self.prefix.name + ".jsonl")

    @property
    def csv(self) -> Path:
        return self.prefix.with_name(self.prefix.name + ".csv")

    def run(self, works: Iterable[Work | tuple[int, str]]) -> ScoringJob:
        try:
            with self.jsonl.open("a", encoding="utf-8") as out:
                for work, result in self._assessed(self._valid(works)):
                    if isinstance(result, str):
                        self.skipped += 1
                        self.report(result)
                    else:
                        out.write(json.dumps(self._row(work, result), ensure_ascii=False) + "\n")
                        out.flush()
                        self.done += 1
                    self._tick()
            write_csv(self.jsonl, self.csv)
        except BaseException as exc:
            self._finish(ScoringJob.Status.FAILED, error=repr(exc))
            raise
        return self._finish(ScoringJob.Status.DONE)

    def _valid(self, works: Iterable[Work | tuple[int, str]]) -> Iterator[Work]:
        for work in works:
            if isinstance(work, Work):
                yield work
                continue
            line, error = work
            self.skipped += 1
            self.report(f"line {line}: {error}")
            self._tick()

    def _assessed(self, works: Iterator[Work]) -> Iterator[tuple[Work, Assessment | Score | str]]:
        if self.workers <= 1:
            examiner = get_examiner(self.engine)
            for work in works:
                if work.input is None:
                    yield work, _stored(work)
                else:
                    yield work, workers.assess_one(examiner, work.id, work.input)
            return
        context = worker_context()
        window: deque[tuple[list[Work], Future[list[Assessment | str]]]] = deque()
        packer = workers.Packer()
        with ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=workers.setup
        ) as pool:
            for chunk in _chunks(works, CHUNK):
                todo = [work for work in chunk if work.input is not None]
                for work in chunk:
                    if work.input is None:
                        yield work, _stored(work)
                tasks, bundles = packer.pack(todo)
                future = pool.submit(workers.assess_chunk, self.engine, tasks, bundles)
                window.append((todo, future))
                while len(window) >= self.workers * 4:
                    yield from _drain(window.popleft())
            while window:
                yield from _drain(window.popleft())

    def _row(self, work: Work, result: Assessment | Score) -> dict[str, Any]:
        if isinstance(result, Score):
            return score_row(work.id, work.case, result)
        if work.encounter_id is None:
            assert work.input is not None
            return row(work.id, work.case, result, work.input)
        encounter = Encounter.objects.select_related("case_version").get(pk=work.encounter_id)
        score = services.store_assessment(
            encounter=encounter, version=encounter.case_version, assessment=result
        )
        return score_row(work.id, work.case, score)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.update(self.done + self.skipped, self.skipped)
        if time.monotonic() - self._saved_at >= SAVE_EVERY_S:
            self._save()

    def _save(self) -> None:
        self.job.done, self.job.skipped = self.done, self.skipped
        self.job.save(update_fields=["done", "skipped"])
        self._saved_at = time.monotonic()

    def _finish(self, status: str, error: str = "") -> ScoringJob:
        if self.progress is not None:
            self.progress.finish()
        self.job.status = status
        self.job.error = error[:2000]
        self.job.finished_at = timezone.now()
        self.job.done, self.job.skipped = self.done, self.skipped
        self.job.results = {"jsonl": str(self.jsonl), "csv": str(self.csv)}
        self.job.save()
        return self.job


def worker_context() -> BaseContext:
    """Worker processes that share no database connection with this one: forked from a fork
    server that set Django up and warmed the matcher once (`scoring.worker_preload`), or
    spawned fresh where fork servers do not exist."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["scoring.worker_preload"])
    return context


def _stored(work: Work) -> Score:
    assert work.score_id is not None
    return Score.objects.get(pk=work.score_id)


def _chunks(works: Iterator[Work], size: int) -> Iterator[list[Work]]:
    chunk: list[Work] = []
    for work in works:
        chunk.append(work)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _drain(
    entry: tuple[list[Work], Future[list[Assessment | str]]],
) -> Iterator[tuple[Work, Assessment | str]]:
    chunk, future = entry
    yield from zip(chunk, future.result(), strict=True)
