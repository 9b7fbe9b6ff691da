"""What the offline examiner reads from a case bundle, worked out once per bundle and reused for
every transcript of that case: the matching context, the custom terms, and for each checklist
item the targets it relates to, sorted by kind, and its note phrasings.

Bundles are immutable (frozen models; a case version never changes), so a plan is kept for as
long as its bundle object is in use. Pure: no ORM.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field

from cases import vocabulary
from cases.bundle.schema import CaseBundle, ChecklistItem
from cases.bundle.terms import custom_terms, examples
from cases.matching import Classification, MatchContext, classify, context_for
from cases.vocabulary import Kind, Term
from scoring.engines import communication

MAX_READINGS = 4096  # classified utterances kept per plan: a cohort asks the same things
MAX_PLANS = 64  # bundles in use at once: a batch over many cases, a re-score against a draft


@dataclass(frozen=True)
class ItemPlan:
    item: ChecklistItem
    behaviours: tuple[str, ...]  # comm.* targets, in the order listed
    elements: frozenset[str]  # note.* targets
    topics: tuple[str, ...]  # history topics
    requests: tuple[str, ...]  # examinations and investigations
    phrasings: tuple[str, ...]  # what the note may say, for items with note elements


@dataclass(frozen=True)
class CasePlan:
    language: str
    custom: dict[str, Term]
    context: MatchContext  # no previous topics yet
    items: tuple[ItemPlan, ...]
    readings: dict[tuple[str, tuple[str, ...]], Classification] = field(
        default_factory=dict, compare=False, repr=False
    )

    def classify(self, text: str, previous: tuple[str, ...] = ()) -> Classification:
        """The matcher's reading of ``text`` in this case after a question on ``previous``;
        kept, as the same case is asked the same things by many students (`classify` is pure)."""
        key = (text, previous)
        found = self.readings.get(key)
        if found is None:
            context = dataclasses.replace(self.context, previous_topics=previous)
            found = classify(text, context)
            with _lock:
                if len(self.readings) >= MAX_READINGS:
                    self.readings.pop(next(iter(self.readings)), None)
                self.readings[key] = found
        return found


def make_plan(bundle: CaseBundle) -> CasePlan:
    terms = custom_terms(bundle)
    custom = {t.id: t for t in terms}
    language = bundle.metadata.language
    context = context_for(language=language, custom_terms=terms, examples=examples(bundle))
    items = tuple(_item_plan(item, bundle, custom) for item in bundle.checklist.items)
    return CasePlan(language, custom, context, items)


def _item_plan(item: ChecklistItem, bundle: CaseBundle, custom: dict[str, Term]) -> ItemPlan:
    behaviours = tuple(t for t in item.relates_to if t in communication.BEHAVIOURS)
    elements = frozenset(t for t in item.relates_to if t.startswith("note."))
    kinds = {
        t: kind_of(t, custom)
        for t in item.relates_to
        if t not in behaviours and t not in elements
    }  # fmt: skip
    phrasings: tuple[str, ...] = ()
    if elements:
        phrasings = tuple(item.accepted_phrasings) or hidden_phrasings(bundle, elements)
    return ItemPlan(
        item=item,
        behaviours=behaviours,
        elements=elements,
        topics=tuple(t for t, k in kinds.items() if k == Kind.TOPIC),
        requests=tuple(t for t, k in kinds.items() if k in (Kind.EXAM, Kind.INVESTIGATION)),
        phrasings=phrasings,
    )


def hidden_phrasings(bundle: CaseBundle, elements: frozenset[str]) -> tuple[str, ...]:
    phrasings: list[str] = []
    if "note.diagnosis" in elements and bundle.hidden.diagnosis:
        phrasings += [p.strip() for p in bundle.hidden.diagnosis.replace("(", "-").split("-")]
    if "note.differential" in elements:
        phrasings += list(bundle.hidden.differential)
    return tuple(p.strip(" )") for p in phrasings if len(p.strip(" )")) >= 3)


def kind_of(term_id: str, custom: dict[str, Term]) -> Kind | None:
    if term_id in custom:
        return custom[term_id].kind
    return vocabulary.kind_of(term_id)


_plans: dict[int, tuple[CaseBundle, CasePlan]] = {}
_lock = threading.Lock()


def plan_for(bundle: CaseBundle) -> CasePlan:
    """The bundle's plan, made on first use. Kept by the bundle object's identity (hashing a
    whole bundle would cost more than the plan saves); the bundle is held with its plan so
    that its id cannot be reused while the entry lives."""
    entry = _plans.get(id(bundle))
    if entry is not None and entry[0] is bundle:
        return entry[1]
    plan = make_plan(bundle)
    with _lock:
        if len(_plans) >= MAX_PLANS:
            _plans.pop(next(iter(_plans)))
        _plans[id(bundle)] = (bundle, plan)
    return plan
