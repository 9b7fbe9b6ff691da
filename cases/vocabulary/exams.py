"""Examination entries of the shared vocabulary (data only; the API lives in ``__init__``).

Each entry is ``(id, group, label_en, label_fr, keywords_en, keywords_fr)``; keywords are one
string per language, phrases separated by ``;``. Keywords are what a student says or types to
request the manoeuvre ("listen to your heart", "j'ausculte le cœur").
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("general", "General examination", "Examen général"),
    ("vitals", "Vital signs", "Constantes (paramètres vitaux)"),
    ("cardio", "Cardiovascular examination", "Examen cardiovasculaire"),
    ("resp", "Respiratory examination", "Examen pleuro-pulmonaire"),
    ("abdo", "Abdominal examination", "Examen abdominal"),
    ("neuro", "Neurological examination", "Examen neurologique"),
    ("head_neck", "Head and neck (ENT, eyes, thyroid)", "Tête et cou (ORL, yeux, thyroïde)"),
    ("skin", "Skin", "Examen cutané"),
    ("msk", "Musculoskeletal examination", "Examen ostéo-articulaire"),
    ("gu", "Breast, pelvic and genital examination", "Examen des seins, gynécologique et génital"),
    ("psych", "Mental state", "Examen psychiatrique"),
    ("peds", "Paediatric examination", "Examen pédiatrique"),
)

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- general ---------------------------------------------------------------------------
    (
        "exam.general",
        "general",
        "General appearance",
        "Inspection générale (état général)",
        "general appearance; general inspection; general examination; look at you; "
        "from the end of the bed; does the patient look unwell; general physical examination; "
        "general exam; inspection; on inspection; examine you",
        "inspection générale; aspect général; état général; examen général; observer le patient; "
        "faciès; examen clinique général; examen clinique; vous examiner",
    ),
    # --- vitals ----------------------------------------------------------------------------
    (
        "exam.vitals",
        "vitals",
        "Vital signs",
        "Constantes (paramètres vitaux)",
        "vital signs; observations; obs; vitals; baseline observations; check your vitals",
        "constantes; paramètres vitaux; signes vitaux; prendre les constantes; "
        "paramètres hémodynamiques",
    ),
    (
        "exam.vitals.bp",
        "vitals",
        "Blood pressure",
        "Pression artérielle",
        "blood pressure; bp; take your blood pressure; check your blood pressure; "
        "lying and standing blood pressure",
        "tension artérielle; pression artérielle; prendre la tension; prendre votre tension; "
        "hypotension orthostatique; tension; pa",
    ),
    (
        "exam.vitals.heart_rate",
        "vitals",
        "Heart rate",
        "Fréquence cardiaque",
        "pulse; heart rate; pulse rate; take your pulse; check your pulse; hr",
        "fréquence cardiaque; pouls; prendre le pouls; prendre votre pouls; fc",
    ),
    (
        "exam.vitals.temperature",
        "vitals",
        "Temperature",
        "Température",
        "temperature; temp; thermometer; take your temperature; check your temperature",
        "température; prendre la température; prendre votre température; thermomètre",
    ),
    (
        "exam.vitals.resp_rate",
        "vitals",
        "Respiratory rate",
        "Fréquence respiratoire",
        "respiratory rate; breathing rate; count your breaths; resp rate; rr",
        "fréquence respiratoire; compter la respiration; rythme respiratoire; fr",
    ),
    (
        "exam.vitals.spo2",
        "vitals",
        "Oxygen saturation",
        "Saturation en oxygène (SpO2)",
        "oxygen saturation; sats; spo2; pulse oximetry; oxygen level; sat probe",
        "saturation; spo2; oxymètre; saturation en oxygène; saturomètre; sat",
    ),
    (
        "exam.vitals.glucose",
        "vitals",
        "Capillary blood glucose",
        "Glycémie capillaire",
        "capillary glucose; capillary blood glucose; finger prick; bm; blood sugar; "
        "check your sugar; cbg",
        "glycémie capillaire; dextro; hémoglucotest; glycémie au doigt; contrôler la glycémie",
    ),
    (
        "exam.vitals.weight",
        "vitals",
        "Weight, height and BMI",
        "Poids, taille et IMC",
        "weight; height; bmi; weigh you; body mass index; weigh; weigh him; weigh her",
        "poids; taille; imc; vous peser; indice de masse corporelle; peser; je le pèse; je la pèse",
    ),
    # --- cardio ----------------------------------------------------------------------------
    (
        "exam.cardio.inspection",
        "cardio",
        "Cardiovascular inspection",
        "Inspection cardiovasculaire",
        "inspect the chest wall; inspect the precordium; look for scars; "
        "cardiovascular inspection; clubbing; peripheral stigmata",
        "inspection précordiale; inspection du précordium; cicatrice de sternotomie; "
        "hippocratisme digital; inspection cardiovasculaire",
    ),
    (
        "exam.cardio.palpation",
        "cardio",
        "Precordial palpation",
        "Palpation précordiale",
        "apex beat; heaves; thrills; palpate the precordium; feel your chest; "
        "press on your chest wall; chest wall tenderness; palpate the chest wall; "
        "feel your chest wall",
        "choc de pointe; palpation précordiale; frémissement; palper le précordium; "
        "palpation cardiaque",
    ),
    (
        "exam.cardio.auscultation",
        "cardio",
        "Cardiac auscultation",
        "Auscultation cardiaque",
        "listen to your heart; heart sounds; murmur; auscultate the heart; "
        "cardiac auscultation; listen to the heart",
        "ausculter le cœur; écouter le cœur; auscultation cardiaque; bruits du cœur; souffle; "
        "bruits cardiaques",
    ),
    (
        "exam.cardio.pulses",
        "cardio",
        "Peripheral pulses",
        "Pouls périphériques",
        "peripheral pulses; radial pulse; femoral pulses; foot pulses; pedal pulses; "
        "radio-femoral delay; feel your pulse; feel your pulses; radio-radial delay; "
        "radio radial delay",
        "pouls périphériques; pouls pédieux; pouls fémoraux; pouls radial; "
        "palper les pouls; pouls tibial postérieur",
    ),
    (
        "exam.cardio.jvp",
        "cardio",
        "Jugular venous pressure",
        "Turgescence jugulaire",
        "jvp; jugular venous pressure; neck veins; hepatojugular reflux",
        "turgescence jugulaire; veines jugulaires; reflux hépato-jugulaire; "
        "pression veineuse jugulaire",
    ),
    (
        "exam.cardio.oedema",
        "cardio",
        "Peripheral oedema",
        "Œdèmes périphériques",
        "ankle swelling; pitting oedema; check your legs for swelling; sacral oedema; "
        "press on your ankles; ankle oedema; check for oedema; oedema; look at your legs; "
        "legs for swelling",
        "œdèmes; signe du godet; œdèmes des membres inférieurs; œdème des chevilles; godet; omi",
    ),
    (
        "exam.cardio.calf",
        "cardio",
        "Calf examination (signs of DVT)",
        "Examen des mollets (signes de thrombose veineuse)",
        "calf; calf tenderness; swollen calf; dvt signs; measure calf circumference; calves; "
        "calf swelling; check the calves",
        "mollets; mollet douloureux; signe de homans; phlébite; périmètre du mollet; mollet",
    ),
    # --- resp ------------------------------------------------------------------------------
    (
        "exam.resp.inspection",
        "resp",
        "Respiratory inspection",
        "Inspection thoracique",
        "inspect the chest; look at your breathing; accessory muscles; chest shape; "
        "work of breathing; respiratory inspection",
        "inspection du thorax; muscles respiratoires accessoires; tirage; "
        "forme du thorax; signes de lutte respiratoire",
    ),
    (
        "exam.resp.palpation",
        "resp",
        "Chest palpation (expansion, trachea)",
        "Palpation thoracique (ampliation, vibrations vocales)",
        "chest expansion; trachea; tactile fremitus; palpate the chest; vocal fremitus",
        "ampliation thoracique; vibrations vocales; trachée; palpation thoracique; "
        "palper le thorax; ampliation",
    ),
    (
        "exam.resp.percussion",
        "resp",
        "Chest percussion",
        "Percussion thoracique",
        "percuss the chest; percussion; tap on your chest; dullness; hyperresonance",
        "percussion thoracique; percuter le thorax; matité; tympanisme; percussion",
    ),
    (
        "exam.resp.auscultation",
        "resp",
        "Lung auscultation",
        "Auscultation pulmonaire",
        "listen to your lungs; listen to your chest; breath sounds; crackles; "
        "auscultate the lungs; lung auscultation; lung fields",
        "ausculter les poumons; écouter les poumons; auscultation pulmonaire; crépitants; "
        "murmure vésiculaire; respirez fort",
    ),
    # --- abdo ------------------------------------------------------------------------------
    (
        "exam.abdo.inspection",
        "abdo",
        "Abdominal inspection",
        "Inspection abdominale",
        "inspect the abdomen; look at your tummy; abdominal distension; scars on the abdomen; "
        "abdominal inspection",
        "inspection de l'abdomen; regarder le ventre; ballonnement; distension abdominale; "
        "cicatrices abdominales",
    ),
    (
        "exam.abdo.palpation",
        "abdo",
        "Abdominal palpation",
        "Palpation abdominale",
        "palpate the abdomen; feel your tummy; press on your tummy; tenderness; guarding; "
        "rebound; liver edge; abdominal palpation; examine your tummy; examine your abdomen; "
        "examine your stomach; abdominal examination; tummy examination",
        "palper l'abdomen; palper le ventre; palpation abdominale; défense; contracture; "
        "douleur à la palpation; hépatomégalie; examen abdominal; examiner le ventre; "
        "examiner votre ventre; palper votre ventre",
    ),
    (
        "exam.abdo.percussion",
        "abdo",
        "Abdominal percussion",
        "Percussion abdominale",
        "percuss the abdomen; shifting dullness; abdominal percussion; ascites",
        "percussion abdominale; percuter l'abdomen; matité déclive; ascite",
    ),
    (
        "exam.abdo.auscultation",
        "abdo",
        "Abdominal auscultation (bowel sounds)",
        "Auscultation abdominale",
        "bowel sounds; listen to your tummy; auscultate the abdomen; abdominal auscultation",
        "bruits hydro-aériques; écouter le ventre; ausculter l'abdomen; auscultation abdominale; "
        "bha",
    ),
    (
        "exam.abdo.murphy",
        "abdo",
        "Murphy's sign",
        "Signe de Murphy",
        "murphy's sign; murphy sign; right upper quadrant tenderness; gallbladder",
        "signe de murphy; murphy; douleur de l'hypochondre droit; vésicule",
    ),
    (
        "exam.abdo.mcburney",
        "abdo",
        "McBurney's point and appendicitis signs",
        "Point de McBurney et signes d'appendicite",
        "mcburney's point; mcburney; rovsing's sign; psoas sign; right iliac fossa tenderness; "
        "rif tenderness; rif; right iliac fossa; rebound in the rif; right lower quadrant; rlq; "
        "lower right; bottom right; right lower",
        "point de mc burney; mcburney; signe de rovsing; signe du psoas; "
        "douleur de la fosse iliaque droite; fosse iliaque droite; fid; en bas à droite; "
        "bas droite du ventre",
    ),
    (
        "exam.abdo.renal_angle",
        "abdo",
        "Renal angle tenderness",
        "Ébranlement lombaire (fosses lombaires)",
        "renal angle; loin tenderness; costovertebral angle; punch the loins; "
        "tap over your kidneys; over your kidneys; kidney punch",
        "ébranlement lombaire; fosses lombaires; giordano; percussion des fosses lombaires; "
        "tapoter les fosses lombaires; ébranlement des fosses lombaires",
    ),
    (
        "exam.abdo.hernial_orifices",
        "abdo",
        "Hernial orifices",
        "Orifices herniaires",
        "hernial orifices; hernia; groin; inguinal hernia; cough impulse",
        "orifices herniaires; hernie; aine; hernie inguinale; impulsion à la toux",
    ),
    (
        "exam.abdo.rectal",
        "abdo",
        "Digital rectal examination",
        "Toucher rectal",
        "rectal examination; digital rectal examination; dre; pr exam; back passage",
        "toucher rectal; tr; examen rectal; examen du rectum",
    ),
    # --- neuro -----------------------------------------------------------------------------
    (
        "exam.neuro.gcs",
        "neuro",
        "Level of consciousness (GCS)",
        "Niveau de conscience (score de Glasgow)",
        "gcs; glasgow coma scale; level of consciousness; conscious level; avpu",
        "glasgow; score de glasgow; niveau de conscience; état de conscience; vigilance",
    ),
    (
        "exam.neuro.cranial_nerves",
        "neuro",
        "Cranial nerves",
        "Paires crâniennes",
        "cranial nerves; pupils; eye movements; facial movements; smile; visual fields; "
        "neurological examination; neuro exam; neurological exam",
        "paires crâniennes; nerfs crâniens; pupilles; oculomotricité; motricité faciale; "
        "champ visuel; examen neurologique; examen neuro",
    ),
    (
        "exam.neuro.motor",
        "neuro",
        "Motor examination (tone, power)",
        "Examen moteur (tonus, force musculaire)",
        "power; tone; muscle strength; push against me; motor examination; pronator drift; "
        "muscle power; check the power; motor deficit; neurological examination; neuro exam; "
        "neurological exam; squeeze my hands; squeeze my fingers; grip strength; "
        "push against my hand; pull against my hand",
        "force musculaire; tonus; testing moteur; poussez contre ma main; manœuvre de barré; "
        "mingazzini; déficit moteur; force des membres; la force; testing musculaire; "
        "examen neurologique; examen neuro; force; serrez mes mains; serrez les mains; "
        "serrer les mains; serrez mes doigts; force de préhension",
    ),
    (
        "exam.neuro.sensory",
        "neuro",
        "Sensory examination",
        "Examen de la sensibilité",
        "sensation; sensory examination; light touch; pinprick; can you feel this; "
        "vibration sense; neurological examination; neuro exam; neurological exam",
        "sensibilité; examen sensitif; toucher; piqûre; sentez-vous; pallesthésie; "
        "examen neurologique; examen neuro; sensibilité des jambes; déficit sensitif; "
        "troubles sensitifs",
    ),
    (
        "exam.neuro.reflexes",
        "neuro",
        "Reflexes",
        "Réflexes ostéo-tendineux",
        "reflexes; tendon reflexes; knee jerk; plantar response; babinski; "
        "neurological examination; neuro exam; neurological exam",
        "réflexes; réflexes ostéo-tendineux; rot; réflexe cutané plantaire; babinski; "
        "examen neurologique; examen neuro",
    ),
    (
        "exam.neuro.coordination",
        "neuro",
        "Coordination (cerebellar tests)",
        "Coordination (épreuves cérébelleuses)",
        "coordination; finger nose test; heel shin test; dysdiadochokinesia; romberg; "
        "cerebellar examination; touch your nose; touch my finger; neurological examination; "
        "neuro exam; neurological exam",
        "coordination; épreuve doigt-nez; talon-genou; adiadococinésie; romberg; "
        "syndrome cérébelleux; touchez votre nez; touchez mon doigt; doigt-nez; "
        "examen neurologique; examen neuro",
    ),
    (
        "exam.neuro.gait",
        "neuro",
        "Gait",
        "Marche",
        "gait; walk for me; watch you walk; tandem gait; walking; walk on your heels; "
        "walk on tiptoes; walk on your toes",
        "marche; marchez; observer la marche; marche en tandem; démarche; marchez sur les talons; "
        "pointe des pieds; marcher sur les talons",
    ),
    (
        "exam.neuro.speech",
        "neuro",
        "Speech and language",
        "Langage et parole",
        "speech; language; name these objects; repeat after me; dysphasia",
        "langage; parole; dénomination; répétez après moi; aphasie",
    ),
    (
        "exam.neuro.meningism",
        "neuro",
        "Signs of meningism",
        "Syndrome méningé (raideur de nuque, Kernig, Brudzinski)",
        "neck stiffness; meningism; kernig's sign; brudzinski; meningeal signs; kernig",
        "raideur de nuque; syndrome méningé; signe de kernig; signe de brudzinski; "
        "signes méningés; raideur méningée; méningé; méningée; nuque",
    ),
    (
        "exam.neuro.fundoscopy",
        "neuro",
        "Fundoscopy",
        "Fond d'œil",
        "fundoscopy; ophthalmoscope; look at the back of your eyes; papilloedema; fundi",
        "fond d'œil; fond d'oeil; ophtalmoscope; œdème papillaire; fo",
    ),
    # --- head and neck ---------------------------------------------------------------------
    (
        "exam.eyes",
        "head_neck",
        "Eye examination",
        "Examen ophtalmologique",
        "look at your eyes; eye examination; visual acuity; red eye; conjunctiva; "
        "examine your eyes; eyes",
        "examen des yeux; examen ophtalmologique; acuité visuelle; œil rouge; conjonctives; "
        "regarder vos yeux; yeux",
    ),
    (
        "exam.ent.throat",
        "head_neck",
        "Throat and mouth examination",
        "Examen de la gorge (oropharynx)",
        "look in your throat; open your mouth; tonsils; say ah; throat examination; throat",
        "examen de la gorge; ouvrez la bouche; amygdales; dites a; oropharynx; regarder la gorge; "
        "gorge; examine sa gorge; examiner la gorge",
    ),
    (
        "exam.ent.ears",
        "head_neck",
        "Otoscopy",
        "Otoscopie",
        "look in your ears; otoscope; otoscopy; ear drum; examine your ears; ears",
        "otoscopie; otoscope; regarder les oreilles; tympan; examen des oreilles; oreilles",
    ),
    (
        "exam.ent.nose",
        "head_neck",
        "Nose and sinuses",
        "Examen du nez et des sinus",
        "look in your nose; nostrils; sinuses; sinus tenderness; nasal examination",
        "examen du nez; fosses nasales; sinus; points sinusiens; rhinoscopie",
    ),
    (
        "exam.ent.lymph_nodes",
        "head_neck",
        "Lymph nodes",
        "Aires ganglionnaires",
        "lymph nodes; glands in your neck; lymphadenopathy; feel your neck; cervical nodes",
        "ganglions; aires ganglionnaires; adénopathies; palper le cou; ganglions cervicaux",
    ),
    (
        "exam.thyroid",
        "head_neck",
        "Thyroid examination",
        "Examen de la thyroïde",
        "thyroid; goitre; swallow some water; thyroid examination; neck lump; hyperthyroidism; "
        "signs of thyroid disease; thyroid signs",
        "thyroïde; goitre; avalez; palpation thyroïdienne; examen de la thyroïde; "
        "signes d'hyperthyroïdie",
    ),
    # --- skin ------------------------------------------------------------------------------
    (
        "exam.skin",
        "skin",
        "Skin examination (rash, lesions)",
        "Examen cutané (éruption, lésions)",
        "look at the rash; skin examination; lesions; inspect the skin; look at your skin; "
        "glass test; rash",
        "examen de la peau; examen cutané; éruption; lésions cutanées; regarder la peau; "
        "test du verre; purpura; peau",
    ),
    (
        "exam.skin.capillary_refill",
        "skin",
        "Capillary refill time",
        "Temps de recoloration cutanée (TRC)",
        "capillary refill; crt; press on your nail; capillary refill time",
        "temps de recoloration; trc; recoloration capillaire; temps de recoloration cutanée",
    ),
    # --- msk -------------------------------------------------------------------------------
    (
        "exam.msk.joints",
        "msk",
        "Joint examination (look, feel, move)",
        "Examen articulaire",
        "examine your joints; look feel move; joint swelling; range of movement; gals",
        "examen articulaire; mobilité articulaire; gonflement articulaire; amplitudes articulaires",
    ),
    (
        "exam.msk.spine",
        "msk",
        "Spine examination",
        "Examen du rachis",
        "examine your back; spine; bend forward; schober; spinal tenderness; examine your spine; "
        "look at your back",
        "examen du rachis; rachis; penchez-vous en avant; schöber; distance doigts-sol; "
        "examiner votre dos; examen du dos; dos; colonne; épineuses; processus épineux",
    ),
    (
        "exam.msk.straight_leg_raise",
        "msk",
        "Straight leg raise",
        "Signe de Lasègue",
        "straight leg raise; slr; lift your leg; lasegue",
        "lasègue; signe de lasègue; lever la jambe tendue; manœuvre de lasègue",
    ),
    (
        "exam.msk.hip",
        "msk",
        "Hip examination",
        "Examen de la hanche",
        "examine your hip; hip; hip movements; thomas test",
        "examen de la hanche; hanche; mobilité de la hanche; rotation de hanche",
    ),
    (
        "exam.msk.knee",
        "msk",
        "Knee examination",
        "Examen du genou",
        "examine your knee; knee; patellar tap; drawer test; knee effusion",
        "examen du genou; genou; choc rotulien; tiroir antérieur; épanchement du genou",
    ),
    (
        "exam.msk.shoulder",
        "msk",
        "Shoulder examination",
        "Examen de l'épaule",
        "examine your shoulder; shoulder; rotator cuff; shoulder movements",
        "examen de l'épaule; épaule; coiffe des rotateurs; mobilité de l'épaule",
    ),
    (
        "exam.msk.ankle",
        "msk",
        "Ankle and foot examination",
        "Examen de la cheville et du pied",
        "examine your ankle; ankle; foot; ottawa rules; malleolus",
        "examen de la cheville; cheville; pied; règles d'ottawa; malléole",
    ),
    # --- gu --------------------------------------------------------------------------------
    (
        "exam.breast",
        "gu",
        "Breast examination",
        "Examen des seins",
        "breast examination; examine your breasts; breast lump; breasts",
        "examen des seins; palpation mammaire; seins; nodule du sein",
    ),
    (
        "exam.pelvic",
        "gu",
        "Pelvic (gynaecological) examination",
        "Examen gynécologique (toucher vaginal, spéculum)",
        "pelvic examination; speculum; vaginal examination; internal examination; "
        "bimanual examination",
        "examen gynécologique; toucher vaginal; spéculum; examen au spéculum; tv",
    ),
    (
        "exam.genital",
        "gu",
        "Male genital examination",
        "Examen des organes génitaux externes",
        "genital examination; testicles; testicular examination; scrotum",
        "organes génitaux externes; testicules; examen testiculaire; bourses",
    ),
    # --- psych -----------------------------------------------------------------------------
    (
        "exam.mental_state",
        "psych",
        "Mental state examination",
        "Examen psychiatrique (état mental)",
        "mental state examination; mse; appearance and behaviour; orientation; cognition; "
        "insight; mental state",
        "examen psychiatrique; état mental; présentation; orientation temporo-spatiale; "
        "cognition; insight",
    ),
    # --- peds ------------------------------------------------------------------------------
    (
        "exam.peds.hydration",
        "peds",
        "Hydration status",
        "État d'hydratation",
        "hydration; dehydration; dry mucous membranes; sunken eyes; skin turgor",
        "hydratation; déshydratation; muqueuses sèches; yeux creux; pli cutané",
    ),
    (
        "exam.peds.fontanelle",
        "peds",
        "Anterior fontanelle",
        "Fontanelle antérieure",
        "fontanelle; soft spot; bulging fontanelle; sunken fontanelle",
        "fontanelle; fontanelle antérieure; fontanelle bombée; fontanelle déprimée",
    ),
)
