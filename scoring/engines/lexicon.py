"""Word lists of the offline examiner, English and French (data only; folded when matched).

Cues are phrases a student says to the patient; they are matched as whole words after
case, accent and apostrophe folding, so "Qu’est-ce qui vous amène" matches
"qu'est-ce qui vous amene".
"""

from __future__ import annotations

NAME_CUES = (
    "my name is", "my name's", "i'm dr", "i am dr", "i'm doctor", "i am doctor",
    "je m'appelle", "mon nom est", "je suis le docteur", "je suis la docteure",
    "je suis le dr", "je suis la dr",
)  # fmt: skip
ROLE_CUES = (
    "medical student", "student", "students", "junior doctor", "foundation doctor", "the doctor",
    "a doctor", "one of the doctors", "the junior doctors", "registrar", "house officer",
    "fy1", "fy2", "resident", "intern", "nurse", "physician",
    "etudiant", "etudiante", "externe", "interne", "medecin", "docteur", "docteure",
    "infirmier", "infirmiere",
)  # fmt: skip
IDENTITY_CUES = (
    "your name", "full name", "date of birth", "your birthday", "when were you born",
    "votre nom", "nom et prenom", "votre prenom", "comment vous appelez", "date de naissance",
    "quand etes vous ne", "quand etes vous nee", "vous etes bien",
)  # fmt: skip
AGE_CUES = ("how old are you", "your age", "quel age avez", "votre age")
OPEN_QUESTION_CUES = (
    "what brings you", "what brought you", "what's brought you", "what has brought you",
    "what's been happening", "what has been happening", "what's been going on",
    "what's going on", "what is going on", "what happened", "tell me", "how can i help",
    "how can we help", "what can i do for you", "what can we do for you", "describe",
    "what's the matter", "what is the matter", "what's the problem", "what is the problem",
    "what's wrong", "whats wrong", "in your own words", "from the beginning",
    "qu'est-ce qui vous amene", "qu'est ce qui vous amene", "qu'est-ce qui vous arrive",
    "qu'est-ce qui se passe", "qu'est-ce qui s'est passe", "racontez", "raconter",
    "dites-moi", "expliquez-moi", "decrivez", "que puis-je faire", "comment puis-je vous aider",
    "pour quoi consultez", "pourquoi consultez", "pourquoi venez-vous", "vous consultez pour",
    "qu'est-ce qui ne va pas", "ce qui vous amene", "que se passe-t-il",
)  # fmt: skip
EMPATHY_CUES = (
    "i'm sorry to hear", "i am sorry to hear", "sorry to hear", "i'm sorry you",
    "i am sorry you", "i'm so sorry", "that must be", "this must be", "it must be",
    "must have been", "that sounds", "sounds really", "sounds very", "i can see you",
    "i can see that", "i can see this", "i can imagine", "i understand", "i can understand",
    "i know you're worried", "i know this is", "i know it's", "understandable",
    "that's hard", "that is hard", "that's difficult", "it's natural to", "i hear you",
    "je suis desole", "je suis desolee", "je comprends", "ca doit etre", "cela doit etre",
    "ca a du etre", "ca a l'air", "j'imagine", "je vois que vous", "c'est normal d'etre",
    "c'est comprehensible", "c'est difficile", "je vous entends", "je vois que vous avez",
)  # fmt: skip
SUMMARY_CUES = (
    "to summarise", "to summarize", "summarise", "summarize", "to sum up", "to recap",
    "let me recap", "just to recap", "so you've told me", "so you have told me",
    "if i've understood", "if i have understood", "let me check i've got", "so far you've",
    "si je resume", "pour resumer", "en resume", "je resume", "pour recapituler",
    "si j'ai bien compris", "si je comprends bien", "en somme", "vous m'avez dit que",
)  # fmt: skip
UNDERSTANDING_CUES = (
    "does that make sense", "does this make sense", "do you have any questions",
    "any questions", "anything you'd like to ask", "anything you would like to ask",
    "is that clear", "does that sound ok", "does that sound okay",
    "what do you understand", "what have you been told", "what do you know about",
    "can you tell me what you understand", "is there anything you're unsure",
    "avez-vous des questions", "vous avez des questions", "avez des questions",
    "est-ce que c'est clair", "c'est clair pour vous", "est-ce clair", "vous avez compris",
    "avez-vous compris", "qu'avez-vous compris", "qu'est-ce que vous avez compris",
    "qu'est-ce qu'on vous a dit", "que savez-vous", "ca vous parait clair",
)  # fmt: skip
CLOSING_CUES = (
    "thank you for", "thanks for", "is there anything else", "anything else you",
    "i'll come back", "i will come back", "we'll see you", "we will see you", "see you",
    "goodbye", "bye", "the next step", "next steps", "what happens next", "follow-up",
    "follow up", "merci pour", "merci beaucoup", "merci de", "au revoir",
    "y a-t-il autre chose", "autre chose", "je reviens", "je vais revenir", "la suite",
    "on se revoit", "a bientot", "rendez-vous",
)  # fmt: skip
SIGNPOSTING_CUES = (
    "i'm going to ask", "i am going to ask", "i'd like to ask", "i would like to ask",
    "i need to ask", "i'm now going to", "i am now going to", "now i'd like to",
    "now i would like to", "next i'd like", "next i would like", "moving on to",
    "i'm going to move on", "some questions that", "some personal questions",
    "some more personal", "a few personal", "sensitive questions", "first i'll", "then i'll",
    "je vais vous poser", "je vais maintenant", "maintenant je vais", "passons a",
    "questions un peu", "questions plus personnelles", "questions intimes",
    "questions personnelles", "je dois vous poser", "d'abord je vais", "ensuite je vais",
)  # fmt: skip
WARNING_SHOT_CUES = (
    "i'm afraid", "i am afraid", "unfortunately", "bad news", "not good news",
    "not the news", "something serious", "more serious", "difficult news", "prepare you",
    "malheureusement", "j'ai bien peur", "je crains", "mauvaise nouvelle",
    "pas une bonne nouvelle", "pas de bonnes nouvelles", "quelque chose de grave",
    "quelque chose de serieux", "nouvelle difficile",
)  # fmt: skip
BAD_NEWS_WORDS = (
    "cancer", "tumour", "tumor", "growth", "malignant", "malignancy", "spread", "metastases",
    "tumeur", "maligne", "metastase", "metastases", "grosseur", "masse",
)  # fmt: skip
EXPLANATION_CUES = (
    "i think", "it could be", "it might be", "it may be", "it's likely", "it is likely",
    "this is", "it looks like", "we need to", "we'll", "we will", "i'm going to give",
    "the next step", "the plan", "the scan", "the test", "the results", "this means",
    "that means", "you have", "you've got", "you might be", "probably",
    "je pense", "il s'agit", "ca pourrait", "c'est probablement", "nous allons", "on va",
    "je vais vous prescrire", "la suite", "le traitement", "les resultats", "le scanner",
    "cela veut dire", "ca veut dire", "vous avez une", "vous avez un", "c'est une", "c'est un",
)  # fmt: skip
JARGON = (
    # English: words a lay patient should not be left to decode
    "myocardial infarction", "infarct", "troponin", "dyspnoea", "dyspnea", "orthopnoea",
    "orthopnea", "syncope", "presyncope", "diaphoresis", "pleuritic", "haematuria",
    "hematuria", "dysuria", "pyrexia", "febrile", "haemoptysis", "hemoptysis", "melaena",
    "haematemesis", "photophobia", "paraesthesia", "paresthesia", "claudication", "oedema",
    "edema", "ischaemia", "ischemia", "ischaemic", "ischemic", "metastases", "metastatic",
    "metastasis", "lesion", "neoplasm", "neoplastic", "malignancy", "carcinoma",
    "adenocarcinoma", "aetiology", "etiology", "idiopathic", "tachycardia", "bradycardia",
    "arrhythmia", "hyperlipidaemia", "hyperlipidemia", "thyrotoxicosis", "anticoagulants",
    "anticoagulation", "rate control", "rapid ventricular response", "peritonism",
    "peritonitis", "prognosis", "differential diagnosis", "nstemi", "stemi",
    "pyelonephritis", "cholecystitis", "nocturia", "polyuria", "anhedonia",
    "suicidal ideation", "radiculopathy", "dermatome", "lmp", "pv discharge", "pmh", "psh",
    "nbm", "rif",
    # French
    "dyspnee", "orthopnee", "syncope", "lipothymie", "hematurie", "dysurie", "pollakiurie",
    "pyelonephrite", "metastase", "metastases", "neoplasie", "neoplasique", "lesion",
    "adenocarcinome", "carcinome", "etiologie", "idiopathique", "tachycardie", "cephalee",
    "cephalees", "photophobie", "phonophobie", "paresthesie", "paresthesies", "anhedonie",
    "asthenie", "hyperthermie", "febrile", "leucorrhees", "metrorragies", "dyspareunie",
    "ecbu", "lombosciatique", "radiculalgie", "sciatalgie", "dermatome", "syndrome meninge",
    "hemorragie meningee", "hemorragie sous-arachnoidienne", "hsa", "troubles sphincteriens",
    "anesthesie en selle", "queue de cheval", "coup de tonnerre", "ains", "isrs",
)  # fmt: skip
NEGATION_BEFORE = (
    "no", "not", "nil", "denies", "denied", "denying", "without", "absent", "absence",
    "negative for", "free of", "never", "none", "ruled out", "excluded", "rules out",
    "pas", "sans", "absence", "aucun", "aucune", "ni", "non", "jamais", "elimine",
    "eliminee", "exclu", "exclue", "ecarte", "ecartee",
)  # fmt: skip
NEGATION_AFTER = (
    "ruled out", "excluded", "negative", "neg", "unlikely", "absent", "not present",
    "not seen", "elimine", "eliminee", "elimines", "eliminees", "exclu", "exclue", "exclus",
    "ecarte", "ecartee", "negatif", "negatifs", "negative", "negatives", "absent", "absente",
    "peu probable", "improbable",
)  # fmt: skip
CLAUSE_BREAKS = (
    "but", "however", "although", "though", "except", "apart from", "mais", "cependant",
    "sauf", "hormis", "pourtant", "toutefois",
)  # fmt: skip
# Equivalent wordings in notes, folded; each group's members may replace one another.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("acute coronary syndrome", "acs", "sca", "syndrome coronarien aigu"),
    ("myocardial infarction", "mi", "heart attack", "infarctus du myocarde", "idm"),
    ("non st elevation myocardial infarction", "nstemi", "non st elevation mi"),
    ("pulmonary embolism", "pe", "embolie pulmonaire"),
    ("aspirin", "asa", "aspirine", "acetylsalicylic acid"),
    ("atrial fibrillation", "af", "fibrillation atriale", "fibrillation auriculaire", "fa"),
    ("reflux", "gord", "gerd", "gastro oesophageal reflux", "rgo"),
    ("chest x ray", "cxr", "chest radiograph"),
    ("ecg", "ekg", "electrocardiogram"),
    ("echocardiogram", "echo", "tte", "echocardiographie"),
    ("urinary tract infection", "uti", "infection urinaire"),
    ("pelvic inflammatory disease", "pid"),
    ("nil by mouth", "nbm"),
    ("iv", "intravenous"),
    ("antibiotics", "abx", "antibiotic"),
    ("pregnancy test", "hcg", "beta hcg", "b hcg", "bhcg", "test de grossesse"),
    ("negative", "neg", "negatif", "negatifs", "negative", "negatives"),
    ("heart failure", "hf", "cardiac failure", "insuffisance cardiaque"),
    ("supraventricular tachycardia", "svt"),
    ("nsaid", "nsaids", "non steroidal anti inflammatory", "ains"),
    ("blood pressure", "bp"),
    ("referral", "review", "refer", "r v"),
    ("surgical", "surgeons"),
    ("coronary angiography", "angiogram", "coronary angiogram", "angiography"),
    ("gtn", "glyceryl trinitrate", "nitrates"),
    ("multidisciplinary team", "mdt"),
    ("hemorragie sous arachnoidienne", "hsa", "hemorragie meningee"),
    ("pyelonephrite aigue", "pna"),
    ("otite moyenne aigue", "oma"),
    ("episode depressif caracterise", "edc", "episode depressif majeur", "edm"),
    ("tdm", "scanner"),
    ("ponction lombaire", "pl"),
    ("irm", "mri"),
    ("syndrome de vasoconstriction cerebrale reversible", "svcr"),
    ("grossesse extra uterine", "geu", "ectopic pregnancy"),
    ("paracetamol", "doliprane", "dafalgan", "efferalgan", "acetaminophen"),
    ("kinesitherapie", "kine", "physiotherapy", "physio"),
    ("reanimation", "rea", "soins intensifs", "intensive care", "icu"),
    ("examen complementaire", "examens complementaires", "bilan"),
    ("signe de gravite", "signes de gravite", "drapeau rouge", "drapeaux rouges"),
    ("arret de travail", "arret maladie"),
    ("troubles sphincteriens", "trouble sphincterien"),
)
