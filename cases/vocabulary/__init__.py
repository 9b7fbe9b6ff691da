"""The shared clinical vocabulary: ids for history topics, examinations and investigations.

Case facts, exam findings, investigation results, checklist items, the virtual patient's
utterance matcher and the scorer all refer to clinical content through the ids defined here,
so one id means the same thing everywhere.

Id scheme (for case authors)
----------------------------
An id is lowercase, dotted, made of ``[a-z0-9_]`` segments, and never changes once cases use it
(entries are only ever added; a renamed id would silently orphan facts and checklist items).

* **History topics** (``Kind.TOPIC``) are ``<group>.<name>``. Groups follow the order of a
  history: ``intro`` (greeting, identity, consent), ``hpi`` (history of the presenting complaint,
  the SOCRATES/OPQRST family: ``hpi.onset``, ``hpi.location``, ``hpi.radiation``...), ``ros``
  (systems review: ``ros.chest_pain``, ``ros.lmp``...), ``pmh``, ``meds``, ``allergies``, ``fh``,
  ``social``, ``ice`` (ideas, concerns, expectations, impact) and ``peds`` (paediatric history).
* **Examinations** (``Kind.EXAM``) are ``exam.<region>[.<manoeuvre>]``: ``exam.general``,
  ``exam.vitals`` and ``exam.vitals.bp``, ``exam.cardio.auscultation``,
  ``exam.abdo.murphy``, ``exam.neuro.reflexes``... The bare region (``exam.vitals``) means the
  whole set; a finding authored on it answers any request for that region.
* **Investigations** (``Kind.INVESTIGATION``) are ``inv.<category>.<test>`` with the categories
  ``bedside``, ``blood``, ``micro``, ``imaging``, ``functional``, ``endoscopy`` and ``scales``:
  ``inv.bedside.ecg``, ``inv.blood.troponin``, ``inv.imaging.chest_xray``...

Each term carries a ``group`` (used to group choices in the admin; see :func:`groups`), English
and French labels, and a lexicon of keywords per language: lowercase words and short phrases as
a student would actually say them, lay and clinical ("since when", "depuis quand", "nfs"). The
matcher is expected to normalise case, accents, ligatures (œ/oe) and apostrophes (’/') itself;
keywords are written with accents, ligatures and straight apostrophes.

Free entries
------------
When nothing in the vocabulary fits, an author may invent an id under the ``custom.`` prefix,
for instance ``custom.travel_history`` or ``custom.exam.tattoo``
(:data:`FREE_ENTRY_PATTERN`). A free entry is local to its case: the case supplies the labels and
keywords, built with :func:`make_custom_term`, and passes them to :func:`label` (``custom=``)
and to the matcher. Prefer an existing id whenever one is close enough: the shared ids are what
make scores comparable across cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from . import exams as _exams
from . import investigations as _investigations
from . import topics as _topics
from .synonyms import EXTRA

__all__ = [
    "ALL",
    "EXAMS",
    "FREE_ENTRY_PATTERN",
    "ID_PATTERN",
    "INVESTIGATIONS",
    "TOPICS",
    "Kind",
    "Term",
    "get",
    "groups",
    "is_known",
    "is_valid_free_entry",
    "kind_of",
    "label",
    "make_custom_term",
    "terms",
]


class Kind(StrEnum):
    TOPIC = "topic"
    EXAM = "exam"
    INVESTIGATION = "investigation"


@dataclass(frozen=True, slots=True)
class Term:
    """One vocabulary entry (or an author's free entry built by :func:`make_custom_term`)."""

    id: str
    kind: Kind
    group: str
    label_en: str
    label_fr: str
    keywords_en: tuple[str, ...]
    keywords_fr: tuple[str, ...]

    def label(self, language: str) -> str:
        """The label in ``language`` ("fr", "fr-FR"... give French, anything else English)."""
        if _is_french(language):
            return self.label_fr or self.label_en or self.id
        return self.label_en or self.label_fr or self.id

    def keywords(self, language: str) -> tuple[str, ...]:
        """The lexicon in ``language`` (same language rule as :meth:`label`)."""
        return self.keywords_fr if _is_french(language) else self.keywords_en


#: Shape of every vocabulary id, shared or free.
ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"
#: Ids authors may invent for case-local free entries, e.g. ``custom.travel_history``.
FREE_ENTRY_PATTERN = r"^(custom)\.[a-z0-9_]+(\.[a-z0-9_]+)*$"

_ID_RE = re.compile(ID_PATTERN)
_FREE_RE = re.compile(FREE_ENTRY_PATTERN)
_PREFIXES: dict[Kind, str] = {Kind.EXAM: "exam.", Kind.INVESTIGATION: "inv."}
_CUSTOM_GROUP = "custom"

_RawEntry = tuple[str, str, str, str, str, str]


def _is_french(language: str) -> bool:
    return language.strip().lower().startswith("fr")


def _prefix_kind(term_id: str) -> Kind:
    for kind, prefix in _PREFIXES.items():
        if term_id.startswith(prefix):
            return kind
    return Kind.TOPIC


def _split_keywords(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(";") if part.strip()))


def _build(kind: Kind, entries: Iterable[_RawEntry], group_ids: set[str]) -> dict[str, Term]:
    built: dict[str, Term] = {}
    for term_id, group, label_en, label_fr, keywords_en, keywords_fr in entries:
        if not _ID_RE.fullmatch(term_id) or _FREE_RE.fullmatch(term_id) or term_id in built:
            raise ValueError(f"vocabulary: malformed, reserved or duplicate id {term_id!r}")
        if _prefix_kind(term_id) is not kind:
            raise ValueError(f"vocabulary: {term_id!r} does not carry the {kind} prefix")
        if group not in group_ids:
            raise ValueError(f"vocabulary: {term_id!r} has undeclared group {group!r}")
        built[term_id] = Term(
            id=term_id,
            kind=kind,
            group=group,
            label_en=label_en,
            label_fr=label_fr,
            keywords_en=_split_keywords(f"{keywords_en};{EXTRA.get(term_id, ('', ''))[0]}"),
            keywords_fr=_split_keywords(f"{keywords_fr};{EXTRA.get(term_id, ('', ''))[1]}"),
        )
    return built


_GROUPS: dict[Kind, tuple[tuple[str, str, str], ...]] = {
    Kind.TOPIC: _topics.GROUPS,
    Kind.EXAM: _exams.GROUPS,
    Kind.INVESTIGATION: _investigations.GROUPS,
}


def _group_ids(kind: Kind) -> set[str]:
    return {group_id for group_id, _, _ in _GROUPS[kind]}


TOPICS: dict[str, Term] = _build(Kind.TOPIC, _topics.ENTRIES, _group_ids(Kind.TOPIC))
EXAMS: dict[str, Term] = _build(Kind.EXAM, _exams.ENTRIES, _group_ids(Kind.EXAM))
INVESTIGATIONS: dict[str, Term] = _build(
    Kind.INVESTIGATION, _investigations.ENTRIES, _group_ids(Kind.INVESTIGATION)
)
ALL: dict[str, Term] = {**TOPICS, **EXAMS, **INVESTIGATIONS}
if len(ALL) != len(TOPICS) + len(EXAMS) + len(INVESTIGATIONS):
    raise ValueError("vocabulary: an id is declared under two kinds")

_BY_KIND: dict[Kind, dict[str, Term]] = {
    Kind.TOPIC: TOPICS,
    Kind.EXAM: EXAMS,
    Kind.INVESTIGATION: INVESTIGATIONS,
}


def get(term_id: str) -> Term | None:
    """The shared term with this id, or ``None`` (free entries are not looked up here)."""
    return ALL.get(term_id)


def is_known(term_id: str) -> bool:
    """Whether ``term_id`` is a shared vocabulary id."""
    return term_id in ALL


def kind_of(term_id: str) -> Kind | None:
    """The kind of a shared id, or ``None`` when unknown."""
    term = ALL.get(term_id)
    return term.kind if term is not None else None


def terms(kind: Kind) -> list[Term]:
    """All shared terms of ``kind``, in declaration order."""
    return list(_BY_KIND[Kind(kind)].values())


def label(term_id: str, language: str, custom: Mapping[str, Term] | None = None) -> str:
    """The label of a shared id, else of ``custom[term_id]``, else the id itself."""
    term = ALL.get(term_id)
    if term is None and custom is not None:
        term = custom.get(term_id)
    return term.label(language) if term is not None else term_id


def groups(kind: Kind) -> list[tuple[str, str, str]]:
    """``(group id, English label, French label)`` for ``kind``, in display order."""
    return list(_GROUPS[Kind(kind)])


def is_valid_free_entry(term_id: str) -> bool:
    """Whether ``term_id`` is a well-formed author-invented id (``custom.<name>[.<name>...]``)."""
    return isinstance(term_id, str) and _FREE_RE.fullmatch(term_id) is not None


def _normalise_keywords(keywords: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for keyword in keywords:
        cleaned = " ".join(keyword.split()).lower()
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def make_custom_term(
    term_id: str,
    kind: Kind | str,
    label_en: str,
    label_fr: str = "",
    keywords_en: Iterable[str] = (),
    keywords_fr: Iterable[str] = (),
) -> Term:
    """Build a case-local free entry; ``ValueError`` unless ``term_id`` is ``custom.<name>``.

    Keywords are lowercased, whitespace-collapsed and de-duplicated. An empty English label is
    derived from the id (``custom.travel_history`` -> "Travel history"); an empty French label
    falls back to the English one when displayed.
    """
    if not is_valid_free_entry(term_id):
        raise ValueError(
            f"invalid free-entry id {term_id!r}: expected 'custom.<name>' "
            "with lowercase letters, digits and underscores"
        )
    try:
        resolved_kind = Kind(kind)
    except ValueError:
        raise ValueError(f"unknown vocabulary kind {kind!r}") from None
    english = label_en.strip() or term_id.rsplit(".", 1)[-1].replace("_", " ").capitalize()
    return Term(
        id=term_id,
        kind=resolved_kind,
        group=_CUSTOM_GROUP,
        label_en=english,
        label_fr=label_fr.strip(),
        keywords_en=_normalise_keywords(keywords_en),
        keywords_fr=_normalise_keywords(keywords_fr),
    )
