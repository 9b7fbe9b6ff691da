"""Forms of the review pages: the queue's filters, an item decision, the feedback."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Cohort, User
from cases.models import Case
from encounters.models import Encounter
from scoring.models import ItemDecision, ItemVerdict
from scoring.reviews import QueueFlag, QueueStatus

FEEDBACK_MAX_CHARS = 10_000
COMMENT_MAX_CHARS = 2_000


class QueueFilterForm(forms.Form):
    cohort = forms.ModelChoiceField(
        label=_("Cohort"), queryset=Cohort.objects.none(), required=False,
        empty_label=_("All cohorts"),
    )  # fmt: skip
    case = forms.ModelChoiceField(
        label=_("Case"), queryset=Case.objects.none(), required=False, empty_label=_("All cases")
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *QueueStatus.choices], required=False
    )
    flag = forms.ChoiceField(
        label=_("Flags"), choices=[("", _("Any")), *QueueFlag.choices], required=False
    )
    disagreement = forms.BooleanField(label=_("Only with an override"), required=False)

    def __init__(self, *args: Any, tutor: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cohort_field = self.fields["cohort"]
        case_field = self.fields["case"]
        assert isinstance(cohort_field, forms.ModelChoiceField)
        assert isinstance(case_field, forms.ModelChoiceField)
        cohort_field.queryset = Cohort.objects.taught_by(tutor)
        case_ids = Encounter.objects.watchable_by(tutor).values("case_version__case_id")
        case_field.queryset = Case.objects.filter(pk__in=case_ids).order_by("title")

    def filters(self) -> dict[str, Any]:
        """The service's keyword arguments; an invalid filter is ignored."""
        data = self.cleaned_data if self.is_valid() else {}
        cohort, case = data.get("cohort"), data.get("case")
        return {
            "cohort_id": cohort.pk if cohort else None,
            "case_id": case.pk if case else None,
            "status": data.get("status", ""),
            "flag": data.get("flag", ""),
            "disagreement": bool(data.get("disagreement")),
        }


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=ItemDecision.Decision.choices)
    value = forms.ChoiceField(choices=[("", "—"), *ItemVerdict.Verdict.choices], required=False)
    comment = forms.CharField(max_length=COMMENT_MAX_CHARS, required=False)


class FeedbackForm(forms.Form):
    feedback = forms.CharField(max_length=FEEDBACK_MAX_CHARS, required=False)
