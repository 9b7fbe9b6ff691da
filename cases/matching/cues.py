"""Cue phrases and word classes that tell what a clause does (English and French, folded)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import lru_cache

from .normalise import stem, word_set, words


def cue_phrases(*phrases: str) -> tuple[str, ...]:
    """Cue phrases written as folded words, read the way utterances are ("that s all" is
    "that is all")."""
    return tuple(" ".join(words(phrase)) for phrase in phrases)


class Form(StrEnum):
    """The grammatical shape of a clause, read from its first words."""

    SPEAKER = "speaker"  # "I'll listen to...", "je demande...", "can I...", "let's..."
    IMPERATIVE = "imperative"  # "take a deep breath", "touchez votre nez", "send a FBC"
    QUESTION = "question"  # "?", "do you...", "avez-vous...", "vous fumez"
    STATEMENT = "statement"  # "your heart is...", "il est trop mignon"
    NOMINAL = "nominal"  # "NFS CRP", "BP please", "fever? night sweats?"


DISCOURSE = word_set(
    """
    so and but ok okay right alright now well then also great good fine sure yes no oh ah hmm
    hm um erm uh mm just and actually finally next lastly et alors donc bon bien puis ensuite
    maintenant aussi oui non ah euh tres parfait super ouais voila d accord dac hello hi hey
    bonjour bonsoir coucou salut thanks thank merci sorry pardon excuse madame monsieur
    mademoiselle mr mrs ms miss dr docteur doctor
    """
)
_SPEAKER_EN = frozenset({"i", "im", "ive", "we", "let", "lets"})
_SPEAKER_FR = frozenset({"je", "j", "nous"})
#: An impersonal or third-person need voices a request: "il faut un scanner", "he needs a CT".
_NEEDING = frozenset({"il", "he", "she", "they", "patient"})
_NEEDS = frozenset({"faut", "faudrait", "faudra", "needs", "need", "ll", "will", "would"})
_MODALS = frozenset({"can", "could", "may", "shall", "should", "might", "must"})
_ON_VERBS = frozenset(
    {"va", "fait", "peut", "demande", "prend", "regarde", "vous", "refait", "pourrait", "pourra"}
)
#: "Feeling the radial pulse...", "palpating the abdomen": a gerund acts like an instruction.
_GERUNDS = word_set(
    """
    feeling palpating listening auscultating percussing checking examining looking measuring
    taking testing inspecting pressing tapping sending ordering requesting getting booking
    arranging requesting
    """
)
_IMPERATIVE_EN = word_set(
    """
    look follow lie sit stand take breathe cough squeeze push pull touch open say walk bend lift
    raise turn keep close stick relax show tell describe point rate check examine listen palpate
    percuss auscultate inspect measure assess perform send order request get book arrange refer
    repeat run dip start obtain document record weigh feel press tap ignore print give do
    """
)
_NOT_AFTER_IMPERATIVE = frozenset(
    {"you", "i", "we", "it", "he", "she", "they", "this", "that", "your", "anything", "any"}
)
_FR_NOT_IMPERATIVE = frozenset({"chez", "assez", "nez", "avez", "etes", "vous"})
_INVERTED = frozenset({"vous", "tu", "il", "elle", "ils", "elles", "on", "t"})
INTERROGATIVES = word_set(
    """
    what whats when where whereabouts how hows who whos whom which why do does did is are was
    were have has had can could would will should any anything anyone anybody ever isnt arent
    dont doesnt didnt havent hasnt been got
    quel quelle quels quelles quand comment ou pourquoi combien qui que quoi qu est avez etes
    as es y
    """
)
_PLANS = frozenset({"allez", "ll", "will", "need", "devez", "should", "must", "re", "are"})
SECOND_PERSON = frozenset({"you", "vous", "tu", "ya", "t"})
_STATEMENT_STARTS = word_set(
    """
    your it its this that thats there theres he hes she shes they his her their these those
    c ce cela il elle ils elles votre sa son ses
    """
)
#: Words that show a question is put to the patient (or the parent), not to the examiner.
ADDRESSING_PATIENT = word_set(
    "you your yours yourself u ur vous votre vos tu te t ton ta tes toi il elle lui ses sa son "
    "he she his her"
)
THIRD_PERSON_EN = frozenset({"he", "she", "his", "her", "him", "hes", "shes"})
#: Words that refer back to what was just asked about (not "la"/"le" articles, not "il",
#: who is often the child).
ANAPHORA = word_set(
    """
    it that this those these them they ca cela celle celui elle elles l
    """
)

#: Utterances that review, explain or go off script: never a history question.
REVIEW = cue_phrases(
    "say that again", "repeat that", "come again", "could you repeat", "can you repeat",
    "to summarise", "to summarize", "to sum up", "in summary", "let me summarise",
    "let me summarize", "let me explain", "repeter", "repetez", "pour resumer", "si je resume",
    "en resume", "je resume", "je recapitule", "je vous explique", "ignore all", "ignore previous",
    "ignore your", "system prompt", "your instructions", "are you a robot", "are you an ai",
    "are you real", "es une ia", "etes une ia", "etes un robot", "es un robot", "something called",
    "ce qu on appelle", "je pense que vous", "i think this might be", "i think you have",
    "i think it s", "what s wrong with me", "what do i have", "qu est ce que j ai",
    "pas besoin d examens", "pas besoin de bilan", "pas d examens", "aucun examen", "no need for",
    "don t need any", "won t need any", "no tests", "rien a demander", "tell me the diagnosis",
    "what s the diagnosis", "what is the diagnosis", "give me the diagnosis",
    "le diagnostic directement", "donner le diagnostic", "quel est le diagnostic",
    "c est quoi le diagnostic", "donnez moi le diagnostic", "juste le diagnostic",
    "just the diagnosis", "just tell me the diagnosis",
)  # fmt: skip
#: Closing phrases that win even over a question ("anything you'd like to ask me?").
FINAL = cue_phrases(
    "anything you d like to ask", "anything you would like to ask", "anything you want to ask",
    "questions for me", "do you have any questions", "have you got any questions",
    "any other questions", "any questions", "avez des questions", "avez vous des questions",
    "des questions pour moi", "des questions a me poser", "quelque chose a me demander",
    "j ai termine", "j ai fini", "i ve finished", "i m finished", "i am finished",
    "all my questions", "that s all from me", "anything else you d like to ask",
    "anything else you would like to ask", "anything else you want to ask",
    "autre chose a me demander", "d autres questions",
)  # fmt: skip
CLOSING = cue_phrases(
    "thank you for", "thanks for", "that s all", "that is all", "that s everything",
    "that is everything", "goodbye", "bye", "i ll come back", "i will come back", "i ll be back",
    "be back shortly", "come back shortly", "discuss this with", "discuss with", "speak to the",
    "see you later", "see you soon", "any questions for me", "do you have any questions",
    "have you got any questions", "any other questions", "merci pour", "merci beaucoup",
    "merci madame", "merci monsieur", "au revoir", "c est tout pour", "ce sera tout", "je reviens",
    "on revient", "a bientot", "je vous revois", "on se revoit", "s arreter la",
    "avez des questions", "avez vous des questions", "des questions a me poser", "that s it for",
    "we ll stop there", "je vous remercie", "merci de", "thank you for coming",
    "thanks for coming", "pop back", "back in a minute", "be right back", "speak to my senior",
    "discuss with my senior", "my consultant", "je vais voir le", "je vais en parler",
    "see you again", "see you next", "we ll see you", "i ll see you", "next appointment",
    "follow up appointment", "prochain rendez vous", "on se voit", "a la semaine prochaine",
    "prenez soin de vous",
)  # fmt: skip
GREETING = cue_phrases(
    "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "my name is",
    "medical student", "student doctor", "nice to meet", "pleased to meet", "i m dr",
    "i m doctor", "i am dr", "i am doctor", "one of the doctors", "bonjour", "bonsoir", "salut",
    "coucou", "je m appelle", "je suis etudiant", "je suis l etudiant", "je suis externe",
    "je suis l externe", "je suis l interne", "je suis interne", "je suis le docteur",
    "je suis la docteure", "je suis le medecin", "enchante", "enchantee",
    "etudiant en medecine", "etudiante en medecine",
)  # fmt: skip
#: What a hard experience "sounds" or "semble" ("it sounds exhausting", "ça semble dur").
_HARD = (
    "exhausting", "difficult", "hard", "awful", "tough", "terrible", "frightening", "horrible",
    "stressful", "upsetting", "painful", "distressing", "dur", "difficile", "epuisant",
    "penible", "eprouvant", "effrayant",
)  # fmt: skip
EMPATHY = cue_phrases(
    "i m sorry", "i am sorry", "so sorry", "really sorry", "very sorry", "sorry to have to",
    "navre", "navree", "sorry to hear", "sorry you", "must be",
    "must have been", "that sounds", "sounds really", "sounds very", "i can see", "i can imagine",
    "i understand", "understandable", "don t worry", "i know this is", "i know it s",
    "frightening", "scary", "worrying for you", "in the right place", "look after you",
    "take care of you", "je suis desole", "je suis desolee", "desole", "desolee", "je comprends",
    "ca doit etre", "ca a l air", "j imagine", "je vois que", "ne vous inquietez pas",
    "vous avez bien fait", "c est normal", "vous avez du passer", "vous avez du etre",
    "ca a du etre", "a du etre", "difficile pour vous", "c est comprehensible", "on est la",
    "nous sommes la", "on va s occuper", "pas une faiblesse", "pas de votre faute",
    "not your fault", "wish i had better news", "raison de vous inquieter", "right to be worried",
    "sounds like this has", "sounds like you ve", "getting you down", "must come as",
    "a real shock", "such a shock", "courageux", "courageuse", "brave", "vous devez avoir",
    "vous devez etre",
    "pas seule", "pas seul", "on va trouver", "you re not alone", "i know it", "i know this",
    "i can tell", "take good care", "look after you well", "tout a fait normal", "normal de",
    "l air de souffrir", "vous avez l air", "you re safe", "safe here",
    "vous etes en securite ici", "done the right thing", "right thing", "you look worried",
    "you look", "you seem", "vous semblez", "vous avez l air inquiet", "pas a avoir honte",
    "nothing to be ashamed", "ce que vous traversez", "ce que vous vivez",
    "what you re going through",
    "carrying all", "a lot to take in", "beaucoup a encaisser", "take your time",
    "prenez votre temps",
    *(f"sounds {feeling}" for feeling in _HARD), *(f"semble {feeling}" for feeling in _HARD),
    *(f"{adverb} {feeling}" for adverb in ("vraiment", "really", "so", "tellement", "incredibly")
      for feeling in _HARD),
)  # fmt: skip
#: A remark that comforts or closes, with no question in it.
SOCIAL = (*EMPATHY, *CLOSING)
#: Telling the patient news or results: an explanation, even when it names a symptom.
EXPLAIN = cue_phrases(
    "the scan shows", "the scan showed", "has shown", "have shown", "the results show",
    "results came back", "the news", "bad news", "unfortunately it", "unfortunately the",
    "i m afraid the", "i m afraid it", "le scanner montre", "l examen montre", "a montre",
    "les resultats montrent", "les resultats", "mauvaise nouvelle", "malheureusement",
    "je crains que", "what this means is", "this means that", "cela veut dire", "ca veut dire",
)  # fmt: skip
VAGUE_ORDER = cue_phrases(
    "bloods", "blood tests", "blood test", "some tests", "investigations", "routine bloods",
    "baseline bloods", "a blood sample", "bilan sanguin", "bilan biologique", "prise de sang",
    "une biologie", "bilan standard", "examens complementaires", "des examens", "un bilan",
    "bilan complet", "des analyses", "analyses de sang",
)  # fmt: skip
ASK = cue_phrases(
    "ask", "asking", "know", "tell me", "find out", "talk about", "go through", "demander",
    "savoir", "poser", "parler", "dites moi", "parlez moi", "racontez moi", "explain",
    "describe", "expliquez moi", "decrivez moi", "expliquer", "decrire",
)  # fmt: skip
#: Asking the patient to do something ("can you stand on tiptoe?") is part of an examination.
REQUEST = cue_phrases(
    "can you", "could you", "would you", "pouvez vous", "pourriez vous", "vous pouvez",
    "vous pourriez",
)  # fmt: skip
EXAM_VERBS = word_set(
    """
    examine examining exam examination listen auscultate palpate feel look check take measure
    percuss inspect press tap test assess ausculte ausculter palpe palper regarde regarder
    examiner prends prendre prend mesure mesurer verifie verifier recherche rechercher teste
    tester percute percuter pese peser ecouter ecoute observer inspecter tapoter appuyer sentir
    tapote appuie flechis flechir fleche plie plier souleve soulever mobilise mobiliser
    recherche cherche evalue bend flex lift raise tape taper
    """
)
ORDER_VERBS = word_set(
    """
    order request send get book arrange refer referred run organise organize want need demande
    demander prescris prescrire faire realise realiser envoie envoyer programme programmer
    """
)
#: Verbs (or wishes) that make "I ..." / "je ..." a request rather than a plan or a comment.
ACTION_VERBS = (
    EXAM_VERBS
    | ORDER_VERBS
    | word_set(
        """
    like do perform have listen look see fais fait faites voudrais aimerais souhaite souhaiterais
    voir
    veux count record repeat weigh compter cherche chercher controle controler regarder
    calculate calcule calculer evaluate evalue evaluer score note noter cote coter grade
    apprecie apprecier quantify quantifie remplir remplit fill complete administer administrer
    passer need needs faut faudrait
    """
    )
)


def has_phrase(ws: Sequence[str], phrases: Iterable[str]) -> bool:
    """Whether any cue (folded words, space-separated) occurs as a run of words in ``ws``."""
    padded = f" {' '.join(ws)} "
    cues = _padded(phrases) if isinstance(phrases, tuple) else (f" {p} " for p in phrases)
    return any(map(padded.__contains__, cues))


@lru_cache(maxsize=1024)
def _padded(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {phrase} " for phrase in phrases)


def strip_discourse(ws: Sequence[str]) -> list[str]:
    at = 0
    while at < len(ws) - 1 and ws[at] in DISCOURSE:
        at += 1
    return list(ws[at:])


def _is_speaker(w0: str, w1: str) -> bool:
    return (
        w0 in _SPEAKER_EN
        or w0 in _SPEAKER_FR
        or (w0 == "on" and w1 in _ON_VERBS)
        or (w0 in _MODALS and w1 in {"i", "we"})
        or (w0 == "puis" and w1 == "je")
        or (w0 in _NEEDING and w1 in _NEEDS)  # "il faut un scanner", "she needs an ECG"
    )


def _is_imperative(w0: str, w1: str) -> bool:
    if w0 in _IMPERATIVE_EN:
        return w1 not in _NOT_AFTER_IMPERATIVE
    french = (w0.endswith("ez") and len(w0) > 4) or w0 in {"dites", "faites"}
    return french and w0 not in _FR_NOT_IMPERATIVE and (w1 not in _INVERTED or w1 == "moi")


def _is_polite_request(ws: Sequence[str]) -> bool:
    """ "Could you check the JVP", "can you squeeze my hands": an instruction, put politely."""
    if len(ws) < 3 or ws[0] not in _MODALS | {"would", "will"} or ws[1] != "you":
        return False
    return _is_imperative(ws[2], ws[3] if len(ws) > 3 else "")


def clause_form(ws: Sequence[str], ends_with_question_mark: bool) -> Form:
    ws = strip_discourse(ws)
    if not ws:
        return Form.STATEMENT
    w0, w1 = ws[0], (ws[1] if len(ws) > 1 else "")
    if _is_speaker(w0, w1):
        return Form.SPEAKER
    if _is_imperative(w0, w1) or (w0 in _GERUNDS and w1 not in _NOT_AFTER_IMPERATIVE):
        return Form.IMPERATIVE
    if _is_polite_request(ws):
        return Form.IMPERATIVE
    if not ends_with_question_mark and w1 == "vous" and _is_imperative(w0, ""):
        return Form.IMPERATIVE  # "allongez-vous", "asseyez-vous" (not "prenez-vous ... ?")
    if not ends_with_question_mark and w0 in SECOND_PERSON and w1 in _PLANS:
        return Form.STATEMENT  # "vous allez avoir un traitement", "you'll need an operation"
    if (
        ends_with_question_mark
        or w0 in INTERROGATIVES
        or w0 in SECOND_PERSON
        or (w1 in _INVERTED and w0 not in _STATEMENT_STARTS)
    ):
        return Form.QUESTION
    if w0 in _STATEMENT_STARTS:
        return Form.STATEMENT
    return Form.NOMINAL


_ACTION_STEMS = frozenset(stem(w) for w in ACTION_VERBS if len(w) > 4)


def has_action_verb(ws: Sequence[str]) -> bool:
    """Whether a verb of examining, ordering or wishing occurs, in any of its (longer) forms
    ("je tapote", "je fléchis"); short words must match as they are ("note" is not "not")."""
    return any(w in ACTION_VERBS or (len(w) > 4 and stem(w) in _ACTION_STEMS) for w in ws)
