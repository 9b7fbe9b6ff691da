"""Rules a case must meet to be published, beyond the bundle's types: each problem in words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from django.utils.translation import gettext as _

from cases import vocabulary
from cases.bundle.io import BundleError
from cases.bundle.schema import (
    CaseBundle,
    ChecklistItem,
    CommunicationBehaviour,
    NoteElement,
    Section,
)
from cases.vocabulary import Kind

CHILD_AGE = 12
COMMUNICATION_IDS = {b.value for b in CommunicationBehaviour}
NOTE_IDS = {e.value for e in NoteElement}


def check(bundle: CaseBundle) -> list[BundleError]:
    """Every problem that stops this bundle from being published (empty when it validates)."""
    rules: list[Callable[[CaseBundle], Iterator[BundleError]]] = [
        _door_and_persona,
        _custom_terms,
        _facts,
        _findings_and_results,
        _hidden,
        _checklist,
        _diagnosis_leaks,
    ]
    return [problem for rule in rules for problem in rule(bundle)]


def _kind(bundle: CaseBundle, term_id: str) -> Kind | None:
    known = vocabulary.kind_of(term_id)
    if known is not None:
        return known
    for term in bundle.custom_terms:
        if term.id == term_id:
            return Kind(term.kind)
    return None


def _door_and_persona(bundle: CaseBundle) -> Iterator[BundleError]:
    door = bundle.door_instructions
    if not door.reason_for_visit:
        yield BundleError("door_instructions.reason_for_visit", _("the reason for visit is empty"))
    if not door.task:
        yield BundleError("door_instructions.task", _("the candidate's task is empty"))
    if not bundle.persona.opening_statement:
        yield BundleError("persona.opening_statement", _("the patient has no opening statement"))
    if bundle.persona.age < CHILD_AGE and bundle.persona.speaker is None:
        yield BundleError(
            "persona.speaker",
            _("a patient under %(age)d needs a parent or carer to speak for them")
            % {"age": CHILD_AGE},
        )


def _custom_terms(bundle: CaseBundle) -> Iterator[BundleError]:
    counts = Counter(term.id for term in bundle.custom_terms)
    for index, term in enumerate(bundle.custom_terms):
        if counts[term.id] > 1:
            yield BundleError(
                f"custom_terms[{index}].id", _("'%(id)s' is declared twice") % {"id": term.id}
            )


def _facts(bundle: CaseBundle) -> Iterator[BundleError]:
    for index, fact in enumerate(bundle.facts):
        if _kind(bundle, fact.topic) is not Kind.TOPIC:
            yield BundleError(
                f"facts[{index}].topic",
                _("'%(id)s' is not a history topic of the vocabulary or of this case")
                % {"id": fact.topic},
            )
        if not fact.text:
            yield BundleError(f"facts[{index}].text", _("the fact has no wording"))
    if not any(fact.topic == "hpi.chief_complaint" for fact in bundle.facts):
        yield BundleError("facts", _("the case has no fact for the chief complaint"))


def _findings_and_results(bundle: CaseBundle) -> Iterator[BundleError]:
    groups = (
        ("exam_findings", [f.exam for f in bundle.exam_findings], Kind.EXAM),
        ("investigations", [r.investigation for r in bundle.investigations], Kind.INVESTIGATION),
    )
    for field, ids, kind in groups:
        seen: set[str] = set()
        for index, term_id in enumerate(ids):
            if _kind(bundle, term_id) is not kind:
                yield BundleError(
                    f"{field}[{index}]",
                    _("'%(id)s' is not a known %(kind)s") % {"id": term_id, "kind": kind.value},
                )
            if term_id in seen:
                yield BundleError(
                    f"{field}[{index}]", _("'%(id)s' is given twice") % {"id": term_id}
                )
            seen.add(term_id)


def _hidden(bundle: CaseBundle) -> Iterator[BundleError]:
    if not bundle.hidden.diagnosis:
        yield BundleError("hidden.diagnosis", _("the expected diagnosis is empty"))


def _checklist(bundle: CaseBundle) -> Iterator[BundleError]:
    items = bundle.checklist.items
    if not items:
        yield BundleError("checklist.items", _("the checklist has no item"))
    counts = Counter(item.id for item in items)
    for index, item in enumerate(items):
        path = f"checklist.items[{index}]"
        if counts[item.id] > 1:
            yield BundleError(f"{path}.id", _("item id %(id)s is used twice") % {"id": item.id})
        if not item.relates_to:
            yield BundleError(
                f"{path}.relates_to",
                _("checklist item %(id)s does not say what it relates to") % {"id": item.id},
            )
        for target in item.relates_to:
            problem = _target_problem(bundle, item, target)
            if problem:
                yield BundleError(f"{path}.relates_to", problem)
        if item.section == Section.NOTE and not item.accepted_phrasings:
            yield BundleError(
                f"{path}.accepted_phrasings",
                _("note item %(id)s needs accepted phrasings") % {"id": item.id},
            )
    has_note_items = any(item.section == Section.NOTE for item in items)
    if has_note_items and bundle.metadata.note_minutes == 0:
        yield BundleError(
            "metadata.note_minutes",
            _("the checklist scores a note but no time is given to write it"),
        )


def _target_problem(bundle: CaseBundle, item: ChecklistItem, target: str) -> str | None:
    names = {"id": item.id, "target": target}
    kind = _kind(bundle, target)
    section = item.section
    if section == Section.COMMUNICATION or target.startswith("comm."):
        if target not in COMMUNICATION_IDS:
            return _("checklist item %(id)s: '%(target)s' is not a communication behaviour") % names
        return None
    if section == Section.NOTE:
        if target not in NOTE_IDS:
            return _("checklist item %(id)s: '%(target)s' is not a note element") % names
        return None
    if section in (Section.HISTORY, Section.INTRODUCTION):
        if kind is not Kind.TOPIC:
            return _("checklist item %(id)s: '%(target)s' is not a history topic") % names
        if section == Section.HISTORY and not any(f.topic == target for f in bundle.facts):
            return (
                _(
                    "checklist item %(id)s refers to topic '%(target)s' but the case has no fact for it"  # noqa: E501
                )
                % names
            )
        return None
    if kind is Kind.EXAM and not any(f.exam == target for f in bundle.exam_findings):
        return (
            _(
                "checklist item %(id)s refers to examination '%(target)s' but the case has no finding for it"  # noqa: E501
            )
            % names
        )
    if kind is Kind.INVESTIGATION and not any(
        r.investigation == target for r in bundle.investigations
    ):
        return (
            _(
                "checklist item %(id)s refers to investigation '%(target)s' but the case has no result for it"  # noqa: E501
            )
            % names
        )
    if kind not in (Kind.EXAM, Kind.INVESTIGATION):
        return (
            _("checklist item %(id)s: '%(target)s' is not an examination or investigation") % names
        )
    return None


def _diagnosis_leaks(bundle: CaseBundle) -> Iterator[BundleError]:
    """The patient must not be able to say the diagnosis: it may not appear in what it knows."""
    diagnosis = bundle.hidden.diagnosis.casefold()
    if len(diagnosis) < 4:
        return
    for index, fact in enumerate(bundle.facts):
        if diagnosis in fact.text.casefold():
            yield BundleError(f"facts[{index}].text", _("the fact names the expected diagnosis"))
    if diagnosis in bundle.persona.opening_statement.casefold():
        yield BundleError(
            "persona.opening_statement", _("the opening statement names the expected diagnosis")
        )
