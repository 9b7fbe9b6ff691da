"""The layout's import rules (DESIGN §3), read from the source with `ast`: nothing is imported.

Every import statement counts, at module level or inside a function (`TYPE_CHECKING` blocks too);
relative imports are resolved; `from x import y` counts as importing both `x` and `x.y`. Pure
modules are checked on their own direct imports only, not transitively. Imports made by name at
run time (`importlib.import_module`) are not seen.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Not the project's code, or ignored by git (the check runs without git).
NOT_PROJECT_CODE = {
    "tests",
    "bench",
    "__pycache__",
    "node_modules",
    "staticfiles",
    "test-artifacts",
}

# An app may import only the apps after it: scoring → encounters → cases → accounts.
MUST_NOT_IMPORT = {
    "cases": {"encounters", "scoring"},
    "encounters": {"scoring"},
    "accounts": {"cases", "encounters", "scoring"},
}
# Breaches found when these checks were written, reported rather than fixed with them.
PURE_MODULES = (
    "cases/vocabulary",
    "cases/matching",
    "cases/bundle/schema.py",
    "cases/bundle/rules.py",
    "encounters/patient/prompt.py",
    "encounters/patient/fidelity*.py",
    "encounters/patient/injection.py",
    "scoring/rules.py",
    "scoring/metrics.py",
)
ORM_OR_NETWORK = ("django.db", "channels", "celery", "openai", "httpx", "requests", "socket")


def _project_files() -> Iterator[Path]:
    """The tracked Python sources: the tree without hidden, ignored, test and bench folders."""
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = sorted(
            name for name in subfolders if name not in NOT_PROJECT_CODE and name[0] != "."
        )
        yield from (Path(folder, name) for name in sorted(files) if name.endswith(".py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def imported(path: Path) -> frozenset[str]:
    """Every module `path` imports directly, as absolute dotted names."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            names.add(source)
            names.update(f"{source}.{alias.name}" for alias in node.names)
    return frozenset(names)


def imports_any(path: Path, modules: Iterable[str]) -> list[str]:
    """Which of `modules` (or their submodules) `path` imports."""
    return sorted(
        {
            module
            for module in modules
            for name in imported(path)
            if name == module or name.startswith(f"{module}.")
        }
    )


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _pure_files(entry: str) -> list[Path]:
    """A pure module given as a file, a glob, or a name that may be a module or a package."""
    if entry.endswith(".py"):
        return sorted(ROOT.glob(entry))
    return sorted({*ROOT.glob(f"{entry}.py"), *ROOT.glob(f"{entry}/**/*.py")})


def test_the_file_walk_sees_the_apps_and_skips_tests() -> None:
    found = {_relative(path) for path in _project_files()}
    assert {"docsim/settings.py", "cases/models.py", "scoring/rules.py"} <= found
    assert not any(name.startswith(("tests/", "bench/", ".venv/")) for name in found)


def test_only_docsim_llm_imports_openai() -> None:
    offenders = [
        _relative(path)
        for path in _project_files()
        if not _relative(path).startswith("docsim/llm/") and imports_any(path, ("openai",))
    ]
    assert offenders == []
    assert imports_any(ROOT / "docsim/llm/client.py", ("openai",)) == ["openai"]  # the door


@pytest.mark.parametrize(("app", "forbidden"), sorted(MUST_NOT_IMPORT.items()))
def test_apps_import_only_the_apps_after_them(app: str, forbidden: set[str]) -> None:
    offenders = {
        _relative(path): imports_any(path, forbidden)
        for path in _project_files()
        if _relative(path).startswith(f"{app}/")
    }
    assert {name: found for name, found in offenders.items() if found} == {}


@pytest.mark.parametrize("entry", PURE_MODULES)
def test_pure_modules_import_no_orm_or_network_code(entry: str) -> None:
    """Direct imports only: a pure module's own imports are checked, not what they import in
    turn (a pure module may use another project module, itself checked when it is listed)."""
    files = _pure_files(entry)
    assert files, f"{entry} matches no file: update PURE_MODULES"
    offenders = {_relative(path): imports_any(path, ORM_OR_NETWORK) for path in files}
    assert {name: found for name, found in offenders.items() if found} == {}


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import openai.types", "docsim/x.py", {"openai.types"}),
        ("from django import db", "cases/x.py", {"django", "django.db"}),
        ("def f():\n    from scoring.models import Score", "cases/x.py", {"scoring.models"}),
        ("from .model import Term", "cases/matching/x.py", {"cases.matching.model"}),
        ("from .. import vocabulary", "cases/matching/x.py", {"cases", "cases.vocabulary"}),
        ("from . import cues", "cases/matching/__init__.py", {"cases.matching.cues"}),
    ],
)
def test_imports_are_read_at_any_depth_and_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, module: str, expected: set[str]
) -> None:
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    path = tmp_path / module
    path.parent.mkdir(parents=True)
    path.write_text(source)
    assert expected <= imported(path)
