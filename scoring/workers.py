"""Entry points of batch worker processes. Importable before Django is set up: a spawned
worker unpickles these first, then `setup` runs; models are imported only afterwards."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.engines.base import Assessment, Examiner, ScoringInput


@dataclass(frozen=True)
class Work:
    """One transcript to score: its id in the output, its case key, what the engine reads.
    A stored encounter already scored by this engine carries its Score's id instead."""

    id: str
    case: str
    input: ScoringInput | None = None
    encounter_id: int | None = None
    score_id: int | None = None


def setup() -> None:
    import django

    django.setup()


def assess_chunk(engine: str, works: list[Work]) -> list[Assessment | str]:
    """The engine on each transcript of a chunk (no database); a transcript the engine fails
    on gives the error in words, so that one bad transcript does not stop the batch."""
    from scoring.engines import get_examiner

    examiner = get_examiner(engine)
    return [assess_one(examiner, work) for work in works if work.input is not None]


def assess_one(examiner: Examiner, work: Work) -> Assessment | str:
    from scoring.engines import assess

    assert work.input is not None
    try:
        return assess(examiner, work.input)
    except Exception as exc:  # reported with the transcript's id, counted as skipped
        return f"{work.id}: scoring failed ({type(exc).__name__}: {exc})"
