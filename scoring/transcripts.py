"""External transcripts (JSON Lines) for batch scoring and agreement studies, and the case
bundles they name. The format is documented in docs/scoring.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from cases import bundle as bundles
from cases.bundle.io import BundleInvalid
from cases.bundle.schema import CaseBundle
from scoring.engines.base import NoteText, ScoringInput, TranscriptTurn

LongText = Annotated[str, StringConstraints(max_length=20_000)]


class ExternalTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["student", "patient", "exam", "investigation"]
    text: LongText


class ExternalNote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    summary: LongText = ""
    differential: LongText = ""
    plan: LongText = ""


class ExternalTranscript(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    case: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")] | None = None
    bundle: dict[str, Any] | None = None
    turns: list[ExternalTurn] = Field(max_length=2000)
    note: ExternalNote | None = None
    labels: dict[str, bool] | None = None  # human item-level present/absent (agreement files)
    meta: dict[str, Any] | None = None  # free, ignored

    def to_input(self, bundle: CaseBundle) -> ScoringInput:
        note = self.note or ExternalNote()
        return ScoringInput(
            bundle=bundle,
            turns=tuple(
                TranscriptTurn(seq=index, role=turn.role, text=turn.text)
                for index, turn in enumerate(self.turns, start=1)
            ),
            note=NoteText(note.summary, note.differential, note.plan),
        )


class LineError(Exception):
    """One input line that cannot be scored, in words."""


@dataclass(frozen=True)
class Record:
    line: int
    transcript: ExternalTranscript
    bundle: CaseBundle

    @property
    def id(self) -> str:
        return self.transcript.id

    def to_input(self) -> ScoringInput:
        return self.transcript.to_input(self.bundle)


def parse_line(
    raw: str, resolve: Callable[[str], CaseBundle]
) -> tuple[ExternalTranscript, CaseBundle]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(_("not valid JSON (%(error)s)") % {"error": exc.msg}) from None
    try:
        transcript = ExternalTranscript.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "line"
        raise LineError(f"{where}: {first['msg']}") from None
    if (transcript.case is None) == (transcript.bundle is None):
        raise LineError(_('give exactly one of "case" and "bundle"'))
    if transcript.bundle is not None:
        try:
            return transcript, bundles.parse_data(transcript.bundle)
        except BundleInvalid as exc:
            raise LineError(_("invalid bundle: %(error)s") % {"error": exc}) from None
    assert transcript.case is not None
    return transcript, resolve(transcript.case)


def read_records(
    path: Path, resolve: Callable[[str], CaseBundle]
) -> Iterator[Record | tuple[int, str]]:
    """Each line as a Record, or (line number, error) when it cannot be scored."""
    seen: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                transcript, bundle = parse_line(raw, resolve)
            except LineError as exc:
                yield number, str(exc)
                continue
            if transcript.id in seen:
                yield number, _("duplicate id %(id)s") % {"id": transcript.id}
                continue
            seen.add(transcript.id)
            yield Record(number, transcript, bundle)


def demo_bundle(key: str) -> CaseBundle | None:
    return demo_bundles().get(key)


@lru_cache(maxsize=1)
def demo_bundles() -> dict[str, CaseBundle]:
    """The demo library by key, parsed once (parsing all of it takes about a second)."""
    from cases.demo import load_demo_bundles

    found: dict[str, CaseBundle] = {}
    for bundle in load_demo_bundles():
        found.setdefault(bundle.key, bundle)
    return found
