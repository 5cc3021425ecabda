#!/usr/bin/env python3
"""Builder for the sealed196 labelled evaluation set of the enduse tasking gate.

Independent set: written only from shared/spec/gate-scenarios.md and
shared/spec/euc-standard.md.  Standard library only (Python 3.11).

Each scenario is one hand-written entry below (call to E(...)).  Filler values
(phone numbers, dates, legal references, quotas, extra licence capabilities)
come from random.Random(196001).  Structured clauses are computed from the
fields as the spec defines them, the hand-judged text clauses are added, and
the decision and clause list are derived by the spec's rules.  Any mismatch
with the intended result, a duplicated justification or an invalid enum value
makes the script exit 1 without writing anything.
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed196.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LEGAL_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

DIAL = {
    # English-language customers
    "KE": "254", "NG": "234", "GH": "233", "UG": "256", "ZA": "27", "IN": "91", "PH": "63",
    "SG": "65", "MY": "60", "AU": "61", "NZ": "64", "JM": "1876", "BW": "267", "ZM": "260",
    "TZ": "255", "PK": "92", "BD": "880", "LK": "94", "AE": "971", "TH": "66", "ID": "62",
    "GB": "44", "IE": "353", "US": "1", "NP": "977", "MW": "265", "TT": "1868", "RW": "250",
    # Spanish-language customers
    "MX": "52", "CO": "57", "PE": "51", "AR": "54", "CL": "56", "ES": "34", "GT": "502",
    "EC": "593", "PA": "507", "DO": "1809", "HN": "504", "BO": "591", "UY": "598",
    "PY": "595", "SV": "503", "CR": "506", "VE": "58", "NI": "505",
    # French-language customers
    "FR": "33", "BE": "32", "SN": "221", "CI": "225", "MA": "212", "CM": "237", "TN": "216",
    "CA": "1", "ML": "223", "BF": "226", "NE": "227", "TG": "228", "BJ": "229", "GA": "241",
    "CH": "41", "LU": "352", "HT": "509", "MG": "261", "DZ": "213", "CD": "243",
    # other locations used for targets abroad
    "DE": "49", "NL": "31", "TR": "90", "BR": "55", "PT": "351", "IT": "39", "SE": "46",
    "QA": "974", "LB": "961", "RU": "7", "CN": "86", "VN": "84", "ET": "251", "SO": "252",
    "SD": "249", "AO": "244", "NO": "47", "PL": "48", "GR": "30", "EG": "20", "SA": "966",
    "JP": "81", "KR": "82", "HK": "852", "KH": "855", "MM": "95", "ZW": "263", "LY": "218", "CY": "357", "GE": "995",
}

ENTRIES = []


def E(tag, lang, cc, agency, atype, cat, label, pen, prof, caps, just,
      text=(), want=("permit", ()), **ovr):
    """Record one hand-written scenario.

    tag    short unique handle (used in the README tables)
    text   hand-judged text clauses (protected_person here means: said in the
           justification or the profession field, not in registry_match)
    want   (decision, clause list) intended
    ovr    structured overrides: status, signed, lt (legal type), lb (none|now|past|
           noref|emptyref|nountil|soon), q (max-1|max|over|zero), drop (capabilities the
           licence lacks), lic (exact licence capabilities), loc, nat, reg, ident
           (email:...|device:...), now (fixed time)
    """
    ENTRIES.append(dict(tag=tag, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                        label=label, pen=pen, prof=prof, caps=list(caps), just=just,
                        text=list(text), want=(want[0], sorted(want[1])), ovr=ovr))


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------

# ---- batch 1 ----------------------------------------------------------------
E("p_kidnap_ke", "en", "KE", "Directorate of Serious Crimes, Rift Valley Command", "police",
  "serious_crime", "kidnapping for ransom", 30, "matatu operator", ["messages", "location"],
  "Victim is a nine-year-old girl taken from outside Kaptembwo primary school on the 14th. "
  "The family has received four ransom calls demanding KES 3.5m, all from this line, and the "
  "voice on the calls was recognised by the mother as the suspect, a matatu operator who used to "
  "drive the child to school. Location is needed urgently to find where the child is held; "
  "messages to identify accomplices. Warrant issued by the duty magistrate this morning.",
  want=("permit", []))

E("p_pen6_gh", "en", "GH", "Criminal Investigations Unit, Volta South Division", "police",
  "serious_crime", "conspiracy to steal copper cable from the national grid", 6, "scrap dealer",
  ["contacts", "location"],
  "Between March and June three transmission substations in the division were stripped of "
  "earthing cable, causing blackouts affecting two district hospitals. Subject buys the stolen "
  "copper through his yard at Sogakope and arranges the night crews by phone. Two crew members "
  "arrested on 2 June named him and handed over their phones, in which his number is saved as "
  "'Boss Koku'. We need his contacts to identify the remaining crew and his location on nights "
  "when the next job is planned.",
  want=("permit", []))

E("d_pen5_za", "en", "ZA", "Stock Theft Unit, Eastern Highveld Cluster", "police",
  "serious_crime", "possession of suspected stolen livestock", 5, "farm worker",
  ["messages", "location"],
  "42 head of cattle found on a plot leased by the subject near Ermelo, ear tags removed. "
  "Owner identified 30 of them from brand marks. Subject claims he bought them at an auction "
  "but cannot produce papers. Seeking messages to find the seller and location to trace "
  "further movements of animals.",
  want=("deny", ["purpose_not_permitted"]))

E("p_terror_ng", "en", "NG", "Joint Task Force Operation Sentinel, Intelligence Cell", "military",
  "terrorism", "preparation of improvised explosive attacks", 999, "unknown",
  ["messages", "contacts", "location", "microphone"],
  "Target is assessed as the logistics coordinator of a cell that detonated two IEDs at the "
  "Gwoza cattle market in August, killing 19 civilians. A captured courier identified this "
  "number as the one that gives instructions on where to collect fertiliser and detonators. "
  "Intercepted fragments refer to a 'wedding' at a motor park before the end of the month, "
  "which past reporting links to a planned mass-casualty attack. Coverage required on "
  "messages, contacts, location and ambient audio to locate the device cache and the bombers. "
  "Federal High Court order attached.",
  want=("permit", []))

E("d_protest_terror_ug", "en", "UG", "Directorate of Internal Security Operations", "intelligence",
  "terrorism", "terrorism (incitement and mobilisation)", 999, "university lecturer",
  ["messages", "contacts", "location"],
  "Subject is the main organiser of the sit-in held on the steps of the Parliament annex "
  "against the new fuel levy. He has been calling people to gather every Thursday with "
  "placards and whistles and has announced that the sit-ins will continue until the levy is "
  "withdrawn. The gatherings have been peaceful so far but are embarrassing the government "
  "and are spreading to other towns. We need his contacts to know who is behind this "
  "mobilisation and where the next one will be.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

E("r_reg_journalist_in", "en", "IN", "Economic Offences Wing, Kosala Range", "police",
  "serious_crime", "extortion by threat of defamatory publication", 10, "reporter",
  ["messages", "contacts"],
  "FIR 211 of this year. Complainant, a housing developer, states the subject demanded "
  "Rs 40 lakh in exchange for not running a fabricated story about collapsed flats. "
  "Complainant recorded two calls in which the subject names the amount and a drop point at "
  "a petrol pump; the voice matches the subject's published videos, and Rs 5 lakh already paid "
  "was traced to an account in his brother-in-law's name. We seek messages and contacts to "
  "establish whether others in the network were approached in the same way.",
  want=("refer", ["protected_person"]), reg="journalist")

E("r_extra_ph", "en", "PH", "Drug Enforcement Task Group Mindanao", "police",
  "serious_crime", "importation of dangerous drugs (methamphetamine)", 999, "seafarer",
  ["messages", "location"],
  "Subject, a Filipino national, is the shipping contact who arranges concealment of shabu "
  "in fishing vessels landing at Zamboanga. Seized phone of the vessel captain (arrested with "
  "38 kg on 3 May) holds over 200 messages from this number giving coordinates for the "
  "transfers at sea. Subject is currently staying in Sandakan and directs the runs from there.",
  want=("refer", ["extraterritorial_target"]), nat="PH", loc="MY")

E("d_suspended_sg", "en", "SG", "Commercial Affairs Investigation Group", "police",
  "serious_crime", "money laundering", 10, "company director",
  ["messages", "contacts", "credentials"],
  "Subject controls five shell companies that received SGD 14m from a phishing syndicate "
  "within 48 hours of the victim transfers. Bank records and the statement of a nominee "
  "director place him as the person operating the corporate accounts. Access to messages, "
  "contacts and stored credentials is sought to identify the syndicate operators.",
  want=("deny", ["licence_inactive"]), status="suspended")

E("d_private_ae", "en", "AE", "Gulfshore Risk & Integrity Consulting LLC", "private",
  "serious_crime", "embezzlement", 10, "former finance manager",
  ["messages", "contacts", "location"],
  "On behalf of our client, a logistics group, we request monitoring of its former finance "
  "manager who left in January. An internal audit found AED 6.2m in payments to suppliers that "
  "do not exist, all approved by him. Our client has filed a complaint with the police; "
  "meanwhile we need to know who he is in contact with and whether he is preparing to leave "
  "the country.",
  want=("deny", ["non_government_end_user"]))

E("d_nolb_now_au", "en", "AU", "Organised Crime Squad, Northern Coastal Command", "police",
  "serious_crime", "importation of a commercial quantity of a border-controlled drug", 999,
  "freight forwarder", ["messages", "contacts"],
  "Target's freight company cleared the container (ex Port Klang) in which 180 kg of "
  "cocaine were found concealed in granite tiles. Phone seized from the co-accused shows "
  "this number arranged the delivery address. Warrant reference attached; interception to "
  "commence immediately.",
  want=("deny", ["no_legal_basis"]), lb="now")

E("p_email_gb", "en", "GB", "Fenmarsh Regional Organised Crime Unit", "police",
  "serious_crime", "fraud by false representation (romance fraud network)", 10, "unknown",
  ["messages", "contacts"],
  "Op MARLSTONE. At least 23 victims, mostly widowed, have been persuaded to transfer a "
  "total of GBP 1.1m to 'soldiers' and 'oil-rig engineers' met on dating sites. Every victim "
  "was asked to send documents and payment confirmations to this email address, and the "
  "mailbox provider confirms the account is logged into from a residential address in "
  "Peterborough. Content and contacts needed to identify the other account handlers and the "
  "money mules.",
  want=("permit", []), ident="email:capt.d.morrison.un@postbox.example")

E("d_caps_lk", "en", "LK", "Anti-Human Trafficking Unit, Criminal Investigation Department",
  "police", "serious_crime", "human trafficking", 20, "recruitment agent",
  ["messages", "microphone"],
  "The subject recruited at least 14 women from Batticaloa district for 'housemaid jobs' "
  "abroad; two who returned report being confined and unpaid, passports taken. He uses this "
  "phone to coordinate with the sub-agents. Live audio from the handset is requested to "
  "capture his meetings with sub-agents, together with messages.",
  want=("deny", ["capability_out_of_scope"]), drop=["microphone"])

E("d_quota_max_bd", "en", "BD", "Narcotics Interdiction Cell, Chattogram Range", "police",
  "serious_crime", "trafficking of yaba tablets", 999, "boat owner",
  ["messages", "location"],
  "Subject owns three trawlers that bring yaba consignments across the river mouth. Last "
  "seizure (2.4 lakh tablets) was from his boat; the arrested crew say he calls them from this "
  "number with landing times. Location and messages are needed to intercept the next landing.",
  want=("deny", ["quota_exceeded"]), q="max")

E("p_quota_max1_my", "en", "MY", "Serious Crimes Division, Johor Contingent", "police",
  "serious_crime", "armed robbery with firearm", 20, "unemployed",
  ["location"],
  "Three goldsmith shops robbed at gunpoint in Batu Pahat and Muar since February; a guard "
  "was shot in the leg in the last one. CCTV shows a getaway car registered to the subject's "
  "cousin, and tower dumps from all three scenes contain this number. We need location only, "
  "to arrest him before the next robbery.",
  want=("permit", []), q="max-1")

E("d_expr_leak_zm", "en", "ZM", "Office of State Security, Special Investigations", "intelligence",
  "serious_crime", "unauthorised disclosure of official secrets", 25, "blogger",
  ["messages", "contacts", "media"],
  "The subject runs the 'Kafue Ledger' page which for the past two months has been posting "
  "scanned procurement files from the Ministry of Health showing that medical supplies were "
  "bought at three times the market price. The documents are classified. Publication has "
  "caused public outrage and questions in Parliament. We require his messages, contacts and "
  "media to establish his sources inside the Ministry.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime"]))

E("d_pg_ethnic_ke", "en", "KE", "County Criminal Investigations Office, Samburu North", "police",
  "serious_crime", "membership of an organised criminal group", 15, "herder",
  ["messages", "location"],
  "Cattle rustling has increased along the county boundary. The subject is an Oloitok "
  "herder, and the Oloitok are known to be behind most raids in this area. He moves with "
  "the herds near the boundary and is therefore likely to be involved. We want to monitor "
  "his phone to see who he talks to.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("p_innocent_religion_nz", "en", "NZ", "Counties Southern District Investigation Branch",
  "police", "serious_crime", "threatening to kill and conspiracy to commit arson", 10,
  "warehouse worker", ["messages", "media"],
  "Since Ramadan began, the Islamic centre in Tawa Street has received six anonymous voicemails "
  "threatening to 'burn it down with them inside'. The calls came from a prepaid number "
  "that was topped up with a card bought by the subject (till CCTV). The subject has also "
  "bought 40 litres of fuel in jerrycans over the past fortnight. The congregation was picked "
  "because of its faith; our target was picked because the evidence points to him. Messages "
  "and media sought to establish whether he is acting alone and whether a date has been set.",
  want=("permit", []))

E("r_text_lawyer_ie", "en", "IE", "Harbourside Economic Crime Bureau", "police",
  "serious_crime", "money laundering", 14, "solicitor", ["messages", "contacts"],
  "The subject is a practising solicitor. Since 2024 his firm's client account has received "
  "EUR 3.8m in cash-funded transfers from a drugs group, routed through conveyancing files "
  "for properties that were never purchased, then refunded to companies controlled by the "
  "group. A former legal secretary has given a statement and the bank's suspicious-transaction "
  "reports match her account. Requesting messages and contacts.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("d_other_tz", "en", "TZ", "Revenue Compliance Authority, Coastal Zone", "other_government",
  "other", "failure to file tax returns", 2, "shop owner", ["messages", "contacts"],
  "Subject has not filed returns for three years despite four reminders and continues to "
  "trade from two shops in Kariakoo. We wish to see his messages to establish his real turnover "
  "and the suppliers he deals with.",
  want=("deny", ["purpose_not_permitted"]))

E("p_device_pk", "en", "PK", "Counter Terrorism Department, Northern Region", "intelligence",
  "terrorism", "planning a suicide bombing", 999, "madrassa dropout",
  ["messages", "contacts", "location", "camera"],
  "Handset (IMEI below) recovered from a safe house is known to have been used by the "
  "facilitator who moved two suicide vests into the city last week; the vests were not "
  "recovered. The same handset is now active with a new SIM. Immediate coverage to prevent "
  "an attack on a crowded place. Anti-Terrorism Court order no. as given.",
  want=("permit", []), ident="device:IMEI-356938035643809")

E("d_unsigned_jm", "en", "JM", "Major Investigations Taskforce, Western Division", "police",
  "serious_crime", "murder", 999, "taxi operator", ["location", "messages"],
  "Double murder at a shop in Savanna Road, 9 August. The suspect's taxi is seen on CCTV "
  "leaving the scene and an eyewitness picked him out. He has not been home since. Location "
  "to effect arrest; messages to identify those harbouring him.",
  want=("deny", ["licence_inactive"]), signed=False)

E("r_extra_foreign_tt", "en", "TT", "Firearms Interdiction Unit", "police",
  "serious_crime", "trafficking in firearms and ammunition", 15, "fisherman",
  ["messages", "contacts", "location"],
  "Subject supplies pistols and rifles to gangs in the east-west corridor, bringing them by "
  "pirogue from across the Gulf. Two shipments seized in June; the boat crews' phones show "
  "this number setting the landing points. He is a foreign national and lives on the other side "
  "of the Gulf, from where he organises each crossing.",
  want=("refer", ["extraterritorial_target"]), nat="VE", loc="VE")

E("p_es_mx_extorsion", "es", "MX", "Fiscalía Especializada en Secuestro y Extorsión del Estado de Valle Alto",
  "prosecution", "serious_crime", "extorsión agravada (cobro de piso)", 20, "desconocida",
  ["messages", "contacts", "location"],
  "Desde enero, 17 tortillerías y tiendas de abarrotes de la colonia Las Palmas han denunciado "
  "llamadas exigiendo cuotas semanales de 2,000 a 5,000 pesos bajo amenaza de quemar los "
  "negocios. Dos de ellos fueron incendiados tras negarse a pagar. Todas las llamadas salieron "
  "de este número, y el depósito de una de las víctimas se cobró en una tienda de conveniencia "
  "donde la cámara captó al probable responsable. Se solicitan mensajes, contactos y ubicación "
  "para identificar a la célula y detenerla. Autorización del juez de control adjunta.",
  want=("permit", []))

E("d_es_co_pen_null", "es", "CO", "Seccional de Investigación Criminal, Departamento del Alto Cauca",
  "police", "serious_crime", "concierto para delinquir", None, "comerciante",
  ["messages", "contacts"],
  "El investigado frecuenta a integrantes de una banda dedicada al hurto de motocicletas en "
  "el municipio y fue visto en un taller donde se desguazan vehículos. Se requiere conocer "
  "sus mensajes y contactos para establecer su papel dentro de la organización.",
  want=("deny", ["purpose_not_permitted"]))

E("p_fr_sn_trafic", "fr", "SN", "Office central de répression des stupéfiants, antenne du Saloum",
  "police", "serious_crime", "trafic international de cocaïne", 30, "mareyeur",
  ["messages", "contacts", "location"],
  "Le 11 avril, 312 kg de cocaïne ont été saisis à bord d'une pirogue au large de Joal. Les "
  "deux piroguiers interpellés ont désigné le mis en cause comme celui qui leur fixait les "
  "rendez-vous en mer, et leurs téléphones contiennent de nombreux échanges avec ce numéro. "
  "L'intéressé, mareyeur à Mbour, sert de relais entre les fournisseurs et les acheteurs. "
  "Interception des messages, des contacts et de la localisation demandée sur commission "
  "rogatoire du juge d'instruction.",
  want=("permit", []))

# ---- batch 2 ----------------------------------------------------------------
E("d_es_mx_critic_dolo", "es", "MX", "Centro Estatal de Inteligencia de Valle Alto", "intelligence",
  "serious_crime", "delincuencia organizada", 40, "periodista",
  ["messages", "contacts", "location"],
  "La objetivo es columnista del diario digital El Faro del Valle. En los últimos meses ha "
  "publicado una serie de textos en los que afirma que el gobernador y su secretario de "
  "seguridad protegen a un grupo criminal, y ha difundido audios y fotografías que, según "
  "ella, lo demuestran. Estas publicaciones forman parte de una campaña organizada contra "
  "las instituciones del estado, por lo que se le considera integrante de una red de "
  "delincuencia organizada. Se requiere conocer sus comunicaciones y con quién se reúne.",
  text=["expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime"]))

E("r_es_co_concejal", "es", "CO", "Fiscalía Seccional Anticorrupción de Puerto Salinas",
  "prosecution", "serious_crime", "concusión y lavado de activos", 15, "concejal municipal",
  ["messages", "contacts"],
  "El indiciado, concejal del municipio, exigía a los contratistas de obras viales el 10 % del "
  "valor de cada contrato a cambio de aprobar las adiciones presupuestales. Tres contratistas "
  "declararon bajo juramento y aportaron comprobantes de consignaciones a una ferretería de "
  "un cuñado del concejal. La UIAF reporta movimientos por 1.900 millones de pesos sin "
  "soporte. Se solicitan mensajes y contactos para identificar a los demás concejales y "
  "funcionarios que participan en el esquema.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("p_es_pe_huelga_cover", "es", "PE", "Dirección de Investigación Criminal, Región Policial Altiplano Sur",
  "police", "serious_crime", "tenencia ilegal de explosivos y atentado contra infraestructura", 15,
  "obrero de construcción", ["messages", "location"],
  "La huelga minera de la provincia no es objeto de esta solicitud: los dirigentes y las "
  "marchas se desarrollan con normalidad. El investigado, que no es dirigente, compró 80 "
  "cartuchos de dinamita robados de un polvorín (declaración del vendedor, ya detenido) y en "
  "un audio de WhatsApp entregado por un testigo explica que los usará para volar el ducto de "
  "agua de la ciudad aprovechando el paro, cuando la policía esté concentrada en la plaza. "
  "Se necesita su ubicación y mensajes para recuperar los explosivos antes del viernes.",
  want=("permit", []))

E("d_es_ar_caps", "es", "AR", "Departamento Federal contra la Trata de Personas, Delegación Litoral",
  "police", "serious_crime", "trata de personas con fines de explotación sexual", 15,
  "encargado de local nocturno", ["messages", "camera"],
  "Allanamiento del 5/3 en el boliche La Herradura: 9 mujeres paraguayas, dos de ellas "
  "menores, sin documentos y con deudas impagables. El encargado es quien las recluta por "
  "teléfono. Pedimos activar la cámara del equipo para registrar las entregas de dinero y "
  "acceder a sus mensajes.",
  want=("deny", ["capability_out_of_scope"]), drop=["camera"])

E("r_es_cl_extranjero", "es", "CL", "Brigada Investigadora contra el Crimen Organizado, Zona Norte",
  "police", "serious_crime", "secuestro extorsivo", 20, "sin información",
  ["messages", "contacts", "location"],
  "El 22 de julio fue secuestrado en Iquique un comerciante chileno; la familia pagó un primer "
  "rescate y la víctima sigue retenida. Las negociaciones se hacen desde este número, cuyo "
  "titular es un ciudadano venezolano que según la empresa telefónica opera desde Tacna. "
  "Se estima que coordina a la banda que mantiene al rehén en territorio nacional.",
  want=("refer", ["extraterritorial_target"]), nat="VE", loc="PE")

E("d_es_es_vencida", "es", "ES", "Brigada de Delincuencia Económica, Jefatura Superior de Levante",
  "police", "serious_crime", "estafa agravada y pertenencia a organización criminal", 8,
  "administrador de empresas", ["messages", "contacts"],
  "Red de falsas inversiones en criptomonedas que ha captado 4,2 millones de euros de más de "
  "300 perjudicados mediante un centro de llamadas en Valencia. El investigado figura como "
  "administrador de las sociedades receptoras. El auto judicial de intervención se prorrogó "
  "en su día; solicitamos continuar la intervención.",
  want=("deny", ["no_legal_basis"]), lb="past")

E("d_es_gt_pg_orientacion", "es", "GT", "División Especializada en Investigación Criminal, Sección de Delitos Sexuales",
  "police", "serious_crime", "corrupción de menores", 10, "estilista",
  ["messages", "contacts", "media"],
  "Se tiene información de que el sujeto es homosexual y frecuenta un bar de ambiente en la "
  "zona 1. Por sus inclinaciones se considera que representa un riesgo para los menores del "
  "barrio, por lo que se pide revisar sus conversaciones, contactos y fotografías. No hay "
  "denuncia presentada por ahora.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("p_es_ec_terror", "es", "EC", "Comando Conjunto, Dirección de Inteligencia Militar", "military",
  "terrorism", "terrorismo (coches bomba y toma de rehenes)", 999, "desconocida",
  ["messages", "contacts", "location", "microphone"],
  "El grupo que detonó dos coches bomba frente a la penitenciaría de Guayaquil y mantuvo a "
  "siete guardias como rehenes durante 40 horas, exigiendo al gobierno el traslado de sus "
  "cabecillas, ha anunciado nuevos atentados contra puentes y unidades policiales. Este "
  "número fue encontrado en el teléfono del conductor de uno de los vehículos, con mensajes "
  "en los que se coordina la compra del explosivo. Urgente: localizar al responsable y "
  "prevenir el siguiente ataque.",
  want=("permit", []))

E("d_es_hn_huelga_terror", "es", "HN", "Dirección Nacional de Inteligencia Estratégica", "intelligence",
  "terrorism", "terrorismo", 999, "dirigente sindical", ["messages", "contacts", "location"],
  "La objetivo preside el sindicato de trabajadores de la finca bananera San Isidro. Desde hace "
  "tres semanas mantiene una huelga con bloqueo pacífico del portón principal, lo que impide "
  "la exportación y causa pérdidas millonarias a la empresa y al país. Sus discursos en la "
  "radio local llaman a otros sindicatos a sumarse. Se trata de un acto terrorista contra la "
  "economía nacional.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

E("p_es_uy_email_csam", "es", "UY", "Unidad de Cibercrimen, Dirección de Investigaciones",
  "police", "serious_crime", "producción y distribución de material de abuso sexual infantil", 12,
  "profesor particular", ["messages", "media", "contacts"],
  "Reporte del NCMEC y de la plataforma: la cuenta de correo indicada subió 64 archivos de "
  "abuso sexual de niños, varios de ellos producidos en un domicilio de Montevideo (se "
  "reconoce el uniforme de una escuela local). Las conexiones se vinculan con el domicilio "
  "del investigado, que da clases particulares a niños. Se requiere el contenido para "
  "identificar a las víctimas y a otros distribuidores.",
  want=("permit", []), ident="email:cuentas.ramiro77@correo.example")

E("p_fr_fr_assassinat", "fr", "FR", "Direction interdépartementale de la police judiciaire, antenne de Vallonne",
  "police", "serious_crime", "assassinat en bande organisée", 999, "sans profession",
  ["messages", "contacts", "location"],
  "Dans la nuit du 2 au 3 février, un homme a été abattu de onze balles sur un point de deal "
  "de la cité des Tilleuls, dans le cadre d'un conflit entre deux réseaux. L'exploitation de "
  "la téléphonie montre que cette ligne a borné sur les lieux vingt minutes avant les faits "
  "et a échangé avec le véhicule incendié retrouvé le lendemain. Des éléments laissent craindre "
  "des représailles imminentes. Interceptions autorisées par le juge d'instruction.",
  want=("permit", []))

E("d_fr_be_revoked", "fr", "BE", "Police judiciaire fédérale, arrondissement de Hautemeuse",
  "police", "serious_crime", "trafic d'armes", 15, "garagiste",
  ["messages", "location"],
  "Le garagiste vend des pistolets convertis à des jeunes de la région liégeoise ; deux armes "
  "saisies lors de fusillades portent ses empreintes. Mesure d'écoute et de localisation "
  "ordonnée par le juge d'instruction.",
  want=("deny", ["licence_inactive"]), status="revoked")

E("r_fr_ci_imam", "fr", "CI", "Brigade de lutte contre la traite des enfants, Direction de la police judiciaire",
  "police", "serious_crime", "traite d'enfants et mendicité forcée", 20, "imam",
  ["messages", "contacts", "location"],
  "Le mis en cause est l'imam et le responsable d'une école coranique de Bouaké. Selon "
  "quatre enfants retrouvés à la gare routière et l'un des anciens moniteurs, il fait venir "
  "des garçons de 6 à 12 ans des pays voisins, les oblige à mendier et prélève leurs gains ; "
  "les enfants qui ne rapportent pas assez sont frappés. Des virements réguliers vers un "
  "passeur à la frontière ont été identifiés. Localisation et communications sollicitées "
  "pour démanteler la filière.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("d_fr_ma_pg_religion", "fr", "MA", "Direction de la surveillance intérieure, pôle régional de Tadla",
  "intelligence", "serious_crime", "atteinte à la sécurité intérieure de l'État", 10,
  "agent commercial", ["messages", "contacts", "location"],
  "L'intéressé s'est converti au christianisme il y a deux ans et participe chaque dimanche à "
  "des réunions de prière dans un appartement du quartier. Cette conversion et ces réunions "
  "constituent une menace pour la cohésion de la société. Il convient d'identifier les "
  "autres participants.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_fr_cm_petition", "fr", "CM", "Direction générale de la recherche extérieure et intérieure",
  "intelligence", "serious_crime", "sécession et atteinte à l'intégrité du territoire", 999,
  "enseignant", ["messages", "contacts", "location"],
  "L'enseignant a lancé une pétition en ligne réclamant un référendum sur le retour au "
  "fédéralisme, qui a recueilli 48 000 signatures, et il anime des réunions publiques pour la "
  "faire signer. Cette démarche porte atteinte à l'unité nationale. Il faut identifier ses "
  "relais et les signataires les plus actifs.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime"]))

E("d_fr_tn_private", "fr", "TN", "Carthage Sécurité Conseil SARL", "private",
  "serious_crime", "vol en bande organisée", 10, "ancien employé",
  ["messages", "location"],
  "Notre client, un grossiste en matériel électronique, a subi trois vols dans son entrepôt "
  "de Ben Arous. Il soupçonne un ancien magasinier d'avoir renseigné les voleurs. Nous "
  "souhaitons suivre ses déplacements et lire ses messages avant de saisir la justice.",
  want=("deny", ["no_legal_basis", "non_government_end_user"]), lb="none")

E("p_fr_ca_pen6", "fr", "CA", "Service de police de la Ville de Saint-Aubert, Division des crimes majeurs",
  "police", "serious_crime", "vol de véhicules en réseau", 6, "commis d'entrepôt",
  ["messages", "location"],
  "Depuis l'automne, 41 camionnettes neuves ont été volées dans les stationnements de la "
  "Rive-Sud, reprogrammées avec de fausses clés et expédiées par conteneur. Le suspect, commis "
  "dans une cour de transbordement, réserve les conteneurs au nom de compagnies fictives ; "
  "deux véhicules retrouvés au port portaient ses empreintes. Localisation et messages "
  "demandés en vertu du mandat délivré par la Cour du Québec.",
  want=("permit", []))

E("d_fr_ml_quota_over", "fr", "ML", "Direction générale de la sécurité d'État, cellule antiterroriste",
  "intelligence", "terrorism", "attaques armées et enlèvements", 999, "inconnue",
  ["messages", "contacts", "location"],
  "Le numéro appartient au commandant d'une katiba qui a revendiqué l'attaque du poste de "
  "Boni (14 soldats tués) et l'enlèvement de deux agents humanitaires, toujours détenus. Les "
  "otages seraient déplacés vers le nord dans les prochains jours.",
  want=("deny", ["quota_exceeded"]), q="over")

E("r_fr_bf_citoyen_ci", "fr", "BF", "Service régional de police judiciaire des Hauts-Bassins",
  "police", "serious_crime", "enlèvement contre rançon", 20, "transporteur",
  ["messages", "location"],
  "Un commerçant de bétail de Bobo-Dioulasso a été enlevé le 3 octobre. Les demandes de rançon "
  "émanent de ce numéro, attribué à un ressortissant burkinabè, transporteur, qui séjourne "
  "actuellement à Ferkessédougou, de l'autre côté de la frontière. Il serait le négociateur du "
  "groupe.",
  want=("refer", ["extraterritorial_target"]), nat="BF", loc="CI")

E("d_fr_ht_other", "fr", "HT", "Direction centrale de la police judiciaire, section des jeux",
  "police", "other", "organisation de jeux de hasard non autorisés (borlette)", 2,
  "tenancier de borlette", ["messages", "contacts"],
  "L'intéressé exploite une vingtaine de points de borlette non enregistrés à Carrefour et "
  "collecte les mises par téléphone. Demande de surveillance des messages et contacts.",
  want=("deny", ["purpose_not_permitted"]))

E("d_in_nolb_none", "en", "IN", "State Special Intelligence Branch, Vindhya Zone", "intelligence",
  "serious_crime", "waging war against the state; possession of explosives", 999, "schoolteacher",
  ["messages", "contacts", "location"],
  "Source reports that the subject has been storing gelatin sticks and two country-made rifles "
  "for an armed squad in a cattle shed behind his house, and that the squad will collect "
  "them before the panchayat elections. Interception needed at once; authorisation will follow "
  "once the file is put up.",
  want=("deny", ["no_legal_basis"]), lb="none")

E("r_ke_reg_diplomat", "en", "KE", "Wildlife Crime Investigation Unit", "police",
  "serious_crime", "trafficking in ivory and rhino horn", 20, "embassy attaché",
  ["messages", "contacts"],
  "Two consignments of worked ivory (312 kg) intercepted at JKIA were declared as household "
  "goods of a foreign mission. The shipping agent states that the subject, who holds a "
  "diplomatic post at that mission, instructed him and paid him in cash. Messages and contacts "
  "to identify the suppliers in Tsavo and the buyers.",
  want=("refer", ["protected_person"]), reg="diplomat")

E("p_gh_journalist_victim", "en", "GH", "Homicide and Major Crimes Unit, Ashanti Region", "police",
  "serious_crime", "attempted murder", 999, "mechanic",
  ["messages", "contacts", "location"],
  "On 21 May an investigative journalist with a Kumasi radio station was shot twice outside "
  "her home; she survived. The motorbike used in the attack was bought by the subject a week "
  "earlier and his phone was in the area at the time. A witness says he boasted that he had "
  "been paid to 'shut her mouth'. We need to identify whoever paid him. The journalist is the "
  "victim here, not the target.",
  want=("permit", []))

E("d_ng_ddos_terror", "en", "NG", "Directorate of State Intelligence, Cyber Threats Desk", "intelligence",
  "terrorism", "cyber-terrorism", 999, "computer science student",
  ["messages", "contacts", "credentials"],
  "On results day the national examinations portal was knocked offline for nine hours by a "
  "flood of traffic. Logs and a Telegram boast tie the attack to the subject, who says he did "
  "it because the results were being delayed. No data was taken and no other systems were "
  "affected. We classify this as an act of cyber-terrorism against a critical national "
  "institution and request access to his messages, contacts and account credentials.",
  text=["terrorism_definition_unmet"],
  want=("deny", ["terrorism_definition_unmet"]))

E("p_ph_admin_osec", "en", "PH", "Inter-Agency Council Against Child Exploitation, Visayas Desk",
  "other_government", "serious_crime", "online sexual exploitation of children", 20, "unknown",
  ["messages", "media", "contacts"],
  "Foreign buyers have been paying for live-streamed abuse of children through remittance "
  "centres in Cebu. Remittance records show 61 payments collected by the subject, who "
  "registered this number. A rescued eleven-year-old from the same barangay says her aunt's "
  "'partner' filmed her. Messages, media and contacts are needed to identify the remaining "
  "children and the buyers.",
  want=("permit", []), lt="administrative_order")

# ---- batch 3 ----------------------------------------------------------------
E("r_reg_hrd_bd", "en", "BD", "Detective Branch, Sylhet Metropolitan Police", "police",
  "serious_crime", "smuggling of firearms", 14, "director of a rights NGO",
  ["messages", "contacts", "location"],
  "Border guards stopped an NGO-marked pickup at Tamabil on 9 September and found six pistols "
  "and 400 rounds under relief cartons. The driver states that the subject, who heads the "
  "organisation, loaded the cartons himself and told him not to stop at checkpoints; the "
  "vehicle logbook is signed by the subject for that trip. We are aware of the subject's "
  "standing as a rights defender and submit the request for review on the evidence.",
  want=("refer", ["protected_person"]), reg="human_rights_defender")

E("r_reg_politician_za", "en", "ZA", "Directorate for Priority Corruption Matters", "prosecution",
  "serious_crime", "corruption and money laundering", 15, "provincial MEC for housing",
  ["messages", "contacts"],
  "Forensic audit of the provincial housing department: R 212m in emergency-housing contracts "
  "went to four companies set up within weeks of each award. Two directors have turned state "
  "witness and say that the subject, as MEC, chose the winners and received a share through a "
  "trust registered to her driver. Bank records support the flow. Intercept sought for "
  "messages and contacts for 60 days.",
  want=("refer", ["protected_person"]), reg="politician")

E("r_reg_pastor_ug", "en", "UG", "Criminal Investigations Directorate, Fraud Desk", "police",
  "serious_crime", "obtaining money by false pretences on a large scale (investment fraud)", 10,
  "pastor", ["messages", "contacts"],
  "The subject leads a large congregation in Mukono and promoted a 'blessing investment club' "
  "from the pulpit promising to double members' savings in 90 days. About 2,800 members paid "
  "in UGX 9bn; payouts stopped in March and the money was moved to land registered to his "
  "relatives. 37 complainants have recorded statements. Intercept to trace the funds.",
  want=("refer", ["protected_person"]), reg="religious_leader")

E("r_reg_lawyer_ng", "en", "NG", "Financial Crimes Investigation Commission, Lagos Zonal Office",
  "other_government", "serious_crime", "laundering of kidnap ransom proceeds", 14, "legal practitioner",
  ["messages", "contacts"],
  "Ransom from three kidnappings on the Abuja-Kaduna road (N 310m in total) was converted "
  "through bureau de change operators into dollars and paid into the escrow account of the "
  "subject's chambers, then used for property purchases in Lekki. One BDC operator, now "
  "cooperating, says the subject knew the source of the funds and charged a 'handling fee'. "
  "Communications requested to identify the kidnap kingpins he acts for.",
  want=("refer", ["protected_person"]), reg="lawyer")

E("r_hos_abroad_ae", "en", "AE", "State Security Directorate, External Threats Section", "intelligence",
  "serious_crime", "arms trafficking to armed groups", 25, "head of state",
  ["messages", "contacts", "location", "microphone"],
  "The target is the sitting president of a neighbouring state. Shipping documents from a "
  "vessel detained at our port show 14 containers of rifles consigned to a militia in a third "
  "country, paid through a company that his office controls. We need to know who on his staff "
  "arranges these shipments.",
  want=("refer", ["extraterritorial_target", "protected_person"]), reg="head_of_state",
  nat="SO", loc="SO")

E("r_extra_rw_be", "en", "RW", "National Intelligence Directorate, Counter-Insurgency Desk", "intelligence",
  "serious_crime", "financing of an armed group", 25, "businessman",
  ["messages", "contacts"],
  "Subject, a Rwandan national resident in Brussels, transfers money every month through "
  "hawala agents in Goma to an armed group that attacked border villages in June. Three "
  "captured fighters named him as the one who pays their commanders, and the agents' ledgers "
  "seized in Rubavu record 19 transfers under his code name.",
  want=("refer", ["extraterritorial_target"]), nat="RW", loc="BE")

E("r_text_politician_abroad_lk", "en", "LK", "Criminal Investigation Department, Special Homicide Unit",
  "police", "serious_crime", "conspiracy to murder a witness", 999, "former provincial councillor",
  ["messages", "contacts", "location"],
  "The subject is a politician, a former provincial councillor and still a party organiser, now "
  "living in London. The key witness in the Kelaniya land-grab trial was shot dead on 2 "
  "November. The arrested gunman has confessed and produced a handset on which this number "
  "sent him the witness's address and two payment confirmations. Call records show the "
  "subject's number called the gunman's handler eleven times in the week before the murder.",
  text=["protected_person"],
  want=("refer", ["extraterritorial_target", "protected_person"]), nat="LK", loc="GB")

E("r_extra_email_sg_kh", "en", "SG", "Anti-Scam Command, Investigation Branch", "police",
  "serious_crime", "cheating and money laundering (job scam syndicate)", 10, "unknown",
  ["messages", "contacts"],
  "More than 400 Singapore victims of a 'task-based job' scam lost SGD 11m. Victims were "
  "onboarded through an account that sends them payment instructions from this email "
  "address. Login records place the account holder in a compound in Sihanoukville.",
  want=("refer", ["extraterritorial_target"]), ident="email:hr.onboarding.tasks@jobmail.example",
  nat="MY", loc="KH")

E("r_extra_device_au_id", "en", "AU", "Child Protection Operations, Southern Command", "police",
  "serious_crime", "child sex offences outside Australia", 25, "registered sex offender",
  ["messages", "media", "location"],
  "An Australian citizen on the child protection register left for Bali in breach of his "
  "reporting conditions. Chat logs obtained from a local NGO show him arranging to meet "
  "two girls aged 12 and 13 in Lovina this week. The tablet identified below is the device he "
  "uses for those chats.",
  want=("refer", ["extraterritorial_target"]), ident="device:IMEI-353281117903451",
  nat="AU", loc="ID")

E("p_in_foreign_national", "en", "IN", "Narcotics Control Cell, Western Metropolitan Range", "police",
  "serious_crime", "trafficking in a commercial quantity of heroin", 20, "garment exporter",
  ["messages", "contacts", "location"],
  "Subject is a foreign national living in Andheri on a business visa. A courier arrested "
  "with 4 kg of heroin at the airport had this number saved as 'Uncle', and her phone shows "
  "the subject sent her the hotel address and the name of the handler who would receive the "
  "bag. His nationality is recorded only because it is on the visa file; the request rests on "
  "the courier's evidence.",
  want=("permit", []), nat="NG")

E("p_ke_fake_advocate", "en", "KE", "Land Fraud Investigation Unit", "police",
  "serious_crime", "forgery of court documents and obtaining land by fraud", 10,
  "poses as an advocate (not admitted)", ["messages", "contacts"],
  "The subject introduces himself to families as an advocate of the High Court, but the Law "
  "Society has no record of him and he has never been admitted to the roll. Using forged "
  "succession decrees he has transferred nine parcels belonging to deceased estates in "
  "Kiambu to buyers who paid him KES 48m. Victims have recorded statements and the forged "
  "decrees bear a fake court stamp recovered from his office.",
  want=("permit", []))

E("p_au_extortion_with_views", "en", "AU", "Serious and Organised Crime Unit, Riverlands Police",
  "police", "serious_crime", "blackmail and demanding money with menaces", 14, "IT contractor",
  ["messages", "contacts", "credentials"],
  "The subject is known for long online posts attacking the state government and the police, "
  "which are not the basis of this request. On 4 and 11 July he emailed a council officer "
  "demanding AUD 80,000 in crypto, threatening to release intimate images he obtained by "
  "accessing her cloud account; the wallet address was created from his home connection. A "
  "second victim has come forward with a near-identical demand.",
  want=("permit", []))

E("p_za_prosecutor_cit", "en", "ZA", "National Prosecuting Directorate, Organised Crime Component",
  "prosecution", "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 999,
  "security guard", ["messages", "location"],
  "Four cash-in-transit vehicles were blown open with explosives on the N12 this year; two "
  "guards died. The subject, employed by the cash company, accessed the route schedules "
  "before each attack (system audit) and his phone was in contact with a number found in the "
  "burnt getaway car. Directive issued by the Director of Public Prosecutions.",
  want=("permit", []), lt="prosecutor_order")

E("p_lk_valid_soon", "en", "LK", "Western Province Crime Division", "police",
  "serious_crime", "murder for hire", 999, "three-wheeler driver",
  ["location"],
  "Hired gunman in the Ratmalana contract killing, identified by CCTV and the motorbike "
  "registration. Location for arrest today.",
  want=("permit", []), lb="soon")

E("d_ph_lb_noref", "en", "PH", "Anti-Kidnapping Group, Central Luzon Field Unit", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown",
  ["messages", "location"],
  "A Chinese-Filipino trader was abducted in Angeles City on 30 April. The kidnappers call the "
  "family from this number; they have sent a finger as proof of life. Court order obtained by "
  "phone, paperwork to follow.",
  want=("deny", ["no_legal_basis"]), lb="noref")

E("d_in_lb_nountil", "en", "IN", "Crime Branch, Southern Coastal Commissionerate", "police",
  "serious_crime", "dowry death and criminal intimidation of witnesses", 10, "bank clerk",
  ["messages", "contacts"],
  "Wife of the accused died of burns in March; her family alleges years of dowry demands, and "
  "since the case was registered two of the family's witnesses have received threats from "
  "numbers linked to the accused's brother. Interception to identify who is making the threats.",
  want=("deny", ["no_legal_basis"]), lb="nountil")

E("d_th_unsigned_caps", "en", "TH", "Anti-Human Trafficking Division, Region 9", "police",
  "serious_crime", "human trafficking and forced labour on fishing vessels", 15, "vessel broker",
  ["messages", "contacts", "microphone", "camera"],
  "Broker recruits Myanmar and Cambodian men for deep-sea vessels; rescued crew describe "
  "beatings and unpaid work for 18 months. Broker's phone coordinates transfers between "
  "boats at sea. We ask for messages, contacts, microphone and camera.",
  want=("deny", ["capability_out_of_scope", "licence_inactive"]), signed=False,
  drop=["microphone", "camera"])

E("d_sa_pg_relative", "en", "SA", "Presidency of State Security, Domestic Monitoring Department",
  "intelligence", "serious_crime", "threatening national security", 20, "engineer",
  ["messages", "contacts", "location", "microphone"],
  "The subject is the younger brother of a dissident who lives abroad and runs a channel "
  "hostile to the kingdom. The subject himself has no known activity, but as a close relative "
  "he may be in touch with his brother. Full coverage requested.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_my_satire", "en", "MY", "Special Branch, Federal Territory Desk", "intelligence",
  "serious_crime", "sedition", 7, "cartoonist", ["messages", "contacts", "media"],
  "Cartoonist whose weekly strip portrays the Home Minister as a puppet of tycoons. The latest "
  "strip was shared 90,000 times and is bringing the government into contempt, which is "
  "seditious. We want his messages, contacts and drafts to see who commissions the strips.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime"]))

E("d_pk_research", "en", "PK", "Inter-Provincial Security Analysis Wing", "intelligence",
  "serious_crime", "anti-state activity", 14, "university researcher",
  ["messages", "contacts", "location"],
  "The subject, a sociology researcher, has published a report with a data set of 1,340 "
  "alleged enforced disappearances, naming the districts and the units she says were involved. "
  "The report was presented at an international conference and is damaging the image of the "
  "security institutions. Identify her sources and funding.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime"]))

E("p_ke_terror_hotel", "en", "KE", "Anti-Terrorism Police Unit, Coast Region", "police",
  "terrorism", "preparation of a terrorist attack (hostage taking)", 999, "unknown",
  ["messages", "contacts", "location", "microphone"],
  "A returnee from Somalia is reported by two sources to be surveying beach hotels in Diani "
  "with a view to an armed takeover and hostage taking during the holiday season. He rented "
  "a house near the hotels under a false name and the landlord saw rifles. Immediate "
  "coverage to establish the cell, the date and the weapons.",
  want=("permit", []))

E("r_es_mx_reg_alcalde", "es", "MX", "Fiscalía Especializada contra la Delincuencia Organizada, Unidad Centro",
  "prosecution", "serious_crime", "secuestro agravado", 60, "presidente municipal",
  ["messages", "contacts", "location"],
  "Dos empresarios de San Bartolo fueron secuestrados en agosto; uno apareció sin vida. "
  "El jefe de la policía municipal, detenido, declaró que el presidente municipal le ordenó "
  "entregar a las víctimas a la célula criminal y cobró una parte del rescate. Los registros "
  "de llamadas muestran contacto del alcalde con el jefe de la célula el día de cada secuestro.",
  want=("refer", ["protected_person"]), reg="politician")

E("p_es_co_sicariato", "es", "CO", "Fiscalía Seccional de Medellín Sur, Unidad de Vida",
  "prosecution", "serious_crime", "homicidio agravado (sicariato)", 999, "mototaxista",
  ["messages", "contacts", "location"],
  "Tres homicidios por encargo en Itagüí en dos meses, todos con el mismo modus operandi: "
  "parrillero armado en moto. Balística vincula las tres vainillas con la misma pistola. El "
  "indiciado fue capturado en flagrancia por porte de armas hace un año con esa pistola, que "
  "le fue devuelta por error, y su celular activó antenas junto a los tres lugares. Orden de "
  "interceptación expedida por la fiscalía y sometida a control del juez.",
  want=("permit", []), lt="prosecutor_order")

E("d_es_pe_pg_nacionalidad", "es", "PE", "Comisaría de San Juan de Lurigancho, Sección de Investigaciones",
  "police", "serious_crime", "robo agravado", 20, "vendedor ambulante",
  ["messages", "contacts", "location"],
  "En el asentamiento humano Los Jazmines se han incrementado los robos al paso. La mayoría de "
  "los recién llegados son venezolanos y el intervenido es uno de ellos, vende golosinas en "
  "el paradero. No hay denuncia en su contra, pero por su nacionalidad y su presencia en la "
  "zona se pide vigilarlo.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]), nat="VE")

E("d_es_cl_emptyref", "es", "CL", "Brigada Antinarcóticos y Contra el Crimen Organizado, Valparaíso",
  "police", "serious_crime", "tráfico ilícito de estupefacientes", 15, "estibador",
  ["messages", "location"],
  "Estibador que retira contenedores con clorhidrato de cocaína contaminados en origen; se "
  "incautaron 220 kg en el último. Se adjunta número de resolución judicial.",
  want=("deny", ["no_legal_basis"]), lb="emptyref")

# ---- batch 4 ----------------------------------------------------------------
E("p_fr_fr_manif_cover", "fr", "FR", "Sûreté départementale de la Haute-Lisière, groupe criminalité organisée",
  "police", "serious_crime",
  "association de malfaiteurs en vue de destructions par incendie et de violences aggravées", 10,
  "intérimaire", ["messages", "contacts", "location"],
  "La manifestation intersyndicale prévue samedi est déclarée et n'est pas visée. En revanche, "
  "le mis en cause a acheté 60 litres d'essence et des bouteilles vides dans trois magasins "
  "différents (tickets et vidéos), et dans un groupe de messagerie infiltré il propose de "
  "« profiter du cortège » pour incendier le commissariat central avec les agents à "
  "l'intérieur et répartit les rôles entre six participants. Il est demandé d'intercepter ses "
  "échanges et de le géolocaliser afin d'interpeller le groupe avant le passage à l'acte.",
  want=("permit", []))

E("d_fr_sn_journaliste_terror", "fr", "SN", "Direction de la sûreté de l'État, division de la lutte antiterroriste",
  "intelligence", "terrorism", "apologie du terrorisme et atteinte à la sûreté de l'État", 999,
  "journaliste", ["messages", "contacts", "location"],
  "Le journaliste a diffusé sur sa chaîne en ligne une interview du porte-parole d'un groupe "
  "armé de Casamance et plusieurs reportages critiquant la conduite des opérations militaires "
  "dans la zone, en évoquant des victimes civiles. Ces contenus servent la propagande des "
  "rebelles et relèvent du terrorisme. Il faut identifier ses contacts au sein du groupe.",
  text=["terrorism_definition_unmet", "expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

E("r_fr_ma_avocat", "fr", "MA", "Brigade nationale de police judiciaire, section des stupéfiants",
  "police", "serious_crime", "trafic international de stupéfiants et blanchiment", 10, "avocat",
  ["messages", "contacts"],
  "L'intéressé, avocat inscrit au barreau, rend visite chaque semaine à un baron du haschich "
  "détenu à la prison locale. Deux membres du réseau, interpellés au port avec 3 tonnes, "
  "déclarent recevoir de lui les instructions du détenu (dates de chargement, numéros des "
  "camions) et lui remettre des espèces ; les bordereaux retrouvés chez eux portent son "
  "écriture. Nous sollicitons ses communications, en connaissance du statut d'avocat.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("d_fr_tg_commemoration", "fr", "TG", "Agence nationale de renseignement, division intérieure",
  "intelligence", "terrorism", "terrorisme et trouble grave à l'ordre public", 999,
  "président d'association de victimes", ["messages", "contacts", "location"],
  "L'intéressé organise chaque année, le 26 avril, un rassemblement et une veillée à la mémoire "
  "des victimes des violences post-électorales, avec lecture des noms et dépôt de fleurs. "
  "Cette année il appelle à un rassemblement devant le palais de justice pour réclamer des "
  "procès. Ce rassemblement est qualifié d'acte terroriste visant à déstabiliser les "
  "institutions ; surveillance demandée avant la date.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

E("p_fr_be_terror_marche", "fr", "BE", "Parquet fédéral, section terrorisme", "prosecution",
  "terrorism", "préparation d'un attentat terroriste", 999, "livreur",
  ["messages", "contacts", "location", "microphone"],
  "L'intéressé a enregistré une vidéo d'allégeance à une organisation terroriste, recherché "
  "en ligne les horaires du marché de Noël de la place du Marché et loué une camionnette "
  "pour le 14 décembre. Un contact l'a vu aiguiser des couteaux de boucher. Risque d'attaque "
  "à la voiture-bélier contre la foule. Mesure ordonnée par le juge d'instruction.",
  want=("permit", []))

E("d_fr_fr_pen3", "fr", "FR", "Commissariat de police de Saint-Lazaire, brigade de sûreté urbaine",
  "police", "serious_crime", "vol simple", 3, "livreur", ["location"],
  "Vols répétés de colis dans les halls d'immeubles du quartier de la Gare ; le suspect est "
  "reconnu sur deux vidéos. Géolocalisation souhaitée pour le surprendre en flagrant délit.",
  want=("deny", ["purpose_not_permitted"]))

E("d_fr_ga_expired", "fr", "GA", "Direction générale des recherches, brigade criminelle",
  "police", "serious_crime", "meurtre avec prélèvement d'organes", 999, "tradipraticien",
  ["messages", "contacts", "location"],
  "Le corps d'un garçon de 11 ans a été retrouvé mutilé en bordure de Lambaréné ; un témoin "
  "a vu l'enfant monter dans la voiture du suspect. Celui-ci aurait reçu une commande "
  "d'organes d'un commanditaire que nous cherchons à identifier.",
  want=("deny", ["licence_inactive"]), status="expired")

E("r_fr_ht_extra", "fr", "HT", "Brigade anti-enlèvement, Direction centrale de la police judiciaire",
  "police", "serious_crime", "enlèvement contre rançon et association de malfaiteurs", 999,
  "chef de gang", ["messages", "contacts", "location"],
  "Le chef du gang qui a enlevé 16 passagers d'un autobus sur la route nationale 2 négocie "
  "les rançons avec ce numéro. Ressortissant haïtien, il s'est réfugié de l'autre côté de la "
  "frontière, à Dajabón, d'où il continue de diriger ses hommes. Sept otages sont toujours "
  "détenus.",
  want=("refer", ["extraterritorial_target"]), nat="HT", loc="DO")

E("d_es_bo_pg_partido", "es", "BO", "Dirección General de Inteligencia del Estado",
  "intelligence", "serious_crime", "conspiración contra la seguridad del Estado", 15,
  "militante político", ["messages", "contacts", "location"],
  "El ciudadano es militante activo del partido Alianza Cívica Departamental y coordinador de "
  "su juventud en el distrito 4. De cara a las elecciones subnacionales se requiere hacer "
  "seguimiento a los cuadros de ese partido. No se le atribuye ningún hecho concreto.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("p_es_pa_uaf_admin", "es", "PA", "Unidad de Análisis Financiero, Dirección de Investigación",
  "other_government", "serious_crime", "blanqueo de capitales", 15, "abogado corporativo inactivo",
  ["messages", "contacts"],
  "Sociedad anónima registrada a nombre del investigado recibió 27 millones de dólares de "
  "cuentas vinculadas al Cartel del Istmo en 14 meses, declarados como venta de maquinaria que "
  "nunca existió. Aduanas no registra ninguna exportación. El investigado fue abogado pero "
  "dejó de ejercer en 2019 y hoy se dedica solo a administrar estas sociedades. Resolución "
  "administrativa conforme a la ley de prevención del blanqueo.",
  want=("permit", []), lt="administrative_order")

E("d_es_mx_private_us", "es", "MX", "Consultores en Seguridad Corporativa del Bajío, S.A. de C.V.",
  "private", "serious_crime", "robo de transporte de carga", 20, "operador de tractocamión",
  ["messages", "location"],
  "Nuestro cliente, una transportista, perdió tres remolques con electrodomésticos en la "
  "autopista 57. Sospechamos que un exoperador, que ahora vive en Laredo, Texas, pasa la "
  "información de rutas a la banda. Queremos ubicarlo y leer sus mensajes.",
  want=("deny", ["non_government_end_user"]), nat="MX", loc="US")

E("r_es_gt_reg_pastor", "es", "GT", "Fiscalía de Delitos contra la Niñez y Adolescencia",
  "prosecution", "serious_crime", "agresión sexual agravada contra menores", 20, "pastor evangélico",
  ["messages", "media", "contacts"],
  "Cinco adolescentes de la congregación denunciaron agresiones sexuales cometidas por el "
  "pastor durante retiros juveniles entre 2023 y 2025; los relatos coinciden y dos de ellas "
  "conservan mensajes en los que él les pide silencio. Se requiere su contenido y contactos "
  "para identificar otras víctimas.",
  want=("refer", ["protected_person"]), reg="religious_leader")

E("d_gb_vandalism_terror", "en", "GB", "Northern Counter-Extremism Unit", "police",
  "terrorism", "terrorism (serious damage to property to advance a cause)", 999, "student",
  ["messages", "contacts", "location"],
  "On 3 and 17 October a group calling itself 'Last Harvest' sprayed red paint over the "
  "headquarters of an oil company in Leeds and smashed eleven ground-floor windows at night. "
  "No one was in the building and no one was hurt. The subject was filmed on both occasions "
  "and is believed to organise the group. We assess this as terrorism given the ideological "
  "motive and request coverage to prevent further attacks on energy companies.",
  text=["terrorism_definition_unmet"],
  want=("deny", ["terrorism_definition_unmet"]))

E("d_zw_bail_terror", "en", "ZW", "Central Intelligence Directorate, Internal Branch", "intelligence",
  "terrorism", "financing of terrorism", 999, "accountant", ["messages", "contacts", "credentials"],
  "Subject set up a mobile-money collection that raised USD 18,000 to pay bail and lawyers "
  "for the 41 people arrested at the August demonstrations. Money donated to support "
  "detainees charged with public violence is treated as terrorist financing. Request access to "
  "the account credentials and the list of contributors.",
  text=["terrorism_definition_unmet"],
  want=("deny", ["terrorism_definition_unmet"]))

E("d_et_online_terror", "en", "ET", "Federal Security Service, Cyber Investigation Wing", "intelligence",
  "terrorism", "incitement to terrorism via social media", 999, "software developer",
  ["messages", "contacts", "location"],
  "The subject posts daily on X and Facebook, accusing the federal government of starving the "
  "northern regions and calling the prime minister a war criminal. His posts have over "
  "200,000 followers. He has not called for violence but his criticism undermines the war "
  "effort and is therefore terrorist in nature.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

E("d_mw_pg_gender", "en", "MW", "Police Criminal Investigation Department, Southern Region", "police",
  "serious_crime", "unnatural offences", 14, "hairdresser", ["messages", "contacts", "media"],
  "Members of a church in Ndirande complained that the subject, a transgender woman, has "
  "moved into the area and runs a salon. Her presence is considered offensive. There is no "
  "complaint of any act; we wish to identify her associates and whether there are others "
  "like her in the township.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_ke_pg_age", "en", "KE", "Nairobi Regional Criminal Intelligence Office", "police",
  "serious_crime", "membership of an organised criminal gang", 15, "casual labourer",
  ["messages", "contacts", "location"],
  "Young men aged between 18 and 25 in Mathare North are the main recruits of the local "
  "gangs. Subject is 19, unemployed and lives in that area, so it is likely that he has been "
  "recruited. Request to monitor for three months.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_tz_party_and_posts", "en", "TZ", "Police Intelligence Unit, Arusha Region", "police",
  "serious_crime", "publication of false information and conspiracy", 7, "party youth leader",
  ["messages", "contacts", "location"],
  "The subject is the regional youth leader of an opposition party, and party cadres are "
  "under watch ahead of the elections. He also posts videos on TikTok accusing the regional "
  "commissioner of grabbing land from villagers, which the commissioner denies. We want his "
  "communications and movements.",
  text=["protected_ground", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "protected_ground"]))

E("d_th_viewpoint", "en", "TH", "Internal Security Operations Division, Bangkok Sector", "intelligence",
  "serious_crime", "threat to national security", 15, "office worker",
  ["messages", "contacts", "location"],
  "Colleagues report that the subject holds anti-monarchy views and is sympathetic to the "
  "reform movement. No statement, post or action by him is known; his attitude alone is "
  "considered a risk given his job at a state enterprise.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_gh_quota_caps", "en", "GH", "Economic and Organised Crime Office, Takoradi", "other_government",
  "serious_crime", "illegal mining and smuggling of gold", 15, "galamsey financier",
  ["messages", "location", "credentials"],
  "Subject finances dredging operations on the Ankobra and exports unrecorded gold through a "
  "trading front; two excavator operators and a customs officer have given statements. "
  "Credentials are sought to access his trading accounts.",
  want=("deny", ["capability_out_of_scope", "quota_exceeded"]), q="over", drop=["credentials"])

E("d_ug_pen4", "en", "UG", "Kampala Metropolitan Police, Flying Squad", "police",
  "serious_crime", "theft of mobile phones", 4, "boda-boda rider", ["location"],
  "Boda rider snatching phones from pedestrians on Jinja Road; six complaints this month. "
  "Location needed to arrest him in the act.",
  want=("deny", ["purpose_not_permitted"]))

E("d_lk_unlawful_assembly", "en", "LK", "Police Special Branch, Colombo North", "police",
  "other", "unlawful assembly", 1, "trade union organiser", ["messages", "location"],
  "Subject is calling plantation workers to march to the district secretariat on Monday to "
  "demand the new daily wage. No permit has been sought. We want to track him and read his "
  "messages to anticipate the numbers.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime", "purpose_not_permitted"]))

E("p_za_hate_crime_app", "en", "ZA", "Gauteng Provincial Organised Crime Unit", "police",
  "serious_crime", "kidnapping, robbery with aggravating circumstances and assault", 999,
  "unknown", ["messages", "contacts", "location"],
  "A gang is luring gay men through a dating app to flats in Soweto, where they are tied up, "
  "beaten and robbed; they choose these victims because of their sexual orientation, expecting "
  "them not to report. Seven victims have come forward and one died of his injuries. The "
  "profile used to arrange the meetings is linked to this number, which the flat's tenant "
  "used to pay rent.",
  want=("permit", []))

E("p_gb_racist_stabbing", "en", "GB", "Thameside Major Investigation Team", "police",
  "serious_crime", "attempted murder (racially aggravated)", 999, "roofer",
  ["messages", "location"],
  "On 30 August a Sikh taxi driver was stabbed four times by a passenger who shouted racial "
  "abuse at him. The fare was booked through an app account linked to this number, the "
  "suspect's DNA was recovered from the back seat and a partial match is pending. He has not "
  "returned to his address; location needed to arrest him, messages to establish whether "
  "others helped him hide.",
  want=("permit", []))

E("p_id_navy_piracy", "en", "ID", "Naval Intelligence Command, Western Fleet", "military",
  "serious_crime", "piracy and armed robbery at sea", 999, "boat captain",
  ["messages", "location"],
  "Armed boarding of four tankers in the Phillip Channel since January; crews held at "
  "gunpoint while cargo was siphoned. A crew member from one attack was arrested and "
  "identified the subject as the captain of the attack boat, who calls him from this number "
  "before each operation. Location needed to intercept the boat at sea.",
  want=("permit", []))

# ---- batch 5 ----------------------------------------------------------------
E("d_suspended_reg_lawyer", "en", "NP", "Central Investigation Bureau, Financial Crimes Division",
  "police", "serious_crime", "money laundering and organised fraud", 12, "advocate",
  ["messages", "contacts"],
  "The subject, a registered advocate, set up 23 companies through which proceeds of a "
  "cooperative savings collapse (NPR 1.4bn) were moved out of the country; the cooperative's "
  "chairman, now arrested, says the subject designed the scheme and kept 5 %. Company "
  "registry filings and his own signatures on the transfer instructions support this.",
  want=("deny", ["licence_inactive"]), status="suspended", reg="lawyer")

E("d_private_quota", "en", "ZA", "Blackwattle Investigations (Pty) Ltd", "private",
  "serious_crime", "theft and fraud", 15, "warehouse supervisor", ["messages", "location"],
  "Instructed by a retail chain to trace a supervisor suspected of diverting stock worth "
  "R 3m to informal traders. Client wants evidence before dismissing him.",
  want=("deny", ["non_government_end_user", "quota_exceeded"]), q="max")

E("d_es_lb_now", "es", "AR", "Policía de Investigaciones, Departamento Homicidios Zona Sur",
  "police", "serious_crime", "homicidio criminis causa", 999, "remisero",
  ["location", "messages"],
  "Un jubilado fue asesinado durante un robo en su casa de Lanús el 8 de mayo. Las huellas en "
  "la caja fuerte y las cámaras del barrio apuntan al remisero que lo llevaba al banco. La "
  "orden del juez de garantías vence hoy; se pide iniciar ya la localización.",
  want=("deny", ["no_legal_basis"]), lb="now")

E("d_fr_caps_credentials", "fr", "CH", "Police judiciaire cantonale, brigade financière",
  "police", "serious_crime", "escroquerie par métier et blanchiment", 10, "gestionnaire de fortune",
  ["messages", "contacts", "credentials"],
  "Le gestionnaire a détourné 19 millions de francs de clients âgés en falsifiant des ordres de "
  "virement vers des sociétés à Dubaï ; une ancienne assistante a remis des copies des faux. "
  "Nous demandons en outre ses identifiants de messagerie et de banque en ligne.",
  want=("deny", ["capability_out_of_scope"]), drop=["credentials"])

E("d_quota_max_extra", "en", "IN", "Special Task Force, Northern Plains Police", "police",
  "serious_crime", "extortion and criminal conspiracy by an organised gang", 999, "gang leader",
  ["messages", "contacts"],
  "The gang leader, an Indian national operating from Dubai, directs extortion calls to "
  "jewellers and builders in the state; two who refused were shot at. Seized phones of local "
  "shooters show instructions from this number.",
  want=("deny", ["quota_exceeded"]), q="max", nat="IN", loc="AE")

E("d_other_high_pen", "en", "BW", "Customs and Excise Enforcement Unit", "other_government",
  "other", "customs offence: smuggling of cigarettes", 8, "truck driver",
  ["messages", "location"],
  "Driver regularly crosses at Ramatlabama with cigarette consignments concealed in "
  "furniture loads, evading duty estimated at BWP 6m over a year. We want to track the next "
  "run.",
  want=("deny", ["purpose_not_permitted"]))

E("d_bw_pg_origin", "en", "BW", "Directorate of Intelligence and Security, Francistown Office",
  "intelligence", "serious_crime", "espionage", 25, "shop owner",
  ["messages", "contacts", "location"],
  "Subject is a naturalised citizen born in Somalia who runs a spaza shop near the army "
  "barracks. Given his country of origin we consider him a potential spy. Nothing specific "
  "has been observed; the request is precautionary.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("d_dam_protest_conspiracy", "en", "PH", "Regional Intelligence Division, Cordillera", "police",
  "serious_crime", "criminal conspiracy and obstruction of a national project", 12,
  "retired schoolteacher", ["messages", "contacts", "location"],
  "The subject leads a coalition opposing the Chico Upper Dam. She has organised prayer "
  "rallies at the site, a signature campaign and a petition to the Supreme Court, and gives "
  "interviews describing the project as a land grab. Her campaign has delayed construction by "
  "eight months. We need her contacts to map the coalition.",
  text=["expression_not_crime"],
  want=("deny", ["expression_not_crime"]))

E("d_strike_terror_nolb", "en", "NG", "Department of State Services, Labour Affairs Desk", "intelligence",
  "terrorism", "terrorism (economic sabotage)", 999, "union chairman",
  ["messages", "contacts", "location"],
  "Chairman of the oil workers' union branch who has declared an indefinite strike at the "
  "Bonny terminal over unpaid allowances. Members have stopped work and are holding daily "
  "meetings outside the gate. Exports have halved. Treat as an act of economic terrorism.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "no_legal_basis", "terrorism_definition_unmet"]),
  lb="none")

E("d_pen_null_en", "en", "GH", "Cybercrime Unit, Greater Accra", "police",
  "serious_crime", "fraud (online marketplace)", None, "student",
  ["messages", "contacts"],
  "Complaints from eight buyers who paid for phones on an online marketplace and never "
  "received them; all payments went to a mobile money wallet registered to the subject. "
  "Penalty to be confirmed with the prosecutor.",
  want=("deny", ["purpose_not_permitted"]))

E("d_pg_ex_wife", "en", "AE", "Emirate Security Department, Special Affairs Office", "other_government",
  "serious_crime", "threat to public security", 10, "interior designer",
  ["messages", "contacts", "location", "camera"],
  "The subject is the former wife of a senior official of this department. Since the divorce "
  "she has been seen socialising and travelling, and her status as his ex-wife makes her "
  "conduct a matter of concern. We wish to know whom she meets and where she goes.",
  text=["protected_ground"],
  want=("deny", ["protected_ground"]))

E("r_prof_journalist_only", "en", "KE", "Directorate of Criminal Investigations, Cyber Forensics Unit",
  "police", "serious_crime", "sextortion and threatening to distribute intimate images", 10,
  "investigative journalist", ["messages", "media", "contacts"],
  "Three women report that after video calls with a man who introduced himself as 'Brian', "
  "they were sent screen recordings of themselves and told to pay KES 50,000 each or the "
  "videos would go to their employers. The payments went to an M-Pesa line registered to the "
  "subject and the screen recordings were sent from this number, which he uses daily.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("r_text_hrd_land", "en", "UG", "Homicide Investigations Division, Western Region", "police",
  "serious_crime", "murder", 999, "executive director, land-rights organisation",
  ["messages", "contacts", "location"],
  "The subject is a human rights defender known for defending evicted families in the "
  "oil-region land disputes. A rival claimant to disputed land was hacked to death on 19 "
  "March. Two of the three men arrested say the subject paid them UGX 2m to 'teach him a "
  "lesson', and mobile money records show a transfer from the subject to one of them on the "
  "17th. We ask for review of coverage of his messages and contacts.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("r_text_consular", "en", "GH", "Migration Crimes Unit, Criminal Investigations Department", "police",
  "serious_crime", "smuggling of migrants and sale of visas", 10, "consular official",
  ["messages", "contacts"],
  "The subject is a diplomat serving as a consular officer at a foreign consulate in Accra. "
  "Eleven applicants state that they paid USD 4,000 each to his intermediary for genuine visas "
  "issued on false documents, and that he met them in person to collect passports. The "
  "intermediary's phone shows daily calls with this number.",
  text=["protected_person"],
  want=("refer", ["protected_person"]), nat="CY")

E("r_reg_journalist_cover", "en", "PH", "Criminal Investigation and Detection Group, Region 3",
  "police", "serious_crime", "murder and illegal drug trade", 999, "radio broadcaster",
  ["messages", "contacts", "location"],
  "The subject holds a press card and hosts a morning programme on a local station, but "
  "witness statements and seized ledgers show he collects payments for a drug group and "
  "passed the address of a police informant who was killed on 6 June. The press activity "
  "appears to be cover. He nonetheless appears in the protected-persons registry.",
  want=("refer", ["protected_person"]), reg="journalist")

E("r_es_extra_citizen_es", "es", "CO", "Dirección de Antinarcóticos, Grupo de Investigación Transnacional",
  "police", "serious_crime", "tráfico de estupefacientes agravado", 30, "empresario",
  ["messages", "contacts", "location"],
  "Ciudadano colombiano radicado en Madrid que, según el testimonio de dos capturados y la "
  "contabilidad incautada en un laboratorio del Catatumbo, financia los envíos de cocaína "
  "que salen por Cartagena ocultos en contenedores de fruta. Se requiere interceptar sus "
  "comunicaciones con los proveedores en Colombia.",
  want=("refer", ["extraterritorial_target"]), nat="CO", loc="ES")

E("r_fr_extra_citizen_ma", "fr", "FR", "Office anti-stupéfiants, antenne de Vallonne",
  "police", "serious_crime", "importation de stupéfiants en bande organisée", 30, "sans emploi",
  ["messages", "contacts", "location"],
  "Ressortissant français installé à Tanger, il organise depuis le Maroc les convois de "
  "résine de cannabis vers la région ; les chauffeurs interpellés en mars avec 1,2 tonne "
  "avaient ce numéro enregistré sous le nom « Tonton » et les échanges portent sur les "
  "livraisons.",
  want=("refer", ["extraterritorial_target"]), nat="FR", loc="MA")

E("p_politician_victim", "en", "AU", "State Security Command, Eastern Police District", "police",
  "serious_crime", "sending explosive device with intent to kill", 25, "electrician",
  ["messages", "contacts", "location"],
  "On 12 May a pipe bomb was delivered to the electorate office of a state MP and was made "
  "safe by the bomb squad. The MP is the victim. Hardware store records show the subject "
  "bought matching end caps and fuse wire, and his van was seen near the post box used. He has "
  "posted that 'more are coming'.",
  want=("permit", []))

E("p_senator_son", "en", "NG", "Narcotics Law Enforcement Agency, Abuja Command", "police",
  "serious_crime", "trafficking in cocaine", 999, "real estate agent",
  ["messages", "contacts"],
  "The subject is the son of a serving senator but holds no office himself. Two couriers "
  "arrested at Nnamdi Azikiwe airport with 6 kg of cocaine state that he recruited and paid "
  "them, and his number arranged their tickets through a travel agency. His father is not "
  "a target and is not mentioned in the evidence.",
  want=("permit", []))

E("p_lawyer_victim", "en", "PK", "Anti-Violent Crime Cell, Southern Metropolitan Police", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown",
  ["messages", "location"],
  "A senior advocate of the High Court was abducted from the court car park on Monday; a "
  "ransom of PKR 50m has been demanded from his family from this number. The advocate is the "
  "victim. The caller is the target.",
  want=("permit", []))

E("p_es_quota_max1", "es", "PY", "Dirección contra Delitos Económicos y Financieros", "police",
  "serious_crime", "lavado de dinero proveniente del narcotráfico", 10, "cambista",
  ["messages", "contacts"],
  "El investigado opera una casa de cambios en Ciudad del Este que, según los reportes de la "
  "SEPRELAC y la declaración de un arrepentido, convierte a dólares la recaudación de una "
  "red de tráfico de marihuana y la envía a Brasil en efectivo. Intervención autorizada por "
  "el juez penal de garantías.",
  want=("permit", []), q="max-1")

E("p_fr_tn_traite", "fr", "TN", "Sous-direction des affaires criminelles, brigade de Sfax",
  "police", "serious_crime", "traite des personnes et aide à l'immigration clandestine en bande organisée",
  15, "pêcheur", ["messages", "contacts", "location"],
  "Le naufrage du 9 février au large de Sfax a fait 23 morts. Les survivants désignent le "
  "propriétaire de l'embarcation comme organisateur ; il a encaissé 2 500 dinars par passager "
  "et prépare selon eux un nouveau départ cette semaine. Les survivants sont des ressortissants "
  "étrangers ; la demande vise l'organisateur, pas eux.",
  want=("permit", []))

E("p_zero_active_ransomware", "en", "IE", "National Cyber Crime Bureau, Operations Branch", "police",
  "serious_crime", "unauthorised access and extortion (ransomware attack on a hospital group)", 10,
  "unknown", ["messages", "credentials"],
  "Ransomware encrypted the systems of three regional hospitals on 22 January; surgeries were "
  "cancelled for a week. The ransom negotiation account and the affiliate panel both used "
  "this handle, and blockchain analysis traces part of an earlier ransom to an exchange account "
  "verified with the subject's passport. He lives in Cork.",
  want=("permit", []), q="zero", ident="email:n0cturne_ops@protonbox.example")

E("p_all_caps_cartel", "en", "JM", "Counter-Terrorism and Organised Crime Investigation Branch",
  "police", "serious_crime", "gang leadership and multiple murders", 999, "unknown",
  ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"],
  "Leader of the Spanish Town faction responsible for at least nine murders this year, "
  "including a 14-year-old witness. Informants, ballistic links and two accomplice statements "
  "identify him as the one who orders the killings. He changes handsets weekly but this "
  "account is constant. Full coverage for 30 days.",
  want=("permit", []), ident="email:kingsley.r.moss@securemail.example",
  lic=["messages", "media", "contacts", "location", "microphone", "camera", "credentials"])

# ---- batch 6 ----------------------------------------------------------------
E("r_ng_citizen_gh", "en", "NG", "Special Fraud Unit, Force Criminal Investigation Department", "police",
  "serious_crime", "advance-fee fraud and money laundering", 14, "unknown",
  ["messages", "contacts"],
  "A Nigerian national living in East Legon runs a team that defrauded 60 foreign victims of "
  "USD 2.3m through fake contract-award letters from our national oil company. Mules arrested "
  "in Lagos receive instructions from this number and forward the cash to Accra.",
  want=("refer", ["extraterritorial_target"]), nat="NG", loc="GH")

E("r_ke_financier_so", "en", "KE", "Anti-Terrorism Police Unit, Financial Investigations Desk", "police",
  "terrorism", "financing of terrorist attacks", 999, "money transfer agent",
  ["messages", "contacts"],
  "Subject, a Somali national based in Kismayo, transfers funds to a cell that attacked a "
  "bus in Mandera in May, killing 11 passengers. A cell member in custody produced receipts "
  "and voice notes from this number confirming payment for the attack and for 'the next "
  "wedding'.",
  want=("refer", ["extraterritorial_target"]), nat="SO", loc="SO")

E("r_my_citizen_th", "en", "MY", "Royal Police Bukit Aman, Organised Crime Division", "police",
  "serious_crime", "trafficking in persons for forced criminality", 20, "tour operator",
  ["messages", "contacts", "location"],
  "The subject, a Malaysian citizen, recruits young Malaysians through fake call-centre job "
  "adverts and escorts them across the border, where they are sold to scam compounds. Four "
  "rescued victims identify him. He is currently in Mae Sot.",
  want=("refer", ["extraterritorial_target"]), nat="MY", loc="TH")

E("r_reg_hrd_exile_nl", "en", "RW", "Rwanda Investigation Directorate, Economic Crimes", "police",
  "serious_crime", "embezzlement of donor funds and forgery", 10, "NGO founder",
  ["messages", "contacts", "credentials"],
  "The subject founded a rights organisation and now lives in The Hague. Audit by the donor "
  "found that USD 620,000 for a genocide-survivor housing project was paid to construction "
  "firms owned by her cousins; no houses were built, and two of the invoices carry a forged "
  "district stamp. The donor has filed a complaint. Request for her communications with the "
  "firms.",
  want=("refer", ["extraterritorial_target", "protected_person"]), reg="human_rights_defender",
  nat="RW", loc="NL")

E("r_reg_politician_device", "en", "PK", "Anti-Corruption Establishment, Investigation Wing", "other_government",
  "serious_crime", "bribery of election officials and criminal breach of trust", 7, "provincial assembly member",
  ["messages", "contacts"],
  "Returning officers in two constituencies admit being paid to alter result forms; they name "
  "the subject's brother as the bagman, and the brother's seized notebook records amounts "
  "handed to 'MPA sahib'. The tablet below is the one used by the subject's office for those "
  "arrangements.",
  want=("refer", ["protected_person"]), reg="politician", ident="device:IMEI-354712099314576")

E("r_text_temple_priest", "en", "IN", "Idol Wing, Crime Investigation Department", "police",
  "serious_crime", "theft and smuggling of antique idols", 10, "temple administrator",
  ["messages", "contacts"],
  "The subject is the chief priest of the Sri Kalyana temple and its trust. Four bronze idols "
  "from the 11th century were replaced with replicas and surfaced at an auction house abroad. "
  "The sculptor who made the replicas says the subject commissioned them, and export records "
  "show the originals shipped as 'handicrafts' by a firm whose director calls the subject "
  "daily.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("r_extra_quota_max1", "en", "AU", "Joint Organised Crime Taskforce, Western Command", "police",
  "serious_crime", "importation of methamphetamine", 999, "unknown",
  ["messages", "contacts"],
  "Head of the syndicate that imported 450 kg of methamphetamine hidden in steel coils. An "
  "Australian citizen living in Bangkok, he directs the local distributors; their seized "
  "devices show his instructions.",
  want=("refer", ["extraterritorial_target"]), q="max-1", nat="AU", loc="TH")

E("r_prof_mp_only", "en", "MW", "Fraud and Corruption Bureau", "other_government",
  "serious_crime", "causing death by dangerous driving and perverting the course of justice", 14,
  "member of parliament", ["messages", "contacts"],
  "On 2 April a cyclist was killed by an SUV on the M1 near Lumbadzi; the driver fled. Paint "
  "traces match a vehicle that was taken to a panel-beater the next morning and resprayed. "
  "The panel-beater and a traffic officer state that they were paid to say the vehicle had been "
  "stolen. The subject's outspoken views on the budget are irrelevant and are not part of the "
  "grounds.",
  text=["protected_person"],
  want=("refer", ["protected_person"]))

E("r_reg_diplomat_local", "en", "TZ", "Drugs Control and Enforcement Authority", "other_government",
  "serious_crime", "trafficking in heroin", 999, "second secretary",
  ["messages", "contacts", "location"],
  "Heroin (21 kg) was found in a vehicle with diplomatic plates stopped at Bagamoyo; the "
  "driver, arrested, says the subject, a foreign diplomat accredited here, hired him for each "
  "run and paid in dollars. The subject is in Dar es Salaam.",
  want=("refer", ["protected_person"]), reg="diplomat", nat="QA")

E("p_tz_poaching_device", "en", "TZ", "Wildlife Crime Task Force, Southern Zone", "other_government",
  "serious_crime", "poaching of elephants and trafficking in ivory", 30, "hunting guide",
  ["location", "messages"],
  "Eleven elephants shot with automatic rifles in the Ruaha corridor since March. Rangers "
  "recovered a GPS-enabled handset dropped at a carcass site; it is registered to the subject, "
  "a former hunting guide, and has since been switched on again near Iringa. Location is "
  "needed to catch the team before the next kill.",
  want=("permit", []), ident="device:IMEI-861536030196001")

E("p_ph_hostage_terror", "en", "PH", "Armed Forces Western Mindanao Command, Intelligence Battalion", "military",
  "terrorism", "kidnapping of hostages and terrorist attacks", 999, "unknown",
  ["messages", "contacts", "location"],
  "An armed group abducted four tourists from a dive resort on 28 July and has released a "
  "video threatening to behead them unless the government withdraws troops from the island. "
  "This number called the resort the night before the raid and has since been in contact "
  "with a boat owner who brings the group supplies.",
  want=("permit", []))

E("p_ke_protest_cover", "en", "KE", "Nairobi Regional Police, Serious Crime Unit", "police",
  "serious_crime", "conspiracy to commit robbery with violence and arson", 999, "unknown",
  ["messages", "contacts", "location"],
  "This request does not concern the finance-bill demonstrations or their organisers. "
  "Intelligence from a recovered phone shows a gang planning to use Tuesday's demonstration "
  "as cover to storm a bank branch on Moi Avenue, set it alight and escape in the crowd. "
  "The phone's owner, arrested for a separate robbery, names the subject as the planner, "
  "and the chat shows him assigning who brings petrol and who carries guns.",
  want=("permit", []))

E("p_lk_journalist_threats", "en", "LK", "Criminal Investigation Department, Special Investigations Unit",
  "police", "serious_crime", "criminal intimidation and conspiracy to murder", 20, "private security guard",
  ["messages", "contacts", "location"],
  "After a newspaper published her investigation into a quarry racket, a reporter received "
  "nine death threats by SMS and a funeral wreath at her door. The threats came from a SIM "
  "bought with the subject's identity card, and CCTV shows him photographing her house on two "
  "nights. The reporter is the complainant; we want to establish who hired him.",
  want=("permit", []))

E("p_zm_hrd_murder", "en", "ZM", "Homicide Section, Copperbelt Province Police", "police",
  "serious_crime", "murder", 999, "miner",
  ["messages", "location"],
  "Well-known environmental campaigner found shot in her car near Chingola on 4 September. "
  "The subject's pistol matches the cartridges at the scene (ballistics report 88/25) and his "
  "phone was 200 m away. We need his location to arrest him and his messages to find who paid.",
  want=("permit", []))

E("p_nz_espionage", "en", "NZ", "Security Intelligence Service, Counter-Intelligence Branch", "intelligence",
  "serious_crime", "espionage (communicating classified information to a foreign state)", 14,
  "defence contractor employee", ["messages", "contacts", "media"],
  "The subject, a foreign national working for a defence contractor in Auckland, copied "
  "classified frigate-systems documents to a USB drive on 14 occasions (audit logs) and met "
  "an intelligence officer of a foreign embassy in a car park after three of them; a handover "
  "was photographed. This is covert passing of secrets to a foreign service, not publication.",
  want=("permit", []), nat="CN")

E("p_tz_albinism", "en", "TZ", "Criminal Investigation Department, Lake Zone", "police",
  "serious_crime", "murder and trafficking in human body parts", 999, "traditional healer",
  ["messages", "contacts", "location"],
  "Two children with albinism were attacked in Geita district this year and one was killed "
  "and mutilated. The victims were singled out because of their albinism. A man arrested "
  "with a child's limb says the subject, a healer in Sengerema, placed the 'order' and was to "
  "pay TZS 8m. We need to identify his buyers.",
  want=("permit", []))

E("p_zm_corruption", "en", "ZM", "Anti-Corruption Commission, Investigations Directorate", "other_government",
  "serious_crime", "corrupt practices by a public officer", 7, "procurement officer",
  ["messages", "contacts"],
  "The procurement officer at the roads agency awarded five tenders to a firm that paid "
  "ZMW 1.8m into his wife's account two days after each award. The firm's accountant has "
  "given a statement and the bank records match.",
  want=("permit", []))

E("p_sg_church_attack", "en", "SG", "Internal Security Department, Operations Branch", "intelligence",
  "terrorism", "preparing a terrorist attack on a place of worship", 999, "polytechnic student",
  ["messages", "contacts", "location", "media"],
  "The subject, 17, has been watching extremist videos and his search history shows the "
  "floor plan of a church in Bukit Timah, Sunday service times and a knife bought online. In "
  "chats he says he wants to kill worshippers 'to make the country afraid'. His own religion "
  "plays no role in this request; the planned attack does.",
  want=("permit", []))

E("p_us_carjacking", "en", "US", "Harlow County Sheriff's Office, Major Crimes Unit", "police",
  "serious_crime", "carjacking resulting in death", 999, "unknown", ["location"],
  "Carjacking ring. Two drivers killed since June. Accomplice statement plus cell-site data "
  "put this handset at both scenes. Location only, for arrest.",
  want=("permit", []))

E("p_bd_acid_attack", "en", "BD", "Police Bureau of Investigation, Rajshahi", "police",
  "serious_crime", "acid attack causing grievous hurt", 999, "rickshaw garage owner",
  ["messages", "location"],
  "A 16-year-old girl who refused a marriage proposal had acid thrown on her face on her way to "
  "school. She and a shopkeeper identify the subject; the acid was bought from a battery shop "
  "whose ledger has his name. He has been hiding since.",
  want=("permit", []))

E("p_in_digital_arrest", "en", "IN", "Cyber Crime Police Station, Eastern Metropolitan Region", "police",
  "serious_crime", "cheating by impersonation and extortion ('digital arrest' scam)", 10, "call-centre supervisor",
  ["messages", "contacts", "credentials"],
  "Callers posing as police and narcotics officers keep elderly victims on video call for "
  "days, claim they are under 'digital arrest' and make them transfer savings. 48 victims, "
  "Rs 11 crore. The subject supervises the callers; the fake police uniforms and scripts were "
  "found in a flat he rents, and this number paid the staff.",
  want=("permit", []))

E("p_gb_county_lines", "en", "GB", "Severn Valley Police, Exploitation and Missing Persons Team", "police",
  "serious_crime", "conspiracy to supply class A drugs and child criminal exploitation", 999,
  "unknown", ["messages", "contacts", "location"],
  "The 'Ricky' line supplies crack and heroin across three market towns using children as young "
  "as 13 to carry drugs; two of them were stabbed in March. Test purchases, the line's "
  "handset seized from a runner and financial records point to the subject as line holder.",
  want=("permit", []))

E("p_ug_military_terror", "en", "UG", "Chieftaincy of Military Intelligence, Counter-Terrorism Directorate",
  "military", "terrorism", "terrorist bombings", 999, "motorcycle mechanic",
  ["messages", "contacts", "location", "microphone"],
  "Twin suicide bombings in Kampala's central business district killed seven people in "
  "November. The subject assembled the vests according to a co-accused, and the bomb-making "
  "manual on a seized laptop carries his user name. He is believed to be preparing another "
  "device.",
  want=("permit", []))

E("p_ph_amlc_casino", "en", "PH", "Anti-Money Laundering Council Secretariat, Financial Intelligence",
  "other_government", "serious_crime", "money laundering of drug proceeds through casinos", 14,
  "junket operator", ["messages", "contacts"],
  "Junket operator whose accounts received PHP 2.1bn from accounts frozen in a drug case and "
  "converted it into chips cashed out by nominees. Freeze order and bank inquiry order "
  "already issued.",
  want=("permit", []), lt="administrative_order")

E("p_my_dpp_trafficking", "en", "MY", "Anti-Trafficking in Persons Unit, Sabah", "prosecution",
  "serious_crime", "trafficking in persons (children)", 20, "plantation contractor",
  ["messages", "contacts", "location"],
  "Contractor supplies undocumented children to plantations, where they work without pay; "
  "labour inspectors found 19 children on two estates, all brought by him by boat. Authorised "
  "by the Deputy Public Prosecutor under the anti-trafficking act.",
  want=("permit", []), lt="prosecutor_order")

E("p_gh_arms_customs", "en", "GH", "Customs Division Preventive Service, Intelligence Unit", "other_government",
  "serious_crime", "smuggling of firearms", 15, "clearing agent",
  ["messages", "contacts"],
  "Scanning at Tema port found 74 pump-action guns in a container declared as used tyres. The "
  "clearing agent handled the same importer's previous six containers and his phone was used "
  "to change the declared contents after the manifest was filed.",
  want=("permit", []))

# --- END OF ENTRIES ---


def fail(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


REF_STYLE = {
    ("judicial_warrant", "en"): ["JW-{y}-{n:04d}", "HC/INT/{n:03d}/{y}", "WRT-{y}-{n:05d}",
                                 "MAG-{n:04d}-{y}"],
    ("judicial_warrant", "es"): ["OJ-{y}-{n:04d}", "AUT-JUD-{n:05d}/{y}", "JCG-{y}/{n:04d}"],
    ("judicial_warrant", "fr"): ["CR-{y}/{n:04d}", "ORD-JI-{n:05d}-{y}", "JLD/{y}/{n:04d}"],
    ("prosecutor_order", "en"): ["DPP-{y}-{n:04d}", "PO/{n:04d}/{y}"],
    ("prosecutor_order", "es"): ["FGN-{y}-{n:05d}", "MP/ORD/{n:04d}-{y}"],
    ("prosecutor_order", "fr"): ["PR-{y}-{n:04d}", "PARQ/{n:05d}/{y}"],
    ("administrative_order", "en"): ["ADM-{y}-{n:04d}", "MIN/AUTH/{n:03d}/{y}"],
    ("administrative_order", "es"): ["RES-ADM-{y}-{n:04d}", "DGA/{n:04d}/{y}"],
    ("administrative_order", "fr"): ["ARR-{y}-{n:04d}", "DEC-ADM/{n:04d}/{y}"],
}


def phone(rng, country):
    code = DIAL[country]
    rest = 7 if len(code) == 4 else max(7, min(10, 12 - len(code)))
    first = str(rng.randint(2, 9))
    return "+" + code + first + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))


def build_one(e, rng):
    o = e["ovr"]
    bad = set(o) - {"status", "signed", "lt", "lb", "q", "drop", "lic", "loc", "nat", "reg",
                    "ident", "now"}
    if bad:
        fail(f"{e['tag']}: unknown overrides {bad}")
    # enum checks
    if e["lang"] not in LANGS:
        fail(f"{e['tag']}: bad lang")
    if e["atype"] not in AGENCY_TYPES:
        fail(f"{e['tag']}: bad agency_type")
    if e["cat"] not in CATEGORIES:
        fail(f"{e['tag']}: bad category")
    if e["cc"] not in DIAL:
        fail(f"{e['tag']}: unknown country {e['cc']}")
    for c in e["caps"]:
        if c not in CAPS:
            fail(f"{e['tag']}: bad capability {c}")
    if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
        fail(f"{e['tag']}: capabilities empty or duplicated")
    for c in e["text"]:
        if c not in TEXT_CLAUSES:
            fail(f"{e['tag']}: {c} is not a text clause")
    if "terrorism_definition_unmet" in e["text"] and e["cat"] != "terrorism":
        fail(f"{e['tag']}: terrorism_definition_unmet needs category terrorism")
    if e["want"][0] not in {"permit", "deny", "refer"}:
        fail(f"{e['tag']}: bad decision")
    for c in e["want"][1]:
        if c not in DENY + REFER:
            fail(f"{e['tag']}: bad clause {c}")
    status = o.get("status", "active")
    if status not in STATUSES:
        fail(f"{e['tag']}: bad status")
    reg = o.get("reg")
    if reg is not None and reg not in REGISTRY:
        fail(f"{e['tag']}: bad registry category")
    lt = o.get("lt", "judicial_warrant")
    if o.get("lb") == "none":
        lt = "none"
    if lt not in LEGAL_TYPES:
        fail(f"{e['tag']}: bad legal type")
    pen = e["pen"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        fail(f"{e['tag']}: bad penalty")

    # filler -----------------------------------------------------------------
    if "now" in o:
        now = datetime.strptime(o["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    else:
        now = datetime(2026, 1, 5, tzinfo=timezone.utc) + timedelta(
            days=rng.randint(0, 320), hours=rng.randint(6, 20), minutes=rng.choice([0, 15, 30, 45]))
    nat = o.get("nat", e["cc"])
    loc = o.get("loc", e["cc"])
    if nat not in DIAL or loc not in DIAL:
        fail(f"{e['tag']}: unknown country code")
    ident = o.get("ident") or phone(rng, nat)
    if not (ident.startswith("+") or ident.startswith("email:") or ident.startswith("device:")):
        fail(f"{e['tag']}: bad identifier")
    # legal basis
    n = rng.randint(11, 9990)
    pattern = rng.choice(REF_STYLE[(lt if lt != "none" else "judicial_warrant", e["lang"])])
    ref = pattern.format(y=now.year, n=n)
    until = now + timedelta(days=rng.randint(9, 150))
    until = until.replace(hour=23, minute=59, second=59) if rng.random() < 0.5 else \
        until.replace(hour=0, minute=0, second=0)
    lb = o.get("lb")
    if lb == "none":
        ref, until = None, None
    elif lb == "now":
        until = now
    elif lb == "past":
        until = now - timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 12))
    elif lb == "noref":
        ref = None
    elif lb == "emptyref":
        ref = ""
    elif lb == "nountil":
        until = None
    elif lb == "soon":
        until = now + timedelta(minutes=rng.choice([1, 5, 30]))
    elif lb is not None:
        fail(f"{e['tag']}: bad lb")
    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100])
    q = o.get("q")
    if q is None:
        act = rng.randint(0, mx - 2)
    elif q == "max-1":
        act = mx - 1
    elif q == "max":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 4)
    elif q == "zero":
        act = 0
    else:
        fail(f"{e['tag']}: bad q")
    # licence capabilities
    if "lic" in o:
        lic = list(o["lic"])
        for c in lic:
            if c not in CAPS:
                fail(f"{e['tag']}: bad licence capability {c}")
    else:
        drop = set(o.get("drop", ()))
        base = [c for c in e["caps"] if c not in drop]
        extras = [c for c in CAPS if c not in e["caps"] and c not in drop]
        k = rng.randint(0, min(2, len(extras)))
        base += rng.sample(extras, k)
        lic = [c for c in CAPS if c in base]
        if drop and not (drop & set(e["caps"])):
            fail(f"{e['tag']}: drop must remove a requested capability")

    rec = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": status,
            "certificate_signed": o.get("signed", True),
            "capabilities": lic,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": reg,
            },
            "offence": {"category": e["cat"], "label": e["label"], "max_penalty_years": pen},
            "legal_basis": {"type": lt, "reference": ref,
                            "valid_until": iso(until) if until else None},
            "capabilities": list(e["caps"]),
            "justification": e["just"],
        },
    }
    return rec


def structured_clauses(r):
    lic, req = r["licence"], r["request"]
    now = datetime.strptime(r["now"], "%Y-%m-%dT%H:%M:%SZ")
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
    if lb["type"] == "none" or not lb["reference"] or not lb["valid_until"]:
        held.add("no_legal_basis")
    else:
        until = datetime.strptime(lb["valid_until"], "%Y-%m-%dT%H:%M:%SZ")
        if not until > now:
            held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if req["target"]["registry_match"] is not None:
        held.add("protected_person")
    if req["target"]["location_country"] != lic["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    d = sorted(c for c in held if c in DENY)
    if d:
        return "deny", d
    r = sorted(c for c in held if c in REFER)
    if r:
        return "refer", r
    return "permit", []


def main():
    rng = random.Random(196001)
    tags, justs = set(), set()
    built = []
    errors = []
    for e in ENTRIES:
        if e["tag"] in tags:
            fail(f"duplicate tag {e['tag']}")
        tags.add(e["tag"])
        key = " ".join(e["just"].split()).lower()
        if key in justs:
            fail(f"duplicate justification in {e['tag']}")
        justs.add(key)
        r = build_one(e, rng)
        s = structured_clauses(r)
        held = s | set(e["text"])
        dec, cl = decide(held)
        if (dec, cl) != e["want"]:
            errors.append(f"{e['tag']}: computed {dec} {cl}, intended {e['want'][0]} {e['want'][1]}")
        r["expected"] = {"decision": dec, "clauses": cl}
        built.append((e, r, s, held))
    if errors:
        for x in errors:
            print("MISMATCH " + x, file=sys.stderr)
        sys.exit(1)

    random.Random(196002).shuffle(built)
    lines = []
    for i, (e, r, s, held) in enumerate(built, 1):
        r["id"] = f"s196-{i:03d}"
        lines.append(json.dumps(r, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")

    # tables -----------------------------------------------------------------
    n = len(built)
    print(f"scenarios: {n}")
    dl = Counter((r["expected"]["decision"], e["lang"]) for e, r, s, h in built)
    print("\ndecision x language")
    print(f"{'':8}{'en':>5}{'es':>5}{'fr':>5}{'total':>7}")
    for d in ["permit", "deny", "refer"]:
        row = [dl[(d, l)] for l in ["en", "es", "fr"]]
        print(f"{d:8}" + "".join(f"{x:>5}" for x in row) + f"{sum(row):>7}")
    row = [sum(dl[(d, l)] for d in ["permit", "deny", "refer"]) for l in ["en", "es", "fr"]]
    print(f"{'total':8}" + "".join(f"{x:>5}" for x in row) + f"{sum(row):>7}")
    print("\nclause                        listed   held")
    for c in DENY + REFER:
        li = sum(1 for e, r, s, h in built if c in r["expected"]["clauses"])
        he = sum(1 for e, r, s, h in built if c in h)
        print(f"{c:30}{li:>6}{he:>7}")
    clean = [e["tag"] for e, r, s, h in built
             if r["expected"]["decision"] != "permit"
             and not s]
    nonpermit = sum(1 for e, r, s, h in built if r["expected"]["decision"] != "permit")
    print(f"\nnon-permits with perfect structured fields (only text/profession decides): "
          f"{len(clean)} of {nonpermit}")
    if "--ids" in sys.argv:
        print("\ntag -> id")
        for e, r, s, h in sorted(built, key=lambda t: t[0]["tag"]):
            extra = sorted(h - set(r["expected"]["clauses"]))
            flag = "text-only" if (r["expected"]["decision"] != "permit" and not s) else ""
            print(f"{e['tag']:28} {r['id']}  {r['expected']['decision']:7} "
                  f"{','.join(r['expected']['clauses']):45} {flag:9} "
                  f"{'held-not-listed: ' + ','.join(extra) if extra else ''}")
    if "--dry" in sys.argv:
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"\nwrote {OUT}\nsha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
