"""Investigation entries of the shared vocabulary (data only; the API lives in ``__init__``).

Each entry is ``(id, group, label_en, label_fr, keywords_en, keywords_fr)``; keywords are one
string per language, phrases separated by ``;``. Keywords are the names and abbreviations a
student uses when ordering the test ("fbc", "nfs", "chest x-ray", "radio du thorax").
"""

from __future__ import annotations

from . import bedside_blood, other

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("bedside", "Bedside tests", "Examens au lit du patient"),
    ("blood", "Blood tests", "Examens biologiques sanguins"),
    ("micro", "Microbiology", "Microbiologie"),
    ("imaging", "Imaging", "Imagerie"),
    ("functional", "Functional tests", "Explorations fonctionnelles"),
    ("endoscopy", "Endoscopy", "Endoscopies"),
    ("scales", "Scores and questionnaires", "Scores et questionnaires"),
)


ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = bedside_blood.ENTRIES + other.ENTRIES
