"""Integration tokens: issuing, revoking, checking (`Authorization: Bearer dsm_<prefix>_<secret>`)
and the scopes each API request needs."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from accounts.models import ApiToken, User

TOKEN_KIND = "dsm"  # noqa: S105 (the label every token starts with, not a secret)
KEYWORD = "Bearer"
SECRET_BYTES = 32
PREFIX_BYTES = 4
SCOPES = tuple(ApiToken.Scope.values)
# Writing `last_used_at` on every request would turn each read into a write.
LAST_USED_PRECISION = timedelta(minutes=1)
INVALID = _("Invalid, expired or revoked token.")


class TokenError(Exception):
    """A refused token operation, with the reason in words."""


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    plaintext: str  # shown once, never stored


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split_token(raw: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed `dsm_<prefix>_<secret>`, else None."""
    kind, _sep, rest = raw.partition("_")
    prefix, _sep, secret = rest.partition("_")
    if kind != TOKEN_KIND or not prefix or not secret:
        return None
    return prefix, secret


def clean_scopes(scopes: Iterable[str]) -> list[str]:
    wanted = sorted({scope.strip() for scope in scopes if scope.strip()})
    unknown = [scope for scope in wanted if scope not in SCOPES]
    if unknown or not wanted:
        raise TokenError(
            _("Scopes must be among %(known)s; got %(given)s.")
            % {"known": ", ".join(SCOPES), "given": ", ".join(wanted) or "-"}
        )
    return wanted


@transaction.atomic
def create_token(
    *, user: User, name: str, scopes: Iterable[str], expires_at: datetime | None = None
) -> IssuedToken:
    if not name.strip():
        raise TokenError(_("A token needs a name."))
    prefix = secrets.token_hex(PREFIX_BYTES)
    while ApiToken.objects.filter(prefix=prefix).exists():
        prefix = secrets.token_hex(PREFIX_BYTES)
    secret = secrets.token_hex(SECRET_BYTES)
    token = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        prefix=prefix,
        secret_hash=hash_secret(secret),
        scopes=clean_scopes(scopes),
        expires_at=expires_at,
    )
    return IssuedToken(token, f"{TOKEN_KIND}_{prefix}_{secret}")


def revoke_token(*, token: ApiToken) -> ApiToken:
    """Revoke for good (a revoked token stays listed); revoking twice keeps the first time."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def check_token(raw: str, now: datetime | None = None) -> ApiToken | None:
    """The active token `raw` names, with its user loaded, or None."""
    parts = split_token(raw)
    if parts is None:
        return None
    prefix, secret = parts
    now = now or timezone.now()
    token = ApiToken.objects.active(now).select_related("user").filter(prefix=prefix).first()
    if token is None or not hmac.compare_digest(token.secret_hash, hash_secret(secret)):
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


class BearerTokenAuthentication(BaseAuthentication):
    """`Authorization: Bearer dsm_<prefix>_<secret>`; sets `request.auth` to the ApiToken."""

    def authenticate(self, request: Request) -> tuple[User, ApiToken] | None:
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != KEYWORD.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Malformed bearer token header."))
        try:
            raw = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(INVALID) from None
        token = check_token(raw)
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(INVALID)
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return f'{KEYWORD} realm="api"'


def needed_scopes(request: Request, view: Any) -> set[str]:
    """A view may name the scopes an action needs in `token_scopes`; otherwise reads need
    `read` and writes `write`."""
    per_action: dict[str, set[str]] = getattr(view, "token_scopes", {})
    action = getattr(view, "action", None)
    if action in per_action:
        return per_action[action]
    if "*" in per_action:
        return per_action["*"]
    return {ApiToken.Scope.READ} if request.method in SAFE_METHODS else {ApiToken.Scope.WRITE}


class HasTokenScope(BasePermission):
    """A token must hold the scopes the request needs; a browser session holds them all."""

    message = _("This token does not have the scope this request needs.")

    def has_permission(self, request: Request, view: Any) -> bool:
        if not isinstance(request.auth, ApiToken):
            return True
        return request.auth.has_scopes(needed_scopes(request, view))
