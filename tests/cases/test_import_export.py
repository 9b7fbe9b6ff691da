"""import_cases / export_cases: byte-identical round trips, refusals that change nothing."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from cases.demo import demo_files
from cases.models import Case
from cases.services import publish_case
from tests.cases.samples import sample_bundle_data

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("source", demo_files(), ids=lambda p: p.stem)
def test_export_import_export_is_byte_identical(source: Path, tmp_path: Path) -> None:
    run("import_cases", str(source))
    slug = yaml.safe_load(source.read_text())["identity"]["slug"]
    first = run("export_cases", slug, "--draft")
    exported = tmp_path / "exported.json"
    exported.write_text(first, encoding="utf-8")
    run("import_cases", str(exported), "--update")
    assert run("export_cases", slug, "--draft") == first
    case = Case.objects.get(slug=slug)
    publish_case(case=case, user=None)
    assert run("export_cases", slug) == first
    assert run("export_cases", slug, "--format", "yaml").startswith("format_version:")


def test_export_writes_content_only(tmp_path: Path) -> None:
    run("import_cases", str(write(tmp_path / "a.json", sample_bundle_data())))
    text = run("export_cases", "sore-throat", "--draft")
    for leaked in ('"id": 1', "created_at", "updated_at", '"number"', "published"):
        assert leaked not in text


def test_import_of_an_existing_identity_is_refused_without_update(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", sample_bundle_data())
    run("import_cases", str(path))
    changed = sample_bundle_data()
    changed["metadata"]["title"] = "Changed"
    with pytest.raises(CommandError, match="already exists"):
        run("import_cases", str(write(tmp_path / "b.json", changed)))
    assert Case.objects.get().title == "Sore throat in a young adult"
    run("import_cases", str(tmp_path / "b.json"), "--update")
    case = Case.objects.get()
    assert case.title == "Changed"
    latest = case.edits.first()
    assert latest is not None
    assert latest.summary == "new draft revision from an import"


def test_invalid_file_in_a_folder_changes_nothing_and_lists_every_error(tmp_path: Path) -> None:
    write(tmp_path / "1-good.json", sample_bundle_data())
    bad = sample_bundle_data()
    bad["persona"]["age"] = "old"
    bad["mystery"] = True
    bad["checklist"]["items"][0]["weight"] = 0
    write(tmp_path / "2-bad.json", bad)
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_cases", str(tmp_path), stdout=StringIO(), stderr=err)
    assert not Case.objects.exists()
    listed = err.getvalue()
    assert "2-bad.json: persona.age:" in listed
    assert "2-bad.json: mystery: unknown key" in listed
    assert "2-bad.json: checklist.items[0].weight:" in listed


def test_oversize_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(sample_bundle_data()) + " " * (1024 * 1024))
    with pytest.raises(CommandError):
        run("import_cases", str(path))
    assert not Case.objects.exists()


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    out = run("import_cases", str(write(tmp_path / "a.json", sample_bundle_data())), "--dry-run")
    assert "would import test-faculty/sore-throat (new case)" in out
    assert not Case.objects.exists()


def test_export_of_an_unpublished_case_needs_draft(tmp_path: Path) -> None:
    run("import_cases", str(write(tmp_path / "a.json", sample_bundle_data())))
    with pytest.raises(CommandError, match="no case 'sore-throat' with a published version"):
        run("export_cases", "sore-throat")


def test_export_to_a_folder_names_files_by_identity(tmp_path: Path) -> None:
    run("import_cases", str(write(tmp_path / "a.json", sample_bundle_data())))
    run("export_cases", "--draft", "--output", str(tmp_path / "out"))
    assert (tmp_path / "out" / "test-faculty--sore-throat.json").exists()
