"""Examinations: general, vital signs, cardiovascular, respiratory, abdominal.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

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
)
