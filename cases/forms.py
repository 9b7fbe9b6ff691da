"""Form fields for case authoring: one-per-line lists, vitals, free terms and vocabulary ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cases import vocabulary
from cases.bundle.schema import CommunicationBehaviour, NoteElement
from cases.vocabulary import Kind

TERM_KINDS = tuple(kind.value for kind in Kind)
COMMUNICATION_LABELS: dict[str, Promise] = {
    CommunicationBehaviour.INTRODUCTION: _("Introduces self and role"),
    CommunicationBehaviour.IDENTITY_CHECK: _("Checks the patient's identity"),
    CommunicationBehaviour.OPEN_QUESTION: _("Opens with an open question"),
    CommunicationBehaviour.EMPATHY: _("Shows empathy"),
    CommunicationBehaviour.SUMMARISING: _("Summarises"),
    CommunicationBehaviour.CHECKING_UNDERSTANDING: _("Checks understanding"),
    CommunicationBehaviour.CLOSING: _("Closes the consultation"),
    CommunicationBehaviour.AVOIDING_JARGON: _("Avoids jargon"),
    CommunicationBehaviour.SIGNPOSTING: _("Signposts"),
    CommunicationBehaviour.WARNING_SHOT: _("Fires a warning shot"),
    CommunicationBehaviour.SILENCE: _("Uses silence"),
}
NOTE_LABELS: dict[str, Promise] = {
    NoteElement.SUMMARY: _("Summary"),
    NoteElement.POSITIVE_FINDING: _("Positive finding"),
    NoteElement.PERTINENT_NEGATIVE: _("Pertinent negative"),
    NoteElement.DIAGNOSIS: _("Diagnosis"),
    NoteElement.DIFFERENTIAL: _("Differential diagnosis"),
    NoteElement.INVESTIGATION_PLAN: _("Investigation plan"),
    NoteElement.MANAGEMENT_PLAN: _("Management plan"),
    NoteElement.SAFETY_NETTING: _("Safety netting"),
}
DATALIST_IDS: dict[str, str] = {
    Kind.TOPIC: "vocabulary-topic",
    Kind.EXAM: "vocabulary-exam",
    Kind.INVESTIGATION: "vocabulary-investigation",
    "relates_to": "vocabulary-relates-to",
}


class LinesField(forms.Field):
    """A list of strings edited as text, one entry per line (or split on `separators`)."""

    def __init__(self, *, separators: str = "\n", rows: int = 3, **kwargs: Any) -> None:
        self.separators = separators
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows, "cols": 40}))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> list[Any]:
        if isinstance(value, list):
            return [str(entry).strip() for entry in value if str(entry).strip()]
        pattern = "[" + re.escape(self.separators + "\n\r") + "]"
        return [entry.strip() for entry in re.split(pattern, value or "") if entry.strip()]

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            joiner = "\n" if "\n" in self.separators else self.separators[0] + " "
            return joiner.join(str(entry) for entry in value)
        return value

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")

    def has_changed(self, initial: Any, data: Any) -> bool:
        try:
            return bool(self.to_python(initial or []) != self.to_python(data))
        except ValidationError:
            return True


class VitalsField(LinesField):
    """Vital signs at the door, one "Name: value" per line, kept as [{name, value}]."""

    def to_python(self, value: Any) -> list[Any]:
        if isinstance(value, list):
            return [dict(entry) for entry in value if isinstance(entry, dict)]
        vitals = []
        for line in super().to_python(value):
            name, colon, reading = line.partition(":")
            if not colon or not name.strip() or not reading.strip():
                raise ValidationError(
                    _("Write each vital sign as “Name: value” (got “%(line)s”)."),
                    params={"line": line},
                )
            vitals.append({"name": name.strip(), "value": reading.strip()})
        return vitals

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(f"{v.get('name', '')}: {v.get('value', '')}" for v in value)
        return value


class CustomTermsField(LinesField):
    """Case-local free vocabulary entries, one per line:
    ``custom.id | kind | English label | French label | keywords en; ... | mots-clés fr; ...``.
    """

    def to_python(self, value: Any) -> list[Any]:
        if isinstance(value, list):
            return [dict(entry) for entry in value if isinstance(entry, dict)]
        return [self._parse(line) for line in super().to_python(value)]

    def _parse(self, line: str) -> dict[str, Any]:
        parts = [part.strip() for part in line.split("|")] + [""] * 6
        term_id, kind, label_en, label_fr, keywords_en, keywords_fr = parts[:6]
        if not vocabulary.is_valid_free_entry(term_id) or kind not in TERM_KINDS or not label_en:
            raise ValidationError(
                _(
                    "Write each free entry as “custom.id | kind | English label | French label"
                    " | keywords; … | mots-clés; …”, kind being topic, exam or investigation"
                    " (got “%(line)s”)."
                ),
                params={"line": line},
            )
        return {
            "id": term_id,
            "kind": kind,
            "label_en": label_en,
            "label_fr": label_fr,
            "keywords_en": _keywords(keywords_en),
            "keywords_fr": _keywords(keywords_fr),
        }

    def prepare_value(self, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        return "\n".join(
            " | ".join(
                [
                    str(term.get("id", "")),
                    str(term.get("kind", "")),
                    str(term.get("label_en", "")),
                    str(term.get("label_fr", "")),
                    "; ".join(term.get("keywords_en", [])),
                    "; ".join(term.get("keywords_fr", [])),
                ]
            )
            for term in value
        )


def _keywords(text: str) -> list[str]:
    return [keyword.strip() for keyword in text.split(";") if keyword.strip()]


def vocabulary_problem(term_id: str, kind: Kind) -> str | None:
    """Why `term_id` cannot stand for a `kind` of the vocabulary, or None when it can."""
    if vocabulary.kind_of(term_id) is kind or vocabulary.is_valid_free_entry(term_id):
        return None
    return str(
        _("“%(id)s” is not a %(kind)s of the vocabulary; pick a listed id or write custom.<name>.")
        % {"id": term_id, "kind": kind.value}
    )


def relates_to_problem(target: str) -> str | None:
    """Why `target` cannot be what a checklist item relates to, or None when it can."""
    if target in COMMUNICATION_LABELS or target in NOTE_LABELS:
        return None
    if vocabulary.is_known(target) or vocabulary.is_valid_free_entry(target):
        return None
    return str(
        _(
            "“%(id)s” is neither a vocabulary id, a custom.* id, a communication behaviour"
            " (comm.*) nor a note element (note.*)."
        )
        % {"id": target}
    )


class VocabularyIdField(forms.CharField):
    """A vocabulary id typed in a text box that suggests the ids of one kind (HTML datalist)."""

    def __init__(self, kind: Kind, **kwargs: Any) -> None:
        self.kind = kind
        attrs = {"list": DATALIST_IDS[kind], "size": 28, "autocomplete": "off"}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        kwargs.setdefault("max_length", 120)
        super().__init__(**kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        problem = vocabulary_problem(value, self.kind) if value else None
        if problem:
            raise ValidationError(problem, code="vocabulary")


class RelatesToField(LinesField):
    """What a checklist item is about: vocabulary, custom, comm.* or note.* ids, comma separated."""

    def __init__(self, **kwargs: Any) -> None:
        attrs = {"list": DATALIST_IDS["relates_to"], "size": 28, "autocomplete": "off"}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(separators=",;\n", **kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        problems = [p for p in (relates_to_problem(target) for target in value) if p]
        if problems:
            raise ValidationError(problems, code="vocabulary")


@dataclass(frozen=True)
class Datalist:
    id: str
    options: list[tuple[str, str]]  # (value, visible label)


def vocabulary_datalists(language: str) -> list[Datalist]:
    """The suggestion lists behind the vocabulary inputs, labelled in `language`, by group."""
    by_kind = {kind: _kind_options(kind, language) for kind in Kind}
    behaviours = [(key, f"{_('Communication')} › {label}") for key, label in _labels(True)]
    elements = [(key, f"{_('Note')} › {label}") for key, label in _labels(False)]
    everything = [option for options in by_kind.values() for option in options]
    lists = [Datalist(DATALIST_IDS[kind], options) for kind, options in by_kind.items()]
    return [*lists, Datalist(DATALIST_IDS["relates_to"], everything + behaviours + elements)]


def _labels(communication: bool) -> list[tuple[str, str]]:
    source = COMMUNICATION_LABELS if communication else NOTE_LABELS
    return [(str(key), str(label)) for key, label in source.items()]


def _kind_options(kind: Kind, language: str) -> list[tuple[str, str]]:
    french = language.lower().startswith("fr")
    group_labels = {gid: (fr if french else en) for gid, en, fr in vocabulary.groups(kind)}
    order = list(group_labels)
    terms = sorted(vocabulary.terms(kind), key=lambda term: order.index(term.group))
    return [(t.id, f"{group_labels[t.group]} › {t.label(language)}") for t in terms]
