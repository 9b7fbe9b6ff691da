"""The offline examiner's fast paths give what the plain ones give: folding, cue search, note
matching, the per-case plan, and bundles sent once to batch worker processes."""

from __future__ import annotations

import pickle
import random
from dataclasses import replace

import pytest

from cases.demo import load_demo_bundles
from cases.matching import classify
from scoring.engines import assess, lexicon, notes, plan
from scoring.engines.base import ScoringInput, TranscriptTurn
from scoring.engines.communication import CONSENT_CUES
from scoring.engines.offline import OfflineExaminer, _Reader
from scoring.engines.text import FoldedText, Span, clip, cue_pattern, fold_char, sentences
from scoring.transcripts import ExternalTranscript, demo_bundles
from scoring.workers import Packer, Work, assess_chunk
from tests.scoring.generated import generate

TEXTS = [
    "Hello, I'm Alex, a medical student. Is it OK if I ask you some questions?",
    "Avez-vous eu de la fièvre ? Je suis désolé, ça doit être difficile.",
    "Œdème des membres inférieurs ; pas de dyspnée. ½ comprimé × 2/j.",
    "ﬁèvre  à 39°C – CRP ↑, no PE, r/v in 2/52",
    "e\u0301chographie normale, sans e\u0301panchement",
    "",
]
CUE_LISTS = [
    lexicon.JARGON,
    lexicon.EMPATHY_CUES,
    lexicon.NEGATION_BEFORE,
    lexicon.OPEN_QUESTION_CUES,
    (*lexicon.IDENTITY_CUES, *CONSENT_CUES),
    ("2", "1", "comprime", "oedeme", "pas de"),
]


def folded_char_by_char(text: str) -> tuple[str, list[int]]:
    parts = [fold_char(char) for char in text]
    return "".join(parts), [i for i, part in enumerate(parts) for _ in part]


def find_cue_by_cue(text: FoldedText, cues: tuple[str, ...]) -> Span | None:
    best: Span | None = None
    for cue in cues:
        match = cue_pattern(cue).search(text.folded)
        if match and (best is None or text.origin[match.start()] < best.start):
            best = text.span(match.start(), match.end())
    return best


@pytest.mark.parametrize("text", TEXTS)
def test_folding_keeps_where_each_character_came_from(text: str) -> None:
    got = FoldedText(text)
    assert (got.folded, list(got.origin)) == folded_char_by_char(text)


@pytest.mark.parametrize("cues", CUE_LISTS)
@pytest.mark.parametrize("text", TEXTS)
def test_one_search_for_all_cues_finds_the_leftmost_first_listed(
    text: str, cues: tuple[str, ...]
) -> None:
    folded = FoldedText(text)
    assert folded.find(cues) == find_cue_by_cue(folded, cues)
    every = sorted(
        ((cue, folded.span(m.start(), m.end())) for cue in cues
         for m in cue_pattern(cue).finditer(folded.folded)),
        key=lambda hit: hit[1].start,
    )  # fmt: skip
    assert folded.find_all(cues) == every


def mentions_scanning_every_word(note: FoldedText, phrasing: str) -> list[notes.Mention]:
    """`notes.mentions` as first written: every phrase tried at every word of the note."""
    variants, core_variants = notes._phrases(phrasing)
    found: list[notes.Mention] = []
    for phrases, is_core in ((variants, False), (core_variants, True)):
        for start in range(len(note.tokens)):
            for phrase in phrases:
                last = match_word_by_word(note, start, phrase)
                if last is None:
                    continue
                cue = notes._negation(note, start, last)
                if is_core and cue is None:
                    continue
                words = Span(note.tokens[start].start, note.tokens[last].end)
                span = words if cue is None else Span(
                    min(words.start, cue.start), max(words.end, cue.end)
                )  # fmt: skip
                negated = cue is not None or bool(core_variants)
                found.append(notes.Mention(phrasing, words, span, negated, bool(core_variants)))
                break
    return found


def match_word_by_word(note: FoldedText, start: int, phrase: notes.Phrase) -> int | None:
    position = start
    for index, word in enumerate(phrase.words):
        limit = position + (1 if index == 0 else notes.MAX_GAP + 2)
        hit = next(
            (
                j
                for j in range(position, min(limit, len(note.tokens)))
                if (index not in phrase.upper or note.quote(Span(
                    note.tokens[j].start, note.tokens[j].end)).isupper())
                and notes._alike(word, note.tokens[j].text)
            ),
            None,
        )  # fmt: skip
        if hit is None or (index and notes._boundary(note, position - 1, hit)):
            return None
        position = hit + 1
    return position - 1


def noisy(text: str, rng: random.Random) -> str:
    """The note as students write it: typos, negations, abbreviations in capitals."""
    words = text.split()
    for i in range(len(words)):
        roll = rng.random()
        if roll < 0.1 and len(words[i]) > 5:
            at = rng.randrange(1, len(words[i]) - 1)
            words[i] = words[i][:at] + words[i][at + 1 :]
        elif roll < 0.2:
            cue = rng.choice(["no", "pas de", "ruled out,", "but", "PE", "MI", "ou"])
            words[i] = f"{cue} {words[i]}"
    return " ".join(words)


def test_note_matching_through_the_index_finds_what_scanning_every_word_finds() -> None:
    rng = random.Random(3)
    checked = 0
    for bundle in load_demo_bundles():
        phrasings = [p for item in bundle.checklist.items for p in item.accepted_phrasings]
        phrasings += list(bundle.hidden.differential)
        for _ in range(4):
            chosen = rng.sample(phrasings, k=min(6, len(phrasings)))
            note = FoldedText(noisy(". ".join(chosen) + ", " + ", ".join(chosen[:2]), rng))
            for phrasing in phrasings:
                assert notes.mentions(note, phrasing) == mentions_scanning_every_word(
                    note, phrasing
                ), (note.text, phrasing)
                checked += 1
    assert checked > 1000


def inputs(count: int) -> list[ScoringInput]:
    bundles = demo_bundles()
    return [
        ExternalTranscript.model_validate(record).to_input(bundles[record["case"]])
        for record in generate(count, seed=9)
    ]


def test_a_case_plan_is_made_once_per_bundle_and_scores_as_a_fresh_one() -> None:
    examiner = OfflineExaminer()
    for case in inputs(30):
        assert plan.plan_for(case.bundle) is plan.plan_for(case.bundle)
        cached = assess(examiner, case)
        copy = case.bundle.model_copy(deep=True)  # same content, another object: a new plan
        assert plan.plan_for(copy) is not plan.plan_for(case.bundle)
        assert assess(examiner, replace(case, bundle=copy)) == cached


def test_quotes_stop_once_every_topic_has_its_sentence() -> None:
    for bundle in load_demo_bundles():
        case_plan = plan.plan_for(bundle)
        context = case_plan.context
        questions = [q for fact in bundle.facts for q in fact.example_questions[:1]]
        for start in range(0, len(questions) - 3, 3):
            text = " ".join(questions[start : start + 4])
            topics = classify(text, context).topics
            every: dict[str, str] = {}
            for span in sentences(text):
                sentence = text[span.start : span.end]
                for topic in classify(sentence, context).topics:
                    every.setdefault(topic, clip(sentence))
            turn = TranscriptTurn(seq=1, role="student", text=text)
            quotes = _Reader._quotes(turn, topics, case_plan, ())
            assert {t: quotes.get(t) for t in topics} == {t: every.get(t) for t in topics}


def test_a_bundle_is_pickled_once_and_a_worker_keeps_one_copy_of_it() -> None:
    cases = inputs(20)
    packer = Packer()
    first, blobs = packer.pack([Work(f"t{i}", "", case) for i, case in enumerate(cases[:10])])
    second, again = packer.pack([Work(f"u{i}", "", case) for i, case in enumerate(cases[10:])])
    assert len(blobs) == len({id(c.bundle) for c in cases[:10]})
    numbers = {id(case.bundle): task.bundle for case, task in zip(cases[:10], first, strict=True)}
    for case, task in zip(cases[10:], second, strict=True):
        assert numbers.get(id(case.bundle), task.bundle) == task.bundle
    assert all(again[n] is blobs[n] for n in again.keys() & blobs.keys())  # pickled once
    for case, task in zip(cases[:10], first, strict=True):
        assert pickle.loads(blobs[task.bundle]) == case.bundle  # noqa: S301 — made just above
    examiner = OfflineExaminer()
    for tasks, sent, chunk in ((first, blobs, cases[:10]), (second, again, cases[10:])):
        results = assess_chunk("offline", tasks, sent)
        assert results == [assess(examiner, case) for case in chunk]
