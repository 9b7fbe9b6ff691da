"""The demo case library: bundles in this folder, loaded and published by `seed_demo`."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from cases import bundle as bundles
from cases.models import Case
from cases.services import import_bundle, publish_case

DEMO_DIR = Path(__file__).resolve().parent


def demo_files() -> list[Path]:
    return sorted(p for p in DEMO_DIR.iterdir() if p.suffix in {".yaml", ".yml", ".json"})


def load_demo_bundles() -> list[bundles.CaseBundle]:
    return [bundles.parse_bytes(p.read_bytes(), bundles.format_for(p.name)) for p in demo_files()]


@transaction.atomic
def load_demo_library() -> list[str]:
    """Import each demo case that is missing and publish it; leave existing ones alone."""
    lines = []
    for bundle in load_demo_bundles():
        identity = bundle.identity
        case = Case.objects.filter(institution=identity.institution, slug=identity.slug).first()
        if case is None:
            case = import_bundle(bundle=bundle, user=None).case
            assert case is not None
            lines.append(f"imported {bundle.key}")
        if not case.versions.exists():
            version = publish_case(case=case, user=None)
            lines.append(f"published {bundle.key} v{version.number}")
    return lines
