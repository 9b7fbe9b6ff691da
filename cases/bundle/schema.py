"""The case bundle: one pydantic model holding a whole case, its JSON Schema, format version 1."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FORMAT_VERSION = "1.0"

Slug = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=2, max_length=80)
]
TermId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,15}$")]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Use(StrEnum):
    PRACTICE = "practice"
    EXAM = "exam"


class Section(StrEnum):
    INTRODUCTION = "introduction"
    HISTORY = "history"
    EXAMINATION = "examination"
    COMMUNICATION = "communication"
    NOTE = "note"


class Disclosure(StrEnum):
    VOLUNTEERED = "volunteered"  # the patient may offer it unprompted
    WHEN_ASKED = "when_asked"  # given only when the student asks about this topic


class CriticalRule(StrEnum):
    FAIL_IF_ANY_MISSED = "fail_if_any_missed"  # a missed critical item fails the station
    SCORE_ONLY = "score_only"  # critical items are flagged but only the pass mark decides


class CommunicationBehaviour(StrEnum):
    INTRODUCTION = "comm.introduction"
    IDENTITY_CHECK = "comm.identity_check"
    OPEN_QUESTION = "comm.open_question"
    EMPATHY = "comm.empathy"
    SUMMARISING = "comm.summarising"
    CHECKING_UNDERSTANDING = "comm.checking_understanding"
    CLOSING = "comm.closing"
    AVOIDING_JARGON = "comm.avoiding_jargon"
    SIGNPOSTING = "comm.signposting"
    WARNING_SHOT = "comm.warning_shot"
    SILENCE = "comm.silence"


class NoteElement(StrEnum):
    SUMMARY = "note.summary"
    POSITIVE_FINDING = "note.positive_finding"
    PERTINENT_NEGATIVE = "note.pertinent_negative"
    DIAGNOSIS = "note.diagnosis"
    DIFFERENTIAL = "note.differential"
    INVESTIGATION_PLAN = "note.investigation_plan"
    MANAGEMENT_PLAN = "note.management_plan"
    SAFETY_NETTING = "note.safety_netting"


class Identity(Strict):
    institution: Slug = Field(description="Origin institution, e.g. 'chu-montpellier'.")
    slug: Slug = Field(description="The case's slug, unique within its institution.")


class Metadata(Strict):
    title: Line
    language: Literal["en", "fr"]
    specialty: ShortText = ""
    level: ShortText = Field("", description="Intended learners, e.g. 'year 4'.")
    use: Use = Use.PRACTICE
    interview_minutes: int = Field(10, ge=1, le=120)
    note_minutes: int = Field(5, ge=0, le=60)
    authors: list[ShortText] = Field(default_factory=list, max_length=20)
    licence: ShortText = "CC-BY-4.0"
    tags: list[ShortText] = Field(default_factory=list, max_length=30)


class Vital(Strict):
    name: ShortText
    value: ShortText


class DoorInstructions(Strict):
    setting: Text = ""
    reason_for_visit: Text = ""
    vitals: list[Vital] = Field(default_factory=list, max_length=20)
    task: Text = ""


class Speaker(Strict):
    """A parent or carer who speaks for the patient (a young child, for instance)."""

    name: ShortText
    relationship: ShortText = Field(description="e.g. 'mother', 'mère'.")


class Persona(Strict):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    age: int = Field(ge=0, le=120)
    sex: Literal["female", "male", "other"]
    occupation: ShortText = ""
    manner: Text = Field("", description="How the patient behaves: anxious, stoic, chatty...")
    speech_register: Literal["lay", "educated_lay", "health_professional"] = "lay"
    opening_statement: Text = ""
    speaker: Speaker | None = None


class CustomTerm(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^custom\.[a-z0-9_]+(\.[a-z0-9_]+)*$")]
    kind: Literal["topic", "exam", "investigation"]
    label_en: ShortText
    label_fr: ShortText = ""
    keywords_en: list[ShortText] = Field(default_factory=list, max_length=50)
    keywords_fr: list[ShortText] = Field(default_factory=list, max_length=50)


class Fact(Strict):
    topic: TermId
    text: Text = Field(description="What the patient says, in their own lay words.")
    disclosure: Disclosure = Disclosure.WHEN_ASKED
    example_questions: list[Line] = Field(default_factory=list, max_length=20)


class DefaultAnswers(Strict):
    unknown: Text = Field("I'm not sure, I couldn't tell you.", description="Uncovered questions.")
    exam: Text = Field("No abnormality found.", description="Examinations not authored.")
    investigation: Text = Field(
        "This test is not available at this station.",
        description="Investigations not authored.",
    )


class Finding(Strict):
    exam: TermId
    text: Text


class InvestigationResult(Strict):
    investigation: TermId
    text: Text


class Hidden(Strict):
    """Never shown to students before release, and never given to the virtual patient."""

    diagnosis: Text = ""
    differential: list[Line] = Field(default_factory=list, max_length=20)
    teaching_points: list[Text] = Field(default_factory=list, max_length=30)


class ChecklistItem(Strict):
    id: ItemId
    section: Section
    text: Line
    weight: float = Field(1.0, gt=0, le=100)
    critical: bool = False
    relates_to: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Vocabulary ids (topics, exams, investigations), communication behaviours "
        "(comm.*) or note elements (note.*) this item is about.",
    )
    accepted_phrasings: list[Line] = Field(default_factory=list, max_length=40)


class Checklist(Strict):
    pass_mark: float = Field(60.0, ge=0, le=100, description="Percent of the weighted total.")
    critical_rule: CriticalRule = CriticalRule.FAIL_IF_ANY_MISSED
    items: list[ChecklistItem] = Field(default_factory=list, max_length=200)


class CaseBundle(Strict):
    format_version: Literal["1.0"] = "1.0"
    identity: Identity
    metadata: Metadata
    door_instructions: DoorInstructions = DoorInstructions()
    persona: Persona
    custom_terms: list[CustomTerm] = Field(default_factory=list, max_length=100)
    facts: list[Fact] = Field(default_factory=list, max_length=400)
    default_answers: DefaultAnswers = DefaultAnswers()
    exam_findings: list[Finding] = Field(default_factory=list, max_length=200)
    investigations: list[InvestigationResult] = Field(default_factory=list, max_length=200)
    hidden: Hidden = Hidden()
    checklist: Checklist = Checklist()

    @property
    def key(self) -> str:
        return f"{self.identity.institution}/{self.identity.slug}"


def json_schema() -> dict[str, object]:
    schema = CaseBundle.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "case-bundle-1.0.schema.json"
    schema["title"] = "DocSim case bundle"
    return schema
