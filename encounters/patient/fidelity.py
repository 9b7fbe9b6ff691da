"""Checks a patient reply against the case's structured facts. Pure.

Three checks, English and French: yes/no statements (a negated clause against a fact clause on
the same subject, for the topics just asked), numbers with a unit (durations, scores out of ten,
counts per day, doses; number words normalised), and drug or allergen names the case never
mentions. A flag is ``{"kind": "contradiction" | "unsupported", "topic": ..., "detail": ...}``.
It is a screen for authors, not a judge: it favours precision over recall.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from encounters.patient import fidelity_lexicon as lex
from encounters.patient.knowledge import KnownFact, PatientKnowledge

Flag = dict[str, str]
NO_POLARITY_TOPICS = (
    "intro.", "hpi.chief_complaint", "hpi.onset", "hpi.location", "hpi.character",
    "hpi.severity", "hpi.timing", "hpi.course", "ice.", "comm.",
)  # fmt: skip
UNCOVERED_EXEMPT = ("intro.", "comm.", "ice.")

_NUM = r"(\d+(?:\.\d+)?)"
_QUANTITY = re.compile(  # its groups are read by _unit: score, per day or week, unit
    rf"{_NUM}(?:\s+(?:or|to|ou|a)\s+{_NUM})?\s*"
    r"(?:(out of 10|sur 10|/10)"
    r"|(?:[a-z]+\s+){0,2}?(?:times?\s+|fois\s+)?(?:per|par|each)\s+(day|jour|week|semaine)\b"
    r"|([a-z]+?)s?\b(?!\s+old))"
)


@dataclass(frozen=True)
class Clause:
    text: str
    negated: bool | None  # None: uncertain, a question, or no statement
    subjects: frozenset[str]


def check(knowledge: PatientKnowledge, reply: str, topics: Iterable[str]) -> list[Flag]:
    """Flags for one reply to a question about `topics` (the classification's)."""
    topics = tuple(topics)
    asked = knowledge.facts_for(topics)
    sources = [f.text for f in knowledge.facts]
    if knowledge.persona.opening_statement:
        sources.append(knowledge.persona.opening_statement)
    flags = [
        *_polarity_flags(reply, asked),
        *_quantity_flags(reply, asked, sources, topics),
        *_drug_flags(reply, knowledge.facts, sources, topics),
        *_uncovered_flags(reply, knowledge, topics),
    ]
    unique: list[Flag] = []
    for flag in flags:
        if flag not in unique:
            unique.append(flag)
    return unique


def _flag(kind: str, topic: str, detail: str) -> Flag:
    return {"kind": kind, "topic": topic, "detail": detail[:300]}


def _prepare(text: str) -> str:
    text = re.sub(r"(\d),(\d)", r"\1.\2", text).replace("-", " ")
    return fold(text).replace("n't", " n't")


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes; keeps digits, '.', '/' and '%'."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9'%/.]+", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # a dot survives only inside a number
    return re.sub(r"\s+", " ", text).strip()


def stem(word: str) -> str:
    for suffix in ("ique", "ies", "ie", "ic", "y", "eur", "euse", "ers", "er"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    word = word.strip("'.")
    for suffix in lex.SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    short = word[:6]
    return lex.SYNONYMS.get(short, lex.SYNONYMS.get(short[:5], lex.SYNONYMS.get(short[:4], short)))


@lru_cache(maxsize=4096)  # facts are checked again on every reply
def clauses(text: str) -> tuple[Clause, ...]:
    found = []
    for raw in lex.CLAUSE_SPLIT.split(text):
        if not raw or not raw.strip():
            continue
        prepared = _prepare(raw)
        words = _words(prepared)
        subjects = frozenset(
            stem(w) for w in words if len(w) >= 3 and w not in lex.STOP and not w.isdigit()
        )
        found.append(Clause(prepared, _negated(prepared, words, raw), subjects))
    return tuple(found)


def _words(prepared: str) -> list[str]:
    """Tokens, French elisions split off ("j'ai" → "j", "ai"), English "n't" kept whole."""
    return [
        w for part in prepared.split() for w in ([part] if part == "n't" else part.split("'")) if w
    ]


def _negated(prepared: str, words: list[str], raw: str) -> bool | None:
    if lex.NOT_NEGATING.search(prepared):
        words = _words(lex.NOT_NEGATING.sub(" ", prepared))
    if (
        raw.strip().endswith("?")
        or lex.HYPOTHETICAL.search(prepared)
        or lex.UNCERTAIN.search(prepared.replace(" n't", "n't"))
    ):
        return None
    if prepared in lex.NO or prepared in lex.YES:
        return prepared in lex.NO
    french_ne = "ne" in words or "n" in words
    return bool(lex.NEG_TOKENS & set(words) or "n't" in words or (french_ne and "plus" in words))


def _answer_word(clause: Clause) -> bool:
    return clause.text in lex.YES or clause.text in lex.NO


def _polarity_flags(reply: str, asked: list[KnownFact]) -> list[Flag]:
    """A reply clause whose closest fact clauses (most shared subjects, across the facts of the
    asked topics) all have the other polarity contradicts them."""
    facts = [f for f in asked if not f.topic.startswith(NO_POLARITY_TOPICS)]
    pool = [(f, c) for f in facts for c in clauses(f.text) if c.negated is not None]
    said = [c for c in clauses(reply) if c.negated is not None]
    for clause in said:
        closest = _closest(clause, pool)
        if closest and all(c.negated != clause.negated for _f, c in closest):
            fact = closest[0][0]
            return [_flag("contradiction", fact.topic, _polarity_detail(clause, fact))]
    return _bare_answer_flag(said, facts, pool)


def _closest(
    clause: Clause, pool: list[tuple[KnownFact, Clause]]
) -> list[tuple[KnownFact, Clause]]:
    scores = [len(clause.subjects & c.subjects) for _f, c in pool]
    best = max(scores, default=0)
    return [pair for pair, score in zip(pool, scores, strict=True) if best and score == best]


def _bare_answer_flag(
    said: list[Clause], facts: list[KnownFact], pool: list[tuple[KnownFact, Clause]]
) -> list[Flag]:
    """A bare "yes"/"no" opening the reply answers the question: compare it with the fact when
    only one was asked about and all its clauses agree."""
    if len(facts) != 1 or not said or not _answer_word(said[0]) or not pool:
        return []
    polarity = {c.negated for _f, c in pool}
    if len(polarity) == 1 and said[0].negated not in polarity:
        return [_flag("contradiction", facts[0].topic, _polarity_detail(said[0], facts[0]))]
    return []


def _polarity_detail(clause: Clause, fact: KnownFact) -> str:
    return f"reply: “{clause.text}” — case: “{fact.text}”"


# --- numbers ------------------------------------------------------------------------------------


def _numbers_as_digits(text: str) -> str:
    out: list[str] = []
    run: list[str] = []
    for word in [*_prepare(text).split(), ""]:
        if word in lex.NUMBER_WORDS or (word == "and" and run):
            run.append(word)
            continue
        if run:
            out.append(str(_number_value([w for w in run if w != "and"])))
            run = []
        out.append(word)
    text = " ".join(out).strip()
    for pattern, replacement in lex.PHRASES:
        text = re.sub(pattern, replacement, text)
    return text


def _number_value(words: list[str]) -> int:
    total = 0
    for index, word in enumerate(words):
        value = lex.NUMBER_WORDS[word]
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and index and words[index - 1] == "quatre":
            total += 80 - 4  # quatre-vingt(s)
        elif word in lex.ABOUT and index and words[index - 1] in ("un", "une"):
            total += value - 1
        else:
            total += value
    return total


@lru_cache(maxsize=4096)
def quantities(text: str) -> tuple[tuple[str, float, str], ...]:
    """(kind, value in a base unit, surface text) for each number with a unit."""
    digits = _numbers_as_digits(text)
    found = []
    for match in _QUANTITY.finditer(digits):
        kind, scale = _unit(match)
        if kind and not _is_clock_or_age(digits[: match.start()], scale):
            for value in filter(None, (match.group(1), match.group(2))):
                found.append((kind, float(value) * scale, match.group(0).strip()))
    return tuple(found)


def _is_clock_or_age(before: str, scale: float) -> bool:
    if scale == 60:
        return bool(lex.CLOCK.search(before))
    return scale >= 43200 and bool(lex.AGE.search(before))


def _unit(match: re.Match[str]) -> tuple[str, float]:
    if match.group(3):
        return "score", 1
    if match.group(4):
        return ("per_day" if match.group(4) in ("day", "jour") else "per_week"), 1
    return lex.UNITS.get(match.group(5) or "", ("", 1))


def _close(kind: str, a: float, b: float) -> bool:
    if kind in ("duration", "per_day", "per_week"):
        return abs(a - b) <= 0.25 * max(a, b)
    return abs(a - b) <= 0.01 * max(a, b, 1)


def _quantity_flags(
    reply: str, asked: list[KnownFact], sources: list[str], topics: tuple[str, ...]
) -> list[Flag]:
    flags = []
    known = [q for text in sources for q in quantities(text)]
    for kind, value, surface in quantities(reply):
        if any(k == kind and _close(kind, v, value) for k, v, _s in known):
            continue
        rival = next(((f, s) for f in asked for k, _v, s in quantities(f.text) if k == kind), None)
        if rival is not None:
            detail = f"reply: “{surface}” — case: “{rival[1]}” ({rival[0].text})"
            flags.append(_flag("contradiction", rival[0].topic, detail))
        else:
            detail = f"reply: “{surface}” — no fact gives this {kind.replace('_', ' ')}"
            flags.append(_flag("unsupported", topics[0] if topics else "", detail))
    return flags


# --- drugs and allergens ------------------------------------------------------------------------


def drugs(text: str) -> set[str]:
    words = {w.removesuffix("s") for w in _prepare(text).replace("'", " ").split()}
    return {w for w in words if w in lex.FAMILY_OF or lex.DRUG_SUFFIX.match(w)}


@lru_cache(maxsize=512)
def _corpus(sources: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_prepare(" ".join(sources)).replace("'", " ").split())


def _mentioned(drug: str, corpus: frozenset[str]) -> bool:
    names = lex.FAMILY_OF.get(drug, drug).split()
    return any(name in corpus or name + "s" in corpus for name in names)


def _drug_flags(
    reply: str, facts: tuple[KnownFact, ...], sources: list[str], topics: tuple[str, ...]
) -> list[Flag]:
    flags: list[Flag] = []
    corpus = _corpus(tuple(sources))
    topic = topics[0] if topics else "meds.current"
    for clause in clauses(reply):
        for drug in sorted(drugs(clause.text)):
            if not _mentioned(drug, corpus):
                if clause.negated is False:
                    flags.append(_flag("unsupported", topic, f"drug not in the case: {drug}"))
                continue
            flags += _drug_polarity(clause, drug, facts)
    for allergen in allergens(reply):
        if not _mentioned(allergen, corpus):
            flags.append(
                _flag("unsupported", "allergies.drug", f"allergen not in the case: {allergen}")
            )
    return flags


def allergens(text: str) -> list[str]:
    """What a reply says the patient is allergic to: the first word of each listed item."""
    found = []
    for listed in lex.ALLERGY_TO.findall(_prepare(text)):
        for item in lex.ALLERGEN_LIST_SPLIT.split(listed):
            words = lex.ALLERGEN_LEAD.sub("", item).split()
            if words and len(words[0]) >= 3 and words[0] not in lex.NOT_ALLERGENS | lex.STOP:
                found.append(words[0].removesuffix("s"))
    return found


def _drug_polarity(clause: Clause, drug: str, facts: tuple[KnownFact, ...]) -> list[Flag]:
    """A drug the case names: the reply must not deny what every fact clause about it says."""
    if clause.negated is None:
        return []
    names = set(lex.FAMILY_OF.get(drug, drug).split())
    about = [
        (fact, c)
        for fact in facts
        for c in clauses(fact.text)
        if c.negated is not None and names & set(c.text.replace("'", " ").split())
    ]
    if about and all(c.negated != clause.negated for _f, c in about):
        return [_flag("contradiction", about[0][0].topic, _polarity_detail(clause, about[0][0]))]
    return []


# --- topics the case does not cover -------------------------------------------------------------


def _uncovered_flags(
    reply: str, knowledge: PatientKnowledge, topics: tuple[str, ...]
) -> list[Flag]:
    """A yes/no answer on a topic no fact covers is invented; the default answer is not."""
    asked = [t for t in topics if not t.startswith(UNCOVERED_EXEMPT)]
    if not asked or knowledge.facts_for(tuple(asked)):
        return []
    said = [c for c in clauses(reply) if c.negated is not None]
    default = set(_prepare(knowledge.unknown_answer).split())
    if not said or lex.UNCERTAIN.search(_prepare(reply).replace(" n't", "n't")):
        return []
    if len(default & set(_prepare(reply).split())) >= max(3, len(default) // 2):
        return []
    return [_flag("unsupported", asked[0], f"no fact covers this topic: “{said[0].text}”")]
