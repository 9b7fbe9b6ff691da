"""Tutor pages on published case versions: who may read them and what they show."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases import bundle as bundles
from cases.models import Case, CaseVersion
from cases.services import import_bundle, publish_case, set_retired
from tests.cases.samples import CANARY, sample_bundle_data
from tests.conftest import Personas, client_for

pytestmark = pytest.mark.django_db

LIST_URL = "/cases/versions/"


def published(personas: Personas, slug: str = "sore-throat", title: str = "") -> CaseVersion:
    data = sample_bundle_data()
    data["identity"]["slug"] = slug
    data["metadata"]["title"] = title or f"Station {slug}"
    case = import_bundle(bundle=bundles.parse_data(data), user=None).case
    assert case is not None
    return publish_case(case=case, user=personas.faculty)


def test_urls_are_mounted_where_tutors_expect_them() -> None:
    assert reverse("case-version-list") == LIST_URL
    assert reverse("case-version-detail", args=[7]) == "/cases/versions/7/"


@pytest.mark.parametrize(("who", "status"), [("tutor", 200), ("faculty", 200), ("student", 403)])
def test_who_may_list_published_versions(personas: Personas, who: str, status: int) -> None:
    version = published(personas)
    response = client_for(getattr(personas, who)).get(LIST_URL)
    assert response.status_code == status
    if status == 200:
        assert version.title in response.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(personas: Personas) -> None:
    version = published(personas)
    for url in (LIST_URL, reverse("case-version-detail", args=[version.pk])):
        response = client_for(None).get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_list_shows_only_the_newest_version_of_cases_in_use(personas: Personas) -> None:
    first = published(personas, "sore-throat", "Sore throat")
    case = first.case
    case.title = "Sore throat, second edition"
    case.save()
    second = publish_case(case=case, user=personas.faculty)
    retired = published(personas, "old-station", "Old station")
    set_retired(case=retired.case, user=personas.faculty, retired=True)
    page = client_for(personas.tutor).get(LIST_URL).content.decode()
    assert reverse("case-version-detail", args=[second.pk]) in page
    assert reverse("case-version-detail", args=[first.pk]) not in page
    assert "Old station" not in page


def test_tutor_reads_a_version_with_its_hidden_fields_and_checklist(personas: Personas) -> None:
    version = published(personas)
    Case.objects.filter(pk=version.case_id).update(diagnosis="A later draft diagnosis")
    response = client_for(personas.tutor).get(reverse("case-version-detail", args=[version.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "General practice surgery" in page  # door instructions
    assert "It started three days ago." in page  # facts
    assert "Swollen tonsils with white exudate." in page  # findings
    assert "Group A streptococcus detected." in page  # results
    assert f"Streptococcal tonsillitis {CANARY}" in page  # the version, not the draft
    assert "A later draft diagnosis" not in page
    assert "Asks about drug allergies" in page
    assert '<th scope="col">' in page


def test_students_cannot_read_a_version(personas: Personas) -> None:
    version = published(personas)
    url = reverse("case-version-detail", args=[version.pk])
    assert client_for(personas.student).get(url).status_code == 403


def test_unknown_version_is_not_found(personas: Personas) -> None:
    assert client_for(personas.tutor).get("/cases/versions/999/").status_code == 404
