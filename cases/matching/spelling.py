"""Typo repair: an unknown word is replaced by the nearest lexicon word, carefully for short ones.

Four-letter words are only repaired for a swap of two neighbours ("pian" -> "pain"); words of
five to seven letters for one edit; longer words for two. Common English and French words that
are not in any lexicon are known too, so they are never "repaired" into a clinical word.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from cases import vocabulary
from cases.vocabulary import Kind, Term

from . import cues
from .lexicon import FILLERS, STOPWORDS
from .normalise import SHORTHAND, fold, stem, word_set, words

COMMON = word_set(
    """
    about above after again against ago all almost alone along already although always am
    among and another answer anyone anything anyway anywhere area around ask asked away back
    bad bag because become bed been before began behind being believe below best better
    between big bit body both bring brought but buy call came car care case cause certain
    change child children clear come comes coming could couple course cup day days dear did
    different doctor does doing done door down during each early easy eat else end enough
    even evening every everyone everything exactly eye face fact family far fast few find
    fine first five floor for found four friend from front full gave get gets getting give
    given go goes going gone good got great group had half hand happen happened happening
    happy hard has have having head hear heard help here high hold home hope hospital hour
    hours house how however idea if important inside into issue its job keep kind knew know
    known large last late later least leave left less let life like likely line little live
    long look looked looking lot lots made main make makes making man many matter maybe mean
    might mind minute minutes moment money month months more morning most mother much must
    name near need needs never new next nice night nothing notice noticed number often old
    once one only open other others out over own part past people perhaps person place plan
    play point possible pretty probably problem put quite rather read ready real really
    reason recent recently right room round run said same saw say says second see seem seen
    several should show side since small some someone something sometimes soon sorry sort
    start started still stop stuff such suddenly sure take taken talk team tell than thank
    thanks that the their them then there these they thing things think third this those
    though thought three through time times today together told tomorrow too took top
    towards tried true try trying turn two under until upon us use used usual very want
    wanted was watch water way week weeks well went were what whatever when where whether
    which while who whole why wife will with within without woman word words work world
    worse would write wrong year years yes yesterday yet young your yourself
    okay hmm
    alors apres aujourd aussi autre autres avant avec avez avoir beaucoup bien bon bonne ca
    car ce cela celle celui certain chaque chez chose choses comme comment dans depuis des
    dire dit dites donc dont elle elles encore enfin ensemble entre est etait ete etes etre
    eux fait faire faites fois hier ici ils jamais jour jours juste leur lui madame maintenant
    mais meme merci mieux moi moins monsieur moment non notre nous oui par parce pas pendant
    peu peut peuvent peux plus plutot pour pourquoi pouvez premier prendre pres puis quand
    quel quelle quelque quelques qui quoi rien sans semaine semaines sera seulement si sont
    souvent sous suis sur tant tard temps tout toute toutes tous tres trop vers veux vie voir
    votre vos voulez vous vraiment
    monter descendu bases base cours urgence urgences dernier derniers derniere
    connu connue connues connus aviez avait avais etiez etais ressemblent ressemble
    pris prise prenez prennent mettre mis vu vue venu venue allez aller va vont fais
    faisait sentez sentir sens senti parler parle dites dit demander demande trouve trouver
    passe passer arrive arriver reste rester gens fille fils femme mari enfant bebe garcon
    papa maman frere soeur ami amie travail heure heures minute jour nuit semaine mois annee
    ans age haut bas droite gauche cote devant derriere dessus dessous milieu debut fin
    debout assis assise couche couchee allonge allongee penche penchee
    lately later shoulder elbow wrist hand finger toe knee thigh hip belly chin cheek jaw neck
    lip nose mouth tooth teeth gums tongue skin hair nail nails arm arms leg legs foot feet
    morning afternoon evening tonight yesterday weekend monday friday holiday wife husband son
    daughter brother sister mum dad mother father grandmother grandfather friend partner
    table chair wall window phone paper pen book clock light glass cup plate shop street town
    city country garden dog cat train bus plane seat coat shoes shirt trousers money card
    tables chairs walls windows phones papers books shops streets gardens dogs cats
    meningite meningitis pneumonie pneumonia grippe flu angine otite bronchite bronchiolite
    gastro gastroenterite appendicite appendicitis cholecystite pancreatite pyelonephrite
    cystite infection infections virus virale bacterie antibiotique antibiotiques antibiotic
    antibiotics chirurgien chirurgienne medecin infirmiere infirmier nurse urgences hopital
    clinique ordonnance diagnostic diagnosis treatment traitement maladie disease illness
    """
)


def _vocabulary_words() -> set[str]:
    texts: list[str] = []
    for kind in Kind:
        for term in vocabulary.terms(kind):
            texts += [*term.keywords_en, *term.keywords_fr, term.label_en, term.label_fr]
    return {w for text in texts for w in words(fold(text))}


def _cue_words() -> set[str]:
    phrases = [
        *cues.REVIEW, *cues.CLOSING, *cues.GREETING, *cues.EMPATHY, *cues.VAGUE_ORDER, *cues.ASK,
    ]  # fmt: skip
    found = {w for phrase in phrases for w in phrase.split()}
    return found | cues.DISCOURSE | cues.INTERROGATIVES | cues.EXAM_VERBS | cues.ORDER_VERBS


_CANDIDATES = tuple(sorted(w for w in _vocabulary_words() if len(w) >= 4 and w.isalpha()))
KNOWN = frozenset(
    {*_CANDIDATES, *_vocabulary_words(), *_cue_words(), *COMMON, *STOPWORDS, *FILLERS}
    | {w for expansion in SHORTHAND.values() for w in expansion}
)


_DISTANCE: Any = OSA.distance  # rapidfuzz's stubs do not accept distance scorers


def _limit(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 9 else 2


def _nearest(word: str, candidates: Iterable[str]) -> str | None:
    limit = _limit(word)
    if limit == 0:
        return None
    found = process.extract(word, candidates, scorer=_DISTANCE, score_cutoff=limit, limit=8)
    if len(word) == 4:  # only a swap of two neighbours
        found = [f for f in found if Levenshtein.distance(word, f[0]) == 2 and f[0][0] == word[0]]
    else:  # typos rarely touch the first two letters; "stinging" is not "spinning"
        found = [f for f in found if f[0][:2] == word[:2]]
    if len(word) < 7:  # a changed letter in a short word often makes another word: "monte"
        found = [f for f in found if len(f[0]) != len(word) or sorted(f[0]) == sorted(word)]
    if not found:
        return None
    found.sort(key=lambda f: (f[1], abs(len(f[0]) - len(word)), f[0]))
    return str(found[0][0])


_KNOWN_STEMS = frozenset(stem(w) for w in KNOWN)


@lru_cache(maxsize=8192)
def _shared_correction(word: str) -> str:
    if word in KNOWN or not word.isalpha() or stem(word) in _KNOWN_STEMS:
        return word
    return _nearest(word, _CANDIDATES) or word


@lru_cache(maxsize=256)
def _custom_words(terms: tuple[Term, ...]) -> frozenset[str]:
    texts = [t for term in terms for t in (*term.keywords_en, *term.keywords_fr, term.label_en)]
    return frozenset(w for text in texts for w in words(fold(text)) if len(w) >= 4)


def correct(word: str, custom_terms: tuple[Term, ...] = ()) -> str:
    """``word``, or the lexicon word it is most likely a typo of."""
    fixed = _shared_correction(word)
    if fixed != word or not custom_terms or word in KNOWN:
        return fixed
    extra = _custom_words(custom_terms)
    if word in extra:
        return word
    return _nearest(word, extra) or word
