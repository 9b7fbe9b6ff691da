"""History-taking topics of the shared vocabulary (data only; the API is ``cases.vocabulary``).

Each entry is ``(id, group, label_en, label_fr, keywords_en, keywords_fr)``; keywords are one
string per language, phrases separated by ``;``. Lowercase, French accents kept, straight
apostrophes. Add entries, never rename an id once cases use it.
"""

from __future__ import annotations

from . import background, history, life, systems_body, systems_mind

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("intro", "Introduction", "Accueil et présentation"),
    ("hpi", "History of presenting complaint", "Histoire de la maladie"),
    ("ros", "Systems review", "Revue des systèmes (signes fonctionnels)"),
    ("pmh", "Past medical history", "Antécédents personnels"),
    ("meds", "Medication", "Traitements"),
    ("allergies", "Allergies", "Allergies"),
    ("fh", "Family history", "Antécédents familiaux"),
    ("social", "Social history and lifestyle", "Mode de vie et contexte social"),
    ("ice", "Ideas, concerns and expectations", "Représentations, inquiétudes et attentes"),
    ("peds", "Paediatric history", "Interrogatoire pédiatrique"),
)


ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    history.ENTRIES
    + systems_body.ENTRIES
    + systems_mind.ENTRIES
    + background.ENTRIES
    + life.ENTRIES
)
