"""Session 15 cues: elected offices and party posts the cues did not know, a text that says in so
many words whose role it is, roles the text gives to a person a fraud helped or the target hired,
roles given up, victims known by their injuries, and a demand made of the state that a private
quarrel does not cancel (texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_harm_and_bystanders import ACT, terror
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

# -- offices and party posts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target is the barangay captain of a fishing village north of the port.",
        "The subject has sat since 2023 as a member of the regional DPRD for the coastal district.",
        "He is a member of the state House of Assembly for the river ward.",
        "She is also the national treasurer of the Green Future Party.",
        "El investigado es tesorero nacional del Partido Renovación Popular.",
        "He has filed papers to stand for parliament at the next elections.",
        "The target is running for mayor in the March elections.",
    ],
)
def test_offices_and_party_posts_make_a_politician(text):
    assert role(text + ACT).holds


def test_an_mla_request_is_legal_assistance_not_a_legislator():
    assert not role(
        "MLA request from the partner's central authority about a gang that moves stolen cars."
        + ACT
    ).holds
    assert role("The target is the MLA for the northern constituency." + ACT).holds


# -- whose role it is, in so many words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tres feligreses declararon que el pastor de la congregación -el investigado- les cobraba "
        "por los bautizos falsos.",
        "The driver on both runs was the target — who, we have since learned, is a reporter for a "
        "weekly paper.",
    ],
)
def test_a_text_that_says_whose_role_it_is(text):
    assert role(text + ACT).holds


# -- roles that belong to someone else ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ballot boxes were opened overnight and 900 votes were added to one candidate.",
        "En las actas se sumaron votos a un mismo candidato.",
        "He printed the ballots, which would have favoured the independent candidate.",
        "The target has retained a well-known lawyer in the capital.",
        "He travels on a passport that gives his occupation as pastor; that was cover for the "
        "border.",
        "He broke into the rectory and beat the parish priest; the priest has a fractured jaw and "
        "is still in hospital.",
    ],
)
def test_a_role_given_to_someone_a_fraud_helped_or_the_target_hired(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "Former senator: lost her seat in 2021 and has not stood since.",
        "Retired consul: left the diplomatic service in 2016 and holds no accreditation.",
        "Ancien pasteur, rendu à l'état laïc en 2012, il gère aujourd'hui une société de transport.",
    ],
)
def test_a_role_given_up_is_no_longer_protected(text):
    assert not role(text + ACT).holds


def test_a_candidate_who_did_the_act_keeps_the_role():
    assert role(
        "The target is a candidate for the senate and paid the printers for fake ballots."
        + ACT
    ).holds


# -- a demand made of the state --------------------------------------------------------------------


def test_hostages_held_to_compel_the_cabinet_meet_the_definition_despite_a_land_dispute():
    assert terror(
        "An armed band took nine surveyors hostage at the mine camp and says they will be killed "
        "unless the government cancels the mining lease. Land disputes over the lease are "
        "long-standing. The target leads the band."
    )


def test_a_killing_over_a_land_dispute_without_a_demand_does_not():
    assert not terror(
        "The target shot his neighbour dead over a long-standing land dispute about a boundary "
        "wall. The case was opened under the terrorism act."
    )


def test_people_seized_and_held_until_the_government_gives_in_is_hostage_taking():
    assert terror(
        "The target and four others stormed the bus depot and held the drivers inside until the "
        "government released their leader. The target carried a pistol."
    )
    assert terror(
        "The cell planned to seize the school and hold the pupils until the government frees its "
        "members; the target bought the padlocks."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kariuki chairs the National Reform Party in the county.",
        "The target is the incumbent vice-mayor of the town.",
        "El investigado es intendente municipal de un partido del sur.",
        "La cible est bourgmestre d'une commune de la province.",
        "The target is the pandit of the temple on the ring road.",
        "The subject is the chief incumbent of a forest monastery.",
    ],
)
def test_more_offices_and_callings(text):
    assert role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target is general secretary of the dockworkers' union, Northern Branch.",
        "El investigado es dirigente sindical de los trabajadores del puerto.",
    ],
)
def test_a_union_officer_is_not_a_protected_person(text):
    assert not role(text + ACT).holds


def test_which_politicians_someone_talks_to_are_others():
    assert not role(
        "Monitoring his line will show which politicians the association is talking to."
        + ACT
    ).holds


# -- acts named plainly, and what the target alleged ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He was filmed handing out cash at the bus stop on Saturday to people in the voters' queue.",
        "Two coordinators say he gave them money to pay voters in the villages.",
        "Four pupils describe abuse by him in the dormitory; a doctor confirms two accounts.",
        "The bishop ordered his secretary to shred the personnel files of the accused priest.",
        "The customs team found 3 tonnes of illegally felled teak in his yard.",
        "He issued 90 work permits to foreign nationals with no entitlement.",
        "Principal sospechoso del feminicidio de su expareja, ocurrido el domingo.",
        "Les fonds ont été virés sur un compte ouvert par la cible sous un faux nom.",
        "The tally sheets for nine polling stations were overwritten in a different ink.",
        "Las actas de escrutinio de 12 mesas fueron alteradas con corrector.",
    ],
)
def test_acts_named_plainly(text):
    assert rules(text).holds("criminal_act")


def test_what_the_target_alleged_in_her_articles_is_expression_not_her_act():
    a = rules(
        "The target is a reporter. In two articles she alleged that officers take payments to "
        "ignore illegal logging in the reserve, and published photos of a ledger."
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")


# -- the second batch: who asked, who handed over, who is under investigation -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ni el pastor ni la congregación están bajo investigación; el pastor entregó los libros.",
        "The imam is not under investigation and has helped the inquiry.",
        "El objetivo envió mensajes a una abogada exigiéndole dinero. La abogada entregó los "
        "mensajes y una nota de voz.",
        "The school chaplain made the original safeguarding referral.",
        "Le président du bureau de vote, la cible, détenait seul la clé de l'urne.",
        "La condición de defensor corresponde a la víctima, no al investigado.",
        "Un periodista grabó el asalto. El periodista es testigo. En el video se ve al objetivo.",
    ],
)
def test_role_holders_who_asked_handed_over_or_are_not_investigated(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target is a newspaper photographer who took pictures of the shooting.",
        "She works as a photographer for the Daily Gleaner.",
    ],
)
def test_a_news_photographer_is_a_journalist(text):
    assert role(text + ACT).holds


def test_she_is_not_suspected_of_anything_does_not_set_the_target_aside():
    a = rules(
        "The target is a newspaper photographer who filmed the shooting. She is not suspected "
        "of anything, but she has refused to hand over the images."
    )
    assert a.holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "The video shows the target beating voters with sticks outside the polling station.",
        "He collected a package of detonators from a courier on the 4th.",
        "He has been passing the names of students to the militia since March.",
        "Achat relevé de trois bouteilles de gaz et de plusieurs kilos de clous.",
        "Dos alumnas denuncian tocamientos del profesor en el laboratorio.",
    ],
)
def test_violence_arming_and_bomb_making_named_plainly(text):
    assert rules(text).holds("criminal_act")


# -- the second read: what these cues must not take ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target was engaged as a reporter by the Morning Post in 2019.",
        "He was hired as a lawyer by the cooperative last year.",
        "The mayor has broken the procurement rules on every contract.",
        "The target is a member of parliament. He left parliament at nine with two aides.",
        "The senator lost his seat belt in the crash and was not hurt.",
    ],
)
def test_a_role_the_target_holds_is_not_given_away_by_lookalike_words(text):
    assert role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target marched with the striking students and read their statement to the crowd.",
        "She handed out cash to the families who lost their homes in the floods.",
        "He recruited forty volunteers for the march and wrote the banners.",
    ],
)
def test_solidarity_and_organising_are_no_acts(text):
    assert not rules(text).holds("criminal_act")


def test_holding_a_square_until_the_government_resigns_is_no_hostage_taking():
    assert not terror(
        "The target called on students to hold the square until the government resigns. They "
        "sang and read poems; nobody was hurt."
    )
