"""Session 18 cues: a role the profession field only claims, role-holders who are the victims, the
relatives or the former holders of a role, what set an inquiry going (an article, a protest) as
opposed to the basis of the request, the people harmed described by a ground word, a profile with
no case, and words of a crime that looked like expression (texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.justification.test_lapsed_and_borrowed_roles import ACT, role, rules

# -- a role claimed, not held -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "profession"),
    [
        (
            "The subject showed a diplomatic passport at the port to have two containers waved "
            "through. The issuing state says the passport is a forgery.",
            "self-styled diplomat (not accredited)",
        ),
        (
            "El objetivo cobra a las familias de los presos por 'tramitar' su libertad. No figura "
            "en el colegio de abogados.",
            "se presenta como abogado (sin título)",
        ),
    ],
)
def test_a_role_the_profession_field_only_claims(text, profession):
    assert not role(text + ACT, profession=profession).holds


def test_a_claimed_role_in_the_profession_alone_is_not_read_either():
    assert not role("He sells cocaine." + ACT, profession="lawyer (unqualified)").holds
    # a plain profession still names the role
    assert role("He sells cocaine." + ACT, profession="lawyer").holds


def test_saying_one_is_a_journalist_to_victims_is_a_claim():
    assert not role(
        "Posing as a researcher, the man rings elderly people, saying he is a journalist preparing "
        "a piece on savings; he has never worked for any outlet and the card he shows is fake."
        + ACT
    ).holds


# -- role-holders who are the victims, the relatives or the former holders -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The parish priest of San Telmo was taken from his car by four armed men on Sunday; the "
        "target's line made the ransom call.",
        "The consul and her children were unharmed when the target's gang robbed the residence.",
        "The target sold forged baptismal records; the vicar was shown the papers and married "
        "the couples in good faith.",
        "La cible a une sœur avocate à Lyon, sans lien avec la présente enquête.",
        "Su hermano periodista vive en otra provincia y no tiene relación con los hechos.",
        "El hijo de 12 años del concejal fue secuestrado el martes; el objetivo hizo las llamadas.",
        "On a forum the target wrote he would 'finish' the governor at the rally.",
    ],
)
def test_the_role_is_someone_elses(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "El investigado fue concejal hasta 2016 y no ocupa cargo alguno desde entonces.",
        "The target retired from the diplomatic service in 2018; he holds no diplomatic office "
        "today.",
    ],
)
def test_a_role_held_once_has_lapsed(text):
    assert not role(text + ACT).holds


@pytest.mark.parametrize(
    "text",
    [
        "La cible, attaché à l'ambassade d'un pays voisin, réceptionne les colis de cocaïne.",
        "El investigado es concejal en funciones y cobra comisiones por cada licencia.",
    ],
)
def test_the_role_stays_the_targets(text):
    assert role(text + ACT).holds


def test_a_french_verb_is_no_correspondent():
    assert not role(
        "Les factures de la société ne correspondent pas aux marchandises livrées."
        + ACT
    ).holds


# -- what set the inquiry going is not its basis --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A radio report in March described ghost workers on the council payroll. Our audit found "
        "that the target, the payroll officer, added 31 names and routed their wages to two "
        "accounts he controls; the bank confirms it.",
        "L'enquête a été ouverte après un reportage d'une chaîne locale. La cible a encaissé 40 "
        "chèques de la mairie sur son compte personnel, selon les relevés bancaires.",
        "Residents' protests about the missing clinic are what led the health ministry to order "
        "an inspection; nobody involved in the protests is under suspicion. The inspection found "
        "that the target signed for 2.1 million of equipment never delivered, and the supplier "
        "says he paid him a tenth of it.",
    ],
)
def test_an_article_or_a_protest_that_began_the_inquiry(text):
    a = rules(text)
    assert not a.holds("expression")


def test_the_targets_own_article_is_still_expression():
    a = rules(
        "After his article on the governor's farms, we opened an investigation into the author. "
        "He has written four such articles this year."
    )
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        # a tender's publication, procurement "marchés", a deadline's adjective
        "The target drafted the specifications three weeks before the publication of the tender "
        "and took 5 % from the winner, as the ministry's server logs show.",
        "Un agent de la direction des marchés reconnaît avoir reçu 200 000 de la cible.",
        "PLAZO CRÍTICO 72 H. El objetivo retiene a la víctima en una casa de seguridad.",
        # doxxing and threats, advertisements of a trafficking ring
        "He published her home address and her children's school on a forum, then sent her "
        "forty threatening messages.",
        "Las víctimas declararon que él publicaba anuncios de trabajo de modelo y las recibía en "
        "la terminal.",
    ],
)
def test_words_of_the_crime_are_no_act_of_expression(text):
    assert not rules(text).holds("expression")


# -- the people harmed, not the target -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les corps d'une femme guinéenne et de son fils ont été retrouvés près de la frontière ; "
        "le passeur avait été payé 800 euros.",
        "Nine survivors, Eritrean nationals, say the target's crew held them for ransom.",
        "A family of three, Honduran nationals, were found drowned in the canal after the target "
        "left them on the bank.",
        "Three girls aged 12 and 13 have told police that he abused them at the camp.",
        "The target sells location data to a man who used it to stalk his former wife.",
    ],
)
def test_a_ground_word_that_describes_the_people_harmed(text):
    assert not rules(text).holds("protected_ground")


def test_a_ground_word_that_describes_the_target_is_still_one():
    assert rules(
        "The target is a young Afghan man; smuggling gangs recruit such men, and he matches this "
        "profile on age and nationality."
    ).holds("protected_ground")


# -- a profile, not a case ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All money changers of Syrian nationality in the souk are covered by the operation. No "
        "specific suspicious transaction has been identified yet.",
        "Target: young man of Somali origin. No intelligence on the individual.",
        "Los vecinos señalan a los extranjeros. No tenemos indicios concretos sobre él, pero encaja "
        "en el perfil.",
    ],
)
def test_a_profile_is_no_specific_allegation(text):
    assert not rules(text).holds("specific_allegation")


# -- crimes the cues now read --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two girls of 14 say the target had sex with them in the back room of the shop.",
        "Customs found icons in his luggage, with export certificates the ministry says are "
        "forged.",
    ],
)
def test_acts_the_cues_now_read(text):
    assert rules(text).holds("criminal_act")


# -- second batch --------------------------------------------------------------------------------------


def test_the_head_of_a_quranic_school_is_a_religious_leader():
    assert role("La cible dirige une medersa de 40 élèves à Mopti." + ACT).holds


def test_a_liaison_officer_who_shares_statements_is_beside_the_target():
    assert not role(
        "The target runs the call centre. DEA legal attaché has shared the buyers' statements with "
        "us." + ACT
    ).holds


def test_a_finding_established_after_a_reporting_word_is_an_act():
    a = rules(
        "Our inquiry, which began after that report, has established that the target issued 60 "
        "false transit declarations."
    )
    assert a.holds("criminal_act")


def test_what_the_sentence_sets_aside_first_is_not_the_basis():
    a = rules(
        "The subject hosts a cooking show on a regional channel. Separately from his broadcasting, "
        "he sells places on lorries to the UK for 15,000 each, and his cousin collects the money."
    )
    assert not a.holds("expression")
    assert not rules(
        "The subject hosts a lifestyle programme on a regional channel."
    ).holds("protected_ground")


def test_a_trait_said_to_have_nothing_to_do_with_the_request():
    assert not rules(
        "Muchos de sus clientes son de origen extranjero; eso no tiene que ver con la solicitud, "
        "que se dirige contra el gestor."
    ).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        # "anunció" (announced) folds to "anuncio" (an advertisement): still a call to strike
        "El dirigente convocó el paro del mes pasado y anunció otro por tiempo indefinido.",
        # classified material is no classified advertisement
        "Publication of classified material is espionage under section 4 of the Act.",
    ],
)
def test_expression_that_is_still_read(text):
    assert rules(text).holds("expression")


def test_the_origin_of_goods_and_a_forensic_profile_are_no_profiling():
    # goods "de origen paraguayo" are no people chosen for their origin
    assert not rules(
        "El objetivo introduce cigarrillos de origen paraguayo sin pagar aranceles; la aduana "
        "incautó 40 cajas en su depósito."
    ).holds("protected_ground")
    # a DNA profile that matches is evidence, not a profile of who the target is
    assert rules(
        "The DNA from the knife matches the profile taken from the target after his arrest; "
        "two witnesses saw him stab the victim."
    ).holds("specific_allegation")
