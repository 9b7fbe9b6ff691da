"""The post-encounter note form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

NOTE_MAX_CHARS = 5000


class NoteForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary"),
        help_text=_("The key findings from the history, examination and investigations."),
        required=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    differential = forms.CharField(
        label=_("Differential diagnosis"),
        help_text=_("Your most likely diagnosis first, then the alternatives."),
        required=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    plan = forms.CharField(
        label=_("Management plan"),
        help_text=_("Further investigations, treatment, follow-up and safety-netting."),
        required=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not any(cleaned.get(name, "").strip() for name in ("summary", "differential", "plan")):
            raise forms.ValidationError(_("Write at least one part of the note."))
        return cleaned
