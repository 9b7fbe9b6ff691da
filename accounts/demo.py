"""The demo accounts and cohort used by `manage.py seed_demo` (documented in the README)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from accounts.models import Cohort, User
from accounts.roles import Role
from accounts.services import assign_roles

DEMO_COHORT = "Demo cohort"


@dataclass(frozen=True)
class DemoAccount:
    password: str
    roles: tuple[Role, ...]
    first_name: str
    last_name: str
    is_superuser: bool = False


DEMO_ACCOUNTS: dict[str, DemoAccount] = {
    "student": DemoAccount("docsim-student", (Role.STUDENT,), "Sam", "Student"),
    "tutor": DemoAccount("docsim-tutor", (Role.TUTOR,), "Thea", "Tutor"),
    "faculty": DemoAccount("docsim-faculty", (Role.FACULTY,), "Fabien", "Faculty"),
    "admin": DemoAccount("docsim-admin", (), "Ada", "Admin", is_superuser=True),
}


@transaction.atomic
def seed_demo_accounts(*, passwords: dict[str, str], reset_passwords: bool) -> set[str]:
    """Create missing demo accounts; return the usernames created."""
    created: set[str] = set()
    for username, spec in DEMO_ACCOUNTS.items():
        user, is_new = User.objects.get_or_create(
            username=username,
            defaults={"first_name": spec.first_name, "last_name": spec.last_name},
        )
        if is_new or reset_passwords:
            user.set_password(passwords[username])
        if spec.is_superuser:
            user.is_superuser = user.is_staff = True
        user.save()
        assign_roles(user=user, roles=list(spec.roles))
        if is_new:
            created.add(username)
    cohort, _ = Cohort.objects.get_or_create(name=DEMO_COHORT, defaults={"year": "demo"})
    cohort.students.add(User.objects.get(username="student"))
    cohort.tutors.add(User.objects.get(username="tutor"))
    return created
