"""The authorization matrix: every view and socket × every role, with the exact outcome.

Outcomes: ok (200), login (302 to the login page), admin_login (302 to the admin's login),
redirect (another 302), forbidden (403), not_found (404), and for sockets interview / watch /
refused. Later features add their rows.
"""

from __future__ import annotations

from typing import Any

import pytest
from asgiref.sync import sync_to_async

from cases.models import CaseVersion
from encounters.models import Encounter
from encounters.services import end_encounter, start_encounter, submit_note
from scoring.services import score_encounter
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas, client_for
from tests.encounters.conftest import publish
from tests.sockets import open_socket

ROLES = ["anonymous", "student", "other_student", "tutor", "other_tutor", "faculty", "admin"]


def outcomes(*values: str) -> dict[str, str]:
    assert len(values) == len(ROLES)
    return dict(zip(ROLES, values, strict=True))


EVERYONE = outcomes(*["ok"] * 7)
STAFF_ONLY = outcomes(
    "admin_login", "admin_login", "admin_login", "admin_login", "admin_login", "ok", "ok"
)
TUTORS_AND_FACULTY = outcomes("login", "forbidden", "forbidden", "ok", "ok", "ok", "forbidden")
STUDENTS = outcomes("login", "ok", "ok", "forbidden", "forbidden", "forbidden", "forbidden")
NON_STUDENTS = ("forbidden",) * 4  # tutor, other tutor, faculty, admin
# Pages of the scoring app: only the tutor of student A's cohort, or only faculty.
TUTOR_A_ONLY = outcomes(
    "login", "forbidden", "forbidden", "ok", "forbidden", "forbidden", "forbidden"
)
FACULTY_ONLY = outcomes(
    "login", "forbidden", "forbidden", "forbidden", "forbidden", "ok", "forbidden"
)


def tutor_a_only(mine: str) -> dict[str, str]:
    """An action on student A's encounter: only A's tutor gets `mine`."""
    return outcomes("login", "forbidden", "forbidden", mine, "forbidden", "forbidden", "forbidden")


def student_a_only(mine: str) -> dict[str, str]:
    """Student A's own encounter: A gets `mine`, student B a 404, everyone else is refused."""
    return outcomes("login", mine, "not_found", *NON_STUDENTS)


VIEWS: list[tuple[str, str, dict[str, str]]] = [
    (
        "home",
        "/",
        outcomes("login", "redirect", "redirect", "redirect", "redirect", "redirect", "redirect"),
    ),
    ("station list (student start)", "/stations/", STUDENTS),
    ("door instructions", "/stations/{version}/", STUDENTS),
    (
        "door instructions, exam-only case",
        "/stations/{exam_version}/",
        outcomes("login", "not_found", "not_found", *NON_STUDENTS),
    ),
    ("my encounters", "/encounters/", STUDENTS),
    ("interview page", "/encounters/{encounter}/", student_a_only("ok")),
    ("note page during the interview", "/encounters/{encounter}/note/", student_a_only("redirect")),
    ("note page", "/encounters/{note_encounter}/note/", student_a_only("ok")),
    ("interview page after it ended", "/encounters/{note_encounter}/", student_a_only("redirect")),
    ("submitted page", "/encounters/{done_encounter}/submitted/", student_a_only("ok")),
    (
        "submitted page before the note",
        "/encounters/{note_encounter}/submitted/",
        student_a_only("redirect"),
    ),
    (
        "review queue (tutor start)",
        "/review/",
        outcomes("login", "forbidden", "forbidden", "ok", "ok", "forbidden", "forbidden"),
    ),
    ("review page", "/review/encounters/{done_encounter}/", TUTOR_A_ONLY),
    ("review page of an unscored encounter", "/review/encounters/{note_encounter}/", TUTOR_A_ONLY),
    (
        "review page of an unknown encounter",
        "/review/encounters/999999/",
        outcomes(
            "login", "forbidden", "forbidden", "not_found", "not_found", "forbidden", "forbidden"
        ),
    ),
    ("live view", "/review/encounters/{encounter}/live/", TUTOR_A_ONLY),
    (
        "live view after the encounter",
        "/review/encounters/{done_encounter}/live/",
        tutor_a_only("redirect"),
    ),
    ("feedback page", "/encounters/{done_encounter}/feedback/", student_a_only("ok")),
    ("feedback page, exam mode", "/encounters/{exam_encounter}/feedback/", student_a_only("ok")),
    ("feedback JSON", "/encounters/{done_encounter}/feedback.json", student_a_only("ok")),
    (
        "feedback JSON, exam mode",
        "/encounters/{exam_encounter}/feedback.json",
        student_a_only("ok"),
    ),
    (
        "feedback page during the interview",
        "/encounters/{encounter}/feedback/",
        student_a_only("redirect"),
    ),
    ("calibration", "/review/calibration/", FACULTY_ONLY),
    ("anonymised encounter", "/review/calibration/encounters/{done_encounter}/", FACULTY_ONLY),
    (
        "anonymised encounter, not scored",
        "/review/calibration/encounters/{note_encounter}/",
        outcomes(
            "login", "forbidden", "forbidden", "forbidden", "forbidden", "not_found", "forbidden"
        ),
    ),
    (
        "login page",
        "/login/",
        outcomes("ok", "redirect", "redirect", "redirect", "redirect", "redirect", "redirect"),
    ),
    ("health", "/healthz", EVERYONE),
    ("bundle schema", "/cases/schema/case-bundle-1.0.json", EVERYONE),
    ("admin index", "/admin/", STAFF_ONLY),
    ("case list (admin)", "/admin/cases/case/", STAFF_ONLY),
    ("case draft (admin)", "/admin/cases/case/{case}/change/", STAFF_ONLY),
    ("case preview (admin)", "/admin/cases/case/{case}/preview/", STAFF_ONLY),
    ("case export (admin)", "/admin/cases/case/{case}/export/", STAFF_ONLY),
    ("case import (admin)", "/admin/cases/case/import/", STAFF_ONLY),
    ("published versions (admin)", "/admin/cases/caseversion/", STAFF_ONLY),
    ("users (admin)", "/admin/accounts/user/", outcomes(*["admin_login"] * 5, "forbidden", "ok")),
    ("published versions", "/cases/versions/", TUTORS_AND_FACULTY),
    ("published version", "/cases/versions/{version}/", TUTORS_AND_FACULTY),
]

SOCKETS: list[tuple[str, str, dict[str, str]]] = [
    (
        "interview socket",
        "/ws/encounters/{encounter}/",
        outcomes("refused", "interview", "refused", "watch", "refused", "refused", "refused"),
    ),
    ("notifications socket", "/ws/notifications/", outcomes("refused", *["open"] * 6)),
]


def _user(personas: Personas, role: str) -> Any:
    return None if role == "anonymous" else getattr(personas, role)


def _outcome(response: Any) -> str:
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "forbidden"
    if response.status_code == 404:
        return "not_found"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return "admin_login"
        if location.startswith("/login/"):
            return "login"
        return "redirect"
    return str(response.status_code)


@pytest.fixture
def world(personas: Personas) -> dict[str, Any]:
    version: CaseVersion = publish(sample_bundle_data())
    encounter: Encounter = start_encounter(student=personas.student, version=version)
    in_note = end_encounter(encounter=start_encounter(student=personas.student, version=version))
    done = start_encounter(student=personas.student, version=version)
    submit_note(encounter=done, summary="Sore throat.", differential="", plan="")
    # Scoring normally runs once the note commits; test transactions never commit.
    score = score_encounter(encounter=Encounter.objects.get(pk=done.pk))
    exam = start_encounter(student=personas.student, version=version)
    submit_note(encounter=exam, summary="Sore throat.", differential="", plan="")
    Encounter.objects.filter(pk=exam.pk).update(mode=Encounter.Mode.EXAM)
    score_encounter(encounter=Encounter.objects.get(pk=exam.pk))
    exam_data = sample_bundle_data()
    exam_data["identity"]["slug"] = "sore-throat-exam"
    exam_data["metadata"]["use"] = "exam"
    return {
        "case": version.case_id,
        "version": version.pk,
        "exam_version": publish(exam_data).pk,
        "encounter": encounter.pk,
        "note_encounter": in_note.pk,
        "done_encounter": done.pk,
        "exam_encounter": exam.pk,
        "verdict": score.verdicts.get(item_id="H2").pk,
    }


# Views that change state, by POST: (name, url, data, outcome by role).
POSTS: list[tuple[str, str, dict[str, str], dict[str, str]]] = [
    (
        "start a station",
        "/stations/{version}/start/",
        {},
        outcomes("login", "redirect", "redirect", *NON_STUDENTS),
    ),
    (
        "start an exam-only station",
        "/stations/{exam_version}/start/",
        {},
        outcomes("login", "not_found", "not_found", *NON_STUDENTS),
    ),
    ("end the interview", "/encounters/{encounter}/end/", {}, student_a_only("redirect")),
    (
        "submit the note",
        "/encounters/{note_encounter}/note/",
        {"summary": "A note."},
        student_a_only("redirect"),
    ),
    (
        "agree with a verdict",
        "/review/encounters/{done_encounter}/items/{verdict}/",
        {"decision": "agree"},
        tutor_a_only("redirect"),
    ),
    (
        "override a verdict",
        "/review/encounters/{done_encounter}/items/{verdict}/",
        {"decision": "override", "value": "met", "comment": "Asked about penicillin."},
        tutor_a_only("redirect"),
    ),
    (
        "save the feedback",
        "/review/encounters/{done_encounter}/feedback/",
        {"feedback": "Good.", "mark_reviewed": "1"},
        tutor_a_only("redirect"),
    ),
    ("release", "/review/encounters/{done_encounter}/release/", {}, tutor_a_only("redirect")),
    ("re-score", "/review/encounters/{done_encounter}/rescore/", {}, tutor_a_only("redirect")),
    (
        "release, unknown encounter",
        "/review/encounters/999999/release/",
        {},
        outcomes(
            "login", "forbidden", "forbidden", "not_found", "not_found", "forbidden", "forbidden"
        ),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "url", "data", "expected"), POSTS, ids=[p[0] for p in POSTS])
@pytest.mark.parametrize("role", ROLES)
def test_post_matrix(
    personas: Personas,
    world: dict[str, Any],
    name: str,
    url: str,
    data: dict[str, str],
    expected: dict[str, str],
    role: str,
) -> None:
    response = client_for(_user(personas, role)).post(url.format(**world), data)
    assert _outcome(response) == expected[role]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "url", "expected"), VIEWS, ids=[v[0] for v in VIEWS])
@pytest.mark.parametrize("role", ROLES)
def test_view_matrix(
    personas: Personas,
    world: dict[str, Any],
    name: str,
    url: str,
    expected: dict[str, str],
    role: str,
) -> None:
    response = client_for(_user(personas, role)).get(url.format(**world))
    assert _outcome(response) == expected[role]


def _socket_outcome(connected: bool, snapshot: dict[str, Any] | None) -> str:
    if not connected:
        return "refused"
    if snapshot is None:
        return "open"
    return "watch" if snapshot["read_only"] else "interview"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("name", "url", "expected"), SOCKETS, ids=[s[0] for s in SOCKETS])
@pytest.mark.parametrize("role", ROLES)
async def test_socket_matrix(
    personas: Personas, name: str, url: str, expected: dict[str, str], role: str
) -> None:
    world = await sync_to_async(_world_sync)(personas)
    communicator, connected = await open_socket(url.format(**world), _user(personas, role))
    snapshot = None
    if connected and "encounters" in url:
        snapshot = await communicator.receive_json_from(timeout=5)
    assert _socket_outcome(connected, snapshot) == expected[role]
    await communicator.disconnect()


def _world_sync(personas: Personas) -> dict[str, Any]:
    version = publish(sample_bundle_data())
    encounter = start_encounter(student=personas.student, version=version)
    return {"case": version.case_id, "version": version.pk, "encounter": encounter.pk}


REVIEW_POSTS = [p for p in POSTS if p[1].startswith("/review/encounters/{done_encounter}/")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "url", "data", "expected"), REVIEW_POSTS, ids=[p[0] for p in REVIEW_POSTS]
)
@pytest.mark.parametrize("role", [r for r in ROLES if r != "tutor"])
def test_a_refused_review_action_changes_nothing(
    personas: Personas,
    world: dict[str, Any],
    name: str,
    url: str,
    data: dict[str, str],
    expected: dict[str, str],
    role: str,
) -> None:
    from scoring.models import ItemDecision, Review, Score

    scores = list(Score.objects.order_by("pk").values_list("pk", "is_current"))
    client_for(_user(personas, role)).post(url.format(**world), data)
    assert list(Score.objects.order_by("pk").values_list("pk", "is_current")) == scores
    assert not Review.objects.exists()
    assert not ItemDecision.objects.exists()
