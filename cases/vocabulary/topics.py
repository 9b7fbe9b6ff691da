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
        "your age",
        "comment vous appelez-vous; votre nom; nom et prénom; date de naissance; "
        "quel âge avez-vous; votre âge",
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
        "what seems to be the problem; what is wrong; reason for coming",
        "qu'est-ce qui vous amène; pourquoi consultez-vous; motif de consultation; "
        "que puis-je faire pour vous; quel est le problème; qu'est-ce qui ne va pas",
    ),
    (
        "hpi.onset",
        "hpi",
        "Onset",
        "Mode de début",
        "when did it start; when did it begin; since when; how long have you had; how long ago; "
        "first noticed; came on suddenly; came on gradually; onset",
        "depuis quand; quand est-ce que ça a commencé; quand est-ce que c'est apparu; "
        "depuis combien de temps; début brutal; début progressif; mode de début",
    ),
    (
        "hpi.location",
        "hpi",
        "Site",
        "Siège (localisation)",
        "where is the pain; where does it hurt; show me where; point to; which part; "
        "exactly where; location",
        "où avez-vous mal; où se situe; montrez-moi; à quel endroit; localisation; siège; "
        "où est la douleur",
    ),
    (
        "hpi.radiation",
        "hpi",
        "Radiation",
        "Irradiation",
        "does it spread; does it go anywhere; does it move; radiate; radiation; "
        "go down your arm; go to your back; go to your jaw",
        "est-ce que ça irradie; irradiation; ça descend; ça remonte; se propage; "
        "ça va dans le bras; ça va dans le dos; ça va dans la mâchoire",
    ),
    (
        "hpi.character",
        "hpi",
        "Character",
        "Type de douleur (caractère)",
        "what does it feel like; describe the pain; what kind of pain; sharp; dull; burning; "
        "crushing; tight; stabbing; throbbing; cramping; pressure",
        "comment est la douleur; décrire la douleur; à quoi ressemble; quel type de douleur; "
        "brûlure; serrement; en étau; coup de poignard; pesanteur; crampe; pulsatile",
    ),
    (
        "hpi.severity",
        "hpi",
        "Severity",
        "Intensité",
        "how bad; how severe; scale of 0 to 10; out of ten; out of 10; rate the pain; "
        "worst pain; severity",
        "intensité; sur une échelle de 0 à 10; sur 10; à combien; quelle intensité; "
        "évaluer la douleur; échelle numérique; forte",
    ),
    (
        "hpi.timing",
        "hpi",
        "Timing, duration and frequency",
        "Durée, fréquence et rythme",
        "how long does it last; how often; constant; comes and goes; intermittent; "
        "all the time; episodes; frequency; time of day; at night; in the morning",
        "combien de temps dure; à quelle fréquence; permanent; continu; intermittent; "
        "par crises; ça va et ça vient; horaire; la nuit; le matin; rythme",
    ),
    (
        "hpi.course",
        "hpi",
        "Course (progression)",
        "Évolution",
        "getting better; getting worse; changed since; progression; improving; worsening; "
        "stayed the same",
        "évolution; s'aggrave; s'améliore; empire; stable; ça évolue; depuis le début; "
        "de pire en pire",
    ),
    (
        "hpi.aggravating",
        "hpi",
        "Aggravating factors",
        "Facteurs aggravants",
        "makes it worse; worse when; aggravate; exacerbate; anything that makes it worse; "
        "worse with movement; worse on breathing in",
        "qu'est-ce qui aggrave; pire quand; facteurs aggravants; augmente quand; majoré par; "
        "empire quand; aggravé par",
    ),
    (
        "hpi.relieving",
        "hpi",
        "Relieving factors",
        "Facteurs soulageants",
        "makes it better; eases it; relieves; anything that helps; better when; relieved by; "
        "helps the pain",
        "qu'est-ce qui soulage; calme la douleur; soulagé par; améliore; facteurs soulageants; "
        "facteurs calmants; mieux quand",
    ),
    (
        "hpi.associated",
        "hpi",
        "Associated symptoms",
        "Signes associés",
        "any other symptoms; anything else; associated; noticed anything else; along with; "
        "at the same time",
        "autres symptômes; signes associés; symptômes associés; autre chose; en même temps; "
        "accompagné de",
    ),
    (
        "hpi.previous_episodes",
        "hpi",
        "Previous episodes",
        "Épisodes antérieurs",
        "happened before; first time; previous episodes; ever had this before; "
        "similar episodes; before this",
        "déjà eu; première fois; épisodes antérieurs; déjà arrivé; épisodes similaires; récidive",
    ),
    (
        "hpi.triggers",
        "hpi",
        "Triggers and context",
        "Circonstances de survenue (facteurs déclenchants)",
        "what were you doing; what triggered; brought it on; trigger; circumstances; "
        "at rest or on exertion; after eating; on exertion",
        "que faisiez-vous; circonstances; déclenché par; facteur déclenchant; au repos; "
        "à l'effort; après le repas; dans quelles circonstances",
    ),
    (
        "hpi.treatment_tried",
        "hpi",
        "Treatment tried",
        "Traitements déjà essayés",
        "taken anything for it; tried any treatment; painkillers; did it help; "
        "medication for this; tried anything",
        "avez-vous pris quelque chose; traitement essayé; antidouleur; antalgique; "
        "ça a marché; efficace; pris un médicament pour ça",
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
        "fever; temperature; feverish; hot; chills; shivers; rigors; shivering",
        "fièvre; température; frissons; fébrile; chaud; avez-vous eu de la fièvre; thermomètre",
    ),
    (
        "ros.weight_loss",
        "ros",
        "Weight loss",
        "Amaigrissement",
        "lost weight; weight loss; weight change; clothes looser; lost any weight; gained weight",
        "perte de poids; amaigrissement; maigri; perdu du poids; kilos; variation de poids; "
        "pris du poids",
    ),
    (
        "ros.night_sweats",
        "ros",
        "Night sweats",
        "Sueurs nocturnes",
        "night sweats; sweating at night; drenching sweats; soaking the sheets; sweats",
        "sueurs nocturnes; transpirez la nuit; draps mouillés; sueurs; transpiration nocturne",
    ),
    (
        "ros.fatigue",
        "ros",
        "Fatigue",
        "Asthénie (fatigue)",
        "tired; tiredness; fatigue; exhausted; lack of energy; lethargic; no energy",
        "fatigue; fatigué; asthénie; épuisé; manque d'énergie; coup de barre; sans énergie",
    ),
    (
        "ros.appetite",
        "ros",
        "Appetite",
        "Appétit",
        "appetite; eating less; off your food; not hungry; loss of appetite",
        "appétit; anorexie; mangez moins; pas faim; perte d'appétit",
    ),
    # --- ros: cardiorespiratory ------------------------------------------------------------
    (
        "ros.cardio",
        "ros",
        "Cardiovascular symptoms",
        "Signes fonctionnels cardiovasculaires",
        "heart problems; heart symptoms; cardiovascular symptoms; problems with your heart",
        "signes cardiovasculaires; symptômes cardiaques; problèmes cardiaques; problème de cœur",
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
        "skipped beats; aware of your heartbeat",
        "palpitations; cœur qui bat vite; cœur qui s'emballe; battements irréguliers; "
        "cœur qui bat fort; tachycardie",
    ),
    (
        "ros.syncope",
        "ros",
        "Syncope (blackouts)",
        "Syncope et malaise",
        "fainted; faint; blackout; passed out; lost consciousness; collapse; collapsed",
        "syncope; perte de connaissance; évanoui; malaise; tombé dans les pommes; évanouissement",
    ),
    (
        "ros.dyspnoea",
        "ros",
        "Breathlessness (dyspnoea)",
        "Dyspnée (essoufflement)",
        "short of breath; breathless; shortness of breath; difficulty breathing; "
        "out of breath; can't catch your breath; how far can you walk",
        "essoufflé; essoufflement; dyspnée; du mal à respirer; souffle court; manque d'air; "
        "difficulté à respirer",
    ),
    (
        "ros.orthopnoea",
        "ros",
        "Orthopnoea and paroxysmal nocturnal dyspnoea",
        "Orthopnée et dyspnée paroxystique nocturne",
        "lying flat; how many pillows; wake up breathless; sleep propped up; orthopnoea; "
        "breathless at night",
        "orthopnée; allongé à plat; combien d'oreillers; réveillé essoufflé; dormir assis; "
        "dyspnée nocturne",
    ),
    (
        "ros.oedema",
        "ros",
        "Leg swelling (oedema)",
        "Œdèmes des membres inférieurs",
        "swollen ankles; swelling in your legs; swollen feet; puffy legs; oedema; fluid retention",
        "œdèmes; jambes gonflées; chevilles gonflées; pieds enflés; gonflement des jambes; "
        "jambes lourdes",
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
        "bringing anything up; phlegm; sputum; mucus; colour of the phlegm; productive",
        "crachats; expectorations; glaires; vous crachez; couleur des crachats; mucus",
    ),
    (
        "ros.haemoptysis",
        "ros",
        "Haemoptysis",
        "Hémoptysie",
        "coughing up blood; blood in your phlegm; blood in sputum; haemoptysis; hemoptysis",
        "cracher du sang; sang dans les crachats; hémoptysie; crachats sanglants; toussé du sang",
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
        "sore throat; earache; ear pain; runny nose; blocked nose; hearing loss; sinus pain; cold",
        "mal de gorge; mal à l'oreille; otalgie; nez qui coule; nez bouché; rhume; "
        "baisse d'audition; sinus",
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
        "feel sick; nausea; nauseous; vomiting; throwing up; been sick; vomited",
        "nausées; vomissements; envie de vomir; vomi; mal au cœur; haut-le-cœur",
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
        "bowels; bowel habit; bowel movements; diarrhoea; diarrhea; constipation; "
        "loose stools; opening your bowels",
        "transit; diarrhée; constipation; selles; aller à la selle; selles liquides; selles molles",
    ),
    (
        "ros.stool_blood",
        "ros",
        "Rectal bleeding and melaena",
        "Rectorragies et méléna",
        "blood in your stool; blood in your poo; black stools; tarry stools; rectal bleeding; "
        "blood when you wipe; melaena",
        "sang dans les selles; selles noires; méléna; rectorragie; saignement par l'anus; "
        "sang rouge dans les selles",
    ),
    (
        "ros.jaundice",
        "ros",
        "Jaundice",
        "Ictère",
        "yellow skin; yellow eyes; jaundice; jaundiced; dark urine; pale stools",
        "jaunisse; ictère; peau jaune; yeux jaunes; urines foncées; selles décolorées",
    ),
    # --- ros: genitourinary ----------------------------------------------------------------
    (
        "ros.urinary",
        "ros",
        "Urinary symptoms",
        "Signes fonctionnels urinaires",
        "pain passing urine; burning when you pee; going more often; urgency; "
        "blood in your urine; waterworks; dysuria; urinary frequency",
        "brûlures mictionnelles; brûlures en urinant; envie fréquente d'uriner; pollakiurie; "
        "sang dans les urines; hématurie; dysurie; faire pipi",
    ),
    (
        "ros.gynae",
        "ros",
        "Gynaecological symptoms (menstrual cycle, discharge)",
        "Signes gynécologiques (cycle, pertes)",
        "periods; menstrual cycle; regular periods; vaginal discharge; bleeding between periods; "
        "painful periods; heavy periods; menopause",
        "règles; cycle menstruel; règles régulières; pertes vaginales; "
        "saignements entre les règles; règles douloureuses; règles abondantes; ménopause",
    ),
    (
        "ros.lmp",
        "ros",
        "Last menstrual period and possible pregnancy",
        "Date des dernières règles (DDR) et possibilité de grossesse",
        "last period; when was your last period; could you be pregnant; chance of pregnancy; "
        "late period; lmp",
        "dernières règles; ddr; enceinte; possibilité de grossesse; retard de règles; "
        "date des dernières règles",
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
        "loss of vision; vision",
        "vision floue; vision double; diplopie; troubles de la vue; baisse de vision; "
        "mouches volantes; vue",
    ),
    (
        "ros.photophobia",
        "ros",
        "Photophobia",
        "Photophobie",
        "light hurts your eyes; bright lights bother you; sensitive to light; photophobia",
        "photophobie; gêné par la lumière; la lumière vous dérange; sensible à la lumière",
    ),
    (
        "ros.neck_stiffness",
        "ros",
        "Neck stiffness",
        "Raideur de nuque",
        "stiff neck; neck stiffness; bend your neck; chin to chest; neck pain",
        "raideur de nuque; nuque raide; plier la nuque; menton sur la poitrine; mal à la nuque",
    ),
    (
        "ros.weakness_numbness",
        "ros",
        "Focal weakness or numbness",
        "Déficit moteur ou sensitif",
        "weakness; numbness; pins and needles; tingling; can't move; arm weak; "
        "face drooping; loss of sensation",
        "faiblesse; engourdissement; fourmillements; paresthésies; perte de force; paralysie; "
        "bouche de travers; perte de sensibilité",
    ),
    (
        "ros.dizziness",
        "ros",
        "Dizziness and vertigo",
        "Vertiges et sensations vertigineuses",
        "dizzy; dizziness; lightheaded; room spinning; vertigo; off balance",
        "vertiges; tête qui tourne; étourdi; déséquilibre; sensation de tête vide; tout tourne",
    ),
    (
        "ros.seizure",
        "ros",
        "Seizures",
        "Crises convulsives",
        "fits; seizures; seizure; convulsions; shaking; bit your tongue; wet yourself",
        "convulsions; crise convulsive; épilepsie; morsure de langue; perte d'urine; secousses",
    ),
    (
        "ros.speech",
        "ros",
        "Speech disturbance",
        "Troubles du langage et de la parole",
        "slurred speech; difficulty speaking; words come out wrong; trouble finding words; speech",
        "trouble de la parole; difficulté à parler; trouver ses mots; aphasie; dysarthrie; parole",
    ),
    (
        "ros.memory",
        "ros",
        "Memory and confusion",
        "Troubles de la mémoire et confusion",
        "forgetful; memory; confused; confusion; disoriented; muddled",
        "mémoire; oublis; confus; confusion; désorienté; troubles cognitifs",
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
        "éruption; boutons; démangeaisons; prurit; plaques; rougeurs; taches sur la peau",
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
        "shaky hands",
        "intolérance à la chaleur; frilosité; frileux; thermophobie; tremblements; "
        "mains qui tremblent",
    ),
    # --- ros: mental health ----------------------------------------------------------------
    (
        "ros.mood",
        "ros",
        "Mood",
        "Humeur",
        "mood; feeling down; depressed; low mood; sad; enjoy things; interest in things",
        "humeur; moral; déprimé; triste; tristesse; plaisir; intérêt pour les choses",
    ),
    (
        "ros.anxiety",
        "ros",
        "Anxiety",
        "Anxiété",
        "anxious; anxiety; nervous; stressed; panic attacks; worry a lot",
        "anxieux; anxiété; angoisse; stressé; crises d'angoisse; nerveux",
    ),
    (
        "ros.sleep",
        "ros",
        "Sleep",
        "Sommeil",
        "sleep; sleeping; insomnia; waking up at night; nightmares; trouble sleeping",
        "sommeil; dormez; insomnie; réveils nocturnes; cauchemars; troubles du sommeil",
    ),
    (
        "ros.suicidal_ideation",
        "ros",
        "Suicidal ideation",
        "Idées suicidaires",
        "thoughts of ending your life; suicidal; want to die; life not worth living; "
        "kill yourself; thoughts of suicide",
        "idées suicidaires; envie de mourir; mettre fin à vos jours; suicide; "
        "la vie ne vaut pas la peine; idées noires",
    ),
    (
        "ros.self_harm",
        "ros",
        "Self-harm",
        "Automutilation (conduites auto-agressives)",
        "hurt yourself; self-harm; self harm; cutting yourself; harming yourself",
        "vous faire du mal; automutilation; vous blesser; scarifications; vous couper",
    ),
    (
        "ros.psychosis",
        "ros",
        "Psychotic symptoms",
        "Symptômes psychotiques",
        "hearing voices; seeing things; hallucinations; people watching you; "
        "thoughts being controlled",
        "entendre des voix; voir des choses; hallucinations; on vous surveille; idées délirantes",
    ),
    (
        "ros.pain_elsewhere",
        "ros",
        "Pain elsewhere",
        "Autres douleurs",
        "pain anywhere else; other pain; any other aches; hurt anywhere else",
        "douleur ailleurs; mal ailleurs; autres douleurs; mal autre part",
    ),
    # --- pmh -------------------------------------------------------------------------------
    (
        "pmh.medical",
        "pmh",
        "Past medical history",
        "Antécédents médicaux",
        "medical problems; illnesses; medical conditions; health problems; "
        "past medical history; see a doctor regularly",
        "antécédents médicaux; maladies; problèmes de santé; antécédents; suivi pour; "
        "maladie chronique",
    ),
    (
        "pmh.surgical",
        "pmh",
        "Past surgical history",
        "Antécédents chirurgicaux",
        "operations; surgery; operated; had an operation; surgical history",
        "opérations; opéré; chirurgie; intervention chirurgicale; antécédents chirurgicaux",
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
        "blood pressure; hypertension; diabetes; cholesterol; blood sugar; risk factors",
        "tension; hypertension; diabète; cholestérol; facteurs de risque cardiovasculaire; "
        "sucre dans le sang",
    ),
    (
        "pmh.psychiatric",
        "pmh",
        "Psychiatric history",
        "Antécédents psychiatriques",
        "mental health problems; mental health history; depression before; psychiatrist; "
        "psychiatric history",
        "antécédents psychiatriques; psychiatre; dépression; problèmes psychologiques; "
        "suivi psychiatrique",
    ),
    (
        "pmh.obstetric",
        "pmh",
        "Obstetric history",
        "Antécédents obstétricaux",
        "pregnancies; been pregnant; births; miscarriages; deliveries; how many children",
        "grossesses; accouchements; fausses couches; gestité; parité; combien d'enfants",
    ),
    (
        "pmh.contraception",
        "pmh",
        "Contraception",
        "Contraception",
        "contraception; the pill; coil; birth control; contraceptive; implant",
        "contraception; pilule; stérilet; moyen de contraception; implant; contraceptif",
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
        "milestones; started walking; started talking; development; sit up; developmental delay",
        "développement; marcher; parler; acquisitions; développement psychomoteur; "
        "retard de développement",
    ),
    # --- meds ------------------------------------------------------------------------------
    (
        "meds.current",
        "meds",
        "Current medication",
        "Traitement habituel",
        "medications; medicines; tablets; pills; prescribed; regular medicines; what do you take",
        "médicaments; traitement; comprimés; ordonnance; traitement habituel; "
        "prenez-vous des médicaments",
    ),
    (
        "meds.otc",
        "meds",
        "Over-the-counter and herbal remedies",
        "Automédication (sans ordonnance, phytothérapie)",
        "over the counter; from the pharmacy; herbal; supplements; vitamins; "
        "without a prescription",
        "sans ordonnance; pharmacie; automédication; plantes; compléments alimentaires; "
        "vitamines; homéopathie",
    ),
    (
        "meds.adherence",
        "meds",
        "Adherence",
        "Observance",
        "take them regularly; miss doses; forget; as prescribed; stopped taking; adherence",
        "observance; oubliez; régulièrement; arrêté; comme prescrit; oublis de prise",
    ),
    (
        "meds.recent_change",
        "meds",
        "Recent medication changes",
        "Modifications récentes du traitement",
        "new medication; recently started; changed dose; stopped recently; recent change",
        "nouveau médicament; récemment; changement de traitement; modification; dose changée",
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
        "reaction to medicine",
        "des allergies; allergique à un médicament; allergies médicamenteuses; pénicilline; "
        "réaction à un médicament",
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
        "illnesses in the family",
        "antécédents familiaux; famille; parents; frères et sœurs; maladies dans la famille; "
        "héréditaire",
    ),
    (
        "fh.cardiac",
        "fh",
        "Family history of heart disease",
        "Antécédents familiaux cardiovasculaires",
        "heart problems in the family; heart attack in the family; heart disease in the family",
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
        "died suddenly; sudden death; died young; unexplained death",
        "mort subite; décédé brutalement; décédé jeune; mort inexpliquée",
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
        "drink alcohol; alcohol; units; beer; wine; spirits; how much do you drink",
        "alcool; buvez; verres; bière; vin; consommation d'alcool; apéritif",
    ),
    (
        "social.drugs",
        "social",
        "Recreational drugs",
        "Consommation de toxiques (drogues)",
        "recreational drugs; cannabis; weed; cocaine; heroin; illegal drugs; street drugs; inject",
        "drogues; cannabis; joint; cocaïne; héroïne; toxiques; substances; injection",
    ),
    (
        "social.occupation",
        "social",
        "Occupation",
        "Profession",
        "what do you do for a living; job; work; occupation; employed; retired",
        "profession; métier; travail; que faites-vous dans la vie; retraité; travaillez",
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
        "who do you live with; live alone; house; flat; stairs; home; married; partner",
        "vivez seul; avec qui vivez-vous; logement; maison; appartement; escaliers; "
        "marié; en couple",
    ),
    (
        "social.support",
        "social",
        "Social support",
        "Entourage et aides",
        "help at home; family nearby; carers; support; friends; someone to help",
        "aide à domicile; entourage; famille proche; aidants; soutien; amis",
    ),
    (
        "social.functional",
        "social",
        "Activities of daily living",
        "Autonomie (activités de la vie quotidienne)",
        "manage at home; washing; dressing; cooking; shopping; daily activities; independent",
        "autonomie; activités quotidiennes; toilette; vous habiller; faire les courses; "
        "cuisiner; vous débrouiller",
    ),
    (
        "social.travel",
        "social",
        "Recent travel",
        "Voyages récents",
        "travelled; travel; abroad; holiday; trip; overseas; long flight",
        "voyage; voyagé; à l'étranger; vacances; avion; séjour; long trajet",
    ),
    (
        "social.sick_contacts",
        "social",
        "Sick contacts",
        "Contage (entourage malade)",
        "anyone else ill; anyone around you sick; contact with anyone unwell; family unwell",
        "entourage malade; contage; quelqu'un de malade autour de vous; "
        "contact avec une personne malade",
    ),
    (
        "social.sexual",
        "social",
        "Sexual history",
        "Vie sexuelle (antécédents sexuels)",
        "sexually active; partners; sexual partner; condoms; protection; sti; sexually transmitted",
        "rapports sexuels; partenaires; préservatif; vie sexuelle; ist; sexuellement actif; "
        "rapports non protégés",
    ),
    (
        "social.diet",
        "social",
        "Diet",
        "Alimentation",
        "diet; what do you eat; typical day of eating; food; vegetarian; salt",
        "alimentation; régime; que mangez-vous; repas; nourriture; végétarien; sel",
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
        "enfants à charge; garde des enfants; qui s'occupe; nounou; personnes à charge",
    ),
    (
        "social.domestic_violence",
        "social",
        "Domestic violence",
        "Violences conjugales et intrafamiliales",
        "feel safe at home; anyone hurt you; afraid of your partner; hit you; abuse; violence",
        "vous sentez-vous en sécurité; violences; frappé; peur de votre conjoint; "
        "maltraitance; violences conjugales",
    ),
    # --- ice -------------------------------------------------------------------------------
    (
        "ice.ideas",
        "ice",
        "Ideas",
        "Représentations du patient",
        "what do you think is causing; any ideas; what do you think it is; "
        "your thoughts about; what might be going on",
        "qu'en pensez-vous; à quoi pensez-vous; selon vous; votre idée; "
        "qu'est-ce qui pourrait expliquer",
    ),
    (
        "ice.concerns",
        "ice",
        "Concerns",
        "Inquiétudes",
        "worried; concerns; worries you; frightened; afraid it might be; concerned",
        "inquiet; inquiétudes; vous préoccupe; peur; ce qui vous inquiète",
    ),
    (
        "ice.expectations",
        "ice",
        "Expectations",
        "Attentes",
        "what are you hoping; expect; what would you like; hoping for today; expectations",
        "attentes; qu'attendez-vous; espérez; souhaitez; que voudriez-vous",
    ),
    (
        "ice.impact",
        "ice",
        "Impact on daily life",
        "Retentissement sur la vie quotidienne",
        "affecting your life; impact; stopping you from; day-to-day; affected your work",
        "retentissement; impact; vie quotidienne; vous empêche; gêne au quotidien",
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
        "comportement; joue; somnolent; irritable; grognon; pleure; réactif; mou",
    ),
    (
        "peds.growth",
        "peds",
        "Growth and weight gain",
        "Croissance et prise de poids",
        "weight gain; growth; centiles; growing; growth chart",
        "courbe de croissance; prise de poids; grandit; croissance; courbe de poids",
    ),
    (
        "peds.immunisations",
        "peds",
        "Immunisations",
        "Vaccinations (carnet de santé)",
        "immunisations; red book; baby jabs; childhood vaccinations; routine immunisations",
        "carnet de santé; vaccins obligatoires; calendrier vaccinal; vaccins du nourrisson",
    ),
    (
        "peds.contacts",
        "peds",
        "Sick contacts (siblings, nursery)",
        "Contage (fratrie, collectivité)",
        "siblings ill; brothers or sisters unwell; other children sick; ill at nursery",
        "frères et sœurs malades; d'autres enfants malades; malades à la crèche; "
        "épidémie à la crèche",
    ),
    (
        "peds.nursery",
        "peds",
        "Nursery or childcare setting",
        "Mode de garde (crèche, assistante maternelle)",
        "nursery; daycare; childminder; playgroup",
        "crèche; nourrice; assistante maternelle; mode de garde; halte-garderie",
    ),
)
