"""Session 24 cues: crimes done online or on paper that the cues read as expression or missed
(payers counted, sham sellers, cures sold as certain, meetings arranged with children, official
papers sold by the hundred, payees that do not exist, receipts their issuer disowns, tickets
resold, a former partner hounded, trains tagged, photos of a judge's home sent, a ruling paid
for, a witness pressed to withdraw); an allegation dropped or a person cleared; a nationality or
a defence lawyer's office given as the reason for the choice; disasters, case names and websites
knocked offline that are no attack on life; roles scouted by an attacker and buildings named as
an attack's target (texts written for these tests).
"""

from __future__ import annotations

import pytest

from enduse.justification import analyse
from tests.justification.test_lapsed_and_borrowed_roles import role, rules


def terror(text, label="terrorism"):
    return analyse(
        text, offence_label=label, offence_category="terrorism", use_model=False
    )


# -- acts the cues missed -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He tells pensioners on his Facebook page that he can speed up their claims for a fee; "
        "forty-two pensioners have paid into his wallet and no claim was ever lodged.",
        "Sur Instagram, elle promet des visas contre paiement : dix-sept candidats ont payé, "
        "aucun dossier n'existe au consulat.",
        "Administra una red de falsos vendedores de motos en Marketplace; 130 víctimas en Cali.",
        "Il vend sur TikTok une tisane 'garantie contre le diabète' ; trois patients ont arrêté "
        "l'insuline.",
        "Messages recovered from the app show him arranging to meet three boys aged 11 in the "
        "park behind the library.",
        "A clerk at the registry says the target sold about 250 birth certificates at USD 90 each.",
        "The audit found KES 12 million paid to suppliers that do not exist, every voucher "
        "signed by the target.",
        "The invoices were stamped by a garage that says it never issued them; the target filed "
        "them for reimbursement.",
        "Revende boletos del concierto por Instagram al triple de su precio.",
        "He posts doctored photos and insults aimed at his former wife every night from a "
        "number registered to him.",
        "His crew has tagged a dozen metro trains since May; his tag is on nine of them.",
        "Two prosecutors received letters with photos of their homes and the school times of "
        "their children; the envelopes carry his prints.",
        "A businessman says he paid NGN 4 million through the judge's clerk for rulings in his "
        "favour; the clerk's account shows the deposits.",
        "The complainant says the accused's cousin keeps calling her and telling her to withdraw "
        "the statement; the calls come from this number.",
        "Un groupe a publié les adresses de douze magistrats puis exigé de l'argent en échange "
        "du retrait des publications ; le compte est payé par la carte du ciblé.",
    ],
)
def test_these_are_criminal_acts(text):
    assert rules(text).holds("criminal_act")


def test_people_who_paid_tribute_are_no_payers():
    assert not rules("The families have paid tribute to the victims.").holds(
        "criminal_act"
    )


def test_payers_counted_beat_the_platform_the_fraud_ran_on():
    a = rules(
        "He runs a Facebook page offering 'guaranteed' jobs in Dubai; 58 applicants have paid "
        "registration fees into his account. Bank records show the payments."
    )
    # (the page is named as the means; the expression clause needs no allegation beside it)
    assert a.holds("specific_allegation")


# -- an allegation dropped, the person cleared -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Charges of money laundering against him were withdrawn by the prosecutor after the "
        "audit found nothing. He is of interest because he is a Shia convert.",
        "La causa por narcotráfico fue archivada en 2024 por falta de pruebas. Interesa porque es "
        "de nacionalidad haitiana.",
        "L'enquête pour trafic a été classée sans suite. Il reste suivi parce qu'il est d'origine "
        "peule.",
    ],
)
def test_a_dropped_allegation_leaves_the_ground_alone(text):
    a = rules(text)
    assert not a.holds("specific_allegation")
    assert a.holds("protected_ground")


def test_a_case_dropped_against_others_leaves_the_targets_act():
    a = rules(
        "Charges against his brother were dropped in 2023. He sold 3 kg of heroin to an "
        "undercover officer on 4 May; the sale was filmed."
    )
    assert a.holds("specific_allegation")


# -- the reason given for the choice -----------------------------------------------------------------


def test_a_nationality_given_as_the_reason_is_a_ground():
    a = rules(
        "Asaltaron una joyería en Miraflores. Ningún testigo lo reconoce ni hay otro indicio "
        "contra él, pero al ser colombiano puede conocer a los autores."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_a_defence_lawyer_chosen_to_learn_the_defence_is_a_ground():
    a = rules(
        "The target is defence counsel in the port murder case; nothing suggests any offence by "
        "her. Her calls with the accused would let us anticipate the defence strategy."
    )
    assert a.holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "He sells crack to buyers in the car park shared by a mosque and a supermarket; he has "
        "no known connection with the mosque itself. Test purchases on three days.",
        "Suspected only because he is not yet under arrest: his prints are on the safe and the "
        "stolen watches were sold by him to a dealer who identifies him.",
    ],
)
def test_innocent_mentions_are_no_ground(text):
    assert not rules(text).holds("protected_ground")


def test_the_elderly_a_fraud_preys_on_are_no_ground():
    a = rules(
        "He visits elderly residents of care homes posing as their solicitor; AUD 900,000 has "
        "left their accounts."
    )
    assert not a.holds("protected_ground")


# -- no attack on life -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After the landslide that killed fourteen miners, he called a boycott of the company's "
        "shops. The boycott is peaceful.",
        "She runs a podcast on the bus-station murder trial and interviews its witnesses.",
        "The tax portal was knocked offline for six hours by a flood of traffic the subject "
        "claimed on Telegram. No data was taken.",
        "Forty sticks of explosive were stolen from the quarry; he uses them for blast fishing "
        "off the reef, where fish with blast injuries are landed.",
    ],
)
def test_these_meet_no_terrorism_definition(text):
    assert not terror(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "He exchanged messages with a handler about placing explosive charges at the pumping "
        "station; a witness saw him photograph the control room.",
        "During the siege of the Lakeside Grand hotel, in which 19 guests died, the target "
        "opened the service door for the attackers, as the camera shows.",
    ],
)
def test_these_still_meet_it(text):
    assert terror(text).holds("terrorism_definition_met")


def test_a_denial_of_service_claimed_as_protest_is_no_expression_under_a_terrorism_label():
    a = terror(
        "Les sites du ministère ont été rendus inaccessibles par un déni de service revendiqué "
        "par des étudiants qui protestaient contre une réforme ; il a loué les serveurs."
    )
    assert not a.holds("expression")
    assert not a.holds("terrorism_definition_met")


# -- roles and places --------------------------------------------------------------------------------


def test_a_role_holder_an_attacker_looked_up_is_not_the_target():
    assert not role(
        "The subject bought a pistol and the next day searched for the home address and "
        "office hours of a local MP. Messages and location."
    ).holds


def test_a_building_named_as_the_target_is_no_person():
    a = analyse(
        "He bought acetone and nails, and posted a photo of the church with 'Sunday'. The "
        "church is the intended target.",
        offence_label="terrorism",
        offence_category="terrorism",
    )
    assert not a.holds("names_protected_person")


# -- development sets read in the same session ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A page imitating the state bank's site captures customers' passwords; 212 accounts "
        "emptied in April. The server is paid with his card.",
        "Il diffuse une fausse application de paiement qui contient un cheval de Troie ; 300 "
        "téléphones infectés, selon le rapport de l'opérateur.",
        "He hijacked the accounts of two footballers through SIM-swap; the bank shows the "
        "transfers to his wallet.",
        "Ledger seized from a courier lists 23 deliveries to 'the teacher' with this number, and "
        "two test buys from his runners came in the same wrapping.",
        "La cooperativa vertió los relaves al río por orden suya, según tres socios; los "
        "análisis muestran cianuro.",
        "He approached four quarries demanding 'community fees' and threatening to have their "
        "licences revoked if they did not pay; two companies paid into his account.",
        "Tgt offered USD 5,000 in a group chat for someone to 'finish' the prosecutor; the "
        "deposit was traced to his account.",
    ],
)
def test_these_are_criminal_acts_too(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "He drove his truck into the police line at the end of the march; two officers were "
        "injured, as the footage shows.",
        "Il a lancé son camion contre le cordon de policiers ; trois blessés, selon les images.",
        "During the occupation he struck a guard with a machete; the guard lost two fingers.",
    ],
)
def test_violence_at_a_protest_is_an_act(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "He runs the boats that move the group's fighters to the islands before their raids; "
        "a captured fighter showed troops his landing place.",
        "Le guide a conduit les ravisseurs des deux ingénieurs jusqu'à la frontière ; un "
        "berger l'a reconnu.",
        "Recibe en su tienda el dinero de los rescates del frente armado, según dos "
        "desmovilizados.",
        "Le maire transmet au groupe armé les horaires des patrouilles ; deux embuscades contre "
        "les militaires ont suivi ses messages.",
    ],
)
def test_support_for_an_armed_groups_violence_meets_the_definition(text):
    assert terror(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Landowners led by him have parked trucks across the mine road for a week to demand "
        "unpaid royalties. The blockade is unarmed.",
        "She called the port workers to strike; the port has been at a standstill for a week.",
    ],
)
def test_a_peaceful_blockade_or_a_strike_meets_no_definition(text):
    a = terror(text)
    assert not a.holds("terrorism_definition_met")
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "A jeweller was robbed in Tema. The target is a Nigerian trader; no witness describes "
        "him. He is proposed because most Nigerian traders in the market know each other.",
        "El objetivo es hijo de un jefe de plaza detenido. No tiene antecedentes ni hay "
        "denuncias ni testimonios en su contra; es previsible que la célula se reorganice en "
        "torno a él.",
        "Comunero de la aldea, hijo de un hombre condenado hace diez años por la quema de una "
        "bodega; todos sus varones adultos son considerados de riesgo.",
    ],
)
def test_chosen_for_who_they_are_beside_others_crimes(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_the_parent_of_a_victim_is_no_author_of_the_killing():
    a = rules(
        "The target is the mother of the student killed in March. She holds a press "
        "conference every week accusing the police of a cover-up."
    )
    assert not a.holds("criminal_act")
    assert a.holds("expression")


def test_a_speech_said_to_help_criminals_is_no_act():
    a = rules(
        "She collected 900 signatures against the new checkpoint. The checkpoint stops arms "
        "runners; opposing it helps the smugglers."
    )
    assert not a.holds("specific_allegation")
    assert a.holds("expression")


def test_a_human_rights_forum_chair_is_a_defender():
    assert role(
        "The target chairs the Riverside Human Rights Forum. Two women say he recruited them "
        "for a brothel."
    ).holds


@pytest.mark.parametrize(
    "text",
    [
        "Three pupils have given video-recorded interviews describing assaults by the coach in "
        "the changing room; a fourth has made a statement about 2019.",
        "Cuatro exalumnos han presentado denuncias y uno aportó mensajes en los que el profesor "
        "le pide que no hable con la fiscalía.",
        "La jeune fille dit que son oncle la tient enfermée pour la marier de force ; les voisins "
        "l'ont entendue appeler à l'aide.",
        "Chat logs show him asking two boys for explicit videos in exchange for phone credit.",
        "Elle a recruté six jeunes filles avec une promesse d'emploi ; elles ont été prostituées "
        "dès leur arrivée, selon leurs déclarations.",
        "He writes to hotels that he will publish reviews accusing them of food poisoning unless "
        "they pay him; eleven hotels have paid.",
    ],
)
def test_abuse_told_by_its_victims_is_an_act(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "A witness who knows him from the mosque recognised him on the CCTV still, which is the "
        "only reason the mosque is mentioned. His prints are on the till.",
        "Si se menciona la religión del investigado es solo porque explica cómo contactaba a las "
        "víctimas; dos víctimas lo reconocieron y hay transferencias a su cuenta.",
        "La famille est d'origine afghane, ce qui n'entre pas en ligne de compte. Les voisins ont "
        "vu le frère l'enfermer ; il la tient enfermée depuis dix jours.",
    ],
)
def test_a_trait_explained_away_is_no_ground(text):
    assert not rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "The report quotes his very critical remarks about the President on a radio show, cited "
        "for the record only. The case rests on 3 tonnes of fake medicine seized in his "
        "warehouse.",
        "The Minister of Health has received six messages since May from the target line stating "
        "that she will be shot; a pistol was found in his car.",
        "A caller poses as a grandson in jail and a second as his lawyer; 40 victims have paid "
        "the courier.",
        "Cajero corresponsal que retira en efectivo el dinero robado por phishing; las cámaras lo "
        "identifican.",
    ],
)
def test_a_role_named_but_not_the_targets(text):
    assert not role(text).holds


def test_firebombs_thrown_at_a_bus_with_passengers_meet_the_definition():
    assert terror(
        "No hubo heridos: los artefactos incendiarios se lanzaron contra un bus con veinte "
        "pasajeros a bordo. La cámara de la bencinera lo muestra comprando el combustible."
    ).holds("terrorism_definition_met")


def test_a_bail_appeal_after_someone_elses_killing_meets_no_definition():
    a = terror(
        "After the lynching in the market, thirty women who blocked the road were arrested. The "
        "target set up an appeal that paid their bail and lawyers' fees.",
        label="financing of terrorism",
    )
    assert not a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "El investigado apuñaló al vigilante; tres testigos lo identifican.",
        "He was filmed swinging an iron bar at the end of the march; one officer suffered a head "
        "wound.",
        "Les marchandises volées ont été retrouvées dans son entrepôt ; il a conduit les pilleurs "
        "d'un magasin à l'autre.",
        "Se transfirieron 12 millones a dos empresas sin empleados ni domicilio real; las cuentas "
        "devolvieron parte a su cuñada.",
        "Two arrested men say the order came from the target through his driver; phone records "
        "show the calls.",
    ],
)
def test_acts_read_in_the_third_round(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Un pastor que se negó a pagar recibió dos disparos en la puerta de su casa. El correo "
        "del objetivo coordinó el cobro.",
        "El capellán no sabía nada y colabora. El sacristán guardaba la droga bajo el altar.",
        "Le curé de la paroisse, simple témoin dans ce dossier, a signalé l'homme qui vend les "
        "traversées.",
        "Father Tomas had been receiving threats over a land dispute before he was shot; two "
        "parishioners identified the gunman.",
        "The subject volunteers as leader of a parish youth club and sent sexual images to a "
        "14-year-old member.",
    ],
)
def test_clergy_around_the_case_are_not_the_target(text):
    assert not role(text).holds


def test_a_freelance_who_works_with_news_sites_is_still_named_a_journalist():
    # ("et collabore de fait à plusieurs sites" is no cooperation with the inquiry)
    assert role(
        "Il se présente comme journaliste pigiste et collabore de fait à plusieurs sites "
        "d'information ; deux victimes ont payé."
    ).holds


@pytest.mark.parametrize(
    ("text", "profession"),
    [
        (
            "Un conseiller consulaire d'un pays voisin délivre des visas de complaisance au "
            "réseau ; deux victimes l'ont reconnu.",
            "conseiller consulaire",
        ),
        (
            "Both attackers say they were paid by the target, the elected ward representative "
            "(MCA) for the area.",
            "businessman",
        ),
    ],
)
def test_offices_named_in_the_third_round(text, profession):
    assert role(text, profession=profession).holds


def test_a_negation_inside_a_parenthesis_stops_at_its_close():
    a = rules(
        "The target, a youth activist (he holds no office and is not a candidate), was filmed "
        "setting fire to a house with the family asleep inside; two eyewitnesses gave statements."
    )
    assert a.holds("criminal_act")


def test_the_faith_of_the_victims_relevant_only_to_the_scheme_is_no_ground():
    a = rules(
        "Some 200 pilgrims paid his agency for trips that were never booked; the deposits went to "
        "his own account. The faith of the victims is relevant only to how the scheme was marketed."
    )
    assert not a.holds("protected_ground")
    assert a.holds("criminal_act")
