"""Topics re-read in the light of the words around them: medicines taken for a condition of
the past history, blood named with a symptom, and an everyday activity named as the time the
complaint comes."""

from __future__ import annotations

from cases.vocabulary import Kind

from .clauses import Clause
from .normalise import stem, word_set

_FOR = frozenset({"for", "pour", "contre"})


def _for_a_condition(clause: Clause, topics: list[str]) -> list[str]:
    """ "Tablets for blood pressure or cholesterol?": medicines taken for a condition of the
    past history are the current medication, not a treatment tried for the complaint."""
    if "hpi.treatment_tried" not in topics:
        return topics
    tried = [h for h in clause.hits if h.term_id == "hpi.treatment_tried"]
    conditions = [h for h in clause.hits if h.term_id.startswith("pmh.")]
    for hit in tried:
        end = hit.positions[-1]
        if clause.tokens[end].word not in _FOR:
            continue
        if any(0 < c.positions[0] - end <= 2 for c in conditions):
            swapped = ["meds.current" if t == "hpi.treatment_tried" else t for t in topics]
            return list(dict.fromkeys(swapped))
    return topics


#: "Blood" with a symptom names the bleeding kind of it: in the poo, the vomit, the phlegm.
_BLOODY = {
    "ros.bowel": "ros.stool_blood",
    "ros.nausea_vomiting": "ros.haematemesis",
    "ros.cough": "ros.haemoptysis",
    "ros.sputum": "ros.haemoptysis",
}
_BLOOD = frozenset(stem(w) for w in word_set("blood bloody sang saignement"))


def _blood_in(clause: Clause, topics: list[str]) -> list[str]:
    """ "Any blood when you go for a number two?" asks about blood in the stool; a symptom
    asked in a part of its own ("a cough, and any blood?") stays."""
    if not any(t in _BLOODY for t in topics):
        return topics
    bloody = {t.index for t in clause.tokens if t.stem in _BLOOD}
    parts = [p for p in clause.parts if p & bloody]
    if not parts:
        return topics
    named = {
        h.term_id
        for h in clause.hits
        if h.term_id in _BLOODY
        and any(clause.tokens[i].index in p for i in h.positions for p in parts)
    }
    return list(dict.fromkeys(_BLOODY[t] if t in named else t for t in topics))


_WHEN = frozenset({"when", "whenever", "quand", "lorsque"})
_COMPLAINT = frozenset({"pain", "it", "hurt", "hurts", "douleur", "mal", "ca"})


def _when_doing(clause: Clause, topics: list[str]) -> list[str]:
    """ "Do you get the pain when you walk up the stairs?": an everyday activity named as the
    time the complaint comes asks what brings it on, not about the patient's home or habits."""
    at = next((i for i, w in enumerate(clause.words) if w in _WHEN), None)
    if at is None or not topics or not all(t.startswith("social.") for t in topics):
        return topics
    if not any(w in _COMPLAINT for w in clause.words[:at]):
        return topics
    hits = [h for h in clause.hits if h.kind is Kind.TOPIC and h.term_id in topics]
    if any(clause.tokens[h.positions[0]].index < at for h in hits):
        return topics
    return ["hpi.aggravating"]


def reread(clause: Clause, topics: list[str]) -> list[str]:
    return _when_doing(clause, _blood_in(clause, _for_a_condition(clause, topics)))
