"""A real Celery worker killed in the middle of scoring: the message is delivered again, to a
second worker, and the encounter still ends up with exactly one Score (acks_late, reject on
worker loss, a short visibility timeout, and a unique constraint)."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import uuid
from collections.abc import Callable

import pytest
import redis
from django.conf import settings

from cases.models import CaseVersion
from docsim.celery import app
from scoring.models import Score
from scoring.tasks import TEST_DELAY_VARIABLE, score_encounter_task
from tests.conftest import Personas
from tests.processes import celery_worker
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, finished_encounter

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
VISIBILITY_S = "2"


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout}s for {what}")
        time.sleep(0.3)


def is_running_a_task(worker: str) -> bool:
    active = app.control.inspect(destination=[worker], timeout=1).active() or {}
    return any(task["name"] == score_encounter_task.name for task in active.get(worker, []))


def messages_left(broker: redis.Redis, queue: str) -> int:
    """Messages of `queue` waiting, or delivered and not yet acknowledged."""
    unacked = [json.loads(raw) for raw in broker.hvals("unacked")]
    return int(broker.llen(queue)) + sum(1 for _m, _x, key in unacked if key == queue)


def test_a_worker_killed_mid_task_leaves_exactly_one_score(
    personas: Personas, chest_pain: CaseVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    encounter = finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE)
    monkeypatch.setitem(app.conf, "broker_transport_options", {"visibility_timeout": 2})
    broker = redis.Redis.from_url(settings.REDIS_URL)
    queue = f"test-kill-{uuid.uuid4().hex[:12]}"
    first, second = (
        f"first-{queue}@{socket.gethostname()}",
        f"second-{queue}@{socket.gethostname()}",
    )
    env = {"CELERY_VISIBILITY_TIMEOUT_S": VISIBILITY_S}

    with celery_worker(queue, "-n", first, **{TEST_DELAY_VARIABLE: "60"}, **env) as worker:
        sent = [  # the task, and a duplicate delivery of it
            score_encounter_task.apply_async(args=(encounter.pk,), queue=queue) for _ in range(2)
        ]
        wait_for(lambda: is_running_a_task(first), 60, "the first worker to start scoring")
        os.killpg(worker.pid, signal.SIGKILL)  # the whole worker: parent and pool child
        worker.wait(timeout=10)
    assert not Score.objects.filter(encounter=encounter).exists()
    assert messages_left(broker, queue) == 2  # one unacknowledged, one never taken

    with celery_worker(queue, "-n", second, **env):
        wait_for(lambda: messages_left(broker, queue) == 0, 90, "both messages to be handled")
        time.sleep(3)  # anything still running finishes

    scores = Score.objects.filter(encounter=encounter)
    assert scores.count() == 1
    assert scores.get().verdicts.count() == 27
    # both deliveries ran to the end (the killed one again, on the second worker) and both
    # returned the same Score
    assert [result.get(timeout=10) for result in sent] == [scores.get().pk] * 2
