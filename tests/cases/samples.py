"""A small valid case bundle for tests, as plain data (copy it before changing it)."""

from __future__ import annotations

import copy
from typing import Any

CANARY = "CANARY-7f3a9c-HIDDEN"

_SAMPLE: dict[str, Any] = {
    "format_version": "1.0",
    "identity": {"institution": "test-faculty", "slug": "sore-throat"},
    "metadata": {
        "title": "Sore throat in a young adult",
        "language": "en",
        "specialty": "General practice",
        "use": "practice",
        "interview_minutes": 8,
        "note_minutes": 5,
    },
    "door_instructions": {
        "setting": "General practice surgery",
        "reason_for_visit": "Sore throat for three days",
        "vitals": [{"name": "Temperature", "value": "38.4 °C"}],
        "task": "Take a focused history, examine, then write a note.",
    },
    "persona": {
        "name": "Alex Martin",
        "age": 22,
        "sex": "male",
        "occupation": "student",
        "opening_statement": "My throat has been killing me for three days.",
    },
    "facts": [
        {
            "topic": "hpi.chief_complaint",
            "text": "My throat is really sore, it hurts to swallow.",
            "disclosure": "volunteered",
        },
        {
            "topic": "hpi.onset",
            "text": "It started three days ago.",
            "example_questions": ["When did it start?"],
        },
        {"topic": "ros.fever", "text": "Yes, I've felt hot and shivery."},
        {"topic": "social.tobacco", "text": "I don't smoke."},
        {"topic": "allergies.drug", "text": "I'm allergic to penicillin, I came out in a rash."},
        {"topic": "meds.current", "text": "Just paracetamol, 1 g four times a day."},
    ],
    "exam_findings": [
        {"exam": "exam.ent.throat", "text": "Swollen tonsils with white exudate."},
        {"exam": "exam.ent.lymph_nodes", "text": "Tender anterior cervical nodes."},
    ],
    "investigations": [
        {"investigation": "inv.micro.throat_swab", "text": "Group A streptococcus detected."}
    ],
    "hidden": {
        "diagnosis": f"Streptococcal tonsillitis {CANARY}",
        "differential": ["Infectious mononucleosis", f"Quinsy {CANARY}"],
        "teaching_points": [f"Centor criteria {CANARY}"],
    },
    "checklist": {
        "pass_mark": 60,
        "critical_rule": "fail_if_any_missed",
        "items": [
            {
                "id": "I1",
                "section": "introduction",
                "text": "Introduces self",
                "relates_to": ["comm.introduction"],
            },
            {
                "id": "H1",
                "section": "history",
                "text": "Asks when it started",
                "relates_to": ["hpi.onset"],
            },
            {
                "id": "H2",
                "section": "history",
                "text": "Asks about drug allergies",
                "critical": True,
                "weight": 2,
                "relates_to": ["allergies.drug"],
            },
            {
                "id": "E1",
                "section": "examination",
                "text": "Examines the throat",
                "relates_to": ["exam.ent.throat"],
            },
            {
                "id": "C1",
                "section": "communication",
                "text": f"Shows empathy {CANARY}",
                "relates_to": ["comm.empathy"],
            },
            {
                "id": "N1",
                "section": "note",
                "text": "Gives tonsillitis as the diagnosis",
                "relates_to": ["note.diagnosis"],
                "accepted_phrasings": ["tonsillitis", "strep throat", "angine"],
            },
        ],
    },
}


def sample_bundle_data() -> dict[str, Any]:
    return copy.deepcopy(_SAMPLE)
