"""Chooses the patient engine from DOCSIM_PATIENT_ENGINE (or an explicit name)."""

from __future__ import annotations

from django.conf import settings

from encounters.patient.base import PatientEngine
from encounters.patient.llm import LLMEngine
from encounters.patient.offline import OfflineEngine

ENGINES: dict[str, type] = {"offline": OfflineEngine, "llm": LLMEngine}


def get_engine(name: str | None = None) -> PatientEngine:
    name = name or settings.DOCSIM_PATIENT_ENGINE
    try:
        engine: PatientEngine = ENGINES[name]()
    except KeyError:
        raise ValueError(f"no patient engine named {name!r}") from None
    return engine
