"""Background: past history, medication, allergies, family history.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- pmh -------------------------------------------------------------------------------
    (
        "pmh.medical",
        "pmh",
        "Past medical history",
        "Antécédents médicaux",
        "medical problems; illnesses; medical conditions; health problems; past medical history; "
        "see a doctor regularly; pmh; past history; medical history; heart attack before; "
        "had a heart attack; previous heart attack; stroke; mini-stroke; tia; asthma; epilepsy; "
        "cancer; problems with your health; health in general; conditions; long term conditions; "
        "chronic illness; chronic conditions; previous heart problems; "
        "heart problems in the past; heart trouble before; previous heart trouble",
        "antécédents médicaux; maladies; problèmes de santé; antécédents; suivi pour; "
        "maladie chronique; atcd; avc; cancer; asthme; épilepsie; problèmes de santé connus; "
        "maladies chroniques",
    ),
    (
        "pmh.surgical",
        "pmh",
        "Past surgical history",
        "Antécédents chirurgicaux",
        "operations; surgery; operated; had an operation; surgical history; appendix; "
        "had your appendix out",
        "opérations; opéré; chirurgie; intervention chirurgicale; antécédents chirurgicaux; "
        "appendicite; vésicule enlevée",
    ),
    (
        "pmh.hospitalisations",
        "pmh",
        "Previous hospital admissions",
        "Hospitalisations antérieures",
        "been in hospital; admitted; hospital stays; hospital admissions",
        "hospitalisé; hospitalisations; séjour à l'hôpital; été hospitalisé",
    ),
    (
        "pmh.cardiovascular_risk",
        "pmh",
        "Cardiovascular risk factors (hypertension, diabetes, cholesterol)",
        "Facteurs de risque cardiovasculaire (HTA, diabète, dyslipidémie)",
        "blood pressure; hypertension; diabetes; cholesterol; blood sugar; risk factors; high bp; "
        "high blood pressure; high cholesterol; diabetic",
        "tension; hypertension; diabète; cholestérol; facteurs de risque cardiovasculaire; "
        "sucre dans le sang; votre tension; hta; diabétique",
    ),
    (
        "pmh.psychiatric",
        "pmh",
        "Psychiatric history",
        "Antécédents psychiatriques",
        "mental health problems; mental health history; depression before; psychiatrist; "
        "psychiatric history; counsellor; therapist; psychiatry; psychiatric hospital",
        "antécédents psychiatriques; psychiatre; dépression; problèmes psychologiques; "
        "suivi psychiatrique; psy; psychologue; suivi psy; psychiatrie; "
        "hospitalisée en psychiatrie",
    ),
    (
        "pmh.obstetric",
        "pmh",
        "Obstetric history",
        "Antécédents obstétricaux",
        "pregnancies; been pregnant; births; miscarriages; deliveries; how many children; "
        "have any children; do you have children; kids; any children",
        "grossesses; accouchements; fausses couches; gestité; parité; combien d'enfants; "
        "vous avez des enfants",
    ),
    (
        "pmh.contraception",
        "pmh",
        "Contraception",
        "Contraception",
        "contraception; the pill; coil; birth control; contraceptive; implant; condoms; "
        "use condoms; miss a pill; missed pill; missed pills; protection during sex; "
        "use protection; pill; which pill",
        "contraception; pilule; stérilet; moyen de contraception; implant; contraceptif; "
        "préservatifs; oublié un comprimé; oubli de pilule; oublié la pilule",
    ),
    (
        "pmh.screening",
        "pmh",
        "Screening (smear, mammogram, bowel screening)",
        "Dépistages (frottis, mammographie, dépistage colorectal)",
        "smear test; cervical screening; mammogram; bowel screening; screening",
        "frottis; dépistage; mammographie; dépistage du cancer colorectal; test immunologique",
    ),
    (
        "pmh.vaccinations",
        "pmh",
        "Vaccination status",
        "Statut vaccinal",
        "vaccines; vaccinated; jabs; tetanus; flu jab; vaccinations up to date",
        "vaccins; vaccinations; vaccins à jour; tétanos; vaccin contre la grippe; statut vaccinal",
    ),
    (
        "pmh.birth",
        "pmh",
        "Pregnancy, birth and neonatal history",
        "Antécédents périnatals (grossesse, naissance)",
        "born; birth; premature; full term; birth weight; delivery; problems after birth",
        "naissance; prématuré; à terme; poids de naissance; accouchement; période néonatale",
    ),
    (
        "pmh.development",
        "pmh",
        "Developmental history",
        "Développement psychomoteur",
        "milestones; started walking; started talking; development; sit up; developmental delay; "
        "walking yet; talking yet; first words",
        "développement; marcher; parler; acquisitions; développement psychomoteur; "
        "retard de développement; il marche; il parle; quelques mots; premiers mots; premiers pas",
    ),
    # --- meds ------------------------------------------------------------------------------
    (
        "meds.current",
        "meds",
        "Current medication",
        "Traitement habituel",
        "medications; medicines; tablets; pills; prescribed; regular medicines; what do you take; "
        "meds; what meds; meds do you take; medicines do you take; tablets do you take; "
        "medication do you take; antidepressant; antidepressants",
        "médicaments; traitement; comprimés; ordonnance; traitement habituel; "
        "prenez-vous des médicaments; médicaments prenez-vous; un traitement régulier; "
        "traitement de fond; antidépresseur; antidépresseurs",
    ),
    (
        "meds.otc",
        "meds",
        "Over-the-counter and herbal remedies",
        "Automédication (sans ordonnance, phytothérapie)",
        "over the counter; from the pharmacy; herbal; supplements; vitamins; "
        "without a prescription; chemist; from the chemist; sleeping tablets; sleeping pills; "
        "ibuprofen; nurofen; anti-inflammatories; nsaids; medicines over the counter; "
        "medication without a prescription; from the shop; painkillers from the shop; "
        "from the supermarket",
        "sans ordonnance; pharmacie; automédication; plantes; compléments alimentaires; "
        "vitamines; homéopathie; pour dormir; somnifère; somnifères; ibuprofène; "
        "anti-inflammatoires; advil; médicaments sans ordonnance",
    ),
    (
        "meds.adherence",
        "meds",
        "Adherence",
        "Observance",
        "take them regularly; miss doses; forget; as prescribed; stopped taking; adherence; "
        "take them every day; take your tablets every day; miss any; forget to take; "
        "forget to take your tablets; forget your tablets; miss your tablets; "
        "forget your medication; tablet every day; tablets every day",
        "observance; oubliez; régulièrement; arrêté; comme prescrit; oublis de prise; "
        "prenez tous les jours; oubliez de les prendre; oubliez votre traitement; "
        "oubliez vos médicaments; oubliez de prendre",
    ),
    (
        "meds.recent_change",
        "meds",
        "Recent medication changes",
        "Modifications récentes du traitement",
        "new medication; recently started; changed dose; stopped recently; recent change; "
        "meds changed; medication changed; medicines changed; changed lately; changed recently; "
        "changes to your medication; changes to your tablets; changes to your meds; "
        "tablets changed; changes to your water tablets; dose changed",
        "nouveau médicament; récemment; changement de traitement; modification; dose changée; "
        "traitement modifié; changé de traitement; changement de dose",
    ),
    (
        "meds.anticoagulants",
        "meds",
        "Anticoagulants and antiplatelets",
        "Anticoagulants et antiagrégants plaquettaires",
        "blood thinners; warfarin; aspirin; anticoagulant; clopidogrel; apixaban",
        "anticoagulants; fluidifier le sang; aspirine; kardégic; antiagrégant; avk",
    ),
    (
        "meds.side_effects",
        "meds",
        "Side effects",
        "Effets indésirables",
        "side effects; reaction to your tablets; problems with your medication; tolerate",
        "effets indésirables; effets secondaires; mal supporté; tolérance",
    ),
    # --- allergies -------------------------------------------------------------------------
    (
        "allergies.drug",
        "allergies",
        "Drug allergies",
        "Allergies médicamenteuses",
        "any allergies; allergic to any medication; drug allergies; penicillin; "
        "reaction to medicine; allergic; allergies; allergic to medicines; allergic to anything; "
        "allergies to medication",
        "des allergies; allergique à un médicament; allergies médicamenteuses; pénicilline; "
        "réaction à un médicament; allergies; allergie; allergique",
    ),
    (
        "allergies.other",
        "allergies",
        "Other allergies (food, environment)",
        "Autres allergies (alimentaires, environnementales)",
        "food allergies; hay fever; latex; nuts; pollen; other allergies",
        "allergies alimentaires; pollen; latex; arachides; rhume des foins; autres allergies",
    ),
    # --- fh --------------------------------------------------------------------------------
    (
        "fh.general",
        "fh",
        "Family history",
        "Antécédents familiaux",
        "family history; run in the family; parents; brothers or sisters; relatives; "
        "illnesses in the family; family; in your family; your father; your mother; your dad; "
        "your mum",
        "antécédents familiaux; famille; parents; frères et sœurs; maladies dans la famille; "
        "héréditaire; votre père; votre mère; vos parents",
    ),
    (
        "fh.cardiac",
        "fh",
        "Family history of heart disease",
        "Antécédents familiaux cardiovasculaires",
        "heart problems in the family; heart attack in the family; heart disease in the family; "
        "family history of heart attacks; family history of heart disease",
        "maladie cardiaque dans la famille; infarctus dans la famille; "
        "antécédents familiaux cardiovasculaires",
    ),
    (
        "fh.cancer",
        "fh",
        "Family history of cancer",
        "Antécédents familiaux de cancer",
        "cancer in the family; relatives with cancer; family history of cancer",
        "cancer dans la famille; antécédents familiaux de cancer; parent avec un cancer",
    ),
    (
        "fh.sudden_death",
        "fh",
        "Family history of sudden death",
        "Mort subite dans la famille",
        "died suddenly; sudden death; died young; unexplained death; aneurysm",
        "mort subite; décédé brutalement; décédé jeune; mort inexpliquée; anévrisme; "
        "rupture d'anévrisme",
    ),
    (
        "fh.diabetes",
        "fh",
        "Family history of diabetes",
        "Antécédents familiaux de diabète",
        "diabetes in the family; diabetic parents; family history of diabetes",
        "diabète dans la famille; parents diabétiques; antécédents familiaux de diabète",
    ),
    (
        "fh.thrombosis",
        "fh",
        "Family history of blood clots",
        "Antécédents familiaux thrombo-emboliques",
        "clots in the family; family history of clots; dvt in the family",
        "phlébite dans la famille; caillots dans la famille; antécédents familiaux de thrombose",
    ),
    (
        "fh.psychiatric",
        "fh",
        "Family history of mental illness",
        "Antécédents familiaux psychiatriques",
        "mental illness in the family; depression in the family; family history of suicide",
        "maladie psychiatrique dans la famille; dépression dans la famille; "
        "suicide dans la famille",
    ),
)
