"""Investigations: microbiology, imaging, functional tests, endoscopy and scales.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- micro -----------------------------------------------------------------------------
    (
        "inv.micro.blood_culture",
        "micro",
        "Blood cultures",
        "Hémocultures",
        "blood cultures; blood culture; cultures",
        "hémocultures; hémoculture; hémocs",
    ),
    (
        "inv.micro.urine_culture",
        "micro",
        "Urine culture (MSU)",
        "Examen cytobactériologique des urines (ECBU)",
        "urine culture; msu; midstream urine; urine microscopy; urine sample for culture; "
        "msu for culture; urine for culture; send the urine",
        "ecbu; examen cytobactériologique des urines; culture d'urine; uroculture",
    ),
    (
        "inv.micro.throat_swab",
        "micro",
        "Throat swab / rapid strep test",
        "Prélèvement de gorge (TDR streptocoque)",
        "throat swab; rapid strep test; strep test; throat culture",
        "prélèvement de gorge; tdr; test de diagnostic rapide; tdr angine; test streptocoque",
    ),
    (
        "inv.micro.viral_pcr",
        "micro",
        "Respiratory viral PCR (COVID-19, influenza)",
        "PCR virale respiratoire (COVID-19, grippe)",
        "covid test; covid swab; viral pcr; nasopharyngeal swab; flu swab; pcr",
        "test covid; pcr; prélèvement nasopharyngé; pcr grippe; écouvillon nasal; test antigénique",
    ),
    (
        "inv.micro.sputum_culture",
        "micro",
        "Sputum culture",
        "Examen cytobactériologique des crachats (ECBC)",
        "sputum culture; sputum sample; sputum mc&s; afb",
        "ecbc; examen cytobactériologique des crachats; culture des crachats; recherche de bk",
    ),
    (
        "inv.micro.stool_culture",
        "micro",
        "Stool culture",
        "Coproculture",
        "stool culture; stool sample; stool mc&s; ova cysts and parasites",
        "coproculture; examen des selles; parasitologie des selles; "
        "examen parasitologique des selles",
    ),
    (
        "inv.micro.sti_screen",
        "micro",
        "Sexually transmitted infection screen",
        "Dépistage des IST (PCR chlamydia, gonocoque)",
        "sti screen; chlamydia test; gonorrhoea test; vaginal swab; sexual health screen; "
        "chlamydia; gonorrhoea; gonorrhea; high vaginal swab; endocervical swab; swabs",
        "dépistage ist; pcr chlamydia; gonocoque; prélèvement vaginal; "
        "dépistage des infections sexuellement transmissibles; chlamydia; chlamydiae",
    ),
    (
        "inv.micro.csf",
        "micro",
        "Lumbar puncture (CSF analysis)",
        "Ponction lombaire (analyse du LCR)",
        "lumbar puncture; lp; csf; spinal tap; cerebrospinal fluid",
        "ponction lombaire; pl; lcr; liquide céphalo-rachidien; analyse du lcr",
    ),
    # --- imaging ---------------------------------------------------------------------------
    (
        "inv.imaging.chest_xray",
        "imaging",
        "Chest X-ray",
        "Radiographie thoracique",
        "chest x-ray; chest xray; cxr; x-ray of the chest; chest radiograph",
        "radiographie thoracique; radio du thorax; radiographie pulmonaire; radio pulmonaire; "
        "rx thorax; rp; radio de thorax",
    ),
    (
        "inv.imaging.abdominal_xray",
        "imaging",
        "Abdominal X-ray",
        "Radiographie de l'abdomen sans préparation (ASP)",
        "abdominal x-ray; axr; x-ray of the abdomen; abdominal xray",
        "asp; abdomen sans préparation; radiographie de l'abdomen; radio de l'abdomen",
    ),
    (
        "inv.imaging.ultrasound_abdomen",
        "imaging",
        "Abdominal ultrasound",
        "Échographie abdominale",
        "abdominal ultrasound; ultrasound of the abdomen; liver ultrasound; "
        "gallbladder ultrasound; renal ultrasound; uss abdomen; abdominal uss; uss of the abdomen",
        "échographie abdominale; écho abdominale; échographie hépatobiliaire; "
        "échographie rénale; échographie de l'abdomen",
    ),
    (
        "inv.imaging.pelvic_ultrasound",
        "imaging",
        "Pelvic ultrasound",
        "Échographie pelvienne",
        "pelvic ultrasound; transvaginal ultrasound; ultrasound of the pelvis; "
        "early pregnancy scan; transvaginal scan; transvaginal; tv scan",
        "échographie pelvienne; échographie endovaginale; écho pelvienne; échographie obstétricale",
    ),
    (
        "inv.imaging.ct_head",
        "imaging",
        "CT head",
        "Scanner cérébral",
        "ct head; head ct; ct brain; ct scan of the head; brain scan",
        "scanner cérébral; tdm cérébrale; scanner de la tête; scanner du crâne",
    ),
    (
        "inv.imaging.ct_chest",
        "imaging",
        "CT chest",
        "Scanner thoracique",
        "ct chest; chest ct; ct thorax; ct scan of the chest",
        "scanner thoracique; tdm thoracique; scanner du thorax",
    ),
    (
        "inv.imaging.ct_pulmonary_angiogram",
        "imaging",
        "CT pulmonary angiogram (CTPA)",
        "Angioscanner thoracique",
        "ctpa; ct pulmonary angiogram; ct pulmonary angiography; scan for a clot in the lung",
        "angioscanner thoracique; angioscanner pulmonaire; angio-tdm pulmonaire; angioscanner",
    ),
    (
        "inv.imaging.ct_abdomen",
        "imaging",
        "CT abdomen and pelvis",
        "Scanner abdomino-pelvien",
        "ct abdomen; ct abdomen and pelvis; abdominal ct; ct scan of the abdomen",
        "scanner abdomino-pelvien; tdm abdomino-pelvienne; scanner abdominal; scanner de l'abdomen",
    ),
    (
        "inv.imaging.mri_brain",
        "imaging",
        "MRI brain",
        "IRM cérébrale",
        "mri brain; brain mri; mri head; mri scan of the brain",
        "irm cérébrale; irm du cerveau; irm encéphalique",
    ),
    (
        "inv.imaging.mri_spine",
        "imaging",
        "MRI spine",
        "IRM rachidienne",
        "mri spine; spinal mri; mri lumbar spine; mri of the back",
        "irm rachidienne; irm du rachis; irm lombaire; irm médullaire",
    ),
    (
        "inv.imaging.spine_xray",
        "imaging",
        "Spine X-ray",
        "Radiographie du rachis",
        "spine x-ray; lumbar spine x-ray; x-ray of the back; spinal x-ray",
        "radiographie du rachis; radio du rachis; radiographie lombaire; radio du dos",
    ),
    (
        "inv.imaging.xray_limb",
        "imaging",
        "X-ray of a limb or joint",
        "Radiographie d'un membre ou d'une articulation",
        "x-ray of the ankle; x-ray of the wrist; x-ray of the knee; hip x-ray; bone x-ray; "
        "limb x-ray",
        "radiographie de la cheville; radiographie du poignet; radiographie du genou; "
        "radio de hanche; radiographie osseuse",
    ),
    (
        "inv.imaging.echocardiogram",
        "imaging",
        "Echocardiogram",
        "Échocardiographie transthoracique (ETT)",
        "echocardiogram; echo; heart ultrasound; tte; cardiac ultrasound",
        "échocardiographie; échographie cardiaque; ett; écho cardiaque; échocardiogramme",
    ),
    (
        "inv.imaging.doppler_legs",
        "imaging",
        "Lower limb venous Doppler ultrasound",
        "Écho-doppler veineux des membres inférieurs",
        "leg doppler; doppler ultrasound of the legs; dvt scan; venous doppler; "
        "compression ultrasound",
        "écho-doppler veineux; doppler des membres inférieurs; écho-doppler; "
        "échographie doppler veineuse",
    ),
    (
        "inv.imaging.carotid_doppler",
        "imaging",
        "Carotid Doppler ultrasound",
        "Écho-doppler des troncs supra-aortiques",
        "carotid doppler; carotid ultrasound; carotid duplex",
        "écho-doppler des troncs supra-aortiques; doppler des tsa; doppler carotidien; "
        "écho-doppler carotidien",
    ),
    (
        "inv.imaging.mammogram",
        "imaging",
        "Mammogram",
        "Mammographie",
        "mammogram; mammography; breast imaging; breast x-ray",
        "mammographie; échographie mammaire; imagerie du sein",
    ),
    (
        "inv.imaging.coronary_angiography",
        "imaging",
        "Coronary angiography",
        "Coronarographie",
        "coronary angiography; coronary angiogram; cardiac catheterisation; angiogram",
        "coronarographie; cathétérisme cardiaque; coro",
    ),
    # --- functional ------------------------------------------------------------------------
    (
        "inv.functional.spirometry",
        "functional",
        "Spirometry (pulmonary function tests)",
        "Épreuves fonctionnelles respiratoires (EFR)",
        "spirometry; lung function tests; pulmonary function tests; pfts; fev1",
        "efr; épreuves fonctionnelles respiratoires; spirométrie; vems",
    ),
    (
        "inv.functional.holter",
        "functional",
        "Holter monitor (ambulatory ECG)",
        "Holter ECG",
        "holter; 24-hour ecg; ambulatory ecg; holter monitor; 24 hour tape; 24h tape; 24h ecg; "
        "24h holter",
        "holter; holter ecg; holter rythmique; enregistrement ecg de 24 heures",
    ),
    (
        "inv.functional.abpm",
        "functional",
        "Ambulatory blood pressure monitoring",
        "Mesure ambulatoire de la pression artérielle (MAPA)",
        "ambulatory blood pressure monitoring; abpm; 24-hour blood pressure; "
        "home blood pressure monitoring",
        "mapa; mesure ambulatoire de la pression artérielle; holter tensionnel; "
        "automesure tensionnelle",
    ),
    (
        "inv.functional.exercise_test",
        "functional",
        "Exercise stress test",
        "Épreuve d'effort",
        "exercise test; exercise tolerance test; stress test; treadmill test",
        "épreuve d'effort; test d'effort; ecg d'effort",
    ),
    (
        "inv.functional.eeg",
        "functional",
        "Electroencephalogram (EEG)",
        "Électroencéphalogramme (EEG)",
        "eeg; electroencephalogram; brain wave test",
        "eeg; électroencéphalogramme",
    ),
    (
        "inv.functional.audiometry",
        "functional",
        "Audiometry",
        "Audiométrie",
        "audiometry; hearing test; audiogram",
        "audiométrie; audiogramme; test auditif",
    ),
    # --- endoscopy -------------------------------------------------------------------------
    (
        "inv.endoscopy.upper_gi",
        "endoscopy",
        "Upper GI endoscopy (OGD)",
        "Fibroscopie œso-gastro-duodénale (FOGD)",
        "upper gi endoscopy; ogd; gastroscopy; endoscopy; camera into the stomach",
        "fibroscopie; fogd; gastroscopie; endoscopie digestive haute; fibroscopie gastrique",
    ),
    (
        "inv.endoscopy.colonoscopy",
        "endoscopy",
        "Colonoscopy",
        "Coloscopie",
        "colonoscopy; lower gi endoscopy; camera into the bowel; flexible sigmoidoscopy",
        "coloscopie; endoscopie digestive basse; rectosigmoïdoscopie",
    ),
    # --- scales ----------------------------------------------------------------------------
    (
        "inv.scales.phq9",
        "scales",
        "PHQ-9 depression questionnaire",
        "Questionnaire PHQ-9 (dépression)",
        "phq-9; phq9; depression questionnaire; depression score",
        "phq-9; phq9; questionnaire de dépression; échelle de dépression",
    ),
    (
        "inv.scales.mmse",
        "scales",
        "Cognitive screening (MMSE)",
        "Évaluation cognitive (MMSE)",
        "mmse; mini mental state examination; cognitive screening; memory test; moca",
        "mmse; mini mental state; test de mémoire; évaluation cognitive; moca",
    ),
    (
        "inv.scales.audit",
        "scales",
        "AUDIT alcohol questionnaire",
        "Questionnaire AUDIT (alcool)",
        "audit questionnaire; audit-c; alcohol questionnaire; alcohol screening tool; audit",
        "questionnaire audit; audit-c; questionnaire alcool; repérage de l'alcool; audit",
    ),
)
