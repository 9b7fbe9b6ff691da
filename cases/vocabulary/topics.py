"""History-taking topics of the shared vocabulary (data only; the API lives in ``__init__``).

Each entry is ``(id, group, label_en, label_fr, keywords_en, keywords_fr)``; keywords are one
string per language, phrases separated by ``;``. Lowercase, French accents kept, straight
apostrophes. Add entries, never rename an id once cases use it.
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("intro", "Introduction", "Accueil et présentation"),
    ("hpi", "History of presenting complaint", "Histoire de la maladie"),
    ("ros", "Systems review", "Revue des systèmes (signes fonctionnels)"),
    ("pmh", "Past medical history", "Antécédents personnels"),
    ("meds", "Medication", "Traitements"),
    ("allergies", "Allergies", "Allergies"),
    ("fh", "Family history", "Antécédents familiaux"),
    ("social", "Social history and lifestyle", "Mode de vie et contexte social"),
    ("ice", "Ideas, concerns and expectations", "Représentations, inquiétudes et attentes"),
    ("peds", "Paediatric history", "Interrogatoire pédiatrique"),
)

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- intro -----------------------------------------------------------------------------
    (
        "intro.greeting",
        "intro",
        "Greeting and introduction",
        "Accueil et présentation",
        "hello; good morning; good afternoon; my name is; i'm a medical student; nice to meet you",
        "bonjour; je m'appelle; je suis étudiant en médecine; je suis externe; enchanté; "
        "je suis l'étudiant",
    ),
    (
        "intro.identity",
        "intro",
        "Identity check (name, date of birth)",
        "Vérification de l'identité (nom, date de naissance)",
        "what is your name; your full name; confirm your name; date of birth; how old are you; "
        "your age; how old is he; how old is she",
        "comment vous appelez-vous; votre nom; nom et prénom; date de naissance; "
        "quel âge avez-vous; votre âge; quel âge a-t-il; quel âge a-t-elle",
    ),
    (
        "intro.consent",
        "intro",
        "Consent",
        "Consentement",
        "is it ok if i; do you agree; may i ask; may i examine; would you mind; your permission; "
        "consent",
        "êtes-vous d'accord; me permettez-vous; puis-je vous poser; puis-je vous examiner; "
        "votre accord; consentement",
    ),
    # --- hpi -------------------------------------------------------------------------------
    (
        "hpi.chief_complaint",
        "hpi",
        "Presenting complaint",
        "Motif de consultation",
        "what brings you; what brought you in; how can i help; what's the problem; "
        "what seems to be the problem; what is wrong; reason for coming; what's been happening; "
        "what's been going on; what can i do for you; what brings you here; "
        "what's brought you in; what's the matter; tell me what's been going on; "
        "what seems to be the trouble; what's wrong; why have you come in; what made you come in; "
        "how can i help you today; what can i help you with; help you with; can i help you; "
        "brought you to hospital; brought you here; what happened; what's going on; "
        "so what's going on",
        "qu'est-ce qui vous amène; pourquoi consultez-vous; motif de consultation; "
        "que puis-je faire pour vous; quel est le problème; qu'est-ce qui ne va pas; "
        "qu'est-ce qui se passe; racontez-moi; que se passe-t-il; qu'est-ce qui vous arrive; "
        "pourquoi êtes-vous venu; pourquoi venez-vous; pourquoi vous consultez; "
        "dites-moi ce qui ne va pas; je vous écoute; pourquoi êtes-vous là; "
        "qu'est-ce qui s'est passé; racontez-moi ce qui s'est passé; ce qui vous arrive; "
        "dites-moi ce qui vous arrive; vous a amenée; vous a amené; qu'est-ce qui vous est arrivé",
    ),
    (
        "hpi.onset",
        "hpi",
        "Onset",
        "Mode de début",
        "when did it start; when did it begin; since when; how long have you had; how long ago; "
        "first noticed; came on suddenly; came on gradually; onset; suddenly; gradually; "
        "all of a sudden; out of the blue; bit by bit; when did it come on; "
        "how quickly did it come on; when did the pain start; when did this start; "
        "when did you first notice; how did it start; what time did it start; "
        "when did it all start; begin; began; thunderclap; build up; built up; came on quickly; "
        "come on quickly; what time did it come on; at what time",
        "depuis quand; quand est-ce que ça a commencé; quand est-ce que c'est apparu; "
        "depuis combien de temps; début brutal; début progressif; mode de début; d'un coup; "
        "tout d'un coup; petit à petit; brutalement; progressivement; soudainement; "
        "c'est apparu quand; ça a commencé quand; commencé quand; depuis quel âge; "
        "quand ça a commencé; comment ça a commencé; ça a débuté quand; "
        "quand est-ce que ça a débuté; à quelle heure; c'est venu comment; c'est venu d'un coup; "
        "ça a commencé comment; c'est arrivé quand; en combien de temps; atteint son maximum; "
        "coup de tonnerre; d'un seul coup; tout à coup",
    ),
    (
        "hpi.location",
        "hpi",
        "Site",
        "Siège (localisation)",
        "where is the pain; where does it hurt; show me where; point to; which part; "
        "exactly where; location; whereabouts; where exactly; where did the pain start; "
        "which side; where do you feel it; point to where; where do you feel the pain; "
        "in the middle; middle of your chest; left or right; belly button; umbilicus; central; "
        "one side; which side is it",
        "où avez-vous mal; où se situe; montrez-moi; à quel endroit; localisation; siège; "
        "où est la douleur; où ça fait mal; où est-ce que vous avez mal; de quel côté; "
        "où exactement; montrez-moi où; vous avez mal où; ça se situe où; c'est où; fait mal où; "
        "ça fait mal où; mal où; au milieu; à gauche ou à droite; nombril; d'un côté",
    ),
    (
        "hpi.radiation",
        "hpi",
        "Radiation",
        "Irradiation",
        "does it spread; does it go anywhere; does it move; radiate; radiation; go down your arm; "
        "go to your back; go to your jaw; go anywhere; spread anywhere; move anywhere; "
        "go into your arm; go into your jaw; go through to your back; spread to; shoot down; "
        "travel anywhere; does it travel; move anywhere else; going down your arm; down your arm; "
        "down your left arm; into your arm; anywhere other than; feel it anywhere",
        "est-ce que ça irradie; irradiation; ça descend; ça remonte; se propage; "
        "ça va dans le bras; ça va dans le dos; ça va dans la mâchoire; irradie; jusqu'où; "
        "ça part; se déplace; ça descend jusqu'à; descend dans la jambe; descend dans le bras; "
        "descend jusqu'où; dans le bras; ça va dans la jambe; va dans la jambe; jusqu'au pied; "
        "jusqu'à la jambe",
    ),
    (
        "hpi.character",
        "hpi",
        "Character",
        "Type de douleur (caractère)",
        "what does it feel like; describe the pain; what kind of pain; sharp; dull; burning; "
        "crushing; tight; stabbing; throbbing; cramping; pressure; describe it; what's it like; "
        "what is it like; regular or irregular; rhythm; tap out the rhythm; heavy; aching; "
        "crampy; squeezing; what type of pain; tell me about the pain; "
        "tell me more about the pain; sharp or dull; skipping beats; fast or slow; "
        "electric shock; like an electric shock; irregular; fast and irregular; thunderclap; "
        "like a weight; weight on your chest; steady",
        "comment est la douleur; décrire la douleur; à quoi ressemble; quel type de douleur; "
        "brûlure; serrement; en étau; coup de poignard; pesanteur; crampe; pulsatile; "
        "ça ressemble à quoi; quel genre de douleur; ça serre; ça brûle; ça pique; "
        "régulier ou irrégulier; rythme; décririez; décrivez; décrire; décrivez-moi la douleur; "
        "parlez-moi de la douleur; comme un coup de poignard; ça tape; ça cogne; en casque; "
        "ça bat; ça pulse; rapide ou lent; décharge électrique; électrique; comme une décharge; "
        "irrégulier; coup de tonnerre; poids sur la poitrine",
    ),
    (
        "hpi.severity",
        "hpi",
        "Severity",
        "Intensité",
        "how bad; how severe; scale of 0 to 10; out of ten; out of 10; rate the pain; worst pain; "
        "severity; how strong; how much does it hurt; pain score; scale of 1 to 10; how painful; "
        "worst pain you've ever had; rate it; on a scale; scale from 1 to 10",
        "intensité; sur une échelle de 0 à 10; sur 10; à combien; quelle intensité; "
        "évaluer la douleur; échelle numérique; forte; eva; échelle visuelle analogique; "
        "quelle note; aussi fort; très fort; sur une échelle; de 0 à 10; combien sur 10; "
        "pire douleur de votre vie; le pire mal de tête; sur une échelle de 1 à 10; "
        "vous diriez combien",
    ),
    (
        "hpi.timing",
        "hpi",
        "Timing, duration and frequency",
        "Durée, fréquence et rythme",
        "how long does it last; how often; constant; comes and goes; intermittent; all the time; "
        "episodes; frequency; time of day; at night; in the morning; non-stop; constantly; "
        "on and off; come and go; in waves; how long do they last; how long have you had; "
        "how long has it been going on; been going on; there all the time; it wakes you up; "
        "it wakes you at night; the whole time; whole time; how long have you been; "
        "how long has it been; times a week; how many times; times a day; pain at night",
        "combien de temps dure; à quelle fréquence; permanent; continu; intermittent; par crises; "
        "ça va et ça vient; horaire; la nuit; le matin; rythme; depuis combien de temps; ça dure; "
        "combien de temps; tout le temps; par moments; par pics; en permanence; ça vous réveille; "
        "ça réveille la nuit; mal la nuit; douleur la nuit; fois par semaine",
    ),
    (
        "hpi.course",
        "hpi",
        "Course (progression)",
        "Évolution",
        "getting better; getting worse; changed since; progression; improving; worsening; "
        "stayed the same; more often than before; more frequent; compare; compared to; "
        "has it changed; got worse; got better; gotten worse; worse since; better since; "
        "getting any worse; eased; easing off; settled",
        "évolution; s'aggrave; s'améliore; empire; stable; ça évolue; depuis le début; "
        "de pire en pire; de plus en plus; par rapport à; ça va mieux; moins bien; ça s'améliore; "
        "ça s'aggrave; ça empire",
    ),
    (
        "hpi.aggravating",
        "hpi",
        "Aggravating factors",
        "Facteurs aggravants",
        "makes it worse; worse when; aggravate; exacerbate; anything that makes it worse; "
        "worse with movement; worse on breathing in; worse if; deep breath; moving about; "
        "on movement; worse with; worse on; hurt more; hurts more; when you cough; "
        "make the pain worse",
        "qu'est-ce qui aggrave; pire quand; facteurs aggravants; augmente quand; majoré par; "
        "empire quand; aggravé par; aggrave; augmente la douleur; majore la douleur; en bougeant; "
        "à la toux; quand vous toussez; fait mal quand; aggrave la douleur",
    ),
    (
        "hpi.relieving",
        "hpi",
        "Relieving factors",
        "Facteurs soulageants",
        "makes it better; eases it; relieves; anything that helps; better when; relieved by; "
        "helps the pain; easier; more comfortable; comfortable position; any position; "
        "sitting forward; sit forward; ease it; better if; better with; relieve it; "
        "does anything stop it; stops it; makes it stop; feel better; feels better; "
        "position where; does it help; lying still; keeping still; helps",
        "qu'est-ce qui soulage; calme la douleur; soulagé par; améliore; facteurs soulageants; "
        "facteurs calmants; mieux quand; soulage; soulager; soulagement; ça soulage; "
        "position antalgique; moins mal; ça calme; ça passe avec; mieux quand vous; "
        "ça s'arrête avec; arrête la crise; rester immobile; ça aide",
    ),
    (
        "hpi.associated",
        "hpi",
        "Associated symptoms",
        "Signes associés",
        "any other symptoms; anything else; associated; noticed anything else; along with; "
        "at the same time; sweaty; sweating; clammy; anything else you've noticed",
        "autres symptômes; signes associés; symptômes associés; autre chose; en même temps; "
        "accompagné de; en sueur; transpiré; moite; d'autres signes",
    ),
    (
        "hpi.previous_episodes",
        "hpi",
        "Previous episodes",
        "Épisodes antérieurs",
        "happened before; first time; previous episodes; ever had this before; similar episodes; "
        "before this; your usual headaches; your usual migraines; like this before; "
        "your usual attacks; had this before; had it before; pain like this; pains like this; "
        "anything like this before",
        "déjà eu; première fois; épisodes antérieurs; déjà arrivé; épisodes similaires; récidive; "
        "migraines habituelles; crises habituelles; c'est la première fois; déjà fait; "
        "ressemble à vos crises; déjà eu ça; déjà été malade comme ça",
    ),
    (
        "hpi.triggers",
        "hpi",
        "Triggers and context",
        "Circonstances de survenue (facteurs déclenchants)",
        "what were you doing; what triggered; brought it on; trigger; circumstances; "
        "at rest or on exertion; after eating; on exertion; bring it on; bring them on; "
        "sets it off; set it off; triggered; night before; day before; beforehand; heavy lifting; "
        "lifting something heavy; how did it happen; doing at the time; doing when it started; "
        "were you doing; doing anything when; while you were resting; were you resting; resting; "
        "lifted; lifting",
        "que faisiez-vous; circonstances; déclenché par; facteur déclenchant; au repos; "
        "à l'effort; après le repas; dans quelles circonstances; déclenché; déclencher; "
        "déclencheur; un évènement; vous faisiez quoi; comment c'est arrivé; "
        "comment est-ce arrivé; portiez quelque chose; en portant; en soulevant; au moment où; "
        "pendant un effort; en faisant un effort; en train de faire; étiez en train; soulevé; "
        "soulever; porté quelque chose de lourd; effort; en plein effort; charge lourde; "
        "porter une charge; quand c'est arrivé; il s'est passé quelque chose; "
        "passé quelque chose; s'est produit comment; produit comment",
    ),
    (
        "hpi.treatment_tried",
        "hpi",
        "Treatment tried",
        "Traitements déjà essayés",
        "taken anything for it; tried any treatment; painkillers; did it help; "
        "medication for this; tried anything; taken anything; for the fever; for the pain; "
        "tried anything for; tried any painkillers",
        "avez-vous pris quelque chose; traitement essayé; antidouleur; antalgique; ça a marché; "
        "efficace; pris un médicament pour ça; pris quelque chose; donné quoi; pour la fièvre; "
        "contre la fièvre; contre la douleur; pour la douleur; doliprane; paracétamol; "
        "essayé quelque chose; vous avez pris quoi; vous avez pris un médicament",
    ),
    (
        "hpi.trauma",
        "hpi",
        "Trauma or injury",
        "Traumatisme",
        "injury; injured; fall; fell; accident; hit; knock; banged your head; trauma",
        "traumatisme; chute; tombé; accident; coup; choc; cogné; blessure",
    ),
    # --- ros: general ----------------------------------------------------------------------
    (
        "ros.general",
        "ros",
        "General (systemic) symptoms",
        "Signes généraux (état général)",
        "how are you in yourself; generally unwell; general health; run down; "
        "systemic symptoms; fevers, weight loss or night sweats",
        "état général; altération de l'état général; aeg; signes généraux; "
        "asthénie anorexie amaigrissement; comment vous sentez-vous en général",
    ),
    (
        "ros.fever",
        "ros",
        "Fever",
        "Fièvre",
        "fever; temperature; feverish; hot; chills; shivers; rigors; shivering; hot or cold; "
        "hot and cold; hot and cold sweats; highest temperature; how high did the temperature; "
        "chest infections; chest infection; infections",
        "fièvre; température; frissons; fébrile; chaud; avez-vous eu de la fièvre; thermomètre; "
        "pics de fièvre; jusqu'à combien; température maximale; montée à combien; "
        "infection récente",
    ),
    (
        "ros.weight_loss",
        "ros",
        "Weight loss",
        "Amaigrissement",
        "lost weight; weight loss; weight change; clothes looser; lost any weight; gained weight; "
        "losing weight; lose weight; put on weight; weight changed; change in your weight; "
        "changes in weight",
        "perte de poids; amaigrissement; maigri; perdu du poids; kilos; variation de poids; "
        "pris du poids; combien de kilos; poids a changé; changement de poids; poids changé; "
        "évolution du poids",
    ),
    (
        "ros.night_sweats",
        "ros",
        "Night sweats",
        "Sueurs nocturnes",
        "night sweats; sweating at night; drenching sweats; soaking the sheets; sweats",
        "sueurs nocturnes; transpirez la nuit; draps mouillés; sueurs; transpiration nocturne; "
        "sueurs la nuit; transpire la nuit",
    ),
    (
        "ros.fatigue",
        "ros",
        "Fatigue",
        "Asthénie (fatigue)",
        "tired; tiredness; fatigue; exhausted; lack of energy; lethargic; no energy; worn out; "
        "drained; knackered; more tired than usual",
        "fatigue; fatigué; asthénie; épuisé; manque d'énergie; coup de barre; sans énergie; "
        "votre énergie; épuisée; fatiguée; crevé",
    ),
    (
        "ros.appetite",
        "ros",
        "Appetite",
        "Appétit",
        "appetite; eating less; off your food; not hungry; loss of appetite; eating ok; "
        "eating normally; eating and drinking; anything to eat; eaten today; had anything to eat; "
        "when did you last eat; hungry",
        "appétit; anorexie; mangez moins; pas faim; perte d'appétit; mangez; vous mangez; faim",
    ),
    # --- ros: cardiorespiratory ------------------------------------------------------------
    (
        "ros.cardio",
        "ros",
        "Cardiovascular symptoms",
        "Signes fonctionnels cardiovasculaires",
        "heart problems; heart symptoms; cardiovascular symptoms; problems with your heart; "
        "heart disease; heart trouble",
        "signes cardiovasculaires; symptômes cardiaques; problèmes cardiaques; problème de cœur; "
        "maladie du cœur",
    ),
    (
        "ros.chest_pain",
        "ros",
        "Chest pain",
        "Douleur thoracique",
        "chest pain; pain in your chest; chest tightness; chest discomfort; angina; "
        "pressure on the chest",
        "douleur thoracique; mal à la poitrine; douleur dans la poitrine; oppression thoracique; "
        "serrement dans la poitrine; angine de poitrine",
    ),
    (
        "ros.palpitations",
        "ros",
        "Palpitations",
        "Palpitations",
        "palpitations; heart racing; heart pounding; irregular heartbeat; fluttering; "
        "skipped beats; aware of your heartbeat; heart fluttering; heart skipping",
        "palpitations; cœur qui bat vite; cœur qui s'emballe; battements irréguliers; "
        "cœur qui bat fort; tachycardie; cœur qui bat la chamade",
    ),
    (
        "ros.syncope",
        "ros",
        "Syncope (blackouts)",
        "Syncope et malaise",
        "fainted; faint; blackout; passed out; lost consciousness; collapse; collapsed; "
        "blacked out; pass out; fainting",
        "syncope; perte de connaissance; évanoui; malaise; tombé dans les pommes; évanouissement; "
        "perdu connaissance; évanouie",
    ),
    (
        "ros.dyspnoea",
        "ros",
        "Breathlessness (dyspnoea)",
        "Dyspnée (essoufflement)",
        "short of breath; breathless; shortness of breath; difficulty breathing; out of breath; "
        "can't catch your breath; how far can you walk; breathing ok; struggling to breathe; "
        "working hard to breathe; breathing difficulties; puffed; winded; your breathing; "
        "how is your breathing; breathing been; walk on the flat; on the flat; trouble breathing; "
        "breathing trouble; struggling for breath; flight of stairs; how many stairs",
        "essoufflé; essoufflement; dyspnée; du mal à respirer; souffle court; manque d'air; "
        "difficulté à respirer; respire bien; respire mal; respire vite; se creuse; il respire; "
        "essoufflée; souffle; votre respiration",
    ),
    (
        "ros.orthopnoea",
        "ros",
        "Orthopnoea and paroxysmal nocturnal dyspnoea",
        "Orthopnée et dyspnée paroxystique nocturne",
        "lying flat; how many pillows; wake up breathless; sleep propped up; orthopnoea; "
        "breathless at night; lie flat; lie down flat; lying down; flat in bed; "
        "pillows do you sleep on; pillows do you use; sleep sitting up; sitting up to sleep; "
        "wake up short of breath",
        "orthopnée; allongé à plat; combien d'oreillers; réveillé essoufflé; dormir assis; "
        "dyspnée nocturne; à plat; allongé",
    ),
    (
        "ros.oedema",
        "ros",
        "Leg swelling (oedema)",
        "Œdèmes des membres inférieurs",
        "swollen ankles; swelling in your legs; swollen feet; puffy legs; oedema; "
        "fluid retention; ankle swelling; ankles swelling; swelling of your ankles; swollen legs; "
        "legs swelling; legs getting bigger; legs swollen; feet swollen",
        "œdèmes; jambes gonflées; chevilles gonflées; pieds enflés; gonflement des jambes; "
        "jambes lourdes; gonflement des chevilles; jambes qui gonflent",
    ),
    (
        "ros.claudication",
        "ros",
        "Intermittent claudication",
        "Claudication intermittente",
        "pain in your calves when walking; leg pain on walking; claudication; "
        "cramp when walking; walking distance",
        "claudication; douleur au mollet à la marche; périmètre de marche; "
        "crampe à la marche; mal aux jambes en marchant",
    ),
    (
        "ros.resp",
        "ros",
        "Respiratory symptoms",
        "Signes fonctionnels respiratoires",
        "breathing problems; chest problems; respiratory symptoms; problems with your lungs",
        "signes respiratoires; symptômes respiratoires; problèmes pulmonaires; "
        "problème de respiration",
    ),
    (
        "ros.cough",
        "ros",
        "Cough",
        "Toux",
        "cough; coughing; dry cough; tickly cough; chesty cough",
        "toux; tousser; toussez; toux sèche; toux grasse",
    ),
    (
        "ros.sputum",
        "ros",
        "Sputum",
        "Expectorations",
        "bringing anything up; phlegm; sputum; mucus; colour of the phlegm; productive; "
        "coughing up anything; coughing anything up; cough anything up",
        "crachats; expectorations; glaires; vous crachez; couleur des crachats; mucus",
    ),
    (
        "ros.haemoptysis",
        "ros",
        "Haemoptysis",
        "Hémoptysie",
        "coughing up blood; blood in your phlegm; blood in sputum; haemoptysis; hemoptysis; "
        "blood when you cough; cough up blood; coughed up blood",
        "cracher du sang; sang dans les crachats; hémoptysie; crachats sanglants; toussé du sang; "
        "sang en toussant; crache du sang",
    ),
    (
        "ros.wheeze",
        "ros",
        "Wheeze",
        "Sifflements respiratoires",
        "wheeze; wheezy; wheezing; whistling; noisy breathing",
        "sifflements; respiration sifflante; ça siffle; sibilants; respiration bruyante",
    ),
    (
        "ros.ent",
        "ros",
        "Ear, nose and throat symptoms",
        "Signes ORL",
        "sore throat; earache; ear pain; runny nose; blocked nose; hearing loss; sinus pain; "
        "cold; ear; ears; pulling at his ear; tugging at his ear",
        "mal de gorge; mal à l'oreille; otalgie; nez qui coule; nez bouché; rhume; "
        "baisse d'audition; sinus; oreille; oreilles; se tire l'oreille; se touche les oreilles",
    ),
    # --- ros: gastrointestinal ---------------------------------------------------------------
    (
        "ros.gi",
        "ros",
        "Gastrointestinal symptoms",
        "Signes fonctionnels digestifs",
        "tummy problems; stomach problems; digestive problems; gastrointestinal symptoms; "
        "problems with your bowels",
        "signes digestifs; troubles digestifs; problèmes digestifs; problèmes d'estomac",
    ),
    (
        "ros.abdominal_pain",
        "ros",
        "Abdominal pain",
        "Douleur abdominale",
        "tummy pain; stomach ache; belly pain; abdominal pain; pain in your tummy",
        "mal au ventre; douleur abdominale; douleur au ventre; maux d'estomac; crampes abdominales",
    ),
    (
        "ros.nausea_vomiting",
        "ros",
        "Nausea and vomiting",
        "Nausées et vomissements",
        "feel sick; nausea; nauseous; vomiting; throwing up; been sick; vomited; being sick; "
        "felt sick",
        "nausées; vomissements; envie de vomir; vomi; mal au cœur; haut-le-cœur; vomir; nausée",
    ),
    (
        "ros.haematemesis",
        "ros",
        "Haematemesis",
        "Hématémèse",
        "vomiting blood; blood in your vomit; coffee grounds; haematemesis",
        "vomir du sang; sang dans les vomissements; marc de café; hématémèse",
    ),
    (
        "ros.dysphagia",
        "ros",
        "Dysphagia",
        "Dysphagie",
        "difficulty swallowing; trouble swallowing; food sticking; painful swallowing; dysphagia",
        "difficulté à avaler; du mal à avaler; ça bloque quand j'avale; "
        "douleur en avalant; dysphagie",
    ),
    (
        "ros.heartburn",
        "ros",
        "Heartburn and reflux",
        "Pyrosis et reflux",
        "heartburn; acid reflux; indigestion; acid taste; reflux; burning in your chest",
        "brûlures d'estomac; remontées acides; reflux; pyrosis; aigreurs; régurgitations",
    ),
    (
        "ros.bowel",
        "ros",
        "Bowel habit (diarrhoea, constipation)",
        "Transit intestinal (diarrhée, constipation)",
        "bowels; bowel habit; bowel movements; diarrhoea; diarrhea; constipation; loose stools; "
        "opening your bowels; going to the toilet; stools; constipated; poo; the runs; runny poo; "
        "loose bowels",
        "transit; diarrhée; constipation; selles; aller à la selle; selles liquides; "
        "selles molles; aller aux toilettes; constipé; constipée; la diarrhée",
    ),
    (
        "ros.stool_blood",
        "ros",
        "Rectal bleeding and melaena",
        "Rectorragies et méléna",
        "blood in your stool; blood in your poo; black stools; tarry stools; rectal bleeding; "
        "blood when you wipe; melaena; blood in the toilet; blood in the pan; blood on the paper",
        "sang dans les selles; selles noires; méléna; rectorragie; saignement par l'anus; "
        "sang rouge dans les selles",
    ),
    (
        "ros.jaundice",
        "ros",
        "Jaundice",
        "Ictère",
        "yellow skin; yellow eyes; jaundice; jaundiced; dark urine; pale stools; going yellow; "
        "turned yellow; turning yellow; yellowing; yellow tinge; look yellow",
        "jaunisse; ictère; peau jaune; yeux jaunes; urines foncées; selles décolorées; "
        "teint jaune; devenu jaune; devenue jaune; jaunir; jauni; jaunâtre",
    ),
    # --- ros: genitourinary ----------------------------------------------------------------
    (
        "ros.urinary",
        "ros",
        "Urinary symptoms",
        "Signes fonctionnels urinaires",
        "pain passing urine; burning when you pee; going more often; urgency; "
        "blood in your urine; waterworks; dysuria; urinary frequency; pee; wee; passing water; "
        "passing urine; stinging; sting; water works; when you pass urine; when you wee; "
        "when you pee; when you pass water; burn when you pass urine; burning when you wee; "
        "burn when you wee; burning on passing urine; stinging on passing urine; "
        "pain on passing urine",
        "brûlures mictionnelles; brûlures en urinant; envie fréquente d'uriner; pollakiurie; "
        "sang dans les urines; hématurie; dysurie; faire pipi; uriner; urines; pipi; "
        "fuites urinaires; vous urinez; en urinant; quand vous urinez; brûle en urinant",
    ),
    (
        "ros.gynae",
        "ros",
        "Gynaecological symptoms (menstrual cycle, discharge)",
        "Signes gynécologiques (cycle, pertes)",
        "periods; menstrual cycle; regular periods; vaginal discharge; bleeding between periods; "
        "painful periods; heavy periods; menopause; down below; vaginal bleeding; "
        "bleeding from down below; what are your periods like; periods normally like; "
        "pain during sex; pain when you have sex; dyspareunia",
        "règles; cycle menstruel; règles régulières; pertes vaginales; "
        "saignements entre les règles; règles douloureuses; règles abondantes; ménopause; "
        "saignements vaginaux; pertes de sang; douleurs pendant les rapports; dyspareunie",
    ),
    (
        "ros.lmp",
        "ros",
        "Last menstrual period and possible pregnancy",
        "Date des dernières règles (DDR) et possibilité de grossesse",
        "last period; when was your last period; could you be pregnant; chance of pregnancy; "
        "late period; lmp; pregnant; possibility of pregnancy; chance you could be pregnant; "
        "period late; period is late; menstrual period; last menstrual period",
        "dernières règles; ddr; enceinte; possibilité de grossesse; retard de règles; "
        "date des dernières règles; règles en retard; "
        "grossesse possible; grossesse est possible; êtes enceinte; pourriez être enceinte",
    ),
    # --- ros: neurological -----------------------------------------------------------------
    (
        "ros.neuro",
        "ros",
        "Neurological symptoms",
        "Signes fonctionnels neurologiques",
        "neurological symptoms; nerve problems; any neurological problems",
        "signes neurologiques; symptômes neurologiques; troubles neurologiques",
    ),
    (
        "ros.headache",
        "ros",
        "Headache",
        "Céphalées",
        "headache; headaches; head hurts; migraine; pain in your head",
        "mal à la tête; céphalées; céphalée; migraine; maux de tête",
    ),
    (
        "ros.vision",
        "ros",
        "Visual disturbance",
        "Troubles visuels",
        "blurred vision; double vision; eyesight; problems seeing; flashing lights; "
        "loss of vision; vision; seeing double; blurry vision; eyesight ok",
        "vision floue; vision double; diplopie; troubles de la vue; baisse de vision; "
        "mouches volantes; vue; voyez flou; voyez double; vue trouble; vous voyez bien",
    ),
    (
        "ros.photophobia",
        "ros",
        "Photophobia",
        "Photophobie",
        "light hurts your eyes; bright lights bother you; sensitive to light; photophobia",
        "photophobie; gêné par la lumière; la lumière vous dérange; sensible à la lumière; "
        "supportez la lumière; supporter la lumière; la lumière vous fait mal",
    ),
    (
        "ros.neck_stiffness",
        "ros",
        "Neck stiffness",
        "Raideur de nuque",
        "stiff neck; neck stiffness; bend your neck; chin to chest; neck pain; move your neck",
        "raideur de nuque; nuque raide; plier la nuque; menton sur la poitrine; mal à la nuque; "
        "bouger le cou; mal au cou; bouger la tête",
    ),
    (
        "ros.weakness_numbness",
        "ros",
        "Focal weakness or numbness",
        "Déficit moteur ou sensitif",
        "weakness; numbness; pins and needles; tingling; can't move; arm weak; face drooping; "
        "loss of sensation; weakness in your face; numb",
        "faiblesse; engourdissement; fourmillements; paresthésies; perte de force; paralysie; "
        "bouche de travers; perte de sensibilité; fourmis; engourdi; engourdie; plus faible; "
        "bras faible; faible",
    ),
    (
        "ros.dizziness",
        "ros",
        "Dizziness and vertigo",
        "Vertiges et sensations vertigineuses",
        "dizzy; dizziness; lightheaded; room spinning; vertigo; off balance; light-headed; giddy; "
        "light-headedness; lightheadedness",
        "vertiges; tête qui tourne; étourdi; déséquilibre; sensation de tête vide; tout tourne; "
        "étourdissements",
    ),
    (
        "ros.seizure",
        "ros",
        "Seizures",
        "Crises convulsives",
        "fits; seizures; seizure; convulsions; shaking; bit your tongue; wet yourself",
        "convulsions; crise convulsive; épilepsie; morsure de langue; perte d'urine; secousses; "
        "fait des crises; fait une crise; crise d'épilepsie; convulsé; convulser; convulse; "
        "a convulsé; convulsait",
    ),
    (
        "ros.speech",
        "ros",
        "Speech disturbance",
        "Troubles du langage et de la parole",
        "slurred speech; difficulty speaking; words come out wrong; trouble finding words; "
        "speech; getting your words out; words out; trouble speaking; finding words",
        "trouble de la parole; difficulté à parler; trouver ses mots; aphasie; dysarthrie; "
        "parole; trouver vos mots; du mal à parler",
    ),
    (
        "ros.memory",
        "ros",
        "Memory and confusion",
        "Troubles de la mémoire et confusion",
        "forgetful; memory; confused; confusion; disoriented; muddled; concentrate; concentration",
        "mémoire; oublis; confus; confusion; désorienté; troubles cognitifs; concentrer; "
        "concentration; vous concentrer; oubliez des choses; vous oubliez",
    ),
    # --- ros: musculoskeletal and skin -----------------------------------------------------
    (
        "ros.msk",
        "ros",
        "Musculoskeletal symptoms",
        "Signes ostéo-articulaires",
        "joint pain; swollen joints; stiffness; muscle aches; aching joints; morning stiffness",
        "douleurs articulaires; articulations gonflées; raideur; douleurs musculaires; "
        "arthralgies; myalgies; dérouillage matinal",
    ),
    (
        "ros.back_pain",
        "ros",
        "Back pain",
        "Douleur rachidienne (lombalgie)",
        "back pain; lower back pain; backache; pain in your back",
        "mal au dos; lombalgie; douleur lombaire; dorsalgie; douleur dans le dos",
    ),
    (
        "ros.skin",
        "ros",
        "Skin symptoms (rash)",
        "Signes cutanés (éruption)",
        "rash; spots; itching; itchy; skin changes; skin problems; red patches",
        "éruption; boutons; démangeaisons; prurit; plaques; rougeurs; taches sur la peau; taches; "
        "petites taches; purpura",
    ),
    (
        "ros.bleeding",
        "ros",
        "Bleeding or bruising tendency",
        "Syndrome hémorragique (saignements, ecchymoses)",
        "bruise easily; bruising; nosebleeds; bleeding gums; bleeding tendency; bleed a lot",
        "bleus facilement; ecchymoses; saignements de nez; épistaxis; "
        "saignement des gencives; hématomes",
    ),
    (
        "ros.lumps",
        "ros",
        "Lumps and swollen glands",
        "Tuméfactions et adénopathies",
        "lumps; lump; swollen glands; lump in your neck; swelling; bumps",
        "ganglions; boule; grosseur; masse; tuméfaction; ganglions gonflés",
    ),
    # --- ros: endocrine --------------------------------------------------------------------
    (
        "ros.thirst_polyuria",
        "ros",
        "Thirst and polyuria",
        "Syndrome polyuro-polydipsique",
        "thirsty; drinking a lot; passing a lot of urine; dry mouth; polyuria; up at night to pee",
        "soif; boire beaucoup; uriner beaucoup; polyurie; polydipsie; bouche sèche",
    ),
    (
        "ros.thyroid",
        "ros",
        "Thyroid symptoms (heat or cold intolerance, tremor)",
        "Signes thyroïdiens (thermophobie, frilosité, tremblements)",
        "heat intolerance; cold intolerance; feel the cold; can't stand the heat; tremor; "
        "shaky hands; shaky; hot and shaky; sweaty and shaky; thyroid; thyroid problems",
        "intolérance à la chaleur; frilosité; frileux; thermophobie; tremblements; "
        "mains qui tremblent; frileuse; plus frileux; thyroïde; problème de thyroïde",
    ),
    # --- ros: mental health ----------------------------------------------------------------
    (
        "ros.mood",
        "ros",
        "Mood",
        "Humeur",
        "mood; feeling down; depressed; low mood; sad; enjoy things; interest in things; "
        "feeling low; low in mood",
        "humeur; moral; déprimé; triste; tristesse; plaisir; intérêt pour les choses; pleurs; "
        "pleurer; déprimée; prendre du plaisir; goût à; plus goût; envie de rien; anhédonie; "
        "moins envie; plus envie de rien",
    ),
    (
        "ros.anxiety",
        "ros",
        "Anxiety",
        "Anxiété",
        "anxious; anxiety; nervous; stressed; panic attacks; worry a lot; on edge; panic",
        "anxieux; anxiété; angoisse; stressé; crises d'angoisse; nerveux; angoisses; angoissée; "
        "stressée; anxieuse; nerveuse; tendue",
    ),
    (
        "ros.sleep",
        "ros",
        "Sleep",
        "Sommeil",
        "sleep; sleeping; insomnia; waking up at night; nightmares; trouble sleeping; "
        "wake up early; early morning waking; sleeping ok; fall asleep; getting to sleep",
        "sommeil; dormez; insomnie; réveils nocturnes; cauchemars; troubles du sommeil; dort; "
        "il dort; dormir; réveillez tôt; réveil précoce; endormir; vous endormir; endormissement; "
        "réveillez la nuit; vous réveillez",
    ),
    (
        "ros.suicidal_ideation",
        "ros",
        "Suicidal ideation",
        "Idées suicidaires",
        "thoughts of ending your life; suicidal; want to die; life not worth living; "
        "kill yourself; thoughts of suicide; end your life; ending it all; better off dead",
        "idées suicidaires; envie de mourir; mettre fin à vos jours; suicide; "
        "la vie ne vaut pas la peine; idées noires; penser à la mort; pensées de mort; en finir; "
        "des préparatifs; scénario",
    ),
    (
        "ros.self_harm",
        "ros",
        "Self-harm",
        "Automutilation (conduites auto-agressives)",
        "hurt yourself; self-harm; self harm; cutting yourself; harming yourself; "
        "harmed yourself; tried to kill yourself; suicide attempt",
        "vous faire du mal; automutilation; vous blesser; scarifications; vous couper; "
        "déjà fait du mal; scarifiée; scarifié; scarifier; tenté de vous suicider; "
        "tentative de suicide",
    ),
    (
        "ros.psychosis",
        "ros",
        "Psychotic symptoms",
        "Symptômes psychotiques",
        "hearing voices; seeing things; hallucinations; people watching you; "
        "thoughts being controlled; hearing things; hear things",
        "entendre des voix; voir des choses; hallucinations; on vous surveille; idées délirantes; "
        "entendez des choses; entendre des choses; voyez des choses; entendez des voix",
    ),
    (
        "ros.pain_elsewhere",
        "ros",
        "Pain elsewhere",
        "Autres douleurs",
        "pain anywhere else; other pain; any other aches; hurt anywhere else; calf pain; "
        "pain in your calves",
        "douleur ailleurs; mal ailleurs; autres douleurs; mal autre part; mal aux mollets",
    ),
    # --- pmh -------------------------------------------------------------------------------
    (
        "pmh.medical",
        "pmh",
        "Past medical history",
        "Antécédents médicaux",
        "medical problems; illnesses; medical conditions; health problems; past medical history; "
        "see a doctor regularly; pmh; past history; medical history; heart attack before; "
        "had a heart attack; previous heart attack; stroke; mini-stroke; tia; asthma; epilepsy; "
        "cancer; problems with your health; health in general; conditions; long term conditions; "
        "chronic illness; chronic conditions; previous heart problems; "
        "heart problems in the past; heart trouble before; previous heart trouble",
        "antécédents médicaux; maladies; problèmes de santé; antécédents; suivi pour; "
        "maladie chronique; atcd; avc; cancer; asthme; épilepsie; problèmes de santé connus; "
        "maladies chroniques",
    ),
    (
        "pmh.surgical",
        "pmh",
        "Past surgical history",
        "Antécédents chirurgicaux",
        "operations; surgery; operated; had an operation; surgical history; appendix; "
        "had your appendix out",
        "opérations; opéré; chirurgie; intervention chirurgicale; antécédents chirurgicaux; "
        "appendicite; vésicule enlevée",
    ),
    (
        "pmh.hospitalisations",
        "pmh",
        "Previous hospital admissions",
        "Hospitalisations antérieures",
        "been in hospital; admitted; hospital stays; hospital admissions",
        "hospitalisé; hospitalisations; séjour à l'hôpital; été hospitalisé",
    ),
    (
        "pmh.cardiovascular_risk",
        "pmh",
        "Cardiovascular risk factors (hypertension, diabetes, cholesterol)",
        "Facteurs de risque cardiovasculaire (HTA, diabète, dyslipidémie)",
        "blood pressure; hypertension; diabetes; cholesterol; blood sugar; risk factors; high bp; "
        "high blood pressure; high cholesterol; diabetic",
        "tension; hypertension; diabète; cholestérol; facteurs de risque cardiovasculaire; "
        "sucre dans le sang; votre tension; hta; diabétique",
    ),
    (
        "pmh.psychiatric",
        "pmh",
        "Psychiatric history",
        "Antécédents psychiatriques",
        "mental health problems; mental health history; depression before; psychiatrist; "
        "psychiatric history; counsellor; therapist; psychiatry; psychiatric hospital",
        "antécédents psychiatriques; psychiatre; dépression; problèmes psychologiques; "
        "suivi psychiatrique; psy; psychologue; suivi psy; psychiatrie; "
        "hospitalisée en psychiatrie",
    ),
    (
        "pmh.obstetric",
        "pmh",
        "Obstetric history",
        "Antécédents obstétricaux",
        "pregnancies; been pregnant; births; miscarriages; deliveries; how many children; "
        "have any children; do you have children; kids; any children",
        "grossesses; accouchements; fausses couches; gestité; parité; combien d'enfants; "
        "vous avez des enfants",
    ),
    (
        "pmh.contraception",
        "pmh",
        "Contraception",
        "Contraception",
        "contraception; the pill; coil; birth control; contraceptive; implant; condoms; "
        "use condoms; miss a pill; missed pill; missed pills; protection during sex; "
        "use protection; pill; which pill",
        "contraception; pilule; stérilet; moyen de contraception; implant; contraceptif; "
        "préservatifs; oublié un comprimé; oubli de pilule; oublié la pilule",
    ),
    (
        "pmh.screening",
        "pmh",
        "Screening (smear, mammogram, bowel screening)",
        "Dépistages (frottis, mammographie, dépistage colorectal)",
        "smear test; cervical screening; mammogram; bowel screening; screening",
        "frottis; dépistage; mammographie; dépistage du cancer colorectal; test immunologique",
    ),
    (
        "pmh.vaccinations",
        "pmh",
        "Vaccination status",
        "Statut vaccinal",
        "vaccines; vaccinated; jabs; tetanus; flu jab; vaccinations up to date",
        "vaccins; vaccinations; vaccins à jour; tétanos; vaccin contre la grippe; statut vaccinal",
    ),
    (
        "pmh.birth",
        "pmh",
        "Pregnancy, birth and neonatal history",
        "Antécédents périnatals (grossesse, naissance)",
        "born; birth; premature; full term; birth weight; delivery; problems after birth",
        "naissance; prématuré; à terme; poids de naissance; accouchement; période néonatale",
    ),
    (
        "pmh.development",
        "pmh",
        "Developmental history",
        "Développement psychomoteur",
        "milestones; started walking; started talking; development; sit up; developmental delay; "
        "walking yet; talking yet; first words",
        "développement; marcher; parler; acquisitions; développement psychomoteur; "
        "retard de développement; il marche; il parle; quelques mots; premiers mots; premiers pas",
    ),
    # --- meds ------------------------------------------------------------------------------
    (
        "meds.current",
        "meds",
        "Current medication",
        "Traitement habituel",
        "medications; medicines; tablets; pills; prescribed; regular medicines; what do you take; "
        "meds; what meds; meds do you take; medicines do you take; tablets do you take; "
        "medication do you take; antidepressant; antidepressants",
        "médicaments; traitement; comprimés; ordonnance; traitement habituel; "
        "prenez-vous des médicaments; médicaments prenez-vous; un traitement régulier; "
        "traitement de fond; antidépresseur; antidépresseurs",
    ),
    (
        "meds.otc",
        "meds",
        "Over-the-counter and herbal remedies",
        "Automédication (sans ordonnance, phytothérapie)",
        "over the counter; from the pharmacy; herbal; supplements; vitamins; "
        "without a prescription; chemist; from the chemist; sleeping tablets; sleeping pills; "
        "ibuprofen; nurofen; anti-inflammatories; nsaids; medicines over the counter; "
        "medication without a prescription; from the shop; painkillers from the shop; "
        "from the supermarket",
        "sans ordonnance; pharmacie; automédication; plantes; compléments alimentaires; "
        "vitamines; homéopathie; pour dormir; somnifère; somnifères; ibuprofène; "
        "anti-inflammatoires; advil; médicaments sans ordonnance",
    ),
    (
        "meds.adherence",
        "meds",
        "Adherence",
        "Observance",
        "take them regularly; miss doses; forget; as prescribed; stopped taking; adherence; "
        "take them every day; take your tablets every day; miss any; forget to take; "
        "forget to take your tablets; forget your tablets; miss your tablets; "
        "forget your medication; tablet every day; tablets every day",
        "observance; oubliez; régulièrement; arrêté; comme prescrit; oublis de prise; "
        "prenez tous les jours; oubliez de les prendre; oubliez votre traitement; "
        "oubliez vos médicaments; oubliez de prendre",
    ),
    (
        "meds.recent_change",
        "meds",
        "Recent medication changes",
        "Modifications récentes du traitement",
        "new medication; recently started; changed dose; stopped recently; recent change; "
        "meds changed; medication changed; medicines changed; changed lately; changed recently; "
        "changes to your medication; changes to your tablets; changes to your meds; "
        "tablets changed; changes to your water tablets; dose changed",
        "nouveau médicament; récemment; changement de traitement; modification; dose changée; "
        "traitement modifié; changé de traitement; changement de dose",
    ),
    (
        "meds.anticoagulants",
        "meds",
        "Anticoagulants and antiplatelets",
        "Anticoagulants et antiagrégants plaquettaires",
        "blood thinners; warfarin; aspirin; anticoagulant; clopidogrel; apixaban",
        "anticoagulants; fluidifier le sang; aspirine; kardégic; antiagrégant; avk",
    ),
    (
        "meds.side_effects",
        "meds",
        "Side effects",
        "Effets indésirables",
        "side effects; reaction to your tablets; problems with your medication; tolerate",
        "effets indésirables; effets secondaires; mal supporté; tolérance",
    ),
    # --- allergies -------------------------------------------------------------------------
    (
        "allergies.drug",
        "allergies",
        "Drug allergies",
        "Allergies médicamenteuses",
        "any allergies; allergic to any medication; drug allergies; penicillin; "
        "reaction to medicine; allergic; allergies; allergic to medicines; allergic to anything; "
        "allergies to medication",
        "des allergies; allergique à un médicament; allergies médicamenteuses; pénicilline; "
        "réaction à un médicament; allergies; allergie; allergique",
    ),
    (
        "allergies.other",
        "allergies",
        "Other allergies (food, environment)",
        "Autres allergies (alimentaires, environnementales)",
        "food allergies; hay fever; latex; nuts; pollen; other allergies",
        "allergies alimentaires; pollen; latex; arachides; rhume des foins; autres allergies",
    ),
    # --- fh --------------------------------------------------------------------------------
    (
        "fh.general",
        "fh",
        "Family history",
        "Antécédents familiaux",
        "family history; run in the family; parents; brothers or sisters; relatives; "
        "illnesses in the family; family; in your family; your father; your mother; your dad; "
        "your mum",
        "antécédents familiaux; famille; parents; frères et sœurs; maladies dans la famille; "
        "héréditaire; votre père; votre mère; vos parents",
    ),
    (
        "fh.cardiac",
        "fh",
        "Family history of heart disease",
        "Antécédents familiaux cardiovasculaires",
        "heart problems in the family; heart attack in the family; heart disease in the family; "
        "family history of heart attacks; family history of heart disease",
        "maladie cardiaque dans la famille; infarctus dans la famille; "
        "antécédents familiaux cardiovasculaires",
    ),
    (
        "fh.cancer",
        "fh",
        "Family history of cancer",
        "Antécédents familiaux de cancer",
        "cancer in the family; relatives with cancer; family history of cancer",
        "cancer dans la famille; antécédents familiaux de cancer; parent avec un cancer",
    ),
    (
        "fh.sudden_death",
        "fh",
        "Family history of sudden death",
        "Mort subite dans la famille",
        "died suddenly; sudden death; died young; unexplained death; aneurysm",
        "mort subite; décédé brutalement; décédé jeune; mort inexpliquée; anévrisme; "
        "rupture d'anévrisme",
    ),
    (
        "fh.diabetes",
        "fh",
        "Family history of diabetes",
        "Antécédents familiaux de diabète",
        "diabetes in the family; diabetic parents; family history of diabetes",
        "diabète dans la famille; parents diabétiques; antécédents familiaux de diabète",
    ),
    (
        "fh.thrombosis",
        "fh",
        "Family history of blood clots",
        "Antécédents familiaux thrombo-emboliques",
        "clots in the family; family history of clots; dvt in the family",
        "phlébite dans la famille; caillots dans la famille; antécédents familiaux de thrombose",
    ),
    (
        "fh.psychiatric",
        "fh",
        "Family history of mental illness",
        "Antécédents familiaux psychiatriques",
        "mental illness in the family; depression in the family; family history of suicide",
        "maladie psychiatrique dans la famille; dépression dans la famille; "
        "suicide dans la famille",
    ),
    # --- social ----------------------------------------------------------------------------
    (
        "social.tobacco",
        "social",
        "Smoking",
        "Tabac",
        "smoke; smoking; smoker; cigarettes; packs; pack years; vape; e-cigarette; tobacco",
        "fumez; tabac; cigarettes; paquets; paquets-années; fumeur; vapotez; "
        "cigarette électronique",
    ),
    (
        "social.alcohol",
        "social",
        "Alcohol",
        "Alcool",
        "drink alcohol; alcohol; units; beer; wine; spirits; how much do you drink; drink; "
        "drinker; do you drink",
        "alcool; buvez; verres; bière; vin; consommation d'alcool; apéritif",
    ),
    (
        "social.drugs",
        "social",
        "Recreational drugs",
        "Consommation de toxiques (drogues)",
        "recreational drugs; cannabis; weed; cocaine; heroin; illegal drugs; street drugs; "
        "inject; drugs for fun; take any drugs; any drugs",
        "drogues; cannabis; joint; cocaïne; héroïne; toxiques; substances; injection",
    ),
    (
        "social.occupation",
        "social",
        "Occupation",
        "Profession",
        "what do you do for a living; job; work; occupation; employed; retired; for a living; "
        "used to do; your job; work as; work accident; accident at work",
        "profession; métier; travail; que faites-vous dans la vie; retraité; travaillez; "
        "votre travail; vous travaillez; votre métier; accident de travail; accident du travail",
    ),
    (
        "social.exposure",
        "social",
        "Occupational and environmental exposure",
        "Expositions professionnelles et environnementales",
        "asbestos; chemicals; dust; exposure at work; animals; pets; birds",
        "amiante; produits chimiques; poussières; exposition; animaux; animaux domestiques",
    ),
    (
        "social.living",
        "social",
        "Home situation",
        "Lieu et conditions de vie",
        "who do you live with; live alone; house; flat; stairs; home; married; partner; "
        "at home with you; live with; live by yourself; live on your own; by yourself; "
        "on your own; come with you; came with you",
        "vivez seul; avec qui vivez-vous; logement; maison; appartement; escaliers; marié; "
        "en couple; vivez seule; vous vivez; vivez avec; venu avec vous; habitez; vous habitez; "
        "habitez avec qui",
    ),
    (
        "social.support",
        "social",
        "Social support",
        "Entourage et aides",
        "help at home; family nearby; carers; support; friends; someone to help; "
        "someone to talk to",
        "aide à domicile; entourage; famille proche; aidants; soutien; amis; entourée; entouré; "
        "quelqu'un à qui parler",
    ),
    (
        "social.functional",
        "social",
        "Activities of daily living",
        "Autonomie (activités de la vie quotidienne)",
        "manage at home; washing; dressing; cooking; shopping; daily activities; independent; "
        "managing the stairs; manage the stairs; managing at home; cope at home; "
        "fully independent",
        "autonomie; activités quotidiennes; toilette; vous habiller; faire les courses; "
        "cuisiner; vous débrouiller",
    ),
    (
        "social.travel",
        "social",
        "Recent travel",
        "Voyages récents",
        "travelled; travel; abroad; holiday; trip; overseas; long flight; long journeys; journey; "
        "long journey; been anywhere; anywhere hot; flights; long haul",
        "voyage; voyagé; à l'étranger; vacances; avion; séjour; long trajet",
    ),
    (
        "social.sick_contacts",
        "social",
        "Sick contacts",
        "Contage (entourage malade)",
        "anyone else ill; anyone around you sick; contact with anyone unwell; family unwell; "
        "anyone around you; anyone else unwell; tummy bug; bug going around; "
        "eaten anything unusual; takeaway; undercooked; food poisoning; dodgy food; "
        "anyone else been ill; anyone else sick",
        "entourage malade; contage; quelqu'un de malade autour de vous; "
        "contact avec une personne malade",
    ),
    (
        "social.sexual",
        "social",
        "Sexual history",
        "Vie sexuelle (antécédents sexuels)",
        "sexually active; partners; sexual partner; condoms; protection; sti; "
        "sexually transmitted; erection; erectile dysfunction; regular partner; sex; boyfriend; "
        "girlfriend",
        "rapports sexuels; partenaires; préservatif; vie sexuelle; ist; sexuellement actif; "
        "rapports non protégés; érection; troubles de l'érection; dysfonction érectile; "
        "petit ami; petite amie",
    ),
    (
        "social.diet",
        "social",
        "Diet",
        "Alimentation",
        "diet; what do you eat; typical day of eating; food; vegetarian; salt; tea and coffee; "
        "coffee; caffeine; energy drinks; drink coffee; drink tea",
        "alimentation; régime; que mangez-vous; repas; nourriture; végétarien; sel; café; thé; "
        "buvez du café",
    ),
    (
        "social.exercise",
        "social",
        "Physical activity",
        "Activité physique",
        "exercise; sport; physical activity; gym; active; walking",
        "sport; activité physique; exercice; salle de sport; actif; marche",
    ),
    (
        "social.driving",
        "social",
        "Driving",
        "Conduite automobile",
        "drive; driving; car; driving licence; hgv",
        "conduisez; voiture; permis de conduire; conduite; vous conduisez",
    ),
    (
        "social.finances",
        "social",
        "Financial situation",
        "Situation financière",
        "money; finances; benefits; afford; financial difficulties",
        "situation financière; argent; revenus; mutuelle; difficultés financières",
    ),
    (
        "social.school",
        "social",
        "School",
        "Scolarité",
        "school; grades; teachers; class; how is school; bullying",
        "école; scolarité; classe; résultats scolaires; maîtresse; collège; harcèlement",
    ),
    (
        "social.childcare",
        "social",
        "Childcare and dependants",
        "Garde des enfants et personnes à charge",
        "children at home; who looks after; dependants; childcare; care for someone",
        "enfants à charge; garde des enfants; qui s'occupe; nounou; personnes à charge; "
        "s'occupe de vos enfants; garde vos enfants",
    ),
    (
        "social.domestic_violence",
        "social",
        "Domestic violence",
        "Violences conjugales et intrafamiliales",
        "feel safe at home; anyone hurt you; afraid of your partner; hit you; abuse; violence",
        "vous sentez-vous en sécurité; violences; frappé; peur de votre conjoint; maltraitance; "
        "violences conjugales; en sécurité",
    ),
    # --- ice -------------------------------------------------------------------------------
    (
        "ice.ideas",
        "ice",
        "Ideas",
        "Représentations du patient",
        "what do you think is causing; any ideas; what do you think it is; your thoughts about; "
        "what might be going on; what do you think",
        "qu'en pensez-vous; à quoi pensez-vous; selon vous; votre idée; "
        "qu'est-ce qui pourrait expliquer; qu'est-ce que vous pensez; vous pensez qu'il a; "
        "à votre avis; vous en pensez quoi; ce que vous pensez; vous pensez que; "
        "c'est quoi selon vous",
    ),
    (
        "ice.concerns",
        "ice",
        "Concerns",
        "Inquiétudes",
        "worried; concerns; worries you; frightened; afraid it might be; concerned; scared of; "
        "worried about; biggest worry; afraid; scared; worried it's; afraid it's; "
        "worried it might be",
        "inquiet; inquiétudes; vous préoccupe; peur; ce qui vous inquiète; fait le plus peur; "
        "vous fait peur; vous inquiète; crainte; inquiète; peur que ce soit; vous avez peur",
    ),
    (
        "ice.expectations",
        "ice",
        "Expectations",
        "Attentes",
        "what are you hoping; expect; what would you like; hoping for today; expectations; "
        "expecting; like us to do; you'd like us to; like from us",
        "attentes; qu'attendez-vous; espérez; souhaitez; que voudriez-vous; qu'espérez-vous; "
        "vos attentes",
    ),
    (
        "ice.impact",
        "ice",
        "Impact on daily life",
        "Retentissement sur la vie quotidienne",
        "affecting your life; impact; stopping you from; day-to-day; affected your work; "
        "how are you coping; coping",
        "retentissement; impact; vie quotidienne; vous empêche; gêne au quotidien; pour tenir; "
        "tenir le coup",
    ),
    # --- peds ------------------------------------------------------------------------------
    (
        "peds.feeding",
        "peds",
        "Feeding",
        "Alimentation du nourrisson",
        "feeding; breastfeeding; bottle; formula; how much milk; eating",
        "alimentation du bébé; biberons; allaitement; lait; tétées; mange",
    ),
    (
        "peds.fluid_intake",
        "peds",
        "Fluid intake",
        "Apports hydriques",
        "drinking; fluids; how much has he drunk; how much has she drunk; keeping fluids down",
        "boit; hydratation; apports hydriques; boire; garde les liquides",
    ),
    (
        "peds.wet_nappies",
        "peds",
        "Wet nappies (urine output)",
        "Couches mouillées (diurèse)",
        "wet nappies; nappies; diapers; passing urine; how many nappies",
        "couches mouillées; couches; fait pipi; diurèse; combien de couches",
    ),
    (
        "peds.behaviour",
        "peds",
        "Behaviour and activity",
        "Comportement (éveil, activité)",
        "behaving normally; playing; drowsy; irritable; floppy; alert; crying",
        "comportement; joue; somnolent; irritable; grognon; pleure; réactif; mou; "
        "difficile à réveiller; consolable; endormi; plus endormi",
    ),
    (
        "peds.growth",
        "peds",
        "Growth and weight gain",
        "Croissance et prise de poids",
        "weight gain; growth; centiles; growing; growth chart",
        "courbe de croissance; prise de poids; grandit; croissance; courbe de poids; pesait; "
        "pesée; son poids; combien pèse; il pèse; grossit",
    ),
    (
        "peds.immunisations",
        "peds",
        "Immunisations",
        "Vaccinations (carnet de santé)",
        "immunisations; red book; baby jabs; childhood vaccinations; routine immunisations; "
        "vaccinations; jabs; vaccines",
        "carnet de santé; vaccins obligatoires; calendrier vaccinal; vaccins du nourrisson; "
        "vaccins; vaccinations; vacciné",
    ),
    (
        "peds.contacts",
        "peds",
        "Sick contacts (siblings, nursery)",
        "Contage (fratrie, collectivité)",
        "siblings ill; brothers or sisters unwell; other children sick; ill at nursery",
        "frères et sœurs malades; d'autres enfants malades; malades à la crèche; "
        "épidémie à la crèche; malades à la maison; malade à la maison",
    ),
    (
        "peds.nursery",
        "peds",
        "Nursery or childcare setting",
        "Mode de garde (crèche, assistante maternelle)",
        "nursery; daycare; childminder; playgroup",
        "crèche; nourrice; assistante maternelle; mode de garde; halte-garderie; qui le garde; "
        "qui la garde; collectivité",
    ),
)
