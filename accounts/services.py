"""Account workflows: role assignment, language preference, start pages."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse

from accounts.models import User
from accounts.roles import STAFF_ROLES, Role


@transaction.atomic
def assign_roles(*, user: User, roles: list[Role]) -> User:
    from django.contrib.auth.models import Group

    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role.value)[0])
    if any(role in STAFF_ROLES for role in roles) and not user.is_staff:
        user.is_staff = True  # faculty author cases in the admin
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("role_names", None)
    return user


def set_preferred_language(*, user: User, language: str) -> None:
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])


def start_pages(user: User) -> list[tuple[Role, str]]:
    """The start page of each role the user holds, in a fixed order."""
    pages = {
        Role.STUDENT: reverse("student-start"),
        Role.TUTOR: reverse("tutor-start"),
        Role.FACULTY: reverse("admin:index"),
    }
    return [(role, url) for role, url in pages.items() if user.has_role(role)]
