"""Sign-in, role start pages, language preference and health check."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.roles import Role
from tests.conftest import Personas, client_for
from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def test_anonymous_home_redirects_to_login() -> None:
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    ("persona", "start"),
    [("student", "/stations/"), ("tutor", "/review/"), ("faculty", "/admin/")],
)
def test_home_sends_each_role_to_its_start_page(
    personas: Personas, persona: str, start: str
) -> None:
    response = client_for(getattr(personas, persona)).get("/")
    assert response.status_code == 302
    assert response["Location"] == start


def test_user_with_several_roles_chooses_a_start_page() -> None:
    user = UserFactory.create(roles=[Role.TUTOR, Role.FACULTY])
    response = client_for(user).get("/")
    assert response.status_code == 200
    assert b'href="/review/"' in response.content
    assert b'href="/admin/"' in response.content


def test_user_without_role_is_told_to_ask_an_administrator() -> None:
    response = client_for(UserFactory.create()).get("/")
    assert response.status_code == 200
    assert b"no role yet" in response.content


def test_login_with_password_then_logout() -> None:
    UserFactory.create(username="alice", roles=[Role.STUDENT])
    client = Client()
    response = client.post("/login/", {"username": "alice", "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert client.get("/stations/").status_code == 200
    assert client.post("/logout/").status_code == 302
    assert client.get("/stations/").status_code == 302


def test_wrong_password_shows_an_error() -> None:
    UserFactory.create(username="bob")
    response = Client().post("/login/", {"username": "bob", "password": "nope"})
    assert response.status_code == 200
    assert b'role="alert"' in response.content


def test_student_cannot_open_tutor_start_page(personas: Personas) -> None:
    assert client_for(personas.student).get("/review/").status_code == 403


def test_tutor_start_is_the_review_queue_of_taught_cohorts_only(personas: Personas) -> None:
    body = client_for(personas.tutor).get("/review/").content.decode()
    assert "Encounters to review" in body
    assert "Cohort A" in body  # the cohort filter offers the cohorts the tutor teaches
    assert "Cohort B" not in body


def test_the_old_tutor_placeholder_is_gone(personas: Personas) -> None:
    assert client_for(personas.tutor).get("/tutor/").status_code == 404


def test_student_never_reaches_the_admin(personas: Personas) -> None:
    response = client_for(personas.student).get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_language_switch_saves_preference_and_renders_french(personas: Personas) -> None:
    client = client_for(personas.student)
    response = client.post("/language/", {"language": "fr", "next": "/stations/"})
    assert response.status_code == 302
    personas.student.refresh_from_db()
    assert personas.student.preferred_language == "fr"
    body = client.get("/stations/").content.decode()
    translation.deactivate()  # the French request leaves French active in this thread
    assert 'lang="fr"' in body
    assert "Vos promotions" in body
    assert "Stations d'entraînement" in body


def test_anonymous_language_switch_uses_a_cookie() -> None:
    client = Client()
    client.post("/language/", {"language": "fr", "next": "/login/"})
    assert "Identifiant" in client.get("/login/").content.decode()


def test_healthz_checks_the_database() -> None:
    response = Client().get("/healthz")
    assert response.json() == {"status": "ok"}
