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
    # without the sentence saying so, the crew's acts stand in the text
    assert holds(
        GANG + "The target is the cousin of one of the charged men.", "criminal_act"
    )


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
