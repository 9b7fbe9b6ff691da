"""Examinations: neurological, head and neck, skin, musculoskeletal, genitourinary, mind, child.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
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
        "capillary refill; crt; press on your nail; capillary refill time; cap refill",
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
