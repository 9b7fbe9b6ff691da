"""The demo accounts: documented passwords in DEBUG, refused in production unless forced."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from accounts.demo import DEMO_ACCOUNTS, DEMO_COHORT
from accounts.models import Cohort, User

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


@override_settings(DEBUG=True)
def test_seed_demo_is_idempotent_and_uses_documented_passwords() -> None:
    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    assert User.objects.filter(username__in=DEMO_ACCOUNTS).count() == len(DEMO_ACCOUNTS)
    for username, spec in DEMO_ACCOUNTS.items():
        user = User.objects.get(username=username)
        assert user.check_password(spec.password)
        assert {r.value for r in spec.roles} <= user.role_names
    cohort = Cohort.objects.get(name=DEMO_COHORT)
    assert list(cohort.students.values_list("username", flat=True)) == ["student"]
    assert list(cohort.tutors.values_list("username", flat=True)) == ["tutor"]


@override_settings(DEBUG=False)
def test_seed_demo_is_refused_without_debug() -> None:
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", stdout=StringIO())
    assert not User.objects.filter(username="student").exists()


@override_settings(DEBUG=False)
def test_forced_seed_prints_random_passwords_once() -> None:
    out = StringIO()
    call_command("seed_demo", "--force", stdout=out)
    lines = dict(line.split(": ", 1) for line in out.getvalue().splitlines() if ": " in line)
    user = User.objects.get(username="student")
    assert lines["student"] != DEMO_ACCOUNTS["student"].password
    assert user.check_password(lines["student"])
    again = StringIO()
    call_command("seed_demo", "--force", stdout=again)
    assert lines["student"] not in again.getvalue()
    user.refresh_from_db()
    assert user.check_password(lines["student"])
