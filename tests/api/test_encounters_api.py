"""Encounters through the API: a student's own life cycle, tutors' read-only view, filters,
ordering and pagination."""

from __future__ import annotations

import json

import pytest

from encounters.models import Encounter
from tests.api.conftest import World
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

ENCOUNTERS = "/api/v1/encounters/"


def test_a_student_starts_ends_and_writes_the_note(world: World) -> None:
    client = client_for(world.personas.student)
    body = json.dumps({"case_version": world.version.pk})
    started = client.post(ENCOUNTERS, body, content_type="application/json")
    assert started.status_code == 201
    encounter = started.json()
    assert (encounter["status"], encounter["socket"]) == (
        "interview",
        f"/ws/encounters/{encounter['id']}/",
    )
    assert 0 < encounter["remaining_s"] <= 8 * 60
    ended = client.post(f"{ENCOUNTERS}{encounter['id']}/end/").json()
    assert ended["status"] == "note"
    note = {"summary": "Sore throat", "differential": "Tonsillitis", "plan": "Swab"}
    written = client.post(
        f"{ENCOUNTERS}{encounter['id']}/note/", json.dumps(note), content_type="application/json"
    )
    assert written.status_code == 201
    detail = client.get(f"{ENCOUNTERS}{encounter['id']}/").json()
    assert detail["status"] == "done"
    assert detail["note"]["differential"] == "Tonsillitis"
    again = client.post(
        f"{ENCOUNTERS}{encounter['id']}/note/", json.dumps(note), content_type="application/json"
    )
    assert again.status_code == 409
    assert again.json()["code"] == "note_closed"


def test_a_bad_start_request_is_400_with_the_field(world: World) -> None:
    client = client_for(world.personas.student)
    for body in ({}, {"case_version": "x"}, {"case_version": 10**30}):
        response = client.post(ENCOUNTERS, json.dumps(body), content_type="application/json")
        assert response.status_code == 400
        assert response.json()["errors"][0]["path"] == "case_version"


def test_the_transcript_lists_turns_in_order(world: World) -> None:
    client = client_for(world.personas.tutor)
    turns = client.get(f"{ENCOUNTERS}{world.released.pk}/transcript/").json()
    assert [t["seq"] for t in turns] == [1, 2, 3, 4]
    assert turns[2]["text"] == "Are you allergic to any medicines?"


def test_tutors_see_their_cohorts_encounters_only(world: World) -> None:
    mine = client_for(world.personas.tutor).get(ENCOUNTERS).json()
    assert {e["student"]["username"] for e in mine["results"]} == {"student_a"}
    assert mine["count"] == 4
    theirs = client_for(world.personas.other_tutor).get(ENCOUNTERS).json()
    assert [e["id"] for e in theirs["results"]] == [world.other.pk]


def test_lists_filter_order_and_paginate(world: World) -> None:
    client = client_for(world.personas.student)
    done = client.get(ENCOUNTERS + "?status=done").json()
    assert done["count"] == 3
    assert all(e["status"] == "done" for e in done["results"])
    oldest_first = client.get(ENCOUNTERS + "?ordering=id").json()["results"]
    assert [e["id"] for e in oldest_first] == sorted(e["id"] for e in oldest_first)
    page = client.get(ENCOUNTERS + "?page_size=2&ordering=id").json()
    assert (len(page["results"]), page["count"]) == (2, 4)
    assert "page=2" in page["next"]
    assert client.get(ENCOUNTERS + "?page=9").status_code == 404


def test_bad_filters_are_400_naming_the_parameter(world: World) -> None:
    client = client_for(world.personas.tutor)
    for query in ("status=finished", "cohort=abc", f"cohort={2**64}", "student=-1"):
        response = client.get(f"{ENCOUNTERS}?{query}")
        assert response.status_code == 400, query
        assert response.json()["errors"][0]["path"] == query.split("=")[0]


def test_page_size_is_capped_at_200(world: World) -> None:
    version = world.version
    student = world.personas.student
    first = Encounter.objects.get(pk=world.open_encounter.pk)
    Encounter.objects.bulk_create(
        Encounter(student=student, case_version=version, status=Encounter.Status.DONE,
                  interview_deadline=first.interview_deadline, patient_engine="offline")
        for _ in range(205)
    )  # fmt: skip
    page = client_for(student).get(ENCOUNTERS + "?page_size=1000").json()
    assert len(page["results"]) == 200
    assert page["count"] == 209
    assert len(client_for(student).get(ENCOUNTERS).json()["results"]) == 50
