"""The matcher's learned layer (`cases/matching/learned.py`): what it promises whatever the
corpus holds, and the arithmetic it relies on (pure, no DB)."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import scipy.linalg

from cases.matching import Classification, Intent, classify, context_for, corpus, learned
from cases.matching.neighbours import RIDGE, Index, Query
from cases.vocabulary import Kind, make_custom_term

CHEST = corpus.case_context("chest-pain")
HEADACHE = corpus.case_context("cephalee")


@pytest.mark.parametrize(
    ("utterance", "context", "expected"),
    [
        ("When did the pain start?", CHEST, Classification(Intent.QUESTION, ("hpi.onset",))),
        ("Depuis quand avez-vous mal à la tête ?", HEADACHE,
         Classification(Intent.QUESTION, ("hpi.onset",))),
        ("I'd like to examine your throat", CHEST,
         Classification(Intent.EXAM, exams=("exam.ent.throat",))),
        ("Can we get an FBC and CRP please?", CHEST,
         Classification(Intent.ORDER, investigations=("inv.blood.fbc", "inv.blood.crp"))),
        ("On demande un scanner cérébral", HEADACHE,
         Classification(Intent.ORDER, investigations=("inv.imaging.ct_head",))),
        ("Hello, I'm Sam, a third-year medical student", CHEST, Classification(Intent.GREETING)),
        ("I'm so sorry, that sounds really frightening.", CHEST, Classification(Intent.EMPATHY)),
        ("Thank you, that is everything I wanted to ask.", CHEST, Classification(Intent.CLOSING)),
    ],
)  # fmt: skip
def test_plain_utterances_keep_their_reading(
    utterance: str, context: object, expected: Classification
) -> None:
    assert classify(utterance, context) == expected  # type: ignore[arg-type]


def test_a_follow_up_carries_the_previous_topic() -> None:
    context = corpus.case_context("chest-pain", ("ros.cough",))
    found = classify("and how long has that been going on?", context)
    assert (found.intent, set(found.topics), found.is_followup) == (
        Intent.QUESTION,
        {"ros.cough", "hpi.timing"},
        True,
    )


@pytest.mark.parametrize("utterance", ["", "   ", "???", "...!", None])
def test_nothing_to_read_is_other(utterance: str | None) -> None:
    assert classify(utterance, CHEST) == Classification(Intent.OTHER)  # type: ignore[arg-type]


def test_a_vague_order_names_no_test() -> None:
    found = classify("Some routine bloods please", CHEST)
    assert (found.intent, found.investigations) == (Intent.ORDER, ())


def test_the_case_own_terms_stand_over_the_neighbours() -> None:
    angio = make_custom_term("custom.angio_head", Kind.INVESTIGATION, "Angio-TDM", "Angio-TDM",
                             [], ["angioscanner cérébral"])  # fmt: skip
    context = dataclasses.replace(HEADACHE, custom_terms={angio.id: angio})
    found = classify("Je demande un angioscanner cérébral", context)
    assert (found.intent, found.investigations) == (Intent.ORDER, ("custom.angio_head",))


def test_another_case_own_terms_are_never_offered() -> None:
    context = context_for(language="fr")  # no custom terms: cephalee's angioscanner is not there
    found = classify("Je demande un angioscanner cérébral", context)
    assert not any(i.startswith("custom.") for i in found.investigations)


def test_no_context_is_fine() -> None:
    assert classify("When did it start?").intent is Intent.QUESTION


def test_threads_share_one_fitted_layer() -> None:
    utterances = ["Do you smoke?", "Any allergies?", "Can I listen to your chest?"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(lambda u: classify(u, CHEST), utterances))
    assert found == [classify(u, CHEST) for u in utterances]


@pytest.fixture(scope="module")
def small_index() -> Index:
    data = corpus.load()
    return Index([e for e in data.entries if e.group in {"dev", "heldout3", "examples"}])


def test_queries_are_read_as_the_fitted_rows(small_index: Index) -> None:
    queries = [Query(e.utterance, e.language, e.previous_topics) for e in small_index.entries]
    difference = small_index.vectors(queries) - small_index._matrix
    assert abs(difference).max() < 1e-12


def test_weights_without_a_table_are_those_fitted_without_it(small_index: Index) -> None:
    kept, weights = small_index._dual(("heldout3",))
    used = [e.group for e, k in zip(small_index.entries, kept, strict=True) if k]
    assert not {"heldout3", "examples"} & set(used)
    rows = small_index._matrix[kept]
    gram = (rows @ rows.T).toarray() + RIDGE * np.eye(int(kept.sum()))
    direct = scipy.linalg.solve(gram, small_index._labels[kept], assume_a="pos")
    assert np.allclose(weights, direct, atol=1e-8)


def test_a_table_left_out_is_never_consulted(small_index: Index) -> None:
    entry = next(e for e in small_index.entries if e.group == "heldout3")
    query = Query(entry.utterance, entry.language, entry.previous_topics)
    seen = small_index.nearest([query])[0]
    unseen = small_index.nearest([query], leave_out=("heldout3",))[0]
    assert max(seen.ids.values()) == pytest.approx(1.0)  # the entry itself
    assert max(unseen.ids.values(), default=0.0) < 1.0
    assert small_index.support(("heldout3",))[entry.ids[0]] < small_index.support()[entry.ids[0]]


def test_the_linear_reading_of_the_models_is_sklearns() -> None:
    model = learned.learned()
    rows = np.random.default_rng(0).random((20, model.id_model.coef_.shape[1]))
    odds = rows @ model.id_model.coef_[0] + model.id_model.intercept_[0]
    assert np.array_equal(odds >= 0, model.id_model.predict_proba(rows)[:, 1] >= 0.5)
    intents = np.random.default_rng(1).random((20, model.intent_model.coef_.shape[1]))
    mine = np.argmax(intents @ model.intent_model.coef_.T + model.intent_model.intercept_, axis=1)
    assert np.array_equal(model.intent_model.classes_[mine], model.intent_model.predict(intents))
