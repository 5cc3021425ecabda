"""Session 19 cues: the one who hired the hands, roles the lexicon did not know (counsel for a
party, preaching at a place of worship, defenders of land and forests, a post held), a profession
field written "role, organisation", a robbery filed as terrorism and an empty building set on fire
(texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_lapsed_and_borrowed_roles import ACT, role, rules

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
