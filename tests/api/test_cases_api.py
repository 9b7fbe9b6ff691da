"""Cases through the API: stations for students, versions for tutors, drafts, import (errors
by path), export and publishing for faculty."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from cases.models import Case, CaseVersion
from tests.api.conftest import World
from tests.cases.samples import CANARY, sample_bundle_data
from tests.conftest import Personas, client_for

pytestmark = pytest.mark.django_db

IMPORT = "/api/v1/cases/import/"


def post_json(client: Client, url: str, data: object):
    return client.post(url, json.dumps(data), content_type="application/json")


def test_students_read_door_instructions_of_practice_stations_only(world: World) -> None:
    response = client_for(world.personas.student).get("/api/v1/cases/stations/")
    stations = response.json()["results"]
    assert [s["version_id"] for s in stations] == [world.version.pk]
    assert stations[0]["reason_for_visit"] == "Sore throat for three days"
    assert set(stations[0]) == {
        "version_id", "title", "language", "specialty", "interview_minutes", "note_minutes",
        "setting", "reason_for_visit", "vitals", "task",
    }  # fmt: skip
    assert CANARY not in response.content.decode()


def test_tutors_read_the_full_published_version(world: World) -> None:
    client = client_for(world.personas.tutor)
    version = client.get(f"/api/v1/cases/versions/{world.version.pk}/").json()
    assert version["bundle"]["hidden"]["diagnosis"].endswith(CANARY)
    assert version["is_current"] is True
    current = client.get("/api/v1/cases/versions/?current=true&use=exam").json()["results"]
    assert [v["id"] for v in current] == [world.exam_version.pk]


def test_an_invalid_bundle_is_400_with_every_problem_by_path(personas: Personas) -> None:
    bundle = sample_bundle_data()
    del bundle["metadata"]["title"]
    bundle["checklist"]["items"][0]["weight"] = -1
    response = post_json(client_for(personas.faculty), IMPORT, bundle)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    paths = {error["path"] for error in body["errors"]}
    assert {"metadata.title", "checklist.items[0].weight"} <= paths
    assert not Case.objects.exists()


def test_malformed_json_is_400_not_500(personas: Personas) -> None:
    client = client_for(personas.faculty)
    response = client.post(IMPORT, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["path"] == ""


def test_importing_an_existing_identity_needs_update(personas: Personas) -> None:
    client = client_for(personas.faculty)
    first = post_json(client, IMPORT, sample_bundle_data())
    assert first.status_code == 201
    assert first.json()["created"] is True
    again = post_json(client, IMPORT, sample_bundle_data())
    assert again.status_code == 409
    revision = post_json(client, IMPORT + "?update=true", sample_bundle_data())
    assert revision.status_code == 201
    assert revision.json()["created"] is False
    assert Case.objects.count() == 1


def test_export_import_export_is_byte_identical(world: World) -> None:
    client = client_for(world.personas.faculty)
    case = world.version.case_id
    exported = client.get(f"/api/v1/cases/{case}/export/")
    assert exported["Content-Type"].startswith("application/json")
    text = exported.content
    imported = client.post(IMPORT + "?update=1", text, content_type="application/json")
    assert imported.status_code == 201
    draft = client.get(f"/api/v1/cases/{case}/export/?draft=true").content
    assert draft == text


def test_export_of_a_case_never_published_is_409(personas: Personas) -> None:
    client = client_for(personas.faculty)
    case = post_json(client, IMPORT, sample_bundle_data()).json()["case"]["id"]
    assert client.get(f"/api/v1/cases/{case}/export/").status_code == 409
    assert client.get(f"/api/v1/cases/{case}/export/?draft=true").status_code == 200


def test_faculty_read_the_draft_with_its_problems_and_publish_it(personas: Personas) -> None:
    client = client_for(personas.faculty)
    case = post_json(client, IMPORT, sample_bundle_data()).json()["case"]["id"]
    draft = client.get(f"/api/v1/cases/{case}/").json()
    assert draft["problems"] == []
    assert draft["latest_version"] is None
    assert draft["bundle"]["checklist"]["items"][4]["text"].endswith(CANARY)
    published = client.post(f"/api/v1/cases/{case}/publish/")
    assert published.status_code == 201
    assert published.json()["number"] == 1
    assert CaseVersion.objects.filter(case_id=case).count() == 1
    assert client.get(f"/api/v1/cases/{case}/").json()["latest_version"] == 1
    unchanged = client.post(f"/api/v1/cases/{case}/publish/")
    assert unchanged.status_code == 409
    assert "Nothing changed" in unchanged.json()["detail"]
