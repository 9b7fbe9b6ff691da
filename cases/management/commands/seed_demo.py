"""Create the demo accounts (one per role), the demo cohort and the demo case library."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.demo import DEMO_ACCOUNTS, seed_demo_accounts
from cases.demo import load_demo_library


class Command(BaseCommand):
    help = "Create demo accounts, cohort and cases (DEBUG only, unless --force). Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Allow with DEBUG off; new accounts get random passwords, printed once.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "seed_demo creates accounts with published passwords and runs only with "
                "DEBUG on. Use --force to seed anyway with random passwords."
            )
        random_passwords = not settings.DEBUG
        passwords = {
            username: (secrets.token_urlsafe(12) if random_passwords else spec.password)
            for username, spec in DEMO_ACCOUNTS.items()
        }
        created = seed_demo_accounts(passwords=passwords, reset_passwords=not random_passwords)
        for username in DEMO_ACCOUNTS:
            if username in created and random_passwords:
                self.stdout.write(f"{username}: {passwords[username]}")
            elif username in created:
                self.stdout.write(f"created {username}")
        if random_passwords and created:
            self.stdout.write("These passwords are shown once; store them now.")
        for line in load_demo_library():
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
