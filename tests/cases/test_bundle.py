"""The bundle format: schema errors located by path, publishing rules in words, canonical text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from cases import bundle as bundles
from cases.bundle import BundleInvalid
from tests.cases.samples import sample_bundle_data

pytestmark = pytest.mark.smoke
ROOT = Path(__file__).resolve().parents[2]


def errors_of(data: Any) -> list[str]:
    try:
        bundles.parse_data(data)
    except BundleInvalid as exc:
        return [str(e) for e in exc.errors]
    return []


def problems_of(data: dict[str, Any]) -> list[str]:
    return [str(p) for p in bundles.check(bundles.parse_data(data))]


def test_sample_bundle_is_valid_and_publishable() -> None:
    assert errors_of(sample_bundle_data()) == []
    assert problems_of(sample_bundle_data()) == []


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


SCHEMA_CASES = [
    (_set("surprise", 1), "surprise: unknown key"),
    (_set("persona.hair_colour", "red"), "persona.hair_colour: unknown key"),
    (_drop("persona"), "persona: required"),
    (_set("format_version", "9.9"), "format_version:"),
    (_set("identity.slug", "Not A Slug"), "identity.slug:"),
    (_set("metadata.language", "de"), "metadata.language:"),
    (_set("metadata.interview_minutes", 0), "metadata.interview_minutes:"),
    (_set("persona.age", -1), "persona.age:"),
    (_set("checklist.items.2.weight", 0), "checklist.items[2].weight:"),
    (_set("checklist.items.0.section", "vibes"), "checklist.items[0].section:"),
    (_set("facts.1.disclosure", "sometimes"), "facts[1].disclosure:"),
    (_set("facts.0.topic", "Not An Id"), "facts[0].topic:"),
    (_set("checklist.pass_mark", 140), "checklist.pass_mark:"),
]


@pytest.mark.parametrize(("change", "expected"), SCHEMA_CASES)
def test_schema_errors_name_their_path(change: Callable[[Any], None], expected: str) -> None:
    data = sample_bundle_data()
    change(data)
    assert any(e.startswith(expected) for e in errors_of(data)), errors_of(data)


def test_every_schema_error_is_listed_at_once() -> None:
    data = sample_bundle_data()
    data["surprise"] = 1
    data["persona"]["age"] = "old"
    data["checklist"]["items"][0]["weight"] = -2
    assert len(errors_of(data)) == 3


def _remove_fact(topic: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["facts"] = [f for f in data["facts"] if f["topic"] != topic]

    return change


def _add(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path.split("."):
            target = target[part]
        target.append(value)

    return change


RULE_CASES = [
    (_set("door_instructions.reason_for_visit", ""), "the reason for visit is empty"),
    (_set("door_instructions.task", ""), "the candidate's task is empty"),
    (_set("persona.opening_statement", ""), "the patient has no opening statement"),
    (_set("persona.age", 3), "needs a parent or carer to speak for them"),
    (_remove_fact("hpi.chief_complaint"), "no fact for the chief complaint"),
    (_set("facts.1.topic", "exam.ent.throat"), "is not a history topic"),
    (_set("facts.1.topic", "hpi.nonexistent"), "is not a history topic"),
    (_set("facts.1.text", ""), "the fact has no wording"),
    (_set("exam_findings.0.exam", "inv.blood.fbc"), "is not a known exam"),
    (_add("exam_findings", {"exam": "exam.ent.throat", "text": "x"}), "is given twice"),
    (
        _set("investigations.0.investigation", "exam.general"),
        "is not a known investigation",
    ),
    (_set("hidden.diagnosis", ""), "the expected diagnosis is empty"),
    (_set("checklist.items", []), "the checklist has no item"),
    (_set("checklist.items.1.id", "H2"), "item id H2 is used twice"),
    (_set("checklist.items.1.relates_to", []), "does not say what it relates to"),
    (
        _set("checklist.items.1.relates_to", ["hpi.radiation"]),
        "checklist item H1 refers to topic 'hpi.radiation' but the case has no fact for it",
    ),
    (
        _set("checklist.items.3.relates_to", ["exam.abdo.palpation"]),
        "refers to examination 'exam.abdo.palpation' but the case has no finding for it",
    ),
    (
        _set("checklist.items.3.relates_to", ["inv.blood.fbc"]),
        "refers to investigation 'inv.blood.fbc' but the case has no result for it",
    ),
    (_set("checklist.items.3.relates_to", ["hpi.onset"]), "is not an examination or investigation"),
    (_set("checklist.items.4.relates_to", ["comm.telepathy"]), "is not a communication behaviour"),
    (_set("checklist.items.5.relates_to", ["note.poetry"]), "is not a note element"),
    (_set("checklist.items.5.accepted_phrasings", []), "note item N1 needs accepted phrasings"),
    (_set("metadata.note_minutes", 0), "scores a note but no time is given"),
    (
        _set("facts.0.text", "I think it is streptococcal tonsillitis CANARY-7f3a9c-HIDDEN"),
        "the fact names the expected diagnosis",
    ),
    (
        _set(
            "custom_terms",
            [
                {"id": "custom.tattoo", "kind": "topic", "label_en": "Tattoos"},
                {"id": "custom.tattoo", "kind": "topic", "label_en": "Tattoos again"},
            ],
        ),
        "'custom.tattoo' is declared twice",
    ),
]


@pytest.mark.parametrize(("change", "expected"), RULE_CASES)
def test_each_publishing_rule_reports_a_problem_in_words(
    change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    data = sample_bundle_data()
    change(data)
    problems = problems_of(data)
    assert any(expected in p for p in problems), problems


def test_custom_terms_are_accepted_where_declared() -> None:
    data = sample_bundle_data()
    data["custom_terms"] = [{"id": "custom.tattoo", "kind": "topic", "label_en": "Tattoos"}]
    data["facts"].append({"topic": "custom.tattoo", "text": "I have one on my arm."})
    data["checklist"]["items"][1]["relates_to"] = ["custom.tattoo"]
    assert problems_of(data) == []


def test_oversize_file_is_refused() -> None:
    raw = json.dumps(sample_bundle_data()).encode() + b" " * bundles.MAX_BUNDLE_BYTES
    with pytest.raises(BundleInvalid, match="larger than"):
        bundles.parse_bytes(raw)


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(BundleInvalid, match="line 2, column"):
        bundles.parse_bytes(b'{\n  "identity": ,\n}')


@pytest.mark.parametrize("raw", [b"[1, 2]", b"\xff\xfe", b"- a\n- b\n"])
def test_non_object_or_non_text_files_are_refused(raw: bytes) -> None:
    with pytest.raises(BundleInvalid):
        bundles.parse_bytes(raw, "yaml")


def test_dump_is_canonical_and_yaml_round_trips() -> None:
    bundle = bundles.parse_data(sample_bundle_data())
    text = bundles.dump(bundle)
    assert bundles.dump(bundles.parse_bytes(text.encode())) == text
    yaml_text = bundles.dump(bundle, "yaml")
    assert bundles.dump(bundles.parse_bytes(yaml_text.encode(), "yaml")) == text
    assert bundles.content_hash(bundle) == bundles.content_hash(bundles.parse_bytes(text.encode()))


def test_committed_json_schema_is_up_to_date() -> None:
    committed = json.loads((ROOT / "docs" / "case-bundle-1.0.schema.json").read_text())
    assert committed == bundles.json_schema()


@pytest.mark.django_db
def test_json_schema_is_served() -> None:
    response = Client().get("/cases/schema/case-bundle-1.0.json")
    assert response.status_code == 200
    assert response.json()["title"] == "DocSim case bundle"
