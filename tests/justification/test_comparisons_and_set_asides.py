"""Error categories found on the session-5 evaluation sets, each made to hold and not hold (texts
written for these tests, not taken from any set): comparisons that name a weapon, traits the
writer sets aside in a sentence of their own, roles held by relatives or by people acting in a
clause of their own, titles joined to one another, hostage taking and attacks named by their
place, and request wording in a thin text."""

from __future__ import annotations

import pytest

from enduse.justification._rules import _profession_roles
from tests.justification.test_attribution_and_leanings import merged, rules

# -- a comparison is not an act ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leader of the nurses' walkout. The hospitals stopped for a week, which hurts the country as "
        "much as any bomb would.",
        "Sus columnas pesan sobre el Gobierno tanto como una bomba.",
        "Ses caricatures frappent le régime aussi fort qu'une grenade.",
    ],
)
def test_a_weapon_in_a_comparison_is_neither_an_act_nor_violence(text):
    a = rules(text)
    assert not a.holds("criminal_act")
    assert not a.holds("terrorism_definition_met")


def test_a_weapon_in_a_plain_statement_is_still_violence():
    a = rules(
        "He left a bomb at the bus depot on 2 May; his prints are on the tape that held it."
    )
    assert a.holds("terrorism_definition_met")
    assert a.holds("criminal_act")


# -- what the writer sets aside, in a sentence of its own ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He is a Tamil refugee. His origin is irrelevant; the shipment of 30 kg seized on 4 June was "
        "addressed to his phone.",
        "Miembro de un sindicato minero. Robó 200 kg de explosivos del polvorín según el inventario. "
        "Su actividad sindical no es relevante.",
        "Es militante de un partido de oposición, circunstancia ajena a los hechos; cobró 12 sobornos "
        "documentados por la auditoría.",
        "Il fréquente une association culturelle berbère, ce qui n'a aucun lien avec les faits ; il a "
        "vendu 4 kg d'héroïne filmés par la douane.",
    ],
)
def test_a_trait_the_writer_sets_aside_is_not_a_ground(text):
    assert not rules(text).holds("protected_ground")


def test_a_trait_given_as_the_reason_still_is_a_ground():
    a = rules(
        "He is a Tamil refugee. We want him watched because of his origin; nothing else is known."
    )
    assert a.holds("protected_ground")


def test_a_trait_with_no_link_to_the_facts_does_not_disclaim_the_allegation():
    a = rules(
        "Il a acheté deux fusils d'assaut et repéré les sorties du stade. Il fréquente une mosquée "
        "salafiste, ce qui n'a aucun lien avec les éléments matériels."
    )
    assert a.holds("specific_allegation") or a.holds("criminal_act")
    assert not a.holds("protected_ground")


def test_a_target_with_no_link_to_the_network_still_disclaims():
    a = rules("La cible n'a aucun lien établi avec le réseau ; elle est kurde.")
    assert not a.holds("specific_allegation")


# -- whose role --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armed robbery of a jeweller on 9 March; his DNA is on the glove. Brother is a sitting MP, "
        "which is not why we ask.",
        "Extorsión a transportistas con 14 denuncias. Hermana es concejal del municipio.",
        "Target is a Hindu — recorded only because his lawyer will raise it at trial; the robbery is "
        "on CCTV.",
    ],
)
def test_a_relatives_or_an_actors_role_is_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Owner of two provincial newspapers and presenter of their evening news; his firms "
            "evaded 3M in VAT per the audit.",
            "journalist",
        ),
        (
            "Host of the weekly farmers' programme on the community radio; he sold forged land "
            "titles to 40 families.",
            "journalist",
        ),
        (
            "Her brother says she is a lawyer; she moved 2M for the cartel through her firm.",
            "lawyer",
        ),
    ],
)
def test_a_role_given_to_the_target_by_title_still_refers(text, role):
    a = rules(text)
    assert a.holds("names_protected_person")
    assert role in a.roles


@pytest.mark.parametrize(
    ("profession", "role"),
    [
        ("blogger", "journalist"),
        ("vlogger and podcaster", "journalist"),
        ("press freedom activist", "human_rights_defender"),
        ("anti-corruption campaigner", "human_rights_defender"),
        ("activista por la libertad de prensa", "human_rights_defender"),
    ],
)
def test_the_profession_field_names_bloggers_and_freedom_activists(profession, role):
    assert role in _profession_roles(profession)


@pytest.mark.parametrize("profession", ["accountant", "lorry driver", "bus mechanic"])
def test_an_ordinary_profession_is_no_role(profession):
    assert _profession_roles(profession) == []


# -- terrorism: hostages, attacks named by their place, devices ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un comando retiene a 22 pasajeros de un tren y exige al gobierno la liberación de sus "
        "compañeros.",
        "The group holds 9 employees of the mine and demands from the government the release of "
        "its leader.",
        "Il a transféré 9 000 € à un combattant de l'attaque du marché de Gao.",
        "He assembled the timer for the device planted at the ferry terminal; his prints are on it.",
    ],
)
def test_hostage_taking_and_attacks_named_by_their_place_are_violence(text):
    assert rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Los huelguistas retienen la carga de 15 camiones en el puerto.",
        "The union holds 30 containers at the customs yard until the tariff is paid.",
    ],
)
def test_holding_goods_is_not_hostage_taking(text):
    assert not rules(text).holds("terrorism_definition_met")


# -- others' publications -----------------------------------------------------------------------


def test_a_publication_by_a_postposed_subject_is_not_the_targets_expression():
    a = rules(
        "El almacén lo denunció una vecina tras ver camiones de noche; el objetivo es el arrendatario: "
        "se incautaron 80 kg."
    )
    assert not a.holds("expression")


# -- a thin text: request wording is no "nothing alleged" --------------------------------------


def test_request_wording_read_as_nothing_alleged_does_not_block_a_thin_permit():
    text = "The account sent 80 abusive images to an undercover officer. Microphone access NOT requested."
    rows = [{"crime": 0.85}, {"none_alleged": 0.6}]
    assert not merged(text, rows).holds("unclear")


def test_a_nothing_alleged_reading_outside_request_wording_still_blocks_it():
    text = "The account sent 80 abusive images to an undercover officer. He is a good father."
    rows = [{"crime": 0.85}, {"none_alleged": 0.6}]
    assert merged(text, rows).holds("unclear")
