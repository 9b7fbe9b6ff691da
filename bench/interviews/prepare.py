"""Bench set-up inside Django: demo cases, students with ready sessions, fresh encounters.

Run as `python -m bench.interviews.prepare COMMAND ...` with the bench environment; prints JSON.
"""

from __future__ import annotations

import json
import os
import random
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402

from accounts.models import User  # noqa: E402
from cases.demo import load_demo_library  # noqa: E402
from cases.models import CaseVersion  # noqa: E402
from encounters import casebook  # noqa: E402
from encounters.models import Turn  # noqa: E402
from encounters.services import start_encounter  # noqa: E402


def setup() -> dict[str, object]:
    return {"demo": load_demo_library()}


def students(count: int) -> list[User]:
    existing = list(User.objects.filter(username__startswith="bench-").order_by("pk")[:count])
    missing = [
        User(username=f"bench-{n:05d}", password="!unusable")  # noqa: S106 - no login by password
        for n in range(len(existing), count)
    ]
    User.objects.bulk_create(missing)
    return list(User.objects.filter(username__startswith="bench-").order_by("pk")[:count])


def session_cookie(user: User) -> str:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def questions_for(version: CaseVersion, count: int, rng: random.Random) -> list[str]:
    pool = [q for fact in casebook.bundle(version.pk).facts for q in fact.example_questions]
    rng.shuffle(pool)
    return pool[:count]


def encounters(count: int, questions: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    versions = list(CaseVersion.objects.current().filter(use="practice", language="en"))
    plans = []
    for user in students(count):
        version = rng.choice(versions)
        encounter = start_encounter(student=user, version=version)
        plans.append(
            {
                "encounter": encounter.pk,
                "cookie": session_cookie(user),
                "questions": questions_for(version, questions, rng),
            }
        )
    return plans


def stored_turns(ids: list[int]) -> dict[str, int]:
    turns = Turn.objects.filter(encounter_id__in=ids)
    return {
        "student": turns.filter(role=Turn.Role.STUDENT).count(),
        "patient_ok": turns.filter(role=Turn.Role.PATIENT, status=Turn.Status.OK).count(),
        "patient_failed": turns.filter(role=Turn.Role.PATIENT, status=Turn.Status.FAILED).count(),
    }


def main(argv: list[str]) -> None:
    command = argv[0]
    if command == "setup":
        result: object = setup()
    elif command == "encounters":
        result = encounters(int(argv[1]), int(argv[2]), int(argv[3]))
    elif command == "turns":
        result = stored_turns(json.loads(sys.stdin.read()))
    else:
        raise SystemExit(f"unknown command {command!r}")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
