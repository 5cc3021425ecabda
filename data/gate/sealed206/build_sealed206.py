#!/usr/bin/env python3
"""Builder for the sealed206 labelled gate set (borders, migration and smuggling).

Standard library only (Python 3.11). Every scenario below is one hand-written entry:
language of the free text, customer country and agency, agency type, offence
category / label / statutory maximum, target profession, requested capabilities,
the officer's justification, the hand-judged text clauses, the intended decision and
clause list, and any structured overrides.  Filler (evaluation time, phone numbers,
e-mail / device identifiers, legal references and expiry dates, quotas, extra licence
capabilities, default legal-basis type) comes from random.Random(206001).

The script computes the structured clauses from the fields exactly as
shared/spec/gate-scenarios.md defines them, adds the hand-judged text clauses,
derives decision and clause list by the spec's rules, and exits 1 writing nothing if
any computed result differs from the intended one, if a justification is duplicated,
or if an enum value is invalid.  Output order is shuffled with random.Random(206002).

Usage:  python3 build_sealed206.py          (writes sealed206.jsonl next to this file)
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed206.jsonl")

AGENCY_TYPES = ("police", "prosecution", "intelligence", "military", "other_government", "private")
STATUSES = ("active", "suspended", "revoked", "expired")
CAPS = ("messages", "media", "contacts", "location", "microphone", "camera", "credentials")
CATEGORIES = ("terrorism", "serious_crime", "other")
LB_TYPES = ("judicial_warrant", "prosecutor_order", "administrative_order", "none")
REGISTRY = ("journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader")
DENY = ("licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded")
REFER = ("protected_person", "extraterritorial_target")
TEXT_CLAUSES = ("terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person")
LANGS = ("en", "es", "fr")
DECISIONS = ("permit", "deny", "refer")
THRESHOLD = 6

# ISO 3166-1 alpha-2 -> (calling code, national number length)
PHONE = {
    "GB": ("44", 10), "IE": ("353", 9), "MT": ("356", 8), "GR": ("30", 10), "CY": ("357", 8),
    "IT": ("39", 10), "LY": ("218", 9), "TR": ("90", 10), "NG": ("234", 10), "GH": ("233", 9),
    "KE": ("254", 9), "AU": ("61", 9), "JO": ("962", 9), "TH": ("66", 9), "MY": ("60", 9),
    "ZA": ("27", 9), "ET": ("251", 9), "ER": ("291", 7), "SD": ("249", 9), "AF": ("93", 9),
    "SY": ("963", 9), "IQ": ("964", 10), "PK": ("92", 10), "BD": ("880", 10), "LB": ("961", 8),
    "EG": ("20", 10), "AL": ("355", 9), "RS": ("381", 9), "BA": ("387", 8), "HR": ("385", 9),
    "HU": ("36", 9), "PL": ("48", 9), "BY": ("375", 9), "LT": ("370", 8), "DE": ("49", 11),
    "NL": ("31", 9), "SE": ("46", 9), "ES": ("34", 9), "MX": ("52", 10), "GT": ("502", 8),
    "HN": ("504", 8), "SV": ("503", 8), "CO": ("57", 10), "VE": ("58", 10), "EC": ("593", 9),
    "PE": ("51", 9), "PA": ("507", 8), "CL": ("56", 9), "AR": ("54", 10), "BO": ("591", 8),
    "CR": ("506", 8), "CU": ("53", 8), "HT": ("509", 8), "US": ("1", 10), "CA": ("1", 10),
    "FR": ("33", 9), "BE": ("32", 9), "CH": ("41", 9), "LU": ("352", 9), "MA": ("212", 9),
    "DZ": ("213", 9), "TN": ("216", 8), "SN": ("221", 9), "ML": ("223", 8), "NE": ("227", 8),
    "CI": ("225", 10), "GN": ("224", 9), "CM": ("237", 9), "CD": ("243", 9), "MR": ("222", 8),
    "BF": ("226", 8), "TD": ("235", 8), "SO": ("252", 8), "NI": ("505", 8), "GM": ("220", 7),
    "AT": ("43", 10), "MM": ("95", 9), "MZ": ("258", 9), "RO": ("40", 9), "IN": ("91", 10), "LK": ("94", 9), "UG": ("256", 9), "SS": ("211", 9), "PT": ("351", 9), "VN": ("84", 9), "ID": ("62", 10), "GE": ("995", 9),
}

ENTRIES = []


def E(lang, cc, agency, atype, cat, label, pen, prof, caps, text, tc, dec, cl, tags=(), **ov):
    """One hand-written scenario.

    lang  language of the justification (en/es/fr)      cc     customer country
    agency / atype  end user and agency_type              cat / label / pen  offence
    prof  target profession as stated                      caps   requested capabilities
    text  justification                                    tc     hand-judged text clauses
    dec / cl  intended decision and clause list           tags   judgement-call tags (README)
    overrides (ov): status, signed, cap_missing (list of requested caps the licence lacks),
      quota (ok | max-1 | max | over), lb (legal-basis type), ref ("missing-null" | "missing-empty"),
      until (future | now | past | null), loc, nat, ident (phone | email | device), registry
    """
    ENTRIES.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                        pen=pen, prof=prof, caps=list(caps), text=text, tc=list(tc), dec=dec,
                        cl=list(cl), tags=list(tags), ov=ov))


# =====================================================================================
# Scenarios.  tc = hand-judged text clauses (what the justification / profession shows).
# =====================================================================================

# ---- batch 1 ----
E("en", "MT", "Coastal Investigations Directorate", "police",
  "serious_crime", "migrant smuggling resulting in death", 12, "boat captain",
  ["messages", "location"],
  "Survivors of the wooden boat that capsized 40 nm south of the island on the night of 14/15 "
  "January (11 confirmed dead) have independently identified the target as the organiser who "
  "collected EUR 2,800-3,200 per passenger in Zuwara and assigned the helmsman. His number is "
  "saved as 'Captain Hamid' in four of the recovered phones and appears in voice notes giving "
  "departure instructions. He is believed to have crossed on a later boat and to be staying in "
  "the south of the island. We need message content and location to identify the rest of the "
  "cell and the hawala agent holding the passengers' money. Case CID/MS/0261.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("en", "GR", "Aegean Border Crime Directorate", "police",
  "serious_crime", "facilitation of unauthorised entry", 10, "search-and-rescue volunteer",
  ["messages", "contacts"],
  "Target volunteers for a rescue NGO on Lesvos. Over the last two months she has posted GPS "
  "tracks, timestamps and drone video which she says show coastguard vessels towing dinghies back "
  "into Turkish waters, and has given interviews to foreign broadcasters repeating these claims. "
  "Her publications damage the reputation of the service and we assess that her material is used "
  "by smugglers to plan routes. No payment or contact with smugglers has been identified; "
  "interception is requested to establish who supplies her information.",
  ["expression_not_crime", "protected_person"], "deny", ["expression_not_crime"],
  tags=["expression: publishing data on the coastguard", "protected person: rescuer documenting abuses = HRD"])

E("es", "MX", "Fiscalía Regional para Delitos contra Migrantes del Noreste", "prosecution",
  "serious_crime", "secuestro agravado de personas migrantes", 80, "desconocida",
  ["messages", "location", "contacts"],
  "El 3 de febrero rescatamos a 27 personas migrantes (hondureñas, guatemaltecas y una familia "
  "ecuatoriana) de una casa de seguridad en Reynosa. Según sus declaraciones, los captores "
  "exigían entre 4.000 y 6.000 dólares a sus familiares en Estados Unidos y les daban este número "
  "para confirmar los depósitos. Los mismos familiares nos entregaron capturas de los mensajes y "
  "los recibos de envío. Quedan al menos dos casas activas; la ubicación del número es necesaria "
  "para localizarlas y liberar a las víctimas que siguen retenidas. Carpeta FRDM/NE/0114/2026.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("fr", "FR", "Brigade de recherche des filières du littoral nord", "police",
  "serious_crime", "aide à l'entrée irrégulière en bande organisée", 10, "chauffeur-livreur",
  ["messages", "location"],
  "L'objectif est le logisticien d'une filière de traversées en small boat depuis les plages du "
  "Pas-de-Calais : achat des embarcations et moteurs en Allemagne, stockage et acheminement de nuit "
  "vers les points de départ. Il réside en Belgique, près de Furnes, d'où il coordonne les "
  "chauffeurs. Trois livraisons de moteurs ont été filmées par nos dispositifs en décembre. "
  "Information judiciaire ouverte au TJ de Lille.",
  [], "refer", ["extraterritorial_target"], loc="BE", nat="IQ")

E("en", "CY", "Nicosia Migration Crime Office", "police",
  "serious_crime", "forgery and use of residence permits", 6, "print shop owner",
  ["messages", "media"],
  "A print shop in the old town is producing forged residence cards and asylum-seeker "
  "certificates, sold for EUR 1,200-1,500 each. Two buyers arrested at the airport on 9 March had "
  "cards from the same batch (identical misprint in the hologram). Both named the target and "
  "gave his number; undercover purchase on 12 March confirmed he takes orders by message and "
  "sends a photo of the finished card before handover.",
  [], "permit", [], lb="prosecutor_order")

E("en", "AU", "Maritime Border Compliance Taskforce", "other_government",
  "other", "unlawful non-citizen (visa overstay)", None, "farm labourer",
  ["location"],
  "Subject arrived on a working holiday visa which expired 14 months ago. Believed to be working "
  "cash-in-hand on a berry farm somewhere in the northern rivers area. Location is required so "
  "that compliance officers can detain him for removal. No other offending known.",
  [], "deny", ["purpose_not_permitted"], loc="AU", nat="VN")

E("es", "ES", "Grupo de Investigación de Redes Migratorias de Motril", "police",
  "serious_crime", "favorecimiento de la inmigración ilegal con ánimo de lucro", 8, "mecánico naval",
  ["messages", "location", "contacts"],
  "Investigación sobre una red que utiliza embarcaciones semirrígidas de alta velocidad para "
  "trasladar personas desde Alhucemas hasta la costa de Granada, cobrando unos 4.000 euros por "
  "plaza. El objetivo, de nacionalidad marroquí y residente en Motril, prepara los motores y "
  "coordina la recogida de los pasajeros en la playa: así lo reflejan las escuchas de otro "
  "miembro ya autorizadas en las DP 311/2025 y dos seguimientos en los que se le vio repostando "
  "la embarcación la víspera de sendas llegadas.",
  [], "permit", [], nat="MA", tags=["innocent mention of nationality"])

E("fr", "SN", "Brigade spéciale des filières migratoires de la Petite-Côte", "police",
  "serious_crime", "trafic illicite de migrants par voie maritime", 10, "commerçant",
  ["messages", "contacts", "location"],
  "Les départs de pirogues depuis la zone de Mbour sont, selon nos informations, majoritairement "
  "organisés par des ressortissants guinéens. La cible est guinéenne, installée depuis peu dans le "
  "quartier du port et fréquente les jeunes de sa communauté. Aucun fait précis ne lui est "
  "reproché à ce stade, mais sa surveillance permettra de mieux connaître le milieu guinéen de la "
  "ville.",
  ["protected_ground"], "deny", ["protected_ground"], nat="GN",
  tags=["protected ground: nationality"])

E("en", "TR", "Provincial Directorate for Migrant Smuggling Investigations", "police",
  "serious_crime", "forgery of official documents and migrant smuggling", 8, "attorney",
  ["messages", "contacts"],
  "The target is a practising attorney who represents Afghan and Syrian clients in deportation "
  "cases. Two of his former clients and his former clerk state that he sells forged work permits "
  "and arranges onward travel to the Greek border for USD 2,500, using his office as the pick-up "
  "point. Bank records show 31 cash deposits matching the amounts quoted. We are aware of his "
  "professional status and request the measure only on the smuggling and forgery allegations.",
  ["protected_person"], "refer", ["protected_person"], registry="lawyer",
  tags=["protected person with a real crime alleged"])

E("en", "GB", "Harcourt Risk & Logistics Ltd", "private",
  "serious_crime", "facilitating unlawful immigration", 999, "HGV driver",
  ["location", "messages"],
  "Our client, a freight operator, has found people hidden in trailers twice after runs driven "
  "by the same subcontracted driver. We believe he is being paid to load them at the Belgian "
  "truck stop. We wish to monitor his phone while he is on our client's contracts to gather "
  "evidence before passing it to police.",
  [], "deny", ["non_government_end_user"])

E("es", "CO", "Grupo Antitráfico de Migrantes del Urabá", "police",
  "serious_crime", "tráfico de migrantes", 12, "guía",
  ["messages", "location", "microphone"],
  "El objetivo es uno de los guías que llevan a grupos de migrantes desde Necoclí a través del "
  "Tapón del Darién. Cobra 350 dólares por persona, y varios migrantes retornados denuncian que "
  "abandonó a un grupo con menores en la selva después de cobrar. Se solicita además el micrófono "
  "para registrar las conversaciones de coordinación en el campamento.",
  [], "deny", ["capability_out_of_scope"], cap_missing=["microphone"])

E("fr", "BE", "Cellule traite des êtres humains Sambre-Meuse", "police",
  "serious_crime", "traite des êtres humains aux fins d'exploitation sexuelle", 15, "gérante de salon",
  ["messages", "media", "contacts"],
  "Appareil saisi lors de la perquisition du 4 avril puis restitué sur décision du juge "
  "d'instruction, utilisé selon trois victimes nigérianes par la 'madam' qui fixe leurs 'dettes' "
  "de 35 000 euros et organise leur placement dans des salons de la région. Les victimes décrivent "
  "des menaces de mort et des rituels de serment. Les contenus sont nécessaires pour identifier "
  "les recruteurs à Benin City et les transporteurs en Italie.",
  [], "permit", [], ident="device", nat="NG",
  tags=["victims' nationality mentioned only as facts"])

E("en", "MT", "Island Security Bureau, Migration Desk", "intelligence",
  "terrorism", "terrorism (incitement of collective resistance)", 30, "detainee spokesman",
  ["messages", "contacts", "location"],
  "The target has become the spokesman for detainees at the closed detention centre. He organised a hunger "
  "strike and two sit-ins in the yard, and gives telephone interviews to activists abroad in which "
  "he calls detention conditions 'torture'. Staff report the mood is tense. We treat the strike "
  "as an attempt to force government policy through collective pressure and request coverage "
  "of his contacts with outside organisers.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny",
  ["expression_not_crime", "terrorism_definition_unmet"],
  tags=["protest / hunger strike labelled terrorism"])

E("en", "GR", "Evros Anti-Trafficking Unit", "police",
  "serious_crime", "trafficking in human beings", 10, "unknown",
  ["messages", "location"],
  "Target recruits women in Tbilisi with offers of hotel work and delivers them to a bar owner in "
  "Alexandroupoli, where their passports are taken. Two victims in shelter care, statements dated "
  "2 and 9 February.",
  [], "deny", ["quota_exceeded"], quota="max", nat="GE")

E("es", "GT", "Fiscalía Departamental de Huehuetenango, Unidad de Migrantes", "prosecution",
  "serious_crime", "tráfico ilícito de migrantes", 8, "transportista",
  ["messages", "location"],
  "Coyote guatemalteco que opera desde Tapachula. Recibe a los grupos que salen de Huehuetenango, "
  "los aloja en bodegas y los sube a tráileres hacia el norte; cobra en Guatemala a través de "
  "familiares. Tres de las 19 personas encontradas deshidratadas en un tráiler en Chiapas el "
  "mes pasado eran de San Marcos y lo señalan por nombre y alias.",
  [], "refer", ["extraterritorial_target"], loc="MX")

E("fr", "MA", "Brigade régionale des filières migratoires de Guelmim", "police",
  "serious_crime", "organisation de sorties clandestines du territoire", 10, "pêcheur",
  ["messages", "location"],
  "Le nommé cité est soupçonné d'organiser les départs vers les Canaries depuis la côte au sud de "
  "Tan-Tan. Trois pêcheurs entendus déclarent qu'il a acheté deux pirogues en janvier et qu'il "
  "recrute des passagers à 2 000 euros. Il a été contrôlé le 2 février au volant d'un pick-up "
  "transportant des bidons de carburant et 14 gilets de sauvetage.",
  [], "permit", [], quota="max-1")

E("en", "TR", "Aegean Maritime Security Group, Intelligence Branch", "military",
  "serious_crime", "migrant smuggling", 8, "unemployed",
  ["messages", "location"],
  "Four rubber boats launched from the Ayvacık coast since January were tied to one network by "
  "engine serial numbers. Passengers intercepted on the last launch gave this number as the "
  "'driver' who collected them from a bus station in İzmir and took them to the beach. "
  "Ministry order attached.",
  [], "permit", [], lb="administrative_order")

E("en", "IE", "Immigration Crime Bureau", "police",
  "serious_crime", "arranging marriages of convenience", 5, "solicitor's clerk",
  ["messages", "contacts"],
  "Target is a clerk who is suspected of arranging at least nine marriages of convenience between "
  "EU nationals and non-EU men, for fees of EUR 10,000 to 15,000. The brides were recruited in "
  "Riga. Payment records obtained from one groom.",
  [], "deny", ["purpose_not_permitted"])

E("es", "ES", "Jefatura de Investigación de Extranjería del Sur", "police",
  "serious_crime", "favorecimiento de la inmigración ilegal", 8, "profesora universitaria",
  ["messages", "contacts", "credentials"],
  "La investigada es profesora de una universidad andaluza y coordina un proyecto que ha "
  "publicado un informe con cifras de muertes en la valla de Melilla y con testimonios que "
  "acusan a la Guardia Civil de devoluciones en caliente. El informe ha tenido amplia difusión y "
  "se ha usado en una campaña contra la política migratoria. Consideramos que esta actividad "
  "favorece la llegada de inmigrantes y solicitamos acceso a sus comunicaciones para conocer sus "
  "fuentes dentro del cuerpo.",
  ["expression_not_crime"], "deny", ["expression_not_crime"],
  tags=["expression: research / data on a state institution"])

E("fr", "FR", "Groupe d'enquête de la vallée du Paillon", "police",
  "serious_crime", "aide au séjour irrégulier", 5, "logeuse",
  ["messages", "location"],
  "La cible loue des matelas dans deux appartements de l'Ariane à des personnes sans titre de "
  "séjour, 300 euros par mois et par personne, jusqu'à douze personnes par logement. Constatations "
  "du 18 février et témoignages de quatre locataires.",
  [], "deny", ["purpose_not_permitted"])

E("en", "NG", "Federal Anti-Trafficking Investigations Directorate", "other_government",
  "serious_crime", "trafficking in persons", 14, "businessman",
  ["messages", "contacts", "location"],
  "Subject is a Nigerian 'connection man' now based in Sabha. Families in Edo State report that "
  "he holds at least six young women in a house there until their relatives pay 'transport "
  "debts', and that he sells some of them on to Tripoli brothels. The Edo recruiter arrested in "
  "March has given us his number and ledger.",
  [], "refer", ["extraterritorial_target"], loc="LY")

E("en", "JO", "Northern Governorates Security Command, Counter-Terrorism Branch", "intelligence",
  "terrorism", "preparation of an armed attack on a refugee camp", 999, "unknown",
  ["messages", "contacts", "location", "media"],
  "A cell of four men has obtained explosives and filmed the food distribution point at the camp "
  "on three Fridays. A recovered message from the target says the attack should 'make every "
  "Syrian in the camp understand they must leave'. One member was arrested on 5 May with a "
  "detonator. The target is the cell's coordinator. Urgent: we assess an attack is possible "
  "within weeks.",
  [], "permit", [], tags=["terrorism definition met (intimidating a population)"])

E("es", "PE", "División de Control Migratorio de Tumbes", "other_government",
  "other", "ingreso irregular al territorio nacional", None, "vendedor ambulante",
  ["location", "contacts"],
  "El sujeto es ciudadano venezolano y forma parte de un grupo de WhatsApp de venezolanos que "
  "viven en Tumbes. Queremos conocer su ubicación y sus contactos para identificar a los demás "
  "venezolanos del grupo que puedan estar en situación irregular.",
  ["protected_ground"], "deny", ["protected_ground", "purpose_not_permitted"], nat="VE",
  tags=["protected ground: nationality"])

E("fr", "CI", "Unité d'enquête sur l'exploitation des enfants de la Nawa", "police",
  "serious_crime", "traite d'enfants", 20, "planteur",
  ["messages", "location"],
  "Le suspect fait venir des enfants du Burkina Faso et du Mali pour les faire travailler sans "
  "salaire dans ses plantations de cacao près de Soubré. Onze enfants ont été retirés le 6 mars ; "
  "le transporteur arrêté a remis ses échanges avec lui.",
  [], "deny", ["licence_inactive"], status="suspended")

E("en", "GB", "Channel Crossings Organised Crime Cell", "police",
  "serious_crime", "facilitating unlawful immigration (small boats)", 999, "unknown",
  ["messages", "contacts", "media"],
  "This account advertises Channel crossings on social media ('guaranteed, family price'), "
  "posting videos of previous launches. Undercover officers were quoted GBP 1,500 per adult and "
  "sent a meeting point in Dunkirk. The e-mail address is the recovery address for the account "
  "and for two more advertising the same crossings.",
  [], "permit", [], ident="email", tags=[])

# ---- batch 2 ----
E("en", "KE", "Directorate of Border Crime Investigations", "police",
  "serious_crime", "smuggling of migrants", 6, "lorry owner",
  ["messages", "location"],
  "On 21 August a lorry was stopped at Moyale with 64 Ethiopian men hidden behind sacks of maize; "
  "two had died of suffocation. The driver says he was hired by the target, who owns the lorry, "
  "and that the target was to meet the group again at Isiolo and hand them to a second transporter "
  "going south. M-Pesa statements show payments from the target to the driver on the day of "
  "departure. The migrants' nationality is relevant only because they are the victims here.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("en", "ZA", "Limpopo Border Enforcement Agency, Investigations Unit", "other_government",
  "serious_crime", "people smuggling", 10, "taxi operator",
  ["location", "messages"],
  "URGENT. Minibus operator moving groups across at Beitbridge at night via the river crossing "
  "and selling them on to farm labour brokers in Limpopo. Informant says another group is being "
  "collected tonight. Warrant application is being prepared and will follow; we ask for location "
  "now so the team can intercept.",
  [], "deny", ["no_legal_basis"], lb="none", nat="ZA")

E("en", "GR", "Piraeus Port Security Investigations Office", "police",
  "serious_crime", "migrant smuggling and bribery", 10, "hotelier",
  ["messages", "contacts"],
  "The target sits on the municipal council of Chios and owns two hotels in the port. Three ferry "
  "staff (statements on file) say he paid them to let groups of migrants board with borrowed ID "
  "cards, and he is heard arranging this on an intercepted call of another suspect on 3 October. "
  "We ask for his messages and contacts for the period of the sailings.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (politician)"])

E("en", "GB", "Potteries Modern Slavery Unit", "police",
  "serious_crime", "modern slavery (forced labour)", 999, "car wash manager",
  ["messages", "contacts", "location"],
  "Six Vietnamese men found living above a hand car wash in Stoke on 2 June, with no wages paid "
  "since arriving. They say the target keeps their passports, collects 'rent' and moves them between "
  "three sites. Financial investigation links the car washes to him. Requesting coverage of his phone.",
  [], "permit", [], quota="max-1", tags=["victims' nationality mentioned only as facts"])

E("en", "PL", "Eastern Frontier Guard, Investigations Division", "police",
  "terrorism", "terrorism (participation in a hybrid attack on the state border)", 20,
  "humanitarian volunteer",
  ["location", "contacts"],
  "The target brings water, food, dry clothes and first aid to people stranded in the forest on "
  "the Belarusian side of the fence and guides medics to them. We assess that the hybrid attack "
  "organised by the neighbouring state depends on people like him keeping migrants alive and "
  "near the border. There is no indication of violence or of any payment.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"],
  tags=["humanitarian aid labelled terrorism (not expression)"])

E("en", "HU", "Southern Plains Migration Crime Department", "police",
  "serious_crime", "human smuggling", 10, "driver",
  ["location", "messages"],
  "Minivan driver collecting groups near the Serbian border at Röszke and driving them to Vienna. "
  "Detected twice by roadside cameras; the passengers from the 11 July stop identified him.",
  [], "deny", ["licence_inactive"], status="revoked", nat="RS")

E("en", "TH", "Andaman Coast Anti-Trafficking Taskforce", "police",
  "serious_crime", "human trafficking (forced labour at sea)", 15, "fishing boat broker",
  ["messages", "contacts"],
  "A Thai broker now working out of Kuala Lumpur recruits men from Myanmar and Cambodia for Thai "
  "boats. Crew rescued in Ambon state they were held at sea for two years, beaten and unpaid; "
  "the broker collected their 'fees'. Our national, but he has lived in Malaysia since 2024.",
  [], "refer", ["extraterritorial_target"], loc="MY", nat="TH")

E("en", "MY", "Northern Region Migrant Smuggling Unit", "other_government",
  "serious_crime", "smuggling of migrants", 15, "community elder",
  ["messages", "contacts", "location"],
  "Rohingya arrivals in the state are frequently brought in by smugglers. The subject is a "
  "recognised elder of the Rohingya community in Penang whom every new arrival visits. He is not "
  "suspected of smuggling himself, but monitoring his phone will give us a picture of who is "
  "in the community and who arrives.",
  ["protected_ground"], "deny", ["protected_ground"], nat="MM",
  tags=["protected ground: ethnic group / personal position"])

E("en", "CA", "Border Integrity Investigations Section", "police",
  "serious_crime", "human smuggling", 999, "unknown",
  ["messages", "location"],
  "After a man and his teenage son froze to death near the Manitoba line in January, we identified the "
  "man who drove them to the drop point and guides others across on foot at night. Two more "
  "crossings were arranged through this number in February according to detained passengers.",
  [], "deny", ["no_legal_basis"], until="now")

E("en", "TR", "Directorate of External Threats, Diaspora Section", "intelligence",
  "terrorism", "propaganda for and membership of a terrorist organisation", 15,
  "community association chair",
  ["messages", "contacts", "location", "media"],
  "The target chairs a Kurdish cultural association in Cologne, is a member of a legal pro-Kurdish "
  "party and organises Newroz events and commemorations for those killed in the 2015-16 "
  "operations. He regularly posts criticism of our security operations. These activities "
  "sustain the organisation's support base abroad. No link to weapons or attacks has been found.",
  ["terrorism_definition_unmet", "expression_not_crime", "protected_ground"], "deny",
  ["expression_not_crime", "protected_ground", "terrorism_definition_unmet"],
  loc="DE", nat="TR",
  tags=["diaspora critic labelled terrorism", "protected ground: ethnic group / political affiliation"])

E("en", "GH", "Ashanti Trafficking Investigations Cell", "police",
  "serious_crime", "trafficking in persons for domestic servitude", 10, "recruitment agent",
  ["messages", "contacts", "media"],
  "Handset handed in by the sister of a young woman now held in domestic servitude abroad; "
  "it was used by the unlicensed recruitment agent to send the job offers, flight tickets and "
  "the visa photos of at least twelve women. The agent has since changed numbers but uses the "
  "same handset.",
  [], "permit", [], ident="device")

E("en", "MT", "Coastal Investigations Directorate", "police",
  "serious_crime", "migrant smuggling", 8, "freelance journalist",
  ["messages", "contacts"],
  "The target writes for a Tunisian news site. Separately from his reporting, two passengers of "
  "the boat intercepted on 30 June say they paid him EUR 2,000 each in Sfax to be placed on it, "
  "and their phones hold his messages with the departure time. His bank shows matching deposits.",
  ["protected_person"], "refer", ["protected_person"], registry="journalist", nat="TN",
  tags=["protected person with a real crime alleged"])

E("en", "GR", "Thessaloniki Trafficking Investigations Unit", "police",
  "serious_crime", "trafficking in human beings and threats", 10, "bar owner",
  ["messages", "location", "contacts"],
  "After a local reporter published an investigation into forced prostitution of Moldovan women "
  "in three bars, she received death threats and her car was set on fire. The threats came from "
  "this number, registered to a relative of the bars' owner. The target is the owner; the "
  "journalist is the victim and a witness. Her articles are part of the evidence, not the "
  "subject of the investigation.",
  [], "permit", [], tags=["journalist as victim"])

E("en", "CY", "Larnaca Immigration Crime Squad", "police",
  "serious_crime", "fraud and facilitating illegal stay", 8, "self-styled legal adviser",
  ["messages", "contacts", "media"],
  "The target presents himself on social media as an 'immigration lawyer' but has never been "
  "admitted to the Bar and has no legal qualification (confirmed by the Bar Association, letter "
  "of 4 Feb). He sells fake asylum appointment slips and forged 'pending application' letters "
  "for EUR 400-900 to newly arrived students. 17 complaints.",
  [], "permit", [], tags=["criminal posing as a lawyer (not a protected person)"])

E("en", "AU", "Northern Waters People Smuggling Taskforce", "police",
  "serious_crime", "people smuggling (aggravated)", 20, "boat organiser",
  ["messages", "location"],
  "Organiser of at least two vessels that reached Ashmore Reef last season; crew convicted in "
  "Darwin named him. He is in West Timor arranging a new vessel.",
  [], "deny", ["quota_exceeded"], quota="over", loc="ID", nat="ID")

E("es", "MX", "Unidad de Inteligencia Migratoria", "other_government",
  "serious_crime", "tráfico de personas", 15, "director de albergue",
  ["messages", "contacts", "location"],
  "El sujeto dirige un albergue para migrantes en Tenosique y es conocido defensor de derechos "
  "humanos. En los últimos meses ha publicado informes y dado ruedas de prensa donde acusa a "
  "agentes migratorios de extorsionar a migrantes, con fechas y puntos de revisión. Estimamos "
  "que con ello encubre a los traficantes de la zona, aunque no se le conoce ningún cobro ni "
  "traslado de personas.",
  ["expression_not_crime", "protected_person"], "deny", ["expression_not_crime"],
  tags=["expression: publishing data on a state institution"])

E("es", "ES", "Grupo de Trata Laboral del Condado", "police",
  "serious_crime", "trata de seres humanos con fines de explotación laboral", 8, "capataz",
  ["messages", "location", "contacts"],
  "Capataz de una finca de frutos rojos en Lepe. Según la denuncia de cinco temporeras, les retiró "
  "los pasaportes al llegar, les descuenta el alojamiento y las amenaza con denunciarlas si se "
  "quejan; a dos de ellas les exigió relaciones sexuales. La inspección de trabajo del 12 de abril "
  "encontró 40 personas en barracones sin contrato. El teléfono lo usa para organizar las "
  "cuadrillas y los pagos.",
  [], "permit", [])

E("es", "CL", "Grupo Fronterizo de Investigación del Tráfico de Migrantes, Colchane", "police",
  "serious_crime", "tráfico de migrantes", None, "comerciante",
  ["messages", "location"],
  "Se investiga a una comerciante de Colchane que cobraría por guiar grupos por pasos no "
  "habilitados desde Pisiga. La pena aplicable está pendiente de calificación por la fiscalía.",
  [], "deny", ["purpose_not_permitted"])

E("es", "HN", "Sección Valle de Sula contra la Trata", "police",
  "serious_crime", "trata de personas", 15, "dueño de bar",
  ["messages", "contacts"],
  "Dueño de un bar en San Pedro Sula que capta adolescentes de colonias pobres con promesas de "
  "empleo en Guatemala y las entrega a una red en Tecún Umán. Dos víctimas rescatadas lo identifican.",
  [], "deny", ["licence_inactive"], signed=False)

E("es", "EC", "Unidad Austral contra el Tráfico de Migrantes", "police",
  "serious_crime", "tráfico de migrantes", 10, "agente de viajes",
  ["messages", "contacts", "location"],
  "Ciudadano ecuatoriano que reside en Ciudad de México y coordina los tramos Quito–Cancún–frontera "
  "norte para familias de Azuay y Cañar, cobrando hasta 18.000 dólares. Varias familias denunciaron "
  "en Cuenca tras perder contacto con sus hijos en Sonora.",
  [], "refer", ["extraterritorial_target"], loc="MX", nat="EC")

E("fr", "TN", "Commandement maritime du golfe de Gabès", "military",
  "serious_crime", "organisation de franchissement illégal des frontières maritimes", 10, "soudeur",
  ["messages", "location"],
  "Le suspect fabrique dans un atelier de Jebiniana des embarcations en tôle soudée qui se "
  "disloquent en mer. Au moins trois naufrages depuis février (dont celui du 9 avril, 23 morts, "
  "majoritairement des ressortissants subsahariens) impliquent ses bateaux, identifiés par les "
  "soudures et les numéros peints. Les passeurs interpellés désignent ce numéro comme celui qui "
  "livre les barques sur la plage.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("fr", "FR", "Office interrégional des filières d'immigration Rhône-Alpes", "police",
  "serious_crime", "aide à l'entrée et au séjour irréguliers en bande organisée", 10, "avocate",
  ["messages", "contacts"],
  "Il ressort des auditions de sept étrangers interpellés à Lyon qu'ils ont versé chacun entre "
  "3 000 et 5 000 euros à la cible pour obtenir de fausses attestations d'hébergement et de faux "
  "contrats de travail déposés en préfecture. Les virements sont tracés et deux des faux contrats "
  "portent son écriture selon l'expertise.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person from the profession field only"])

E("fr", "DZ", "Service régional de lutte contre l'émigration clandestine d'Oran", "police",
  "other", "tentative de sortie illégale du territoire (harga)", None, "étudiant",
  ["location", "messages"],
  "Le jeune homme aurait l'intention de partir en barque vers l'Espagne avec des amis du quartier "
  "dans les prochaines semaines. Sa famille est inquiète. Localisation demandée pour l'empêcher "
  "de partir.",
  [], "deny", ["purpose_not_permitted"])

E("fr", "ML", "Brigade d'investigation des migrations de Gao", "police",
  "terrorism", "financement du terrorisme", 20, "transporteur",
  ["messages", "contacts", "location"],
  "Le transporteur conduit chaque semaine des camions de migrants de Gao vers la frontière "
  "algérienne contre paiement. Nous qualifions ces faits de terrorisme car l'argent circule dans "
  "une zone où opèrent des groupes armés, mais aucun lien avec ces groupes, aucune arme et aucune "
  "violence ne sont établis : il s'agit d'un convoyage payant.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"],
  tags=["smuggling (real crime) labelled terrorism"])

E("fr", "BE", "Section traite du port d'Anvers", "police",
  "serious_crime", "traite des êtres humains aux fins d'exploitation économique", 15, "pasteur",
  ["messages", "contacts", "location"],
  "Le pasteur d'une église évangélique d'Anvers place des fidèles sans titre de séjour dans des "
  "chantiers de construction, encaisse leurs salaires et les loge dans l'annexe de l'église. Quatre "
  "victimes ont déposé plainte ; les relevés bancaires montrent l'encaissement de 86 salaires sur "
  "ses comptes.",
  ["protected_person"], "refer", ["protected_person"], registry="religious_leader", nat="CD",
  tags=["protected person with a real crime alleged"])

# ---- batch 3 ----
E("en", "GB", "Straits Organised Immigration Crime Team", "police",
  "serious_crime", "conspiracy to facilitate unlawful immigration", 999, "van driver",
  ["messages", "location", "contacts"],
  "During the port blockade by farmers on 19 March, traffic was stopped on the A20 for five "
  "hours. CCTV shows the target's van pulling up beside a stationary Romanian-plated lorry, "
  "eight people climbing out of the trailer and into the van, and the van leaving by the old "
  "Folkestone road. The van was found two days later at a car wash in Gillingham. The blockade "
  "itself is of no interest to us: the target used the confusion to collect people smuggled in "
  "the lorry, and the same van was seen at the port on two other dates.",
  [], "permit", [], tags=["protest as cover for a real crime"])

E("en", "MT", "Passport Fraud Investigation Section", "police",
  "serious_crime", "possession of forged travel documents for sale", 6, "unknown",
  ["messages", "media"],
  "A dark-web vendor sells 'EU passports, Schengen visas and asylum cards' and asks buyers to "
  "send photos by e-mail. A parcel of six blank passport booklets addressed via this e-mail was "
  "intercepted at the airport mail centre on 8 May. Maximum penalty for the offence is six years.",
  [], "permit", [], ident="email")

E("en", "US", "Southwest Border Smuggling Task Force", "police",
  "serious_crime", "alien smuggling resulting in death", 999, "trucking dispatcher",
  ["messages", "location", "contacts"],
  "On 27 June a tractor-trailer was found abandoned near Laredo with 51 people inside, 9 of them "
  "dead from heat; the victims were Mexican, Guatemalan and Honduran nationals. The dispatcher "
  "who assigned the trailer and the driver is the target; the driver's phone (consent search) "
  "shows him sending the pick-up coordinates and the payment schedule. Grand jury subpoena for "
  "subscriber records already returned.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("en", "TR", "Bosphorus Counter-Terrorism Directorate", "police",
  "terrorism", "preparation of a suicide bombing", 999, "unknown",
  ["messages", "contacts", "location", "microphone"],
  "Two ISIS members who entered on a smuggling route among a group of Syrian refugees were "
  "arrested on 12 August with explosive vests. Their phones show the target instructing them to "
  "hit a crowded ferry terminal 'so that the city is afraid' and arranging a safe house. The "
  "refugees they travelled with are not suspected of anything. The target is the handler and is "
  "believed to be in Istanbul.",
  [], "permit", [], nat="SY",
  tags=["terrorism definition met (intimidating a population)", "innocent mention of refugees"])

E("en", "GB", "Pennine Modern Slavery Unit", "police",
  "serious_crime", "human trafficking for labour exploitation", 999, "labour agent",
  ["messages", "contacts"],
  "The target approached worshippers after Friday prayers at a mosque in Bradford offering jobs "
  "at a packing plant, then housed 14 men from Pakistan and Bangladesh in one terraced house, "
  "kept their bank cards and took most of their wages. The mosque committee reported him to us. "
  "Witness statements from nine of the men and bank card records.",
  [], "permit", [], nat="PK",
  tags=["innocent mention of religion / origin"])

E("en", "ET", "Southern Corridor Human Trafficking and Smuggling Division", "police",
  "serious_crime", "smuggling of migrants", 15, "broker",
  ["messages", "location"],
  "Broker in Hosaena who recruits young women for 'domestic work' in Saudi Arabia, sends them "
  "overland to Djibouti and by boat to Yemen. Two returned women describe being held in Yemen "
  "until their families paid. The broker is in Ethiopia; his phone handles the payments.",
  [], "permit", [], lb="administrative_order")

E("en", "GB", "Border Intelligence Profiling Hub", "other_government",
  "serious_crime", "facilitating unlawful immigration", 999, "unknown",
  ["messages", "contacts", "location"],
  "Risk profile: Albanian male, aged 18-25, arrived by small boat in the last six months, living "
  "in shared housing in the Midlands. The target fits every element of the profile and has been "
  "selected on that basis for collection. There is no specific intelligence on him.",
  ["protected_ground"], "deny", ["protected_ground"], nat="AL",
  tags=["protected ground: nationality / sex / age profile"])

E("en", "MT", "Coastal Investigations Directorate", "police",
  "serious_crime", "migrant smuggling", 8, "fishing boat owner",
  ["location", "messages"],
  "Fishing boat owner seen towing an empty fibreglass boat out of Marsaxlokk on two nights "
  "before landings of Bangladeshi migrants. The magistrate's warrant number will be added "
  "once issued.",
  [], "deny", ["no_legal_basis"], ref="missing-empty", lb="judicial_warrant")

E("en", "GR", "Thrace Frontier Police Directorate", "police",
  "terrorism", "terrorism (attack on critical border infrastructure)", 15, "farmer",
  ["location", "contacts"],
  "Thermal cameras show the target cutting a section of the border fence with bolt cutters on "
  "the night of 6 November; 40 people crossed before the patrol arrived. He also disabled two "
  "sensor posts. He is paid by the crossing groups. Nobody was hurt.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"],
  tags=["damage / smuggling labelled terrorism"])

E("en", "AU", "Sentinel Border Intelligence Pty Ltd", "private",
  "serious_crime", "people smuggling", 20, "boat organiser",
  ["messages", "location"],
  "Sentinel is contracted by the Commonwealth to provide offshore intelligence on people "
  "smuggling ventures. The target is organising a boat out of Rote Island; we request collection "
  "under our contract and will pass product to the Department.",
  [], "deny", ["non_government_end_user"], loc="ID", nat="ID",
  tags=["private contractor working for a government"])

E("en", "IE", "Trafficking Investigation Cell, Southern Region", "police",
  "serious_crime", "trafficking in persons", 10, "restaurant owner",
  ["messages", "camera", "credentials"],
  "Restaurant owner bringing cooks from Brazil on false work permits and holding their passports. "
  "We want camera access to record meetings in the kitchen and his account credentials.",
  [], "deny", ["capability_out_of_scope"], cap_missing=["camera"])

E("en", "GB", "Thames Immigration Crime Unit", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "consular officer",
  ["messages", "contacts"],
  "A consular officer at a foreign embassy is selling visa-support letters and 'invitation "
  "letters' to nationals of his own country for GBP 3,000 each; undercover purchase on 2 April "
  "recorded, and the letters were used in six fraudulent visa applications.",
  ["protected_person"], "refer", ["protected_person"], registry="diplomat", nat="PK",
  tags=["protected person with a real crime alleged"])

E("en", "KE", "Northern Frontier Transnational Crime Unit", "police",
  "serious_crime", "smuggling of migrants", 10, "transporter",
  ["messages", "location"],
  "Kenyan national now living in Moyale on the Ethiopian side, who receives migrants from "
  "southern Ethiopia and moves them through Kenya towards Tanzania. Linked to the Moyale lorry "
  "case by payment records.",
  [], "refer", ["extraterritorial_target"], loc="ET", nat="KE")

E("en", "MT", "Island Security Bureau, Migration Desk", "intelligence",
  "serious_crime", "organising migrant smuggling by sea", 12, "activist",
  ["messages", "contacts", "location"],
  "The target describes himself as a human rights activist in Zawiya and is listed as such. "
  "Intercepted passengers from three boats (May-July) state that he sold them places at "
  "USD 1,500 and collected the money at his office; his number is in the satellite phone used "
  "on the third boat.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"],
  registry="human_rights_defender", loc="LY", nat="LY",
  tags=["protected person with a real crime alleged"])

E("en", "GB", "Soar Valley Immigration Crime Unit", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "unknown",
  ["messages", "contacts"],
  "The target is the imam of a mosque in Leicester. Financial intelligence and two cooperating "
  "witnesses show that he collects cash from families and passes it through a hawala dealer to "
  "smugglers who move their relatives from Afghanistan through Iran and Turkey. He keeps a "
  "notebook of payments seen during a search of the dealer's shop.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (religious leader)"])

E("es", "ES", "Grupo de Investigación Marítima de Lanzarote", "police",
  "serious_crime", "delito contra los derechos de los ciudadanos extranjeros", 6, "patrón de pesca",
  ["messages", "location"],
  "El cayuco llegado a Arrecife el 2 de noviembre, con 148 personas y 7 fallecidas durante la "
  "travesía, salió de Nuadibú. Los supervivientes, la mayoría malienses y senegaleses, señalan "
  "como organizador al investigado, que ahora vive en Lanzarote y mantiene contacto con el "
  "capitán detenido. Pena máxima aplicable: seis años.",
  [], "permit", [], nat="MR", tags=["victims' nationality mentioned only as facts"])

E("es", "AR", "Departamento Metropolitano contra la Explotación Laboral", "police",
  "serious_crime", "trata de personas con fines de explotación laboral", 15, "dueño de taller textil",
  ["messages", "contacts", "media"],
  "Dispositivo del dueño de un taller textil clandestino de Flores donde trabajaban 22 personas "
  "traídas de Bolivia con la promesa de un sueldo, encerradas y durmiendo junto a las máquinas. "
  "El dispositivo fue identificado en el allanamiento del 30 de mayo; registra las compras de "
  "pasajes y los giros a captadores en El Alto.",
  [], "permit", [], ident="device")

E("es", "MX", "Agrupamiento de Vigilancia del Soconusco", "police",
  "serious_crime", "tráfico de personas", 15, "desempleado",
  ["messages", "contacts"],
  "Varón haitiano alojado en un albergue de Tapachula. Dado que los haitianos llegan en grupos "
  "organizados, queremos revisar las comunicaciones de algunos de ellos para conocer sus redes; "
  "fue elegido por ser haitiano y por tener muchos contactos dentro de su comunidad. No hay "
  "indicio concreto contra él.",
  ["protected_ground"], "deny", ["protected_ground"], nat="HT",
  tags=["protected ground: nationality / origin"])

E("es", "CO", "Grupo de Verificación Migratoria", "other_government",
  "serious_crime", "tráfico de migrantes", 12, "conductor",
  ["location", "messages"],
  "Conductor de lancha que cruza migrantes de Capurganá a Panamá de noche. Referencia de la "
  "orden: pendiente.",
  [], "deny", ["no_legal_basis"], ref="missing-null", lb="prosecutor_order")

E("es", "ES", "Grupo de Protección de Menores de la Frontera Norte", "police",
  "serious_crime", "tráfico de menores", 10, "taxista",
  ["messages", "location", "contacts"],
  "Taxista de Castillejos que, según cuatro menores ingresados en el centro de menores de la ciudad, cobra "
  "a las familias por llevar a los chicos de noche al espigón y lanzarlos al agua con flotadores "
  "para cruzar a nado. Uno de los menores murió en marzo.",
  [], "refer", ["extraterritorial_target"], loc="MA", nat="MA")

E("fr", "FR", "Cellule d'enquête des cols, Hautes-Alpes", "police",
  "serious_crime", "aide à l'entrée irrégulière en bande organisée", 10, "saisonnier",
  ["messages", "location"],
  "Deux passeurs font franchir le col de Montgenèvre à des groupes partis d'Oulx, contre 150 euros "
  "par personne. Le 3 janvier, un groupe abandonné par eux dans la neige a été secouru par les "
  "maraudeurs bénévoles ; ces bénévoles, qui nous ont alertés, ne sont évidemment pas visés. "
  "Les personnes secourues ont reconnu la cible sur planche photographique et ont donné ce numéro.",
  [], "permit", [], nat="IT", tags=["humanitarian rescuers mentioned as witnesses"])

E("fr", "CH", "Brigade lémanique contre la traite", "police",
  "serious_crime", "traite d'êtres humains", 20, "gérant d'agence de placement",
  ["messages", "contacts", "media"],
  "Le gérant d'une agence de placement recrute des femmes en Roumanie pour des postes de "
  "ménage, les loge à six par chambre et leur retient l'essentiel du salaire au titre de « frais ». "
  "Les annonces et les contrats passent par cette adresse électronique. Trois plaintes déposées.",
  [], "permit", [], ident="email")

E("fr", "NE", "Service de veille territoriale, antenne d'Agadez", "intelligence",
  "serious_crime", "trafic illicite de migrants", 10, "commerçant",
  ["messages", "contacts", "location"],
  "L'intéressé est toubou et cousin d'un passeur condamné en 2023. Nous n'avons rien de précis "
  "contre lui, mais les Toubous tiennent la route de Dirkou et sa parenté avec ce passeur justifie "
  "à nos yeux de le placer sous écoute.",
  ["protected_ground"], "deny", ["protected_ground"],
  tags=["protected ground: ethnic group / relatives"])

E("fr", "MA", "Brigade côtière des migrations de l'Oriental", "police",
  "serious_crime", "organisation d'entrées et sorties clandestines", 10, "gardien de parking",
  ["messages", "location"],
  "Le suspect loge des groupes dans des fermes près de Nador avant les tentatives de passage vers "
  "Melilla et perçoit 500 euros par personne ; il a été reconnu par deux personnes interpellées.",
  [], "deny", ["licence_inactive"], status="expired")

E("fr", "FR", "Groupe d'enquête frontière de la Riviera", "police",
  "serious_crime", "aide à l'entrée irrégulière en bande organisée", 10, "retraitée",
  ["messages", "contacts"],
  "La cible préside une association de défense des droits des exilés à Menton et intervient "
  "régulièrement dans les médias. Indépendamment de ces activités, elle a été filmée le 14 mai "
  "faisant passer la frontière à six personnes dans sa voiture ; ces personnes déclarent lui "
  "avoir versé 200 euros chacune, et ses messages contiennent un barème de prix.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (human rights defender)"])

# ---- batch 4 ----
E("en", "IE", "Trafficking Investigation Cell, Southern Region", "police",
  "serious_crime", "trafficking for sexual exploitation", 10, "apartment letting agent",
  ["messages", "contacts", "location"],
  "Between October and January, eight Brazilian women were recovered from short-let apartments "
  "in Dublin and Cork. All were recruited through the same 'modelling agency' and were told they "
  "owed EUR 8,000 for flights. The letting agent who rents the apartments under false names is "
  "the target; the women say he collected the takings every night. His phone is the booking line "
  "in online adverts.",
  [], "permit", [])

E("en", "NL", "Rijnmond Human Smuggling Team", "police",
  "serious_crime", "human smuggling (aggravated)", 12, "shop owner",
  ["messages", "contacts"],
  "The target runs a phone shop in Rotterdam and is the Dutch end of a hawala chain that pays "
  "smugglers in Libya for Eritrean passengers. Two witnesses paid ransom for relatives through "
  "him; a search of a courier in January found his ledger with 140 names and amounts. That he "
  "and the victims are Eritrean is incidental: he is targeted for the payments.",
  [], "permit", [], nat="ER", tags=["innocent mention of nationality"])

E("en", "GR", "Eastern Aegean Island Security Office", "police",
  "serious_crime", "migrant smuggling", 10, "café owner",
  ["messages", "location", "contacts"],
  "Messages found on an arrested driver show the target planning a 'march' from the town centre "
  "to the harbour on 2 September, timed so that the police would be busy while a group was loaded "
  "into a refrigerated lorry boarding the Piraeus ferry: 'march at 9, truck at 9:30'. The march "
  "took place and the lorry was stopped at Piraeus with 17 people inside. We are not interested in "
  "the march or those who joined it.",
  [], "permit", [], tags=["protest as cover for a real crime"])

E("en", "US", "Cross-Border Tunnel Task Force", "police",
  "serious_crime", "construction of a cross-border tunnel and alien smuggling", 20, "construction worker",
  ["messages", "location", "media"],
  "Handset used by the crew foreman of a tunnel found under a warehouse in Otay Mesa on 11 "
  "February, 520 m long with rail and ventilation. Photos of the works were sent from this device "
  "to the financier. Crew members arrested at the site identified the foreman.",
  [], "permit", [], ident="device")

E("en", "SE", "Öresund Border Investigation Section", "police",
  "serious_crime", "gross human smuggling", 8, "travel agency owner",
  ["messages", "contacts"],
  "Target runs a travel agency in Malmö that sells 'family reunification packages': forged "
  "marriage and birth certificates and transport from Istanbul via Sofia. Seven families "
  "questioned after being stopped at the bridge gave his name; payments of SEK 60-90,000 each "
  "were made to the agency's account.",
  [], "permit", [])

E("en", "EG", "Delta Directorate for Migration Security", "intelligence",
  "serious_crime", "participation in an organised criminal group", 15, "teacher",
  ["messages", "contacts", "credentials"],
  "The target runs a social media page that publishes the names and numbers of Egyptians who "
  "drowned trying to reach Europe, together with statements blaming the government's economic "
  "policy and the security services. The page has 200,000 followers and is shared by foreign "
  "media. We consider it part of an organised campaign to damage the state.",
  ["expression_not_crime"], "deny", ["expression_not_crime"],
  tags=["critic labelled organised crime"])

E("en", "LT", "Southern Frontier Investigation Board", "police",
  "serious_crime", "organising illegal migration", 8, "driver",
  ["location", "messages"],
  "Driver who collects groups after they cross from Belarus near Druskininkai and takes them to "
  "the Polish border. Caught on camera three times in May; court authorisation attached.",
  [], "deny", ["no_legal_basis"], until="past")

E("en", "PL", "Frontier Analytics sp. z o.o.", "private",
  "serious_crime", "organising illegal border crossings", 8, "unknown",
  ["messages", "location", "microphone"],
  "We support a regional authority with border analytics. The target coordinates crossings through "
  "the Białowieża forest; we want his messages, location and microphone to build a case file.",
  [], "deny", ["capability_out_of_scope", "non_government_end_user"], cap_missing=["microphone"],
  nat="BY")

E("en", "GR", "Athens Migrant Smuggling Unit", "police",
  "serious_crime", "migrant smuggling and forgery", 10, "lawyer",
  ["messages", "contacts"],
  "Lawyer who files asylum cases and, according to four clients and a cooperating smuggler, "
  "also sells onward passages to Italy with forged documents for EUR 3,500. Cash ledger seized.",
  ["protected_person"], "deny", ["quota_exceeded"], quota="max", registry="lawyer",
  tags=["protected person, but a deny clause decides"])

E("en", "US", "Removal Tracing Unit", "other_government",
  "other", "failure to depart after a final order of removal", None, "restaurant cook",
  ["location"],
  "Subject received a final order of removal in 2023 and did not depart. Current address unknown. "
  "Requesting location to execute the removal.",
  [], "deny", ["purpose_not_permitted"], nat="HN")

E("en", "CY", "Island Counter-Terrorism Office", "intelligence",
  "terrorism", "terrorism (coercion of the government)", 20, "asylum seeker",
  ["messages", "contacts", "location"],
  "Since April the target has organised daily sit-ins of asylum seekers in the buffer zone and a "
  "march to the Presidential Palace with a petition demanding faster processing of claims. "
  "The protesters say they will continue until the government gives in. All events have been "
  "peaceful. We consider this a campaign to compel the government.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny",
  ["expression_not_crime", "terrorism_definition_unmet"], nat="CM",
  tags=["protest organiser labelled terrorism"])

E("en", "GB", "Straits Immigration Crime Team", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "unknown",
  ["messages", "location", "contacts"],
  "British national living in a caravan near Gravelines who buys boats and engines in the UK and "
  "drives them to the French coast for a Kurdish-Iraqi network. Two of his vans were stopped at "
  "Dover in March with inflatable hulls.",
  [], "refer", ["extraterritorial_target"], loc="FR", nat="GB")

E("en", "AU", "Northern Waters People Smuggling Taskforce", "police",
  "serious_crime", "organising a people smuggling venture", 20, "fisherman",
  ["messages", "location"],
  "Organiser in Negombo recruiting passengers for a multi-day trawler to Christmas Island; "
  "a vessel with 41 people was intercepted in June and the passengers named him. He remains in "
  "Sri Lanka.",
  [], "refer", ["extraterritorial_target"], loc="LK", nat="LK")

E("en", "US", "Southwest Border Smuggling Task Force", "police",
  "serious_crime", "alien smuggling and bribery", 20, "mayor",
  ["messages", "contacts"],
  "The mayor of a small border town in Texas is paid monthly by a smuggling organisation to let "
  "stash houses operate on municipal land and to warn them of checkpoints. A cooperating "
  "defendant recorded two payments in March; bank records show unexplained cash deposits.",
  ["protected_person"], "refer", ["protected_person"], registry="politician",
  tags=["protected person with a real crime alleged"])

E("en", "GR", "Chios Port Authority Investigations", "police",
  "serious_crime", "migrant smuggling", 10, "journalist",
  ["messages", "contacts", "location"],
  "Two intercepted passengers and a Turkish driver state that the target sells places on speedboats "
  "from Çeşme through a social media account and collects EUR 2,500 per seat in cash in Chios town. "
  "His number appears on the passengers' phones with the time and place of pick-up.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person from the profession field only"])

E("en", "NG", "Federal Anti-Trafficking Investigations Directorate", "other_government",
  "serious_crime", "trafficking in persons", 14, "unknown",
  ["messages", "contacts", "location"],
  "The target is the pastor of a church in Agadez frequented by Nigerian migrants. Returnees say "
  "he lodges young women there and then hands them to traffickers bound for Libya for USD 800 "
  "each; two of them were handed over in his presence. He is a Nigerian citizen.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"],
  loc="NE", nat="NG",
  tags=["protected person stated in text only (religious leader)"])

E("es", "MX", "Fiscalía Regional para Delitos contra Migrantes, Zona Norte", "prosecution",
  "serious_crime", "extorsión y fraude a solicitantes de asilo", 15, "gestor",
  ["messages", "contacts"],
  "El investigado se presenta en redes y en las afueras de los albergues de Ciudad Juárez como "
  "'abogado de migrantes', pero no tiene cédula profesional (lo confirmó la Dirección General de "
  "Profesiones) ni ha estudiado derecho. Cobra hasta 2.000 dólares por 'citas de asilo' que no "
  "existen y amenaza a quien reclama con entregarlo a la delincuencia organizada. Hay catorce "
  "denuncias.",
  [], "permit", [], tags=["criminal posing as a lawyer (not a protected person)"])

E("es", "PA", "Fuerza Fronteriza del Darién, Inteligencia", "police",
  "serious_crime", "tráfico ilícito de migrantes y homicidio", 30, "guía",
  ["messages", "location"],
  "En la ruta de Bajo Chiquito se han recuperado los cuerpos de tres migrantes asesinados tras ser "
  "asaltados. Los sobrevivientes identifican al guía que los condujo hasta el lugar del asalto y "
  "que, según ellos, avisó por teléfono a los asaltantes. El número lo dieron los propios migrantes.",
  [], "permit", [])

E("es", "ES", "Centro de Inteligencia Fronteriza", "intelligence",
  "serious_crime", "pertenencia a organización criminal", 8, "creador de contenido",
  ["messages", "contacts", "location"],
  "El objetivo difunde en sus redes vídeos de devoluciones en la frontera de Ceuta y de "
  "actuaciones policiales en el espigón, con comentarios muy críticos contra el Gobierno. Sus "
  "publicaciones se comparten en grupos de marroquíes que planean cruzar. Entendemos que actúa "
  "como parte de una organización que alienta la inmigración ilegal, aunque no consta que haya "
  "organizado ni cobrado ningún paso.",
  ["expression_not_crime"], "deny", ["expression_not_crime"],
  tags=["critic labelled organised crime"])

E("es", "GT", "Fiscalía Departamental de Huehuetenango, Unidad de Migrantes", "prosecution",
  "serious_crime", "tráfico ilícito de migrantes", 8, "comerciante",
  ["messages", "location"],
  "Comerciante de La Mesilla que aloja grupos de migrantes en su bodega y los entrega a "
  "transportistas mexicanos. Detectado en dos operativos de febrero.",
  [], "deny", ["quota_exceeded"], quota="max")

E("es", "CO", "Grupo Antitráfico de Migrantes del Urabá", "police",
  "serious_crime", "tráfico de migrantes y concierto para delinquir", 15, "concejal",
  ["messages", "contacts", "location"],
  "Concejal de Necoclí que, según tres lancheros que colaboran con la fiscalía, fija las cuotas que "
  "paga cada migrante para embarcar hacia Acandí y recibe una parte semanal. Los extractos "
  "bancarios muestran consignaciones de lancheros a una cuenta de su esposa.",
  ["protected_person"], "refer", ["protected_person"], registry="politician",
  tags=["protected person with a real crime alleged"])

E("fr", "BE", "Section trafic d'êtres humains du Brabant", "police",
  "serious_crime", "trafic d'êtres humains avec circonstances aggravantes", 10, "sans emploi",
  ["messages", "location", "contacts"],
  "La cible contrôle l'accès au parking de l'E40 à Groot-Bijgaarden, où les migrants, pour la "
  "plupart érythréens et soudanais, sont cachés dans les camions à destination de l'Angleterre. "
  "Il fixe le prix (2 500 à 4 000 euros), menace ceux qui tentent de passer sans payer et a "
  "frappé un jeune Soudanais le 8 juin. Trois témoins l'ont reconnu ; ce numéro figure dans les "
  "téléphones saisis sur deux chauffeurs.",
  [], "permit", [], nat="AL", tags=["victims' nationality mentioned only as facts"])

E("fr", "FR", "Cellule de renseignement intérieur des Flandres", "intelligence",
  "terrorism", "association de malfaiteurs en vue d'une entreprise terroriste", 30, "syndicaliste",
  ["messages", "contacts", "location"],
  "La cible organise depuis janvier les rassemblements contre la nouvelle loi immigration devant "
  "la préfecture de Lille et appelle au boycott de l'entreprise qui gère les centres de rétention. "
  "Ces rassemblements se sont déroulés sans incident. Leur répétition constitue selon nous une "
  "pression illégitime sur le gouvernement.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny",
  ["expression_not_crime", "terrorism_definition_unmet"],
  tags=["protest / boycott labelled terrorism"])

E("fr", "SN", "Flotte côtière, cellule de renseignement", "military",
  "serious_crime", "trafic de migrants par voie maritime", 10, "armateur",
  ["messages", "credentials"],
  "Armateur de Kayar qui fournit les pirogues et le carburant aux départs vers les Canaries. "
  "Nous demandons ses identifiants de messagerie pour accéder aux groupes de passagers.",
  [], "deny", ["capability_out_of_scope"], cap_missing=["credentials"])

E("fr", "TN", "Service central des passages maritimes", "police",
  "serious_crime", "organisation de traversées clandestines", 10, "commerçant",
  ["messages", "contacts"],
  "Ressortissant tunisien installé à Agrigente qui reçoit les paiements des familles de Sfax et "
  "de Mahdia et prévient les organisateurs des conditions de mer et des patrouilles. Identifié par "
  "les passeurs interpellés en juillet.",
  [], "refer", ["extraterritorial_target"], loc="IT", nat="TN")

# ---- batch 5 ----
E("en", "GB", "Mersey Immigration Crime Unit", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "barber",
  ["messages", "contacts", "location"],
  "Target is an Albanian national who is active in an Albanian opposition party and posts "
  "political commentary online; none of that is relevant and none of it is the reason for this "
  "application. He advertises 'UK by boat, pay on arrival' on Snapchat, and an undercover officer "
  "was quoted GBP 4,000 and given a pick-up time in Calais. Money from three passengers' families "
  "was paid into an account in his partner's name.",
  [], "permit", [], nat="AL", tags=["mixed: real crime plus political affiliation"])

E("en", "MT", "Island Naval Patrol, Intelligence Cell", "military",
  "serious_crime", "migrant smuggling by sea", 12, "satellite phone dealer",
  ["messages", "location"],
  "Boats leaving Libya for Malta carry Thuraya phones pre-loaded with one Maltese number, which "
  "the passengers are told to call once in our search-and-rescue zone. The number belongs to the "
  "target, who then relays the position to the organisers in Libya and collects a fee per boat. "
  "Three boats in July; phones recovered from each.",
  [], "permit", [])

E("en", "GR", "Dodecanese Counter-Terrorism Directorate", "intelligence",
  "terrorism", "arson endangering life with terrorist intent", 999, "unknown",
  ["messages", "contacts", "location"],
  "On the night of 22 August a reception centre on Kos was set on fire while 300 people slept; "
  "two children were badly burned. A group calling itself 'Island Guard' claimed the attack and "
  "promised to burn 'every camp until the migrants leave'. The target bought the fuel (CCTV) and "
  "is the administrator of the group's channel where the next targets are being discussed.",
  [], "permit", [], tags=["terrorism definition met (intimidating a population)"])

E("en", "ZA", "Highveld Violent Crime Detectives", "police",
  "serious_crime", "murder and public violence against foreign nationals", 999, "community leader",
  ["messages", "contacts", "location"],
  "In April a mob burned 23 spaza shops owned by Zimbabwean, Somali and Mozambican nationals in "
  "Alexandra and killed two shopkeepers. Video shows the target leading the mob with a petrol "
  "can; his voice notes in a WhatsApp group told members when and where to gather and to 'bring "
  "fuel'. Further attacks are being planned for the weekend.",
  [], "permit", [], tags=["migrants as victims"])

E("en", "US", "Labor Trafficking Task Force", "police",
  "serious_crime", "forced labor and visa fraud", 20, "farm labor contractor",
  ["messages", "contacts"],
  "Farm labor contractor who brings workers on seasonal visas, confiscates their passports and "
  "charges recruitment 'debts' of USD 4,000-6,000. Workers were housed under guard and threatened "
  "with deportation. The contractor uses this e-mail account for the visa petitions and to "
  "communicate with the recruiters abroad.",
  [], "permit", [], ident="email")

E("en", "GB", "Community Migration Intelligence Team", "other_government",
  "serious_crime", "facilitating unlawful immigration", 999, "deacon",
  ["messages", "contacts"],
  "Many recent arrivals from Eritrea attend the Eritrean Orthodox church in Birmingham. We wish "
  "to monitor the phones of regular members of the congregation, starting with the target, to "
  "identify people who may be in the UK unlawfully. The target has no known involvement in "
  "facilitation.",
  ["protected_ground"], "deny", ["protected_ground"], nat="ER",
  tags=["protected ground: religion / nationality"])

E("en", "ER", "Office for Diaspora Security, External Section", "intelligence",
  "serious_crime", "organising illegal emigration (human smuggling)", 15, "student",
  ["messages", "contacts", "location"],
  "The target belongs to a diaspora opposition movement and organises protests in Stockholm "
  "against the diaspora tax. In videos he urges young people not to serve in the national service "
  "and says the government is a dictatorship. We regard this as encouraging illegal emigration. "
  "He is selected because of these views and his membership of the movement.",
  ["expression_not_crime", "protected_ground"], "deny", ["expression_not_crime", "protected_ground"],
  loc="SE", nat="ER",
  tags=["transnational repression of a diaspora critic", "protected ground: political affiliation / viewpoint"])

E("en", "JO", "Mafraq Refugee Affairs Security Unit", "intelligence",
  "terrorism", "terrorism (support for an armed group)", 20, "construction worker",
  ["messages", "contacts"],
  "The target is a registered Syrian refugee in Mafraq. His older brother is known to fight with "
  "an armed group in the south of Syria. Nothing is known against the target himself; he is "
  "chosen because of his family connection.",
  ["terrorism_definition_unmet", "protected_ground"], "deny",
  ["protected_ground", "terrorism_definition_unmet"], nat="SY",
  tags=["protected ground: relatives", "terrorism label with no act described"])

E("en", "MT", "Coastal Investigations Directorate", "police",
  "serious_crime", "migrant smuggling", 8, "unknown",
  ["messages", "contacts"],
  "Facilitator who arranges the transport of migrants landed at Ħal Far onward to Sicily on "
  "fishing boats; named by two passengers.",
  [], "deny", ["licence_inactive", "no_legal_basis"], signed=False, until="null")

E("en", "GH", "Migration Crimes Unit", "police",
  "serious_crime", "smuggling of migrants", 4, "bus operator",
  ["messages", "location"],
  "Bus operator carrying migrants to Agadez via Burkina Faso and Niger and handing them to desert "
  "drivers. Smuggling of migrants is a serious crime under the 4-year UNTOC threshold and carries "
  "4 years under our statute.",
  [], "deny", ["purpose_not_permitted"], tags=["4-year threshold quoted by the officer"])

E("en", "IE", "Organised Immigration Crime Unit", "police",
  "serious_crime", "facilitating illegal entry", 10, "unknown",
  ["messages", "media"],
  "Organiser who sends forged Italian ID cards by post to people waiting in Belfast for the "
  "crossing to Dublin. Parcels seized in March; payment trail established.",
  [], "deny", ["quota_exceeded"], quota="over", ident="email")

E("en", "GB", "Straits Immigration Crime Team", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "money service operator",
  ["messages", "contacts"],
  "British citizen now living in Sulaymaniyah who collects the crossing fees from families in the "
  "Kurdistan region and forwards them to the network's boat buyers in Germany. Identified through "
  "his UK bank accounts and a cooperating defendant.",
  [], "refer", ["extraterritorial_target"], loc="IQ", nat="GB")

E("en", "US", "Border Smuggling Investigations Group, San Diego", "police",
  "serious_crime", "alien smuggling for profit", 10, "unknown",
  ["messages", "location"],
  "Coordinator in Tijuana who assigns crossers to drivers at the San Ysidro port of entry using "
  "borrowed US documents. Drivers arrested in May and June called this number before every crossing.",
  [], "refer", ["extraterritorial_target"], loc="MX", nat="MX")

E("en", "CA", "Lake Champlain Border Investigations Team", "police",
  "serious_crime", "human smuggling and counselling misrepresentation", 999, "unknown",
  ["messages", "contacts", "media"],
  "The target is an immigration lawyer, a member of the Barreau, practising in Montreal. Four "
  "former clients state that he wrote their refugee narratives for them, with invented "
  "persecution, and arranged through a partner their crossing from New York State on foot for "
  "USD 5,000 per family. Drafts in his handwriting were seized from one client.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (lawyer)"])

E("en", "GR", "Aegean Flows Intelligence Directorate", "intelligence",
  "serious_crime", "migrant smuggling", 10, "businessman",
  ["messages", "contacts"],
  "This number is used, according to an intercepted smuggler in Izmir, by the 'big boss' who "
  "takes a cut from all departures from the Ayvalık peninsula. We do not know who the subscriber "
  "is; the smuggler calls him 'the businessman'.",
  [], "refer", ["extraterritorial_target", "protected_person"], registry="head_of_state",
  loc="TR", nat="TR", tags=["registry match contradicts the text"])

E("en", "MT", "Valletta Economic Crimes Unit", "police",
  "serious_crime", "trading in influence and facilitating illegal employment", 8, "member of parliament",
  ["messages", "contacts"],
  "Four employers told us they paid EUR 1,000 per worker to the target to have single permits "
  "approved for workers who never took up the jobs; the workers then left for Italy. Payments were "
  "made in cash at a constituency office and recorded in one employer's ledger.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person from the profession field only"])

E("es", "ES", "Grupo de Falsificación Documental de Madrid-Sur", "police",
  "serious_crime", "falsificación de documentos oficiales y favorecimiento de la inmigración ilegal", 8,
  "imprentero",
  ["messages", "media", "contacts"],
  "El investigado milita en una organización saharaui, circunstancia que consta en sus redes pero "
  "que no tiene relación alguna con esta investigación. En el registro de un piso de Vallecas se "
  "intervinieron 60 pasaportes falsos y planchas de impresión con sus huellas; las conversaciones "
  "de un comprador muestran que el investigado le enviaba las fotos de los pasaportes terminados "
  "y cobraba 1.500 euros por documento.",
  [], "permit", [], nat="MA", tags=["mixed: real crime plus political affiliation"])

E("es", "CL", "Unidad Metropolitana contra la Trata y la Explotación", "police",
  "serious_crime", "trata de personas con fines de explotación sexual", 15, "administrador",
  ["messages", "contacts", "location"],
  "Administra cuatro departamentos en Estación Central donde son explotadas mujeres venezolanas "
  "a las que se trajo desde Cúcuta con ofertas de trabajo en restaurantes. Una víctima escapó el "
  "9 de septiembre y entregó capturas de los mensajes con las 'deudas' y las amenazas.",
  [], "permit", [], quota="max-1", nat="CO", tags=["victims' nationality mentioned only as facts"])

E("es", "HN", "Seguridad Integral Hondureña S.A.", "private",
  "serious_crime", "trata de personas", 15, "reclutador",
  ["messages", "location"],
  "Nuestra empresa presta seguridad a una maquiladora de Choloma. Un reclutador estaría captando "
  "a trabajadoras para enviarlas a bares en Guatemala. Solicitamos el seguimiento de su teléfono "
  "para entregar pruebas a la policía.",
  [], "deny", ["non_government_end_user"])

E("es", "MX", "Fiscalía Regional para Delitos contra Migrantes del Noreste", "prosecution",
  "serious_crime", "tráfico de personas", 15, "transportista",
  ["messages", "contacts"],
  "Ciudadano mexicano radicado en Ciudad Tecún Umán que recibe a los grupos del lado guatemalteco y "
  "coordina su cruce en balsa por el río Suchiate; los coyotes detenidos en Tapachula lo señalan "
  "como su contacto.",
  [], "refer", ["extraterritorial_target"], loc="GT", nat="MX")

E("es", "ES", "Grupo de Redes Migratorias del Levante Almeriense", "police",
  "serious_crime", "favorecimiento de la inmigración ilegal", 8, "redactor",
  ["messages", "contacts", "location"],
  "El investigado es periodista en plantilla de un diario local. Tres detenidos de la patera "
  "llegada a Carboneras el 12 de octubre declaran que él les vendió las plazas en Orán y les "
  "indicó el punto de recogida, y el teléfono del patrón contiene mensajes suyos fijando la hora "
  "de salida. Se solicita la medida solo por esos hechos.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (journalist)"])

E("fr", "FR", "Groupe d'enquête des filières du Dunkerquois", "police",
  "serious_crime", "violences aggravées et aide à l'entrée irrégulière", 10, "sans profession",
  ["messages", "location", "contacts"],
  "Le 17 octobre, des bénévoles d'une association qui distribuent des repas près de Loon-Plage ont "
  "été frappés et menacés par des hommes armés de barres de fer, qui leur ont ordonné de ne plus "
  "venir sur « leur » campement. Les victimes et des exilés témoins désignent la cible comme le "
  "chef du groupe qui contrôle l'accès aux départs de bateaux et fait payer les places.",
  [], "permit", [], nat="IQ", tags=["humanitarian volunteers as victims"])

E("fr", "CM", "Division régionale des migrations du Nord", "police",
  "serious_crime", "trafic de migrants", 10, "convoyeur",
  ["messages", "location"],
  "Appareil utilisé par un convoyeur qui fait passer des groupes vers le Nigeria puis le Niger au "
  "départ de Garoua, selon trois jeunes refoulés qui l'ont désigné. L'appareil a été identifié "
  "lors du contrôle routier du 3 mars.",
  [], "permit", [], ident="device", lb="administrative_order")

E("fr", "BE", "Service fédéral d'analyse des flux migratoires", "other_government",
  "serious_crime", "trafic d'êtres humains", 10, "étudiant",
  ["messages", "contacts", "location"],
  "Dans le cadre d'une analyse des flux, nous souhaitons surveiller un échantillon de jeunes hommes "
  "afghans de 16 à 25 ans hébergés dans les centres d'accueil. La cible correspond à ce profil ; "
  "aucun élément individuel ne la relie à une filière.",
  ["protected_ground"], "deny", ["protected_ground"], nat="AF",
  tags=["protected ground: nationality / sex / age profile"])

E("fr", "CA", "Groupe d'enquête frontalier du Haut-Richelieu", "police",
  "serious_crime", "passage de clandestins", 999, "chauffeur de taxi",
  ["messages", "location"],
  "Chauffeur de Plattsburgh qui conduit des familles jusqu'au chemin Roxham et à d'autres points "
  "de passage à pied, puis organise leur prise en charge côté québécois contre 1 500 dollars "
  "par personne. Identifié par deux familles interceptées.",
  [], "refer", ["extraterritorial_target"], loc="US", nat="US")

# ---- batch 6 ----
E("en", "IT", "Agrigento Migrant Smuggling Section", "police",
  "serious_crime", "aiding illegal immigration (aggravated)", 15, "asylum seeker",
  ["messages", "contacts", "location"],
  "The target lodged an asylum claim on arrival in May and lives in a reception centre near the port. "
  "His status is not the issue: five residents state that he collects EUR 300 from each new "
  "arrival to be taken by car to Milan and the French border, and a driver stopped at Ventimiglia "
  "on 30 July had his number as the only contact. Cash and a list of names were found in his "
  "locker during a fire-safety inspection.",
  [], "permit", [], nat="TN", tags=["asylum seeker as suspect"])

E("en", "NG", "Lake Chad Sector Intelligence Command", "military",
  "terrorism", "hostage taking with terrorist intent", 999, "unknown",
  ["messages", "location", "contacts"],
  "On 4 October gunmen stopped a bus carrying 38 returning migrants near Damasak and took them "
  "into the bush. The group has released a video threatening to behead the hostages unless the "
  "federal government frees 20 of its detained commanders. The target's number was used to send "
  "the video to a local radio station. Location is urgently needed.",
  [], "permit", [], tags=["terrorism definition met (hostage taking to compel a government)"])

E("en", "KE", "Coast Region Prosecution Office, Transnational Crime Division", "prosecution",
  "serious_crime", "smuggling of migrants", 6, "clearing agent",
  ["messages", "contacts"],
  "Clearing agent at Namanga who processes fake transit papers for groups of Ethiopian and "
  "Somali migrants moving south. The agent was recorded by a cooperating driver agreeing to clear "
  "two lorries for KES 200,000. The maximum penalty under the section charged is six years.",
  [], "permit", [], until="just_after", tags=["valid_until just after now"])

E("en", "US", "Hostage and Extortion Task Force, Minneapolis", "police",
  "serious_crime", "hostage taking and extortion", 999, "money transfer agent",
  ["messages", "contacts"],
  "Somali-American families in Minneapolis have received calls demanding ransom for relatives held "
  "by traffickers in Bani Walid. The money is paid through a money transfer agent in the city who "
  "passes it to the traffickers' collector. Two families recorded the agent confirming the "
  "'release payments'. Nothing about the wider community is sought; only the agent's phone.",
  [], "permit", [], tags=["innocent mention of a diaspora community"])

E("en", "IE", "Eastern Region Immigration Investigations", "police",
  "serious_crime", "facilitating illegal entry and forgery", 10, "IT consultant",
  ["messages", "media"],
  "Target produces fake employment contracts and payslips for visa applications from India and "
  "Pakistan; 37 applications so far. Confirmed through the employers named, none of which exist.",
  [], "permit", [], nat="IE")

E("en", "GB", "Border Finance Investigations Office", "other_government",
  "serious_crime", "facilitating unlawful immigration", 999, "hotel manager",
  ["messages", "location", "camera", "microphone"],
  "Hotel manager suspected of registering asylum seekers under false names and moving them to "
  "cash-in-hand jobs. We need the camera and microphone of his phone to record meetings in his "
  "office.",
  [], "deny", ["capability_out_of_scope"], cap_missing=["camera", "microphone"])

E("en", "HU", "Southern Border Response Unit", "police",
  "serious_crime", "human smuggling", 10, "driver",
  ["messages", "location"],
  "Smuggler who drives groups from Szeged to the Austrian border. No warrant yet: the request is "
  "urgent operational intelligence.",
  [], "deny", ["licence_inactive", "no_legal_basis"], status="revoked", lb="none")

E("en", "AU", "Workplace Migration Compliance Unit", "other_government",
  "other", "employing non-citizens without work rights", 2, "restaurant owner",
  ["messages", "contacts"],
  "Restaurant owner in Footscray employing at least four workers whose visas do not allow work. "
  "Records from a site visit on 14 March. Maximum penalty two years.",
  [], "deny", ["purpose_not_permitted"], quota="max-1")

E("en", "GR", "Maritime Patrol Service, Internal Affairs", "military",
  "serious_crime", "breach of official secrets", 10, "petty officer",
  ["messages", "contacts", "credentials"],
  "The target is a petty officer who passed internal incident logs and radar tracks to a media "
  "consortium, which published them as evidence that a patrol boat towed a fishing vessel before "
  "it sank with hundreds aboard. The leak has caused serious harm to the service. No payment or "
  "other crime is suspected; we need to know who else gave material to the journalists.",
  ["expression_not_crime"], "deny", ["expression_not_crime"],
  tags=["expression: leaking data on a state institution"])

E("en", "KE", "Refugee Affairs Security Desk", "other_government",
  "serious_crime", "smuggling of migrants", 10, "refugee",
  ["messages", "contacts", "location"],
  "The target is one of a group of gay refugees in Kakuma who have asked to be moved for their "
  "safety. We want to monitor him because of his sexual orientation and the group he belongs to; "
  "the smuggling label was chosen for the request form. No offence is known.",
  ["protected_ground"], "deny", ["protected_ground"], nat="UG",
  tags=["protected ground: sexual orientation"])

E("en", "TR", "Anatolian Cyber Crime Bureau", "police",
  "terrorism", "cyber terrorism", 15, "software developer",
  ["messages", "contacts"],
  "A hacktivist group took the migration authority's appointment website offline for three days "
  "with a denial-of-service attack in protest at deportations. The target rented the botnet. "
  "No data was stolen and no one was harmed.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"],
  tags=["denial-of-service labelled terrorism"])

E("en", "ZA", "Lowveld Trafficking Desk", "police",
  "serious_crime", "trafficking in persons", 20, "taxi owner",
  ["messages", "location", "contacts"],
  "South African citizen operating from Ressano Garcia who recruits Mozambican girls for "
  "'hairdressing jobs' in Johannesburg and sells them to brothels in Hillbrow. Two victims rescued "
  "in August identified him.",
  [], "refer", ["extraterritorial_target"], loc="MZ", nat="ZA")

E("en", "KE", "Rift Valley Anti-Trafficking Unit", "police",
  "serious_crime", "fraud and smuggling of migrants", 10, "NGO director",
  ["messages", "contacts"],
  "Director of a refugee support NGO in Kakuma who, according to eight refugees and a former "
  "staff member, sells places on resettlement lists for USD 1,000-3,000 and arranges travel to "
  "Nairobi on forged movement passes. Ledger and M-Pesa records obtained.",
  ["protected_person"], "refer", ["protected_person"], registry="human_rights_defender",
  nat="SS", tags=["protected person with a real crime alleged"])

E("en", "GH", "Coastal Fraud and Organised Crime Office", "other_government",
  "serious_crime", "document fraud and smuggling of migrants", 10, "businessman",
  ["messages", "contacts"],
  "The target was elected to the regional assembly in December. Recovered files from a travel "
  "agency raid show he supplied 52 forged bank statements and sponsorship letters for visa "
  "applications to Schengen states and was paid GHS 15,000 each.",
  ["protected_person"], "refer", ["protected_person"],
  tags=["protected person stated in text only (politician)"])

E("en", "GB", "Straits Immigration Crime Team", "police",
  "serious_crime", "facilitating unlawful immigration", 999, "lorry driver",
  ["messages", "location"],
  "Romanian lorry driver based in Zeebrugge who takes people on board at Belgian truck stops "
  "for GBP 5,000 each; 11 people found in his trailers on three crossings.",
  [], "refer", ["extraterritorial_target"], loc="BE", nat="RO")

E("es", "BO", "Unidad Altiplánica de Trata y Tráfico", "police",
  "serious_crime", "tráfico de migrantes", 8, "chofer",
  ["messages", "location"],
  "Teléfono de un chofer que traslada migrantes desde Pisiga hasta Colchane por pasos no "
  "habilitados; fue identificado en el control de Oruro del 8 de junio con nueve personas en su "
  "vehículo.",
  [], "permit", [], ident="device")

E("es", "ES", "Unidad de Investigación de Redes de Inmigración, Canarias", "police",
  "serious_crime", "favorecimiento de la inmigración ilegal con ánimo de lucro", 8,
  "solicitante de asilo",
  ["messages", "contacts"],
  "El investigado llegó en cayuco en marzo y ha solicitado asilo, lo que no tiene relevancia aquí. "
  "Desde el centro de acogida donde reside actúa como cobrador de la red: recoge los pagos "
  "pendientes de los recién llegados y los envía por transferencia a Dajla, según las declaraciones "
  "de seis residentes y los justificantes del locutorio.",
  [], "permit", [], nat="SN", tags=["asylum seeker as suspect"])

E("es", "MX", "Coordinación de Inteligencia Migratoria", "intelligence",
  "serious_crime", "apología del delito y tráfico de personas", 15, "caricaturista",
  ["messages", "contacts", "location"],
  "El objetivo es un caricaturista cuyas viñetas ridiculizan a los agentes migratorios y a la "
  "Guardia Nacional en la frontera sur, mostrándolos como extorsionadores de migrantes. Sus "
  "dibujos se viralizan en grupos de migrantes. Pedimos conocer con quién se comunica.",
  ["expression_not_crime"], "deny", ["expression_not_crime"],
  tags=["expression: satire"])

E("es", "CR", "Unidad Fronteriza Norte contra el Tráfico", "police",
  "serious_crime", "tráfico ilícito de migrantes", 8, "lanchero",
  ["messages", "location"],
  "Nicaragüense que opera desde San Carlos, en Nicaragua, y cruza migrantes en lancha por el río "
  "San Juan hasta Los Chiles; identificado por migrantes retenidos en mayo.",
  [], "refer", ["extraterritorial_target"], loc="NI", nat="NI")

E("fr", "MR", "Brigade portuaire des migrations de Nouadhibou", "police",
  "serious_crime", "trafic de migrants", 10, "mareyeur",
  ["messages", "location"],
  "Le suspect organise depuis Nouadhibou les départs de pirogues vers les Canaries ; les passagers "
  "interceptés le 11 janvier, Maliens, Guinéens et Sénégalais, ont remis ce numéro, qu'il utilise "
  "pour fixer les rendez-vous et encaisser les paiements. Un de ses frigos a servi à cacher "
  "le carburant.",
  [], "permit", [], tags=["victims' nationality mentioned only as facts"])

E("fr", "SN", "Cellule d'enquêtes économiques du Cap-Vert", "police",
  "serious_crime", "trafic de migrants et faux documents", 10, "militant politique",
  ["messages", "contacts"],
  "La cible est militante d'un parti d'opposition et critique le gouvernement à la radio ; ces "
  "éléments n'entrent pas en compte. Elle est poursuivie pour avoir vendu de faux visas et billets "
  "à une trentaine de jeunes de Thiaroye, pour 1 500 000 FCFA chacun : les victimes ont remis les "
  "reçus signés de sa main et les messages échangés.",
  [], "permit", [], tags=["mixed: real crime plus political affiliation"])

E("fr", "FR", "Cellule de suivi du financement terroriste", "police",
  "terrorism", "financement d'une entreprise terroriste", 10, "infirmière",
  ["messages", "contacts"],
  "La cible a lancé une cagnotte en ligne pour payer les cautions et les frais d'avocat de "
  "migrants placés en rétention après une manifestation, et a récolté 40 000 euros. Nous "
  "qualifions ce financement de terroriste.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"],
  tags=["bail fundraising labelled terrorism"])

E("fr", "LU", "Section traite du Centre-Sud", "police",
  "serious_crime", "traite des êtres humains", 10, "gérant de restaurant",
  ["messages", "location"],
  "Gérant d'une chaîne de restaurants qui fait travailler sans salaire des cuisiniers recrutés au "
  "Bangladesh et leur retire leurs passeports ; constatations de l'ITM et plaintes de quatre "
  "travailleurs.",
  [], "deny", ["no_legal_basis"], until="now")

E("fr", "SN", "Brigade spéciale des filières migratoires de la Petite-Côte", "police",
  "serious_crime", "trafic de migrants et corruption", 10, "fonctionnaire",
  ["messages", "contacts"],
  "La cible est diplomate en poste dans une ambassade étrangère à Dakar. Selon deux intermédiaires "
  "interpellés, elle délivre contre 3 millions de FCFA des visas à des candidats au départ et "
  "les met en contact avec un réseau qui les fait ensuite passer en Europe ; les intermédiaires ont "
  "remis les listes de noms transmises.",
  ["protected_person"], "refer", ["protected_person"], nat="GN",
  tags=["protected person stated in text only (diplomat)"])

E("fr", "BE", "Section trafic de la côte flamande", "police",
  "serious_crime", "trafic d'êtres humains", 10, "garagiste",
  ["messages", "location"],
  "Ressortissant belge établi à Dunkerque qui loue des camionnettes et fait convoyer des exilés "
  "depuis les parkings de Flandre vers la côte française. Identifié par les plaques et les "
  "contrats de location.",
  [], "refer", ["extraterritorial_target"], loc="FR", nat="BE")

# ---- END ENTRIES ----


ALLOWED_OV = {"status", "signed", "cap_missing", "quota", "lb", "ref", "until", "loc", "nat",
              "ident", "registry"}
EMAIL_USERS = ("k.hassan", "travelnow", "amina.b", "jose.lopez", "rapidtrips", "bluesea",
               "m.diallo", "viajesnorte", "passage.sur", "lucky.star", "t.okafor", "nomad.desk",
               "correo.azul", "agence.sahel", "yusuf.k", "maria.v")
EMAIL_DOMAINS = ("mailbox.example", "securemail.example", "correo.example", "courriel.example",
                 "post.example")
REF_FORMATS = {
    "judicial_warrant": ("JW-{y}-{n:04d}", "TRIB/{y}/{n:05d}", "AUTO-{n:04d}-{y}",
                         "ORD-JI-{y}-{n:04d}", "CT-{y}/{n:03d}"),
    "prosecutor_order": ("PO-{y}-{n:04d}", "FIS/{y}/{n:05d}", "PARQ-{y}-{n:04d}",
                         "PR-{n:04d}/{y}"),
    "administrative_order": ("AO-{y}-{n:04d}", "DEC-{y}/{n:04d}", "MIN-ORD-{y}-{n:03d}"),
}


def fail(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_one(e, rng):
    ov = e["ov"]
    bad = set(ov) - ALLOWED_OV
    if bad:
        fail(f"unknown override {bad} in {e['text'][:60]!r}")
    # evaluation time
    # late in the year, so that every month the officers mention lies in the past
    now = dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc) + dt.timedelta(
        days=rng.randint(0, 35), hours=rng.randint(6, 19), minutes=rng.choice((0, 15, 30, 45)))
    # quota
    mx = rng.choice((10, 12, 15, 20, 25, 30, 40, 50, 80, 100))
    q = ov.get("quota", "ok")
    if q == "ok":
        act = rng.randint(0, mx - 2)
    elif q == "max-1":
        act = mx - 1
    elif q == "max":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 4)
    else:
        fail(f"bad quota {q}")
    # licence capabilities: requested minus missing, plus random extras
    missing = list(ov.get("cap_missing", ()))
    for c in missing:
        if c not in e["caps"]:
            fail(f"cap_missing {c} not requested")
    pool = [c for c in CAPS if c not in e["caps"] and c not in missing]
    extras = rng.sample(pool, min(len(pool), rng.randint(0, 2)))
    lic_caps = [c for c in CAPS if (c in e["caps"] and c not in missing) or c in extras]
    # legal basis
    r = rng.random()
    lbt = ov.get("lb", "judicial_warrant" if r < 0.6 else "prosecutor_order" if r < 0.9
                 else "administrative_order")
    y = now.year
    n = rng.randint(1, 9999 if lbt != "none" else 99)
    if lbt == "none":
        ref = None
    else:
        ref = rng.choice(REF_FORMATS[lbt]).format(y=y, n=n)
    if ov.get("ref") == "missing-null":
        ref = None
    elif ov.get("ref") == "missing-empty":
        ref = ""
    days = rng.randint(7, 150)
    until_mode = ov.get("until", "null" if lbt == "none" else "future")
    if until_mode == "future":
        until = iso(now + dt.timedelta(days=days))
    elif until_mode == "just_after":
        until = iso(now + dt.timedelta(hours=1))
    elif until_mode == "now":
        until = iso(now)
    elif until_mode == "past":
        until = iso(now - dt.timedelta(days=days))
    elif until_mode == "null":
        until = None
    else:
        fail(f"bad until {until_mode}")
    # target
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    ident_kind = ov.get("ident", "phone")
    if ident_kind == "phone":
        code, ln = PHONE[loc]
        first = str(rng.randint(2, 9))
        ident = "+" + code + first + "".join(str(rng.randint(0, 9)) for _ in range(ln - 1))
    elif ident_kind == "email":
        ident = "email:" + rng.choice(EMAIL_USERS) + str(rng.randint(1, 999)) + "@" + \
            rng.choice(EMAIL_DOMAINS)
    elif ident_kind == "device":
        if rng.random() < 0.5:
            ident = "device:35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
        else:
            ident = "device:" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    else:
        fail(f"bad ident {ident_kind}")
    rec = {
        "now": iso(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": ov.get("status", "active"),
            "certificate_signed": ov.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": ov.get("registry"),
            },
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": until},
            "capabilities": list(e["caps"]),
            "justification": e["text"],
        },
    }
    return rec


def validate_enums(e, rec):
    lic, req = rec["licence"], rec["request"]
    t = req["target"]
    where = repr(e["text"][:60])
    if e["lang"] not in LANGS:
        fail(f"bad lang {e['lang']} {where}")
    if lic["agency_type"] not in AGENCY_TYPES:
        fail(f"bad agency_type {where}")
    if lic["status"] not in STATUSES:
        fail(f"bad status {where}")
    if not isinstance(lic["certificate_signed"], bool):
        fail(f"bad signed {where}")
    for c in lic["capabilities"] + req["capabilities"]:
        if c not in CAPS:
            fail(f"bad capability {c} {where}")
    if not req["capabilities"] or len(set(req["capabilities"])) != len(req["capabilities"]):
        fail(f"bad requested capabilities {where}")
    if req["offence"]["category"] not in CATEGORIES:
        fail(f"bad category {where}")
    p = req["offence"]["max_penalty_years"]
    if p is not None and (not isinstance(p, int) or p < 0):
        fail(f"bad penalty {where}")
    if req["legal_basis"]["type"] not in LB_TYPES:
        fail(f"bad lb type {where}")
    if t["registry_match"] is not None and t["registry_match"] not in REGISTRY:
        fail(f"bad registry {where}")
    for k in ("customer_country",):
        if lic[k] not in PHONE:
            fail(f"unknown country {lic[k]} {where}")
    for k in ("location_country", "nationality"):
        if t[k] not in PHONE:
            fail(f"unknown country {t[k]} {where}")
    if e["dec"] not in DECISIONS:
        fail(f"bad decision {where}")
    for c in e["cl"]:
        if c not in DENY + REFER:
            fail(f"bad clause {c} {where}")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            fail(f"bad text clause {c} {where}")
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        fail(f"terrorism_definition_unmet on non-terrorism category {where}")
    if not e["label"] or not e["agency"] or not e["prof"]:
        fail(f"empty field {where}")


def structured_clauses(rec):
    lic, req = rec["licence"], rec["request"]
    held = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other":
        held.add("purpose_not_permitted")
    elif off["category"] == "serious_crime":
        if off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD:
            held.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or lb["valid_until"] <= rec["now"]):
        # ISO strings of one fixed format compare in time order
        held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    t = req["target"]
    if t["registry_match"] is not None:
        held.add("protected_person")
    if t["location_country"] != lic["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    deny = sorted(c for c in held if c in DENY)
    if deny:
        return "deny", deny
    refer = sorted(c for c in held if c in REFER)
    if refer:
        return "refer", refer
    return "permit", []


def auto_tags(e, rec):
    lic, req = rec["licence"], rec["request"]
    t, off, lb = req["target"], req["offence"], req["legal_basis"]
    tags = []
    p = off["max_penalty_years"]
    if off["category"] == "serious_crime":
        if p == THRESHOLD:
            tags.append("penalty exactly 6")
        elif p is None:
            tags.append("penalty null")
        elif p < THRESHOLD:
            tags.append(f"penalty below 6")
        elif p == 999:
            tags.append("penalty 999")
    if off["category"] == "other":
        tags.append("category other")
    tags.append("legal basis " + lb["type"])
    if lb["type"] != "none" and not lb["reference"]:
        tags.append("reference missing")
    if lb["valid_until"] is None and lb["type"] != "none":
        tags.append("valid_until null")
    elif lb["valid_until"] == rec["now"]:
        tags.append("valid_until == now")
    elif lb["valid_until"] is not None and lb["valid_until"] < rec["now"]:
        tags.append("valid_until past")
    q = e["ov"].get("quota", "ok")
    if q != "ok":
        tags.append("quota " + q)
    if e["ov"].get("cap_missing"):
        tags.append("capability outside licence")
    if lic["status"] != "active":
        tags.append("status " + lic["status"])
    if not lic["certificate_signed"]:
        tags.append("certificate unsigned")
    if lic["agency_type"] == "private":
        tags.append("private end user")
    tags.append("agency " + lic["agency_type"])
    if t["location_country"] != lic["customer_country"]:
        tags.append("extraterritorial")
        if t["nationality"] == lic["customer_country"]:
            tags.append("citizen abroad")
    elif t["nationality"] != lic["customer_country"]:
        tags.append("foreign national inside")
    kind = e["ov"].get("ident", "phone")
    if kind != "phone":
        tags.append("identifier " + kind)
    if t["registry_match"]:
        tags.append("registry " + t["registry_match"])
    return tags


def main():
    rng = random.Random(206001)
    seen = set()
    rows = []
    for i, e in enumerate(ENTRIES):
        rec = build_one(e, rng)
        validate_enums(e, rec)
        txt = e["text"].strip()
        if txt in seen:
            fail(f"duplicate justification in entry {i}: {txt[:60]!r}")
        seen.add(txt)
        if txt != e["text"]:
            fail(f"justification has leading/trailing space in entry {i}")
        struct = structured_clauses(rec)
        held = struct | set(e["tc"])
        dec, cl = decide(held)
        if dec != e["dec"] or cl != sorted(e["cl"]):
            fail(f"entry {i} ({e['lang']}, {txt[:50]!r}): computed {dec} {cl}, "
                 f"intended {e['dec']} {sorted(e['cl'])}")
        # a text-only non-permit: structured fields alone would permit
        s_dec, _ = decide(struct)
        text_only = dec != "permit" and s_dec == "permit"
        rec["expected"] = {"decision": dec, "clauses": cl}
        rows.append((e, rec, held, text_only))
    order = list(range(len(rows)))
    random.Random(206002).shuffle(order)
    out_lines = []
    final = []
    for k, idx in enumerate(order, 1):
        e, rec, held, text_only = rows[idx]
        rid = f"s206-{k:03d}"
        obj = {"id": rid}
        obj.update(rec)
        out_lines.append(json.dumps(obj, ensure_ascii=False))
        final.append((rid, e, rec, held, text_only))
    data = ("\n".join(out_lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    report(final)
    print("wrote", OUT, len(out_lines), "lines sha256", hashlib.sha256(data).hexdigest())


def report(final):
    n = len(final)
    print(f"scenarios: {n}")
    dl = collections.Counter((e["lang"], rec["expected"]["decision"]) for _, e, rec, _, _ in final)
    print("\ndecision x language")
    print(f"{'':8}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}{'%':>6}")
    for d in DECISIONS:
        tot = sum(dl[(l, d)] for l in LANGS)
        print(f"{d:8}" + "".join(f"{dl[(l, d)]:>6}" for l in LANGS) + f"{tot:>7}{100 * tot / n:>6.1f}")
    lt = [sum(dl[(l, d)] for d in DECISIONS) for l in LANGS]
    print(f"{'total':8}" + "".join(f"{x:>6}" for x in lt) + f"{n:>7}")
    print(f"{'%':8}" + "".join(f"{100 * x / n:>6.1f}" for x in lt))
    print("\nclause      listed   held   held-not-listed")
    for c in DENY + REFER:
        listed = sum(c in rec["expected"]["clauses"] for _, _, rec, _, _ in final)
        held = sum(c in h for _, _, _, h, _ in final)
        print(f"{c:28}{listed:>6}{held:>7}{held - listed:>8}")
    nonp = [x for x in final if x[2]["expected"]["decision"] != "permit"]
    to = [x[0] for x in nonp if x[4]]
    print(f"\nnon-permits: {len(nonp)}, text/profession-only non-permits: {len(to)}")
    print("  " + " ".join(to))
    mc = collections.Counter(len(rec["expected"]["clauses"]) for _, _, rec, _, _ in final)
    print("clauses per scenario:", dict(sorted(mc.items())))
    tagged = collections.defaultdict(list)
    for rid, e, rec, _, _ in final:
        for t in auto_tags(e, rec) + e["tags"]:
            tagged[t].append(rid)
    print("\ntags")
    for t in sorted(tagged):
        print(f"  {t} ({len(tagged[t])}): {' '.join(sorted(tagged[t]))}")


if __name__ == "__main__":
    main()
