"""Fixtures for scoring tests: published demo cases, finished encounters, the fake examiner."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from accounts.models import User
from cases.bundle.schema import CaseBundle
from cases.matching import Intent, classify
from cases.models import CaseVersion
from docsim import llm
from encounters import casebook
from encounters.models import Encounter, Note, Turn
from scoring.engines.base import NoteText, ScoringInput, TranscriptTurn
from scoring.transcripts import demo_bundle
from tests.encounters.conftest import publish_demo
from tests.fakes.openai_server import FakeOpenAIServer

EXAMINER_MODEL = "examiner-test-model"


def demo(slug: str) -> CaseBundle:
    bundle = demo_bundle(f"docsim-demo/{slug}")
    assert bundle is not None
    return bundle


def transcript(
    slug: str, lines: Sequence[tuple[str, str]], note: NoteText | None = None
) -> ScoringInput:
    """A transcript of a demo case from (role, text) lines, numbered from 1."""
    turns = tuple(
        TranscriptTurn(seq=index, role=role, text=text)
        for index, (role, text) in enumerate(lines, start=1)
    )
    return ScoringInput(demo(slug), turns, note or NoteText())


def finished_encounter(
    student: User,
    version: CaseVersion,
    lines: Sequence[tuple[str, str]],
    note: tuple[str, str, str] | None = ("", "", ""),
) -> Encounter:
    """A finished encounter stored as the interview stores one: student turns classified when
    asked, exam and order requests with their terms."""
    now = timezone.now()
    encounter = Encounter.objects.create(
        student=student, case_version=version, status=Encounter.Status.DONE,
        started_at=now - timedelta(minutes=15), interview_deadline=now - timedelta(minutes=5),
        ended_at=now - timedelta(minutes=5), note_deadline=now, finished_at=now,
        patient_engine="offline",
    )  # fmt: skip
    previous: tuple[str, ...] = ()
    for seq, (role, text) in enumerate(lines, start=1):
        fields: dict[str, Any] = {}
        if role == Turn.Role.STUDENT:
            found = classify(text, casebook.match_context(version.pk, previous))
            fields = {"intent": found.intent, "topics": list(found.topics)}
            fields["terms"] = list(found.exams or found.investigations)
            if found.intent == Intent.QUESTION and found.topics:
                previous = found.topics
        Turn.objects.create(encounter=encounter, seq=seq, role=role, text=text, **fields)
    if note is not None:
        Note.objects.create(
            encounter=encounter, summary=note[0], differential=note[1], plan=note[2]
        )
    return encounter


GOOD_CHEST_PAIN = [
    ("student", "Hello, my name is Sam, I'm a medical student. Can you tell me your full name "
     "and date of birth?"),
    ("patient", "David Turner, 14th of March 1968."),
    ("student", "What's brought you in today?"),
    ("patient", "I've got this heavy pain in the middle of my chest."),
    ("student", "What does the pain feel like?"),
    ("patient", "Heavy and crushing."),
    ("student", "Do you smoke?"),
    ("patient", "Twenty a day."),
    ("student", "I'd like a 12-lead ECG please."),
    ("investigation", "12-lead ECG: ST depression in V4-V6."),
]  # fmt: skip
GOOD_NOTE = (
    "58M with crushing central chest pain. No back pain.",
    "NSTEMI. Differential: aortic dissection, pulmonary embolism.",
    "Aspirin 300 mg, ticagrelor, serial troponin, cardiology referral.",
)


@pytest.fixture
def chest_pain(db: None) -> CaseVersion:
    return publish_demo("chest-pain")


@pytest.fixture
def examiner_llm(
    fake_llm: FakeOpenAIServer, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeOpenAIServer]:
    """The fake provider behind the LLM examiner; short backoffs, fresh client state."""
    settings.DOCSIM_LLM_PROVIDER = "compatible"
    settings.OPENAI_BASE_URL = fake_llm.base_url
    settings.OPENAI_API_KEY = ""
    settings.DOCSIM_EXAMINER_ENGINE = "llm"
    settings.DOCSIM_EXAMINER_MODEL = EXAMINER_MODEL
    settings.DOCSIM_LLM_TIMEOUT_S = 5.0
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 2
    settings.DOCSIM_LLM_BREAKER_FAILURES = 50
    monkeypatch.setattr(llm, "BACKOFF_BASE_S", 0.01)
    fake_llm.configure(retry_after_s=0.02, timeout_hold_s=10)
    llm.reset_for_tests()
    yield fake_llm
    llm.reset_for_tests()
