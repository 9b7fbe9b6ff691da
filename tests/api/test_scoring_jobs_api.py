"""Scoring jobs through the API: started by a tutor for a cohort they teach, run by the Celery
task (eager here), followed, downloaded; a duplicate message does nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from accounts.models import ApiToken
from docsim.celery import app
from scoring.api import run_scoring_job_task
from scoring.models import ScoringJob
from tests.api.conftest import World, token_client
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

JOBS = "/api/v1/scoring-jobs/"


def streamed(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def start(client: Any, **body: Any) -> Any:
    return client.post(JOBS, json.dumps(body), content_type="application/json")


def test_a_job_runs_and_its_results_download(
    world: World, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(app.conf, "task_always_eager", True)  # CI has a broker, no worker here
    client = token_client(world.personas.tutor, [ApiToken.Scope.SCORING])
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, cohort=world.personas.cohort.pk, case=world.version.case_id)
    assert response.status_code == 201
    job = client.get(f"{JOBS}{response.json()['id']}/").json()
    assert (job["status"], job["done"], job["total"]) == ("done", 3, 3)
    assert job["files"] == ["jsonl", "csv"]
    assert job["engine"] == "offline"
    jsonl = client.get(f"{JOBS}{job['id']}/results/")
    assert jsonl["Content-Type"] == "application/x-ndjson"
    rows = [json.loads(line) for line in streamed(jsonl).splitlines()]
    assert sorted(row["id"] for row in rows) == sorted(
        f"encounter-{e.pk}" for e in (world.released, world.pending, world.fresh)
    )
    csv = client.get(f"{JOBS}{job['id']}/results/?file=csv")
    assert streamed(csv).startswith(b"id,case,engine")
    assert client.get(f"{JOBS}{job['id']}/results/?file=xml").status_code == 400


def test_a_redelivered_task_of_a_finished_job_does_nothing(world: World) -> None:
    assert run_scoring_job_task(world.job.pk) is None
    assert ScoringJob.objects.get(pk=world.job.pk).done == 3


def test_results_of_a_running_job_are_404(world: World) -> None:
    client = client_for(world.personas.tutor)
    created = start(client, cohort=world.personas.cohort.pk).json()  # on_commit never runs
    assert created["status"] == "running"
    missing = client.get(f"{JOBS}{created['id']}/results/")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"


def test_a_tutor_sees_only_the_jobs_they_started(world: World) -> None:
    assert client_for(world.personas.tutor).get(JOBS).json()["count"] == 1
    assert client_for(world.personas.other_tutor).get(JOBS).json()["count"] == 0


@pytest.mark.parametrize(
    ("body", "path"),
    [({}, "cohort"), ({"cohort": 10**12}, "cohort"), ({"engine": "magic"}, "engine")],
)
def test_bad_job_requests_name_the_field(world: World, body: dict[str, Any], path: str) -> None:
    response = start(client_for(world.personas.tutor), **body)
    assert response.status_code == 400
    assert path in {error["path"] for error in response.json()["errors"]}


def test_starting_jobs_has_its_own_throttle(world: World, settings: Any) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.API_THROTTLE_RATES, "scoring_jobs": "1/hour"},
    }
    client = client_for(world.personas.tutor)
    assert start(client, cohort=world.personas.cohort.pk).status_code == 201
    assert start(client, cohort=world.personas.cohort.pk).status_code == 429
    assert client.get(JOBS).status_code == 200  # following jobs is not limited
