"""Note items: accepted phrasings with synonyms, typos, accents and negation, EN and FR."""

from __future__ import annotations

import pytest

from scoring.engines.base import Verdict
from scoring.engines.notes import assess_note_item

DX = {"note.diagnosis"}
DDX = {"note.differential"}
NEG = {"note.pertinent_negative"}
PLAN = {"note.management_plan"}
M, P, N = Verdict.MET, Verdict.PARTIALLY_MET, Verdict.NOT_MET


@pytest.mark.parametrize(
    ("note", "elements", "phrasings", "verdict", "quotes"),
    [
        # plain, case and accent folding, abbreviations and synonyms
        ("Working diagnosis: NSTEMI.", DX, ["NSTEMI"], M, ["NSTEMI"]),
        (
            "acute coronary syndrome",
            DX,
            ["Acute Coronary Syndrome"],
            M,
            ["acute coronary syndrome"],
        ),
        ("Probable ACS.", DX, ["acute coronary syndrome"], M, ["ACS"]),
        (
            "Hemorragie sous arachnoidienne",
            DX,
            ["hémorragie sous-arachnoïdienne"],
            M,
            ["Hemorragie sous arachnoidienne"],
        ),
        ("HSA probable", DX, ["hémorragie sous-arachnoïdienne"], M, ["HSA"]),
        ("ASA 300 mg stat", PLAN, ["aspirin 300 mg"], P, ["ASA 300 mg"]),
        # typos
        ("Myocardial infraction", DX, ["myocardial infarction"], M, ["Myocardial infraction"]),
        ("Pyélonéphrite aigüe droite", DX, ["pyélonéphrite aiguë"], M, ["Pyélonéphrite aigüe"]),
        # negation: never credits a diagnosis or finding
        ("No PE. ACS likely.", {"note.diagnosis"}, ["pulmonary embolism", "PE"], N, []),
        ("Pas de méningite.", DX, ["méningite"], N, []),
        ("Appendicitis ruled out.", DX, ["appendicitis"], N, []),
        ("Patient denies taking ibuprofen", {"note.positive_finding"}, ["ibuprofen"], N, []),
        ("Migraine éliminée", DX, ["migraine"], N, []),
        ("no fever but appendicitis likely", DX, ["appendicitis"], M, ["appendicitis"]),
        ("Pas de fièvre, PNA droite", DX, ["PNA"], M, ["PNA"]),
        # a negated mention documents a pertinent negative
        ("Denies back pain.", NEG, ["no back pain"], P, ["Denies back pain"]),
        (
            "Absence de déficit focal. Pas de fièvre.",
            NEG,
            ["pas de déficit focal", "pas de fièvre"],
            M,
            ["Absence de déficit focal", "Pas de fièvre"],
        ),
        (
            "No chest pain, syncope or SOB.",
            NEG,
            ["no chest pain", "no syncope"],
            M,
            ["No chest pain", "No chest pain, syncope"],
        ),
        ("Urine hCG neg.", NEG, ["pregnancy test negative"], P, ["hCG neg"]),
        ("Back pain since yesterday.", NEG, ["no back pain"], N, []),
        ("sans scénario ni préparatifs", NEG, ["pas de scénario"], P, ["sans scénario"]),
        # and a differential considered and excluded is still a differential
        (
            "PE unlikely. Pericarditis.",
            DDX,
            ["pulmonary embolism", "pericarditis"],
            M,
            ["PE unlikely", "Pericarditis"],
        ),
        ("Dissection", DDX, ["aortic dissection", "dissection"], P, ["Dissection"]),
        # abbreviations of two letters only in capitals: "mi-clos" is not an MI
        ("yeux mi-clos", DX, ["myocardial infarction"], N, []),
        ("", DX, ["anything"], N, []),
    ],
)
def test_note_item_table(
    note: str, elements: set[str], phrasings: list[str], verdict: Verdict, quotes: list[str]
) -> None:
    found = assess_note_item(note, elements, phrasings)
    assert found.verdict == verdict, found.rationale
    assert [e.quote for e in found.evidence] == quotes
    assert all(e.turn is None and e.quote in note for e in found.evidence)
    assert found.rationale


def test_a_negated_only_mention_is_explained() -> None:
    found = assess_note_item("No PE.", DX, ["PE"])
    assert "No PE" in found.rationale
