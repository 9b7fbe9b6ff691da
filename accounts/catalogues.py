"""Translation catalogues: compile .po to .mo without system gettext, and check completeness."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import polib

IGNORED_DIRS = (".venv", "staticfiles", "node_modules", ".git", "bench", "tests")


def catalogue_paths(base_dir: Path) -> list[Path]:
    return sorted((base_dir / "locale").glob("*/LC_MESSAGES/*.po"))


def compile_catalogues(base_dir: Path) -> list[Path]:
    """Write a .mo beside every .po; returns the files written."""
    written = []
    for po_path in catalogue_paths(base_dir):
        mo_path = po_path.with_suffix(".mo")
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


@dataclass
class CatalogueReport:
    missing: list[str] = field(default_factory=list)  # in the code, not in the catalogue
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)  # in the catalogue, gone from the code

    @property
    def is_ok(self) -> bool:
        return not (self.missing or self.untranslated or self.fuzzy or self.obsolete)


def _msgids(po: polib.POFile) -> set[str]:
    return {entry.msgid for entry in po if not entry.obsolete}


def extract_msgids(base_dir: Path, language: str) -> set[str]:
    """Run makemessages on a scratch copy of the project and return the msgids it finds."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(base_dir, copy, ignore=shutil.ignore_patterns(*IGNORED_DIRS, "*.sqlite3"))
        for po_path in (copy / "locale").glob("*/LC_MESSAGES/django.po"):
            po_path.unlink()
        subprocess.run(  # noqa: S603 - fixed argv, our own manage.py
            [sys.executable, "manage.py", "makemessages", "-l", language, "--no-location"],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        extracted = copy / "locale" / language / "LC_MESSAGES" / "django.po"
        return _msgids(polib.pofile(str(extracted)))


def check_catalogue(base_dir: Path, language: str) -> CatalogueReport:
    po_path = base_dir / "locale" / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(po_path))
    in_code = extract_msgids(base_dir, language)
    in_catalogue = _msgids(po)
    return CatalogueReport(
        missing=sorted(in_code - in_catalogue),
        untranslated=sorted(e.msgid for e in po.untranslated_entries() if not e.obsolete),
        fuzzy=sorted(e.msgid for e in po.fuzzy_entries()),
        obsolete=sorted(in_catalogue - in_code),
    )
