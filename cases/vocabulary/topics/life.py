"""Social history, ideas-concerns-expectations and paediatric history.

Data only; the entry format is described in the package's docstring.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # --- social ----------------------------------------------------------------------------
    (
        "social.tobacco",
        "social",
        "Smoking",
        "Tabac",
        "smoke; smoking; smoker; cigarettes; packs; pack years; vape; e-cigarette; tobacco",
        "fumez; tabac; cigarettes; paquets; paquets-années; fumeur; vapotez; "
        "cigarette électronique",
    ),
    (
        "social.alcohol",
        "social",
        "Alcohol",
        "Alcool",
        "drink alcohol; alcohol; units; beer; wine; spirits; how much do you drink; drink; "
        "drinker; do you drink",
        "alcool; buvez; verres d'alcool; combien de verres; verres de vin; bière; vin; "
        "consommation d'alcool; apéritif",
    ),
    (
        "social.drugs",
        "social",
        "Recreational drugs",
        "Consommation de toxiques (drogues)",
        "recreational drugs; cannabis; weed; cocaine; heroin; illegal drugs; street drugs; "
        "inject; drugs for fun; take any drugs; any drugs",
        "drogues; cannabis; joint; cocaïne; héroïne; toxiques; substances; injection",
    ),
    (
        "social.occupation",
        "social",
        "Occupation",
        "Profession",
        "what do you do for a living; job; work; occupation; employed; retired; for a living; "
        "used to do; your job; work as; work accident; accident at work",
        "profession; métier; travail; que faites-vous dans la vie; retraité; travaillez; "
        "votre travail; vous travaillez; votre métier; accident de travail; accident du travail",
    ),
    (
        "social.exposure",
        "social",
        "Occupational and environmental exposure",
        "Expositions professionnelles et environnementales",
        "asbestos; chemicals; dust; exposure at work; animals; pets; birds",
        "amiante; produits chimiques; poussières; exposition; animaux; animaux domestiques",
    ),
    (
        "social.living",
        "social",
        "Home situation",
        "Lieu et conditions de vie",
        "who do you live with; live alone; house; flat; stairs; home; married; partner; "
        "at home with you; live with; live by yourself; live on your own; by yourself; "
        "on your own; come with you; came with you",
        "vivez seul; avec qui vivez-vous; logement; maison; appartement; escaliers; marié; "
        "en couple; vivez seule; vous vivez; vivez avec; venu avec vous; habitez; vous habitez; "
        "habitez avec qui",
    ),
    (
        "social.support",
        "social",
        "Social support",
        "Entourage et aides",
        "help at home; family nearby; carers; support; friends; someone to help; "
        "someone to talk to",
        "aide à domicile; entourage; famille proche; aidants; soutien; amis; entourée; entouré; "
        "quelqu'un à qui parler",
    ),
    (
        "social.functional",
        "social",
        "Activities of daily living",
        "Autonomie (activités de la vie quotidienne)",
        "manage at home; washing; dressing; cooking; shopping; daily activities; independent; "
        "managing the stairs; manage the stairs; managing at home; cope at home; "
        "fully independent",
        "autonomie; activités quotidiennes; toilette; vous habiller; faire les courses; "
        "cuisiner; vous débrouiller",
    ),
    (
        "social.travel",
        "social",
        "Recent travel",
        "Voyages récents",
        "travelled; travel; abroad; holiday; trip; overseas; long flight; long journeys; journey; "
        "long journey; been anywhere; anywhere hot; flights; long haul",
        "voyage; voyagé; à l'étranger; vacances; avion; séjour; long trajet",
    ),
    (
        "social.sick_contacts",
        "social",
        "Sick contacts",
        "Contage (entourage malade)",
        "anyone else ill; anyone around you sick; contact with anyone unwell; family unwell; "
        "anyone around you; anyone else unwell; tummy bug; bug going around; "
        "eaten anything unusual; takeaway; undercooked; food poisoning; dodgy food; "
        "anyone else been ill; anyone else sick",
        "entourage malade; contage; quelqu'un de malade autour de vous; "
        "contact avec une personne malade",
    ),
    (
        "social.sexual",
        "social",
        "Sexual history",
        "Vie sexuelle (antécédents sexuels)",
        "sexually active; partners; sexual partner; condoms; protection; sti; "
        "sexually transmitted; erection; erectile dysfunction; regular partner; sex; boyfriend; "
        "girlfriend",
        "rapports sexuels; partenaires; préservatif; vie sexuelle; ist; sexuellement actif; "
        "rapports non protégés; érection; troubles de l'érection; dysfonction érectile; "
        "petit ami; petite amie",
    ),
    (
        "social.diet",
        "social",
        "Diet",
        "Alimentation",
        "diet; what do you eat; typical day of eating; food; vegetarian; salt; tea and coffee; "
        "coffee; caffeine; energy drinks; drink coffee; drink tea",
        "alimentation; régime; que mangez-vous; repas; nourriture; végétarien; sel; café; thé; "
        "buvez du café",
    ),
    (
        "social.exercise",
        "social",
        "Physical activity",
        "Activité physique",
        "exercise; sport; physical activity; gym; active; walking",
        "sport; activité physique; exercice; salle de sport; actif; marche",
    ),
    (
        "social.driving",
        "social",
        "Driving",
        "Conduite automobile",
        "drive; driving; car; driving licence; hgv",
        "conduisez; voiture; permis de conduire; conduite; vous conduisez",
    ),
    (
        "social.finances",
        "social",
        "Financial situation",
        "Situation financière",
        "money; finances; benefits; afford; financial difficulties",
        "situation financière; argent; revenus; mutuelle; difficultés financières",
    ),
    (
        "social.school",
        "social",
        "School",
        "Scolarité",
        "school; grades; teachers; class; how is school; bullying",
        "école; scolarité; classe; résultats scolaires; maîtresse; collège; harcèlement",
    ),
    (
        "social.childcare",
        "social",
        "Childcare and dependants",
        "Garde des enfants et personnes à charge",
        "children at home; who looks after; dependants; childcare; care for someone",
        "enfants à charge; garde des enfants; qui s'occupe; nounou; personnes à charge; "
        "s'occupe de vos enfants; garde vos enfants",
    ),
    (
        "social.domestic_violence",
        "social",
        "Domestic violence",
        "Violences conjugales et intrafamiliales",
        "feel safe at home; anyone hurt you; afraid of your partner; hit you; abuse; violence",
        "vous sentez-vous en sécurité; violences; frappé; peur de votre conjoint; maltraitance; "
        "violences conjugales; en sécurité",
    ),
    # --- ice -------------------------------------------------------------------------------
    (
        "ice.ideas",
        "ice",
        "Ideas",
        "Représentations du patient",
        "what do you think is causing; any ideas; what do you think it is; your thoughts about; "
        "what might be going on; what do you think",
        "qu'en pensez-vous; à quoi pensez-vous; selon vous; votre idée; "
        "qu'est-ce qui pourrait expliquer; qu'est-ce que vous pensez; vous pensez qu'il a; "
        "à votre avis; vous en pensez quoi; ce que vous pensez; vous pensez que; "
        "c'est quoi selon vous",
    ),
    (
        "ice.concerns",
        "ice",
        "Concerns",
        "Inquiétudes",
        "worried; concerns; worries you; frightened; afraid it might be; concerned; scared of; "
        "worried about; biggest worry; afraid; scared; worried it's; afraid it's; "
        "worried it might be",
        "inquiet; inquiétudes; vous préoccupe; peur; ce qui vous inquiète; fait le plus peur; "
        "vous fait peur; vous inquiète; crainte; inquiète; peur que ce soit; vous avez peur",
    ),
    (
        "ice.expectations",
        "ice",
        "Expectations",
        "Attentes",
        "what are you hoping; expect; what would you like; hoping for today; expectations; "
        "expecting; like us to do; you'd like us to; like from us",
        "attentes; qu'attendez-vous; espérez; souhaitez; que voudriez-vous; qu'espérez-vous; "
        "vos attentes",
    ),
    (
        "ice.impact",
        "ice",
        "Impact on daily life",
        "Retentissement sur la vie quotidienne",
        "affecting your life; impact; stopping you from; day-to-day; affected your work; "
        "how are you coping; coping",
        "retentissement; impact; vie quotidienne; vous empêche; gêne au quotidien; "
        "faites pour tenir; tenir le coup",
    ),
    # --- peds ------------------------------------------------------------------------------
    (
        "peds.feeding",
        "peds",
        "Feeding",
        "Alimentation du nourrisson",
        "feeding; breastfeeding; bottle; formula; how much milk; eating",
        "alimentation du bébé; biberons; allaitement; lait; tétées; mange",
    ),
    (
        "peds.fluid_intake",
        "peds",
        "Fluid intake",
        "Apports hydriques",
        "drinking; fluids; how much has he drunk; how much has she drunk; keeping fluids down",
        "boit; hydratation; apports hydriques; boire; garde les liquides",
    ),
    (
        "peds.wet_nappies",
        "peds",
        "Wet nappies (urine output)",
        "Couches mouillées (diurèse)",
        "wet nappies; nappies; diapers; passing urine; how many nappies",
        "couches mouillées; couches; fait pipi; diurèse; combien de couches",
    ),
    (
        "peds.behaviour",
        "peds",
        "Behaviour and activity",
        "Comportement (éveil, activité)",
        "behaving normally; playing; drowsy; irritable; floppy; alert; crying",
        "comportement; joue; somnolent; irritable; grognon; pleure; réactif; mou; "
        "difficile à réveiller; consolable; endormi; plus endormi",
    ),
    (
        "peds.growth",
        "peds",
        "Growth and weight gain",
        "Croissance et prise de poids",
        "weight gain; growth; centiles; growing; growth chart",
        "courbe de croissance; prise de poids; grandit; croissance; courbe de poids; pesait; "
        "pesée; son poids; combien pèse; il pèse; grossit",
    ),
    (
        "peds.immunisations",
        "peds",
        "Immunisations",
        "Vaccinations (carnet de santé)",
        "immunisations; red book; baby jabs; childhood vaccinations; routine immunisations; "
        "vaccinations; jabs; vaccines",
        "carnet de santé; vaccins obligatoires; calendrier vaccinal; vaccins du nourrisson; "
        "vaccins; vaccinations; vacciné",
    ),
    (
        "peds.contacts",
        "peds",
        "Sick contacts (siblings, nursery)",
        "Contage (fratrie, collectivité)",
        "siblings ill; brothers or sisters unwell; other children sick; ill at nursery",
        "frères et sœurs malades; d'autres enfants malades; malades à la crèche; "
        "épidémie à la crèche; malades à la maison; malade à la maison",
    ),
    (
        "peds.nursery",
        "peds",
        "Nursery or childcare setting",
        "Mode de garde (crèche, assistante maternelle)",
        "nursery; daycare; childminder; playgroup",
        "crèche; nourrice; assistante maternelle; mode de garde; halte-garderie; qui le garde; "
        "qui la garde; collectivité",
    ),
)
