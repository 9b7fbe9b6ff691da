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

from encounters.patient.knowledge import KnownFact, PatientKnowledge

Flag = dict[str, str]
NO_POLARITY_TOPICS = (
    "intro.", "hpi.chief_complaint", "hpi.onset", "hpi.location", "hpi.character",
    "hpi.severity", "hpi.timing", "hpi.course", "ice.", "comm.",
)  # fmt: skip
UNCOVERED_EXEMPT = ("intro.", "comm.", "ice.")

_STOP_WORDS = """
the and but for with that this have has had been was were are its i'm i've i'd my me you
your just really bit little quite very much any some about all get got feel felt like know
think say said one also well yes yeah not never doctor doc thing things time times now then
when what there they them from out into over only can could would will did does don't
actually sort kind maybe though still ever anything nothing something because more less too
far tell sure make makes made day days lot since ago used much how why where who which les
des une est suis ai avait ete etait fait faire dans sur avec pour par mais oui non cela
cette mon mes son ses tout tous tres bien peu trop aussi encore deja vraiment docteur chose
fois quand comme depuis alors avez avoir elle il ils lui leur nous vous pas plus jamais rien
que qui quoi crois pense sais
"""  # words too common to say what a clause is about
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIXES = ("ements", "ement", "ations", "ation", "ings", "ing", "ies", "es", "ed", "s", "e")
_SYNONYMS = {
    "smok": "smoke", "cigare": "smoke", "tobacc": "smoke", "fum": "smoke", "tabac": "smoke",
    "clope": "smoke", "vap": "smoke",
    "drink": "alcohol", "alcoho": "alcohol", "alcool": "alcohol", "wine": "alcohol",
    "beer": "alcohol", "pint": "alcohol", "vin": "alcohol", "biere": "alcohol",
    "allerg": "allergy",
    "faint": "faint", "blacke": "faint", "passe": "faint", "evanou": "faint", "malais": "faint",
    "vomit": "vomit", "threw": "vomit", "thrown": "vomit", "vomi": "vomit", "vomiss": "vomit",
    "cough": "cough", "toux": "cough", "touss": "cough",
    "fever": "fever", "feveri": "fever", "temper": "fever", "fievre": "fever",
    "breath": "breath", "breathl": "breath", "essouf": "breath",
    "pregna": "pregnant", "enceint": "pregnant", "grosse": "pregnant",
}  # fmt: skip
_UNCERTAIN = re.compile(
    r"\b(not sure|don't know|do not know|no idea|can't remember|cannot remember|don't remember|"
    r"couldn't tell|couldn't say|can't say|ne sais pas|sais pas|pas sur|aucune idee|"
    r"ne me souviens|ne saurais|n'ai pas fait attention)\b"
)
_NOT_NEGATING = re.compile(  # idioms that carry a negation word but state something positive
    r"\bsans (probleme|souci|soucis|arret|l'oublier|doute)\b|\bno problem\b"
    r"|\b(rien|aucun \w+|nothing|none) (a part|sauf|d'autre que|except|but|apart from)\b"
)
_HYPOTHETICAL = re.compile(r"\b(if|whether|unless|s'il|s'ils|si \w|au cas ou|peut etre)\b")
_YES = {"yes", "yeah", "yep", "oui", "absolutely", "definitely", "sure", "bien sur", "si"}
_NO = {"no", "nope", "nah", "non", "never", "jamais", "not really", "pas du tout", "not at all"}
_NEG_TOKENS = {
    "no", "not", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
    "non", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni",
}  # fmt: skip
_CLAUSE_SPLIT = re.compile(
    r"[.!?;:](?=\s|$)|,\s|\s[-–—]\s|\s(?:but|although|though|whereas|mais|sauf que|alors que)\s"
    r"|\s(?:and|et)\s(?=(?:i|i'\w+|it|it's|he|she|they|we|have|has|had|haven't|hasn't|never|no|not|"
    r"je|j'|il|elle|ca|on|n'|ne|pas|jamais)\b)"
)

# --- numbers ------------------------------------------------------------------------------------
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30,
}  # fmt: skip
_ABOUT = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine"}  # "une dizaine" = 10
_PHRASES = (  # applied after number words became digits
    (r"\bhalf an hour\b|\b1 demi heure\b", "30 minutes"),
    (r"\ban hour and a half\b|\b1 heure et demie\b", "90 minutes"),
    (r"\ba couple of\b|\bcouple of\b", "2"),
    (r"(\d+ (?:[a-z]+ ){0,2})(?:a|an) (?=(?:day|week)\b)", r"\1per "),  # "20 a day"
    (r"\b(a|an) (?=(minute|hour|day|week|month|year)s?\b)", "1 "),
)  # fmt: skip
_UNITS = {
    "minute": ("duration", 1), "min": ("duration", 1), "mins": ("duration", 1),
    "hour": ("duration", 60), "hr": ("duration", 60), "hrs": ("duration", 60),
    "heure": ("duration", 60), "h": ("duration", 60), "day": ("duration", 1440),
    "jour": ("duration", 1440), "week": ("duration", 10080), "semaine": ("duration", 10080),
    "month": ("duration", 43200), "mois": ("duration", 43200), "year": ("duration", 525600),
    "an": ("duration", 525600), "annee": ("duration", 525600), "moi": ("duration", 43200),
    "degree": ("temperature", 1), "degre": ("temperature", 1),
    "mg": ("dose", 1), "milligram": ("dose", 1), "milligramme": ("dose", 1),
    "g": ("dose", 1000), "gram": ("dose", 1000), "gramme": ("dose", 1000),
}  # fmt: skip
_NUM = r"(\d+(?:\.\d+)?)"
_QUANTITY = re.compile(
    rf"{_NUM}(?:\s+(?:or|to|ou|a)\s+{_NUM})?\s*"
    r"(?:(out of 10|sur 10|/10)"
    r"|(?:[a-z]+\s+){0,2}?(?:times?\s+|fois\s+)?(?:per|par|each)\s+(day|jour|week|semaine)\b"
    r"|([a-z]+?)s?\b(?!\s+old))"
)
_CLOCK = re.compile(r"\b(a|at|vers)\s+$")  # "à 6 heures", "at 6 hours": a time of day
_AGE = re.compile(r"\b(j'ai|il a|elle a|agee? de|age de)\s+$")  # "j'ai 31 ans": an age

# --- drugs --------------------------------------------------------------------------------------
_DRUG_FAMILIES = (
    "paracetamol acetaminophen doliprane dafalgan efferalgan tylenol panadol calpol",
    "ibuprofen ibuprofene advil nurofen brufen",
    "aspirin aspirine kardegic",
    "penicillin penicilline amoxicillin amoxicilline augmentin clamoxyl",
    "codeine codoliprane cocodamol co-codamol",
    "tramadol",
    "morphine oramorph",
    "naproxen",
    "diclofenac voltaren",
    "omeprazole mopral inexium esomeprazole lansoprazole",
    "gaviscon rennie antacid",
    "salbutamol ventolin ventoline",
    "prednisolone prednisone cortisone",
    "levothyroxine levothyrox",
    "metformin metformine",
    "insulin insuline",
    "warfarin coumadine",
    "apixaban eliquis",
    "rivaroxaban xarelto",
    "clopidogrel plavix",
    "ramipril",
    "amlodipine",
    "bisoprolol",
    "atorvastatin simvastatin statin statine",
    "sertraline fluoxetine citalopram escitalopram prozac",
    "diazepam valium lorazepam",
    "zopiclone",
    "antibiotic antibiotique",
    "trimethoprim nitrofurantoin fosfomycine monuril",
    "phloroglucinol spasfon",
    "furosemide lasix",
    "digoxin",
    "sumatriptan",
)
_DRUG_SUFFIX = re.compile(
    r"^[a-z]{3,}(cillin|cilline|pril|olol|statin|statine|azole|sartan|xaban|dipine|triptan|"
    r"mycin|mycine|cycline|floxacin|floxacine|prazole|tidine|dronate|profen|profene|zepam)$"
)
_ALLERGY_TO = re.compile(
    r"\b(?:allergic to|allergy to|allergique (?:a|aux?)|allergie (?:a|aux?))\s+([^.;!?]{0,80})"
)
_ALLERGEN_LIST_SPLIT = re.compile(r",|\b(?:and|or|et|ou)\b")
_ALLERGEN_LEAD = re.compile(r"^(?:\s|to\b|a\b|aux?\b|the\b|la\b|le\b|les\b|l'|des\b|du\b)*")
_NOT_ALLERGENS = {"anything", "nothing", "that", "medicine", "medicines", "medication", "rien",
                  "medicaments", "medicament", "quoi"}  # fmt: skip


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
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    short = word[:6]
    return _SYNONYMS.get(short, _SYNONYMS.get(short[:5], _SYNONYMS.get(short[:4], short)))


@lru_cache(maxsize=4096)  # facts are checked again on every reply
def clauses(text: str) -> tuple[Clause, ...]:
    found = []
    for raw in _CLAUSE_SPLIT.split(text):
        if not raw or not raw.strip():
            continue
        prepared = _prepare(raw)
        words = _words(prepared)
        subjects = frozenset(
            stem(w) for w in words if len(w) >= 3 and w not in _STOP and not w.isdigit()
        )
        found.append(Clause(prepared, _negated(prepared, words, raw), subjects))
    return tuple(found)


def _words(prepared: str) -> list[str]:
    """Tokens, French elisions split off ("j'ai" → "j", "ai"), English "n't" kept whole."""
    return [
        w for part in prepared.split() for w in ([part] if part == "n't" else part.split("'")) if w
    ]


def _negated(prepared: str, words: list[str], raw: str) -> bool | None:
    if _NOT_NEGATING.search(prepared):
        words = _words(_NOT_NEGATING.sub(" ", prepared))
    if (
        raw.strip().endswith("?")
        or _HYPOTHETICAL.search(prepared)
        or _UNCERTAIN.search(prepared.replace(" n't", "n't"))
    ):
        return None
    if prepared in _NO or prepared in _YES:
        return prepared in _NO
    french_ne = "ne" in words or "n" in words
    return bool(_NEG_TOKENS & set(words) or "n't" in words or (french_ne and "plus" in words))


def _answer_word(clause: Clause) -> bool:
    return clause.text in _YES or clause.text in _NO


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
        if word in _NUMBER_WORDS or (word == "and" and run):
            run.append(word)
            continue
        if run:
            out.append(str(_number_value([w for w in run if w != "and"])))
            run = []
        out.append(word)
    text = " ".join(out).strip()
    for pattern, replacement in _PHRASES:
        text = re.sub(pattern, replacement, text)
    return text


def _number_value(words: list[str]) -> int:
    total = 0
    for index, word in enumerate(words):
        value = _NUMBER_WORDS[word]
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and index and words[index - 1] == "quatre":
            total += 80 - 4  # quatre-vingt(s)
        elif word in _ABOUT and index and words[index - 1] in ("un", "une"):
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
        return bool(_CLOCK.search(before))
    return scale >= 43200 and bool(_AGE.search(before))


def _unit(match: re.Match[str]) -> tuple[str, float]:
    if match.group(3):
        return "score", 1
    if match.group(4):
        return ("per_day" if match.group(4) in ("day", "jour") else "per_week"), 1
    return _UNITS.get(match.group(5) or "", ("", 1))


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

_FAMILY_OF = {name: family for family in _DRUG_FAMILIES for name in family.split()}


def drugs(text: str) -> set[str]:
    words = {w.removesuffix("s") for w in _prepare(text).replace("'", " ").split()}
    return {w for w in words if w in _FAMILY_OF or _DRUG_SUFFIX.match(w)}


@lru_cache(maxsize=512)
def _corpus(sources: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_prepare(" ".join(sources)).replace("'", " ").split())


def _mentioned(drug: str, corpus: frozenset[str]) -> bool:
    names = _FAMILY_OF.get(drug, drug).split()
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
    for listed in _ALLERGY_TO.findall(_prepare(text)):
        for item in _ALLERGEN_LIST_SPLIT.split(listed):
            words = _ALLERGEN_LEAD.sub("", item).split()
            if words and len(words[0]) >= 3 and words[0] not in _NOT_ALLERGENS | _STOP:
                found.append(words[0].removesuffix("s"))
    return found


def _drug_polarity(clause: Clause, drug: str, facts: tuple[KnownFact, ...]) -> list[Flag]:
    """A drug the case names: the reply must not deny what every fact clause about it says."""
    if clause.negated is None:
        return []
    names = set(_FAMILY_OF.get(drug, drug).split())
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
    if not said or _UNCERTAIN.search(_prepare(reply).replace(" n't", "n't")):
        return []
    if len(default & set(_prepare(reply).split())) >= max(3, len(default) // 2):
        return []
    return [_flag("unsupported", asked[0], f"no fact covers this topic: “{said[0].text}”")]
