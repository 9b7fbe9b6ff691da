"""Interview a published case from the terminal, through the same services as the socket."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q

from accounts.models import User
from cases.models import CaseVersion
from encounters import services
from encounters.terminal import TerminalInterview

HELP_LINE = "Type a question; /exam REGION or words, /order TEST or words, /end to finish."


class Command(BaseCommand):
    help = "Interview a case's virtual patient interactively or from a script."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("case", help="case slug (or institution/slug)")
        parser.add_argument("--engine", choices=["offline", "llm"], help="default: the setting")
        parser.add_argument("--script", help="a file with one utterance per line")
        parser.add_argument("--json", action="store_true", help="one JSON line per turn")
        parser.add_argument("--user", default="student", help="the student (default: student)")

    def handle(self, *args: Any, **options: Any) -> None:
        encounter = self._start(options)
        streaming = not options["json"] and not options["script"]
        session = TerminalInterview(encounter, on_token=self._echo if streaming else None)
        lines = self._lines(options["script"])
        for line in lines:
            if line == "/end":
                break
            try:
                record = session.say(line)
            except services.EncounterError as exc:
                raise CommandError(exc.message) from None
            if options["json"]:
                self.stdout.write(json.dumps(record.as_dict(), ensure_ascii=False))
            elif not streaming:
                self.stdout.write(f"> {line}\n{record.reply}")
            else:
                self.stdout.write("" if record.kind not in {"exam", "order"} else record.reply)
        session.end()

    def _start(self, options: dict[str, Any]) -> Any:
        user = User.objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(
                f"no user {options['user']!r}: give --user USERNAME (seed_demo creates 'student')"
            )
        institution, _sep, slug = options["case"].rpartition("/")
        query = Q(case__slug=slug) & (Q(case__institution=institution) if institution else Q())
        version = CaseVersion.objects.current().filter(query).first()
        if version is None:
            raise CommandError(f"no published case {options['case']!r}")
        try:
            return services.start_encounter(student=user, version=version, engine=options["engine"])
        except services.EncounterError as exc:
            raise CommandError(exc.message) from None

    def _lines(self, script: str | None) -> Any:
        if script:
            text = Path(script).read_text(encoding="utf-8")
            yield from (line.strip() for line in text.splitlines() if line.strip())
            return
        self.stdout.write(HELP_LINE)
        while True:
            try:
                line = input("you> ").strip()
            except EOFError:
                return
            if line:
                yield line

    def _echo(self, delta: str) -> None:
        sys.stdout.write(delta)
        sys.stdout.flush()
