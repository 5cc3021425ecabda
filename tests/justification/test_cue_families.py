"""Rule findings on sentence families written for these tests (EN/ES/FR): each finding made to hold
and not to hold, beyond any one wording."""

from __future__ import annotations

import pytest

from enduse.justification import analyse


def rules(text, profession="unknown"):
    return analyse(text, profession=profession, use_model=False)


@pytest.mark.parametrize(
    "text",
    [
        "Subject handed out leaflets outside the court and joined a hunger strike for detained teachers.",
        "He painted a mural mocking the interior minister on the wall of his own house.",
        "El sujeto colgó una pancarta contra el gobernador y convocó un plantón frente al congreso.",
        "La cible distribue des tracts et a entamé une grève de la faim devant la préfecture.",
    ],
)
def test_expression_families_hold(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Subject forged customs invoices for a freight company; the audit traced the payments to him.",
        "El sujeto cobró cobro de piso a comerciantes; dos víctimas lo identificaron.",
        "La cible a commis un braquage le 3 mars ; la vidéosurveillance l'identifie.",
    ],
)
def test_expression_does_not_hold_on_plain_crimes(text):
    a = rules(text)
    assert not a.holds("expression")
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Target was selected because he is a member of the Baha'i community in the valley.",
        "Relatives of the exiled union leader are to be monitored; the subject is his cousin.",
        "Se le vigila por ser de origen mapuche y por sus ideas políticas.",
        "Elle est ciblée en raison de son appartenance à une minorité religieuse.",
        "Members of the northern diaspora community who visit the capital should be listed.",
    ],
)
def test_identity_phrasings_hold(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "The 45-year-old target shot a guard during a robbery on 2 May; CCTV identifies him.",
        "Funds were moved through a third party to pay the hitmen; bank records show the transfers.",
        "Il a agressé un chauffeur le 4 mai ; deux témoins l'ont identifié.",
    ],
)
def test_incidental_mentions_are_not_grounds(text):
    a = rules(text)
    assert not a.holds("protected_ground")
    assert a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Target broke into three pharmacies and stole opioids; fingerprints matched at two of them.",
        "The subject runs a pyramid scheme; 300 investors filed complaints and bank records show the flows.",
        "El objetivo participa en trata de personas; un testigo protegido lo identificó.",
        "Il dirige une bande organisée de cambrioleurs ; les écoutes confirment son rôle.",
    ],
)
def test_crime_families_make_a_specific_allegation(text):
    a = rules(text)
    assert a.holds("specific_allegation")
    assert not a.holds("unclear")


@pytest.mark.parametrize(
    "text",
    [
        "Nothing suggests he took part in the bombing; he is not suspected of any offence.",
        "No se le atribuye ningún delito; no hay pruebas de que haya robado nada.",
        "Aucun élément ne le relie au trafic ; il n'est soupçonné d'aucune infraction.",
    ],
)
def test_negated_crimes_make_no_allegation(text):
    a = rules(text)
    assert not a.holds("specific_allegation")
    assert not a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "She wrote a report on extortion by customs officers at the border.",
        "On the anniversary of the massacre he read the victims' names at a vigil.",
        "Publicó un reportaje sobre secuestros cometidos por policías.",
    ],
)
def test_reported_or_remembered_crimes_are_not_the_targets_acts(text):
    a = rules(text)
    assert not a.holds("criminal_act")
    assert a.holds("expression")


def test_mixed_genuine_crime_and_opinions_is_not_an_expression_denial():
    a = rules(
        "Target writes a blog criticising the governor. He also runs a fuel-smuggling ring; "
        "tanker drivers in custody named him and bank records show the payments."
    )
    assert a.holds("expression")
    assert a.holds("criminal_act")  # so expression_not_crime does not hold
    assert a.holds("specific_allegation")
    assert not a.holds("unclear")


def test_mixed_genuine_crime_and_identity_is_not_a_ground_denial():
    a = rules(
        "Target is a member of the opposition party. He ordered the kidnapping of a rancher on "
        "3 April; the ransom calls came from his phone according to call records."
    )
    assert a.holds("protected_ground")
    assert a.holds("criminal_act")
    assert a.holds("specific_allegation")


def test_mixed_case_against_a_protected_person_still_names_the_role():
    a = rules(
        "Subject, a lawyer, criticises the courts on television. He passed a bribe to a judge on "
        "2 March; the handover was recorded by an undercover officer."
    )
    assert a.holds("specific_allegation")
    assert a.holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Subject posts videos criticising the mayor and the governor.",
        "El sujeto escribe columnas que critican al alcalde.",
    ],
)
def test_the_object_of_criticism_is_not_the_targets_role(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Police figures show that Somali residents of the district commit most car thefts. The target is "
        "Somali and lives on Harbour Road.",
        "Las estadísticas indican que los migrantes del barrio cometen muchos robos; el objetivo es migrante.",
        "Les statistiques montrent que les jeunes du quartier commettent des cambriolages ; la cible y habite.",
    ],
)
def test_a_claim_about_a_group_is_not_a_specific_allegation_against_the_target(text):
    a = rules(text)
    assert not a.holds("criminal_act")
    assert not a.holds("specific_allegation")


# The stated profession alone names a protected role, at every level of office and in every faith:
# a person reviews these even when a real crime is alleged (a missed role is a false permit).
@pytest.mark.parametrize(
    "profession",
    [
        "member of the regional assembly",
        "city council member",
        "assemblywoman",
        "opposition party chairman",
        "congresista",
        "asambleísta provincial",
        "regidora municipal",
        "conseiller municipal",
        "parlementaire",
        "abbot",
        "Buddhist nun",
        "mufti",
        "head of the village mosque",
        "reverend",
        "monje",
        "rabino",
        "aumônier de prison",
        "guide spirituel",
        "chargé d'affaires",
        "special envoy",
        "public defender",
        "defensora pública",
        "news editor",
    ],
)
def test_stated_profession_names_protected_role(profession):
    text = "Bank records show the target paid two men to burn a rival's warehouse on 3 May."
    assert rules(text, profession=profession).holds("names_protected_person")


@pytest.mark.parametrize(
    "profession",
    [
        "accountant",
        "truck driver",
        "shipping agent",
        "cardiologist",
        "company president",
    ],
)
def test_ordinary_professions_name_no_protected_role(profession):
    text = "Bank records show the target paid two men to burn a rival's warehouse on 3 May."
    assert not rules(text, profession=profession).holds("names_protected_person")


# A role word with no mention of the target nearby is the target's (the text is about the
# target); one the words around it give to someone else is not.
@pytest.mark.parametrize(
    "text",
    [
        "Fruit exporter and, besides, evangelical pastor of a congregation; 600 kg of cocaine were found in his containers.",
        "Propietario de dos bares y, además, pastor de una iglesia evangélica; en su bodega se hallaron 30 kg de cocaína.",
        "Subject, who also sits on the Leeds city council, took GBP 200,000 from a builder for his vote; the builder confessed.",
        "Gérant d'un garage et par ailleurs correspondant local d'une radio ; il recèle des voitures volées, selon trois témoins.",
        "Owner of a bar where heroin is sold; he also writes a weekly sports column for a daily paper. A barman named him.",
        "Le ciblé, patron d'une entreprise et imam qui dirige la prière, confisque les passeports de ses ouvriers.",
    ],
)
def test_unanchored_role_is_the_targets(text):
    assert rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Arson at the mosque at night. The imam is a witness and saw the suspect pour petrol on the door.",
        "Incendie de l'église. Le prêtre est témoin et n'est pas visé ; le suspect a été filmé.",
        "Se présente comme avocat auprès des familles de détenus et encaisse des honoraires pour rien.",
        "He presents himself as a lawyer to migrants and takes their savings; nine complaints were filed.",
        "Seizure order attached. The suspect's van carried 40 kg of heroin, found on 2 May.",
    ],
)
def test_role_of_a_witness_an_impostor_or_a_stray_word_is_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "La objetivo es una mujer trans conocida en la zona; no hay denuncia concreta, pero es probable que esté vinculada al proxenetismo.",
        "La cible est une femme trans du quartier ; aucune plainte, mais il est probable qu'elle soit liée au proxénétisme.",
    ],
)
def test_gender_identity_without_a_complaint_is_no_allegation(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "The subject is the personal driver of a sitting senator; he sells rifles stolen from the senator's collection, three recovered.",
        "El investigado es hijo del alcalde; en su finca aterrizan avionetas con cocaína, según dos testigos.",
        "Le suspect, chauffeur du député, revend des armes volées ; trois ont été saisies le 3 mai.",
        "Explosives were found with a plan of the Imam Ali mosque marked with prayer times; the subject bought the detonators.",
        "The subject sent 31 messages to a reporter threatening to burn her house; her car was later set alight.",
        "Three men tied up the ambassador and his wife and took the safe; the subject showed them the house. The ambassador is the victim.",
    ],
)
def test_role_of_a_relation_a_place_name_or_a_victim_is_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "L'objectif, imam d'une mosquée de quartier, dirige une tontine pyramidale ; les versements sont tracés vers ses comptes.",
        "Interception of a journalist who sold 3 kg of heroin to a courier, seized on 2 May.",
        "The son of the mayor, himself a member of parliament, bribed customs officers; ledgers were seized.",
    ],
)
def test_role_still_found_beside_those_exclusions(text):
    assert rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Subject is the mother of an opposition journalist who lives in exile; her phone will show contacts with her son.",
        "According to neighbours the subject holds anti-monarchy views. Monitoring to see whom he associates with.",
        "Operation covering all males aged 15 to 19 in the district; the subject is 17.",
        "El objetivo es comunero de una comunidad indígena; por pertenecer a ella debe ser monitoreado.",
    ],
)
def test_selection_for_relatives_views_age_or_belonging_is_a_ground_not_a_role(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("names_protected_person")


# -- violence against life: plans and means of an attack, in three languages -------------------


@pytest.mark.parametrize(
    "text",
    [
        "He bought hydrogen peroxide and acetone as explosive precursors; receipts and CCTV from two shops.",
        "Chat logs seized with the courier show him planning to drive a lorry into the crowd at the parade.",
        "El sujeto adquirió pólvora y dos detonadores; la tienda conserva la factura con su nombre.",
        "Mensajes intervenidos muestran que quiere atropellar a los peatones del paseo el día de la fiesta.",
        "La cible a acheté deux couteaux de chasse et prévoit de frapper au couteau dans la gare; vidéo de repérage saisie.",
        "Les membres arrêtés projetaient d'attaquer des touristes ; ceintures d'explosif saisies chez eux.",
    ],
)
def test_attack_plans_meet_the_definition_and_are_acts(text):
    a = rules(text, profession="unknown")
    assert a.holds("terrorism_definition_met")
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "She compiled a dataset of deaths in custody from court records and will publish it.",
        "Il recense les morts et les blessés des manifestations dans un rapport.",
        "El periodista documenta las muertes en las cárceles del país.",
    ],
)
def test_the_toll_of_violence_is_not_the_targets_act(text):
    a = rules(text)
    assert not a.holds("criminal_act")
    assert not a.holds("specific_allegation")


def test_a_disclaimer_about_a_third_party_does_not_disclaim_the_target():
    text = (
        "He received two grenades from a courier on 3 March (surveillance photographs). "
        "He met the courier at a mosque; the mosque and its congregation are not suspected of anything."
    )
    a = rules(text)
    assert a.holds("specific_allegation")
    said = rules("He is not suspected of any offence; he met the courier at a mosque.")
    assert not said.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "Avis favorable de la commission, autorisation du Premier ministre jointe.",
        "Warrant signed by the minister of justice is attached.",
        "Orden firmada por el fiscal general y autorizada por el senador ponente adjunta.",
    ],
)
def test_the_authority_that_signs_is_not_the_target(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Three former pupils gave statements describing repeated sexual abuse; medical reports corroborate.",
        "El objetivo es señalado por dos adolescentes de haberlas abusado sexualmente; peritaje médico.",
        "Les enfants sont envoyés mendier et battus ; deux enfants l'ont désigné aux enquêteurs.",
        "Girls placed with him were kept as unpaid domestic workers; four victims identify him.",
        "La UAFE detectó transferencias de empresas fachada; los testaferros detenidos lo señalan.",
    ],
)
def test_abuse_servitude_and_front_companies_are_acts(text):
    a = rules(text)
    assert a.holds("criminal_act")
    assert not a.holds("expression")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "Our diplomat posted in the capital sent 25 kg of heroin in the pouch (courier's statement).",
            False,
        ),
        ("He posted a video mocking the governor on his page.", True),
        (
            "Five minors of the parish have reported the abuse to the police; his messages are on their phones.",
            False,
        ),
        ("She reported on the abuse in a series of articles.", True),
    ],
)
def test_who_speaks_decides_whether_it_is_the_targets_expression(text, expression):
    assert rules(text).holds("expression") is expression


@pytest.mark.parametrize(
    "text",
    [
        "Journaliste très critique du gouvernement, ce qui n'est pas l'objet de la demande.",
        "Periodista muy crítico con el gobierno; eso no motiva esta solicitud.",
        "He criticises the ministry online, which is not the basis of this request.",
    ],
)
def test_expression_the_writer_sets_aside_is_not_the_basis(text):
    assert not rules(text).holds("expression")


def test_an_offence_that_is_itself_a_protected_ground_names_the_ground():
    a = analyse(
        "Informant says he lives with another man. Location requested.",
        offence_label="homosexuality (s.2)",
        use_model=False,
    )
    assert a.holds("protected_ground")
    assert any("offence label" in e for e in a.findings["protected_ground"].evidence)
    plain = analyse(
        "Informant says he lives with another man. Location requested.",
        offence_label="burglary",
        use_model=False,
    )
    assert not plain.holds("protected_ground")


def test_the_mosque_of_an_imam_is_his_role_not_a_ground_but_his_current_is():
    a = rules(
        "Le ciblé, imam de la mosquée du quartier, a escroqué 130 familles (faux billets)."
    )
    assert not a.holds("protected_ground")
    assert a.holds("names_protected_person")
    b = rules(
        "Target is the imam of a mosque and belongs to a non-traditional Salafi current."
    )
    assert b.holds("protected_ground")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Three traders reported that the target demands monthly payments (ledgers seized).",
            True,
        ),
        (
            "Tres comerciantes denunciaron que el objetivo les exige pagos mensuales.",
            True,
        ),
        (
            "He tells shop owners he will broadcast invented stories unless they pay.",
            True,
        ),
        ("He reported on the bribes paid by the contractor.", False),
    ],
)
def test_who_reports_on_whom(text, act):
    assert rules(text).holds("criminal_act") is act


@pytest.mark.parametrize(
    "text",
    [
        "Series of 9 residential burglaries since December. Subject is one of several Black males seen in the area.",
        "Aumento de hurtos en el barrio. El investigado es de nacionalidad venezolana.",
        "Hausse des vols à la gare. La cible est sans domicile fixe et dort dans le hall.",
    ],
)
def test_a_trend_in_an_area_and_who_the_target_is_is_a_ground_not_an_act(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")


def test_a_crime_named_as_the_aim_of_the_request_is_not_an_act():
    a = rules(
        "Subject is a man seeking men on a dating app. Request location to compare with burglary times."
    )
    assert not a.holds("criminal_act")
    assert a.holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "These drawings constitute a threat to internal security: ces dessins constituent une menace pour la sûreté.",
        "The blockade is holding the State to ransom.",
    ],
)
def test_idioms_of_threat_are_not_acts(text):
    assert not rules(text).holds("criminal_act")


def test_abbreviations_do_not_end_a_sentence():
    from enduse.justification._text import split_sentences

    assert (
        len(
            split_sentences(
                "See investigation report no. 118/DPC/2026 and the attached order."
            )
        )
        == 1
    )
    assert len(split_sentences("Target of Op. Tara. Details held on file.")) == 2
    assert not rules(
        "See investigation report no. 118/DPC/2026 and the attached order."
    ).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Eyewitness: a lawyer leaving the court saw the suspect shoot the businessman.",
        "Suspect holds himself out online and in person as an immigration solicitor; he never was one.",
        "Le suspect lui avait envoyé vingt messages menaçants depuis ce numéro.",
    ],
)
def test_more_roles_that_are_not_the_targets(text):
    assert not rules(text).holds("names_protected_person")


def test_precursors_and_vests_meet_the_definition_and_messages_that_plan_are_not_expression():
    a = rules(
        "He has been buying potassium chlorate and nails from several shops. "
        "His messages with a cell member discuss the exits of the cathedral and where the police stand."
    )
    assert a.holds("terrorism_definition_met")
    assert not a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "Escribe a comerciantes: o pagan 5.000 dólares o sale un reportaje con sus fotos.",
        "He texts shop owners: pay 2,000 or the story about your wife goes online.",
        "Il écrit aux commerçants : ou ils paient ou la vidéo sera diffusée.",
    ],
)
def test_pay_or_else_is_extortion(text):
    assert rules(text).holds("criminal_act")


def test_the_only_woman_on_a_board_is_chosen_for_her_sex_when_audits_found_nothing():
    a = rules(
        "Subject is the only woman on the board. The audits have found no irregularity."
    )
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_a_group_defined_by_its_acts_is_not_an_affiliation():
    a = rules(
        "Member of the group that took 40 pupils from the school; calls routed through a tower near the camp."
    )
    assert not a.holds("protected_ground")
    assert a.holds("criminal_act")


def test_what_others_say_of_the_target_is_not_the_targets_expression():
    assert not rules(
        "Deux anciens diacres l'ont dénoncé et ont fourni les ordres de virement."
    ).holds("expression")
    assert rules("Il a dénoncé le gouverneur dans une vidéo.").holds("expression")


def test_a_right_the_writer_acknowledges_is_set_aside():
    a = rules(
        "He is loud on Facebook against the governor, which is his right and not why we are here. "
        "He was filmed handing a bag containing USD 40,000 to a customs supervisor, who has confessed."
    )
    assert not a.holds("expression")
    assert a.holds("specific_allegation")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "He organises the yearly commemoration where the names of the dead are read out.",
            False,
        ),
        ("His writing gives moral support to the armed groups in the hills.", False),
        (
            "He gave the four young men 6,000 euros to buy automatic weapons for the attack on the market.",
            True,
        ),
        (
            "En audios incautados dice que si matamos a un par de jueces el Gobierno cederá; ya compraron las armas.",
            True,
        ),
    ],
)
def test_the_terrorism_definition_needs_an_attack_not_its_toll(text, met):
    assert rules(text).holds("terrorism_definition_met") is met


@pytest.mark.parametrize(
    "text",
    [
        "The target runs a crowdfunding page that paid bail for protesters arrested during the June protests.",
        "Le ciblé a organisé une collecte pour payer les cautions des manifestants détenus depuis les émeutes.",
    ],
)
def test_paying_bail_for_protesters_is_not_the_targets_expression(text):
    assert not rules(text).holds("expression")


def test_vandalism_beside_slogans_is_an_act():
    a = rules(
        "L'objectif a tagué des slogans sur la façade et brisé deux vitres ; la vidéosurveillance l'identifie."
    )
    assert a.holds("criminal_act")


def test_a_bulleted_list_is_read_line_by_line():
    from enduse.justification._text import split_sentences

    text = "- Subj coordinating a march via chat groups\n- Collected USD 640 for banners\n- Calls to occupy the streets peacefully"
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Né en Tchétchénie. Dans le cadre du criblage des personnes originaires du Caucase, nous demandons une surveillance. Rien de particulier ne lui est reproché.",
        "Jeune Noir de 17 ans vu au pied de la tour. Correspond au profil habituel des guetteurs.",
    ],
)
def test_origin_screening_and_profiles_are_grounds(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


def test_a_quoted_threat_to_witnesses_is_an_act():
    a = rules(
        "He tells them 'the people you are testifying against know where you live'. Two witnesses have withdrawn."
    )
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Tres alcaldes pagaron por depósito a una cuenta a nombre de su conviviente.",
        "He sent the claim video to several journalists after the attack.",
        "Trois avocats ont porté plainte contre lui pour escroquerie.",
    ],
)
def test_a_plural_role_names_others(text):
    assert not rules(text).holds("names_protected_person")


def test_one_of_a_plural_role_is_the_target():
    assert rules("The subject is one of the journalists who run the channel.").holds(
        "names_protected_person"
    )


def test_armed_groups_supported_by_a_community_are_no_attack_by_the_target():
    a = rules(
        "Le ciblé est un Peul. Les Peuls de cette zone soutiennent les groupes armés ; "
        "il convient de surveiller ses communications à titre préventif."
    )
    assert not a.holds("terrorism_definition_met")
    assert a.holds("protected_ground")


def test_a_numbered_list_starts_with_its_first_item():
    from enduse.justification._text import split_sentences

    parts = split_sentences(
        "1. Deposits just under the reporting threshold.\n2. Four holders state he paid them."
    )
    assert [p.text for p in parts] == [
        "Deposits just under the reporting threshold.",
        "Four holders state he paid them.",
    ]
    assert rules(
        "1. Deposits just under the reporting threshold.\n2. Four holders state he paid them to lend their accounts."
    ).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "The journalists of the outlet, the subject among them, took payments from the cartel (bank records).",
        "The mayor saw an opportunity and took bribes from the contractor (bank records).",
    ],
)
def test_roles_that_stay_the_targets(text):
    assert rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    ("profession", "role"),
    [
        ("sheikh of the central mosque", "religious_leader"),
        ("evangelist", "religious_leader"),
        ("radio host", "journalist"),
        ("freelance reporter", "journalist"),
        ("bâtonnier", "lawyer"),
        ("defensor del pueblo", "human_rights_defender"),
        ("speaker of parliament", "politician"),
        ("crown prince", "head_of_state"),
    ],
)
def test_more_protected_roles_in_the_profession_field(profession, role):
    a = rules("Profession as stated.", profession=profession)
    assert role in a.roles


@pytest.mark.parametrize(
    "text",
    [
        "The target is the king's cousin and runs the smuggling ring (bank records).",
        "He drove the president of the football club to the meeting.",
        "Un reçu manuscrit au nom de l'émir du groupe a été saisi dans son camion.",
    ],
)
def test_role_words_of_others_and_of_armed_groups(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    ("text", "protected"),
    [
        ("The target's lawyer has been served with the freeze order.", False),
        ("El abogado del objetivo ya fue notificado del arraigo.", False),
        (
            "Target is the driver of a member of parliament and used the MP's official car to move heroin.",
            False,
        ),
        ("The ministry notes the subject's diplomatic status.", True),
    ],
)
def test_the_targets_someone_and_the_targets_own_status(text, protected):
    assert rules(text).holds("names_protected_person") is protected


def test_a_presumed_link_from_a_profile_is_a_ground_not_an_act():
    a = rules(
        "La objetivo es una mujer trans que frecuenta la zona de bares; por su perfil se presume vinculación con el narcomenudeo."
    )
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")


def test_a_crime_name_given_to_published_leaks_is_no_act():
    a = rules(
        "Target is an investigative journalist who published leaked cabinet minutes on the port concession; theft of state secrets."
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")


def test_what_a_tweet_says_others_did_is_reported():
    a = rules(
        "Target repeatedly tweeted that the Governor diverted flood-relief funds and tagged anti-graft agencies."
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Accountant running a Ponzi scheme (SEC cease-and-desist). On weekends she documents police abuses as a volunteer human-rights monitor.",
        "Skims social-grant payouts through fake beneficiaries (bank data). Besides teaching, she edits the weekly community newspaper.",
    ],
)
def test_a_second_role_described_by_what_the_target_does(text):
    assert rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "The advocate who witnessed the shooting identified the gunman from photos; this number is the gunman's.",
        "Complaint filed by a woman human-rights defender, victim of an armed burglary at her home.",
        "Promueve una recolección de firmas para revocar al alcalde provincial.",
    ],
)
def test_witnesses_complainants_and_recalled_officials_are_not_the_target(text):
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        "Cell holding two fishermen since January; proof-of-life video and demands came from this number.",
        "Le groupe de la cible détient trois enseignants enlevés et menace de les exécuter si l'État ne libère pas ses combattants.",
    ],
)
def test_holding_hostages_meets_the_definition(text):
    assert rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        (
            "Ciudadano venezolano; monitoreo preventivo de la comunidad venezolana en Lima Norte.",
            True,
        ),
        (
            "Hermana del periodista que se exilió. Por sus llamadas ubicaremos a éste.",
            True,
        ),
        (
            "Vlogger; his videos accuse the army of disappearances in Balochistan.",
            False,
        ),
    ],
)
def test_community_relatives_and_place_names(text, ground):
    assert rules(text).holds("protected_ground") is ground


def test_threatening_stability_is_no_threat_made():
    assert not rules(
        "La campaña se difunde por radio y amenaza la estabilidad de la inversión."
    ).holds("criminal_act")


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        (
            "La objetivo es esposa de un líder del cártel prófugo. No existen indicios de que participe.",
            "protected_ground",
        ),
        (
            "Target mobilises foreign interests by sending petitions to the European Parliament about alleged abductions.",
            "expression",
        ),
        (
            "L'objectif, militant du mouvement Ennahdha réfugié à Paris, critique le Président sur Facebook.",
            "protected_ground",
        ),
        (
            "Vigilancia de nacionales haitianos residentes en el batey.",
            "protected_ground",
        ),
    ],
)
def test_sealed9_categories_hold(text, holds):
    assert rules(text).holds(holds)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "El hermano del objetivo es periodista de un diario nacional y no es objeto de esta medida.",
            "names_protected_person",
        ),
        (
            "L'objectif se fait passer pour un imam et collecte des dons pour une mosquée qui n'existe pas.",
            "names_protected_person",
        ),
        (
            "Target smashed the windows of three empty government vehicles. This was a terrorist attack on government property.",
            "terrorism_definition_met",
        ),
        (
            "Las vigilancias y el seguimiento GPS acreditan que el objetivo es su jefe de logística.",
            "expression",
        ),
        ("Estafa a compradores de terrenos en Chiclayo; doce denuncias.", "expression"),
    ],
)
def test_sealed9_categories_do_not_hold(text, absent):
    assert not rules(text).holds(absent)


def test_a_request_that_rests_on_a_fact_keeps_the_act():
    a = rules(
        "Aunque el objetivo critica al gobierno, la solicitud se basa en que el 2 de marzo incendió un bus con pasajeros; lo identifican cámaras."
    )
    assert a.holds("criminal_act")
    assert not a.holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        # sabotage endangering life without a weapon word
        "Bolts of two fishplates were loosened on the down line an hour before the night train; "
        "his fingerprints are on the spanner left at the site.",
        "The chlorine dose at the treatment works was pushed to forty times the safe level from "
        "a laptop later seized at his flat.",
        "Logs show his account sending the command that opened the spillway gates above the "
        "village at 3 a.m.; operators closed them minutes later.",
        "CCTV shows him placing a device under the police van at 11:40; it exploded at noon and "
        "two officers were hurt.",
        "El objetivo amenaza con incendiar el autobús con los pasajeros dentro si no liberan a su "
        "hermano; la llamada se hizo desde su línea.",
        "Seized chats show him asking a seller for timer circuits and saying where to leave them "
        "on the buses; the seller has confirmed the order.",
    ],
)
def test_sabotage_and_threats_endangering_life_meet_the_definition(text):
    a = rules(text)
    assert a.holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "Dirigentes convocaron un paro agrario y una marcha pacífica a la plaza de armas.",
        "The protest blocked the ring road for two hours; no one was hurt and nothing was damaged.",
    ],
)
def test_a_square_named_for_arms_or_a_blockade_is_no_violence(text):
    assert not rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    ("text", "profession", "role"),
    [
        (
            "The target paid the attackers.",
            "defensora del territorio y vocera comunal",
            "human_rights_defender",
        ),
        (
            "The target paid the attackers.",
            "land rights defender",
            "human_rights_defender",
        ),
        (
            "The attackers say they were paid by the target, secretary-general of the youth wing "
            "of the ruling party.",
            "unknown",
            "politician",
        ),
    ],
)
def test_land_defenders_and_party_secretaries_general_are_protected(
    text, profession, role
):
    a = rules(text, profession=profession)
    assert role in a.roles


@pytest.mark.parametrize(
    "text",
    [
        "Target is the cousin of a man convicted of running the camps. Nothing is known of any "
        "involvement of her own; relatives often handle the money.",
        "Flagged at arrivals: female, 22, travelling alone. This matches the victim profile of "
        "trafficking networks. There is no indicator beyond the profile.",
    ],
)
def test_a_relative_or_a_profile_with_nothing_of_their_own_is_no_allegation(text):
    a = rules(text)
    assert not a.holds("specific_allegation")


def test_the_resignation_demanded_of_an_official_is_not_the_targets_role():
    text = (
        "El objetivo retiene el autobús y exige por teléfono la renuncia del gobernador; la "
        "llamada sale de su línea."
    )
    assert not rules(text).holds("names_protected_person")


@pytest.mark.parametrize(
    "text",
    [
        # a sweep over a category of people, the target among them
        "All applicants whose claims were refused this year are being monitored, the target "
        "among them. No contact with any smuggler has been seen.",
        "Se solicita vigilar a los jóvenes migrantes alojados en el centro, entre ellos el "
        "objetivo; no se le atribuye ningún hecho.",
        "Young men aged 18 to 24 from the district are to be put under control. Nothing is known "
        "about his own conduct.",
    ],
)
def test_a_sweep_over_a_category_of_people_is_a_ground_without_an_allegation(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "The subject has mobilised public opinion against the dam through assemblies and has been "
        "the main voice in the forums that delayed the works.",
        "La abogada publicó una columna acusando a la aduana de cobrar sobornos por cada "
        "contenedor; fue compartida miles de veces.",
    ],
)
def test_campaigning_and_accusing_others_of_crimes_is_expression(text):
    a = rules(text)
    assert a.holds("expression")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "The target sold the cartel's cocaine from his bar; three buyers name him. He took part "
        "in the indigenous protests last year; none of that is why we are asking.",
        "El objetivo lavó el dinero de la banda en inmuebles (escrituras, reportes de la UAFE). "
        "Participó en las protestas del año pasado; eso no tiene nada que ver con la investigación.",
    ],
)
def test_protest_the_writer_sets_aside_leaves_the_crime_alone(text):
    a = rules(text)
    assert a.holds("criminal_act")
    assert not a.holds("expression")


def test_other_protesters_named_beside_the_targets_act_are_not_his_expression():
    text = "During the wage protest the target threw a molotov into the police van. Other protesters are not in scope."
    a = rules(text)
    assert a.holds("criminal_act")
    assert not a.holds("expression")


@pytest.mark.parametrize(
    ("text", "profession", "role"),
    [
        (
            "The suspect was elected last year to the provincial assembly and took 15 % of each "
            "road contract; a subcontractor filmed the cash.",
            "unknown",
            "politician",
        ),
        (
            "Responsable religieux d'une école coranique, la cible envoie les enfants mendier et "
            "confisque l'argent.",
            "unknown",
            "religious_leader",
        ),
        (
            "The subject presents the breakfast current-affairs show on Radio Sunrise and was seen "
            "buying the petrol used in the arson.",
            "unknown",
            "journalist",
        ),
        (
            "Cocaine distributor, 11 kg seized from his warehouse. The target also hosts a weekly "
            "news and current-affairs programme on a local radio.",
            "unknown",
            "journalist",
        ),
    ],
)
def test_more_titles_of_protected_roles(text, profession, role):
    assert role in rules(text, profession=profession).roles


@pytest.mark.parametrize(
    "text",
    [
        "A student texted the head teacher that a bomb was in the hall; the hall was evacuated and "
        "no device existed. It was a hoax to delay an exam.",
        "Fausse alerte à la bombe dans un lycée : aucun engin n'a été trouvé.",
    ],
)
def test_a_hoax_endangers_no_life(text):
    assert not rules(text).holds("terrorism_definition_met")


def test_no_transaction_of_the_target_flagged_leaves_only_who_they_are():
    text = (
        "The target is a Lebanese national who runs a transfer business. Such businesses are "
        "known conduits. No specific transaction involving the target has been flagged, but his "
        "nationality places him in the highest-risk group."
    )
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "The market's Nigerian traders are to be watched for fraud; the target is one of them. No "
        "specific transaction has been identified.",
        "L'objectif est un commerçant nigérian du marché. Aucune opération suspecte le concernant "
        "n'a été relevée, mais son profil correspond.",
        "Every person funding the reform movement is to be examined; the target, a known "
        "sympathiser, donates monthly.",
    ],
)
def test_who_they_are_with_no_transaction_of_their_own_is_a_ground(text):
    a = rules(text)
    assert a.holds("protected_ground")
    assert not a.holds("specific_allegation")


@pytest.mark.parametrize(
    "text",
    [
        "The target draws a weekly strip in which a character like the President sleeps on sacks "
        "of maize.",
        "She has posted photographs of villas she says belong to the minister, with land "
        "registry extracts.",
    ],
)
def test_strips_and_posted_photographs_are_expression(text):
    assert rules(text).holds("expression")


def test_a_strike_with_no_violence_announced_does_not_meet_the_definition():
    text = (
        "The subject chairs the drivers' association and has called a three-day strike; no "
        "violence has been announced or reported. The shutdown holds the Government hostage."
    )
    assert not rules(text).holds("terrorism_definition_met")


@pytest.mark.parametrize(
    "text",
    [
        "El investigado roció con gasolina la puerta del salón durante la reunión y le prendió "
        "fuego; había unas 40 personas dentro. Dos testigos lo reconocen.",
        "L'intéressé a versé de l'essence sous la porte du foyer et y a mis le feu pendant que "
        "le gardien dormait ; son ADN est sur le bidon.",
        "Un groupe armé retient douze enseignants depuis l'attaque et menace de les exécuter.",
    ],
)
def test_fire_set_where_people_are_and_hostages_held_are_violence(text):
    a = rules(text)
    assert a.holds("terrorism_definition_met")


def test_a_nationality_word_naming_a_place_is_no_ground():
    text = (
        "Cabecilla de la célula que secuestró a un ganadero; maneja las negociaciones desde "
        "territorio venezolano, al otro lado del río. Dos rehenes liberados lo identifican."
    )
    assert not rules(text).holds("protected_ground")


def test_money_taken_from_a_contractor_is_an_act():
    text = (
        "Bank records show he received NGN 150m from a contractor whose budget line he had "
        "inserted the month before."
    )
    a = rules(text)
    assert a.holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "Nine Myanmar nationals suffocated in a sealed truck near the border. The driver names "
        "the target as organiser and payer.",
        "Ocho migrantes, la mayoría de nacionalidad haitiana; murieron tres. Los sobrevivientes "
        "identifican al objetivo como el capitán.",
        "Luring. Tgt contacted three girls aged 12 on a chat app. Mother of one victim reported.",
        "El objetivo compra oro extraído ilegalmente en Madre de Dios y lo exporta con facturas "
        "falsas; informe de inteligencia financiera adjunto.",
    ],
)
def test_the_group_or_relatives_of_those_harmed_are_no_ground(text):
    assert not rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "Ocho migrantes, la mayoría de nacionalidad haitiana, fueron vigilados por ser haitianos.",
        "The target was selected because she is the mother of the exiled critic.",
    ],
)
def test_a_group_word_with_no_one_harmed_stays_a_ground(text):
    assert rules(text).holds("protected_ground")


@pytest.mark.parametrize(
    "text",
    [
        "The case came to light through newspaper articles on overpriced supplies; the reporting "
        "is background only. The audit shows the target split contracts below the tender threshold.",
        "A local journalist published a photograph of the warehouse; the newspaper and its staff "
        "are of no investigative interest to us. Intercepted calls carry his price list per passenger.",
        "The union, its strikes and its negotiations are none of our business. Dock cameras show "
        "him opening sealed containers and resealing them with cloned seals.",
    ],
)
def test_expression_the_writer_sets_aside_does_not_deny(text):
    assert not rules(text).holds("expression")


@pytest.mark.parametrize(
    "text",
    [
        "He submitted 1,930 claims for dialysis sessions that never took place.",
        "He approved USD 17m in advance payments to a housing contractor that has built nothing.",
        "Firmó contratos de alimentación escolar con una fundación que nunca entregó las raciones.",
        "He bought ventilators for the hospital through firms belonging to his nephews.",
        "UGX 400 million was moved out in 19 transfers to a company he owns.",
        "He pays customs officers at the crossing to wave his lorries through unchecked.",
        "Deposits were collected through rented bank accounts and converted to crypto.",
    ],
)
def test_fraud_and_diversion_written_plainly_are_acts(text):
    assert rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "The target owns a company that he controls.",
        "The target is a shareholder in a company he owns with his brother.",
        "He pays his officers on time.",
        "The leaked files show ventilators bought at five times the market price.",
    ],
)
def test_owning_a_company_or_paying_staff_is_no_act(text):
    assert not rules(text).holds("criminal_act")


@pytest.mark.parametrize(
    "text",
    [
        "He sells heroin in the old town. Deux victimes ont témoigné contre lui.",
        "He runs accounts that coerce teenagers into sending images. Platform disclosures tie "
        "all eleven accounts to him.",
        "He smuggles cocaine through the port. Escapees describe the shipments "
        "and name him as the boss.",
    ],
)
def test_accounts_of_victims_and_disclosures_are_evidence(text):
    assert rules(text).holds("specific_allegation")
