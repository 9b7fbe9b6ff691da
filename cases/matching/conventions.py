"""The labelling conventions for topics asked together: which topic a case calls it, which one
is the precise one, what family history or a habit makes of an attribute."""

from __future__ import annotations

from collections.abc import Iterable

from .model import MatchContext

#: hpi attributes: questions about the presenting complaint (or about a symptom just named).
ATTRIBUTES = frozenset(
    {
        "hpi.onset", "hpi.timing", "hpi.course", "hpi.severity", "hpi.location", "hpi.radiation",
        "hpi.character", "hpi.aggravating", "hpi.relieving", "hpi.previous_episodes",
        "hpi.treatment_tried", "hpi.triggers", "hpi.associated",
    }
)  # fmt: skip
#: When, how long, how it changes and how much belong to a habit or a treatment, not a symptom.
TIME_ATTRIBUTES = frozenset({"hpi.onset", "hpi.timing", "hpi.course", "hpi.severity"})
#: Attributes whose answer is a list of factors ("what makes it worse? coughing, light?").
FACTOR_ATTRIBUTES = frozenset({"hpi.aggravating", "hpi.relieving", "hpi.triggers"})
#: A condition named together with the family is that part of the family history.
_FAMILY = {
    "pmh.psychiatric": "fh.psychiatric",
    "ros.mood": "fh.psychiatric",
    "ros.anxiety": "fh.psychiatric",
    "ros.suicidal_ideation": "fh.psychiatric",
    "ros.psychosis": "fh.psychiatric",
    "ros.cardio": "fh.cardiac",
    "ros.chest_pain": "fh.cardiac",
    "ros.palpitations": "fh.cardiac",
    "pmh.cardiovascular_risk": "fh.cardiac",
    "ros.thirst_polyuria": "fh.diabetes",
    "ros.lumps": "fh.cancer",
}
_SELF = ("ros.", "pmh.", "hpi.")
#: Topics that say the same of an adult and of a child: a case has the one that fits it.
_SAME = {
    "pmh.vaccinations": "peds.immunisations",
    "peds.immunisations": "pmh.vaccinations",
    "social.sick_contacts": "peds.contacts",
    "peds.contacts": "social.sick_contacts",
}
#: A precise symptom asked together with its broader one is the precise one
#: ("breathless when you lie flat" is orthopnoea, "coughed blood up" haemoptysis).
BROADER = {
    "ros.orthopnoea": "ros.dyspnoea",
    "ros.haemoptysis": "ros.cough",
    "ros.sputum": "ros.cough",
    "ros.haematemesis": "ros.nausea_vomiting",
    "ros.stool_blood": "ros.bowel",
}
#: A topic that is a kind of another, named with it, is that topic alone ("peeing more" with
#: thirst is polyuria, "tablets to thin the blood" anticoagulants).
_SUBSUMES = {
    "peds.wet_nappies": "ros.urinary",
    "ros.orthopnoea": "ros.sleep",
    "ros.thirst_polyuria": "ros.urinary",
    "peds.growth": "ros.weight_loss",
    "meds.adherence": "meds.current",
    "meds.anticoagulants": "meds.current",
    "social.support": "fh.general",
    "hpi.treatment_tried": "hpi.relieving",
}
#: Topics that are a date or a change in themselves: "how long ago", "changed" belong to them.
_DATED = ("ros.lmp", "ros.appetite", "ros.weight_loss")
_NOT_SYMPTOMS = ("social.", "meds.", "pmh.", "fh.", "allergies.", "peds.", "ice.")


def in_case(topic: str, context: MatchContext) -> bool:
    return not context.examples or topic in context.examples


def covered(topic: str, context: MatchContext) -> bool:
    """Whether the case covers ``topic`` under its own name or the one it uses for it."""
    return in_case(_in_case_name(topic, context), context)


def _in_case_name(topic: str, context: MatchContext) -> str:
    same = _SAME.get(topic)
    return same if same and not in_case(topic, context) and in_case(same, context) else topic


def tidy(topics: Iterable[str], context: MatchContext, settled: Iterable[str] = ()) -> list[str]:
    """Apply the labelling conventions to a set of topics asked together (``settled`` ones,
    carried over from the previous question, are not second-guessed)."""
    settled = frozenset(settled)
    kept = [_in_case_name(t, context) for t in dict.fromkeys(topics) if t != "intro.greeting"]
    kept = list(dict.fromkeys(kept))
    if len(kept) > 1:  # "what brings you in" is incidental next to a precise question
        kept = [t for t in kept if t != "hpi.chief_complaint"]
    broader = {BROADER.get(t) for t in kept} | {_SUBSUMES.get(t) for t in kept}
    kept = [t for t in kept if t in settled or t not in broader]
    if any(t.startswith("allergies.") for t in kept) or "hpi.treatment_tried" in kept:
        kept = [t for t in kept if not t.startswith("meds.")]  # "allergic to any medicines?"
    if "intro.consent" in kept:  # "is it ok if I ask you about ...?" asks for consent
        return [t for t in kept if t.startswith("intro.")]
    if any(t.startswith("fh.") for t in kept):  # "heart trouble in the family" is family history
        kept = [_FAMILY.get(t, t) for t in kept if t in _FAMILY or not t.startswith(_SELF)]
        kept = list(dict.fromkeys(kept))
        if any(t.startswith("fh.") and t != "fh.general" for t in kept):
            kept = [t for t in kept if t != "fh.general"]
    if any(t.startswith(_NOT_SYMPTOMS) or t in _DATED for t in kept):  # "how long smoked?"
        kept = [t for t in kept if t not in TIME_ATTRIBUTES]
    if any(t in ATTRIBUTES - {"hpi.associated"} and in_case(t, context) for t in kept):
        # "the first time you've had a headache this bad?": the headache is the complaint
        kept = [t for t in kept if not t.startswith("ros.") or in_case(t, context) or t in settled]
    return kept
