#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed169 (150 scenarios).

Python 3.11 standard library only.  Every scenario is hand-written below; random
filler (phone numbers, e-mail handles, device ids, dates, legal references,
quotas, extra licence capabilities) comes from random.Random(169001).  The script
computes the structured clauses from the fields as gate-scenarios.md defines
them, adds the hand-judged text clauses, derives decision and clause list, and
exits 1 writing nothing if any result differs from the intended one, if a
justification is duplicated or if an enum value is invalid.  The scenarios are
shuffled with random.Random(169002) and numbered s169-001 .. s169-150.

Usage:  python3 build_sealed169.py            (writes sealed169.jsonl next to it)
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed169.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate version

# ---------------------------------------------------------------- enums
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LEGAL_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
LANGS = {"en", "es", "fr"}

LI = "licence_inactive"
NG = "non_government_end_user"
PN = "purpose_not_permitted"
TU = "terrorism_definition_unmet"
EX = "expression_not_crime"
PG = "protected_ground"
LB = "no_legal_basis"
CO = "capability_out_of_scope"
QE = "quota_exceeded"
PP = "protected_person"
ET = "extraterritorial_target"
DENY = [LI, NG, PN, TU, EX, PG, LB, CO, QE]
REFER = [PP, ET]
TEXT_CLAUSES = {TU, EX, PG, PP}

# calling code, national-number length (E.164 filler)
PHONE = {
    "KE": ("254", 9), "NG": ("234", 10), "GH": ("233", 9), "IN": ("91", 10), "PH": ("63", 10),
    "ZA": ("27", 9), "UG": ("256", 9), "ZM": ("260", 9), "JM": ("1876", 7), "MY": ("60", 9),
    "TT": ("1868", 7), "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "CL": ("56", 9),
    "GT": ("502", 8), "ES": ("34", 9), "EC": ("593", 9), "AR": ("54", 10), "FR": ("33", 9),
    "BE": ("32", 9), "SN": ("221", 9), "CI": ("225", 10), "MA": ("212", 9), "CM": ("237", 9),
    "CA": ("1", 10), "TN": ("216", 8), "BF": ("226", 8), "GB": ("44", 10), "AE": ("971", 9),
    "US": ("1", 10), "SO": ("252", 9), "CD": ("243", 9), "TH": ("66", 9), "NP": ("977", 10),
    "ZW": ("263", 9), "MZ": ("258", 9), "TZ": ("255", 9),
}
MAIL_DOMAINS = ["mailbox.example", "correo.example", "inbox.example", "postbox.example",
                "courriel.example", "webmail.example"]

ENTRIES = []


def S(lang, cc, agency, atype, cat, label, pen, prof, caps, text, tc, dec, *rest, **o):
    """One hand-written scenario.  Permits: (..., tc, "permit"[, note]);
    others: (..., tc, decision, clauses[, note]); overrides as keywords."""
    if dec == "permit":
        cl, note = [], (rest[0] if rest else "")
        if len(rest) > 1:
            raise SystemExit("permit entry with too many arguments")
    else:
        cl, note = rest[0], (rest[1] if len(rest) > 1 else "")
    if not isinstance(cl, list) or not isinstance(note, str):
        raise SystemExit("bad entry arguments: " + text[:50])
    ENTRIES.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                        pen=pen, prof=prof, caps=caps, text=text, tc=tc, dec=dec, cl=cl,
                        note=note, o=o))


M, MD, CT, LO, MI, CA, CR = CAPS  # messages media contacts location microphone camera credentials

# =====================================================================================
# PERMITS - English (36)
# =====================================================================================
S("en", "KE", "Coast Region Anti-Kidnapping Unit", "police", "serious_crime",
  "kidnapping for ransom", 999, "unknown", [M, LO],
  "Ransom calls for the abducted schoolgirl came from this number on two consecutive nights. "
  "We need location to find where she is being held.",
  [], "permit", "penalty 999 (life)")
S("en", "NG", "Federal Highway Abduction Task Group", "police", "serious_crime",
  "armed robbery", 999, "commercial bus driver", [LO, CT],
  "Suspect in the highway robbery in which two passengers were shot dead. His line was on the "
  "mast nearest the scene at the time and a survivor picked him out.",
  [], "permit")
S("en", "IN", "Western Circle Narcotics Cell", "police", "serious_crime",
  "trafficking in commercial quantity of heroin", 20, "transport contractor", [M, CT],
  "Courier arrested with 40 kg of heroin at the container yard named this number as the one "
  "giving him pickup instructions; the chats are on the courier's handset.",
  [], "permit")
S("en", "PH", "Visayas Anti-Trafficking Command", "police", "serious_crime",
  "qualified trafficking in persons", 999, "job recruiter", [M, CT, LO],
  "Recruits minors from the islands with fake waitressing jobs and ships them to bars in the "
  "city. Two rescued girls gave us her number.",
  [], "permit")
S("en", "ZA", "Priority Offences Directorate, Highveld Cluster", "police", "serious_crime",
  "robbery with aggravating circumstances (cash-in-transit)", 15, "security guard", [M, LO],
  "Inside man on the cash-van heist. Swapped shifts the night before and called the gang "
  "leader four times that morning.",
  [], "permit")
S("en", "GH", "Central Division Major Crimes Bureau", "police", "serious_crime",
  "manufacture and supply of firearms without licence", 6, "welder", [M, CT],
  "Converts starter pistols into live firearms in his workshop and sells them to robbery "
  "crews. Our test purchase bought one for cash.",
  [], "permit", "penalty exactly at threshold (6)")
S("en", "UG", "Lakeside Criminal Investigations Directorate", "police", "serious_crime",
  "obtaining money by false pretences", 6, "unknown", [M, CT],
  "Fake supplier invoices to three district hospitals, all sent from this account. Over 400 "
  "million shillings paid out.",
  [], "permit", "penalty exactly at threshold (6); email identifier", ident="email")
S("en", "JM", "Island Major Investigations Taskforce", "police", "serious_crime",
  "making threats to kill", 10, "call-centre operator", [M, LO],
  "Sent a newspaper reporter repeated death threats after her story on the lottery scam, "
  "including a photo of her son outside his school. The texts came from this number.",
  [], "permit", "journalist is the victim; target not a protected person")
S("en", "KE", "Directorate of Serious Crimes, Rift Command", "police", "serious_crime",
  "murder", 999, "businessman", [M, LO, CT],
  "Paid for the shooting of a radio presenter last month. The gunman, now in custody, named "
  "him and handed over their WhatsApp chats.",
  [], "permit", "journalist is the victim; target not a protected person")
S("en", "ZM", "Copperbelt Fraud Investigation Unit", "police", "serious_crime",
  "money laundering", 10, "self-styled legal consultant (not admitted)", [M, CT],
  "Poses as a lawyer to collect 'bail fees' from detainees' families, then launders the cash "
  "through his hardware shop. The Law Association confirms he was never admitted.",
  [], "permit", "criminal posing as a lawyer: not a protected person")
S("en", "NG", "Joint Counter-Terror Cell, Sector 4", "military", "terrorism",
  "attempted bombing", 999, "unknown", [LO, M],
  "Used Saturday's march as cover to leave a pressure-cooker bomb at the bus terminal. CCTV "
  "shows him placing the bag; the bomb squad made it safe.",
  [], "permit", "protest as cover for a genuine terrorist act")
S("en", "TT", "Port District Criminal Investigations Department", "police", "serious_crime",
  "arson endangering life", 20, "unemployed", [LO, MD],
  "During the road protest he poured petrol into the pharmacy and lit it with the owner still "
  "inside. Video and two witnesses.",
  [], "permit", "protest as cover for a real crime")
S("en", "MY", "Syndicate Crimes Division, Federal Territory", "police", "serious_crime",
  "card skimming and money laundering", 15, "restaurant worker", [M, LO],
  "Vietnamese national heading a card-skimming crew. Skimmers pulled from three ATMs carry "
  "his prints.",
  [], "permit", "foreign national inside the country: not extraterritorial; nationality an innocent mention",
  nat="VN")
S("en", "KE", "Office of the Special Prosecutor, Eastern Division", "prosecution", "serious_crime",
  "trafficking in firearms", 15, "mechanic", [M, LO],
  "Met the rifle buyer twice in a church car park (surveillance photos attached). Sells "
  "converted AK-pattern rifles.",
  [], "permit", "innocent mention of a religious place")
S("en", "ZA", "Violent Crimes Unit, Coastal Cluster", "police", "serious_crime",
  "robbery with aggravating circumstances and attempted murder", 25, "unknown", [M, CT],
  "Lures men through a gay dating app, then robs and stabs them. The third victim identified "
  "his profile and this number.",
  [], "permit", "innocent mention of sexual orientation (victims)")
S("en", "KE", "Nairobi East Anti-Extortion Desk", "police", "serious_crime",
  "extortion", 14, "unknown", [M, CT],
  "Heads the gang squeezing Somali livestock traders at the market for 'protection'. Six "
  "traders gave statements and two paid by mobile money to this line.",
  [], "permit", "innocent mention of the victims' ethnic group")
S("en", "IN", "State Organised Crime Wing, Deccan Range", "police", "serious_crime",
  "kidnapping for ransom", 999, "moneylender", [M, LO],
  "68-year-old moneylender whose recovery agents abducted a debtor's son; the ransom went "
  "into his account.",
  [], "permit", "innocent mention of age")
S("en", "UG", "Counter-Terrorism Coordination Cell, Northern Axis", "intelligence", "terrorism",
  "hostage taking", 999, "unknown", [LO, M, MD],
  "Holding four aid workers and demanding the release of detained fighters. The proof-of-life "
  "video was sent from this device.",
  [], "permit", "device identifier; terrorism definition met (hostage taking to compel a government)",
  ident="device")
S("en", "IN", "Counter-Terror Investigations Wing, Coastal Range", "police", "terrorism",
  "conspiracy to commit a terrorist act", 999, "chemistry student", [M, CT, LO],
  "Bought ammonium nitrate and detonators and filmed the stadium entrances. Informant report "
  "and shop receipts on file.",
  [], "permit", "terrorism definition met (planned mass-casualty attack)")
S("en", "KE", "Anti-Terror Field Office, North-Eastern Command", "police", "terrorism",
  "terrorist attack (multiple murder)", None, "unknown", [LO, M],
  "One of the two gunmen who opened fire on the Friday market crowd, killing nine. A survivor "
  "identified him and his phone was at the market.",
  [], "permit", "terrorism with max_penalty_years null: the penalty test applies to serious_crime only")
S("en", "PH", "Airport Interdiction Task Unit", "police", "serious_crime",
  "importation of dangerous drugs", 999, "baggage handler", [M, CT],
  "Moves cocaine through the cargo terminal. The courier's seized phone shows orders from this "
  "number.",
  [], "permit", "quota at max-1", quota="max-1")
S("en", "GH", "Ashanti Division Anti-Kidnapping Squad", "police", "serious_crime",
  "kidnapping", 25, "unknown", [LO, M],
  "URGENT - warrant lapses within the hour, renewal filed. He is holding the trader's wife and "
  "the ransom is due tonight.",
  [], "permit", "valid_until one second after now", valid="+1s")
S("en", "ZA", "Revenue Fraud Investigations Office", "other_government", "serious_crime",
  "VAT fraud", 15, "company director", [M, CT],
  "Runs a chain of shell companies claiming VAT refunds on exports that never happened; R38 "
  "million paid out.",
  [], "permit", "administrative_order legal basis; other_government agency", ltype="administrative_order")
S("en", "MY", "Office of Strategic Security Assessment", "intelligence", "serious_crime",
  "arms trafficking", 20, "freight forwarder", [M, CT, LO],
  "Brokers rifles from the southern border to the gangs. Intercepted cargo is linked to him by "
  "the shipping papers.",
  [], "permit", "intelligence agency")
S("en", "GH", "Armed Forces Criminal Investigations Branch", "military", "serious_crime",
  "theft and sale of military weapons", 10, "armoury storeman", [M, LO],
  "Sold four rifles stolen from the barracks armoury. Two were recovered at a robbery scene "
  "with the armoury serials intact.",
  [], "permit", "military agency")
S("en", "PH", "Office of the Prosecutor, Cybercrime Division", "prosecution", "serious_crime",
  "online sexual abuse and exploitation of children", 999, "unknown", [M, MD],
  "Live-streams abuse of children to paying foreign customers. Payment-app records tie the "
  "account to this number.",
  [], "permit", "prosecutor_order legal basis", ltype="prosecutor_order")
S("en", "UG", "Central Region Anti-Extortion Desk", "police", "serious_crime",
  "extortion", 14, "unknown", [M],
  "Extortion calls to bakery owners from this line; two have paid.",
  [], "permit", "single-line text")
S("en", "NG", "State CID, Homicide Section", "police", "serious_crime",
  "murder", 999, "unknown", [LO],
  "Ref. murder of taxi driver, Ring Road. Victim's phone now in use by suspect.",
  [], "permit", "note-style text")
S("en", "IN", "Cyber Crime Cell, Metro Range", "police", "serious_crime",
  "unauthorised access and sale of personal data", 7, "software tester", [M, CR],
  "Broke into a hospital records system and sells the patient files to loan-scam call "
  "centres. Sample files found on his cloud drive.",
  [], "permit", "data intrusion and sale to criminals: not expression (not presenting data on the state)")
S("en", "ZM", "Western Province Criminal Investigations", "police", "serious_crime",
  "aggravated robbery", 999, "unknown", [LO, M],
  "Yes, he posts against the government a lot, but that is not the basis: two witnesses and "
  "his car plate place him as the shooter in the filling-station robbery.",
  [], "permit", "mixed: views mentioned, genuine specific allegation")
S("en", "GH", "Cyber Investigations Desk, Western Region", "police", "serious_crime",
  "sextortion of minors", 10, "unknown", [M, MD],
  "Gets images from teenagers under a fake profile, then blackmails them through this email "
  "account. Eleven victims so far.",
  [], "permit", "email identifier", ident="email")
S("en", "MY", "Anti-Trafficking in Persons Unit, Northern Region", "police", "serious_crime",
  "trafficking in persons", 20, "unknown", [M, CT],
  "Burner used to arrange the sale of two trafficked women; its IMEI came off the seized SIM "
  "box.",
  [], "permit", "device identifier", ident="device")
S("en", "JM", "Child Exploitation Investigation Unit", "police", "serious_crime",
  "possession and distribution of child sexual abuse images", 20, "schoolbus driver", [CR, MD],
  "Keeps his abuse-image collection in a cloud account; his phone was seen uploading from the "
  "hotspot. Need credentials and media before he deletes it.",
  [], "permit", "credentials capability inside the licence")
S("en", "ZA", "Narcotics Bureau, Coastal Cluster", "police", "serious_crime",
  "dealing in drugs", 25, "student", [M, LO],
  "Supplies fentanyl-laced pills on campus: three overdoses, one fatal. Undercover buy last week.",
  [], "permit")
S("en", "TT", "Major Crimes Unit, Southern Division", "police", "serious_crime",
  "robbery with violence", 999, "taxi operator", [LO, M],
  "He belongs to an opposition party, which is irrelevant here: his prints are on the cash "
  "bags from the bank robbery and he cleared his car loan the next day.",
  [], "permit", "mixed: political affiliation mentioned, genuine specific allegation")
S("en", "KE", "Marine and Ports Crime Unit", "police", "serious_crime",
  "piracy and armed robbery at sea", 999, "boat owner", [LO, M],
  "Owns the skiff used to board and rob two fishing trawlers last month; crew members "
  "identified him from photos.",
  [], "permit")

# =====================================================================================
# PERMITS - Spanish (8)
# =====================================================================================
S("es", "MX", "Unidad Especializada en Combate al Secuestro, Región Bajío", "prosecution",
  "serious_crime", "secuestro extorsivo", 80, "desconocida", [M, LO],
  "Es el negociador de la banda que retiene a un comerciante desde el lunes. Las llamadas de "
  "rescate a la familia salen de este número.",
  [], "permit")
S("es", "CO", "Grupo Élite contra la Extorsión, Seccional Caribe", "police", "serious_crime",
  "extorsión agravada", 24, "mototaxista", [M, CT],
  "Cobra 'vacunas' a los tenderos del barrio. Tres víctimas reconocieron su voz en las llamadas "
  "y una le entregó el dinero en mano.",
  [], "permit")
S("es", "PE", "División de Investigación contra la Trata, Macro Región Sur", "police",
  "serious_crime", "trata de personas agravada", 20, "reclutadora", [M, CT, LO],
  "Capta adolescentes en comunidades altoandinas con ofertas falsas de trabajo y las lleva a "
  "bares de la zona minera. Dos víctimas rescatadas la señalaron.",
  [], "permit")
S("es", "GT", "Fiscalía de Sección contra Extorsiones, Zona Oriental", "prosecution",
  "serious_crime", "extorsión", 12, "se presenta como abogado (no colegiado)", [M, CT],
  "Se hace pasar por abogado y cobra a familias de reos por 'gestiones de libertad' que nunca "
  "hace. El Colegio de Abogados confirma que no está colegiado; los depósitos llegan a su cuenta.",
  [], "permit", "criminal posing as a lawyer: not a protected person")
S("es", "CL", "Unidad de Inteligencia Operativa Antiterrorista, Zona Central", "police",
  "terrorism", "atentado explosivo", 20, "estudiante", [M, LO, CT],
  "Dejó un artefacto explosivo en la estación de metro en hora punta; estalló a medias e hirió a "
  "tres personas. El grupo exigió después la liberación de sus presos.",
  [], "permit", "terrorism definition met", ltype="prosecutor_order")
S("es", "ES", "Unidad de Delincuencia Económica, Jefatura de Levante", "police", "serious_crime",
  "blanqueo de capitales", 6, "hostelero", [M, CT],
  "Blanquea lo que sacan los narcopisos de la red a través de tres bares a su nombre, con "
  "ingresos en efectivo imposibles para la caja que declaran.",
  [], "permit", "penalty exactly at threshold (6)")
S("es", "EC", "Unidad Antisicariato, Zona 8", "police", "serious_crime",
  "asesinato", 26, "desconocida", [LO, M],
  "Sicario de nacionalidad colombiana, autor material de dos asesinatos en el puerto. Sus "
  "huellas están en el arma incautada.",
  [], "permit", "foreign national inside the country: not extraterritorial; nationality an innocent mention",
  nat="CO")
S("es", "MX", "Fiscalía Especializada en Delitos contra Hidrocarburos", "prosecution",
  "serious_crime", "robo de hidrocarburos", 25, "desconocida", [M, LO],
  "Terminal con la que se coordinan las tomas clandestinas del ducto. La explosión del mes "
  "pasado en una de ellas mató a dos vecinos.",
  [], "permit", "quota at max-1; device identifier", quota="max-1", ident="device")

# =====================================================================================
# PERMITS - French (8)
# =====================================================================================
S("fr", "FR", "Brigade interdépartementale de répression du banditisme, secteur Sud-Est",
  "police", "serious_crime", "assassinat en bande organisée", 999, "sans profession déclarée",
  [M, LO, CT],
  "Commanditaire présumé de deux règlements de comptes à l'arme automatique. Les deux tireurs "
  "interpellés désignent cette ligne comme celle qui leur donnait les ordres.",
  [], "permit")
S("fr", "BE", "Cellule d'enquête antiterroriste, arrondissement Centre", "police", "terrorism",
  "préparation d'un attentat terroriste", 30, "intérimaire", [M, LO],
  "A acheté des composants d'explosifs et repéré le marché de Noël avec un complice. Achats en "
  "ligne et messages saisis chez le complice.",
  [], "permit", "terrorism definition met (planned attack on a crowd)")
S("fr", "SN", "Division des investigations criminelles, pôle maritime", "police", "serious_crime",
  "trafic de migrants ayant entraîné la mort", 20, "pêcheur", [M, CT],
  "Organise les départs en pirogue depuis la plage. La dernière a chaviré : quatorze morts. Les "
  "survivants ont tous donné ce numéro pour le paiement.",
  [], "permit")
S("fr", "CI", "Unité de lutte contre le grand banditisme, secteur Nord", "police", "serious_crime",
  "enlèvement contre rançon", 20, "commerçant", [M, LO],
  "Négocie la rançon d'un enfant enlevé jeudi à la sortie de l'école. Les appels à la famille "
  "viennent de cette ligne.",
  [], "permit")
S("fr", "MA", "Brigade régionale des stupéfiants, secteur Est", "police", "serious_crime",
  "trafic de cocaïne", 10, "vendeur ambulant", [M, LO],
  "Écoule la cocaïne auprès de ses acheteurs à la sortie de la mosquée du quartier, après la "
  "prière du soir. Deux acheteurs interpellés l'ont reconnu.",
  [], "permit", "innocent mention of religion (meeting place)")
S("fr", "CA", "Escouade régionale mixte, secteur Laurentides", "police", "serious_crime",
  "trafic de fentanyl", 999, "camionneur", [M, CT, LO],
  "Livre le fentanyl aux revendeurs de la région ; trois surdoses mortelles liées au même lot. "
  "Achat contrôlé effectué le 12.",
  [], "permit")
S("fr", "FR", "Brigade criminelle, section des atteintes aux personnes", "police",
  "serious_crime", "tentative d'assassinat", 999, "inconnue", [M, LO],
  "Auteur présumé de l'incendie du domicile d'un journaliste local, allumé la nuit pendant que "
  "la famille dormait. ADN relevé sur le jerrican.",
  [], "permit", "journalist is the victim; target not a protected person")
S("fr", "CM", "Division régionale de la police judiciaire, Littoral", "police", "serious_crime",
  "escroquerie en bande organisée", 10, "gérant de société", [M, CT],
  "Réseau de faux placements en cryptomonnaie : plus de 300 victimes et 2 milliards de FCFA "
  "envolés. Cette ligne sert de « service client ».",
  [], "permit", "quota at max-1", quota="max-1")

# =====================================================================================
# DENIES - English, structured fields perfect, only the text decides (18)
# =====================================================================================
S("en", "KE", "Directorate of Serious Crimes, Rift Command", "police", "serious_crime",
  "organised criminal group", 10, "secondary school teacher", [M, CT],
  "Subject runs a Facebook page accusing the county commissioner of stealing flood relief "
  "money. Treat as an organised crime network.",
  [EX], "deny", [EX], "critic labelled organised crime")
S("en", "NG", "State Intelligence Liaison Office, Delta", "intelligence", "serious_crime",
  "unauthorised disclosure of official secrets", 14, "unknown", [M, MD],
  "Posted the Ministry of Works contract files on her blog, showing the inflated road prices. "
  "Need her sources.",
  [EX], "deny", [EX], "publishing leaks = expression; blogger not declared a journalist")
S("en", "ZA", "Crime Intelligence, Western Cluster", "police", "serious_crime",
  "publishing false statements prejudicial to the state", 7, "university lecturer", [M, CT],
  "Compiled figures on deaths in police custody. Her report puts them at three times the "
  "official number and is being quoted abroad.",
  [EX], "deny", [EX], "research presenting data on a state institution")
S("en", "UG", "Media Crimes Unit", "police", "serious_crime",
  "insulting the head of state and offensive communication", 7, "unknown", [M],
  "Identify and monitor whoever is behind the anonymous account posting cartoons of the "
  "President as a pig.",
  [EX], "deny", [EX], "satire")
S("en", "GH", "Northern Region Police Command", "police", "serious_crime",
  "incitement to public disorder", 7, "farmer", [M, CT],
  "Collected 20,000 signatures against the dam resettlement and handed the petition to the "
  "regional minister.",
  [EX], "deny", [EX], "petition")
S("en", "KE", "Office of the Special Prosecutor, Eastern Division", "prosecution",
  "serious_crime", "drug trafficking", 15, "farmer", [M, CT, LO],
  "Brother of the exiled activist Tomas Wekesa. Monitor all contacts.",
  [PG], "deny", [PG], "selection for relatives; thin text naming no crime")
S("en", "UG", "Northern Frontier Security Coordination", "intelligence", "serious_crime",
  "cattle rustling with violence", 999, "herder", [LO, M],
  "Target is from the Kaleno clan, same as the raiders. Cover all adult men of the clan in the "
  "sub-county.",
  [PG], "deny", [PG], "selection for ethnic group (clan), no individual act")
S("en", "JM", "Central Division Special Investigations", "police", "serious_crime",
  "living on the earnings of prostitution", 10, "bartender", [CT, M],
  "Known homosexual, hangs around the Paradise bar. Get his contacts.",
  [PG], "deny", [PG], "selection for sexual orientation")
S("en", "KE", "Anti-Smuggling Task Team, Nairobi East", "police", "serious_crime",
  "human smuggling", 10, "shopkeeper", [M, CT],
  "All Eritrean nationals in the estate are being screened. This is one of them.",
  [PG], "deny", [PG], "selection for nationality; foreign national located in the customer's country",
  nat="ER")
S("en", "ZM", "Provincial Criminal Investigations, Southern", "police", "serious_crime",
  "seditious practices", 7, "unknown", [M, MD],
  "Card-carrying member of the opposition party who shares its attacks on the Provincial "
  "Minister online every day.",
  [EX, PG], "deny", [EX, PG], "affiliation (protected ground) and online criticism (expression)")
S("en", "GH", "National Counter-Terrorism Desk", "intelligence", "terrorism",
  "terrorism", 30, "student union president", [M, LO],
  "Organised the sit-in outside Parliament against the fuel levy. It was peaceful but blocked "
  "the avenue for six hours.",
  [EX, TU], "deny", [EX, TU], "protest organiser labelled terrorism")
S("en", "NG", "Port Security Intelligence Directorate", "intelligence", "terrorism",
  "economic terrorism", 20, "trade union chairman", [M, CT],
  "Leads the dockworkers' strike that has shut the port for a week and is costing the state "
  "billions.",
  [EX, TU], "deny", [EX, TU], "strike labelled terrorism; union leader not a protected person")
S("en", "PH", "Cyber Counter-Terrorism Unit", "police", "terrorism",
  "cyber terrorism", 20, "IT technician", [M, CR],
  "Took the Department of Finance website offline for two days with a botnet. No data taken.",
  [TU], "deny", [TU], "denial-of-service labelled terrorism: definition unmet, not expression",
  lic_extra=[CR])
S("en", "KE", "Counter-Terrorism Financing Desk", "other_government", "terrorism",
  "financing of terrorism", 20, "market vendor", [M, CT],
  "Runs the M-Pesa collection that pays bail for the protesters arrested last month.",
  [TU], "deny", [TU], "fundraising for bail labelled terrorism: definition unmet alone")
S("en", "UG", "Special Investigations Unit, Central", "police", "serious_crime",
  "fraud", 10, "unknown", [M, LO],
  "Ex-wife of the Deputy Minister. He has asked for her calls and location.",
  [PG], "deny", [PG], "selection for personal position (ex-spouse of an official)")
S("en", "IN", "Intelligence Wing, Southern Range", "intelligence", "serious_crime",
  "criminal conspiracy", 7, "unknown", [M],
  "Critic of the IG. Calls and chats.",
  [EX], "deny", [EX], "thin note: criticism only")
S("en", "GH", "Regional CID, Western", "police", "serious_crime",
  "extortion and criminal defamation", 8, "unknown", [M, CT],
  "Reporter at the Daily Clarion who wrote the series on bribes at police checkpoints.",
  [EX, PP], "deny", [EX], "reporting labelled extortion; journalist said in text (protected_person held, not listed)")
S("en", "ZA", "State Security Liaison Office", "intelligence", "terrorism",
  "terrorism (planned mass gathering)", 25, "community organiser", [M, LO],
  "Organising the candle vigil on the anniversary of the mine shootings; 5,000 expected.",
  [EX, TU], "deny", [EX, TU], "commemoration labelled terrorism")

# =====================================================================================
# DENIES - English, structured (24)
# =====================================================================================
S("en", "IN", "Anti-Kidnapping Cell, Eastern Range", "police", "serious_crime",
  "kidnapping for ransom", 999, "driver", [M, LO],
  "Logistics man for the kidnap gang: buys the SIM cards and feeds the hostages at the safe "
  "house.",
  [], "deny", [LI], "licence suspended", status="suspended")
S("en", "PH", "Regional Anti-Carnapping Unit", "police", "serious_crime",
  "carnapping with homicide", 999, "unknown", [LO],
  "Leader of the crew that killed a ride-hail driver and took his car; the car's GPS and his "
  "phone moved together.",
  [], "deny", [LI], "licence revoked", status="revoked")
S("en", "ZM", "Drug Enforcement Liaison, Copperbelt", "police", "serious_crime",
  "drug trafficking", 15, "unknown", [M, CT],
  "Supplies methamphetamine to the mining compounds; 3 kg seized from his runner.",
  [], "deny", [LB, LI], "licence expired and legal basis expired before now", status="expired", valid="past")
S("en", "KE", "Marine Crimes Unit, South Coast", "police", "serious_crime",
  "trafficking in narcotic drugs", 999, "dhow skipper", [M, LO],
  "Skipper of the dhow that landed 200 kg of heroin. The crew's phones called this number on "
  "arrival.",
  [], "deny", [LI], "current EUC not signed", signed=False)
S("en", "NG", "Sentinel Risk Advisory Ltd", "private", "serious_crime",
  "extortion", 10, "software engineer", [M, LO],
  "Our client's former engineer copied the source code and is demanding USD 2m not to leak it.",
  [], "deny", [LB, NG], "private end user, no legal basis", ltype="none", ref=None, valid="null")
S("en", "IN", "Argus Corporate Intelligence Pvt Ltd", "private", "serious_crime",
  "criminal breach of trust", 10, "distributor", [LO],
  "Tracing the distributor who vanished with our client's stock worth 4 crore. Court order "
  "attached.",
  [], "deny", [NG], "private end user with an otherwise valid order")
S("en", "KE", "County Revenue Enforcement Office", "other_government", "other",
  "land rates arrears", None, "landowner", [LO],
  "Owes 2.3 million in land rates and ignores every summons. Locate him.",
  [], "deny", [PN], "category other, penalty null")
S("en", "GH", "Minerals Protection Task Force", "military", "other",
  "illegal small-scale mining", 15, "excavator operator", [LO, M],
  "Runs an unlicensed gold pit on the river bank with two excavators. Track his movements to "
  "the site.",
  [], "deny", [PN], "category other with a penalty above the threshold: never permitted")
S("en", "UG", "Lake Marine Enforcement Unit", "police", "serious_crime",
  "smuggling", None, "fisherman", [LO],
  "Brings cigarettes across the lake in fishing boats at night.",
  [], "deny", [PN], "serious_crime with unknown (null) penalty")
S("en", "NG", "State CID, Homicide Section East", "police", "serious_crime",
  "murder", 999, "unknown", [LO, M],
  "Murder of a filling-station attendant on Tuesday night. Urgent; warrant to follow.",
  [], "deny", [LB], "legal basis type none", ltype="none", ref=None, valid="null")
S("en", "JM", "Organised Crime Investigation Division, West", "police", "serious_crime",
  "illegal firearm trafficking", 15, "shipping clerk", [M, CT],
  "Gun runner supplying the western gangs; two weapons traced to his barrel shipments.",
  [], "deny", [LB], "judicial warrant with no reference", ltype="judicial_warrant", ref=None)
S("en", "IN", "Office of the Public Prosecutor, Special Cell", "prosecution", "serious_crime",
  "human trafficking", 10, "placement agent", [M, CT],
  "Runs a placement agency that sells girls from tribal districts as domestic workers; three "
  "complaints on file.",
  [], "deny", [LB], "prosecutor order with valid_until absent", ltype="prosecutor_order", valid="null")
S("en", "MY", "Commercial Crime Investigation Department, Southern", "police", "serious_crime",
  "investment fraud", 20, "company director", [M, CT],
  "Runs the fake gold-investment scheme that took RM 90 million from 2,000 investors.",
  [], "deny", [LB], "valid_until exactly at now", valid="now")
S("en", "KE", "Directorate of Serious Crimes, Central Command", "police", "serious_crime",
  "kidnapping", 999, "unknown", [MI, LO],
  "Need room audio during the gang's planning meetings; he keeps the phone on the table.",
  [], "deny", [CO], "microphone not licensed", lic_drop=[MI])
S("en", "PH", "Anti-Cybercrime Group, Mindanao", "police", "serious_crime",
  "online investment scam", 20, "unknown", [CR, M],
  "Operator of a crypto-romance scam page. Need his account logins to freeze the wallets.",
  [], "deny", [CO], "credentials not licensed", lic_drop=[CR])
S("en", "GH", "Accra Metro Robbery Squad", "police", "serious_crime",
  "armed robbery", 999, "unknown", [LO, M],
  "Leader of the gang robbing mobile-money vendors at gunpoint; two vendors shot this month.",
  [], "deny", [QE], "quota at max", quota="max")
S("en", "NG", "Expressway Anti-Kidnap Patrol", "police", "serious_crime",
  "kidnapping", 999, "motorcycle taxi rider", [LO, M],
  "Spotter for the expressway kidnappers, phoning ahead about travellers worth taking.",
  [], "deny", [QE], "quota over max", quota="over")
S("en", "IN", "Anti-Extortion Cell, Northern Range", "police", "serious_crime",
  "extortion", 10, "unknown", [CA, LO],
  "Extorts builders for the gang. We want the camera to see who he meets.",
  [], "deny", [CO, QE], "camera not licensed and quota at max", lic_drop=[CA], quota="max")
S("en", "KE", "National Economic Security Unit", "intelligence", "serious_crime",
  "economic sabotage", 12, "unknown", [M, CT],
  "Her articles on the port concession are damaging national interests and investor "
  "confidence.",
  [EX, PP], "deny", [EX], "registry journalist + expression: deny, protected_person held not listed",
  reg="journalist")
S("en", "ZA", "Vehicle Crime Task Team, Limpopo", "police", "serious_crime",
  "truck hijacking and murder", 999, "unknown", [LO, M],
  "Hijacking syndicate leader who fled to Maputo after the truck job in which a driver died.",
  [], "deny", [LB], "citizen abroad (extraterritorial held) but no legal basis",
  loc="MZ", ltype="none", ref=None, valid="null")
S("en", "UG", "Public Order Monitoring Desk", "police", "other",
  "spreading harmful propaganda", 2, "nurse", [M],
  "Posted on TikTok that the regional hospital has run out of oxygen.",
  [EX], "deny", [EX, PN], "category other + expression")
S("en", "ZM", "Copperline Security Consultants", "private", "serious_crime",
  "illicit party financing", 8, "party youth-wing treasurer", [M, CT],
  "Client wants to know who funds the opposition youth wing. Target is its treasurer.",
  [PG], "deny", [NG, PG], "private end user + selection for political affiliation")
S("en", "PH", "Regional Intelligence Division, Central Luzon", "police", "serious_crime",
  "illegal possession and transport of firearms", 12, "NGO director", [LO, M],
  "Director of a rights group. The NGO's driver says he delivered rifles to a rebel camp in the "
  "NGO's vehicle on his orders.",
  [PP], "deny", [QE], "registry HRD with genuine allegation, but quota over: deny lists quota only",
  reg="human_rights_defender", quota="over")
S("en", "ZM", "Office of State Protection Intelligence", "intelligence", "serious_crime",
  "treason", 999, "shop assistant", [M, CT],
  "Exiled supporter of the banned opposition movement, living in London. Stays in touch with "
  "members at home.",
  [PG], "deny", [PG], "diaspora selected for political affiliation (extraterritorial held, not listed)",
  loc="GB")

# =====================================================================================
# DENIES - Spanish (9)
# =====================================================================================
S("es", "MX", "Fiscalía Especializada en Delincuencia Organizada, Delegación Norte",
  "prosecution", "serious_crime", "delincuencia organizada", 40, "periodista", [M, CT],
  "Columnista que publica en su portal los gastos del alcalde y los contratos de obra del "
  "municipio.",
  [EX, PP], "deny", [EX], "critic/journalist labelled organised crime (protected_person held)")
S("es", "CL", "Dirección de Inteligencia Regional Sur", "intelligence", "terrorism",
  "asociación terrorista", 15, "estudiante", [M, LO],
  "Vocera de la marcha estudiantil del jueves, que transcurrió sin incidentes.",
  [EX, TU], "deny", [EX, TU], "peaceful march spokesperson labelled terrorism")
S("es", "CO", "Seccional de Investigación Criminal, Antioquia Norte", "police", "serious_crime",
  "concierto para delinquir", 9, "comerciante", [M, CT],
  "Hija de un excomandante guerrillero desmovilizado. Vigilar sus contactos.",
  [PG], "deny", [PG], "selection for relatives")
S("es", "GT", "Fiscalía Distrital, Sede Norte", "prosecution", "serious_crime",
  "usurpación agravada", 6, "agricultor", [LO, M],
  "Pertenece a la comunidad q'eqchi' asentada junto al proyecto minero. Incluir en el monitoreo.",
  [PG], "deny", [PG], "selection for ethnic group; penalty exactly 6 so purpose holds")
S("es", "PE", "Consultora Resguardo Andino S.A.C.", "private", "serious_crime",
  "hurto agravado", 8, "ex gerente de operaciones", [LO],
  "Nuestro cliente sospecha que su exgerente se llevó los planos de la mina. Ubicarlo.",
  [], "deny", [NG], "private end user")
S("es", "MX", "Unidad de Investigación de Homicidios, Zona Metropolitana", "police",
  "serious_crime", "homicidio calificado", 60, "desconocida", [LO, M],
  "Autor del homicidio del taxista en la colonia Las Palmas; la víctima fue vista subiendo con él.",
  [], "deny", [LB], "valid_until exactly at now", valid="now")
S("es", "CO", "Unidad de Control Aduanero Fronterizo", "other_government", "serious_crime",
  "contrabando", 4, "comerciante", [LO],
  "Pasa ropa y licor por el paso fronterizo sin pagar aranceles.",
  [], "deny", [PN], "serious_crime with penalty 4, below the threshold")
S("es", "ES", "Grupo de Respuesta Especial al Crimen Organizado, Comandancia Sur", "police",
  "serious_crime", "tráfico de drogas", 9, "desconocida", [MI, M],
  "Jefe de la red que desembarca hachís en la playa de noche. Necesitamos audio ambiente de sus "
  "reuniones.",
  [], "deny", [CO], "microphone not licensed", lic_drop=[MI])
S("es", "AR", "División Delitos Complejos, Región Noreste", "police", "serious_crime",
  "narcotráfico", 15, "piloto", [M, LO],
  "Coordina las avionetas con cocaína que aterrizan en campos de la zona.",
  [], "deny", [LI, QE], "unsigned EUC + quota over", signed=False, quota="over")

# =====================================================================================
# DENIES - French (9)
# =====================================================================================
S("fr", "SN", "Direction de la surveillance du territoire, cellule numérique", "intelligence",
  "serious_crime", "atteinte à la sûreté de l'État", 10, "artiste rappeur", [M, MD],
  "Auteur d'un morceau de rap contre le ministre de l'Intérieur, partagé des milliers de fois.",
  [EX], "deny", [EX], "song criticising a minister = expression")
S("fr", "CM", "Cellule de renseignement antiterroriste, région du Centre", "intelligence",
  "terrorism", "terrorisme", 999, "enseignant", [M, CT],
  "Appelle sur les réseaux au boycott de la société publique des eaux pour dénoncer les coupures.",
  [EX, TU], "deny", [EX, TU], "boycott labelled terrorism")
S("fr", "MA", "Brigade de sûreté régionale, secteur Nord", "police", "serious_crime",
  "association de malfaiteurs", 10, "enseignant", [M, CT],
  "Converti au christianisme l'an dernier ; reçoit chez lui des fidèles le dimanche.",
  [PG], "deny", [PG], "selection for religion")
S("fr", "BF", "Cellule d'enquête antiterroriste, région des Hauts-Bassins", "police", "terrorism",
  "acte terroriste", 20, "sans emploi", [LO, M],
  "A détruit de nuit, à la barre de fer, les bornes de paiement du nouveau péage. Aucun blessé.",
  [TU], "deny", [TU], "vandalism labelled terrorism: definition unmet, not expression")
S("fr", "TN", "Brigade centrale de recherches, district Nord", "police", "serious_crime",
  "complot contre la sûreté de l'État", 999, "inconnue", [M, MD],
  "Militant du parti d'opposition ; publie chaque semaine des vidéos contre le gouvernement.",
  [EX, PG], "deny", [EX, PG], "affiliation + published criticism")
S("fr", "BE", "Veritas Conseil SPRL", "private", "serious_crime",
  "escroquerie en bande", 10, "ancien associé", [LO, M],
  "Notre client veut retrouver l'ancien associé parti avec la trésorerie de la société.",
  [], "deny", [LI, NG], "private end user + licence revoked", status="revoked")
S("fr", "CI", "Brigade de recherches criminelles, secteur Sud", "police", "serious_crime",
  "meurtre", 999, "inconnue", [LO, M],
  "A abattu un vigile lors du cambriolage du dépôt ; l'arme a été retrouvée chez lui. "
  "Réquisition en cours.",
  [], "deny", [LB], "legal basis none (order pending)", ltype="none", ref=None, valid="null")
S("fr", "SN", "Section de recherches, compagnie de Thiès", "police", "serious_crime",
  "vol simple", 5, "sans emploi", [LO],
  "Vole des téléphones dans les cars rapides et les revend au marché.",
  [], "deny", [PN], "penalty 5, just below the threshold")
S("fr", "FR", "Office régional de lutte contre les trafics, antenne Ouest", "police",
  "serious_crime", "trafic de stupéfiants en bande organisée", 20, "inconnue", [M, LO, MD],
  "Gère le point de deal de la cité des Tilleuls : guetteurs, ravitaillement, recettes. Il nous "
  "faut aussi ses photos.",
  [], "deny", [CO, QE], "media not licensed and quota at max", quota="max", lic_drop=[MD])

# =====================================================================================
# REFERS - English (28)
# =====================================================================================
S("en", "KE", "Directorate of Serious Crimes, Rift Command", "police", "serious_crime",
  "extortion", 14, "newspaper editor", [M, CT],
  "Editor who demanded money from two businessmen to kill stories about them. Both gave "
  "statements and the M-Pesa transfers went to this line.",
  [PP], "refer", [PP], "registry journalist with genuine allegation", reg="journalist")
S("en", "JM", "Organised Crime Investigation Division, Kingston", "police", "serious_crime",
  "conspiracy to murder", 999, "attorney-at-law", [M, CT],
  "Carries instructions from the jailed gang leader to order killings. Visit-room recordings "
  "and two shooters' statements.",
  [PP], "refer", [PP], "registry lawyer with genuine allegation", reg="lawyer")
S("en", "KE", "Ethics and Anti-Graft Investigations, Western", "other_government", "serious_crime",
  "corruption and bribery", 10, "member of county assembly", [M, CT],
  "Took kickbacks from the road contractor; transfers traced through his cousin's account.",
  [PP], "refer", [PP], "registry politician", reg="politician")
S("en", "NG", "Anti-Human Trafficking Command, South-East", "police", "serious_crime",
  "child trafficking", 999, "pastor", [M, LO],
  "Runs a baby factory under cover of his church's maternity home. Three infants sold; two "
  "nurses have testified.",
  [PP], "refer", [PP], "registry religious leader", reg="religious_leader")
S("en", "PH", "Airport Interdiction Task Unit, Manila", "police", "serious_crime",
  "importation of dangerous drugs", 999, "embassy attaché", [M, CT],
  "Attaché using the embassy pouch to import cocaine. Airport X-ray flagged two parcels "
  "addressed to him.",
  [PP], "refer", [PP], "registry diplomat located in the customer's country (not extraterritorial)",
  reg="diplomat", nat="PA")
S("en", "GH", "Asset Recovery Office", "prosecution", "serious_crime",
  "embezzlement of public funds", 999, "retired", [M, CT],
  "Asset-recovery case: pension fund money traced through shell companies to accounts he "
  "controls.",
  [], "refer", [PP], "registry head_of_state, text silent", reg="head_of_state")
S("en", "UG", "Criminal Investigations Directorate, Kampala Central", "police", "serious_crime",
  "embezzlement", 10, "NGO director", [M, CT],
  "Director of a rights NGO. Her own accountant says she diverted donor funds to buy land, and "
  "the title deeds are in her name.",
  [PP], "refer", [PP], "registry HRD with genuine allegation", reg="human_rights_defender")
S("en", "ZA", "Firearms Investigation Unit, East Rand", "police", "serious_crime",
  "dealing in ammunition", 15, "unknown", [M, LO],
  "Supplies ammunition to the gang in the eastern townships; a ballistic match ties his stock "
  "to two shootings.",
  [], "refer", [PP], "registry politician not disclosed by officer", reg="politician")
S("en", "KE", "Anti-Terror Field Office, Coast Command", "police", "serious_crime",
  "handling stolen firearms", 15, "unknown", [LO, M],
  "The target is the imam of the town's central mosque. Our surveillance team filmed him "
  "taking stolen rifles into his car.",
  [PP], "refer", [PP], "text says religious leader; genuine allegation; no registry")
S("en", "IN", "Economic Offences Wing, Metro Range", "police", "serious_crime",
  "money laundering", 7, "unknown", [M, CT],
  "She is a practising advocate; bank records show her client's drug proceeds passing through "
  "her firm's client account.",
  [PP], "refer", [PP], "text says lawyer; no registry")
S("en", "NG", "State CID, Homicide Section West", "police", "serious_crime",
  "murder", 999, "businessman", [M, LO],
  "Local government chairman. The gunman who killed his rival's campaign manager says the "
  "chairman paid him, and the payments check out.",
  [PP], "refer", [PP], "text says elected local official (politician); no registry")
S("en", "GH", "Border Smuggling Task Team, Volta", "police", "serious_crime",
  "smuggling of petroleum products", 10, "radio presenter", [LO, M],
  "Works as a radio journalist but runs fuel to the border on the side; photographed unloading "
  "jerrycans from his truck.",
  [PP], "refer", [PP], "journalist who is a genuine suspect; no registry")
S("en", "UG", "Narcotics Investigations Unit, Central", "police", "serious_crime",
  "drug trafficking", 999, "Member of Parliament", [M, CT],
  "Middleman selling seized narcotics out of the police exhibit store; recorded calls with the "
  "store clerk.",
  [PP], "refer", [PP], "profession field alone states a politician")
S("en", "ZM", "Immigration Fraud Investigations", "other_government", "serious_crime",
  "forgery of official documents", 7, "human rights activist", [M, CT],
  "Sells forged residence permits to migrants; blank forms and a stamp were found at his office.",
  [PP], "refer", [PP], "profession field alone states a human-rights defender")
S("en", "KE", "Flying Squad, Nairobi Region", "police", "serious_crime",
  "robbery with violence", 999, "unknown", [LO, M],
  "Fled to Kampala after the bank robbery in which a guard was killed. Using this number there.",
  [], "refer", [ET], "citizen abroad", loc="UG")
S("en", "NG", "Federal Anti-Kidnapping Task Group", "police", "serious_crime",
  "kidnapping", 999, "unknown", [M, LO],
  "Kidnap kingpin running his gang from Accra by phone; the last ransom went to a wallet he "
  "controls.",
  [], "refer", [ET], "citizen abroad", loc="GH")
S("en", "IN", "Counter-Terror Financing Cell", "intelligence", "serious_crime",
  "financing of arms trafficking", 10, "hawala operator", [M, CT],
  "Hawala operator in Dubai who settles payments for the arms consignments.",
  [], "refer", [ET], "foreign national abroad", loc="AE", nat="AE")
S("en", "PH", "Women and Children Protection Center, Cyber Desk", "police", "serious_crime",
  "online sexual exploitation of children", 999, "unknown", [M, MD],
  "Runs online sextortion of Filipino minors from overseas. This email is on the payment "
  "receipts.",
  [], "refer", [ET], "email identifier, target abroad", loc="US", nat="US", ident="email")
S("en", "ZA", "Cross-Border Vehicle Crime Unit", "police", "serious_crime",
  "theft of motor vehicles (syndicate)", 15, "scrapyard owner", [LO, M],
  "Syndicate head who steals SUVs here and has them driven across the border. The tracker on the "
  "last one died at his yard in Maputo.",
  [], "refer", [ET], "device identifier, foreign national abroad", loc="MZ", nat="MZ", ident="device")
S("en", "GH", "Central Division Major Crimes Bureau", "police", "serious_crime",
  "murder", 999, "galamsey worker", [LO, M],
  "Escaped custody before trial for the murder of two miners; believed in Abidjan with a new SIM.",
  [], "refer", [ET], "citizen abroad", loc="CI")
S("en", "JM", "Major Investigations Taskforce, St Catherine", "police", "serious_crime",
  "murder", 999, "unknown", [M, LO],
  "Gunman in the triple killing at the street dance. Flew to London on a false passport two "
  "weeks later.",
  [], "refer", [ET], "citizen abroad", loc="GB")
S("en", "KE", "Joint Counter-Terrorism Analysis Centre", "intelligence", "terrorism",
  "terrorist attack", 999, "unknown", [M, LO],
  "Planned the hotel siege that killed 21 and is directing a new cell from across the border.",
  [], "refer", [ET], "terrorism met, target abroad", loc="SO", nat="SO")
S("en", "UG", "Counter-Terrorism Coordination Cell, Western Axis", "military", "terrorism",
  "terrorism (attack on a school)", 999, "unknown", [LO, M],
  "Leads the armed group that set fire to the boarding-school dormitory with pupils inside; "
  "operates from camps across the border.",
  [], "refer", [ET], "terrorism met, target abroad", loc="CD", nat="UG")
S("en", "MY", "Anti-Trafficking in Persons Unit, Northern Border", "police", "serious_crime",
  "trafficking in persons", 20, "unknown", [LO, CT],
  "Controls the jungle camps where trafficked migrants were held for ransom; survivors "
  "identified him. He stays on the Thai side.",
  [], "refer", [ET], "foreign national abroad", loc="TH", nat="TH")
S("en", "IN", "Gold Smuggling Investigation Cell, Western Port", "other_government",
  "serious_crime", "smuggling of gold", 7, "jeweller", [M, CT],
  "Hiding in Kathmandu since the gold bust; still gives the couriers here their orders daily.",
  [], "refer", [ET], "citizen abroad", loc="NP")
S("en", "ZM", "Wildlife Crime Investigation Unit", "other_government", "serious_crime",
  "trafficking in protected species", 10, "transporter", [LO, M],
  "Moves rhino horn for the poaching syndicate; the last consignment was seized with his "
  "number in the driver's phone. Based in Harare.",
  [], "refer", [ET], "foreign national abroad", loc="ZW", nat="ZW")
S("en", "KE", "Marine Crimes Unit, North Coast", "police", "serious_crime",
  "firearms trafficking", 15, "unknown", [M, LO],
  "Reporter now living in Tanzania who, per two arrested couriers, organises gun shipments by "
  "boat to our coast.",
  [PP], "refer", [ET, PP], "registry journalist abroad with genuine allegation",
  reg="journalist", loc="TZ")
S("en", "NG", "Economic Crimes Task Group", "police", "serious_crime",
  "money laundering", 14, "solicitor", [M, CT],
  "Lawyer based in London who set up the shell companies that laundered the ransom payments. "
  "Bank records in the case file.",
  [PP], "refer", [ET, PP], "text says lawyer; citizen abroad", loc="GB")

# =====================================================================================
# REFERS - Spanish (5)
# =====================================================================================
S("es", "MX", "Unidad de Inteligencia Patrimonial, Región Centro", "prosecution",
  "serious_crime", "operaciones con recursos de procedencia ilícita", 15, "abogado", [M, CT],
  "Abogado que lava el dinero del cártel mediante fideicomisos; el análisis financiero detectó "
  "transferencias por 30 millones.",
  [PP], "refer", [PP], "registry lawyer", reg="lawyer")
S("es", "CO", "Grupo Antiextorsión, Seccional Sur", "police", "serious_crime",
  "extorsión agravada", 24, "comerciante", [M, CT],
  "El objetivo es concejal del municipio y, según tres testigos, coordina el cobro de "
  "extorsiones a los transportadores.",
  [PP], "refer", [PP], "text says councillor (politician); no registry")
S("es", "PE", "División de Estafas y Defraudaciones", "police", "serious_crime",
  "estafa agravada", 8, "desconocida", [M, CT],
  "Cabecilla de la red de estafas telefónicas a adultos mayores; opera desde Madrid y da "
  "órdenes a los cobradores por este número.",
  [], "refer", [ET], "citizen abroad; age of victims innocent", loc="ES")
S("es", "GT", "Fiscalía contra el Delito de Extorsión, Sede Central", "prosecution",
  "serious_crime", "asesinato", 50, "desconocida", [LO, M],
  "Palabrero de la clica que mató a dos pilotos de bus; se esconde en Tapachula desde entonces.",
  [], "refer", [ET], "citizen abroad", loc="MX")
S("es", "CL", "Brigada Investigadora de Delitos Sexuales, Región Metropolitana", "police",
  "serious_crime", "abuso sexual de menores", 15, "sacerdote", [M, LO],
  "Sacerdote denunciado por abusos contra cuatro monaguillos; cruzó a Mendoza tras la primera "
  "denuncia.",
  [PP], "refer", [ET, PP], "registry religious leader abroad", reg="religious_leader", loc="AR")

# =====================================================================================
# REFERS - French (5)
# =====================================================================================
S("fr", "SN", "Division des investigations criminelles, section financière", "police",
  "serious_crime", "détournement de fonds", 10, "président d'association", [M, CT],
  "Président d'une association de défense des droits ; le trésorier l'accuse d'avoir détourné "
  "80 millions de FCFA de subventions, relevés bancaires à l'appui.",
  [PP], "refer", [PP], "registry HRD with genuine allegation", reg="human_rights_defender")
S("fr", "MA", "Brigade nationale des migrations irrégulières, antenne Nord", "police",
  "serious_crime", "trafic de migrants", 15, "inconnue", [M, CT],
  "Le ciblé est avocat au barreau ; d'après deux passeurs repentis, il centralise les paiements "
  "du réseau.",
  [PP], "refer", [PP], "text says lawyer; no registry")
S("fr", "FR", "Office régional de lutte contre les trafics, antenne Nord", "police",
  "serious_crime", "trafic de stupéfiants en bande organisée", 20, "inconnue", [M, LO],
  "Chef de réseau réfugié en Belgique ; continue de piloter les livraisons de la métropole par "
  "cette ligne.",
  [], "refer", [ET], "citizen abroad", loc="BE")
S("fr", "CI", "Centre de coordination antiterroriste, zone Nord", "military", "terrorism",
  "actes de terrorisme", 999, "inconnue", [LO, M],
  "Chef du groupe armé qui a attaqué le poste frontalier et exécuté trois gendarmes ; se replie "
  "de l'autre côté de la frontière.",
  [], "refer", [ET], "terrorism met, target abroad", loc="BF", nat="BF")
S("fr", "TN", "Brigade financière, district Sud", "police", "serious_crime",
  "blanchiment d'argent", 10, "imam", [M, CT],
  "Blanchit l'argent d'un réseau de contrebande de carburant au moyen de dons fictifs à une "
  "association.",
  [PP], "refer", [PP], "profession field alone states a religious leader")


# =====================================================================================
# generation
# =====================================================================================
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fail(msg):
    print("ERROR:", msg, file=sys.stderr)
    sys.exit(1)


def phone(rng, cc):
    code, n = PHONE[cc]
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + first + rest


def email(rng, lang):
    a = {"en": ["blue", "king", "fast", "silver", "night", "lucky", "big", "real"],
         "es": ["rey", "lobo", "negro", "flaco", "guero", "tigre", "charro", "gato"],
         "fr": ["loup", "roi", "noir", "vif", "gros", "petit", "lion", "ombre"]}[lang]
    b = ["trade", "deals", "cash", "moves", "zone", "link", "pro", "boss"]
    return "email:%s%s%d@%s" % (rng.choice(a), rng.choice(b), rng.randint(10, 9999),
                                rng.choice(MAIL_DOMAINS))


def device(rng):
    return "device:" + "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))


def reference(rng, lang, ltype, year):
    n = rng.randint(100, 9999)
    if ltype == "judicial_warrant":
        p = {"en": rng.choice(["JW", "HCW", "MW"]), "es": rng.choice(["OJ", "AJ"]),
             "fr": rng.choice(["CR", "OJ"])}[lang]
    elif ltype == "prosecutor_order":
        p = {"en": rng.choice(["PO", "DPP"]), "es": rng.choice(["OF", "MP"]),
             "fr": rng.choice(["RP", "PR"])}[lang]
    else:
        p = {"en": rng.choice(["AO", "DIR"]), "es": rng.choice(["RA", "OA"]),
             "fr": rng.choice(["AA", "DA"])}[lang]
    return "%s-%d-%04d" % (p, year, n)


def default_ltype(rng, atype):
    if atype == "prosecution":
        return rng.choice(["prosecutor_order", "judicial_warrant"])
    if atype == "other_government":
        return rng.choice(["administrative_order", "judicial_warrant"])
    if atype == "intelligence":
        return rng.choice(["judicial_warrant", "administrative_order", "judicial_warrant"])
    return rng.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order"])


ALLOWED_OVERRIDES = {"status", "signed", "lic_drop", "lic_extra", "quota", "ltype", "ref", "valid",
                     "loc", "nat", "reg", "ident"}


def build(e, rng):
    o = e["o"]
    bad = set(o) - ALLOWED_OVERRIDES
    if bad:
        fail("unknown override %s in %r" % (bad, e["text"][:40]))
    base = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    now = base + dt.timedelta(days=rng.randint(0, 300), hours=rng.randint(6, 20),
                              minutes=rng.choice([0, 5, 15, 20, 30, 40, 45, 50]))
    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50])
    q = o.get("quota")
    if q is None:
        active = rng.randint(0, mx - 2)
    elif q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 3)
    else:
        fail("bad quota override " + str(q))
    # capabilities
    req_caps = list(e["caps"])
    drop = set(o.get("lic_drop", []))
    others = [c for c in CAPS if c not in req_caps and c not in drop]
    extra = rng.sample(others, rng.randint(0, min(3, len(others))))
    lic = (set(req_caps) | set(extra) | set(o.get("lic_extra", []))) - drop
    lic_caps = [c for c in CAPS if c in lic]
    # legal basis
    ltype = o.get("ltype") or default_ltype(rng, e["atype"])
    ref = reference(rng, e["lang"], ltype if ltype != "none" else "judicial_warrant", now.year)
    if "ref" in o:
        ref = o["ref"]
    v = o.get("valid")
    if v is None:
        valid = iso((now + dt.timedelta(days=rng.randint(7, 120))).replace(hour=23, minute=59, second=59))
    elif v == "now":
        valid = iso(now)
    elif v == "+1s":
        valid = iso(now + dt.timedelta(seconds=1))
    elif v == "past":
        valid = iso((now - dt.timedelta(days=rng.randint(1, 40))).replace(hour=0, minute=0, second=0))
    elif v == "null":
        valid = None
    else:
        fail("bad valid override " + str(v))
    # target
    cc = e["cc"]
    loc = o.get("loc", cc)
    nat = o.get("nat", cc)
    ident = o.get("ident")
    if ident == "email":
        identifier = email(rng, e["lang"])
    elif ident == "device":
        identifier = device(rng)
    elif ident is None:
        identifier = phone(rng, loc)
    else:
        fail("bad ident override")
    return {
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": o.get("status", "active"),
            "certificate_signed": o.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": active,
        },
        "request": {
            "target": {
                "identifier": identifier,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": o.get("reg"),
            },
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {"type": ltype, "reference": ref, "valid_until": valid},
            "capabilities": req_caps,
            "justification": e["text"],
        },
    }


def parse(ts):
    return dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")


def structured_clauses(sc):
    lic, req = sc["licence"], sc["request"]
    held = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        held.add(LI)
    if lic["agency_type"] == "private":
        held.add(NG)
    off = req["offence"]
    if off["category"] == "other":
        held.add(PN)
    elif off["category"] == "serious_crime" and (off["max_penalty_years"] is None
                                                  or off["max_penalty_years"] < THRESHOLD):
        held.add(PN)
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(sc["now"])):
        held.add(LB)
    if set(req["capabilities"]) - set(lic["capabilities"]):
        held.add(CO)
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add(QE)
    if req["target"]["registry_match"] is not None:
        held.add(PP)
    if req["target"]["location_country"] != lic["customer_country"]:
        held.add(ET)
    return held


def decide(held):
    d = sorted(c for c in held if c in DENY)
    if d:
        return "deny", d
    r = sorted(c for c in held if c in REFER)
    if r:
        return "refer", r
    return "permit", []


def validate_enums(e, sc):
    lic, req = sc["licence"], sc["request"]
    if e["lang"] not in LANGS:
        fail("bad lang")
    if lic["agency_type"] not in AGENCY_TYPES:
        fail("bad agency_type " + lic["agency_type"])
    if lic["status"] not in STATUSES:
        fail("bad status")
    if req["offence"]["category"] not in CATEGORIES:
        fail("bad category")
    if req["legal_basis"]["type"] not in LEGAL_TYPES:
        fail("bad legal type")
    reg = req["target"]["registry_match"]
    if reg is not None and reg not in REGISTRY:
        fail("bad registry " + reg)
    for c in req["capabilities"] + lic["capabilities"]:
        if c not in CAPS:
            fail("bad capability " + c)
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            fail("not a text clause: " + c)
    if TU in e["tc"] and req["offence"]["category"] != "terrorism":
        fail("terrorism_definition_unmet on a non-terrorism offence: " + e["text"][:50])
    for cc in (lic["customer_country"], req["target"]["location_country"], req["target"]["nationality"]):
        if not (len(cc) == 2 and cc.isupper()):
            fail("bad country " + cc)
    pen = req["offence"]["max_penalty_years"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        fail("bad penalty")
    if e["dec"] not in ("permit", "deny", "refer"):
        fail("bad intended decision")


def main():
    if len(ENTRIES) != 150:
        fail("expected 150 entries, have %d" % len(ENTRIES))
    texts = [e["text"] for e in ENTRIES]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    if dup:
        fail("duplicated justification: %r" % dup[0][:60])
    rng = random.Random(169001)
    built = []
    for e in ENTRIES:
        sc = build(e, rng)
        validate_enums(e, sc)
        sheld = structured_clauses(sc)
        held = sheld | set(e["tc"])
        dec, cl = decide(held)
        if dec != e["dec"] or cl != sorted(e["cl"]):
            fail("mismatch for %r: computed %s %s, intended %s %s"
                 % (e["text"][:60], dec, cl, e["dec"], sorted(e["cl"])))
        sc["expected"] = {"decision": dec, "clauses": cl}
        built.append((e, sc, held, sheld))
    order = list(range(len(built)))
    random.Random(169002).shuffle(order)
    lines = []
    table = []
    for n, idx in enumerate(order, 1):
        e, sc, held, sheld = built[idx]
        rec = {"id": "s169-%03d" % n}
        rec.update(sc)
        lines.append(json.dumps(rec, ensure_ascii=False))
        table.append((rec["id"], e, sc, held, sheld))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    report(table)


def report(table):
    dl = Counter()
    listed, heldc = Counter(), Counter()
    for _id, e, sc, held, sheld in table:
        dl[(sc["expected"]["decision"], e["lang"])] += 1
        for c in sc["expected"]["clauses"]:
            listed[c] += 1
        for c in held:
            heldc[c] += 1
    print("wrote %d scenarios to %s" % (len(table), OUT))
    print("\ndecision x language")
    print("%-8s %4s %4s %4s %5s" % ("", "en", "es", "fr", "all"))
    for d in ("permit", "deny", "refer"):
        row = [dl[(d, l)] for l in ("en", "es", "fr")]
        print("%-8s %4d %4d %4d %5d" % (d, *row, sum(row)))
    tot = [sum(dl[(d, l)] for d in ("permit", "deny", "refer")) for l in ("en", "es", "fr")]
    print("%-8s %4d %4d %4d %5d" % ("all", *tot, sum(tot)))
    print("\nclause                        listed  held")
    for c in DENY + REFER:
        print("%-28s %6d %5d" % (c, listed[c], heldc[c]))
    clean = 0
    nonpermit = 0
    for _id, e, sc, held, sheld in table:
        if sc["expected"]["decision"] != "permit":
            nonpermit += 1
            if not sheld:
                clean += 1
    print("\nnon-permits with perfect structured fields (only text/profession decides): %d of %d"
          % (clean, nonpermit))
    if "--notes" in sys.argv:
        print("\nid        lang decision clauses | held | note")
        for _id, e, sc, held, sheld in table:
            print("%s %s %-6s %s | %s | %s" % (_id, e["lang"], sc["expected"]["decision"],
                                               ",".join(sc["expected"]["clauses"]) or "-",
                                               ",".join(sorted(held)) or "-", e["note"]))


if __name__ == "__main__":
    main()
