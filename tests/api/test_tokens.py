"""Integration tokens: issued once, stored hashed, checked, scoped, revoked, expired, listed and
revoked from the command line and the admin; CSRF on session writes; throttles."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from accounts.models import ApiToken
from accounts.tokens import TokenError, check_token, create_token, revoke_token
from tests.api.conftest import World, token_client
from tests.conftest import Personas, client_for

pytestmark = pytest.mark.django_db

COHORTS = "/api/v1/cohorts/"


def bearer(plaintext: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


def test_a_token_is_shown_once_and_only_its_hash_is_stored(personas: Personas) -> None:
    issued = create_token(user=personas.tutor, name="lms", scopes=["read"])
    kind, prefix, secret = issued.plaintext.split("_")
    assert (kind, prefix) == ("dsm", issued.token.prefix)
    assert len(bytes.fromhex(secret)) == 32
    stored = ApiToken.objects.get(pk=issued.token.pk)
    assert stored.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in json.dumps(
        {f.name: str(getattr(stored, f.name)) for f in ApiToken._meta.fields}
    )


def test_a_user_may_hold_several_tokens_each_with_its_scopes(personas: Personas) -> None:
    first = create_token(user=personas.tutor, name="lms", scopes=["read"])
    second = create_token(user=personas.tutor, name="scores", scopes=["scoring", "read"])
    assert personas.tutor.api_tokens.count() == 2
    assert second.token.scopes == ["read", "scoring"]
    assert first.token.prefix != second.token.prefix


@pytest.mark.parametrize("scopes", [[], ["admin"], ["read", "everything"]])
def test_unknown_or_missing_scopes_are_refused(personas: Personas, scopes: list[str]) -> None:
    with pytest.raises(TokenError):
        create_token(user=personas.tutor, name="x", scopes=scopes)


def test_a_bearer_token_authenticates_and_records_its_use(personas: Personas) -> None:
    issued = create_token(user=personas.tutor, name="lms", scopes=["read"])
    response = bearer(issued.plaintext).get(COHORTS)
    assert response.status_code == 200
    assert [c["name"] for c in response.json()["results"]] == ["Cohort A"]
    issued.token.refresh_from_db()
    assert issued.token.last_used_at is not None


@pytest.mark.parametrize(
    "header",
    ["Bearer dsm_nope_nope", "Bearer dsm_", "Bearer garbage", "Bearer a b", "Bearer"],
)
def test_a_malformed_or_unknown_token_is_401(personas: Personas, header: str) -> None:
    response = Client(HTTP_AUTHORIZATION=header).get(COHORTS)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["code"] == "authentication_failed"


def test_a_wrong_secret_with_a_real_prefix_is_401(personas: Personas) -> None:
    issued = create_token(user=personas.tutor, name="lms", scopes=["read"])
    forged = f"dsm_{issued.token.prefix}_{'0' * 64}"
    assert bearer(forged).get(COHORTS).status_code == 401


def test_revoked_and_expired_tokens_are_401(personas: Personas) -> None:
    revoked = create_token(user=personas.tutor, name="old", scopes=["read"])
    revoke_token(token=revoked.token)
    expired = create_token(
        user=personas.tutor, name="short", scopes=["read"],
        expires_at=timezone.now() - timedelta(seconds=1),
    )  # fmt: skip
    assert bearer(revoked.plaintext).get(COHORTS).status_code == 401
    assert bearer(expired.plaintext).get(COHORTS).status_code == 401
    assert check_token(revoked.plaintext) is None


def test_a_deactivated_users_token_is_401(personas: Personas) -> None:
    issued = create_token(user=personas.tutor, name="lms", scopes=["read"])
    personas.tutor.is_active = False
    personas.tutor.save()
    assert bearer(issued.plaintext).get(COHORTS).status_code == 401


def test_a_read_token_cannot_write_and_a_write_token_cannot_read(world: World) -> None:
    student = world.personas.student
    body = json.dumps({"case_version": world.version.pk})
    reader = token_client(student, ["read"])
    writer = token_client(student, ["write"])
    assert reader.get("/api/v1/encounters/").status_code == 200
    assert (
        reader.post("/api/v1/encounters/", body, content_type="application/json").status_code == 403
    )
    assert (
        writer.post("/api/v1/encounters/", body, content_type="application/json").status_code == 201
    )
    refused = writer.get("/api/v1/encounters/")
    assert refused.status_code == 403
    assert refused.json()["code"] == "permission_denied"


def test_a_token_acts_with_its_users_roles_only(world: World) -> None:
    everything = ["read", "write", "export", "scoring"]
    assert token_client(world.personas.student, everything).get("/api/v1/cases/").status_code == 403


def test_session_writes_need_the_csrf_token_and_token_writes_do_not(world: World) -> None:
    body = json.dumps({"case_version": world.version.pk})
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.personas.student)
    refused = browser.post("/api/v1/encounters/", body, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    browser.cookies["csrftoken"] = "a" * 32
    accepted = browser.post(
        "/api/v1/encounters/", body, content_type="application/json", HTTP_X_CSRFTOKEN="a" * 32
    )
    assert accepted.status_code == 201
    token = token_client(world.personas.student, ["write"], enforce_csrf_checks=True)
    assert (
        token.post("/api/v1/encounters/", body, content_type="application/json").status_code == 201
    )


# Throttles


def test_users_are_throttled_with_a_retry_after(personas: Personas, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.API_THROTTLE_RATES, "user": "3/minute"},
    }
    client = client_for(personas.tutor)
    assert [client.get(COHORTS).status_code for _ in range(4)] == [200, 200, 200, 429]
    throttled = client.get(COHORTS)
    assert int(throttled["Retry-After"]) > 0
    assert throttled.json()["code"] == "throttled"
    assert client_for(personas.other_tutor).get(COHORTS).status_code == 200  # per user


def test_each_token_has_its_own_budget(personas: Personas, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.API_THROTTLE_RATES, "token": "2/minute"},
    }
    first = token_client(personas.tutor, ["read"])
    second = token_client(personas.tutor, ["read"])
    assert [first.get(COHORTS).status_code for _ in range(3)] == [200, 200, 429]
    assert second.get(COHORTS).status_code == 200
    assert client_for(personas.tutor).get(COHORTS).status_code == 200  # the session is not a token


# The command and the admin


def test_the_command_creates_lists_and_revokes(personas: Personas) -> None:
    out, err = StringIO(), StringIO()
    call_command(
        "api_token", "create", "--user", "tutor_a", "--name", "lms", "--scopes", "read,export",
        stdout=out, stderr=err,
    )  # fmt: skip
    plaintext = out.getvalue().strip()
    token = check_token(plaintext)
    assert token is not None
    assert token.scopes == ["export", "read"]
    assert "not shown again" in err.getvalue()
    listing = StringIO()
    call_command("api_token", "list", "--user", "tutor_a", stdout=listing)
    assert token.prefix in listing.getvalue()
    assert plaintext.rsplit("_", 1)[1] not in listing.getvalue()
    assert "active" in listing.getvalue()
    call_command("api_token", "revoke", token.prefix, stdout=StringIO())
    assert check_token(plaintext) is None
    again = StringIO()
    call_command("api_token", "list", stdout=again)
    assert "revoked" in again.getvalue()


@pytest.mark.parametrize(
    "arguments",
    [
        ["create", "--user", "nobody", "--name", "x", "--scopes", "read"],
        ["create", "--user", "tutor_a", "--name", "x", "--scopes", "root"],
        ["create", "--user", "tutor_a", "--name", "x", "--scopes", "read", "--expires-days", "0"],
        ["revoke", "ffffffff"],
    ],
)
def test_the_command_refuses_bad_input(personas: Personas, arguments: list[str]) -> None:
    with pytest.raises(CommandError):
        call_command("api_token", *arguments, stdout=StringIO(), stderr=StringIO())


def test_the_admin_lists_tokens_without_secrets_and_revokes(personas: Personas) -> None:
    issued = create_token(user=personas.tutor, name="lms", scopes=["read"])
    admin = client_for(personas.admin)
    page = admin.get("/admin/accounts/apitoken/").content.decode()
    assert issued.token.prefix in page
    assert issued.token.secret_hash not in page
    assert issued.plaintext.rsplit("_", 1)[1] not in page
    detail = admin.get(f"/admin/accounts/apitoken/{issued.token.pk}/change/").content.decode()
    assert issued.token.secret_hash not in detail
    assert admin.get("/admin/accounts/apitoken/add/").status_code == 403
    response = admin.post(
        "/admin/accounts/apitoken/",
        {"action": "revoke", "_selected_action": [issued.token.pk]},
    )
    assert response.status_code == 302
    issued.token.refresh_from_db()
    assert issued.token.revoked_at is not None
    assert check_token(issued.plaintext) is None
