"""Schemathesis against the served OpenAPI schema: every operation, as every role, on the seeded
world, through the real WSGI application. No response may be a server error, and every response
must match the schema (status code, content type, body).

Bounded and deterministic: a fixed number of examples per operation, role and generation mode
(valid, then invalid input), derandomized, no shrinking, no example database. The run prints
its request count and time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.result import Ok
from werkzeug.test import Client as WsgiClient

from accounts.models import ApiToken, User
from accounts.tokens import create_token
from tests.api.conftest import ALL_SCOPES, World

pytestmark = pytest.mark.django_db

POSITIVE = schemathesis.GenerationMode.POSITIVE
NEGATIVE = schemathesis.GenerationMode.NEGATIVE
# Examples per operation and role: valid input, then invalid input (wrong types, missing or
# extra fields, bad query values) for the roles an operation is meant for; the roles it refuses
# whatever the input get a few valid ones.
EXAMPLES = {POSITIVE: 25, NEGATIVE: 10}
REFUSED_EXAMPLES = 5
CHECK_NAMES = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
]
ROLES = ("anonymous", "student", "other_student", "tutor", "other_tutor", "faculty", "admin")
BUDGET_S = 180.0  # a guard against runaway generation: the run takes 35-60 s on 2 cores


@pytest.fixture
def _test_connection_stays_open() -> Iterator[None]:
    """Django's WSGI handler closes the database connection after each request, which ends the
    test's transaction on PostgreSQL; Django's own test client unhooks this the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def _checks() -> list[Any]:
    load_all_checks()
    return list(CHECKS.get_by_names(CHECK_NAMES))


def _headers(user: User | None) -> dict[str, str]:
    if user is None:
        return {}
    token = create_token(user=user, name="fuzz", scopes=ALL_SCOPES).plaintext
    return {"Authorization": f"Bearer {token}"}


def _fuzz(
    operation: Any, headers: dict[str, str], mode: Any, examples: int, checks: list[Any]
) -> int:
    """Run `examples` generated cases of one operation; returns how many were sent."""
    sent = 0

    @given(case=operation.as_strategy(mode, headers=headers))
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        nonlocal sent
        cache.clear()  # throttles must not turn the run into a series of 429s
        response = case.call(headers=headers)
        sent += 1
        case.validate_response(response, checks=checks, headers=headers)

    run()
    return sent


def _is_refused(operation: Any, headers: dict[str, str], app: Any) -> bool:
    """Whether the role is refused the operation whatever the input: permissions are checked
    before the object is looked up or the body read. (Werkzeug's client, as Schemathesis uses:
    Django's test client would hook the connection-closing signals back up.)"""
    path = operation.path.replace("{id}", "1")
    response = WsgiClient(app).open(path, method=operation.method.upper(), headers=headers)
    return response.status_code in {401, 403}


@pytest.mark.usefixtures("_test_connection_stays_open")
def test_fuzz_every_operation_as_every_role(world: World, capsys: Any) -> None:
    app = get_wsgi_application()
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", app)
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    assert len(operations) >= 30
    checks = _checks()
    started = time.monotonic()
    sent = 0
    for role in ROLES:
        user = None if role == "anonymous" else getattr(world.personas, role)
        headers = _headers(user)
        for operation in operations:
            if _is_refused(operation, headers, app):
                sent += _fuzz(operation, headers, POSITIVE, REFUSED_EXAMPLES, checks)
                continue
            for mode, examples in EXAMPLES.items():
                sent += _fuzz(operation, headers, mode, examples, checks)
    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(f"\nfuzz: {sent} requests, {len(operations)} operations × {len(ROLES)} roles, "
              f"{elapsed:.1f} s")  # fmt: skip
    assert elapsed < BUDGET_S
    assert ApiToken.objects.count() == len(ROLES) - 1
