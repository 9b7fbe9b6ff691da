"""Scoring workflows: score an encounter once (idempotent), re-score, notify the student."""

from __future__ import annotations

import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from accounts.consumers import user_group
from cases.bundle.schema import CaseBundle, Checklist
from cases.models import CaseVersion
from cases.services import version_bundle
from encounters import casebook
from encounters.models import Encounter, Note
from encounters.realtime import group_name
from scoring import rules
from scoring.engines import assess, get_examiner
from scoring.engines.base import Assessment, Examiner, NoteText, ScoringInput, TranscriptTurn
from scoring.models import ItemVerdict, Score
from scoring.transcripts import LineError, demo_bundle

log = logging.getLogger(__name__)


class ScoringError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def scoring_input(encounter: Encounter, bundle: CaseBundle | None = None) -> ScoringInput:
    """The encounter as the engines see it: the case, every turn in order, the note."""
    turns = tuple(
        TranscriptTurn(
            seq=turn.seq, role=turn.role, text=turn.text, intent=turn.intent,
            topics=tuple(turn.topics or ()), terms=tuple(turn.terms or ()), status=turn.status,
        )
        for turn in encounter.turns.order_by("seq")
    )  # fmt: skip
    note = Note.objects.filter(encounter=encounter).first()
    return ScoringInput(
        bundle=bundle or casebook.bundle(encounter.case_version_id),
        turns=turns,
        note=NoteText(note.summary, note.differential, note.plan) if note else NoteText(),
    )


def score_encounter(
    *, encounter: Encounter, engine: str | None = None, fallback_on_retryable: bool = True
) -> Score:
    """Score a finished encounter once per engine, engine version and checklist: a duplicate
    run (a redelivered task) returns the Score that exists. A new Score supersedes the
    encounter's current one (say, the offline score when the LLM examiner is switched on)."""
    examiner = get_examiner(
        engine or settings.DOCSIM_EXAMINER_ENGINE, fallback_on_retryable=fallback_on_retryable
    )
    existing = existing_score(encounter, examiner)
    if existing is not None:
        return existing
    _require_finished(encounter)
    assessment = assess(examiner, scoring_input(encounter))
    return store_assessment(
        encounter=encounter, version=encounter.case_version, assessment=assessment
    )


def rescore(
    *, encounter: Encounter, engine: str | None = None, version: CaseVersion | None = None
) -> Score:
    """A new Score (against `version`, by default the encounter's), superseding the current."""
    _require_finished(encounter)
    examiner = get_examiner(engine or settings.DOCSIM_EXAMINER_ENGINE)
    version = version or encounter.case_version
    if version.case_id != encounter.case_version.case_id:
        raise ScoringError("other_case", _("That version belongs to another case."))
    case = scoring_input(encounter, bundle=version_bundle(version))
    return store_assessment(
        encounter=encounter, version=version, assessment=assess(examiner, case), again=True
    )


def existing_score(
    encounter: Encounter, examiner: Examiner, version_id: int | None = None
) -> Score | None:
    """The Score this engine already gave the encounter against this checklist, if any."""
    return (
        Score.objects.for_key(
            encounter_id=encounter.pk,
            engine=examiner.name,
            engine_version=examiner.version,
            case_version_id=version_id or encounter.case_version_id,
        )
        .order_by("-is_current", "-created_at")
        .first()
    )


def _require_finished(encounter: Encounter) -> None:
    if encounter.status != Encounter.Status.DONE:
        raise ScoringError("not_finished", _("The encounter is not finished yet."))


@transaction.atomic
def store_assessment(
    *, encounter: Encounter, version: CaseVersion, assessment: Assessment, again: bool = False
) -> Score:
    """Write the Score and its verdicts, superseding the current score. Unless `again`, an
    existing Score for the same engine, version and checklist is returned instead."""
    Encounter.objects.select_for_update().filter(pk=encounter.pk).first()  # one writer at once
    key: dict[str, Any] = {
        "encounter_id": encounter.pk,
        "engine": assessment.engine,
        "engine_version": assessment.engine_version,
        "case_version_id": version.pk,
    }
    if not again:
        existing = Score.objects.filter(**key).order_by("-is_current", "-created_at").first()
        if existing is not None:
            return existing
    checklist = casebook.bundle(version.pk).checklist
    previous = list(Score.objects.filter(encounter_id=encounter.pk, is_current=True))
    Score.objects.filter(pk__in=[s.pk for s in previous]).update(is_current=False)
    score, created = Score.objects.get_or_create(
        **key, is_current=True, defaults=_score_fields(checklist, assessment)
    )
    if created:
        ItemVerdict.objects.bulk_create(_verdicts(score, checklist, assessment))
        Score.objects.filter(pk__in=[s.pk for s in previous]).update(superseded_by=score)
    return score


def _score_fields(checklist: Checklist, assessment: Assessment) -> dict[str, Any]:
    outcome = rules.outcome(checklist, assessment.items)
    return {
        "model": assessment.model,
        "status": assessment.outcome,
        "section_totals": outcome.sections_as_dict(),
        "percent": outcome.percent,
        "passed": outcome.passed,
        "critical_missed": outcome.critical_missed,
        "prompt_tokens": assessment.prompt_tokens,
        "completion_tokens": assessment.completion_tokens,
        "fallback_reason": assessment.fallback_reason[:300],
    }


def _verdicts(score: Score, checklist: Checklist, assessment: Assessment) -> list[ItemVerdict]:
    items = {item.id: item for item in checklist.items}
    return [
        ItemVerdict(
            score=score,
            item_id=result.item_id,
            section=result.section,
            weight=items[result.item_id].weight,
            is_critical=items[result.item_id].critical,
            verdict=result.verdict,
            evidence=[e.as_dict() for e in result.evidence],
            rationale=result.rationale,
            verified=result.verified,
            source=result.source,
        )
        for result in assessment.items
        if result.item_id in items
    ]


def notify_score_ready(score: Score) -> None:
    """Tell the student's open pages (the interview socket, the notification socket)."""
    layer = get_channel_layer()
    if layer is None:
        return
    encounter_id = score.encounter_id
    payload = {"type": "score.ready", "encounter": encounter_id}
    student_id = Encounter.objects.values_list("student_id", flat=True).get(pk=encounter_id)
    try:
        send = async_to_sync(layer.group_send)
        send(group_name(encounter_id), {"type": "encounter.event", "payload": payload})
        send(user_group(student_id), {"type": "notify", "payload": payload})
    except Exception:  # the score is stored; a page that missed the event finds it on reload
        log.warning("could not send score.ready for encounter %s", encounter_id, exc_info=True)


def finished_encounters(
    *, cohort: str | None = None, case: str | None = None
) -> QuerySet[Encounter]:
    """Finished encounters of a cohort's students, or of a case ("slug" or "institution/slug")."""
    encounters = Encounter.objects.filter(status=Encounter.Status.DONE)
    if cohort is not None:
        encounters = encounters.filter(student__cohorts__name=cohort)
    if case is not None:
        institution, _sep, slug = case.rpartition("/")
        query = Q(case_version__case__slug=slug)
        if institution:
            query &= Q(case_version__case__institution=institution)
        encounters = encounters.filter(query)
    return encounters.distinct().order_by("pk")


def resolve_case(key: str) -> CaseBundle:
    """The bundle of the current published version of "institution/slug", else of the demo
    library; LineError when neither exists."""
    institution, _sep, slug = key.partition("/")
    version = (
        CaseVersion.objects.current().filter(case__institution=institution, case__slug=slug).first()
    )
    if version is not None:
        return version_bundle(version)
    bundle = demo_bundle(key)
    if bundle is None:
        raise LineError(_("unknown case %(case)s") % {"case": key})
    return bundle
