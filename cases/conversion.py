"""Mapping between a case draft (rows) and the bundle (one document), both ways."""

from __future__ import annotations

from typing import Any

from cases.bundle.schema import FORMAT_VERSION, CaseBundle
from cases.models import Case, CaseFact, CaseFinding, CaseInvestigation, ChecklistItem


def case_to_data(case: Case) -> dict[str, Any]:
    """The draft as bundle data; it may not validate (drafts can be incomplete)."""
    speaker = (
        {"name": case.speaker_name, "relationship": case.speaker_relationship}
        if case.speaker_name
        else None
    )
    defaults: dict[str, str] = {}
    for key, value in (
        ("unknown", case.default_unknown),
        ("exam", case.default_exam),
        ("investigation", case.default_investigation),
    ):
        if value:
            defaults[key] = value
    return {
        "format_version": FORMAT_VERSION,
        "identity": {"institution": case.institution, "slug": case.slug},
        "metadata": {
            "title": case.title,
            "language": case.language,
            "specialty": case.specialty,
            "level": case.level,
            "use": case.use,
            "interview_minutes": case.interview_minutes,
            "note_minutes": case.note_minutes,
            "authors": case.authors,
            "licence": case.licence,
            "tags": case.tags,
        },
        "door_instructions": {
            "setting": case.setting,
            "reason_for_visit": case.reason_for_visit,
            "vitals": case.vitals,
            "task": case.task,
        },
        "persona": {
            "name": case.persona_name,
            "age": case.persona_age,
            "sex": case.persona_sex,
            "occupation": case.occupation,
            "manner": case.manner,
            "speech_register": case.speech_register,
            "opening_statement": case.opening_statement,
            "speaker": speaker,
        },
        "custom_terms": case.custom_terms,
        "facts": [
            {
                "topic": f.topic,
                "text": f.text,
                "disclosure": f.disclosure,
                "example_questions": f.example_questions,
            }
            for f in case.facts.all()
        ],
        "default_answers": defaults,
        "exam_findings": [{"exam": f.exam, "text": f.text} for f in case.findings.all()],
        "investigations": [
            {"investigation": r.investigation, "text": r.text}
            for r in case.investigation_results.all()
        ],
        "hidden": {
            "diagnosis": case.diagnosis,
            "differential": case.differential,
            "teaching_points": case.teaching_points,
        },
        "checklist": {
            "pass_mark": case.pass_mark,
            "critical_rule": case.critical_rule,
            "items": [
                {
                    "id": i.item_id,
                    "section": i.section,
                    "text": i.text,
                    "weight": i.weight,
                    "critical": i.critical,
                    "relates_to": i.relates_to,
                    "accepted_phrasings": i.accepted_phrasings,
                }
                for i in case.checklist_items.all()
            ],
        },
    }


def apply_bundle(case: Case, bundle: CaseBundle) -> Case:
    """Overwrite the draft with the bundle's content (the caller holds the transaction)."""
    meta, door, persona, hidden = (
        bundle.metadata,
        bundle.door_instructions,
        bundle.persona,
        bundle.hidden,
    )
    case.institution, case.slug = bundle.identity.institution, bundle.identity.slug
    case.title, case.language, case.specialty, case.level = (
        meta.title,
        meta.language,
        meta.specialty,
        meta.level,
    )
    case.use, case.licence = meta.use.value, meta.licence
    case.interview_minutes, case.note_minutes = meta.interview_minutes, meta.note_minutes
    case.authors, case.tags = list(meta.authors), list(meta.tags)
    case.setting, case.reason_for_visit, case.task = door.setting, door.reason_for_visit, door.task
    case.vitals = [v.model_dump() for v in door.vitals]
    case.persona_name, case.persona_age, case.persona_sex = persona.name, persona.age, persona.sex
    case.occupation, case.manner = persona.occupation, persona.manner
    case.speech_register, case.opening_statement = (
        persona.speech_register,
        persona.opening_statement,
    )
    case.speaker_name = persona.speaker.name if persona.speaker else ""
    case.speaker_relationship = persona.speaker.relationship if persona.speaker else ""
    case.custom_terms = [t.model_dump(mode="json") for t in bundle.custom_terms]
    defaults = bundle.default_answers
    case.default_unknown, case.default_exam = defaults.unknown, defaults.exam
    case.default_investigation = defaults.investigation
    case.diagnosis = hidden.diagnosis
    case.differential, case.teaching_points = (
        list(hidden.differential),
        list(hidden.teaching_points),
    )
    case.pass_mark, case.critical_rule = bundle.checklist.pass_mark, bundle.checklist.critical_rule
    case.save()
    _replace_rows(case, bundle)
    return case


def _replace_rows(case: Case, bundle: CaseBundle) -> None:
    case.facts.all().delete()
    case.findings.all().delete()
    case.investigation_results.all().delete()
    case.checklist_items.all().delete()
    CaseFact.objects.bulk_create(
        CaseFact(
            case=case,
            order=n,
            topic=f.topic,
            text=f.text,
            disclosure=f.disclosure.value,
            example_questions=list(f.example_questions),
        )
        for n, f in enumerate(bundle.facts)
    )
    CaseFinding.objects.bulk_create(
        CaseFinding(case=case, order=n, exam=f.exam, text=f.text)
        for n, f in enumerate(bundle.exam_findings)
    )
    CaseInvestigation.objects.bulk_create(
        CaseInvestigation(case=case, order=n, investigation=r.investigation, text=r.text)
        for n, r in enumerate(bundle.investigations)
    )
    ChecklistItem.objects.bulk_create(
        ChecklistItem(
            case=case,
            order=n,
            item_id=i.id,
            section=i.section.value,
            text=i.text,
            weight=i.weight,
            critical=i.critical,
            relates_to=list(i.relates_to),
            accepted_phrasings=list(i.accepted_phrasings),
        )
        for n, i in enumerate(bundle.checklist.items)
    )
