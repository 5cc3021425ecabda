"""Session 19 cues: the one who hired the hands, roles the lexicon did not know (counsel for a
party, preaching at a place of worship, defenders of land and forests, a post held), a profession
field written "role, organisation", a robbery filed as terrorism and an empty building set on fire
(texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_lapsed_and_borrowed_roles import ACT, role, rules
from tests.justification.test_scenario import settled, unclear

# -- the one who hired, paid or financed the hands ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two gunmen now say they were hired by the deputy governor of the province, and the "
        "cash came from an account in his name.",
        "Los sicarios detenidos declararon que fueron contratados por el alcalde del municipio; el "
        "dinero salió de su cuenta.",
    ],
)
def test_the_one_who_hired_the_hands_is_alleged_against(text):
    assert role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        # the target is the one hired: whoever hired him is someone else
        "The target was hired by the mayor's brother to drive the stolen cars across the border."
        + ACT,
        # a photograph taken by others, not an act commissioned
        "He was photographed outside the bank by the journalists covering the trial."
        + ACT,
    ],
)
def test_an_agent_beside_the_target_is_still_someone_else(text):
    assert not role(text).holds


# -- roles in words the lexicon did not know ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The subject is counsel for the respondents in the land appeal." + ACT,
            "lawyer",
        ),
        (
            "The subject preaches at a small prayer hall behind the bus depot." + ACT,
            "religious_leader",
        ),
        (
            "The target, a long-standing activist for the water rights of the valley's "
            "farmers, is said to have ordered the beating." + ACT,
            "human_rights_defender",
        ),
        (
            "The target is known as a defender of the Ebo wetlands and has spoken for the "
            "fishing villages for years." + ACT,
            "human_rights_defender",
        ),
        (
            "The subject holds the post of honorary consul in the port city." + ACT,
            "diplomat",
        ),
    ],
)
def test_roles_the_lexicon_did_not_know(text, name):
    finding = role(text)
    assert finding.holds
    assert name in finding.detail


def test_a_post_that_is_a_publication_is_not_a_role():
    # "post" is still a post on social media where no role follows it
    assert not role("He wrote a post about the consul's travel costs." + ACT).holds


@pytest.mark.parametrize(
    ("profession", "name"),
    [
        ("presenter, Kivu community radio", "journalist"),
        ("regional chairman, People's Progress Party", "politician"),
        ("counsellor, embassy", "diplomat"),
    ],
)
def test_a_profession_written_role_then_organisation(profession, name):
    finding = role("He sells cocaine." + ACT, profession=profession)
    assert finding.holds
    assert name in finding.detail


def test_a_profession_in_either_order_that_names_no_role():
    assert not role(
        "He sells cocaine." + ACT, profession="driver, city bus company"
    ).holds


# -- violence for gain under a terrorism label; property with nobody in it -------------------------


ROBBERY = (
    "On 2 May three armed men stopped the security van on the ring road, shot the guard in the "
    "arm and took USD 250,000 in cash. The subject's car was filmed at the scene."
)


def test_a_robbery_filed_as_terrorism_does_not_meet_the_definition():
    assert not rules(ROBBERY, label="terrorism").holds("terrorism_definition_met")


def test_a_robbery_that_funds_attacks_still_meets_it():
    text = (
        ROBBERY
        + " The money was to fund the group's bombing campaign against the capital."
    )
    assert rules(text, label="terrorism").holds("terrorism_definition_met")


def test_a_robbery_under_another_label_keeps_its_violence():
    # the violence is read as before where no terrorism label is at issue
    assert rules(ROBBERY, label="armed robbery").holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Dans la nuit du 4, la cabane du chantier, inoccupée, a été incendiée et les clôtures "
        "arrachées ; la cible a été filmée sur place.",
        "The site office, empty, was set alight at 2 a.m.; the subject's van was seen leaving.",
    ],
)
def test_an_empty_building_set_on_fire_endangers_nobody(text):
    assert not rules(text, label="terrorism").holds("terrorism_definition_met")


# -- role-holders who are the victims, the sources or a group ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a telegraphic report of what was done to the role-holder
        "Maire adjoint abattu à la sortie de la mairie. Un témoin a reconnu le tireur ; "
        "l'arme porte ses empreintes.",
        # the role-holder receives the threats
        "Depuis janvier, le député reçoit des SMS exigeant 20 000 euros ; les SMS viennent du "
        "numéro visé.",
        # struck down
        "A pastor leaving the chapel was punched and kicked by two men; the target's car was "
        "filmed driving them away.",
        # named after the verb, then the role
        "El domingo fue asesinado a tiros el Sr. Julio Peña Ruiz, candidato a diputado local; "
        "dos detenidos señalan al investigado como quien les pagó.",
        # the deceased
        "Deceased was a local rights monitor, shot at the checkpoint. Two soldiers name the "
        "target as the one who fired.",
        # the source of the evidence, plural and without an article
        "Footage taken by journalists at the scene shows the subject throwing the grenade.",
        # a group the facts were for
        "He collected the fees from the market traders and handed part to the local "
        "councillors, who were not involved." + ACT,
        # the person sought, to be freed
        "The subject's SIM sent the ransom demand; we need his location to rescue the priest.",
    ],
)
def test_role_holders_who_are_not_the_target(text):
    assert not role(text).holds


def test_a_sentence_that_says_the_target_is_not_the_victim_names_no_role():
    text = (
        "Se investiga el asesinato de un conocido defensor ambiental. La persona investigada es "
        "el sicario, no la víctima. Un testigo lo reconoció y el arma tenía sus huellas."
    )
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Amani, the target, took a bribe of 2m shillings (bank records).",
        "The subject is one of the journalists who run the channel." + ACT,
    ],
)
def test_the_target_keeps_a_role_beside_these_rules(text):
    assert role(text).holds


# -- a ground word that names another party in the case ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The subject wrote a column calling the minister incompetent. An opposition newspaper "
        "reprinted it the next day.",
        "The subject's poem mocks the governor. The complaint was lodged by a party youth wing.",
        "The subject posted a video criticising the new tax. It was shared in church and school "
        "WhatsApp groups.",
    ],
)
def test_a_ground_word_of_another_party_is_not_a_ground(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("protected_ground")


def test_the_targets_own_party_is_still_a_ground():
    text = (
        "Card-carrying member of the opposition party and its youth wing; posts videos "
        "criticising the President."
    )
    assert rules(text).holds("protected_ground")


# -- violence in words the cues did not know ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Intercepts show the subject and two others plan to seize passengers on the night ferry "
        "and hold them until the detained commanders are freed.",
        "Le groupe a exécuté trois gardes forestiers la semaine dernière ; la cible achète ses "
        "munitions (témoignage de deux repentis).",
    ],
)
def test_hostage_plans_and_executions_meet_the_terrorism_definition(text):
    assert rules(text, label="terrorism").holds("terrorism_definition_met")


def test_a_beating_is_an_act_not_expression():
    text = (
        "Un homme a été roué de coups devant la gare par la cible et deux complices ; la scène "
        "a été filmée par une caméra municipale."
    )
    assert rules(text).holds("criminal_act")


# -- a ground word for a place, or for what was robbed; a ground the writer sets aside ----------------


@pytest.mark.parametrize(
    "text",
    [
        "El investigado transporta madera extraída del resguardo indígena de Kuna Alto con guías "
        "falsas; el peritaje atribuye la firma de 20 guías al investigado.",
        "Four village mosques have been broken into and their donation boxes emptied; the "
        "subject sold the stolen carpets (CCTV, buyer's statement).",
        "Consta que el investigado es simpatizante de un partido de oposición; no es un dato "
        "que sustente la solicitud. La sustenta la cisterna de combustible robado hallada en su "
        "terreno y la declaración de dos choferes.",
    ],
)
def test_a_ground_word_that_is_not_why_the_target_was_chosen(text):
    assert not rules(text).holds("protected_ground")


# -- acts in words the cues did not know; what the whole-text reading may not overturn ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Three men convicted of setting fire to the depot say the subject recruited them and paid "
        "for the petrol (bank transfers attached).",
        "Witnesses who escaped say the target orders the beatings in the compound; his number is "
        "in the recruitment chats.",
        "The subject is suspected of collecting money in cryptocurrency for an armed group; a "
        "courier identified him as the organiser.",
        "Auditors found that the training courses existed on paper only; 300,000 went to the "
        "subject's brother-in-law (bank statements).",
    ],
)
def test_acts_the_cues_did_not_know(text):
    a = rules(text)
    assert a.holds("criminal_act")
    assert not a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Nationals lured by fake job offers were held in a compound; returnees identify the "
        "target as the boss (chat records).",
        "The subject, a prominent Roma rights defender, diverted 200,000 of grant money to a car "
        "dealer (audit report).",
    ],
)
def test_a_ground_word_for_the_victims_or_a_cause_defended(text):
    assert not rules(text).holds("protected_ground")


def test_a_whole_text_reading_does_not_deny_an_act_the_rules_establish():
    a = settled(
        unclear(criminal_act=True, specific_allegation=True), [0.02, 0.95, 0.02, 0.01]
    )
    assert not a.holds("protected_ground")
    assert a.holds("unclear")  # referred: a person decides
    # without the rules' allegation the same reading still denies
    assert settled(unclear(criminal_act=True), [0.02, 0.95, 0.02, 0.01]).holds(
        "protected_ground"
    )


# -- reasoning from a group's reputation; counted posts ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burglaries in the old town have risen. The subject is a Moldovan national who lives "
        "with three compatriots; given the well-known methods of Moldovan gangs he is a likely "
        "lookout.",
        "Cattle theft in the valley is controlled by families from the Karo community, as "
        "everyone knows. The subject is a Karo herder; we would monitor him as a starting point "
        "for mapping the community's networks.",
    ],
)
def test_reasoning_from_a_groups_reputation_is_a_ground(text):
    assert rules(text).holds("protected_ground")


def test_counted_videos_are_expression_but_counted_abuse_is_not():
    said = rules(
        "The subject has posted some 30 videos saying the governor is corrupt. No threat is made."
    )
    assert said.holds("expression")
    abuse = rules(
        "The subject has posted more than 100 abusive messages and threats to a neighbour from "
        "five accounts."
    )
    assert not abuse.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "The subject takes delivery of pistols from a trawler at the north pier; 6 pistols were "
        "recovered from a van he rented, and one has since been matched to a double murder.",
        "La cuenta escribe a niños de 10 a 12 años, se hace pasar por una niña de 11 y les pide "
        "fotos íntimas. Dos denuncias de padres con capturas.",
        "He sends young women from the valley to the coast on forged papers, promising shop "
        "work; four of them have given statements naming him.",
    ],
)
def test_acts_with_evidence_in_words_the_cues_did_not_know(text):
    assert rules(text).holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Suplantación de identidad en redes sociales para pedir dinero a los contactos de las "
        "víctimas.",
        "The subject collects 'market tolls' from traders for the gang; two traders recorded his "
        "demand calls.",
        "The subject used six council trucks and their fuel for his campaign tours; fuel records "
        "are on file.",
        "A former engineer took source code with him when he joined a rival firm (access logs).",
    ],
)
def test_crimes_with_words_of_speech_in_them_are_acts(text):
    # the act lifts any reading of expression ("not, in and of itself")
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "La nuit dernière, le buste du général a été recouvert de peinture et son socle brisé à "
        "la masse ; la cible a été filmée sur place avec un seau de peinture.",
        "Se derribó la estatua del prócer y se arrancaron sus placas; el investigado aparece en "
        "las cámaras con una barreta. El ataque a los monumentos se investiga como terrorismo.",
    ],
)
def test_a_statue_damaged_endangers_nobody(text):
    assert not rules(text, label="terrorism").holds("terrorism_definition_met")


def test_a_statue_damaged_beside_a_bomb_is_still_violence():
    text = (
        "The subject placed a bomb at the foot of the statue in the crowded square; the statue "
        "was damaged and two passers-by were killed (CCTV, his DNA on the timer)."
    )
    assert rules(text, label="terrorism").holds("terrorism_definition_met")
