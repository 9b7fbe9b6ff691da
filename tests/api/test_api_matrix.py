"""The REST API's authorization matrix: every endpoint × method × role, with the exact status.

Roles: anonymous, student A, student B, the tutor of A's cohort, the tutor of B's cohort only,
faculty, the admin, and two integration tokens of the row's `via` user: one holding every scope
but the one the row needs (refused, 403) and one holding it (the via user's status). Each role
runs in its own savepoint, rolled back, so a write by one role never changes the next one's
world. Every student response body is kept and scanned for the hidden-field canary and for
verdict data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from accounts.models import ApiToken
from tests.api.conftest import ALL_SCOPES, World, token_client
from tests.cases.samples import CANARY, sample_bundle_data
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "student", "other_student", "tutor", "other_tutor", "faculty", "admin")
READ, WRITE = ApiToken.Scope.READ, ApiToken.Scope.WRITE
EXPORT, SCORING = ApiToken.Scope.EXPORT, ApiToken.Scope.SCORING


def codes(*values: int) -> dict[str, int]:
    assert len(values) == len(ROLES)
    return dict(zip(ROLES, values, strict=True))


def _import_body(ids: dict[str, int]) -> dict[str, Any]:
    bundle = sample_bundle_data()
    bundle["identity"]["slug"] = "sore-throat-imported"
    return bundle


@dataclass(frozen=True)
class Row:
    name: str
    method: str
    url: str  # formatted with World.ids()
    expected: dict[str, int]
    via: str  # whose tokens the token columns use
    scope: str
    body: Callable[[dict[str, int]], dict[str, Any]] | None = None
    token_expected: int | None = field(default=None)  # default: expected[via]


STUDENTS_ONLY = codes(401, 200, 200, 403, 403, 403, 403)
TUTORS_AND_FACULTY = codes(401, 403, 403, 200, 200, 200, 403)
FACULTY_ONLY = codes(401, 403, 403, 403, 403, 200, 403)
TUTORS_ONLY = codes(401, 403, 403, 200, 200, 403, 403)
READERS = codes(401, 200, 200, 200, 200, 403, 403)  # students and tutors


def student_a(status: int, tutor: int = 403) -> dict[str, int]:
    """Student A's own object: B gets 404, A's tutor `tutor`, B's tutor 404 when tutors may
    read, everyone else 403."""
    return codes(401, status, 404, tutor, 404 if tutor != 403 else 403, 403, 403)


def tutor_a(status: int) -> dict[str, int]:
    """An object of A's cohort that tutors act on: B's tutor gets 404."""
    return codes(401, 403, 403, status, 404, 403, 403)


ROWS: list[Row] = [
    # cases
    Row("stations", "get", "/api/v1/cases/stations/", STUDENTS_ONLY, "student", READ),
    Row("station", "get", "/api/v1/cases/stations/{version}/", STUDENTS_ONLY, "student", READ),
    Row("exam-only station", "get", "/api/v1/cases/stations/{exam_version}/",
        codes(401, 404, 404, 403, 403, 403, 403), "student", READ),
    Row("versions", "get", "/api/v1/cases/versions/", TUTORS_AND_FACULTY, "tutor", READ),
    Row("version", "get", "/api/v1/cases/versions/{version}/", TUTORS_AND_FACULTY, "tutor", READ),
    Row("case drafts", "get", "/api/v1/cases/", FACULTY_ONLY, "faculty", READ),
    Row("case draft", "get", "/api/v1/cases/{case}/", FACULTY_ONLY, "faculty", READ),
    Row("case export", "get", "/api/v1/cases/{case}/export/", FACULTY_ONLY, "faculty", EXPORT),
    Row("case import", "post", "/api/v1/cases/import/", codes(401, 403, 403, 403, 403, 201, 403),
        "faculty", WRITE, body=_import_body),
    Row("case publish, unchanged", "post", "/api/v1/cases/{case}/publish/",
        codes(401, 403, 403, 403, 403, 409, 403), "faculty", WRITE),
    # encounters
    Row("encounters", "get", "/api/v1/encounters/", READERS, "student", READ),
    Row("start encounter", "post", "/api/v1/encounters/",
        codes(401, 201, 201, 403, 403, 403, 403), "student", WRITE,
        body=lambda ids: {"case_version": ids["version"]}),
    Row("start exam-only encounter", "post", "/api/v1/encounters/",
        codes(401, 400, 400, 403, 403, 403, 403), "student", WRITE,
        body=lambda ids: {"case_version": ids["exam_version"]}),
    Row("encounter", "get", "/api/v1/encounters/{open}/", student_a(200, tutor=200), "student",
        READ),
    Row("transcript", "get", "/api/v1/encounters/{open}/transcript/", student_a(200, tutor=200),
        "student", READ),
    Row("end encounter", "post", "/api/v1/encounters/{open}/end/", student_a(200), "student",
        WRITE),
    Row("note", "post", "/api/v1/encounters/{open}/note/", student_a(201), "student", WRITE,
        body=lambda ids: {"summary": "s", "differential": "d", "plan": "p"}),
    Row("note, closed", "post", "/api/v1/encounters/{released}/note/", student_a(409),
        "student", WRITE, body=lambda ids: {"summary": "s", "differential": "d", "plan": "p"}),
    # scores and results
    Row("scores", "get", "/api/v1/scores/", TUTORS_ONLY, "tutor", READ),
    Row("score", "get", "/api/v1/scores/{pending_score}/", tutor_a(200), "tutor", READ),
    Row("rescore", "post", "/api/v1/scores/{fresh_score}/rescore/", tutor_a(201), "tutor", WRITE),
    Row("results", "get", "/api/v1/results/", STUDENTS_ONLY, "student", READ),
    Row("released result", "get", "/api/v1/results/{released}/", student_a(200), "student",
        READ),
    Row("unreleased result", "get", "/api/v1/results/{pending}/", student_a(200), "student",
        READ),
    # reviews
    Row("reviews", "get", "/api/v1/reviews/", TUTORS_ONLY, "tutor", READ),
    Row("start review", "post", "/api/v1/reviews/", codes(401, 403, 403, 201, 400, 403, 403),
        "tutor", WRITE, body=lambda ids: {"score": ids["fresh_score"]}),
    Row("review", "get", "/api/v1/reviews/{pending_review}/", tutor_a(200), "tutor", READ),
    Row("decide item", "post", "/api/v1/reviews/{pending_review}/decisions/", tutor_a(200),
        "tutor", WRITE, body=lambda ids: {"item_id": "H1", "decision": "agree"}),
    Row("override without comment", "post", "/api/v1/reviews/{pending_review}/decisions/",
        tutor_a(400), "tutor", WRITE,
        body=lambda ids: {"item_id": "H1", "decision": "override", "value": "not_met"}),
    Row("feedback", "post", "/api/v1/reviews/{pending_review}/feedback/", tutor_a(200), "tutor",
        WRITE, body=lambda ids: {"feedback": "Well done."}),
    Row("mark reviewed", "post", "/api/v1/reviews/{pending_review}/mark-reviewed/", tutor_a(200),
        "tutor", WRITE),
    Row("release", "post", "/api/v1/reviews/{pending_review}/release/", tutor_a(200), "tutor",
        WRITE),
    Row("feedback after release", "post", "/api/v1/reviews/{released_review}/feedback/",
        tutor_a(409), "tutor", WRITE, body=lambda ids: {"feedback": "Too late."}),
    # cohorts
    Row("cohorts", "get", "/api/v1/cohorts/", codes(401, 200, 200, 200, 200, 403, 200), "tutor",
        READ),
    Row("cohort", "get", "/api/v1/cohorts/{cohort}/", codes(401, 200, 404, 200, 404, 403, 200),
        "tutor", READ),
    # scoring jobs
    Row("scoring jobs", "get", "/api/v1/scoring-jobs/", TUTORS_ONLY, "tutor", SCORING),
    Row("start scoring job", "post", "/api/v1/scoring-jobs/",
        codes(401, 403, 403, 201, 400, 403, 403), "tutor", SCORING,
        body=lambda ids: {"cohort": ids["cohort"]}),
    Row("scoring job", "get", "/api/v1/scoring-jobs/{job}/", tutor_a(200), "tutor", SCORING),
    Row("scoring job results", "get", "/api/v1/scoring-jobs/{job}/results/?file=csv",
        tutor_a(200), "tutor", SCORING),
    # schema and docs are public
    Row("schema", "get", "/api/schema/", codes(*[200] * 7), "student", READ, token_expected=200),
    Row("docs", "get", "/api/docs/", codes(*[200] * 7), "student", READ, token_expected=200),
]  # fmt: skip
PUBLIC = {"schema", "docs"}

STUDENT_ROLES = {"student", "other_student"}
# Keys only tutors' views have: a student never sees evidence, rationales or raw verdicts.
TUTOR_ONLY_KEYS = ('"evidence"', '"rationale"', '"verdicts"', '"verified"', '"section_totals"')


def _client(world: World, role: str, row: Row) -> Client:
    personas = world.personas
    if role == "anonymous":
        return Client()
    if role.startswith("token_"):
        via = getattr(personas, row.via)
        others = [scope for scope in ALL_SCOPES if scope != row.scope]
        return token_client(via, [row.scope] if role == "token_with" else others)
    return client_for(getattr(personas, role))


def _call(client: Client, row: Row, ids: dict[str, int]) -> tuple[int, str]:
    url = row.url.format(**ids)
    if row.method == "get":
        response = client.get(url)
    else:
        payload = json.dumps(row.body(ids) if row.body else {})
        response = client.post(url, payload, content_type="application/json")
    streamed = getattr(response, "streaming_content", None)
    body = b"".join(streamed) if streamed is not None else response.content
    return response.status_code, body.decode("utf-8", errors="replace")


def _as(world: World, role: str, row: Row, ids: dict[str, int]) -> tuple[int, str]:
    """The request in a savepoint that is rolled back: every role meets the same world."""
    with transaction.atomic():
        outcome = _call(_client(world, role, row), row, ids)
        transaction.set_rollback(True)
    return outcome


def _token_roles(row: Row) -> dict[str, int]:
    with_scope = row.token_expected or row.expected[row.via]
    without = with_scope if row.name in PUBLIC else 403
    return {"token_without": without, "token_with": with_scope}


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_api_matrix(world: World, row: Row) -> None:
    ids = world.ids()
    expected = {**row.expected, **_token_roles(row)}
    seen: dict[str, int] = {}
    student_bodies: list[str] = []
    for role in expected:
        status, body = _as(world, role, row, ids)
        seen[role] = status
        if role in STUDENT_ROLES or (role.startswith("token_") and row.via == "student"):
            student_bodies.append(body)
    assert seen == expected
    if row.name not in PUBLIC:  # the schema documents fields, it holds no data
        for body in student_bodies:
            assert CANARY not in body
            assert not [key for key in TUTOR_ONLY_KEYS if key in body]


def test_the_matrix_covers_every_operation_of_the_schema(world: World) -> None:
    schema = client_for(world.personas.student).get("/api/schema/?format=json").json()
    documented = {
        (method, path)
        for path, operations in schema["paths"].items()
        for method in operations
        if method in {"get", "post", "put", "patch", "delete"}
    }
    covered = set()
    for row in ROWS:
        template = row.url.split("?")[0]
        for name in world.ids():
            template = template.replace("{" + name + "}", "{id}")
        covered.add((row.method, template))
    assert documented - covered == set()
