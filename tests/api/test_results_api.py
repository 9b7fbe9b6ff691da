"""What students see of scores through the API: nothing before a tutor releases the review,
then the reviewed result, never the checklist's wording, evidence or hidden fields."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from scoring import reviews
from scoring.models import Review
from tests.api.conftest import World, token_client
from tests.cases.samples import CANARY
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

VERDICT_VALUES = ('"met"', '"partially_met"', '"not_met"', '"not_applicable"')


def student_gets(world: World, client: Client) -> dict[str, str]:
    """Every GET a student may make, by URL, with its body."""
    urls = ["/api/v1/cases/stations/", f"/api/v1/cases/stations/{world.version.pk}/",
            "/api/v1/encounters/", "/api/v1/results/", "/api/v1/cohorts/"]  # fmt: skip
    encounters = client.get("/api/v1/encounters/").json()["results"]
    for encounter in encounters:
        pk = encounter["id"]
        urls += [f"/api/v1/encounters/{pk}/", f"/api/v1/encounters/{pk}/transcript/",
                 f"/api/v1/results/{pk}/"]  # fmt: skip
    bodies = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        bodies[url] = response.content.decode()
    return bodies


def test_no_student_response_holds_verdicts_before_release(world: World) -> None:
    Review.objects.update(status=Review.Status.REVIEWED)  # nothing released any more
    for user in (world.personas.student, world.personas.other_student):
        for client in (client_for(user), token_client(user, ["read"])):
            for url, body in student_gets(world, client).items():
                assert CANARY not in body, url
                if "/results/" in url:
                    assert not [v for v in VERDICT_VALUES if v in body], url
                    assert '"percent":null' in body, url


def test_a_practice_result_stays_withheld_until_released(world: World) -> None:
    client = client_for(world.personas.student)
    before = client.get(f"/api/v1/results/{world.pending.pk}/").json()
    assert (before["state"], before["percent"], before["missed"]) == ("withheld", None, [])
    tutor = client_for(world.personas.tutor)
    released = tutor.post(f"/api/v1/reviews/{world.pending_review.pk}/release/")
    assert released.status_code == 200
    after = client.get(f"/api/v1/results/{world.pending.pk}/").json()
    assert after["state"] == "released"
    assert after["percent"] == pytest.approx(world.score(world.pending).percent)
    assert after["released_at"] is not None


def test_a_released_result_has_the_tutors_changes_but_no_checklist_wording(world: World) -> None:
    response = client_for(world.personas.student).get(f"/api/v1/results/{world.released.pk}/")
    result = response.json()
    assert result["state"] == "released"
    assert result["feedback"] == "Good history; examine the throat next time."
    assert [item["item_id"] for item in result["changed"]] == ["C1"]
    assert result["changed"][0]["comment"] == "Kind words."
    assert {s["section"] for s in result["sections"]} >= {"history", "communication"}
    assert "text" not in result["changed"][0]
    body = response.content.decode()
    assert CANARY not in body
    assert "Shows empathy" not in body


def test_a_tutor_reviews_through_the_api(world: World) -> None:
    tutor = client_for(world.personas.tutor)
    score = world.score(world.fresh)
    started = tutor.post("/api/v1/reviews/", json.dumps({"score": score.pk}),
                         content_type="application/json")  # fmt: skip
    assert started.status_code == 201
    review = started.json()["id"]
    again = tutor.post("/api/v1/reviews/", json.dumps({"score": score.pk}),
                       content_type="application/json")  # fmt: skip
    assert (again.status_code, again.json()["id"]) == (200, review)
    item = score.verdicts.get(item_id="E1")
    value = "met" if item.verdict != "met" else "not_met"
    override = {"item_id": "E1", "decision": "override", "value": value, "comment": "Saw it."}
    decided = tutor.post(f"/api/v1/reviews/{review}/decisions/", json.dumps(override),
                         content_type="application/json")  # fmt: skip
    assert decided.status_code == 200
    assert decided.json()["item_id"] == "E1"
    unknown = tutor.post(f"/api/v1/reviews/{review}/decisions/",
                         json.dumps({"item_id": "ZZ", "decision": "agree"}),
                         content_type="application/json")  # fmt: skip
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["path"] == "item_id"
    released = tutor.post(f"/api/v1/reviews/{review}/release/").json()
    assert released["status"] == "released"
    assert len(released["decisions"]) == score.verdicts.count()
    assert reviews.get_review(score=score) is not None
    item.refresh_from_db()
    assert item.verdict == score.verdicts.get(item_id="E1").verdict  # never overwritten


def test_tutors_read_verdicts_with_evidence(world: World) -> None:
    score = client_for(world.personas.tutor).get(f"/api/v1/scores/{world.score(world.fresh).pk}/")
    verdicts = {v["item_id"]: v for v in score.json()["verdicts"]}
    assert verdicts["H1"]["verdict"] == "met"
    assert verdicts["H1"]["evidence"][0]["turn"] == 1
    assert verdicts["C1"]["rationale"]
