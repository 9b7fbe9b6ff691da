"""More ways of asking about symptoms (systems review and some history topics), EN and FR.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    # --- systems review ---------------------------------------------------------------------
    "ros.fever": (
        "high temperature; temp; temps; running a temperature; burning up; sweaty; "
        "shivery; shaking; teeth chattering; cold shakes; fevers; feverish at all",
        "de la fièvre; fiévreux; fiévreuse; claqué des dents; claquer des dents; tremblé; "
        "tremblements; grelotté; grelotter; suées; température élevée; "
        "eu chaud; eu froid",
    ),
    "ros.weight_loss": (
        "weight falling off; weight dropping off; dropped weight; lost a lot of weight; "
        "clothes baggy; clothes hanging off; trousers loose; clothes getting looser; "
        "clothes fit; belt tighter; weight gone down",
        "perdu des kilos; fondu; maigrir; vêtements trop grands; flotte dans vos vêtements; "
        "pantalon trop large; poids baissé; perdu du poids sans le vouloir",
    ),
    "ros.fatigue": (
        "tired all the time; wiped out; shattered; no get up and go; run down; sluggish; "
        "low energy; fatigued; sleepy all day",
        "coup de barre; coups de barre; crevée; claqué; vidé; vidée; plus d'énergie; "
        "à plat; pas la forme; pas en forme; mou; molle; fatigable",
    ),
    "ros.appetite": (
        "eating properly; off your food; gone off food; picking at food; no appetite; "
        "eating much; how's your eating",
        "vous mangez bien; mangez normalement; pas d'appétit; plus d'appétit; coupé l'appétit; "
        "manger; vous alimentez; alimentation",
    ),
    "ros.chest_pain": (
        "pain in your chest; chest tightness; tight chest; chest discomfort; heaviness in "
        "your chest; angina",
        "douleur thoracique; mal à la poitrine; douleur dans la poitrine; oppression "
        "thoracique; serrement dans la poitrine; poitrine serrée; angine de poitrine",
    ),
    "ros.palpitations": (
        "heart racing; racing heart; heart pounding; heart fluttering; flutters; flutter; "
        "missed beats; extra beats; heart thumping; heart going fast; aware of your heartbeat",
        "palpitations; cœur qui bat vite; cœur qui s'emballe; cœur qui cogne; "
        "battements irréguliers; cœur qui bat fort; cœur qui saute; ratés",
    ),
    "ros.syncope": (
        "black out; blackouts; keel over; keeled over; went down; hit the floor; "
        "come round; came round; lose consciousness; feel faint; felt faint; might pass out; "
        "going to pass out; flaked out",
        "trou noir; un trou noir; black-out; perdu connaissance; tombé dans les pommes; "
        "tombée dans les pommes; tourné de l'œil; "
        "malaises; perte de conscience; vous êtes évanoui; vous êtes évanouie",
    ),
    "ros.dyspnoea": (
        "short of breath; breathless; puffed; puffed out; out of breath; can't catch your "
        "breath; struggling to breathe; trouble breathing; breathing problems; winded; "
        "sob; shortness of breath",
        "essoufflé; essoufflée; essoufflement; souffle court; manque d'air; du mal à "
        "respirer; difficulté à respirer; à bout de souffle; "
        "dyspnée; vous manquez d'air",
    ),
    "ros.orthopnoea": (
        "gasping for air; gasping for breath; sit up in bed; sit up at night; propped up; "
        "extra pillows; sleep upright; "
        "wake up gasping; gasping at night; pnd; breathless lying down; lie down flat",
        "assis dans le lit; vous asseoir la nuit; réveillé par l'essoufflement; dormir "
        "avec plusieurs oreillers; surélevé; étouffer la nuit; étouffement la nuit",
    ),
    "ros.oedema": (
        "ankles puffy; puffy ankles; swollen ankle; ankles swollen; fat ankles; shoes tight; "
        "socks leave marks; sock marks; water retention; ankles been puffy",
        "chevilles enflées; jambes enflées; pieds gonflés; gonflement; œdème; "
        "marque des chaussettes; chaussures serrées",
    ),
    "ros.cough": (
        "coughing much; a cough; hacking; hacking cough; coughed; coughs; been coughing",
        "vous toussez; toussé; toussez-vous; quintes de toux; quintes",
    ),
    "ros.claudication": (
        "pains in your calves; calf pain; calves hurt; legs hurt when you walk; "
        "legs ache when you walk; pain in your legs when you walk; leg pain when you walk",
        "mal aux mollets; douleur dans les mollets; mollets qui font mal en marchant",
    ),
    "ros.sputum": (
        "what colour is the phlegm; green phlegm; yellow phlegm; bringing up; cough up; "
        "coughing up; gunk; spit; muck; what you cough up; what colour is your cough; "
        "colour of your cough",
        "vous crachez; crachats verts; glaires; ce que vous crachez; couleur des glaires; "
        "de quelle couleur est votre toux; couleur de la toux",
    ),
    "ros.haemoptysis": (
        "blood in what you cough up; blood when coughing; coughing blood; streaks of blood; "
        "bloody phlegm; blood in the phlegm",
        "sang dans ce que vous crachez; crachats avec du sang; traces de sang; du sang en crachant",
    ),
    "ros.wheeze": (
        "wheezy; wheezing; whistling; whistly chest; tight chested",
        "sifflements; ça siffle; respiration sifflante; sifflement",
    ),
    "ros.nausea_vomiting": (
        "being sick; been sick; threw up; throwing up; vomit; vomited; sick to your "
        "stomach; queasy; feel sick; felt sick; nauseous; retching",
        "vomi; vomissements; vomir; nausées; envie de vomir; mal au cœur; barbouillé; "
        "barbouillée; rendu; nauséeux",
    ),
    "ros.bowel": (
        "number twos; number two; going for a poo; bowel motions; been regular; waterworks "
        "and bowels; bowels ok; runny; loose motions; been loose; going loose; "
        "diarrhoea at all; bunged up",
        "caca; vous allez à la selle; aller à la selle; transit normal; selles normales; "
        "ventre qui marche",
    ),
    "ros.stool_blood": (
        "blood when you open your bowels; blood on the paper; blood in the toilet; bleeding from "
        "your bottom; bleeding from the back passage; blood in your poo; blood when you wipe; "
        "black poo; black stools; tarry; melaena; "
        "red blood in the toilet",
        "sang dans les selles; selles noires; rectorragies; méléna; sang dans le caca",
    ),
    "ros.urinary": (
        "pain when you pee; burning when you wee; stinging when you pee; spend a penny; "
        "going to the loo; loo more often; toilet more often; up at night to pee; "
        "need to pee; need to go urgently; peeing; weeing; passing water more; smelly urine; "
        "cloudy urine; cloudy pee; blood in your pee; waterworks ok; how often do you go",
        "faire pipi; pipi; vous faites pipi; ça brûle quand vous urinez; brûle quand vous "
        "faites pipi; ça brûle en faisant pipi; ça pique quand vous urinez; aller aux "
        "toilettes; aux toilettes; envies pressantes; envie pressante; urines troubles; "
        "urines malodorantes; urines foncées; vous urinez souvent; mictions; "
        "vous levez la nuit pour uriner; sang dans les urines; ecbu",
    ),
    "ros.gynae": (
        "discharge; itching down below; itchy down below; smelly discharge; thrush; "
        "discharge down there; down there; vaginal; bleeding after sex",
        "pertes; pertes blanches; démangeaisons; démangeaisons vaginales; mycose; "
        "pertes anormales; brûlures vaginales",
    ),
    "ros.lmp": (
        "last period; when was your last period; period due; late period; periods late",
        "dernières règles; date des dernières règles; ddr; règles en retard; retard de "
        "règles; les règles c'était quand",
    ),
    "ros.headache": (
        "head pain; sore head; headaches; migraine; migraines; head hurting",
        "mal à la tête; maux de tête; céphalées; mal au crâne; tête qui fait mal",
    ),
    "ros.vision": (
        "eyesight; blurry; blurred; double vision; seeing double; vision; sight; "
        "flashing lights; zigzags",
        "vue; vision floue; vision double; vois flou; voyez flou; voir double; "
        "troubles visuels; mouches volantes; éclairs",
    ),
    "ros.photophobia": (
        "light hurt your eyes; bright lights bother; light bothers you; sensitive to light; "
        "lights hurt",
        "lumière vous gêne; gêné par la lumière; la lumière fait mal; photophobie; "
        "supportez la lumière",
    ),
    "ros.neck_stiffness": (
        "stiff neck; neck stiff; sore neck; bend your neck; chin to your chest",
        "raideur de la nuque; nuque raide; mal à la nuque; baisser la tête; menton sur la poitrine",
    ),
    "ros.weakness_numbness": (
        "face dropping; face drooping; droopy face; weak arm; weak leg; arm weakness; "
        "leg weakness; dead arm; gone numb; numb bum; saddle numbness; numbness in your "
        "bottom; can't feel",
        "perdu la sensibilité; plus de sensibilité; anesthésie en selle; "
        "engourdissement des fesses; perte de sensibilité des fesses; "
        "jambe faible; bras engourdi; visage qui tombe; fourmillements dans; "
        "perte de force dans; lâchage",
    ),
    "ros.speech": (
        "slurring; slurred; speech slurred; talking funny; words jumbled; muddled words",
        "parler; difficulté pour parler; bafouiller; mots qui ne sortent pas; "
        "parole difficile; vous parlez",
    ),
    "ros.dizziness": (
        "woozy; spinning; head spinning; unsteady; wobbly; feel faint; light headed",
        "tête qui tourne; la tête tourne; étourdissements; tanguer",
    ),
    "ros.seizure": (
        "fits; fit; seizure; seizures; convulsions; shaking episode; jerking",
        "convulsions; crise d'épilepsie; crises convulsives; convulsé; secousses",
    ),
    "ros.skin": (
        "rash; rashes; spots; itchy skin; skin changes; blotches; marks on the skin",
        "boutons; éruption; plaques; taches; démangeaisons de la peau; peau",
    ),
    "ros.back_pain": (
        "bad back; back ache; backache; back pain; sore back; pain in your back; lower back",
        "mal au dos; douleur dans le dos; douleurs lombaires; lombalgie; mal aux reins; "
        "bas du dos; "
        "dos bloqué; tour de rein",
    ),
    "ros.abdominal_pain": (
        "tummy ache; tummy pain; sore tummy; belly ache; stomach ache; stomach pain; "
        "pain in your tummy",
        "mal au ventre; douleur abdominale; mal à l'estomac; ventre qui fait mal; "
        "douleurs au ventre",
    ),
    "ros.thirst_polyuria": (
        "thirsty all the time; very thirsty; drinking lots; really thirsty",
        "soif; très soif; boire beaucoup; bouche sèche",
    ),
    "ros.mood": (
        "worthless; guilty; feel guilty; hopeless; useless; down in the dumps; fed up; "
        "feeling blue; depressed at all; spirits; how's "
        "your mood; how are your spirits; enjoying things; nothing to look forward to",
        "inutile; coupable; culpabilité; dévalorisé; dévalorisée; sentiment d'échec; le moral; "
        "votre moral; moral en ce moment; cafard; déprime; pas le moral; "
        "plus de plaisir; plus envie; à plat moralement; baisse de moral",
    ),
    "ros.anxiety": (
        "worried all the time; on edge; wound up; panicky; uptight; tense",
        "stress; stressé; angoissé; tendu; sur les nerfs; boule au ventre",
    ),
    "ros.sleep": (
        "what time do you wake up; waking early; lying awake; sleep through; "
        "sleeping badly; get off to sleep; nod off",
        "réveillez; vous réveillez à quelle heure; à quelle heure vous vous réveillez; "
        "vous dormez bien; mal dormi; dormez mal",
    ),
    "ros.suicidal_ideation": (
        "harm yourself; end it all; not wanting to be here; not be here anymore; "
        "thoughts of dying; take your own life; plans to end; made plans",
        "vous faire du mal; plus envie de vivre; ne plus être là; disparaître; "
        "vous tuer; passage à l'acte; penser à mourir; pensé à mourir; idées de mort; "
        "pensées de mort; penser à la mort; en finir; vous suicider; suicidaire; "
        "imaginé comment; comment vous feriez; un plan",
    ),
    "ros.psychosis": (
        "hearing voices; hear voices; seeing things; things others can't see",
        "entendez des voix; des voix; voyez des choses",
    ),
    "ros.general": (
        "feeling in yourself; in yourself; overall health",
        "état général; comment vous sentez-vous; forme générale",
    ),
    "ros.bleeding": (
        "bleeding from anywhere; bleed from anywhere; bleeding anywhere; bleeding easily; "
        "bruise easily; bruises; unusual bleeding",
        "saignements; saignez facilement; bleus; saignement anormal; vous saignez",
    ),
    "social.sick_contacts": (
        "ill with the same; same thing; same symptoms; anyone with the same; anyone you've been "
        "with; people around you ill",
        "la même chose; mêmes symptômes; quelqu'un d'autre malade; autour de vous malade",
    ),
    "social.domestic_violence": (
        "safe at home; anyone hurting you; hurts you; hurting you; scared of anyone at home; "
        "arguments at home; hit you",
        "qui vous fait du mal; tensions à la maison; on vous frappe; en sécurité chez vous; "
        "violence à la maison; violent avec vous",
    ),
    "ros.heartburn": (
        "acid coming up; burning after food; burning after eating; sour taste; bitter taste; "
        "water brash; gerd; gord",
        "brûlure d'estomac; ça remonte; remontées; acidité; goût acide; rgo",
    ),
    "ros.dysphagia": (
        "food getting stuck; food gets stuck; hard to swallow; struggle to swallow; lump in your "
        "throat when you swallow",
        "les aliments bloquent; ça coince; avaler difficile; difficultés pour avaler",
    ),
    "ros.ent": (
        "runny nose; snotty; snuffly; stuffy nose; sore ears; blocked ears; sneezing; sniffles",
        "mal aux oreilles; mal à la gorge; nez qui coule; le nez bouché; éternue; éternuements; "
        "gorge qui gratte",
    ),
    "ros.jaundice": (
        "yellow colour; eyes gone yellow; skin gone yellow",
        "jaune; yeux qui jaunissent; blanc des yeux; coloration jaune",
    ),
    "ros.memory": (
        "forgetting things; memory problems; losing track; mixed up; muddled thinking",
        "perdez le fil; mémoire qui flanche; oubliez les choses; tête ailleurs; du mal à vous "
        "concentrer",
    ),
    "ros.self_harm": (
        "cut yourself; hurt yourself on purpose; self harmed; overdose; taken an overdose",
        "vous êtes déjà fait du mal; vous blessez; vous scarifier; surdosage volontaire",
    ),
    "ros.haematemesis": (
        "sick up blood; blood when you're sick; blood when you vomit; bringing up blood",
        "vomi du sang; sang en vomissant; vomissements de sang",
    ),
    "meds.adherence": (
        "taking them regularly; take them as prescribed; ever forget; skip doses; skipped; "
        "missed doses; stop taking",
        "vous les prenez bien; prenez bien; oubliez parfois; arrêtez parfois; sautez des prises",
    ),
    "meds.side_effects": (
        "any side effects; upset by the tablets; tablets agree with you; problems with the tablets",
        "effets indésirables; vous supportez bien; bien supporté; problèmes avec le traitement",
    ),
    "social.travel": (
        "been away; gone abroad; out of the country; on holiday",
        "parti à l'étranger; partie à l'étranger; été en vacances; voyagé récemment; voyages",
    ),
    "social.diet": (
        "what do you normally eat; healthy diet; fast food; takeaways; fizzy drinks",
        "vous mangez équilibré; grignotage; fast-food; sodas",
    ),
    "social.exercise": (
        "keep fit; work out; physical exercise; go to the gym; go running",
        "faites du sport; activité sportive; vous bougez; marchez beaucoup",
    ),
    "social.driving": (
        "still driving; drive a car; hold a licence; driving licence",
        "vous conduisez encore; permis; au volant",
    ),
    "social.finances": (
        "money worries; managing financially; struggling for money",
        "soucis d'argent; problèmes d'argent; fins de mois",
    ),
    "pmh.contraception": (
        "on the pill; any contraception; contraceptive pill; morning after pill",
        "sous pilule; vous prenez la pilule; pilule du lendemain; moyen de contraception",
    ),
    "pmh.obstetric": (
        "ever been pregnant; any pregnancies; miscarriage",
        "déjà été enceinte; fausse couche; vous avez eu des enfants",
    ),
    "pmh.birth": (
        "born early; born on time; born at term; pregnancy go ok; delivery go ok",
        "né à terme; né prématuré; grossesse s'est bien passée; accouchement s'est bien passé; "
        "né avant terme",
    ),
    "peds.growth": (
        "putting on weight; gaining weight; growing well; weight chart",
        "pris du poids normalement; prend du poids; courbe; carnet de santé poids",
    ),
    "peds.immunisations": (
        "up to date with jabs; vaccinations up to date; had all his jabs; had all her jabs",
        "vaccins à jour; toutes ses vaccinations; tous ses vaccins; vaccinations à jour",
    ),
    "peds.nursery": (
        "go to nursery; at nursery; childcare",
        "chez la nounou; nounou; garderie",
    ),
}
