"""Roles shown by what the person does, roles the text says the target does not hold, a tie to the
act disclaimed for a person the text calls by a noun, and what a meme shows (texts written for
these tests)."""

from __future__ import annotations

import pytest

from enduse.justification import analyse
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

ACT = (
    " On the 9th he was filmed loading 40 kg of cannabis resin into a van at the port, and the "
    "driver, arrested at the checkpoint, names him as the man who paid him."
)


# -- a role shown by the work done ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target coordinates a group of fishermen documenting evictions along the lagoon.",
        "The subject leads a network of families recording disappearances in the district.",
        "He founded a collective monitoring police killings in the eastern townships.",
    ],
)
def test_documenting_abuses_makes_a_rights_defender(text):
    found = role(text + ACT)
    assert found.holds
    assert "human_rights_defender" in found.detail


@pytest.mark.parametrize(
    "profession",
    ["coordinator, prison-monitoring NGO", "head of a detention monitoring group"],
)
def test_a_monitoring_body_in_the_profession_field(profession):
    assert role("The target moves the cash." + ACT, profession=profession).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target coordinates a network of couriers moving fuel across the border.",
        "He leads a group of youths collecting debts for the syndicate.",
    ],
)
def test_a_network_that_documents_nothing_is_no_role(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "Le prêcheur itinérant qu'il conduit de village en village lui a confié la cargaison.",
        "El predicador de la colonia es el objetivo.",
        "Le prédicateur de la mosquée du quartier est la cible.",
    ],
)
def test_a_preacher_is_a_religious_leader(text):
    assert "religious_leader" in role(text + ACT).detail


# -- a role the target is said not to hold ---------------------------------------------------------


def test_members_of_parliament_among_the_victims_are_not_the_target():
    text = (
        "Three members of parliament and a municipal councillor have had their cloud accounts "
        "taken over, and an anonymous number demands money not to publish their photographs. "
        "The target holds no office and has no political role." + ACT
    )
    assert not role(text).holds


def test_no_clerical_office_clears_a_religious_role():
    text = (
        "The parish council complained that the building fund was emptied. The target, a "
        "volunteer bookkeeper of the parish, holds no clerical office." + ACT
    )
    assert not role(text).holds


def test_a_disclaimer_of_another_kind_leaves_the_role():
    # no political office, but a pastor all the same
    text = (
        "The target is the pastor of a large congregation in the capital. He holds no "
        "political office." + ACT
    )
    assert "religious_leader" in role(text).detail


def test_the_same_sentence_may_give_the_role_back():
    text = (
        "He holds no public office in the city council these days, yet he is a member of "
        "parliament for the northern district." + ACT
    )
    assert "politician" in role(text).detail


# -- a tie to the act disclaimed for a person called by a noun --------------------------------------


def test_nothing_linking_the_chairman_himself_to_the_attack_is_no_allegation():
    # with the sentence model: it reads the bombing as an act, and the disclaimer keeps it
    # from becoming the target's
    text = (
        "On the 3rd a petrol bomb was thrown into the bus depot, killing a guard. We have no "
        "suspect yet. The subject chairs the drivers' association at the depot. No information "
        "links the chairman himself to the attack."
    )
    a = analyse(text, offence_label="murder", offence_category="serious_crime")
    assert not a.holds("specific_allegation")


def test_the_act_stands_when_the_text_ties_the_person_to_it():
    text = (
        "On the 3rd a petrol bomb was thrown into the bus depot, killing a guard. CCTV shows "
        "the subject throwing it, and his phone was at the depot at that minute."
    )
    assert rules(text, label="murder").holds("specific_allegation")


# -- what a meme shows is its content ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anonymous account posting memes that show the governor as a puppet of the cartels.",
        "She shares cartoons which depict the minister counting cartel money.",
    ],
)
def test_a_crime_shown_in_a_meme_is_no_act(text):
    a = rules(text + " The account holder is the target.")
    assert a.holds("expression")
    assert not a.holds("criminal_act")


# -- role-holders the text sets apart -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the one a report was made to
        "In March a teacher told the provincial ombudsman that boys from the school were being "
        "paid to carry parcels. The target pays them.",
        # the victim named first
        "Un défenseur des droits a été poignardé devant son bureau. La victime est le défenseur ; "
        "la cible est l'auteur présumé.",
        # the one threatened, whom the text protects
        "A well-known rights campaigner reported threats after a radio interview. The target is "
        "the man who sent them; the campaigner is the person we are protecting.",
        # the relative of someone else
        "Le père de la victime est un notable et prédicateur respecté ; la cible est le "
        "négociateur des ravisseurs.",
    ],
)
def test_a_role_held_by_someone_the_text_sets_apart_is_not_the_targets(text):
    assert not role(text + ACT).holds


def test_the_line_itself_names_the_target_so_the_victim_is_someone_else():
    text = (
        "Desde diciembre el párroco de San Pedro recibe llamadas de este número exigiéndole 30 "
        "mil pesos al mes; el 5 de febrero le dejaron un animal muerto en el atrio. El sacerdote "
        "es el denunciante y la víctima. Quien llama se presenta como 'el comandante'; el pago "
        "controlado se depositó en una cuenta prestada al usuario de esta línea."
    )
    a = analyse(text, offence_label="extorsión", offence_category="serious_crime")
    assert not a.holds("names_protected_person")


def test_a_role_the_target_holds_is_still_read():
    text = (
        "The target is the pastor of a church in the old town. In March a teacher told the "
        "provincial ombudsman that boys were being paid to carry parcels."
    )
    assert "religious_leader" in role(text + ACT).detail


@pytest.mark.parametrize(
    "text",
    [
        # a full stop inside the sentence is an abbreviation, not the end of it
        "Rev. Fr. Peter A., parish priest of St. Jude's, Zaria, was abducted from the rectory "
        "on the 2nd. The target collected the ransom.",
        "Une militante des droits des femmes a disparu le 12 ; la cible a été filmée la "
        "forçant à monter dans un minibus.",
        "Funds were settled before the bank's correspondent blocked the rest. The target "
        "configured the gateway.",
        "An investigative reporter at a national daily published the listing. Her article is "
        "how we learned of it. She is not a subject of this request. The target sold the data.",
        "C'est l'imam du quartier qui a alerté la brigade en novembre. La cible paie les "
        "convoyeurs.",
        "The subject's wife, Advocate R. Mensah, is a well-known human-rights lawyer. She is "
        "not a target of this request.",
        "His songs have drawn complaints and the Minister has criticised him by name. The "
        "songs are not the reason for this request.",
        "The target sings in a choir and the pastor has phoned to ask after him.",
        "The target worked as a sports reporter until 2009 and has run a phone shop since.",
    ],
)
def test_roles_of_others_and_roles_long_gone(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    ("profession", "holds"),
    [("video editor", False), ("software editor", False), ("editor", True)],
)
def test_one_who_edits_video_is_no_journalist(profession, holds):
    assert (
        role("The target moves the cash." + ACT, profession=profession).holds is holds
    )


def test_a_role_given_up_only_last_year_still_counts():
    text = "The target worked as a court reporter until last year and still writes for the daily."
    assert "journalist" in role(text + ACT).detail


def test_a_full_stop_after_a_long_word_still_ends_what_the_role_holder_suffered():
    # a terse note whose next sentence starts in lower case: "shot" is the witness's, not the
    # defence counsel's
    text = (
        "tgt is defence counsel for the kidnap accused. smuggled phone into remand, used to "
        "order hit on witness (shot 2/2, survived)."
    )
    assert "lawyer" in role(text).detail
