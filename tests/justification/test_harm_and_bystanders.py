"""Session 14 cues: a "terrorism" label on acts that hurt nobody or on a bail fund; roles the cues
did not know (a Vodou priest, one who presides over a tabernacle); role-holders who are bystanders,
agents or objects of someone else's act; the sentence model's role reading only where an office or
an institution is named; a text's own word that it holds nothing on the target (texts written for
these tests)."""

from __future__ import annotations

import pytest

from enduse.justification import _cues as cues
from enduse.justification._text import fold
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

ACT = (
    " On the 9th he was filmed loading 40 kg of cannabis resin into a van at the port, and the "
    "driver, arrested at the checkpoint, names him as the man who paid him."
)


def terror(text):
    return rules(text, label="terrorism").holds("terrorism_definition_met")


# -- terrorism: nobody hurt, or money for bail ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Over three nights the target and two others cut the cables of nine speed cameras and set "
        "fire to the control box on the ring road. No driver or passer-by was injured. The case was "
        "opened as a terrorist attack on infrastructure.",
        "Unos encapuchados incendiaron tres cajeros automáticos y rompieron las vitrinas de la "
        "sucursal. No hubo heridos. El investigado fue reconocido por las cámaras.",
        "Des inconnus ont incendié deux engins de chantier sur le site du barrage pendant la nuit, "
        "sans faire de blessés. La cible a été vue sur place la veille.",
        "The target runs a collection for the bail and legal fees of the 40 students arrested after "
        "the march; 2 million has been raised by mobile money.",
    ],
)
def test_damage_that_hurt_nobody_or_a_bail_fund_does_not_meet_the_definition(text):
    assert not terror(text)


@pytest.mark.parametrize(
    "text",
    [
        "A pipe bomb was found under a bus seat at the terminal and made safe before it went off; "
        "no one was injured. The target's fingerprints are on the timer.",
        "Gunmen stormed the depot and held four workers hostage for a day; nobody was hurt before "
        "the army freed them. The target drove the gunmen there.",
    ],
)
def test_a_threat_to_life_still_meets_it_when_nobody_was_hurt(text):
    assert terror(text)


def test_a_vigil_is_expression():
    a = rules(
        "Les familles organisent chaque année une veillée silencieuse devant le tribunal. La cible "
        "en est l'animatrice.",
        label="terrorisme",
    )
    assert a.holds("expression")


# -- roles the cues did not know --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La cible est houngan dans la commune de Léogâne et reçoit chaque semaine les fidèles.",
        "The target presides over a Rastafari tabernacle near the river and leads its gatherings.",
        "El investigado es conocido como defensor de los derechos de los pescadores artesanales.",
    ],
)
def test_roles_named_in_words_the_cues_did_not_know(text):
    assert role(text + ACT).holds


# -- role-holders who are someone else ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A reporter from the local radio filmed the raid; the reporter is of course not a target.",
        "A journalist broadcast the family's appeal for news; the journalist is not involved.",
        "El pastor prestó el salón para la reunión; el pastor no tiene vinculación alguna con el "
        "hecho.",
        "Un journaliste a révélé la fraude le premier ; il n'est en rien visé par cette demande.",
        "The journalist who reported the threats is now under police protection.",
        "The money pays for the bail and the lawyers' fees of the men arrested.",
        "He is the brother of Simon 'Bishop' Okello, who runs the depot.",
        "He was photographed at the church gates by the pastors themselves.",
        "Le comité, présidé par l'imam du quartier, a constaté la disparition des fonds.",
        "The target is one of three men filmed attacking a novelist and blogger outside the café.",
        "He offered money to make the reporter disappear before the elections.",
        "The house where the supporters of an opposition candidate slept was set on fire.",
        "Kenya's Attorney-General has sent a request for legal assistance about the gang.",
    ],
)
def test_a_role_holder_the_text_gives_no_part_in_the_request(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target is a reporter for the Daily Mirror and is not involved in any charity.",
        "The target, a journalist, was photographed at the port by the customs officers.",
    ],
)
def test_the_targets_own_role_stands_beside_those_cues(text):
    assert role(text + ACT).holds


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The target also holds a seat in the provincial assembly.", True),
        ("Counsellor at a foreign embassy.", True),
        ("La cible préside une association de défense des locataires.", True),
        ("The wedding is on Friday.", False),
        ("The target is the manager.", False),
        ("I am the officer in the case.", False),
    ],
)
def test_the_model_role_reading_needs_an_office_or_institution(sentence, named):
    assert bool(cues.ROLE_SETTING.search(fold(sentence))) is named


# -- the text holds nothing on the target ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We hold nothing on him personally, but his cousins are in the gang.",
        "We have no report of any offence by her.",
        "No indication she is involved in her brother's business.",
        "We do not yet have a seizure or a witness statement concerning him.",
        "He was selected from the voters' roll as meeting the criteria of the operation.",
    ],
)
def test_the_text_says_it_holds_nothing_on_the_target(text):
    assert cues.NO_ALLEGATION.search(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nothing suggests he is connected to the strike.",
        "No indication she is involved in the protest movement.",
    ],
)
def test_a_tie_to_a_topic_denied_is_not_a_denial_of_the_allegation(text):
    assert not cues.NO_ALLEGATION.search(fold(text))


# -- acts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target signs the false transit permits for the syndicate's timber.",
        "She twice offered two leopard skins to our undercover officers at the market.",
    ],
)
def test_forged_papers_and_an_offer_to_undercover_officers_are_acts(text):
    assert rules(text).holds("criminal_act")


def test_selling_crafts_is_no_act():
    assert not rules("The target sells crafts at the beach market.").holds(
        "criminal_act"
    )


def test_an_operation_to_clamp_down_is_no_one_s_act():
    assert cues.GENERALISATION.search(
        fold("Ops plan to clamp down on cattle theft in the valley.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The target wears dreadlocks and attends the camp's gatherings.",
        "He lives in the Rastafari settlement above the town.",
        "Elle fréquente un temple vaudou du quartier.",
    ],
)
def test_appearance_and_faith_words_are_ground_words(text):
    assert cues.GROUND.search(fold(text))


# -- victims' age and origin; servitude; sham invoices; what the target suffered ----------------


@pytest.mark.parametrize(
    "text",
    [
        "He ferries boys aged 12 to 14 across the lake to the fishing camps, where they are forced "
        "to work without pay; three boys who escaped named him.",
        "La investigada traslada niñas de 13 años a los bares de la frontera, donde son explotadas "
        "sexualmente; dos víctimas rescatadas la reconocieron.",
    ],
)
def test_the_victims_age_is_not_the_targets_ground(text):
    a = rules(text)
    assert a.holds("criminal_act")
    assert not a.holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "Eleven women were held against their will in the flats he rents.",
        "The workers described debt bondage and beatings on the boat he captains.",
        "He kept the women's passports in a safe at the restaurant.",
        "El contador elaboró facturas por obras que nunca se realizaron para justificar los depósitos.",
    ],
)
def test_servitude_and_sham_invoices_are_acts(text):
    assert rules(text).holds("criminal_act")


def test_a_nationality_noted_for_identification_only_is_set_aside():
    assert cues.NOT_THE_BASIS.search(fold("Nationality noted for identification only."))


def test_what_the_target_says_was_done_to_him_is_not_his_act():
    a = rules(
        "He told a foreign charity that he had been beaten in custody, and he gave interviews about "
        "prison conditions. Those statements have damaged the country's reputation."
    )
    assert not a.holds("criminal_act")
    assert a.holds("expression")


def test_chairing_a_committee_that_campaigns_makes_a_rights_defender():
    text = (
        "The target chairs the Upper Valley Water Committee, which has campaigned for years against "
        "the dam and defends the farmers' claim to the river."
    )
    assert role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "Au regard de ce lien familial, il est probable qu'il serve de relais à son cousin.",
        "Given this family connection, he is likely to carry messages for his uncle.",
        "Dado ese vínculo familiar, es probable que ella guarde el dinero del hermano.",
    ],
)
def test_a_family_tie_given_as_the_reason_is_a_ground(text):
    assert cues.GROUND.search(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "The congregation and its pastor have nothing to do with it; a deacon tipped us off.",
        "Las monjas del albergue no tienen nada que ver con la red.",
        "Le maire a reçu les plaintes ; il n'a rien à voir avec le trafic.",
        "Usa donaciones a una iglesia que él mismo registró; el pastor no está implicado.",
        "The son-in-law of a senator; the senator is neither a suspect nor a subject of this request.",
        "She has retained an advocate. The advocate is not, and will not become, a subject.",
        "La concejala remitió las denuncias a la Fiscalía; ella no tiene otro papel en este asunto.",
        "He is represented by attorney Sam Obi. We have no interest in Mr Obi.",
    ],
)
def test_a_role_holder_the_text_says_has_no_part(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "El periodista Julio Paz, que investigaba las extorsiones del mercado, fue asesinado el 3.",
        "The editor of the weekly, who has written about the land sales, is the object of a "
        "planned murder.",
    ],
)
def test_a_role_holder_who_suffered_after_a_relative_clause_is_the_victim(text):
    assert not role(text + ACT).holds


def test_a_relative_clause_that_holds_the_suffering_keeps_the_role():
    # the mayor was shot at once; what the mayor does now is take bribes
    assert role(
        "The mayor, who was shot at last year, took bribes from the contractor." + ACT
    ).holds


@pytest.mark.parametrize(
    "text",
    [
        "An elected member of the city council (on the opposition benches, which has nothing to do "
        "with this) is suspected of paying a hacker to break into his rival's mail.",
        "Es periodista de un portal de noticias local. La investigación no guarda relación con lo "
        "que publica.",
    ],
)
def test_a_topic_set_aside_leaves_the_targets_role(text):
    assert role(text + ACT).holds
