"""Authoring work behind the admin: draft status, duplicates, exports, edit summaries."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, count

from django import forms
from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from accounts.models import User
from cases import bundle as bundles
from cases.bundle import BundleError, BundleInvalid
from cases.models import (
    Case,
    CaseEdit,
    CaseFact,
    CaseFinding,
    CaseInvestigation,
    CaseVersion,
    ChecklistItem,
)
from cases.services import (
    CaseError,
    ImportResult,
    case_bundle,
    export_text,
    import_bundle,
    record_edit,
)

Row = CaseFact | CaseFinding | CaseInvestigation | ChecklistItem
ROW_RELATIONS = ("facts", "findings", "investigation_results", "checklist_items")
SLUG_MAX = Case._meta.get_field("slug").max_length or 80
TITLE_MAX = Case._meta.get_field("title").max_length or 500


@dataclass(frozen=True)
class DraftStatus:
    problems: list[BundleError]
    latest: CaseVersion | None
    differs: bool  # the draft is not what the latest version holds (True when none exists)


def draft_status(case: Case, problems: list[BundleError]) -> DraftStatus:
    latest = case.latest_version()
    if latest is None:
        return DraftStatus(problems, None, True)
    try:
        digest = bundles.content_hash(case_bundle(case))
    except BundleInvalid:
        return DraftStatus(problems, latest, True)
    return DraftStatus(problems, latest, digest != latest.content_hash)


def copy_slug(case: Case) -> str:
    """The first free `<slug>-copy`, `<slug>-copy-2`... within the case's institution."""
    base = case.slug[: SLUG_MAX - len("-copy-9999")].rstrip("-")
    taken = set(
        Case.objects.filter(
            institution=case.institution, slug__startswith=f"{base}-copy"
        ).values_list("slug", flat=True)
    )
    candidates = chain([f"{base}-copy"], (f"{base}-copy-{n}" for n in count(2)))
    return next(slug for slug in candidates if slug not in taken)


@transaction.atomic
def duplicate_case(*, case: Case, user: User | None) -> Case:
    """A new draft with the same content and every row, under a free `-copy` slug."""
    rows = {name: list(getattr(case, name).all()) for name in ROW_RELATIONS}
    duplicate = Case.objects.get(pk=case.pk)
    duplicate.pk = None
    duplicate._state.adding = True
    duplicate.slug = copy_slug(case)
    duplicate.title = (_("%(title)s (copy)") % {"title": case.title})[:TITLE_MAX]
    duplicate.is_retired = False
    duplicate.save()
    for name, originals in rows.items():
        model = getattr(case, name).model
        model.objects.bulk_create(_copied(originals, duplicate))
    summary = _("duplicated from %(key)s") % {"key": case.key}
    record_edit(case=duplicate, user=user, action=CaseEdit.Action.CREATED, summary=summary)
    return duplicate


def _copied(rows: list[Row], case: Case) -> list[Row]:
    for row in rows:
        row.pk = None
        row._state.adding = True
        row.case = case
    return rows


def place_new_rows(rows: Sequence[Row]) -> None:
    """Give new rows left at order 0 a place after the rows the case already has."""
    new = [row for row in rows if row._state.adding and not row.order]
    if not new:
        return
    model = type(new[0])
    highest = model.objects.filter(case_id=new[0].case_id).aggregate(top=Max("order"))["top"]
    start = 0 if highest is None else highest + 1
    for offset, row in enumerate(new):
        row.order = start + offset


def export_filename(case: Case) -> str:
    return f"{case.institution}--{case.slug}.json"


@dataclass(frozen=True)
class DraftExport:
    filename: str
    content: bytes
    content_type: str
    skipped: list[str]  # why some cases were left out, in words


def export_drafts(cases: Sequence[Case]) -> DraftExport:
    """One draft as JSON, several as a zip; drafts that do not fit the schema are skipped."""
    texts: dict[str, str] = {}
    skipped: list[str] = []
    for case in cases:
        try:
            texts[export_filename(case)] = export_text(case, draft=True)
        except BundleInvalid as exc:
            reasons = "; ".join(str(error) for error in exc.errors)
            skipped.append(
                _("%(key)s cannot be exported: %(reasons)s")
                % {
                    "key": case.key,
                    "reasons": reasons,
                }
            )
    if not texts:
        raise CaseError(" ".join(skipped) or _("No case selected."))
    if len(cases) == 1:
        filename, text = next(iter(texts.items()))
        return DraftExport(filename, text.encode("utf-8"), "application/json", skipped)
    return DraftExport("docsim-cases.zip", _zip(texts), "application/zip", skipped)


def _zip(texts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, text in texts.items():
            archive.writestr(filename, text)
    return buffer.getvalue()


def edit_summary(form: forms.ModelForm[Case], formsets: Iterable[forms.BaseModelFormSet]) -> str:
    """What an admin save changed: field labels, then rows added, changed and deleted."""
    parts = []
    changed = [_lower_first(str(form.fields[name].label or name)) for name in form.changed_data]
    if changed:
        parts.append(_("Changed %(fields)s.") % {"fields": ", ".join(changed)})
    for formset in formsets:
        parts.extend(_row_changes(formset))
    return " ".join(parts) or _("No changes.")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _row_changes(formset: forms.BaseModelFormSet) -> list[str]:
    name = str(formset.model._meta.verbose_name_plural).capitalize()
    added = [str(obj) for obj in formset.new_objects]
    labels = {
        name: _lower_first(str(f.label or name)) for name, f in formset.form.base_fields.items()
    }
    edited = [
        f"{obj} ({', '.join(labels.get(f, f) for f in fields)})"
        for obj, fields in formset.changed_objects
    ]
    deleted = [str(obj) for obj in formset.deleted_objects]
    parts = []
    for verb, objects in ((_("added"), added), (_("changed"), edited), (_("deleted"), deleted)):
        if objects:
            parts.append(f"{verb} {'; '.join(objects)}")
    return [f"{name}: {', '.join(parts)}."] if parts else []


@dataclass(frozen=True)
class ImportOutcome:
    result: ImportResult
    messages: list[tuple[int, str]]  # (messages level, text) to show the author


def import_upload(
    upload: UploadedFile, *, user: User | None, update: bool, dry_run: bool
) -> ImportOutcome:
    """Import an uploaded bundle file; raises BundleInvalid or CaseError and changes nothing."""
    raw = upload.read(bundles.MAX_BUNDLE_BYTES + 1)
    bundle = bundles.parse_bytes(raw, bundles.format_for(upload.name or ""))
    result = import_bundle(bundle=bundle, user=user, update=update, dry_run=dry_run)
    names = {"key": result.key}
    if dry_run:
        verb = _("would create") if result.created else _("would make a new draft revision of")
        done = _("Dry run: the file is valid and %(verb)s %(key)s; nothing was changed.")
        notes = [(messages.INFO, done % {**names, "verb": verb})]
    elif result.created:
        notes = [(messages.SUCCESS, _("Imported %(key)s as a new case.") % names)]
    else:
        notes = [(messages.SUCCESS, _("Imported %(key)s as a new draft revision.") % names)]
    problems = bundles.check(bundle)
    if problems:
        before = _("%(count)d problem(s) must be fixed before publishing.")
        notes.append((messages.WARNING, before % {"count": len(problems)}))
        if dry_run:
            notes.extend((messages.WARNING, str(problem)) for problem in problems)
    return ImportOutcome(result, notes)
