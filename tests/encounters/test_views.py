"""The student pages through Django's test client: stations, door instructions, the interview
page, the note, my encounters — and that no page ever shows a hidden field or the checklist."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone, translation

from cases.models import CaseVersion
from cases.services import publish_case
from encounters.models import Encounter, Note
from encounters.services import end_encounter, start_encounter, submit_note
from tests.cases.samples import CANARY, sample_bundle_data
from tests.conftest import Personas, client_for
from tests.encounters.conftest import publish

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def variant(slug: str, **metadata: Any) -> CaseVersion:
    data = sample_bundle_data()
    data["identity"]["slug"] = slug
    data["metadata"].update(metadata)
    return publish(data)


def body(response: Any) -> str:
    assert response.status_code == 200, response.status_code
    return str(response.content.decode())


@pytest.fixture
def student(personas: Personas) -> Client:
    return client_for(personas.student)


@pytest.fixture
def _restore_language() -> Iterator[None]:
    """A French user's request leaves French active in this thread; later tests expect English."""
    yield
    translation.deactivate()


def test_station_list_shows_only_current_practice_cases(
    student: Client, version: CaseVersion
) -> None:
    variant("exam-station", title="Exam-only station", use="exam")
    retired = variant("retired-station", title="Retired station")
    retired.case.is_retired = True
    retired.case.save()
    page = body(student.get("/stations/"))
    assert "Sore throat in a young adult" in page
    assert "General practice" in page
    assert "8 minutes" in page
    assert f'href="/stations/{version.pk}/"' in page
    assert "Exam-only station" not in page
    assert "Retired station" not in page


def test_station_list_offers_only_the_newest_version(student: Client, version: CaseVersion) -> None:
    case = version.case
    case.title = "Sore throat, revised"
    case.save()
    newer = publish_case(case=case, user=None)
    page = body(student.get("/stations/"))
    assert "Sore throat, revised" in page
    assert f'href="/stations/{newer.pk}/"' in page
    assert f'href="/stations/{version.pk}/"' not in page
    assert student.get(f"/stations/{version.pk}/").status_code == 404


def test_door_instructions_show_what_the_candidate_reads(
    student: Client, version: CaseVersion
) -> None:
    page = body(student.get(f"/stations/{version.pk}/"))
    for text in (
        "General practice surgery",
        "Sore throat for three days",
        "Temperature",
        "38.4 °C",
        "Take a focused history, examine, then write a note.",
        "8 minutes",
        "5 minutes",
        "Start the station",
    ):
        assert text in page


def test_exam_only_and_retired_stations_are_not_found(student: Client) -> None:
    exam = variant("exam-station", use="exam")
    retired = variant("retired-station")
    retired.case.is_retired = True
    retired.case.save()
    for version in (exam, retired):
        assert student.get(f"/stations/{version.pk}/").status_code == 404
        assert student.post(f"/stations/{version.pk}/start/").status_code == 404
    assert not Encounter.objects.exists()


def test_start_creates_an_encounter_and_opens_the_interview(
    student: Client, personas: Personas, version: CaseVersion
) -> None:
    response = student.post(f"/stations/{version.pk}/start/")
    encounter = Encounter.objects.get()
    assert encounter.student == personas.student
    assert encounter.case_version == version
    assert response.status_code == 302
    assert response["Location"] == f"/encounters/{encounter.pk}/"
    assert student.get(f"/stations/{version.pk}/start/").status_code == 405


def test_interview_page_for_its_student_only(
    student: Client, personas: Personas, encounter: Encounter
) -> None:
    page = body(student.get(f"/encounters/{encounter.pk}/"))
    assert 'id="transcript"' in page
    assert 'maxlength="1000"' in page
    assert 'aria-live="polite"' in page
    assert 'id="interview-config"' in page
    assert f"/ws/encounters/{encounter.pk}/" in page
    assert "js/interview.js" in page
    assert client_for(personas.other_student).get(f"/encounters/{encounter.pk}/").status_code == 404
    assert client_for(personas.tutor).get(f"/encounters/{encounter.pk}/").status_code == 403


def test_interview_panels_list_the_vocabulary_grouped(
    student: Client, encounter: Encounter
) -> None:
    page = body(student.get(f"/encounters/{encounter.pk}/"))
    assert "Cardiovascular examination" in page
    assert 'data-term="exam.cardio.auscultation"' in page
    assert "Cardiac auscultation" in page
    assert "Microbiology" in page
    assert 'data-term="inv.micro.throat_swab"' in page
    # every term of the vocabulary, not only those the case answers (that would give it away)
    assert 'data-term="inv.bedside.ecg"' in page


def test_panels_include_the_case_custom_terms(personas: Personas) -> None:
    data = sample_bundle_data()
    data["custom_terms"] = [
        {"id": "custom.exam.tattoo", "kind": "exam", "label_en": "Tattoo inspection"}
    ]
    encounter = start_encounter(student=personas.student, version=publish(data))
    page = body(client_for(personas.student).get(f"/encounters/{encounter.pk}/"))
    assert "Other (this station)" in page
    assert 'data-term="custom.exam.tattoo"' in page


def test_no_student_page_shows_hidden_fields_or_the_checklist(
    student: Client, personas: Personas, version: CaseVersion
) -> None:
    interviewing = start_encounter(student=personas.student, version=version)
    in_note = end_encounter(encounter=start_encounter(student=personas.student, version=version))
    done = start_encounter(student=personas.student, version=version)
    submit_note(encounter=done, summary="s", differential="d", plan="p")
    urls = [
        "/stations/",
        f"/stations/{version.pk}/",
        "/encounters/",
        f"/encounters/{interviewing.pk}/",
        f"/encounters/{in_note.pk}/note/",
        f"/encounters/{done.pk}/submitted/",
    ]
    for url in urls:
        page = body(student.get(url))
        assert CANARY not in page, url
        assert "Streptococcal tonsillitis" not in page, url
        assert "Asks about drug allergies" not in page, url


def test_note_page_redirects_to_the_interview_while_it_runs(
    student: Client, encounter: Encounter
) -> None:
    response = student.get(f"/encounters/{encounter.pk}/note/")
    assert response.status_code == 302
    assert response["Location"] == f"/encounters/{encounter.pk}/"


def test_interview_page_goes_to_the_note_once_ended(student: Client, encounter: Encounter) -> None:
    end_encounter(encounter=encounter)
    response = student.get(f"/encounters/{encounter.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/encounters/{encounter.pk}/note/"


def test_overdue_interview_moves_on_to_the_note(student: Client, encounter: Encounter) -> None:
    Encounter.objects.filter(pk=encounter.pk).update(
        interview_deadline=timezone.now() - timedelta(seconds=1)
    )
    response = student.get(f"/encounters/{encounter.pk}/")
    assert response["Location"] == f"/encounters/{encounter.pk}/note/"
    page = body(student.get(f"/encounters/{encounter.pk}/note/"))
    assert 'data-countdown="' in page
    assert "Submit the note" in page


def test_note_submission_finishes_the_station(student: Client, encounter: Encounter) -> None:
    end_encounter(encounter=encounter)
    page = body(student.get(f"/encounters/{encounter.pk}/note/"))
    assert "Post-encounter note" in page
    assert "Differential diagnosis" in page
    response = student.post(
        f"/encounters/{encounter.pk}/note/",
        {"summary": "Three days of sore throat.", "differential": "Tonsillitis", "plan": "Swab"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/encounters/{encounter.pk}/submitted/"
    note = Note.objects.get(encounter=encounter)
    assert (note.summary, note.differential, note.plan, note.is_late) == (
        "Three days of sore throat.",
        "Tonsillitis",
        "Swab",
        False,
    )
    encounter.refresh_from_db()
    assert encounter.status == Encounter.Status.DONE
    submitted = body(student.get(f"/encounters/{encounter.pk}/submitted/"))
    assert "Your note has been submitted" in submitted
    assert 'href="/stations/"' in submitted
    again = student.get(f"/encounters/{encounter.pk}/note/")
    assert again["Location"] == f"/encounters/{encounter.pk}/submitted/"


def test_empty_note_is_refused_with_a_message(student: Client, encounter: Encounter) -> None:
    end_encounter(encounter=encounter)
    page = body(student.post(f"/encounters/{encounter.pk}/note/", {"summary": "  "}))
    assert "Write at least one part of the note." in page
    assert not Note.objects.exists()


def test_note_after_its_deadline_is_closed(student: Client, encounter: Encounter) -> None:
    end_encounter(encounter=encounter)
    Encounter.objects.filter(pk=encounter.pk).update(
        note_deadline=timezone.now() - timedelta(seconds=1)
    )
    page = body(student.get(f"/encounters/{encounter.pk}/note/"))
    assert "The note is closed" in page
    assert "Submit the note" not in page
    late = body(student.post(f"/encounters/{encounter.pk}/note/", {"summary": "Too late"}))
    assert "The note is closed" in late
    assert Note.objects.get(encounter=encounter).is_late
    assert Note.objects.get(encounter=encounter).summary == ""
    response = student.get(f"/encounters/{encounter.pk}/submitted/")
    assert response["Location"] == f"/encounters/{encounter.pk}/note/"


def test_submitting_the_note_during_the_interview_ends_it(
    student: Client, encounter: Encounter
) -> None:
    response = student.post(f"/encounters/{encounter.pk}/note/", {"summary": "Early note"})
    assert response["Location"] == f"/encounters/{encounter.pk}/submitted/"
    encounter.refresh_from_db()
    assert encounter.status == Encounter.Status.DONE


def test_end_over_http_opens_the_note(student: Client, encounter: Encounter) -> None:
    response = student.post(f"/encounters/{encounter.pk}/end/")
    assert response["Location"] == f"/encounters/{encounter.pk}/note/"
    encounter.refresh_from_db()
    assert encounter.status == Encounter.Status.NOTE
    assert encounter.end_reason == Encounter.EndReason.STUDENT


def test_other_students_cannot_touch_the_encounter(
    personas: Personas, encounter: Encounter
) -> None:
    other = client_for(personas.other_student)
    assert other.post(f"/encounters/{encounter.pk}/end/").status_code == 404
    assert other.post(f"/encounters/{encounter.pk}/note/", {"summary": "x"}).status_code == 404
    assert other.get(f"/encounters/{encounter.pk}/submitted/").status_code == 404
    encounter.refresh_from_db()
    assert encounter.status == Encounter.Status.INTERVIEW


def test_my_encounters_lists_only_my_own(
    student: Client, personas: Personas, version: CaseVersion
) -> None:
    mine = start_encounter(student=personas.student, version=version)
    finished = start_encounter(student=personas.student, version=version)
    submit_note(encounter=finished, summary="s", differential="", plan="")
    theirs = start_encounter(student=personas.other_student, version=version)
    page = body(student.get("/encounters/"))
    assert f'href="/encounters/{mine.pk}/"' in page
    assert "Interview in progress" in page
    assert f'href="/encounters/{finished.pk}/submitted/"' in page
    assert "Note submitted" in page
    assert f"/encounters/{theirs.pk}/" not in page


@pytest.mark.usefixtures("_restore_language")
def test_pages_read_in_french(personas: Personas, encounter: Encounter) -> None:
    personas.student.preferred_language = "fr"
    personas.student.save()
    student = client_for(personas.student)
    stations = body(student.get("/stations/"))
    assert "Stations d'entraînement" in stations
    door = body(student.get(f"/stations/{encounter.case_version_id}/"))
    assert "Commencer la station" in door
    assert "Sore throat for three days" in door  # the case speaks its own language
    interview = body(student.get(f"/encounters/{encounter.pk}/"))
    assert "Terminer la consultation" in interview
    found = re.search(r'id="i18n"[^>]*>(.*?)</script>', interview)
    assert found is not None
    strings = json.loads(found.group(1))
    assert strings["reconnecting"] == "Connexion perdue — reconnexion…"
