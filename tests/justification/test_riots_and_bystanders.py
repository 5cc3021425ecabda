"""Session 17 cues: a riot's violence under a terrorism label (stones, clashes, empty cars burned),
role-holders who stand beside the target (a pastor who cooperates, the owner's lawyer, a role the
text says the target does not hold), a relative intercepted to find someone else, roles named in
words the cues did not know, and violence against life they missed (texts written for these
tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_attribution_and_leanings import merged
from tests.justification.test_harm_and_bystanders import ACT, terror
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

# -- a riot is not an attack endangering life ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "During the demonstration outside the ministry the target threw stones at the police line "
        "for an hour; three officers were bruised. The prosecutor files it as terrorism.",
        "Lors des émeutes du 12, l'intéressé a lancé des pavés sur les gendarmes et renvoyé des "
        "grenades lacrymogènes ; deux agents légèrement blessés.",
        "En los disturbios del viernes el investigado apedreó a los agentes e incendió una "
        "patrulla que estaba vacía. Ningún agente resultó herido de gravedad.",
        "Eleven speed cameras on the ring road were pulled down and smashed with hammers; the "
        "target is filmed swinging one.",
    ],
)
def test_a_riots_violence_does_not_meet_the_definition(text):
    assert not terror(text)


def test_the_models_violent_reading_of_a_riot_does_not_meet_it():
    text = (
        "During the protest the target threw stones at the police line for an hour. Two officers "
        "received cuts and a police car windscreen was broken."
    )
    a = merged(text, [{"violent": 0.95}, {"violent": 0.92}], label="terrorism")
    assert not a.holds("terrorism_definition_met")
    # the same reading of an attack on a bus is still violence against life
    b = merged(
        "The target's cell stopped the bus on the highway. They set it alight with the passengers "
        "inside.",
        [{"violent": 0.95}, {"violent": 0.92}],
        label="terrorism",
    )
    assert b.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "During the riot the target fired a pistol into the police line and wounded two officers.",
        "Lors des affrontements, la cible a lancé une grenade sur le car de police.",
    ],
)
def test_a_weapon_in_a_riot_still_meets_it(text):
    assert terror(text)


@pytest.mark.parametrize(
    "text",
    [
        # hostages and a threat to execute them, in Spanish
        "Desde el lunes nueve funcionarios están retenidos por los internos, que amenazan con "
        "ejecutar a uno por día si el Gobierno no cede. El objetivo coordina desde fuera.",
        # chemicals of a water works dosed past the safe level
        "The intruder raised the chlorine dosing set-point at the treatment works to twenty times "
        "normal; the target's device opened the session.",
        # an intelligence source's reporting is not expression, and people present are no
        # generalisation
        "Source reporting (graded B2) indicates that the target is assembling an IED for the bus "
        "station at the hour when thousands of people are present.",
    ],
)
def test_violence_against_life_the_cues_now_read(text):
    assert terror(text)


# -- role-holders beside the target ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target, a property developer, put 2 million through the building fund of a church. "
        "The church's auditor spotted the loop; the pastor has cooperated fully and handed over "
        "the ledgers.",
        "The prison chaplain reported that the target asked him twice to carry 'prayer books' into "
        "the wing.",
        "Le mis en cause recrute des enfants sous prétexte d'une école coranique. Le maître coranique "
        "cité par les familles affirme ne l'avoir jamais mandaté.",
        "The target runs the fund; the imam and the other committee members signed none of the "
        "transfers and are being treated as witnesses.",
        "The target approached the owner's lawyer in a café and offered him money to drop the "
        "complaint.",
        "The target is not a lawyer; he is the collector of the group.",
        "He holds no office in the parish; he helped at the camp as a volunteer. The target's "
        "messages reached the boys.",
        "In a recorded call the target boasted that a councillor 'owes him'. We are not asking to "
        "intercept one.",
        "The reporters who received the leaked samples have cooperated with us and are not "
        "concerned. The target is the operator.",
        "A man threw a lit petrol bottle at a press photographer during the march; the target is "
        "that man.",
        "The target's cell has circulated a list of cartoonists and columnists to be punished.",
    ],
)
def test_a_role_held_by_someone_beside_the_target(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        # no noun of its own for the target: the role-holder may be the target
        "The imam of the central mosque collected 40,000 from the families.",
        # the clause calls the role-holder the target
        "The pastor, the target of this request, has cooperated with the smugglers.",
        # what the role-holder is comes first: a predicate, not a bystander's verb
        "The target runs the transport firm. The imam is the leader of the cell and told recruits "
        "where to go.",
        "El objetivo es fotoperiodista de un diario regional.",
        "The subject writes a widely read political commentary blog.",
        "Licenciado en Derecho, apoderado de tres integrantes del cártel recluidos en el penal.",
    ],
)
def test_the_role_stays_the_targets(text):
    assert role(text + ACT).holds


def test_a_blog_kept_as_a_pastime_is_no_calling():
    assert not role(
        "The subject also keeps a personal blog about the ministry's procurement. It is irrelevant "
        "to this application." + ACT
    ).holds


# -- a relative intercepted to find someone else -------------------------------------------------------


def test_a_relative_intercepted_to_find_the_suspect_is_a_protected_ground():
    a = rules(
        "The suspect in the bar shooting has been on the run for a month. His mother runs a stall "
        "at the market. Nothing suggests she is helping him. We ask to intercept her calls so that "
        "we can find him."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_a_relative_with_an_act_of_her_own_is_not():
    a = rules(
        "His mother runs a stall at the market. She was filmed handing him cash and a pistol on "
        "the 3rd. We ask to intercept her calls so that we can find him."
    )
    # her own act stands beside who she is: not "in and of itself"
    assert a.holds("criminal_act")


# -- words of a crime that looked like a ground or an act of expression --------------------------------


def test_a_relative_in_whose_name_the_money_is_held_is_a_front_not_a_ground():
    a = rules(
        "El investigado cobra a los procesados para obtener fallos favorables. Tres procesados lo "
        "reconocieron y uno entregó comprobantes de depósito a nombre de la hermana del "
        "investigado."
    )
    assert not a.holds("protected_ground")
    # a group the numbers are registered to is still one
    assert rules(
        "All SIMs registered to Nigerian nationals in the district are being screened; the "
        "target's is one of them."
    ).holds("protected_ground")


def test_a_persona_used_to_extort_children_is_no_pastor_and_the_threat_is_the_crime():
    a = rules(
        "The target approaches teenage girls on a social network as 'Pastor Dave', a youth pastor "
        "at a church that does not exist. He obtains intimate images, then threatens to publish "
        "them unless more are sent. The persona's accounts were registered from his flat."
    )
    assert not a.holds("names_protected_person")
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        # the invented articles and interviews of a fraud
        "The subject runs cloned news websites carrying invented interviews in which presenters "
        "endorse a crypto platform; 1,900 victims lost their deposits.",
        # "público" is an adjective here, not "publicó"
        "Según 17 familias, cobró a cada una seis meses de alquiler prometiéndoles viviendas de un "
        "programa público que no existe.",
        # the workers an employer threatens
        "The owner came in person to threaten those who stopped work and withheld their wages.",
    ],
)
def test_words_of_the_crime_are_no_act_of_expression(text):
    assert not rules(text).holds("expression")


def test_asking_for_money_not_to_publish_is_extortion():
    assert rules(
        "Shop owners say he photographs problems in their premises and then asks for up to "
        "50,000 not to publish."
    ).holds("criminal_act")
