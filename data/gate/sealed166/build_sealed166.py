#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed166.

Brief: no theme -- an ordinary month (May 2026) of tasking requests across many
countries and crimes, as a regulator would see them.

Every scenario below is written by hand: language of the free text, customer
country and agency, offence, profession, requested capabilities, the
justification, the hand-judged *text* clauses (what only the free text or the
profession field shows), the intended decision and clause list, and any
structured overrides.  Filler (dates, identifiers, legal references, quotas,
extra licence capabilities) comes from random.Random(166001).  The script
computes the structured clauses exactly as shared/spec/gate-scenarios.md
defines them, adds the hand-judged text clauses, derives decision and clause
list by the spec's rules, and exits 1 (writing nothing) if anything differs
from the intended label, a justification is duplicated, or an enum is invalid.

Usage: python3 build_sealed166.py [--map]   (--map also prints tag -> id)
Standard library only (Python 3.11).
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed166.jsonl")

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
CLAUSES = DENY + REFER
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
THRESHOLD = 6
A = {"LI": "licence_inactive", "NG": "non_government_end_user", "PNP": "purpose_not_permitted",
     "TDU": "terrorism_definition_unmet", "ENC": "expression_not_crime", "PG": "protected_ground",
     "NLB": "no_legal_basis", "COS": "capability_out_of_scope", "QE": "quota_exceeded",
     "PP": "protected_person", "ET": "extraterritorial_target"}

# ISO 3166-1 alpha-2 codes used, with E.164 dialling prefixes (for phone identifiers).
DIAL = {
    "AE": "971", "AL": "355", "AR": "54", "AU": "61", "BD": "880", "BE": "32", "BF": "226",
    "BH": "973", "BI": "257", "BJ": "229", "BO": "591", "BS": "1242", "BW": "267", "BZ": "501",
    "CA": "1", "CH": "41", "CI": "225", "CL": "56", "CM": "237", "CO": "57", "CY": "357",
    "DO": "1809", "EC": "593", "ES": "34", "ET": "251", "FJ": "679", "FR": "33", "GB": "44",
    "GH": "233", "GM": "220", "GT": "502", "GY": "592", "HN": "504", "ID": "62", "IE": "353",
    "IN": "91", "JM": "1876", "KE": "254", "KG": "996", "KW": "965", "LK": "94", "LR": "231", "LS": "266",
    "MA": "212", "MG": "261", "ML": "223", "MT": "356", "MU": "230", "MW": "265", "MX": "52",
    "MY": "60", "MZ": "258", "NA": "264", "NE": "227", "NG": "234", "NP": "977", "NZ": "64",
    "PE": "51", "PG": "675", "PH": "63", "PK": "92", "PY": "595", "RW": "250", "SC": "248",
    "SG": "65", "SL": "232", "SN": "221", "SO": "252", "TG": "228", "TH": "66", "TN": "216",
    "TT": "1868", "TZ": "255", "UG": "256", "US": "1", "UY": "598", "VE": "58", "ZA": "27",
    "ZM": "260", "ZW": "263",
}

ENTRIES = []


def E(tag, lang, cc, agency, atype, cat, label, pen, prof, caps, text,
      tc="", dec="permit", cl="", **ov):
    ENTRIES.append(dict(tag=tag, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                        label=label, pen=pen, prof=prof, caps=caps, text=text,
                        tc=[A[x] for x in tc.split()], dec=dec,
                        cl=sorted(A[x] for x in cl.split()), ov=ov))


# ---------------------------------------------------------------------------
# PERMITS -- English
# ---------------------------------------------------------------------------
E("P01", "en", "KE", "Nairobi Regional Serious Crimes Bureau", "police", "serious_crime",
  "kidnapping for ransom", 999, "taxi driver", ["location", "messages"],
  "A nine-year-old girl was abducted outside her school gate in Kilimani on the afternoon of 3 May. "
  "Since then the mother has received four ransom calls, all from this line (call records are in the "
  "warrant file). The subscriber drives a taxi and his car appears on the school's CCTV eleven minutes "
  "before the abduction. We need location to find where the child is held and messages to identify "
  "whoever is guarding her. She is still missing.")
E("P02", "en", "NG", "Lagos Zonal Anti-Human-Trafficking Command", "police", "serious_crime",
  "trafficking in persons for sexual exploitation", 14, "travel agent", ["messages", "contacts"],
  "Subject runs a small travel agency in Ikeja that recruits young women with offers of hotel work in "
  "Europe. Three of the women were repatriated from Italy in April and, interviewed separately, each "
  "identified him from photographs and gave this number as the one he used to arrange passports and to "
  "collect 'travel debt' from their families. Messages and contacts are needed to identify the people "
  "who received the women abroad and the collectors here.")
E("P03", "en", "IE", "Eastern Region Drugs and Organised Crime Bureau", "police", "serious_crime",
  "possession of controlled drugs for sale or supply (value over EUR 13,000)", 999, "warehouse operative",
  ["messages", "location", "contacts"],
  "Target is believed to coordinate the collection of cocaine concealed in fruit containers arriving at "
  "Dublin Port. Two couriers arrested on 28 April with 40 kg had been in contact with an encrypted "
  "handset that sits on the same cell sites as the target's home and workplace, day and night. He "
  "changes SIM cards every few days, so the request is made on the handset's IMEI rather than on a number.",
  idk="device")
E("P04", "en", "IN", "Western Zone Narcotics Task Force", "police", "serious_crime",
  "trafficking in a commercial quantity of heroin (NDPS Act)", 20, "truck owner",
  ["location", "messages", "contacts"],
  "12 kg heroin recovered 30/04 at Palanpur check post from a truck registered to target. Driver in "
  "custody names him as the person who loaded it. Next consignment expected mid-May per driver. Need "
  "movements + contacts to trace supplier.")
E("P05", "en", "PH", "Visayas Anti-Online Child Exploitation Task Group", "police", "serious_crime",
  "online sexual abuse and exploitation of children", 999, "unemployed", ["messages", "media"],
  "A referral from a foreign child-protection hotline traced livestreamed abuse of two young girls to an "
  "account logged in from this phone in Cebu City. Remittances from overseas buyers were collected in "
  "the target's name at two pawnshops. The children are believed to live in the same house. We are "
  "planning a rescue operation and need media and messages to confirm the children's identities and to "
  "identify the buyers.")
E("P06", "en", "ZA", "Gauteng Violent Crime Investigation Unit", "police", "serious_crime",
  "robbery with aggravating circumstances (cash-in-transit)", 999, "security guard",
  ["location", "messages", "contacts"],
  "Inside man. He is employed by the cash-in-transit company whose van was hit on the N1 on 22 April, "
  "when two of his colleagues were shot dead. He called in sick that morning, and his phone was on the "
  "same tower as the getaway vehicle an hour before the attack. An informer says the gang is planning "
  "another hit this month and that he is again feeding them route information.")
E("P07", "en", "AU", "Northern Coastal Organised Crime Squad", "police", "serious_crime",
  "importing a commercial quantity of a border-controlled drug", 999, "boat charter operator",
  ["location", "messages", "media"],
  "The target operates a fishing-charter business out of Cairns. Twice this year his vessel's tracking "
  "transponder went dark for several hours while he was near the route of a foreign mothership; on the "
  "second occasion a linked vessel was intercepted with 300 kg of methamphetamine. We expect another run "
  "before the end of the month and ask for location, messages and media to establish the timing and who "
  "receives the drugs on shore.", quota="max-1")
E("P08", "en", "MY", "Commercial Crime Investigation Division, Penang Branch", "police", "serious_crime",
  "money laundering", 15, "company director", ["messages", "contacts", "credentials"],
  "Director of three shell trading companies that received RM 42 million from online investment scams "
  "over the last year. Five mule account holders arrested in March named him as the man who bought their "
  "ATM cards, and a seized phone shows him sharing a cloud spreadsheet of mule accounts. Credentials are "
  "requested for that cloud account; messages and contacts to identify the scam call centre behind the money.")
E("P09", "en", "UG", "Central Kampala Homicide Squad", "police", "serious_crime", "murder", 999,
  "boda boda rider", ["location"],
  "Suspect in the stabbing of a money changer in Kisenyi on 1 May. The motorcycle he fled on is "
  "registered to him; an eyewitness picked him out of a photo line-up. He has not been home since. Phone "
  "came back on yesterday. Location only.")
E("P10", "en", "ZM", "Lusaka Division Criminal Investigations Department", "police", "serious_crime",
  "attempted murder (petrol-bomb attack on a dwelling)", 999, "unemployed", ["messages", "location"],
  "This concerns the petrol-bomb attack on the home of a community radio journalist in Chawama on 26 "
  "April; she and her two children escaped with burns. To be clear, the journalist is the victim, not "
  "the subject of this request. For two weeks before the attack she received threatening calls from this "
  "number, which is registered to the target, and a neighbour saw his car leave the street moments after "
  "the fire started. We need his messages to find out who paid for the attack and his location to arrest him.")
E("P11", "en", "JM", "Western Kingston Anti-Gang Task Force", "police", "serious_crime",
  "participation in a criminal organisation", 20, "self-styled attorney (not enrolled)",
  ["messages", "contacts"],
  "Subject visits the remand centre presenting himself as attorney-at-law for the jailed leader of a "
  "Spanish Town gang and carries instructions out of the prison. He is not an attorney: no one of that "
  "name has ever been entered on the roll of attorneys, and the practising certificate he shows at the "
  "gate is forged. Two reprisal shootings followed his last two visits. Messages and contacts requested "
  "to identify who receives the instructions.")
E("P12", "en", "BD", "Metropolitan Counter-Extremism Cell", "police", "terrorism",
  "conspiracy to carry out a bomb attack at a public rally", 999, "electrician",
  ["messages", "location", "microphone"],
  "The opposition march planned for 10 May is lawful and is not the subject of this request. The target "
  "belongs to a banned cell that bought ammonium nitrate and detonators in April (supplier's receipts, "
  "courier's statement). On a handset seized from a co-conspirator he discusses placing a device among "
  "the marchers to cause mass casualties and blame the government. We need messages, location and "
  "microphone to find the device and the remaining cell members before the march.")
E("P13", "en", "TT", "Port of Spain South Homicide Bureau", "police", "serious_crime", "murder", 999,
  "mechanic", ["location", "contacts"],
  "We are aware that the target is an outspoken critic of the Minister of National Security on Facebook, "
  "with a large following. That is not why he is a target and it plays no part in this request. The car "
  "used in the 18 April drive-by shooting in Morvant is registered to him, gunshot residue was found on "
  "the driver's seat, and an eyewitness places him at the wheel. Location and contacts are sought to find "
  "him and the two gunmen who rode with him.")
E("P14", "en", "NZ", "Auckland City Robbery Squad", "police", "serious_crime", "aggravated robbery", 14,
  "unknown", ["messages", "location"],
  "Five aggravated robberies since February follow the same pattern: the victims, gay men, arranged to "
  "meet someone through a dating app, and when they opened their door they were threatened with a knife "
  "and robbed. Their sexuality is relevant only to how they were lured. The dating profile used in all "
  "five cases was registered with this number, and the latest victim's stolen phone was pawned on 2 May "
  "using the target's driver licence.")
E("P15", "en", "NA", "Windhoek Serious Crime Unit", "police", "serious_crime", "murder", 999,
  "construction worker", ["location", "messages"],
  "Witnesses to the 29 April killing in Katutura described only 'a tall man speaking Oshiwambo'. That "
  "description was not used to select anyone and would fit half the neighbourhood. The target was "
  "identified by a fingerprint on the knife recovered at the scene and by the victim's bank card, which "
  "he used at an ATM forty minutes after the killing (footage attached).")
E("P16", "en", "PK", "Northern Provincial Counter-Terrorism Directorate", "intelligence", "terrorism",
  "conspiracy to take hostages at a school", 999, "shopkeeper", ["messages", "microphone"],
  "Courier notes recovered on 27 April and the confession of an arrested recruit describe a plan to storm "
  "a girls' school in the district and hold the pupils until members of the group are released from "
  "prison. The recruit names the target as the one buying weapons and as the person who sent him the "
  "school floor plan. Messages and microphone coverage requested. According to the recruit the attack is "
  "planned before the summer holidays.")
E("P17", "en", "BW", "Gaborone Motor Vehicle Theft Unit", "police", "serious_crime",
  "dealing in stolen motor vehicles", 6, "used-car dealer", ["messages", "contacts"],
  "Three Hilux vans stolen in Gaborone in April were stopped at the Ramatlabama border with altered "
  "chassis numbers. The drivers say the target paid them P2,000 each and handed them the false papers at "
  "his car lot. Messages and contacts to map who re-registers the vehicles on the other side.")
E("P18", "en", "RW", "Kigali Cybercrime Investigation Unit", "police", "serious_crime",
  "SIM-swap fraud (unauthorised access to a computer system to commit an offence)", 6,
  "mobile-money agent", ["messages", "contacts", "credentials"],
  "Mobile-money agent suspected of running a SIM-swap ring that emptied 37 customer wallets between "
  "January and April. Operator logs show the replacement SIMs were issued at his kiosk on forged IDs, "
  "and the stolen funds were withdrawn by two runners who work for him. Credentials requested for the "
  "accounts he uses to sell customer data; messages and contacts for the runners.")
E("P19", "en", "NP", "Kathmandu Valley Crime Investigation Office", "police", "serious_crime",
  "human trafficking", 20, "labour broker", ["contacts"],
  "Broker who recruits girls from Sindhupalchok with promises of factory jobs and sells them to brothels "
  "across the border. Two girls rescued last week, aged 16 and 17, gave this number and described him. "
  "Contacts only at this stage.", vu="just")
E("P20", "en", "CA", "Prairie Integrated Child Exploitation Unit", "police", "serious_crime",
  "making available child sexual abuse material", 14, "unknown", ["messages", "media", "credentials"],
  "A file-hosting provider reported this email account for uploading child sexual abuse material (report "
  "attached to the production order). The same address was used to register the social-media account "
  "that coerced a 14-year-old girl in Regina into sending images in March. We need the account's content "
  "and credentials to identify other victims and the user.", idk="email")
E("P21", "en", "TZ", "Coastal Anti-Corruption Investigations Office", "other_government", "serious_crime",
  "soliciting and receiving bribes by a public official", 10, "district land officer", ["messages"],
  "District land officer who demands cash to issue title deeds on public land. Two complainants recorded "
  "the handover of TZS 12 million on 24 April; the marked notes were recovered from his driver the same "
  "evening. We want his messages to identify the other officials who share the payments.",
  lb="administrative_order")
E("P22", "en", "ET", "Federal Counter-Terrorism Task Group", "intelligence", "terrorism",
  "preparation of a suicide bombing", 999, "unknown", ["microphone", "camera", "messages"],
  "An intercepted chat shows the target telling a contact that he has 'finished the vests' and is "
  "choosing between the Merkato bus terminal and a football match. A partner service reports that he "
  "trained abroad with a designated armed group last year. Our assessment is that an attack is possible "
  "within days. Microphone and camera are requested in addition to messages because he avoids discussing "
  "plans in writing.")
E("P23", "en", "PH", "Joint Task Force Sulu Intelligence Cell", "military", "terrorism",
  "hostage-taking by an armed group to compel the withdrawal of troops", 999, "armed group sub-leader",
  ["location"],
  "Sub-leader of the armed group holding two fishermen and a foreign tourist since March. The "
  "proof-of-life video sent to the families on 29 April came from this number, together with a demand for "
  "ransom and for the withdrawal of troops from two municipalities. Location needed for the rescue operation.")
E("P24", "en", "GH", "Professional Standards Investigation Unit", "police", "serious_crime",
  "unlawful supply of firearms to a criminal gang", 15, "police constable",
  ["messages", "contacts", "location"],
  "The target is a serving constable attached to the armoury of a district station. Two rifles recovered "
  "after the Kasoa bank robbery on 19 April came from that armoury and were signed out under his service "
  "number. Robbers in custody say that 'a policeman' rents them weapons for each job. We request messages, "
  "contacts and location.")
E("P25", "en", "LK", "Southern Province Narcotics Bureau", "police", "serious_crime", "trafficking in heroin",
  999, "fisherman", ["messages", "contacts"],
  "Heroin distributor, Galle area. Runner caught 4 May with 2.3 kg, identified target as his supplier. "
  "Messages + contacts. Warrant attached.")
E("P26", "en", "ZA", "Durban Organised Crime Task Team", "police", "serious_crime",
  "murder (contract killings in the taxi industry)", 999, "unknown", ["messages", "location"],
  "Hitman linked to the taxi-rank conflict in Umlazi. Ballistics show that three killings since January "
  "were committed with a single rifle, which an accomplice arrested in April says belongs to the target. "
  "The accomplice gave us this number and says the target receives his instructions by message from an "
  "association official. Messages and location. The official will be the subject of a separate request "
  "once identified.")
E("P27", "en", "GB", "Metropolitan Modern Slavery and Exploitation Team", "police", "serious_crime",
  "holding a person in slavery or servitude", 999, "car wash owner", ["messages", "location", "contacts"],
  "Albanian national resident in Luton. Two boys aged 15 and 16, rescued from a cannabis farm on 11 "
  "April, both say he took their passports, moved them between farms and threatened their families if "
  "they left. The tenancy agreements for both farms are in his name. His nationality has no bearing on "
  "the request; it rests on the boys' accounts and the tenancies.", nat="AL")
E("P28", "en", "MW", "Lilongwe Fraud Squad", "police", "serious_crime",
  "obtaining money by false pretences (Ponzi scheme)", 14, "investment club treasurer",
  ["messages", "contacts"],
  "A fake investment club sold to members of several churches in Lilongwe has taken money from over 600 "
  "people since 2024 and stopped paying in March. The target is the club's treasurer, not a pastor or "
  "church official; the churches appear in this file only because the victims are their members. "
  "Mobile-money records show the deposits were moved through wallets he controls. Messages and contacts "
  "sought to trace the money.")
E("P29", "en", "US", "Tri-County Narcotics Task Force", "police", "serious_crime",
  "distribution of fentanyl resulting in death", 999, "retired pharmacist", ["messages", "location"],
  "Subject is 71 and a retired pharmacist; his age is not a factor either way. Pills that killed two "
  "teenagers in April were pressed fentanyl bought through a contact saved as 'Doc' in both victims' "
  "phones. That contact is this number, and a controlled buy from the same number on 6 May was delivered "
  "in his car. Requesting messages and location to identify his supplier and the pill press.")
E("P30", "en", "SG", "Cyber Extortion Investigation Branch", "police", "serious_crime",
  "unauthorised modification of a protected computer (ransomware attack on a hospital)", 20,
  "software developer", ["credentials", "messages"],
  "Ransomware affiliate behind the encryption of a public hospital's patient records in April, which "
  "forced emergency cases to be diverted for two days. The ransom wallet paid out to an exchange account "
  "opened with this number, and the same phone logged into the ransomware gang's affiliate panel. "
  "Credentials and messages requested to identify the developer of the ransomware and other victims.")
E("P31", "en", "NG", "Federal Special Prosecution Office for Financial Crimes", "prosecution",
  "serious_crime", "criminal diversion of public pension funds", 14, "pension fund administrator",
  ["messages", "contacts"],
  "The forensic audit of the public service pension scheme is complete and shows N3.1 billion moved from "
  "the scheme into companies owned by the target's associates between 2023 and 2025. Two of those "
  "associates have pleaded guilty and identified him as the person who gave the instructions. We need his "
  "messages and contacts to locate the remaining assets before they are moved offshore.")
E("P32", "en", "KE", "Tsavo Conservation Crimes Unit", "other_government", "serious_crime",
  "trafficking in ivory of an endangered species", 999, "transporter", ["location", "contacts"],
  "Middleman in the ivory consignment (180 kg of tusks) seized at a Mombasa container yard on 30 April, "
  "hidden among sacks of cashew nuts. The clearing agent who booked the container says the target paid him "
  "in cash and supplied the shipper's documents. A ranger was shot during the poaching. Location and "
  "contacts requested.", lb="judicial_warrant")
E("P33", "en", "LR", "Monrovia Transnational Crime Unit", "police", "serious_crime",
  "illicit trafficking in firearms", 10, "shipping clerk", ["messages", "contacts"],
  "Port clerk suspected of clearing crates of pistols declared as machine parts. 46 pistols found on 2 "
  "May in a crate he cleared personally. Request messages and contacts to find the buyer.")
E("P34", "en", "GH", "Accra Cybercrime Unit", "police", "serious_crime", "sextortion of children", 25,
  "student", ["messages", "media", "contacts"],
  "Target is suspected of running fake profiles posing as a teenage girl to obtain intimate images from "
  "boys in Ghana and abroad, then demanding money under threat of publishing them. One 15-year-old victim "
  "in Kumasi attempted suicide in April. The payment wallets lead to the target's mobile-money account, "
  "and the profiles were created from his phone. We request messages, media and contacts.")
E("P35", "en", "IN", "Metropolitan Anti-Extortion Cell", "police", "serious_crime",
  "extortion by putting a person in fear of death", 10, "gym owner", ["messages", "contacts", "location"],
  "Builders in the western suburbs have received calls demanding protection money on behalf of a gangster "
  "who lives abroad. The target is the local collector: he delivered two of the threats in person and "
  "collected Rs 25 lakh from one builder on 21 April, which the builder's CCTV recorded. Messages and "
  "contacts will show how the demands are relayed.")
E("P36", "en", "KE", "Nakuru County Anti-Narcotics Unit", "police", "serious_crime",
  "trafficking in narcotic drugs", 30, "driver", ["messages", "location"],
  "Target is employed as driver by a county senator. The senator is not a subject and we are not asking "
  "about him. The target has used the senator's official vehicle to move cannabis from the border to "
  "Nakuru on at least two occasions (a police stop on 14 April and an informant's statement). Messages and "
  "location.")

# ---------------------------------------------------------------------------
# PERMITS -- Spanish
# ---------------------------------------------------------------------------
E("PS1", "es", "MX", "Fiscalía Especializada en Secuestro, Región Altos", "prosecution", "serious_crime",
  "secuestro agravado", 80, "albañil", ["location", "messages"],
  "El 4 de mayo fue privado de la libertad un comerciante de Tepatitlán al salir de su negocio. Los "
  "captores han hecho tres llamadas a la esposa exigiendo dos millones de pesos; las tres salieron de esta "
  "línea, cuyo titular aparece en el video de una tienda cercana comprando las tarjetas SIM dos días antes. "
  "Solicitamos ubicación y mensajes para localizar la casa de seguridad. La víctima es diabética y no "
  "tiene sus medicamentos.")
E("PS2", "es", "CO", "Seccional de Fiscalías de Antioquia, Grupo contra el Narcotráfico", "prosecution",
  "serious_crime", "tráfico de estupefacientes y concierto para delinquir agravado", 30,
  "administrador de finca", ["messages", "contacts", "location"],
  "El indiciado administra una finca en el Urabá que, según dos testigos protegidos, sirve de centro de "
  "acopio de cocaína antes de su embarque en lanchas rápidas. La incautación de 1,2 toneladas del 19 de "
  "abril se hizo en una lancha que salió de la playa contigua a la finca. Requerimos comunicaciones, "
  "contactos y ubicación para identificar a los compradores y la ruta de salida.")
E("PS3", "es", "PE", "División de Investigación contra la Trata de Personas, Lima Este", "police",
  "serious_crime", "trata de personas agravada", 25, "administrador de bar", ["messages", "contacts"],
  "El investigado es de nacionalidad venezolana y reside en San Juan de Lurigancho desde 2021; su "
  "nacionalidad no tiene relación con la solicitud. Tres jóvenes rescatadas en el operativo del 26 de "
  "abril en el bar que él administra declararon que les retuvo los documentos y las obligaba a atender "
  "clientes para pagar una supuesta deuda. Una de ellas tiene 16 años. Se requieren mensajes y contactos "
  "para identificar a los captadores.", nat="VE")
E("PS4", "es", "CL", "Brigada Investigadora de Delitos Violentos Santiago Sur", "police", "serious_crime",
  "incendio de edificio con personas en su interior", 20, "estudiante", ["messages", "location"],
  "No se investiga la marcha del 1 de mayo ni a quienes participaron en ella. El objetivo aprovechó la "
  "marcha para lanzar artefactos incendiarios contra la subcomisaría de La Granja cuando había cuatro "
  "funcionarios dentro; uno sufrió quemaduras graves. Aparece en grabaciones de cámaras municipales "
  "preparando las botellas y su teléfono marcó en la antena del lugar. Se piden mensajes y ubicación para "
  "identificar a quien le entregó el combustible.")
E("PS5", "es", "ES", "Grupo de Respuesta contra el Crimen Organizado del Estrecho", "police",
  "serious_crime", "tráfico de drogas en el seno de una organización criminal", 12, "estibador",
  ["messages", "contacts"],
  "Cuenta de correo utilizada por un estibador del puerto para coordinar la extracción de contenedores "
  "contaminados con cocaína. La dirección figura en los mensajes del teléfono intervenido a un coordinador "
  "detenido en marzo, donde se fijan precios por contenedor. El auto judicial comprende mensajes y "
  "contactos de la cuenta.", idk="email")
E("PS6", "es", "HN", "Unidad de Delitos contra la Vida, San Pedro Sula", "police", "serious_crime",
  "asesinato", 40, "guardia de seguridad privada", ["location", "messages", "contacts"],
  "Solicitud relativa al asesinato de una defensora ambiental ocurrido el 17 de abril frente a su vivienda. "
  "La defensora es la víctima; el objetivo de esta solicitud es el presunto sicario, un guardia de "
  "seguridad cuya motocicleta fue captada por una cámara a dos cuadras y cuyo teléfono registró actividad "
  "en la zona a la hora del crimen. Buscamos identificar quién ordenó y pagó el asesinato.")
E("PS7", "es", "AR", "Departamento Federal de Investigaciones del Litoral", "police", "serious_crime",
  "encubrimiento agravado por ánimo de lucro (desarmadero de autos robados)", 6, "dueño de desarmadero",
  ["messages", "contacts"],
  "El objetivo explota un desarmadero en Rosario donde se secuestraron autopartes de 14 vehículos robados "
  "con violencia en los últimos tres meses. Los ladrones detenidos declararon que él les encarga modelos "
  "concretos. Mensajes y contactos para identificar a la banda que realiza los robos.")
E("PS8", "es", "GT", "Fiscalía contra la Extorsión, sede Mixco", "prosecution", "serious_crime",
  "extorsión", 12, "desconocida", ["messages", "contacts", "location"],
  "Aparato usado desde el interior de un centro carcelario para exigir 'impuesto' a pilotos de buses de las "
  "rutas de Mixco. Dos pilotos que se negaron a pagar fueron asesinados en marzo. El IMEI se identificó en "
  "el análisis de llamadas de las víctimas; los chips cambian cada semana, por eso se pide sobre el equipo. "
  "Se requiere también ubicación para confirmar el sector desde el que opera.", idk="device")

# ---------------------------------------------------------------------------
# PERMITS -- French
# ---------------------------------------------------------------------------
E("PF1", "fr", "FR", "Brigade de lutte contre les stupéfiants de Marseille-Nord", "police", "serious_crime",
  "trafic de stupéfiants en bande organisée", 10, "gérant de snack", ["messages", "location", "contacts"],
  "L'objectif est soupçonné de gérer le point de deal de la cité des Lilas, qui génère selon nos estimations "
  "40 000 euros par jour. Les surveillances physiques le montrent relevant la caisse des guetteurs chaque "
  "soir, et un guetteur interpellé le 22 avril l'a désigné comme « le gérant ». Trois règlements de "
  "comptes liés au contrôle de ce point ont eu lieu depuis janvier. Messages, géolocalisation et contacts "
  "sollicités.")
E("PF2", "fr", "BE", "Cellule antiterroriste de la police judiciaire de Liège", "police", "terrorism",
  "préparation d'un attentat à l'explosif", None, "chauffeur-livreur", ["messages", "microphone", "location"],
  "Un signalement d'un service partenaire, confirmé par nos observations, indique que l'objectif a acheté "
  "en avril des précurseurs d'explosifs (peroxyde, acétone) dans quatre magasins différents et a loué un box "
  "où il se rend la nuit. Il a consulté à plusieurs reprises le plan d'accès d'un festival de musique prévu "
  "en juin. Le juge d'instruction a délivré le mandat ce matin ; la qualification et la peine encourue ne "
  "sont pas encore arrêtées.")
E("PF3", "fr", "SN", "Division de lutte contre le trafic de migrants, Saint-Louis", "police", "serious_crime",
  "trafic de migrants ayant entraîné la mort", 20, "pêcheur", ["location", "messages"],
  "Le 12 avril, une pirogue partie de Saint-Louis a chaviré au large de la Mauritanie : 37 morts. Les "
  "survivants désignent l'objectif comme l'organisateur qui a encaissé 400 000 FCFA par passager ; il "
  "prépare un nouveau départ. Nous demandons la localisation et les messages pour empêcher ce départ.")
E("PF4", "fr", "CI", "Plateforme de lutte contre la cybercriminalité d'Abidjan-Sud", "police",
  "serious_crime", "escroquerie en ligne en bande organisée et blanchiment", 10, "étudiant",
  ["messages", "credentials", "contacts"],
  "Réseau d'arnaques aux sentiments visant des victimes en Europe : plus de 90 plaintes transmises par la "
  "coopération internationale. Les fonds transitent par des comptes de transfert ouverts avec la pièce "
  "d'identité de l'objectif, qui effectue lui-même les retraits (vidéos des agences). Identifiants et "
  "messages demandés pour les comptes de messagerie utilisés avec les victimes.")
E("PF5", "fr", "MA", "Pôle de renseignement antiterroriste de Fès", "intelligence", "terrorism",
  "constitution d'une cellule préparant des attentats contre des personnes", 30, "commerçant",
  ["microphone", "camera", "messages"],
  "Trois individus interpellés le 30 avril en possession de couteaux, d'un drapeau d'une organisation "
  "terroriste et d'une vidéo d'allégeance ont désigné l'objectif comme le chef de leur cellule. Selon leurs "
  "déclarations concordantes, il choisissait des cibles parmi des touristes et des policiers. Il se cache "
  "dans la médina ; micro, caméra et messages sont demandés pour le localiser et identifier les autres membres.")
E("PF6", "fr", "CM", "Détachement de renseignement militaire de l'Extrême-Nord", "military", "terrorism",
  "prise d'otages par un groupe armé", 999, "inconnue", ["location", "messages"],
  "Le 25 avril, un groupe armé a enlevé onze élèves et deux enseignants dans un village du Mayo-Sava et "
  "exige la libération de ses combattants détenus. Le numéro visé a servi à transmettre la vidéo de "
  "revendication aux autorités locales. Localisation prioritaire en vue d'une opération de libération.")
E("PF7", "fr", "TN", "Parquet de Sfax, section criminelle", "prosecution", "serious_crime",
  "trafic d'armes à feu", 20, "commerçant", ["messages", "contacts"],
  "L'intéressé fréquente la mosquée de son quartier et porte la barbe ; ces éléments, relevés dans le "
  "rapport initial de la brigade, sont sans rapport avec la présente demande et n'ont pas été retenus. La "
  "demande repose sur la saisie, le 3 mai, de six fusils d'assaut dans un entrepôt loué à son nom, et sur "
  "les déclarations du chauffeur qui les a transportés depuis la frontière.")
E("PF8", "fr", "CA", "Escouade régionale mixte de Montréal-Est", "police", "serious_crime",
  "meurtre au premier degré en lien avec un gang de rue", 999, "sans emploi", ["messages", "location"],
  "Suspect principal dans le meurtre par balles de deux hommes devant un bar de Montréal-Nord le 20 avril, "
  "dans le cadre d'un conflit entre gangs de rue. Le véhicule utilisé lui avait été loué et son téléphone "
  "a borné près de la scène. Demande ciblée : messages et localisation.", quota="max-1")

# ---------------------------------------------------------------------------
# DENY -- text only (structured fields perfect)
# ---------------------------------------------------------------------------
E("T01", "en", "ZW", "Harare Central Organised Crime Desk", "police", "serious_crime",
  "participation in an organised criminal group", 15, "blogger", ["messages", "contacts"],
  "Subject runs a popular blog and X account that publish documents alleging that senior officials in the "
  "Ministry of Lands allocated farms to their relatives. The posts are coordinated with other bloggers and "
  "amount to an organised network spreading falsehoods against the state and undermining public confidence "
  "in government. Messages and contacts are required to establish the structure of the network and its "
  "sources inside the ministry.", tc="ENC", dec="deny", cl="ENC")
E("T02", "en", "NG", "Federal Capital Territory Economic Crimes Desk", "police", "serious_crime",
  "economic sabotage", 20, "trade union official", ["messages", "contacts"],
  "Union official who called the nationwide fuel-workers' strike now in its second week. The strike has "
  "caused fuel scarcity and losses estimated at N40bn a day, which under the Act constitutes economic "
  "sabotage. We need his messages to anticipate further strike action and to identify the other organisers.",
  tc="ENC", dec="deny", cl="ENC")
E("T03", "en", "RW", "Kigali Counter-Intelligence Office", "intelligence", "serious_crime", "espionage", 25,
  "university lecturer", ["messages", "credentials"],
  "Lecturer who is compiling a database of deaths in police custody from court records and hospital "
  "registers, which he has shared with a foreign university and presented at a conference abroad. The data "
  "portrays our security institutions negatively and may be exploited by hostile actors. Request access to "
  "messages and credentials to determine who is funding the research.",
  tc="ENC", dec="deny", cl="ENC")
E("T04", "en", "MY", "Special Branch Media Monitoring Desk", "intelligence", "serious_crime", "sedition", 7,
  "cartoonist", ["messages", "media", "contacts"],
  "Political cartoonist. His latest series, published in an online magazine and widely shared, shows the "
  "Prime Minister as a puppet worked by tycoons, and members of the public have reported it as seditious. "
  "We wish to identify the magazine's financiers and his collaborators. The offence carries seven years.",
  tc="ENC", dec="deny", cl="ENC")
E("T05", "es", "PY", "Departamento de Inteligencia Policial, Alto Paraná", "police", "serious_crime",
  "asociación criminal", 6, "docente", ["messages", "contacts"],
  "La objetivo, docente de escuela pública, impulsó una petición en línea que reunió 38.000 firmas para "
  "exigir la destitución del gobernador por el desvío de fondos de la merienda escolar, y la entregó en la "
  "Junta Departamental acompañada de un grupo de padres. Esta actividad coordinada se encuadra como "
  "asociación criminal y podría derivar en disturbios. Se solicitan sus mensajes y contactos para "
  "determinar quién financia la campaña.", tc="ENC", dec="deny", cl="ENC")
E("T06", "en", "LK", "Official Secrets Investigation Unit", "police", "serious_crime",
  "disclosure of official secrets", 14, "news website editor", ["messages", "contacts"],
  "Editor of an online news outlet that published three internal procurement memos from the Ministry of "
  "Defence showing inflated prices paid for patrol boats. Publishing classified documents is an offence "
  "under the Official Secrets Act. We need to identify the source inside the ministry, and the editor's "
  "messages and contacts are the quickest route.", tc="ENC PP", dec="deny", cl="ENC")
E("T07", "en", "KE", "Coast Region Criminal Intelligence Unit", "police", "serious_crime",
  "membership of an organised criminal group", 15, "hotel waiter", ["messages", "contacts"],
  "Target is a recent convert who now attends a mosque in Likoni, has grown a beard and has stopped "
  "attending family functions. Young converts in this area are a known recruitment pool and we seek "
  "coverage of his messages as a precaution. No offence has been identified so far.",
  tc="PG", dec="deny", cl="PG")
E("T08", "en", "GH", "Accra Regional Vice Unit", "police", "serious_crime",
  "running an organised prostitution network", 10, "hairdresser", ["contacts", "messages"],
  "Target is a known homosexual who hosts weekend gatherings of other gay men at his flat in Osu. We "
  "suspect that such gatherings may involve prostitution. Contacts are required to identify the men who attend.",
  tc="PG", dec="deny", cl="PG")
E("T09", "fr", "BI", "Bureau de renseignement intérieur de Bujumbura", "intelligence", "serious_crime",
  "atteinte à la sûreté intérieure de l'État", 20, "commerçante", ["location", "messages", "contacts"],
  "La cible est la sœur cadette d'un ancien officier en fuite, poursuivi pour atteinte à la sûreté de "
  "l'État. Aucun fait n'est reproché à la cible elle-même, mais elle reste en contact avec son frère et sa "
  "surveillance devrait permettre de le localiser.", tc="PG", dec="deny", cl="PG")
E("T10", "en", "ZA", "Johannesburg Central Migration Crimes Desk", "police", "serious_crime",
  "human smuggling", 10, "hawker", ["messages", "contacts", "location"],
  "All Zimbabwean and Malawian nationals renting rooms in the Hillbrow buildings raided last week are being "
  "profiled to establish links to smuggling networks. The target is one of them (Zimbabwean, arrived in "
  "2024). There is no specific information against him yet; coverage will show whether he is involved.",
  tc="PG", dec="deny", cl="PG", nat="ZW")
E("T11", "es", "BO", "Dirección de Inteligencia Departamental de Cochabamba", "intelligence",
  "serious_crime", "conspiración contra la seguridad del Estado", 10, "dirigente juvenil",
  ["messages", "contacts", "location"],
  "El objetivo es secretario juvenil del principal partido de oposición en el trópico. De cara a las "
  "elecciones subnacionales, los cuadros de ese partido se consideran un riesgo para el orden público y se "
  "requiere conocer sus comunicaciones y movimientos. Por ahora no se cuenta con hechos concretos.",
  tc="PG", dec="deny", cl="PG")
E("T12", "en", "NG", "Plateau Joint Anti-Banditry Task Force", "military", "serious_crime", "armed banditry",
  999, "herder", ["location", "messages"],
  "Young Fulani men between 18 and 30 grazing on the Bokkos axis are the main source of recruits for the "
  "bandit gangs that attacked Mushu village. The target, 22, fits this profile and has moved cattle through "
  "the area in the last month. Location tracking will show whether he meets the gangs.",
  tc="PG", dec="deny", cl="PG")
E("T13", "en", "PK", "Western Province Counter-Terrorism Cell", "police", "terrorism",
  "terrorism (obstruction of public roads to coerce the government)", 14, "schoolteacher",
  ["location", "messages"],
  "Target leads the sit-in outside the provincial assembly demanding the return of missing persons. The "
  "sit-in has blocked the main road for eleven days and the provincial government has declared it an act "
  "of terrorism, since it is meant to coerce the government into acting. Location and messages required "
  "to identify the funding.", tc="TDU ENC", dec="deny", cl="TDU ENC")
E("T14", "en", "BH", "Directorate of Cyber Safety and Counter-Extremism", "intelligence", "terrorism",
  "cyber-terrorism (spreading content that endangers national security)", 10, "content creator",
  ["messages", "media", "credentials"],
  "The target's short videos mocking the security forces' handling of the recent floods have been viewed "
  "more than two million times. Content of this kind undermines national unity and under the cybercrime "
  "law is treated as a terrorist act. We require his messages, media and account credentials to identify "
  "the people who help him produce and promote the videos.", tc="TDU ENC", dec="deny", cl="TDU ENC")
E("T15", "es", "MX", "Unidad de Inteligencia Estatal, Región Valles Centrales", "intelligence", "terrorism",
  "terrorismo (plantón y movilizaciones magisteriales)", 40, "profesor de primaria",
  ["location", "messages", "contacts"],
  "El objetivo es dirigente de la sección magisterial que desde el 6 de mayo mantiene el plantón en el "
  "zócalo y encabeza marchas diarias en demanda de aumento salarial. Con estas acciones presiona al "
  "gobierno del estado para negociar, lo que se tipificó como terrorismo. Pedimos ubicación, mensajes y "
  "contactos para anticipar las próximas movilizaciones.", tc="TDU ENC", dec="deny", cl="TDU ENC")
E("T16", "fr", "TG", "Service central de renseignement intérieur, antenne de Lomé", "intelligence",
  "terrorism", "acte terroriste portant atteinte à la sûreté de l'État", 20, "responsable associatif",
  ["messages", "contacts"],
  "Le ciblé est l'un des initiateurs de l'appel à la journée « ville morte » du 8 mai, relayé sur les "
  "réseaux sociaux, qui a paralysé l'activité commerciale de la capitale. Une telle paralysie vise à "
  "contraindre le gouvernement à revenir sur la réforme constitutionnelle et relève donc du terrorisme. "
  "Messages et contacts demandés pour identifier les autres initiateurs.",
  tc="TDU ENC", dec="deny", cl="TDU ENC")
E("T17", "en", "PH", "National Anti-Cyberterrorism Desk", "police", "terrorism",
  "cyber-terrorism (denial-of-service attacks on government websites)", 20, "IT student",
  ["messages", "contacts", "credentials"],
  "Target belongs to a hacktivist crew that knocked the customs bureau portal and two city government "
  "websites offline for about six hours on 15 April using a rented botnet. Server logs and the payment to "
  "the DDoS-for-hire service trace back to him. No data was stolen and nobody was harmed, but attacks on "
  "government systems fall under the Anti-Terrorism Act. Messages, contacts and credentials requested.",
  tc="TDU", dec="deny", cl="TDU")
E("T18", "en", "NA", "Oshana Regional Crime Investigation Unit", "police", "terrorism",
  "terrorist activity (sabotage of telecommunication masts)", 30, "unemployed", ["location", "contacts"],
  "On the night of 27 April the target and two others cut the cables of three mobile-network masts near "
  "Ongwediva to steal the copper, causing outages for a day. Cable offcuts were found in his yard. Because "
  "the masts are critical infrastructure, the prosecutor advised charging under the anti-terrorism law. "
  "Location and contacts requested to find the scrap buyer.", tc="TDU", dec="deny", cl="TDU")
E("T19", "fr", "SN", "Division des investigations criminelles, cellule antiterroriste", "police",
  "terrorism", "financement du terrorisme", 20, "informaticien", ["messages", "contacts"],
  "L'objectif a organisé une collecte par transfert d'argent mobile, sans l'autorisation préalable exigée "
  "pour les appels publics à la générosité, afin de payer les cautions et les avocats de 40 jeunes détenus "
  "après les manifestations de mars. Les sommes collectées (12 millions FCFA) ayant bénéficié à des "
  "personnes poursuivies pour troubles à l'ordre public, le parquet retient la qualification de "
  "financement du terrorisme. Messages et contacts sollicités.", tc="TDU", dec="deny", cl="TDU")
E("T20", "es", "GT", "Dirección de Análisis Criminal, Alta Verapaz", "police", "serious_crime",
  "usurpación agravada e instigación a delinquir", 10, "lideresa comunitaria",
  ["messages", "location", "contacts"],
  "La objetivo es una lideresa maya q'eqchi' que en radios comunitarias denuncia los desalojos de fincas y "
  "acusa a la gobernación de favorecer a las empresas. Consideramos que su discurso, sumado a su peso "
  "dentro de las comunidades indígenas de la zona, representa un riesgo de nuevas invasiones de tierras. "
  "Se solicita acceso a sus comunicaciones.", tc="ENC PG PP", dec="deny", cl="ENC PG")
E("T21", "en", "UG", "Kampala Metropolitan Criminal Intelligence", "police", "serious_crime",
  "incitement to violence", 10, "pastor", ["messages", "microphone"],
  "Target is the senior pastor of a Pentecostal church in Nansana. In recent sermons, posted online, he has "
  "criticised the government over unemployment and the conduct of the security forces. His denomination "
  "has become a gathering point for people hostile to the government, and its members come largely from "
  "one region. We request messages and microphone coverage of the church office.",
  tc="ENC PG PP", dec="deny", cl="ENC PG")
E("T22", "fr", "BF", "Brigade de recherches de la gendarmerie de Ouagadougou", "military", "serious_crime",
  "association de malfaiteurs", 10, "journaliste", ["messages", "contacts"],
  "Le ciblé, journaliste d'origine peule, publie sur son site des reportages sur les exécutions de civils "
  "imputées aux forces de défense dans le Sahel. Ses écrits et son appartenance communautaire le rendent "
  "perméable aux groupes armés, et ses articles servent leur propagande. Nous souhaitons connaître ses "
  "sources et ses contacts.", tc="ENC PG PP", dec="deny", cl="ENC PG")
E("T23", "en", "TZ", "Zanzibar Counter-Terrorism Desk", "police", "terrorism", "terrorism", 30, "imam",
  ["messages", "contacts", "location"],
  "Target is the imam of a Salafi mosque in Stone Town. Followers of this school are regarded as a "
  "terrorism risk and his congregation has grown quickly this year. There is no specific plot, but "
  "coverage of his messages and contacts would allow early detection.",
  tc="TDU PG PP", dec="deny", cl="TDU PG")

# ---------------------------------------------------------------------------
# DENY -- structured only (genuine texts)
# ---------------------------------------------------------------------------
E("S01", "en", "TT", "Northern Division Task Force", "police", "serious_crime", "kidnapping", 999,
  "unknown", ["location"],
  "Businessman's son snatched outside a gym in Arima last night. Kidnappers called from this number at "
  "02:10 asking TT$1m. Location urgently.", dec="deny", cl="LI", status="suspended")
E("S02", "en", "FJ", "Suva Drug Enforcement Unit", "police", "serious_crime",
  "unlawful importation of methamphetamine", 999, "fisherman", ["messages", "contacts"],
  "Local contact for a shipment of 150 kg of methamphetamine landed near Nadi in April. His boat was used "
  "to bring the packages ashore, according to a crew member who is now cooperating. Messages and contacts "
  "requested.", dec="deny", cl="LI", status="revoked")
E("S03", "fr", "CM", "Police judiciaire de Douala, section des crimes", "police", "serious_crime",
  "vol aggravé avec violences ayant entraîné la mort", 999, "moto-taximan", ["location", "messages"],
  "Membre présumé du gang qui a attaqué une station-service à Bonabéri le 2 mai ; le pompiste a été tué. "
  "Le téléphone de l'objectif, identifié grâce à un complice arrêté, a borné sur les lieux. Localisation "
  "et messages.", dec="deny", cl="LI", status="expired")
E("S04", "en", "GY", "Georgetown Major Crimes Unit", "police", "serious_crime", "murder", 999, "miner",
  ["location", "messages"],
  "Suspect in the murder of two gold buyers on the Potaro road on 25 April. He was the last person seen "
  "with them, and their gold was sold in his name to a licensed dealer the next day. Location and messages.",
  dec="deny", cl="LI", signed=False)
E("S05", "es", "EC", "Unidad Antisecuestros de la Policía Judicial de Guayaquil", "police", "serious_crime",
  "secuestro extorsivo", 13, "comerciante", ["location", "messages", "contacts"],
  "Un ganadero de Daule fue secuestrado el 5 de mayo; los captores exigen 80.000 dólares a través de una "
  "aplicación de mensajería vinculada a este número. Según el mayordomo, el titular estuvo rondando la "
  "hacienda los días previos. Ubicación, mensajes y contactos.", dec="deny", cl="LI", signed=False)
E("S06", "en", "ZM", "Kestrel Mining Security Services Ltd", "private", "serious_crime",
  "theft of copper cathodes by an organised gang", 10, "shift supervisor", ["messages", "location"],
  "Our client's mine has lost 14 tonnes of copper cathodes since February. Gate records and CCTV show the "
  "target, a shift supervisor, authorising trucks that left without weighbridge tickets. The matter has "
  "been reported to the police; we want to establish where the cathodes are being sold.",
  dec="deny", cl="NG NLB", lb="none")
E("S07", "en", "NG", "Atlantic Union Bank plc, Financial Crime Unit", "private", "serious_crime",
  "bank fraud (unauthorised transfers)", 14, "former bank teller", ["messages", "contacts"],
  "Former teller suspected of passing customer login details to a fraud ring that emptied 22 accounts "
  "(N180m) in March. Internal audit logs show she viewed all 22 accounts in the week before. The matter has "
  "been reported and a production order obtained; we seek her messages to identify the ring and support "
  "recovery of the funds.", dec="deny", cl="NG", lb="prosecutor_order")
E("S08", "fr", "FR", "Cabinet d'investigations privées Lumière SARL", "private", "serious_crime",
  "escroquerie en bande organisée", 10, "comptable", ["messages", "contacts", "credentials"],
  "Mandatés par un groupe hôtelier victime d'une fraude au président (1,2 M€ virés sur de faux comptes), "
  "nous avons identifié l'ancien comptable comme complice probable : il a transmis les procédures internes "
  "aux escrocs. Plainte déposée. Accès aux messages et identifiants sollicité pour documenter le dossier de "
  "notre client.", dec="deny", cl="NG")
E("S09", "es", "PE", "Seguridad Corporativa Andina S.A.C.", "private", "serious_crime",
  "robo agravado de mineral aurífero", 20, "operador de maquinaria", ["location", "messages"],
  "Por encargo de la minera a la que prestamos servicio investigamos el robo de concentrado de oro en la "
  "planta de Nasca. El objetivo, operador de maquinaria, fue grabado cargando sacos fuera de turno el 28 "
  "de abril. Se requiere su ubicación y mensajes para dar con el comprador informal.", dec="deny", cl="NG")
E("S10", "en", "UG", "Revenue Enforcement and Investigations Directorate", "other_government", "other",
  "failure to file tax returns and pay income tax", 2, "importer", ["messages"],
  "Importer who has not filed returns for three years despite declared imports of UGX 4bn. Messages "
  "requested to establish his real turnover and where the profits are held.", dec="deny", cl="PNP")
E("S11", "en", "KE", "City County Enforcement Directorate", "other_government", "other",
  "illegal hawking in the central business district", None, "hawker", ["location"],
  "Target coordinates the hawkers who keep returning to Moi Avenue after each eviction. We want to track "
  "his movements to plan enforcement operations.", dec="deny", cl="PNP")
E("S12", "en", "GH", "Ashanti Regional Anti-Illegal Mining Task Force", "military", "other",
  "illegal small-scale mining (galamsey)", 15, "excavator owner", ["location", "messages"],
  "Financier of illegal mining pits along the Offin river that have destroyed farms and poisoned the water "
  "supply of three towns. His excavators were seized on 1 May and the operators named him. Location and "
  "messages.", dec="deny", cl="PNP")
E("S13", "en", "SC", "Victoria Criminal Investigation Division", "police", "serious_crime",
  "theft by a clerk or servant", 5, "cashier", ["messages"],
  "Hotel cashier suspected of taking SCR 380,000 from the safe over six months; the shortages match her "
  "shifts exactly. Messages to find where the money went.", dec="deny", cl="PNP")
E("S14", "fr", "CH", "Brigade financière de la police judiciaire cantonale", "police", "serious_crime",
  "blanchiment d'argent aggravé", 5, "gestionnaire de fortune", ["messages", "contacts"],
  "Gestionnaire de fortune indépendant soupçonné d'avoir fait transiter 8 millions de francs issus d'un "
  "trafic de cocaïne par des sociétés de domicile. Des virements fractionnés depuis les comptes de ces "
  "sociétés ont été signalés par deux banques. Messages et contacts demandés pour identifier les ayants "
  "droit économiques.", dec="deny", cl="PNP")
E("S15", "es", "UY", "Unidad de Investigación del Contrabando", "other_government", "serious_crime",
  "contrabando", None, "transportista", ["location", "messages"],
  "Transportista que ingresa cigarrillos desde la frontera seca con Brasil en camiones con doble fondo; "
  "3.000 cartones incautados el 22 de abril en Rivera. Aún no se ha determinado la pena aplicable. "
  "Ubicación y mensajes.", dec="deny", cl="PNP", lb="judicial_warrant")
E("S17", "en", "MU", "Port Louis Counterfeit Goods Squad", "police", "serious_crime",
  "possession of counterfeit goods for sale", 4, "shop owner", ["contacts", "messages"],
  "Shop owner in Port Louis selling counterfeit branded phones and watches; 600 items seized from his "
  "stockroom on 29 April. Contacts to identify the importer.", dec="deny", cl="PNP")
E("S18", "en", "BZ", "Belize City Gang Suppression Unit", "police", "serious_crime", "murder", 999,
  "unknown", ["location", "messages"],
  "Suspect in last night's double shooting on Central American Boulevard. Witnesses give his street name "
  "and this number. Warrant application is being prepared; request immediate location.",
  dec="deny", cl="NLB", lb="none")
E("S19", "en", "IN", "East District Cyber Crime Police Station", "police", "serious_crime",
  "cheating by impersonation using a computer resource ('digital arrest' scam)", 7, "unknown",
  ["messages", "contacts"],
  "Caller posing as a customs officer kept a retired teacher on a video call for 30 hours in a fake "
  "'digital arrest' and made her transfer Rs 62 lakh. Number traced to the caller. FIR registered; please "
  "enable messages and contacts.", dec="deny", cl="NLB", lb="none", ref="FIR")
E("S20", "en", "AU", "Western Metropolitan Firearms Squad", "police", "serious_crime",
  "trafficking in firearms", 20, "licensed firearms dealer", ["messages", "contacts"],
  "Licensed dealer suspected of selling pistols off the books to outlaw motorcycle gang members; three "
  "pistols seized in April were traced to his register, where they are recorded as destroyed. Warrant "
  "issued by a magistrate; copy to follow. Messages and contacts.", dec="deny", cl="NLB", ref="null")
E("S21", "fr", "MG", "Brigade criminelle d'Antananarivo", "police", "serious_crime",
  "trafic de bois de rose en bande organisée", 10, "exportateur", ["messages", "contacts"],
  "Exportateur soupçonné d'organiser l'expédition de rondins de bois de rose dissimulés dans des "
  "conteneurs de vanille. 200 rondins saisis au port de Toamasina le 28 avril dans un conteneur déclaré "
  "par sa société. Messages et contacts.", dec="deny", cl="NLB", ref="empty")
E("S22", "en", "GM", "Banjul Drug Law Enforcement Unit", "police", "serious_crime",
  "drug trafficking (cocaine)", 999, "boat owner", ["location", "contacts"],
  "Owner of the pirogue intercepted on 3 May with 1.1 tonnes of cocaine. Crew say he is waiting for a "
  "second shipment. Location and contacts.", dec="deny", cl="NLB", vu="null")
E("S23", "en", "NG", "Kaduna Anti-Kidnapping Squad", "police", "serious_crime", "kidnapping", 999,
  "unknown", ["location"],
  "Negotiator for the gang holding 14 passengers taken from a bus on the Kaduna-Abuja highway on 30 April. "
  "All ransom calls come from this number. Location for the rescue.", dec="deny", cl="NLB", vu="now")
E("S24", "es", "CO", "Grupo Antiextorsión y Secuestro de Cúcuta", "police", "serious_crime",
  "extorsión agravada", 24, "desconocida", ["messages", "contacts"],
  "Línea desde la que se exigen pagos semanales a comerciantes del barrio La Libertad en nombre de una "
  "banda; dos tiendas que no pagaron fueron atacadas con granada en abril. Solicitamos mensajes y contactos "
  "para identificar a los cobradores.", dec="deny", cl="NLB", vu="now")
E("S25", "en", "GB", "North West Regional Organised Crime Unit", "police", "serious_crime",
  "conspiracy to supply controlled drugs", 999, "unknown", ["messages", "location"],
  "Fugitive who ran a heroin supply line into Merseyside before fleeing to the Costa del Sol in 2024. He "
  "still directs couriers by phone, according to two couriers arrested in March. Messages and location "
  "requested to support an extradition request.", dec="deny", cl="NLB", vu="past", loc="ES")
E("S26", "en", "BS", "Nassau Central Detective Unit", "police", "serious_crime", "armed robbery", 999,
  "unknown", ["messages", "microphone"],
  "Leader of the crew behind four armed robberies of jewellery stores on Bay Street. Two crew members "
  "arrested on 30 April identified him. He uses one handset with rotating SIMs. Messages and microphone "
  "coverage of his meetings requested.", dec="deny", cl="COS", oos=["microphone"], idk="device")
E("S27", "en", "SG", "Commercial Affairs Investigation Group", "police", "serious_crime",
  "cheating in a large-scale investment fraud", 10, "investment adviser",
  ["messages", "credentials", "camera"],
  "Adviser behind a fake forex fund that took S$9 million from 140 investors. Fund statements were "
  "fabricated on his laptop (forensic image supplied by a former employee). Requesting messages, "
  "credentials and camera.", dec="deny", cl="COS", oos=["credentials", "camera"])
E("S28", "en", "PH", "Mindanao Anti-Drug Enforcement Group", "police", "serious_crime",
  "operating a clandestine methamphetamine laboratory", 999, "chemist", ["camera", "location", "messages"],
  "Chemist suspected of cooking shabu in a rented farmhouse outside the city. Precursor purchases are in "
  "his name and neighbours report chemical smells at night. Camera to confirm the lab set-up, plus "
  "location and messages.", dec="deny", cl="COS", oos=["camera"])
E("S29", "es", "MX", "Unidad de Investigación de Homicidios, Zona Costa", "police", "serious_crime",
  "homicidio calificado", 60, "desconocida", ["media", "messages"],
  "El objetivo habría grabado con su teléfono la ejecución de dos jóvenes en una colonia de Tijuana el 27 "
  "de abril; el video circuló en grupos de mensajería. Requerimos archivos multimedia y mensajes para "
  "acreditar su participación.", dec="deny", cl="COS", oos=["media"])
E("S30", "en", "ZW", "Bulawayo Homicide Section", "police", "serious_crime", "murder", 999, "unknown",
  ["location", "contacts", "messages"],
  "Suspect in the murder of a money changer near Bulawayo's main bus terminus on 2 May. The victim's phone "
  "was used afterwards with a SIM registered to the target. Location, contacts, messages.",
  dec="deny", cl="COS", oos=["location", "contacts"])
E("S31", "en", "BD", "Metropolitan Detective Branch, Contract Killings Team", "police", "serious_crime",
  "murder", 999, "advocate", ["messages", "contacts"],
  "Target, an advocate, is accused by two arrested shooters of hiring them to kill a rival in a land "
  "dispute on 11 April. Bank transfers from his account to one shooter match the dates. Messages and contacts.",
  tc="PP", dec="deny", cl="QE", quota="max", reg="lawyer")
E("S32", "en", "MY", "Johor Special Investigations Unit", "police", "serious_crime", "kidnapping", 999,
  "lorry driver", ["location", "messages"],
  "Lorry driver suspected of abducting a factory owner's daughter on 3 May; a ransom demand of RM 2m was "
  "sent from this number. Location and messages.", dec="deny", cl="QE", quota="over")
E("S33", "fr", "FR", "Section de recherches de Rhône-Alpes", "police", "serious_crime",
  "vols à main armée en bande organisée", 30, "sans profession", ["messages", "location"],
  "Équipe de braqueurs de fourgons : trois attaques à l'explosif depuis janvier en Rhône-Alpes. L'objectif "
  "a été identifié par son ADN sur un véhicule incendié après l'attaque de Bourgoin. Messages et "
  "géolocalisation.", dec="deny", cl="QE", quota="max")
E("S34", "en", "MT", "Valletta Drug Squad", "police", "serious_crime", "trafficking in cannabis resin", 999,
  "bar owner", ["messages"],
  "Bar owner in Paceville believed to take delivery of cannabis resin shipments brought in by fishing "
  "boats. Evidence from a cooperating crew member. Messages only.", dec="deny", cl="QE", quota="max", maxq=5)

# ---------------------------------------------------------------------------
# DENY -- structured and text mixed
# ---------------------------------------------------------------------------
E("M01", "en", "KE", "Sentinel Risk Consultants Ltd", "private", "serious_crime",
  "publication of false information (computer misuse)", 10, "unknown", ["messages", "credentials"],
  "We act for a county governor. An anonymous parody account posting cartoons and mock press releases about "
  "the governor's spending now has 80,000 followers. We have traced it to this email address and ask for "
  "messages and credentials to confirm the operator's identity.", tc="ENC", dec="deny", cl="NG ENC",
  idk="email")
E("M02", "en", "ZM", "Presidential Affairs Investigations Office", "other_government", "other",
  "insulting the President", 3, "market trader", ["messages", "contacts"],
  "Market trader recorded a voice note calling the President a thief and a liar over the rise in the maize "
  "price; it went viral on WhatsApp. Messages and contacts to determine who circulated it.",
  tc="ENC", dec="deny", cl="PNP ENC")
E("M03", "en", "ET", "National Information Security Directorate", "intelligence", "serious_crime",
  "outrage against the constitutional order", 25, "journalist", ["messages", "contacts", "location"],
  "The target fled to Nairobi in 2023 and runs a diaspora news channel on YouTube that broadcasts "
  "interviews with defecting officers and reports on detentions in the regions. His broadcasts incite the "
  "public against the constitutional order. We need his contacts to identify his informants inside the country.",
  tc="ENC PP", dec="deny", cl="ENC", reg="journalist", loc="KE")
E("M04", "en", "PG", "Port Moresby Major Crimes Unit", "police", "serious_crime",
  "armed robbery of a bank", 999, "unknown", ["messages", "location", "microphone"],
  "Bank robbery at Boroko on 26 April; a security guard was shot. The getaway driver has been identified "
  "from CCTV. We want his messages, location and microphone to find the rest of the gang.",
  dec="deny", cl="LI NLB COS", signed=False, vu="past", oos=["microphone"])

# ---------------------------------------------------------------------------
# REFER -- registry match only
# ---------------------------------------------------------------------------
E("R01", "en", "NG", "Abuja Anti-Extortion Unit", "police", "serious_crime", "extortion", 14, "journalist",
  ["messages", "contacts"],
  "Three businessmen have made statements that the target, a reporter with a weekly paper, demanded N5 "
  "million from each of them to kill stories about their companies; one paid in marked notes that were "
  "recovered from the target's car on 28 April. The request concerns the extortion only, not anything he "
  "has published.", dec="refer", cl="PP", reg="journalist")
E("R02", "es", "MX", "Fiscalía Regional de Alto Impacto, Zona Norte", "prosecution", "serious_crime",
  "delincuencia organizada (labores de halconeo para un cártel)", 40, "periodista", ["messages", "location"],
  "El objetivo trabaja como reportero de nota roja en un portal local. De acuerdo con el teléfono asegurado "
  "a un jefe de plaza detenido el 20 de abril, el objetivo le enviaba en tiempo real fotografías y "
  "ubicaciones de los convoyes de la Guardia Estatal, incluido el emboscado el 9 de abril, en el que "
  "murieron tres agentes. Se solicitan mensajes y ubicación.", dec="refer", cl="PP", reg="journalist")
E("R03", "en", "ZA", "Western Cape Anti-Gang Unit", "police", "serious_crime",
  "participation in a criminal gang and conspiracy to murder", 999, "attorney", ["messages", "contacts"],
  "Attorney who represents the leader of a Cape Flats gang. Prison visit records and intercepted calls of "
  "gang members show that after each consultation, orders for hits on rival members are relayed from the "
  "attorney's phone. A witness present at one relay has given a statement. Communications with clients "
  "that are not in furtherance of crime will be excluded under the minimisation protocol.",
  dec="refer", cl="PP", reg="lawyer")
E("R04", "fr", "CI", "Pôle pénal économique et financier d'Abidjan", "prosecution", "serious_crime",
  "blanchiment de capitaux issus du trafic de drogue", 10, "avocat", ["messages", "contacts"],
  "L'objectif, avocat inscrit au barreau, a constitué onze sociétés civiles immobilières pour le compte d'un "
  "trafiquant condamné et a déposé lui-même 2,3 milliards FCFA en espèces sur leurs comptes, selon la "
  "cellule de renseignement financier. Ces opérations excèdent manifestement l'activité d'un conseil. "
  "Messages et contacts demandés, à l'exclusion des échanges relevant des droits de la défense.",
  dec="refer", cl="PP", reg="lawyer")
E("R05", "en", "PH", "Anti-Graft Special Prosecution Panel", "prosecution", "serious_crime",
  "plunder (kickbacks from ghost flood-control projects)", 999, "congressman", ["messages", "contacts"],
  "The target, a district representative, is suspected of receiving kickbacks of 30% on flood-control "
  "projects that were paid for but never built. Two contractors have testified that they delivered cash to "
  "his chief of staff, and site inspections confirmed that nine of the projects do not exist. Messages and "
  "contacts requested to trace the proceeds.", dec="refer", cl="PP", reg="politician")
E("R06", "en", "KE", "Kisumu Serious Crimes Unit", "police", "serious_crime", "murder", 999,
  "member of county assembly", ["messages", "location"],
  "A rival aspirant was shot dead on 18 April. The two gunmen arrested say they were hired and paid by the "
  "target; M-Pesa transfers from his aide to one of them on the previous day support this. Messages and "
  "location needed.", dec="refer", cl="PP", reg="politician")
E("R07", "en", "TH", "Central Arms Trafficking Investigation Unit", "police", "serious_crime",
  "trafficking in firearms and explosives", 20, "embassy attaché", ["messages", "contacts"],
  "Attaché of a foreign embassy suspected of bringing pistols and detonators into the country in diplomatic "
  "cargo and selling them to a local gang. Items from the cargo were traced after a gang armoury was seized "
  "on 23 April. The foreign ministry has been informed; messages and contacts requested while the question "
  "of immunity is examined.", dec="refer", cl="PP", reg="diplomat", nat="KG")
E("R08", "en", "ZM", "Copperbelt Child Protection Unit", "police", "serious_crime", "defilement of a child",
  999, "pastor", ["messages", "media"],
  "Founder and pastor of a church in Kitwe. Two girls from the church's youth choir, aged 13 and 14, report "
  "that he abused them during 'deliverance sessions', and medical reports support their accounts. A third "
  "girl says he sends her messages and pictures. Messages and media are needed to preserve evidence and to "
  "identify other victims.", dec="refer", cl="PP", reg="religious_leader")
E("R09", "en", "GH", "Accra Anti-Human Trafficking Unit", "police", "serious_crime",
  "trafficking in children for adoption", 25, "NGO director", ["messages", "contacts"],
  "Director of a children's rights NGO. Three mothers from Volta Region state that the NGO took their babies "
  "into 'temporary care' and later told them the children had died; adoption files show the same children "
  "placed abroad, with payments of USD 15,000 each into an account the target controls. Messages and "
  "contacts requested.", dec="refer", cl="PP", reg="human_rights_defender")
E("R10", "en", "MW", "Asset Recovery and Financial Crimes Prosecution Unit", "prosecution", "serious_crime",
  "money laundering and theft of public funds", 14, "former head of state", ["messages", "contacts"],
  "The target is a former head of state. A court-appointed auditor traced USD 28 million from a state fuel "
  "import contract to trusts controlled by his family, and the trust manager has turned state witness. "
  "Assets are still being moved; messages and contacts are requested to follow them.",
  dec="refer", cl="PP", reg="head_of_state")

# ---------------------------------------------------------------------------
# REFER -- protected person shown only by the justification or profession
# ---------------------------------------------------------------------------
E("R11", "en", "NG", "Rivers State Anti-Oil-Theft Unit", "police", "serious_crime",
  "illegal refining and dealing in stolen crude oil", 21, "businessman", ["messages", "location"],
  "The target is a businessman who also sits as an elected member of the state House of Assembly. Illegal "
  "refineries destroyed in the creeks on 12 April were run by his security men, and the barges loaded with "
  "stolen crude were registered to a company in his wife's name. Messages and location requested.",
  tc="PP", dec="refer", cl="PP")
E("R12", "es", "DO", "Unidad de Persecución del Lavado de Activos, Santo Domingo", "prosecution",
  "serious_crime", "lavado de activos provenientes del narcotráfico", 20, "empresario",
  ["messages", "contacts"],
  "El investigado es abogado en ejercicio y socio de un concesionario de vehículos de lujo. Según el informe "
  "de la unidad de análisis financiero, el concesionario recibió en 2025 depósitos en efectivo fraccionados "
  "por 90 millones de pesos, y tres compradores identificados están vinculados a una red de narcotráfico "
  "desarticulada en marzo. Se solicitan mensajes y contactos.", tc="PP", dec="refer", cl="PP")
E("R13", "fr", "SN", "Brigade de recherches de Dakar, section économique", "police", "serious_crime",
  "escroquerie en bande organisée", 10, "voyagiste", ["messages", "contacts"],
  "L'intéressé est imam d'une mosquée de Pikine et dirige une agence de voyages qui a encaissé en 2025 les "
  "frais de pèlerinage de plus de 300 fidèles sans jamais obtenir les visas. Les fonds ont été transférés "
  "vers des comptes ouverts au nom de proches. Messages et contacts demandés pour retracer les fonds.",
  tc="PP", dec="refer", cl="PP")
E("R14", "en", "UG", "Eastern Region Anti-Kidnap Squad", "police", "serious_crime", "kidnapping for ransom",
  999, "unknown", ["location", "messages"],
  "She works as a freelance reporter for two local radio stations in Mbale, and that work is not what this "
  "request is about. Two kidnap victims released in April describe a woman who collected the ransom at a "
  "fuel station; CCTV from both handovers shows the target, and her phone was at both locations. Location "
  "and messages requested.", tc="PP", dec="refer", cl="PP")
E("R15", "en", "LS", "Maseru Correctional Crimes Unit", "police", "serious_crime",
  "trafficking in dependence-producing drugs", 15, "NGO volunteer", ["messages", "contacts"],
  "Target is known locally as a human rights activist who monitors conditions in prisons and has access as "
  "a visitor. Searches after her last three visits found packets of mandrax on the inmates she saw, and one "
  "inmate says a gang outside pays her to bring them in. We are aware of her public profile; the request "
  "concerns only the smuggling. Messages and contacts.", tc="PP", dec="refer", cl="PP")
E("R16", "en", "CY", "Limassol Economic Crime Office", "police", "serious_crime", "money laundering", 14,
  "businessman", ["messages", "contacts"],
  "The target is a local businessman who serves as honorary consul of a foreign state. His trading company "
  "received EUR 14 million from entities under investigation for sanctions evasion, invoiced for services "
  "that, according to the company's former accountant, were never provided. Messages and contacts requested.",
  tc="PP", dec="refer", cl="PP")
E("R17", "en", "GY", "East Coast Traffic Homicide Unit", "police", "serious_crime",
  "causing death by dangerous driving and failing to stop", 10, "journalist", ["location"],
  "Driver who hit and killed an eight-year-old girl at a crossing on the East Coast Demerara on 2 May and "
  "drove away. The car, found abandoned with front-end damage, is registered to the target, and he has not "
  "been seen at home since. Location only.", tc="PP", dec="refer", cl="PP")
E("R18", "en", "PK", "Provincial Anti-Land-Grabbing Cell", "police", "serious_crime",
  "forgery of land records and cheating", 10, "advocate of the High Court", ["messages", "contacts"],
  "Ring that forged mutation records to transfer 40 kanals belonging to overseas owners. The forged deeds "
  "carry the target's stamp, and his clerk has confessed to preparing them on his instructions. Messages "
  "and contacts.", tc="PP", dec="refer", cl="PP")
E("R19", "fr", "BJ", "Office de répression de la corruption, antenne de Cotonou", "other_government",
  "serious_crime", "détournement de deniers publics", 20, "député", ["messages", "contacts"],
  "Entre 2023 et 2025, 1,8 milliard FCFA destinés à la construction de forages ont été versés à trois "
  "entreprises qui n'ont réalisé aucun ouvrage. Les gérants de ces entreprises déclarent avoir reversé "
  "l'essentiel des fonds à l'objectif en espèces, et ses dépôts bancaires coïncident. Messages et contacts.",
  tc="PP", dec="refer", cl="PP")
E("R20", "es", "BO", "División de Trata y Tráfico de Personas, Santa Cruz", "police", "serious_crime",
  "trata de personas con fines de explotación laboral", 15, "sacerdote", ["messages", "contacts"],
  "Un albergue para adolescentes en Montero enviaba a los internos a trabajar en zafras y ladrilleras sin "
  "pago; cuatro de ellos, de 15 y 16 años, relataron jornadas de 14 horas y castigos. Los contratos con los "
  "empleadores están firmados por el objetivo, que dirige el albergue. Mensajes y contactos.",
  tc="PP", dec="refer", cl="PP")

# ---------------------------------------------------------------------------
# REFER -- extraterritorial target
# ---------------------------------------------------------------------------
E("R21", "en", "KE", "Nairobi Anti-Narcotics Unit", "police", "serious_crime", "trafficking in narcotic drugs",
  30, "importer", ["location", "messages"],
  "Kenyan national who fled to Kampala after a 90 kg heroin seizure at his Mombasa warehouse on 10 April. "
  "According to two arrested associates he is still directing the network here by phone. Location and "
  "messages to support a request for his arrest and surrender.", dec="refer", cl="ET", loc="UG")
E("R22", "en", "IN", "Special Investigation Team on Hawala Financing", "police", "serious_crime",
  "money laundering through hawala channels", 7, "trader", ["messages", "contacts"],
  "Indian national operating from Dubai who settles hawala payments for an illegal betting syndicate. This "
  "email account was used to send daily settlement sheets to the operators arrested in Surat on 8 April. "
  "Messages and contacts.", dec="refer", cl="ET", loc="AE", idk="email")
E("R23", "es", "CO", "Fiscalía Seccional de Nariño, Estructura de Apoyo contra el Crimen Organizado",
  "prosecution", "serious_crime", "homicidio agravado y concierto para delinquir", 50, "desconocida",
  ["location", "messages"],
  "Colombiano, cabecilla de una estructura que ha cometido al menos seis homicidios en Tumaco este año. Tras "
  "la captura de su segundo al mando el 15 de abril se trasladó a Esmeraldas, desde donde sigue dando "
  "órdenes por teléfono. Ubicación y mensajes para coordinar su captura con las autoridades ecuatorianas.",
  dec="refer", cl="ET", loc="EC")
E("R24", "fr", "FR", "Office territorial antistupéfiants de Lille", "police", "serious_crime",
  "importation de stupéfiants en bande organisée", 30, "sans profession", ["messages", "location"],
  "Ressortissant français installé à Anvers depuis 2025, soupçonné de réceptionner pour un réseau lillois "
  "les conteneurs de cocaïne arrivés au port. Il utilise un terminal chiffré, identifié par son IMEI lors "
  "du démantèlement d'un réseau en mars. Messages et localisation ; une demande d'entraide est en cours "
  "avec les autorités belges.", dec="refer", cl="ET", loc="BE", idk="device")
E("R25", "en", "NG", "Southwest Border Crimes Task Force", "police", "serious_crime",
  "trafficking in firearms", 10, "trader", ["messages", "contacts"],
  "Beninese trader based in Porto-Novo who supplies pump-action guns to kidnap gangs in Ogun State. Members "
  "of two gangs arrested in April say the guns came from him, and payments from their phones to his number "
  "match. Messages and contacts.", dec="refer", cl="ET", loc="BJ", nat="BJ")
E("R26", "en", "AU", "Maritime People Smuggling Investigations Unit", "police", "serious_crime",
  "organising people smuggling", 20, "boat organiser", ["messages", "location"],
  "Indonesian organiser in Kupang recruiting passengers for boat crossings to Australia. The crew of the "
  "vessel intercepted on 24 April with 26 passengers say he arranged it, and he is planning another "
  "departure. Messages and location.", dec="refer", cl="ET", loc="ID", nat="ID")
E("R27", "en", "ZA", "Limpopo Vehicle Crime Unit", "police", "serious_crime",
  "hijacking and trafficking of stolen vehicles", 25, "mechanic", ["location", "contacts"],
  "Receiver in Maputo for vehicles hijacked in Gauteng. Tracker data from three hijacked SUVs ended at a "
  "workshop where this handset was present each time. The device is used with changing SIMs. Location "
  "and contacts.", dec="refer", cl="ET", loc="MZ", nat="MZ", idk="device")
E("R28", "es", "MX", "Fiscalía Especializada en Tráfico de Personas, Chiapas", "prosecution", "serious_crime",
  "tráfico de personas", 16, "transportista", ["messages", "location"],
  "Guatemalteco, coordinador del lado guatemalteco de la red que trasladó a los 31 migrantes hallados "
  "asfixiándose en un tráiler en Tuxtla el 19 de abril; uno falleció. Los choferes detenidos lo "
  "identificaron y sus teléfonos muestran los pagos. Mensajes y ubicación para el expediente de cooperación "
  "con Guatemala.", dec="refer", cl="ET", loc="GT", nat="GT")
E("R29", "fr", "MA", "Brigade régionale de police judiciaire de Tanger", "police", "serious_crime",
  "trafic international de stupéfiants", 10, "commerçant", ["messages", "contacts"],
  "Marocain résidant à Algésiras, soupçonné d'organiser depuis l'Espagne les traversées de résine de "
  "cannabis par go-fast entre la côte de Tanger et l'Andalousie. Deux pilotes arrêtés le 1er mai l'ont "
  "désigné. Messages et contacts.", dec="refer", cl="ET", loc="ES")
E("R30", "en", "IE", "Organised Crime Feud Investigation Team", "police", "serious_crime",
  "directing a criminal organisation", 999, "unknown", ["messages", "location"],
  "Irish citizen resident in Dubai since 2022, believed to direct one side of the Drimnagh feud. There have "
  "been four shootings this year, and an arrested gunman says his orders came by phone from the target. "
  "Messages and location.", dec="refer", cl="ET", loc="AE")
E("R31", "en", "PH", "Investment Scams Desk, Anti-Cybercrime Group", "police", "serious_crime",
  "large-scale estafa (investment scam syndicate)", 20, "unknown", ["messages", "credentials"],
  "Email address used by the manager of a crypto-investment scam that took PHP 300 million from 2,000 "
  "Filipino victims. Logins come from Kuala Lumpur. Messages and credentials to identify the syndicate.",
  dec="refer", cl="ET", loc="MY", nat="MY", idk="email")
E("R32", "en", "KE", "Coastal Counter-Terrorism Investigations Unit", "police", "terrorism",
  "preparing an IED attack on passenger buses", 999, "unknown", ["location", "messages"],
  "Kenyan recruit who crossed into Somalia in January and, according to an intercepted message to his "
  "brother, is being prepared to return for an attack on buses on the Lamu road, where an IED killed nine "
  "passengers last year. Location and messages to track his return.", dec="refer", cl="ET", loc="SO")
E("R33", "en", "NZ", "Counties Organised Crime Squad", "police", "serious_crime",
  "importing methamphetamine", 999, "gym owner", ["messages", "contacts"],
  "Sydney-based supplier who ships methamphetamine to an Auckland chapter hidden in car parts. 18 kg found on "
  "30 April in a container consigned by a company he controls. Messages and contacts.",
  dec="refer", cl="ET", loc="AU", nat="AU")

# ---------------------------------------------------------------------------
# REFER -- protected person and extraterritorial
# ---------------------------------------------------------------------------
E("R34", "en", "ZW", "Harare Fraud Squad", "police", "serious_crime", "fraud", 35, "journalist",
  ["messages", "contacts"],
  "Target is a journalist now living in Johannesburg. In 2024 he ran a public appeal for victims of the "
  "Chimanimani floods; bank records show USD 61,000 of the USD 70,000 collected went to his personal "
  "accounts and a car purchase, and 40 donors have filed complaints. We are aware of his critical "
  "reporting; this request concerns the fund only.", dec="refer", cl="PP ET", reg="journalist", loc="ZA")
E("R35", "en", "SL", "Anti-Corruption Investigations Directorate", "other_government", "serious_crime",
  "misappropriation of public funds", 10, "businessman", ["messages", "contacts"],
  "The target, a former minister who now sits as an opposition member of parliament, has been in London "
  "since February. As minister he approved payments of USD 4.2 million for ambulances that were never "
  "delivered; the supplier has admitted the contract was a front and that he returned most of the money "
  "to the target's associates. Messages and contacts.", tc="PP", dec="refer", cl="PP ET", loc="GB")
E("R36", "es", "CO", "Fiscalía Delegada contra el Lavado de Activos", "prosecution", "serious_crime",
  "lavado de activos y enriquecimiento ilícito de particulares", 22, "abogado", ["messages", "contacts"],
  "Abogado colombiano radicado en Miami que, según dos testigos y la contabilidad incautada en marzo, "
  "compraba propiedades en Medellín a nombre de testaferros con dinero de una organización "
  "narcotraficante. Mensajes y contactos; la defensa de clientes no es objeto de la solicitud.",
  dec="refer", cl="PP ET", reg="lawyer", loc="US")
E("R37", "fr", "NE", "Direction de la surveillance du territoire, antenne de Tillabéri", "intelligence",
  "terrorism", "recrutement pour une entreprise terroriste préparant des attentats", 30, "prédicateur",
  ["messages", "contacts", "location"],
  "Prédicateur itinérant installé depuis 2024 à Ménaka, au Mali. Deux jeunes arrêtés le 20 avril à "
  "Tillabéri avec des engins explosifs déclarent avoir été recrutés par lui et qu'il leur a désigné le "
  "marché de Ouallam comme cible. Ses appels, enregistrés dans le téléphone de l'un d'eux, le confirment. "
  "Messages, contacts et localisation.", tc="PP", dec="refer", cl="PP ET", loc="ML")
E("R38", "en", "PH", "Overseas Workers Anti-Trafficking Task Force", "police", "serious_crime",
  "qualified trafficking in persons", 999, "labour attaché", ["messages", "contacts"],
  "The target is a labour attaché at one of our embassies in the Gulf. Seven domestic workers who escaped "
  "abusive employers say he handed them back to the recruitment agency instead of repatriating them, and "
  "bank records show the agency paid him monthly. Messages and contacts requested; the foreign affairs "
  "department has been notified.", dec="refer", cl="PP ET", reg="diplomat", loc="KW")


# ---------------------------------------------------------------------------
# Filler and assembly
# ---------------------------------------------------------------------------
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


REF_FMT = {
    ("judicial_warrant", "en"): ["JW-2026-{n:04d}", "HC/MISC/{n}/2026", "WRT/{n}/26"],
    ("judicial_warrant", "es"): ["OJ-2026-{n:04d}", "Auto {n}/2026", "Exp. {n}-2026-JIP"],
    ("judicial_warrant", "fr"): ["CRI-2026-{n:04d}", "Ordonnance n° {n}/2026", "Mandat JI {n}/26"],
    ("prosecutor_order", "en"): ["PO-2026-{n:04d}", "DPP/ORD/{n}/2026"],
    ("prosecutor_order", "es"): ["Disposición Fiscal N.° {n}-2026", "OF-2026-{n:04d}"],
    ("prosecutor_order", "fr"): ["Réquisition n° {n}/26", "PR-2026-{n:04d}"],
    ("administrative_order", "en"): ["AO-2026/{n}", "ADM/{n}/2026"],
    ("administrative_order", "es"): ["Resolución {n}-2026", "RA-2026-{n:04d}"],
    ("administrative_order", "fr"): ["Décision n° {n}-2026", "DA-2026-{n:04d}"],
}
DEFAULT_LB = {"police": "judicial_warrant", "prosecution": "prosecutor_order",
              "intelligence": "judicial_warrant", "military": "judicial_warrant",
              "other_government": "administrative_order", "private": "judicial_warrant"}
SYL = ["ka", "lo", "mi", "ra", "to", "ne", "si", "du", "ba", "ve", "ri", "zo", "an", "el", "or", "us"]
DOMAINS = ["postbox.net", "mailzone.com", "quickmail.io", "securemsg.org", "inboxly.net", "correo-sur.com"]
QUOTAS = [5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200]
ALLOWED_OV = {"status", "signed", "oos", "quota", "maxq", "loc", "nat", "reg", "idk", "lb", "ref", "vu"}


def fail(msg):
    print("ERROR:", msg, file=sys.stderr)
    sys.exit(1)


def build_record(e, rng, used_ids):
    ov = e["ov"]
    bad = set(ov) - ALLOWED_OV
    if bad:
        fail(f"{e['tag']}: unknown override {bad}")
    start = dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    now = start + dt.timedelta(days=rng.randint(0, 30), hours=rng.randint(6, 20),
                               minutes=rng.choice([0, 5, 12, 20, 30, 41, 45, 52]))
    cc = e["cc"]
    loc = ov.get("loc", cc)
    nat = ov.get("nat", cc)
    # identifier
    while True:
        kind = ov.get("idk", "phone")
        if kind == "phone":
            dial = DIAL[loc]
            ndig = 7 if dial.startswith("1") and len(dial) == 4 else (10 if dial == "1" else 9)
            ident = "+" + dial + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(ndig - 1))
        elif kind == "email":
            local = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))) + str(rng.randint(1, 99))
            ident = "email:" + local + "@" + rng.choice(DOMAINS)
        elif kind == "device":
            ident = "device:imei:35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
        else:
            fail(f"{e['tag']}: bad idk")
        if ident not in used_ids:
            used_ids.add(ident)
            break
    # legal basis
    lbt = ov.get("lb", DEFAULT_LB[e["atype"]])
    n = rng.randint(10, 9999)
    if lbt == "none":
        ref = None
    else:
        ref = rng.choice(REF_FMT[(lbt, e["lang"])]).format(n=n)
    if ov.get("ref") == "null":
        ref = None
    elif ov.get("ref") == "empty":
        ref = ""
    elif ov.get("ref") == "FIR":
        ref = f"FIR {n}/2026"
    vu_mode = ov.get("vu", "none-default" if lbt == "none" else "future")
    if vu_mode == "future":
        vu = iso((now + dt.timedelta(days=rng.randint(5, 120))).replace(hour=23, minute=59, second=59))
    elif vu_mode == "none-default" or vu_mode == "null":
        vu = None
    elif vu_mode == "now":
        vu = iso(now)
    elif vu_mode == "just":
        vu = iso(now + dt.timedelta(minutes=1))
    elif vu_mode == "past":
        vu = iso((now - dt.timedelta(days=rng.randint(1, 20))).replace(hour=0, minute=0, second=0))
    else:
        fail(f"{e['tag']}: bad vu")
    # licence capabilities
    oos = set(ov.get("oos", []))
    if not oos <= set(e["caps"]):
        fail(f"{e['tag']}: oos not requested")
    base = set(e["caps"]) - oos
    rest = [c for c in CAPS if c not in base and c not in oos]
    extra = rng.sample(rest, rng.randint(0, min(3, len(rest))))
    lic_caps = [c for c in CAPS if c in base or c in extra]
    # quota
    mx = ov.get("maxq", rng.choice(QUOTAS))
    q = ov.get("quota")
    if q is None:
        active = rng.randint(0, mx - 2)
    elif q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 5)
    else:
        fail(f"{e['tag']}: bad quota")
    return {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": ov.get("status", "active"),
            "certificate_signed": ov.get("signed", True),
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
                "registry_match": ov.get("reg"),
            },
            "offence": {"category": e["cat"], "label": e["label"], "max_penalty_years": e["pen"]},
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": vu},
            "capabilities": list(e["caps"]),
            "justification": e["text"],
        },
    }


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def structured_clauses(r):
    """The clauses that the spec defines on structured fields alone."""
    lic, req = r["licence"], r["request"]
    out = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (
            off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD)):
        out.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse_ts(lb["valid_until"]) <= parse_ts(r["now"])):
        out.add("no_legal_basis")
    if not set(req["capabilities"]) <= set(lic["capabilities"]):
        out.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        out.add("quota_exceeded")
    if req["target"]["registry_match"] is not None:
        out.add("protected_person")
    if req["target"]["location_country"] != lic["customer_country"]:
        out.add("extraterritorial_target")
    return out


def decide(held):
    d = sorted(c for c in held if c in DENY)
    if d:
        return "deny", d
    r = sorted(c for c in held if c in REFER)
    if r:
        return "refer", r
    return "permit", []


def validate_enums(e, r):
    lic, req = r["licence"], r["request"]
    errs = []
    if lic["agency_type"] not in AGENCY_TYPES: errs.append("agency_type")
    if lic["status"] not in STATUSES: errs.append("status")
    if req["offence"]["category"] not in CATEGORIES: errs.append("category")
    if req["legal_basis"]["type"] not in LB_TYPES: errs.append("lb type")
    if any(c not in CAPS for c in lic["capabilities"] + req["capabilities"]): errs.append("capability")
    if len(set(req["capabilities"])) != len(req["capabilities"]): errs.append("dup capability")
    reg = req["target"]["registry_match"]
    if reg is not None and reg not in REGISTRY: errs.append("registry")
    for k in (lic["customer_country"], req["target"]["location_country"], req["target"]["nationality"]):
        if k not in DIAL: errs.append("country " + k)
    pen = req["offence"]["max_penalty_years"]
    if pen is not None and (not isinstance(pen, int) or pen < 0): errs.append("penalty")
    if e["lang"] not in ("en", "es", "fr"): errs.append("lang")
    if e["dec"] not in ("permit", "deny", "refer"): errs.append("decision")
    if any(c not in CLAUSES for c in e["cl"] + e["tc"]): errs.append("clause id")
    if any(c not in TEXT_CLAUSES for c in e["tc"]): errs.append("tc not a text clause")
    if "terrorism_definition_unmet" in e["tc"] and req["offence"]["category"] != "terrorism":
        errs.append("TDU without terrorism category")
    if errs:
        fail(f"{e['tag']}: invalid {errs}")


def main():
    rng = random.Random(166001)
    tags, texts, used_ids = set(), set(), set()
    rows = []
    for e in ENTRIES:
        if e["tag"] in tags:
            fail(f"duplicate tag {e['tag']}")
        tags.add(e["tag"])
        if e["text"] in texts:
            fail(f"{e['tag']}: duplicated justification")
        texts.add(e["text"])
        r = build_record(e, rng, used_ids)
        validate_enums(e, r)
        held = structured_clauses(r) | set(e["tc"])
        dec, cl = decide(held)
        if dec != e["dec"] or cl != e["cl"]:
            fail(f"{e['tag']}: computed {dec} {cl} but intended {e['dec']} {e['cl']}")
        r["expected"] = {"decision": dec, "clauses": cl}
        rows.append((e, r, held))
    random.Random(166002).shuffle(rows)
    lines = []
    for i, (e, r, held) in enumerate(rows, 1):
        r["id"] = f"s166-{i:03d}"
        lines.append(json.dumps(r, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    # tables
    print(f"wrote {len(rows)} scenarios to {OUT}")
    print("sha256", hashlib.sha256(data).hexdigest())
    langs = ["en", "es", "fr"]
    print("\ndecision  " + "".join(f"{l:>6}" for l in langs) + "  total")
    for d in ("permit", "deny", "refer"):
        c = [sum(1 for e, r, h in rows if e["dec"] == d and e["lang"] == l) for l in langs]
        print(f"{d:<10}" + "".join(f"{x:>6}" for x in c) + f"{sum(c):>7}")
    c = [sum(1 for e, r, h in rows if e["lang"] == l) for l in langs]
    print(f"{'total':<10}" + "".join(f"{x:>6}" for x in c) + f"{sum(c):>7}")
    print("\nclause                        listed  held")
    for cid in CLAUSES:
        listed = sum(1 for e, r, h in rows if cid in r["expected"]["clauses"])
        heldn = sum(1 for e, r, h in rows if cid in h)
        print(f"{cid:<30}{listed:>6}{heldn:>6}")
    perfect = sum(1 for e, r, h in rows if e["dec"] != "permit" and not structured_clauses(r))
    nonpermit = sum(1 for e, r, h in rows if e["dec"] != "permit")
    print(f"\nnon-permits with no structured clause: {perfect}/{nonpermit}")
    if "--map" in sys.argv:
        print("\ntag -> id")
        for e, r, h in sorted(rows, key=lambda x: x[0]["tag"]):
            print(e["tag"], r["id"], r["expected"]["decision"], ",".join(r["expected"]["clauses"]),
                  "| held:", ",".join(sorted(h)))


if __name__ == "__main__":
    main()
