"""Communication behaviours, judged from the student's own words, English and French."""

from __future__ import annotations

import pytest

from scoring.engines.base import TranscriptTurn, Verdict
from scoring.engines.communication import BEHAVIOURS, Said
from scoring.engines.text import FoldedText

M, P, N, NA = Verdict.MET, Verdict.PARTIALLY_MET, Verdict.NOT_MET, Verdict.NOT_APPLICABLE


def said(*texts: str) -> list[Said]:
    return [
        Said(TranscriptTurn(seq=2 * i + 1, role="student", text=t), FoldedText(t), False)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("behaviour", "texts", "verdict"),
    [
        ("comm.introduction", ["Hello, my name is Tom, I'm a medical student."], M),
        ("comm.introduction", ["Bonjour, je m'appelle Léa, je suis externe."], M),
        ("comm.introduction", ["Hi, I'm Priya."], P),
        ("comm.introduction", ["Bonjour, je suis l'interne."], P),
        ("comm.introduction", ["Good morning. What's the problem?"], N),
        (
            "comm.introduction",
            [
                "What brings you in?",
                "Do you smoke?",
                "Any allergies?",
                "By the way I'm Tom, a student.",
            ],
            N,
        ),  # too late
        ("comm.identity_check", ["Can you confirm your date of birth?"], M),
        (
            "comm.identity_check",
            ["Pouvez-vous me donner votre nom et votre date de naissance ?"],
            M,
        ),
        ("comm.identity_check", ["How old are you?"], P),
        ("comm.identity_check", ["Hello."], N),
        (
            "comm.open_question",
            ["Hello, can you confirm your name?", "What brings you in today?"],
            M,
        ),
        ("comm.open_question", ["hi whats wrong"], M),
        ("comm.open_question", ["Bonjour. Qu'est-ce qui vous amène ?"], M),
        ("comm.open_question", ["Que puis-je faire pour vous ?"], M),
        ("comm.open_question", ["Is it ok if I ask some questions?", "Tell me what happened."], M),
        ("comm.open_question", ["Do you have chest pain?", "Tell me more about it."], P),
        ("comm.open_question", ["Do you have chest pain?", "Is it sharp?"], N),
        ("comm.empathy", ["That must be really frightening for you."], M),
        ("comm.empathy", ["Je comprends que ce soit difficile."], M),
        ("comm.empathy", ["Do you smoke?"], N),
        ("comm.summarising", ["So to summarise, you have had pain for two days."], M),
        ("comm.summarising", ["Si je résume, vous avez mal depuis hier."], M),
        ("comm.summarising", ["OK."], N),
        ("comm.checking_understanding", ["Does that make sense?"], M),
        ("comm.checking_understanding", ["Avez-vous des questions ?"], M),
        ("comm.checking_understanding", ["Je vais vous poser des questions."], N),
        ("comm.closing", ["Hello.", "Do you smoke?", "Thank you for answering my questions."], M),
        ("comm.closing", ["Thank you for coming.", "Do you smoke?", "Any pain?", "Any fever?"], N),
        ("comm.signposting", ["I'm now going to ask some personal questions."], M),
        ("comm.signposting", ["Je vais maintenant vous examiner."], M),
        ("comm.signposting", ["Do you smoke?"], N),
        ("comm.warning_shot", ["I'm afraid I have some bad news.", "The scan shows a cancer."], M),
        ("comm.warning_shot", ["The scan shows a cancer.", "Unfortunately it has spread."], P),
        ("comm.warning_shot", ["The scan shows a cancer."], N),
        ("comm.silence", ["..."], NA),
    ],
)
def test_behaviour_table(behaviour: str, texts: list[str], verdict: Verdict) -> None:
    found = BEHAVIOURS[behaviour](said(*texts))
    assert found.verdict == verdict, found.rationale
    assert found.rationale
    for evidence in found.evidence:
        assert any(evidence.quote in text for text in texts)
        assert evidence.turn is not None
        assert evidence.turn % 2 == 1


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        (["The tests show your heart is under strain, so we'll give you medicine."], M),
        (["You're having a myocardial infarction."], P),
        (["Your troponin is up and the ECG shows ischaemia."], N),
        (["Le scanner montre une hémorragie méningée, c'est une HSA."], N),
        (["Do you smoke?", "Any allergies?"], N),  # nothing explained: plain language not shown
    ],
)
def test_avoiding_jargon(texts: list[str], verdict: Verdict) -> None:
    found = BEHAVIOURS["comm.avoiding_jargon"](said(*texts))
    assert found.verdict == verdict, found.rationale


def test_requests_to_the_examiner_are_not_talk_to_the_patient() -> None:
    request = Said(TranscriptTurn(1, "student", "Troponin and an ECG, please."),
                   FoldedText("Troponin and an ECG, please."), True)  # fmt: skip
    explanation = said("We'll give you something for the pain.")
    assert BEHAVIOURS["comm.avoiding_jargon"]([request, *explanation]).verdict == M
