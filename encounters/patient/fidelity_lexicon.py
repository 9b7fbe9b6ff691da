"""The words the fidelity check reads replies with, English and French. Data only."""

from __future__ import annotations

import re

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
STOP = frozenset(_STOP_WORDS.split())
SUFFIXES = ("ements", "ement", "ations", "ation", "ings", "ing", "ies", "es", "ed", "s", "e")
SYNONYMS = {
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
UNCERTAIN = re.compile(
    r"\b(not sure|don't know|do not know|no idea|can't remember|cannot remember|don't remember|"
    r"couldn't tell|couldn't say|can't say|ne sais pas|sais pas|pas sur|aucune idee|"
    r"ne me souviens|ne saurais|n'ai pas fait attention)\b"
)
NOT_NEGATING = re.compile(  # idioms that carry a negation word but state something positive
    r"\bsans (probleme|souci|soucis|arret|l'oublier|doute)\b|\bno problem\b"
    r"|\b(rien|aucun \w+|nothing|none) (a part|sauf|d'autre que|except|but|apart from)\b"
)
HYPOTHETICAL = re.compile(r"\b(if|whether|unless|s'il|s'ils|si \w|au cas ou|peut etre)\b")
YES = {"yes", "yeah", "yep", "oui", "absolutely", "definitely", "sure", "bien sur", "si"}
NO = {"no", "nope", "nah", "non", "never", "jamais", "not really", "pas du tout", "not at all"}
NEG_TOKENS = {
    "no", "not", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
    "non", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni",
}  # fmt: skip
CLAUSE_SPLIT = re.compile(
    r"[.!?;:](?=\s|$)|,\s|\s[-–—]\s|\s(?:but|although|though|whereas|mais|sauf que|alors que)\s"
    r"|\s(?:and|et)\s(?=(?:i|i'\w+|it|it's|he|she|they|we|have|has|had|haven't|hasn't|never|no|not|"
    r"je|j'|il|elle|ca|on|n'|ne|pas|jamais)\b)"
)


# --- numbers ------------------------------------------------------------------------------------
NUMBER_WORDS = {
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
ABOUT = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine"}  # "une dizaine" = 10
PHRASES = (  # applied after number words became digits
    (r"\bhalf an hour\b|\b1 demi heure\b", "30 minutes"),
    (r"\ban hour and a half\b|\b1 heure et demie\b", "90 minutes"),
    (r"\ba couple of\b|\bcouple of\b", "2"),
    (r"(\d+ (?:[a-z]+ ){0,2})(?:a|an) (?=(?:day|week)\b)", r"\1per "),  # "20 a day"
    (r"\b(a|an) (?=(minute|hour|day|week|month|year)s?\b)", "1 "),
)  # fmt: skip
UNITS = {
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
CLOCK = re.compile(r"\b(a|at|vers)\s+$")  # "à 6 heures", "at 6 hours": a time of day
AGE = re.compile(r"\b(j'ai|il a|elle a|agee? de|age de)\s+$")  # "j'ai 31 ans": an age


# --- drugs --------------------------------------------------------------------------------------
DRUG_FAMILIES = (
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
DRUG_SUFFIX = re.compile(
    r"^[a-z]{3,}(cillin|cilline|pril|olol|statin|statine|azole|sartan|xaban|dipine|triptan|"
    r"mycin|mycine|cycline|floxacin|floxacine|prazole|tidine|dronate|profen|profene|zepam)$"
)
ALLERGY_TO = re.compile(
    r"\b(?:allergic to|allergy to|allergique (?:a|aux?)|allergie (?:a|aux?))\s+([^.;!?]{0,80})"
)
ALLERGEN_LIST_SPLIT = re.compile(r",|\b(?:and|or|et|ou)\b")
ALLERGEN_LEAD = re.compile(r"^(?:\s|to\b|a\b|aux?\b|the\b|la\b|le\b|les\b|l'|des\b|du\b)*")
NOT_ALLERGENS = {"anything", "nothing", "that", "medicine", "medicines", "medication", "rien",
                 "medicaments", "medicament", "quoi"}  # fmt: skip
FAMILY_OF = {  # each name → its family, the names a case may use for the same drug
    name: family for family in DRUG_FAMILIES for name in family.split()
}
