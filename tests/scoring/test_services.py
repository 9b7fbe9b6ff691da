"""Scoring services and the task: idempotent, immutable, superseded on re-scoring, notified."""

from __future__ import annotations

from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.consumers import user_group
from cases import bundle as bundles
from cases.models import CaseVersion
from cases.services import import_bundle, publish_case
from docsim.celery import app
from encounters import services as encounter_services
from encounters.models import Encounter
from encounters.realtime import group_name
from scoring import services
from scoring.models import ItemVerdict, Score
from scoring.tasks import score_encounter_task
from tests.conftest import Personas
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, demo, finished_encounter

pytestmark = pytest.mark.django_db


@pytest.fixture
def done(personas: Personas, chest_pain: CaseVersion) -> Encounter:
    return finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE)


def test_scoring_stores_a_current_score_with_one_verdict_per_item(done: Encounter) -> None:
    score = services.score_encounter(encounter=done)
    assert (score.engine, score.engine_version, score.status) == ("offline", "1", "scored")
    assert score.is_current
    assert score.case_version_id == done.case_version_id
    verdicts = {v.item_id: v for v in score.verdicts.all()}
    assert len(verdicts) == 27
    assert verdicts["H9"].verdict == "met"
    assert verdicts["H9"].evidence == [{"turn": 7, "quote": "Do you smoke?"}]
    assert verdicts["N1"].evidence == [{"note": True, "quote": "NSTEMI"}]
    assert verdicts["H2"].is_critical
    assert verdicts["H2"].weight == 3
    assert {v.source for v in verdicts.values()} == {"offline"}
    assert set(score.section_totals) == {"introduction", "history", "examination",
                                         "communication", "note"}  # fmt: skip
    assert 0 < score.percent < 100
    assert "H8" in score.critical_missed  # never asked about risk factors
    assert score.passed is False


def test_scoring_twice_returns_the_same_score(done: Encounter) -> None:
    first = services.score_encounter(encounter=done)
    second = services.score_encounter(encounter=done)
    assert first.pk == second.pk
    assert Score.objects.filter(encounter=done).count() == 1
    assert ItemVerdict.objects.filter(score__encounter=done).count() == 27


def test_the_database_refuses_a_second_current_score_for_the_same_key(done: Encounter) -> None:
    score = services.score_encounter(encounter=done)
    duplicate = {
        "encounter": done, "case_version_id": score.case_version_id, "engine": score.engine,
        "engine_version": score.engine_version, "percent": 0, "passed": False,
    }  # fmt: skip
    with pytest.raises(IntegrityError), transaction.atomic():
        Score.objects.create(**duplicate)


def test_verdicts_are_never_updated(done: Encounter) -> None:
    verdict = services.score_encounter(encounter=done).verdicts.first()
    assert verdict is not None
    verdict.verdict = "met"
    with pytest.raises(ValidationError):
        verdict.save()


def test_rescoring_adds_a_score_that_supersedes_the_current_one(done: Encounter) -> None:
    first = services.score_encounter(encounter=done)
    second = services.rescore(encounter=done)
    first.refresh_from_db()
    assert second.pk != first.pk
    assert second.is_current
    assert not first.is_current
    assert first.superseded_by_id == second.pk
    assert first.verdicts.count() == second.verdicts.count() == 27  # the old ones stay
    assert services.score_encounter(encounter=done).pk == second.pk


def test_a_newer_case_version_can_be_scored_against(
    done: Encounter, chest_pain: CaseVersion
) -> None:
    data = bundles.to_data(demo("chest-pain"))
    data["metadata"]["title"] = "Chest pain, corrected checklist"
    case = import_bundle(bundle=bundles.parse_data(data), user=None, update=True).case
    assert case is not None
    newer = publish_case(case=case, user=None)
    score = services.rescore(encounter=done, version=newer)
    assert score.case_version_id == newer.pk
    assert score.is_current


def test_an_unfinished_encounter_is_not_scored(personas: Personas, chest_pain: CaseVersion) -> None:
    encounter = encounter_services.start_encounter(student=personas.student, version=chest_pain)
    with pytest.raises(services.ScoringError) as error:
        services.score_encounter(encounter=encounter)
    assert error.value.code == "not_finished"
    assert score_encounter_task.apply(args=(encounter.pk,)).get() is None


def test_submitting_the_note_scores_the_encounter(
    personas: Personas,
    chest_pain: CaseVersion,
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(app.conf, "task_always_eager", True)  # CI has a broker, no worker here
    encounter = encounter_services.start_encounter(student=personas.student, version=chest_pain)
    encounter_services.record_student_turn(
        encounter=encounter, text="Do you smoke?", client_msg_id="m1"
    )
    encounter_services.end_encounter(encounter=encounter)
    with django_capture_on_commit_callbacks(execute=True):
        encounter_services.submit_note(encounter=encounter, summary="Chest pain.",
                                       differential="NSTEMI", plan="Aspirin.")  # fmt: skip
    score = Score.objects.get(encounter=encounter)
    assert score.verdicts.get(item_id="H9").verdict == "met"


@pytest.mark.django_db(transaction=True)
async def test_the_task_tells_the_students_pages_the_score_is_ready(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = await database_sync_to_async(finished_encounter)(
        personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE
    )
    layer = get_channel_layer()
    assert layer is not None
    page, notifications = await layer.new_channel(), await layer.new_channel()
    await layer.group_add(group_name(encounter.pk), page)
    await layer.group_add(user_group(personas.student.pk), notifications)
    result = await database_sync_to_async(score_encounter_task.apply)(args=(encounter.pk,))
    exists = Score.objects.filter(pk=result.get(), encounter=encounter).exists
    assert await database_sync_to_async(exists)()
    payload = {"type": "score.ready", "encounter": encounter.pk}
    assert await layer.receive(page) == {"type": "encounter.event", "payload": payload}
    assert await layer.receive(notifications) == {"type": "notify", "payload": payload}
    await layer.group_discard(group_name(encounter.pk), page)
    await layer.group_discard(user_group(personas.student.pk), notifications)


def test_a_missing_encounter_is_logged_not_retried() -> None:
    assert score_encounter_task.apply(args=(987654,)).get() is None
