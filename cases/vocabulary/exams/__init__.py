"""Examination entries of the shared vocabulary (data only; the API lives in ``__init__``).

Each entry is ``(id, group, label_en, label_fr, keywords_en, keywords_fr)``; keywords are one
string per language, phrases separated by ``;``. Keywords are what a student says or types to
request the manoeuvre ("listen to your heart", "j'ausculte le cœur").
"""

from __future__ import annotations

from . import body, systems

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("general", "General examination", "Examen général"),
    ("vitals", "Vital signs", "Constantes (paramètres vitaux)"),
    ("cardio", "Cardiovascular examination", "Examen cardiovasculaire"),
    ("resp", "Respiratory examination", "Examen pleuro-pulmonaire"),
    ("abdo", "Abdominal examination", "Examen abdominal"),
    ("neuro", "Neurological examination", "Examen neurologique"),
    ("head_neck", "Head and neck (ENT, eyes, thyroid)", "Tête et cou (ORL, yeux, thyroïde)"),
    ("skin", "Skin", "Examen cutané"),
    ("msk", "Musculoskeletal examination", "Examen ostéo-articulaire"),
    ("gu", "Breast, pelvic and genital examination", "Examen des seins, gynécologique et génital"),
    ("psych", "Mental state", "Examen psychiatrique"),
    ("peds", "Paediatric examination", "Examen pédiatrique"),
)


ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = body.ENTRIES + systems.ENTRIES
