"""Text folding, words, chat shorthand and a light English/French stemmer for the matcher."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "β": "b",
        "«": '"',
        "»": '"',
    }
)
_WORD = re.compile(r"[a-z0-9]+(?:[&+][a-z0-9]+)*")
_NOT_TEXT = re.compile(r"[^a-z0-9'&+%]+")

#: Chat shorthand and SMS spellings, expanded before anything else looks at the words.
SHORTHAND: dict[str, tuple[str, ...]] = {
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "wat": ("what",),
    "wot": ("what",),
    "wen": ("when",),
    "whn": ("when",),
    "hw": ("how",),
    "pls": ("please",),
    "plz": ("please",),
    "thx": ("thanks",),
    "ty": ("thanks",),
    "abt": ("about",),
    "b4": ("before",),
    "cuz": ("because",),
    "bc": ("because",),
    "ok": ("okay",),
    "k": ("okay",),
    "qqn": ("quelqu", "un"),
    "qqun": ("quelqu", "un"),
    "qq": ("quelques",),
    "qqch": ("quelque", "chose"),
    "pk": ("pourquoi",),
    "qd": ("quand",),
    "qnd": ("quand",),
    "pq": ("pourquoi",),
    "bcp": ("beaucoup",),
    "tt": ("tout",),
    "ds": ("dans",),
    "dc": ("donc",),
    "svp": ("s", "il", "vous", "plait"),
    "stp": ("s", "il", "te", "plait"),
    "mtn": ("maintenant",),
    "atcd": ("antecedents",),
    "atcds": ("antecedents",),
    "ttt": ("traitement",),
    "tjs": ("toujours",),
    "dlr": ("douleur",),
    # English contractions typed without their apostrophe
    "whats": ("what", "is"),
    "hows": ("how", "is"),
    "wheres": ("where", "is"),
    "whens": ("when", "is"),
    "thats": ("that", "is"),
    "theres": ("there", "is"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "youre": ("you", "are"),
    "youve": ("you", "have"),
}


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (for word lists written as prose)."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """Lowercase, with ligatures, curly apostrophes and accents folded; punctuation kept."""
    text = text.translate(_FOLD).lower().translate(_FOLD)
    if text.isascii():
        return text  # nothing to decompose
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalise(text: str) -> str:
    """Folded text reduced to words, digits, apostrophes, '&' and '%', single-spaced."""
    return " ".join(part.strip("'") for part in _NOT_TEXT.sub(" ", fold(text)).split()).strip()


_CONTRACTIONS: dict[str, tuple[frozenset[str], str]] = {
    "s": (word_set("what where who how that it there here he she when why"), "is"),
    "re": (word_set("you we they who what"), "are"),
    "ve": (word_set("i you we they who could would should"), "have"),
    "ll": (word_set("i you we they he she it that"), "will"),
    "m": (frozenset({"i"}), "am"),
    "d": (word_set("i you we they he she"), "would"),
}
_NEGATED = {
    "don": "do", "doesn": "does", "didn": "did", "isn": "is", "aren": "are", "won": "will",
    "can": "can", "wouldn": "would", "couldn": "could", "shouldn": "should", "haven": "have",
    "hasn": "has", "wasn": "was", "weren": "were",
}  # fmt: skip


def _expand(previous: str, word: str) -> tuple[str, str]:
    """English contractions split at the apostrophe: "what s" -> "what is", "don t" -> "do not"."""
    if word == "t" and previous in _NEGATED:
        return _NEGATED[previous], "not"
    after, full = _CONTRACTIONS.get(word, (frozenset(), word))
    return previous, full if previous in after else word


def words(folded: str) -> list[str]:
    """The words of already folded text; apostrophes split words, shorthand and English
    contractions are expanded."""
    out: list[str] = []
    for word in _WORD.findall(folded):
        for part in SHORTHAND.get(word, (word,)):
            if out:
                out[-1], part = _expand(out[-1], part)
            out.append(part)
    return out


_PLURAL_KEEP = ("ss", "us", "is", "ous")
_SUFFIXES = (
    "issements", "issement", "ements", "ement", "ations", "ation", "eraient", "erait", "erais",
    "aient", "ness", "euse", "eurs", "eur", "eux", "ings", "ing", "ied", "iez", "ait", "ais",
    "ed", "er", "ir", "re", "ez", "ee", "es", "e", "ly",
)  # fmt: skip


_IRREGULAR = {
    **dict.fromkeys(("going", "goes", "gone", "went"), "go"),
    **dict.fromkeys(("doing", "does", "did", "done"), "do"),
    **dict.fromkeys(("lying", "lies", "lay", "lain"), "lie"),
    **dict.fromkeys(("having", "has", "had"), "have"),
    **dict.fromkeys(("being", "is", "are", "was", "were", "am"), "be"),
    **dict.fromkeys(("exam", "exams"), "examin"),
    **dict.fromkeys(("shoulder", "shoulders"), "shoulder"),  # not "should"
    "latex": "latex",  # not "later"
    **dict.fromkeys(("number", "numbers"), "number"),  # not "numb"
    "early": "early",  # not "ear"
    "care": "care",  # not "car"
}


#: Stems of everyday synonyms, read as one word ("tummy" = "belly" = "abdomen").
_SYNONYMS = {
    **dict.fromkeys(("tummy", "bel", "stomach"), "abdomen"),
    **dict.fromkeys(("poor", "unwell"), "ill"),
    **dict.fromkeys(("tablet", "med", "medicin"), "medic"),
    **dict.fromkeys(("comprim", "cachet"), "medicament"),
    "wee": "pee",
    **dict.fromkeys(("dad", "daddy"), "fath"),
    **dict.fromkeys(("mum", "mom", "mummy"), "moth"),
    **dict.fromkeys(("kid", "children"), "child"),
    "papa": "per",
    "maman": "mer",
    "goss": "enfant",
}


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light, language-blind stem (plural, then one common English or French ending),
    with everyday synonyms made one."""
    found = _stem(word)
    return _SYNONYMS.get(found, found)


def _stem(word: str) -> str:
    word = word.strip("'.")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3:
        return word
    if not word.isalpha():  # "u&es", "lfts2": plural only
        return word[:-1] if word.endswith("s") and word[-2].isalpha() else word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("aux") and len(word) > 5:
        word = word[:-3] + "al"
    elif word.endswith(("s", "x")) and not word.endswith((*_PLURAL_KEEP, "eux")):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in {"ing", "ings", "ed"} and word.endswith("er") and len(word) > 5:
                word = word[:-2]  # fluttering -> flutter -> flutt, like flutters
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # stopped -> stopp -> stop; keeps "ll", "ss"
    return word


def stems(text: str) -> tuple[str, ...]:
    """The stems of every word of ``text`` (no stop-word removal)."""
    return tuple(stem(w) for w in words(fold(text)))
