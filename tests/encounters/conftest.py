"""Fixtures for interview tests: a published case, an encounter, scripted test engines."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from asgiref.sync import sync_to_async

from cases import bundle as bundles
from cases.demo import DEMO_DIR
from cases.models import CaseVersion
from cases.services import import_bundle, publish_case
from encounters.models import Encounter
from encounters.patient import registry
from encounters.patient.base import ReplyFailed, ReplyRequest, ReplyResult
from encounters.services import start_encounter
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas


def publish(data: dict[str, Any]) -> CaseVersion:
    case = import_bundle(bundle=bundles.parse_data(data), user=None).case
    assert case is not None
    return publish_case(case=case, user=None)


def publish_demo(slug: str) -> CaseVersion:
    path = DEMO_DIR / f"{slug}.yaml"
    data = bundles.to_data(bundles.parse_bytes(path.read_bytes(), "yaml"))
    return publish(data)


@pytest.fixture
def version(db: None) -> CaseVersion:
    return publish(sample_bundle_data())


@pytest.fixture
def encounter(personas: Personas, version: CaseVersion) -> Encounter:
    return start_encounter(student=personas.student, version=version)


class SlowEngine:
    """Streams a fixed reply slowly, so a test can drop the socket mid-reply."""

    name = "slow"
    delay_s = 0.05
    words = ("I ", "have ", "been ", "feeling ", "quite ", "unwell ", "lately.")

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        for word in self.words:
            await asyncio.sleep(self.delay_s)
            yield word
        yield ReplyResult(text="".join(self.words), engine=self.name)


class FailingEngine:
    """Sends two chunks, then fails as a provider cutting its stream would."""

    name = "failing"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        yield "Well, "
        yield "it "
        raise ReplyFailed("The provider stopped answering.")


@pytest.fixture
def use_engine(settings: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make `engine` the patient of new encounters and of `encounter` (awaitable)."""

    async def use(engine: Any, encounter: Encounter) -> None:
        monkeypatch.setitem(registry.ENGINES, engine.name, engine)
        settings.DOCSIM_PATIENT_ENGINE = engine.name
        await sync_to_async(Encounter.objects.filter(pk=encounter.pk).update)(
            patient_engine=engine.name
        )

    return use
