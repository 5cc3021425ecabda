"""Session 16 cues: words that look like a role, a ground or an act of expression and are not
(a vaccine candidate, a Spanish "suboficial mayor", diplomatic cables, the French "veille", a hotel
lobby), roles that belong to a victim, a complainant or a person informed of the case, acts the
cues did not know (a story held back for money, a witness paid to change a statement), violence a
terrorism label needs, and a text that sets what the target said aside in so many words (texts
written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_attribution_and_leanings import merged
from tests.justification.test_harm_and_bystanders import ACT, terror
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

# -- lookalikes of a role -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He copied the files for the malaria vaccine candidate onto a USB drive.",
        "The institute charged candidates 20 lakh each to have a stand-in sit the entrance test.",
        "El investigado es un suboficial mayor retirado que trabaja en el depósito.",
        "The subject translates classified correspondence, including diplomatic cables.",
        "The target drives for a foreign embassy; he has no diplomatic status or immunity.",
    ],
)
def test_lookalike_words_make_no_protected_person(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "The target is a candidate for the Senate in the March elections.",
        "The target is the mayor of the river town.",
        "The target writes the weekly racing column for a regional newspaper.",
        "The target is a second secretary with full diplomatic immunity.",
        # an officer's shorthand, and its full stops are no sentence ends
        "Tgt = Dep. Min. Public Works (Ops).",
    ],
)
def test_the_roles_themselves_are_still_read(text):
    assert role(text + ACT).holds


# -- roles that belong to someone else ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The presenter of a call-in show on a community radio station was forced into a grey "
        "minibus outside the studio. The target's number made the ransom calls.",
        "The Minister of Trade's personal email account was accessed, and the attacker now "
        "demands money; the target's logins came from a cybercafé.",
        "Daughter (16) of the town mayor abducted on Monday; the target's phone made the ransom "
        "calls.",
        "Un grupo armado se llevó a siete funcionarios, entre ellos al alcalde. El objetivo "
        "negocia el rescate.",
        "Most victims belong to one mosque network, which is why the complaints reached us "
        "through the imams' council. The target sold the fake pilgrimage packages.",
        "El párroco denunció el robo de los lienzos; el investigado los envió a un comprador.",
        "The Minister of Justice has been informed of the investigation as a courtesy.",
        "The subject worked as a sports reporter until about 2016 and now runs a transport firm.",
    ],
)
def test_a_role_held_by_a_victim_a_complainant_or_someone_informed(text):
    assert not role(text + ACT).holds


# -- terrorism: violence against life, and its absence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Attaque du 18 février contre le convoi de la mine : douze chauffeurs et ouvriers tués. "
        "Le groupe a revendiqué l'attaque ; la cible a renseigné les assaillants.",
        "In the chat the target proposes setting fire to the hotel that houses asylum seekers, "
        "at night; he has since bought jerry cans.",
        "A letter threatens to introduce the cultures into the hospital's water tanks unless five "
        "named detainees are released; the tubes went missing from the target's old laboratory.",
    ],
)
def test_violence_against_life_meets_the_definition(text):
    assert terror(text)


def test_a_count_of_the_dead_is_the_attack_but_a_toll_remembered_is_not():
    assert terror(
        "Le groupe armé a attaqué le village de Kel le 4 ; 31 civils tués. La cible a fourni les "
        "motos."
    )
    assert not terror(
        "La cible a organisé la cérémonie à la mémoire de quatorze villageois tués lors d'une "
        "opération militaire en 2019. Aucun incident."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The target's association organised the march of 30,000 fans to the state assembly. The "
        "march blocked the main avenue for three hours. There was no violence.",
        "Depuis dix jours, 150 ouvrières occupent pacifiquement l'atelier pour exiger leurs "
        "salaires. Le patron parle d'une prise d'otage de l'usine. La ciblée est leur déléguée.",
    ],
)
def test_a_peaceful_march_or_occupation_endangers_no_life(text):
    assert not terror(text)


def test_people_held_hostage_still_meet_the_definition():
    assert terror(
        "Le groupe de la cible a pris en otage douze passagers du car le 3 mars."
    )


def test_cameras_spray_painted_endanger_no_life():
    text = (
        "Une douzaine de caméras de vidéosurveillance ont été arrachées ou peintes à la bombe. "
        "Aucune personne n'a été visée ni blessée. Le téléphone de l'objectif a borné près des "
        "sites."
    )
    assert not terror(text)
    # a bomb attack is still one
    assert terror("La cible a commis l'attentat à la bombe contre la gare.")


# -- lookalikes of expression and of a ground ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On both trips the partner service observed him in a hotel lobby with a foreign officer.",
        "Applicants told consular interviewers they paid a facilitator reachable on this number.",
        "A contract research organisation ran the trial on children without approval.",
        "Exposé des faits.",
        "The account posts 'farm jobs, free transport' adverts in job-seekers' groups.",
        "A labour-rights group filed a complaint with photographs of the camp.",
        "An audit of the union's strike fund shows 64 million moved to his company.",
    ],
)
def test_lookalikes_of_expression(text):
    assert rules(text).findings["expression"].score == 0


@pytest.mark.parametrize(
    "text",
    [
        "Les relevés montrent des appels entre les deux hommes la veille de chaque rencontre.",
        "31 returnee statements.",
        "Le caractère religieux des manuscrits n'importe ici que pour identifier les pièces.",
    ],
)
def test_lookalikes_of_a_ground(text):
    assert rules(text).findings["protected_ground"].score == 0


# -- acts named plainly ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The editor offered to "kill the story" for payments of between 2 and 5 million.',
        "He demanded Rs 5-15 lakh to keep them off air.",
        "Un témoin a déclaré que le ciblé lui avait remis 500 000 francs pour modifier sa "
        "déposition.",
        "Des procès-verbaux d'assemblée ont été fabriqués pour justifier des frais.",
        "A replacement worker hit a picketing employee on the head with an iron bar.",
    ],
)
def test_acts_named_plainly(text):
    assert rules(text).holds("criminal_act")


# -- what the target said, set aside by the text itself ---------------------------------------------------

_REPORTING = (
    "The target runs a local news portal that published exposés about two hospital owners. "
    "The owners say he approached them afterwards."
)


def test_a_text_that_sets_the_reporting_aside_is_not_denied_on_it():
    text = _REPORTING + " We stress that his reporting is not the basis of the case."
    quiet = [{} for _ in range(3)]
    a = merged(text, quiet)
    assert not a.holds("expression")
    assert a.holds("unclear")  # a person decides
    assert "set aside by the text itself" in a.findings["expression"].detail


def test_without_that_sentence_the_rules_still_deny_on_the_reporting():
    a = merged(_REPORTING, [{} for _ in range(2)])
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Les sujets ont été diffusés contre paiement sur des groupes de messagerie.",
        "The partner service observed him with an officer who is posted there under cover.",
    ],
)
def test_more_lookalikes_of_expression(text):
    assert rules(text).findings["expression"].score == 0


def test_what_a_partner_service_reported_is_not_the_targets_speech():
    text = "In October a partner service reported that the foreign service had acquired the manual."
    assert rules(text).findings["expression"].score == 0


def test_an_office_of_a_role_holder_is_an_institution():
    assert not role(
        "The governor's office considers that the march was meant to coerce the government."
        + ACT
    ).holds


# -- an offence that is itself speech -----------------------------------------------------------------

# something said, beside an act the rules read: without a speech label the act decides
_POSTED = "On 28 May he posted a spreadsheet of checkpoint incidents." + ACT


@pytest.mark.parametrize(
    "label",
    [
        "publication of false statements likely to cause public alarm",
        "criminal contempt of a public authority",
        "instigación a delinquir; apología",
        "unauthorised disclosure of official information",
        "insulting the head of state",
    ],
)
def test_a_speech_offence_with_something_said_in_the_text_is_expression(label):
    a = rules(_POSTED, label=label)
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    assert a.findings["expression"].evidence[0] == f"offence label: {label}"


@pytest.mark.parametrize(
    "label",
    [
        "extortion by threat of defamation",
        "menaces de mort et divulgation de leur adresse",
        "unauthorised disclosure and sale of taxpayer data",
        "bribery",
        # insulting officers at a roadside check is an offence against them, not speech
        "outrage à agent de la force publique",
        "false reports causing an armed police response (swatting)",
    ],
)
def test_another_crime_in_the_label_or_no_speech_label_leaves_the_text_to_decide(label):
    a = rules(_POSTED, label=label)
    assert a.holds("criminal_act")
    assert not a.findings["expression"].detail.startswith("the offence is itself")


@pytest.mark.parametrize(
    "text",
    [
        "The target is the ruling party's candidate in Ward 5; he paid voters and promised jobs.",
        "The mayor was informed of the plan in advance and took 10 % of each contract.",
        "The deputy minister was compromised in the fuel-subsidy fraud.",
    ],
)
def test_the_narrowed_patterns_leave_the_targets_role(text):
    assert role(text + ACT).holds


def test_a_speech_label_over_a_text_that_names_nothing_said_is_left_alone():
    text = "The subject was seen at the depot on the 4th and again on the 9th."
    assert not rules(text, label="sedition").holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Each cheque was countersigned with a traced signature of the union president.",
        "Forty men are kept in a fenced camp with their passports held by the foreman.",
    ],
)
def test_forged_signatures_and_passports_held_are_acts(text):
    assert rules(text).holds("criminal_act")
