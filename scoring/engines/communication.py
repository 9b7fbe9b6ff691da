"""Communication behaviours observed in what the student said (comm.* checklist targets).

Each behaviour is judged from the student's own turns only, with cue phrases in English and
French (lexicon.py). Pure: no ORM.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cases.bundle.schema import CommunicationBehaviour as Comm
from scoring.engines import lexicon
from scoring.engines.base import Evidence, TranscriptTurn, Verdict
from scoring.engines.text import FoldedText, Span, clip, sentence_around, sentences

INTRODUCTION_TURNS = 3
CLOSING_TURNS = 3
OPENING_QUESTIONS = 3
LONG_STATEMENT_WORDS = 12
_NAME = re.compile(
    r"\b(?:I'm|I’m|I am|je suis|moi c'est|moi c’est)\s+(?:Dr\.?\s+|Doctor\s+|le docteur\s+|"
    r"la docteure\s+)?([A-ZÀ-Ý][a-zà-ÿ]+)"
)
_NOT_NAMES = {"Sorry", "Afraid", "Going", "Here", "Just", "Not", "Really", "So", "Very", "Désolé"}
_INTERROGATIVE = re.compile(
    r"^(what|how|when|where|why|who|which|do|does|did|is|are|was|were|have|has|had|can|could|"
    r"would|will|any|tell|quand|comment|pourquoi|ou|quel|quelle|quels|quelles|est ce|avez|"
    r"etes|vous|y a t il|qu'est ce|que|combien|racontez|dites|decrivez)\b"
)
CONSENT_CUES = (
    "is it ok if", "is it okay if", "is that ok", "is that okay", "is that alright",
    "if that's alright", "if that's ok", "can i ask you", "may i ask", "do you mind",
    "would you mind", "puis-je vous poser", "puis-je vous examiner", "est-ce que je peux",
    "je peux vous poser",
    "etes-vous d'accord", "vous etes d'accord", "si vous etes d'accord",
)  # fmt: skip
_NOT_QUESTIONS = (*lexicon.IDENTITY_CUES, *CONSENT_CUES)


@dataclass(frozen=True)
class Said:
    """A student turn with its folded text."""

    turn: TranscriptTurn
    folded: FoldedText
    is_request: bool  # an examination or investigation request, addressed to the examiner

    def evidence(self, span: Span) -> Evidence:
        sentence = sentence_around(self.turn.text, span)
        return Evidence(clip(self.turn.text[sentence.start : sentence.end]), self.turn.seq)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    rationale: str = ""


def _first(said: list[Said], cues: tuple[str, ...]) -> tuple[Said, Span] | None:
    for s in said:
        span = s.folded.find(cues)
        if span is not None:
            return s, span
    return None


def _cue_behaviour(
    cues: tuple[str, ...], met: Promise, missing: Promise
) -> Callable[[list[Said]], Judgement]:
    def judge(said: list[Said]) -> Judgement:
        hit = _first([s for s in said if not s.is_request], cues)
        if hit is None:
            return Judgement(Verdict.NOT_MET, (), str(missing))
        return Judgement(Verdict.MET, (hit[0].evidence(hit[1]),), str(met))

    return judge


def introduction(said: list[Said]) -> Judgement:
    opening = said[:INTRODUCTION_TURNS]
    name = next(((s, m) for s in opening for m in _names(s)), None)
    role = _first(opening, lexicon.ROLE_CUES)
    evidence = tuple(
        dict.fromkeys(hit[0].evidence(hit[1]) for hit in (name, role) if hit is not None)
    )
    if name and role:
        return Judgement(Verdict.MET, evidence, _("The student gave their name and role."))
    if name or role:
        missing = _("role") if name else _("name")
        return Judgement(
            Verdict.PARTIALLY_MET,
            evidence,
            _("The student introduced themselves without their %(missing)s.")
            % {"missing": missing},
        )
    return Judgement(
        Verdict.NOT_MET, (), _("The student did not give their name or role at the start.")
    )


def _names(said: Said) -> list[Span]:
    found = [m for m in [said.folded.find(lexicon.NAME_CUES)] if m is not None]
    for match in _NAME.finditer(said.turn.text):
        if match.group(1) not in _NOT_NAMES:
            found.append(Span(match.start(), match.end()))
    return found


def identity_check(said: list[Said]) -> Judgement:
    hit = _first(said, lexicon.IDENTITY_CUES)
    if hit is not None:
        return Judgement(
            Verdict.MET,
            (hit[0].evidence(hit[1]),),
            _("The student checked the patient's identity (name or date of birth)."),
        )
    age = _first(said, lexicon.AGE_CUES)
    if age is not None:
        return Judgement(
            Verdict.PARTIALLY_MET,
            (age[0].evidence(age[1]),),
            _("The student asked the patient's age but not their name or date of birth."),
        )
    return Judgement(
        Verdict.NOT_MET, (), _("The student never asked the patient's name or date of birth.")
    )


def _questions(said: list[Said]) -> Iterator[tuple[Said, Span]]:
    """The student's questions in order, leaving out identity checks and requests for consent."""
    for s in (s for s in said if not s.is_request):
        for sentence in sentences(s.turn.text):
            text = FoldedText(s.turn.text[sentence.start : sentence.end])
            folded = " ".join(text.folded.split())
            is_question = (
                "?" in text.text
                or bool(_INTERROGATIVE.match(folded))
                or text.find(lexicon.OPEN_QUESTION_CUES) is not None
            )
            if not is_question or text.find(_NOT_QUESTIONS):
                continue
            yield s, sentence


def open_question(said: list[Said]) -> Judgement:
    questions = islice(_questions(said), OPENING_QUESTIONS)
    for index, (s, sentence) in enumerate(questions):
        if FoldedText(s.turn.text[sentence.start : sentence.end]).find(lexicon.OPEN_QUESTION_CUES):
            evidence = (s.evidence(sentence),)
            if index == 0:
                return Judgement(
                    Verdict.MET, evidence, _("The student's first question was an open one.")
                )
            return Judgement(
                Verdict.PARTIALLY_MET,
                evidence,
                _("The student asked an open question, but only after closed ones."),
            )
    return Judgement(Verdict.NOT_MET, (), _("The student opened with closed questions."))


def closing(said: list[Said]) -> Judgement:
    talk = [s for s in said if not s.is_request]
    hit = _first(talk[-CLOSING_TURNS:], lexicon.CLOSING_CUES)
    if hit is None:
        return Judgement(Verdict.NOT_MET, (), _("The student did not close the consultation."))
    return Judgement(
        Verdict.MET, (hit[0].evidence(hit[1]),), _("The student closed the consultation.")
    )


def avoiding_jargon(said: list[Said]) -> Judgement:
    talk = [s for s in said if not s.is_request]
    jargon = [(s, cue, span) for s in talk for cue, span in s.folded.find_all(lexicon.JARGON)]
    distinct = {cue for _s, cue, _span in jargon}
    if len(distinct) >= 2:
        return Judgement(
            Verdict.NOT_MET,
            tuple(dict.fromkeys(s.evidence(span) for s, _cue, span in jargon[:4])),
            _("The student used medical jargon with the patient: %(words)s.")
            % {"words": ", ".join(sorted(distinct))},
        )
    if distinct:
        s, cue, span = jargon[0]
        return Judgement(
            Verdict.PARTIALLY_MET,
            (s.evidence(span),),
            _("The student used one jargon term with the patient: %(word)s.") % {"word": cue},
        )
    explained = [hit for s in talk if (hit := _explanation(s)) is not None]
    if not explained:
        return Judgement(
            Verdict.NOT_MET,
            (),
            _("The student explained nothing to the patient, so plain language was not shown."),
        )
    return Judgement(
        Verdict.MET,
        tuple(s.evidence(span) for s, span in explained[:2]),
        _("The student explained things to the patient without medical jargon."),
    )


def _explanation(said: Said) -> tuple[Said, Span] | None:
    span = said.folded.find(lexicon.EXPLANATION_CUES)
    if span is not None:
        return said, span
    for sentence in sentences(said.turn.text):
        words = said.turn.text[sentence.start : sentence.end].split()
        if "?" not in words[-1] and len(words) >= LONG_STATEMENT_WORDS:
            return said, sentence
    return None


def warning_shot(said: list[Said]) -> Judgement:
    talk = [s for s in said if not s.is_request]
    warning = _first(talk, lexicon.WARNING_SHOT_CUES)
    news = _first(talk, lexicon.BAD_NEWS_WORDS)
    if warning is None:
        return Judgement(
            Verdict.NOT_MET, (), _("The student gave no warning shot before the news.")
        )
    evidence = (warning[0].evidence(warning[1]),)
    if news is None or (warning[0].turn.seq, warning[1].start) <= (news[0].turn.seq, news[1].start):
        return Judgement(Verdict.MET, evidence, _("The student prepared the patient for the news."))
    return Judgement(
        Verdict.PARTIALLY_MET,
        evidence,
        _("The student's warning came only after the news had been given."),
    )


def silence(said: list[Said]) -> Judgement:
    return Judgement(
        Verdict.NOT_APPLICABLE,
        (),
        _("Pauses and silences cannot be observed in a text transcript."),
    )


BEHAVIOURS: dict[str, Callable[[list[Said]], Judgement]] = {
    Comm.INTRODUCTION: introduction,
    Comm.IDENTITY_CHECK: identity_check,
    Comm.OPEN_QUESTION: open_question,
    Comm.EMPATHY: _cue_behaviour(
        lexicon.EMPATHY_CUES,
        gettext_lazy("The student acknowledged the patient's feelings."),
        gettext_lazy("The student showed no explicit empathy."),
    ),
    Comm.SUMMARISING: _cue_behaviour(
        lexicon.SUMMARY_CUES,
        gettext_lazy("The student summarised back to the patient."),
        gettext_lazy("The student did not summarise."),
    ),
    Comm.CHECKING_UNDERSTANDING: _cue_behaviour(
        lexicon.UNDERSTANDING_CUES,
        gettext_lazy("The student checked the patient's understanding or invited questions."),
        gettext_lazy("The student did not check the patient's understanding."),
    ),
    Comm.CLOSING: closing,
    Comm.AVOIDING_JARGON: avoiding_jargon,
    Comm.SIGNPOSTING: _cue_behaviour(
        lexicon.SIGNPOSTING_CUES,
        gettext_lazy("The student signposted what came next."),
        gettext_lazy("The student did not signpost the consultation."),
    ),
    Comm.WARNING_SHOT: warning_shot,
    Comm.SILENCE: silence,
}
