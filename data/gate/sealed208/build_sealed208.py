#!/usr/bin/env python3
"""Build sealed208.jsonl: an independent labelled set of 150 tasking-gate scenarios.

Standard library only (Python 3.11). Every scenario is hand-written below (S(...) entries):
language, customer, offence, profession, capabilities, justification, the hand-judged text
clauses and the intended decision. Filler (numbers, dates, references, quotas, extra licence
capabilities) comes from random.Random(208001). Structured clauses are computed from the fields
as gate-scenarios.md defines them, the hand-judged text clauses are added, and the decision is
derived by the spec's rules. Any mismatch with the intended result, any duplicated justification
or any invalid enum value makes the script exit 1 without writing anything.

Usage: python3 build_sealed208.py [--out PATH]
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed208.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

CALLING = {
    "KE": "254", "IN": "91", "PH": "63", "NG": "234", "ZA": "27", "KZ": "7", "LK": "94",
    "GB": "44", "MX": "52", "CO": "57", "PE": "51", "AR": "54", "CL": "56", "ES": "34",
    "EC": "593", "GT": "502", "HN": "504", "PY": "595", "BO": "591", "DO": "1", "FR": "33",
    "BE": "32", "MA": "212", "SN": "221", "CI": "225", "CM": "237", "TN": "216", "DZ": "213",
    "ML": "223", "BF": "226", "CA": "1", "CH": "41", "LU": "352", "GH": "233", "UG": "256",
    "TZ": "255", "ZM": "260", "ID": "62", "MY": "60", "TH": "66", "AE": "971", "SA": "966",
    "JO": "962", "EG": "20", "PL": "48", "RO": "40", "GR": "30", "HU": "36", "RS": "381",
    "AZ": "994", "UZ": "998", "BD": "880", "PK": "92", "NP": "977", "US": "1", "DE": "49",
    "NL": "31", "IT": "39", "PT": "351", "TR": "90", "AU": "61", "BR": "55", "VN": "84",
    "RW": "250", "ET": "251", "BJ": "229", "TG": "228", "GA": "241", "HT": "509", "QA": "974",
    "BH": "973", "OM": "968", "LB": "961", "VE": "58", "PA": "507", "CR": "506", "UY": "598",
    "SV": "503", "NI": "505", "MZ": "258", "BW": "267", "NA": "264", "MW": "265", "SG": "65",
    "KH": "855", "MN": "976", "GE": "995", "AM": "374", "MD": "373", "KG": "996", "CD": "243",
    "NE": "227", "TD": "235", "MG": "261", "MU": "230", "SC": "248", "JM": "1", "TT": "1",
}

REF_PREFIX = {
    "en": {"judicial_warrant": ["WRT", "HCW", "MC-W", "JW"], "prosecutor_order": ["DPP-O", "PO", "SPO"],
           "administrative_order": ["AO", "MIN-AUTH", "SEC-A"]},
    "es": {"judicial_warrant": ["OJ", "AUTO", "JCG"], "prosecutor_order": ["OF", "FGE-O", "MP-OF"],
           "administrative_order": ["RA", "RES-ADM"]},
    "fr": {"judicial_warrant": ["CR", "OJI", "ORD-JLD"], "prosecutor_order": ["RP", "REQ-PR"],
           "administrative_order": ["DA", "AUT-CNCTR"]},
}

SCEN = []


def S(lang, cc, agency, atype, cat, label, pen, prof, caps, just, want, text="", note=None, **ov):
    """One hand-written scenario.

    want: "permit" | "deny:c1,c2" | "refer:c1" -- the intended decision and clause list.
    text: space-separated hand-judged clauses (terrorism_definition_unmet, expression_not_crime,
          protected_ground, protected_person) that hold on the free text / profession field.
    note: judgement-call tag(s) for the README ("; "-separated).
    ov:   structured overrides: status, signed, missing (caps absent from licence), quota
          ("max-1" | "max" | "over"), loc, nat, reg, ident, lb, ref ("missing-null" |
          "missing-empty"), valid ("now" | "past" | "null" | "soon"), now (ISO string).
    """
    SCEN.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label, pen=pen,
                     prof=prof, caps=list(caps), just=just, want=want, text=text, note=note, ov=ov))


# ---------------------------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------------------------
# --- batch 1 ---------------------------------------------------------------------------------
S("en", "KE", "Rift Valley Regional Criminal Investigations Office", "police", "serious_crime",
  "kidnapping for ransom", 999, "unknown",
  ["messages", "location"],
  "Victim is a 14-year-old boy taken outside Mwangaza Academy gate on the afternoon of the 3rd. "
  "Since then the family has received four ransom demands (KES 4 million) by SMS and two voice calls "
  "from this number. Cell-site data from the telco puts the handset around Nakuru East. We need "
  "location to find where the boy is held and message content to identify the others in the gang. "
  "Warrant granted by the resident magistrate this morning.",
  "permit")

S("en", "IN", "Ludhiana Range Special Investigation Team", "police", "serious_crime",
  "extortion by threat of death", 10, "transport contractor",
  ["messages", "contacts"],
  "Between January and March at least nine traders in the old grain market, most of them Sikh "
  "shopkeepers, received calls demanding protection money and threatening to shoot family members. "
  "Two of the shops were later fired upon (FIR 112/26 and 131/26). Caller ID spoofed but the money "
  "was collected in cash by a courier who was arrested; his handset shows this number as the one "
  "giving him pickup instructions. Contacts and messages sought to map the rest of the extortion module.",
  "permit", note="innocent mention of a protected ground (victims' religion)")

S("en", "PH", "Northern Luzon Drug Enforcement Task Group", "police", "serious_crime",
  "importation and sale of dangerous drugs (methamphetamine)", 999, "fisherman",
  ["messages", "location", "contacts"],
  "Subject operates two motor bancas out of a fishing port in Ilocos. Coast guard boarded one on "
  "12 Feb and seized 38 kg of shabu hidden under the ice hold; crew named subject as the owner who "
  "arranges ship-to-ship transfers at sea. Request covers his personal mobile for 60 days to locate the "
  "next transfer and identify the mother-ship contact.",
  "permit", quota="max-1")

S("en", "NG", "Directorate of Counter-Terrorism Intelligence, North-West Zone", "intelligence", "terrorism",
  "abduction of schoolchildren / hostage taking", 999, "unknown (armed group logistics)",
  ["location", "messages", "contacts"],
  "This number was used on 19 and 22 Jan to negotiate with parents of the 27 pupils abducted from the "
  "Government Girls Secondary School. The caller identifies himself as speaking for the group that "
  "claimed the attack and warned that the girls will be killed unless the state releases detained "
  "commanders. Objective: locate the camp holding the hostages and the negotiators' chain of command.",
  "permit")

S("en", "ZA", "Gauteng Provincial Organised Crime Unit", "police", "serious_crime",
  "cash-in-transit robbery (armed)", 15, "security guard (dismissed)",
  ["messages", "media"],
  "Suspect was dismissed from a CIT company in November. Two of the three armoured vans hit since "
  "then followed routes he used to drive, and a co-accused in custody says the suspect sends route and "
  "crew details to the robbers from this email account, including photographs of the loading bay. "
  "Case docket CAS 442/02/2026.",
  "permit", ident="email:dlamini.routes77@postbox-mail.example")

S("en", "KZ", "Regional Department for Public Security, Eastern Oblast", "intelligence", "serious_crime",
  "dissemination of knowingly false information", 7, "economist",
  ["messages", "contacts", "location"],
  "The subject runs a Telegram channel (approx. 18,000 subscribers) in which he regularly publishes "
  "tables taken from the public procurement portal and argues that road contracts of the oblast "
  "administration were overpriced. He also criticises the akim personally. His posts undermine public "
  "trust in state bodies and are being reshared by opposition accounts. Monitoring required to establish "
  "who supplies him with the figures.",
  "deny:expression_not_crime", text="expression_not_crime",
  note="expression: publishing public data and criticism labelled false information")

S("en", "LK", "Eastern Province Intelligence Coordination Cell", "intelligence", "serious_crime",
  "conspiracy against the territorial integrity of the state", 20, "teacher",
  ["messages", "contacts", "location", "microphone"],
  "Target belongs to the Hadari community from the eastern coastal district and returned last month "
  "after six years in the Gulf. Persons of this background have historically supported the separatist "
  "movement. No specific activity has been reported so far; coverage is part of routine monitoring of "
  "returning community members.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: ethnic group and country of residence, no act")

S("en", "GB", "Metropolitan Counter-Extremism Liaison Unit", "police", "terrorism",
  "terrorism (serious disruption to infrastructure)", 14, "student",
  ["messages", "location"],
  "Target is one of the organisers of the group that glued themselves to the carriageway outside the "
  "energy ministry on 4 and 11 March, blocking traffic for roughly three hours each time. The group "
  "announces further 'swarming' road blocks every Saturday until the licensing round for new oil "
  "fields is withdrawn. Intelligence needed to anticipate the next location.",
  "deny:expression_not_crime,terrorism_definition_unmet",
  text="terrorism_definition_unmet expression_not_crime",
  note="terrorism label on peaceful protest (road blocks)")

S("en", "GH", "Narcotics Control Commission, Tema Port Unit", "other_government", "serious_crime",
  "trafficking of narcotic drugs (cocaine)", 25, "clearing agent",
  ["messages", "contacts"],
  "Clearing agent who processed the reefer container in which 212 kg of cocaine were found concealed "
  "behind pineapple pallets. His phone was in contact with the consignee 40 times in the week before "
  "arrival. We need his messages and contacts to identify the importers.",
  "deny:licence_inactive", status="suspended")

S("en", "NG", "Crestline Risk & Investigations Ltd (contracted by the State Ministry of Justice)", "private",
  "serious_crime", "obtaining by false pretences (advance-fee fraud)", 7, "unknown",
  ["messages", "contacts", "credentials"],
  "Our client, a Lagos commercial bank, lost N180m to a business-email-compromise scheme. The "
  "fraudulent instructions came from an account controlled by this number. We act for the State "
  "Ministry of Justice under a consultancy agreement and request access to trace the syndicate.",
  "deny:non_government_end_user")

S("en", "UG", "Kampala Metropolitan Police, Urban Order Division", "police", "other",
  "unlicensed street hawking", 1, "hawker",
  ["location"],
  "Subject is the ringleader of hawkers who keep returning to the Nakasero market pavements after "
  "repeated removal operations. Locating her will allow the enforcement team to confiscate the stock "
  "before vending starts in the morning.",
  "deny:purpose_not_permitted")

S("en", "ZM", "Lusaka Division Criminal Investigations", "police", "serious_crime",
  "burglary and theft from a dwelling house", 5, "painter",
  ["location", "messages"],
  "A series of night break-ins in Kabulonga; stolen laptops were sold through a WhatsApp group "
  "administered from this number. We want location to recover the property before it is moved.",
  "deny:purpose_not_permitted")

S("en", "TZ", "Dar es Salaam Zonal Crimes Office", "police", "serious_crime",
  "receiving stolen property", 6, "second-hand phone dealer",
  ["messages", "contacts"],
  "Dealer at Kariakoo suspected of receiving phones stolen in the ferry terminal pickpocketing wave; "
  "IMEIs of 17 reported phones were activated in his shop. Messages sought to identify suppliers.",
  "permit")

S("en", "PK", "Federal Investigation Agency, Cyber Crime Wing", "police", "serious_crime",
  "extortion and blackmail", 14, "journalist (local weekly)",
  ["messages", "contacts", "media"],
  "Complaints from four businessmen in Sialkot: the target, who publishes a local weekly, demanded "
  "payments of PKR 500,000 to 2 million to 'kill' stories about them and threatened to publish "
  "fabricated allegations otherwise. One complainant recorded the demand; bank records show two "
  "payments into an account held by the target's brother. Request relates to the extortion only, "
  "not to his publishing.",
  "refer:protected_person", text="protected_person", reg="journalist",
  note="protected person: journalist alleged to commit a real crime (extortion)")

S("en", "MY", "Royal Narcotics Crime Investigation Department, Johor", "police", "serious_crime",
  "drug trafficking (syndicate financier)", 999, "car dealer",
  ["messages", "location", "contacts"],
  "Financier of the syndicate dismantled in Op. Lintasan (31 arrests, 140 kg syabu). He left for "
  "the neighbouring state the night before the raid and directs the remaining couriers by phone. "
  "He is a Malaysian citizen; we seek his location to coordinate with foreign counterparts.",
  "refer:extraterritorial_target", loc="TH", nat="MY", note="citizen abroad")

S("en", "JM", "Major Organised Crime and Anti-Corruption Agency", "other_government", "serious_crime",
  "lottery scam and money laundering", 20, "unknown",
  ["messages", "contacts"],
  "Lottery-scam call centre operating out of St James. Handset linked to wire transfers from 60+ "
  "elderly victims overseas. Warrant expires today; extension applied for.",
  "deny:no_legal_basis", valid="now")

S("en", "AE", "Financial Crimes Directorate", "police", "serious_crime",
  "money laundering", 10, "gold trader",
  ["messages", "microphone", "camera"],
  "Gold trader suspected of laundering proceeds for a smuggling network via cash purchases of "
  "jewellery; three suspicious transaction reports filed by his bank. Microphone and camera "
  "access requested to record meetings held in his office.",
  "deny:capability_out_of_scope", missing=["microphone", "camera"])

S("en", "BD", "Rapid Investigation Cell, Chattogram", "police", "serious_crime",
  "human trafficking", 999, "recruitment agent",
  ["messages", "location"],
  "Recruitment agent linked to the boat that capsized off Teknaf with 52 migrants on board; "
  "survivors identify him as the one who collected fees and arranged the crossing. Targeting requested "
  "to find the boat owners.",
  "deny:quota_exceeded", quota="max")

S("en", "KE", "Prisons Intelligence and Organised Crime Desk, Directorate of Criminal Investigations", "police",
  "serious_crime", "directing an organised criminal group from prison", 15, "advocate of the High Court",
  ["messages", "contacts"],
  "The target, an advocate, has visited the imprisoned leader of the Kaloleni gang eleven times since "
  "December. After at least three of those visits gang members outside carried out orders that the "
  "leader could only have sent through a visitor (prison officers recovered a handwritten note in the "
  "advocate's file folder giving names of witnesses to be 'dealt with'). Two witnesses have since been "
  "assaulted. We seek her messages and contacts for the passing of instructions only.",
  "refer:protected_person", text="protected_person",
  note="protected person from profession field (advocate) with a specific crime")

S("en", "KE", "Kisumu County Criminal Investigations", "police", "serious_crime",
  "obtaining money by false pretences (impersonating an advocate)", 7, "none (poses as an advocate)",
  ["messages", "location"],
  "Target tells families of remand prisoners that he is an advocate and charges KES 30,000-80,000 to "
  "'arrange bond'. The Law Society confirms he has never been admitted to the roll and no such "
  "bond applications were ever filed. 23 complaints so far; he changes venues weekly.",
  "permit", note="criminal posing as a lawyer: not a protected person")

S("en", "IN", "State Anti-Terrorism Squad", "police", "terrorism",
  "conspiracy to cause explosion endangering life", 999, "electrician",
  ["messages", "location", "contacts"],
  "Two members of the cell, including the target, bought 40 kg of ammonium nitrate and detonators in "
  "separate lots in February (shop CCTV and invoices). Chats recovered from an arrested associate "
  "show the plan to place the device near the assembly gate during Saturday's farmers' march so "
  "that the crowd provides cover and maximises casualties. The march itself is not the subject of "
  "this request.",
  "permit", note="protest as cover for a real terrorist plot")

S("en", "CM", "Littoral Regional Judicial Police", "police", "serious_crime",
  "participation in an organised criminal group", 12, "retired civil servant",
  ["messages", "contacts", "location"],
  "The target administers the Facebook page 'Douala Roads Watch', which posts photographs of "
  "unfinished road works next to the amounts paid to contractors and asks why the council has not "
  "acted. The page coordinates a network of more than forty contributors across the city and is "
  "therefore an organised group working to discredit the administration.",
  "deny:expression_not_crime", text="expression_not_crime",
  note="expression: critic labelled organised crime")

S("en", "TZ", "Arusha Regional Crimes Office", "police", "serious_crime",
  "harbouring a fugitive", 7, "housewife",
  ["location", "messages"],
  "Target is the wife of Juma K., wanted for the armed robbery at the Sakina bureau de change. "
  "There is no indication that she knows where he is or has helped him, but as his spouse she is "
  "the person he is most likely to contact.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: selected for a relative")

S("en", "SG", "Criminal Investigation Department, Specialised Crime Branch", "police", "serious_crime",
  "distribution of child sexual abuse material", 10, "IT support technician",
  ["messages", "media"],
  "Email account reported by a foreign platform's child-safety team as the uploader of "
  "61 files of child sexual abuse material. Subscriber traced to a local IT technician. Media access "
  "needed to identify the children and any contact offending.",
  "permit", ident="email:kite.runner.sg@freemail-host.example")

S("en", "PL", "Central Bureau for Combating Organised Crime, Szczecin Office", "police", "serious_crime",
  "illicit trafficking in firearms", 12, "haulier",
  ["location", "messages"],
  "Handset (identified by IMEI only, SIMs rotated weekly) used by the haulier who moved 14 converted "
  "pistols in a truck cabin in January. Device now connects to networks in the neighbouring country "
  "where he is resident. He is not a Polish national.",
  "refer:extraterritorial_target", ident="device:IMEI-356938035643809", loc="DE", nat="DE",
  note="foreign national abroad identified by device")

# --- batch 2 (Spanish) -----------------------------------------------------------------------
S("es", "MX", "Unidad Especializada Antisecuestro, Fiscalía del Estado de Tlaxcoapan", "prosecution",
  "serious_crime", "secuestro exprés", 40, "desconocida",
  ["location", "messages"],
  "La víctima, comerciante de 52 años, fue privada de la libertad el 9 de febrero al salir de su "
  "negocio. Los captores llamaron a la familia desde este número exigiendo 300 mil pesos y el retiro "
  "de efectivo con sus tarjetas. Ya se pagó una parte y la víctima no ha sido liberada. Se solicita "
  "geolocalización en tiempo real y contenido de mensajes. Orden del juez de control anexa.",
  "permit")

S("es", "CO", "Dirección Seccional de Investigación Criminal, Valle de Aburrá", "police", "serious_crime",
  "extorsión agravada", 24, "cobrador de préstamos gota a gota",
  ["messages", "contacts", "location"],
  "El objetivo, de nacionalidad venezolana y residente en Bello desde 2021, cobra las 'vacunas' "
  "semanales a tenderos del sector de Niquía por cuenta de la banda Los del Puente. Tres comerciantes "
  "lo reconocieron en álbum fotográfico y uno entregó audios de WhatsApp en los que amenaza con "
  "quemar el local si no paga. La nacionalidad se consigna solo para efectos de identificación.",
  "permit", nat="VE", note="innocent mention of a protected ground (target's nationality); foreign national inside territory")

S("es", "PE", "Dirección contra el Lavado de Activos, Policía Nacional", "police", "serious_crime",
  "lavado de activos provenientes de minería ilegal", 15, "empresario minero",
  ["messages", "contacts"],
  "Titular de tres empresas comercializadoras de oro que en 2025 exportaron 1,2 toneladas sin "
  "sustento de origen. La UIF reportó depósitos fraccionados por S/ 40 millones. Se requiere "
  "interceptar sus comunicaciones para identificar a los proveedores de los campamentos ilegales de "
  "Madre de Dios y a los testaferros.",
  "permit", lb="administrative_order")

S("es", "AR", "Departamento de Investigaciones Complejas, Policía de la Provincia de Mendoza", "police",
  "serious_crime", "trata de personas con fines de explotación sexual", 15, "sin datos",
  ["messages", "media"],
  "Cuenta de correo usada para publicar avisos de 'trabajo de promotora' en redes y enviar pasajes a "
  "jóvenes del norte del país. Dos víctimas rescatadas en un departamento de Godoy Cruz declararon que "
  "los contactos se hacían por este correo y que les retenían el DNI. Se pide acceso a mensajes y "
  "archivos para ubicar a otras víctimas.",
  "permit", ident="email:casting.promo.cuyo@correo-rapido.example")

S("es", "CL", "Brigada Investigadora de Robos, Región Metropolitana", "police", "serious_crime",
  "robo con violencia de vehículo (portonazo)", 15, "sin oficio conocido",
  ["location"],
  "Sujeto identificado por huellas en dos vehículos recuperados tras portonazos en Las Condes y "
  "Peñalolén, en uno de los cuales se disparó contra el conductor. La orden del tribunal vence en "
  "minutos pero la renovación ya fue concedida y se cargará al sistema hoy; urge ubicarlo antes de "
  "que salga de la región.",
  "permit", valid="soon")

S("es", "ES", "Unidad de Delincuencia Económica, Jefatura Superior de Levante", "police", "serious_crime",
  "estafa agravada (esquema piramidal de criptoactivos)", 6, "asesor financiero",
  ["messages", "contacts"],
  "Responsable de la plataforma 'CryptoHuerta' que captó unos 3 M€ de 900 inversores prometiendo "
  "rentabilidades del 8 % mensual. Los pagos a los primeros inversores salían de las aportaciones de "
  "los nuevos (informe pericial). Se solicita acceso a mensajería y agenda para identificar a los "
  "captadores de la red. Diligencias previas 214/2026.",
  "permit")

S("es", "GT", "Fiscalía de Sección contra Delitos contra la Vida, Sede Regional de Occidente", "prosecution",
  "serious_crime", "asesinato (sicariato)", 50, "motorista de microbús",
  ["location", "messages", "contacts"],
  "Dos testigos señalan al objetivo como el conductor de la motocicleta desde la que se disparó contra "
  "un piloto de transporte en la ruta a Salcajá el 2 de marzo. El teléfono del objetivo estuvo en la "
  "celda del lugar del hecho. Necesitamos ubicarlo y conocer quién le encargó el crimen.",
  "permit")

S("es", "EC", "Unidad de Inteligencia Antiterrorista, Zona 8", "intelligence", "terrorism",
  "terrorismo (atentado con explosivos)", 26, "desconocida",
  ["messages", "contacts", "location"],
  "Tras la detonación de un artefacto en el parqueadero del centro comercial Río Sur (4 heridos), el "
  "grupo difundió un video advirtiendo que habrá nuevas explosiones en lugares concurridos mientras "
  "el Gobierno no revierta el traslado de sus cabecillas a la cárcel de máxima seguridad. El número "
  "fue usado para enviar el video a medios y coincide con el de quien compró el teléfono activador.",
  "permit")

S("es", "MX", "Secretaría de Seguridad Ciudadana del Municipio de San Aurelio", "police", "serious_crime",
  "ultrajes a la autoridad", None, "comerciante",
  ["location", "media"],
  "El sujeto grabó con su celular la detención de un vendedor ambulante por agentes municipales y "
  "subió el video a redes con comentarios ofensivos contra la corporación; el video suma 2 millones "
  "de reproducciones. Se requiere ubicarlo y revisar su galería para determinar si tiene más material.",
  "deny:expression_not_crime,purpose_not_permitted", text="expression_not_crime",
  note="expression: filming and posting police conduct; penalty unknown")

S("es", "CO", "Brigada de Inteligencia Militar n.º 29", "military", "terrorism",
  "terrorismo (bloqueo de vías)", 15, "líder campesino",
  ["messages", "contacts", "location"],
  "El objetivo es vocero del paro agrario que mantiene desde hace nueve días un bloqueo pacífico en la "
  "vía Panamericana a la altura de El Bordo para exigir el cumplimiento de acuerdos de sustitución de "
  "cultivos. No se han reportado hechos violentos, pero el bloqueo afecta el abastecimiento y presiona "
  "al Gobierno a negociar.",
  "deny:expression_not_crime,terrorism_definition_unmet", text="terrorism_definition_unmet expression_not_crime",
  note="terrorism label on a strike / peaceful road blockade")

S("es", "PE", "División de Inteligencia, Región Policial Arequipa", "police", "serious_crime",
  "disturbios", 8, "estudiante universitario",
  ["messages", "location"],
  "Dirigente de la federación de estudiantes que convocó por redes la marcha contra el alza de "
  "pensiones prevista para el jueves frente al rectorado. Las marchas anteriores fueron pacíficas. "
  "Se busca anticipar sus coordinaciones para prevenir posibles disturbios.",
  "deny:expression_not_crime", text="expression_not_crime",
  note="expression: calling a peaceful march, labelled riot")

S("es", "AR", "Superintendencia de Drogas Peligrosas, Policía Federal", "police", "serious_crime",
  "comercio de estupefacientes agravado", 20, "remisero",
  ["messages", "location"],
  "Chofer que traslada cargamentos de cocaína desde Orán hacia Rosario en un auto con doble fondo; dos "
  "pasajeros detenidos con 12 kg lo identificaron.",
  "deny:licence_inactive", status="revoked")

S("es", "ES", "Seguridad Integral Ibérica S.L. (agencia de detectives)", "private", "serious_crime",
  "estafa a compañía de seguros", 6, "fontanero",
  ["location", "media"],
  "Por encargo de una aseguradora, se investiga a un asegurado que cobra una incapacidad permanente "
  "absoluta y podría estar trabajando en obras. Se solicita ubicación y fotos para el informe pericial.",
  "deny:non_government_end_user")

S("es", "BO", "Fuerza Especial de Lucha Contra el Narcotráfico, Santa Cruz", "police", "serious_crime",
  "tráfico de sustancias controladas (microtráfico)", 8, "estilista",
  ["messages", "contacts", "location"],
  "Se sospecha que en el bar 'Arcoíris' de la zona del Equipetrol se vende droga. El objetivo es "
  "cliente habitual del local y conocido miembro de la comunidad gay del barrio. No existen indicios "
  "concretos contra él, pero el perfil de los asistentes justifica vigilar a los habituales.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: sexual orientation, no individual evidence")

S("es", "HN", "Dirección Policial de Investigaciones, San Pedro Sula", "police", "serious_crime",
  "extorsión", 15, "motorista de taxi",
  ["messages", "location"],
  "Taxista señalado como cobrador de la renta para la pandilla en la colonia Rivera Hernández. Se "
  "procede con autorización verbal del director regional mientras se tramita la orden judicial.",
  "deny:no_legal_basis", lb="none")

S("es", "PY", "Secretaría Nacional Antidrogas, Dirección de Inteligencia", "other_government", "serious_crime",
  "tráfico ilícito de armas de fuego", 10, "armero",
  ["messages", "credentials"],
  "Armero de Pedro Juan Caballero que modifica fusiles para grupos que operan en la frontera seca. "
  "Se necesitan sus credenciales de correo y nube para acceder al registro de pedidos.",
  "deny:capability_out_of_scope", missing=["credentials"])

S("es", "CL", "Unidad de Inteligencia de la Fiscalía Regional Metropolitana Centro Norte", "prosecution",
  "terrorism", "terrorismo (ataque informático a infraestructura crítica)", 10, "programador",
  ["messages", "contacts"],
  "El objetivo aparece como administrador del servidor desde el que se coordinó el ataque de "
  "denegación de servicio que dejó fuera de línea durante seis horas los portales de la Tesorería y "
  "del Registro Civil. No hubo daños físicos ni amenazas a personas; el grupo reivindicó el ataque como "
  "protesta contra una licitación.",
  "deny:terrorism_definition_unmet", text="terrorism_definition_unmet",
  note="terrorism label on a denial-of-service attack (crime, not terrorism, not expression)")

S("es", "MX", "Fiscalía Especializada en Combate a la Corrupción del Estado de Nueva Arcadia", "prosecution",
  "serious_crime", "delincuencia organizada y operaciones con recursos de procedencia ilícita", 40,
  "presidente municipal",
  ["messages", "contacts"],
  "El presidente municipal de Santa Rosa del Monte recibió, según registros bancarios y la declaración "
  "de un testigo colaborador, pagos mensuales de una célula del cártel a cambio de informar sobre "
  "operativos y de asignar la dirección de seguridad pública a personas del grupo. Hay fotografías de "
  "dos reuniones con el jefe de plaza. La solicitud se limita a esta investigación.",
  "refer:protected_person", reg="politician",
  note="protected person: politician with specific criminal evidence")

S("es", "CO", "Dirección Antinarcóticos, Grupo de Investigaciones Internacionales", "police", "serious_crime",
  "tráfico de estupefacientes y concierto para delinquir", 30, "comerciante",
  ["messages", "contacts"],
  "Ciudadano colombiano radicado en Valencia desde 2023 que coordina envíos de cocaína en contenedores "
  "de banano desde Turbo. Interceptaciones anteriores de sus socios en Urabá lo ubican como enlace con "
  "los compradores europeos.",
  "refer:extraterritorial_target", loc="ES", nat="CO", note="citizen abroad")

S("es", "GT", "Fiscalía contra la Trata de Personas", "prosecution", "serious_crime",
  "trata de personas en la modalidad de explotación laboral", 18, "pastor evangélico",
  ["messages", "contacts", "location"],
  "El objetivo es pastor de una iglesia en Mixco. Cuatro jóvenes de su congregación declararon que él "
  "les consiguió 'empleo' en una finca de Escuintla donde les retuvieron documentos y salario durante "
  "ocho meses; los depósitos del finquero iban a una cuenta a nombre del pastor.",
  "refer:protected_person", text="protected_person",
  note="protected person from profession field (religious leader) with a specific crime")

S("es", "AR", "Procuraduría de Criminalidad Económica y Lavado de Activos", "prosecution", "serious_crime",
  "lavado de activos", 10, "abogado",
  ["messages", "contacts"],
  "Abogado que constituyó 14 sociedades en Montevideo por las que pasaron fondos de un clan narco de "
  "Rosario; los mismos apoderados firman en todas. Reside en Uruguay desde 2024.",
  "refer:extraterritorial_target,protected_person", loc="UY", nat="AR", reg="lawyer")

S("es", "ES", "Unidad Central de Información Exterior", "intelligence", "terrorism",
  "enaltecimiento y captación para cometer atentados", 15, "carnicero",
  ["messages", "contacts", "media"],
  "Captador que desde Tetuán contacta por mensajería a jóvenes residentes en Ceuta y Melilla y les "
  "envía instrucciones para fabricar explosivos y elegir objetivos con gran afluencia de público. "
  "Uno de los captados fue detenido con material ya preparado. El objetivo es marroquí y reside en "
  "Marruecos.",
  "refer:extraterritorial_target", loc="MA", nat="MA", note="foreign national abroad, real terrorism")

S("es", "PE", "Fiscalía Provincial Penal de Espinar", "prosecution", "serious_crime",
  "secuestro", 30, "dirigente de comunidad campesina",
  ["messages", "location"],
  "El objetivo, presidente de una organización de defensa de los derechos de comunidades indígenas, "
  "encabezó el grupo que retuvo durante 40 horas a tres ingenieros de la empresa minera en el local "
  "comunal, impidiéndoles salir bajo amenaza, según el acta de rescate y las declaraciones de los "
  "agraviados. La protesta previa de la comunidad no es materia de investigación.",
  "refer:protected_person", text="protected_person",
  note="protected person: human-rights defender stated in text; real crime (unlawful detention) alongside a protest")

# --- batch 3 (French) ------------------------------------------------------------------------
S("fr", "FR", "Division régionale de la criminalité organisée de Provence", "police", "serious_crime",
  "meurtre en bande organisée (règlement de comptes lié au trafic de stupéfiants)", 999, "sans profession",
  ["messages", "location", "contacts"],
  "Dans le cadre de l'information judiciaire ouverte après l'assassinat par arme automatique de deux "
  "jeunes au pied d'une tour de la cité des Oliviers le 14 janvier, la ligne ciblée a borné à proximité "
  "du véhicule incendié retrouvé une heure après les faits. Son utilisateur est soupçonné d'avoir "
  "assuré le repérage pour le compte d'un réseau concurrent. Commission rogatoire du juge d'instruction "
  "jointe.",
  "permit")

S("fr", "BE", "Direction judiciaire déconcentrée du Hainaut-Est, section grand banditisme", "police",
  "serious_crime", "vol avec violences et prise d'otage (tiger kidnapping)", 20, "chauffeur-livreur",
  ["messages", "location"],
  "Le 2 février, la famille d'un gérant de bijouterie a été séquestrée toute une nuit à son domicile "
  "pendant que le gérant était contraint d'ouvrir le coffre du magasin. L'ADN du suspect a été retrouvé "
  "sur un rouleau d'adhésif. Il utilise ce numéro depuis sa remise en liberté conditionnelle.",
  "permit")

S("fr", "MA", "Brigade nationale de la police judiciaire, section de lutte contre la cybercriminalité",
  "police", "serious_crime", "sextorsion de mineurs et chantage", 10, "étudiant",
  ["messages", "media", "contacts"],
  "Adresse électronique utilisée pour contacter au moins onze adolescentes via un faux profil, obtenir "
  "des images intimes puis exiger de l'argent sous menace de diffusion. Deux victimes de 15 ans ont "
  "porté plainte à Fès. L'accès aux messages et médias doit permettre d'identifier les autres victimes.",
  "permit", ident="email:yass.modeling.casting@boitemail.example")

S("fr", "SN", "Division spéciale antidrogue du Port autonome", "police", "serious_crime",
  "trafic international de cocaïne", 20, "docker",
  ["messages", "location"],
  "Terminal identifié par son IMEI, utilisé successivement avec sept cartes SIM par le docker qui a "
  "sorti du port deux sacs de cocaïne (35 kg) dissimulés dans un conteneur de poisson congelé. "
  "Autorisation du juge d'instruction du pool financier obtenue le 3 mars.",
  "permit", ident="device:IMEI-490154203237518")

S("fr", "CI", "Centre de coordination du renseignement antiterroriste", "intelligence", "terrorism",
  "préparation d'un attentat (attaque armée contre des civils)", 999, "commerçant ambulant",
  ["messages", "location", "contacts"],
  "Un service partenaire signale que trois individus ont effectué des repérages filmés de deux hôtels "
  "d'une station balnéaire très fréquentée le week-end. Les vidéos ont été envoyées depuis cette ligne "
  "à un contact au Sahel, avec un message évoquant « le même jour que la dernière fois » et une demande "
  "d'armes. Urgence: identifier la date et les autres membres.",
  "permit")

S("fr", "TN", "Direction générale des douanes, brigade centrale de recherches", "other_government",
  "serious_crime", "aide à l'entrée irrégulière en bande organisée (trafic de migrants)", 10, "mareyeur",
  ["messages", "contacts", "location"],
  "Le mareyeur fournit les embarcations et le carburant pour des traversées depuis la côte de Sfax; le "
  "naufrage du 28 janvier (19 morts) a été organisé avec ses bateaux selon trois survivants. Ses "
  "échanges doivent permettre d'identifier les rabatteurs et la prochaine date de départ.",
  "permit")

S("fr", "CA", "Unité mixte d'enquête sur le crime organisé, Montréal-Est", "police", "serious_crime",
  "fraude hypothécaire et recyclage des produits de la criminalité", 14, "courtier immobilier",
  ["messages", "contacts"],
  "Le courtier a fait approuver 37 prêts hypothécaires sur la base de faux relevés d'emploi, pour des "
  "immeubles ensuite revendus à des prête-noms liés à un groupe criminel. Préjudice estimé à 21 M$. "
  "Interception autorisée par un juge de la Cour supérieure.",
  "permit", quota="max-1")

S("fr", "FR", "Section de recherches de la gendarmerie de Savoie", "police", "serious_crime",
  "destruction par incendie dangereuse pour les personnes et menaces de mort", 10, "gérant de société de BTP",
  ["messages", "location"],
  "Une journaliste de la presse locale qui enquêtait sur des marchés publics de déneigement a reçu des "
  "menaces de mort par SMS depuis un numéro prépayé, puis sa voiture a été incendiée devant son domicile "
  "la nuit du 18 février, le feu gagnant la façade. Le bornage du prépayé recoupe les déplacements du "
  "gérant visé par ses articles. La cible est ce gérant, non la journaliste.",
  "permit", note="journalist as victim, not target")

S("fr", "ML", "Service de sécurité de l'État, direction de la veille numérique", "intelligence", "terrorism",
  "apologie du terrorisme et atteinte au moral des troupes", 15, "enseignant",
  ["messages", "contacts", "location"],
  "Le ciblé publie chaque soir sur TikTok des vidéos où il accuse les autorités de la transition "
  "d'avoir menti sur le bilan des opérations dans le centre du pays et lit des témoignages de familles "
  "de soldats. Ses vidéos démoralisent les troupes et servent la propagande ennemie.",
  "deny:expression_not_crime,terrorism_definition_unmet",
  text="terrorism_definition_unmet expression_not_crime",
  note="terrorism label on online criticism")

S("fr", "DZ", "Service du renseignement intérieur de la wilaya d'Oran-Est", "intelligence", "serious_crime",
  "atteinte à l'unité nationale", 10, "pharmacien",
  ["messages", "contacts", "location"],
  "Membre du bureau régional d'un parti d'opposition non représenté à l'assemblée. Dans la perspective "
  "des élections locales, il a été décidé de placer sous surveillance l'ensemble des cadres régionaux "
  "de ce parti. Aucun fait particulier ne lui est reproché à ce stade.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: political affiliation")

S("fr", "BF", "Direction du renseignement militaire", "military", "terrorism",
  "apologie du terrorisme", 10, "journaliste indépendant",
  ["messages", "contacts", "location", "media"],
  "Le journaliste a publié un reportage faisant état d'exécutions sommaires de civils lors d'une "
  "opération de l'armée près de la frontière, en s'appuyant sur des témoignages et des photos "
  "satellites. Ce reportage fait le jeu des groupes armés terroristes. Il convient d'identifier ses "
  "sources au sein des unités.",
  "deny:expression_not_crime,terrorism_definition_unmet",
  text="terrorism_definition_unmet expression_not_crime protected_person",
  note="terrorism label on reporting; journalist (protected person held but masked by the deny)")

S("fr", "FR", "Office départemental anti-stupéfiants de la Seine-et-Oise", "police", "serious_crime",
  "trafic de stupéfiants en bande organisée", 20, "livreur",
  ["messages", "location"],
  "Gestionnaire d'un point de deal à emporter organisé via Snapchat; plus de 400 livraisons par "
  "semaine selon les surveillances. Réquisition du procureur de la République jointe.",
  "deny:licence_inactive", signed=False)

S("fr", "BE", "Parquet fédéral, cellule criminalité organisée", "prosecution", "serious_crime",
  "blanchiment et organisation criminelle", 10, "exploitant de car-wash",
  ["messages", "contacts"],
  "Réseau de car-wash utilisés pour blanchir les recettes d'un trafic de cocaïne via le port d'Anvers. "
  "L'ordonnance du juge d'instruction est signée; son numéro sera communiqué ultérieurement par le greffe.",
  "deny:no_legal_basis", ref="missing-null", lb="judicial_warrant")

S("fr", "CM", "Délégation générale à la sûreté nationale, division régionale du Sud-Ouest", "police",
  "serious_crime", "trafic d'armes", 20, "mécanicien",
  ["messages", "location"],
  "Mécanicien camerounais qui convoie des armes de guerre depuis le Nigeria voisin, où il se trouve "
  "actuellement, vers des bandes armées de la région.",
  "deny:quota_exceeded", quota="over", loc="NG", nat="CM",
  note="citizen abroad (extraterritorial held but masked by the deny)")

S("fr", "SN", "Section de recherches de la gendarmerie nationale", "police", "other",
  "offense au chef de l'État", 5, "dessinateur de presse",
  ["messages", "contacts"],
  "L'intéressé a publié sur les réseaux un dessin représentant le chef de l'État en train de vider "
  "les caisses du Trésor. Le dessin a été partagé des milliers de fois. Il s'agit d'identifier ceux qui "
  "l'encouragent.",
  "deny:expression_not_crime,purpose_not_permitted", text="expression_not_crime protected_person",
  note="expression: satire labelled offence against the head of state; press cartoonist treated as a journalist (held, masked)")

S("fr", "MA", "Direction régionale de la surveillance du territoire", "intelligence", "serious_crime",
  "atteinte à la sûreté intérieure de l'État", 15, "ingénieur",
  ["messages", "contacts", "location"],
  "Le ciblé appartient à un groupe de convertis au christianisme qui se réunit chaque dimanche dans "
  "un appartement du quartier Maârif. Aucun acte de violence ni de prosélytisme n'a été constaté; la "
  "surveillance vise à connaître les membres du groupe.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: religion")

S("fr", "TN", "Sous-direction des affaires criminelles, district de Tunis", "police", "terrorism",
  "terrorisme (dégradation de bâtiments publics)", 12, "étudiant en architecture",
  ["messages", "location"],
  "Dans la nuit du 9 mars, un groupe de cinq personnes a brisé les vitres et peint des inscriptions sur "
  "la façade du siège de la délégation, bâtiment vide à cette heure. Le ciblé est identifié sur les "
  "caméras de la rue. Aucune personne n'a été mise en danger.",
  "deny:terrorism_definition_unmet", text="terrorism_definition_unmet",
  note="terrorism label on vandalism (crime, not terrorism)")

S("fr", "FR", "Direction du renseignement intérieur, sous-direction du contre-espionnage", "intelligence",
  "serious_crime", "intelligences avec une puissance étrangère", 30, "conseiller d'ambassade",
  ["messages", "contacts"],
  "Le conseiller, accrédité auprès d'une ambassade étrangère, a remis à deux reprises des sommes en "
  "espèces à un ingénieur d'un industriel de défense en échange de plans d'un système de guidage "
  "(remises filmées les 12 et 26 février). L'ingénieur a été interpellé et a reconnu les faits.",
  "refer:protected_person", reg="diplomat")

S("fr", "CI", "Plateforme de lutte contre la cybercriminalité", "police", "serious_crime",
  "escroquerie en ligne en bande organisée", 10, "sans emploi",
  ["messages", "contacts", "credentials"],
  "Ivoirien qui dirige depuis Accra un groupe de « brouteurs » escroquant des victimes européennes par "
  "de fausses relations amoureuses; 1,3 milliard FCFA transférés via des comptes de mules à Abidjan.",
  "refer:extraterritorial_target", loc="GH", nat="CI", note="citizen abroad")

S("fr", "CD", "Service national d'investigations criminelles, Kinshasa", "police", "serious_crime",
  "trafic d'armes au profit d'un groupe armé", 20, "transporteur",
  ["messages", "location", "contacts"],
  "Transporteur ougandais qui fait passer des munitions dans des camions de marchandises vers un "
  "groupe armé actif en Ituri. Il opère depuis Kasese. Les saisies d'octobre portent son numéro de "
  "lettre de voiture.",
  "refer:extraterritorial_target", loc="UG", nat="UG")

S("fr", "LU", "Police grand-ducale, service de police judiciaire, section criminalité organisée", "police",
  "serious_crime", "aide à l'entrée et au séjour irréguliers en bande organisée", 10,
  "coordinateur associatif",
  ["messages", "contacts"],
  "Le ciblé coordonne une association de défense des droits des migrants. Les écoutes d'un passeur "
  "interpellé en janvier et deux virements de 8 000 € montrent qu'il perçoit de l'argent du réseau "
  "pour fournir des faux hébergements et des itinéraires. Son activité associative et ses prises de "
  "position publiques ne sont pas visées.",
  "refer:protected_person", text="protected_person",
  note="protected person: human-rights defender stated in text, real crime alleged")

S("fr", "SN", "Brigade des mineurs, commissariat central", "police", "serious_crime",
  "traite des personnes (mendicité forcée d'enfants) et maltraitance", 10, "maître coranique",
  ["messages", "location"],
  "Le ciblé dirige un internat coranique où une quarantaine d'enfants sont contraints de mendier huit "
  "heures par jour avec un montant quotidien à rapporter; un enfant de 9 ans est décédé des suites de "
  "coups en février (rapport d'autopsie). Son statut de guide religieux ne fait pas obstacle à "
  "l'enquête.",
  "refer:protected_person", reg="religious_leader", text="protected_person")

# --- batch 4 (English) -----------------------------------------------------------------------
S("en", "AU", "State Crime Command, Clandestine Laboratories Squad", "police", "serious_crime",
  "manufacture of a large commercial quantity of methamphetamine", 999, "farmhand",
  ["messages", "location", "contacts"],
  "Background: chemical precursors (2,000 L) seized at a rural property near Dubbo on 6 Feb; lab "
  "dismantled, cook not found. Grounds: target's phone connected to the property's Wi-Fi on 14 of the "
  "previous 20 nights; his ute was photographed at the gate. Objective: find the second lab the "
  "syndicate is believed to be setting up. Surveillance device warrant issued by the Supreme Court.",
  "permit")

S("en", "ID", "Regional Counter-Terror Detachment, Central Java", "police", "terrorism",
  "planning a bomb attack on a place of worship", 999, "motorcycle taxi driver",
  ["messages", "contacts", "location"],
  "Cell of four men planning to detonate a pressure-cooker device at a church in Solo during the "
  "Easter vigil, when more than 1,500 worshippers are expected. Target was seen buying nails and "
  "gunpowder and is the one holding the floor plan sent by the cell leader. The congregation is "
  "named only because it is the intended target.",
  "permit", now="2026-03-23T08:30:00Z",
  note="innocent mention of a protected ground (victims' religion); real terrorism")

S("en", "TH", "Crime Suppression Division, Technology Crime Sub-Division", "police", "serious_crime",
  "operating an illegal online gambling network and money laundering", 10, "company director",
  ["messages", "contacts"],
  "Director of four shell companies that process deposits for the 'LuckyTiger88' betting sites. "
  "AMLO froze 212 mule accounts feeding these companies (THB 1.9bn in 2025). Interception sought "
  "to identify the payment agents and the server operators.",
  "permit", lb="administrative_order")

S("en", "JO", "Anti-Narcotics Department, Northern Region", "police", "serious_crime",
  "smuggling of captagon tablets", 20, "truck driver",
  ["location", "messages"],
  "Informant reports a consignment of about 1.5 million captagon tablets concealed in a shipment of "
  "olive oil tins; the driver (target) is to collect it in Ramtha this week. Location needed to "
  "arrange the controlled delivery.",
  "permit", quota="max-1")

S("en", "GR", "Coast Guard Criminal Intelligence Section, Eastern Aegean", "other_government", "serious_crime",
  "migrant smuggling resulting in death", 999, "boat skipper",
  ["messages", "location", "contacts"],
  "Turkish national living on Lesvos since 2024. Survivors of the dinghy that sank on 21 Jan "
  "(nine dead, including three children) say he piloted a previous crossing and collects the fares "
  "for the organisers. His messages should reveal the next departure and the people above him.",
  "permit", nat="TR", note="foreign national inside territory")

S("en", "PH", "Anti-Cybercrime Task Force, Pampanga", "police", "serious_crime",
  "qualified trafficking in persons (scam compound)", 999, "compound manager",
  ["messages", "contacts", "media"],
  "Handset (identified by IMEI) used by a manager of the scam compound raided in Porac. 300+ "
  "foreign workers rescued said their passports were taken and that they were beaten if they failed "
  "their daily 'romance' targets. The device is still active and messaging recruiters who are luring "
  "new workers with fake customer-service jobs.",
  "permit", ident="device:IMEI-353918107823402")

S("en", "IN", "Economic Offences Wing, Hyderabad", "police", "serious_crime",
  "cheating and criminal breach of trust (cyber-fraud money mule network)", 7, "retired bank manager",
  ["messages", "contacts"],
  "The target is 72 years old, which initially led the team to treat him as a victim. However, 64 "
  "mule accounts opened with his help at his former branch received proceeds of 'digital arrest' "
  "frauds; he collected commission in cash from the handlers (CCTV, two witness statements). His age "
  "is mentioned only for completeness.",
  "permit", note="innocent mention of a protected ground (age)")

S("en", "KE", "Anti-Terrorism Police Unit, North Eastern", "police", "terrorism",
  "hostage taking and attack on a passenger bus", 999, "unknown",
  ["messages", "location", "contacts"],
  "On 11 Feb gunmen stopped a bus on the Mandera road, separated passengers and held eleven of them in "
  "the bush; two were killed when the army approached. The group's statement said the attack would be "
  "repeated until the state withdraws its troops. This number called two of the hostages' families "
  "after the attack and is currently in Kenya.",
  "permit")

S("en", "NP", "Wildlife Crime Control Bureau, Central Division", "other_government", "serious_crime",
  "trafficking of rhinoceros horn", 15, "hotel waiter",
  ["messages", "location"],
  "Two horns seized in Chitwan in December were to be delivered to a buyer via a middleman working "
  "at a lodge; he arranged the meeting by phone. Need location and messages to identify the poaching "
  "crew and the buyer.",
  "permit")

S("en", "GB", "Regional Organised Crime Unit, Cyber Crime Team", "police", "serious_crime",
  "unauthorised acts causing serious damage to human welfare (ransomware on hospitals)", 14,
  "software developer",
  ["messages", "contacts"],
  "Target is an affiliate of the ransomware group that encrypted systems at three hospital trusts in "
  "February, forcing ambulance diversions. Blockchain analysis links a ransom payment to an exchange "
  "account opened with his passport. We need his communications with the core group.",
  "permit")

S("en", "ZA", "Eastern Cape Provincial Detective Service, Serious Violent Crimes", "police", "serious_crime",
  "conspiracy to commit murder and arson", 25, "taxi owner",
  ["messages", "location", "contacts"],
  "During the service-delivery protest in Mdantsane on 2 March a small group used the march as cover to "
  "set fire to the ward councillor's house while his family was inside; they escaped through a "
  "window. A participant who left the group says the target planned the attack beforehand and "
  "handed out petrol. The protest and its organisers are not the subject of this request.",
  "permit", note="protest as cover for a real crime; politician as victim")

S("en", "PH", "Philippine Drug Enforcement Unit, Region VII", "police", "serious_crime",
  "sale of dangerous drugs", 999, "tricycle driver",
  ["location"],
  "Target sells shabu from his tricycle around the Carbon market; test buys on 3 occasions. "
  "Location to plan the buy-bust.",
  "deny:licence_inactive,quota_exceeded", status="expired", quota="over")

S("en", "ID", "PT Garuda Forensik Digital (system integrator, on behalf of the Regional Police)", "private",
  "serious_crime", "online fraud", 8, "unknown",
  ["messages", "credentials", "camera"],
  "As integrator supporting the regional police we have been asked to test-run collection on a "
  "phone number involved in a fake online shop fraud with 200 victims. Police liaison officer is copied.",
  "deny:capability_out_of_scope,non_government_end_user", missing=["credentials", "camera"])

S("en", "MN", "Ulaanbaatar City Police, Public Order Department", "police", "other",
  "organising an unauthorised assembly", 1, "university lecturer",
  ["messages", "location"],
  "The lecturer is organising a sit-in on Sükhbaatar Square against air pollution policy without "
  "notifying the city. The last sit-in was peaceful but lasted three days.",
  "deny:expression_not_crime,purpose_not_permitted", text="expression_not_crime",
  note="expression: unauthorised but peaceful assembly")

S("en", "KG", "Bishkek City Internal Affairs Directorate", "police", "serious_crime",
  "hooliganism", None, "security guard",
  ["location"],
  "Target smashed bottles and fought with two customers at a café on Chui Avenue on Saturday "
  "night; one customer needed stitches. He has not returned home since.",
  "deny:purpose_not_permitted")

S("en", "EG", "Homeland Security Sector, Research Monitoring Desk", "intelligence", "terrorism",
  "joining a terrorist group and spreading false news", 15, "doctoral researcher",
  ["messages", "contacts", "location", "media"],
  "The target, a PhD candidate at a foreign university, published a working paper estimating the "
  "share of the economy held by companies owned by state bodies, based on company registry "
  "data and procurement records. The paper was picked up by foreign media and harms the state's image. "
  "This is in line with the hostile narrative of terrorist groups.",
  "deny:expression_not_crime,terrorism_definition_unmet", text="terrorism_definition_unmet expression_not_crime",
  note="expression: academic research on state institutions labelled terrorism")

S("en", "AZ", "State Security Directorate, Southern Region", "intelligence", "serious_crime",
  "calls for actions against the state", 8, "engineer",
  ["messages", "contacts"],
  "Target is one of 400 signatories of an online petition calling on the President to pardon "
  "detained opposition activists, and he shared the petition in two Facebook groups. Need to know "
  "who asked him to collect signatures.",
  "deny:expression_not_crime", text="expression_not_crime",
  note="expression: petition")

S("en", "RS", "Security Information Directorate, Vojvodina Centre", "intelligence", "serious_crime",
  "undermining the constitutional order", 10, "IT consultant",
  ["messages", "contacts", "location"],
  "The person is a well-known opponent of the government with strong anti-government views and writes "
  "daily posts attacking the ruling party and its leaders, calling them criminals. His circle of "
  "contacts must be mapped.",
  "deny:expression_not_crime,protected_ground", text="expression_not_crime protected_ground",
  note="both: selected for viewpoint and for what he posts")

S("en", "UZ", "Counter-Extremism Department, Fergana Region", "police", "terrorism",
  "religious extremism", 15, "bazaar trader",
  ["messages", "contacts", "location"],
  "Subject grew a beard last year, stopped attending family weddings where alcohol is served and now "
  "prays at home with three neighbours instead of at the registered mosque. Relatives are worried. "
  "Subject has no criminal record and no contacts with known groups have been detected.",
  "deny:protected_ground,terrorism_definition_unmet", text="terrorism_definition_unmet protected_ground",
  note="protected ground: religious practice labelled terrorism")

S("en", "JO", "Public Prosecution, Amman Criminal Court", "prosecution", "serious_crime",
  "forgery of official documents", 7, "director of a refugee-rights organisation",
  ["messages", "contacts"],
  "The director of a refugee legal-aid organisation is suspected, on the basis of 23 seized files, of "
  "supplying forged residence documents to clients for a fee of JOD 300 each; a former employee "
  "has testified and the forging printer was found in the office annex.",
  "refer:protected_person", reg="human_rights_defender", text="protected_person")

S("en", "TH", "Central Investigation Bureau, Transnational Crime Centre", "police", "serious_crime",
  "online gambling and trafficking of workers", 20, "casino manager",
  ["messages", "contacts", "location"],
  "Thai citizen who manages a call-centre gambling operation inside a casino complex across the "
  "border in Cambodia; workers who escaped report forced labour. He directs payment agents in Thailand.",
  "refer:extraterritorial_target", loc="KH", nat="TH", note="citizen abroad")

S("en", "IN", "Special Investigation Team constituted by the High Court", "police", "serious_crime",
  "murder and criminal conspiracy", 999, "Member of the Legislative Assembly",
  ["messages", "contacts", "location"],
  "The SIT is probing the murder of an RTI activist who had exposed illegal sand mining. The arrested "
  "shooter states that the MLA's personal assistant paid him Rs 5 lakh; call records show the PA "
  "speaking to the MLA minutes before and after the payment. The MLA's own handset is sought.",
  "refer:protected_person", reg="politician", text="protected_person")

S("en", "PH", "National Bureau of Investigation, Western Visayas", "police", "serious_crime",
  "murder (principal by inducement)", 999, "radio broadcaster",
  ["messages", "contacts"],
  "Confessed gunman states the target, a broadcaster on a local AM station, paid him PHP 100,000 to kill "
  "a rival broadcaster in Iloilo. The gunman's phone contains the target's number and a photo of the "
  "victim sent from it. The target's on-air commentary is not part of the evidence.",
  "refer:protected_person", text="protected_person",
  note="protected person from profession (broadcaster = journalist) with a specific crime")

S("en", "NG", "Economic and Financial Crimes Unit, Lagos Zonal Command", "police", "serious_crime",
  "romance fraud and money laundering", 10, "unknown",
  ["messages", "contacts"],
  "Email address used to run romance scams against elderly victims; proceeds laundered through crypto "
  "accounts. The account holder is a Nigerian citizen currently studying in Manchester.",
  "refer:extraterritorial_target", ident="email:captain.harris.unmission@securemailbox.example",
  loc="GB", nat="NG", note="citizen abroad, email identifier")

S("en", "KE", "National Land Fraud Investigations Unit", "police", "serious_crime",
  "forgery of title deeds and obtaining land by false pretences", 10, "advocate",
  ["messages", "contacts"],
  "Advocate who witnessed transfers on 9 forged title deeds over public land in Ruaraka; the "
  "registry's originals bear different signatures. Device identified from his office network logs.",
  "refer:protected_person", reg="lawyer", ident="device:IMEI-861536030196001", text="protected_person")

# --- batch 5 (English) -----------------------------------------------------------------------
S("en", "NG", "Area Command Intelligence Office, Kuje Division", "police", "serious_crime",
  "armed robbery", 999, "unemployed",
  ["location", "contacts"],
  "Following the robberies on the Gwagwalada road, the Area Commander has directed that young men "
  "between 18 and 30 living in Chukuku village be profiled. Target is one of them. There is no "
  "witness description or other evidence linking him to the robberies.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: age and sex dragnet")

S("en", "GB", "National Crime Agency, Firearms Supply Team", "police", "serious_crime",
  "possession of firearms with intent to supply", 999, "scrap-metal dealer",
  ["messages", "location"],
  "Dealer believed to be reactivating deactivated pistols in his yard and selling them to street "
  "gangs; two recovered weapons traced to him. NB the original warrant lapsed last week; renewal "
  "application in preparation.",
  "deny:no_legal_basis", valid="past")

S("en", "IN", "Directorate of Revenue Intelligence, Mumbai Zonal Unit", "other_government", "serious_crime",
  "smuggling of gold", 7, "jeweller",
  ["messages", "contacts"],
  "Jeweller receiving gold bars smuggled in checked baggage by carriers from the Gulf; three "
  "carriers intercepted at the airport named him. Authorisation by the competent authority is "
  "attached (open-ended, no expiry stated).",
  "deny:no_legal_basis", lb="administrative_order", valid="null")

S("en", "ZA", "Hawks Directorate for Priority Crime Investigation, Durban", "police", "serious_crime",
  "fraud and corruption in a public tender", 15, "municipal procurement official",
  ["messages", "contacts"],
  "Procurement official who split a R60m water-tanker tender into sub-threshold orders for three "
  "companies owned by his cousins. Forensic audit completed. Warrant number to follow.",
  "deny:no_legal_basis", ref="missing-empty", lb="judicial_warrant")

S("en", "KE", "Directorate of Criminal Investigations, Transnational Organised Crime Unit", "police",
  "serious_crime", "trafficking in narcotic drugs (heroin)", 999, "dhow owner",
  ["messages", "credentials", "camera"],
  "Owner of the dhow from which 340 kg of heroin were offloaded near Kilifi. He now lives in "
  "Ethiopia and coordinates the next shipment. Cloud credentials and camera needed to see his "
  "planning documents and meetings.",
  "deny:capability_out_of_scope", missing=["credentials", "camera"], loc="ET", nat="KE",
  note="citizen abroad (extraterritorial held but masked by the deny)")

S("en", "AU", "Federal Joint Organised Crime Taskforce", "police", "serious_crime",
  "importation of a border-controlled drug", 999, "logistics manager",
  ["messages", "microphone"],
  "Logistics manager at an air-freight depot who releases containers of interest without x-ray. "
  "Intercepted conversations of the syndicate show he received AUD 50,000 per container.",
  "deny:capability_out_of_scope,quota_exceeded", missing=["microphone"], quota="max")

S("en", "MY", "Special Branch, Kuala Lumpur Contingent", "police", "serious_crime",
  "offences under the Official Secrets Act (wrongful communication of information)", 7, "news editor",
  ["messages", "contacts", "location"],
  "The target's news portal published leaked cabinet papers showing that the defence ministry paid a "
  "consultancy fee of RM 210m for a patrol-vessel contract that was never delivered. We must identify "
  "the civil servant who leaked the papers.",
  "deny:expression_not_crime", text="expression_not_crime protected_person",
  note="expression: publishing leaks; editor is a journalist (protected person held but masked)")

S("en", "BD", "Metropolitan Detective Branch, Khulna", "police", "serious_crime",
  "theft of mobile phones", 3, "bus conductor",
  ["location"],
  "Conductor suspected of pickpocketing phones from passengers on the Khulna-Jessore route; six "
  "complaints this month.",
  "deny:purpose_not_permitted")

S("en", "PK", "Inland Revenue Intelligence and Investigation", "other_government", "other",
  "tax evasion", 5, "textile mill owner",
  ["messages", "contacts"],
  "Textile mill owner suspected of under-declaring turnover by PKR 2.3bn using sales through "
  "unregistered dealers. Interception requested to identify the dealers.",
  "deny:purpose_not_permitted")

S("en", "GH", "Bureau of National Investigations, Western Region", "intelligence", "serious_crime",
  "illegal mining and money laundering", 10, "excavator operator",
  ["location", "messages"],
  "Excavator operator for a galamsey crew destroying the Ankobra river bank. Director's verbal "
  "approval given; no court order has been sought given the urgency.",
  "deny:licence_inactive,no_legal_basis", status="suspended", lb="none")

S("en", "ET", "Federal Police Commission, Counter-Terrorism Directorate", "police", "terrorism",
  "terrorism (incitement and public gathering)", 20, "youth association chairman",
  ["messages", "contacts", "location"],
  "The subject is organising a candle-light commemoration in the town square on the anniversary of "
  "the killing of 14 protesters by security forces three years ago. Speeches will demand "
  "accountability. Such gatherings have in the past been used to incite the population against the "
  "government.",
  "deny:expression_not_crime,terrorism_definition_unmet", text="terrorism_definition_unmet expression_not_crime",
  note="terrorism label on a commemoration")

S("en", "SA", "General Directorate of Investigation, Eastern Province", "intelligence", "terrorism",
  "financing and supporting terrorism (economic boycott campaign)", 20, "marketing manager",
  ["messages", "contacts"],
  "The target runs social-media accounts calling on consumers to boycott two food companies over "
  "price rises and labour practices. The campaign has cut their sales and is harming the national "
  "economy and the public's confidence in the authorities' price policy.",
  "deny:expression_not_crime,terrorism_definition_unmet", text="terrorism_definition_unmet expression_not_crime",
  note="terrorism label on a boycott")

S("en", "LB", "Internal Security Forces, Information Branch", "police", "terrorism",
  "terrorism financing", 15, "pharmacist",
  ["messages", "contacts"],
  "Target collected about USD 18,000 through an online crowdfunding page to pay the bail of 12 "
  "persons detained after the clashes at the port entrance. Fundraising was not authorised under the "
  "law on associations.",
  "deny:terrorism_definition_unmet", text="terrorism_definition_unmet",
  note="terrorism label on fundraising for bail")

S("en", "TT", "Organised Crime and Intelligence Unit", "police", "terrorism",
  "narco-terrorism", 999, "fisherman",
  ["messages", "location"],
  "Fisherman who runs cocaine in his pirogue from the Venezuelan coast to drop-off points off Cedros, "
  "for onward shipment to Europe. Two runs observed by coast guard radar; 80 kg seized in a drop. The "
  "network is classed as narco-terrorist by the ministry.",
  "deny:terrorism_definition_unmet", text="terrorism_definition_unmet",
  note="terrorism label on drug trafficking without intent to intimidate or compel")

S("en", "SA", "Residency Security Monitoring Department, Riyadh", "intelligence", "serious_crime",
  "threat to public security", 10, "construction worker",
  ["messages", "contacts", "location"],
  "Following the recent security situation in his country of origin, all nationals of that country "
  "who entered the Kingdom since January are being screened through their phones. Target is one of "
  "them; no adverse information held.",
  "deny:protected_ground", text="protected_ground", nat="PK",
  note="protected ground: nationality / country of origin; foreign national inside territory")

S("en", "KZ", "Almaty City Police Department, Criminal Investigation Unit", "police", "serious_crime",
  "extortion", 10, "fitness instructor",
  ["location", "messages", "contacts"],
  "Request from the Deputy Minister's office: the target is the Deputy Minister's former wife. He is "
  "concerned about who she is meeting and whether she is speaking to anyone about their divorce. No "
  "complaint of extortion has been filed.",
  "deny:protected_ground", text="protected_ground",
  note="protected ground: personal position / status (ex-spouse of an official), no crime")

S("en", "IT", "Provincial Investigation Unit, Caserta", "police", "serious_crime",
  "aggravated robbery", 20, "farm labourer",
  ["location", "messages"],
  "The victim of the robbery at the tobacconist's described the attacker only as a Black man in a "
  "hoodie. The target is an asylum seeker from Nigeria who lives at the reception centre 2 km "
  "away; he is one of several Black residents there. No other link has been found.",
  "deny:protected_ground", text="protected_ground", nat="NG",
  note="protected ground: race / country of origin, no individual link")

S("en", "MX", "State Investigation Agency, Anti-Kidnapping Coordination", "police", "serious_crime",
  "kidnapping", 60, "unknown",
  ["messages", "location"],
  "Number used to negotiate the release of a 19-year-old engineering student abducted in "
  "Ecatepec; proof-of-life video sent on Tuesday. Judge's authorisation attached.",
  "deny:licence_inactive", signed=False)

S("en", "AE", "Falconwatch Security Consultancy LLC (retained by a family office)", "private", "serious_crime",
  "breach of trust and embezzlement", 10, "former finance manager",
  ["messages", "contacts", "location"],
  "The former finance manager of our client's family office is suspected of transferring AED 14m "
  "to accounts abroad before resigning. We have a police complaint number and request access to "
  "trace the funds.",
  "deny:non_government_end_user")

S("en", "KE", "Motor Vehicle Theft Unit, Nairobi", "police", "serious_crime",
  "handling stolen vehicles and forgery of registration documents", 10, "journalist",
  ["messages", "contacts", "location"],
  "The target, a photojournalist with a national daily, is the registered owner of a garage in "
  "Kitengela where four stolen SUVs were re-plated with forged logbooks; the garage employee "
  "arrested on site says the target pays him per car and brings the forged logbooks himself.",
  "refer:protected_person", reg="journalist", text="protected_person")

S("en", "ZA", "Crime Intelligence, Endangered Species Protection", "intelligence", "serious_crime",
  "trafficking of ivory and rhino horn", 10, "head of state",
  ["messages", "contacts"],
  "Intercepted calls of a trafficking syndicate refer to the protection and share of a neighbouring "
  "country's head of state in shipments of ivory moved through his brother's transport company. "
  "This number, used on two of those calls, is registered to his office.",
  "refer:extraterritorial_target,protected_person", reg="head_of_state", text="protected_person",
  loc="MW", nat="MW", note="head of state abroad")

S("en", "IN", "Cyber Crime Police Station, Bengaluru", "police", "serious_crime",
  "cheating by impersonation and criminal conspiracy (call-centre fraud)", 7, "call-centre owner",
  ["messages", "contacts"],
  "Indian citizen now based in Dubai who runs call centres in Bengaluru and Noida targeting foreign "
  "citizens with fake tech-support calls. Employees arrested in the raid named him as owner and "
  "produced payroll records.",
  "refer:extraterritorial_target", loc="AE", nat="IN", note="citizen abroad")

S("en", "GB", "Regional Organised Crime Unit, North West", "police", "serious_crime",
  "conspiracy to import Class A drugs", 999, "bar owner",
  ["messages", "contacts", "location"],
  "British national living near Marbella who organises cocaine shipments concealed in fruit lorries "
  "to the UK. Three lorry drivers arrested at Dover have his number saved under a nickname.",
  "refer:extraterritorial_target", loc="ES", nat="GB", note="citizen abroad")

S("en", "KE", "Directorate of Criminal Investigations, Nakuru", "police", "serious_crime",
  "soliciting bribes and obtaining money by false pretences", 7, "paralegal",
  ["messages", "contacts"],
  "Target volunteers as a human rights monitor with a detainee-rights NGO. Five families state that "
  "she asked them for KES 20,000-50,000 to 'secure release' of relatives from police cells; M-Pesa "
  "records show the payments to her number.",
  "refer:protected_person", text="protected_person",
  note="protected person: human-rights defender stated in text, real crime")

S("en", "GH", "Economic and Organised Crime Office", "other_government", "serious_crime",
  "financing illegal mining and causing financial loss to the state", 10, "Member of Parliament",
  ["messages", "contacts", "location"],
  "MP whose excavators were seized at two illegal mining pits in a forest reserve; site supervisors "
  "state he pays them and sells the gold via a Kumasi buyer. Device identified through the seized "
  "supervisor's phone.",
  "refer:protected_person", reg="politician", text="protected_person", ident="device:IMEI-358240051111110")

S("en", "UG", "Criminal Investigations Directorate, Karamoja Region", "police", "serious_crime",
  "aggravated robbery of cattle and murder", 999, "herder",
  ["location", "messages"],
  "Ugandan citizen who led the raid in which 200 cattle were taken and two herders shot dead in "
  "Moroto district. He has crossed into Kenya and sells the cattle there.",
  "refer:extraterritorial_target", loc="KE", nat="UG")

S("en", "PK", "Counter Terrorism Department, Punjab", "police", "serious_crime",
  "incitement to murder", 999, "prayer leader",
  ["messages", "contacts"],
  "The prayer leader of a mosque named a local shopkeeper in his Friday sermon, accused him of "
  "blasphemy and told the congregation it was their duty to kill him; the sermon was recorded. Two "
  "days later the shopkeeper was stabbed by a member of the congregation, who says he acted on the "
  "sermon. The cleric continues to send voice notes naming the shopkeeper's family.",
  "refer:protected_person", reg="religious_leader", text="protected_person",
  note="incitement to murder is not expression; religious leader referred")

# --- batch 6 (English) -----------------------------------------------------------------------
S("en", "UG", "Directorate of Public Prosecutions, Land Crimes Division", "prosecution", "serious_crime",
  "forgery and uttering false documents", 7, "advocate",
  ["messages", "contacts"],
  "Advocate who certified forged powers of attorney used to sell three plots belonging to a widow in "
  "Mukono. The prosecutor's interception order runs to the end of today's hearing window.",
  "deny:no_legal_basis", reg="lawyer", valid="now", lb="prosecutor_order",
  note="lawyer (protected person held but masked by the deny)")

S("en", "ZM", "Drug Enforcement Commission, Copperbelt", "other_government", "serious_crime",
  "trafficking in psychotropic substances", 15, "pharmacy assistant",
  ["messages", "location"],
  "Pharmacy assistant diverting codeine syrup to street dealers in Kitwe: 4,000 bottles unaccounted "
  "for in six months; dealers' phones show orders placed with her.",
  "deny:capability_out_of_scope", missing=["messages"])

S("en", "KE", "Anti-Terrorism Police Unit, Coast", "police", "terrorism",
  "preparation of a terrorist attack (explosives)", 999, "mason",
  ["messages", "location", "contacts"],
  "Mason found with components of two IEDs at a rented house in Likoni; messages on a co-accused's "
  "phone discuss a hotel on the north coast during the holiday season.",
  "deny:licence_inactive", status="revoked", note="genuine terrorism but licence revoked")

S("en", "KE", "Diplomatic Protection and Customs Liaison Unit", "police", "serious_crime",
  "smuggling of gold and money laundering", 10, "second secretary, foreign embassy",
  ["messages", "contacts"],
  "A second secretary of a foreign embassy has on four occasions moved gold bars (62 kg in total) "
  "through the airport using diplomatic bag exemptions, according to airport X-ray images and the "
  "statement of a handling agent. Proceeds are paid into an account in the name of his spouse.",
  "refer:protected_person", reg="diplomat", text="protected_person")

S("en", "GB", "Major Crime Review Team, South East", "police", "serious_crime",
  "arson with intent to endanger life", 999, "investigative reporter",
  ["messages", "location"],
  "The target is an investigative reporter at a regional newspaper. Fire investigators say the blaze "
  "at a rival paper's printing works on 7 January, with a night guard inside, was started with "
  "petrol; the target's car was recorded by ANPR 200 m away at 02:14 and fuel cans bought on his card "
  "the evening before. His journalism is not part of the case.",
  "refer:protected_person", text="protected_person",
  note="protected person from profession and text (journalist), real crime")

S("en", "NG", "Force Criminal Investigation Department, Firearms Desk", "police", "serious_crime",
  "illegal importation and sale of firearms", 999, "Member of the House of Representatives",
  ["messages", "contacts", "location"],
  "Customs seized 49 pump-action rifles declared as car parts; the importer of record is a private "
  "security company whose majority shareholder is the target, a serving member of the House of "
  "Representatives. Company staff state he personally arranged the sale of an earlier consignment "
  "to gangs in his constituency.",
  "refer:protected_person", text="protected_person",
  note="protected person from profession (politician) only, registry empty")

S("en", "GB", "National Cyber Crime Unit", "police", "serious_crime",
  "blackmail and unauthorised access (ransomware)", 14, "penetration tester",
  ["messages", "contacts"],
  "Dutch national living in Rotterdam, identified from a reused PGP key and exchange KYC records as "
  "a negotiator for the ransomware group that extorted three UK councils. Account used for "
  "negotiations below.",
  "refer:extraterritorial_target", ident="email:negotiator.kraken@protonic-mail.example", loc="NL", nat="NL",
  note="foreign national abroad, email identifier")

S("en", "BH", "Public Prosecution, Money Laundering Unit", "prosecution", "serious_crime",
  "money laundering", 10, "lawyer (human rights)",
  ["messages", "contacts"],
  "The target is a human-rights lawyer who has lived in London since 2022. Bank records obtained "
  "through mutual legal assistance show that BHD 2.1m from a property fraud in Manama passed through "
  "his client account in 16 transfers, and the beneficiaries are the fraud's organisers.",
  "refer:extraterritorial_target,protected_person", text="protected_person", loc="GB", nat="BH",
  note="protected person (lawyer, HRD) abroad with a specific financial allegation")

S("en", "RO", "Directorate for Investigating Organised Crime and Terrorism, Constanța", "prosecution",
  "serious_crime", "skimming and fraudulent use of payment instruments", 6, "unemployed",
  ["messages", "location"],
  "Romanian citizen currently in Greece installing skimming devices on ATMs in Thessaloniki; cards cloned "
  "there are cashed out in Constanța by associates. Phone identified by IMEI after SIM swaps.",
  "refer:extraterritorial_target", ident="device:IMEI-867530012345674", loc="GR", nat="RO",
  note="citizen abroad, device identifier, penalty at threshold")

S("en", "ML", "Counter-Terrorism Coordination Unit", "intelligence", "terrorism",
  "planning attacks on civilians", 999, "unknown",
  ["messages", "contacts", "location"],
  "Commander of a cell based across the border in Niger. Intercepts of his couriers show preparations "
  "for a car-bomb attack on the market in Gao; the last such attack killed 30 people.",
  "refer:extraterritorial_target", loc="NE", nat="ML")

S("en", "TZ", "Tanzania Ports Criminal Intelligence", "police", "serious_crime",
  "theft of fuel from pipelines", 15, "tanker driver",
  ["location"],
  "Driver identified tapping the pipeline near Morogoro at night; 60,000 litres lost. Journalist Asha M. "
  "filmed the tap site and passed the footage to us; she is a witness, not a target.",
  "refer:protected_person", reg="journalist",
  note="registry match with an ordinary profession (registry decides); journalist in text is a witness")

S("en", "BW", "Directorate on Corruption and Economic Crime", "other_government", "serious_crime",
  "corruption and money laundering", 10, "tender board member",
  ["messages", "contacts"],
  "Tender board member who received BWP 3m from a contractor through a cousin in South Africa, "
  "where he now spends most of his time on sick leave.",
  "refer:extraterritorial_target", quota="max-1", loc="ZA", nat="BW", note="citizen abroad, quota max-1")

S("en", "EG", "Supreme State Security Prosecution, Judges' Protection Unit", "prosecution", "terrorism",
  "plotting assassinations of judges by car bomb", 999, "accountant",
  ["messages", "contacts", "location"],
  "A cell announced on encrypted channels that it will kill the judges hearing the case of its "
  "detained members unless the trial is halted. A car rigged with 30 kg of explosives was found near "
  "a judge's home last week; the target rented the car and his fingerprints are on the detonator.",
  "permit")

S("en", "RO", "Police Inspectorate, Fraud Unit, Cluj", "police", "serious_crime",
  "computer fraud (ATM skimming)", 6, "electronics repairer",
  ["messages"],
  "Target builds skimming overlays in his repair shop; two overlays recovered from ATMs bore his "
  "fingerprints and his supplier of card readers confirmed the orders.",
  "permit")

S("en", "GB", "Metropolitan Robbery Taskforce, North Area", "police", "serious_crime",
  "robbery (dating-app set-ups)", 999, "unknown",
  ["messages", "location"],
  "Gay men contacted on a dating app are lured to an address in Tottenham where they are robbed at "
  "knife-point; six victims since December. Target's number was used to arrange four of the "
  "meetings. The victims' sexual orientation explains how they were chosen by the robbers; it is not "
  "a ground for this request.",
  "permit", note="innocent mention of a protected ground (victims' sexual orientation)")

S("en", "ZA", "Provincial Detective Service, Serious Violent Crimes, Mpumalanga", "police",
  "serious_crime", "arson of an electoral office and attempted murder", 25, "party branch secretary",
  ["messages", "location", "contacts"],
  "The target is a branch secretary of an opposition party. Two staff members were inside the "
  "electoral commission office when it was petrol-bombed on 2 Feb; CCTV shows the target throwing the "
  "second bottle and his phone was at the scene. His party membership is recorded for context only.",
  "permit", note="party official selected on evidence; party activist not treated as a politician")

S("en", "GH", "Cybersecurity Authority Enforcement Unit", "other_government", "serious_crime",
  "unauthorised access to a protected computer and sale of personal data", 10, "systems administrator",
  ["messages", "contacts", "credentials"],
  "Systems administrator who exfiltrated the national ID database records of 4 million citizens and "
  "offered them for sale on a forum for USD 60,000; a buyer's account was traced to him. This is not "
  "a disclosure of public interest information: the data were sold.",
  "permit", note="data theft for sale is not 'presenting data on the state'")

S("en", "SG", "Commercial Affairs Department", "police", "serious_crime",
  "cheating and forgery (impersonating a diplomat)", 10, "unemployed (poses as a diplomat)",
  ["messages", "contacts"],
  "Target presents himself to investors as an ambassador-at-large of a small island state, using "
  "forged credentials and car plates, and collected SGD 3.2m for a fictitious port project. The "
  "foreign ministry confirms he holds no diplomatic status.",
  "permit", note="criminal posing as a diplomat: not a protected person")

S("en", "TZ", "Zanzibar Anti-Narcotics Unit", "police", "serious_crime",
  "trafficking of heroin", 999, "boat mechanic",
  ["messages", "location"],
  "The mechanic refits dhows with hidden compartments used to bring heroin from the Makran coast. His "
  "brother is a well-known journalist in Dar es Salaam; he is not connected to this investigation and "
  "is mentioned only because both share a house.",
  "permit", note="innocent mention: relative is a journalist; target not protected")

S("en", "PT", "Judicial Police, National Unit for Combating Drug Trafficking", "police", "serious_crime",
  "drug trafficking (aggravated)", 15, "port logistics coordinator",
  ["messages", "contacts", "location"],
  "The target, a Brazilian national resident in Portugal for ten years, coordinates the unloading of "
  "containers at the port of Sines in which cocaine was found twice this year. His nationality "
  "appears because it determines which passport he may use to leave.",
  "permit", nat="BR", note="innocent mention of a protected ground (nationality); foreign national inside territory")

S("en", "PE", "High Complexity Crimes Division, Lima", "police", "serious_crime",
  "extortion of a public official", 10, "unknown",
  ["messages", "location"],
  "A congresswoman has received messages from this number demanding USD 50,000 in exchange for not "
  "releasing intimate photographs stolen from her cloud account. She is the complainant; the target "
  "is the unknown person sending the demands.",
  "permit", note="politician as victim, not target")

S("en", "PH", "Securities Fraud Task Group", "police", "serious_crime",
  "large-scale investment fraud (estafa)", 20, "sales agent",
  ["messages", "contacts"],
  "Email used by a boiler room selling non-existent forex accounts to overseas Filipino workers; 1,800 "
  "complainants, PHP 700m collected. Account holder resides in Makati.",
  "permit", ident="email:vip.desk.fx@tradingmail.example", lb="prosecutor_order")

S("en", "PL", "Internal Security Agency, Counter-Intelligence Directorate", "intelligence", "serious_crime",
  "espionage on behalf of a foreign intelligence service", 999, "ministry IT clerk",
  ["messages", "contacts", "location"],
  "A clerk in the defence ministry's IT department copied logistics plans for allied exercises onto a "
  "USB stick and handed it to an officer of a foreign intelligence service in exchange for cash "
  "(handover filmed on 5 March). He is not a whistleblower: nothing was published, the material was sold.",
  "permit", note="espionage for payment is not expression / presenting data")

S("en", "NG", "Defence Intelligence Agency, Joint Task Force North-Central", "military", "terrorism",
  "armed attacks on villages and hostage taking", 999, "unknown",
  ["messages", "location", "contacts"],
  "Armed group that burned three villages in Benue in February, killing 46 people, and still holds 19 "
  "women and children for ransom. Statements sent to radio stations threaten more attacks unless "
  "troops are withdrawn. This number belongs to the group's logistics officer.",
  "permit")

S("en", "NP", "Nepal Police, Anti-Human Trafficking Bureau", "police", "serious_crime",
  "trafficking of children for illegal adoption", 20, "orphanage director",
  ["messages", "contacts"],
  "Director of an unregistered children's home that 'placed' 14 children with foreign couples for "
  "fees of USD 15,000-25,000 using forged relinquishment papers; several birth parents say they were "
  "told their children would be schooled in Kathmandu.",
  "permit")

S("en", "GH", "Motor Traffic and Transport Department, Accra Region", "police", "serious_crime",
  "murder of a police officer (hit-and-run)", 999, "commercial driver",
  ["location"],
  "Driver who deliberately ran down a traffic officer at a checkpoint on the Tema motorway after being "
  "waved over; the officer died on 1 March. Vehicle found abandoned. Need his current location.",
  "permit")

S("en", "LK", "Criminal Investigation Department, Organised Crime Division", "police", "serious_crime",
  "trafficking in human organs", 15, "hospital agent",
  ["messages", "contacts", "location"],
  "Agent who recruits poor donors in Colombo's northern suburbs for kidney sales to foreign patients, "
  "paying donors LKR 1m and charging patients USD 40,000. Three donors and one private hospital "
  "employee have given statements.",
  "permit")

S("en", "RW", "National Investigation Bureau, Pharmaceutical Crimes Unit", "police", "serious_crime",
  "trafficking in falsified medicines", 10, "wholesale pharmacist",
  ["messages", "contacts", "media"],
  "Laboratory tests on antimalarial tablets recovered from three district health centres found no "
  "active ingredient; two children treated with them died. Batch numbers trace back to invoices from "
  "the target's wholesale depot. We need his messages with the supplier and photos of the packaging "
  "lots he ordered. Warrant signed by the Intermediate Court.",
  "permit")

# (end of scenarios)


# ---------------------------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------------------------
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def phone(rng, country):
    code = CALLING[country]
    n = 10 - len(code) + 2 if len(code) <= 2 else 12 - len(code)
    n = max(8, min(10, n))
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + first + rest


def structured_clauses(rec):
    lic, req = rec["licence"], rec["request"]
    held = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other":
        held.add("purpose_not_permitted")
    elif off["category"] == "serious_crime" and (off["max_penalty_years"] is None
                                                 or off["max_penalty_years"] < THRESHOLD):
        held.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(rec["now"])):
        held.add("no_legal_basis")
    if set(req["capabilities"]) - set(lic["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    tgt = req["target"]
    if tgt["registry_match"] is not None:
        held.add("protected_person")
    if tgt["location_country"] != lic["customer_country"]:
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


def build():
    rng = random.Random(208001)
    errors = []
    recs = []
    seen = {}
    allowed_ov = {"status", "signed", "missing", "quota", "loc", "nat", "reg", "ident", "lb", "ref",
                  "valid", "now", "maxq"}
    for i, s in enumerate(SCEN, 1):
        tag = f"entry #{i} ({s['label']!r})"
        ov = s["ov"]
        bad = set(ov) - allowed_ov
        if bad:
            errors.append(f"{tag}: unknown override(s) {sorted(bad)}")
        # enums
        if s["lang"] not in LANGS:
            errors.append(f"{tag}: bad lang {s['lang']}")
        if s["atype"] not in AGENCY_TYPES:
            errors.append(f"{tag}: bad agency_type {s['atype']}")
        if s["cat"] not in CATEGORIES:
            errors.append(f"{tag}: bad category {s['cat']}")
        for c in s["caps"] + list(ov.get("missing", [])):
            if c not in CAPS:
                errors.append(f"{tag}: bad capability {c}")
        if len(set(s["caps"])) != len(s["caps"]) or not s["caps"]:
            errors.append(f"{tag}: capabilities empty or duplicated")
        status = ov.get("status", "active")
        if status not in STATUSES:
            errors.append(f"{tag}: bad status {status}")
        reg = ov.get("reg")
        if reg is not None and reg not in REGISTRY:
            errors.append(f"{tag}: bad registry {reg}")
        lbt = ov.get("lb")
        if lbt is not None and lbt not in LB_TYPES:
            errors.append(f"{tag}: bad legal-basis type {lbt}")
        text = set(s["text"].split())
        if text - TEXT_CLAUSES:
            errors.append(f"{tag}: bad text clause(s) {sorted(text - TEXT_CLAUSES)}")
        if "terrorism_definition_unmet" in text and s["cat"] != "terrorism":
            errors.append(f"{tag}: terrorism_definition_unmet on a non-terrorism category")
        pen = s["pen"]
        if not (pen is None or (isinstance(pen, int) and 0 < pen <= 999)):
            errors.append(f"{tag}: bad penalty {pen}")
        loc = ov.get("loc", s["cc"])
        nat = ov.get("nat", s["cc"])  # citizens by default (abroad too, unless nat is given)
        for c in (s["cc"], loc, nat):
            if c not in CALLING:
                errors.append(f"{tag}: unknown country {c}")
        j = s["just"].strip()
        if j in seen:
            errors.append(f"{tag}: justification duplicates entry #{seen[j]}")
        seen[j] = i
        if errors and any(e.startswith(tag) for e in errors):
            continue

        # ---- filler -------------------------------------------------------------------------
        if "now" in ov:
            now = parse(ov["now"])
        else:
            now = dt.datetime(2026, 3, 16, 6, 0, 0) + dt.timedelta(
                days=rng.randint(0, 105), hours=rng.randint(0, 12), minutes=rng.choice([0, 15, 30, 45]))
        missing = set(ov.get("missing", []))
        extras = [c for c in CAPS if c not in s["caps"] and c not in missing]
        rng.shuffle(extras)
        lic_caps = [c for c in s["caps"] if c not in missing] + extras[:rng.randint(0, 3)]
        lic_caps = [c for c in CAPS if c in lic_caps]
        maxq = ov.get("maxq", rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 100]))
        q = ov.get("quota")
        if q == "max-1":
            active = maxq - 1
        elif q == "max":
            active = maxq
        elif q == "over":
            active = maxq + rng.randint(1, 4)
        elif q is None:
            active = rng.randint(0, maxq - 2)
        else:
            errors.append(f"{tag}: bad quota {q}")
            continue
        if "ident" in ov:
            ident = ov["ident"]
        else:
            ident = phone(rng, loc)
        lbt = lbt or rng.choice(["judicial_warrant"] * 3 + ["prosecutor_order"] * 2 + ["administrative_order"])
        if lbt == "none":
            ref = None
        else:
            ref = "%s-%d-%04d" % (rng.choice(REF_PREFIX[s["lang"]][lbt]), now.year, rng.randint(12, 9899))
        if ov.get("ref") == "missing-null":
            ref = None
        elif ov.get("ref") == "missing-empty":
            ref = ""
        valid = ov.get("valid", "future" if lbt != "none" else "null")
        if valid == "future":
            vu = iso(now.replace(hour=0, minute=0) + dt.timedelta(days=rng.randint(7, 120)))
        elif valid == "now":
            vu = iso(now)
        elif valid == "soon":
            vu = iso(now + dt.timedelta(minutes=rng.choice([1, 5, 30])))
        elif valid == "past":
            vu = iso(now - dt.timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 20)))
        elif valid == "null":
            vu = None
        else:
            errors.append(f"{tag}: bad valid {valid}")
            continue

        rec = {
            "id": None,
            "now": iso(now),
            "licence": {
                "customer_country": s["cc"],
                "customer_agency": s["agency"],
                "agency_type": s["atype"],
                "status": status,
                "certificate_signed": ov.get("signed", True),
                "capabilities": lic_caps,
                "max_active_targets": maxq,
                "active_targets": active,
            },
            "request": {
                "target": {
                    "identifier": ident,
                    "location_country": loc,
                    "nationality": nat,
                    "profession": s["prof"],
                    "registry_match": reg,
                },
                "offence": {"category": s["cat"], "label": s["label"], "max_penalty_years": pen},
                "legal_basis": {"type": lbt, "reference": ref, "valid_until": vu},
                "capabilities": list(s["caps"]),
                "justification": j,
            },
        }
        held = structured_clauses(rec) | text
        decision, clauses = decide(held)
        w = s["want"].split(":")
        wd = w[0]
        wc = sorted(x for x in (w[1].split(",") if len(w) > 1 and w[1] else []))
        if wd not in ("permit", "deny", "refer"):
            errors.append(f"{tag}: bad intended decision {wd}")
        if (decision, clauses) != (wd, wc):
            errors.append(f"{tag}: computed {decision} {clauses} but intended {wd} {wc}")
        rec["expected"] = {"decision": decision, "clauses": clauses}
        recs.append((rec, s, held))
    return recs, errors


def edge_tags(rec, s, held):
    lic, req = rec["licence"], rec["request"]
    t = []
    off = req["offence"]
    if off["max_penalty_years"] == THRESHOLD:
        t.append("penalty exactly at threshold (6)")
    if off["max_penalty_years"] is not None and off["max_penalty_years"] == THRESHOLD - 1:
        t.append("penalty just below threshold (5)")
    if off["max_penalty_years"] is not None and off["max_penalty_years"] < THRESHOLD - 1:
        t.append("penalty well below threshold")
    if off["max_penalty_years"] is None:
        t.append("penalty null (unknown)")
    if off["max_penalty_years"] == 999:
        t.append("penalty 999 (life/death)")
    if off["category"] == "other":
        t.append("category other")
    if off["category"] == "terrorism":
        t.append("category terrorism")
    lb = req["legal_basis"]
    t.append("legal basis " + lb["type"])
    if lb["type"] != "none" and lb["reference"] is None:
        t.append("reference null")
    if lb["reference"] == "":
        t.append("reference empty string")
    v = s["ov"].get("valid")
    if v == "now":
        t.append("valid_until exactly now")
    if v == "soon":
        t.append("valid_until minutes after now")
    if v == "past":
        t.append("valid_until in the past")
    if v == "null" and lb["type"] != "none":
        t.append("valid_until null")
    q = s["ov"].get("quota")
    if q:
        t.append("quota " + q)
    if set(req["capabilities"]) - set(lic["capabilities"]):
        t.append("capability outside licence")
    if lic["status"] != "active":
        t.append("licence " + lic["status"])
    if not lic["certificate_signed"]:
        t.append("certificate unsigned")
    if lic["agency_type"] == "private":
        t.append("private end user")
    tg = req["target"]
    if tg["location_country"] != lic["customer_country"]:
        if tg["nationality"] == lic["customer_country"]:
            t.append("citizen abroad")
        else:
            t.append("foreigner abroad")
    elif tg["nationality"] != lic["customer_country"]:
        t.append("foreign national inside buyer's territory")
    if tg["identifier"].startswith("email:"):
        t.append("email identifier")
    if tg["identifier"].startswith("device:"):
        t.append("device identifier")
    if tg["registry_match"]:
        t.append("registry " + tg["registry_match"])
    if "protected_person" in set(s["text"].split()) and not tg["registry_match"]:
        t.append("protected person from text/profession only")
    if rec["expected"]["decision"] != "permit" and not (structured_clauses(rec)):
        t.append("perfect structured fields (text/profession decides)")
    return t


def main():
    out = OUT
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    recs, errors = build()
    if len(recs) != len(SCEN) and not errors:
        errors.append("record count mismatch")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    order = list(range(len(recs)))
    random.Random(208002).shuffle(order)
    lines = []
    final = []
    for n, k in enumerate(order, 1):
        rec, s, held = recs[k]
        rec["id"] = "s208-%03d" % n
        lines.append(json.dumps(rec, ensure_ascii=False))
        final.append((rec, s, held))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)

    # ---- tables ------------------------------------------------------------------------------
    N = len(final)
    print(f"wrote {N} scenarios to {out}")
    print("sha256", hashlib.sha256(data).hexdigest())
    langs = ["en", "es", "fr"]
    print("\ndecision x language")
    print("%-8s" % "" + "".join("%6s" % l for l in langs) + "%7s" % "total")
    for d in ("permit", "deny", "refer"):
        row = [sum(1 for r, s, h in final if r["expected"]["decision"] == d and s["lang"] == l) for l in langs]
        print("%-8s" % d + "".join("%6d" % x for x in row) + "%7d  (%.0f%%)" % (sum(row), 100 * sum(row) / N))
    row = [sum(1 for r, s, h in final if s["lang"] == l) for l in langs]
    print("%-8s" % "total" + "".join("%6d" % x for x in row) + "%7d" % N)
    print("\nclause: listed in expected / held (incl. masked by a deny) / not held")
    for c in DENY + REFER:
        listed = sum(1 for r, s, h in final if c in r["expected"]["clauses"])
        held = sum(1 for r, s, h in final if c in h)
        print("%-28s %4d %4d %4d" % (c, listed, held, N - held))
    perfect = [r["id"] for r, s, h in final if r["expected"]["decision"] != "permit" and not structured_clauses(r)]
    nonperm = sum(1 for r, s, h in final if r["expected"]["decision"] != "permit")
    print(f"\nnon-permits with perfect structured fields: {len(perfect)} of {nonperm}")
    print("\nagency types:", dict(sorted(collections.Counter(r["licence"]["agency_type"] for r, s, h in final).items())))
    print("categories:", dict(sorted(collections.Counter(r["request"]["offence"]["category"] for r, s, h in final).items())))
    print("customer countries:", len({r["licence"]["customer_country"] for r, s, h in final}))
    if "--tags" in sys.argv:
        tags = collections.defaultdict(list)
        notes = collections.defaultdict(list)
        for r, s, h in final:
            for t in edge_tags(r, s, h):
                tags[t].append(r["id"][5:])
            if s["note"]:
                for t in s["note"].split("; "):
                    notes[t].append(r["id"][5:])
        print("\nstructured edge cases (ids s208-NNN)")
        for t in sorted(tags):
            print(f"- {t} ({len(tags[t])}): {', '.join(sorted(tags[t]))}")
        print("\njudgement notes")
        for t in sorted(notes):
            print(f"- {t}: {', '.join(sorted(notes[t]))}")


if __name__ == "__main__":
    main()
