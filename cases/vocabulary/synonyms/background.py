"""More ways of asking for past history, medicines, family, social history, ideas, concerns
and expectations, and the paediatric history, EN and FR.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[str, str]] = {
    # --- past history, medicines, family ----------------------------------------------------
    "pmh.medical": (
        "heart failure; lung problems; lung disease; copd; mi; heart attacks; stents; stent; "
        "angina before; health conditions; any illnesses; "
        "kidney problems",
        "souvent malade; malade souvent; infarctus; maladie connue; suivi pour quelque chose; "
        "migraineuse; migraineux; problèmes de cœur; cystites; "
        "problèmes pulmonaires; insuffisance cardiaque; bpco; maladie des poumons",
    ),
    "pmh.surgical": (
        "ops; operation; procedures; had anything removed; been operated on",
        "opération; opérée; déjà été opéré; déjà été opérée; interventions",
    ),
    "pmh.hospitalisations": (
        "been in hospital; hospital admissions; admitted; stay in hospital",
        "hospitalisé; hospitalisée; hospitalisation; séjour à l'hôpital",
    ),
    "meds.current": (
        "on any tablets; any regular tablets; on anything; taking anything regularly; "
        "prescriptions; repeat prescription; inhalers; inhaler",
        "vous prenez quelque chose; traitement en cours; vous prenez des médicaments; "
        "cachets; médocs; sous traitement",
    ),
    "meds.anticoagulants": (
        "blood thinners; thin the blood; thins the blood; warfarin; apixaban; rivaroxaban; "
        "anticoagulant; anticoagulants; blood-thinning",
        "anticoagulant; anticoagulants; fluidifier le sang; fluidifie le sang; "
        "sang plus fluide; aspirine; kardégic",
    ),
    "allergies.drug": (
        "allergic; allergies; allergy; reaction to any medicine; bad reactions",
        "allergique; allergies; allergie; intolérance",
    ),
    "fh.general": (
        "run in the family; runs in the family; anyone in the family; family members; "
        "relatives; parents healthy; mum or dad",
        "dans la famille; dans votre famille; vos parents; famille proche; "
        "héréditaire; d'autres cas",
    ),
    # --- social and ICE ---------------------------------------------------------------------
    "social.tobacco": (
        "smoke; smoker; ciggies; fags; vape; vaping; roll ups; pack a day",
        "fumez; fumeur; fumeuse; clopes; cigarettes; vapotez; paquets par jour; paquet",
    ),
    "social.alcohol": (
        "booze; pints; pint; glasses of wine; bottle of wine; drinking much; night out; "
        "a drink; boozing",
        "boire; buvez de l'alcool; vous buvez; apéro; verres par jour; verres par semaine; picoler",
    ),
    "social.drugs": (
        "smoke cannabis; smoking cannabis; smoke weed; pot; coke; pills at parties; party drugs; "
        "recreational",
        "fumez du cannabis; fumer du cannabis; fume du cannabis; shit; beuh; fumer des joints; "
        "coke; ecstasy; drogue",
    ),
    "social.occupation": (
        "line of work; what do you do; working at the moment; job involve; heavy work; at work",
        "boulot; votre boulot; au boulot; vous faites quoi comme travail; dans votre travail; "
        "quel métier; au travail; vous bossez",
    ),
    "social.living": (
        "live with anyone; who's at home; anyone at home; live alone; on your own at home",
        "vous êtes seul; vous êtes seule; seul à la maison; seule à la maison; vous vivez "
        "seule; avec votre mari; avec votre femme",
    ),
    "social.support": (
        "anyone to help; family support; friends around; someone with you; anyone you can "
        "talk to; anyone you can call; anyone to call; ring someone; someone to ring; "
        "come and sit with you; people around you; anyone with you; anyone here with you; "
        "like with you; bring someone; bring somebody; someone here",
        "quelqu'un à qui vous confier; vous confier; quelqu'un pour vous aider; bien entouré; "
        "bien entourée; quelqu'un à appeler; qu'on appelle quelqu'un; vos proches; "
        "vous soutenir; soutenu; soutenue",
    ),
    "social.functional": (
        "washing and dressing; get up the stairs; climb the stairs; dressing yourself; "
        "wash yourself; get about; getting about; "
        "look after yourself; need help with; stairs ok; walk unaided",
        "vous laver; vous habiller; toilette seul; vous déplacer; vous débrouillez seule; "
        "vous débrouillez seul; besoin d'aide pour",
    ),
    "social.sexual": (
        "sexually active; sexual partners; new partner; protection; condoms; sex",
        "rapports sexuels; rapports; partenaire; nouveau partenaire; préservatif; "
        "vie sexuelle; rapports protégés",
    ),
    "ice.ideas": (
        "how much do you know; what do you know about; what you know about; "
        "what have you been told; what do you know so far; picked up so far; understanding "
        "of; what's your understanding; what have the doctors told you; any thoughts on "
        "what; what you know already",
        "ce qu'on vous a dit; ce que vous savez; ce que vous avez compris; qu'est-ce qu'on "
        "vous a dit; une idée de ce que; vous pensez à quoi",
    ),
    "ice.concerns": (
        "worrying you; what's worrying; anything worrying you; scares you; frightens you; "
        "fear; fears; on your mind; at the back of your mind",
        "ce qui vous fait peur; vous angoisse; vous tracasse; vous redoutez; craignez; "
        "vous craignez; peur de quoi",
    ),
    "ice.expectations": (
        "hoping we can; hoping to get; like to get out of; want from today; how much "
        "detail; full picture; how much would you like to know; prefer",
        "vous attendez; vous souhaiteriez; vous aimeriez; combien de détails; "
        "tout savoir; qu'attendez-vous de",
    ),
    "ice.impact": (
        "affected your life; affecting day to day; stopped you doing; stopping you doing; "
        "things you normally do; get in the way; getting in the way; interfering with",
        "vous empêche de; ça vous gêne; au quotidien; dans la vie de tous les jours; "
        "conséquences sur; répercussions; ça change quoi",
    ),
    # --- paediatrics ------------------------------------------------------------------------
    "peds.feeding": (
        "feeds; taking his feeds; taking her feeds; bottles; breastfeeds; eating much",
        "il mange; elle mange; biberon; tétée; repas; il tète; têter",
    ),
    "peds.fluid_intake": (
        "drinking ok; drinking enough; how much is he drinking; how much is she drinking; bottles",
        "il boit; elle boit; boit bien; ses biberons; accepte ses biberons; accepte de boire; "
        "combien de biberons",
    ),
    "peds.wet_nappies": (
        "wet nappies; nappies; wet diapers; weeing; peeing",
        "couches mouillées; couches; couches sèches",
    ),
    "peds.contacts": (
        "anyone else ill; anyone else poorly; other kids poorly; bugs going round; "
        "going around; poorly contacts",
        "des copains malades; copains malades; d'autres enfants malades; enfants malades; "
        "quelqu'un de malade; malades autour; des malades",
    ),
    "peds.behaviour": (
        "himself; herself; playing normally; smiling; interacting; sleepy; lethargic; "
        "not himself; not herself",
        "il joue; elle joue; il sourit; elle sourit; sourit; ronchon; pas comme d'habitude; "
        "abattu; abattue",
    ),
}
