"""Admin forms for a case draft and its rows, and the bundle import form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Model
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from cases.forms import (
    CustomTermsField,
    LinesField,
    RelatesToField,
    VitalsField,
    VocabularyIdField,
)
from cases.models import Case, CaseFact, CaseFinding, CaseInvestigation, ChecklistItem
from cases.vocabulary import Kind

ONE_PER_LINE = _("One per line.")


def _label(model: type[Model], name: str) -> StrOrPromise:
    """The model field's own verbose name, capitalised as the admin shows model fields."""
    return capfirst(model._meta.get_field(name).verbose_name)  # type: ignore[union-attr]


def _text(rows: int = 2, cols: int = 40) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "cols": cols})


class CaseForm(forms.ModelForm[Case]):
    authors = LinesField(label=_label(Case, "authors"), help_text=ONE_PER_LINE)
    tags = LinesField(label=_label(Case, "tags"), help_text=ONE_PER_LINE)
    vitals = VitalsField(label=_label(Case, "vitals"), help_text=_("One “Name: value” per line."))
    custom_terms = CustomTermsField(
        label=_label(Case, "custom_terms"),
        rows=3,
        help_text=_(
            "Only when no vocabulary id fits. One per line: custom.id | topic, exam or "
            "investigation | English label | French label | keywords; … | mots-clés; …"
        ),
    )
    differential = LinesField(label=_label(Case, "differential"), help_text=ONE_PER_LINE)
    teaching_points = LinesField(
        label=_label(Case, "teaching_points"), rows=4, help_text=ONE_PER_LINE
    )

    class Meta:
        model = Case
        fields = (
            *("institution", "slug", "title", "language", "specialty", "level", "use"),
            *("interview_minutes", "note_minutes", "authors", "licence", "tags"),
            *("setting", "reason_for_visit", "vitals", "task"),
            *("persona_name", "persona_age", "persona_sex", "occupation", "manner"),
            *("speech_register", "opening_statement", "speaker_name", "speaker_relationship"),
            *("custom_terms", "default_unknown", "default_exam", "default_investigation"),
            *("diagnosis", "differential", "teaching_points", "pass_mark", "critical_rule"),
        )
        widgets = {
            "setting": _text(),
            "reason_for_visit": _text(),
            "task": _text(3),
            "manner": _text(),
            "opening_statement": _text(),
            "default_unknown": _text(),
            "default_exam": _text(),
            "default_investigation": _text(),
            "diagnosis": _text(),
        }


class RowForm(forms.ModelForm[Any]):
    """A case row; a blank order puts a new row after the others."""

    order = forms.IntegerField(
        label=_("Order"),
        required=False,
        min_value=0,
        widget=forms.NumberInput(attrs={"style": "width: 4em"}),
    )

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0


class FactForm(RowForm):
    topic = VocabularyIdField(Kind.TOPIC, label=_label(CaseFact, "topic"))
    example_questions = LinesField(label=_label(CaseFact, "example_questions"), widget=_text(2, 28))

    class Meta:
        model = CaseFact
        fields = ("topic", "text", "disclosure", "example_questions", "order")
        widgets = {"text": _text()}


class FindingForm(RowForm):
    exam = VocabularyIdField(Kind.EXAM, label=_label(CaseFinding, "exam"))

    class Meta:
        model = CaseFinding
        fields = ("exam", "text", "order")
        widgets = {"text": _text(2, 60)}


class InvestigationForm(RowForm):
    investigation = VocabularyIdField(
        Kind.INVESTIGATION, label=_label(CaseInvestigation, "investigation")
    )

    class Meta:
        model = CaseInvestigation
        fields = ("investigation", "text", "order")
        widgets = {"text": _text(2, 60)}


class ChecklistItemForm(RowForm):
    relates_to = RelatesToField(
        label=_label(ChecklistItem, "relates_to"), help_text=_("Ids separated by commas.")
    )
    accepted_phrasings = LinesField(
        label=_label(ChecklistItem, "accepted_phrasings"), widget=_text(2, 24)
    )

    class Meta:
        model = ChecklistItem
        fields = (
            "section",
            "order",
            "item_id",
            "text",
            "weight",
            "critical",
            "relates_to",
            "accepted_phrasings",
        )
        widgets = {
            "text": _text(2, 28),
            "item_id": forms.TextInput(attrs={"size": 5}),
            "weight": forms.NumberInput(attrs={"style": "width: 4em", "step": "any"}),
        }


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Case bundle file"),
        help_text=_("A .json, .yaml or .yml file in the DocSim case bundle format."),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,.yaml,.yml"}),
    )
    update = forms.BooleanField(
        label=_("Update an existing case (new draft revision)"), required=False
    )
    dry_run = forms.BooleanField(
        label=_("Dry run (check the file, change nothing)"), required=False
    )
