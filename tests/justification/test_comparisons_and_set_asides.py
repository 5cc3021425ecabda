"""Error categories found on the session-5 evaluation sets, each made to hold and not hold (texts
written for these tests, not taken from any set): comparisons that name a weapon, traits the
writer sets aside in a sentence of their own, roles held by relatives or by people acting in a
clause of their own, titles joined to one another, hostage taking and attacks named by their
place, and request wording in a thin text."""

from __future__ import annotations

import pytest

from enduse.justification._rules import _profession_roles
from enduse.justification._text import split_sentences
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


# -- whose role, continued: relations, witnesses, the writer's own "he is not" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The subject is the eldest son of a regional newspaper's publisher; his prints are on the "
        "press that made the counterfeit notes.",
        "He is married to a well-known radio presenter; the VAT fraud runs through his nine companies.",
        "Un periodista, testigo directo del asalto desde un café, declaró; el objetivo huyó en la moto.",
        "The people he threatened are two imams; he is not. He bought a rifle on 3 May.",
        "He paid 2M in cash to a city councillor for the contracts, per the bank slips; he holds no "
        "office.",
        "This case began after a reporter published the invoices; the target, the procurement chief, "
        "signed all of them.",
        "He works as a driver in the office of a senator and moved 3 drums of precursors in the car.",
    ],
)
def test_a_role_held_by_someone_the_text_sets_beside_the_target_is_not_the_targets(
    text,
):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "He visits the cartel's boss in prison twice a week as his defence counsel and carries "
            "out his orders.",
            "lawyer",
        ),
        (
            "He sits in the state legislative assembly and paid two men to burn a rival's depot.",
            "politician",
        ),
        (
            "Tgt strings for a provincial weekly and runs a haulage firm; 30 kg of cocaine found in "
            "his lorry.",
            "journalist",
        ),
    ],
)
def test_the_targets_own_capacity_or_seat_is_a_role(text, role):
    a = rules(text)
    assert role in a.roles


# -- settings and set-asides, continued ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Using the dockers' strike as cover, his gang robbed 3 lorries at knifepoint. The strike and "
        "the unions are not relevant.",
        "Les faits ont eu lieu en marge de la marche syndicale du 1er mai : il a rançonné des "
        "commerçants, couteau à la main.",
    ],
)
def test_a_setting_or_a_set_aside_strike_is_neither_expression_nor_ground(text):
    a = rules(text)
    assert not a.holds("expression")
    assert not a.holds("protected_ground")


def test_a_trait_reported_during_vetting_is_still_a_ground():
    a = rules(
        "During routine vetting it was reported that she is a lesbian; nothing else is held against "
        "her."
    )
    assert a.holds("protected_ground")


def test_victims_traits_and_threats_to_publish_are_not_the_targets():
    a = rules(
        "Eleven elderly complainants were made to pay; he threatened them with publication of their "
        "photos. The transfers reached his wallet."
    )
    assert not a.holds("protected_ground")
    assert not a.holds("expression")


# -- a profile with nothing behind it --------------------------------------------------------------


def test_a_list_of_what_is_absent_disclaims_the_allegation():
    a = rules(
        "Grew a beard and joins an unregistered prayer circle. No weapons, no travel, no contacts "
        "with any cell."
    )
    assert not a.holds("specific_allegation")


def test_an_absent_list_about_shell_companies_is_evidence_not_a_disclaimer():
    a = rules(
        "He embezzled 4M through firms that have no staff, no equipment and no address; his "
        "signature is on every transfer."
    )
    assert a.holds("specific_allegation")


def test_request_wording_and_two_word_lines_carry_no_model_role():
    text = "Tgt bought 18 kg of precursors for a bomb at the derby. Msgs, loc, mic."
    assert not merged(text, [{"violent": 0.9}, {"role": 0.95}]).holds(
        "names_protected_person"
    )
    assert not merged(
        "Crewing agent. He kept 40 men's passports.", [{"role": 0.95}, {"crime": 0.9}]
    ).holds("names_protected_person")


# -- acts named without the offence's stock word ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target runs a VAT carousel through seven shell companies; the tax audit traced the "
        "invoices.",
        "CCTV shows him forcing a shopkeeper into a grey van on 4 May.",
        "Le mis en cause et deux complices ont rançonné les chauffeurs de la gare routière.",
        "He paid three customs inspectors to under-declare 40 containers; the ledger was seized.",
        "He approved 2M of invoices and the supplier's statements show payments back to him.",
    ],
)
def test_acts_named_without_the_stock_word_are_acts(text):
    assert rules(text).holds("criminal_act")


def test_a_newspaper_publishing_others_misdeeds_is_not_the_targets_act():
    a = rules(
        "A daily newspaper published findings that subsidies had been diverted to ghost companies; "
        "the leak came from the target's printer."
    )
    assert not a.holds("criminal_act")


def test_an_indefinite_reporter_publishing_is_not_the_targets_expression():
    a = rules(
        "This case began after a reporter published the ledger; the target signed 40 false invoices."
    )
    assert not a.holds("expression")


def test_a_donation_mentioned_only_so_the_reviewer_knows_is_set_aside():
    a = rules(
        "He bribed two port inspectors, per their confessions. He donates to the ruling party, "
        "mentioned only so the reviewer is not surprised."
    )
    assert not a.holds("protected_ground")


# -- session 5, sealed32: rights work described, victims' titles, occupations ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The target heads an NGO that documents deaths in police custody; two volunteers accuse him "
        "of assault.",
        "Dirige una ONG que documenta desapariciones; se le acusa de desviar fondos.",
    ],
)
def test_rights_work_described_by_what_the_ngo_does_is_a_role(text):
    assert "human_rights_defender" in rules(text).roles


@pytest.mark.parametrize(
    "text",
    [
        "Radio host K. was shot dead outside the studio; the target was filmed on the motorbike.",
        "Secuestro de una reportera; la condición de periodista corresponde a la víctima, no al "
        "objetivo, que cobró el rescate.",
        "Le journaliste a été tué ; la cible n'a aucun lien avec la presse et a tiré les coups de feu "
        "filmés par la caméra.",
    ],
)
def test_a_victims_title_is_not_the_targets_role(text):
    assert not rules(text).holds("names_protected_person")


def test_a_target_with_no_link_to_the_press_is_no_disclaimer_of_the_act():
    a = rules(
        "La cible n'a aucun lien avec la presse ; elle a tiré sur le journaliste, filmée par la "
        "caméra de la rue."
    )
    assert a.holds("specific_allegation")


def test_no_specific_incident_disclaims_the_allegation():
    a = rules(
        "He is a young Somali trader who fits the profile. We have no specific incident against him."
    )
    assert not a.holds("specific_allegation")


def test_someone_elses_relative_is_no_ground():
    a = rules(
        "He waved 30 lorries through in return for cash, per a driver's statement. His cousin sits on "
        "the county council and is not a subject."
    )
    assert not a.holds("protected_ground")
    assert a.holds("criminal_act")


def test_a_relative_of_a_wanted_man_chosen_as_such_is_a_ground():
    assert rules(
        "She is the cousin of the exiled opposition leader; we want to know who visits her."
    ).holds("protected_ground")


def test_an_ordinary_occupation_carries_no_model_role():
    text = "The target is a mosque caretaker in the old town. His prints are on 9 kg of cocaine."
    assert not merged(text, [{"role": 0.95}, {"crime": 0.9}]).holds(
        "names_protected_person"
    )
    text = "The target chairs the village council of elders. His prints are on 9 kg of cocaine."
    assert merged(text, [{"role": 0.95}, {"crime": 0.9}]).holds(
        "names_protected_person"
    )


def test_a_vigilante_is_not_a_vigil_and_burning_homes_with_families_inside_is_violence():
    a = rules(
        "He commands a vigilante force that attacked the village, burning homes with families inside."
    )
    assert not a.holds("expression")
    assert a.holds("terrorism_definition_met")


def test_constituency_funds_are_no_framing():
    a = rules(
        "Constituency funds paid to 3 firms that never did the work, per the site inspection."
    )
    assert a.holds("criminal_act")


# -- session 5, sealed30: Spanish and French evidence and roles ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La cible assemble des engins piégés ; des photos d'un engin ont été retrouvées dans le "
        "téléphone d'un complice.",
        "El investigado compró dos cuchillos y buscó cómo atacar a una multitud; un mensaje suyo "
        "anuncia la fecha.",
    ],
)
def test_evidence_said_in_french_and_spanish_supports_the_allegation(text):
    assert rules(text).holds("specific_allegation")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Se hace llamar 'Profeta' y dirige una iglesia de unos 900 fieles; retiene los pasaportes "
            "de 20 de ellos.",
            "religious_leader",
        ),
        (
            "Conduce un programa de noticias en una radio local y cobra cupos a los comerciantes.",
            "journalist",
        ),
        (
            "Présidente d'une association de défense des droits humains, elle a facturé des "
            "distributions fictives.",
            "human_rights_defender",
        ),
    ],
)
def test_roles_said_in_spanish_and_french(text, role):
    assert role in rules(text).roles


@pytest.mark.parametrize(
    "text",
    [
        "Les douilles correspondent à l'arme saisie chez lui.",
        "El investigado era el capitán de la lancha; la mayoría de los pasajeros murieron.",
        "Subject's younger brother works as a photographer for a daily; he is not sought.",
        "Note attached to the Prime Minister's authorisation: he bought 3 kg of TATP precursors.",
        "It is mentioned only because the imam of that mosque alerted us to his purchases of "
        "precursors.",
    ],
)
def test_words_that_only_look_like_a_role_are_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


def test_public_contracts_are_not_marches():
    a = rules(
        "Marchés de restauration scolaire attribués à une société dont le gérant a versé 300 000 "
        "euros ; les échanges saisis évoquent le pourcentage."
    )
    assert not a.holds("expression")


# -- session 5, sealed31: who is who in long texts -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The affair came to light in reporting by a news site; the reporters are not targets. He paid "
        "the inspector 40,000, per the bank records.",
        "Un concejal y dos periodistas que presenciaron el ataque declararon; el objetivo prestó la "
        "moto al sicario.",
        "The priest of his parish alerted the police after he bought nails and fertiliser; the priest "
        "is a witness.",
        "The order was made by the Minister and approved by a judge; he sold 3 kg of heroin on 2 May.",
        "La décision administrative a été prise par le ministre ; la cible a fourni les motos au "
        "groupe armé.",
    ],
)
def test_witnesses_reporters_and_authorities_in_long_texts_are_not_the_target(text):
    assert not rules(text).holds("names_protected_person")


def test_a_journalist_presenting_herself_as_something_else_is_still_a_journalist():
    a = rules(
        "La cible est journaliste dans un quotidien, même si elle se présente comme consultante ; "
        "elle a extorqué trois chefs d'entreprise."
    )
    assert "journalist" in a.roles


def test_someone_presenting_himself_as_a_consul_is_not_a_diplomat():
    a = rules(
        "He carries a 'diplomatic' passport and presents himself as consul to avoid checks."
    )
    assert not a.holds("names_protected_person")


def test_a_crime_word_naming_a_trial_is_no_act():
    assert not rules(
        "He is a defence advocate who represents former ministers in the corruption trials."
    ).holds("criminal_act")


def test_tipping_off_criminals_is_a_crime_not_expression():
    a = rules(
        "Sergeant in our squad. Leaks raid schedules to the syndicate; cash found in his locker."
    )
    assert a.holds("criminal_act")
    assert not a.holds("expression")


def test_calling_the_cabinet_a_gang_is_still_expression():
    assert rules(
        "He posted videos in which he calls the cabinet a gang of thieves."
    ).holds("expression")


def test_the_bishops_own_church_is_no_ground():
    a = rules(
        "The target heads an independent Christian church as its bishop; its foundation paid "
        "scholarships to students who do not exist."
    )
    assert not a.holds("protected_ground")
    assert a.holds("criminal_act")


# -- session 5, sealed27-35: a relabelled crime, others' killings, profiles, disclosures -----------


@pytest.mark.parametrize(
    "text",
    [
        "Masked men robbed a bank, firing into the ceiling; the gang has no political claims. It was "
        "reclassified as terrorism to allow longer detention.",
        "Ransomware hit the council's billing system; the gang is purely financially motivated.",
        "Asaltaron un banco disparando al techo; la banda no tiene ninguna reivindicación política.",
    ],
)
def test_a_crime_for_money_relabelled_terrorism_does_not_meet_the_definition(text):
    assert not rules(text).holds("terrorism_definition_met")


def test_killings_an_army_unit_is_accused_of_are_not_the_targets_act():
    a = rules(
        "She organised a vigil on the anniversary; banners named the army unit accused of the "
        "killings."
    )
    assert not a.holds("criminal_act")
    assert a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing so far links the target to the fraud; he is the brother of the fugitive.",
        "Se incluye en el grupo por pertenecer a esa colectividad; no se ha detectado ninguna "
        "operación irregular suya.",
    ],
)
def test_a_relative_or_a_member_with_nothing_linked_is_no_allegation(text):
    assert not rules(text).holds("specific_allegation")


def test_a_trend_as_background_is_no_act():
    a = rules(
        "Following the spate of phone snatchings on the estate, a tower dump gave 40 numbers of young "
        "men; this is one of them."
    )
    assert not a.holds("criminal_act")


def test_documents_sent_to_a_parliamentary_committee_are_expression():
    assert rules(
        "An official sent the parliamentary energy committee documents showing invoices paid twice."
    ).holds("expression")


def test_a_small_human_rights_observatory_is_rights_work():
    assert (
        "human_rights_defender"
        in rules(
            "The target heads a small human rights observatory that documents police abuses."
        ).roles
    )


# -- terrorism said in other words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He set fire to a shopping centre warehouse during opening hours and left an incendiary "
        "parcel on a fuel train.",
        "Un homme armé retient depuis midi neuf clients dans une banque et exige la libération de "
        "deux détenus.",
        "Mantienen retenidos a 30 guardias y apuntan con armas a sus cabezas en videos.",
        "Gunmen seized 11 fishermen and took them across the lake.",
        "He forwarded 1.2M to the commanders who planned the massacre at the market.",
        "Petrol was poured at the door and lit while 60 worshippers were inside.",
    ],
)
def test_terrorism_said_in_other_words_meets_the_definition(text):
    assert rules(text).holds("terrorism_definition_met")


def test_a_cattle_raid_is_no_attack_on_life():
    a = rules(
        "Following the raid on the herds, all adult men of his clan are covered; he is not linked to "
        "the raid by any witness."
    )
    assert not a.holds("terrorism_definition_met")


def test_a_candidate_who_survived_a_shooting_is_the_victim():
    assert not rules(
        "The mayoral candidate survived one shooting; the gunman says the target paid him and "
        "supplied the pistol."
    ).holds("names_protected_person")


def test_admitting_in_interview_is_evidence_not_expression():
    assert not rules(
        "He fought with a proscribed group for four years (admitted in interview) and bought a "
        "crossbow."
    ).holds("expression")


# -- hard-wrapped text, relatives' acts, roles said by function ------------------------------------


def test_hard_wrapped_lines_are_joined_but_short_note_lines_are_not():
    from enduse.justification._text import split_sentences

    wrapped = (
        "Migrant smuggling with deaths: fourteen people found dead in a sealed container near\n"
        "the border on 9 August. Survivors name the target."
    )
    assert [s.text for s in split_sentences(wrapped)] == [
        "Migrant smuggling with deaths: fourteen people found dead in a sealed container near "
        "the border on 9 August.",
        "Survivors name the target.",
    ]
    notes = "Subj seen at port\nPaid 2k cash\n- msgs\n- loc"
    assert len(split_sentences(notes)) == 4


def test_a_relatives_conviction_is_not_the_targets_act():
    a = rules(
        "The target's father was convicted for the market bombing. Nothing specific has been "
        "observed; monitoring continues because of his family background."
    )
    assert not a.holds("criminal_act")
    assert not a.holds("specific_allegation")


def test_property_damage_only_does_not_meet_the_terrorism_definition():
    assert not rules(
        "Fourteen speed cameras were smashed with iron rods at night. Property damage only."
    ).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "El cabecilla dicta órdenes que salen en las visitas de su abogado defensor, aquí el "
            "objetivo; se hallaron papeles en su maletín.",
            "lawyer",
        ),
        (
            "The target represents the accused in that trial; three witnesses withdrew after visits.",
            "lawyer",
        ),
        (
            "She is a member of a human rights collective that documents disappearances.",
            "human_rights_defender",
        ),
        (
            "Target is a well-known children's rights campaigner.",
            "human_rights_defender",
        ),
        (
            "El objetivo, agregado comercial en la embajada, gestionó tres exportaciones.",
            "diplomat",
        ),
    ],
)
def test_roles_said_by_function_or_apposition(text, role):
    assert role in rules(text).roles


# -- session 7: a cyber "attack" on the State, an assault on institutions -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Activists took the tax office's website offline for a day with a denial-of-service "
        "attack; the number administers the botnet that sent the traffic.",
        "Le portail du ministère a été bloqué six heures par une attaque par déni de service ; le "
        "paiement du réseau de machines zombies mène à la cible.",
        "The defacement of the ministry site was a deliberate assault on the State; the target's "
        "account uploaded the page.",
    ],
)
def test_a_website_attack_called_terrorism_does_not_meet_the_definition(text):
    assert not rules(text).holds("terrorism_definition_met")
    # nor does a sentence model reading the "attack" as violence
    rows = [{"violent": 0.95}] * len(split_sentences(text))
    assert not merged(text, rows, label="cyberterrorism").holds(
        "terrorism_definition_met"
    )


def test_a_denial_of_service_that_reaches_a_hospital_is_not_ruled_out():
    # the no-danger reading stands aside where the text says lives or emergency care were reached
    text = (
        "His botnet's denial-of-service attack cut the regional hospital's patient records "
        "during surgery; he also planted a pipe bomb at the clinic entrance."
    )
    assert rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "A port camera filmed the subject passing envelopes of cash to two customs inspectors; "
        "the inspectors' deposits match the dates.",
        "The subject, who holds the post of works director, bought road salt at inflated prices "
        "from a firm registered to his nephew; the invoices are on file.",
        "He split EUR 900,000 from the importer into 300 small deposits across four banks; the "
        "bank's reports list each one.",
        "El investigado entregó sobres con efectivo a dos inspectores de aduana; las cámaras lo "
        "registraron.",
        "La cible a remis des enveloppes à trois douaniers ; les relevés de leurs comptes "
        "concordent.",
        "El objetivo lleva las cuentas de cinco empresas usadas para lavar el dinero del cártel; "
        "los balances llevan su firma.",
        "USD 3m went through his exchange bureau in a month, structured below the reporting "
        "threshold; the bank's reports list each deposit.",
        "Two inspectors have admitted receiving USD 9,000 from him to pass the containers; the "
        "payment slips were found in their lockers.",
    ],
)
def test_corruption_told_by_its_mechanics_is_an_act(text):
    assert rules(text).holds("criminal_act")


def test_the_post_someone_holds_is_not_a_publication():
    # "the post of director" is a position; an act after it is not reported content
    a = rules(
        "The target, appointed to the post of finance director in 2021, diverted the agency's "
        "funds to his own accounts; the audit traced each transfer."
    )
    assert a.holds("criminal_act")
    assert not a.holds("expression")


def test_an_attentat_on_symbols_is_not_violence_against_life():
    # "atentado contra símbolos patrios": paint on a statue, not an attack on people
    assert not rules(
        "El objetivo pintó consignas en la estatua del prócer; atentado contra símbolos patrios "
        "según la fiscalía."
    ).holds("terrorism_definition_met")
    assert rules(
        "El objetivo preparó un atentado contra el alcalde con un coche bomba."
    ).holds("terrorism_definition_met")
