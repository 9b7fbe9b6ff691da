"""Create, list and revoke integration tokens for the REST API."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from accounts.models import ApiToken, User
from accounts.tokens import SCOPES, TokenError, create_token, revoke_token


class Command(BaseCommand):
    help = (
        "Integration tokens: `create --user NAME --name LABEL --scopes read,write` prints the "
        "token once; `list [--user NAME]` shows them without secrets; `revoke PREFIX`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="issue a token and print it once")
        create.add_argument("--user", required=True, help="username")
        create.add_argument("--name", required=True, help="what the token is for")
        create.add_argument(
            "--scopes", required=True, help=f"comma-separated, among {', '.join(SCOPES)}"
        )
        create.add_argument("--expires-days", type=int, help="expiry in days (default: never)")
        listing = actions.add_parser("list", help="tokens, without secrets")
        listing.add_argument("--user", help="only this user's")
        revoke = actions.add_parser("revoke", help="revoke a token by its prefix")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _create(self, options: dict[str, Any]) -> None:
        user = _user(options["user"])
        days = options["expires_days"]
        if days is not None and days < 1:
            raise CommandError("--expires-days must be at least 1")
        expires = timezone.now() + timedelta(days=days) if days else None
        try:
            issued = create_token(
                user=user,
                name=options["name"],
                scopes=options["scopes"].split(","),
                expires_at=expires,
            )
        except TokenError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(issued.plaintext)
        self.stderr.write(
            f"token {issued.token.prefix} for {user.get_username()} "
            f"({', '.join(issued.token.scopes)}): store it now, it is not shown again."
        )

    def _list(self, options: dict[str, Any]) -> None:
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "created_at")
        if options["user"]:
            tokens = tokens.filter(user=_user(options["user"]))
        now = timezone.now()
        for token in tokens:
            state = (
                "active" if token.is_active(now) else ("revoked" if token.revoked_at else "expired")
            )
            used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
            self.stdout.write(
                f"{token.prefix}\t{token.user.get_username()}\t{token.name}\t"
                f"{','.join(token.scopes)}\t{state}\tlast used {used}"
            )

    def _revoke(self, options: dict[str, Any]) -> None:
        token = ApiToken.objects.filter(prefix=options["prefix"]).first()
        if token is None:
            raise CommandError(f"no token with prefix {options['prefix']!r}")
        revoke_token(token=token)
        self.stdout.write(f"token {token.prefix} revoked")


def _user(username: str) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"no user named {username!r}")
    return user
