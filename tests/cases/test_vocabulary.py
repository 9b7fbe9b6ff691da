"""The shared vocabulary: id shape, coverage, labels, lexicons and free entries (pure, no DB)."""

from __future__ import annotations

import re

import pytest

from cases import vocabulary
from cases.vocabulary import (
    ALL,
    EXAMS,
    FREE_ENTRY_PATTERN,
    INVESTIGATIONS,
    TOPICS,
    Kind,
    Term,
    get,
    groups,
    is_known,
    is_valid_free_entry,
    kind_of,
    label,
    make_custom_term,
    terms,
)

ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
KIND_TABLES = {Kind.TOPIC: TOPICS, Kind.EXAM: EXAMS, Kind.INVESTIGATION: INVESTIGATIONS}
ALL_TERMS = list(ALL.values())


def _term_ids(items: list[Term]) -> list[str]:
    return [term.id for term in items]


# --- ids --------------------------------------------------------------------------------------


def test_ids_are_unique_across_kinds() -> None:
    declared = [*TOPICS, *EXAMS, *INVESTIGATIONS]
    assert len(declared) == len(set(declared))
    assert set(declared) == set(ALL)


@pytest.mark.parametrize("term", ALL_TERMS, ids=_term_ids(ALL_TERMS))
def test_id_shape_and_dict_key(term: Term) -> None:
    assert ID_RE.fullmatch(term.id)
    assert ALL[term.id] is term
    assert not is_valid_free_entry(term.id)


def test_prefixes_match_kinds() -> None:
    for term in TOPICS.values():
        assert term.kind is Kind.TOPIC
        assert not term.id.startswith(("exam.", "inv.", "custom.")), term.id
    for term in EXAMS.values():
        assert term.kind is Kind.EXAM
        assert term.id.startswith("exam."), term.id
    for term in INVESTIGATIONS.values():
        assert term.kind is Kind.INVESTIGATION
        assert term.id.startswith("inv."), term.id


def test_topic_group_is_the_first_id_segment() -> None:
    for term in TOPICS.values():
        assert term.id.split(".", 1)[0] == term.group, term.id


def test_investigation_group_is_the_second_id_segment() -> None:
    for term in INVESTIGATIONS.values():
        assert term.id.split(".")[1] == term.group, term.id


def test_minimum_coverage() -> None:
    assert len(TOPICS) >= 80
    assert len(EXAMS) >= 35
    assert len(INVESTIGATIONS) >= 45


@pytest.mark.parametrize(
    "term_id",
    [
        "intro.greeting",
        "intro.identity",
        "intro.consent",
        "hpi.chief_complaint",
        "hpi.onset",
        "hpi.location",
        "hpi.radiation",
        "hpi.character",
        "hpi.severity",
        "hpi.timing",
        "hpi.course",
        "hpi.aggravating",
        "hpi.relieving",
        "hpi.associated",
        "hpi.previous_episodes",
        "hpi.triggers",
        "hpi.treatment_tried",
        "ros.general",
        "ros.fever",
        "ros.weight_loss",
        "ros.chest_pain",
        "ros.dyspnoea",
        "ros.lmp",
        "ros.suicidal_ideation",
        "ros.self_harm",
        "pmh.cardiovascular_risk",
        "meds.current",
        "allergies.drug",
        "fh.sudden_death",
        "social.tobacco",
        "social.alcohol",
        "social.domestic_violence",
        "ice.ideas",
        "ice.concerns",
        "ice.expectations",
        "ice.impact",
        "peds.wet_nappies",
        "peds.nursery",
        "exam.general",
        "exam.vitals",
        "exam.vitals.bp",
        "exam.vitals.spo2",
        "exam.vitals.glucose",
        "exam.cardio.auscultation",
        "exam.resp.auscultation",
        "exam.abdo.murphy",
        "exam.abdo.rectal",
        "exam.neuro.meningism",
        "exam.ent.throat",
        "exam.skin.capillary_refill",
        "exam.msk.straight_leg_raise",
        "exam.peds.fontanelle",
        "inv.bedside.ecg",
        "inv.bedside.urine_dipstick",
        "inv.blood.fbc",
        "inv.blood.troponin",
        "inv.blood.d_dimer",
        "inv.micro.urine_culture",
        "inv.micro.csf",
        "inv.imaging.chest_xray",
        "inv.imaging.ct_pulmonary_angiogram",
        "inv.functional.spirometry",
        "inv.scales.phq9",
    ],
)
def test_ids_other_modules_rely_on(term_id: str) -> None:
    assert is_known(term_id)


# --- labels and lexicons ----------------------------------------------------------------------


@pytest.mark.parametrize("term", ALL_TERMS, ids=_term_ids(ALL_TERMS))
def test_labels_and_keywords(term: Term) -> None:
    assert term.label_en.strip() == term.label_en != ""
    assert term.label_fr.strip() == term.label_fr != ""
    for keywords in (term.keywords_en, term.keywords_fr):
        assert isinstance(keywords, tuple)
        assert len(keywords) >= 2
        assert len(keywords) == len(set(keywords)), "a keyword is repeated"
        for keyword in keywords:
            assert keyword == " ".join(keyword.split()), repr(keyword)
            assert keyword == keyword.lower(), repr(keyword)
            assert ";" not in keyword
            assert "’" not in keyword, "use straight apostrophes"


def test_french_keywords_keep_accents() -> None:
    onset = TOPICS["hpi.onset"]
    assert "quand est-ce que ça a commencé" in onset.keywords_fr
    assert "depuis quand" in onset.keywords_fr
    assert "since when" in onset.keywords_en
    assert "tabac" in TOPICS["social.tobacco"].keywords_fr
    assert "cigarettes" in TOPICS["social.tobacco"].keywords_en


def test_term_label_picks_the_language() -> None:
    term = EXAMS["exam.cardio.auscultation"]
    assert term.label("fr") == "Auscultation cardiaque"
    assert term.label("fr-FR") == "Auscultation cardiaque"
    assert term.label("FR_ca") == "Auscultation cardiaque"
    assert term.label("en") == "Cardiac auscultation"
    assert term.label("de") == "Cardiac auscultation"
    assert term.label("") == "Cardiac auscultation"
    assert term.keywords("fr") is term.keywords_fr
    assert term.keywords("en-GB") is term.keywords_en


def test_label_function_and_fallbacks() -> None:
    assert label("inv.blood.fbc", "fr") == "Numération formule sanguine (NFS)"
    assert label("inv.blood.fbc", "en") == "Full blood count (FBC)"
    assert label("not.a_term", "fr") == "not.a_term"
    assert label("custom.travel_history", "en") == "custom.travel_history"
    custom_term = make_custom_term("custom.travel_history", Kind.TOPIC, "Travel history", "Voyages")
    custom = {custom_term.id: custom_term}
    assert label("custom.travel_history", "fr", custom) == "Voyages"
    assert label("custom.travel_history", "en", custom) == "Travel history"
    assert label("custom.other", "en", custom) == "custom.other"
    assert label("hpi.onset", "fr", custom) == "Mode de début"


# --- lookups ----------------------------------------------------------------------------------


def test_get_is_known_kind_of() -> None:
    assert get("hpi.onset") is TOPICS["hpi.onset"]
    assert get("nope.nope") is None
    assert get("") is None
    assert is_known("inv.blood.troponin")
    assert not is_known("inv.blood")
    assert not is_known("custom.travel_history")
    assert kind_of("hpi.onset") is Kind.TOPIC
    assert kind_of("exam.vitals.bp") is Kind.EXAM
    assert kind_of("inv.imaging.chest_xray") is Kind.INVESTIGATION
    assert kind_of("unknown.id") is None


@pytest.mark.parametrize("kind", list(Kind))
def test_terms_keep_declaration_order(kind: Kind) -> None:
    listed = terms(kind)
    assert listed == list(KIND_TABLES[kind].values())
    assert all(term.kind is kind for term in listed)
    assert terms(kind) is not terms(kind), "callers get their own list"


def test_kind_is_a_str_enum() -> None:
    assert Kind("topic") is Kind.TOPIC
    assert isinstance(Kind.INVESTIGATION, str)
    assert str(Kind.INVESTIGATION) == "investigation"
    assert terms(Kind("exam")) == terms(Kind.EXAM)


# --- groups -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind))
def test_groups_cover_every_term(kind: Kind) -> None:
    declared = groups(kind)
    group_ids = [group_id for group_id, _, _ in declared]
    assert len(group_ids) == len(set(group_ids))
    for group_id, label_en, label_fr in declared:
        assert group_id
        assert label_en
        assert label_fr
    used = {term.group for term in terms(kind)}
    assert used == set(group_ids), "every group is used and every used group is declared"


def test_groups_follow_term_order() -> None:
    for kind in Kind:
        order = [group_id for group_id, _, _ in groups(kind)]
        first_seen = list(dict.fromkeys(term.group for term in terms(kind)))
        assert first_seen == order


# --- free entries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term_id", "valid"),
    [
        ("custom.travel_history", True),
        ("custom.x", True),
        ("custom.exam.tattoo", True),
        ("custom.a1.b_2.c3", True),
        ("custom.9lives", True),
        ("custom", False),
        ("custom.", False),
        ("custom..x", False),
        ("custom.x.", False),
        ("Custom.x", False),
        ("custom.Travel", False),
        ("custom.travel-history", False),
        ("custom.travel history", False),
        ("custom.voyage_à_l_étranger", False),
        ("custom.x\n", False),
        (" custom.x", False),
        ("customs.x", False),
        ("hpi.onset", False),
        ("hpi.custom.x", False),
        ("", False),
    ],
)
def test_free_entry_validation(term_id: str, valid: bool) -> None:
    assert is_valid_free_entry(term_id) is valid


def test_free_entry_pattern_is_the_documented_regex() -> None:
    assert FREE_ENTRY_PATTERN == r"^(custom)\.[a-z0-9_]+(\.[a-z0-9_]+)*$"
    assert re.match(FREE_ENTRY_PATTERN, "custom.travel_history")


def test_make_custom_term() -> None:
    term = make_custom_term(
        "custom.travel_history",
        Kind.TOPIC,
        "Travel history",
        "Voyages récents",
        keywords_en=["Been Abroad", "been  abroad", " travelled ", ""],
        keywords_fr=("voyagé", "À l'étranger"),
    )
    assert term.id == "custom.travel_history"
    assert term.kind is Kind.TOPIC
    assert term.group == "custom"
    assert term.keywords_en == ("been abroad", "travelled")
    assert term.keywords_fr == ("voyagé", "à l'étranger")
    assert term.label("fr") == "Voyages récents"
    assert not is_known(term.id)


def test_make_custom_term_defaults() -> None:
    term = make_custom_term("custom.tattoo_check", "exam", "")
    assert term.kind is Kind.EXAM
    assert term.label("en") == "Tattoo check"
    assert term.label("fr") == "Tattoo check", "French falls back to English"
    assert term.keywords_en == ()
    assert term.keywords_fr == ()


@pytest.mark.parametrize(
    "term_id", ["travel_history", "hpi.onset", "custom", "custom.Bad", "custom.bad id", ""]
)
def test_make_custom_term_rejects_bad_ids(term_id: str) -> None:
    with pytest.raises(ValueError, match="free-entry id"):
        make_custom_term(term_id, Kind.TOPIC, "Label")


def test_make_custom_term_rejects_bad_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        make_custom_term("custom.x", "finding", "Label")


def test_terms_are_immutable() -> None:
    term = TOPICS["hpi.onset"]
    with pytest.raises(AttributeError):
        term.label_en = "Changed"  # type: ignore[misc]


def test_module_exports() -> None:
    for name in vocabulary.__all__:
        assert hasattr(vocabulary, name)
