"""The three roles (student, tutor, faculty) as groups, and the permissions each one holds."""

from __future__ import annotations

from typing import Any

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _


class Role(TextChoices):
    STUDENT = "student", _("Student")
    TUTOR = "tutor", _("Tutor")
    FACULTY = "faculty", _("Faculty")


# Model permissions ("app_label.codename") each role's group holds. Apps that do not exist yet
# are simply skipped, so later migrations only need to add their lines here.
ROLE_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.STUDENT: (),
    Role.TUTOR: (
        "accounts.view_cohort",
        "cases.view_caseversion",
    ),
    Role.FACULTY: (
        "cases.add_case",
        "cases.change_case",
        "cases.view_case",
        "cases.delete_case",
        "cases.publish_case",
        "cases.view_caseversion",
        "cases.view_caseedit",
    ),
}

STAFF_ROLES = (Role.FACULTY,)


def sync_role_permissions() -> None:
    """Create the role groups and give each exactly the permissions listed above."""
    from django.contrib.auth.models import Group, Permission

    for role, wanted in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role.value)
        perms = []
        for dotted in wanted:
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                perms.append(perm)
        group.permissions.set(perms)


def sync_role_permissions_after_migrate(**kwargs: Any) -> None:
    # Permissions are created per app on post_migrate; syncing on every app's signal is cheap
    # and idempotent, and the last call sees them all.
    if kwargs.get("plan") is None and kwargs.get("app_config") is None:
        return
    sync_role_permissions()
