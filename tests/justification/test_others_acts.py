"""Acts the text gives to others, with the target set apart from them; roles named before the
target is; pumps that are not bombs; the crime a vigil remembers (texts written for these tests)."""

from __future__ import annotations

import pytest

from enduse.justification import analyse
from enduse.justification._rules import analyse_rules
from enduse.justification._text import split_sentences


def rules(text, profession="unknown", label=""):
    return analyse(text, profession=profession, offence_label=label, use_model=False)


def holds(text, finding, **kw):
    return rules(text, **kw).findings[finding].holds


def disclaimed(text):
    return (
        "no_allegation"
        in analyse_rules(split_sentences(text), profession="unknown").score
    )


# -- the sources are silent about the target -------------------------------------------------------

GANG = (
    "A crew of six has robbed four petrol stations since May, and a cashier was shot in the leg "
    "at the last one; two of the robbers were identified on camera and charged. "
)


@pytest.mark.parametrize(
    "silence",
    [
        "No camera, no phone record and no informant places him at any of the robberies.",
        "There is no intercept, bank record, witness or other information showing that he has "
        "helped the crew in any way.",
        "No information has been found that she has met any of the robbers.",
        "He has not been identified by any cashier or witness.",
        "There is no forensic or phone link between him and any robbery.",
        "He did not appear in any of the statements or intercepts gathered so far.",
        "There is no other information about her.",
    ],
)
def test_sources_silent_about_the_target_leave_the_acts_to_others(silence):
    text = GANG + "The target is the cousin of one of the charged men. " + silence
    assert disclaimed(text)
    assert not holds(text, "specific_allegation")
    # without the sentence saying so, the crew's acts stand in the text -- where nothing else is
    # said of the target (a kinship alone beside acts told of others sets them aside since
    # session 21: tests/justification/test_names_and_case_files.py)
    assert holds(GANG + "The target lives on the same street.", "criminal_act")


def test_silent_sources_beside_the_reason_of_selection_are_a_protected_ground():
    text = (
        GANG + "The target is 19 and lives on the same street as the charged men. "
        "No witness, no camera and no informant places him at any robbery. "
        "He is put forward because of his family and the community he belongs to."
    )
    found = rules(text).findings
    assert found["protected_ground"].holds
    assert not found["specific_allegation"].holds


@pytest.mark.parametrize(
    "text",
    [
        # a witness who names someone else, and sources that do tie the target in
        "No witness has come forward, but the camera places him at the second station.",
        "The cashier was shot by the man the informant names; his car was seen there twice.",
        "Two informants and a cashier place him at the robbery on 4 June.",
    ],
)
def test_sources_that_speak_of_the_target_are_not_silent(text):
    assert not disclaimed(GANG + text)


# -- a role named before the target is ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Candidat aux élections municipales de mars, l'intéressé a fait remettre cinq pistolets "
        "à des jeunes de son quartier, selon deux d'entre eux interpellés avec les armes.",
        "A sitting member of the regional council (from the governing party, which is beside the "
        "point) is suspected of paying a clerk to leak the sealed bids of his business rival.",
    ],
)
def test_a_role_the_sentence_opens_with_is_the_target_s(text):
    found = rules(text).findings
    assert found["names_protected_person"].holds
    assert "politician" in found["names_protected_person"].detail


@pytest.mark.parametrize(
    "text",
    [
        "L'homme arrêté a désigné le candidat à l'attentat : un chauffeur de 30 ans, objet de la "
        "présente demande, qui a filmé la cible.",
        "A regional councillor who exposed the clerk's scheme was threatened by him, and the "
        "clerk is suspected of selling the sealed bids.",
    ],
)
def test_a_candidate_for_an_attack_or_a_councillor_threatened_is_not_the_target_s_role(
    text,
):
    assert not rules(text).findings["names_protected_person"].holds


# -- pumps, and the crime a vigil remembers -------------------------------------------------------


@pytest.mark.parametrize(
    "pumps",
    [
        "Un grupo rompió de noche los paneles y dos bombas de succión del campamento minero, "
        "vacío a esa hora. La empresa lo califica de ataque terrorista.",
        "Desconocidos cortaron el acueducto de la mina y dañaron tres bombas de la estación de "
        "bombeo. La empresa lo califica de ataque terrorista.",
    ],
)
def test_pumps_are_not_bombs(pumps):
    bomb = (
        "Un grupo colocó de noche una bomba en el campamento minero, donde dormían doce "
        "trabajadores. La empresa lo califica de ataque terrorista."
    )
    assert not holds(pumps, "terrorism_definition_met", label="terrorismo")
    assert holds(bomb, "terrorism_definition_met", label="terrorismo")


def test_the_shootings_a_vigil_marks_are_not_the_organiser_s_act():
    text = (
        "Subject organised the vigil marking three years since the bus station shootings; about "
        "200 people came and it passed off peacefully."
    )
    found = rules(text).findings
    assert not found["criminal_act"].holds
    assert found["expression"].holds


# -- a bystander with a protected role, set apart in so many words -------------------------------

CASE = (
    "The target runs the tanker fleet that carried the stolen crude; two of his drivers, arrested "
    "at the tap, say he chose each night's tap and paid them per load. "
)


@pytest.mark.parametrize(
    "bystander",
    [
        "A local pastor chaired the meeting where the thefts were first raised; he is not "
        "connected to the request.",
        "The district sheikh mediated the surrender of the drivers and is a helpful party and "
        "not suspected.",
        "El imam del barrio presentó la denuncia; es víctima en este asunto y no persona "
        "investigada.",
        "La alcaldesa había denunciado amenazas previas; se menciona solo como antecedente del "
        "caso.",
        "The mayor is mentioned only as the owner of the yard where the tankers park.",
    ],
)
def test_a_role_holder_set_apart_in_so_many_words_is_not_the_target(bystander):
    found = rules(CASE + bystander).findings
    assert not found["names_protected_person"].holds
    assert found["specific_allegation"].holds


@pytest.mark.parametrize(
    "text",
    [
        # the target, not someone set apart
        "The target, a local pastor, is not suspected of violence but of moving the crude.",
        "The mayor chose each night's tap and paid the drivers per load; the two drivers, "
        "arrested at the tap, say so.",
    ],
)
def test_a_role_holder_not_set_apart_is_still_referred(text):
    assert rules(text).findings["names_protected_person"].holds


# -- identity words that are not a reason of selection --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Location because he is due to travel with the team to a tournament next week.",
        "Messages because she is in contact with the courier every night.",
        "The nationality of the victims is recorded as it appears on their passports.",
        "La nacionalidad de las víctimas consta en sus pasaportes.",
    ],
)
def test_a_plan_or_the_victims_nationality_is_not_a_ground(text):
    assert not holds(text, "protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "He was put on the list because he is a Shia from the border villages.",
        "La cible a été retenue en raison de sa nationalité.",
    ],
)
def test_selection_for_who_the_target_is_is_still_a_ground(text):
    assert holds(text, "protected_ground")


# -- an opinion the text itself calls beside the point ---------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "His blog rails against big-tech surveillance; that has no relevance here.",
        "Il publie des clips de rap, ce qui n'a aucun rapport avec le dossier.",
        "Publica columnas contra el gobierno, lo que no tiene ninguna relevancia para el caso.",
    ],
)
def test_expression_the_text_calls_beside_the_point_is_not_the_basis(aside):
    text = (
        "The target sold access to three hacked municipal networks on a forum; the forum deposit "
        "came from his wallet. " + aside
    )
    assert not holds(text, "expression")
    assert holds(text + " He blogs daily against the government.", "expression")


# -- roles named in words the cues did not know -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Two hired arsonists say they were paid by the chairman of the party 'New Dawn' "
            "(target) through his driver.",
            "politician",
        ),
        (
            "Cllr Joan PRYCE, vice-chair of the licensing committee, took cash from two bar "
            "owners before the hearing.",
            "politician",
        ),
        (
            "Le recteur de la paroisse (la cible) loue la crypte à des trafiquants qui y "
            "stockent la cocaïne.",
            "religious_leader",
        ),
        (
            "The subject runs a legal-aid clinic in Irbid that documents complaints of torture "
            "in custody; the forged permits were printed on its machine.",
            "human_rights_defender",
        ),
        (
            "She is director of Safe Harbour, a registered charity that advocates for asylum "
            "seekers, and sold forged residence cards from its office.",
            "human_rights_defender",
        ),
    ],
)
def test_roles_in_plain_words_are_named(text, role):
    found = rules(text).findings["names_protected_person"]
    assert found.holds
    assert role in found.detail


@pytest.mark.parametrize(
    ("profession", "role"),
    [
        ("coordinator of a women's-rights initiative", "human_rights_defender"),
        ("election observer with a civic foundation", "human_rights_defender"),
    ],
)
def test_roles_in_the_profession_field_are_named(profession, role):
    text = "The subject collected the ransom in person; the bank camera filmed the handover."
    found = rules(text, profession=profession).findings["names_protected_person"]
    assert found.holds
    assert role in found.detail


def test_a_rector_of_studies_a_party_leader_s_son_and_a_charity_donor_hold_no_role():
    for text in (
        "The target, whose father is the district president of a political party, set the bus "
        "alight with passengers aboard; his phone was at the spot.",
        "The target, rector of the technical university, inflated the canteen contract.",
        "The target gave money to a charity that advocates for asylum seekers and then "
        "laundered the rest through his garage.",
    ):
        assert not rules(text).findings["names_protected_person"].holds


@pytest.mark.parametrize(
    "silence",
    [
        "No witness has described him, and his phone has not been placed at any scene.",
        "Nothing in the seized ledgers shows her taking part, and she was not present at any "
        "of the meetings.",
    ],
)
def test_more_sources_silent_about_the_target(silence):
    text = GANG + "The target lives in the same parish. " + silence
    assert disclaimed(text)
    assert not holds(text, "specific_allegation")


@pytest.mark.parametrize(
    "aside",
    [
        "The political activity of the target is not the subject of this request.",
        "Sus opiniones no son objeto de esta solicitud.",
    ],
)
def test_a_topic_said_not_at_issue_sets_nobody_apart(aside):
    text = (
        "Two hired arsonists say they were paid by the chairman of the party 'New Dawn' "
        "(target) through his driver; the driver's card shows the payment. " + aside
    )
    assert rules(text).findings["names_protected_person"].holds
