"""Systems review: neurological, musculoskeletal and skin, endocrine, mental health.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
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
)
