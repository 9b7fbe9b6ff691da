"""More ways of requesting examinations and investigations: abbreviations and lay wording.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    # --- examinations -----------------------------------------------------------------------
    "exam.vitals": (
        "obs please; set of obs; full set of observations; news score; early warning score; "
        "vital signs please",
        "les constantes; prise des constantes; constantes vitales; paramètres",
    ),
    "exam.vitals.bp": (
        "blood pressure please; bp please; bp both arms; bp in both arms; systolic",
        "tension artérielle; la tension; prendre la tension; pression artérielle",
    ),
    "exam.vitals.heart_rate": (
        "pulse rate; heart rate please; what's the pulse; hr please",
        "fréquence cardiaque; le pouls; pouls",
    ),
    "exam.vitals.resp_rate": (
        "breaths per minute; respiratory rate please; rr please",
        "fréquence respiratoire; fr; la fr",
    ),
    "exam.vitals.spo2": (
        "sats please; o2 sats; oxygen sats; saturations; pulse ox",
        "saturation; sat; sao2; spo2",
    ),
    "exam.resp.percussion": (
        "percuss; percuss the lungs; percuss the back; percuss your back; percuss the lung "
        "bases; percuss the bases",
        "percuter; percuter les poumons; percuter le dos; percussion du thorax",
    ),
    "exam.cardio.auscultation": (
        "examine your chest; cardiovascular exam; cardiovascular examination; cardiac exam; "
        "cardiac examination; "
        "examine your heart; heart examination",
        "examen cardiovasculaire; examen cardiaque; examiner le cœur; examen cardio",
    ),
    "exam.resp.auscultation": (
        "examine your chest; auscultate the chest; listen to the lungs; listen to the back; "
        "lung bases; "
        "listen to your back",
        "écouter vos poumons; bases pulmonaires; ausculter les bases",
    ),
    "exam.abdo.renal_angle": (
        "renal angles; tap on your back; kidney area; loin punch",
        "tapote les fosses lombaires; tapoter le dos; punch rénal; percussion lombaire",
    ),
    "exam.neuro.meningism": (
        "bend your neck; bend the neck; flex the neck; neck flexion; chin to chest",
        "fléchis la nuque; fléchir la nuque; flexion de la nuque; plier la nuque; "
        "nuque raide; raideur",
    ),
    # --- investigations ---------------------------------------------------------------------
    "inv.imaging.chest_xray": (
        "chest film; chest x ray; x-ray of your chest; chest radiography; cxr please",
        "radio des poumons; radio pulmonaire; radio thoracique; radiographie du thorax",
    ),
    "inv.imaging.ct_abdomen": (
        "ct abdo; ct abdo pelvis; abdo pelvis; ct cap; ct tap; ct of the tummy; ct abdomen pelvis",
        "scanner abdominal; tdm abdominale; scanner abdo; scanner abdomino pelvien; "
        "tdm tap; scanner tap",
    ),
    "inv.imaging.ct_chest": (
        "ct cap; ct tap; ct thorax abdomen pelvis",
        "scanner tap; tdm tap; scanner thoraco-abdomino-pelvien",
    ),
    "inv.imaging.ultrasound_abdomen": (
        "ultrasound of the kidneys; kidney ultrasound; renal tract ultrasound; uss kidneys; "
        "ultrasound of the renal tract; ultrasound kidneys",
        "échographie des reins; écho des reins; écho rénale; échographie des voies urinaires; "
        "échographie de l'appareil urinaire; écho de l'appareil urinaire",
    ),
    "inv.bedside.pregnancy_test": (
        "pregnancy test please; pee test for pregnancy; preg test; urine preg test",
        "test de grossesse; test urinaire de grossesse",
    ),
    "inv.bedside.urine_dipstick": (
        "dip; dipstick; urine dipstick please; dip her urine; dip his urine; dip the wee",
        "bu; bandelette urinaire; faire une bu",
    ),
    "inv.micro.urine_culture": (
        "send urine for culture; urine mcs; urine m&c; urine mc&s",
        "ecbu; examen des urines; culture urinaire",
    ),
    "inv.blood.fbc": (
        "blood count; full count",
        "numération; nfs plaquettes",
    ),
    "inv.blood.electrolytes": (
        "u&es; ue; kidney bloods; renal bloods",
        "ionogramme; iono; ionogramme sanguin",
    ),
    "inv.blood.coagulation": (
        "clotting profile; clotting studies; inr please",
        "hémostase; tp tca",
    ),
}
