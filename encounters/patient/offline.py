"""The offline patient: answers from the case's facts in the persona's own words, no model."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

from cases.matching import Intent
from encounters.patient.base import ReplyRequest, ReplyResult
from encounters.patient.injection import is_attempt
from encounters.patient.knowledge import KnownFact

PHRASES = {
    "en": {
        "hello": "Hello, doctor.",
        "hello_again": "Hello.",
        "empathy": "Thank you, that's kind of you. It has been worrying me.",
        "closing": "Thank you, doctor.",
        "unclear": "Sorry, I'm not sure what you mean. Could you ask me another way?",
        "again": "Like I said, ",
        "confused": "Sorry, I don't follow. I'm just here because I'm not feeling well.",
        "confused_for": "Sorry, I don't follow. I'm just here about {name}.",
    },
    "fr": {
        "hello": "Bonjour docteur.",
        "hello_again": "Bonjour.",
        "empathy": "Merci, c'est gentil. Ça m'inquiète un peu, je l'avoue.",
        "closing": "Merci docteur.",
        "unclear": "Pardon, je ne suis pas sûr de comprendre. Vous pouvez reformuler ?",
        "again": "Comme je vous le disais, ",
        "confused": "Pardon, je ne vous suis pas… Je suis juste là parce que ça ne va pas.",
        "confused_for": "Pardon, je ne vous suis pas… Je suis juste là pour {name}.",
    },
}
OPEN_TOPICS = {"hpi.chief_complaint", "hpi.associated"}


class OfflineEngine:
    name = "offline"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        text, facts, topics = compose(request)
        for chunk in re.findall(r"\S+\s*", text):
            yield chunk
            await asyncio.sleep(0)
        yield ReplyResult(
            text=text,
            engine=self.name,
            topics=topics,
            facts_used=tuple(f.index for f in facts),
        )


def compose(request: ReplyRequest) -> tuple[str, list[KnownFact], tuple[str, ...]]:
    """The reply text, the facts it uses and the topics it answers."""
    knowledge = request.knowledge
    phrases = PHRASES.get(knowledge.language, PHRASES["en"])
    intent = request.classification.intent
    topics = request.classification.topics
    spoken = " ".join(line.text for line in request.transcript if line.role == "patient")
    if is_attempt(request.utterance):
        return _confused(request, phrases), [], ()
    if intent == Intent.GREETING:
        facts = knowledge.facts_for(tuple(t for t in topics if t.startswith("intro.")))
        opening = knowledge.persona.opening_statement if not spoken else ""
        hello = phrases["hello"] if not spoken else phrases["hello_again"]
        return _join(hello, *(f.text for f in facts), opening), facts, topics
    if intent == Intent.EMPATHY:
        return phrases["empathy"], [], ()
    if intent == Intent.CLOSING:
        return phrases["closing"], [], ()
    if intent != Intent.QUESTION or not topics:
        return phrases["unclear"], [], ()
    facts = knowledge.facts_for(topics)
    if set(topics) & OPEN_TOPICS:
        facts += [
            f for f in knowledge.facts if f.volunteered and f not in facts and f.text not in spoken
        ]
    if not facts:
        return knowledge.unknown_answer, [], topics
    if all(f.text in spoken for f in facts):
        first, *rest = (f.text for f in facts)
        return _join(phrases["again"] + first[:1].lower() + first[1:], *rest), facts, topics
    return _join(*(f.text for f in facts if f.text not in spoken)), facts, topics


def _confused(request: ReplyRequest, phrases: dict[str, str]) -> str:
    """An injection attempt gets the reply of a lay person who did not follow."""
    persona = request.knowledge.persona
    if persona.speaker is not None:
        return phrases["confused_for"].format(name=persona.name.split()[0])
    return phrases["confused"]


def _join(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())
