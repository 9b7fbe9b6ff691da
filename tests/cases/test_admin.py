"""Case authoring in the admin, driven as the faculty persona through Django's test client."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from cases import bundle as bundles
from cases.forms import LinesField, VitalsField
from cases.models import Case, CaseEdit, CaseVersion
from cases.services import export_text, import_bundle, publish_case
from tests.cases.samples import CANARY, sample_bundle_data
from tests.conftest import Personas, client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/cases/case/"
INLINE_PREFIXES = ("facts", "findings", "investigation_results", "checklist_items")


def imported_case() -> Case:
    case = import_bundle(bundle=bundles.parse_data(sample_bundle_data()), user=None).case
    assert case is not None
    return case


def admin_url(name: str, case: Case | None = None) -> str:
    return reverse(f"admin:cases_case_{name}", args=[case.pk] if case else [])


def inline_data(prefix: str, rows: list[dict[str, str]], initial: int = 0) -> dict[str, str]:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


def new_case_data() -> dict[str, str]:
    """An add-form submission that saves but does not validate (no diagnosis, a dangling item)."""
    data = {
        "institution": "test-faculty",
        "slug": "chest-pain",
        "title": "Chest pain at rest",
        "language": "en",
        "use": "practice",
        "interview_minutes": "8",
        "note_minutes": "5",
        "authors": "Dr A. Author\nDr B. Author",
        "licence": "CC-BY-4.0",
        "reason_for_visit": "Chest pain since this morning",
        "vitals": "Heart rate: 96/min\nBlood pressure: 150/90 mmHg",
        "task": "Take a focused history.",
        "persona_name": "Sam Taylor",
        "persona_age": "58",
        "persona_sex": "male",
        "speech_register": "lay",
        "opening_statement": "I've got this pain in my chest.",
        "differential": "Pericarditis\nPulmonary embolism",
        "pass_mark": "60",
        "critical_rule": "fail_if_any_missed",
    }
    facts = [
        {"topic": "hpi.chief_complaint", "text": "A tight pain.", "disclosure": "volunteered"},
        {
            "topic": "hpi.onset",
            "text": "It started at seven this morning.",
            "disclosure": "when_asked",
            "example_questions": "When did it start?\nSince when?",
        },
    ]
    findings = [{"exam": "exam.cardio.auscultation", "text": "Normal heart sounds."}]
    results = [{"investigation": "inv.bedside.ecg", "text": "ST elevation in V2-V4."}]
    items = [
        {
            "section": "history",
            "item_id": "H1",
            "text": "Asks about radiation",
            "weight": "1",
            "relates_to": "hpi.radiation",
        },
        {
            "section": "examination",
            "item_id": "E1",
            "text": "Orders an ECG",
            "weight": "2",
            "critical": "on",
            "relates_to": "inv.bedside.ecg",
        },
    ]
    for prefix, rows in zip(INLINE_PREFIXES, (facts, findings, results, items), strict=True):
        data.update(inline_data(prefix, rows))
    return data


def _put(data: dict[str, str], name: str, value: Any) -> None:
    if value is True:
        data[name] = "on"
    elif value is not None and value is not False:
        data[name] = str(value)


def change_form_data(client: Client, case: Case) -> dict[str, str]:
    """What the change form would submit unchanged: its fields and every existing inline row."""
    response = client.get(admin_url("change", case))
    assert response.status_code == 200
    data: dict[str, str] = {}
    for field in response.context["adminform"].form:
        _put(data, field.html_name, field.value())
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for field in formset.management_form:
            _put(data, field.html_name, field.value())
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        for form in formset.initial_forms:
            for field in form:
                _put(data, field.html_name, field.value())
    return data


def row_prefix(data: dict[str, str], prefix: str, field: str, value: str) -> str:
    return next(
        k[: -len(field)]
        for k, v in data.items()
        if k.startswith(prefix) and k.endswith(f"-{field}") and v == value
    )


def form_errors(response: Any) -> object:
    if response.context is None:
        return None
    inlines = response.context["inline_admin_formsets"]
    return {
        "form": response.context["adminform"].form.errors,
        **{i.formset.prefix: (i.formset.errors, i.formset.non_form_errors()) for i in inlines},
    }


def messages_of(response: Any) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_faculty_authors_a_case_fixes_its_problems_and_publishes(personas: Personas) -> None:
    client = client_for(personas.faculty)
    response = client.get(admin_url("add"))
    assert response.status_code == 200
    assert 'list="vocabulary-topic"' in response.content.decode()
    assert '<datalist id="vocabulary-relates-to">' in response.content.decode()

    response = client.post(admin_url("add"), new_case_data())
    assert response.status_code == 302, form_errors(response)
    case = Case.objects.get(institution="test-faculty", slug="chest-pain")
    assert case.authors == ["Dr A. Author", "Dr B. Author"]
    assert case.vitals[1] == {"name": "Blood pressure", "value": "150/90 mmHg"}
    assert list(case.facts.values_list("topic", flat=True)) == ["hpi.chief_complaint", "hpi.onset"]
    assert case.facts.get(topic="hpi.onset").example_questions == [
        "When did it start?",
        "Since when?",
    ]
    assert case.checklist_items.get(item_id="E1").critical
    created = case.edits.get()
    assert (created.action, created.user) == (CaseEdit.Action.CREATED, personas.faculty)
    assert "Facts: added hpi.chief_complaint; hpi.onset." in created.summary

    page = client.get(admin_url("change", case)).content.decode()
    assert "the expected diagnosis is empty" in page
    assert "refers to topic &#x27;hpi.radiation&#x27; but the case has no fact for it" in page
    assert "No version of this case has been published yet." in page

    refused = client.post(admin_url("publish", case), follow=True)
    assert any("the expected diagnosis is empty" in m for m in messages_of(refused))
    assert not CaseVersion.objects.exists()

    data = change_form_data(client, case)
    data["diagnosis"] = "Acute myocardial infarction"
    data[row_prefix(data, "checklist_items", "item_id", "H1") + "relates_to"] = "hpi.onset"
    response = client.post(admin_url("change", case), data)
    assert response.status_code == 302, form_errors(response)
    edited = case.edits.filter(action=CaseEdit.Action.EDITED).get()
    assert "expected diagnosis" in edited.summary
    assert "Checklist items: changed H1 Asks about radiation (relates to)." in edited.summary
    page = client.get(admin_url("change", case)).content.decode()
    assert "This case validates and can be published." in page

    published = client.post(admin_url("publish", case), follow=True)
    assert "Published version 1." in messages_of(published)
    version = CaseVersion.objects.get(case=case)
    assert (version.number, version.published_by) == (1, personas.faculty)
    page = client.get(admin_url("change", case)).content.decode()
    assert "Latest published version: 1" in page
    assert "The draft is identical to it." in page
    case.title = "Chest pain at rest, revised"
    case.save()
    assert "The draft differs from it" in client.get(admin_url("change", case)).content.decode()


def test_vocabulary_inputs_accept_known_and_custom_ids_and_reject_others(
    personas: Personas,
) -> None:
    client = client_for(personas.faculty)
    data = new_case_data()
    data["facts-1-topic"] = "hpi.nonsense"
    data["findings-0-exam"] = "hpi.onset"  # a topic, not an examination
    data["investigation_results-0-investigation"] = "custom.troponin_pair"
    data["checklist_items-0-relates_to"] = "comm.empathy, note.bogus"
    response = client.post(admin_url("add"), data)
    assert response.status_code == 200
    errors = {
        inline.formset.prefix: inline.formset.errors
        for inline in response.context["inline_admin_formsets"]
    }
    assert "topic" in errors["facts"][1]
    assert "exam" in errors["findings"][0]
    assert errors["investigation_results"] == [{}]
    assert "“note.bogus”" in str(errors["checklist_items"][0]["relates_to"])
    assert not Case.objects.exists()


def test_publish_is_refused_with_the_reasons_and_publishes_nothing(personas: Personas) -> None:
    case = imported_case()
    case.checklist_items.filter(item_id="H1").update(relates_to=["hpi.radiation"])
    response = client_for(personas.faculty).post(admin_url("publish", case), follow=True)
    reasons = messages_of(response)
    assert "The case does not validate." in reasons
    assert any("hpi.radiation" in reason for reason in reasons)
    assert not case.versions.exists()


def test_publishing_needs_the_publish_permission(personas: Personas) -> None:
    editor = UserFactory.create(is_staff=True)
    codenames = ["add_case", "change_case", "view_case"]
    editor.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    case = imported_case()
    client = client_for(editor)
    assert client.get(admin_url("change", case)).status_code == 200
    assert ">Publish</button>" not in client.get(admin_url("change", case)).content.decode()
    assert client.post(admin_url("publish", case)).status_code == 403
    assert not case.versions.exists()


def test_export_downloads_the_draft_as_canonical_json(personas: Personas) -> None:
    case = imported_case()
    response = client_for(personas.faculty).get(admin_url("export", case))
    assert response.status_code == 200
    assert (
        response["Content-Disposition"] == 'attachment; filename="test-faculty--sore-throat.json"'
    )
    assert response.content == export_text(case, draft=True).encode("utf-8")


def test_export_action_zips_several_cases(personas: Personas) -> None:
    first = imported_case()
    data = sample_bundle_data()
    data["identity"]["slug"] = "sore-throat-two"
    second = import_bundle(bundle=bundles.parse_data(data), user=None).case
    assert second is not None
    action = {"action": "export_selected", "_selected_action": [first.pk, second.pk]}
    response = client_for(personas.faculty).post(CHANGELIST, action)
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == [
        "test-faculty--sore-throat-two.json",
        "test-faculty--sore-throat.json",
    ]
    assert archive.read("test-faculty--sore-throat.json").decode() == export_text(first, draft=True)


def upload(text: str, name: str = "case.json") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="application/json")


def test_import_page_updates_an_existing_case_as_a_new_draft_revision(personas: Personas) -> None:
    case = imported_case()
    client = client_for(personas.faculty)
    assert admin_url("import") in client.get(CHANGELIST).content.decode()
    exported = json.loads(client.get(admin_url("export", case)).content)
    exported["metadata"]["title"] = "Sore throat, shared revision"
    text = json.dumps(exported)

    refused = client.post(admin_url("import"), {"file": upload(text)})
    assert refused.status_code == 200
    assert "already exists" in refused.content.decode()
    dry = client.post(admin_url("import"), {"file": upload(text), "update": "on", "dry_run": "on"})
    assert dry.status_code == 200
    case.refresh_from_db()
    assert case.title == "Sore throat in a young adult"

    response = client.post(admin_url("import"), {"file": upload(text), "update": "on"})
    assert response.status_code == 302
    assert response["Location"] == admin_url("change", case)
    case.refresh_from_db()
    assert case.title == "Sore throat, shared revision"
    revision = case.edits.filter(action=CaseEdit.Action.IMPORTED).first()
    assert revision is not None
    assert (revision.user, revision.summary) == (
        personas.faculty,
        "new draft revision from an import",
    )


def test_import_page_lists_errors_with_their_paths_and_changes_nothing(
    personas: Personas,
) -> None:
    data = sample_bundle_data()
    data["checklist"]["items"][0]["weight"] = -1
    data["persona"]["mood"] = "grumpy"
    response = client_for(personas.faculty).post(
        admin_url("import"), {"file": upload(json.dumps(data))}
    )
    page = response.content.decode()
    assert "<code>checklist.items[0].weight</code>" in page
    assert "<code>persona.mood</code>: unknown key" in page
    assert not Case.objects.exists()


def test_duplicate_copies_every_row_under_a_free_copy_slug(personas: Personas) -> None:
    case = imported_case()
    client = client_for(personas.faculty)
    response = client.post(admin_url("duplicate", case))
    copy = Case.objects.get(slug="sore-throat-copy")
    assert response["Location"] == admin_url("change", copy)
    assert copy.title == "Sore throat in a young adult (copy)"
    for relation in ("facts", "findings", "investigation_results", "checklist_items"):
        assert getattr(copy, relation).count() == getattr(case, relation).count() > 0
    assert case.facts.count() == 6  # the original keeps its rows
    assert copy.edits.get().user == personas.faculty
    client.post(CHANGELIST, {"action": "duplicate_selected", "_selected_action": [case.pk]})
    assert Case.objects.filter(slug="sore-throat-copy-2").exists()


def test_preview_keeps_hidden_content_apart_from_what_the_patient_knows(
    personas: Personas,
) -> None:
    case = imported_case()
    response = client_for(personas.faculty).get(admin_url("preview", case))
    assert response.status_code == 200
    page = response.content.decode()
    knows_at, never_at = page.index('id="patient-knows"'), page.index('id="patient-never-sees"')
    before_hidden, hidden = page[:never_at], page[never_at:]
    assert "It started three days ago." in page[knows_at:never_at]
    assert "Onset" in page[knows_at:never_at]  # topic label, not only the id
    assert "only when asked" in page[knows_at:never_at]
    assert CANARY not in before_hidden
    assert f"Streptococcal tonsillitis {CANARY}" in hidden
    assert "Asks about drug allergies" in hidden


def test_retire_and_restore_buttons(personas: Personas) -> None:
    case = imported_case()
    client = client_for(personas.faculty)
    client.post(admin_url("retire", case), {"retired": "1"})
    case.refresh_from_db()
    assert case.is_retired
    assert ">Restore</button>" in client.get(admin_url("change", case)).content.decode()
    client.post(admin_url("retire", case), {"retired": "0"})
    case.refresh_from_db()
    assert not case.is_retired


def test_history_on_the_change_page_shows_who_did_what(personas: Personas) -> None:
    case = imported_case()
    client = client_for(personas.faculty)
    data = change_form_data(client, case)
    data["title"] = "Sore throat, edited"
    client.post(admin_url("change", case), data)
    publish_case(case=case, user=personas.faculty)
    page = client.get(admin_url("change", case)).content.decode()
    history = page[page.index('id="case-history-heading"') :]
    assert "Changed title." in history
    assert "published" in history
    assert personas.faculty.get_full_name() in history


@pytest.mark.parametrize("who", ["tutor", "student"])
def test_tutors_and_students_never_reach_case_authoring(personas: Personas, who: str) -> None:
    case = imported_case()
    client = client_for(getattr(personas, who))
    for url in (CHANGELIST, admin_url("change", case), admin_url("import")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    assert client.post(admin_url("publish", case)).status_code == 302
    assert not case.versions.exists()


def test_staff_without_case_permissions_is_forbidden(personas: Personas) -> None:
    case = imported_case()
    client = client_for(UserFactory.create(is_staff=True))
    for url in (
        CHANGELIST,
        admin_url("change", case),
        admin_url("preview", case),
        admin_url("export", case),
        admin_url("import"),
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(admin_url("publish", case)).status_code == 403


def test_published_versions_are_read_only_in_the_admin(personas: Personas) -> None:
    version = publish_case(case=imported_case(), user=personas.faculty)
    client = client_for(personas.faculty)
    assert client.get("/admin/cases/caseversion/").status_code == 200
    detail = client.get(reverse("admin:cases_caseversion_change", args=[version.pk]))
    assert detail.status_code == 200
    assert "&quot;hpi.chief_complaint&quot;" in detail.content.decode()
    assert client.get("/admin/cases/caseversion/add/").status_code == 403
    delete_url = reverse("admin:cases_caseversion_delete", args=[version.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    changed = client.post(detail.request["PATH_INFO"], {"title": "Tampered"})
    assert changed.status_code == 403
    version.refresh_from_db()
    assert version.title == "Sore throat in a young adult"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("one\n two \n\nthree", ["one", "two", "three"]),
        ("a\r\nb", ["a", "b"]),
    ],
)
def test_lines_field_reads_one_entry_per_line(text: str, expected: list[str]) -> None:
    assert LinesField().clean(text) == expected


def test_lines_field_round_trips_and_vitals_need_a_colon() -> None:
    field = LinesField(separators=",")
    assert field.clean("hpi.onset, comm.empathy\nnote.summary") == [
        "hpi.onset",
        "comm.empathy",
        "note.summary",
    ]
    assert field.prepare_value(["a", "b"]) == "a, b"
    assert not LinesField().has_changed(["a", "b"], "a\nb")
    vitals = VitalsField()
    assert vitals.clean("Pulse: 80/min") == [{"name": "Pulse", "value": "80/min"}]
    with pytest.raises(ValidationError, match="Name: value"):
        vitals.clean("Pulse 80")


def test_checklist_rows_read_grouped_by_section(personas: Personas) -> None:
    case = imported_case()
    case.checklist_items.create(
        item_id="I2", section="introduction", text="Checks identity", order=99
    )
    response = client_for(personas.faculty).get(admin_url("change", case))
    checklist = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "checklist_items"
    )
    ids = [form.instance.item_id for form in checklist.initial_forms]
    assert ids == ["I1", "I2", "H1", "H2", "E1", "C1", "N1"]


def test_vocabulary_suggestions_follow_the_authors_language(personas: Personas) -> None:
    personas.faculty.preferred_language = "fr"
    personas.faculty.save()
    page = client_for(personas.faculty).get(admin_url("add")).content.decode()
    assert '<option value="hpi.onset">Histoire de la maladie › ' in page
    assert '<option value="comm.empathy">' in page
