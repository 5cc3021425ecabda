"""Session 20 cues: offices the lexicon did not know (an Argentine intendente, a Nigerian local
government chairman, a party's youth secretary, titles a check of the lexicon found missing),
civil-service grades and recipients that are no office of the target's, victims named with a
"whose" clause, connectives that are no negation, a target called by name; petitions, strikes,
vigils and reports as expression, and words that are not (public contracts, a public body, a
police complaint, relatives who petition, the request's aim); standing in a community and an age
set as grounds; "no known involvement", a criminal record and the requester's own reading as no
act of this case; procurement fraud, a romance scam and an attack prepared, written plainly (texts
written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_lapsed_and_borrowed_roles import ACT, role, rules

# -- offices held now -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La fiscalía investiga a la intendenta del municipio por cobrar una comisión en cada "
        "licitación de alumbrado." + ACT,
        "El jefe comunal habría recibido pagos mensuales del dueño del depósito." + ACT,
        "The target is the local government chairman of the area and chairs its tenders board."
        + ACT,
        "He is chairman of the Ukwa East local government." + ACT,
    ],
)
def test_mayors_and_council_chairmen_by_other_names_are_politicians(text):
    assert role(text).holds


def test_a_partys_youth_secretary_is_a_politician():
    assert role(
        "He distributed the cash to the gang." + ACT,
        profession="district youth secretary of the Reform Party",
    ).holds


@pytest.mark.parametrize(
    "text",
    [
        # a civil servant's grade, not a member of a chamber
        "The target is a Deputy Registrar at the land registry and signs the title deeds."
        + ACT,
        "Deputy Collector of the district since 2022." + ACT,
        # the governor receives the demand: the one who sends it is the target
        "Les ravisseurs ont diffusé une vidéo adressée au gouverneur exigeant une rançon; la "
        "cible a négocié avec les familles." + ACT,
    ],
)
def test_a_grade_or_a_recipient_is_no_office_of_the_targets(text):
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "A reporter whose articles had named the quarry owners was stabbed outside his home on "
        "3 May; the target was seen on the motorbike the attacker used." + ACT,
        "La periodista fue sacada a la fuerza de su casa y sigue desaparecida; el objetivo "
        "pidió el rescate desde este número." + ACT,
    ],
)
def test_a_role_holder_who_is_the_victim_is_someone_else(text):
    assert not role(text).holds


# -- expression the cues did not know, and words that are not expression ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target gathered more than 12,000 signatures against the new dam and handed them to "
        "the governor's office.",
        "La objetivo recogió miles de firmas contra la privatización del hospital.",
        "El objetivo encabezó el paro de 48 horas de los recolectores y amenaza con repetirlo.",
        "Its town-hall meetings urge residents to demand the unspent school funds back.",
        "Chaque année la cible organise une veillée devant le tribunal en mémoire du juge assassiné.",
        "She publishes monthly tracking reports on unfinished clinics, with photographs.",
    ],
)
def test_petitions_strikes_vigils_and_reports_are_expression(text):
    assert rules(text).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Le suspect promet à des entreprises d'obtenir des marchés de la commune contre une "
        "commission; trois ont payé en espèces.",
        "Director de una fundación pública que pagó 40 facturas falsas a la empresa de su primo.",
        "El imputado huyó a Mendoza tras la primera denuncia de las víctimas por estafa.",
    ],
)
def test_contracts_a_public_body_and_a_police_complaint_are_not_expression(text):
    assert not rules(text).holds("expression")


# -- who the target is, and no known activity ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No tiene antecedentes; se la selecciona por su peso dentro de la comunidad, para "
        "conocer el entorno.",
        "He has no record. We ask for coverage of him and of the other men of his age set until "
        "the thieves are found.",
    ],
)
def test_standing_in_a_community_or_an_age_set_is_a_ground(text):
    assert rules(text).holds("protected_ground")


def test_no_known_illicit_activity_is_no_allegation():
    a = rules(
        "El objetivo es primo de un contrabandista condenado. No se le conoce actividad ilícita, "
        "pero vive en el mismo barrio."
    )
    assert not a.holds("specific_allegation")


# -- titles a check of the whole lexicon found missing --------------------------------------------


@pytest.mark.parametrize(
    ("title", "lead", "act"),
    [
        ("Cabinet Secretary for Mining", "The target is the {}.", ACT),
        ("chief whip of the ruling party", "The target is the {}.", ACT),
        ("speaker of the county assembly", "The target is the {}.", ACT),
        ("ministra de Vivienda", "El objetivo es la {}.", ACT),
        ("vicegobernador de la provincia", "El objetivo es el {}.", ACT),
        ("secretario de Estado de Comercio", "El objetivo es el {}.", ACT),
        ("sénatrice de la Manche", "La cible est la {}.", ACT),
        ("président du conseil régional", "La cible est le {}.", ACT),
        ("camarógrafo de un canal local", "El objetivo es {}.", ACT),
        ("comunicador social", "El objetivo es {}.", ACT),
        ("correspondant de RFI", "La cible est le {}.", ACT),
        ("éditorialiste", "La cible est {}.", ACT),
        ("letrado", "El objetivo es {} en ejercicio.", ACT),
        ("activista ambiental", "El objetivo es {}.", ACT),
        ("lideresa social", "El objetivo es {}.", ACT),
    ],
)
def test_titles_the_lexicon_missed_are_protected_roles(title, lead, act):
    assert role(lead.format(title) + act).holds


@pytest.mark.parametrize(
    "text",
    [
        # the authority that signs the warrant
        "Secretary of State warrant obtained on 3 March." + ACT,
        # several role-holders who complained: a group, not the target
        "Three district council chairmen have reported that he demanded money to drop invented "
        "stories." + ACT,
        # the one deprived of liberty is the victim
        "El objetivo es el negociador de la banda que privó de la libertad a una activista "
        "ambiental." + ACT,
    ],
)
def test_a_signing_authority_a_group_or_a_victim_is_not_the_target(text):
    assert not role(text).holds


# -- connectives are no negation; the press as a body; a complaint and a denunciation -------------


def test_sin_embargo_does_not_negate_the_office_that_follows():
    text = (
        "El investigado figura como empresario. Sin embargo, desde 2023 es consejero regional "
        "electo por la provincia." + ACT
    )
    assert role(text).holds


def test_a_member_of_the_press_is_a_journalist():
    assert role(
        "He traded on stolen board papers."
        + ACT
        + " As a member of the press, he must be "
        "reviewed."
    ).holds


@pytest.mark.parametrize(
    "text",
    [
        "She wore a T-shirt reading 'Free the Five' at the hearing.",
        "He submitted a report to a UN committee on detentions in the north.",
        "She read a statement outside the court on behalf of the families.",
        "La cible a écrit une lettre ouverte au président sur les expulsions.",
        "La cible a tenu une conférence de presse sur les fonds disparus.",
        "La cible a participé à une marche blanche pacifique.",
        "Sus denuncias en redes contra el gobernador son el motivo de la solicitud.",
    ],
)
def test_more_acts_of_expression(text):
    assert rules(text).holds("expression")


def test_a_specific_complaint_to_the_police_is_not_expression():
    a = rules(
        "Existe una denuncia concreta: dos menores declararon que ella cobró 3.500 dólares a "
        "cada familia, y los comprobantes de envío están a su nombre."
    )
    assert not a.holds("expression")


def test_the_journalist_who_reported_the_warehouse_is_someone_else():
    text = (
        "La bodega la denunció un periodista local tras un reportaje; el objetivo es el dueño "
        "del inmueble: 300 kg incautados allí y facturas de renta a su nombre."
    )
    assert not role(text).holds


# -- a target called by name ------------------------------------------------------------------------


def test_a_topic_set_aside_keeps_the_role_of_a_target_called_by_name():
    text = (
        "Awa Ndiaye est journaliste dans une radio privée. Elle est mise en cause par quatre "
        "jeunes gens arrêtés avec de faux passeports, qui déclarent les lui avoir achetés. Ses "
        "activités journalistiques ne sont pas visées."
    )
    assert role(text).holds


def test_a_person_named_then_described_is_the_target_where_the_text_has_no_noun_for_one():
    text = (
        "Timber permits were issued on the recommendation of Peter Mallya, who is an elected "
        "member of the district council, after the exporter paid TZS 90m to a shop that he owns."
    )
    assert role(text).holds


# -- a criminal record and the requester's own reading are no act of this case --------------------

SPEECH = (
    "The target posts a weekly cartoon of the president asleep while his ministers empty the "
    "treasury. The cartoons must be stopped."
)


@pytest.mark.parametrize(
    "record",
    [
        " He has a previous conviction for assault (2015).",
        " Ya cumplió condena por robo a mano armada.",
        " Il a déjà été condamné pour coups et blessures en 2016.",
    ],
)
def test_a_past_conviction_does_not_lift_a_denial_on_expression(record):
    a = rules(SPEECH + record, label="terrorism")
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    assert not a.holds("terrorism_definition_met")


def test_a_present_act_beside_the_record_still_counts():
    a = rules(
        "He was released in 2023. A search of his flat on the 4th found 2 kg of heroin, and "
        "two buyers say they bought from him every week."
    )
    assert a.holds("specific_allegation")


@pytest.mark.parametrize(
    "framing",
    [
        "We regard this as sabotage and wish to monitor her.",
        "Lo consideramos sabotaje y pedimos vigilarla.",
    ],
)
def test_the_requesters_reading_is_no_act(framing):
    a = rules(
        "The auditor sent her report to the assembly and repeated its findings in radio "
        "interviews. " + framing
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")


# -- the role mentioned for the record; an involvement disclaimed; how often is not who -----------


@pytest.mark.parametrize(
    "note",
    [
        " His role is mentioned only for completeness; it is not why he is targeted.",
        " Su cargo se menciona solo para que conste; no es el motivo de la solicitud.",
    ],
)
def test_a_role_mentioned_for_the_record_stays_the_targets(note):
    text = (
        "Subject owns the company that supplies the schools at three times the market price. "
        "She was also elected to the city council last May." + ACT + note
    )
    assert role(text).holds


def test_no_known_involvement_is_no_allegation():
    a = rules(
        "Subject is the younger sister of Tomas Rhule, wanted on a warrant for armed robbery "
        "since he failed to appear at his trial. She has no known involvement in his offending. "
        "She is the person he is most likely to contact."
    )
    assert not a.holds("specific_allegation")


def test_how_often_the_target_spoke_is_not_who_spoke():
    a = rules(
        "The subject phoned in to a radio show three times and claimed that officers at the "
        "station take money from hawkers and beat those who refuse to pay."
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "He presents the evening news on Radio Uhuru." + ACT,
        "She practises law in Nairobi." + ACT,
        "She was admitted to the bar in 2019." + ACT,
        "El objetivo oficia misa en la parroquia del barrio." + ACT,
    ],
)
def test_a_role_said_by_what_the_target_does(text):
    assert role(text).holds


def test_a_correspondent_in_the_profession_field_is_a_journalist():
    assert role(ACT.strip(), profession="correspondant").holds


# -- public money and procurement in plain words -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target prepared the cover bids for the other three contractors.",
        "He certified completion of 12 km of road that a site inspection shows was never laid.",
        "The contractor's accountant identified him as the recipient of a 10% commission paid "
        "in cash.",
        "His company paid N90 million to two procurement officers at the ministry.",
        "N2 billion was moved from the scheme into companies owned by his associates.",
        "La cible stocke la marchandise chez sa tante.",
    ],
)
def test_procurement_and_public_money_acts_in_plain_words(text):
    assert rules(text).holds("criminal_act")


def test_a_bid_is_not_a_cover_bid():
    assert not rules(
        "The target's company submitted a bid for the school contract."
    ).holds("criminal_act")


# -- what others say, and the request's own aim, are not the target's expression ------------------


def test_relatives_who_petition_are_not_the_target_speaking():
    a = rules(
        "The target has not paid the maintenance ordered for his children. His first wife and "
        "her mother have petitioned the Ministry."
    )
    assert not a.holds("expression")


def test_documenting_meetings_is_the_requests_aim():
    a = rules(
        "Director de compras que pagó medicamentos vencidos a un proveedor. Solicitamos la "
        "cámara para documentar sus reuniones con el proveedor."
    )
    assert not a.holds("expression")


def test_vests_finished_and_a_crowded_place_chosen_are_an_attack_prepared():
    a = rules(
        "Two informants and his own messages say he has finished the vests and is choosing "
        "between the bus terminal and a football match.",
        label="terrorism",
    )
    assert a.holds("terrorism_definition_met")


def test_choosing_between_two_offers_is_no_attack():
    a = rules(
        "He is choosing between the hotel and the school for his daughter's wedding reception.",
        label="terrorism",
    )
    assert not a.holds("terrorism_definition_met")


def test_a_ministry_named_for_gender_is_no_ground():
    a = rules(
        "Her NGO received a grant from the gender ministry for shelters that never opened; she "
        "signed the grant reports."
    )
    assert not a.holds("protected_ground")


def test_a_romance_scam_is_an_act():
    assert rules(
        "Le réseau soutire de l'argent à des victimes européennes par de fausses romances ; le "
        "suspect a perçu 38 transferts."
    ).holds("criminal_act")
