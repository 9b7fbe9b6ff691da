"""Systems review: general, cardiorespiratory, gastrointestinal, genitourinary.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
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
)
