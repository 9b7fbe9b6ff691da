"""Fixtures for the LLM tests: settings pointing at the fake provider, fresh client state."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from channels.testing import WebsocketCommunicator

from cases.models import CaseVersion
from docsim import llm
from encounters import consumers
from encounters.models import Encounter
from encounters.services import start_encounter
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas
from tests.encounters.conftest import publish
from tests.fakes.openai_server import FakeOpenAIServer
from tests.sockets import open_socket

PATIENT_MODEL = "patient-test-model"


@pytest.fixture
def provider(
    fake_llm: FakeOpenAIServer, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeOpenAIServer]:
    """The fake as a `compatible` provider; short timeouts and backoffs; no client state."""
    settings.DOCSIM_LLM_PROVIDER = "compatible"
    settings.OPENAI_BASE_URL = fake_llm.base_url
    settings.OPENAI_API_KEY = ""
    settings.DOCSIM_PATIENT_MODEL = PATIENT_MODEL
    settings.DOCSIM_LLM_TIMEOUT_S = 5.0
    settings.DOCSIM_LLM_MAX_ATTEMPTS = 3
    settings.DOCSIM_LLM_BREAKER_FAILURES = 5
    settings.DOCSIM_LLM_BREAKER_COOLDOWN_S = 30.0
    settings.DOCSIM_LLM_FALLBACK_OFFLINE = False
    monkeypatch.setattr(llm, "BACKOFF_BASE_S", 0.01)
    fake_llm.configure(retry_after_s=0.02, timeout_hold_s=10)
    llm.reset_for_tests()
    yield fake_llm
    llm.reset_for_tests()


@pytest.fixture
def version(db: None) -> CaseVersion:
    """The sample case (sore throat), published."""
    return publish(sample_bundle_data())


@pytest.fixture
def encounter(personas: Personas, version: CaseVersion) -> Encounter:
    """A practice encounter on the sample case, with the default (offline) patient."""
    return start_encounter(student=personas.student, version=version)


@pytest.fixture
async def replies_land() -> AsyncIterator[None]:
    """Replies outlive their socket by design; let them land before the database is flushed."""
    yield
    pending = list(consumers._background)
    if pending:
        await asyncio.wait(pending, timeout=20)


async def connect(encounter: Encounter, user: Any) -> WebsocketCommunicator:
    communicator, connected = await open_socket(f"/ws/encounters/{encounter.pk}/", user)
    assert connected
    snapshot = await communicator.receive_json_from(timeout=5)
    assert snapshot["type"] == "snapshot"
    return communicator


async def receive_until(
    communicator: WebsocketCommunicator, kind: str, timeout: float = 10, role: str | None = None
) -> list[dict[str, Any]]:
    """Frames up to and including the first of type `kind` (and turn role); timers skipped."""
    frames = []
    while True:
        frame = await communicator.receive_json_from(timeout=timeout)
        if frame["type"] == "timer":
            continue
        frames.append(frame)
        if frame["type"] == kind and (role is None or frame["turn"]["role"] == role):
            return frames


def chat_bodies(fake: FakeOpenAIServer) -> list[dict[str, Any]]:
    return [entry["json"] for entry in fake.chat_requests]
