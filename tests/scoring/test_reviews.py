"""Tutor reviews: decisions that never touch the AI verdicts, release, re-score, and exactly what
a student may see in practice and exam mode."""

from __future__ import annotations

from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.db import IntegrityError, transaction

from accounts.consumers import user_group
from cases import bundle as bundles
from cases.models import CaseVersion
from encounters.models import Encounter, Turn
from encounters.realtime import group_name
from scoring import feedback, reviews, services
from scoring.feedback import FeedbackState
from scoring.models import ItemDecision, ItemVerdict, Review, Score
from scoring.reviews import ReviewError
from scoring.tasks import score_encounter_task
from tests.conftest import Personas
from tests.encounters.conftest import publish
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, demo, finished_encounter

pytestmark = pytest.mark.django_db

H8_TEXT = "Asks about cardiovascular risk factors (hypertension, cholesterol, diabetes)"


def scored(student: Any, version: CaseVersion, mode: str = Encounter.Mode.PRACTICE) -> Score:
    encounter = finished_encounter(student, version, GOOD_CHEST_PAIN, GOOD_NOTE)
    if mode != Encounter.Mode.PRACTICE:
        Encounter.objects.filter(pk=encounter.pk).update(mode=mode)
        encounter.refresh_from_db()
    return services.score_encounter(encounter=encounter)


def verdict(score: Score, item_id: str) -> ItemVerdict:
    return score.verdicts.get(item_id=item_id)


@pytest.fixture
def score(personas: Personas, chest_pain: CaseVersion) -> Score:
    return scored(personas.student, chest_pain)


@pytest.fixture
def review(score: Score, personas: Personas) -> Review:
    return reviews.start_review(score=score, tutor=personas.tutor)


@pytest.fixture
def exam_case(db: None) -> CaseVersion:
    data = bundles.to_data(demo("chest-pain"))
    data["identity"]["slug"] = "chest-pain-exam"
    data["metadata"]["use"] = "exam"
    return publish(data)


# ---- decisions ------------------------------------------------------------------------------


def test_an_override_needs_a_comment_and_leaves_the_ai_verdict_alone(
    review: Review, score: Score
) -> None:
    h8 = verdict(score, "H8")
    assert h8.verdict == "not_met"
    with pytest.raises(ReviewError) as error:
        reviews.decide_item(review=review, verdict=h8, decision="override", value="met")
    assert error.value.code == "comment_required"
    with pytest.raises(ReviewError):
        reviews.decide_item(
            review=review, verdict=h8, decision="override", value="met", comment="   "
        )
    assert not ItemDecision.objects.exists()

    decision = reviews.decide_item(
        review=review, verdict=h8, decision="override", value="met", comment="Asked at turn 3."
    )
    assert (decision.decision, decision.value, decision.comment) == (
        "override", "met", "Asked at turn 3.",
    )  # fmt: skip
    h8.refresh_from_db()
    assert h8.verdict == "not_met"  # the examiner's verdict is still there, unchanged
    assert reviews.final_verdicts(review)["H8"] == "met"


@pytest.mark.parametrize(
    ("value", "code"), [("not_met", "same_verdict"), ("excellent", "bad_value"), ("", "bad_value")]
)
def test_an_override_must_name_another_valid_verdict(
    review: Review, score: Score, value: str, code: str
) -> None:
    with pytest.raises(ReviewError) as error:
        reviews.decide_item(
            review=review, verdict=verdict(score, "H8"), decision="override", value=value,
            comment="Because.",
        )  # fmt: skip
    assert error.value.code == code


def test_the_database_refuses_an_override_without_a_comment(review: Review, score: Score) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemDecision.objects.create(
            review=review, verdict=verdict(score, "H8"), decision="override", value="met"
        )


def test_agreeing_replaces_an_override(review: Review, score: Score) -> None:
    h8 = verdict(score, "H8")
    reviews.decide_item(review=review, verdict=h8, decision="override", value="met", comment="x")
    reviews.decide_item(review=review, verdict=h8, decision="agree", value="met")
    decision = ItemDecision.objects.get(review=review, verdict=h8)
    assert (decision.decision, decision.value) == ("agree", "")
    assert reviews.final_verdicts(review)["H8"] == "not_met"


def test_a_verdict_of_another_score_is_refused(
    review: Review, personas: Personas, chest_pain: CaseVersion
) -> None:
    other = scored(personas.other_student, chest_pain)
    with pytest.raises(ReviewError) as error:
        reviews.decide_item(review=review, verdict=verdict(other, "H8"), decision="agree")
    assert error.value.code == "other_score"


def test_the_reviewed_result_is_recomputed_from_the_final_decisions(
    review: Review, score: Score
) -> None:
    unchanged = reviews.reviewed_result(review)
    assert (unchanged.percent, unchanged.passed) == (score.percent, score.passed)
    assert unchanged.sections_as_dict() == score.section_totals
    assert "H8" in unchanged.critical_missed

    h8 = verdict(score, "H8")
    reviews.decide_item(review=review, verdict=h8, decision="override", value="met", comment="x")
    result = reviews.reviewed_result(review)
    assert "H8" not in result.critical_missed
    assert result.sections["history"].earned == score.section_totals["history"]["earned"] + 3
    assert result.percent > score.percent
    score.refresh_from_db()
    assert score.percent == unchanged.percent  # the Score itself is never rewritten


def test_marking_reviewed_records_agreement_with_every_undecided_item(
    review: Review, score: Score
) -> None:
    h9 = verdict(score, "H9")
    reviews.decide_item(review=review, verdict=h9, decision="override", value="partially_met",
                        comment="Did not quantify.")  # fmt: skip
    reviewed = reviews.mark_reviewed(review=review)
    assert reviewed.status == Review.Status.REVIEWED
    assert reviewed.reviewed_at is not None
    decisions = ItemDecision.objects.filter(review=review)
    assert decisions.count() == score.verdicts.count() == 27
    assert decisions.filter(decision="override").get().verdict_id == h9.pk


# ---- release ------------------------------------------------------------------------------


def test_release_publishes_the_review_once_and_freezes_it(
    review: Review, score: Score, personas: Personas
) -> None:
    reviews.set_feedback(review=review, feedback="  Good structure; ask about risk factors.  ")
    released = reviews.release(review=review, tutor=personas.tutor)
    assert released.status == Review.Status.RELEASED
    assert released.released_by == personas.tutor
    assert released.released_at is not None
    assert released.feedback == "Good structure; ask about risk factors."
    assert released.decisions.count() == 27  # released means reviewed
    again = reviews.release(review=review, tutor=personas.other_tutor)
    assert again.released_by == personas.tutor
    with pytest.raises(ReviewError) as error:
        reviews.decide_item(review=review, verdict=verdict(score, "H8"), decision="agree")
    assert error.value.code == "released"
    with pytest.raises(ReviewError):
        reviews.set_feedback(review=review, feedback="Changed later.")


# ---- re-scoring -----------------------------------------------------------------------------


def test_rescoring_leaves_the_review_on_the_old_score_and_asks_for_a_new_one(
    review: Review, score: Score, personas: Personas
) -> None:
    encounter = score.encounter
    reviews.release(review=review, tutor=personas.tutor)
    assert not reviews.has_stale_review(encounter)
    new = reviews.rescore(encounter=encounter)
    assert new.is_current
    assert new.pk != score.pk
    assert reviews.get_review(score=new) is None
    assert reviews.has_stale_review(encounter)
    assert Review.objects.get(pk=review.pk).score_id == score.pk
    row = reviews.review_queue(tutor=personas.tutor).get()
    assert row.pk == new.pk
    assert row.needs_new_review  # type: ignore[attr-defined]  # an annotation
    with pytest.raises(ReviewError) as error:
        reviews.start_review(score=Score.objects.get(pk=score.pk), tutor=personas.tutor)
    assert error.value.code == "superseded"


def test_an_unfinished_encounter_cannot_be_rescored(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN)
    Encounter.objects.filter(pk=encounter.pk).update(status=Encounter.Status.NOTE)
    encounter.refresh_from_db()
    with pytest.raises(ReviewError) as error:
        reviews.rescore(encounter=encounter)
    assert error.value.code == "not_finished"


# ---- what the student sees ----------------------------------------------------------------


def test_practice_mode_shows_the_provisional_result_then_the_released_review(
    review: Review, score: Score, personas: Personas
) -> None:
    encounter = score.encounter
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.PROVISIONAL
    assert (view.percent, view.passed) == (score.percent, score.passed)
    missed = {item.item_id: item for item in view.missed}
    assert missed["H8"].text == H8_TEXT
    assert missed["H8"].is_critical
    assert "H9" not in missed
    assert view.feedback == ""
    assert view.transcript == ()
    assert view.changed == ()

    reviews.decide_item(review=review, verdict=verdict(score, "H9"), decision="override",
                        value="not_met", comment="Did not quantify the smoking.")  # fmt: skip
    reviews.set_feedback(review=review, feedback="Work on risk factors.")
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.PROVISIONAL  # not released yet
    assert view.feedback == ""

    reviews.release(review=review, tutor=personas.tutor)
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.RELEASED
    assert view.feedback == "Work on risk factors."
    assert view.percent == reviews.reviewed_result(review).percent < score.percent
    assert [(i.item_id, i.verdict, i.comment) for i in view.changed] == [
        ("H9", "not_met", "Did not quantify the smoking.")
    ]
    assert "H9" in {item.item_id for item in view.missed}
    assert view.transcript[6].text == "Do you smoke?"
    assert view.shows_item_text


def test_practice_mode_before_scoring_says_it_is_being_scored(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE)
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.PENDING
    assert view.as_dict() == {"state": "pending", "message": str(FeedbackState.PENDING.label)}


def test_exam_mode_shows_nothing_before_release(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    score = scored(personas.student, chest_pain, mode=Encounter.Mode.EXAM)
    encounter = score.encounter
    review = reviews.start_review(score=score, tutor=personas.tutor)
    reviews.set_feedback(review=review, feedback="Secret until released.")
    reviews.mark_reviewed(review=review)
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.WITHHELD
    assert view.percent is None
    assert view.missed == ()
    assert view.feedback == ""
    assert view.as_dict() == {
        "state": "withheld", "message": "Your result will be published by your tutor.",
    }  # fmt: skip

    reviews.release(review=review, tutor=personas.tutor)
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.RELEASED
    assert view.feedback == "Secret until released."
    assert view.percent == score.percent


def test_exam_mode_after_a_rescore_hides_the_result_until_the_new_review_is_released(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    score = scored(personas.student, chest_pain, mode=Encounter.Mode.EXAM)
    review = reviews.start_review(score=score, tutor=personas.tutor)
    reviews.release(review=review, tutor=personas.tutor)
    new = reviews.rescore(encounter=score.encounter)
    view = feedback.student_view(encounter=score.encounter, user=personas.student)
    assert view.state == FeedbackState.WITHHELD
    reviews.release(review=reviews.start_review(score=new, tutor=personas.tutor),
                    tutor=personas.tutor)  # fmt: skip
    view = feedback.student_view(encounter=score.encounter, user=personas.student)
    assert view.state == FeedbackState.RELEASED


@pytest.mark.parametrize("mode", [Encounter.Mode.PRACTICE, Encounter.Mode.EXAM])
def test_an_exam_reserved_case_never_shows_its_item_text(
    personas: Personas, exam_case: CaseVersion, mode: str
) -> None:
    score = scored(personas.student, exam_case, mode=mode)
    review = reviews.start_review(score=score, tutor=personas.tutor)
    reviews.decide_item(review=review, verdict=verdict(score, "H9"), decision="override",
                        value="not_met", comment="Not quantified.")  # fmt: skip
    reviews.release(review=review, tutor=personas.tutor)
    view = feedback.student_view(encounter=score.encounter, user=personas.student)
    assert view.state == FeedbackState.RELEASED
    assert not view.shows_item_text
    assert view.missed
    assert all(item.text == "" for item in (*view.missed, *view.changed))
    assert H8_TEXT not in str(view.as_dict())


def test_a_practice_encounter_of_an_exam_case_shows_no_item_text_provisionally(
    personas: Personas, exam_case: CaseVersion
) -> None:
    score = scored(personas.student, exam_case)
    view = feedback.student_view(encounter=score.encounter, user=personas.student)
    assert view.state == FeedbackState.PROVISIONAL
    assert {item.text for item in view.missed} == {""}


def test_another_student_gets_no_view(score: Score, personas: Personas) -> None:
    with pytest.raises(ReviewError):
        feedback.student_view(encounter=score.encounter, user=personas.other_student)


def test_an_unfinished_encounter_has_no_feedback_yet(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = finished_encounter(personas.student, chest_pain, GOOD_CHEST_PAIN)
    Encounter.objects.filter(pk=encounter.pk).update(status=Encounter.Status.INTERVIEW)
    encounter.refresh_from_db()
    view = feedback.student_view(encounter=encounter, user=personas.student)
    assert view.state == FeedbackState.NOT_FINISHED


# ---- the queue ----------------------------------------------------------------------------


def test_the_queue_holds_current_scores_of_taught_cohorts_with_their_filters(
    personas: Personas, chest_pain: CaseVersion, exam_case: CaseVersion
) -> None:
    plain = scored(personas.student, chest_pain)
    flagged = scored(personas.student, exam_case)
    scored(personas.other_student, chest_pain)  # another cohort: never in this queue
    Turn.objects.filter(encounter=flagged.encounter, seq=2).update(
        fidelity_flags=[{"kind": "contradiction", "topic": "x", "detail": "y"}]
    )
    Turn.objects.filter(encounter=flagged.encounter, seq=1).update(is_injection=True)
    ItemVerdict.objects.filter(pk=verdict(flagged, "H9").pk).update(verified=False)
    review = reviews.start_review(score=plain, tutor=personas.tutor)
    reviews.decide_item(review=review, verdict=verdict(plain, "H8"), decision="override",
                        value="met", comment="x")  # fmt: skip

    def ids(**filters: Any) -> set[int]:
        return {s.pk for s in reviews.review_queue(tutor=personas.tutor, **filters)}

    assert ids() == {plain.pk, flagged.pk}
    assert ids(status="to_review") == {plain.pk, flagged.pk}
    assert ids(status="reviewed") == set()
    for flag in ("fidelity", "injection", "unverified"):
        assert ids(flag=flag) == {flagged.pk}, flag
    assert ids(disagreement=True) == {plain.pk}
    assert ids(case_id=exam_case.case_id) == {flagged.pk}
    assert ids(cohort_id=personas.cohort.pk) == {plain.pk, flagged.pk}
    assert ids(cohort_id=personas.other_cohort.pk) == set()
    reviews.release(review=review, tutor=personas.tutor)
    assert ids(status="released") == {plain.pk}
    assert ids(status="to_review") == {flagged.pk}
    assert reviews.review_queue(tutor=personas.other_tutor).count() == 1


# ---- score.ready --------------------------------------------------------------------------


async def _listen(student_id: int, encounter_id: int) -> tuple[Any, str, str]:
    layer = get_channel_layer()
    assert layer is not None
    page, notifications = await layer.new_channel(), await layer.new_channel()
    await layer.group_add(group_name(encounter_id), page)
    await layer.group_add(user_group(student_id), notifications)
    return layer, page, notifications


async def _nothing_on(layer: Any, channel: str) -> bool:
    import asyncio

    try:
        await asyncio.wait_for(layer.receive(channel), timeout=0.2)
    except TimeoutError:
        return True
    return False


@pytest.mark.django_db(transaction=True)
async def test_an_exam_score_is_not_announced_until_release(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = await database_sync_to_async(finished_encounter)(
        personas.student, chest_pain, GOOD_CHEST_PAIN, GOOD_NOTE
    )
    await database_sync_to_async(
        Encounter.objects.filter(pk=encounter.pk).update
    )(mode=Encounter.Mode.EXAM)  # fmt: skip
    layer, page, notifications = await _listen(personas.student.pk, encounter.pk)
    result = await database_sync_to_async(score_encounter_task.apply)(args=(encounter.pk,))
    score_id = result.get()
    assert score_id is not None
    assert await _nothing_on(layer, page)
    assert await _nothing_on(layer, notifications)

    def release() -> None:
        score = Score.objects.get(pk=score_id)
        review = reviews.start_review(score=score, tutor=personas.tutor)
        reviews.release(review=review, tutor=personas.tutor)

    await database_sync_to_async(release)()
    payload = {"type": "score.ready", "encounter": encounter.pk}
    assert await layer.receive(page) == {"type": "encounter.event", "payload": payload}
    assert await layer.receive(notifications) == {"type": "notify", "payload": payload}
