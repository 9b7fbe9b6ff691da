"""A case bundle (draft or published) laid out for reading: labels, facts by topic, sections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cases import vocabulary
from cases.bundle.schema import DefaultAnswers, Section
from cases.forms import COMMUNICATION_LABELS, NOTE_LABELS
from cases.models import Case, CaseFact, ChecklistItem
from cases.vocabulary import Term

SECTION_LABELS = dict(ChecklistItem.SectionChoices.choices)
DISCLOSURE_LABELS = dict(CaseFact._meta.get_field("disclosure").flatchoices)
Labeller = Callable[[str], str]
DEFAULT_ANSWERS: dict[str, str] = DefaultAnswers.model_validate({}).model_dump()


@dataclass(frozen=True)
class FactView:
    text: str
    disclosure: str
    volunteered: bool
    example_questions: list[str]


@dataclass
class TopicView:
    id: str
    label: str
    facts: list[FactView] = field(default_factory=list)


@dataclass(frozen=True)
class ResultView:
    id: str
    label: str
    text: str


@dataclass(frozen=True)
class ItemView:
    id: str
    text: str
    weight: float
    critical: bool
    relates_to: list[ResultView]  # id and label; text unused
    accepted_phrasings: list[str]


@dataclass(frozen=True)
class SectionView:
    label: str
    items: list[ItemView]
    total_weight: float


@dataclass(frozen=True)
class CaseView:
    """Everything a reader needs, already labelled; `data` is the raw bundle-shaped dict."""

    data: dict[str, Any]
    labels: dict[str, str]
    topics: list[TopicView]
    findings: list[ResultView]
    investigations: list[ResultView]
    defaults: dict[str, str]
    sections: list[SectionView]


def present(data: dict[str, Any], language: str) -> CaseView:
    """Lay out bundle-shaped data (`case_to_data` or a version's bundle) in `language`."""
    custom = _custom_terms(data.get("custom_terms", []))

    def label(term_id: str) -> str:
        extra = COMMUNICATION_LABELS.get(term_id) or NOTE_LABELS.get(term_id)
        return str(extra) if extra else vocabulary.label(term_id, language, custom)

    return CaseView(
        data=data,
        labels=_choice_labels(data),
        topics=_topics(data.get("facts", []), label),
        findings=[_result(f, "exam", label) for f in data.get("exam_findings", [])],
        investigations=[_result(r, "investigation", label) for r in data.get("investigations", [])],
        defaults={
            **DefaultAnswers.model_validate({}).model_dump(),
            **data.get("default_answers", {}),
        },
        sections=_sections(data.get("checklist", {}).get("items", []), label),
    )


def _custom_terms(raw: list[dict[str, Any]]) -> dict[str, Term]:
    terms = {}
    for entry in raw:
        try:
            term = vocabulary.make_custom_term(
                entry.get("id", ""), entry.get("kind", ""), entry.get("label_en", "")
            )
        except ValueError:
            continue
        terms[term.id] = term
    return terms


def _choice_labels(data: dict[str, Any]) -> dict[str, str]:
    persona, metadata = data.get("persona", {}), data.get("metadata", {})
    checklist = data.get("checklist", {})
    choices = (
        ("sex", Case.Sex.choices, persona.get("sex")),
        ("speech_register", Case.Register.choices, persona.get("speech_register")),
        ("use", Case.UseChoices.choices, metadata.get("use")),
        ("critical_rule", Case.CriticalRuleChoices.choices, checklist.get("critical_rule")),
    )
    return {name: str(dict(options).get(value, value or "")) for name, options, value in choices}


def _topics(facts: list[dict[str, Any]], label: Labeller) -> list[TopicView]:
    topics: dict[str, TopicView] = {}
    for fact in facts:
        topic_id = fact.get("topic", "")
        topic = topics.setdefault(topic_id, TopicView(topic_id, label(topic_id)))
        disclosure = fact.get("disclosure", "")
        topic.facts.append(
            FactView(
                text=fact.get("text", ""),
                disclosure=str(DISCLOSURE_LABELS.get(disclosure, disclosure)),
                volunteered=disclosure == "volunteered",
                example_questions=list(fact.get("example_questions", [])),
            )
        )
    return list(topics.values())


def _result(entry: dict[str, Any], key: str, label: Labeller) -> ResultView:
    term_id = entry.get(key, "")
    return ResultView(term_id, label(term_id), entry.get("text", ""))


def _sections(items: list[dict[str, Any]], label: Labeller) -> list[SectionView]:
    sections = []
    for section in Section:
        chosen = [_item(item, label) for item in items if item.get("section") == section.value]
        if chosen:
            total = sum(item.weight for item in chosen)
            sections.append(SectionView(str(SECTION_LABELS[section.value]), chosen, total))
    return sections


def _item(item: dict[str, Any], label: Labeller) -> ItemView:
    return ItemView(
        id=item.get("id", ""),
        text=item.get("text", ""),
        weight=float(item.get("weight", 1.0)),
        critical=bool(item.get("critical", False)),
        relates_to=[ResultView(t, label(t), "") for t in item.get("relates_to", [])],
        accepted_phrasings=list(item.get("accepted_phrasings", [])),
    )
