"""Role groups, their permissions, cohorts and the admin for them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from accounts.models import Cohort
from accounts.roles import ROLE_PERMISSIONS, Role, sync_role_permissions
from accounts.services import assign_roles
from tests.conftest import Personas, client_for
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def test_migrations_create_the_three_role_groups() -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= {"student", "tutor", "faculty"}


def test_each_group_holds_exactly_its_existing_permissions() -> None:
    sync_role_permissions()
    for role, wanted in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role.value)
        held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert held <= set(wanted)
    assert Group.objects.get(name="student").permissions.count() == 0


def test_one_person_may_hold_several_roles() -> None:
    user = assign_roles(user=UserFactory.create(), roles=[Role.TUTOR, Role.FACULTY])
    assert user.is_tutor
    assert user.is_faculty
    assert not user.is_student
    assert user.is_staff  # faculty author in the admin


def test_cohorts_taught_by_a_tutor(personas: Personas) -> None:
    assert list(Cohort.objects.taught_by(personas.tutor)) == [personas.cohort]
    assert list(personas.student.cohorts.all()) == [personas.cohort]


def test_admin_manages_users_and_cohorts(personas: Personas) -> None:
    client = client_for(personas.admin)
    assert client.get("/admin/accounts/cohort/").status_code == 200
    assert client.get(f"/admin/accounts/cohort/{personas.cohort.pk}/change/").status_code == 200
    assert client.get("/admin/accounts/user/").status_code == 200
