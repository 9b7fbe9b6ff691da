"""Who may interview or watch an encounter."""

from __future__ import annotations

from enum import Enum

from accounts.models import User
from encounters.models import Encounter


class Access(Enum):
    NONE = "none"
    INTERVIEW = "interview"  # the encounter's own student
    WATCH = "watch"  # a tutor of one of the student's cohorts: read-only


def access_to(user: User | None, encounter: Encounter) -> Access:
    if user is None or not user.is_authenticated:
        return Access.NONE
    if encounter.student_id == user.pk:
        return Access.INTERVIEW
    if user.is_tutor and encounter.student.cohorts.filter(tutors=user).exists():
        return Access.WATCH
    return Access.NONE
