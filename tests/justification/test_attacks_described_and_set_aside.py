"""Session 23 cues: attacks told in words the cues did not know (French and Spanish verbs of
killing, attacks on posts, convoys and vessels, people executed, raids on villages, an attack
planned, a fire set at worship, passengers seized to force a government); an attack by others
that still meets the terrorism definition where the target is chosen for who they are, but not
where the case rests on what they said; a crime for money under a terrorism label (a motive said
to be purely economic, a racket's "protection" payments); roles in titles the lexicon lacked (a
municipality's president, an archdeacon, a district chief executive); complainants and victims
among role-holders; and expression in its sense (data stolen and sold, goods listed for sale, the
police's own inquiry, a strike called in Spanish, a paper that printed the minutes) (texts written
for these tests).
"""

from __future__ import annotations

import pytest

from enduse.justification import _cues as cues
from enduse.justification import analyse
from enduse.justification._text import fold
from tests.justification.test_lapsed_and_borrowed_roles import role, rules


def terror(text, label="terrorism"):
    return analyse(
        text, offence_label=label, offence_category="terrorism", use_model=False
    )


def met(text, label="terrorism"):
    return terror(text, label).holds("terrorism_definition_met")


# -- attacks in words the cues did not know ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ses camions transportent les combattants du groupe qui a attaqué le camp de Baga, tuant "
        "dix-huit soldats, pour forcer l'État à quitter la région. Identifié par son GPS.",
        "Il transfère l'argent au trésorier d'un groupe armé qui a attaqué trois postes de douane "
        "pour chasser l'administration. Les reçus ont été fournis par l'opérateur.",
        "Il envoie au groupe armé l'heure de départ des convois ; deux convois ont été attaqués "
        "dans l'heure suivant ses messages. Relevés téléphoniques joints.",
        "He picked the mine where nine guards were executed and filmed it to warn the government; "
        "two defectors name him.",
        "He buys the outboard engines for an armed faction that attacks fishing boats in order to "
        "force the navy out of the strait; bank records attached.",
        "He repairs the motorcycles the group uses in raids on farming villages; three captured "
        "fighters named him.",
        "Le suspect échange avec un membre du groupe qui projette de frapper la tribune du défilé "
        "afin de faire plier le pouvoir. Les courriels ont été saisis.",
        "Dans un salon infiltré, il propose d'incendier l'église pendant la messe de minuit pour "
        "terroriser les fidèles. Il a acheté quarante litres d'essence.",
        "The faction plans to board a coastal ferry and seize passengers to force a halt to the "
        "offensive; two captured members name him as the man who pays the fighters.",
        "La estructura armada planea un ataque contra el cuartel de Puerto Lleras para obligar al "
        "gobierno a negociar; el objetivo compró los explosivos, según dos desmovilizados.",
        "El grupo mataron a seis policías en la emboscada de marzo; el objetivo les alquiló la "
        "camioneta, según el contrato incautado.",
    ],
)
def test_an_attack_told_in_these_words_meets_the_terrorism_definition(text):
    assert met(text)


@pytest.mark.parametrize(
    "text",
    [
        # a warrant executed; an appeal against a decision; a lasting impression
        "The search warrant was executed on 3 May and his phone was seized; he has criticised the "
        "army's conduct online.",
        "L'association a attaqué la décision du préfet devant le tribunal administratif et appelle "
        "à manifester samedi.",
        "Il veut frapper les esprits avec ses vidéos contre le gouvernement, vues 40 000 fois.",
        # the names of the dead read at a commemoration: the toll, not an act
        "La cible organise la cérémonie au cours de laquelle les noms des manifestants tués en "
        "2009 sont lus. Aucun incident.",
    ],
)
def test_words_near_an_attack_that_are_no_attack(text):
    assert not met(text)


def test_people_to_whom_something_is_done_are_no_generalisation():
    # "residents are killed" is what the group does to them, not a claim about residents
    a = terror(
        "He converts motorcycles used by the group in raids on villages, where residents are "
        "killed to force them off their land; three captured fighters named him."
    )
    assert a.holds("terrorism_definition_met")
    # ... nor are a region's villages its people
    assert not cues.GENERALISATION.search(
        fold("pour les attaques contre les villages de la région de Mopti")
    )
    assert cues.GENERALISATION.search(
        fold("les jeunes de la région sont tous suspects")
    )


def test_a_target_tasked_with_an_attack_is_no_framing():
    a = terror(
        "Liaison reporting, confirmed by our own intercept of a handler, shows this target is "
        "tasked with placing an explosive device at a church during the Easter vigil."
    )
    assert a.holds("terrorism_definition_met")
    assert a.holds("criminal_act")


def test_a_qualifier_after_a_title_does_not_doubt_the_acts_after_it():
    a = terror(
        "Artificier présumé de la katiba responsable des deux embuscades à l'engin explosif sur "
        "l'axe nord (11 morts). Localisation demandée."
    )
    assert a.holds("terrorism_definition_met")


def test_a_source_reporting_is_not_the_target_speaking():
    a = terror(
        "A cooperating source reports that he is arranging forged documents to return and has "
        "asked former associates about obtaining weapons for an attack on the harbour."
    )
    assert a.holds("terrorism_definition_met")


# -- an attack by others ---------------------------------------------------------------------------


def test_an_attack_by_others_meets_the_definition_where_the_target_is_chosen_for_who_they_are():
    a = terror(
        "After the bombing of the Kilima bus station, which killed nine, a sweep of young men from "
        "the same clan as the two identified bombers. The subject is of that clan and lives on the "
        "same estate. No other information."
    )
    assert a.holds("protected_ground")
    assert a.holds("terrorism_definition_met")


def test_an_attack_by_others_does_not_meet_it_where_the_case_rests_on_what_the_target_said():
    a = terror(
        "On 2 May a bomb placed by a local armed cell exploded in a market in Kisumu, killing "
        "five; two cell members are in custody. Since then the target, a lecturer, has given "
        "interviews and posted comments arguing that the army's raids cause more deaths than the "
        "cells do. He is not connected to the cell."
    )
    assert a.holds("expression")
    assert not a.holds("terrorism_definition_met")


def test_a_weapon_in_the_sentence_that_denies_the_tie_is_no_attack():
    a = terror(
        "Target leads a prayer group of about twenty students. No member has been linked to any "
        "violent organisation, any weapon or any statement supporting violence, but the group's "
        "conservatism matches the profile in our indicators."
    )
    assert not a.holds("terrorism_definition_met")


def test_future_attacks_named_as_the_aim_are_no_attack_but_the_plotted_one_is():
    assert not met(
        "El imputado pertenece a una comunidad que reclama tierras. Se solicitan mensajes y "
        "ubicación para prevenir futuros atentados."
    )
    assert met(
        "El objetivo compró 60 kg de explosivo a un minero, según el vendedor capturado. Se "
        "solicitan mensajes para impedir el atentado."
    )


# -- a crime for money under a terrorism label ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La banda secuestró a un comerciante y exige a la familia cinco millones de pesos. No hay "
        "ninguna exigencia dirigida a las autoridades; el móvil es exclusivamente económico.",
        "The crew abducted a quarry owner and demands USD 200,000 from his family. The motive is "
        "purely financial.",
        "The subject runs the collection side of a gang that takes a weekly 'protection' payment "
        "from market traders; stalls of those who refuse were burned and two rivals were shot dead. "
        "The money is laundered through his transport firms.",
    ],
)
def test_a_crime_for_money_does_not_meet_the_terrorism_definition(text):
    assert not met(text)


# -- roles -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("profession", "name"),
    [
        ("président de municipalité", "politician"),
        ("district chief executive", "politician"),
        ("Anglican archdeacon", "religious_leader"),
        ("Monseñor, vicario general", "religious_leader"),
        ("chanoine de la cathédrale", "religious_leader"),
    ],
)
def test_titles_the_lexicon_lacked(profession, name):
    f = role(
        "He signed the sale agreements and the buyers paid into his accounts.",
        profession,
    )
    assert f.holds
    assert name in f.detail


def test_a_street_named_after_a_monsignor_is_no_role():
    f = role(
        "Gestoría de la calle Monseñor Ríos que fabrica cédulas falsas; compra controlada por un "
        "agente encubierto el 3 de mayo."
    )
    assert not f.holds


@pytest.mark.parametrize(
    "text",
    [
        # the first report came from the imam
        "Le signalement initial est venu de l'imam de la mosquée que fréquente le ciblé. Depuis, "
        "il a acheté de l'acétone et de l'eau oxygénée en grande quantité.",
        # the imam received the threats and was moved
        "The imam of the Hill Road mosque received 12 messages from this number saying he would be "
        "shot after prayers. The imam and his family have been moved. A search found a pistol.",
    ],
)
def test_a_role_holder_who_reported_or_was_threatened_is_not_the_target(text):
    assert not role(text).holds


def test_a_minister_moved_to_another_portfolio_keeps_the_role():
    f = role(
        "The deputy minister was moved to the finance portfolio in 2023 and has since taken "
        "payments from two contractors (bank records)."
    )
    assert f.holds


# -- kinship, profile and language -------------------------------------------------------------------


def test_a_kinship_that_alone_justifies_the_measure_is_a_ground_and_no_allegation():
    a = rules(
        "Le frère de la ciblée a rejoint un groupe armé. Elle n'a aucun antécédent. Sa parenté "
        "justifie à elle seule une surveillance préventive."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Ciudadano venezolano. Gran parte de las extorsiones del distrito son cometidas por "
        "venezolanos y el objetivo tiene el perfil.",
        "He was identified through a survey of Tekar-speaking traders at the cattle market.",
        "Il parle le kumba, la langue des communautés du plateau.",
    ],
)
def test_a_profile_or_a_language_of_a_people_is_a_ground(text):
    assert rules(text).holds("protected_ground")


def test_a_guess_about_a_group_is_a_generalisation():
    assert cues.GENERALISATION.search(
        fold("Hill people have been arriving in numbers, and some will be militia.")
    )


# -- acts in their sense -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three girls from the choir have given recorded statements describing abuse during "
        "'healing sessions' in his office; a medical report supports one of them.",
        "He has sent at least nine girls to Europe where they were forced into prostitution "
        "(statements of four returnees).",
        "Their documents were confiscated and they were locked in at night (statements of two "
        "rescued workers).",
        "Un compte anonyme publie son adresse et le nom de l'école de son fils ; le compte est "
        "alimenté depuis la puce de l'intéressé.",
        "He sent drafts of articles to four shop owners and said the articles would not run if "
        "they paid 'advertising fees'; two paid into his e-wallet.",
    ],
)
def test_these_are_criminal_acts(text):
    assert rules(text).holds("criminal_act")


def test_abuse_named_inside_a_quoted_opinion_is_no_act():
    a = rules(
        "The page publishes long posts against the bill, calling it 'a licence for marital "
        "abuse', and asks readers to write to their representatives."
    )
    assert not a.holds("criminal_act")
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Identity documents leaked from a lender's vendor are being used to open loan accounts; "
        "his terminal registered 400 of them.",
        "The client wants the actor's messages to recover the keys before the data is leaked on "
        "Friday.",
        "Il vend sur Facebook des codes d'abonnement piratés ; environ 300 clients.",
        "Le Service enquête sur un montage de sociétés écrans par lequel ont transité 20 millions "
        "d'euros ; l'intéressé signe tous les virements.",
        "Il n'a rien publié et négocie uniquement un paiement de 40 000 dinars.",
        "El objetivo toma cuentas de vendedores y publica celulares que no existen; cobra y "
        "desaparece.",
    ],
)
def test_these_are_not_expression(text):
    assert not rules(text).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Vocero del paro camionero. Anuncia que los camiones seguirán estacionados hasta que el "
        "gobierno retire el alza del combustible.",
        "On 6 March his paper printed the minutes of a closed cabinet meeting on the dam.",
    ],
)
def test_a_strike_in_spanish_and_a_paper_that_printed_the_minutes_are_expression(text):
    assert rules(text).holds("expression")


def test_what_a_strike_cost_others_is_no_act_the_model_can_read():
    from enduse.justification._rules import analyse_rules
    from enduse.justification._text import split_sentences

    sentences = split_sentences(
        "He called a three-day drivers' strike. Commuters were stranded and traders lost income."
    )
    hits = analyse_rules(sentences, profession="unknown")
    assert 1 in hits.sentences.get("modal", set())


@pytest.mark.parametrize(
    "text",
    [
        "The subject writes extremist posts, which alone would not justify this request.",
        "El objetivo, que profesa la fe musulmana, no es de interés por ello.",
        "Ce signalement n'aurait pas suffi à lui seul.",
        "The faith of the intended victims is relevant only as the target of the attack.",
    ],
)
def test_the_writer_sets_words_or_traits_aside(text):
    assert cues.NOT_THE_BASIS.search(fold(text))


# -- second pass -----------------------------------------------------------------------------------


def test_poison_poured_into_a_reservoir_is_an_attack():
    a = terror(
        "Intercepted SMS between him and two men from a militia discuss pouring a drum of "
        "pesticide into the reservoir to punish the town. A drum of the pesticide was found in "
        "his store."
    )
    assert a.holds("terrorism_definition_met")
    assert a.holds("criminal_act")


def test_attackers_instructed_and_a_vest_made_are_an_attack():
    assert met(
        "From this account he sent two men a video on making a vest and a list of chapels, "
        "telling them to strike during the festival; both men have been arrested."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The crew encrypted the council's servers and demanded 50 BTC; the logs show they wanted "
        "nothing but money. We classify attacks on public administration as terrorism.",
    ],
)
def test_a_ransom_for_data_is_no_attack_on_life(text):
    assert not met(text)


def test_a_bank_lobby_and_cash_machines_emptied():
    a = rules(
        "The target and two accomplices entered the lobby of a bank branch, opened four ATMs and "
        "attached black-box devices that made them dispense R1.2m; CCTV shows them."
    )
    assert not a.holds("expression")
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        # "générosité" is no gender; the opposition that shares a cartoon is someone else
        "La collecte a été faite sans l'autorisation requise pour les appels publics à la "
        "générosité.",
        "The cartoons are shared widely by opposition figures.",
    ],
)
def test_words_that_are_no_ground(text):
    assert not rules(text).holds("protected_ground")


def test_the_head_of_a_spiritual_community_by_profession():
    f = role(
        "Il aurait obtenu de ses adeptes la donation de leurs maisons ; trois familles ont porté "
        "plainte.",
        "responsable d'une communauté spirituelle",
    )
    assert f.holds


def test_a_walk_out_is_expression_and_its_cost_is_no_act_the_model_can_read():
    from enduse.justification._rules import analyse_rules
    from enduse.justification._text import split_sentences

    text = (
        "On 2 May he led an unofficial walk-out which closed the terminal for a day. The operator "
        "estimates losses of £2m a day."
    )
    assert rules(text).holds("expression")
    hits = analyse_rules(split_sentences(text), profession="unknown")
    assert 1 in hits.sentences.get("modal", set())


# -- third pass: crimes and attacks in more words -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le prévenu fait venir des enfants des villages et les oblige à mendier aux carrefours.",
        "The group phones pensioners, introduces itself as 'the investigator' and asks for cash.",
        "He runs a call room posing as pension office staff; 40 elderly victims so far.",
        "About NPR 9 million was collected for the flood relief; none of it reached the fund.",
        "Some 9,000 packs of antimalarials went missing from the warehouse over four months.",
        "Transporta madera de cedro extraída ilegalmente del parque nacional.",
        "Il leur retient leurs papiers et leur verse 300 francs par mois.",
        "The consultant paid assessors at the district office to cut the assessments of his clients.",
        "Hauliers state that they pay him USD 200 per truck for clearance without inspection.",
        "UGX 300m was received from a litigant's agent in two instalments.",
        "He copied the configuration files to a USB key and handed it to a man at a cafe.",
        "Six rhino horns were found in his vehicle at a roadblock.",
        "Los comerciantes pagan la vacuna semanal a la estructura; la línea está a su nombre.",
        "The tender scoring sheets were altered after submission and he approved each of them.",
    ],
)
def test_crimes_told_in_these_words_are_acts(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Le téléphone déclencheur retrouvé dans les débris de l'engin qui a explosé à l'entrée du "
        "camp militaire avait appelé ce numéro.",
        "Axe nord : 2 EEI déclenchés sur véhicules civils, 6 morts. Le déclencheur contenait la "
        "carte SIM de ce numéro.",
        "On Thursday the target bought 20 kg of sodium cyanide with forged papers; a letter had "
        "demanded the release of two prisoners.",
        "La pandilla quemó un autobús con 12 pasajeros dentro para obligar al Gobierno a retirar "
        "a la policía; el objetivo ordenó el ataque, según dos colaboradores.",
        "Un grupo armado mantiene retenidos a 15 trabajadores en la mina y exige que el gobierno "
        "retire al ejército; el número es el del vocero.",
        "He recorded a video demanding the release of forty prisoners 'or the children will die' "
        "and bought handcuffs.",
        "Track inspectors found fastenings removed over 30 metres of the line before a passenger "
        "train was due; his phone was there that night.",
        "Target assessed as commander of the team behind the mortar strikes on the camp (12 "
        "civilians killed); intercepts match his voice.",
        "Partner-service reporting shows that he collected a package of detonators from a courier.",
    ],
)
def test_attacks_told_in_these_words_meet_the_definition(text):
    assert met(text)


@pytest.mark.parametrize(
    "text",
    [
        # prices that exploded; an audit's overpricing that a paper published
        "Les prix ont explosé dans la région depuis la fermeture de la frontière ; le ciblé "
        "critique le gouvernement à la radio.",
        "El portal publicó los contratos reservados del Ejército, con sobreprecios que según él "
        "superan el 40 %.",
    ],
)
def test_words_near_an_attack_or_a_fraud_that_are_neither(text):
    a = terror(text)
    assert not a.holds("terrorism_definition_met")
    assert not a.holds("criminal_act")


# -- fourth pass: the development sets ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Customs reporting and a seizure of 3 kg of gold at the border link this mailbox to the "
        "runs; an informant says the target schedules them.",
        "Third-party reporting from a partner service, supported by two seizures of pills hidden in "
        "fruit crates, identifies the target as the consignor.",
        "Ses sociétés ont remporté les marchés de fourniture de compteurs grâce à des paiements à "
        "deux cadres ; l'un d'eux a remis les échanges.",
    ],
)
def test_reporting_by_a_service_and_contracts_won_are_no_expression(text):
    assert not rules(text).holds("expression")


def test_a_negation_stays_on_its_side_of_a_new_clause():
    a = rules(
        "He has no record, but he sold 2 kg of heroin to an undercover officer on 4 May."
    )
    assert a.holds("criminal_act")
    f = role(
        "He is an elder of a Brethren assembly with no paid clergy, where he leads the Sunday "
        "breaking of bread. An officer received 40 indecent images from his account."
    )
    assert f.holds


@pytest.mark.parametrize(
    "text",
    [
        "As the march passed, the subject struck the pastor twice on the head with a hammer; "
        "marchers filmed it.",
        "Four armed men pistol-whipped a deacon and took the offering; the deacon, who knows the "
        "subject from the neighbourhood, identified him in a line-up.",
        "Armed men took the chairman of the council and four staff hostage; this number calls the "
        "government with their demands.",
        "El comité del templo y el párroco presentaron la denuncia por el robo de los óleos.",
        "The legal attaché's referral and the bank tracing point to the target as the account "
        "holder.",
    ],
)
def test_a_role_holder_struck_taken_or_who_reported_is_not_the_target(text):
    assert not role(text).holds


def test_the_president_of_a_gurdwara_committee_leads_it():
    f = role(
        "The subject has been president of the management committee of the Sikh gurdwara for "
        "eight years; an audit found donations diverted to his son's company."
    )
    assert f.holds
    assert "religious_leader" in f.detail


@pytest.mark.parametrize(
    "text",
    [
        "Son appartenance ethnique n'est mentionnée qu'à titre de signalement.",
        "Se menciona su origen solo a efectos de identificación.",
    ],
)
def test_a_trait_mentioned_for_identification_only_is_set_aside(text):
    assert cues.NOT_THE_BASIS.search(fold(text))


# -- fifth pass ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il a rédigé les cahiers des charges de trois marchés de voirie pour une entreprise qui lui a "
        "ensuite offert une voiture (factures saisies).",
        "Reporting from two independent sources, corroborated by a 20 kg seizure, identifies the "
        "target as the yard manager who loads the consignments.",
    ],
)
def test_contracts_and_reporting_from_sources_are_no_expression(text):
    assert not rules(text).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Entregó a un medio digital las planillas de pago de la carretera, que muestran pagos por "
        "kilómetros no construidos.",
        "El pastor firmó junto con otros líderes una carta a la Defensoría y la leyó en la emisora "
        "comunitaria.",
        "The page has been posting internal tender files of the power corporation and accusing "
        "named officials of taking kickbacks.",
    ],
)
def test_papers_handed_to_a_paper_a_letter_signed_files_posted_are_expression(text):
    assert rules(text).holds("expression")


def test_what_a_cartoon_shows_its_subjects_as_is_no_act():
    a = rules(
        "Sus viñetas ridiculizan a los agentes migratorios, mostrándolos como extorsionadores de "
        "migrantes; se viralizan en grupos de migrantes."
    )
    assert not a.holds("criminal_act")
    assert a.holds("expression")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        (
            "terrorisme informatique",
            "Il a remplacé la page d'accueil du portail du ministère par un texte dénonçant les "
            "primes des hauts fonctionnaires ; aucune donnée n'a été détruite.",
        ),
        (
            "financement du terrorisme",
            "La cible a lancé une cagnotte pour payer les cautions des manifestants arrêtés et a "
            "récolté 40 000 euros.",
        ),
    ],
)
def test_defacement_and_bail_under_a_terrorism_label_are_no_expression(label, text):
    a = terror(text, label)
    assert not a.holds("expression")
    assert not a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de division a accordé des remises de pénalités contre rétrocession ; un chef "
        "d'entreprise a porté plainte après avoir payé.",
        "Pagó remuneraciones a 37 docentes que no figuran en ningún establecimiento; las cuentas "
        "son de familiares.",
        "Cobra a 300 locatarios una cuota de seguridad semanal que no entra a la tesorería.",
        "Los supervivientes señalan como organizador al investigado, que mantiene contacto con el "
        "capitán detenido.",
        "Audited accounts show the parish contributions transferred to his own company.",
        "Video shows him at the head of the mob that burned twelve shops and a chapel.",
    ],
)
def test_more_crimes_in_these_words(text):
    assert rules(text).holds("criminal_act")


def test_the_people_the_suspects_travelled_among_are_someone_else():
    a = terror(
        "Two members arrested with explosive vests had travelled among a group of refugees; their "
        "phones show the target instructing them to hit a ferry terminal. The refugees they "
        "travelled with are not suspected of anything."
    )
    assert a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "An assembly member who reported an illegal pit to the authorities was found dead near it; "
        "the excavator operator's phone was there.",
        "He walked to the home of the federal resources minister and threw a lit petrol bomb "
        "through the window; DNA on the bottle identifies him.",
    ],
)
def test_a_role_holder_found_dead_or_whose_home_was_attacked_is_not_the_target(text):
    assert not role(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "A source states that he and two associates intend to pour pesticide into the intake of the "
        "municipal water works; he bought 200 litres of it.",
        "Two containers of pesticide were found at the intake of the city's reservoir with a dosing "
        "pump bought with his account.",
        "Alquiló en efectivo una furgoneta para la víspera de Nochebuena y consultó los horarios del "
        "mercado navideño de la plaza.",
        "He bought a used truck for cash and said in a voice note he would drive through the "
        "marchers at the bridge.",
        "Un message intercepté évoque « frapper pour que Paris retire ses troupes » ; il a acheté "
        "un drone.",
        "The subject posted online that he would 'turn the tax office into a crater', and the next "
        "day bought detonators from an undercover officer.",
    ],
)
def test_plots_told_in_these_words_meet_the_definition(text):
    assert met(text)
