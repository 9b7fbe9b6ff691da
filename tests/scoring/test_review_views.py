"""Review pages over HTTP: the tutors' queue and review page, release, re-score, the live view,
the student's feedback page (and its JSON), the faculty's calibration and anonymised pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from cases import bundle as bundles
from cases.models import CaseVersion
from encounters.models import Encounter, Turn
from encounters.services import start_encounter
from scoring import reviews, services
from scoring.models import ItemDecision, Review, Score
from tests.cases.samples import CANARY
from tests.conftest import Personas, client_for
from tests.encounters.conftest import publish
from tests.scoring.conftest import GOOD_CHEST_PAIN, GOOD_NOTE, demo, finished_encounter

pytestmark = pytest.mark.django_db

H8_TEXT = "Asks about cardiovascular risk factors (hypertension, cholesterol, diabetes)"
WITHHELD = "Your result will be published by your tutor."


def scored(student: Any, version: CaseVersion, mode: str = Encounter.Mode.PRACTICE) -> Score:
    encounter = finished_encounter(student, version, GOOD_CHEST_PAIN, GOOD_NOTE)
    Encounter.objects.filter(pk=encounter.pk).update(mode=mode)
    return services.score_encounter(encounter=Encounter.objects.get(pk=encounter.pk))


@pytest.fixture
def score(personas: Personas, chest_pain: CaseVersion) -> Score:
    return scored(personas.student, chest_pain)


def review_url(score: Score) -> str:
    return reverse("review-detail", args=[score.encounter_id])


def decide_url(score: Score, item_id: str) -> str:
    verdict = score.verdicts.get(item_id=item_id)
    return reverse("review-decide", args=[score.encounter_id, verdict.pk])


def body(response: Any) -> str:
    return response.content.decode()


# ---- the review page ----------------------------------------------------------------------


def test_the_review_page_shows_transcript_checklist_evidence_and_flags(
    score: Score, personas: Personas
) -> None:
    Turn.objects.filter(encounter=score.encounter, seq=8).update(
        fidelity_flags=[{"kind": "contradiction", "topic": "social.tobacco", "detail": "yes/no"}]
    )
    Turn.objects.filter(encounter=score.encounter, seq=7).update(is_injection=True)
    page = body(client_for(personas.tutor).get(review_url(score)))
    assert 'id="turn-7"' in page
    assert "Do you smoke?" in page
    assert 'id="item-H9"' in page
    assert "Asks about smoking and quantifies it" in page
    assert 'href="#turn-7"' in page  # H9's evidence links to the turn
    assert 'href="#note"' in page  # a note quote links to the note
    assert "Contradicts the case" in page
    assert "Injection attempt" in page
    assert "offline examiner" in page
    assert f'action="{decide_url(score, "H9")}"' in page
    assert 'id="review-evidence"' in page
    assert "js/review.js" in page


def test_user_text_is_escaped_on_the_review_page(score: Score, personas: Personas) -> None:
    Turn.objects.filter(encounter=score.encounter, seq=3).update(text="<script>alert(1)</script>")
    page = body(client_for(personas.tutor).get(review_url(score)))
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_unverified_evidence_is_marked(score: Score, personas: Personas) -> None:
    from scoring.models import ItemVerdict

    ItemVerdict.objects.filter(score=score, item_id="H9").update(verified=False)
    assert "unverified evidence" in body(client_for(personas.tutor).get(review_url(score)))


def test_an_override_without_a_comment_is_refused_and_with_one_is_saved(
    score: Score, personas: Personas
) -> None:
    client = client_for(personas.tutor)
    url = decide_url(score, "H8")
    response = client.post(url, {"decision": "override", "value": "met", "comment": ""})
    assert response.status_code == 302
    assert response["Location"] == review_url(score) + "#item-H8"
    assert not ItemDecision.objects.exists()
    assert "Say why you override" in body(client.get(review_url(score)))

    client.post(url, {"decision": "override", "value": "met", "comment": "Asked at turn 3."})
    decision = ItemDecision.objects.get()
    assert (decision.value, decision.comment) == ("met", "Asked at turn 3.")
    assert score.verdicts.get(item_id="H8").verdict == "not_met"
    page = body(client.get(review_url(score)))
    assert "Overridden: met" in page
    assert 'id="reviewed-score"' in page


def test_feedback_mark_reviewed_and_release(score: Score, personas: Personas) -> None:
    client = client_for(personas.tutor)
    client.post(reverse("review-feedback", args=[score.encounter_id]), {"feedback": "Draft."})
    review = Review.objects.get(score=score)
    assert (review.feedback, review.status) == ("Draft.", "to_review")
    client.post(
        reverse("review-feedback", args=[score.encounter_id]),
        {"feedback": "Well structured.", "mark_reviewed": "1"},
    )
    review.refresh_from_db()
    assert review.status == "reviewed"
    response = client.post(
        reverse("review-release", args=[score.encounter_id]), {"feedback": "Final words."}
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.status, review.feedback, review.released_by) == (
        "released", "Final words.", personas.tutor,
    )  # fmt: skip
    page = body(client.get(review_url(score)))
    assert "Save the override" not in page  # a released review is read-only
    assert "Final words." in page


def test_rescoring_from_the_page_asks_for_a_new_review(score: Score, personas: Personas) -> None:
    client = client_for(personas.tutor)
    client.post(reverse("review-release", args=[score.encounter_id]))
    response = client.post(reverse("review-rescore", args=[score.encounter_id]))
    assert response.status_code == 302
    current = Score.objects.current().get(encounter=score.encounter)
    assert current.pk != score.pk
    assert "needs a review of its own" in body(client.get(review_url(score)))
    assert "re-scored: needs a new review" in body(client.get(reverse("tutor-start")))


def test_a_stale_form_cannot_decide_on_a_superseded_score(score: Score, personas: Personas) -> None:
    client = client_for(personas.tutor)
    url = decide_url(score, "H8")
    reviews.rescore(encounter=score.encounter)
    response = client.post(url, {"decision": "agree"})
    assert response.status_code == 302
    assert not ItemDecision.objects.exists()
    assert "another score" in body(client.get(review_url(score)))


# ---- the queue ----------------------------------------------------------------------------


def test_the_queue_lists_taught_students_and_filters(
    score: Score, personas: Personas, chest_pain: CaseVersion
) -> None:
    scored(personas.other_student, chest_pain)
    client = client_for(personas.tutor)
    page = body(client.get("/review/"))
    assert f'data-encounter="{score.encounter_id}"' in page
    assert personas.other_student.get_full_name() not in page
    assert "Cohort A" in page
    assert "Cohort B" not in page
    released = body(client.get("/review/", {"status": "released"}))
    assert "No scored encounter matches." in released
    flagged = body(client.get("/review/", {"flag": "injection"}))
    assert "No scored encounter matches." in flagged
    ignored = body(client.get("/review/", {"cohort": "999999"}))  # invalid: no filter
    assert f'data-encounter="{score.encounter_id}"' in ignored


def test_the_queue_links_ongoing_interviews_to_the_live_view(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = start_encounter(student=personas.student, version=chest_pain)
    page = body(client_for(personas.tutor).get("/review/"))
    assert reverse("review-live", args=[encounter.pk]) in page


# ---- live view ----------------------------------------------------------------------------


def test_the_live_view_reuses_the_interview_client_read_only(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = start_encounter(student=personas.student, version=chest_pain)
    page = body(client_for(personas.tutor).get(reverse("review-live", args=[encounter.pk])))
    assert 'data-read-only="true"' in page
    assert "js/interview.js" in page
    assert f"/ws/encounters/{encounter.pk}/" in page
    assert 'id="ask-form"' not in page


def test_the_live_view_of_a_finished_encounter_opens_the_review(
    score: Score, personas: Personas
) -> None:
    response = client_for(personas.tutor).get(reverse("review-live", args=[score.encounter_id]))
    assert response.status_code == 302
    assert response["Location"] == review_url(score)


# ---- the student's feedback ---------------------------------------------------------------


def feedback(student: Any, score: Score) -> tuple[str, dict[str, Any]]:
    client = client_for(student)
    page = body(client.get(reverse("encounter-feedback", args=[score.encounter_id])))
    data = client.get(reverse("encounter-feedback-json", args=[score.encounter_id])).json()
    return page, data


def test_practice_feedback_is_provisional_then_released(score: Score, personas: Personas) -> None:
    page, data = feedback(personas.student, score)
    assert "Provisional score" in page
    assert H8_TEXT in page
    assert data["state"] == "provisional"
    assert data["percent"] == score.percent
    assert data["feedback"] == ""
    tutor = client_for(personas.tutor)
    tutor.post(decide_url(score, "H9"), {"decision": "override", "value": "not_met",
                                         "comment": "Quantify it: pack-years."})  # fmt: skip
    tutor.post(reverse("review-release", args=[score.encounter_id]), {"feedback": "Good start."})
    page, data = feedback(personas.student, score)
    assert "Your tutor's feedback" in page
    assert "Good start." in page
    assert "Quantify it: pack-years." in page
    assert "Do you smoke?" in page  # the transcript
    assert data["state"] == "released"
    assert [item["item_id"] for item in data["changed"]] == ["H9"]


def test_exam_feedback_shows_nothing_before_release(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    score = scored(personas.student, chest_pain, mode=Encounter.Mode.EXAM)
    tutor = client_for(personas.tutor)
    tutor.post(reverse("review-feedback", args=[score.encounter_id]),
               {"feedback": "Hidden until release.", "mark_reviewed": "1"})  # fmt: skip
    page, data = feedback(personas.student, score)
    assert WITHHELD in page
    assert "Hidden until release." not in page
    assert H8_TEXT not in page
    assert f"{score.percent:.0f} %" not in page
    assert data == {"state": "withheld", "message": WITHHELD}
    tutor.post(reverse("review-release", args=[score.encounter_id]))
    page, data = feedback(personas.student, score)
    assert "Hidden until release." in page
    assert data["state"] == "released"


def test_an_exam_reserved_case_never_shows_item_text(personas: Personas) -> None:
    data = bundles.to_data(demo("chest-pain"))
    data["identity"]["slug"] = "chest-pain-exam"
    data["metadata"]["use"] = "exam"
    score = scored(personas.student, publish(data), mode=Encounter.Mode.EXAM)
    client_for(personas.tutor).post(reverse("review-release", args=[score.encounter_id]))
    page, json_data = feedback(personas.student, score)
    assert "Item H8 (history taking)" in page
    assert H8_TEXT not in page
    assert H8_TEXT not in str(json_data)


def test_the_canary_of_an_exam_case_never_reaches_the_student(personas: Personas) -> None:
    from tests.cases.samples import sample_bundle_data

    data = sample_bundle_data()
    data["metadata"]["use"] = "exam"
    version = publish(data)
    encounter = finished_encounter(personas.student, version, [("student", "Hello")], ("a", "", ""))
    score = services.score_encounter(encounter=encounter)
    for _ in range(2):
        page, json_data = feedback(personas.student, score)
        assert CANARY not in page
        assert CANARY not in str(json_data)
        client_for(personas.tutor).post(reverse("review-release", args=[score.encounter_id]))


def test_the_feedback_page_of_an_ongoing_interview_sends_the_student_back(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    encounter = start_encounter(student=personas.student, version=chest_pain)
    response = client_for(personas.student).get(reverse("encounter-feedback", args=[encounter.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("encounter-interview", args=[encounter.pk])


def test_the_submitted_page_and_my_encounters_link_to_the_feedback(
    score: Score, personas: Personas
) -> None:
    client = client_for(personas.student)
    link = reverse("encounter-feedback", args=[score.encounter_id])
    assert link in body(client.get(reverse("encounter-submitted", args=[score.encounter_id])))
    assert link in body(client.get(reverse("encounter-list")))


# ---- faculty ------------------------------------------------------------------------------


def test_calibration_page_shows_agreement_and_links_anonymised_examples(
    score: Score, personas: Personas
) -> None:
    tutor = client_for(personas.tutor)
    tutor.post(decide_url(score, "H9"), {"decision": "override", "value": "not_met",
                                         "comment": "Not quantified."})  # fmt: skip
    tutor.post(reverse("review-release", args=[score.encounter_id]))
    page = body(client_for(personas.faculty).get(reverse("calibration")))
    assert "Central chest pain in a 58-year-old man" in page
    assert "Asks about smoking and quantifies it" in page
    assert "met → not met (1)" in page
    example = reverse("calibration-encounter", args=[score.encounter_id])
    assert f'href="{example}#item-H9"' in page


def test_the_anonymised_encounter_hides_the_student_and_offers_no_controls(
    personas: Personas, chest_pain: CaseVersion
) -> None:
    student = personas.student
    student.first_name, student.last_name = "Samira", "Okafor"
    student.save()
    lines = [("student", "Hello, I'm Samira Okafor, a medical student."), *GOOD_CHEST_PAIN[1:]]
    encounter = finished_encounter(student, chest_pain, lines, GOOD_NOTE)
    services.score_encounter(encounter=encounter)
    page = body(client_for(personas.faculty).get(reverse("calibration-encounter",
                                                          args=[encounter.pk])))  # fmt: skip
    assert "Anonymised student" in page
    assert "Samira" not in page
    assert "Okafor" not in page
    assert "Hello, I&#x27;m [student], a medical student." in page
    assert "<form" not in page.split('<main id="main"')[1]
    assert "Do you smoke?" in page


@pytest.mark.parametrize(
    ("first", "last", "text", "expected"),
    [
        (
            "Sam",
            "Student",
            "I'm Sam Student, a medical student.",
            "I'm [student], a medical student.",
        ),
        ("Sam", "Student", "sam student here; Sam again", "[student] here; [student] again"),
        ("Sam", "Student", "Samuel is not Sam.", "Samuel is not [student]."),
        ("", "", "Nobody to hide.", "Nobody to hide."),
    ],
)
def test_the_anonymiser_hides_names_not_words(
    first: str, last: str, text: str, expected: str
) -> None:
    from accounts.models import User
    from scoring.views.presenting import redactor

    assert redactor(User(first_name=first, last_name=last, username="student"))(text) == expected
