"""Case life cycle: drafts with problems, publishing, immutability, retiring, history."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from cases import bundle as bundles
from cases.models import Case, CaseEdit, CaseVersion
from cases.services import (
    CaseError,
    case_problems,
    import_bundle,
    publish_case,
    set_retired,
    version_bundle,
)
from tests.cases.samples import sample_bundle_data
from tests.conftest import Personas

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def imported_case() -> Case:
    case = import_bundle(bundle=bundles.parse_data(sample_bundle_data()), user=None).case
    assert case is not None
    return case


def test_incomplete_draft_saves_and_lists_its_problems_in_words() -> None:
    case = Case.objects.create(institution="test", slug="draft", title="Draft", language="en")
    problems = [str(p) for p in case_problems(case)]
    assert any("persona.name" in p for p in problems)
    case.persona_name = "Ann"
    case.save()
    problems = [str(p) for p in case_problems(case)]
    assert "the checklist has no item" in " ".join(problems)
    assert "the expected diagnosis is empty" in " ".join(problems)


def test_publish_refuses_an_invalid_case_with_the_reasons(personas: Personas) -> None:
    case = imported_case()
    case.checklist_items.filter(item_id="H1").update(relates_to=["hpi.radiation"])
    with pytest.raises(CaseError) as refused:
        publish_case(case=case, user=personas.faculty)
    assert any("hpi.radiation" in str(p) for p in refused.value.problems)
    assert not case.versions.exists()


def test_publish_creates_numbered_immutable_versions(personas: Personas) -> None:
    case = imported_case()
    first = publish_case(case=case, user=personas.faculty)
    assert first.number == 1
    assert first.content_hash == bundles.content_hash(version_bundle(first))
    case.title = "Sore throat, revised"
    case.save()
    first.refresh_from_db()
    assert first.title == "Sore throat in a young adult"  # editing the draft changes no version
    second = publish_case(case=case, user=personas.faculty)
    assert (second.number, second.title) == (2, "Sore throat, revised")
    with pytest.raises(ValidationError):
        first.save()
    with pytest.raises(ValidationError):
        first.delete()
    assert CaseVersion.objects.filter(case=case).count() == 2


def test_publishing_unchanged_content_is_refused(personas: Personas) -> None:
    case = imported_case()
    publish_case(case=case, user=personas.faculty)
    with pytest.raises(CaseError, match="Nothing changed since version 1"):
        publish_case(case=case, user=personas.faculty)


def test_retired_case_keeps_its_history_but_leaves_the_published_list(personas: Personas) -> None:
    case = imported_case()
    version = publish_case(case=case, user=personas.faculty)
    assert list(Case.objects.published()) == [case]
    set_retired(case=case, user=personas.faculty, retired=True)
    assert list(Case.objects.published()) == []
    assert list(CaseVersion.objects.current()) == []
    assert CaseVersion.objects.filter(pk=version.pk).exists()
    with pytest.raises(CaseError, match="retired"):
        publish_case(case=case, user=personas.faculty)


def test_current_versions_are_the_newest_per_case(personas: Personas) -> None:
    case = imported_case()
    publish_case(case=case, user=personas.faculty)
    case.title = "v2"
    case.save()
    publish_case(case=case, user=personas.faculty)
    assert [v.number for v in CaseVersion.objects.current()] == [2]


def test_history_records_who_did_what_and_when(personas: Personas) -> None:
    case = imported_case()
    publish_case(case=case, user=personas.faculty)
    set_retired(case=case, user=personas.faculty, retired=True)
    edits = list(case.edits.order_by("at", "pk"))
    assert [e.action for e in edits] == [
        CaseEdit.Action.IMPORTED,
        CaseEdit.Action.PUBLISHED,
        CaseEdit.Action.RETIRED,
    ]
    assert edits[1].user == personas.faculty
    assert edits[1].summary == "v1"
    assert all(e.at is not None for e in edits)
