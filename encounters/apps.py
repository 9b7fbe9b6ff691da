"""App configuration for encounters."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EncountersConfig(AppConfig):
    name = "encounters"
    verbose_name = _("Encounters")
