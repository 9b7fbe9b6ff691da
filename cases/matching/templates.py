"""Question templates that ask for an attribute of whatever is being talked about ("when did
that happen?", "c'était quand ?", "how bad is it?", "où ça ?"), read when no keyword names a
topic. Words are folded."""

from __future__ import annotations

from collections.abc import Sequence

from .cues import cue_phrases, has_phrase

#: (attribute, template phrases), most specific first: "how long ago" is onset, not timing.
TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "hpi.onset",
        cue_phrases(
            "how long ago", "when did", "when was", "when were", "when does it start",
            "what time", "since when", "how did it start", "how did it begin", "quand",
            "a quel moment", "il y a combien de temps", "ca a commence comment",
            "comment ca a commence", "comment est ce que ca a commence",
        ),
    ),
    (
        "hpi.timing",
        cue_phrases(
            "how long", "how often", "how many times", "how frequent", "how frequently",
            "combien de temps", "combien de fois", "a quelle frequence", "tous les combien",
            "ca dure", "it last", "they last",
        ),
    ),
    (
        "hpi.severity",
        cue_phrases(
            "how bad", "how severe", "how strong", "how intense", "how much does it hurt",
            "out of 10", "out of ten", "scale of", "sur 10", "sur dix", "a quel point",
            "quelle intensite", "echelle de", "how painful", "ca fait mal a quel",
        ),
    ),
    (
        "hpi.location",
        cue_phrases(
            "where is it", "where does it", "where do you", "where exactly", "whereabouts",
            "which part", "which side", "ou ca", "ou exactement", "ou est ce", "ou avez",
            "ou as tu", "a quel endroit", "quel endroit", "ou est ce que",
        ),
    ),
    (
        "hpi.character",
        cue_phrases(
            "what is it like", "what does it feel like", "what did it feel like",
            "what was it like", "what sort of", "what kind of", "describe it", "describe the",
            "a quoi ca ressemble", "ca ressemble a quoi", "quel genre", "quel type",
            "comment est elle", "comment est il", "decrire",
        ),
    ),
)  # fmt: skip


def template_attributes(words: Sequence[str]) -> list[str]:
    """The attribute a question template asks for, or none. Only one is read: a bare
    template asks one thing ("how long did it last?" is timing, not also severity)."""
    if words and words[0] == "ou":  # "où ?" opens a clause; elsewhere "ou" is "or"
        return ["hpi.location"]
    for attribute, phrases in TEMPLATES:
        if has_phrase(words, phrases):
            return [attribute]
    return []
