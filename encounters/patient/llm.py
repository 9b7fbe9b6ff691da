"""The LLM patient: streams a model's reply to the prompt built from the case's facts.

A provider failure becomes ReplyFailed with a message for the student; with
DOCSIM_LLM_FALLBACK_OFFLINE on, a failure before any token is answered by the offline engine.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import replace

from django.conf import settings
from django.utils.translation import gettext as _

from docsim.llm import Completion, LLMError, stream_chat
from encounters.patient.base import ReplyFailed, ReplyRequest, ReplyResult
from encounters.patient.offline import OfflineEngine
from encounters.patient.prompt import build_messages

log = logging.getLogger(__name__)


def student_message(error: LLMError) -> str:
    """What the student reads on a failed turn (they can regenerate it)."""
    if error.kind == "timeout":
        return _("The patient did not answer in time. Try again.")
    if error.kind == "cut":
        return _("The patient's reply was cut off. Try again.")
    if error.kind == "bad_response":
        return _("The patient's reply could not be understood. Try again.")
    if error.kind == "config":
        return _("The virtual patient is not set up correctly. Please tell your tutor.")
    return _("The patient is not available right now. Try again in a moment.")


class LLMEngine:
    name = "llm"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        completion: Completion | None = None
        sent = False
        try:
            async with aclosing(self._stream(request)) as items:
                async for item in items:
                    if isinstance(item, Completion):
                        completion = item
                    else:
                        sent = True
                        yield item
        except LLMError as error:
            if sent or not settings.DOCSIM_LLM_FALLBACK_OFFLINE:
                raise ReplyFailed(student_message(error), retryable=error.retryable) from error
            log.warning("LLM patient failed before any token (%s): offline answers", error.kind)
            async for chunk in fall_back(request, f"llm {error.kind}: fell back to offline"):
                yield chunk
            return
        assert completion is not None  # stream_chat always ends with one
        topics = request.classification.topics
        yield ReplyResult(
            text=completion.text,
            engine=self.name,
            model=completion.model,
            topics=topics,
            facts_used=tuple(fact.index for fact in request.knowledge.facts_for(topics)),
            prompt_tokens=completion.usage.prompt_tokens,
            completion_tokens=completion.usage.completion_tokens,
            extra={"attempts": completion.attempts},
        )

    def _stream(self, request: ReplyRequest) -> AsyncGenerator[str | Completion, None]:
        return stream_chat(
            messages=build_messages(request),
            model=settings.DOCSIM_PATIENT_MODEL,
            purpose="patient",
        )


async def fall_back(request: ReplyRequest, reason: str) -> AsyncIterator[str | ReplyResult]:
    """The offline engine's reply, with why it answered recorded on the result."""
    async for item in OfflineEngine().reply(request):
        yield replace(item, fallback_reason=reason) if isinstance(item, ReplyResult) else item
