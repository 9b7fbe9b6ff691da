"""The lexical reading of the matcher (`read`) on wordings beyond its keywords' first forms:
lay and abbreviated synonyms, polite instructions, news told, empathy without a question mark,
and words whose stem only looks clinical (pure, no DB)."""

from __future__ import annotations

import pytest

from cases.matching import Classification, Intent, MatchContext, context_for, read

EN = context_for(language="en")
FR = context_for(language="fr")
#: A case whose complaint (palpitations) has no fact of its own, as in the demo cases.
PALPITATIONS = context_for(
    language="en",
    examples={
        "hpi.chief_complaint": ["What brings you in today?"],
        "hpi.character": ["Is the beat regular or irregular?"],
        "ros.chest_pain": ["Any chest pain?"],
    },
)


def ask(utterance: str, context: MatchContext = EN) -> Classification:
    return read(utterance, context)


@pytest.mark.parametrize(
    ("utterance", "context", "topics"),
    [
        ("Any stinging when you spend a penny?", EN, {"ros.urinary"}),
        ("Have you been off your food lately?", EN, {"ros.appetite"}),
        ("Are you on anything that thins the blood?", EN, {"meds.anticoagulants"}),
        ("Do your shoes feel tight by the evening?", EN, {"ros.oedema"}),
        ("Vous avez des coups de barre l'après-midi ?", FR, {"ros.fatigue"}),
        ("Et le moral, ça va ?", FR, {"ros.mood"}),
        ("Vous avez claqué des dents cette nuit ?", FR, {"ros.fever"}),
        ("Ça pique quand vous urinez ?", FR, {"ros.urinary"}),
        ("Vous avez eu un trou noir ?", FR, {"ros.syncope"}),
        ("Dans votre boulot, vous êtes debout toute la journée ?", FR, {"social.occupation"}),
    ],
)  # fmt: skip
def test_lay_wordings_name_their_topic(
    utterance: str, context: MatchContext, topics: set[str]
) -> None:
    assert set(ask(utterance, context).topics) == topics


@pytest.mark.parametrize(
    ("utterance", "context", "intent", "ids"),
    [
        ("Could you check the JVP for me", EN, Intent.EXAM, {"exam.cardio.jvp"}),
        ("Feeling the radial pulse now", EN, Intent.EXAM, {"exam.cardio.pulses"}),
        ("Check her thyroid function", EN, Intent.ORDER, {"inv.blood.tsh"}),
        ("CT chest abdo pelvis please", EN, Intent.ORDER,
         {"inv.imaging.ct_chest", "inv.imaging.ct_abdomen"}),
        ("TA et FC svp", FR, Intent.EXAM, {"exam.vitals.bp", "exam.vitals.heart_rate"}),
        ("Je tapote les fosses lombaires", FR, Intent.EXAM, {"exam.abdo.renal_angle"}),
        ("Je demande une échographie des reins", FR, Intent.ORDER,
         {"inv.imaging.ultrasound_abdomen"}),
    ],
)  # fmt: skip
def test_instructions_in_many_forms(
    utterance: str, context: MatchContext, intent: Intent, ids: set[str]
) -> None:
    found = ask(utterance, context)
    assert found.intent is intent
    assert set(found.exams or found.investigations) == ids


@pytest.mark.parametrize(
    ("utterance", "context", "intent"),
    [
        ("The results show the infection has spread to your kidney.", EN, Intent.OTHER),
        ("Malheureusement, le scanner montre une masse.", FR, Intent.OTHER),
        ("You've had such a hard few months, I'm really sorry.", EN, Intent.EMPATHY),
        ("Ce que vous vivez est vraiment difficile.", FR, Intent.EMPATHY),
        ("On pourrait envisager un suivi avec une psychologue.", FR, Intent.OTHER),
        ("We'll see you again in clinic next month.", EN, Intent.CLOSING),
    ],
)  # fmt: skip
def test_statements_are_not_questions(
    utterance: str, context: MatchContext, intent: Intent
) -> None:
    assert ask(utterance, context).intent is intent


def test_a_broader_symptom_asked_in_its_own_part_is_kept() -> None:
    found = ask("Have you had a cough, and have you coughed up any blood?")
    assert set(found.topics) == {"ros.cough", "ros.haemoptysis"}
    assert ask("Any blood when you cough?").topics == ("ros.haemoptysis",)


def test_an_invitation_to_talk_about_the_complaint_asks_for_the_story() -> None:
    found = ask("Tell me more about these palpitations.", PALPITATIONS)
    assert found.topics == ("hpi.chief_complaint",)
    assert ask("Tell me about the chest pain.", PALPITATIONS).topics == ("ros.chest_pain",)


@pytest.mark.parametrize(
    ("utterance", "unwanted"),
    [
        ("Is your heart pumping as it should?", "exam.msk.shoulder"),
        ("What is your phone number?", "ros.weakness_numbness"),
        ("Did it start later in the day?", "allergies.other"),
        ("Who takes care of you at home?", "social.driving"),
    ],
)
def test_common_words_are_not_read_as_clinical_words(utterance: str, unwanted: str) -> None:
    found = ask(utterance)
    assert unwanted not in (*found.topics, *found.exams)


def test_contractions_typed_without_apostrophe() -> None:
    assert ask("whats it feel like").topics == ("hpi.character",)
    assert ask("dont you smoke").topics == ("social.tobacco",)


def test_a_follow_up_naming_a_new_habit_leaves_the_previous_topic() -> None:
    context = context_for(language="en", previous_topics=["meds.current"])
    assert ask("Do you ever forget to take them?", context).topics == ("meds.adherence",)


@pytest.mark.parametrize(
    ("utterance", "context", "topics"),
    [
        ("Any problems with your thyroid?", EN, {"ros.thyroid"}),
        ("were you ever around asbestos or dust", EN, {"social.exposure"}),
        ("Do you need to prop yourself up at night?", EN, {"ros.orthopnoea"}),
        ("any palps or dizziness?", EN, {"ros.palpitations", "ros.dizziness"}),
        ("Any pain in your tummy or back?", EN, {"ros.abdominal_pain", "ros.back_pain"}),
        ("Vous avez mal au ventre ou au dos ?", FR, {"ros.abdominal_pain", "ros.back_pain"}),
        ("Il vous arrive de penser à mourir ?", FR, {"ros.suicidal_ideation"}),
        ("Vous avez accès à des médicaments chez vous ?", FR, {"ros.suicidal_ideation"}),
        ("Vous avez moins d'intérêt pour vos loisirs ?", FR, {"ros.mood"}),
        ("Vous buvez suffisamment d'eau ?", FR, {"social.diet"}),
    ],
)  # fmt: skip
def test_more_everyday_wordings_name_their_topic(
    utterance: str, context: MatchContext, topics: set[str]
) -> None:
    assert set(ask(utterance, context).topics) == topics


@pytest.mark.parametrize(
    ("utterance", "context", "topics"),
    [
        ("Does resting make it any better?", EN, ("hpi.relieving",)),
        ("Does moving around make it worse?", EN, ("hpi.aggravating",)),
        ("Have your clothes been getting looser?", EN, ("ros.weight_loss",)),
        ("Vous avez déjà eu besoin de moins dormir sans être fatiguée ?", FR, ("ros.sleep",)),
        ("depuis qd ca brule ?", FR, ("hpi.onset",)),
        ("Vous avez pris quelque chose pour soulager ?", FR, ("hpi.treatment_tried",)),
    ],
)  # fmt: skip
def test_words_that_only_frame_the_question_add_no_topic(
    utterance: str, context: MatchContext, topics: tuple[str, ...]
) -> None:
    assert ask(utterance, context).topics == topics


def test_introducing_oneself_as_a_med_student_asks_about_no_medicines() -> None:
    found = ask("Hi, I'm a 4th year med student. Is it alright if I ask you some questions?")
    assert found.intent is Intent.GREETING
    assert found.topics == ("intro.consent",)


def test_an_invitation_about_an_unnamed_complaint_asks_for_the_story() -> None:
    assert ask("Tell me about these funny turns", PALPITATIONS).topics == ("hpi.chief_complaint",)


@pytest.mark.parametrize(
    ("utterance", "context", "intent", "ids"),
    [
        ("Vous pouvez vous mettre sur la pointe des pieds ?", FR, Intent.EXAM,
         {"exam.neuro.motor", "exam.neuro.gait"}),
        ("I'd like to examine your heart and lungs", EN, Intent.EXAM,
         {"exam.cardio.auscultation", "exam.resp.auscultation"}),
        ("Cap refill and JVP", EN, Intent.EXAM,
         {"exam.skin.capillary_refill", "exam.cardio.jvp"}),
        ("Bilan de coag et NFS", FR, Intent.ORDER,
         {"inv.blood.coagulation", "inv.blood.fbc"}),
    ],
)  # fmt: skip
def test_requests_to_the_patient_and_short_forms_are_actions(
    utterance: str, context: MatchContext, intent: Intent, ids: set[str]
) -> None:
    found = ask(utterance, context)
    assert found.intent is intent
    assert set(found.exams or found.investigations) == ids


@pytest.mark.parametrize(
    ("utterance", "context", "intent"),
    [
        ("This must come as a real shock.", EN, Intent.EMPATHY),
        ("Vous avez raison de vous inquiéter, c'est douloureux.", FR, Intent.EMPATHY),
        ("Is there anything else you'd like to ask me?", EN, Intent.CLOSING),
    ],
)  # fmt: skip
def test_more_social_statements(utterance: str, context: MatchContext, intent: Intent) -> None:
    assert ask(utterance, context).intent is intent


@pytest.mark.parametrize(
    ("utterance", "context", "topic"),
    [
        ("Could you be expecting at the moment?", EN, "ros.lmp"),
        ("Is there anything that makes it go away?", EN, "hpi.relieving"),
        ("La fièvre baisse avec un bain tiède ?", FR, "hpi.relieving"),
        ("Did you check it with a thermometer at home?", EN, "ros.fever"),
        ("Vous arrivez à tourner la tête ?", FR, "ros.neck_stiffness"),
        ("Ça vous arrive de vous dire que vous seriez mieux mort ?", FR, "ros.suicidal_ideation"),
        ("Is there anybody who helps you at home?", EN, "social.support"),
    ],
)  # fmt: skip
def test_everyday_families_name_their_topic(
    utterance: str, context: MatchContext, topic: str
) -> None:
    assert topic in ask(utterance, context).topics


@pytest.mark.parametrize(
    ("utterance", "context", "investigation"),
    [
        ("Il faudrait une IRM du rachis", FR, "inv.imaging.mri_spine"),
        ("He needs an ECG", EN, "inv.bedside.ecg"),
    ],
)
def test_an_impersonal_need_is_an_order(
    utterance: str, context: MatchContext, investigation: str
) -> None:
    found = ask(utterance, context)
    assert found.intent is Intent.ORDER
    assert investigation in found.investigations


@pytest.mark.parametrize(
    ("utterance", "context", "absent"),
    [
        ("Pleine d'énergie, sans besoin de dormir ?", FR, "ros.sleep"),
        ("Comment vous sentez-vous côté moral ?", FR, "ros.general"),
        ("Vous prenez de la cocaïne ou autre chose ?", FR, "hpi.associated"),
        ("Has anybody at home had a tummy bug as well?", EN, "social.living"),
        ("Do you take any pills for your blood pressure?", EN, "hpi.treatment_tried"),
    ],
)
def test_framing_words_add_no_topic(utterance: str, context: MatchContext, absent: str) -> None:
    found = ask(utterance, context)
    assert found.topics
    assert absent not in found.topics


def test_a_follow_up_about_the_same_medicines_keeps_its_own_topic() -> None:
    after = context_for(language="en", previous_topics=("meds.current",))
    assert ask("Do they give you any side effects?", after).topics == ("meds.side_effects",)


@pytest.mark.parametrize(
    ("previous", "utterance"),
    [("social.alcohol", "vous en buvez combien par semaine ?"),
     ("hpi.treatment_tried", "vous en avez pris combien ?")],
)  # fmt: skip
def test_french_clitic_en_refers_back(previous: str, utterance: str) -> None:
    after = context_for(language="fr", previous_topics=(previous,))
    assert previous in ask(utterance, after).topics


@pytest.mark.parametrize(
    ("utterance", "context", "topic"),
    [
        ("Any blood when you open your bowels or have diarrhoea?", EN, "ros.stool_blood"),
        ("Vous avez vomi du sang ?", FR, "ros.haematemesis"),
        ("Is there blood when you cough?", EN, "ros.haemoptysis"),
        ("Does it hurt when you walk the dog?", EN, "hpi.aggravating"),
        ("Vous avez mal quand vous faites du sport ?", FR, "hpi.aggravating"),
    ],
)
def test_a_topic_is_reread_by_the_words_around_it(
    utterance: str, context: MatchContext, topic: str
) -> None:
    assert topic in ask(utterance, context).topics
