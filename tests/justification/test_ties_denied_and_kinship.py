"""Session 22 cues: the ties to someone else's crime denied one by one ("she has not been seen at
any of the handovers", "no se le ha visto en las tomas", "aucune victime ne la met en cause"); a
kinship given as the reason itself ("in case his brother gets in touch"); a kinship with a victim
that is no ground; roles that are someone else's (a family name, an authority with a reference
number, a reporter who filmed the gang, a cleric under police protection, an attorney's clerk);
attacks in words the cues did not know (a hijacked ferry, a hotel siege, hostages executed, a
wave of attacks planned); and expression and evidence in their sense (a song, a file handed to a
committee, entries posted with a login, a record "très écouté") (texts written for these tests).
"""

from __future__ import annotations

import pytest

from enduse.justification import analyse
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

# -- ties to someone else's crime, denied ------------------------------------------------------------

OTHERS = (
    "Copper cable stolen from the railway has been sold to a scrapyard since March, cutting the "
    "signals twice; CCTV at the yard shows the deliveries and the yard's owner was charged. "
)


@pytest.mark.parametrize(
    "tie_denied",
    [
        "She has not been seen at any of the sales, no money has been traced to her and the "
        "charged men do not mention her.",
        "He is not a suspect in the thefts.",
        "There is no record of him selling any cable.",
        "We have no information that Ruth took part in the thefts.",
        "He is not known to have any contact with the crew.",
        "He has no connection to the crew and no intercept mentions him.",
        "Her name does not appear in the yard's ledger or in the thieves' phones.",
        "None of the charged men has named him, and he never handled any of the cable.",
    ],
)
def test_a_tie_denied_leaves_no_allegation_against_the_target(tie_denied):
    text = (
        OTHERS
        + "The target is a trade unionist who has criticised the railway's managers on "
        "local radio. " + tie_denied
    )
    a = rules(text)
    assert not a.holds("specific_allegation")
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "El ganado robado en la sierra se vende en el matadero municipal; el administrador fue "
        "detenido. El objetivo es un maestro opositor que critica a la policía en la radio. No se "
        "le ha visto en los corrales ni se le ha encontrado relación con la banda.",
        "El ganado robado en la sierra se vende en el matadero municipal; el administrador fue "
        "detenido. La objetivo es una maestra que denuncia en la radio la inacción de la "
        "policía. Nada indica que ella tenga relación con la banda.",
        "Des voitures de luxe volées sont revendues par un garage du port ; le gérant a été "
        "interpellé. La cible est une militante qui accuse les autorités de laxisme. Aucune "
        "victime ni aucun suspect ne la met en cause.",
        "Des voitures de luxe volées sont revendues par un garage du port ; le gérant a été "
        "interpellé. La cible est une militante qui accuse les autorités de laxisme. Son nom "
        "n'apparaît dans aucun des carnets saisis.",
        "El ganado robado en la sierra se vende en el matadero municipal; el administrador fue "
        "detenido. La objetivo es una maestra que denuncia en la radio la inacción de la "
        "policía. Ninguno de los detenidos la menciona.",
    ],
)
def test_ties_denied_in_spanish_and_french(text):
    assert not rules(text).holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        # a fugitive's absence is no denial of a tie
        "El objetivo vendía la droga del cártel en el mercado; dos compradores lo identifican. "
        "No se le ha visto desde marzo.",
        # a victim's relative spoken of, not the target
        "The target sold the stolen cable to the scrapyard; the yard's ledger and two drivers "
        "name him. Nothing in this request concerns his wife.",
        # a church the target does not belong to
        "The target shot the pastor on the 3rd; a witness places him at the scene. The target is "
        "not a member of the church.",
    ],
)
def test_what_is_not_a_denial_of_the_tie(text):
    assert rules(text).holds("specific_allegation")


# -- a kinship given as the reason ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad fled after 90 kg of cocaine were found in his lorry. His sister works at a "
        "bakery. Because she is Omar's closest relative, we request her messages in case her "
        "brother gets in touch.",
        "El prófugo mató a un guardia en marzo. La objetivo es su pareja y vende fruta. La "
        "solicitud se basa en su relación con el prófugo, por si él la llama.",
        "The smuggler Ivo Petrov is on the run with the money. As his wife she must know where "
        "it is.",
    ],
)
def test_a_kinship_given_as_the_reason_is_a_ground_and_no_allegation(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "La objetivo vende comida en el mercado y ha declarado en la radio que los agentes "
        "trabajan para la banda; es madre de uno de los jóvenes desaparecidos.",
        "Le ciblé, frère de l'un des disparus, accuse publiquement les autorités d'avoir "
        "abandonné les recherches.",
    ],
)
def test_a_victims_relative_who_speaks_out_is_chosen_for_what_they_say(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("protected_ground")
    assert not a.holds("criminal_act")  # "disparus" (the missing) is no shooting


def test_a_fugitives_relative_is_still_a_ground():
    text = (
        "The target is the mother of a wanted gang leader; we want her messages so that we can "
        "find him."
    )
    assert rules(text).holds("protected_ground")


# -- roles that are someone else's ---------------------------------------------------------------------

ACT = " Two buyers say he sold them stolen cable every week and the scrapyard ledger names him."


@pytest.mark.parametrize(
    "text",
    [
        "His accountant, M. Jérôme Pastor, handed over the invoices." + ACT,
        "Authorisation AO-2026-1188 from the Minister of Security." + ACT,
        "A freelance reporter posed as a buyer to film the crew and was beaten." + ACT,
        "L'abbé de la paroisse a été placé sous protection policière." + ACT,
        "The company pays the adult children of a foreign transport minister." + ACT,
        "The contract for the minister's ring road was padded." + ACT,
        "Officials including the deputy minister for lands, Mr. Kofi Amos, have complained "
        "about the target's posts." + ACT,
        "Left journalism in 2016, he is now a fixer for the ring." + ACT,
    ],
)
def test_a_role_word_that_is_not_the_targets(text):
    assert not role(text).holds


def test_an_attorneys_clerk_is_no_lawyer():
    assert not role("He wired the money to Cayman accounts.", "attorney's clerk").holds
    assert role("He wired the money to Cayman accounts.", "attorney").holds


@pytest.mark.parametrize(
    "text",
    [
        "HR activist, caught with two grenades at a checkpoint; lab confirms they are live.",
        "The target, Fr. Paul Bishop, is the parish priest who hid the guns.",
    ],
)
def test_roles_still_read(text):
    assert role(text).holds


# -- attacks ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Plot to hijack a passenger ferry; two cell members arrested with rifles. Chats name the "
        "subject as leader.",
        "Subject moved funds to the cell behind the hotel siege, forty transfers before the "
        "attack.",
        "Le groupe a intercepté un car, exécuté les deux chauffeurs et emmené 20 passagers. Le "
        "numéro visé a servi à négocier les rançons.",
        "Two men were arrested with suicide vests and say the subject, their commander, plans a "
        "wave of attacks on bus stations.",
        "Used the farmers' rally as cover to plant a pipe bomb on the rail line; CCTV and residue "
        "on his clothes.",
    ],
)
def test_attacks_in_other_words_meet_the_definition(text):
    a = rules(text, label="terrorism")
    assert a.holds("terrorism_definition_met")


def test_a_wave_of_crime_is_still_a_trend():
    text = (
        "There has been a wave of burglaries in the district; the target lives there."
    )
    assert not rules(text).holds("specific_allegation")


# -- words in their sense ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le ciblé est un rappeur dont le dernier morceau, très écouté chez les jeunes, accuse "
        "les dirigeants d'avoir vendu le pays.",
        "The officer handed copies of the ministry's procurement files to the Public Accounts "
        "Committee of Parliament without clearance.",
        "Reporter doing a series on deaths in custody using leaked autopsy reports. Espionage vs "
        "police.",
    ],
)
def test_expression_read(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Forty journal entries paying KES 9m to a shell supplier were posted with her own login; "
        "the supplier forwards every payment to her account (bank records attached).",
        'He calls himself "Atty." on his calling cards and social media; twelve victims paid '
        "him to fix land titles and bank slips show the deposits.",
        "Two rescued minors identified the subject as the adult who ran the livestreams; 31 "
        "transfers from foreign payers reached him.",
        "Controla pisos con mujeres explotadas en Alicante, cuatro víctimas declaran. Terminal "
        "usado para publicar anuncios.",
    ],
)
def test_no_expression_in_these_words(text):
    assert not rules(text).holds("expression")


def test_a_new_actor_after_a_vigil_is_no_reported_content():
    text = (
        "While about 200 people held a vigil at the gate, someone climbed the fence and set an "
        "incendiary device against the valve housing while two technicians were inside. "
        "Fingerprints on the device match the target."
    )
    a = rules(text, label="terrorism")
    assert a.holds("specific_allegation")
    assert a.holds("terrorism_definition_met")


def test_an_origin_of_funds_is_no_ground():
    assert not rules(
        "Transitaire, fonds d'origine inconnue, 300 M FCFA en 2 mois."
    ).holds("protected_ground")


def test_people_brought_in_are_victims_not_a_ground():
    text = (
        "Agency owner bringing in third-country nationals on work permits for jobs that do not "
        "exist, then placing them on building sites at half pay. Eleven workers have complained."
    )
    assert not rules(text).holds("protected_ground")


def test_a_denied_demand_for_money_is_no_extortion():
    text = (
        "The subject posts replies to his information requests on Facebook, naming dealers. "
        "No demand for money has been reported. His activity is treated as extortion."
    )
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("specific_allegation")


# -- money for nothing, vandalism, a mention explained -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The finance chief paid 2 million to a cleaning firm for shifts that were never worked; "
        "the firm belongs to his brother-in-law.",
        "El jefe de compras pagó 800 millones a una empresa por obras que nunca se hicieron.",
        "The consultant produced no work; the subject approved USD 1.5m in fees to him.",
        "Since the designation of his client in 2023 the subject has continued to manage the "
        "client's portfolio through two trusts.",
        "Investors put GBP 2 million into a 'guaranteed' farmland fund run by the target. No land "
        "was ever bought.",
        "Cobrador de la vacuna semanal a los tenderos del barrio por cuenta de una banda.",
    ],
)
def test_money_for_nothing_is_an_act(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "The group spray-painted slogans on the ministry's facade and glued its locks at night; "
        "nobody was hurt.",
        "Le collectif a badigeonné de peinture rouge la façade de la préfecture pour dénoncer la "
        "réforme ; aucun blessé.",
    ],
)
def test_vandalism_under_a_terrorism_label_is_not_expression(text):
    a = rules(text, label="terrorism")
    assert not a.holds("expression")
    assert not a.holds("terrorism_definition_met")


def test_vandalism_keeps_its_message_under_another_label():
    text = (
        "The target spray-painted slogans criticising the mayor on the town hall; she posts "
        "them on Facebook."
    )
    assert rules(text, label="criminal damage").holds("expression")


def test_a_mention_explained_is_no_ground():
    text = (
        "Se trata de un ciudadano boliviano que recluta compatriotas con ofertas falsas y los "
        "encierra en un taller; tres víctimas declararon. Menciono su nacionalidad porque las "
        "víctimas también lo son."
    )
    assert not rules(text).holds("protected_ground")


# -- acts told of others ---------------------------------------------------------------------------------

BOMB = (
    "On 2 March a bomb at the bus station killed four people; two suspects were arrested with "
    "detonators and have confessed. "
)


def test_what_the_target_claimed_on_air_ties_them_to_nothing():
    text = BOMB + (
        "The subject posted videos on Facebook claiming that officers at the station take bribes "
        "from smugglers. He is a member of the opposition party."
    )
    a = analyse(text)
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "tail",
    [
        # the request's own words are no tie
        " The target leads the Roma families at the old mill. Interception would let us "
        "understand the group before anything happens.",
        # a Jehovah's Witness is no witness
        " Témoin de Jéhovah, la mise en cause fait du porte-à-porte avec les brochures de son "
        "organisation.",
    ],
)
def test_no_tie_in_these_words(tail):
    assert "others_act" in hits_of(BOMB + tail)


def test_a_post_that_does_the_act_ties_the_target():
    text = (
        "Three hundred members lost EUR 2 million in a Ponzi scheme run through a congregation's "
        "investment circle. The target is the lay treasurer who opened the accounts and moved "
        "the money to his wife's companies. He is a member of the congregation."
    )
    assert "others_act" not in hits_of(text)


def hits_of(text):
    from enduse.justification._rules import analyse_rules
    from enduse.justification._text import split_sentences

    return analyse_rules(split_sentences(text), profession="unknown").score


# -- roles: victims, counterparts, headings, titles ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un periodista que cubría la marcha fue asesinado a tiros esa noche. La moto, registrada "
        "a nombre del objetivo, aparece en las cámaras.",
        "El periodista de una radio local asesinado el lunes había denunciado amenazas. El "
        "objetivo fue visto en la calle de la víctima.",
        "La maison d'un député a été incendiée pendant la nuit. Le ciblé apparaît sur la vidéo "
        "en train de lancer les cocktails Molotov.",
        "El objetivo negocia con el viceministro el pago del rescate desde esta línea.",
        "The fire was set while the pastor, his wife and two children were asleep upstairs. "
        "CCTV shows the target buying petrol.",
        'This account presents itself as a "youth pastor" to boys online; the church confirms '
        "no one of that name has ever worked there. Two victims' parents reported it.",
        "The mayor reported that she had received threatening messages from this number; the "
        "SIM is registered to the target.",
        "El cuñado del gobernador recibió los contratos. La objetivo es la contadora que firmó "
        "los balances falsos.",
        "L'objectif est le neveu de l'imam d'une mosquée de la ville; il a chargé la cocaïne.",
    ],
)
def test_role_holders_who_are_victims_counterparts_or_relations(text):
    assert not role(text).holds


def test_a_false_claim_in_the_profession_field():
    text = "He visits inmates presenting himself as their advocate; two were found with heroin."
    assert not role(text, "unemployed (falsely presents as an advocate)").holds


@pytest.mark.parametrize(
    "text",
    [
        "Bishop John Phiri of the Living Waters Assembly. Three girls from the choir have given "
        "statements that he abused them.",
        'Sen. Ramon "Boy" Tan is suspected of taking monthly payments from a smuggling ring.',
        "The target runs Kijiji Watch, an independent news website, and took payments not to "
        "publish stories.",
        "The target coordinates a legal aid clinic that files habeas corpus applications for "
        "detainees; warders say she paid them to carry phones in.",
    ],
)
def test_roles_named_by_a_heading_a_title_or_an_activity(text):
    assert role(text).holds


# -- acts in the case's own words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No drugs, money or messages have been linked to her so far.",
        "No money, drugs or messages link him to the dealer beyond the job.",
    ],
)
def test_things_listed_as_not_tied(text):
    full = (
        "Fentanyl is sold from a house on Mesa Drive; CCTV shows the deliveries and a buyer "
        "has confessed. The target is the wife of the distributor who lives there. "
        + text
    )
    assert not rules(full).holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Cameras record the target receiving envelopes from two contractors, and the next day he "
        "deposited similar sums in cash into the manager's wife's accounts.",
        "A tunnel was found running from a shop leased by the target to within two metres of the "
        "bank's vault.",
        "The 40 families shown in the target's appeal photographs do not exist, and the funds "
        "were moved to accounts in his wife's name.",
        "El investigado les cobró entre 1.500 y 4.000 euros por una defensa que nunca ejerció.",
        "Two attackers in custody say the target paid them and gave them the reporter's address.",
    ],
)
def test_acts_in_the_cases_own_words(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Fugitive Ray Dell has been off the grid since August. The target is his mother. We have "
        "nothing showing she has helped him; sons on the run call their mothers sooner or later "
        "and her phone is the best lead we have.",
        "Son mari a rejoint un groupe armé à l'étranger. La cible travaille dans une maison de "
        "retraite. Aucun virement, contact ni déplacement ne la relie au groupe. Elle reste "
        "l'épouse d'un terroriste et à ce titre doit être suivie.",
        "Un extorsionador detenido compartía pieza con el objetivo. El objetivo es colombiano, "
        "como la mayoría de la banda, y por eso creemos que puede estar relacionado. No hay "
        "llamadas, transferencias ni testigos que lo vinculen a los hechos.",
    ],
)
def test_relatives_and_compatriots_chosen_for_who_they_are(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_a_brother_is_no_nationality():
    text = "El objetivo es hermano, y vende la droga en el mercado; dos compradores lo identifican."
    assert not rules(text).holds("protected_ground")


# -- a campaign's slogan, an economy attacked, shares handed over ----------------------------------------


def test_a_no_inside_a_campaigns_name_negates_nothing():
    text = (
        "Dirigente de una asociación que lanzó la campaña 'No le compres al cuñado', llamando a "
        "dejar de comprar en la cadena de supermercados del ministro."
    )
    assert rules(text).holds("expression")


def test_a_no_inside_a_quoted_threat_still_negates():
    text = "Exige 25.000 quetzales a cada alcalde para 'no sacar' supuestas denuncias en su página."
    assert not rules(text).holds("expression")


def test_an_attack_on_the_economy_is_a_figure_of_speech():
    text = "Sales fell 20 % after the boycott. It is an attack on the economy to pressure the government."
    assert not rules(text, label="economic terrorism").holds("terrorism_definition_met")


def test_a_share_handed_over_is_an_act():
    text = (
        "Tres contratistas declararon que tenían que entregar el 10% en efectivo a su secretario "
        "particular; uno aportó video de una entrega."
    )
    assert rules(text).holds("criminal_act")


def test_a_part_denied_is_no_allegation():
    text = (
        "La cible n'a participé à aucune action du groupe ; mais donner la parole à ce chef, "
        "c'est faire son apologie."
    )
    assert "no_allegation" in hits_of(text)


@pytest.mark.parametrize(
    ("text", "profession"),
    [
        ("Leads a boycott of the brewery's products.", "consumer rights campaigner"),
        ("The company pays the family of the minister of economy.", "unknown"),
    ],
)
def test_not_a_protected_role(text, profession):
    assert not role(text, profession).holds
