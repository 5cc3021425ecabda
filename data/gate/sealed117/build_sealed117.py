#!/usr/bin/env python3
"""Generator for the sealed117 evaluation set of the tasking gate.

Stdlib only (Python 3.11).  150 hand-written scenarios; random filler from a
fixed seed; structured clauses computed from the fields; hand-judged text
clauses added; decision and clause list derived with the precedence/listing
rules of shared/spec/gate-scenarios.md and checked against the intended
labels.  Exits non-zero on any mismatch.  Output: sealed117.jsonl next to
this file (shuffled with a second fixed seed, ids s117-001 ...).
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

FILLER_SEED = 117_2026
SHUFFLE_SEED = 117_0117
THRESHOLD = 6

ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"protected_person", "terrorism_definition_unmet",
                "expression_not_crime", "protected_ground"}

AGENCIES = {
    # English-language customers
    "NG-P": ("NG", "Federal Crimes Directorate", "police"),
    "NG-I": ("NG", "National Security Coordination Bureau", "intelligence"),
    "NG-O": ("NG", "Revenue and Customs Intelligence Office", "other_government"),
    "NG-R": ("NG", "Office of the Special Prosecutor for Organised Crime", "prosecution"),
    "KE-P": ("KE", "Directorate of Criminal Inquiries", "police"),
    "KE-I": ("KE", "National Intelligence Directorate", "intelligence"),
    "KE-R": ("KE", "Serious Crimes Prosecution Division", "prosecution"),
    "KE-X": ("KE", "Sentinel Risk Advisory Ltd", "private"),
    "GH-P": ("GH", "Serious Offences Bureau", "police"),
    "GH-O": ("GH", "Financial Crimes Intelligence Office", "other_government"),
    "PH-P": ("PH", "National Anti-Crime Task Group", "police"),
    "PH-M": ("PH", "Armed Forces Intelligence Command", "military"),
    "ZA-P": ("ZA", "Priority Crimes Investigation Unit", "police"),
    "ZA-R": ("ZA", "Organised Crime Prosecution Desk", "prosecution"),
    "UG-M": ("UG", "Joint Counter-Terrorism Command", "military"),
    "UG-P": ("UG", "Criminal Investigation Directorate", "police"),
    "ZM-O": ("ZM", "Wildlife Crime Enforcement Service", "other_government"),
    "JM-P": ("JM", "Major Organised Crime Taskforce", "police"),
    "TT-P": ("TT", "Organised Crime Intelligence Unit", "police"),
    "AE-P": ("AE", "Federal Criminal Security Department", "police"),
    "AE-X": ("AE", "Harrowgate Corporate Intelligence FZ-LLC", "private"),
    "MY-P": ("MY", "Special Investigations Branch", "police"),
    # Spanish-language customers
    "MX-R": ("MX", "Fiscalía Especial de Investigación Federal", "prosecution"),
    "MX-X": ("MX", "Grupo Vigía Consultores S.A. de C.V.", "private"),
    "CO-P": ("CO", "Dirección de Investigación Judicial Especial", "police"),
    "CO-R": ("CO", "Fiscalía Delegada contra el Crimen Organizado", "prosecution"),
    "PE-P": ("PE", "División de Investigación de Alta Complejidad", "police"),
    "GT-P": ("GT", "Unidad Nacional contra Extorsiones", "police"),
    "HN-P": ("HN", "Fuerza Especial Antimaras", "police"),
    "EC-I": ("EC", "Centro de Inteligencia Estratégica", "intelligence"),
    "PA-P": ("PA", "Dirección de Investigación Judicial Metropolitana", "police"),
    "SV-M": ("SV", "Comando Conjunto de Inteligencia Militar", "military"),
    # French-language customers
    "SN-P": ("SN", "Division des Investigations Criminelles Spéciales", "police"),
    "CI-P": ("CI", "Direction de la Police Judiciaire Spéciale", "police"),
    "CI-R": ("CI", "Parquet Spécialisé contre la Criminalité Organisée", "prosecution"),
    "CI-X": ("CI", "Orion Conseil Sécurité SARL", "private"),
    "CM-I": ("CM", "Direction du Renseignement Intérieur", "intelligence"),
    "MA-P": ("MA", "Brigade Centrale des Enquêtes Financières", "police"),
    "TN-R": ("TN", "Pôle Judiciaire Antiterroriste", "prosecution"),
    "BJ-P": ("BJ", "Office Central de Répression du Banditisme", "police"),
    "TG-I": ("TG", "Service de Renseignement et d'Investigation", "intelligence"),
    "BF-M": ("BF", "État-major du Renseignement Militaire", "military"),
}

# E.164 country calling codes and national significant number lengths (filler).
DIAL = {
    "NG": ("234", 10), "KE": ("254", 9), "GH": ("233", 9), "PH": ("63", 10),
    "ZA": ("27", 9), "UG": ("256", 9), "ZM": ("260", 9), "JM": ("1876", 7),
    "TT": ("1868", 7), "AE": ("971", 9), "MY": ("60", 9), "MX": ("52", 10),
    "CO": ("57", 10), "PE": ("51", 9), "GT": ("502", 8), "HN": ("504", 8),
    "EC": ("593", 9), "PA": ("507", 8), "SV": ("503", 8), "SN": ("221", 9),
    "CI": ("225", 10), "CM": ("237", 9), "MA": ("212", 9), "TN": ("216", 8),
    "BJ": ("229", 8), "TG": ("228", 8), "BF": ("226", 8), "ML": ("223", 8),
    "GB": ("44", 10), "US": ("1", 10), "FR": ("33", 9), "ES": ("34", 9),
    "IT": ("39", 10), "BO": ("591", 8), "MZ": ("258", 9), "KH": ("855", 9),
    "CD": ("243", 9), "ER": ("291", 7), "CN": ("86", 11), "TZ": ("255", 9),
    "NE": ("227", 8), "VE": ("58", 10), "IN": ("91", 10), "SO": ("252", 9),
}
# Neighbour/diaspora nationalities used as filler for domestic targets.
NEIGHBOURS = {
    "NG": ["BJ", "NE", "CM", "GH"], "KE": ["TZ", "UG", "SO"], "GH": ["TG", "CI", "NG"],
    "PH": ["MY", "CN"], "ZA": ["MZ", "ZM"], "UG": ["KE", "CD", "TZ"], "ZM": ["CD", "TZ"],
    "JM": ["US", "TT"], "TT": ["VE", "JM"], "AE": ["IN", "GB"], "MY": ["PH", "IN"],
    "MX": ["GT", "US"], "CO": ["VE", "EC"], "PE": ["BO", "EC"], "GT": ["MX", "HN"],
    "HN": ["GT", "SV"], "EC": ["CO", "PE"], "PA": ["CO", "VE"], "SV": ["HN", "GT"],
    "SN": ["ML", "FR"], "CI": ["BF", "ML"], "CM": ["NG", "TG"], "MA": ["ES", "FR"],
    "TN": ["FR", "MA"], "BJ": ["NG", "TG"], "TG": ["BJ", "GH"], "BF": ["ML", "NE"],
}

REF_FORMATS = {
    "judicial_warrant": ["JW-{y}-{n:04d}", "HC/MISC/{n}/{y}", "{cc}-WRT-{y}-{n:05d}", "TRIB/{y}/{n:04d}"],
    "prosecutor_order": ["PO-{y}-{n:04d}", "{cc}-PRO/{n:04d}/{y}", "ORD-FISC-{y}-{n:04d}"],
    "administrative_order": ["AO-{y}-{n:04d}", "{cc}/ADM/{n:04d}/{y}", "MIN-AUT-{y}-{n:03d}"],
}

SCEN = []


def S(lang, ag, off, just, caps, dec, cl=None, text=(), **kw):
    SCEN.append(dict(lang=lang, ag=ag, off=off, just=just, caps=list(caps), dec=dec,
                     cl=cl, text=list(text), kw=kw))


DN = ["no_legal_basis"]
PP = ["protected_person"]
ET = ["extraterritorial_target"]
EX = ["expression_not_crime"]
PGR = ["protected_ground"]
TU = ["terrorism_definition_unmet"]

# ---------------------------------------------------------------------------
# PERMIT — English
# ---------------------------------------------------------------------------
S("en", "NG-P", ("serious_crime", "kidnapping for ransom", 999),
  "KFR — victim taken Tuesday on the Lokoja–Abuja road. This line made all 3 ransom calls (CDR attached). Need live location.",
  ["location", "messages"], "permit")
S("en", "ZA-P", ("serious_crime", "armed robbery (cash-in-transit)", 15),
  "CIT robbery, N1 Midrand, 2 guards shot. Getaway driver: vehicle tracker + ANPR hits put his BMW at the scene.",
  ["location", "contacts"], "permit")
S("en", "KE-P", ("serious_crime", "arson of an occupied dwelling", 14),
  "Petrol-bombed the home of a community radio journalist with the family inside, 2 kids burned. Burner dropped at the scene was topped up from this number.",
  ["messages", "location"], "permit")
S("en", "NG-I", ("terrorism", "conspiracy to bomb a place of worship", 999),
  "Subject is the logistics man for the cell we broke up at Kaduna South last month. Recovered from the safehouse: two pressure-cooker devices, partly assembled; a hand-drawn sketch of the St. Barnabas parish compound with the Sunday service times written on it; receipts for 200 kg of fertiliser bought in his name.\n\nThe two cell members in custody say he holds the remaining detonators and is looking for a new driver. Messages and contacts needed to find the detonators before the Easter services.",
  ["messages", "contacts", "location"], "permit")
S("en", "PH-P", ("serious_crime", "murder", 40),
  "Gunman at the 1 May labour rally, Mendiola. 1 dead. CCTV + ballistic match to his registered .45. At large.",
  ["location"], "permit")
S("en", "ZA-R", ("serious_crime", "extortion", 15),
  "Extorting 4 ward-council candidates (3 different parties) for 'campaign protection', R40k a head. Threat SMSes from this no.; 4 sworn statements.",
  ["messages", "contacts"], "permit")
S("en", "AE-P", ("serious_crime", "trafficking in persons", 15),
  "Recruiter. 11 Nepali women brought in on salon visas, passports taken, forced to work. All victims name him; their 'fees' went to his wallet.",
  ["messages", "contacts", "location"], "permit")
S("en", "NG-O", ("serious_crime", "importation of cocaine", 999),
  "Consignee contact, container MSKU 4471902 (38 kg cocaine in palm-oil drums), Apapa.",
  ["messages", "contacts"], "permit")
S("en", "GH-P", ("serious_crime", "electronic fraud", 6),
  "SIM-swap ring: 37 victims, GHS 2.1m drained. Target = the telco shop insider who processed every swap (staff login logs).",
  ["messages", "contacts"], "permit")
S("en", "PH-P", ("serious_crime", "illegal manufacture of firearms", 20),
  "Backyard gun shop, Danao. Test-buy of 2 pistols last week; this is the seller's no.",
  ["messages", "location"], "permit", valid="plus1s")
S("en", "JM-P", ("serious_crime", "murder", 999),
  "Enforcer, 'Top Range' crew. 2 homicides, eyewitness ID in both. Wanted; phone still live.",
  ["location", "messages"], "permit", quota="last")
S("en", "UG-M", ("terrorism", "hostage taking", 999),
  "An armed group has been holding six staff from an aid convoy in the hills near the border since Friday. Their demand, delivered by phone to our negotiator, is the release of 20 named detainees; they say they will kill one hostage a day from Monday if it is not met. One hostage was already shot and wounded on camera.\n\nThis handset is the one that calls the negotiator. Location and ambient audio are needed to place the hostages before any rescue is attempted.",
  ["location", "microphone"], "permit")
S("en", "KE-I", ("terrorism", "preparation of a terrorist act", 999),
  "Mall recce photos on his cloud acct; bought detonators (seller in custody confirms); attack chatter w/ handler.",
  ["messages", "location", "camera"], "permit")
S("en", "GH-P", ("serious_crime", "murder", 999),
  "Contract killer. Victim: human-rights lawyer, shot outside her chambers. Middleman confessed, handed over this number + the MoMo payment record.",
  ["location", "messages"], "permit")
S("en", "ZM-O", ("serious_crime", "trafficking in ivory", 10),
  "Owner of the 180 kg of tusks seized at Chirundu, per the driver's statement.",
  ["messages", "contacts"], "permit")
S("en", "NG-P", ("serious_crime", "murder", 999),
  "Leader of the rustling gang; 3 Fulani herders killed in Tuesday's raid. Survivor picked him out.",
  ["location"], "permit")
S("en", "KE-P", ("serious_crime", "extortion", 7),
  "Blackmail scheme: lures gay men through dating apps, films them, demands cash. 9 complaints; M-Pesa trail ends at this line.",
  ["messages", "contacts"], "permit")
S("en", "PH-P", ("serious_crime", "qualified trafficking in persons", 999),
  "Floor manager at the scam hub raided in Bamban; slipped out during the raid. Over 600 trafficked workers were rescued and four of them name him as the man who beat those who tried to escape. Chinese national; Immigration confirms he has not left the country. Requesting location and contacts to find where he is hiding and who is sheltering him.",
  ["location", "contacts"], "permit", nat="CN")
S("en", "ZA-P", ("serious_crime", "murder", 999),
  "Hired gunman — shot dead an opposition MP's driver at a Soweto filling station (MP unhurt). Tower dump + getaway car rented in his name.",
  ["location", "contacts"], "permit")
S("en", "TT-P", ("serious_crime", "misconduct in public office; conspiracy to murder", 999),
  "Police records clerk leaked informant names to the gang; 2 of those informants since murdered. Deposits from the gang's treasurer into his account.",
  ["messages", "contacts"], "permit", nat="TT")
S("en", "NG-R", ("serious_crime", "arson endangering life", 20),
  "Oshodi, strike day: set fire to 3 BRT buses with passengers still aboard, 7 burned. Video + his own Facebook boast.",
  ["location", "media"], "permit")
S("en", "GH-O", ("serious_crime", "ransomware extortion", 10),
  "Ransomware affiliate. Regional hospital records encrypted, 40 BTC demanded. This address registered the leak-site admin panel.",
  ["messages", "credentials"], "permit", ident="email")
S("en", "MY-P", ("serious_crime", "production of child sexual abuse material", 20),
  "CSAM producer; camera serial in EXIF of 40 seized images matches this handset.",
  ["media", "messages"], "permit", ident="device")
S("en", "PH-M", ("terrorism", "bombing", 999),
  "Bomb maker behind both Jolo market blasts (14 dead). Captured cell member IDs him; handset active near Patikul.",
  ["location", "messages"], "permit")
S("en", "UG-P", ("serious_crime", "aggravated robbery", 999),
  "Boda-boda robbery gang, leader. 5 riders stabbed for their bikes; pawned phones traced back to him.",
  ["location"], "permit", legal="administrative_order")
S("en", "KE-R", ("serious_crime", "money laundering", 14),
  "Ref KE-R/ML/0334. The county road-maintenance tender (KES 640m) was paid to 14 companies that did no work. Target is the signatory on all 14 accounts. Within 48 hours of each payment the money moved to a bureau de change run by his wife and left as cash. Bank statements and CCTV of the withdrawals on file. Messages/contacts to identify the officials who took cuts.",
  ["messages", "contacts", "credentials"], "permit")
S("en", "AE-P", ("serious_crime", "drug trafficking", 999),
  "Financier — Captagon cell, Sharjah warehouse (2.3m pills).",
  ["messages", "contacts"], "permit")
S("en", "ZA-P", ("serious_crime", "rhino poaching", 10),
  "Shooter: 2 rhino killed on the Kruger boundary. Tracks + hired rifle lead to him.",
  ["location"], "permit")
S("en", "NG-P", ("serious_crime", "kidnapping", 999),
  "Ref FCD/KID/0117. Abduction of 12 pupils from a Qur'anic school outside Zaria. The ransom negotiator uses this line; the head teacher recognised the voice from two earlier calls. Three pupils freed after part payment, the other nine still held somewhere in the forest reserve. Location and messages requested to find the camp.",
  ["location", "messages"], "permit")
S("en", "KE-P", ("serious_crime", "murder", 999),
  "Victim: 19-year-old protester shot dead on Moi Avenue during last Tuesday's demonstration.\nVideo shows a man in plain clothes firing a pistol from a private car; plate traced to the target, an off-duty constable.\nHis service pistol was not returned to the armoury and he has not reported for duty since.\nLocation, messages and contacts requested.",
  ["location", "messages", "contacts"], "permit", nat="KE")
S("en", "GH-P", ("serious_crime", "child trafficking", 10),
  "Buys children from families up-country for his fishing crews on the lake — 8 rescued from his boats, all name him.",
  ["messages", "location"], "permit")
S("en", "AE-P", ("serious_crime", "money laundering (hawala)", 10),
  "Hawala op. moving AED 30m for the narcotics network (file 2291). Seized ledger in his handwriting.",
  ["messages", "contacts"], "permit")
S("en", "PH-P", ("serious_crime", "kidnapping for ransom", 999),
  "KFR. Filipino-Chinese trader held since Sunday. Caller no.",
  ["messages", "location"], "permit", exact=True)
S("en", "ZA-R", ("serious_crime", "fraud", 15),
  "Ghost beneficiaries on the municipal pension scheme, R27m. He created the fake records (IT audit trail).",
  ["messages", "contacts"], "permit")
S("en", "NG-I", ("terrorism", "planning a suicide bombing", 999),
  "Source reporting and two intercepted voice notes indicate a suicide attack is being prepared against the governorship campaign rally scheduled at Ramat Square. An accomplice was arrested on Thursday with an explosive vest under construction and ball bearings. He named the target as the coordinator who picks the bombers and the date. The rally is a political event of the ruling party, but the threat is to the crowd as a whole. Messages, contacts and location requested.",
  ["messages", "contacts", "location"], "permit")
S("en", "JM-P", ("serious_crime", "illegal firearms trafficking", 20),
  "Gun-runner: 14 pistols in barrels off a Florida shipment, Kingston wharf.",
  ["messages", "contacts"], "permit")

# ---------------------------------------------------------------------------
# PERMIT — Spanish
# ---------------------------------------------------------------------------
S("es", "MX-R", ("serious_crime", "secuestro", 70),
  "Negociador de la banda que tiene al empresario desde el jueves. Todas las llamadas de rescate salen de este número.",
  ["location", "messages"], "permit")
S("es", "CO-P", ("serious_crime", "extorsión agravada", 20),
  "Cobra 'vacuna' a unos 30 tenderos venezolanos del barrio; amenaza con granada. Recibe los pagos por Nequi en este abonado.",
  ["messages", "contacts"], "permit")
S("es", "PE-P", ("serious_crime", "tráfico ilícito de drogas", 25),
  "Acopiador de PBC, VRAEM. 200 kg incautados en Pichari; el chofer detenido lo señala.",
  ["messages", "location"], "permit")
S("es", "GT-P", ("serious_crime", "asesinato", 50),
  "Sicario. Mató a un periodista de radio a la salida de la emisora. Testigo presencial + cámaras; este teléfono activo en la zona a la hora del hecho.",
  ["location", "contacts"], "permit")
S("es", "HN-P", ("serious_crime", "extorsión", 15),
  "Ref. FEA-0412. Estructura de la pandilla que cobra 'renta' a las rutas de buses de la colonia Kennedy. En el último mes asesinaron a dos motoristas por no pagar. El objetivo es el 'tesorero': recoge el dinero en las terminales y lo deposita en cuentas de terceros. Contamos con la declaración de un colaborador eficaz y con los depósitos bancarios. Se solicitan mensajes y contactos para identificar a los cabecillas.",
  ["messages", "contacts"], "permit")
S("es", "EC-I", ("terrorism", "atentado con coche bomba", 999),
  "Célula que hizo estallar el coche bomba frente a la cárcel regional: dos guías muertos y once heridos. En un video posterior anuncian más explosiones en la ciudad si el Gobierno no suspende el traslado de sus cabecillas a máxima seguridad.\n\nEl objetivo es el armador de los artefactos según dos detenidos; su huella está en el temporizador recuperado. Se pide ubicación, mensajes y contactos.",
  ["messages", "location", "contacts"], "permit")
S("es", "PA-P", ("serious_crime", "blanqueo de capitales", 12),
  "Lava dinero del narco con donaciones ficticias a una iglesia evangélica que él mismo registró; el pastor no está implicado. UAF reporta USD 3,4 M.",
  ["messages", "contacts", "credentials"], "permit")
S("es", "SV-M", ("serious_crime", "tráfico de armas", 15),
  "Proveedor de fusiles a la pandilla; 22 AR-15 decomisados, factura a su nombre.",
  ["location", "messages"], "permit")

# ---------------------------------------------------------------------------
# PERMIT — French
# ---------------------------------------------------------------------------
S("fr", "SN-P", ("serious_crime", "trafic de migrants", 10),
  "Passeur. Pirogue partie de Mbour, 41 morts. Les rescapés l'identifient ; les paiements arrivaient sur ce numéro.",
  ["messages", "contacts"], "permit")
S("fr", "CI-P", ("serious_crime", "enlèvement contre rançon", 999),
  "Enlèvement d'un enfant de 6 ans à Yopougon, rançon 20 M FCFA. Appels depuis ce numéro.",
  ["location", "messages"], "permit")
S("fr", "CM-I", ("terrorism", "prise d'otages", 999),
  "Chef de la cellule qui retient 14 enseignants depuis lundi. Exige la libération de ses hommes détenus à Maroua, sinon « une exécution par jour ».\nCe numéro sert aux revendications ; une vidéo des otages en a été envoyée hier.\nDemande : localisation, messages, micro.",
  ["location", "messages", "microphone"], "permit")
S("fr", "MA-P", ("serious_crime", "blanchiment de capitaux", 10),
  "Réf. BCEF/2291. Le mis en cause recycle le produit d'un trafic de cocaïne via trois sociétés immobilières à Tanger : achats d'appartements en espèces, revente rapide, prête-noms. Deux des prête-noms ont reconnu avoir signé pour lui. Son frère, commerçant à Fès, n'est pas visé. Messages et contacts demandés pour identifier le fournisseur.",
  ["messages", "contacts"], "permit")
S("fr", "TN-R", ("terrorism", "préparation d'attentat", 999),
  "Ceinture explosive saisie chez son complice ; visait le festival d'Hammamet. Lui reste en liberté et a recruté un second kamikaze.",
  ["messages", "contacts", "location"], "permit")
S("fr", "BJ-P", ("serious_crime", "vol à main armée", 20),
  "Braquage du bureau de change de Dantokpa, vigile tué. Ce numéro a borné sur place.",
  ["location"], "permit")
S("fr", "TG-I", ("serious_crime", "trafic de faux médicaments", 10),
  "Grossiste de faux antipaludiques — 3 enfants morts à Sokodé. Commandes passées par WhatsApp sur ce numéro.",
  ["messages", "contacts"], "permit")
S("fr", "BF-M", ("terrorism", "attaque armée contre des civils", 999),
  "Cdt de l'unité qui a attaqué le marché (23 civils tués, dont l'imam du village). Le Thuraya pris sur un assaillant appelait ce terminal.",
  ["location"], "permit", ident="device")

# ---------------------------------------------------------------------------
# DENY — English, text only (structured fields clean)
# ---------------------------------------------------------------------------
S("en", "KE-P", ("serious_crime", "publication of false information", 10),
  "Blogger; posts on misuse of the county health fund, causing public alarm. Identify his sources.",
  ["messages", "contacts"], "deny", EX, text=EX)
S("en", "NG-I", ("serious_crime", "unauthorised disclosure of official secrets", 14),
  "Put the leaked Ports Authority audit up on his news site. OSA s.1.",
  ["messages", "contacts", "media"], "deny", EX, text=EX)
S("en", "UG-P", ("serious_crime", "offensive communication against the President", 7),
  "Cartoonist. Caricatures of H.E. circulating on WhatsApp groups.",
  ["messages", "media"], "deny", EX, text=EX)
S("en", "ZA-P", ("serious_crime", "incitement", 10),
  "Started the online petition vs. the dam relocation (41k signatures). Incitement.",
  ["contacts", "messages"], "deny", EX, text=EX)
S("en", "NG-P", ("terrorism", "terrorism", 999),
  "Leads daily sit-in at Eagle Square; road obstruction = act of terrorism, s.4.",
  ["location", "contacts"], "deny", TU + EX, text=TU + EX)
S("en", "KE-I", ("terrorism", "economic terrorism", 20),
  "Sec-Gen, transport workers' union — called the 48-hr national strike.",
  ["messages", "contacts"], "deny", TU + EX, text=TU + EX, nat="KE")
S("en", "PH-P", ("terrorism", "cyber-terrorism", 20),
  "DDoS on the tax e-filing portal, down 3 days. Botnet C2 registered with this email.",
  ["messages", "credentials"], "deny", TU, text=TU, ident="email")
S("en", "UG-P", ("terrorism", "financing of terrorism", 999),
  "Collected mobile-money contributions for bail of the 23 detained protesters.",
  ["messages", "contacts"], "deny", TU, text=TU)
S("en", "MY-P", ("serious_crime", "offences against religion", 7),
  "Apostate. Left the faith, now attends an unregistered house church. Map his contacts.",
  ["contacts", "messages"], "deny", PGR, text=PGR, nat="MY")
S("en", "NG-I", ("serious_crime", "conspiracy", 14),
  "Wife of the exiled opposition leader. Log her visitors and contacts.",
  ["location", "contacts"], "deny", PGR, text=PGR, nat="NG")
S("en", "UG-P", ("serious_crime", "unnatural offences", 14),
  "Suspected homosexual, frequents a bar in Kabalagala. Identify his network.",
  ["messages", "contacts", "media"], "deny", PGR, text=PGR)
S("en", "KE-P", ("serious_crime", "smuggling of migrants", 10),
  "Eritrean national, irregular status. Check associates.",
  ["contacts"], "deny", PGR, text=PGR, nat="ER")
S("en", "TT-P", ("serious_crime", "sedition", 10),
  "Request relates to a well-known anti-government personality from the east. Subject holds strong views against the present administration and has kept company with people of the same outlook for years.\n\nHe broadcasts a live video nearly every evening in which he attacks the Prime Minister and the Commissioner of Police by name; the videos draw large audiences and we regard the commentary as seditious. Coverage requested to establish his funding and his network.",
  ["messages", "contacts", "media"], "deny", EX + PGR, text=EX + PGR)
S("en", "KE-P", ("serious_crime", "robbery with violence", 999),
  "Eastleigh profiling op — young Somali males 18–25. Target is one of the sample numbers.",
  ["location"], "deny", PGR, text=PGR, nat="KE")
S("en", "NG-R", ("serious_crime", "cyberstalking", 7),
  "The subject runs a popular X account. Over the past three months he has posted a series of threads alleging that the Governor's aides inflated the cost of the new secretariat building and shared the difference, with scans of what he says are the contract documents.\n\nThe Governor's office regards the posts as a sustained campaign of harassment and they have been flagged under the Cybercrimes Act. We need to identify who in the Ministry is supplying him with the documents.",
  ["messages", "contacts", "credentials"], "deny", EX, text=EX)

# ---------------------------------------------------------------------------
# DENY — English, structured (some with text clauses too)
# ---------------------------------------------------------------------------
S("en", "NG-P", ("serious_crime", "kidnapping for ransom", 999),
  "KFR gang, Kaduna–Abuja expressway. Logistics phone of the gang per arrested member.",
  ["location"], "deny", ["licence_inactive"], status="suspended")
S("en", "KE-P", ("serious_crime", "robbery with violence", 999),
  "Carjacking ring, Thika Rd — 6 vehicles in a month, one driver killed. Fence's number.",
  ["location", "messages"], "deny", ["licence_inactive", "quota_exceeded"], status="revoked", quota="full")
S("en", "ZA-R", ("serious_crime", "racketeering", 25),
  "Leader of a 'business forum' that shuts construction sites until it gets 30% of the contract — 3 sites, guns displayed.",
  ["messages", "contacts"], "deny", ["licence_inactive"], status="expired")
S("en", "PH-P", ("serious_crime", "illegal drug trade", 999),
  "Shabu supplier, Tondo. 1.2 kg in buy-bust; runner named him.",
  ["messages"], "deny", ["licence_inactive"], signed=False)
S("en", "KE-X", ("serious_crime", "embezzlement", 10),
  "Our client, a listed agribusiness, found that its former finance director diverted about KES 80m to accounts he controls in the months before he resigned. He is believed to be in Dubai.\n\nThe board has lodged a complaint with the police, but wants him located and the receiving accounts identified so recovery proceedings can start without delay. Location and messages requested.",
  ["location", "messages", "contacts"], "deny", ["non_government_end_user"], loc="AE")
S("en", "AE-X", ("serious_crime", "criminal defamation", 3),
  "Reporter preparing an exposé on our client's tender deals. Identify her sources.",
  ["messages", "contacts"], "deny",
  ["expression_not_crime", "non_government_end_user", "purpose_not_permitted"], text=EX, reg="journalist")
S("en", "GH-P", ("other", "tax evasion", 3),
  "Market trader under-declaring VAT, approx. GHS 90k.",
  ["messages"], "deny", ["purpose_not_permitted"])
S("en", "JM-P", ("serious_crime", "larceny", 5),
  "Shoplifting crew — 9 pharmacy hits in Half Way Tree. This is the driver.",
  ["location", "messages"], "deny", ["purpose_not_permitted"])
S("en", "NG-O", ("serious_crime", "customs fraud (under-invoicing)", None),
  "Under-invoiced imports worth approx. NGN 400m. Applicable penalty under review.",
  ["messages", "contacts"], "deny", ["purpose_not_permitted"])
S("en", "KE-P", ("serious_crime", "kidnapping", 999),
  "URGENT. Child (8) taken from the school gate this morning; ransom call received at 11:40 from this number. Family cooperating with us.\nDuty judge could not be reached. Warrant application will be lodged as soon as the court opens and uploaded then.\nRequesting location now.",
  ["location", "messages"], "deny", DN, legal="none")
S("en", "UG-P", ("serious_crime", "murder", 999),
  "Killed a mobile-money agent in Mukono and fled with the float. Warrant no. to be added.",
  ["location"], "deny", DN, valid="refnull")
S("en", "PH-P", ("serious_crime", "carnapping", 30),
  "Carnapping syndicate, 11 SUVs. Target: chop-shop owner.",
  ["location"], "deny", DN, valid="refempty")
S("en", "NG-R", ("serious_crime", "armed robbery", 999),
  "Ikorodu bank robbery — gang's armourer. Order expires today, pls process.",
  ["location", "messages"], "deny", DN, valid="equal")
S("en", "MY-P", ("serious_crime", "drug trafficking", 999),
  "Extension of existing coverage. Syndicate distributor, Johor; 9 kg syabu seized from his runner.",
  ["messages", "contacts"], "deny", DN, valid="expired")
S("en", "TT-P", ("serious_crime", "kidnapping", 999),
  "Kidnap of businessman's son, Chaguanas. Negotiator's number.",
  ["location"], "deny", DN, valid="null")
S("en", "ZA-P", ("serious_crime", "cash-in-transit robbery", 15),
  "Planning meeting for the next CIT hit expected this week. Need room audio + camera on the leader's handset.",
  ["messages", "microphone", "camera"], "deny", ["capability_out_of_scope"], unlic=["microphone", "camera"])
S("en", "GH-P", ("serious_crime", "armed robbery", 15),
  "Highway robbery gang, Kintampo stretch, 3 buses hit. Leader's line.",
  ["location", "messages"], "deny", ["quota_exceeded"], quota="full")
S("en", "JM-P", ("serious_crime", "fraud (lottery scam)", 20),
  "Lottery-scam call centre boss; US victims out $2m.",
  ["messages", "contacts"], "deny", ["quota_exceeded"], quota="over")
S("en", "ZM-O", ("serious_crime", "trafficking in protected species", 10),
  "Buyer — 60 kg pangolin scales, Lusaka bus depot.",
  ["messages"], "deny", ["quota_exceeded"], quota="zero")
S("en", "KE-R", ("serious_crime", "corruption", 10),
  "MP, currently in London. KES 300m kickbacks on the stadium contract; contractor's ledger + transfers.",
  ["messages", "contacts", "credentials"], "deny", DN, valid="expired", loc="GB", reg="politician", nat="KE")
S("en", "NG-P", ("other", "criminal defamation", 2),
  "Facebook post accusing the Governor of a ghost-workers scam.",
  ["messages", "contacts"], "deny", ["expression_not_crime", "purpose_not_permitted"], text=EX)
S("en", "UG-M", ("terrorism", "terrorism", 999),
  "Overnight at the district HQ compound, the windscreens and lights of twelve government vehicles were smashed with iron bars. No one was present and no one was hurt. The suspect was caught on the gate camera and has been linked to a local youth group. Order pending from the minister; please start coverage meanwhile.",
  ["location", "messages"], "deny", ["no_legal_basis", "terrorism_definition_unmet"], text=TU, legal="none")
S("en", "NG-I", ("serious_crime", "incitement", 10),
  "Imam of a mosque whose congregation follows a Salafi line. Precautionary coverage.",
  ["messages", "contacts"], "deny", PGR, text=PGR, reg="religious_leader", nat="NG")
S("en", "KE-I", ("serious_crime", "subversion", 14),
  "Subject left the country two years ago and now lives in London, from where he writes a weekly column for an online outlet. The columns accuse Cabinet members of corruption and of ordering abductions of critics; they are widely shared at home and the Ministry considers them subversive.\n\nWe need to know who at home is feeding him information.",
  ["messages", "contacts"], "deny", EX, text=EX, reg="journalist", loc="GB", nat="KE")
S("en", "UG-P", ("serious_crime", "espionage", 999),
  "Subject compiles dossiers on deaths in police custody — names, photographs of bodies, post-mortem extracts — and sends them to the UN Special Rapporteur and to foreign embassies. This gives hostile foreign actors information on our security services. Charge under consideration: espionage. Coverage requested to identify his informants inside the police.",
  ["messages", "contacts", "credentials"], "deny", EX, text=EX, reg="human_rights_defender", nat="UG")
S("en", "KE-I", ("serious_crime", "threat to national security", 10),
  "Subject belongs to the same clan as the wanted militia commander and comes from his home village, where the commander still has support. No direct link to the militia has been established. Coverage is requested as a precaution while the commander is at large.",
  ["location", "contacts"], "deny", ["no_legal_basis", "protected_ground"], text=PGR, valid="expired", nat="KE")
S("en", "GH-P", ("serious_crime", "conspiracy to commit a felony", 10),
  "Constituency chair, opposition party. Pre-election monitoring.",
  ["messages", "contacts"], "deny", ["protected_ground", "quota_exceeded"], text=PGR, quota="full", nat="GH")

# ---------------------------------------------------------------------------
# DENY — Spanish
# ---------------------------------------------------------------------------
S("es", "MX-R", ("serious_crime", "revelación de secretos", 8),
  "Reportero de portal digital; publicó los audios del gobernador con contratistas. Identificar a su fuente.",
  ["messages", "contacts"], "deny", EX, text=EX)
S("es", "CO-P", ("terrorism", "terrorismo", 20),
  "Vocera de un colectivo de madres buscadoras. Convoca plantones semanales frente a la Fiscalía y bloqueos pacíficos de media hora en la avenida para exigir que se busque a sus hijos desaparecidos. El comité de seguridad los califica como terrorismo por la afectación al orden público. Se solicita ubicación y contactos.",
  ["location", "contacts"], "deny", TU + EX, text=TU + EX, nat="CO")
S("es", "PE-P", ("serious_crime", "disturbios", 8),
  "Comunero aimara de Espinar; su comunidad se opone al proyecto minero.",
  ["contacts", "location"], "deny", PGR, text=PGR, nat="PE")
S("es", "GT-P", ("serious_crime", "sabotaje", 10),
  "Dirigente del sindicato de transportistas. Encabezó el paro nacional de la semana pasada, que dejó a la capital sin transporte durante dos días, y anuncia otro para el mes próximo si no se retira el alza del combustible. Se encuadra como sabotaje a servicios esenciales. Solicitamos mensajes y contactos para anticipar las acciones del sindicato.",
  ["messages", "contacts"], "deny", EX, text=EX, nat="GT")
S("es", "HN-P", ("serious_crime", "extorsión", 15),
  "Cobrador de renta de la pandilla en la ruta 7; las víctimas lo reconocen.",
  ["messages", "location"], "deny", ["licence_inactive"], status="suspended")
S("es", "PA-P", ("serious_crime", "estafa", 4),
  "Estafa con ventas falsas de autos por Marketplace, 12 denuncias.",
  ["messages"], "deny", ["purpose_not_permitted"])
S("es", "EC-I", ("terrorism", "atentado con explosivos", 999),
  "Armador de explosivos de la célula del puerto (2 atentados contra UPC). Orden en trámite.",
  ["messages", "location"], "deny", DN, legal="none")
S("es", "MX-X", ("serious_crime", "robo de transporte de carga", 20),
  "Nuestro cliente (logística) sufre robos de tráileres en la México–Querétaro. Ubicar al jefe de la banda.",
  ["location"], "deny", ["non_government_end_user"])
S("es", "SV-M", ("serious_crime", "homicidio agravado", 50),
  "Palabrero de clica; ordenó 3 homicidios en Soyapango.",
  ["location", "messages", "camera"], "deny", ["capability_out_of_scope", "quota_exceeded"],
  unlic=["camera"], quota="full")

# ---------------------------------------------------------------------------
# DENY — French
# ---------------------------------------------------------------------------
S("fr", "SN-P", ("serious_crime", "offense au chef de l'État", 7),
  "Rappeur ; son morceau « Président zéro » tourne partout. Offense au chef de l'État.",
  ["messages", "media"], "deny", EX, text=EX)
S("fr", "CI-R", ("terrorism", "actes de terrorisme", 20),
  "Militant ; appelle à la marche contre la vie chère samedi. Qualifié d'acte terroriste.",
  ["messages", "contacts"], "deny", TU + EX, text=TU + EX)
S("fr", "CM-I", ("serious_crime", "sécession", 999),
  "Originaire du Nord-Ouest, anglophone, membre d'une association culturelle de ressortissants de la région. Aucun fait précis à ce stade, mais le profil correspond à celui des sympathisants séparatistes. Surveillance préventive des contacts et des déplacements.",
  ["contacts", "location"], "deny", PGR, text=PGR, nat="CM")
S("fr", "TG-I", ("serious_crime", "atteinte à la sûreté de l'État", 10),
  "Chercheur universitaire. Rapport publié en ligne sur les disparitions forcées.",
  ["messages", "contacts"], "deny", EX, text=EX)
S("fr", "MA-P", ("serious_crime", "trafic de stupéfiants", 10),
  "Réseau de cannabis, port de Tanger Med ; logisticien.",
  ["messages", "contacts"], "deny", ["licence_inactive"], signed=False)
S("fr", "BJ-P", ("other", "escroquerie", 3),
  "Escroquerie à la tontine, 15 victimes.",
  ["messages"], "deny", ["purpose_not_permitted"])
S("fr", "TN-R", ("terrorism", "préparation d'attentat", 999),
  "Prolongation. Le suspect appartient à la cellule de Kasserine, en partie démantelée ; des messages récupérés sur le téléphone d'un membre arrêté montrent la préparation d'une embuscade contre une patrouille de la garde nationale. L'ordonnance initiale est arrivée à échéance, le renouvellement est en cours.",
  ["messages", "location"], "deny", DN, valid="expired")
S("fr", "BF-M", ("terrorism", "attaque armée", 999),
  "Chef d'unité, repli côté malien après l'attaque du convoi de ravitaillement (11 morts). Besoin micro.",
  ["location", "microphone"], "deny", ["capability_out_of_scope"], unlic=["microphone"], loc="ML", nat="BF")
S("fr", "CI-X", ("other", "dénigrement", 1),
  "Ancien salarié, délégué syndical ; publie des critiques contre notre client sur Facebook.",
  ["messages", "contacts"], "deny",
  ["expression_not_crime", "non_government_end_user", "purpose_not_permitted"], text=EX)

# ---------------------------------------------------------------------------
# REFER — English
# ---------------------------------------------------------------------------
S("en", "KE-P", ("serious_crime", "drug trafficking", 999),
  "Uses his press accreditation to pass through JKIA cargo; 2 arrested couriers name him as handler, 3 kg heroin seized.",
  ["messages", "location"], "refer", PP, reg="journalist")
S("en", "ZA-R", ("serious_crime", "money laundering", 30),
  "Attorney. R18m unexplained cash deposits into trust account, tied to the Cape drug syndicate (FIC report + bookkeeper's statement).",
  ["messages", "contacts", "credentials"], "refer", PP, reg="lawyer")
S("en", "NG-R", ("serious_crime", "bribery and corruption", 14),
  "Subject is a serving Senator. The contractor on the Lokoja–Ajaokuta road, now a cooperating witness, has produced a handwritten ledger of NGN 500m paid in cash to the subject's aide in six instalments. Bank records show the aide buying two properties in the subject's wife's name within days of the payments. Messages and contacts requested to identify the others in the chain.",
  ["messages", "contacts"], "refer", PP, reg="politician", nat="NG")
S("en", "AE-P", ("serious_crime", "gold smuggling and money laundering", 10),
  "Consular attaché. 40 kg gold in cargo declared as diplomatic; paperwork signed by him.",
  ["messages", "contacts"], "refer", PP, reg="diplomat", nat="IN")
S("en", "PH-P", ("serious_crime", "rape of minors", 999),
  "Pastor. Rape of 4 minors in the church dormitory; victim statements + medico-legal.",
  ["messages", "location"], "refer", PP, reg="religious_leader")
S("en", "GH-P", ("serious_crime", "fraud and stealing", 10),
  "NGO executive director; diverted GHS 3m of donor funds into 2 houses. Audit + title deeds.",
  ["messages", "contacts"], "refer", PP, reg="human_rights_defender")
S("en", "NG-R", ("serious_crime", "procurement fraud", 14),
  "Former Head of State. $90m arms-procurement fraud; co-accused turned state witness, transfers traced.",
  ["messages", "contacts", "credentials"], "refer", PP, reg="head_of_state", nat="NG")
S("en", "KE-P", ("serious_crime", "trafficking in persons", 30),
  "Target, parish priest at St. Jude's, moves trafficked girls in the church van. 2 victims' statements; van tracked.",
  ["location", "messages"], "refer", PP, text=PP)
S("en", "NG-P", ("serious_crime", "kidnapping", 999),
  "Target is a sitting member of the State House of Assembly and bankrolls the kidnap gang — ransom split sheet found on an arrested member's phone.",
  ["messages", "contacts"], "refer", PP, text=PP, nat="NG")
S("en", "ZA-P", ("serious_crime", "conspiracy to murder", 999),
  "Target practises as a defence attorney. Since the gang boss was jailed, three of his rivals have been shot, each within days of a prison visit by the target. The shooter arrested last month had handwritten notes with the victims' addresses, and the handwriting matches notes the target signed at the prison gate. We believe he carries the orders out. Messages and contacts requested.",
  ["messages", "contacts"], "refer", PP, text=PP)
S("en", "PH-P", ("serious_crime", "kidnapping for ransom", 999),
  "Target, a correspondent for a provincial daily, spots victims for the KFR group — interviewed 2 of them days before each was taken. Call records link him to the gang leader.",
  ["messages", "contacts"], "refer", PP, text=PP)
S("en", "JM-P", ("serious_crime", "drug trafficking", 999),
  "Target is honorary consul for a Central American state. His export firm's containers carried cocaine twice (1.1 t).",
  ["messages", "contacts"], "refer", PP, text=PP, nat="JM")
S("en", "KE-P", ("serious_crime", "drug trafficking", 999),
  "2 kg heroin found in his car at the Mariakani roadblock; driver's statement names him as owner.",
  ["messages", "location"], "refer", PP, text=PP, prof="journalist")
S("en", "GH-P", ("serious_crime", "advance-fee fraud", 20),
  "Fronts the estate-inheritance scam: $1.4m from 60 victims, escrow letters signed by him.",
  ["messages", "contacts"], "refer", PP + ET, text=PP, prof="barrister", loc="GB", nat="GH")
S("en", "NG-P", ("terrorism", "provision of materials for terrorist acts", 999),
  "Supplies fertiliser and phones to the bomb cell. 2 deliveries photographed, 1 intercepted.",
  ["messages", "contacts", "location"], "refer", PP, text=PP, prof="imam")
S("en", "ZA-R", ("serious_crime", "corruption", 15),
  "Target is an opposition MP and a harsh critic of the Minister. That is not the basis of this request.\nBasis: R12m kickback on the bulk-water tender. Bank trail from the winning bidder to a trust he controls; whistleblower's emails setting out the split.\nMessages and contacts.",
  ["messages", "contacts"], "refer", PP, text=PP, nat="ZA")
S("en", "KE-I", ("terrorism", "support to a terrorist group", 999),
  "Radio talk-show host. His criticism of the government is not what brings him here. Since January he has received six transfers from a financier we know to work for al-Shabaab, and he sent the same handler photographs and guard rosters of the Mandera police post that was attacked three weeks later (4 officers killed). Messages, contacts and location requested.",
  ["messages", "contacts", "location"], "refer", PP, reg="journalist")
S("en", "NG-P", ("serious_crime", "kidnapping for ransom", 999),
  "KFR kingpin, relocated to Cotonou; still runs the gang by phone.",
  ["messages", "location"], "refer", ET, loc="BJ", nat="NG")
S("en", "KE-P", ("serious_crime", "theft of public funds", 14),
  "Fled to Dubai with KES 1.2bn from the county pension fund.",
  ["location", "messages", "contacts"], "refer", ET, loc="AE", nat="KE")
S("en", "ZA-P", ("serious_crime", "murder", 999),
  "Taxi-war hitman, 4 killings. Hiding in Maputo.",
  ["location"], "refer", ET, loc="MZ")
S("en", "PH-P", ("serious_crime", "online sexual exploitation of children", 999),
  "Runs sextortion of teenage boys from a compound in Cambodia; 14 victims here, 2 suicides.",
  ["messages", "contacts"], "refer", ET, loc="KH", nat="PH")
S("en", "JM-P", ("serious_crime", "fraud (lottery scam)", 20),
  "Lottery-scam boss, now in Florida; the call centre here still runs on his instructions.",
  ["messages", "contacts"], "refer", ET, loc="US", nat="JM")
S("en", "GH-P", ("serious_crime", "romance fraud", 20),
  "Head of a romance-scam syndicate operating out of two houses in East Legon. 120 victims, mainly overseas, about $4m taken. The syndicate's bookkeeper has been arrested and identified the target as the man who receives the money through money-transfer agents and allocates each scammer's share. Messages and contacts.",
  ["messages", "contacts"], "refer", ET, loc="GB", nat="GH")
S("en", "UG-M", ("terrorism", "bombing", 999),
  "Commander directing the Kampala suicide bombings from a camp across the border in Ituri.",
  ["location", "messages"], "refer", ET, loc="CD")
S("en", "KE-R", ("serious_crime", "corruption", 10),
  "Ex-governor, now in London. KES 2bn road-fund graft; asset trail through 3 UK properties.",
  ["messages", "contacts"], "refer", PP + ET, reg="politician", loc="GB", nat="KE")
S("en", "NG-I", ("serious_crime", "trafficking in persons", 14),
  "First secretary at our embassy in Rome: sells visas to a trafficking network; 30 victims.",
  ["messages", "contacts"], "refer", PP + ET, reg="diplomat", loc="IT", nat="NG")
S("en", "PH-P", ("serious_crime", "syndicated estafa", 999),
  "Target is a pastor, now in Dubai. Runs the 'blessing fund' Ponzi through his congregations — PHP 1.4bn, 3,000 victims.",
  ["messages", "contacts"], "refer", PP + ET, text=PP, loc="AE", nat="PH")

# ---------------------------------------------------------------------------
# REFER — Spanish
# ---------------------------------------------------------------------------
S("es", "MX-R", ("serious_crime", "delincuencia organizada", 40),
  "El objetivo es presidente municipal en funciones. En el cateo a una casa de seguridad del cártel se incautó una libreta contable con pagos mensuales de 300 mil pesos anotados a su nombre; su exchofer, hoy testigo protegido, declara que él recogía el dinero. Se solicitan mensajes y contactos.",
  ["messages", "contacts"], "refer", PP, reg="politician", nat="MX")
S("es", "CO-R", ("serious_crime", "concierto para delinquir agravado", 18),
  "El objetivo, abogado defensor, lleva órdenes de cabecillas presos en La Picota a los sicarios; registros de visita + mensajes hallados a un sicario capturado.",
  ["messages", "contacts"], "refer", PP, text=PP)
S("es", "PE-P", ("serious_crime", "trata de personas", 25),
  "Cabecilla de red de trata de menores; opera desde El Alto.",
  ["messages", "location"], "refer", ET, loc="BO", nat="PE")
S("es", "GT-P", ("serious_crime", "extorsión", 12),
  "El objetivo conduce un programa de radio. Tres comerciantes denunciaron que les cobra 'cuotas' mensuales para no difundir acusaciones inventadas sobre ellos; entregaron audios de las llamadas hechas desde este número y comprobantes de depósito.",
  ["messages", "contacts"], "refer", PP, reg="journalist")
S("es", "HN-P", ("serious_crime", "extorsión", 15),
  "Palabrero de la pandilla; desde Houston ordena las extorsiones a transportistas de San Pedro Sula.",
  ["messages", "contacts"], "refer", ET, loc="US", nat="HN")
S("es", "EC-I", ("serious_crime", "tráfico de armas", 20),
  "Usa la parroquia como bodega: 30 fusiles hallados en la casa cural; cámaras lo muestran recibiendo la carga.",
  ["messages", "location"], "refer", PP, text=PP, prof="sacerdote")

# ---------------------------------------------------------------------------
# REFER — French
# ---------------------------------------------------------------------------
S("fr", "SN-P", ("serious_crime", "traite des personnes", 10),
  "Marabout ; 40 enfants talibés forcés à mendier, sévices constatés par un médecin. Plaintes de parents.",
  ["messages", "location"], "refer", PP, reg="religious_leader")
S("fr", "CI-R", ("serious_crime", "blanchiment de capitaux", 10),
  "La cible, avocat inscrit au barreau, fait transiter l'argent d'un réseau de cocaïne par le compte de son cabinet : 1,2 milliard FCFA en dépôts d'espèces sur un an, reversés à des sociétés écrans. La CENTIF a signalé les opérations et un comptable du réseau, arrêté, le désigne. Messages et contacts demandés.",
  ["messages", "contacts"], "refer", PP, text=PP)
S("fr", "CM-I", ("terrorism", "soutien logistique à une entreprise terroriste", 999),
  "Logisticien de la cellule, basé à Maiduguri ; achemine les explosifs utilisés à Kolofata.",
  ["messages", "location"], "refer", ET, loc="NG", nat="CM")
S("fr", "MA-P", ("serious_crime", "trafic international de stupéfiants", 10),
  "Coordinateur du réseau de haschisch côté espagnol, Algésiras ; 4 t saisies.",
  ["messages", "contacts"], "refer", ET, loc="ES", nat="MA")
S("fr", "TN-R", ("terrorism", "financement du terrorisme", 999),
  "Ancien député, installé à Paris depuis deux ans. Les comptes d'une association caritative qu'il préside ont versé 180 000 euros à un recruteur de la cellule qui préparait l'attentat déjoué contre le port de La Goulette ; le recruteur, arrêté, affirme que l'intéressé savait à quoi servait l'argent. Virements et messages du recruteur au dossier.",
  ["messages", "contacts"], "refer", PP + ET, reg="politician", loc="FR", nat="TN")


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(rng, cc):
    code, n = DIAL[cc]
    digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + digits


def build(sc, rng):
    kw = sc["kw"]
    cc, agency, atype = AGENCIES[sc["ag"]]
    cat, label, pen = sc["off"]
    # evaluation time
    now = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc) + dt.timedelta(
        days=rng.randint(0, 320), hours=rng.randint(6, 20), minutes=rng.choice([0, 10, 15, 30, 40, 45]))
    # licence capabilities
    req = sc["caps"]
    unlic = set(kw.get("unlic", []))
    if kw.get("exact"):
        lic = list(req)
    else:
        pool = [c for c in ALL_CAPS if c not in req and c not in unlic]
        extras = rng.sample(pool, rng.randint(0, min(3, len(pool))))
        lic = [c for c in req if c not in unlic] + extras
    lic = [c for c in ALL_CAPS if c in lic]  # canonical order
    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100])
    q = kw.get("quota")
    if q == "full":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 6)
    elif q == "last":
        act = mx - 1
    elif q == "zero":
        mx, act = 0, 0
    else:
        act = rng.randint(0, mx - 1)
    # legal basis
    ltype = kw.get("legal")
    if ltype is None:
        if atype == "prosecution":
            ltype = rng.choice(["prosecutor_order", "judicial_warrant"])
        elif atype in ("intelligence", "military", "other_government"):
            ltype = rng.choice(["administrative_order", "judicial_warrant"])
        else:
            ltype = rng.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order"])
    valid = kw.get("valid")
    if ltype == "none":
        ref, vu = None, None
    else:
        fmt = rng.choice(REF_FORMATS[ltype])
        ref = fmt.format(y=now.year, n=rng.randint(1, 9999), cc=cc)
        days = rng.randint(3, 150)
        vu = iso((now + dt.timedelta(days=days)).replace(hour=0, minute=0, second=0))
        if valid == "plus1s":
            vu = iso(now + dt.timedelta(seconds=1))
        elif valid == "equal":
            vu = iso(now)
        elif valid == "expired":
            vu = iso((now - dt.timedelta(days=rng.randint(1, 20))).replace(hour=0, minute=0, second=0))
        elif valid == "null":
            vu = None
        elif valid == "refnull":
            ref = None
        elif valid == "refempty":
            ref = ""
    # target
    loc = kw.get("loc", cc)
    if "nat" in kw:
        nat = kw["nat"]
    elif loc == cc:
        nat = cc if rng.random() < 0.85 else rng.choice(NEIGHBOURS[cc])
    else:
        nat = cc if rng.random() < 0.8 else loc
    ident = kw.get("ident")
    if ident == "email":
        handle = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 9)))
        ident = "email:%s%d@%s" % (handle, rng.randint(1, 99), rng.choice(["inboxmail.net", "mailpro.io", "securepost.org"]))
    elif ident == "device":
        ident = "device:IMEI-35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    else:
        ident = phone(rng, loc)
    rec = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": agency,
            "agency_type": atype,
            "status": kw.get("status", "active"),
            "certificate_signed": kw.get("signed", True),
            "capabilities": lic,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": kw.get("prof", "unknown"),
                "registry_match": kw.get("reg"),
            },
            "offence": {"category": cat, "label": label, "max_penalty_years": pen},
            "legal_basis": {"type": ltype, "reference": ref, "valid_until": vu},
            "capabilities": list(req),
            "justification": sc["just"],
        },
    }
    return rec


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def structured_clauses(r):
    L, R = r["licence"], r["request"]
    T, O, B = R["target"], R["offence"], R["legal_basis"]
    held = set()
    if L["status"] != "active" or not L["certificate_signed"]:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    if O["category"] == "other" or (O["category"] == "serious_crime" and (
            O["max_penalty_years"] is None or O["max_penalty_years"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    if (B["type"] == "none" or not B["reference"] or B["valid_until"] is None
            or not parse(B["valid_until"]) > parse(r["now"])):
        held.add("no_legal_basis")
    if any(c not in L["capabilities"] for c in R["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if T["registry_match"] is not None:
        held.add("protected_person")
    if T["location_country"] != L["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    d = sorted(c for c in held if c in DENY)
    if d:
        return "deny", d
    rf = sorted(c for c in held if c in REFER)
    if rf:
        return "refer", rf
    return "permit", []


def main():
    rng = random.Random(FILLER_SEED)
    errors = []
    out = []
    stats = {"held": Counter(), "listed": Counter(), "dl": Counter(), "struct_clean_nonpermit": 0,
             "medium": 0}
    for i, sc in enumerate(SCEN):
        r = build(sc, rng)
        text = set(sc["text"])
        bad = text - TEXT_CLAUSES
        if bad:
            errors.append((i, "non-text clause given as text: %s" % bad))
        if "terrorism_definition_unmet" in text and r["request"]["offence"]["category"] != "terrorism":
            errors.append((i, "terrorism_definition_unmet on non-terrorism category"))
        if sc["kw"].get("prof") and "protected_person" not in text and sc["kw"]["prof"] != "unknown":
            errors.append((i, "profession given without judged protected_person"))
        sheld = structured_clauses(r)
        held = sheld | text
        dec, cl = decide(held)
        if dec != sc["dec"]:
            errors.append((i, "decision %s != intended %s (%s)" % (dec, sc["dec"], sorted(held))))
        if sc["cl"] is not None and sorted(set(sc["cl"])) != cl:
            errors.append((i, "clauses %s != intended %s" % (cl, sorted(set(sc["cl"])))))
        if dec != "permit" and sc["cl"] is None:
            errors.append((i, "non-permit without intended clause list"))
        r["expected"] = {"decision": dec, "clauses": cl}
        out.append((sc["lang"], r))
        for c in held:
            stats["held"][c] += 1
        for c in cl:
            stats["listed"][c] += 1
        stats["dl"][(dec, sc["lang"])] += 1
        if dec != "permit" and not sheld:
            stats["struct_clean_nonpermit"] += 1
        if len(sc["just"]) >= 280:
            stats["medium"] += 1
    if len(SCEN) != 150:
        errors.append((-1, "expected 150 scenarios, have %d" % len(SCEN)))
    just = [sc["just"] for sc in SCEN]
    if len(set(just)) != len(just):
        errors.append((-1, "duplicate justification"))
    if errors:
        for e in errors:
            print("ERROR scenario #%d: %s" % e, file=sys.stderr)
        sys.exit(1)
    random.Random(SHUFFLE_SEED).shuffle(out)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "sealed117.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for k, (_, r) in enumerate(out, 1):
            r["id"] = "s117-%03d" % k
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        langs = ["en", "es", "fr"]
        print("decision  " + "  ".join("%4s" % l for l in langs) + "  total")
        for d in ["permit", "deny", "refer"]:
            row = [stats["dl"][(d, l)] for l in langs]
            print("%-8s  " % d + "  ".join("%4d" % x for x in row) + "  %5d" % sum(row))
        tot = [sum(stats["dl"][(d, l)] for d in ["permit", "deny", "refer"]) for l in langs]
        print("total     " + "  ".join("%4d" % x for x in tot) + "  %5d" % sum(tot))
        print("\nclause                        listed  held")
        for c in DENY + REFER:
            print("%-28s  %6d  %4d" % (c, stats["listed"][c], stats["held"][c]))
        print("\nnon-permit with clean structured fields:", stats["struct_clean_nonpermit"])
        print("justifications >= 280 chars:", stats["medium"])
        lens = sorted(len(j) for j in just)
        print("justification length min/median/max:", lens[0], lens[len(lens) // 2], lens[-1])
    print("wrote %d scenarios" % len(out))


if __name__ == "__main__":
    main()
