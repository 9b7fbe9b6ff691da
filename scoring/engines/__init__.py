"""Examiner engines: offline (rules, the default) and llm (with the offline one as fallback)."""

from __future__ import annotations

from scoring.engines.base import Assessment, Examiner, ScoringInput

ENGINES = ("offline", "llm")


def get_examiner(name: str, *, fallback_on_retryable: bool = True) -> Examiner:
    """The engine called `name`. The LLM examiner falls back to the offline one when its call
    fails; with `fallback_on_retryable=False` a transient failure is raised instead, so that a
    task can retry it later."""
    if name == "offline":
        from scoring.engines.offline import OfflineExaminer

        return OfflineExaminer()
    if name == "llm":
        from django.conf import settings

        from scoring.engines.llm import LLMExaminer

        return LLMExaminer(
            model=settings.DOCSIM_EXAMINER_MODEL, fallback_on_retryable=fallback_on_retryable
        )
    raise ValueError(f"unknown examiner engine {name!r}; expected one of {', '.join(ENGINES)}")


def assess(examiner: Examiner, case: ScoringInput) -> Assessment:
    """Run an engine with its rationales in the case's language."""
    from django.utils import translation

    with translation.override(case.bundle.metadata.language):
        return examiner.assess(case)
