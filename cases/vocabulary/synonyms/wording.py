"""Further everyday, texting and abbreviated wordings of history questions and requests, EN and FR.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    # --- history ----------------------------------------------------------------------------
    "intro.greeting": (  # "I'm a med student" introduces the speaker, it asks nothing
        "med student; medical student; student doctor; final year student; year student",
        "étudiant en médecine; étudiante en médecine; externe en médecine",
    ),
    "hpi.timing": (
        "when is the pain worst; when is it worst; when is it at its worst; worst time of day",
        "depuis combien de jours; depuis combien de semaines; combien de jours; "
        "ça fait combien de temps",
    ),
    "hpi.triggers": ("what were you up to; what were you doing when", ""),
    "hpi.aggravating": (
        "walk up hills; walking uphill; up a hill; climbing stairs; on exertion; "
        "when you exert yourself",
        "en montant les escaliers; en montant une côte; à l'effort; quand vous forcez; "
        "pire assis; pire debout; assis ou debout; debout ou assis; en position assise",
    ),
    "hpi.relieving": (
        "help them settle; help it settle; make them settle; settles it; lean forward; "
        "leaning forward; sitting forward",
        "penché en avant; en vous penchant en avant",
    ),
    "ros.nausea_vomiting": (
        "keep fluids down; keep anything down; keep food down",
        "garder ce que vous mangez; garder les liquides; tout vomi",
    ),
    "hpi.radiation": (
        "shoulder tip; shoulder tip pain; pain in your shoulder",
        "bout de l'épaule; douleur dans l'épaule; mal à l'épaule",
    ),
    "ros.sleep": (
        "snore; snoring; sleepy during the day; daytime sleepiness; nod off during the day",
        "ronflez; ronflements; somnolence dans la journée; somnolente la journée",
    ),
    "social.functional": (
        "walk normally; get around; get about; able to do a year ago; things you used to do; "
        "can't do anymore; cannot do anymore; what can you manage",
        "ce que vous pouviez faire; ne pouvez plus faire; n'arrivez plus à faire; "
        "marcher normalement; vous déplacer",
    ),
    "social.support": (
        "carers; carer; carers coming in; care package; someone we can call; "
        "call someone for you; someone we can ring; anyone we can call",
        "quelqu'un qu'on peut appeler; prévenir quelqu'un",
    ),
    "pmh.medical": (
        "clots in your legs; clot in your leg; clots in your lungs; blood clots; had a clot; "
        "dvt; pulmonary embolism; problems with your ovaries; ovarian cyst; ovarian cysts",
        "phlébite; embolie pulmonaire; caillot; caillots",
    ),
    "ros.appetite": ("feel like eating; fancy eating; want to eat", "envie de manger"),
    "ros.general": (
        "how are you feeling today; how are you feeling in yourself; how have you been feeling",
        "",
    ),
    "ros.mood": (
        "lost interest; interest in things; enjoy your hobbies; enjoy things",
        "moins d'intérêt; perte d'intérêt; intérêt pour vos loisirs; vos loisirs; plus goût à rien",
    ),
    "ros.pain_elsewhere": ("", "mal ailleurs; quelque part ailleurs; mal autre part"),
    "ros.weakness_numbness": (
        "loss of sensation; numb between your legs; saddle numbness",
        "perte de sensation; perte de sensibilité; sensation entre les jambes; anesthésie en selle",
    ),
    "ice.expectations": (
        "would you like me to explain; like me to explain; like me to go through; how much detail; "
        "most helpful for you; what would help you most",
        "voulez-vous que je vous explique; que je vous explique",
    ),
    "hpi.onset": ("", "tombé dessus; vous est tombé dessus"),
    "ros.urinary": (
        "control your bladder; bladder control; leaking urine; leaking wee",
        "vessie; contrôler la vessie; fuites urinaires; fuites d'urine; incontinence",
    ),
    "hpi.location": (
        "feel them in; feel it in",
        "toute la tête; tout le crâne; d'un seul côté de la tête",
    ),
    "ros.oedema": (
        "swelling in your calves; swollen calves; calf swelling; swelling or tenderness",
        "mollets gonflés; gonflement des mollets; mollet gonflé",
    ),
    "ros.back_pain": ("", "mal en bas du dos; bas du dos; douleur lombaire; mal aux reins"),
    "hpi.previous_episodes": (
        "like this in the past; anything like this in the past; had this in the past",
        "déjà eu ça par le passé; déjà arrivé par le passé",
    ),
    "ros.palpitations": ("palps; palp", "palpit; palpits"),
    "ros.thyroid": (
        "feeling hot all the time; hot all the time; heat intolerance; can't stand the heat; "
        "struggle with the heat",
        "intolérance à la chaleur; toujours trop chaud; supportez mal la chaleur",
    ),
    "ros.orthopnoea": (
        "prop yourself up; propped up; sleep sitting up; sleep in a chair",
        "dormir assis; dormez assis; surélever la tête; vous redresser la nuit",
    ),
    "ros.suicidal_ideation": (
        "access to medication; access to tablets; stockpiled; stockpiling; tablets at home; "
        "suicide attempt; attempted suicide; tried to kill yourself",
        "accès à des médicaments; accès aux médicaments; médicaments à disposition; "
        "stock de médicaments; tentative de suicide; tentatives de suicide; "
        "tenté de vous suicider",
    ),
    "social.diet": (
        "eaten anything dodgy; anything dodgy; dodgy food; dodgy takeaway; food poisoning; "
        "drink enough water; drinking enough water; enough fluids",
        "buvez suffisamment d'eau; assez d'eau; buvez de l'eau; vous hydratez; hydratation; "
        "mangé quelque chose de pas frais; intoxication alimentaire",
    ),
    "ice.ideas": (
        "what you already know; what you know so far; what you understand so far; "
        "what have you been told; explained the scan; anyone explained; been explained",
        "ce que vous savez déjà; ce qu'on vous a dit; ce que vous avez compris; "
        "on vous a expliqué; quelqu'un vous a expliqué",
    ),
    # --- examinations and investigations ------------------------------------------------------
    "inv.imaging.ultrasound_abdomen": ("abdo ultrasound; abdo uss; uss abdo", "écho abdo"),
    "inv.imaging.xray_limb": (
        "pelvis x-ray; x-ray of the pelvis; pelvic x-ray; hip x-ray",
        "radio du bassin; radiographie du bassin; radio de hanche",
    ),
    "inv.blood.creatinine": ("kidney bloods", "bilan rénal; fonction des reins"),
    "exam.neuro.cranial_nerves": ("", "motricité oculaire; oculomotricité; mouvements des yeux"),
    "inv.blood.tsh": ("thyroid bloods; thyroid blood test; thyroid tests", "bilan thyroïdien"),
    "exam.resp.auscultation": ("lungs; your lungs", "poumons; les poumons"),
    "exam.neuro.motor": (
        "stand on your tiptoes; walk on your heels",
        "pointe des pieds; sur les talons; marcher sur les talons",
    ),
    "exam.abdo.rectal": (
        "anal tone; rectal tone",
        "tonus anal; tonicité anale; tonus sphinctérien",
    ),
    "exam.abdo.mcburney": ("when i let go; when i release; rebound tenderness", "décompression"),
    "inv.blood.coagulation": ("coags; clotting profile", "coag; bilan de coag; crase; hémostase"),
}
