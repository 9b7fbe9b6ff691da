"""App configuration for accounts."""

from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts.roles import sync_role_permissions_after_migrate

        post_migrate.connect(sync_role_permissions_after_migrate, dispatch_uid="docsim-role-perms")
