"""Justification findings on texts written for these tests (English, Spanish, French)."""

from __future__ import annotations

import pytest

from enduse.justification import analyse


def findings(text, profession="unknown"):
    return analyse(text, profession=profession, use_model=False)


@pytest.mark.parametrize(
    "text",
    [
        "Subject runs a satirical Instagram account with cartoons mocking the governor. Identify her followers.",
        "Target organised a boycott of the state broadcaster and an online petition against the new media law.",
        "El sujeto publicó en su blog columnas que critican a la policía federal. Se piden sus contactos.",
        "La cible a publié une tribune qui critique la réforme de la justice et appelle à manifester.",
        "Subject is a researcher whose study on prison deaths contradicts official statistics.",
    ],
)
def test_expression_only_texts(text):
    a = findings(text)
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    assert a.findings["expression"].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Subject is a Uyghur returnee; all returnees from the region are to be monitored as a preventive measure.",
        "Target is known to be gay and hosts male visitors; he was listed as a person of interest on that basis.",
        "El sujeto es hijo de un diputado de la oposición; sus mensajes darán información sobre el partido.",
        "La cible fréquente une mosquée rigoriste et porte la barbe depuis un an. Aucun élément ne la relie à un projet.",
    ],
)
def test_protected_ground_texts(text):
    a = findings(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Target supplies heroin to street dealers; two controlled purchases on 3 March and a dealer's statement identify him.",
        "El objetivo secuestró a un empresario el 2 de marzo; las llamadas de rescate salen de este número según los registros.",
        "La cible a organisé le trafic de cocaïne saisie le 11 mars ; le chauffeur interpellé l'a désignée.",
    ],
)
def test_specific_allegations_in_three_languages(text):
    a = findings(text)
    assert a.holds("specific_allegation")
    assert a.holds("criminal_act")
    assert not a.holds("unclear")


def test_negated_violence_does_not_meet_terrorism_definition():
    a = findings(
        "The strike blocked the port for three days. No violence or injuries were reported."
    )
    assert not a.holds("terrorism_definition_met")


def test_violence_against_life_meets_terrorism_definition():
    a = findings(
        "Target planted a bomb at the bus terminal that killed four people; CCTV identifies him."
    )
    assert a.holds("terrorism_definition_met")


def test_crimes_the_target_reported_on_are_not_his_acts():
    a = findings(
        "Subject published an investigation alleging that soldiers tortured and killed detainees in 2024."
    )
    assert not a.holds("criminal_act")
    assert not a.holds("terrorism_definition_met")
    assert a.holds("expression")


def test_text_denying_any_allegation_is_believed():
    a = findings(
        "Subject is an opposition senator. No criminal conduct is attributed to him."
    )
    assert not a.holds("specific_allegation")
    assert a.holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was robbed at knifepoint in the old market on Monday. The subject is a "
        "Roma man who sells scrap nearby; no witness has identified him and no camera placed him "
        "there.",
        "Two men set fire to the depot on 3 May. The subject is the younger brother of one of "
        "them. There is nothing to suggest he took part.",
        "Un taxista fue asesinado el sábado. El objetivo es uno de los migrantes haitianos del "
        "albergue; no hay huella ni testigo que lo vincule al crimen.",
        "A fugitive killed two guards in March. The target is his aunt; we have no indication "
        "she has helped him.",
        "The group bombed a bus depot in May. The subject is the wife of its commander; there "
        "is no information that she has taken part in any of its activity.",
        "Un entrepôt a été pillé le 2 juin. La cible est un jeune de la cité voisine ; aucun "
        "témoin ne le désigne.",
    ],
)
def test_an_act_nothing_ties_to_the_target_is_not_theirs(text):
    # a crime happened, but the text itself says nothing links the target to it
    a = findings(text)
    assert not a.holds("criminal_act")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Three witnesses named him as the man who shot the guard; his phone was at the scene.",
        "CCTV placed him at the depot an hour before the fire, and the accelerant was bought "
        "with his card.",
        "He has no previous convictions, but the stolen van was found in his garage.",
        "His brother is not a suspect, and nothing indicates he knows. The subject built the "
        "device in the garage; the precursors were bought with his card.",
    ],
)
def test_an_act_tied_to_the_target_still_stands(text):
    assert findings(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "The subject demanded USD 900 from a schoolgirl and threatened to send her nude photos "
        "to her classmates; the transfers and the chat are on file.",
        "Le suspect réclame 300 000 FCFA à la plaignante sous peine de diffuser des vidéos "
        "intimes sur Facebook ; captures d'écran jointes.",
        "El investigado amenazó con publicar fotos íntimas de la víctima si no le pagaba; "
        "constan los chats y dos depósitos.",
    ],
)
def test_a_threat_to_publish_intimate_images_is_extortion_not_expression(text):
    assert findings(text).holds("criminal_act")


def test_disclaimed_expression_does_not_count():
    a = findings(
        "He also criticises the mayor on Facebook; that plays no part in this request. "
        "He stabbed a taxi driver on 5 March; two witnesses and CCTV identify him."
    )
    assert not a.holds("expression")
    assert a.holds("specific_allegation")


@pytest.mark.parametrize(
    ("text", "profession", "role"),
    [
        (
            "Subject, a journalist with a regional daily, laundered cartel money through his firm (bank records).",
            "unknown",
            "journalist",
        ),
        (
            "El sujeto, abogado penalista, entregó dinero a un juez el 5 de febrero (grabación).",
            "unknown",
            "lawyer",
        ),
        ("Le sujet est imam d'une mosquée de quartier.", "unknown", "religious_leader"),
        (
            "Target laundered funds (bank records).",
            "member of parliament",
            "politician",
        ),
    ],
)
def test_protected_role_of_the_target(text, profession, role):
    a = findings(text, profession)
    assert a.holds("names_protected_person")
    assert role in a.roles


@pytest.mark.parametrize(
    ("text", "profession"),
    [
        (
            "The target posed as a journalist to enter the compound and abducted a child on 2 March.",
            "unknown",
        ),
        (
            "Los objetivos se hicieron pasar por periodistas para secuestrar a la víctima.",
            "unknown",
        ),
        (
            "Target is not a diplomat: he used fake diplomatic plates to move cocaine.",
            "driver; impersonates a diplomat",
        ),
        (
            "Target shot dead a reporter outside the newsroom; CCTV identifies him.",
            "mechanic",
        ),
    ],
)
def test_roles_that_are_not_the_targets(text, profession):
    assert not findings(text, profession).holds("names_protected_person")


def test_vague_text_is_unclear():
    a = findings("Subject is of interest. Full monitoring requested.")
    assert a.holds("unclear")
