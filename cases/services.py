"""Case life cycle: validation, publishing, retiring, import and export of bundles."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from cases import bundle as bundles
from cases.bundle import BundleError, BundleInvalid, CaseBundle
from cases.conversion import apply_bundle, case_to_data
from cases.models import Case, CaseEdit, CaseVersion


class CaseError(Exception):
    """A refused case operation, with the reasons in words."""

    def __init__(self, message: str, problems: list[BundleError] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def case_bundle(case: Case) -> CaseBundle:
    """The draft as a bundle; raises BundleInvalid when it does not even fit the schema."""
    return bundles.parse_data(case_to_data(case))


def case_problems(case: Case) -> list[BundleError]:
    """Everything that stops the draft from being published; empty when it validates."""
    try:
        bundle = case_bundle(case)
    except BundleInvalid as exc:
        return exc.errors
    return bundles.check(bundle)


def record_edit(*, case: Case, user: User | None, action: str, summary: str = "") -> CaseEdit:
    return CaseEdit.objects.create(case=case, user=user, action=action, summary=summary)


@transaction.atomic
def publish_case(*, case: Case, user: User | None) -> CaseVersion:
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.is_retired:
        raise CaseError(_("A retired case cannot be published."))
    problems = case_problems(case)
    if problems:
        raise CaseError(_("The case does not validate."), problems)
    bundle = case_bundle(case)
    digest = bundles.content_hash(bundle)
    latest = case.latest_version()
    if latest is not None and latest.content_hash == digest:
        raise CaseError(_("Nothing changed since version %(number)d.") % {"number": latest.number})
    version = CaseVersion.objects.create(
        case=case,
        number=(latest.number + 1) if latest else 1,
        bundle=bundles.to_data(bundle),
        content_hash=digest,
        title=bundle.metadata.title,
        language=bundle.metadata.language,
        use=bundle.metadata.use.value,
        published_by=user,
    )
    record_edit(
        case=case, user=user, action=CaseEdit.Action.PUBLISHED, summary=f"v{version.number}"
    )
    return version


@transaction.atomic
def set_retired(*, case: Case, user: User | None, retired: bool) -> Case:
    case.is_retired = retired
    case.save(update_fields=["is_retired", "updated_at"])
    action = CaseEdit.Action.RETIRED if retired else CaseEdit.Action.RESTORED
    record_edit(case=case, user=user, action=action)
    return case


@dataclass(frozen=True)
class ImportResult:
    key: str
    created: bool
    case: Case | None  # None on a dry run


@transaction.atomic
def import_bundle(
    *, bundle: CaseBundle, user: User | None, update: bool = False, dry_run: bool = False
) -> ImportResult:
    """Create a draft from a bundle; an existing identity is refused unless `update`."""
    identity = bundle.identity
    existing = (
        Case.objects.select_for_update()
        .filter(institution=identity.institution, slug=identity.slug)
        .first()
    )
    if existing is not None and not update:
        raise CaseError(
            _("Case %(key)s already exists; use --update to make a new draft revision of it.")
            % {"key": bundle.key}
        )
    if dry_run:
        return ImportResult(bundle.key, existing is None, None)
    case = apply_bundle(existing or Case(), bundle)
    action = CaseEdit.Action.IMPORTED
    summary = _("new case") if existing is None else _("new draft revision from an import")
    record_edit(case=case, user=user, action=action, summary=summary)
    return ImportResult(bundle.key, existing is None, case)


def export_text(case: Case, *, draft: bool = False, fmt: bundles.io.Format = "json") -> str:
    """The case's latest published version (or its draft) as canonical bundle text."""
    if draft:
        return bundles.dump(case_bundle(case), fmt)
    version = case.latest_version()
    if version is None:
        raise CaseError(_("Case %(key)s has no published version.") % {"key": case.key})
    return bundles.dump(bundles.parse_data(version.bundle), fmt)


def version_bundle(version: CaseVersion) -> CaseBundle:
    return bundles.parse_data(version.bundle)
