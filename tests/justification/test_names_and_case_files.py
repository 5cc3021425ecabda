"""Session 21 cues: long case files that name many people. The target called by name (whose line
the request wants, whom the evidence identifies, a name beside the text's noun for the target)
and a role word given a name of its own: the target's where the names agree, someone else's where
they do not, and "the priest" later on is the priest named before. Also: a role-holder brought in
with "a" who does the act, lawyers of the victims, "celebrates mass-casualty attacks", profiles
and lists of what was not found as no allegation, a kidnapping with no political element, one who
runs a news portal, a party's own candidate, and sentences that do not end at "Dra." or "I.G."
(texts written for these tests)."""

from __future__ import annotations

import pytest

from enduse.justification import analyse
from enduse.justification._rules import target_names
from enduse.justification._text import split_sentences
from tests.justification.test_lapsed_and_borrowed_roles import role, rules

# -- the target called by name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We seek Okafor's messages and contacts.", {"okafor"}),
        ("Se solicitan los mensajes de la línea de Quintero.", {"quintero"}),
        (
            "Bank records identify the buyer as Tomás 'el Flaco' Ibarra Soto, 41.",
            {"tomas", "ibarra", "soto"},
        ),
        ("Subject Rhys Pennant (27) bought the fertiliser.", {"rhys", "pennant"}),
        ("Messages and contacts on DUNMORE's phone are needed.", {"dunmore"}),
        (
            "Le conducteur, Karim Haddad, 31 ans, a été identifié par sa plaque.",
            {"karim", "haddad"},
        ),
        # the sister of the target is not the target
        ("La sœur du mis en cause, Mme Awa Diop, tient une boutique.", set()),
        # an agency's acronym is no name
        ("The OSA reports the meetings.", set()),
    ],
)
def test_the_target_called_by_name(text, words):
    assert target_names(split_sentences(text)) == words


CASE = (
    "Since March a crew has robbed eleven petrol stations on the ring road, and a cashier, "
    "Mr Peter Lomax, was pistol-whipped on the 2nd. {middle} CCTV, the getaway car's plates and "
    "two arrested members identify the planner as Darren 'Dee' Walcott (34), who scouts each "
    "station a day ahead. We seek Walcott's messages and location."
)


@pytest.mark.parametrize(
    "middle",
    [
        "Local reporter Anna Kerr, who covered the raids, has received threats.",
        "El alcalde de San Roque, Julián Pérez, ha pedido más patrullas.",
        "L'imam de la mosquée du quartier, M. Idriss Kane, a reçu les familles.",
        "Human rights worker Grace Mensah of the Ring Road Legal Desk took the cashier's statement.",
        "The cashier's lawyer, Ms Helen Booth, has asked for protection for her client.",
    ],
)
def test_a_role_given_to_another_name_is_not_the_named_targets(middle):
    assert not role(CASE.format(middle=middle)).holds


def test_the_priest_named_before_is_the_priest_spoken_of_later():
    text = (
        "On the 3rd Fr. Martin Obi, parish priest of St Jude's, was abducted after evening Mass. "
        "Two arrested herdsmen identify the negotiator as Ifeanyi 'Boss' Okeke (38), who calls "
        "from this number. The priest is said to be weak and in need of medication. We seek "
        "location and messages."
    )
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        # the role word's name is the target's
        "Prison visit logs show the gang leader was visited before each wave of threats by "
        "Advocate Rohan Mehta, enrolled with the Bar Council. An arrested shooter says Mehta "
        "wrote out the lists of shops. We seek Mehta's messages and contacts.",
        "Three dealers say they paid the village chief, Samuel Otieno Were (52), an elected "
        "official, to be warned of raids; a teller flagged his cash deposits. We need Were's "
        "messages.",
        "Cllr Brian HOLLIS, who chairs the licensing committee, is suspected of taking cash from a "
        "club owner; the owner's ledger records the payments. Messages on HOLLIS's phone are "
        "needed.",
    ],
)
def test_a_role_given_to_the_targets_own_name_is_the_targets(text):
    assert role(text).holds


def test_without_a_name_for_the_target_a_named_role_holder_may_be_the_target():
    # no request by name: the named pastor is whom the text is about
    text = (
        "Le pasteur Didier MARCHAND dirige l'église du Rocher. Depuis 2022, il promet à des "
        "fidèles âgés un rendement de 12 % : 40 personnes ont versé 1,8 M€, et aucun placement "
        "n'a été fait."
    )
    assert role(text).holds


# -- who else a role-holder may be ------------------------------------------------------------------


def test_a_role_holder_brought_in_with_a_who_does_the_act_is_the_target():
    text = (
        "Allied service report: a first secretary at a foreign embassy here is using his "
        "diplomatic bag to bring in cocaine. A courier arrested on the 5th carried this number."
    )
    assert role(text).holds


def test_a_role_holder_brought_in_with_a_who_suffers_the_act_is_not():
    text = (
        "Since May a presenter at City FM has received 80 messages from this account, with "
        "pictures of her car and of a knife. The account was opened with a false name."
    )
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "La abogada de la familia de la víctima, Dra. Rosa Paredes, ha pedido celeridad. El "
        "prófugo llamó a su hermano desde este número.",
        "The lawyer for the survivors has asked for an update. The smuggler calls from this "
        "number.",
    ],
)
def test_a_lawyer_for_the_victims_is_not_the_target(text):
    assert not role(text).holds


def test_mass_casualty_is_no_mass():
    text = (
        "He runs a channel that celebrates mass-casualty attacks and bought 30 kg of ammonium "
        "nitrate last week."
    )
    assert not role(text).holds


# -- what was not found -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The airport desk's profile flags young women travelling alone on the route. She was "
        "flagged solely by the profile.",
        "All members of the chat group from one country are under collection. The target is "
        "one of them; none of his transactions has been flagged.",
        "He is one of nine foreign workers at the yard. There is no intelligence, record, "
        "financial indicator or contact with known dealers concerning him.",
        "He has been selected because he fits the nationality and employment profile.",
    ],
)
def test_a_profile_and_what_was_not_found_allege_nothing(text):
    others = (
        "In January twelve men were found working in a cannabis factory at the docks and the "
        "manager was convicted of trafficking. "
    )
    # the whole analysis: the model reads the others' crime as an act
    assert not analyse(others + text, offence_label="drug trafficking").holds(
        "specific_allegation"
    )


def test_a_real_finding_keeps_the_allegation():
    text = (
        "He is one of nine foreign workers at the yard. A search of his locker found 3 kg of "
        "cocaine and the buyer names him."
    )
    assert rules(text).holds("specific_allegation")


# -- terrorism without its aim ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A trader's son was kidnapped on the 4th and the gang demands 80 million from this "
        "number. There is no political or ideological motive; they are a ransom gang.",
        "Two farmers were abducted for ransom on the 9th. Since the new circular every "
        "kidnapping is filed as terrorism.",
    ],
)
def test_a_kidnapping_for_money_does_not_meet_the_definition(text):
    a = analyse(text, offence_label="terrorism", offence_category="terrorism")
    assert not a.holds("terrorism_definition_met")


def test_a_kidnapping_to_compel_the_government_meets_it():
    text = (
        "The group kidnapped two engineers on the 4th and demands that the government free its "
        "jailed commanders, threatening to kill them."
    )
    a = analyse(text, offence_label="terrorism", offence_category="terrorism")
    assert a.holds("terrorism_definition_met")


# -- roles in other words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El objetivo dirige un portal de noticias en la provincia y cobra a comerciantes por no "
        "publicar.",
        "The target runs a local news website and charges shopkeepers to keep them out of it.",
        "The target has just been named his party's candidate for the assembly seat.",
    ],
)
def test_a_news_portal_and_a_partys_own_candidate(text):
    assert role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "He campaigned for his party's candidate in the by-election and carried the cash to the "
        "buyers.",
        "He drove his party's candidate to rallies and sold cocaine from the car.",
    ],
)
def test_a_candidate_the_target_works_for_is_someone_else(text):
    assert not role(text).holds


# -- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La abogada, Dra. Rosa Paredes, pidió celeridad.",
        "His advocate, citizen I.G. Tarasov, passes the notes on.",
    ],
)
def test_a_title_or_initials_do_not_end_a_sentence(text):
    assert len(split_sentences(text)) == 1


# -- worship ------------------------------------------------------------------------------------


def test_a_protestant_community_is_no_protest():
    text = (
        "The target is the treasurer of a Protestant community and moved 4 million from its "
        "building fund to his own company, by the bank's records."
    )
    assert not rules(text).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "The pastor holds Sunday services in a hall although the community was refused "
        "registration. Apart from worship, no other activity of the community has been identified.",
        "El pastor celebra cultos en una casa. Fuera del culto, no se le conoce ninguna otra "
        "actividad.",
    ],
)
def test_a_case_resting_on_worship_alone_is_a_ground(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


# -- violence in other words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Intercepts hold payload weights for a drone strike on the workers' housing block; he "
        "bought the drones under a false name.",
        "He has rented a van for the festival day and posted that he will drive into the crowd "
        "to frighten the migrants out of the town.",
        "The doors of the chapel were set alight while forty worshippers were inside; CCTV shows "
        "his car at the fuel station before.",
        "The cage brake was disabled while 30 miners were underground, and a letter promised "
        "more unless the licence is withdrawn; he was the last man in the winding room.",
        "Three roadside IEDs hit passenger buses in March; two arrested members name him as the "
        "builder.",
    ],
)
def test_attacks_in_other_words_meet_the_definition(text):
    assert rules(text, label="terrorism").holds("terrorism_definition_met")


def test_a_threat_reported_of_someone_else_is_no_act_of_the_target():
    # what the target reports others intend is not an act of the target's
    text = "He wrote in his column that the militia will drive into the crowd at the march."
    assert not rules(text, label="terrorism").holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "At the march the target threw a bottle that cut the forehead of a constable (two "
        "stitches); the march was otherwise peaceful. Under the directive on attacks against "
        "police during demonstrations the case is classified as terrorism.",
    ],
)
def test_a_rule_that_relabels_a_case_as_terrorism_does_not_meet_it(text):
    a = analyse(text, offence_label="terrorism", offence_category="terrorism")
    assert not a.holds("terrorism_definition_met")


# -- people acted on, and people beside the case ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a second title, after the name, of the journalist threatened
        "El objetivo amenaza de muerte a la periodista Ana Ruiz, reportera de un diario local, y "
        "la cámara registró su moto.",
        # a journalist who reported threats against herself
        "Una periodista de una radio denunció amenazas por WhatsApp; la IP del autor es la del "
        "objetivo.",
        # counted lawyers, in Spanish
        "Vende borradores de sentencias; dos abogados lo admitieron y aportaron los depósitos.",
        # the mayor at whose ceremony the bomb is set
        "The cell led by the target will detonate a device at the swearing-in of the newly "
        "elected district mayor.",
        # the people asleep inside
        "Petrol was poured through the letterbox of the temple and lit while the priest and his "
        "family slept upstairs; the target's car was outside.",
        # a bribe handed to a councillor, who is the subject of another proceeding
        "Empresario que entrega sobres al concejal de obras para obtener licencias. El objetivo "
        "es el empresario; el concejal es objeto de otra diligencia.",
        # a congressman the scheme only names
        "The target tells families that a congressman sponsors the jobs. The congressman has "
        "nothing to do with it.",
    ],
)
def test_people_acted_on_or_beside_the_case_are_not_the_target(text):
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        # a fact that has nothing to do with it, not the person
        "An elected member of the city council (on the opposition benches, which has nothing to "
        "do with this) is suspected of paying a hacker to break into a rival's mail.",
        # an adjective, not a plural ("diplomatiques")
        "Des véhicules portant des plaques diplomatiques rattachées à son poste de consul ont été "
        "vus au point de livraison d'armes.",
    ],
)
def test_a_role_stays_the_targets(text):
    assert role(text).holds


# -- allegations in other words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He still runs the books for a methamphetamine syndicate: cash is fed through his "
        "former clients' firms. A member now cooperating has handed over spreadsheets in his "
        "hand.",
        "Victims aged 13 and 14 describe being driven by him to flats where they were abused by "
        "adult men; both have identified him and his car.",
        "Les cobra fianzas que nunca deposita a las familias de los internos. Diecinueve "
        "denuncias.",
        "He takes 3% of every road contract he signs; the contractor recorded the handover.",
    ],
)
def test_acts_and_evidence_in_plain_words(text):
    assert rules(text).holds("specific_allegation")


# -- a doubt the second reading lifts ---------------------------------------------------------------


def test_a_doubt_on_the_scenario_model_alone_is_lifted_by_a_sure_second_reading():
    from tests.justification.test_confirmed_doubt import confirm, doubted

    a = confirm(doubted(), [0.1, 0.2, 0.6, 0.1], [0.96, 0.0, 0.03, 0.01])
    assert not a.holds("doubted")
    assert "lifted" in a.findings["doubted"].detail


@pytest.mark.parametrize(
    ("holding", "second"),
    [
        ({}, [0.9, 0.0, 0.08, 0.02]),  # the second reading is less sure
        ({"expression": True}, [0.96, 0.0, 0.03, 0.01]),  # the rules found expression
        ({"protected_ground": True}, [0.96, 0.0, 0.03, 0.01]),  # ... or a ground
    ],
)
def test_otherwise_the_doubt_stands(holding, second):
    from tests.justification.test_confirmed_doubt import confirm, doubted

    a = doubted(**holding)
    assert confirm(a, [0.1, 0.2, 0.6, 0.1], second) is a


# -- words that are not the target's expression or ground -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "vigilar" is to watch, not a vigil
        "No hay denuncias en su contra, pero se considera necesario vigilar sus mensajes.",
        # a relative's blog
        "The target is the brother of the exiled blogger behind the page; her phone is the "
        "channel he uses.",
        # protests foreseen in the area, no one's
        "En la zona se prevén protestas contra el Congreso. La objetivo es comunera aimara.",
    ],
)
def test_watching_a_relatives_blog_and_protests_foreseen_are_not_the_targets_expression(
    text,
):
    assert not rules(text).holds("expression")


def test_a_vigil_is_still_expression():
    assert rules(
        "The target organised a candlelight vigil outside the prison for the detainees."
    ).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        # the victims' origin
        "Série de vols avec violence au domicile de commerçants d'origine asiatique ; le ciblé "
        "est reconnu par deux victimes.",
        # membership of a criminal network is no belonging
        "Por el acceso a expedientes reservados se presume su pertenencia a una red de "
        "delincuencia organizada.",
        # the building damaged, and those who complained
        "He smashed the windows of the Reform synagogue; the building was empty.",
        "His sketch mocks godmen; several complaints from religious groups followed.",
    ],
)
def test_grounds_of_others_are_no_ground_of_the_target(text):
    assert not rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "Se vigila a una muestra de ciudadanos venezolanos residentes en Lima. El objetivo forma "
        "parte de la muestra. No se le atribuye ningún hecho.",
        # "against" is no crime against the group: the law's, and the community's own
        "In his sermons he said the new law discriminates against Muslims; his community has "
        "historically been resistant to state authority, so we must know what its leaders say.",
    ],
)
def test_a_sample_of_nationals_and_a_community_are_grounds(text):
    assert rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "Organisateur de traversées en small boat, 2 500 euros la place ; les survivants "
        "désignent cet homme, dont le numéro figure dans trois téléphones.",
        "Organiser of sham marriages for residence cards; eleven couples have admitted the "
        "arrangement and name him as the fixer.",
        "Nine widows were courted online by a widowed engineer. Total losses CAD 900,000. The "
        "ISP records place the handset at the target's flat every night.",
        "The winning party in six of her cases paid money to her cousin's account after "
        "judgment (bank records attached).",
        "Two girls taken from a children's home on Monday by a woman using this number, who "
        "claimed to be an aunt; CCTV shows her car.",
    ],
)
def test_smuggling_sham_marriages_romance_fraud_a_judges_bribes_and_a_taking(text):
    assert rules(text).holds("specific_allegation")


def test_losses_to_an_economy_are_no_fraud():
    text = (
        "Target called the general strike; factories shut for three days, causing export losses "
        "of USD 60m. No violence was reported."
    )
    assert not rules(text).holds("criminal_act")


# -- a crime told of others -------------------------------------------------------------------------

OTHERS = (
    "On 4 May a bomb at the bus station killed two people; three suspects were arrested with "
    "detonators and have confessed. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The target posted videos criticising the governor's handling of the floods and called "
        "for a march.",
        "La cible est membre de la communauté chiite du quartier et fréquente sa mosquée.",
    ],
)
@pytest.mark.parametrize("use_model", [False, True])
def test_a_crime_told_of_others_is_no_allegation_against_a_critic(text, use_model):
    a = analyse(OTHERS + text, offence_label="terrorism", use_model=use_model)
    assert not a.holds("specific_allegation")
    assert a.holds("expression") or a.holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        # the target given a part in the crime, or a thing of it traced to the target
        "The target posts videos against the governor; he is the one who built the detonators.",
        "The target posts videos against the governor; a timer recovered at the scene was registered to him.",
        # the line itself in the crime
        "The target posts videos against the governor; the bombers' calls came from this number.",
    ],
)
def test_a_crime_of_others_tied_to_the_target_stays_an_allegation(text):
    assert rules(OTHERS + text).holds("specific_allegation")


def test_a_protected_person_beside_a_crime_of_others_is_still_referred():
    # the act is not set aside: a person decides (a referral), never a permit
    a = rules(
        OTHERS + "The target is a journalist who criticises the governor on his blog."
    )
    assert a.holds("names_protected_person")
    assert a.holds("specific_allegation")


def test_others_act_at_zero_leaves_the_acts_standing():
    from enduse.justification.analysis import Thresholds

    text = (
        OTHERS
        + "The target posted videos criticising the governor and called for a march."
    )
    off = analyse(text, use_model=False, thresholds=Thresholds(others_act=0.0))
    assert off.holds("specific_allegation")


# -- more acts in plain words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From the pulpit he sells a 'blessing fund' promising members doubled returns; the "
        "funds were moved to his personal wallets, as the exchange's records show.",
        "Runs a gossip blog. Four traders say he sent them drafts of damaging posts and "
        "demanded payment to withhold them; one paid by mobile money to a line in his name.",
        "A man arrested on a gun charge says the target paid him $2,000 to 'make the reporter "
        "disappear'; the transfer and their messages confirm it.",
    ],
)
def test_a_ponzi_scheme_a_bloggers_extortion_and_a_paid_killing_are_acts(text):
    assert rules(text).holds("specific_allegation") or role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "During the riots the target is recorded planning to barricade the doors of the police "
        "post with officers inside and set it on fire so that parliament gives way.",
        "A man broke away from the march and pushed a burning bin into the hotel lobby while "
        "families were inside.",
    ],
)
def test_a_fire_set_with_people_inside_endangers_life(text):
    assert rules(text, label="terrorism").holds("terrorism_definition_met")


def test_stones_at_a_police_line_still_do_not():
    text = (
        "During the riots the target threw stones at the police line; nobody was hurt."
    )
    assert not rules(text, label="terrorism").holds("terrorism_definition_met")


def test_targeted_is_no_noun_for_the_target():
    # "why he is targeted" gives the text no noun of its own for the target: the diplomat who
    # does the act is still the target
    text = (
        "Allied service report: a first secretary at a foreign embassy here is using his "
        "diplomatic bag to bring in cocaine. A courier arrested on the 5th carried this number. "
        "His role is mentioned only for completeness; it is not why he is targeted."
    )
    assert role(text).holds
