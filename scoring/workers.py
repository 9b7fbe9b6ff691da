"""Entry points of batch worker processes. Importable before Django is set up: a spawned
worker unpickles these first, then `setup` runs; models are imported only afterwards.

A case bundle is pickled once by the batch and unpickled once by each worker: tasks name
their bundle by number, and each chunk carries the pickled bundles its tasks use, which a
worker that has already unpickled them ignores. The worker thus keeps one bundle object per
case, so the engine's per-case preparation (`scoring.engines.plan`) is reused across chunks.
"""

from __future__ import annotations

import itertools
import pickle
from dataclasses import dataclass
from typing import TypeVar

from cases.bundle.schema import CaseBundle
from scoring.engines.base import Assessment, Examiner, NoteText, ScoringInput, TranscriptTurn

K = TypeVar("K")
V = TypeVar("V")
KEEP_BUNDLES = 256  # distinct bundles remembered on each side (inline bundles are one per line)


@dataclass(frozen=True)
class Work:
    """One transcript to score: its id in the output, its case key, what the engine reads.
    A stored encounter already scored by this engine carries its Score's id instead."""

    id: str
    case: str
    input: ScoringInput | None = None
    encounter_id: int | None = None
    score_id: int | None = None


@dataclass(frozen=True)
class Task:
    """A transcript as sent to a worker: its bundle by number."""

    id: str
    bundle: int
    turns: tuple[TranscriptTurn, ...]
    note: NoteText


class Packer:
    """The batch's side: numbers each bundle and pickles it once."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[CaseBundle, int, bytes]] = {}  # by id(bundle)

    def pack(self, works: list[Work]) -> tuple[list[Task], dict[int, bytes]]:
        """The chunk's tasks and the pickled bundles they use."""
        tasks: list[Task] = []
        used: dict[int, bytes] = {}
        for work in works:
            assert work.input is not None
            number, blob = self._number(work.input.bundle)
            used[number] = blob
            tasks.append(Task(work.id, number, work.input.turns, work.input.note))
        return tasks, used

    def _number(self, bundle: CaseBundle) -> tuple[int, bytes]:
        known = self._known.get(id(bundle))
        if known is not None and known[0] is bundle:
            return known[1], known[2]
        number = next(_numbers)
        entry = (bundle, number, pickle.dumps(bundle, protocol=pickle.HIGHEST_PROTOCOL))
        _remember(self._known, id(bundle), entry)
        return entry[1], entry[2]


_numbers = itertools.count(1)  # in the batch's process, never reused
_received: dict[int, CaseBundle] = {}  # in a worker: bundles by number


def setup() -> None:
    import django

    django.setup()


def warm() -> None:
    """Set Django up and build the matcher's shared lexicons: run once in the fork server
    (`scoring.worker_preload`), so that each worker forked from it starts ready."""
    try:
        setup()
        from cases.matching import classify, context_for

        for language in ("en", "fr"):
            classify("Any chest pain?", context_for(language=language))
    except Exception:  # a worker that starts cold sets itself up in `setup`
        return


def assess_chunk(
    engine: str, tasks: list[Task], bundles: dict[int, bytes]
) -> list[Assessment | str]:
    """The engine on each transcript of a chunk (no database); a transcript the engine fails
    on gives the error in words, so that one bad transcript does not stop the batch."""
    from scoring.engines import get_examiner

    examiner = get_examiner(engine)
    return [assess_one(examiner, task.id, _input(task, bundles)) for task in tasks]


def _input(task: Task, bundles: dict[int, bytes]) -> ScoringInput:
    bundle = _received.get(task.bundle)
    if bundle is None:
        bundle = pickle.loads(bundles[task.bundle])  # noqa: S301 — from the parent process
        _remember(_received, task.bundle, bundle)
    return ScoringInput(bundle, task.turns, task.note)


def assess_one(examiner: Examiner, work_id: str, case: ScoringInput) -> Assessment | str:
    from scoring.engines import assess

    try:
        return assess(examiner, case)
    except Exception as exc:  # reported with the transcript's id, counted as skipped
        return f"{work_id}: scoring failed ({type(exc).__name__}: {exc})"


def _remember(cache: dict[K, V], key: K, value: V) -> None:
    if len(cache) >= KEEP_BUNDLES:
        cache.pop(next(iter(cache)))
    cache[key] = value
