"""Utterance → intent and vocabulary ids: lexicons, fuzzy matching and light stemming, EN and FR.

Pure: no ORM, no network. The patient engine and the scorer share it, so a question is
understood the same way when it is answered and when it is credited.
"""

from __future__ import annotations

from .classify import find_terms, read
from .conventions import ATTRIBUTES
from .learned import classify
from .model import Classification, Intent, MatchContext, context_for
from .normalise import fold, normalise, stem, stems

__all__ = [
    "ATTRIBUTES",
    "Classification",
    "Intent",
    "MatchContext",
    "classify",
    "context_for",
    "find_terms",
    "fold",
    "normalise",
    "read",
    "stem",
    "stems",
]
