"""More ways of asking for the presenting complaint and its attributes (SOCRATES), EN and FR.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    # --- presenting complaint and its attributes --------------------------------------------
    "intro.consent": (
        "alright if i ask; okay if i ask; ok if i ask; ask you a few questions; ask you some "
        "questions; alright if i examine; okay if i examine; happy for me to; mind if i",
        "vous poser quelques questions; je peux vous poser; d'accord pour que; ça vous va si; "
        "je peux vous examiner; vous êtes d'accord",
    ),
    "hpi.chief_complaint": (
        "what's been happening with; what's up; what's the trouble; what's been bothering you; "
        "tell me what happened; tell me in your own words; in your own words; start from the "
        "beginning; talk me through what happened; what brings you along; what's brought you "
        "along; what's happened",
        "ce qui vous amène; qu'est-ce qui vous a amené; expliquez-moi ce qui vous arrive; "
        "expliquez-moi ce qui se passe; racontez-moi depuis le début; qu'est-ce qui ne va pas; "
        "ce qui ne va pas; qu'est-ce qui vous embête; qu'est-ce qui vous tracasse; "
        "à quel sujet; pour quelle raison vous venez; pour quoi vous venez",
    ),
    "hpi.onset": (
        "maximal straight away; worst at the very start; within seconds; how many days ago; "
        "how many days; when did it kick off; when did it first start; "
        "how did it come on; came on suddenly; "
        "out of the blue; all of a sudden; gradually; how long ago did it start; since when",
        "maximale d'emblée; maximal tout de suite; d'emblée; en quelques secondes; "
        "ça fait combien de jours; depuis combien de jours; ça fait combien de temps; "
        "ça a démarré quand; ça a débuté quand; ça a commencé comment; brutalement; "
        "progressivement; du jour au lendemain; d'un seul coup; ça remonte à quand; "
        "c'est apparu quand; apparu comment",
    ),
    "hpi.character": (
        "what sort of pain; what's it feel like; what did it feel like; what it feels like; "
        "tap out; tap it out; how your heart was beating; how was it beating; "
        "even beat; regular beat; irregular beat; all over the place; "
        "steady or irregular; pounding; racing; fluttering feeling; dull ache; gnawing; "
        "colicky; comes in waves of pain; pins; knife-like; like a knife; sitting on your chest; "
        "weight on your chest; elephant on; like a band; crushing; squeezing; heavy feeling",
        "quel genre; comment vous la décririez; ça fait comment; ça ressemble à quoi; "
        "régulier; ça élance; lancinante; en coup de couteau; "
        "comme un couteau; en torsion; sourde; serrement; oppression; battements réguliers",
    ),
    "hpi.location": (
        "where abouts; where do you get it; which bit; which area; where does it hurt most; "
        "whereabouts is it; where was it; where did it start; where is it now",
        "c'est où exactement; à droite ou à gauche; des deux côtés; quel côté; "
        "où est-ce que ça fait mal; où précisément; vous avez mal à quel endroit; "
        "où au début",
    ),
    "hpi.radiation": (
        "has it moved; moved at all; did it move; spreading anywhere; spreading out; spread out; "
        "does it shoot; shoot anywhere; "
        "move around; go anywhere else; into your back; into your shoulder; up into your neck; "
        "down your leg; into your groin; has it shifted; shifted",
        "ça a bougé; elle a bougé; ça irradie; ça diffuse; diffuse; ça rayonne; ça file; "
        "ça monte; vers le bas-ventre; vers le dos; vers l'épaule; vers la mâchoire; "
        "vers l'aine; ça s'est déplacé; déplacée",
    ),
    "hpi.severity": (
        "how bad; how severe; out of ten; out of 10; scale of one to ten; scale of 1 to 10; "
        "worst pain; how much does it hurt; how far can you walk; how far can you go; "
        "how many stairs; flight of stairs",
        "sur dix; sur 10; de 0 à 10; de zéro à dix; note de; intensité; ça fait très mal; "
        "à quel point; combien de mètres; combien d'étages; périmètre de marche",
    ),
    "hpi.timing": (
        "still there; is it still there; there now; still got it; it wake you up at night; "
        "it wakes you up at night; wake you from sleep; "
        "how long do they go on for; how long till they settle; how long till it settles; "
        "how long does each one last; how often do you get them; how often do you get; "
        "how frequent; every day; once a week; what time of day; how long for",
        "constante; constant; continue; en continu; toujours là; encore là; tous les jours; "
        "chaque jour; toutes les combien; ça dure longtemps; "
        "ça dure combien de temps; à quel moment de la journée; plutôt le soir; "
        "combien de temps ça dure; fréquence",
    ),
    "hpi.course": (
        "any better; any worse; better or worse; getting on top of it; staying the same; "
        "on the mend; going downhill; picking up",
        "mieux ou moins bien; pire; ça s'arrange; ça se calme; toujours pareil; "
        "ça a changé; ça progresse; plus fort qu'avant",
    ),
    "hpi.aggravating": (
        "makes it worse; make it worse; worse when; worse if; anything worsen; aggravate; "
        "bending forward; moving about; coughing makes; deep breath makes",
        "aggrave; ça aggrave; empire quand; pire quand; augmente quand; ça fait plus mal; "
        "plus mal quand; en toussant; en bougeant; en respirant",
    ),
    "hpi.relieving": (
        "how do they stop; how does it stop; what stops it; make them stop; make it stop; "
        "made any difference; make any difference; makes a difference; makes it better; "
        "make it better; eases it; ease it; helps it; relieves; anything help; "
        "takes the edge off; settles it",
        "soulage; ça soulage; calme la douleur; ça calme; ça passe avec; diminue quand; "
        "mieux quand; moins mal quand; position antalgique",
    ),
    "hpi.triggers": (
        "come on when; comes on when; walk uphill; walking uphill; going uphill; "
        "what were you up to "
        "when; doing anything in particular; in particular when; "
        "what were you doing when; "
        "brings them on; bring on; set off; sets them off; what starts it; starts them off; "
        "anything that brings; caffeine; after coffee; when stressed",
        "ce que vous faisiez; qu'est-ce que vous faisiez; vous faisiez quoi quand; "
        "ce qui déclenche; qu'est-ce qui déclenche; ça arrive quand; ça survient quand; "
        "survenu comment; à l'occasion de; après un effort; en portant des charges",
    ),
    "hpi.treatment_tried": (
        "taken anything; tried anything; did you try; have you tried; tried any; tried so far; "
        "done anything for it; anything from "
        "the pharmacy for it; any tablets for it; remedies; home remedies; cranberry",
        "déjà pris; vous avez essayé; pris pour ça; pris comme traitement; "
        "déjà essayé; essayé comme traitement; jus de cranberry; cranberry; canneberge; "
        "automédication pour ça; spasfon; dafalgan; efferalgan",
    ),
    "hpi.previous_episodes": (
        "had this before; had one of these before; first time this has happened; happened "
        "before; ever happened before; last time; last episode; before now",
        "des cystites; déjà fait des cystites; cystites à répétition; infections urinaires à "
        "répétition; déjà eu ça; la dernière fois; dernier épisode; déjà eu des épisodes; "
        "ça vous est "
        "déjà arrivé; c'est déjà arrivé; déjà eu une infection urinaire; déjà eu des "
        "combien de fois dans l'année",
    ),
    "hpi.associated": (
        "anything else; any other symptoms; anything along with it; at the same time; "
        "anything else going on with it",
        "autre chose; d'autres symptômes; d'autres signes; en même temps; associé; associés; "
        "signes associés; accompagné de",
    ),
}
