"""The offline examiner: rules over the transcript and the note, no model, no network.

- history items: credited from the topics the STUDENT asked about (each student turn is
  re-classified with the case's matching context, and the topics stored when it was asked are
  added); what the patient volunteered earns nothing;
- examination and investigation items: from the requests the student made (a region covers
  its manoeuvres and a manoeuvre its region, as the interview answers them);
- communication items: communication.py; note items: notes.py.
An item relating to several targets needs only one of them ("any of these").
Pure: no ORM.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cases import vocabulary
from cases.matching import Classification, Intent, MatchContext, find_terms
from cases.vocabulary import Kind, Term
from scoring.engines import communication, notes
from scoring.engines.base import (
    Assessment,
    Evidence,
    ItemResult,
    Role,
    ScoringInput,
    Source,
    TranscriptTurn,
    Verdict,
)
from scoring.engines.communication import Judgement, Said
from scoring.engines.plan import CasePlan, ItemPlan, plan_for
from scoring.engines.text import FoldedText, clip, sentences

VERSION = "1"
RANK = {Verdict.MET: 3, Verdict.PARTIALLY_MET: 2, Verdict.NOT_MET: 1, Verdict.NOT_APPLICABLE: 0}
MAX_EVIDENCE = 3


def related(wanted: str, authored: str) -> bool:
    """A request for a region covers its manoeuvres, and one for a manoeuvre its region
    (the rule `encounters.casebook` answers requests with)."""
    return (
        authored == wanted or authored.startswith(wanted + ".") or wanted.startswith(authored + ".")
    )


@dataclass
class Observations:
    """What the student did, gathered once per transcript."""

    asked: dict[str, list[Evidence]] = field(default_factory=dict)  # topic → where asked
    requested: dict[str, list[Evidence]] = field(default_factory=dict)  # exam/inv → where
    said: list[Said] = field(default_factory=list)


class _Reader:
    """Walks the transcript once, classifying each student turn as the interview did."""

    def __init__(self, case: ScoringInput, plan: CasePlan) -> None:
        self.case = case
        self.plan = plan
        self.base = plan.context
        self.previous: tuple[str, ...] = ()

    def context(self) -> MatchContext:
        if not self.previous:
            return self.base
        return dataclasses.replace(self.base, previous_topics=self.previous)

    def read(self) -> Observations:
        seen = Observations()
        turns = self.case.turns
        for index, turn in enumerate(turns):
            if not turn.is_student:
                continue
            answer = next((t for t in turns[index + 1 :] if t.role != Role.SYSTEM), None)
            self._turn(turn, answer, seen)
        return seen

    def _turn(
        self, turn: TranscriptTurn, answer: TranscriptTurn | None, seen: Observations
    ) -> None:
        context = self.context()
        found = self.plan.classify(turn.text, self.previous)
        kind = self._request_kind(turn, found, answer)
        seen.said.append(Said(turn, FoldedText(turn.text), is_request=kind is not None))
        if kind is not None:
            for term in self._terms(turn, found, answer, kind, context):
                _add(seen.requested, term, Evidence(clip(turn.text), turn.seq))
            return
        topics = tuple(dict.fromkeys((*found.topics, *turn.topics)))
        quotes = self._quotes(turn, topics, self.plan, self.previous)
        for topic in topics:
            _add(seen.asked, topic, Evidence(quotes.get(topic, clip(turn.text)), turn.seq))
        if found.intent == Intent.QUESTION and found.topics:
            self.previous = found.topics

    @staticmethod
    def _request_kind(
        turn: TranscriptTurn, found: Classification, answer: TranscriptTurn | None
    ) -> Kind | None:
        """Exam or investigation request, or None for talk. What the station answered decides
        (a patient's reply means the turn was taken as talk); then the stored intent; then
        the classification, for transcripts without answers."""
        stored = {Intent.EXAM: Kind.EXAM, Intent.ORDER: Kind.INVESTIGATION}
        if turn.intent in stored:
            return stored[Intent(turn.intent)]
        if answer is not None and answer.role == Role.EXAM:
            return Kind.EXAM
        if answer is not None and answer.role == Role.INVESTIGATION:
            return Kind.INVESTIGATION
        if (answer is not None and answer.role == Role.PATIENT) or turn.intent:
            return None
        return stored.get(found.intent)

    @staticmethod
    def _terms(
        turn: TranscriptTurn,
        found: Classification,
        answer: TranscriptTurn | None,
        kind: Kind,
        context: MatchContext,
    ) -> list[str]:
        terms = [*turn.terms, *found.exams, *found.investigations]
        terms += find_terms(turn.text, kind, context)
        if answer is not None and answer.role in (Role.EXAM, Role.INVESTIGATION):
            terms += answer.terms
        return list(dict.fromkeys(terms))

    @staticmethod
    def _quotes(
        turn: TranscriptTurn, topics: tuple[str, ...], plan: CasePlan, previous: tuple[str, ...]
    ) -> dict[str, str]:
        """For each topic, the sentence of the turn that asks about it (when the turn has
        several sentences; otherwise the turn itself is the quote)."""
        spans = list(sentences(turn.text))
        if len(spans) < 2 or not topics:
            return {}
        quotes: dict[str, str] = {}
        for span in spans:
            text = turn.text[span.start : span.end]
            for topic in plan.classify(text, previous).topics:
                quotes.setdefault(topic, clip(text))
            if quotes.keys() >= set(topics):
                break  # later sentences could only quote topics the turn was not credited with
        return quotes


def _add(index: dict[str, list[Evidence]], key: str, evidence: Evidence) -> None:
    index.setdefault(key, [])
    if len(index[key]) < MAX_EVIDENCE and evidence not in index[key]:
        index[key].append(evidence)


class OfflineExaminer:
    name = "offline"
    version = VERSION

    def assess(self, case: ScoringInput) -> Assessment:
        plan = plan_for(case.bundle)
        seen = _Reader(case, plan).read()
        items = tuple(self._item(item, case, seen, plan) for item in plan.items)
        return Assessment(items, engine=self.name, engine_version=self.version)

    def _item(
        self, item: ItemPlan, case: ScoringInput, seen: Observations, plan: CasePlan
    ) -> ItemResult:
        judgements = [communication.BEHAVIOURS[t](seen.said) for t in item.behaviours]
        if item.elements:
            judgements.append(_note(item, case))
        if item.topics:
            judgements.append(_history(item.topics, seen, plan.custom, plan.language))
        if item.requests:
            judgements.append(_requests(item.requests, seen, plan.custom, plan.language))
        if not judgements:
            judgements.append(
                Judgement(Verdict.NOT_MET, (), _("The offline examiner cannot judge this item."))
            )
        best = max(judgements, key=lambda j: RANK[j.verdict])
        return ItemResult(
            item_id=item.item.id,
            section=str(item.item.section),
            verdict=best.verdict,
            evidence=best.evidence,
            rationale=best.rationale,
            source=Source.OFFLINE,
        )


def _note(item: ItemPlan, case: ScoringInput) -> Judgement:
    if not item.phrasings:
        return Judgement(
            Verdict.NOT_MET,
            (),
            _("The item has no accepted phrasings, so the offline examiner cannot judge it."),
        )
    found = notes.assess_note_item(case.note.text, item.elements, item.phrasings)
    return Judgement(found.verdict, found.evidence, found.rationale)


def _labels(ids: Iterable[str], custom: dict[str, Term], language: str) -> str:
    return ", ".join(vocabulary.label(i, language, custom) for i in ids)


def _history(
    topics: tuple[str, ...], seen: Observations, custom: dict[str, Term], language: str
) -> Judgement:
    asked = [t for t in topics if t in seen.asked]
    if not asked:
        return Judgement(
            Verdict.NOT_MET,
            (),
            _("The student never asked about %(topics)s.")
            % {"topics": _labels(topics, custom, language)},
        )
    evidence = tuple(dict.fromkeys(e for t in asked for e in seen.asked[t]))[:MAX_EVIDENCE]
    return Judgement(
        Verdict.MET,
        evidence,
        _("The student asked about %(topics)s.") % {"topics": _labels(asked, custom, language)},
    )


def _requests(
    targets: tuple[str, ...], seen: Observations, custom: dict[str, Term], language: str
) -> Judgement:
    covered = [t for t in targets if any(related(wanted, t) for wanted in seen.requested)]
    if not covered:
        return Judgement(
            Verdict.NOT_MET,
            (),
            _("The student did not request %(terms)s.")
            % {"terms": _labels(targets, custom, language)},
        )
    evidence = tuple(
        dict.fromkeys(
            e for wanted, found in seen.requested.items() for e in found
            if any(related(wanted, t) for t in covered)
        )
    )[:MAX_EVIDENCE]  # fmt: skip
    return Judgement(
        Verdict.MET,
        evidence,
        _("The student requested %(terms)s.") % {"terms": _labels(covered, custom, language)},
    )
