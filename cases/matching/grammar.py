"""Examination requests built from a manoeuvre and a body region ("listen to the abdomen",
"je regarde sa gorge"), so the lexicon need not list every pairing. Words are folded."""

from __future__ import annotations

from itertools import product

_LISTEN = (
    "listen", "listen to", "auscultate", "hear", "ecouter", "ecoute", "ausculter", "ausculte",
)  # fmt: skip
_FEEL = ("palpate", "feel", "press on", "palper", "palpe", "appuyer sur", "sentir")
_LOOK = (
    "look at", "look in", "inspect", "examine", "check", "regarder", "regarde", "examiner",
    "examine", "inspecter", "verifier", "verifie",
)  # fmt: skip
_EXAMINE = ("examine", "examiner", "examine", "check", "verifier")
_PERCUSS = ("percuss", "tap", "percuter", "percute", "tapoter")

_HEART = ("heart", "heart sounds", "coeur")
_LUNGS = (
    "lungs", "lung", "lung bases", "chest", "breathing", "poumons", "poumon", "thorax",
    "back", "back of the chest", "front of the chest", "bases", "dos", "bases pulmonaires",
)  # fmt: skip
_TUMMY = ("abdomen", "tummy", "stomach", "belly", "ventre", "abdomen")

#: (manoeuvres, {exam id: regions})
EXAM_PAIRS: tuple[tuple[tuple[str, ...], dict[str, tuple[str, ...]]], ...] = (
    (
        _LISTEN,
        {
            "exam.cardio.auscultation": _HEART,
            "exam.resp.auscultation": _LUNGS,
            "exam.abdo.auscultation": (*_TUMMY, "bowel"),
        },
    ),
    (
        _FEEL,
        {
            "exam.abdo.palpation": _TUMMY,
            "exam.cardio.palpation": ("chest wall", "apex", "precordium"),
            "exam.thyroid": ("thyroid", "thyroid gland", "thyroide"),
            "exam.ent.lymph_nodes": ("glands", "lymph nodes", "ganglions", "aires ganglionnaires"),
            "exam.cardio.pulses": ("pulses", "radial pulse", "femoral pulses", "pouls"),
            "exam.cardio.calf": ("calves", "calf", "mollets", "mollet"),
            "exam.msk.spine": ("spine", "rachis", "epineuses", "vertebrae", "vertebres"),
            "exam.peds.fontanelle": ("fontanelle",),
        },
    ),
    (
        _LOOK,
        {
            "exam.ent.throat": ("throat", "mouth", "tonsils", "gorge", "bouche", "amygdales"),
            "exam.ent.ears": ("ears", "ear", "eardrums", "oreilles", "oreille", "tympans"),
            "exam.eyes": ("eyes", "eye", "yeux", "oeil"),
            "exam.skin": ("skin", "rash", "peau", "eruption", "boutons", "taches"),
            "exam.cardio.oedema": ("legs", "ankles", "jambes", "chevilles"),
            "exam.msk.spine": ("back", "spine", "dos", "rachis"),
            "exam.msk.knee": ("knee", "genou"),
            "exam.msk.hip": ("hip", "hanche"),
            "exam.msk.shoulder": ("shoulder", "epaule"),
            "exam.thyroid": ("thyroid", "thyroide"),
        },
    ),
    (
        _EXAMINE,
        {
            "exam.cardio.auscultation": _HEART,
            "exam.abdo.palpation": _TUMMY,
        },
    ),
    (
        _PERCUSS,
        {
            "exam.resp.percussion": ("chest", "lungs", "thorax", "poumons"),
            "exam.abdo.percussion": _TUMMY,
        },
    ),
)


def exam_phrases() -> list[tuple[str, str]]:
    """(exam id, phrase) for every manoeuvre and region of :data:`EXAM_PAIRS`."""
    return [
        (exam_id, f"{verb} {region}")
        for verbs, regions in EXAM_PAIRS
        for exam_id, places in regions.items()
        for verb, region in product(verbs, places)
    ]
