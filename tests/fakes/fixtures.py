"""Pytest fixtures around the fake OpenAI-compatible server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.openai_server import FakeOpenAIServer


@pytest.fixture(scope="session")
def fake_llm_server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def fake_llm(fake_llm_server: FakeOpenAIServer) -> Iterator[FakeOpenAIServer]:
    """The fake provider, reset before and after the test."""
    fake_llm_server.reset()
    yield fake_llm_server
    fake_llm_server.reset()
