"""History topics: introduction and the presenting complaint.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- intro -----------------------------------------------------------------------------
    (
        "intro.greeting",
        "intro",
        "Greeting and introduction",
        "Accueil et présentation",
        "hello; good morning; good afternoon; my name is; i'm a medical student; nice to meet you",
        "bonjour; je m'appelle; je suis étudiant en médecine; je suis externe; enchanté; "
        "je suis l'étudiant",
    ),
    (
        "intro.identity",
        "intro",
        "Identity check (name, date of birth)",
        "Vérification de l'identité (nom, date de naissance)",
        "what is your name; your full name; confirm your name; date of birth; how old are you; "
        "your age; how old is he; how old is she",
        "comment vous appelez-vous; votre nom; nom et prénom; date de naissance; "
        "quel âge avez-vous; votre âge; quel âge a-t-il; quel âge a-t-elle",
    ),
    (
        "intro.consent",
        "intro",
        "Consent",
        "Consentement",
        "is it ok if i; do you agree; may i ask; may i examine; would you mind; your permission; "
        "consent",
        "êtes-vous d'accord; me permettez-vous; puis-je vous poser; puis-je vous examiner; "
        "votre accord; consentement",
    ),
    # --- hpi -------------------------------------------------------------------------------
    (
        "hpi.chief_complaint",
        "hpi",
        "Presenting complaint",
        "Motif de consultation",
        "what brings you; what brought you in; how can i help; what's the problem; "
        "what seems to be the problem; what is wrong; reason for coming; what's been happening; "
        "what's been going on; what can i do for you; what brings you here; "
        "what's brought you in; what's the matter; tell me what's been going on; "
        "what seems to be the trouble; what's wrong; why have you come in; what made you come in; "
        "how can i help you today; what can i help you with; help you with; can i help you; "
        "brought you to hospital; brought you here; what happened; what's going on; "
        "so what's going on",
        "qu'est-ce qui vous amène; pourquoi consultez-vous; motif de consultation; "
        "que puis-je faire pour vous; quel est le problème; qu'est-ce qui ne va pas; "
        "qu'est-ce qui se passe; racontez-moi; que se passe-t-il; qu'est-ce qui vous arrive; "
        "pourquoi êtes-vous venu; pourquoi venez-vous; pourquoi vous consultez; "
        "dites-moi ce qui ne va pas; je vous écoute; pourquoi êtes-vous là; "
        "qu'est-ce qui s'est passé; racontez-moi ce qui s'est passé; ce qui vous arrive; "
        "dites-moi ce qui vous arrive; vous a amenée; vous a amené; qu'est-ce qui vous est arrivé",
    ),
    (
        "hpi.onset",
        "hpi",
        "Onset",
        "Mode de début",
        "when did it start; when did it begin; since when; how long have you had; how long ago; "
        "first noticed; came on suddenly; came on gradually; onset; suddenly; gradually; "
        "all of a sudden; out of the blue; bit by bit; when did it come on; "
        "how quickly did it come on; when did the pain start; when did this start; "
        "when did you first notice; how did it start; what time did it start; "
        "when did it all start; begin; began; thunderclap; build up; built up; came on quickly; "
        "come on quickly; what time did it come on; at what time",
        "depuis quand; quand est-ce que ça a commencé; quand est-ce que c'est apparu; "
        "depuis combien de temps; début brutal; début progressif; mode de début; d'un coup; "
        "tout d'un coup; petit à petit; brutalement; progressivement; soudainement; "
        "c'est apparu quand; ça a commencé quand; commencé quand; depuis quel âge; "
        "quand ça a commencé; comment ça a commencé; ça a débuté quand; "
        "quand est-ce que ça a débuté; à quelle heure; c'est venu comment; c'est venu d'un coup; "
        "ça a commencé comment; c'est arrivé quand; en combien de temps; atteint son maximum; "
        "coup de tonnerre; d'un seul coup; tout à coup",
    ),
    (
        "hpi.location",
        "hpi",
        "Site",
        "Siège (localisation)",
        "where is the pain; where does it hurt; show me where; point to; which part; "
        "exactly where; location; whereabouts; where exactly; where did the pain start; "
        "which side; where do you feel it; point to where; where do you feel the pain; "
        "in the middle; middle of your chest; left or right; belly button; umbilicus; central; "
        "one side; which side is it",
        "où avez-vous mal; où se situe; montrez-moi; à quel endroit; localisation; siège; "
        "où est la douleur; où ça fait mal; où est-ce que vous avez mal; de quel côté; "
        "où exactement; montrez-moi où; vous avez mal où; ça se situe où; c'est où; fait mal où; "
        "ça fait mal où; mal où; au milieu; à gauche ou à droite; nombril; d'un côté",
    ),
    (
        "hpi.radiation",
        "hpi",
        "Radiation",
        "Irradiation",
        "does it spread; does it go anywhere; does it move; radiate; radiation; go down your arm; "
        "go to your back; go to your jaw; go anywhere; spread anywhere; move anywhere; "
        "go into your arm; go into your jaw; go through to your back; spread to; shoot down; "
        "travel anywhere; does it travel; move anywhere else; going down your arm; down your arm; "
        "down your left arm; into your arm; anywhere other than; feel it anywhere",
        "est-ce que ça irradie; irradiation; ça descend; ça remonte; se propage; "
        "ça va dans le bras; ça va dans le dos; ça va dans la mâchoire; irradie; jusqu'où; "
        "ça part; se déplace; ça descend jusqu'à; descend dans la jambe; descend dans le bras; "
        "descend jusqu'où; dans le bras; ça va dans la jambe; va dans la jambe; jusqu'au pied; "
        "jusqu'à la jambe",
    ),
    (
        "hpi.character",
        "hpi",
        "Character",
        "Type de douleur (caractère)",
        "what does it feel like; describe the pain; what kind of pain; sharp; dull; burning; "
        "crushing; tight; stabbing; throbbing; cramping; pressure; describe it; what's it like; "
        "what is it like; regular or irregular; rhythm; tap out the rhythm; heavy; aching; "
        "crampy; squeezing; what type of pain; tell me about the pain; "
        "tell me more about the pain; sharp or dull; skipping beats; fast or slow; "
        "electric shock; like an electric shock; irregular; fast and irregular; thunderclap; "
        "like a weight; weight on your chest; steady",
        "comment est la douleur; décrire la douleur; à quoi ressemble; quel type de douleur; "
        "brûlure; serrement; en étau; coup de poignard; pesanteur; crampe; pulsatile; "
        "ça ressemble à quoi; quel genre de douleur; ça serre; ça brûle; ça pique; "
        "régulier ou irrégulier; rythme; décririez; décrivez; décrire; décrivez-moi la douleur; "
        "parlez-moi de la douleur; comme un coup de poignard; ça tape; ça cogne; en casque; "
        "ça bat; ça pulse; rapide ou lent; décharge électrique; électrique; comme une décharge; "
        "irrégulier; coup de tonnerre; poids sur la poitrine",
    ),
    (
        "hpi.severity",
        "hpi",
        "Severity",
        "Intensité",
        "how bad; how severe; scale of 0 to 10; out of ten; out of 10; rate the pain; worst pain; "
        "severity; how strong; how much does it hurt; pain score; scale of 1 to 10; how painful; "
        "worst pain you've ever had; rate it; on a scale; scale from 1 to 10",
        "intensité; sur une échelle de 0 à 10; sur 10; à combien; quelle intensité; "
        "évaluer la douleur; échelle numérique; forte; eva; échelle visuelle analogique; "
        "quelle note; aussi fort; très fort; sur une échelle; de 0 à 10; combien sur 10; "
        "pire douleur de votre vie; le pire mal de tête; sur une échelle de 1 à 10; "
        "vous diriez combien",
    ),
    (
        "hpi.timing",
        "hpi",
        "Timing, duration and frequency",
        "Durée, fréquence et rythme",
        "how long does it last; how often; constant; comes and goes; intermittent; all the time; "
        "episodes; frequency; time of day; at night; in the morning; non-stop; constantly; "
        "on and off; come and go; in waves; how long do they last; how long have you had; "
        "how long has it been going on; been going on; there all the time; it wakes you up; "
        "it wakes you at night; the whole time; whole time; how long have you been; "
        "how long has it been; times a week; how many times; times a day; pain at night",
        "combien de temps dure; à quelle fréquence; permanent; continu; intermittent; par crises; "
        "ça va et ça vient; horaire; la nuit; le matin; rythme; depuis combien de temps; ça dure; "
        "combien de temps; tout le temps; par moments; par pics; en permanence; ça vous réveille; "
        "ça réveille la nuit; mal la nuit; douleur la nuit; fois par semaine",
    ),
    (
        "hpi.course",
        "hpi",
        "Course (progression)",
        "Évolution",
        "getting better; getting worse; changed since; progression; improving; worsening; "
        "stayed the same; more often than before; more frequent; compare; compared to; "
        "has it changed; got worse; got better; gotten worse; worse since; better since; "
        "getting any worse; eased; easing off; settled",
        "évolution; s'aggrave; s'améliore; empire; stable; ça évolue; depuis le début; "
        "de pire en pire; de plus en plus; par rapport à; ça va mieux; moins bien; ça s'améliore; "
        "ça s'aggrave; ça empire",
    ),
    (
        "hpi.aggravating",
        "hpi",
        "Aggravating factors",
        "Facteurs aggravants",
        "makes it worse; worse when; aggravate; exacerbate; anything that makes it worse; "
        "worse with movement; worse on breathing in; worse if; deep breath; moving about; "
        "on movement; worse with; worse on; hurt more; hurts more; when you cough; "
        "make the pain worse",
        "qu'est-ce qui aggrave; pire quand; facteurs aggravants; augmente quand; majoré par; "
        "empire quand; aggravé par; aggrave; augmente la douleur; majore la douleur; en bougeant; "
        "à la toux; quand vous toussez; fait mal quand; aggrave la douleur",
    ),
    (
        "hpi.relieving",
        "hpi",
        "Relieving factors",
        "Facteurs soulageants",
        "makes it better; eases it; relieves; anything that helps; better when; relieved by; "
        "helps the pain; easier; more comfortable; comfortable position; any position; "
        "sitting forward; sit forward; ease it; better if; better with; relieve it; "
        "does anything stop it; stops it; makes it stop; feel better; feels better; "
        "position where; does it help; lying still; keeping still; helps",
        "qu'est-ce qui soulage; calme la douleur; soulagé par; améliore; facteurs soulageants; "
        "facteurs calmants; mieux quand; soulage; soulager; soulagement; ça soulage; "
        "position antalgique; moins mal; ça calme; ça passe avec; mieux quand vous; "
        "ça s'arrête avec; arrête la crise; rester immobile; ça aide",
    ),
    (
        "hpi.associated",
        "hpi",
        "Associated symptoms",
        "Signes associés",
        "any other symptoms; anything else; associated; noticed anything else; along with; "
        "at the same time; sweaty; sweating; clammy; anything else you've noticed",
        "autres symptômes; signes associés; symptômes associés; autre chose; en même temps; "
        "accompagné de; en sueur; transpiré; moite; d'autres signes",
    ),
    (
        "hpi.previous_episodes",
        "hpi",
        "Previous episodes",
        "Épisodes antérieurs",
        "happened before; first time; previous episodes; ever had this before; similar episodes; "
        "before this; your usual headaches; your usual migraines; like this before; "
        "your usual attacks; had this before; had it before; pain like this; pains like this; "
        "anything like this before",
        "déjà eu; première fois; épisodes antérieurs; déjà arrivé; épisodes similaires; récidive; "
        "migraines habituelles; crises habituelles; c'est la première fois; déjà fait; "
        "ressemble à vos crises; déjà eu ça; déjà été malade comme ça",
    ),
    (
        "hpi.triggers",
        "hpi",
        "Triggers and context",
        "Circonstances de survenue (facteurs déclenchants)",
        "what were you doing; what triggered; brought it on; trigger; circumstances; "
        "at rest or on exertion; after eating; on exertion; bring it on; bring them on; "
        "sets it off; set it off; triggered; night before; day before; beforehand; heavy lifting; "
        "lifting something heavy; how did it happen; doing at the time; doing when it started; "
        "were you doing; doing anything when; while you were resting; were you resting; resting; "
        "lifted; lifting",
        "que faisiez-vous; circonstances; déclenché par; facteur déclenchant; au repos; "
        "à l'effort; après le repas; dans quelles circonstances; déclenché; déclencher; "
        "déclencheur; un évènement; vous faisiez quoi; comment c'est arrivé; "
        "comment est-ce arrivé; portiez quelque chose; en portant; en soulevant; au moment où; "
        "pendant un effort; en faisant un effort; en train de faire; étiez en train; soulevé; "
        "soulever; porté quelque chose de lourd; effort; en plein effort; charge lourde; "
        "porter une charge; quand c'est arrivé; il s'est passé quelque chose; "
        "passé quelque chose; s'est produit comment; produit comment",
    ),
    (
        "hpi.treatment_tried",
        "hpi",
        "Treatment tried",
        "Traitements déjà essayés",
        "taken anything for it; tried any treatment; painkillers; did it help; "
        "medication for this; tried anything; taken anything; for the fever; for the pain; "
        "tried anything for; tried any painkillers",
        "avez-vous pris quelque chose; traitement essayé; antidouleur; antalgique; ça a marché; "
        "efficace; pris un médicament pour ça; pris quelque chose; donné quoi; pour la fièvre; "
        "contre la fièvre; contre la douleur; pour la douleur; doliprane; paracétamol; "
        "essayé quelque chose; vous avez pris quoi; vous avez pris un médicament",
    ),
    (
        "hpi.trauma",
        "hpi",
        "Trauma or injury",
        "Traumatisme",
        "injury; injured; fall; fell; accident; hit; knock; banged your head; trauma",
        "traumatisme; chute; tombé; accident; coup; choc; cogné; blessure",
    ),
)
