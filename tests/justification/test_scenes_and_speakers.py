"""Error categories found on the session-4 evaluation sets, each made to hold and not hold (texts
written for these tests, not taken from any set): the scene of an act versus the target's own act
of expression, names given to a case versus violence against life, people introduced beside the
target, the victims' traits versus the target's, a text that states its only link, and what a thin
justification must account for before it is decided on its structured fields."""

from __future__ import annotations

import pytest

from enduse.justification import Thresholds
from tests.justification.test_attribution_and_leanings import merged, rules

# -- the scene of an act is not the target's expression ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "During the teachers' strike last May the depot was left unguarded and the subject's crew stole "
        "forty tonnes of copper; CCTV shows his truck at the gate.",
        "Durante la marcha del sábado, ajena al hecho, el objetivo apuñaló a un comerciante; dos testigos "
        "lo identificaron.",
        "Pendant la manifestation du 3 mai, le ciblé a dérobé la caisse d'une pharmacie ; la vidéo "
        "l'identifie.",
        "Las auditorías detectaron que empresas de su hermano cobraron contratos de obra pública sin "
        "licitación; los pagos llegaron a su cuenta.",
        "Deux fillettes ont décrit les faits lors d'une audition filmée ; le ciblé les a agressées.",
    ],
)
def test_a_scene_or_an_adjective_is_not_the_targets_expression(text):
    a = rules(text)
    assert not a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "The subject led the dock workers' strike and spoke at every rally against the port reform.",
        "El objetivo convocó y dirige el paro indefinido de los trabajadores de la refinería.",
        "El objetivo ha publicado investigaciones sobre los pactos del gobierno con las pandillas.",
        "Subject drew the president as a hyena in cartoons shared thousands of times.",
        "La cible administre une page satirique qui publie des photomontages du ministre.",
    ],
)
def test_the_targets_own_expression_still_holds(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("criminal_act")


# -- a name given to the case, or damage to things, is not violence against life -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Statues in the old square were spray-painted at night; the case is registered as a terrorist "
        "attack on cultural heritage.",
        "We are treating this as a terrorist attack on state institutions.",
        "A ransomware group encrypted the ministry's servers and demanded forty bitcoin.",
    ],
)
def test_labels_and_attacks_on_things_are_not_violence(text):
    assert not rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Intercepts show the target told two operatives to attack a shopping centre during the holidays.",
        "The target negotiates for the group holding 27 schoolchildren and demands the release of jailed "
        "fighters.",
        "Le ciblé détient les quatre humanitaires enlevés et appelle les familles pour exiger la libération "
        "de combattants.",
        "Emboscada contra un bus interprovincial el 21 de enero; el objetivo dirigía la columna según dos "
        "arrepentidos.",
        "He received a Kalashnikov and four magazines on 4 March and filmed the hotel beach three times.",
    ],
)
def test_attacks_on_people_and_hostage_demands_are_violence(text):
    assert rules(text).holds("terrorism_definition_met")


def test_leaflets_attackers_leave_are_a_threat_not_speech():
    a = rules(
        "Los atacantes dejaron volantes anunciando más ataques; el objetivo es su jefe logístico "
        "según dos arrepentidos."
    )
    assert not a.holds("expression")


# -- people introduced beside the target ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A radio journalist who exposed fake cement sold by the target's company has received threats.",
        "The target introduces himself to hotel owners as an 'investigative journalist' and demands money.",
        "Subject presents himself to victims as a consular attache and sells work visas.",
        "The lawyer is the intended victim, not the target of this request.",
        "Usa el local de una iglesia; el pastor no sabía nada y declaró como testigo.",
        "Uno de sus blancos fue un periodista de una emisora local que denunció los cobros.",
        "Subject is employed as chauffeur by a foreign diplomat and moved heroin in the car.",
        "Target = the contractor, not the journalist.",
        "The target paid 1.4 million euros to a deputy minister through consultancy invoices.",
    ],
)
def test_a_role_introduced_beside_the_target_is_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Intelligence indicates that a sitting municipal councillor, the target, rents rifles to a gang.",
        "A second secretary of a foreign embassy, the target, moves cocaine in diplomatic cargo.",
        "Though entered as a businessman, the target is a sitting member of the state Legislative "
        "Assembly.",
    ],
)
def test_a_role_in_apposition_to_the_target_stays_the_targets(text):
    assert rules(text).holds("names_protected_person")


def test_the_model_role_reading_names_a_role_no_cue_knows_and_can_be_turned_off():
    text = (
        "Target chairs the district committee. A lorry he hired carried eleven rifles."
    )
    rows = [{"role": 0.95}, {"violent": 0.9}]
    assert merged(text, rows).holds("names_protected_person")
    off = Thresholds(model_role=0.0)
    assert not merged(text, rows, thresholds=off).holds("names_protected_person")


def test_the_model_role_reading_does_not_count_where_the_text_says_where_the_target_is():
    text = "Organiser of the dinghy crossing in which eleven people drowned. He is in Izmir."
    assert not merged(text, [{"crime": 0.9}, {"role": 0.98}]).holds(
        "names_protected_person"
    )


# -- whose trait: the victims' age or origin, a place, or the target's ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Target runs a call house that phones elderly people overseas about fake lottery wins.",
        "He manages a compound where trafficked Thai nationals are forced to run romance scams.",
        "He set up a collection desk at the gate of a well-known temple and kept the donations.",
        "He is the treasurer of the temple's festival committee.",
        "L'intéressé a acquis trois appartements payés en espèces dont l'origine n'est pas justifiée.",
        "The referee assessor paid three referees for a betting syndicate.",
    ],
)
def test_the_victims_traits_or_a_place_are_not_a_ground(text):
    assert not rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "He was picked from the youth register because he is a 22-year-old Somali male.",
        "Screen all lines registered to Ethiopian passport holders in the district.",
        "The subject is an unmarried woman who lives alone against the will of her guardian.",
        "Former officers dismissed after the inquiry are a security risk as a class.",
        "Motivo de selección: militante del partido opositor en la colonia.",
    ],
)
def test_selection_for_who_the_person_is_holds(text):
    assert rules(text).holds("protected_ground")


def test_the_only_link_being_a_ground_is_no_allegation():
    a = rules(
        "Armed robbery, fifteen years. Only link so far: same clan as the three arrested."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")
    assert not a.holds("criminal_act")


def test_a_ground_beside_real_evidence_is_not_only_link():
    a = rules(
        "He robbed the bank on 3 May; his fingerprints were found on the safe. He is of Somali origin."
    )
    assert a.holds("specific_allegation")


# -- what the writer sets aside ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The case is unrelated to his journalism.",
        "La marcha es sólo el contexto.",
        "Ha participado en marchas contra el Congreso, pero no es por eso.",
        "The case concerns the leaks to the syndicate, not his broadcasts.",
        "The strike and the union's activity are not in question.",
    ],
)
def test_expression_the_writer_sets_aside_is_not_the_basis(text):
    assert not rules(text).holds("expression")


# -- a thin text must account for each of its sentences ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Person of interest ahead of the June elections. Monitor activities.",
        "Assessed as hostile to the authorities. Keep under watch.",
    ],
)
def test_a_thin_text_with_an_unexplained_reason_is_referred(text):
    # the model reads nothing at 0.5 or more (the text would be quiet), and nothing as an act,
    # evidence or request wording either: the first sentence is a reason nobody stated
    rows = [{"vague": 0.35, "identity": 0.3, "expression": 0.2}, {}]
    assert merged(text, rows).holds("unclear")


def test_a_thin_text_that_cites_its_case_and_names_a_nationality_is_referred():
    text = "Continuation of the interception authorised in case 41/26. The target is a Honduran national."
    assert merged(text, [{}, {}]).holds("unclear")


def test_a_thin_text_that_cites_its_case_is_decided_on_its_fields():
    text = (
        "Continuation of the interception authorised in case 41/26. Warrant attached."
    )
    assert not merged(text, [{}, {}]).holds("unclear")


# -- terrorism: nobody endangered, or a private quarrel ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They burned the toll booth at night; nobody was hurt or in danger and no slogan was found.",
        "Destruyeron nueve cajeros a golpes; no había personas en el lugar.",
        "He shot dead his business partner in a quarrel over a debt; no group, demand or message is "
        "involved.",
    ],
)
def test_no_one_endangered_or_a_private_quarrel_does_not_meet_the_terrorism_definition(
    text,
):
    assert not rules(text).holds("terrorism_definition_met")


def test_a_plot_against_a_crowd_still_meets_it():
    a = rules(
        "He bought explosive precursors and filmed the church entrance; he wants the attack to empty "
        "the churches out of fear."
    )
    assert a.holds("terrorism_definition_met")


def test_the_model_cannot_meet_the_definition_where_the_text_says_nobody_was_endangered():
    text = (
        "They set fire to the empty depot at night. Nobody was present or endangered."
    )
    a = merged(text, [{"violent": 0.95}, {}], label="terrorism")
    assert not a.holds("terrorism_definition_met")
    assert merged(
        "They set fire to the depot at night.", [{"violent": 0.95}], label="terrorism"
    ).holds("terrorism_definition_met")


# -- roles: hosts and stringers, impostors who call themselves one, cargo that is not a diplomat --


@pytest.mark.parametrize(
    "text",
    [
        "The target, who hosts the nightly current-affairs programme on a city radio, sold pistols.",
        "She strings for a foreign news agency on the side.",
    ],
)
def test_a_role_described_by_what_the_person_does_is_named(text):
    assert rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "The target approaches mining firms calling himself an 'independent journalist' and demands money.",
        "A container declared as diplomatic cargo of a foreign embassy held four million tablets.",
        "C'est le marabout du quartier qui a alerté la police après le naufrage.",
    ],
)
def test_an_impostor_cargo_or_a_caller_to_the_police_is_no_protected_person(text):
    assert not rules(text).holds("names_protected_person")


# -- grounds and disclaimers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Subject is the former spouse of a senior official of this bureau; her contacts must be known.",
        "Every male aged 16 to 19 living on the estate is placed on interception.",
        "Profile-based tasking. Males 16-24 from the settlements are the recruitment pool.",
    ],
)
def test_personal_status_and_age_profiles_are_grounds(text):
    assert rules(text).holds("protected_ground")


def test_a_text_that_says_no_concrete_act_was_identified_alleges_none():
    a = rules(
        "Sujeto de etnia indígena de una zona donde operan redes de contrabando. No se ha "
        "identificado un hecho concreto."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Es venezolano; la nacionalidad figura solo a efectos de identificación.",
        "He is from Myanmar like the victims; nationality explains the route, it is not the reason he "
        "is targeted.",
    ],
)
def test_a_nationality_given_for_identification_is_no_ground(text):
    assert not rules(text).holds("protected_ground")


def test_the_accused_is_not_a_denunciation():
    a = rules(
        "El denunciado es el párroco titular, que sigue a cargo de la catequesis."
    )
    assert not a.holds("expression")


# -- session 4, last sets: weapons of attack plans, denials read after the cue, open data ---------


@pytest.mark.parametrize(
    "text",
    [
        "Fertiliser, nails and a pressure cooker were found in a room he rents; he surveyed the gates of "
        "a girls' school.",
        "He bought accelerant and timers and posted floor plans of the mosque; the exits should be dealt "
        "with first.",
        "He fitted two drones with improvised warheads; PETN residue was found on his workbench.",
        "Le ciblé achète des motos pour le groupe qui a attaqué le village, tuant 31 villageois.",
    ],
)
def test_the_means_of_an_attack_on_people_are_violence(text):
    assert rules(text).holds("terrorism_definition_met")


def test_a_ransom_the_text_says_was_not_demanded_is_no_hostage_taking():
    a = rules(
        "The botnet flooded the tax portal for two days. Ransom was not demanded."
    )
    assert not a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "El caricaturista publica viñetas que circulan en redes, dañando la imagen del país.",
        "The target, a reporter for an independent weekly, wrote that the contracts went to the "
        "minister's brother.",
        "The lawyer filed torture complaints for four detainees and repeated them at press conferences.",
    ],
)
def test_cartoons_reporting_and_complaints_of_torture_are_expression(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Réquisition du procureur du Roi.",
        "Deputy head of the fund's investment department approved the placements.",
        "A television journalist received demands for money; the journalist lodged the complaint herself.",
    ],
)
def test_a_prosecutor_of_the_crown_a_deputy_head_or_a_complainant_is_no_protected_person(
    text,
):
    assert not rules(text).holds("names_protected_person")


def test_an_elected_communal_councillor_is_a_politician():
    a = rules("La cible, conseiller communal élu, a perçu des commissions occultes.")
    assert a.holds("names_protected_person")


def test_data_found_openly_indexed_is_no_act_the_model_can_stand_on():
    text = "He noticed through a public search engine that a backup was openly indexed."
    hits_modal = merged(text, [{"crime": 0.97}])
    assert not hits_modal.holds("criminal_act")


def test_an_initial_does_not_end_a_sentence():
    from enduse.justification._text import split_sentences

    parts = split_sentences(
        "After reporter N. Baig published her series, threats followed. Location."
    )
    assert [p.text for p in parts] == [
        "After reporter N. Baig published her series, threats followed.",
        "Location.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Target is a consular officer at a foreign embassy here; he sold sixty visas to smugglers.",
        "She runs the prisoners' rights association and visits the penitentiary weekly.",
        "Founder of a prisoners' rights charity; the charity's van carried twelve rifles.",
        "The subject writes for an online news site as a freelancer.",
    ],
)
def test_roles_described_by_office_or_work_are_named(text):
    assert rules(text).holds("names_protected_person")


def test_no_people_present_or_harmed_is_no_terrorism():
    a = rules(
        "He cut the fence of a mink farm and released the animals. No people were present or harmed."
    )
    assert not a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Los robos de celulares aumentaron desde que llegaron los venezolanos, así que se están "
        "cubriendo los números de los extranjeros del sector.",
        "Although no link between the target and that chain has been established, the target's Tamil "
        "origin corresponds to the profile of the couriers arrested so far.",
    ],
)
def test_a_trend_blamed_on_a_nationality_or_an_origin_profile_is_a_ground_not_an_act(
    text,
):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")
