"""factory_boy factories, one per model."""

from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth.models import Group

from accounts.models import Cohort, User
from accounts.roles import Role

TEST_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def roles(obj: User, create: bool, extracted: list[Role] | None, **kwargs: Any) -> None:
        for role in extracted or []:
            obj.groups.add(Group.objects.get_or_create(name=role.value)[0])
        if create:
            obj.save()


class CohortFactory(factory.django.DjangoModelFactory[Cohort]):
    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Cohort {n}")
    year = "2026-2027"

    @factory.post_generation
    def students(obj: Cohort, create: bool, extracted: list[User] | None, **kwargs: Any) -> None:
        if extracted:
            obj.students.add(*extracted)

    @factory.post_generation
    def tutors(obj: Cohort, create: bool, extracted: list[User] | None, **kwargs: Any) -> None:
        if extracted:
            obj.tutors.add(*extracted)
