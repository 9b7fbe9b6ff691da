"""Everyday and indirect wordings students use without thinking of the textbook term, EN and FR:
pregnancy euphemisms, "make it ease off", a home thermometer, who helps at home, how the illness
gets in the way of work, stiffness felt as not being able to move the neck, smell and frequency
of urine, a change of weight, and death wished for.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    "ros.lmp": (
        "be expecting; are expecting; you're expecting; expecting a baby; expecting a child; "
        "have a baby on the way; baby on the way; in the family way; up the duff; "
        "might be pregnant; could be pregnant",
        "attendre un bébé; attendez un bébé; attendre un enfant; attendez un enfant; "
        "un bébé en route; enceinte",
    ),
    "hpi.relieving": (
        "make it ease; makes it ease; make it ease off; makes it ease off; make it go away; "
        "makes it go away; make it calm down; makes it calm down; calms it down; "
        "go down with; goes down with; come down with; comes down with; better with",
        "fait passer; ça fait passer; la fait passer; fait partir; fait diminuer; "
        "fait baisser; baisse avec; baissé avec; diminue avec; descend avec; cède avec; "
        "passe avec; mieux avec",
    ),
    "ros.fever": (
        "thermometer; took his temperature; took her temperature",
        "thermomètre",
    ),
    "social.support": (
        "who helps; who helps you; helps you at home; help you at home; help at home; "
        "anyone else here; anyone else with you; be here with you; somebody with you; "
        "someone to be with you",
        "qui vous aide; qui vous aide à la maison; vous aide à la maison; "
        "quelqu'un avec vous; quelqu'un pour vous accompagner; quelqu'un près de vous; "
        "être accompagné; être accompagnée",
    ),
    "social.childcare": (
        "kids to look after; children to look after; have kids to look after; "
        "have children to look after; look after the kids; look after the children; "
        "who looks after the kids; childcare",
        "enfants à garder; enfants à charge; garder les enfants; s'occuper des enfants; "
        "vous occuper des enfants; garde des enfants",
    ),
    "ice.impact": (
        "affect things; affect your life; affect you at work; affect your work; "
        "affect things at home; going to affect; able to work; been able to work; "
        "manage at work; manage your work; coping at work; off work",
        "pouvez travailler; pu travailler; arrivez à travailler; capable de travailler; "
        "en arrêt de travail; arrêt de travail; arrêt maladie; retentissement",
    ),
    "ros.neck_stiffness": (
        "move your neck; moving your neck; turn your neck; turning your head; "
        "neck feels stiff; neck hurts to move",
        "bouger la nuque; bouger le cou; bouger votre cou; tourner la tête; tourner le cou; "
        "nuque bloquée; cou raide; cou bloqué",
    ),
    "ros.urinary": (
        "smells strong; smell strong; smelly wee; smelly pee; "
        "go to the toilet more often; going to the toilet more often; more often than usual",
        "sent fort; sentent fort; mauvaise odeur; odeur forte; odeur des urines; "
        "aux toilettes plus souvent; plus souvent aux toilettes; allez plus souvent; "
        "envies fréquentes; envie d'uriner souvent",
    ),
    "ros.weight_loss": (
        "affected your weight; weight changed; change in weight; changes in your weight; "
        "weight change; weight gone up or down",
        "votre poids a changé; changé de poids; variation de poids; variations de poids; "
        "poids a bougé",
    ),
    "ros.suicidal_ideation": (
        "better off dead; better off without you; better off without me; not wake up; "
        "not waking up; wish you were dead; wished you were dead",
        "mieux morte; mieux mort; serais mieux morte; seriez mieux morte; seriez mieux mort; "
        "ne plus vous réveiller; ne pas vous réveiller; envie de mourir; souhaité mourir",
    ),
    "hpi.trauma": (
        "hurt yourself; injured yourself; did you injure; pulled something; done your back in",
        "vous êtes fait mal; vous vous êtes fait mal; vous êtes blessé; vous êtes blessée; "
        "vous vous êtes blessé; un faux mouvement",
    ),
    "hpi.course": (
        "got worse since; getting worse since; worse since; gone up since; got better since",
        "augmenté depuis; a augmenté; s'est aggravée; s'est aggravé; empiré; a empiré; "
        "diminué depuis; s'est améliorée",
    ),
    "ros.bowel": ("number two; number twos; do a poo; doing a poo", "faire caca; aller à la selle"),
    "inv.imaging.ultrasound_abdomen": (
        "tummy scan; scan of the tummy; scan of her tummy; scan of his tummy; "
        "scan of your tummy; belly scan; scan of the belly",
        "écho du ventre; échographie du ventre; écho du bide",
    ),
}
