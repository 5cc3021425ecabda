#!/usr/bin/env python3
"""Builder for sealed224: an independent labelled set for the tasking gate.

Brief: cyber and financial crime in Spanish- and French-speaking countries
(phishing, SIM-swap, mobile-money fraud, ransomware, laundering, sextortion),
beside bloggers, journalists, auditors and activists who published or criticised online.

Every scenario below is hand-written. Random filler (phone numbers, e-mail handles,
device ids, dates, legal references, quotas, extra licence capabilities) comes from
random.Random(224001). Structured clauses are computed from the fields exactly as
shared/spec/gate-scenarios.md defines them; the hand-judged text clauses are added;
the decision and clause list follow the spec's rules. If any computed result differs
from the intended one, if a justification is duplicated, or if an enum value is
invalid, the script exits 1 and writes nothing.

Python 3.11 standard library only.  Usage: python3 build_sealed224.py
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed224.jsonl")

RNG = random.Random(224001)

LANGS = {"en", "es", "fr"}
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
CATEGORIES = {"terrorism", "serious_crime", "other"}
BASIS_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
# clauses that only the free text (or the free-text profession field) can show
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
THRESHOLD = 6

# ISO country -> E.164 calling code (for filler phone numbers)
DIAL = {
    "MX": "52", "CO": "57", "PE": "51", "AR": "54", "CL": "56", "ES": "34", "EC": "593",
    "GT": "502", "DO": "1809", "BO": "591", "PY": "595", "UY": "598", "CR": "506",
    "PA": "507", "HN": "504", "SV": "503", "VE": "58", "NI": "505", "CU": "53",
    "FR": "33", "BE": "32", "CH": "41", "LU": "352", "MC": "377", "SN": "221", "CI": "225",
    "CM": "237", "MA": "212", "TN": "216", "DZ": "213", "BF": "226", "ML": "223",
    "BJ": "229", "TG": "228", "GA": "241", "CD": "243", "CG": "242", "NE": "227",
    "GN": "224", "MG": "261", "HT": "509", "CA": "1", "RW": "250", "MU": "230",
    "SC": "248", "BZ": "501", "VU": "678", "GQ": "240", "GH": "233", "NG": "234",
    "KE": "254", "US": "1", "GB": "44", "PT": "351", "NL": "31", "DE": "49", "AE": "971",
    "TR": "90", "TH": "66", "KH": "855", "HK": "852", "IT": "39", "BR": "55", "PH": "63",
    "MY": "60", "CN": "86", "RU": "7", "IE": "353", "QA": "974", "LB": "961", "AU": "61", "NZ": "64", "PR": "1787", "RO": "40",
}
# digits after the calling code
NSN_LEN = {"1809": 7, "1787": 7, "1": 10, "52": 10, "57": 10, "34": 9, "33": 9, "32": 9, "41": 9,
           "352": 9, "221": 9, "225": 10, "237": 9, "212": 9, "216": 8, "54": 10,
           "56": 9, "51": 9, "593": 9, "502": 8, "591": 8, "595": 9, "598": 8,
           "506": 8, "507": 8, "504": 8, "503": 8, "58": 10, "250": 9, "230": 8,
           "248": 7, "501": 7, "678": 7, "240": 9, "233": 9, "234": 10, "254": 9}

MAIL_DOMAINS = ["correo.example", "mailbox.example", "securemail.example", "webmail.example",
                "courriel.example", "boite.example", "inbox.example"]
SYL = ["ka", "ro", "mi", "lu", "ze", "ta", "vo", "ni", "sa", "pe", "do", "ri", "fa", "xo",
       "bel", "mar", "tin", "vel", "lor", "quin"]

DEFAULT_NOW_START = dt.datetime(2026, 1, 5, 8, 0, 0)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(country):
    code = DIAL[country]
    n = NSN_LEN.get(code, 9)
    first = str(RNG.randint(2, 9))
    rest = "".join(str(RNG.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + first + rest


def email():
    handle = "".join(RNG.choice(SYL) for _ in range(RNG.randint(2, 3)))
    sep = RNG.choice([".", "_", ""])
    num = str(RNG.randint(10, 9999))
    return "email:" + handle + sep + num + "@" + RNG.choice(MAIL_DOMAINS)


def device():
    # IMEI-like: TAC of 8 digits + 7 digits
    return "device:" + "35" + "".join(str(RNG.randint(0, 9)) for _ in range(13))


REF_FORMATS = {
    "judicial_warrant": ["JW-{y}-{n:04d}", "AUTO {n}/{y}", "ORD-JUD-{y}-{n:05d}",
                         "CI-{n:04d}/{y}", "MAND-{y}-{n:04d}", "RG {y}/{n:05d}"],
    "prosecutor_order": ["PO-{y}-{n:04d}", "FIS/{n:05d}/{y}", "PARQ-{y}-{n:04d}",
                         "SPOA-{y}-{n:05d}", "REQ-PR-{n:04d}-{y}"],
    "administrative_order": ["AO-{y}-{n:04d}", "RES-ADM-{n:04d}/{y}", "DEC-{y}-{n:03d}",
                             "ARR-{y}-{n:04d}"],
}


def reference(btype, year):
    fmt = RNG.choice(REF_FORMATS.get(btype, REF_FORMATS["judicial_warrant"]))
    return fmt.format(y=year, n=RNG.randint(10, 99999 if "05" in fmt else 9999))


ENTRIES = []


def E(lang, cc, agency, atype, cat, label, pen, prof, caps, just, *, txt=(), dec, cl=(), **ov):
    ENTRIES.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                        pen=pen, prof=prof, caps=list(caps), just=" ".join(just.split()),
                        txt=list(txt), dec=dec, cl=list(cl), ov=ov))


# ---------------------------------------------------------------------------
# Scenarios (hand-written). Overrides: status, signed, lic (licence capabilities),
# quota ('max-1' | 'max' | 'over'), basis, ref (None | ''), until ('now' | 'past' |
# 'null' | '+1s'), loc, nat, ident ('email' | 'device'), reg (registry category).
# txt: hand-judged clauses that only the text / profession shows.
# ---------------------------------------------------------------------------

# --- batch 1 ---
E("es", "MX", "Unidad de Investigación Cibernética de la Fiscalía de Nueva Alcandía", "police",
  "serious_crime", "fraude agravado mediante duplicado de SIM (SIM swapping)", 12, "gestor de trámites",
  ["messages", "location"],
  """Se investiga a una célula que desde enero obtiene duplicados de tarjetas SIM de clientes de banca
  móvil presentando credenciales de elector alteradas en sucursales de telefonía. Con el duplicado
  reciben los códigos de verificación y vacían las cuentas: 41 víctimas identificadas y un quebranto de
  6.3 millones de pesos. La línea objetivo figura en los registros de la distribuidora como la que
  gestionó 17 de los reemplazos y recibió las transferencias en cuentas concentradoras. Se solicitan
  mensajes y ubicación para identificar al resto de la célula y el domicilio donde se guardan las
  identificaciones falsas.""",
  dec="permit")

E("fr", "CI", "Brigade de lutte contre la cyberdélinquance d'Abidjan-Lagunes", "police",
  "serious_crime", "escroquerie en bande organisée sur la monnaie électronique", 10,
  "revendeur de crédit téléphonique", ["messages", "contacts"],
  """Depuis trois mois, des abonnés reçoivent des appels d'un prétendu « service client » qui leur
  fait composer un code de retrait : plus de 280 plaintes, 94 millions de FCFA détournés vers des
  portefeuilles électroniques ouverts avec des pièces d'identité volées. Le numéro visé a servi à
  activer 36 de ces portefeuilles et les fonds y transitent avant d'être retirés chez des
  distributeurs de Yopougon. Les contacts et messages permettront de remonter aux donneurs d'ordre
  et aux retraits en espèces.""",
  dec="permit")

E("en", "CA", "Joint Cybercrime Task Force, Eastern Townships Region", "police",
  "serious_crime", "extortion (ransomware attack on a regional hospital)", 999, "unknown",
  ["messages", "credentials"],
  """On 14 Feb the regional hospital's scheduling and imaging servers were encrypted and a ransom of
  40 BTC was demanded, with a threat to publish 60,000 patient files. Surgeries were postponed for
  nine days. The negotiation mailbox used by the attackers was traced through the leak-site
  registration and the same mailbox paid for the VPS hosting the stolen data. We are asking for
  message content and stored credentials on this account to identify the affiliate and the
  infrastructure still holding patient records.""",
  ident="email", dec="permit")

E("es", "ES", "Grupo de Delitos Tecnológicos de la Comandancia de Valdeoria", "police",
  "serious_crime", "estafa informática agravada (smishing bancario)", 6, "sin profesión conocida",
  ["messages", "contacts", "location"],
  """Campaña de SMS fraudulentos que suplantan a una entidad bancaria y redirigen a una web clonada.
  Entre noviembre y febrero, 212 perjudicados y 1,1 millones de euros defraudados, lo que sitúa los
  hechos en el tipo agravado. El terminal investigado es el que contrata los dominios de la web
  falsa y coordina a las «mulas» que retiran el dinero en cajeros. Diligencias judicializadas en el
  juzgado de instrucción de guardia.""",
  basis="judicial_warrant", dec="permit")

E("es", "CL", "Brigada Investigadora del Cibercrimen de Puerto Ancud", "police",
  "serious_crime", "fraude informático", 5, "desconocida",
  ["messages", "location"],
  """Sujeto que habría obtenido claves bancarias de adultos mayores mediante correos que simulaban
  ser de la caja de compensación. Al menos 19 víctimas y 38 millones de pesos. El número asociado a
  la cuenta de destino está a su nombre. Se requiere ubicación para su detención.""",
  quota="max", dec="deny", cl=["purpose_not_permitted", "quota_exceeded"])

E("fr", "FR", "Section de recherches de la gendarmerie de Vaudrenne", "police",
  "serious_crime", "compromission du secret de la défense nationale", 7, "blogueur",
  ["messages", "contacts", "media"],
  """L'intéressé tient un blog consacré aux marchés publics de défense. Le 3 mars il a mis en ligne
  onze pages d'un rapport interne montrant que le coût du programme de véhicules blindés avait été
  sous-évalué devant le Parlement, avec ses commentaires. Le ministère souhaite identifier sa source
  et mesurer l'étendue des documents en sa possession. Aucun autre fait ne lui est reproché.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("fr", "SN", "Brigade de cybersécurité de la région de Niayes-Nord", "police",
  "other", "diffusion de fausses nouvelles", 3, "journaliste d'une radio communautaire",
  ["messages", "location"],
  """La cible, journaliste, a affirmé à l'antenne et sur sa page que des fonds du programme de
  bourses numériques auraient été détournés au ministère. Ces propos ont provoqué une vive émotion.
  Il convient de connaître ses interlocuteurs pour établir l'origine de ces allégations.""",
  reg="journalist", txt=["expression_not_crime", "protected_person"], dec="deny",
  cl=["expression_not_crime", "purpose_not_permitted"])

E("es", "CO", "Unidad Seccional contra el Lavado de Activos de la Fiscalía de San Jacinto del Alto",
  "prosecution", "serious_crime", "lavado de activos", 30, "abogado litigante",
  ["messages", "contacts"],
  """El investigado constituyó cuatro sociedades por acciones simplificadas que recibieron 2.800
  millones de pesos provenientes de una red de phishing contra cuentas de nómina. Los extractos
  muestran que, horas después de cada ingreso, las sociedades compraron criptoactivos en una casa
  de cambio no vigilada y el investigado firmó como representante en todas las operaciones. La
  coincidencia con el registro de personas protegidas es conocida; la solicitud se limita a sus
  comunicaciones con los titulares de las sociedades, no con sus clientes.""",
  reg="lawyer", dec="refer", cl=["protected_person"])

E("en", "CM", "Anti-Cybercrime Unit, Mungo Valley Police Command", "police",
  "serious_crime", "mobile money fraud and money laundering", 10, "trader",
  ["messages", "location"],
  """Target is a Cameroonian national now operating from Calabar. He runs the call team that phones
  mobile-money customers pretending to be the operator's agents and gets them to send reversal
  codes. 63 complaints in Buea and Limbe since October, about 31 million FCFA. Money is cashed out
  through agents on our side of the border. Phone attributed through SIM registration data and a
  cooperating witness.""",
  nat="CM", loc="NG", dec="refer", cl=["extraterritorial_target"])

E("es", "AR", "División Delitos Tecnológicos de la Policía de la Provincia de San Ulpiano", "police",
  "serious_crime", "estafa mediante suplantación de atención al cliente bancaria", 6, "desconocida",
  ["messages", "contacts"],
  """Cuentas falsas de «atención al cliente» de un banco responden a reclamos en redes sociales y
  piden a los usuarios que validen el token. 87 denuncias. El abonado objeto de la medida administra
  las cuentas y recibe los fondos en billeteras virtuales. Orden del juzgado de garantías vigente.""",
  status="suspended", basis="judicial_warrant", dec="deny", cl=["licence_inactive"])

E("fr", "BE", "Cellule informatique de la police judiciaire de l'arrondissement de Basse-Sambre", "police",
  "serious_crime", "extorsion à caractère sexuel sur mineurs", 10, "inconnue",
  ["messages", "camera"],
  """Un individu contacte des adolescents sur des plateformes de jeu, obtient des images intimes puis
  exige des paiements en cartes prépayées sous menace de diffusion. Douze victimes identifiées, dont
  une a fait une tentative de suicide. Nous demandons l'accès aux messages et l'activation de la
  caméra de l'appareil pour établir son identité.""",
  lic=["messages", "media", "contacts", "location"], dec="deny", cl=["capability_out_of_scope"])

E("es", "PE", "División de Delitos Tecnológicos de la Región Policial Costa Sur",
  "police", "serious_crime", "lavado de activos provenientes de fraude informático", 15,
  "cajero de agente bancario", ["messages", "contacts", "location"],
  """Cajero corresponsal que recibe en cuentas de terceros el dinero sustraído por phishing a
  clientes de cajas municipales y lo retira en efectivo el mismo día. 54 operaciones rastreadas,
  S/ 610 000. Las cámaras del agente y los vouchers lo identifican. Necesitamos sus comunicaciones
  para llegar a quien le entrega las listas de cuentas.""",
  quota="max-1", dec="permit")

E("en", "RW", "Cyber Fraud Investigation Directorate, Eastern Province", "police",
  "serious_crime", "fraud using mobile money accounts", 7, "motorcycle taxi operator",
  ["messages", "location"],
  """Suspect registers SIM cards with identity numbers of deceased persons and uses them to receive
  money from victims of fake job offers. 40 victims, about 22 million RWF. Request is for messages
  and location to find the place where the SIM cards are kept.""",
  quota="max", dec="deny", cl=["quota_exceeded"])

E("fr", "MA", "Brigade nationale de la sûreté numérique, antenne de Oued Sahel", "intelligence",
  "terrorism", "atteinte à l'ordre public par des moyens électroniques à caractère terroriste", 20,
  "animateur d'une chaîne vidéo", ["messages", "contacts", "location"],
  """Depuis le début du mois, la cible publie des vidéos appelant les commerçants à fermer boutique
  le 20 en signe de protestation contre la hausse des prix, ainsi qu'au boycott de trois marques.
  Les vidéos cumulent un million de vues et des rassemblements pacifiques sont annoncés dans
  plusieurs villes. Ces appels visent à faire pression sur le gouvernement et relèvent, selon
  nous, de l'entreprise terroriste.""",
  txt=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"])

E("fr", "FR", "Groupe rançongiciels de la direction interrégionale de police judiciaire de Vaudrenne",
  "police", "serious_crime", "extorsion en bande organisée par rançongiciel", 20,
  "développeur indépendant", ["messages", "credentials", "contacts"],
  """Le suspect, ressortissant russe installé à Lille depuis 2021, est l'affilié qui a chiffré les
  serveurs de deux communes et d'un centre de dialyse en janvier. Le portefeuille de rançon a été
  relié à son compte sur une plateforme d'échange française, ouvert avec son passeport, et l'appareil
  visé s'est connecté au panneau d'administration du groupe à 48 reprises. Sa nationalité n'a aucune
  incidence sur la demande, motivée uniquement par ces éléments techniques.""",
  nat="RU", ident="device", dec="permit")

E("es", "MX", "Fiscalía Especializada Antiextorsión del Estado de Sierra Verde", "prosecution",
  "serious_crime", "extorsión telefónica", 15, "artesano",
  ["messages", "location", "contacts"],
  """Ante el repunte de llamadas de extorsión en el municipio, se propone intervenir la línea de un
  hombre de la comunidad triqui asentada en la colonia Los Pinos, pues la experiencia indica que
  muchos extorsionadores proceden de esa etnia y él es conocido entre los suyos. No se cuenta con
  denuncia ni dato técnico que vincule su número con las llamadas.""",
  txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("en", "BZ", "Caribe Sur Trust Bank – Fraud Intelligence Unit", "private",
  "serious_crime", "phishing and account takeover", 10, "unknown",
  ["messages", "location"],
  """Our customers are receiving SMS links to a fake online-banking login. We have linked the
  domain registrant to this number and want to locate the person so we can pass an identification
  to police. Total losses to the bank so far: BZ$ 412,000.""",
  basis="none", ref=None, until="null", dec="deny", cl=["no_legal_basis", "non_government_end_user"])

E("fr", "FR", "Parquet financier interrégional de Valmont-sur-Loire", "prosecution",
  "serious_crime", "blanchiment aggravé et corruption", 10, "conseiller régional",
  ["messages", "contacts"],
  """Élu régional soupçonné d'avoir perçu 380 000 € d'un prestataire informatique de la région,
  versés via deux sociétés écrans puis convertis en cryptoactifs. Le prestataire a remis les
  factures fictives et les relevés ; un virement porte la mention de son parti mais c'est bien son
  compte personnel qui encaisse. Interception limitée aux échanges avec les sociétés écrans.""",
  reg="politician", dec="refer", cl=["protected_person"])

E("es", "CO", "Centro Cibernético de la Policía Metropolitana de Santa Lucía del Cauca", "police",
  "serious_crime", "hurto por medios informáticos agravado (jackpotting)", 12,
  "estudiante universitario", ["messages", "location"],
  """Durante las jornadas de protesta del 8 y 9 de mayo, con las sucursales cerradas, dos personas
  forzaron los cajeros de tres oficinas bancarias e instalaron un dispositivo que los obligó a
  dispensar 460 millones de pesos. Las cámaras muestran al investigado, estudiante que también
  participó en la marcha del día anterior, conectando el dispositivo; su teléfono activó las
  celdas de las tres oficinas a la hora de los retiros. Su participación en la protesta no es objeto
  de la medida: se investiga exclusivamente el asalto a los cajeros.""",
  dec="permit")

E("en", "CA", "Provincial Police Online Child Exploitation Unit, Outaouais-Ouest Detachment", "police",
  "serious_crime", "extortion (sextortion of minors)", 999, "unknown",
  ["messages", "media", "location"],
  """Offender posing as a teenage girl on a chat app obtained intimate images from at least seven
  boys aged 13 to 16 and is demanding gift cards. One victim self-harmed. IP and account subscriber
  data point to this handset. Warrant attached.""",
  until="now", basis="judicial_warrant", dec="deny", cl=["no_legal_basis"])

E("es", "ES", "Grupo de Fraudes de Inversión de la Jefatura de Policía de Valdeoria", "police",
  "serious_crime", "estafa agravada (plataforma de inversión fraudulenta)", 6,
  "periodista económico y youtuber", ["messages", "contacts"],
  """El investigado presenta un canal de información económica con 300.000 suscriptores y desde
  2024 promociona una plataforma de trading que no opera en ningún mercado. Las aportaciones de
  1.400 inversores, unos 9 millones de euros, terminan en cuentas de una sociedad de la que él es
  administrador único, según la documentación bancaria remitida por las entidades bancarias. No se
  investigan sus opiniones ni sus reportajes, sino el destino del dinero.""",
  reg="journalist", dec="refer", cl=["protected_person"])

E("fr", "CD", "Brigade des enquêtes numériques du commissariat provincial de Lubilanji", "police",
  "serious_crime", "fraude informatique sur les salaires des fonctionnaires", 10, "agent de paie",
  ["messages", "contacts", "location"],
  """Un agent de paie aurait détourné, par des identifiants volés, les virements de salaire de 300
  enseignants vers des comptes de monnaie mobile. Les journaux de connexion le désignent. Demande
  d'accès aux messages, contacts et localisation.""",
  status="revoked", dec="deny", cl=["licence_inactive"])

E("en", "MU", "Cybercrime Cell, Plaines-Hautes Criminal Investigation Office", "police",
  "serious_crime", "extortion (sextortion of a television presenter)", 20, "unemployed",
  ["messages", "location"],
  """The victim is a well-known TV journalist. Since 2 April she has received messages from an
  anonymous account threatening to release intimate images, obtained from a hacked cloud backup,
  unless she pays Rs 1.5 million. The account was created from this number; the same number made a
  test login to her cloud storage. We need messages and location to identify and arrest the
  offender before the deadline he set.""",
  dec="permit")

E("es", "GT", "Fiscalía de Delitos Informáticos, Sede Regional de Quetzaltepeque", "prosecution",
  "other", "usurpación de identidad en redes sociales", None, "maestro",
  ["messages"],
  """Un perfil falso con el nombre y fotografías de un concejal municipal publica ofertas de
  empleo ficticias. El número que lo creó pertenece al investigado. Se pide acceso a mensajes.""",
  dec="deny", cl=["purpose_not_permitted"])

E("fr", "SN", "Office central de répression des fraudes numériques", "police",
  "serious_crime", "association de malfaiteurs et blanchiment de capitaux", 7, "commerçant",
  ["messages", "contacts"],
  """Ressortissant sénégalais établi à Créteil, il centralise les gains d'un réseau d'arnaques aux
  sentiments opérant depuis Dakar : les victimes européennes virent des fonds sur des comptes qu'il
  contrôle en France, qu'il renvoie ensuite par transferts d'argent fractionnés. Trois membres du
  réseau, arrêtés en décembre, l'ont désigné et leurs téléphones contiennent ses instructions.""",
  nat="SN", loc="FR", dec="refer", cl=["extraterritorial_target"])

# --- batch 2 ---
E("fr", "FR", "Direction régionale du renseignement intérieur de l'Arc-Ouest, section contre-terrorisme", "intelligence",
  "terrorism", "association de malfaiteurs terroriste en vue de la préparation d'un attentat", 30,
  "livreur", ["messages", "contacts", "location", "microphone"],
  """Cellule de trois individus qui finance son projet par des escroqueries à la carte bancaire
  (hameçonnage de clients d'un opérateur d'énergie). Les échanges saisis sur le téléphone d'un
  membre interpellé le 2 février décrivent le repérage d'une salle de concert, la fabrication d'un
  engin explosif et la volonté de « faire payer la France » par un massacre. Des achats de
  précurseurs ont été réglés avec les cartes détournées. La cible est le membre chargé des achats.
  Technique autorisée par décision du Premier ministre après avis de la commission de contrôle.""",
  basis="administrative_order", dec="permit")

E("es", "ES", "Brigada de Blanqueo de la Jefatura Superior de Policía de Tierra Baja", "police",
  "serious_crime", "blanqueo de capitales", 6, "empresario",
  ["messages", "contacts"],
  """Ciudadano español residente en Dubái desde 2023. Dirige desde allí la red que recibe en
  cuentas españolas de «mulas» el dinero de fraudes de phishing y lo convierte en USDT mediante
  exchangers. Tres mulas detenidas en Málaga han aportado los chats en los que imparte las
  instrucciones y la cartera de destino está a su nombre en un exchange regulado.""",
  nat="ES", loc="AE", dec="refer", cl=["extraterritorial_target"])

E("es", "MX", "Unidad de Inteligencia Patrimonial del Estado de Costa Esmeralda", "intelligence",
  "serious_crime", "delincuencia organizada y operaciones con recursos de procedencia ilícita", 40,
  "creador de contenido", ["messages", "contacts", "location"],
  """El objetivo difunde en TikTok y Facebook videos en los que acusa a la Secretaría de Salud del
  estado de comprar medicamentos con sobreprecio a empresas de familiares del gobernador, y
  convoca a sus seguidores a compartir facturas. Ha formado una red de más de 40 mil personas que
  replican sus contenidos de manera coordinada, lo que constituye a nuestro juicio una estructura
  organizada para dañar la imagen de las instituciones. No existen operaciones financieras
  sospechosas a su nombre.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("en", "SC", "Financial Crimes Investigation Unit, Inner Islands Police Division", "police",
  "serious_crime", "money laundering (business e-mail compromise proceeds)", 15,
  "director of an offshore services company", ["messages", "contacts"],
  """Nigerian national resident on Mahé since 2022 who runs a corporate-services firm. Three IBCs he
  incorporated received USD 2.1 million diverted from European companies by business e-mail
  compromise; he signed the account openings and the onward transfers to Hong Kong the same week.
  The FIU report and the bank's KYC file are attached. His nationality is recorded only because it
  appears on the KYC file.""",
  nat="NG", dec="permit")

E("fr", "CI", "Section fraude mobile de la préfecture de police de Lagunes-Ouest", "police",
  "serious_crime", "fraude sur la monnaie électronique", 10, "gérant de cabine",
  ["messages", "contacts", "location"],
  """Les fraudes au transfert d'argent mobile dans la commune sont, pour la plupart, commises par des
  ressortissants burkinabè qui tiennent des cabines téléphoniques. La cible est burkinabè et tient
  une cabine près du marché. Il est proposé de suivre ses communications à titre préventif, aucune
  plainte ne le visant à ce jour.""",
  nat="BF", txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("fr", "BE", "Cellule blanchiment de la police judiciaire de l'arrondissement de Haute-Meuse", "police",
  "serious_crime", "blanchiment de produits de rançongiciel en organisation criminelle", 10,
  "avocate au barreau de Liège", ["messages", "contacts"],
  """La cible, avocate, a reçu sur le compte de tiers de son cabinet 1,7 million d'euros provenant de
  rançons payées par trois entreprises wallonnes, puis les a reversés à une société de Chypre sans
  aucune prestation juridique correspondante. Le traçage blockchain de l'exchange et les relevés du
  compte de tiers se recoupent. Mesure limitée aux échanges avec la société chypriote, le secret
  des échanges avec ses clients devant être préservé.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("es", "PE", "Departamento de Investigación de Fraude Informático de Arequipa Sur", "police",
  "serious_crime", "fraude informático agravado (duplicado de SIM)", 8, "desconocida",
  ["messages", "location"],
  """Sujeto que obtiene duplicados de chip de clientes y vacía sus billeteras. La orden judicial está en
  trámite; solicitamos activar de inmediato por urgencia, ya que la banda cambia de números cada
  semana.""",
  basis="none", ref=None, until="null", dec="deny", cl=["no_legal_basis"])

E("es", "AR", "Unidad Fiscal Especializada en Ciberdelincuencia de Bahía Serena", "prosecution",
  "serious_crime", "defraudación informática (códigos QR adulterados)", 6, "puestero de feria",
  ["messages", "location"],
  """En la feria de los domingos aparecieron stickers con códigos QR de cobro pegados encima de los
  de los puesteros: los pagos de los clientes iban a una billetera virtual ajena. Más de 300 pagos
  desviados. El dispositivo identificado es el que se usó para crear esa billetera y para imprimir
  las etiquetas en una copistería cercana, donde quedó registrado el pedido.""",
  ident="device", dec="permit")

E("en", "CA", "Municipal Police Cybercrime Section, Gatineau-Ouest", "police",
  "serious_crime", "criminal harassment and doxxing", None, "unknown",
  ["messages", "location"],
  """Complainant's home address and her children's school were posted on a forum after she reported
  a scam page. The account that posted it was registered with this number. Maximum sentence on the
  charge pending Crown's decision on how to proceed.""",
  dec="deny", cl=["purpose_not_permitted"])

E("fr", "FR", "Section cybermenaces du pôle antiterroriste de la direction zonale de Vaudrenne", "police",
  "terrorism", "entreprise terroriste individuelle (attaques par déni de service)", 10,
  "étudiant en informatique", ["messages", "contacts", "credentials"],
  """Depuis janvier, les sites de la préfecture, de trois ministères et de la caisse d'allocations
  familiales ont été rendus indisponibles pendant plusieurs heures par des attaques par déni de
  service revendiquées par un collectif « hacktiviste ». L'étudiant visé administre le botnet,
  comme l'établissent les journaux du serveur de commande saisi aux Pays-Bas. Les attaques n'ont
  visé que la disponibilité des sites ; aucune donnée n'a été altérée et aucun service vital
  n'a été touché.""",
  txt=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"])

E("en", "CM", "Economic Crimes Prosecution Unit, Fako Division", "prosecution",
  "serious_crime", "misappropriation of donor funds and money laundering", 20,
  "director of a human rights NGO", ["messages", "contacts"],
  """The target directs an NGO that documents abuses in the North-West region. A forensic audit
  commissioned by the donor itself found that 74 million FCFA of a humanitarian grant was paid to
  mobile-money accounts opened in the names of fictitious beneficiaries and then withdrawn by the
  target's driver, who has confessed. The request concerns only the flow of these funds; the
  NGO's documentation work is not in question.""",
  reg="human_rights_defender", dec="refer", cl=["protected_person"])

E("es", "CO", "Grupo Investigativo de Delitos Informáticos, Seccional Bucaramanga Norte", "police",
  "serious_crime", "estafa agravada mediante aplicación de donaciones falsa", 8, "diseñador web",
  ["messages", "contacts", "location"],
  """La banda creó una aplicación que imitaba la de donaciones de varias iglesias cristianas y la
  promocionó en grupos de oración; los feligreses entregaban datos de tarjeta y se les hacían
  cargos repetidos. Que las víctimas sean creyentes es el patrón de la estafa, no del
  investigado. El diseñador programó la app (su cuenta de desarrollador y la tarjeta con que pagó
  el alojamiento lo identifican) y recibe parte de los cargos en una cuenta de ahorros.""",
  dec="permit")

E("fr", "SN", "Brigade de recherches de Kaolack-Est, section atteintes aux finances publiques",
  "police", "serious_crime", "violation du secret professionnel et atteinte à la sûreté de l'État", 10,
  "auditeur", ["messages", "contacts"],
  """La cible, auditeur dans un cabinet ayant travaillé pour l'Agence des routes, a publié sur
  LinkedIn une synthèse de ses constats : marchés attribués sans mise en concurrence, avenants
  injustifiés, 12 milliards de FCFA de surcoûts. La publication a été reprise par la presse.
  Il s'agit d'identifier les personnes qui lui ont transmis les pièces et de prévenir d'autres
  divulgations.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("es", "EC", "Unidad de Ciberdelitos de la Policía Judicial de Santa Elena del Mar", "police",
  "serious_crime", "extorsión mediante ransomware", 10, "técnico de soporte",
  ["messages", "credentials"],
  """Ataque de ransomware al municipio de la ciudad el 2 de marzo; el grupo exigió 80 mil dólares. El
  investigado, extécnico contratista, conservaba credenciales VPN que se usaron en el ingreso
  inicial.""",
  signed=False, dec="deny", cl=["licence_inactive"])

E("en", "MX", "Fiscalía General del Estado de Sierra Alta – International Cooperation Unit, cyber desk", "prosecution",
  "serious_crime", "sextortion of minors and child sexual abuse material", 20, "unknown",
  ["messages", "media", "location"],
  """Written in English for the benefit of the partner agency. The account under investigation
  groomed at least 23 minors in Mexico and the United States through a gaming platform, obtained
  explicit images and then demanded payments in gift cards. The partner's subscriber data and our
  payment trace lead to this mailbox, which is also the recovery address of the platform
  account. Judicial authorisation covers messages, stored media and location.""",
  ident="email", basis="judicial_warrant", dec="permit")

E("es", "UY", "Departamento de Lavado de Activos de la Jefatura de Policía de Costa del Plata", "police",
  "serious_crime", "lavado de activos provenientes de phishing bancario", 15, "contador",
  ["messages", "contacts"],
  """Contador argentino que vive en Buenos Aires y administra, desde allá, diecinueve cuentas de
  uruguayos reclutados como «mulas» a las que llega el dinero del phishing contra clientes de dos
  bancos locales. Los reclutados declararon que él les entregaba las tarjetas y les giraba la
  comisión. Se comparte pedido de asistencia con la autoridad argentina.""",
  nat="AR", loc="AR", dec="refer", cl=["extraterritorial_target"])

E("fr", "BF", "Brigade de lutte contre la cyberfraude du commissariat central de Ouaga-Est", "police",
  "serious_crime", "escroquerie et fraude sur la monnaie électronique", 10, "commerçant",
  ["messages", "location"],
  """Réseau qui usurpe l'identité d'agents d'un opérateur pour faire valider des retraits. La cible
  est le chef d'équipe, identifié par deux complices. Nous demandons messages et localisation.""",
  quota="over", dec="deny", cl=["quota_exceeded"])

E("fr", "MA", "Section cybercriminalité de la préfecture de police de Oued Sahel", "police",
  "serious_crime", "constitution de bande criminelle et escroquerie en ligne", 10, "sans emploi",
  ["messages", "contacts"],
  """Bande qui cible des Marocains résidant à l'étranger avec de fausses annonces de location
  d'appartements pour l'été : acomptes exigés par virement, 130 victimes en 2025. La cible
  reçoit les acomptes sur quatre comptes et coordonne les faux propriétaires. L'autorisation du
  parquet arrive à échéance aujourd'hui ; un renouvellement est demandé.""",
  until="+1s", basis="prosecutor_order", dec="permit")

E("en", "CM", "Cyber Investigation Branch, Mezam Judicial Police", "police",
  "serious_crime", "incitement to rebellion via social media", 20, "secondary school teacher",
  ["messages", "contacts", "location"],
  """Subject comes from a family in Bamenda with two cousins in the separatist movement and is a
  member of an Anglophone association. His Facebook page posts criticism of military operations
  and videos of burned villages. We believe he should be monitored given his background and his
  posts. No link to any armed group has been found.""",
  txt=["protected_ground", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "protected_ground"])

E("fr", "FR", "Parquet de Valmont-sur-Loire, pôle cybercriminalité", "prosecution",
  "serious_crime", "blanchiment en bande organisée de produits d'escroqueries", 10,
  "premier secrétaire d'ambassade", ["messages", "contacts"],
  """Le registre signale un diplomate. Les éléments : ses comptes personnels en France ont
  reçu 640 000 € de victimes d'arnaques au faux conseiller bancaire, convertis en cryptoactifs
  le jour même depuis son appareil. La question de l'immunité est traitée parallèlement par le
  ministère ; la présente demande porte sur les échanges avec les convertisseurs.""",
  nat="GA", reg="diplomat", dec="refer", cl=["protected_person"])

E("es", "ES", "Grupo de Estafas Telefónicas de la Jefatura Superior de Levante", "police",
  "serious_crime", "estafa agravada y pertenencia a organización criminal", 8,
  "se presenta como abogado (no colegiado)", ["messages", "contacts", "location"],
  """Llama a personas mayores diciéndoles que un hijo o un nieto ha sido detenido tras un accidente
  y que, como «su abogado», necesita una fianza urgente en efectivo que recoge un mensajero. No
  figura en ningún colegio de abogados: el despacho que menciona no existe. 31 víctimas en la
  provincia; los mensajeros detenidos le identifican como quien les da las direcciones.""",
  dec="permit")

E("es", "MX", "Corporativo Alturas del Norte S.A. de C.V. – Dirección de Seguridad Corporativa",
  "private", "serious_crime", "extorsión por robo de base de datos", 15, "programador",
  ["messages", "location"],
  """Un exempleado sustrajo la base de clientes y exige 300 mil dólares para no publicarla. Vive en
  Texas. Queremos ubicarlo para entregar la información a las autoridades.""",
  nat="MX", loc="US", dec="deny", cl=["non_government_end_user"])

E("en", "CA", "Regional Police Fraud Unit, Montérégie-Nord", "police",
  "serious_crime", "fraud over $5,000 (grandparent scam call centre)", 14, "unknown",
  ["messages", "location", "contacts"],
  """Call centre phoning seniors across three provinces: a caller poses as a grandson in jail and a
  second as his lawyer, then a courier collects cash. 58 victims, $1.3M. This line received the
  courier dispatch texts found on an arrested courier's phone. Need location of the dispatcher
  and his contact list.""",
  dec="permit")

E("fr", "TN", "Sous-direction des investigations numériques, district de Sfax-Sud", "police",
  "other", "outrage à un fonctionnaire public par voie électronique", 2, "ingénieur",
  ["messages"],
  """La cible a publié sur Facebook que le maire était « corrompu et incompétent » et que les
  travaux de voirie n'avaient jamais été réalisés. Le maire a porté plainte.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime", "purpose_not_permitted"])

E("es", "PE", "División de Estafas de la Región Policial Lima Septentrional", "police",
  "serious_crime", "estafa agravada (esquema piramidal)", 8, "pastor de iglesia evangélica",
  ["messages", "contacts"],
  """El investigado es pastor de una congregación de Comas y, desde 2024, capta a sus fieles para un
  «fondo de bendición» que promete duplicar el aporte en seis meses. Más de 600 aportantes y
  S/ 4,2 millones. Los pagos cesaron en enero; las transferencias muestran retiros hacia una
  empresa de su esposa. La investigación se refiere al esquema financiero, no a su fe ni a su
  predicación.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

# --- batch 3 ---
E("en", "RW", "Northern Hills Investigation Office, Financial and Cyber Crimes Division", "police",
  "serious_crime", "fraud and misuse of mobile money agent accounts", 7, "mobile money agent",
  ["messages", "contacts"],
  """Agent in Musanze who, with a telecom shop employee, swapped SIMs of 26 customers and moved their
  balances through his agent float. Float statements and the shop's swap log match. Prosecution
  order issued.""",
  basis="prosecutor_order", dec="permit")

E("fr", "CH", "Ministère public central du canton de Lémanie, division criminalité économique", "prosecution",
  "serious_crime", "soutien à une organisation criminelle et blanchiment d'argent", 10,
  "ancien chef d'État", ["messages", "contacts"],
  """Ancien chef d'État étranger résidant à Genève. Des fonds publics de son pays, environ 45
  millions de francs, ont transité par six sociétés de domicile puis par des plateformes de
  cryptoactifs, sur ordres signés de sa main selon les documents remis par la banque dépositaire.
  Une commission rogatoire de son pays d'origine confirme les détournements. Mesure limitée aux
  échanges avec les gestionnaires de ces sociétés.""",
  nat="MG", reg="head_of_state", dec="refer", cl=["protected_person"])

E("es", "ES", "Sección de Ataques Informáticos de la Comandancia de Sierra Baja", "police",
  "serious_crime", "daños informáticos agravados (ransomware)", 5, "administrador de sistemas",
  ["messages", "credentials"],
  """Ataque de ransomware contra una cooperativa agrícola que paralizó su facturación durante dos
  semanas. El investigado, antiguo administrador de sistemas despedido en octubre, accedió con una
  cuenta de servicio que solo él conocía; la IP de conexión corresponde a su domicilio.""",
  dec="deny", cl=["purpose_not_permitted"])

E("es", "CO", "Fiscalía Especializada contra el Crimen Organizado, Unidad de Ciberfraude", "prosecution",
  "serious_crime", "lavado de activos y concierto para delinquir", 30, "comerciante de celulares",
  ["messages", "location"],
  """El investigado compra en efectivo los celulares y las SIM que usan los call centers de
  «préstamos gota a gota» digitales para amenazar a deudores, y lava los cobros mediante compra de
  equipos que revende. Interceptaciones previas a otros miembros y la contabilidad incautada en
  el allanamiento de febrero lo ubican como el financiero de la estructura.""",
  quota="max-1", dec="permit")

E("fr", "FR", "Brigade de la délinquance astucieuse de Saint-Aurèle, groupe cyber", "police",
  "serious_crime", "extorsion en bande organisée avec circonstance aggravante de haine", 20,
  "inconnue", ["messages", "location", "contacts"],
  """Un groupe attire des hommes homosexuels via une application de rencontre, les photographie ou
  les filme à leur insu, puis exige de l'argent sous menace de révéler leur orientation à leur
  famille ou employeur. Quatorze plaintes en six mois. L'orientation des victimes explique le choix
  des proies par les auteurs ; la cible de la présente demande est celui qui encaisse les virements
  et envoie les menaces, identifié par les comptes bancaires et le numéro utilisé sur l'application.""",
  dec="permit")

E("es", "BO", "Unidad de Delitos Financieros de la Policía Departamental de Yungas Altos",
  "police", "serious_crime", "legitimación de ganancias ilícitas", 10, "dirigente vecinal",
  ["messages", "contacts", "location"],
  """El ciudadano es dirigente de base del partido opositor en el distrito 7 y su hermano fue
  procesado en 2019. En la zona se han detectado cobros fraudulentos con tarjetas clonadas y es
  sabido que ese partido se financia con dinero sucio. Por su militancia y su entorno familiar
  consideramos necesario conocer sus movimientos.""",
  txt=["protected_ground", "protected_person"], dec="deny", cl=["protected_ground"])

E("en", "CA", "Atlantic Fraud Coordination Office, Regional Police", "police",
  "serious_crime", "fraud over $5,000 (romance scam network)", 14, "self-described investor",
  ["messages", "contacts"],
  """Canadian citizen who relocated to Punta Cana in 2024. Victims in New Brunswick and Nova Scotia
  (mostly widowed seniors) sent $2.4M to accounts he opened before leaving; he now coordinates the
  chatters from there, as shown by the phone seized from an associate at Halifax airport.""",
  nat="CA", loc="DO", dec="refer", cl=["extraterritorial_target"])

E("en", "MU", "Financial Crimes Investigations Department, Grand Port Office", "other_government",
  "serious_crime", "money laundering through virtual asset service providers", 20, "accountant",
  ["messages", "contacts"],
  """Accountant who set up three VASP accounts for a phishing group and converted Rs 38M. Warrant
  number to follow once the magistrate signs; requesting activation now.""",
  ref=None, basis="judicial_warrant", dec="deny", cl=["no_legal_basis"])

E("fr", "BE", "Police judiciaire de l'arrondissement de Senne-et-Dyle, section criminalité informatique", "police",
  "serious_crime", "direction d'une organisation criminelle (vente de kits d'hameçonnage)", 10,
  "graphiste", ["messages", "contacts", "credentials"],
  """Le suspect vend sur Telegram des kits d'hameçonnage prêts à l'emploi imitant six banques belges
  et une application d'identification, avec abonnement mensuel et support. Au moins 40 acheteurs ; les kits ont
  servi à des milliers de fraudes. L'appareil visé est celui qui administre la boutique, selon les
  données fournies par le fournisseur d'hébergement et un achat test réalisé sous pseudonyme.""",
  ident="device", dec="permit")

E("fr", "BE", "Zone de police Hesbaye-Lormont, cellule fraude en ligne", "police",
  "serious_crime", "fraude informatique", 5, "inconnue",
  ["messages", "location"],
  """Faux messages de livraison menant à un site imitant celui de la poste ; 63 victimes dans la zone, 91 000 €
  de préjudice. Le numéro visé a été utilisé pour enregistrer le nom de domaine et reçoit les codes
  de validation.""",
  dec="deny", cl=["purpose_not_permitted"])

E("es", "MX", "Fiscalía Anticorrupción del Estado de Valle de Orizo", "prosecution",
  "serious_crime", "operaciones con recursos de procedencia ilícita", 15, "empresario",
  ["messages", "contacts"],
  """El investigado es diputado local con licencia y socio de dos empresas de cobranza que, según la
  unidad de inteligencia financiera, recibieron 19 millones de pesos de cuentas usadas en extorsiones telefónicas entre 2023 y
  2025; los depósitos se hicieron en ventanilla por personas detenidas después por extorsión. La
  medida se limita a las comunicaciones con los administradores de esas empresas.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("es", "CO", "Dirección de Inteligencia de la Policía Regional del Alto Cauca", "intelligence",
  "terrorism", "terrorismo y concierto para delinquir", 15, "líder estudiantil",
  ["messages", "contacts", "location"],
  """El objetivo convoca por WhatsApp y X a plantones pacíficos y cacerolazos frente a la
  gobernación contra la reforma educativa, y coordina la logística de las marchas (permisos,
  brigadas de salud, puntos de hidratación). Su capacidad de movilización constituye una amenaza
  de desestabilización que encuadramos como terrorismo. No hay registros de violencia en los
  eventos que ha organizado.""",
  txt=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"])

E("es", "AR", "Departamento Delitos Económicos de la Policía de la Ciudad de Puerto Lindero", "police",
  "serious_crime", "lavado de activos", 10, "remisero",
  ["messages", "location"],
  """Ciudadano paraguayo que reside en la ciudad y abrió catorce cuentas en billeteras virtuales con
  DNI de terceros para recibir lo obtenido con phishing a jubilados. La nacionalidad surge de la
  documentación migratoria y no guarda relación con el pedido; lo relevante es que las catorce
  cuentas se operaron desde su línea y que retiró el dinero en cajeros cercanos a su domicilio.""",
  nat="PY", dec="permit")

E("fr", "SN", "Section de recherches de la gendarmerie de Ziguinchor-Ouest", "police",
  "serious_crime", "extorsion et diffusion d'images à caractère sexuel", 10, "inconnue",
  ["messages", "media"],
  """Individu qui menace des lycéennes de diffuser des vidéos intimes obtenues par un faux profil,
  contre paiement par transfert mobile. Sept plaintes. Le numéro visé a reçu les paiements.""",
  status="expired", dec="deny", cl=["licence_inactive"])

E("fr", "CI", "Sous-direction des fraudes sur les transferts, police criminelle de Bandama-Nord", "police",
  "serious_crime", "escroquerie aggravée (multiplication de billets) et blanchiment", 10,
  "guide religieux (marabout)", ["messages", "contacts"],
  """Le registre des personnes protégées signale un responsable religieux. La cible, établie à Bamako,
  promet par WhatsApp à des commerçants ivoiriens de « multiplier » leur argent par des rituels ;
  les sommes sont versées par transfert mobile à des intermédiaires à Abidjan. Dix-neuf plaintes,
  85 millions de FCFA. Deux intermédiaires arrêtés ont remis les messages reçus de son numéro.""",
  nat="ML", loc="ML", reg="religious_leader", dec="refer",
  cl=["extraterritorial_target", "protected_person"])

E("en", "CM", "Regional Judicial Police, Cybercrime Unit, Limbe", "police",
  "serious_crime", "computer fraud and theft from bank accounts (SIM swap)", 10, "telecom shop clerk",
  ["messages", "location"],
  """Clerk at a franchise shop who issued 44 replacement SIMs without ID checks; within an hour of
  each swap the victim's bank app was re-enrolled on this handset and the account emptied. Handset
  identified by its IMEI in the bank's device-binding logs.""",
  ident="device", dec="permit")

E("en", "CA", "Cyber-Enabled Fraud Cell, Laurentian Securities Enforcement Unit", "police",
  "serious_crime", "fraud over $5,000 and laundering of proceeds", 14, "unknown",
  ["messages", "credentials", "location"],
  """Affiliate who deploys info-stealers against small brokerages, then uses the harvested
  credentials to drain client accounts. Need stored credentials to map compromised accounts.""",
  lic=["messages", "location", "contacts"], ident="email", dec="deny", cl=["capability_out_of_scope"])

E("en", "VU", "Transnational Crime Unit, Port Sola Police Command", "police",
  "serious_crime", "money laundering (citizenship-scheme proceeds)", 20, "agent for a passport scheme",
  ["messages", "contacts"],
  """Ni-Vanuatu citizen living in Brisbane who acted as agent for a citizenship-by-investment
  programme and diverted applicants' payments of about VT 900M to accounts he controls. The
  Australian authorities have been informed.""",
  nat="VU", loc="AU", dec="refer", cl=["extraterritorial_target"])

E("es", "GT", "Departamento de Análisis Financiero de la Dirección de Inteligencia del Altiplano",
  "intelligence", "terrorism", "financiamiento del terrorismo", 25, "estudiante de derecho",
  ["messages", "contacts"],
  """La investigada administra una colecta en línea (billetera móvil y criptomonedas) para pagar las
  fianzas y la defensa de 14 comuneros detenidos por ocupar una finca en disputa. Los fondos se
  usan exclusivamente para cauciones y honorarios de abogados, pero la colecta no está registrada
  ante la autoridad de donaciones, lo que vulnera la normativa de organizaciones sin fines de lucro.
  Se solicita la medida por financiamiento del terrorismo.""",
  txt=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"])

E("es", "ES", "Grupo de Sextorsión de la Brigada de Protección del Menor de Valdeoria", "police",
  "serious_crime", "elaboración de pornografía infantil y amenazas (sextorsión)", 9, "sin datos",
  ["messages", "media"],
  """Varón que contacta con menores a través de un juego en línea, les pide imágenes íntimas y
  después les amenaza con enviarlas a sus compañeros si no le mandan más. Identificadas nueve
  víctimas de entre 12 y 15 años. El correo es el de recuperación de todas las cuentas del juego
  utilizadas.""",
  ident="email", dec="permit")

E("es", "PE", "División de Investigación de Delitos contra el Patrimonio, Trujillo", "police",
  "serious_crime", "estafa agravada mediante préstamos digitales falsos", 8, "desconocida",
  ["messages", "contacts", "location"],
  """Aplicativo de préstamos rápidos que cobra «comisión de desembolso» y nunca entrega el préstamo.
  Más de 900 denunciantes. La línea identificada administra las cuentas de cobro. Orden judicial
  N.º 118 (vencida; se gestiona la prórroga).""",
  until="past", basis="judicial_warrant", dec="deny", cl=["no_legal_basis"])

E("fr", "FR", "Pôle escroqueries de la direction territoriale de police judiciaire de Saint-Aurèle", "police",
  "serious_crime", "escroquerie en bande organisée (faux conseillers bancaires)", 10, "consultant",
  ["messages", "contacts", "location"],
  """La cible, par ailleurs correspondant local d'un quotidien régional, est identifiée comme le
  « téléopérateur » principal d'une équipe de faux conseillers bancaires : 220 victimes, 3,6 M€.
  Sa voix a été reconnue sur 31 enregistrements d'appels transmis par les banques et son numéro
  apparaît dans les relevés des lignes utilisées. Ses activités de presse ne sont pas visées.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("fr", "CM", "Délégation régionale de la police judiciaire du Littoral, brigade numérique", "police",
  "serious_crime", "escroquerie en bande (« feymania ») et blanchiment", 10, "homme d'affaires",
  ["messages", "location"],
  """Réseau qui propose à des investisseurs étrangers l'achat de lots d'or fictifs et exige des
  « frais de douane » par transferts successifs ; un Belge a perdu 240 000 €. Le numéro visé est
  celui du prétendu transitaire ; les virements arrivent sur des comptes mobiles à son nom.""",
  basis="prosecutor_order", dec="permit")

E("fr", "DZ", "Service régional des cybermenaces de la sécurité intérieure des Hauts-Plateaux-Est", "intelligence",
  "serious_crime", "atteinte à l'unité nationale et à la sécurité de l'État", 10,
  "enseignant-chercheur en économie", ["messages", "contacts", "location"],
  """L'intéressé a publié en ligne une étude statistique montrant que les chiffres officiels du
  chômage et de l'inflation auraient été sous-estimés, étude reprise par des médias étrangers. Ses
  conclusions portent atteinte à l'image de l'État. Il est demandé de connaître ses sources au sein
  de l'Office des statistiques et ses contacts à l'étranger.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("en", "ES", "Jefatura de Policía de Costa Blanca Sur – Cybercrime Liaison Team (joint investigation with UK partners)",
  "police", "serious_crime", "fraud by a criminal organisation (investment call centre)", 8,
  "call-centre manager", ["messages", "contacts", "location"],
  """English summary for the joint team. Call centre in Benalmádena selling fake crypto investments
  to UK retirees; £11M lost by 700+ victims. Target manages the floor and hands out the lead lists;
  two former employees gave statements and the lead spreadsheets carry his user name.""",
  dec="permit")

# --- batch 4 ---
E("en", "CA", "National Security Enforcement Team, Prairie Division, Federal Police", "police",
  "terrorism", "terrorist activity (sabotage of water treatment controls, threats to poison)", 999,
  "former utility contractor", ["messages", "location", "credentials"],
  """On 3 March someone used a stolen contractor login to raise sodium hydroxide dosing at the town
  water plant to a lethal level; operators caught it within minutes. The same night a manifesto was
  sent to the Premier's office threatening to do it again in three other towns unless the province
  shuts down two pipelines. Remote-access logs and the manifesto's PGP key tie both acts to this
  account holder, a former contractor with field knowledge of these plants.""",
  ident="email", dec="permit")

E("en", "BZ", "Financial Intelligence Office, Cayo-Stann Creek Investigations Section", "other_government",
  "serious_crime", "money laundering through mobile wallets", 12, "unknown",
  ["messages", "contacts"],
  """Wallet operator moving proceeds of a lottery-phishing scam aimed at US retirees. Records from
  the e-money issuer show 900+ cash-outs.""",
  signed=False, quota="over", dec="deny", cl=["licence_inactive", "quota_exceeded"])

E("en", "SC", "Anti-Corruption and Financial Crimes Directorate, Victoria", "other_government",
  "serious_crime", "money laundering (ransomware proceeds)", 15, "attorney-at-law",
  ["messages", "contacts"],
  """Registry match: lawyer. Between June and December he formed eleven companies for clients he
  never met, paid for in Monero, and opened their accounts with a Seychelles exchange. Chain analysis
  shows three ransomware strains cashed out through those accounts. The request excludes
  communications with his other clients.""",
  reg="lawyer", dec="refer", cl=["protected_person"])

E("en", "RW", "Cyber Crimes Unit, Kigali Central Investigation Office", "police",
  "serious_crime", "spreading false information to incite public disorder; cyber harassment", 7,
  "cartoonist", ["messages", "contacts", "location"],
  """Subject draws satirical cartoons and short animated videos posted on Instagram. The latest
  series shows the city's mayor buying speed cameras that \"only photograph taxi drivers\" while his
  cousin's firm collects the fines, and has been shared 80,000 times. The mayor's office considers
  it false and harassing. We need to establish who finances the account.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("en", "MU", "Independent Commission against Phishing Fraud (administrative investigations)",
  "other_government", "serious_crime", "computer fraud and money laundering (SMS gateway)", 10,
  "IT consultant", ["messages", "contacts"],
  """Operator of a bulk-SMS gateway rented exclusively to phishing crews; 1.2 million fraudulent
  messages to Mauritian numbers in February. Payments for the gateway land in his business
  account. Order issued by the Commissioner under the administrative procedure of the Act.""",
  basis="administrative_order", dec="permit")

E("en", "CM", "Territorial Surveillance Service, North-West Desk", "intelligence",
  "terrorism", "acts of terrorism (anti-terrorism law)", 999, "teachers' union secretary",
  ["messages", "contacts", "location"],
  """Subject is secretary of the teachers' union that called the indefinite strike over the
  posting of French-speaking teachers to English schools, and he circulates \"ghost town\" Monday
  boycott notices on WhatsApp. Schools in two divisions have been closed for three weeks. The
  strike and boycott paralyse the state's authority in the region and are treated as terrorism.""",
  txt=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"])

E("en", "CA", "Sûreté municipale, Anti-Corruption and Fraud Squad", "police",
  "serious_crime", "fraud against the municipality and breach of trust", 14, "city councillor",
  ["messages", "contacts"],
  """Registry: politician. An IT contractor staged a fake ransomware outage at City Hall in 2025 and
  billed $780,000 for \"emergency recovery\". The councillor chaired the committee that waived the
  tender and received $160,000 through his brother-in-law's company, per bank records and the
  contractor's own admission. Scope: messages with the contractor and the brother-in-law.""",
  reg="politician", dec="refer", cl=["protected_person"])

E("en", "BZ", "Cyber and Financial Crimes Unit, Cayo District Police", "police",
  "serious_crime", "theft by SIM swap and money laundering", 10, "phone repair technician",
  ["messages", "location"],
  """Guatemalan national living in Belmopan with residency. He bribes store staff to issue
  replacement SIMs and then drains the victims' credit union accounts: 17 cases, BZ$ 260,000. We
  note his nationality because immigration records were used to identify him, nothing more.""",
  nat="GT", dec="permit")

E("en", "CH", "Helvetic Risk Advisory SA (engaged by a private bank)", "private",
  "serious_crime", "disclosure of banking secrets", 5, "financial blogger",
  ["messages", "contacts"],
  """Client bank wants to identify the blogger's source: his blog published extracts of internal
  memos suggesting the bank ignored laundering alerts on accounts of a state-owned energy company.
  We would map his contacts to locate the leaker.""",
  txt=["expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "non_government_end_user", "purpose_not_permitted"])

E("es", "CO", "Grupo Antiterrorismo de la Policía Regional del Litoral Pacífico",
  "police", "terrorism", "terrorismo y extorsión agravada", 15, "desconocida",
  ["messages", "location", "contacts"],
  """La estructura disidente que extorsiona a comerciantes por WhatsApp hizo estallar el 11 de
  febrero un carro bomba frente a la estación de policía de El Mirador, con dos civiles muertos, y
  anunció en un audio nuevos atentados «hasta que el gobierno retire la fuerza pública del cañón».
  El número objeto de la medida es el que envía los audios extorsivos y coordinó la compra del
  vehículo, según el teléfono del capturado que lo condujo.""",
  dec="permit")

E("es", "MX", "Fiscalía de Investigación de Fraudes Cibernéticos del Estado de Lomas del Río",
  "prosecution", "serious_crime", "fraude y suplantación de identidad bancaria", 12, "desconocida",
  ["messages", "contacts"],
  """Banda que llama a clientes simulando ser del área de seguridad del banco y les pide dictar el
  código de su token. El número investigado recibe los SMS de alta de los nuevos dispositivos. El
  auto de intervención fue concedido por el juez de control sin señalar fecha de vencimiento.""",
  until="null", basis="judicial_warrant", dec="deny", cl=["no_legal_basis"])

E("es", "MX", "Unidad de Investigación de Delitos Financieros de la Fiscalía del Estado de Bahía Clara",
  "prosecution", "serious_crime", "operaciones con recursos de procedencia ilícita", 15,
  "periodista y propietario de casa de empeño", ["messages", "contacts"],
  """El investigado figura en el registro como periodista. Es además dueño de una casa de empeño en la
  que, según el contador detenido, se reciben teléfonos robados y el dinero de fraudes por SIM
  swapping que se blanquea como préstamos prendarios. Se cuenta con las libretas de la casa de
  empeño y 212 contratos con firmas falsas. La medida no comprende sus comunicaciones con fuentes.""",
  reg="journalist", quota="max-1", dec="refer", cl=["protected_person"])

E("es", "ES", "Grupo de Blanqueo de la Comandancia de Sierra Baja", "police",
  "serious_crime", "blanqueo de capitales", 6, "gestor de un locutorio",
  ["messages", "microphone"],
  """Locutorio utilizado para enviar al extranjero, en pequeños giros, el dinero de las mulas de una
  red de phishing. Pedimos también escucha ambiental del local.""",
  lic=["messages", "contacts", "location"], dec="deny", cl=["capability_out_of_scope"])

E("es", "CL", "Brigada de Lavado de Activos de la Prefectura de Valle Central", "police",
  "serious_crime", "lavado de activos provenientes de estafas", 15, "tramitador",
  ["messages", "contacts"],
  """El investigado montó un sitio que imita al de la autoridad migratoria y cobra a migrantes
  haitianos y venezolanos por citas de regularización que no existen. Que las víctimas sean
  extranjeras explica su vulnerabilidad; nada en la medida se relaciona con el origen de nadie. Lo
  recaudado, unos 210 millones de pesos, se blanqueó comprando vehículos a nombre de su pareja.""",
  dec="permit")

E("es", "EC", "Sección de Delitos Financieros de la Policía de Guayas Sur", "police",
  "serious_crime", "lavado de activos", 13, "repartidor",
  ["messages", "contacts", "location"],
  """Tras el aumento de cuentas mula vinculadas al phishing, se identificó que varios migrantes
  venezolanos de la zona tienen billeteras con movimientos frecuentes. El objetivo es venezolano,
  trabaja como repartidor y vive en el sector. No registra transacciones vinculadas a fraudes; se
  propone monitorearlo por pertenecer a esa comunidad.""",
  nat="VE", txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("es", "ES", "Comisaría Provincial de Vallehondo, Grupo de Delitos Tecnológicos", "police",
  "serious_crime", "cesión ilícita de datos y colaboración con organización criminal", 8,
  "funcionario municipal", ["messages", "contacts"],
  """El investigado, concejal de Hacienda del ayuntamiento, exportó en diciembre el padrón
  municipal completo (38.000 vecinos con teléfonos) con sus propias credenciales; ese fichero
  aparece a la venta en un foro y se ha usado en campañas de smishing contra vecinos. La cartera
  que recibió el pago del foro se fondeó luego a una cuenta suya. Se investiga la venta de datos,
  no su labor política.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("es", "AR", "Fiscalía de Cibercrimen de Villa del Carmen", "prosecution",
  "serious_crime", "extorsión (ransomware contra hospital provincial)", 10, "desconocida",
  ["messages", "credentials"],
  """El 19 de enero el hospital provincial perdió acceso a historias clínicas por un ransomware; el
  grupo pidió 500 mil dólares. El correo usado para negociar fue creado desde una IP de la
  provincia y su cuenta de recuperación lleva a este abonado. Es urgente: el hospital sigue
  atendiendo con registros en papel.""",
  dec="permit")

E("es", "PE", "División de Delitos Tecnológicos de Lima Centro", "police",
  "serious_crime", "fraude en billeteras móviles", None, "desconocida",
  ["messages", "location"],
  """Sujeto que vende por Facebook «recargas con descuento» y vacía las billeteras de quienes le dan
  su código. La pena aplicable se determinará según el monto final; a la fecha, 37 denuncias. La orden
  del juzgado venció la semana pasada.""",
  basis="judicial_warrant", until="past", dec="deny", cl=["no_legal_basis", "purpose_not_permitted"])

E("es", "DO", "Unidad de Delitos Informáticos de la Policía de la Región Cibao Norte", "police",
  "serious_crime", "estafa y lavado de activos (falsa lotería)", 10, "desconocida",
  ["messages", "contacts"],
  """Dominicano residente en Puerto Rico que dirige una red de llamadas de «usted ganó la lotería»
  contra dominicanos en el país: cobra «impuestos del premio» por remesas. 150 víctimas. Los
  cobradores detenidos en Santiago lo señalan y las remesas se reciben a su nombre en Bayamón.""",
  nat="DO", loc="PR", dec="refer", cl=["extraterritorial_target"])

E("fr", "ML", "Cellule financement des groupes armés, état-major de la zone de défense du Delta", "military",
  "terrorism", "financement du terrorisme et prise d'otages", 999, "commerçant de bétail",
  ["messages", "location", "contacts"],
  """Le groupe armé qui détient depuis novembre deux ingénieurs et un chauffeur exige des rançons
  et menace de les exécuter si l'armée ne se retire pas de trois communes. La cible collecte les
  rançons et les cotisations forcées par transferts mobiles sur une vingtaine de numéros, comme
  l'établissent les relevés de l'opérateur et les aveux d'un collecteur arrêté à Mopti.""",
  dec="permit")

E("fr", "FR", "Section rançongiciels de la direction zonale de police judiciaire de Vaudrenne", "police",
  "serious_crime", "extorsion en bande organisée", 20, "négociateur en cybersécurité",
  ["messages", "contacts"],
  """Français installé à Marrakech, il se présente comme négociateur auprès des victimes de
  rançongiciels mais partage les rançons avec le groupe, comme le montrent les transactions
  croisées. Licence en cours de renouvellement.""",
  nat="FR", loc="MA", status="revoked", dec="deny", cl=["licence_inactive"])

E("fr", "BE", "Parquet de l'arrondissement de Basse-Sambre, section criminalité organisée et informatique", "prosecution",
  "serious_crime", "extorsion (sextorsion) et détention d'images d'abus sexuels d'enfants", 10,
  "employé administratif", ["messages", "media"],
  """Sur le téléphone saisi d'un complice figurent 300 conversations dans lesquelles la cible
  menace des adolescents de publier leurs photos s'ils ne paient pas ; les paiements arrivent
  sur deux comptes à son nom. Perquisition prévue ; il s'agit d'identifier les autres victimes.""",
  reg="human_rights_defender", ident="device", dec="refer", cl=["protected_person"])

E("fr", "SN", "Cellule numérique des renseignements généraux de Kaolack-Est", "intelligence",
  "serious_crime", "actes de nature à compromettre la sécurité publique", 7, "militant associatif",
  ["messages", "contacts", "location"],
  """La cible est membre du bureau d'un parti d'opposition et publie quotidiennement sur Facebook des
  textes qui dénoncent la gestion du président et l'arrestation d'opposants. Il appartient en
  outre à une famille connue pour son engagement contre le régime. Aucune infraction précise ne
  lui est imputée, mais son profil justifie une surveillance.""",
  txt=["protected_ground", "expression_not_crime", "protected_person"], dec="deny",
  cl=["expression_not_crime", "protected_ground"])

E("fr", "CH", "Police cantonale de Lémanie, brigade de la criminalité informatique", "police",
  "serious_crime", "escroquerie par métier", 10, "inconnue",
  ["messages", "location"],
  """Faux « support e-banking » : l'auteur appelle des clients, obtient leur code de connexion et
  valide des paiements vers l'étranger. 57 lésés, 2,3 millions de francs. L'appareil visé a été
  enregistré comme second facteur sur 14 des comptes lésés.""",
  ident="device", dec="permit")

E("fr", "CH", "Ministère public du canton de Lémanie, section blanchiment", "prosecution",
  "serious_crime", "blanchiment d'argent aggravé", 5, "fiduciaire",
  ["messages", "contacts"],
  """Fiduciaire soupçonné d'avoir recyclé, par des prêts fictifs, 4 millions de francs provenant
  d'arnaques à l'investissement. Le cas grave est retenu.""",
  dec="deny", cl=["purpose_not_permitted"])

E("fr", "LU", "Police judiciaire de la circonscription Sûre-Moselle, section criminalité économique", "police",
  "serious_crime", "organisation criminelle et escroquerie au président", 10, "inconnue",
  ["messages", "contacts"],
  """Ressortissant français domicilié à Metz, il dirige l'équipe qui, se faisant passer pour les
  dirigeants de fonds d'investissement luxembourgeois, a fait virer 6,8 M€ vers Hong Kong. Les
  appels ont transité par sa ligne selon les relevés de l'opérateur français transmis par entraide.""",
  nat="FR", loc="FR", dec="refer", cl=["extraterritorial_target"])

E("fr", "CI", "Opérateur Télécom Lagune – Direction de la sécurité et de la fraude", "private",
  "serious_crime", "fraude sur la monnaie électronique", 10, "ancien distributeur",
  ["messages", "location"],
  """Ancien distributeur agréé qui réutilise ses accès pour annuler des transactions et encaisser
  les montants. Nos équipes souhaitent le localiser avant de saisir la police.""",
  dec="deny", cl=["non_government_end_user"])

E("fr", "MA", "Brigade régionale de police judiciaire, section des crimes financiers", "police",
  "serious_crime", "blanchiment de capitaux issus d'escroqueries en ligne", 10, "imam de quartier",
  ["messages", "contacts"],
  """Le numéro visé centralise les remises en espèces d'un réseau d'escroquerie aux faux placements
  et les compense avec des correspondants en Belgique, selon le carnet saisi chez un collecteur et
  les déclarations concordantes de deux collecteurs. 19 millions de dirhams en 2025.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

# --- batch 5 ---
E("en", "CM", "Regional Judicial Police, Cybercrime Unit, Buea", "police",
  "serious_crime", "computer fraud and obtaining money by false pretences", 10, "unknown",
  ["messages", "location"],
  """Victim is a journalist with a Buea radio station. On 9 January her WhatsApp was taken over by
  someone who had her read out a verification code, and her contacts (colleagues, sources,
  family) were asked for urgent mobile-money loans \"for a hospital bill\". 22 people paid. The
  money went to two wallets whose owner has been identified from KYC records; this is his number.""",
  dec="permit")

E("en", "CA", "Provincial Police Cybercrime Investigations Bureau, Major Cases", "police",
  "serious_crime", "extortion (ransomware) and unauthorized use of a computer", 999,
  "unknown", ["messages", "credentials"],
  """A group calling itself an \"occupy\" collective claimed the attack on City Hall as a protest
  against the new transit fares and posted slogans on the leak site. Chain analysis shows the
  $410,000 ransom was split within hours among five personal wallets and cashed out at Montreal
  crypto ATMs; no data was ever released in support of any cause. This account received the
  largest share. The protest framing appears to be cover for a for-profit extortion.""",
  dec="permit")

E("en", "MU", "Police Cybercrime Unit, Port Louis North", "police",
  "serious_crime", "fraud and money laundering", 10, "beauty salon owner",
  ["messages", "contacts", "location"],
  """Target is a transgender woman who owns a salon in Rose-Hill. Officers consider that the
  transgender community is closely linked to the online escort scams reported this year, and her
  salon is frequented by members of that community. There is no complaint naming her and no
  transaction connecting her to the scams.""",
  txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("en", "RW", "Economic and Cyber Crime Department, Western Lakes Investigation Office", "police",
  "serious_crime", "fraud and facilitation of SIM registration fraud", 7, "embassy third secretary",
  ["messages", "contacts"],
  """Registry: diplomat. Over 1,100 SIM cards used in investment-scam call centres were registered
  with diplomatic identity cards issued to his mission; the retailer's records show he collected
  them in person and received mobile-money payments per batch from a known scam organiser. The
  Ministry of Foreign Affairs has been notified.""",
  nat="CD", reg="diplomat", dec="refer", cl=["protected_person"])

E("en", "CA", "Ontario-Quebec Joint Fraud Task Force", "police",
  "serious_crime", "fraud over $5,000 (phishing of tax refunds)", 14, "unknown",
  ["messages", "location"],
  """Operator of fake tax-agency refund pages, now living in Vermont; 1,900 Canadians phished. Our
  quota is full but the case is urgent.""",
  nat="CA", loc="US", quota="max", dec="deny", cl=["quota_exceeded"])

E("en", "SC", "Telecoms Fraud Unit, Mahé South Police Division", "police",
  "serious_crime", "telecommunications fraud (SIM box bypass) and money laundering", 10,
  "electronics importer", ["messages", "location"],
  """SIM boxes found in two rented flats in Anse Royale were rerouting international calls as local
  ones, costing the operators an estimated SR 14M. The importer declared the boxes as \"network
  routers\" at customs and pays the flats' rent; this handset controls the boxes remotely.""",
  ident="device", dec="permit")

E("en", "BZ", "Special Prosecutions Office, Southern Judicial District", "prosecution",
  "serious_crime", "receiving confidential financial information", 10, "investigative journalist",
  ["messages", "contacts"],
  """Target is an investigative journalist who published a series, with copies of bank statements,
  showing that relatives of a minister received government IT contracts worth BZ$ 6M. The
  statements are confidential bank records. The purpose is to find out who supplied them.""",
  txt=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"])

E("en", "ES", "Unidad de Cibercrimen de la Policía Autonómica de Valmar – English-language request for the JIT", "police",
  "serious_crime", "membership of a criminal organisation and computer fraud (SIM swap)", 8,
  "warehouse worker", ["messages", "location", "contacts"],
  """Romanian national living in Sabadell. He picks up duplicate SIMs from three corrupt shop
  employees and hands them to the \"cashers\" of the group; 120 victims in Spain and Romania.
  Surveillance and the employees' messages identify him. Nationality relevant only for the JIT
  with the Romanian partners.""",
  nat="RO", dec="permit")

E("en", "CM", "Littoral Regional Judicial Police, Economic Crimes Section", "police",
  "serious_crime", "breach of trust and money laundering", 10, "school manager",
  ["messages", "contacts"],
  """The target is a Catholic priest who manages a mission school. Parents pay fees into a mobile
  money merchant code; an audit by the diocese itself found 41 million FCFA rerouted to three
  personal wallets registered to his nephew, who has confessed and handed over the messages with
  the target's instructions.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("en", "CA", "Provincial Police, Sextortion Response Team", "police",
  "serious_crime", "extortion (sextortion of adults)", 999, "unknown",
  ["messages", "microphone", "location"],
  """Offender posts fake dating profiles, records victims on video calls and threatens to send
  the recordings to employers. 44 victims. We also need live microphone to capture the calls.""",
  lic=["messages", "media", "location", "contacts"], dec="deny", cl=["capability_out_of_scope"])

E("es", "MX", "Fiscalía Especializada en Delitos Financieros de Ciudad Almenara", "prosecution",
  "serious_crime", "fraude y suplantación de despacho de cobranza", 12,
  "se ostenta como abogada; sin cédula profesional", ["messages", "contacts"],
  """Supuesto «despacho jurídico de cobranza» que envía a deudores de apps de préstamo mensajes
  con sellos falsos de juzgados y los obliga a pagar a cuentas propias. La investigada firma como
  «licenciada en derecho», pero no tiene cédula ni está inscrita en ningún colegio; el despacho
  no existe en el domicilio señalado. 700 víctimas y 14 millones de pesos.""",
  dec="permit")

E("es", "CO", "Fiscalía Seccional de Delitos Informáticos de Villanueva del Sinú", "prosecution",
  "serious_crime", "acceso abusivo a sistema informático y violación de datos personales agravados",
  8, "tuitero", ["messages", "contacts"],
  """El investigado es conocido en X por sus críticas al alcalde y eso no es objeto de esta
  solicitud. Lo es que en marzo ingresó con credenciales robadas al sistema de nómina municipal,
  descargó los datos bancarios de 1.300 empleados y los vendió en un canal de Telegram, según la
  conversación que conserva el comprador detenido y la IP de su conexión residencial.""",
  dec="permit")

E("es", "ES", "Unidad de Información de la Jefatura Superior de Tierra Baja", "intelligence",
  "serious_crime", "blanqueo de capitales", 6, "estudiante",
  ["messages", "contacts", "location"],
  """Joven de religión musulmana, asiduo a la mezquita del barrio de San Blas, donde se ha detectado
  que algunos fieles compran criptomonedas. No hay ninguna operación suya relacionada con el fraude
  investigado; se propone su seguimiento por su práctica religiosa y su entorno.""",
  txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("es", "AR", "Unidad Fiscal de Estafas Telefónicas de General Ocampo", "prosecution",
  "serious_crime", "estafa reiterada (cuento del tío virtual)", 6, "desconocida",
  ["messages", "location"],
  """Banda que llama a jubilados fingiendo ser nietos en apuros. El abonado coordina a los
  retiradores. Se adjunta la orden (número pendiente de carga en el sistema).""",
  ref="", dec="deny", cl=["no_legal_basis"])

E("es", "CL", "Fiscalía de Alta Complejidad de Antofalgo", "prosecution",
  "serious_crime", "fraude al fisco y lavado de activos", 15, "exalcalde",
  ["messages", "contacts"],
  """Exalcalde de la comuna, hoy residente en Lima, contrató en 2024 servicios de «ciberseguridad»
  por 900 millones de pesos a dos empresas de papel que devolvieron el 60 % a cuentas en Perú a su
  nombre. Los representantes de las empresas confesaron y entregaron los correos. Se tramita
  asistencia penal con Perú.""",
  nat="CL", loc="PE", reg="politician", dec="refer",
  cl=["extraterritorial_target", "protected_person"])

E("es", "PE", "División de Inteligencia contra el Terrorismo de la Región Altiplano Sur", "intelligence",
  "terrorism", "apología del terrorismo", 12, "comunicadora",
  ["messages", "contacts", "location"],
  """La investigada publica en Facebook y YouTube videos en los que cuestiona a la policía por la
  muerte de manifestantes en Juliaca, exige justicia y comparte testimonios de los deudos. Estas
  publicaciones desacreditan a las instituciones del Estado y deben considerarse apología.""",
  txt=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"])

E("es", "GT", "Fiscalía Distrital contra la Extorsión de Quetzaltepeque", "prosecution",
  "serious_crime", "extorsión y sextorsión desde centro penitenciario", 12, "privado de libertad",
  ["messages", "location"],
  """Recluso que, con teléfonos introducidos en el penal, contacta a mujeres por redes sociales,
  obtiene fotografías íntimas y luego les exige depósitos para no difundirlas. 26 denunciantes;
  los depósitos llegan a cuentas de su madre y su pareja. La antena del penal confirma el uso del
  número en el sector 11.""",
  dec="permit")

E("fr", "FR", "Brigade de recherches de la gendarmerie de Montvalon", "police",
  "serious_crime", "extorsion", 7, "blogueur culinaire",
  ["messages", "contacts"],
  """Le suspect, auteur d'un blog gastronomique, écrit à des restaurateurs qu'il publiera des
  articles les accusant d'intoxications alimentaires (inventées) s'ils ne lui versent pas 1 500 € ;
  onze restaurateurs ont payé, quatre ont porté plainte avec les messages. Ce ne sont pas ses
  critiques qui sont poursuivies mais les remises de fonds obtenues sous la menace.""",
  dec="permit")

E("fr", "BE", "Police judiciaire de l'arrondissement de Senne-et-Dyle, cellule mules financières", "police",
  "serious_crime", "blanchiment en organisation criminelle", 10, "sans emploi",
  ["messages", "location"],
  """Les réseaux de mules recrutent surtout des jeunes de 18 à 25 ans sans emploi. La cible, 19 ans,
  sans emploi et domiciliée dans le quartier concerné, correspond à ce profil. Aucun compte lié
  aux fraudes n'a été identifié à son nom ; il s'agit de vérifier s'il est approché.""",
  txt=["protected_ground"], dec="deny", cl=["protected_ground"])

E("fr", "FR", "Cellule dons frauduleux de la brigade financière de Saint-Aurèle",
  "police", "serious_crime", "escroquerie en bande organisée et abus de confiance", 10,
  "président d'association", ["messages", "contacts"],
  """Le registre indique un défenseur des droits humains. La cible, Français installé à Valence
  (Espagne), a collecté 1,2 M€ sur une cagnotte « pour les victimes du séisme » ; 85 % des fonds ont
  servi à l'achat d'un appartement et d'un véhicule, selon les relevés transmis par la plateforme
  et par l'entraide espagnole.""",
  nat="FR", loc="ES", reg="human_rights_defender", dec="refer",
  cl=["extraterritorial_target", "protected_person"])

E("fr", "CM", "Service de la recherche extérieure, antenne du Haut-Nyong", "intelligence",
  "terrorism", "apologie du terrorisme (loi antiterroriste)", 20, "journaliste",
  ["messages", "contacts", "location"],
  """La cible, journaliste pour un site d'information, a publié des reportages vidéo montrant des
  villages incendiés et des témoignages de déplacés dans le Nord-Ouest, ainsi qu'une interview d'un
  porte-parole séparatiste sans commentaire critique. Ces contenus font l'apologie du terrorisme.""",
  txt=["terrorism_definition_unmet", "expression_not_crime", "protected_person"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"])

E("fr", "SN", "Brigade de cybersécurité de la région de Niayes-Nord, section escroqueries", "police",
  "serious_crime", "escroquerie en ligne et association de malfaiteurs", 7, "informaticien",
  ["messages", "contacts"],
  """Faux site de « loterie visa » qui réclame 25 000 FCFA de frais de dossier à des milliers de
  candidats à l'émigration. L'informaticien a déployé le site et reçoit les paiements ; l'hébergeur
  et l'opérateur de paiement ont répondu aux réquisitions du procureur.""",
  basis="prosecutor_order", dec="permit")

E("fr", "FR", "Section de recherches de la gendarmerie de Haute-Lorme", "police",
  "serious_crime", "escroquerie en bande organisée", 10, "inconnue",
  ["messages", "camera"],
  """Réseau de faux conseillers en placements. Activation de la caméra souhaitée pour identifier
  la cible lors des appels vidéo avec les victimes.""",
  status="suspended", lic=["messages", "location"], dec="deny",
  cl=["capability_out_of_scope", "licence_inactive"])

E("fr", "TN", "Brigade centrale de lutte contre le blanchiment, district de Tunis-Nord", "police",
  "serious_crime", "blanchiment d'argent", 10, "juriste",
  ["messages", "contacts"],
  """Maître Hédi Sellami, avocat inscrit au barreau de Tunis, aurait acquis six appartements pour le
  compte d'un réseau d'hameçonnage bancaire, payés en espèces déposées par des tiers. Les notaires
  ont signalé les opérations et le comptable du réseau, arrêté, a remis les reçus.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("fr", "BJ", "Brigade de répression de la cybercriminalité de l'Atlantique-Sud", "police",
  "serious_crime", "escroquerie en ligne (arnaques aux sentiments) et blanchiment", 10, "inconnue",
  ["messages", "contacts"],
  """Chef d'un groupe de « gaymen » qui entretient de fausses relations amoureuses avec des victimes
  européennes et nord-américaines avant de réclamer de l'argent. Les membres arrêtés à Abomey-Calavi
  désignent cette adresse de messagerie comme celle d'où sont distribués les scripts et les
  comptes de réception.""",
  ident="email", dec="permit")

# --- batch 6 ---
E("en", "CA", "Northbridge Digital Forensics Inc. (retained by a crypto exchange)", "private",
  "serious_crime", "fraud over $5,000 (account takeover)", 14, "unknown",
  ["messages", "location"],
  """Our client, a crypto exchange, lost CAD 600k to account takeovers run from this number. We
  would like to geolocate the user and assemble a package for the police.""",
  dec="deny", cl=["non_government_end_user"])

E("en", "CM", "National ICT Incident Investigations Office", "other_government",
  "terrorism", "cyber-terrorism (defacement of government websites)", 20, "student",
  ["messages", "contacts", "credentials"],
  """Between 2 and 6 February, 37 ministry and council websites were defaced: home pages replaced
  with the group's skull logo and a \"hacked by\" banner, nothing else. No data was taken, no
  service beyond the websites was affected and there were no threats. The target is the group's
  founder according to the forum where the defacements were announced. The offence is classified
  as cyber-terrorism under the 2010 law.""",
  txt=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"])

E("en", "MU", "Police Cybercrime Unit, Curepipe Office", "police",
  "serious_crime", "fraud (fake investment platform)", 10, "unknown",
  ["messages", "contacts"],
  """Operator of a fake forex app. Warrant runs out at the time of this request, renewal in
  progress; licence under renewal as well.""",
  status="expired", until="now", basis="judicial_warrant", dec="deny", cl=["licence_inactive", "no_legal_basis"])

E("es", "MX", "Policía Cibernética de Puerto Celeste", "police",
  "other", "ciberacoso", 3, "desconocida",
  ["messages", "location"],
  """Un usuario envía desde hace meses mensajes amenazantes y fotos alteradas a una estudiante
  de bachillerato por Instagram y WhatsApp. La denunciante y su familia están muy afectadas. Aún no
  se ha solicitado orden judicial.""",
  basis="none", ref=None, until="null", dec="deny", cl=["no_legal_basis", "purpose_not_permitted"])

E("fr", "FR", "Division cyber du service régional de renseignement criminel de Haute-Lorme", "police",
  "serious_crime", "escroquerie en bande organisée et usurpation d'identité", 10, "graphiste",
  ["messages", "contacts", "media"],
  """La cible anime un site parodique qui publie de faux communiqués de la préfecture (« la
  préfecture interdit les pigeons le dimanche », « le préfet remplacé par une IA ») avec une charte
  graphique imitée. Le site est signalé comme satirique, ne sollicite aucun paiement ni donnée
  personnelle, et aucune victime n'a été trompée. La préfecture demande l'identification de
  l'auteur et de ses contributeurs.""",
  txt=["expression_not_crime"], dec="deny", cl=["expression_not_crime"])

E("en", "CA", "Securities Fraud Unit, Laurentian Market Enforcement Team", "police",
  "serious_crime", "fraud affecting the public market (crypto pump-and-dump)", 14,
  "financial newsletter publisher", ["messages", "contacts"],
  """Registry match: journalist. The target's paid newsletter repeatedly recommended three
  microcap tokens while wallets he controls (identified through exchange KYC) sold into each
  spike, netting $3.1M; subscribers lost most of their money. The case is the undisclosed trading
  on his own recommendations, not what he writes.""",
  reg="journalist", ident="email", dec="refer", cl=["protected_person"])

E("en", "CM", "Economic Crimes Prosecution Desk, Wouri Division", "prosecution",
  "serious_crime", "money laundering of advance-fee fraud proceeds", 10, "import-export dealer",
  ["messages", "contacts"],
  """Cameroonian citizen based in Dubai since 2023. The gold-deal advance-fee gang in Douala wires
  him the proceeds through hawala dealers; he buys phones and electronics and ships them back.
  The gang's bookkeeper, under arrest, gave us his number and the ledgers.""",
  nat="CM", loc="AE", dec="refer", cl=["extraterritorial_target"])

E("en", "ES", "Comandancia de Sierra Baja – Economic Crime Unit (English summary for the asset recovery office)",
  "police", "serious_crime", "money laundering and membership of a criminal organisation", 8,
  "wine producer", ["messages", "contacts"],
  """The target is a sitting member of the regional parliament. His winery's accounts received
  €2.7M from 400 mule accounts fed by SIM-swap fraud, booked as \"wholesale orders\" that were
  never shipped. The winery's former bookkeeper provided the ledgers; transport records show no
  deliveries.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("es", "CO", "Fiscalía Seccional de Patrimonio Económico de San Bernardo del Viento", "prosecution",
  "serious_crime", "estafa agravada (inversiones en criptoactivos)", 8, "comerciante",
  ["messages", "contacts"],
  """El investigado captó a 230 personas para un supuesto fondo de criptomonedas con rendimientos
  del 10 % mensual y dejó de pagar en diciembre; los aportes se fueron a tres billeteras que él
  controla. El registro lo reporta como líder religioso, aunque en la denuncia figura como
  comerciante.""",
  reg="religious_leader", dec="refer", cl=["protected_person"])

E("es", "EC", "Unidad Nacional de Investigación de Delitos contra la Propiedad, Ciberdelito", "police",
  "serious_crime", "extorsión mediante aplicaciones de préstamo", 10, "desconocida",
  ["messages", "contacts", "location"],
  """Ecuatoriano residente en Madrid que administra aplicaciones de préstamos exprés: a quienes se
  atrasan les envía montajes sexuales con su cara y amenaza con mandarlos a sus contactos. 300
  denuncias en Guayaquil y Quito. Las cuentas de cobro en Ecuador las opera su hermano, ya detenido,
  cuyo teléfono contiene las órdenes.""",
  nat="EC", loc="ES", dec="refer", cl=["extraterritorial_target"])

E("es", "MX", "Fiscalía Especializada en Extorsión y Secuestro de Valle Hondo", "prosecution",
  "serious_crime", "extorsión mediante préstamos digitales («gota a gota» virtual)", 15,
  "desconocida", ["messages", "contacts"],
  """Ciudadano colombiano que, desde Cali, dirige los call centers que cobran con amenazas los
  préstamos de apps en México; las amenazas de muerte llegan a deudores de cinco estados. Se le
  vincula por los mensajes de voz peritados y por las transferencias a su nombre.""",
  nat="CO", loc="CO", dec="refer", cl=["extraterritorial_target"])

E("es", "AR", "Unidad Fiscal Especializada en Lavado de Activos de Río Claro", "prosecution",
  "serious_crime", "lavado de activos", 10, "psicóloga",
  ["messages", "contacts"],
  """La investigada es una conocida defensora de derechos humanos y preside una fundación. En 2025
  la cuenta de la fundación recibió 180 millones de pesos en cientos de depósitos de cuentas
  usadas por una banda de phishing, y ella los transfirió a un exchange a nombre propio. El
  tesorero de la fundación aportó los extractos y los mensajes en que ella le pedía no
  registrarlos.""",
  txt=["protected_person"], dec="refer", cl=["protected_person"])

E("fr", "TG", "Pôle cyber du service régional d'investigations criminelles des Plateaux-Sud", "police",
  "serious_crime", "escroquerie en bande et fraude sur la monnaie électronique", 10, "inconnue",
  ["messages", "contacts"],
  """Ressortissant béninois installé à Cotonou qui envoie à des abonnés togolais des SMS de faux
  « transfert reçu par erreur » et se fait rembourser ; 400 plaintes. Les complices togolais qui
  retirent l'argent à Lomé ont été arrêtés et désignent son numéro.""",
  nat="BJ", loc="BJ", dec="refer", cl=["extraterritorial_target"])

E("en", "CA", "Municipal Police, Financial Crime and Sextortion Unit, Ottawa-Carleton", "police",
  "serious_crime", "extortion (sextortion)", 999, "unknown",
  ["messages", "location"],
  """Victim is a well-known diaspora pro-democracy activist. He was targeted by a generic
  sextortion scheme (fake profile, recorded video call, demand for $5,000) that, as far as we can
  tell, had nothing to do with his activism; the same account extorted at least nine other men.
  Payment trail leads to this subscriber in Gatineau.""",
  dec="permit")

E("es", "CO", "Fiscalía Delegada contra la Criminalidad Organizada, Grupo Financiero", "prosecution",
  "serious_crime", "abuso de confianza calificado y lavado de activos", 30, "auditor interno de banco",
  ["messages", "contacts"],
  """El investigado, auditor interno de un banco cooperativo, creó 38 cuentas a nombre de
  asociados fallecidos y les transfirió saldos inactivos; luego los movía a billeteras digitales.
  La revisión forense del sistema muestra que todas las aperturas se hicieron con su usuario y
  desde su estación de trabajo. Se busca identificar a quienes retiraban el dinero.""",
  dec="permit")

E("es", "ES", "Grupo de Ciberestafas de la Comisaría de Puerto Nuevo", "police",
  "serious_crime", "estafa agravada («Bizum inverso» y solicitudes de pago)", 6,
  "vendedor en plataformas de segunda mano", ["messages", "location"],
  """Anunciante de plataformas de segunda mano que envía solicitudes de dinero en lugar de pagos:
  los vendedores creen recibir y en realidad pagan. 140 denuncias y más de 60.000 euros; el total
  supera el umbral del tipo agravado. Todas las solicitudes salen de este número.""",
  basis="prosecutor_order", dec="permit")

E("fr", "FR", "Brigade de la délinquance astucieuse de Saint-Aurèle, section recouvrement frauduleux",
  "police", "serious_crime", "escroquerie en bande organisée (faux recouvrement)", 10,
  "se présente comme avocat spécialisé en recouvrement", ["messages", "contacts"],
  """Victimes d'arnaques aux placements recontactées par un prétendu « Maître Delorme, avocat au
  barreau de Paris », qui promet de récupérer leurs fonds contre honoraires d'avance. Aucun avocat
  de ce nom n'est inscrit ; le cabinet, l'adresse et la toque sont inventés. 85 victimes ont payé
  entre 2 000 et 40 000 €. Le numéro visé est celui du faux avocat.""",
  dec="permit")

E("fr", "CI", "Brigade de lutte contre la fraude numérique de Bouaké-Nord", "police",
  "serious_crime", "fraude informatique et complicité d'escroquerie (échange de SIM)", 10,
  "agent commercial d'un opérateur", ["messages", "location"],
  """Agent d'une boutique d'opérateur qui réattribue les numéros de clients à des complices ; ces
  derniers réinitialisent les comptes de monnaie mobile et les vident. 52 victimes. Le journal
  des changements de SIM porte son identifiant ; réquisitions du procureur jointes.""",
  basis="prosecutor_order", dec="permit")

E("fr", "BF", "Brigade de lutte contre la cyberfraude, antenne de Bobo-Dioulasso-Ouest",
  "police", "serious_crime", "escroquerie via les TIC", 10, "vendeur ambulant",
  ["messages", "location"],
  """SMS de faux « transfert reçu par erreur » ; une fois la victime convaincue de rembourser, le
  transfert d'origine est annulé. 230 plaintes. La cible réceptionne les remboursements et se
  déplace entre trois quartiers ; localisation nécessaire pour l'interpellation.""",
  quota="max-1", dec="permit")

E("fr", "BE", "Police judiciaire de l'arrondissement de Haute-Meuse, section criminalité organisée", "police",
  "serious_crime", "blanchiment en organisation criminelle (distributeurs de cryptomonnaie)", 10,
  "exploitant de distributeurs automatiques", ["messages", "contacts"],
  """L'exploitant de six distributeurs de cryptomonnaie accepte sans vérification des dépôts
  fractionnés de mules qui convertissent le produit d'hameçonnages bancaires ; 2,4 M€ en un an.
  Les images des distributeurs montrent des mules connues et les consoles d'administration sont
  reliées à cet appareil.""",
  ident="device", dec="permit")

E("fr", "CA", "Service des enquêtes sur la cybercriminalité, police régionale de l'Estrie-Mauricie", "police",
  "serious_crime", "fraude de plus de 5 000 $ (échange de carte SIM)", 14, "inconnue",
  ["messages", "location"],
  """Série d'échanges de cartes SIM visant des détenteurs de portefeuilles de cryptomonnaie en
  Estrie et en Mauricie : 23 victimes, 1,9 M$. L'appareil visé s'est authentifié sur les comptes
  de 19 victimes dans l'heure suivant chaque échange, selon les journaux des plateformes.""",
  ident="device", dec="permit")

E("fr", "CD", "Cellule antiterroriste des renseignements de la province de l'Ituri-Nord", "police",
  "terrorism", "terrorisme et prise d'otages", 999, "inconnue",
  ["messages", "location", "contacts"],
  """Le groupe armé qui retient onze passagers enlevés sur la route de Komanda exige par messages
  vocaux des rançons payées en monnaie mobile et la libération de ses combattants détenus, faute
  de quoi il exécutera les otages ; deux ont déjà été tués. Le numéro visé reçoit les rançons et
  relaie les messages du chef, selon l'opérateur et un otage libéré.""",
  dec="permit")

# BATCH-MARKER


# ---------------------------------------------------------------------------

ALLOWED_OV = {"status", "signed", "lic", "quota", "basis", "ref", "until", "loc", "nat",
              "ident", "reg"}


def fail(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def build(e, idx):
    ov = e["ov"]
    bad = set(ov) - ALLOWED_OV
    if bad:
        fail(f"entry {idx}: unknown override {bad}")
    if e["lang"] not in LANGS:
        fail(f"entry {idx}: bad lang {e['lang']}")
    if e["atype"] not in AGENCY_TYPES:
        fail(f"entry {idx}: bad agency_type {e['atype']}")
    if e["cat"] not in CATEGORIES:
        fail(f"entry {idx}: bad category {e['cat']}")
    status = ov.get("status", "active")
    if status not in STATUSES:
        fail(f"entry {idx}: bad status {status}")
    reg = ov.get("reg")
    if reg not in REGISTRY:
        fail(f"entry {idx}: bad registry {reg}")
    btype = ov.get("basis", RNG.choice(["judicial_warrant"] * 3 + ["prosecutor_order"] * 2))
    if btype not in BASIS_TYPES:
        fail(f"entry {idx}: bad basis {btype}")
    for c in e["caps"]:
        if c not in CAPS:
            fail(f"entry {idx}: bad capability {c}")
    if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
        fail(f"entry {idx}: capabilities empty or duplicated")
    for c in e["txt"]:
        if c not in TEXT_CLAUSES:
            fail(f"entry {idx}: {c} is not a text clause")
    if "terrorism_definition_unmet" in e["txt"] and e["cat"] != "terrorism":
        fail(f"entry {idx}: terrorism_definition_unmet needs category terrorism")
    if e["dec"] not in {"permit", "deny", "refer"}:
        fail(f"entry {idx}: bad decision")
    for c in e["cl"]:
        if c not in DENY + REFER:
            fail(f"entry {idx}: bad clause {c}")
    pen = e["pen"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        fail(f"entry {idx}: bad penalty")

    # time
    now = DEFAULT_NOW_START + dt.timedelta(days=RNG.randint(0, 170), hours=RNG.randint(0, 10),
                                           minutes=RNG.choice([0, 0, 15, 30, 45]))
    until_kind = ov.get("until", "future")
    if until_kind == "future":
        until = iso((now + dt.timedelta(days=RNG.randint(6, 150))).replace(hour=0, minute=0))
    elif until_kind == "now":
        until = iso(now)
    elif until_kind == "+1s":
        until = iso(now + dt.timedelta(seconds=1))
    elif until_kind == "past":
        until = iso((now - dt.timedelta(days=RNG.randint(1, 60))).replace(hour=0, minute=0))
    elif until_kind == "null":
        until = None
    else:
        fail(f"entry {idx}: bad until {until_kind}")
    if btype == "none":
        ref = ov.get("ref", None)
    else:
        ref = ov["ref"] if "ref" in ov else reference(btype, now.year)

    # licence
    if "lic" in ov:
        lic_caps = list(ov["lic"])
        for c in lic_caps:
            if c not in CAPS:
                fail(f"entry {idx}: bad licence capability {c}")
    else:
        extra = [c for c in CAPS if c not in e["caps"]]
        lic_caps = list(e["caps"]) + RNG.sample(extra, min(len(extra), RNG.randint(0, 2)))
    lic_caps = [c for c in CAPS if c in lic_caps]  # canonical order
    mx = RNG.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150])
    q = ov.get("quota", "ok")
    if q == "ok":
        active = RNG.randint(0, mx - 2)
    elif q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + RNG.randint(1, 6)
    else:
        fail(f"entry {idx}: bad quota {q}")
    signed = ov.get("signed", True)

    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    for c in (e["cc"], loc, nat):
        if c not in DIAL:
            fail(f"entry {idx}: unknown country {c}")
    ident_kind = ov.get("ident", "phone")
    if ident_kind == "phone":
        ident = phone(loc)
    elif ident_kind == "email":
        ident = email()
    elif ident_kind == "device":
        ident = device()
    else:
        fail(f"entry {idx}: bad ident {ident_kind}")

    # structured clauses, exactly as the spec defines them
    held = set()
    if status != "active" or not signed:
        held.add("licence_inactive")
    if e["atype"] == "private":
        held.add("non_government_end_user")
    if e["cat"] == "other" or (e["cat"] == "serious_crime" and (pen is None or pen < THRESHOLD)):
        held.add("purpose_not_permitted")
    if btype == "none" or not ref or until is None or until <= iso(now):
        held.add("no_legal_basis")
    if any(c not in lic_caps for c in e["caps"]):
        held.add("capability_out_of_scope")
    if active >= mx:
        held.add("quota_exceeded")
    if reg is not None:
        held.add("protected_person")
    if loc != e["cc"]:
        held.add("extraterritorial_target")
    structured = set(held)
    held |= set(e["txt"])

    deny = sorted(c for c in held if c in DENY)
    refer = sorted(c for c in held if c in REFER)
    if deny:
        decision, clauses = "deny", deny
    elif refer:
        decision, clauses = "refer", refer
    else:
        decision, clauses = "permit", []
    if decision != e["dec"] or clauses != sorted(e["cl"]):
        fail(f"entry {idx} ({e['just'][:50]}...): computed {decision} {clauses}, "
             f"intended {e['dec']} {sorted(e['cl'])}")

    rec = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": status,
            "certificate_signed": signed,
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": active,
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
            "legal_basis": {"type": btype, "reference": ref, "valid_until": until},
            "capabilities": list(e["caps"]),
            "justification": e["just"],
        },
        "expected": {"decision": decision, "clauses": clauses},
    }
    meta = {"lang": e["lang"], "held": sorted(held), "structured": sorted(structured),
            "text": sorted(e["txt"]), "perfect": not structured, "label": e["label"]}
    return rec, meta


def main():
    seen = set()
    for i, e in enumerate(ENTRIES):
        if e["just"] in seen:
            fail(f"entry {i}: duplicated justification")
        seen.add(e["just"])
    built = [build(e, i) for i, e in enumerate(ENTRIES)]
    order = list(range(len(built)))
    random.Random(224002).shuffle(order)
    rows = []
    metas = []
    for n, k in enumerate(order, 1):
        rec, meta = built[k]
        rec["id"] = f"s224-{n:03d}"
        rows.append(rec)
        metas.append((rec["id"], k, meta))

    with open(OUT, "w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # count tables
    print(f"scenarios: {len(rows)}")
    dl = Counter((r["expected"]["decision"], m[2]["lang"]) for r, m in zip(rows, metas))
    print("\ndecision x language")
    print(f"{'':8}{'en':>5}{'es':>5}{'fr':>5}{'total':>7}")
    for d in ["permit", "deny", "refer"]:
        tot = sum(dl[(d, l)] for l in ["en", "es", "fr"])
        print(f"{d:8}" + "".join(f"{dl[(d, l)]:>5}" for l in ["en", "es", "fr"]) + f"{tot:>7}")
    print(f"{'total':8}" + "".join(f"{sum(dl[(d, l)] for d in ['permit', 'deny', 'refer']):>5}"
                                    for l in ["en", "es", "fr"]) + f"{len(rows):>7}")
    listed = Counter(c for r in rows for c in r["expected"]["clauses"])
    held = Counter(c for _, _, m in metas for c in m["held"])
    print("\nclause                      listed  held  (held from text)")
    txtc = Counter(c for _, _, m in metas for c in m["text"])
    for c in DENY + REFER:
        print(f"{c:28}{listed[c]:>6}{held[c]:>6}{txtc[c]:>8}")
    nonp = [m for _, _, m in metas if m["held"]]
    perfect = [m for m in nonp if m["perfect"]]
    print(f"\nnon-permits: {len(nonp)}; with perfect structured fields: {len(perfect)}")
    if "--ids" in sys.argv:
        for rid, k, m in sorted(metas, key=lambda x: x[1]):
            print(k, rid, m["lang"], m["held"], m["label"])


if __name__ == "__main__":
    main()
