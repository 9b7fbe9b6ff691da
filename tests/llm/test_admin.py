"""Authors' admin view of patient fidelity: flagged replies (read-only) and counts per case."""

from __future__ import annotations

import pytest
from django.urls import reverse

from encounters.models import Encounter, Turn
from tests.conftest import Personas, client_for

pytestmark = pytest.mark.django_db

FLAGS = [
    {"kind": "contradiction", "topic": "social.tobacco", "detail": "reply: yes — case: no"},
    {"kind": "unsupported", "topic": "social.tobacco", "detail": "drug not in the case: ibuprofen"},
]


@pytest.fixture
def replies(encounter: Encounter) -> list[Turn]:
    question = Turn.objects.create(encounter=encounter, seq=1, role="student", text="Smoke?")
    flagged = Turn.objects.create(
        encounter=encounter, seq=2, role="patient", text="Yes, twenty a day.", reply_to=question,
        engine="llm", fidelity_flags=FLAGS,
    )  # fmt: skip
    clean = Turn.objects.create(encounter=encounter, seq=3, role="patient", text="I don't smoke.")
    return [flagged, clean]


def test_authors_see_only_flagged_replies_without_the_student(
    personas: Personas, replies: list[Turn]
) -> None:
    page = client_for(personas.faculty).get(reverse("admin:encounters_turn_changelist"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Yes, twenty a day." in html
    assert "I don&#x27;t smoke." not in html
    assert "drug not in the case: ibuprofen" in html
    assert personas.student.username not in html
    assert reverse("admin:encounters_turn_fidelity") in html


def test_flagged_replies_filter_by_kind_and_are_read_only(
    personas: Personas, replies: list[Turn]
) -> None:
    client = client_for(personas.admin)
    url = reverse("admin:encounters_turn_changelist")
    assert "Yes, twenty a day." in client.get(url + "?flag=unsupported").content.decode()
    change = reverse("admin:encounters_turn_change", args=[replies[0].pk])
    assert client.post(change, {"text": "edited"}).status_code == 403
    replies[0].refresh_from_db()
    assert replies[0].text == "Yes, twenty a day."


def test_fidelity_summary_counts_per_case_version(
    personas: Personas, replies: list[Turn], encounter: Encounter
) -> None:
    page = client_for(personas.faculty).get(reverse("admin:encounters_turn_fidelity"))
    assert page.status_code == 200
    [row] = page.context["rows"]
    assert row.version == encounter.case_version
    assert (row.replies, row.flagged, row.contradictions, row.unsupported) == (2, 1, 1, 1)


def test_students_and_tutors_do_not_get_in(personas: Personas, replies: list[Turn]) -> None:
    for user in (personas.student, personas.tutor):
        page = client_for(user).get(reverse("admin:encounters_turn_fidelity"))
        assert page.status_code in (302, 403)


def test_the_encounters_admin_index_links_to_the_summary(
    personas: Personas, replies: list[Turn]
) -> None:
    client = client_for(personas.faculty)
    assert reverse("admin:encounters_turn_changelist") in client.get("/admin/").content.decode()
    app_index = client.get(reverse("admin:app_list", args=["encounters"])).content.decode()
    assert reverse("admin:encounters_turn_fidelity") in app_index
