"""Roles in words the cues did not know, roles that lapsed long ago, roles only borrowed from
someone else, and a target that nothing found ties to the crimes told (texts written for these
tests)."""

from __future__ import annotations

import pytest

from enduse.justification import analyse


def rules(text, profession="unknown", label=""):
    return analyse(text, profession=profession, offence_label=label, use_model=False)


def role(text, profession="unknown"):
    return rules(text, profession=profession).findings["names_protected_person"]


ACT = (
    " A search of his flat on the 4th found 2 kg of heroin in the kitchen, and two buyers "
    "say they bought from him every week."
)


# -- roles named in words the cues did not know ----------------------------------------------------


@pytest.mark.parametrize(
    ("profession", "name"),
    [
        ("chef d'État en exercice (visite privée)", "head_of_state"),
        ("jefa de Estado", "head_of_state"),
        ("coordinadora de fundación de derechos humanos", "human_rights_defender"),
        ("présidente d'une ONG des droits humains", "human_rights_defender"),
    ],
)
def test_roles_of_the_profession_field_in_plain_words(profession, name):
    found = role("The target runs the transfers." + ACT, profession=profession)
    assert found.holds
    assert name.replace("_", " ") in found.detail.replace("_", " ")


def test_a_chief_of_staff_is_no_head_of_state():
    assert not role("Il est chef d'état-major adjoint d'une milice privée." + ACT).holds


def test_better_known_as_a_role_gives_it_to_the_target():
    text = (
        "The profession field says businessman, but the target is better known as the "
        "editor-in-chief of the community newspaper." + ACT
    )
    assert "journalist" in role(text).detail


def test_a_role_word_as_a_name_is_still_a_nickname():
    assert not role("He is known on the street as 'the Ambassador'." + ACT).holds
    assert not role("He is known in the market as the Ambassador." + ACT).holds


def test_the_president_of_a_football_club_is_no_head_of_state():
    text = (
        "The target is well known in the city as the president of a second-division football "
        "club." + ACT
    )
    assert not role(text).holds


# -- roles that lapsed long ago --------------------------------------------------------------------


@pytest.mark.parametrize(
    "past",
    [
        "The subject was ordained as a monk in 1995 and disrobed in 1999; he has had no "
        "religious role for more than 25 years.",
        "The subject sat on the district council from 1994 to 1998 and has not held any office "
        "or been active in politics since.",
        "The subject did a short stint as a sports reporter on an FM station in the late 1990s "
        "and has not worked in media since 2001.",
        "The subject was once enrolled as an advocate, but the Bar Council cancelled his licence "
        "in 2004.",
        "Ancien député, le suspect a quitté la vie politique en 2009.",
    ],
)
def test_a_role_that_lapsed_long_ago_is_not_the_targets(past):
    assert not role(past + ACT).holds


def test_a_role_still_held_is_the_targets():
    assert role(
        "The subject sits on the district council and chairs its works committee." + ACT
    ).holds


# -- roles borrowed from someone else --------------------------------------------------------------


@pytest.mark.parametrize(
    "borrowed",
    [
        "The accused creates WhatsApp profiles using the photograph and name of a sitting MLA "
        "and asks officers for urgent transfers.",
        "Depuis janvier, il se présente sous l'identité d'une journaliste connue d'une chaîne "
        "nationale pour soutirer de l'argent à des chefs d'entreprise.",
        "Desde marzo usurpa la identidad de un diputado para pedir depósitos a empresarios.",
    ],
)
def test_a_role_borrowed_to_deceive_is_not_the_targets(borrowed):
    assert not role(borrowed + ACT).holds


# -- nothing found ties the target to the crimes told ----------------------------------------------


@pytest.mark.parametrize(
    "silence",
    [
        "He is not linked to the shops or to the warehouse by anything found so far.",
        "No está vinculado a las tiendas por ningún elemento de la investigación.",
        "Il n'est relié aux boutiques par aucun élément du dossier.",
    ],
)
def test_a_target_tied_to_nothing_found_has_no_allegation(silence):
    text = (
        "Test purchases at six chemical shops confirmed that tramadol is sold in bulk without "
        "prescription; packaging seized in two raids points to one wholesale supplier. "
        + silence
    )
    assert not rules(text).findings["specific_allegation"].holds


def test_a_target_tied_by_evidence_keeps_the_allegation():
    text = (
        "Test purchases at six chemical shops confirmed that tramadol is sold in bulk without "
        "prescription. He is linked to the warehouse by the lease in his name, and the driver "
        "says he loads every consignment himself."
    )
    assert rules(text).findings["specific_allegation"].holds


# -- titles as the profession field writes them ---------------------------------------------------


@pytest.mark.parametrize(
    ("profession", "name"),
    [
        ("counsellor, embassy", "diplomat"),
        ("consejero de embajada", "diplomat"),
        ("labour counsellor, High Commission", "diplomat"),
        ("general overseer, church", "religious_leader"),
        ("clergyman", "religious_leader"),
        ("prédicateur", "religious_leader"),
        ("member, State House of Assembly", "politician"),
        ("party regional chairman", "politician"),
        ("presidenta municipal", "politician"),
        ("directrice de publication", "journalist"),
        ("news website owner", "journalist"),
        ("legal practitioner", "lawyer"),
        ("licenciado en derecho", "lawyer"),
        ("director, land rights organisation", "human_rights_defender"),
        ("coordinator, legal aid clinic", "human_rights_defender"),
    ],
)
def test_titles_of_the_profession_field_name_the_role(profession, name):
    found = role("The target runs the transfers." + ACT, profession=profession)
    assert found.holds
    assert name.replace("_", " ") in found.detail.replace("_", " ")


@pytest.mark.parametrize(
    "profession",
    ["business owner", "head of mission logistics", "self-styled legal consultant"],
)
def test_plain_professions_name_no_role(profession):
    assert not role("The target runs the transfers." + ACT, profession=profession).holds


# -- role-holders taken, threatened or helping ------------------------------------------------------

CASE = (
    " The subject is the gang's negotiator: the ransom calls came from his phone, and the "
    "driver who was released identified his voice."
)


@pytest.mark.parametrize(
    "bystander",
    [
        "An armed group stopped the night coach and took 23 passengers into the bush, among "
        "them a community radio journalist and two nuns.",
        "Desde las 9:40 un grupo armado retiene al alcalde y a catorce funcionarios.",
        "El alcalde aparece en las conversaciones como posible rehén.",
        "Mme E., coordinatrice d'une association de défense des droits des détenus, reçoit "
        "depuis un mois des SMS de menaces de mort.",
        "A blogger known for gossip was snatched outside a club on the 20th.",
        "The family's pastor, who has been acting as their go-between, handed over the call log.",
        "The reporter has given a witness statement.",
    ],
)
def test_a_role_holder_taken_threatened_or_helping_is_not_the_target(bystander):
    assert not role(bystander + CASE).holds


def test_a_role_holder_who_takes_hostages_is_the_target():
    assert role("The subject, a journalist, took three hostages." + CASE).holds


# -- acts in words the cues did not know ----------------------------------------------------------


@pytest.mark.parametrize(
    "act",
    [
        "He was stopped with 2 kg of ketamine in the boot and has since resumed supplying clubs.",
        "Both children have disclosed abuse in forensic interviews, and the images were traced "
        "to his house.",
        "He posed online as a boy to obtain intimate images from girls, then threatened to send "
        "the images to their schools unless they sent more; the accounts were opened from his "
        "home connection.",
        "He planted the device that exploded in the staff canteen on the 3rd, injuring "
        "fourteen; his access card opened the door at 05:12.",
        "Desde hace dos meses exige Q5,000 semanales para no quemar el templo; la llamada de "
        "confirmación salió de su número.",
    ],
)
def test_plain_acts_are_read_as_acts(act):
    assert (
        rules("The subject is the one we want." + " " + act)
        .findings["criminal_act"]
        .holds
    )


def test_a_wanted_person_is_no_request():
    # "he is sought because he planted the device": the act, not the measure asked for
    found = rules(
        "He is sought because he planted the device that exploded in the canteen, injuring "
        "fourteen.",
        label="bombing",
    ).findings
    assert found["terrorism_definition_met"].holds


# -- disclaimers with a scope ----------------------------------------------------------------------


def test_none_of_that_sets_the_traits_before_it_aside():
    text = (
        "The subject is 71 and a regular churchgoer. None of that is the reason for this "
        "application. He sells heroin from his shop: two buyers were stopped leaving it on the "
        "4th with wraps, and CCTV shows him handing them over."
    )
    assert not rules(text).findings["protected_ground"].holds
    assert (
        rules("The subject is 71 and a regular churchgoer.")
        .findings["protected_ground"]
        .holds
    )


def test_no_religious_tie_is_no_denial_of_the_act():
    text = (
        "L'imam de la mosquée a été poignardé vendredi devant témoins. Le ciblé n'a aucun lien "
        "religieux ni avec la mosquée; c'est un ancien associé de la victime. Le couteau a été "
        "retrouvé avec ses empreintes."
    )
    assert rules(text).findings["criminal_act"].holds


def test_a_denial_scoped_to_a_topic_is_no_denial_of_the_act():
    text = (
        "The target is not a journalist and is not suspected of anything connected to "
        "journalism: he is the suspected gunman. Traffic data place his phone in the victim's "
        "street at the time of the shooting, and the dealer who sold him the motorcycle used in "
        "the killing has identified him."
    )
    assert rules(text).findings["criminal_act"].holds
    assert (
        not rules(
            "The target is not suspected of anything. He is the cousin of the gunman."
        )
        .findings["criminal_act"]
        .holds
    )


# -- roles and framings the cues did not know (second batch) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Besides leading Friday prayers at a mosque, the subject owns a transport yard.",
            "religious_leader",
        ),
        (
            "The subject founded and leads Kingdom Harvest Ministries and preaches every Sunday "
            "to about 3,000 members.",
            "religious_leader",
        ),
        ("The subject is a sports writer for a national daily.", "journalist"),
    ],
)
def test_roles_in_plain_words_second_batch(text, name):
    found = role(text + ACT)
    assert found.holds
    assert name.replace("_", " ") in found.detail.replace("_", " ")


def test_an_attack_framed_as_terrorism_is_no_violence():
    text = (
        "The portal was unavailable for six hours because of a flood of traffic traced to a "
        "server the subject rents. No system was entered and no data was lost. As an attack on "
        "a state institution the matter is being handled as cyberterrorism."
    )
    assert (
        not rules(text, label="cyberterrorism")
        .findings["terrorism_definition_met"]
        .holds
    )


def test_nothing_specific_linking_the_target_is_no_allegation():
    text = (
        "A bomb exploded in the market on the 5th, killing eleven people. The subject is a "
        "trader of the bomber's community; nothing specific links him to the attack."
    )
    assert not rules(text).findings["specific_allegation"].holds


# -- topics said not to be part of the request -----------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "While the dockworkers' strike was on, the quays were thinly guarded. The strike is "
        "lawful and it is not part of this inquiry.",
        "Le syndicat a publiquement critiqué la direction. Cette prise de position n'a aucun "
        "lien avec la présente demande.",
        "Una periodista publicó en marzo una nota sobre el hospital. Su trabajo no forma parte "
        "de esta investigación.",
    ],
)
def test_a_topic_said_not_to_be_part_of_the_request_is_set_aside(aside):
    found = rules(aside + ACT).findings
    assert not found["expression"].holds
    assert found["criminal_act"].holds


def test_no_tie_to_the_request_is_no_denial_of_the_act():
    text = (
        "Les articles de la journaliste sur la saisie n'ont aucun lien avec la présente "
        "demande." + ACT
    )
    assert rules(text).findings["specific_allegation"].holds
