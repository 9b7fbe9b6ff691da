"""The LLM examiner: structured verdicts from `docsim.llm`, each quote checked verbatim.

An item whose evidence is not found verbatim (or that the model skipped) takes the offline
examiner's verdict, marked unverified. A failed call (LLMError, unusable output) falls back to
the offline examiner for the whole encounter, with the reason recorded.
"""

from __future__ import annotations

import logging

from django.utils.translation import gettext as _

from docsim.llm import LLMError, complete_json
from scoring.engines.base import Assessment, Evidence, ItemResult, ScoringInput, Source, Verdict
from scoring.engines.offline import OfflineExaminer
from scoring.engines.prompt import PROMPT_VERSION, ExaminerOutput, ItemOut, messages, quote_problem
from scoring.engines.text import collapse_whitespace

log = logging.getLogger(__name__)
MAX_TOKENS = 4000


class LLMExaminer:
    name = "llm"

    def __init__(self, *, model: str, fallback_on_retryable: bool = True) -> None:
        self.model = model
        self.fallback_on_retryable = fallback_on_retryable

    @property
    def version(self) -> str:
        return f"{PROMPT_VERSION}/{self.model}"[:120]

    def assess(self, case: ScoringInput) -> Assessment:
        offline = OfflineExaminer().assess(case)
        try:
            output, completion = complete_json(
                messages=messages(case),
                model=self.model,
                schema=ExaminerOutput,
                purpose="examiner",
                max_tokens=MAX_TOKENS,
            )
        except LLMError as exc:
            if exc.retryable and not self.fallback_on_retryable:
                raise
            log.warning("LLM examiner failed (%s); offline examiner used", exc.kind)
            return self._fallback(offline, f"{exc.kind}: {exc.message}")
        answers: dict[str, ItemOut] = {}
        for answer in output.items:
            answers.setdefault(answer.item_id, answer)
        items = tuple(
            self._item(answers.get(offline_item.item_id), offline_item, case)
            for offline_item in offline.items
        )
        replaced = sum(item.source == Source.OFFLINE_FALLBACK for item in items)
        reason = (
            _("%(count)d of %(total)d verdicts are the offline examiner's: the model's evidence "
              "was missing or not verbatim.") % {"count": replaced, "total": len(items)}
            if replaced else ""
        )  # fmt: skip
        return Assessment(
            items=items,
            engine=self.name,
            engine_version=self.version,
            model=completion.model,
            prompt_tokens=completion.usage.prompt_tokens or 0,
            completion_tokens=completion.usage.completion_tokens or 0,
            fallback_reason=reason,
        )

    def _fallback(self, offline: Assessment, reason: str) -> Assessment:
        items = tuple(_replaced(item, "", verified=True) for item in offline.items)
        return Assessment(
            items=items,
            engine=self.name,
            engine_version=self.version,
            model=self.model,
            fallback_reason=reason,
        )

    def _item(self, answer: ItemOut | None, offline: ItemResult, case: ScoringInput) -> ItemResult:
        if answer is None:
            return _replaced(offline, _("The examiner model gave no verdict for this item."))
        problems = [p for e in answer.evidence if (p := quote_problem(e, case)) is not None]
        credited = answer.verdict in (Verdict.MET, Verdict.PARTIALLY_MET)
        if credited and not answer.evidence:
            problems.append(_("no evidence"))
        if problems:
            return _replaced(
                offline,
                _("The examiner model's evidence could not be verified (%(problem)s).")
                % {"problem": problems[0]},
            )
        return ItemResult(
            item_id=offline.item_id,
            section=offline.section,
            verdict=Verdict(answer.verdict),
            evidence=tuple(
                Evidence(collapse_whitespace(e.quote), e.turn if e.turn is not None else None)
                for e in answer.evidence
            ),
            rationale=answer.rationale.strip(),
            verified=True,
            source=Source.LLM,
        )


def _replaced(offline: ItemResult, why: str, *, verified: bool = False) -> ItemResult:
    """The offline verdict standing in for the model's; `verified` is False when the model's
    own verdict for the item was rejected."""
    rationale = f"{why} {offline.rationale}".strip()
    return ItemResult(
        item_id=offline.item_id,
        section=offline.section,
        verdict=offline.verdict,
        evidence=offline.evidence,
        rationale=rationale,
        verified=verified,
        source=Source.OFFLINE_FALLBACK,
    )
