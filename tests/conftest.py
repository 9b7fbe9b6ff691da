"""Named personas shared by the whole suite, and helpers to reach the real services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import Cohort, User
from accounts.roles import Role
from tests.factories import CohortFactory, UserFactory

pytest_plugins = ["tests.fakes.fixtures"]


def services_available() -> bool:
    """True when the suite runs against PostgreSQL and Redis (as in CI)."""
    engine = settings.DATABASES["default"]["ENGINE"]
    return bool(settings.REDIS_URL) and engine == "django.db.backends.postgresql"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Fit the matcher's learned layer (or load it from its cache) before any test runs, as a
    serving process does when it warms up: its first fit takes seconds, which a test with a
    timeout, or a server subprocess the suite starts, should not pay."""
    from cases.matching import learned

    learned.learned()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if services_available():
        return
    if os.environ.get("CI") == "true" and "smoke" not in (config.option.markexpr or ""):
        return  # in CI the full run must reach the services: let those tests fail loudly
    skip = pytest.mark.skip(reason="needs PostgreSQL DATABASE_URL and REDIS_URL")
    for item in items:
        if "services" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    """Tests create many users; production keeps Django's default hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_casebook() -> Iterator[None]:
    """Published versions are cached per process; test databases reuse ids."""
    from encounters import casebook

    casebook.clear()
    yield
    casebook.clear()


@dataclass
class Personas:
    student: User  # student A
    other_student: User  # student B: must never see A's work
    tutor: User  # teaches A's cohort
    other_tutor: User  # teaches B's cohort only
    faculty: User
    admin: User
    cohort: Cohort
    other_cohort: Cohort


@pytest.fixture
def personas(db: None) -> Personas:
    student = UserFactory.create(username="student_a", roles=[Role.STUDENT])
    other_student = UserFactory.create(username="student_b", roles=[Role.STUDENT])
    tutor = UserFactory.create(username="tutor_a", roles=[Role.TUTOR])
    other_tutor = UserFactory.create(username="tutor_b", roles=[Role.TUTOR])
    faculty = UserFactory.create(username="faculty", roles=[Role.FACULTY], is_staff=True)
    admin = UserFactory.create(username="admin", is_staff=True, is_superuser=True)
    cohort = CohortFactory.create(name="Cohort A", students=[student], tutors=[tutor])
    other_cohort = CohortFactory.create(
        name="Cohort B", students=[other_student], tutors=[other_tutor]
    )
    return Personas(
        student, other_student, tutor, other_tutor, faculty, admin, cohort, other_cohort
    )


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Close the LLM clients a test's event loops made, while those loops can still run (an
    open aiohttp session otherwise warns when it is collected)."""
    from docsim.llm import client

    clients = client._CLIENTS.get()
    for loop, async_client in list(clients.by_loop.items()):
        if not loop.is_closed() and not loop.is_running():
            loop.run_until_complete(async_client.close())
            clients.by_loop.pop(loop, None)
