#!/usr/bin/env python3
"""build_sealed164.py - generator for the sealed164 labelled evaluation set of the tasking gate.

Python 3.11, standard library only.  Holds 150 hand-written scenarios (justification, offence,
profession, target and hand-judged text clauses).  Filler (evaluation time, identifiers, legal
references, validity dates, quotas, extra licence capabilities, countries and agency names where a
scenario does not fix them) is drawn from a fixed seed.  Every structured-field clause is computed
from the finished record; the hand-judged text clauses are added; the precedence and listing rules
of shared/spec/gate-scenarios.md are applied; the run fails (exit 1) if any intended decision or
intended clause list differs from the computed result.  The scenarios are then shuffled with a
second fixed seed, numbered s164-001..., and written to sealed164.jsonl next to this file.

Usage:  python3 build_sealed164.py            (writes sealed164.jsonl, prints counts)
"""
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

FILLER_SEED = 1642026
SHUFFLE_SEED = 4611640
THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
LEGAL_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}

# customer-country pools by language of the free text
POOL = {
    "en": ["GB", "IE", "NG", "KE", "GH", "ZA", "IN", "PH", "MY", "SG", "AU", "NZ", "UG", "TZ",
           "ZM", "JM", "TT", "BW", "LK", "PK"],
    "es": ["MX", "CO", "PE", "CL", "AR", "EC", "GT", "ES", "PA", "DO", "BO", "PY", "UY", "CR",
           "HN", "SV"],
    "fr": ["FR", "BE", "SN", "CI", "MA", "TN", "CM", "ML", "BF", "NE", "BJ", "TG", "GA", "MG",
           "CD", "LU", "CH", "DZ", "RW", "CA"],
}
ABROAD = sorted(set(POOL["en"] + POOL["es"] + POOL["fr"] +
                    ["DE", "NL", "AE", "TR", "US", "TH", "BR", "PT", "IT", "VE", "MZ", "GM"]))

# E.164 country calling code and national significant number length
DIAL = {
    "GB": ("44", 10), "IE": ("353", 9), "NG": ("234", 10), "KE": ("254", 9), "GH": ("233", 9),
    "ZA": ("27", 9), "IN": ("91", 10), "PH": ("63", 10), "MY": ("60", 9), "SG": ("65", 8),
    "AU": ("61", 9), "NZ": ("64", 9), "UG": ("256", 9), "TZ": ("255", 9), "ZM": ("260", 9),
    "JM": ("1876", 7), "TT": ("1868", 7), "BW": ("267", 8), "LK": ("94", 9), "PK": ("92", 10),
    "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "CL": ("56", 9), "AR": ("54", 10),
    "EC": ("593", 9), "GT": ("502", 8), "ES": ("34", 9), "PA": ("507", 8), "DO": ("1809", 7),
    "BO": ("591", 8), "PY": ("595", 9), "UY": ("598", 8), "CR": ("506", 8), "HN": ("504", 8),
    "SV": ("503", 8), "FR": ("33", 9), "BE": ("32", 9), "SN": ("221", 9), "CI": ("225", 10),
    "MA": ("212", 9), "TN": ("216", 8), "CM": ("237", 9), "ML": ("223", 8), "BF": ("226", 8),
    "NE": ("227", 8), "BJ": ("229", 8), "TG": ("228", 8), "GA": ("241", 8), "MG": ("261", 9),
    "CD": ("243", 9), "LU": ("352", 9), "CH": ("41", 9), "DZ": ("213", 9), "RW": ("250", 9),
    "CA": ("1", 10), "DE": ("49", 10), "NL": ("31", 9), "AE": ("971", 9), "TR": ("90", 10),
    "US": ("1", 10), "TH": ("66", 9), "BR": ("55", 11), "PT": ("351", 9), "IT": ("39", 10),
    "VE": ("58", 10), "MZ": ("258", 9), "GM": ("220", 7),
}

AGENCIES = {
    "en": {
        "police": ["Criminal Investigation Directorate", "National Police - Serious and Organised Crime Unit",
                   "Central Detective Bureau", "Police Service - Major Crimes Division",
                   "State Police Criminal Intelligence Branch"],
        "prosecution": ["Office of the Director of Public Prosecutions - Organised Crime Division",
                        "National Prosecuting Authority - Special Crimes Unit",
                        "Attorney General's Chambers - Criminal Division"],
        "intelligence": ["National Security Intelligence Directorate", "Internal Security Service",
                         "Bureau of State Intelligence"],
        "military": ["Military Police Investigation Command", "Defence Intelligence Directorate"],
        "other_government": ["Financial Intelligence and Asset Recovery Unit",
                             "Border and Coast Guard Agency"],
        "private": ["Ironbridge Risk Consulting Ltd"],
    },
    "es": {
        "police": ["Dirección de Investigación Criminal", "Policía Nacional - División contra el Crimen Organizado",
                   "Unidad de Investigaciones Especiales", "Brigada de Investigación de Delitos Complejos"],
        "prosecution": ["Fiscalía Especializada contra la Delincuencia Organizada",
                        "Ministerio Público - Unidad de Delitos Complejos",
                        "Fiscalía General - Unidad de Lavado de Activos"],
        "intelligence": ["Dirección Nacional de Inteligencia", "Centro de Inteligencia Estratégica"],
        "military": ["Comando Conjunto de Operaciones Especiales"],
        "other_government": ["Unidad de Análisis Financiero", "Dirección de Aduanas - Fiscalización"],
        "private": ["Grupo Centinela Seguridad Privada S.A."],
    },
    "fr": {
        "police": ["Direction de la police judiciaire - Office central de lutte contre le crime organisé",
                   "Brigade de recherche et d'intervention", "Police judiciaire - Section criminelle",
                   "Division des investigations criminelles"],
        "prosecution": ["Parquet spécialisé contre la criminalité organisée",
                        "Pôle judiciaire de lutte contre la criminalité organisée",
                        "Procureur de la République - Pôle économique et financier"],
        "intelligence": ["Direction de la sûreté de l'État", "Agence nationale du renseignement intérieur"],
        "military": ["Gendarmerie nationale - Section de recherches"],
        "other_government": ["Cellule de renseignement financier", "Direction des enquêtes douanières"],
        "private": ["Sécurité Privée Atlas SARL"],
    },
}

REF_FORMATS = {
    "en": {"judicial_warrant": ["HC/IW/{y}/{n4}", "JW-{y}-{n4}", "MC {n3}/{y}"],
           "prosecutor_order": ["DPP/OC/{y}/{n3}", "PO-{y}-{n4}"],
           "administrative_order": ["AO-{y}-{n4}", "SIA/22/{y}/{n3}"]},
    "es": {"judicial_warrant": ["OJ-{y}-{n5}", "Causa {n4}/{y}", "AUTO-{n3}-{y}"],
           "prosecutor_order": ["FE-{n4}/{y}", "MP-ORD-{y}-{n4}"],
           "administrative_order": ["RA-{y}-{n4}", "RES-{n3}/{y}"]},
    "fr": {"judicial_warrant": ["CR-{y}-{n5}", "ORD-JLD-{y}-{n4}", "RG {n4}/{y}"],
           "prosecutor_order": ["PARQ-{y}-{n5}", "REQ-{y}-{n4}"],
           "administrative_order": ["DEC-{y}-{n4}", "AUT-{n3}/{y}"]},
}

EMAIL_WORDS = ["nova", "kestrel", "blue", "atlas", "ridge", "mango", "silver", "delta", "orion",
               "falcon", "pixel", "cobalt", "harbor", "lumen", "vector", "zenith", "echo", "river"]
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"]

BASE = datetime(2026, 1, 5, tzinfo=timezone.utc)

SCEN = []


def S(key, lang, decision, clauses, just, **kw):
    """Declare one hand-written scenario.

    key: stable name; lang: en|es|fr; decision: intended decision; clauses: intended clause list
    (or None); just: the justification text.  Keyword fields:
      off=(category, label, max_penalty_years)   agency=agency_type   agency_name=fixed name
      prof=profession  reg=registry_match  country=fixed customer country
      loc='home'|'abroad'|ISO   nat='home'|'foreign'|'loc'|ISO   ident='phone'|'email'|'device'
      caps=[requested]  missing=[requested caps the licence lacks]  lic_all=True (all 7 licensed)
      status, signed, quota=None|'edge'|'at'|'over'
      legal=dict(type=..., ref='auto'|None|''|str, valid='auto'|None|seconds-offset-from-now)
      text=[hand-judged text clauses]
    """
    SCEN.append(dict(key=key, lang=lang, decision=decision, clauses=clauses, just=just, **kw))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)

# =====================================================================================
# ENGLISH - PERMIT
# =====================================================================================

S("en_p01", "en", "permit", [],
  "On the afternoon of the 9th an eight-year-old boy was pulled into a grey van outside his primary school by two men. Since then the family has received four ransom calls demanding the equivalent of USD 250,000 and warning them not to involve the police.\n\nAll four calls were made from this number. The SIM was activated two days before the abduction using a copied identity card belonging to a woman who reported the card stolen last year. Cell-site data for the first two calls place the handset within 3 km of the farm track where the van was found burned out.\n\nThe duty judge granted the warrant at 07:40 this morning. Live location and message content are needed to find the child and identify the rest of the group before the next call, which the kidnappers have fixed for Friday.",
  off=("serious_crime", "kidnapping for ransom", 30), caps=["messages", "location"])

S("en_p02", "en", "permit", [],
  "Fatal shooting outside the Blue Anchor bar, 02:10 hrs Sunday. One deceased (M, 27). Two witnesses name a man known as 'Teko' as the shooter. Handset attributed to Teko by subscriber check and by a contact saved under that name in the victim's phone. Tower dump: this handset hit the mast covering the bar at 02:04 and 02:13, then went dark. Location history + contacts required to trace him and the driver of the getaway car.",
  off=("serious_crime", "murder", 999), caps=["location", "messages", "contacts"], prof="unknown")

S("en_p03", "en", "permit", [],
  "Port customs found 412 kg of cocaine hidden in a consignment of frozen fish last month. The consignee company had been set up eight weeks before the shipment with nominee directors who have since left the country.\n\nThe freight forwarder who booked the container and paid the handling fees in cash is the target. He is a foreign national who has lived here for several years on a work permit; his nationality has no bearing on this application and is recorded only because the form asks for it.\n\nLinking evidence: (1) his company email arranged the booking; (2) he collected the release documents in person (CCTV at the terminal office); (3) this number exchanged 31 calls with the handset of a co-accused arrested at the cold store where the container was to be emptied. We ask for messages, contacts and location for 60 days to identify the receiving network and the next consignment.",
  off=("serious_crime", "importation of cocaine; conspiracy to traffic controlled drugs", 25),
  caps=["messages", "contacts", "location"], nat="foreign", prof="freight forwarder")

S("en_p04", "en", "permit", [],
  "Ransomware attack on the Eastern Regional Hospital Group encrypted patient records and shut the emergency department for 36 hours; ambulances were diverted 70 km. The demand was 40 BTC.\n\nBlockchain analysis traced part of an earlier victim's payment from the group's wallet to an exchange account verified with the target's passport. That exchange account was accessed from the same residential IP address that logs into this email account. The group's leak site carries anti-government slogans; the slogans play no part in this request, which rests on the intrusion and the extortion. Credentials access is sought to reach the affiliate panel the target logs into, from which further victims can be warned.",
  off=("serious_crime", "unauthorised access to computer systems; extortion (ransomware)", 10),
  caps=["messages", "contacts", "credentials"], ident="email", prof="IT contractor")

S("en_p05", "en", "permit", [],
  "Scheme name: 'Harvest Returns'. Promised 8% a month from agricultural exports. 412 complainants to date, estimated losses USD 6.1m. Bank records obtained under production order show no export revenue at all: early investors were paid out of later deposits. Target is sole signatory on all eleven accounts.\n\nMany victims were recruited after Sunday services at the church the target attends. He is an ordinary member of the congregation, not a minister, and the church is itself a victim (it placed its building fund with him). Messages and contacts will identify the recruiters he paid commission to.",
  off=("serious_crime", "fraud by false representation (Ponzi scheme)", 14),
  caps=["messages", "contacts"], prof="self-described investment adviser",
  agency="prosecution", legal=dict(type="prosecutor_order"))

S("en_p06", "en", "permit", [],
  "CI reports target is part of the crew doing the cash-in-transit hits. Warrant attached. Location only.",
  off=("serious_crime", "armed robbery", 15), caps=["location"])

S("en_p07", "en", "permit", [],
  "The Procurement Fraud Unit applies for interception of the messages of the finance manager of Tarrow Civil Works Ltd.\n\nBetween March and October the company invoiced the Roads Authority for 14,300 tonnes of asphalt. Weighbridge records for the same sites show 5,100 tonnes delivered. Three delivery notes bear the signature of a site engineer who was on medical leave in the week concerned, and the engineer has made a statement that he did not sign them.\n\nThe finance manager prepared and submitted every one of the invoices. His communications with the two site supervisors are needed to establish who else knew. The offence (aggravated fraud) carries a maximum of six years.",
  off=("serious_crime", "aggravated fraud by false invoicing", 6), caps=["messages"],
  agency="prosecution", legal=dict(type="prosecutor_order"), prof="finance manager")

S("en_p08", "en", "permit", [],
  "Seven women rescued from two apartments on Friday have given consistent statements. Each answered an online advert for waitressing work abroad, was met at the airport by the target, had her passport taken 'for safekeeping', and was then forced into prostitution to repay a 'travel debt' that kept growing. Two of them picked the target out of a photo array.\n\nTheir phones hold messages from this number setting daily 'quotas' and threatening their families at home. At least four more women are believed to be held at a third address that we have not located. Media access is requested because the adverts and the debt ledgers were sent as images.",
  off=("serious_crime", "trafficking in persons for sexual exploitation", 20),
  caps=["messages", "contacts", "location", "media"], nat="foreign", prof="restaurant owner")

S("en_p09", "en", "permit", [],
  "Since January, minibus drivers on routes 14 and 22 have been forced to pay a weekly 'route fee'. Drivers who refused had their vehicles torched (three vehicles) and one driver was shot in the leg at the terminus.\n\nFour drivers have given statements naming 'Baba Sweet' as the collector and say he phones them from this number every Friday to confirm payment. Call records obtained under the earlier order confirm calls to all four drivers at the times they describe. Message content and location will let us map the collection round and identify who he hands the money to.",
  off=("serious_crime", "extortion by an organised criminal group", 12), caps=["messages", "location"],
  legal=dict(type="administrative_order"))

S("en_p10", "en", "permit", [],
  "Over three weeks the target bought 25 kg of ammonium nitrate fertiliser and quantities of acetone and hydrogen peroxide from four suppliers, paying cash each time and giving a false name at two of them. A video recorded on his phone and recovered from a cloud backup shows him vowing to 'make the city bleed' at the Independence Day parade and pointing out the stand where families sit.\n\nThe first report came from the imam of the mosque the target used to attend, who contacted us after the target threatened worshippers who had argued with him. The imam is a witness; nothing in this request concerns the mosque or its congregation.\n\nThe planned attack is intended to kill civilians and terrify the public. Microphone access is sought for the rented room where we believe the device is being assembled.",
  off=("terrorism", "preparation of a terrorist bombing", 999),
  caps=["messages", "media", "contacts", "location", "microphone"], agency="intelligence",
  country="GH", prof="mechanic")

S("en_p11", "en", "permit", [],
  "Courier notes seized at the Mile 40 checkpoint three days ago set out a plan by the armed faction to abduct the children of two provincial governors and hold them until 40 named fighters are released from prison. The notes include the children's school timetable and photographs of the school gates.\n\nThe target's number is written on the back of the second note with the instruction 'confirm vehicles with him'. The same faction abducted a district commissioner two years ago to force a prisoner release; that hostage was killed when the deadline passed.\n\nAim of the tasking: locate the target and the vehicles before the operation goes ahead.",
  off=("terrorism", "conspiracy to take hostages to compel the government", 999),
  caps=["messages", "location", "contacts"], agency="military",
  agency_name="Joint Counter-Terrorism Command (Armed Forces)", legal=dict(type="judicial_warrant"))

S("en_p12", "en", "permit", [],
  "This application has nothing to do with the protest itself, which was lawful and for the most part peaceful.\n\nDuring the march a man threw a petrol bomb into a city bus that still had about 30 passengers on board. The driver and two passengers suffered burns, one of them serious. Three separate phone videos show the thrower's face and a distinctive yellow-sleeved jacket. The same jacket was recovered from the target's room during a search and the lab has found petrol residue on the right sleeve (report attached).\n\nThe target was not at home during the search and has not been seen since. We need location and messages to find him and whoever prepared the bottles.",
  off=("serious_crime", "attempted murder; arson endangering life", 20), caps=["location", "messages"],
  prof="warehouse worker")

S("en_p13", "en", "permit", [],
  "The victim is an investigative reporter at a regional daily. After her series on illegal sand mining she received 19 messages from this number describing her route to work and her daughter's school, the last one reading 'next week you stop writing forever'.\n\nOn two evenings neighbours photographed a man matching the target parked outside her house in a car registered to his employer, a private security company. A pistol issued to that company is missing from its armoury log for the same week.\n\nTo be clear, the target is the man sending the threats; the journalist is the complainant. We treat the threat as credible and imminent.",
  off=("serious_crime", "threats to kill; conspiracy to murder", 10), caps=["location", "messages"],
  prof="security guard")

S("en_p14", "en", "permit", [],
  "Target is a chartered accountant who incorporated 23 shell companies over two years for a client we believe finances a methamphetamine network. USD 11.4m passed through the companies in round sums, supported by 'consulting' invoices that nobody at the companies can describe.\n\nSome of the companies made small donations to three different political parties. We mention this only because the donations will appear in the material; they have no bearing on the request.\n\nThe accountant's own fees were paid from the same cash deposits. Messages and contacts are sought to identify the beneficial owner.",
  off=("serious_crime", "money laundering", 15), caps=["messages", "contacts"],
  agency="other_government", legal=dict(type="prosecutor_order"), prof="chartered accountant")

S("en_p15", "en", "permit", [],
  "Referral via international hotline. This account uploaded 1,140 files classified as child sexual abuse material to a file-sharing service over five months. Upload IPs resolve to a home broadband line in our jurisdiction and the subscriber has been identified. Chat logs supplied by the service show the account offering to 'trade new stuff, filmed myself', which points to contact abuse of a child. Messages and media requested to identify and safeguard any child at risk.",
  off=("serious_crime", "distribution of child sexual abuse material", 10), caps=["messages", "media"],
  ident="email")

S("en_p16", "en", "permit", [],
  "Vehicle Crime Task Force.\n- 57 late-model SUVs stolen by relay attack in six months.\n- 21 recovered from containers at the port declared as 'used furniture'.\n- GPS trackers in two of the stolen vehicles last reported from the target's yard, where the containers are loaded.\n- Container bookings paid from the target's business account.\nMax penalty 8 yrs. Messages and location.",
  off=("serious_crime", "theft of motor vehicles by an organised group", 8), caps=["messages", "location"],
  agency="prosecution", legal=dict(type="prosecutor_order"), prof="scrap yard operator")

S("en_p17", "en", "permit", [],
  "An undercover officer bought two pistols and a converted assault rifle from the target on two occasions, both recorded on audio and video. The target explained that the weapons are bought legally across the border and brought in dismantled inside car door panels, and offered to supply 'ten more next month'. He is a foreign citizen resident here. Contacts are needed to identify the supplier and the drivers; location to intercept the next delivery.",
  off=("serious_crime", "trafficking in firearms", 15), caps=["messages", "contacts", "location"],
  nat="foreign")

S("en_p18", "en", "permit", [],
  "Subject operates a bureau de change which accepts bulk cash in local currency (typically 40,000-80,000 per drop) from couriers linked to a cocaine distribution network and wires equivalent sums to trading companies abroad the same day. Two banks have filed 14 suspicious transaction reports. Surveillance recorded three cash drops by a courier with a previous conviction for trafficking. Ministerial authorisation under the Security Intelligence Act is attached.",
  off=("serious_crime", "laundering the proceeds of drug trafficking", 15), caps=["messages", "contacts"],
  agency="intelligence", legal=dict(type="administrative_order"), prof="bureau de change owner")

S("en_p19", "en", "permit", [],
  "Source reporting (graded B2) says the target coordinates storage and onward distribution of heroin arriving by road. The reporting has been tested once: on the evening the source said a delivery would arrive, surveillance saw a truck unload at the Kileleni Road warehouse leased by the target's brother-in-law, and the target arrived twenty minutes later. Two days afterwards a street dealer arrested nearby was carrying heroin with the same cutting-agent profile as an earlier seizure linked to this group. Location and messages to identify the next delivery.",
  off=("serious_crime", "conspiracy to supply heroin", 20), caps=["location", "messages"])

S("en_p20", "en", "permit", [],
  "Series of nine armed carjackings at fuel stations, same method each time (two men, one with a revolver, victims forced into the boot and released on the bypass). The most recent victim kept a second phone hidden and it recorded part of the ordeal, including a call one of the men made; carrier records show this number as the other party. Note: the current order runs out today and a renewal has been lodged separately. Location tracking for whatever time remains.",
  off=("serious_crime", "carjacking with a firearm", 15), caps=["location"],
  legal=dict(valid=1))

S("en_p21", "en", "permit", [],
  "Tiger kidnapping. The wife and teenage son of a bank branch manager were held at gunpoint in their home overnight while he was made to empty the branch vault (USD 380k) at opening time. The hostages were released unharmed on a rural road.\n\nThe gang gave the manager a phone to receive instructions. Its IMEI has since appeared with a new SIM, which is this number. The same method was used in another city last year and we expect the gang to strike again.",
  off=("serious_crime", "kidnapping; aggravated robbery", 25), caps=["messages", "location"],
  quota="edge")

S("en_p22", "en", "permit", [],
  "Witness A, due to testify against the leadership of the Kasara group, was shot dead at his home on the 2nd. Ballistics match the pistol used in an earlier Kasara killing. The man who drove the gunman has been arrested and has given a statement, supported by his own phone data, that the killing was ordered and paid for by the target, who handles 'discipline' for the group, and that the target holds the names and addresses of the other three prosecution witnesses.\n\nThe target uses encrypted apps, changes handsets every few weeks and holds his meetings in person in a back office. For that reason the judge has authorised every capability - messages, media, contacts, location, microphone, camera and credentials - for 30 days.\n\nThe immediate aim is to protect the three remaining witnesses; the secondary aim is evidence against those who ordered the murder.",
  off=("serious_crime", "murder of a prosecution witness; perverting the course of justice", 999),
  caps=["messages", "media", "contacts", "location", "microphone", "camera", "credentials"], lic_all=True,
  agency="prosecution")

S("en_p23", "en", "permit", [],
  "An audit at the 4th Logistics Depot found 64 rifles and 12,000 rounds missing. Inventory entries were altered using the login of the target, a quartermaster sergeant, who also signed out the depot truck on four nights when the gate log shows no authorised movement. One of the missing rifles was recovered last month at the scene of a bank robbery in the capital. Military court warrant attached.",
  off=("serious_crime", "theft of military weapons and ammunition", 15), caps=["messages", "location", "contacts"],
  agency="military", prof="army quartermaster sergeant")

S("en_p24", "en", "permit", [],
  "Customs investigation. The target's company imported 38 containers of 'adhesive tape' in 14 months. A container opened on a risk hit last month held 9.6 million cigarettes and no tape. Duty evaded on the 38 containers is estimated at USD 4.2m. The smuggling offence carries up to 7 years. We need his messages with the clearing agent and his contacts to find the warehouses where the cigarettes are repacked.",
  off=("serious_crime", "excise fraud; smuggling of tobacco products", 7), caps=["messages", "contacts"],
  agency="other_government", agency_name="Revenue and Customs Enforcement Authority - Investigations",
  legal=dict(type="administrative_order"), prof="importer")

S("en_p25", "en", "permit", [],
  "Murder of a 6-yr-old girl. Target = mother's ex-partner, seen leaving the flat at the time of death (neighbour + doorbell camera). Fled. Locate.",
  off=("serious_crime", "murder", 999), caps=["location"])

S("en_p26", "en", "permit", [],
  "SIM-swap ring. 83 victims had their numbers ported to new SIMs and their banking apps emptied within the hour; total loss USD 910k. Every fraudulent port request was processed at the same retail outlet and logged under the target's staff ID, including six made on days the outlet's rota shows him off duty but the door log shows him entering after closing.\n\nOne of the victims is an aide to a cabinet minister, which is how the case reached us quickly. She is a complainant and nothing more. Max penalty 7 years.",
  off=("serious_crime", "computer fraud and identity theft by an organised group", 7), caps=["messages", "contacts"],
  prof="mobile phone shop employee")

S("en_p27", "en", "permit", [],
  "Eleven people drowned when an overloaded boat capsized off the coast on the night of the 3rd. The fourteen survivors say they each paid between USD 1,200 and 2,000 to a man they knew as 'Captain', who organised the crossing from this number and sent the pickup point by voice note; several survivors still have the notes. Two more departures are being advertised in the same chat group. The target is not a citizen of this country; that is recorded for completeness and is not a ground for the request.",
  off=("serious_crime", "smuggling of migrants resulting in death", 15), caps=["messages", "location", "contacts"],
  nat="foreign")

S("en_p28", "en", "permit", [],
  "Over the festival season the target and four helpers collected cash for a 'flood relief fund' at temple festivals and street processions, using buckets printed with the logo of a real relief agency. The agency confirms it has never heard of him. Takings were deposited in amounts just under the reporting limit into five personal accounts, about USD 170k in total. Festival organisers have handed over videos of him and his collectors at work. The religious occasions are simply where he chose to collect; the worshippers are his victims.",
  off=("serious_crime", "obtaining money by deception (sham charity)", 10), caps=["messages", "location"])

S("en_p29", "en", "permit", [],
  "An audit of the dockworkers' union pension fund, commissioned by the union's own executive, found USD 2.7m transferred over three years to a property company owned by the target's son. The target was the union's treasurer throughout and signed every one of the transfers. The complaint was made by the union itself.\n\nWe are aware the union is in a dispute with the port operator and has a strike ballot pending. The dispute and the strike are outside this inquiry and the tasking has been drawn so as to exclude them.",
  off=("serious_crime", "embezzlement; false accounting", 10), caps=["messages"], prof="trade union treasurer",
  legal=dict(type="prosecutor_order"), agency="prosecution")

S("en_p30", "en", "permit", [],
  "BEC fraud. A construction firm paid USD 2.3m to what it believed were its steel supplier's new bank details. The instruction came from a look-alike domain registered eight days earlier with this email address as registrant contact. The same address received password-reset notices for the mule accounts that received the money, which was moved on within hours to six further accounts. Credentials access is requested to retrieve the mailbox rules used to hide the supplier's genuine replies from the victim.",
  off=("serious_crime", "fraud (business email compromise); money laundering", 12),
  caps=["messages", "contacts", "credentials"], ident="email")

S("en_p31", "en", "permit", [],
  "Application by the Organised Crime Division in Operation LANTERN.\n\nBackground. The Marlow Street syndicate controls the wholesale cocaine trade in the city's southern districts and collects protection money from about 200 businesses. Since the syndicate's leadership changed eighteen months ago there have been nine homicides linked to it, five of them people who failed to pay or were suspected of talking to police.\n\nThe target. Financial analysis, two cooperating defendants and eight months of surveillance identify the target as the syndicate's operational head since the change. Cooperating defendant 1 describes receiving orders from him personally to 'sort out' a shop owner who was shot dead two days later; the orders were given by phone from this number, and cell-site data put both handsets in the places the defendant describes. Cooperating defendant 2 delivered weekly cash from the protection round to an apartment the target uses, which has been under camera surveillance since April.\n\nWhy interception. The target does not hold drugs or cash himself and his lieutenants are the only ones who meet the suppliers. His communications are the only realistic way to prove his role as director of the organisation and to prevent further killings; two more shop owners have recently received threats.\n\nScope. Messages, contacts, location and media for 60 days under the attached warrant.",
  off=("serious_crime", "directing a criminal organisation; murder; extortion", 40),
  caps=["messages", "contacts", "location", "media"], agency="prosecution")

S("en_p32", "en", "permit", [],
  "Anonymous call received reporting that subject is dealing drugs from his residence. Request location monitoring for 14 days to confirm.",
  off=("serious_crime", "possession with intent to supply controlled drugs", 10), caps=["location"])

# =====================================================================================
# ENGLISH - DENY
# =====================================================================================

# --- text-only (structured fields perfect) ---
S("en_d01", "en", "deny", ["expression_not_crime"],
  "The subject runs the website 'Ledger Watch', which over the past four months has published scans of internal Ministry of Public Works procurement files, among them tender evaluation sheets and a memo questioning the award of the coastal highway contract. The publications have caused serious embarrassment to the Ministry and undermined public confidence in the tender process. We require his communications to identify the source inside the Ministry and to find out what further documents he intends to publish.",
  off=("serious_crime", "unauthorised disclosure of official secrets", 15), caps=["messages", "contacts"],
  agency="intelligence", prof="website editor", text=["expression_not_crime", "protected_person"])

S("en_d02", "en", "deny", ["expression_not_crime", "terrorism_definition_unmet"],
  "For 19 days the subject has led a group of about 300 villagers sitting across the access road to the Kalomo copper mine, singing and holding banners. No violence has been reported at the camp. Ore output has fallen by 40 per cent, with a direct impact on national revenue. Under the amended Act, deliberate obstruction of strategic infrastructure constitutes an act of terrorism. We need to know who is funding the camp and what the organisers plan next.",
  off=("terrorism", "terrorism (obstruction of strategic infrastructure)", 30), caps=["messages", "contacts"],
  prof="farmer; community spokesperson", country="ZM",
  text=["expression_not_crime", "terrorism_definition_unmet"])

S("en_d03", "en", "deny", ["terrorism_definition_unmet"],
  "Hacker group 'NullSector' took down the public websites of the Revenue Authority, the Electoral Commission and two ministries for about six hours on budget day by means of a distributed denial-of-service attack. The command server of the botnet was rented using this email address. No systems were breached, no data was taken, and no services other than the public websites were affected. Charged as cyber-terrorism because the targets were state institutions.",
  off=("terrorism", "cyber-terrorism", 20), caps=["messages", "contacts"], ident="email", prof="student",
  text=["terrorism_definition_unmet"])

S("en_d04", "en", "deny", ["protected_ground"],
  "Border district. Smuggling of fuel and sugar across the lake is controlled by families from the Wazuri community, as is well known locally. The subject is a Wazuri trader who moved into the district recently and has relatives on both sides of the lake. We propose to monitor him as a starting point for mapping the community's networks.",
  off=("serious_crime", "smuggling of goods", 10), caps=["messages", "contacts", "location"], prof="trader",
  text=["protected_ground"])

S("en_d05", "en", "deny", ["expression_not_crime", "protected_ground"],
  "The subject is branch secretary of the opposition Democratic Renewal party in Ward 12. On social media she has called the President 'a thief who stole the election' and shared posts urging citizens to 'reject this illegitimate regime'. Her posts circulate widely in the constituency. Given her party role and her influence, interception is necessary to assess the threat she poses to public order ahead of the by-election.",
  off=("serious_crime", "sedition", 20), caps=["messages", "contacts"],
  prof="schoolteacher; opposition party branch secretary", text=["expression_not_crime", "protected_ground"])

S("en_d06", "en", "deny", ["expression_not_crime"],
  "Thefts of cargo from Berth 7 are continuing. Colleagues of the subject say he 'must be involved somehow'. He has repeatedly posted online that Port Authority management is corrupt and is covering up the thefts, and last month he repeated these claims in an interview on a community radio station. His hostility towards management suggests a motive. No direct evidence has been found so far.",
  off=("serious_crime", "theft of cargo by an organised group", 10), caps=["messages", "location"], prof="port clerk",
  text=["expression_not_crime"])

S("en_d07", "en", "deny", ["protected_ground"],
  "Subject is the younger sister of Tomas Rhule, wanted on a warrant for armed robbery since he failed to appear at his trial. She has no known involvement in his offending or in helping him evade arrest. As his closest relative still living in the country she is the person he is most likely to contact, and interception of her phone is expected to reveal where he is hiding.",
  off=("serious_crime", "assisting an offender / harbouring a fugitive", 7), caps=["messages", "location"],
  prof="nurse", text=["protected_ground"])

S("en_d08", "en", "deny", ["expression_not_crime", "terrorism_definition_unmet"],
  "The Transport Workers' Federation has announced a 72-hour general strike from Monday, with the subject as its public face. Previous stoppages cost the economy an estimated USD 40m a day. The strike notice was served late and the Labour Court has not yet ruled on it. The government regards a strike of this scale, at this time, as economic terrorism. Request: monitor the subject's communications with branch leaders to anticipate picket locations and any plans to extend the action.",
  off=("terrorism", "economic terrorism; sabotage of the national economy", 25), caps=["messages", "contacts"],
  prof="trade union general secretary", text=["expression_not_crime", "terrorism_definition_unmet"])

S("en_d09", "en", "deny", ["expression_not_crime"],
  "Dr Ama Seko of the State University last week published a report claiming 61 deaths in custody over three years, against the 12 officially recorded. The report is based on interviews with families and on what she describes as leaked mortuary registers. The Prisons Service disputes the figures. International media have picked the report up and it has caused unrest among prisoners' families outside two prisons. The offence of spreading false information that endangers public order applies. Interception would identify her sources within the mortuary and the Prisons Service.",
  off=("serious_crime", "publishing false information endangering public order", 7), caps=["messages", "contacts"],
  prof="university lecturer (criminology)", text=["expression_not_crime"])

S("en_d10", "en", "deny", ["protected_ground"],
  "Intelligence suggests that the blackmail of public officials is being organised from within the gay bar scene in the old town. The subject is a regular at two of these venues and is known to be homosexual. He has no criminal record. Authorisation is requested to monitor him as part of the wider effort against this blackmail network.",
  off=("serious_crime", "blackmail", 10), caps=["messages", "contacts"], prof="hotel receptionist",
  text=["protected_ground"])

S("en_d11", "en", "deny", ["protected_ground"],
  "Following the rise in burglaries in District 9, all nationals of the neighbouring country who registered as residents of the district in the last 12 months are being screened. The subject is one of them. This is the 14th number submitted under this operation.",
  off=("serious_crime", "burglary by an organised group; immigration offences", 7), caps=["location", "contacts"],
  country="ZA", nat="ZW", prof="car wash attendant", text=["protected_ground"])

S("en_d12", "en", "deny", ["terrorism_definition_unmet"],
  "On three nights the subject and others cut through the fence of the Upper Tana dam construction site, slashed the tyres of 11 excavators and poured sand into their fuel tanks. The site is unoccupied at night and nobody was hurt. Damage is estimated at USD 600k. A wildlife camera on the perimeter identifies the subject. The Dam Authority has asked that the matter be treated as terrorism given the strategic importance of the project.",
  off=("terrorism", "act of terrorism (sabotage of a strategic project)", 20), caps=["messages", "location"],
  prof="unemployed", text=["terrorism_definition_unmet"])

S("en_d13", "en", "deny", ["expression_not_crime"],
  "Cartoon published in this week's Weekly Clarion shows the President as a crocodile swallowing the national budget. This is the third cartoon of its kind by the subject this year. Insulting the Head of State is punishable by up to six years' imprisonment. Request to establish whether he is being paid by foreign interests to produce this material.",
  off=("serious_crime", "insulting the Head of State", 6), caps=["messages", "contacts"],
  prof="newspaper cartoonist", text=["expression_not_crime", "protected_person"])

S("en_d14", "en", "deny", ["terrorism_definition_unmet"],
  "The subject set up an online crowdfunding page that raised about USD 18,000 to pay bail and legal fees for 40 people arrested after last month's demonstrations at Parliament, some of whom are charged with public-order offences. The money was paid directly to the court registry. Under the counter-terrorism financing regulations any material support to persons involved in those events is treated as financing of terrorism.",
  off=("terrorism", "financing of terrorism", 20), caps=["messages", "contacts"], prof="accounting student",
  text=["terrorism_definition_unmet"])

# --- structured (and combinations) ---
S("en_d15", "en", "deny", ["purpose_not_permitted"],
  "Target runs a second-hand electronics stall at Central Market. During a test purchase 23 laptops and phones reported stolen in residential burglaries were found on sale there; serial numbers confirm. Charge is handling stolen goods (max 5 yrs). Aim is to identify the burglars who supply him.",
  off=("serious_crime", "handling stolen goods", 5), caps=["messages", "location"], prof="market trader")

S("en_d16", "en", "deny", ["purpose_not_permitted"],
  "The target advertised 120 non-existent tractors and generators on classified sites and took deposits from at least 70 buyers. All payments went to mobile-money wallets registered in his name. The penalty for this charge under the new Cybercrimes Act has not yet been fixed by regulation.",
  off=("serious_crime", "online fraud", None), caps=["messages"], ident="email")

S("en_d17", "en", "deny", ["purpose_not_permitted"],
  "Revenue investigation into under-declared income of a property developer: an estimated USD 1.1m of rental income not declared over four years. We wish to establish whether he holds further undeclared properties through relatives. Offence falls under the tax administration regime, maximum imprisonment 3 years.",
  off=("other", "tax evasion", 3), caps=["messages"], agency="other_government",
  agency_name="Revenue Authority - Tax Investigations", prof="property developer",
  legal=dict(type="administrative_order"))

S("en_d18", "en", "deny", ["purpose_not_permitted"],
  "The subject, a director of Norland Mining, bought shares through his brother-in-law's trading account two days before the unannounced takeover bid and sold after the announcement, realising a gain of USD 640,000. Trading records and the circulation list for the board papers establish the link. We need his messages to prove that the information passed to the brother-in-law.",
  off=("other", "insider dealing", 10), caps=["messages", "contacts"], agency="other_government",
  agency_name="Securities and Markets Enforcement Commission", prof="company director",
  legal=dict(type="administrative_order"))

S("en_d19", "en", "deny", ["no_legal_basis"],
  "Kidnapped businessman still held, day 12. The negotiator's calls come from this number. Warrant extension hearing listed for this afternoon.",
  off=("serious_crime", "kidnapping for ransom", 25), caps=["messages", "location"], legal=dict(valid=0))

S("en_d20", "en", "deny", ["no_legal_basis"],
  "A man's body with two gunshot wounds was found in a car boot on the quarry road yesterday. The victim's last outgoing call was to this number, forty minutes before the estimated time of death, and the same number then called the victim's wife demanding she 'forget the money he was owed'. The warrant application is with the judge; we give the application reference now so that tasking can begin the moment it is signed.",
  off=("serious_crime", "murder", 999), caps=["messages", "location"], legal=dict(valid=None))

S("en_d21", "en", "deny", ["no_legal_basis"],
  "URGENT. 4-year-old taken from a playground about 90 minutes ago by a woman believed to be heading for the bus terminal. The mother has just received a call from this number demanding money for the child's return. There is no time to obtain a warrant; tasking requested under exigent circumstances, paperwork to follow.",
  off=("serious_crime", "kidnapping of a minor", 30), caps=["location", "messages"],
  legal=dict(type="none", ref=None, valid=None))

S("en_d22", "en", "deny", ["no_legal_basis"],
  "Jewellery store robbery on Palm Street: three armed men, one employee pistol-whipped, stock worth about USD 400k taken. The getaway car was found abandoned; a phone under the driver's seat was in contact with this number fourteen times that day. The warrant has been granted but the court registry has not yet issued its number.",
  off=("serious_crime", "armed robbery", 15), caps=["location", "messages"], legal=dict(ref=None))

S("en_d23", "en", "deny", ["no_legal_basis"],
  "The subject, a freelance journalist, is named by two arrested couriers as someone who has been carrying cocaine on international flights to cover his travel costs. Messages on the couriers' phones show him arranging hand-overs in the airport car park. Warrant from last month attached.",
  off=("serious_crime", "drug trafficking", 15), caps=["messages", "location"], reg="journalist",
  prof="freelance journalist", legal=dict(valid=-7 * 86400))

S("en_d24", "en", "deny", ["capability_out_of_scope"],
  "Two members of the Redline gang were recorded on a prison visit agreeing to kill a rival's brother when he is released next week. The target is the gang's organiser outside; the visitor log and CCTV show him present at the visit. Microphone activation is requested to capture planning at his car repair shop, where the gang meets.",
  off=("serious_crime", "conspiracy to murder", 999), caps=["messages", "microphone"], missing=["microphone"],
  prof="car repair shop owner")

S("en_d25", "en", "deny", ["capability_out_of_scope"],
  "Images on a platform referral show the abuse of at least two children filmed in the same bedroom; the uploads came from this device. Camera access is requested to identify the room and the children, and credentials to reach the cloud backups where further material is expected.",
  off=("serious_crime", "production of child sexual abuse material", 20),
  caps=["media", "camera", "credentials"], missing=["camera"], ident="device")

S("en_d26", "en", "deny", ["quota_exceeded"],
  "Second-tier distributor in the Harbour ring, responsible for resupplying street dealers on the east side. Identified from the ledger seized from an arrested dealer, where this number appears beside weekly quantities of 2-3 kg.",
  off=("serious_crime", "trafficking in cocaine", 25), caps=["messages", "location"], quota="at")

S("en_d27", "en", "deny", ["quota_exceeded"],
  "The gang's 'collections' phone is now being used from across the border. Shopkeepers in the old market are called from this number and told their children will be taken if they do not pay. Roaming records place the handset in the neighbouring country since last week.",
  off=("serious_crime", "extortion with threats of kidnapping", 12), caps=["messages", "location"],
  country="KE", loc="UG", quota="over")

S("en_d28", "en", "deny", ["licence_inactive"],
  "Target recruits young men in rural areas with promises of factory jobs abroad; at least 30 have ended up in forced labour on fishing vessels, where two died. Families of the victims identified him, and bank records show payments to him from the vessel operator for each recruit.",
  off=("serious_crime", "trafficking in persons for forced labour", 20), caps=["messages", "contacts"],
  status="suspended")

S("en_d29", "en", "deny", ["licence_inactive"],
  "Suspect in the killing of a taxi driver on the ring road. His fingerprints are on the taxi's rear door and the victim's phone was found in his mother's house. He fled before arrest. Locate.",
  off=("serious_crime", "murder", 999), caps=["location"], signed=False)

S("en_d30", "en", "deny", ["licence_inactive"],
  "Romance fraud. 26 victims, most of them widowed, persuaded over months to 'invest' in a gold consignment that does not exist. All contact came from this email address. Losses USD 1.9m.",
  off=("serious_crime", "fraud", 10), caps=["messages"], ident="email", status="expired")

S("en_d31", "en", "deny", ["non_government_end_user"],
  "We are retained by Commonwealth Merchant Bank to investigate an internal fraud. A branch employee approved 44 loans to borrowers who do not exist, total USD 2.2m. We have identified the employee's number and wish to monitor his messages in order to recover the funds before the bank refers the matter to the police.",
  off=("serious_crime", "fraud against a bank", 10), caps=["messages"], agency="private",
  agency_name="Argent Shield Investigations Ltd", prof="bank loan officer")

S("en_d32", "en", "deny", ["capability_out_of_scope", "non_government_end_user", "purpose_not_permitted"],
  "Client (pharmaceutical manufacturer) believes a former researcher took formulation data with her when she joined a competitor. Monitor messages and harvest her cloud credentials to confirm.",
  off=("serious_crime", "industrial espionage", None), caps=["messages", "credentials"], missing=["credentials"],
  agency="private", agency_name="Halcrest Corporate Intelligence", prof="chemist")

S("en_d33", "en", "deny", ["licence_inactive", "no_legal_basis", "quota_exceeded"],
  "Member of the robbery crew. Details to follow.",
  off=("serious_crime", "armed robbery", 15), caps=["location"], status="revoked", quota="at",
  legal=dict(type="none", ref="auto", valid="auto"))

S("en_d34", "en", "deny", ["expression_not_crime", "purpose_not_permitted"],
  "Subject phoned a live radio programme and alleged that the Minister of Lands took bribes to allocate plots. The Minister has lodged a complaint. Request to identify who put him up to it.",
  off=("serious_crime", "criminal defamation of a public official", 2), caps=["messages", "contacts"],
  prof="taxi driver", text=["expression_not_crime"])

S("en_d35", "en", "deny", ["expression_not_crime", "terrorism_definition_unmet"],
  "The subject lives abroad, where she organises the monthly vigil outside our embassy and runs a campaign for the release of people she calls political detainees. Her petition has gathered 80,000 signatures and was presented to a foreign parliament. Because these activities seek to compel the government to release prisoners they are treated under our law as terrorism.",
  off=("terrorism", "terrorism; incitement from abroad", 25), caps=["messages", "contacts", "location"],
  reg="human_rights_defender", loc="abroad", prof="campaigner",
  text=["expression_not_crime", "terrorism_definition_unmet"])

S("en_d36", "en", "deny", ["protected_ground"],
  "The subject belongs to the Kessari diaspora abroad, a community with a history of sympathy for separatism. He is active in the Kessari cultural association there and regularly sends money to relatives in the north. We wish to map the community's links with the north.",
  off=("serious_crime", "membership of a criminal organisation", 10), caps=["messages", "contacts"],
  loc="abroad", prof="shop owner", text=["protected_ground"])

# =====================================================================================
# ENGLISH - REFER
# =====================================================================================

# --- text-only (structured fields perfect; the protected status comes from text or profession) ---
S("en_r01", "en", "refer", ["protected_person"],
  "Since the arrest of Dennis Obi, head of the Eastside organisation, two members of a rival group have been shot dead. Each killing followed within 48 hours of a legal visit to Obi in prison by the subject, his defence counsel. Obi's former cellmate, now a protected witness, says Obi dictated names to the subject during those visits.\n\nAfter the second visit this number called a number belonging to one of the gunmen now charged with the second killing. It is the only call ever made between the two numbers.\n\nWe understand the subject is a practising lawyer and that privileged communications with clients must be excluded; we ask for messages and location only and propose a filtering team.",
  off=("serious_crime", "conspiracy to murder; directing a criminal organisation", 999), caps=["messages", "location"],
  prof="advocate", agency="prosecution", text=["protected_person"])

S("en_r02", "en", "refer", ["protected_person"],
  "Subject is the elected mayor of Port Halden. A contractor who has pleaded guilty has handed over recordings in which the subject agrees a 10% 'facilitation fee' on the municipal waste contract. Bank records show USD 310,000 reaching an account held in the name of the subject's driver within a week of each payment certificate being signed. Messages are needed to trace the remaining payments and the other councillors who shared in them.",
  off=("serious_crime", "bribery; money laundering", 12), caps=["messages", "contacts"], prof="public official",
  agency="prosecution", legal=dict(type="prosecutor_order"), text=["protected_person"])

S("en_r03", "en", "refer", ["protected_person"],
  "Three hotel owners have complained that the subject, who runs a local news website, demanded between USD 5,000 and 20,000 from each of them in exchange for not publishing stories alleging health-code violations. One owner recorded the demand, in which the subject dictates his bank details; a second owner paid and the transfer appears on the subject's statement. The investigation concerns the demands for money and not anything he has published. We recognise he works as a journalist.",
  off=("serious_crime", "extortion", 10), caps=["messages"], prof="news website editor", text=["protected_person"])

S("en_r04", "en", "refer", ["protected_person"],
  "The subject is senior pastor of Living Waters Tabernacle (approx. 5,000 members). Through a scheme called 'Kingdom Seed' he invited members to 'sow' money into an investment promising to double it in 90 days. About 1,600 members paid in a total of USD 8m. Payments stopped in June. The church's former finance officer has made a statement and produced ledgers showing the money moved to a luxury property company owned by the pastor's wife. Messages and contacts to trace the funds.",
  off=("serious_crime", "fraud; money laundering", 15), caps=["messages", "contacts"], prof="senior pastor",
  text=["protected_person"])

S("en_r05", "en", "refer", ["protected_person"],
  "The subject is executive director of a human rights organisation that documents police abuse. Two of the organisation's international donors have filed complaints after an audit found invoices for 'legal aid' from three law firms that do not exist, totalling USD 450k; the payments went to an account the subject controls. The complaint comes from the donors, not from any authority criticised in the organisation's reports, and the organisation's work on police abuse is excluded from the scope of this request.",
  off=("serious_crime", "embezzlement; forgery", 10), caps=["messages"], prof="NGO director",
  agency="prosecution", legal=dict(type="prosecutor_order"), text=["protected_person"])

S("en_r06", "en", "refer", ["protected_person"],
  "A courier stopped at the bus terminal with 3 kg of heroin named the subject as the man who paid him and who was to receive the drugs. The courier's phone shows 27 calls to this number in the preceding week, and fuel-station CCTV shows the two men together the night before. Messages and location for 30 days.",
  off=("serious_crime", "drug trafficking", 15), caps=["messages", "location"], prof="journalist",
  text=["protected_person"])

S("en_r07", "en", "refer", ["protected_person"],
  "A consignment declared as embassy supplies and addressed to the subject, second secretary at a foreign embassy here, was examined after a detector dog indicated on it: 18 kg of cocaine. It was not sealed as a diplomatic bag, which is why it could be opened. The subject collected two earlier consignments from the same sender in person. We are aware that immunity questions arise and leave them to the reviewer.",
  off=("serious_crime", "drug trafficking", 20), caps=["messages", "location"], nat="foreign",
  prof="second secretary, foreign embassy", text=["protected_person"])

S("en_r08", "en", "refer", ["protected_person"],
  "Unverified report, source of unknown reliability: the MP for the constituency receives monthly payments from a drug trafficker operating there. Nothing further at this stage.",
  off=("serious_crime", "bribery; receiving the proceeds of drug trafficking", 15), caps=["messages"],
  prof="member of parliament", text=["protected_person"])

S("en_r09", "en", "refer", ["protected_person"],
  "Customs at the northern crossing found two pistols inside a lens case belonging to the subject, a photojournalist returning from an assignment; he was released pending investigation. His phone, examined under a separate warrant at the time, contains messages with a known arms dealer agreeing a 'price per lens' for 'the next ten'. Messages and contacts to identify the buyers.",
  off=("serious_crime", "trafficking in firearms", 15), caps=["messages", "contacts"], reg="journalist",
  prof="photojournalist")

S("en_r10", "en", "refer", ["protected_person"],
  "Forged title deeds for 14 plots of land belonging to elderly owners, several of them deceased, were registered through the subject's conveyancing practice. The signatures of the land registry officer on all 14 are forgeries (handwriting report attached), and the sale proceeds of USD 1.3m were paid into the practice's client account and withdrawn in cash within days.",
  off=("serious_crime", "forgery of title deeds; fraud", 10), caps=["messages"], reg="lawyer",
  prof="conveyancing lawyer", agency="prosecution", legal=dict(type="prosecutor_order"))

S("en_r11", "en", "refer", ["extraterritorial_target"],
  "A businessman abducted from his farm eight days ago is being held across the border. Ransom calls to his family come from this number, which has been roaming on a foreign network since the day after the abduction. We are working with the authorities on the other side through police liaison channels and need the handset's location to share with them.",
  off=("serious_crime", "kidnapping for ransom", 25), caps=["location"], country="ZA", loc="MZ")

S("en_r12", "en", "refer", ["extraterritorial_target"],
  "Tech-support scam. Over 300 complaints from elderly victims called by 'bank security' and talked into installing remote-access software; average loss USD 6,000. Calls come through VoIP numbers which all forward to this mobile. The mobile is registered and located abroad, where the call centre operates.",
  off=("serious_crime", "fraud by an organised group (call-centre scam)", 10), caps=["messages", "contacts"],
  loc="abroad", nat="loc")

S("en_r13", "en", "refer", ["extraterritorial_target", "protected_person"],
  "The former Minister of Finance left the country two weeks before the Auditor-General's report was published. The audit found USD 48m paid for a dam that was never started, to a company whose shareholders are his nephews. An arrest warrant has been issued and an international notice is pending. He now lives abroad. Messages and contacts to trace the funds.",
  off=("serious_crime", "embezzlement of public funds; money laundering", 20), caps=["messages", "contacts"],
  reg="politician", loc="abroad", prof="former minister of finance")

S("en_r14", "en", "refer", ["extraterritorial_target"],
  "He stabbed his former business partner to death and left the country three days later; DNA from the scene matches. Border records show he crossed by bus. His number has reappeared on a foreign network. Location is needed to support an extradition request.",
  off=("serious_crime", "murder", 999), caps=["location"], loc="abroad")

S("en_r15", "en", "refer", ["extraterritorial_target"],
  "Operator of the 'Ferrum' ransomware panel, which has hit 14 local councils and a water utility here. Attribution rests on a reused PGP key and on this email address having been used to register the panel's hosting account; the hosting provider's records show all logins from abroad. Credentials are requested to access the panel and recover decryption keys for the victims.",
  off=("serious_crime", "unauthorised access to computer systems; extortion", 10), caps=["messages", "credentials"],
  ident="email", loc="abroad", nat="loc")

S("en_r16", "en", "refer", ["protected_person"],
  "The subject, a consular officer of a foreign state posted here, is suspected of selling genuine visas to a trafficking network. At least 40 young women travelled on visas he issued, each with the same sponsor letter from a company that does not exist; several have since been found in forced prostitution. The network's intermediary, arrested last month, had a ledger recording payments 'for the consul' of USD 1,500 per visa.",
  off=("serious_crime", "trafficking in persons; corruption", 15), caps=["messages", "contacts"],
  reg="diplomat", nat="foreign", prof="consular officer")

S("en_r17", "en", "refer", ["protected_person"],
  "A raid on a print shop found 60 blank passport booklets, a laminator and a stock of security foil. The owner says the subject ordered and paid for the work, and his phone contains messages from the subject sending passport photographs and personal details for 22 people. The subject is well known for her advocacy for migrants' rights, which is not the object of this request.",
  off=("serious_crime", "forgery of travel documents; smuggling of migrants", 10), caps=["messages", "contacts"],
  reg="human_rights_defender", prof="migrants' rights advocate")

S("en_r18", "en", "refer", ["protected_person"],
  "Platform referral: the account at this email shared 37 images of child sexual abuse in a closed group. Account recovery number and login IPs trace to the parish house where the subject lives alone. Hash matches to known abuse series confirmed.",
  off=("serious_crime", "possession and distribution of child sexual abuse material", 10), caps=["messages", "media"],
  reg="religious_leader", ident="email", prof="parish priest")

S("en_r19", "en", "refer", ["extraterritorial_target"],
  "Counterfeit antimalarial tablets containing no active ingredient have been found in 12 pharmacies; a child died after being treated with them. Packaging and the invoices trace to a supplier who now operates from abroad and still takes orders on this number. Statutory maximum for the counterfeiting offence is 6 years.",
  off=("serious_crime", "counterfeiting of medicines", 6), caps=["messages", "contacts"], loc="abroad")

S("en_r20", "en", "refer", ["protected_person"],
  "Our file lists the subject as a businessman; the registry check shows he is also a sitting county assembly member. Using forged allocation letters bearing the stamp of the Lands Office, he sold about 200 plots of public land reserved for a school and a clinic. Buyers have given statements and hold receipts signed by him.",
  off=("serious_crime", "land fraud; forgery", 12), caps=["messages"], reg="politician", prof="businessman",
  country="KE")

S("en_r21", "en", "refer", ["extraterritorial_target"],
  "A hired gunman is preparing to kill a journalist here who exposed a fuel-smuggling cartel. The contract was arranged by phone; an intercepted call between the cartel's accountant and this number settles the fee and the victim's home address. The gunman is currently abroad and is expected to cross back within days. The journalist is under protection; the target is the gunman.",
  off=("serious_crime", "conspiracy to murder", 999), caps=["messages", "location"], loc="abroad")

S("en_r22", "en", "refer", ["protected_person"],
  "The subject is abbot of the Sri Pannala monastery. Two bronze figures stolen from a provincial museum in May were found by customs in a crate addressed to a foreign dealer; the export papers describe them as 'modern replicas' and are signed by the subject. Messages between the dealer and the subject, recovered from the dealer's seized laptop, discuss prices for 'further pieces from the museum'.",
  off=("serious_crime", "trafficking in stolen cultural property", 10), caps=["messages"],
  prof="abbot of a monastery", country="LK", text=["protected_person"])

# =====================================================================================
# ESPAÑOL - PERMIT
# =====================================================================================

S("es_p01", "es", "permit", [],
  "El día 3 fue privado de la libertad un comerciante de abarrotes al salir de su negocio en la colonia Las Flores. Desde entonces la familia ha recibido cinco llamadas desde este número exigiendo 2 millones de pesos y advirtiendo que le cortarán un dedo si acuden a la autoridad.\n\nEl número se activó un día antes del secuestro con un chip comprado en efectivo. Las antenas que atendieron las llamadas coinciden con la zona donde se localizó la camioneta utilizada en el levantón, abandonada y con manchas de sangre de la víctima (dictamen pericial anexo). El juez de control autorizó la intervención esta madrugada. Se solicita geolocalización y contenido de mensajes para ubicar a la víctima con vida.",
  off=("serious_crime", "secuestro agravado con fines de extorsión", 50), caps=["messages", "location"],
  country="MX", agency="prosecution")

S("es_p02", "es", "permit", [],
  "Homicidio de un prestamista 'gota a gota' en el barrio San Judas: dos sicarios en motocicleta le dispararon seis veces a la salida de un billar. Cámaras de la cuadra captaron la placa; la moto figura a nombre del investigado, quien la reportó robada dos días DESPUÉS del hecho. Su celular (este abonado) registra actividad en la celda del billar a la hora del crimen. Se requiere ubicación y contactos para capturarlo e identificar al parrillero.",
  off=("serious_crime", "homicidio agravado (sicariato)", 50), caps=["location", "contacts"], country="CO",
  prof="mototaxista")

S("es_p03", "es", "permit", [],
  "Informe de la Unidad Antinarcóticos. Una lancha rápida interceptada frente a la costa transportaba 1,2 toneladas de clorhidrato de cocaína. Los tres tripulantes detenidos tenían guardado en sus teléfonos el número del investigado bajo el alias 'Patrón', y uno de ellos ha declarado que el investigado les pagó el combustible y les indicó las coordenadas de entrega. La empresa pesquera del investigado adquirió en el último año cuatro motores fuera de borda de 250 HP sin actividad pesquera registrada que lo justifique. Se piden mensajes, contactos y localización por 90 días.",
  off=("serious_crime", "tráfico ilícito de drogas en modalidad agravada", 25), caps=["messages", "contacts", "location"],
  country="EC", prof="empresario pesquero")

S("es_p04", "es", "permit", [],
  "Desde hace cuatro meses los comerciantes del mercado central pagan un 'cobro de piso' semanal a la banda de los Charlys. A quien no paga le balean el local: van cinco atentados, uno con un vendedor herido. Entre los extorsionados figura el dueño de una radio local, que fue quien difundió primero las denuncias; su condición de periodista no tiene relación con esta solicitud, él es víctima.\n\nLas cartas extorsivas incluyen este número para 'coordinar el pago'. Dos víctimas hicieron depósitos a cuentas de terceros cuyo titular reconoció haberlas prestado al investigado a cambio de dinero. Se solicita interceptación de mensajes y localización.",
  off=("serious_crime", "extorsión agravada; organización criminal", 15), caps=["messages", "location"],
  country="PE")

S("es_p05", "es", "permit", [],
  "Extorsión telefónica desde centro penitenciario. Modalidad 'secuestro virtual': llaman a familias diciendo tener retenido a un hijo y exigen depósitos inmediatos. 46 denuncias en tres meses. Los depósitos se cobran con tarjetas a nombre de la pareja del recluso investigado, y este número, que se conecta a la antena que da servicio al penal, fue el que llamó a 31 de los denunciantes. Se solicita mensajes y contactos para identificar a los cobradores en libertad.",
  off=("serious_crime", "extorsión", 8), caps=["messages", "contacts"], country="GT", prof="privado de libertad")

S("es_p06", "es", "permit", [],
  "Tres adolescentes rescatadas en un prostíbulo de la ruta 14 declararon ante la fiscalía que fueron captadas en su provincia con la promesa de trabajar como niñeras. El investigado las trasladó en su auto, les retuvo los documentos y cobraba 'la deuda del viaje' descontando de cada 'pase'. Las tres lo reconocieron en rueda de fotografías. En el celular de una de ellas hay audios de este número con amenazas a sus madres. Se presume que hay otras víctimas en un segundo local que todavía no ubicamos.",
  off=("serious_crime", "trata de personas con fines de explotación sexual, agravada por ser víctimas menores", 15),
  caps=["messages", "location", "media"], country="AR")

S("es_p07", "es", "permit", [],
  "Estafa agravada. El investigado, corredor de propiedades, vendió el mismo departamento a cuatro compradores distintos usando escrituras adulteradas, cobrando en total 310 millones de pesos. Las cuatro víctimas presentaron querella y se cuenta con los comprobantes de transferencia a su cuenta. La pena máxima del delito imputado es de seis años. Se requiere la revisión de mensajes para determinar la participación del notario que autorizó las firmas.",
  off=("serious_crime", "estafa agravada", 6), caps=["messages"], country="CL", agency="prosecution",
  legal=dict(type="prosecutor_order"), prof="corredor de propiedades")

S("es_p08", "es", "permit", [],
  "Investigación en curso por lavado de activos vinculado a narcotráfico. Se adjunta orden judicial. Solo localización.",
  off=("serious_crime", "lavado de activos", 15), caps=["location"])

S("es_p09", "es", "permit", [],
  "El pasado domingo fue asesinada a machetazos la presidenta de la junta de acción comunal de la vereda El Roble, conocida por su oposición a la minería ilegal en la cuenca. Su activismo explica por qué la mataron, pero la persona investigada no es ella sino el presunto autor material.\n\nDos testigos ubican al investigado, capataz de una mina ilegal de la zona, saliendo de la finca de la víctima con la ropa ensangrentada. Días antes había escrito desde este número a un tercero: 'esa vieja ya no va a joder más'. El investigado se encuentra prófugo. Se solicita localización y mensajes.",
  off=("serious_crime", "homicidio agravado", 50), caps=["location", "messages"], country="CO",
  prof="capataz de mina")

S("es_p10", "es", "permit", [],
  "El objetivo, de nacionalidad extranjera y con residencia temporal en el país, vende armas de fuego de uso militar a pandillas locales. Un agente encubierto le compró dos fusiles de asalto y 500 cartuchos en dos entregas grabadas en video. Dijo que las armas ingresan por la frontera norte ocultas en camiones de verdura. Su nacionalidad solo se consigna como dato de filiación.",
  off=("serious_crime", "tráfico ilícito de armas de fuego", 15), caps=["messages", "contacts", "location"],
  country="CR", nat="foreign", prof="comerciante")

S("es_p11", "es", "permit", [],
  "Grupo dedicado al 'phishing' bancario: envían SMS suplantando a la entidad, recogen las claves en una web clonada y vacían las cuentas mediante transferencias a 'mulas'. Hay 912 perjudicados identificados y un perjuicio superior a 1,4 millones de euros. El servidor de la web clonada se contrató con esta dirección de correo, y la misma cuenta recibe los avisos de alta de las cuentas mula. Se solicita acceso a mensajes y credenciales para identificar al resto de integrantes y bloquear las cuentas receptoras.",
  off=("serious_crime", "estafa informática continuada; pertenencia a organización criminal", 8),
  caps=["messages", "credentials"], ident="email", country="ES", prof="desconocida")

# =====================================================================================
# ESPAÑOL - DENY
# =====================================================================================

S("es_d01", "es", "deny", ["expression_not_crime", "terrorism_definition_unmet"],
  "El investigado, autoridad comunal, encabeza desde hace once días el bloqueo pacífico de la carretera de acceso al proyecto hidroeléctrico, en rechazo a la obra. No se han reportado hechos de violencia ni daños. El bloqueo afecta el transporte de materiales y la empresa reporta pérdidas diarias. El Ministerio del Interior califica la medida como terrorismo por afectar un proyecto de interés nacional. Se solicita conocer sus comunicaciones con otros dirigentes y las fuentes de financiamiento de la protesta.",
  off=("terrorism", "terrorismo", 30), caps=["messages", "contacts"], prof="autoridad comunal indígena",
  text=["expression_not_crime", "terrorism_definition_unmet"])

S("es_d02", "es", "deny", ["expression_not_crime"],
  "La investigada trabaja como analista de datos en una ONG y ha publicado un tablero en línea con 1.300 casos de muertes en intervenciones policiales, construido con actas de levantamiento de cadáver que, según la Policía, solo pudo haber obtenido de fuentes internas. La publicación ha sido replicada por medios internacionales y afecta la imagen de la institución. Se solicita interceptar sus comunicaciones para identificar a los funcionarios que le entregaron la información.",
  off=("serious_crime", "revelación de secretos de Estado", 8), caps=["messages", "contacts"],
  prof="analista de datos de una ONG de derechos humanos", text=["expression_not_crime", "protected_person"])

S("es_d03", "es", "deny", ["protected_ground"],
  "En el barrio Villa Esperanza han aumentado los robos a transeúntes desde la llegada de ciudadanos venezolanos. El objetivo es venezolano, vive en el sector desde hace seis meses y trabaja de forma informal. No hay denuncia específica en su contra, pero se considera conveniente monitorear a este grupo poblacional.",
  off=("serious_crime", "hurto agravado; concierto para delinquir", 8), caps=["location", "contacts"],
  country="CO", nat="VE", prof="vendedor ambulante", text=["protected_ground"])

S("es_d04", "es", "deny", ["expression_not_crime"],
  "Se presume su vinculación con estructuras armadas ilegales, toda vez que en sus redes sociales publica con frecuencia críticas contra el Ejército y comparte denuncias sobre presuntas ejecuciones extrajudiciales. Una fuente humana refiere que 'se mueve con gente rara'. No se cuenta con otros elementos.",
  off=("serious_crime", "concierto para delinquir agravado", 12), caps=["messages", "contacts", "location"],
  prof="estudiante universitario", text=["expression_not_crime"])

S("es_d05", "es", "deny", ["protected_ground"],
  "La investigada es coordinadora de campaña del partido opositor Alianza Ciudadana en el departamento. Se solicita la intervención de sus comunicaciones con el fin de conocer la estrategia electoral del partido, sus fuentes de financiamiento y los contactos que mantiene con dirigentes departamentales de cara a las elecciones de noviembre.",
  off=("serious_crime", "asociación ilícita", 10), caps=["messages", "contacts"],
  prof="coordinadora de campaña", text=["protected_ground"])

S("es_d06", "es", "deny", ["purpose_not_permitted"],
  "Hurto agravado de cable de cobre de la red de alumbrado público, tres tramos en el último mes. El investigado fue visto cargando rollos de cable en su camioneta y vende cobre a un depósito de chatarra. Pena máxima: cinco años.",
  off=("serious_crime", "hurto agravado", 5), caps=["location"], prof="chatarrero")

S("es_d07", "es", "deny", ["no_legal_basis"],
  "Extorsión a transportistas de la ruta Norte. El investigado, alias 'el Flaco', cobra 200 dólares mensuales por unidad y ha quemado dos buses de empresas que se negaron. Los conductores lo identifican y han entregado capturas de sus mensajes desde este número. Se adjunta la orden judicial de intervención.",
  off=("serious_crime", "extorsión", 12), caps=["messages", "location"], legal=dict(valid=-3 * 86400))

S("es_d08", "es", "deny", ["no_legal_basis"],
  "URGENTE: menor de 12 años secuestrada a la salida del colegio hace tres horas; los captores llamaron a la madre desde este número exigiendo dinero. Dada la urgencia se procede sin orden judicial y se regularizará después.",
  off=("serious_crime", "secuestro extorsivo", 40), caps=["location"], legal=dict(type="none", ref=None, valid=None))

S("es_d09", "es", "deny", ["non_government_end_user"],
  "Por encargo de nuestro cliente, una empresa minera, investigamos la sustracción de cátodos de cobre en el trayecto entre la planta y el puerto. Hay indicios de que uno de los choferes contratados desvía la carga en un punto intermedio: su camión se detiene 40 minutos fuera de ruta en cada viaje según el GPS. Solicitamos monitorear su teléfono para identificar al receptor.",
  off=("serious_crime", "hurto agravado de mercancías en tránsito", 8), caps=["location", "messages"],
  agency="private", agency_name="Vigilancia Integral Andina S.A.C.", country="PE", prof="chofer de carga")

S("es_d10", "es", "deny", ["quota_exceeded"],
  "Coordinador de los envíos de pasta base de cocaína que cruzan la frontera por trochas. Actualmente se encuentra del otro lado, desde donde dirige a los 'caleteros'. Identificado por el análisis de los teléfonos incautados a dos de ellos.",
  off=("serious_crime", "tráfico de drogas", 20), caps=["messages", "location"], country="CO", loc="EC",
  quota="over")

S("es_d11", "es", "deny", ["licence_inactive"],
  "Red de trata que capta mujeres jóvenes con ofertas de empleo en el extranjero. Seis víctimas repatriadas identificaron al investigado como quien les compró los pasajes y las entregó en el aeropuerto de destino. Movimientos bancarios coinciden con las fechas de viaje.",
  off=("serious_crime", "trata de personas", 15), caps=["messages", "contacts"], status="expired",
  agency="prosecution")

S("es_d12", "es", "deny", ["capability_out_of_scope", "purpose_not_permitted"],
  "Suplantación de identidad en redes sociales para solicitar préstamos a los contactos de las víctimas. Se solicita activar el micrófono del equipo para escuchar las conversaciones del investigado con sus cómplices. La pena aplicable aún no está determinada, pues el tipo penal está en reforma.",
  off=("serious_crime", "suplantación de identidad informática", None), caps=["messages", "microphone"],
  missing=["microphone"])

# =====================================================================================
# ESPAÑOL - REFER
# =====================================================================================

S("es_r01", "es", "refer", ["protected_person"],
  "El investigado es alcalde municipal en funciones. Un contratista que se acogió a colaboración eficaz entregó grabaciones en las que el alcalde acuerda con el jefe de plaza del cártel local la entrega de obras a empresas fachada a cambio de aportes mensuales. La Unidad de Análisis Financiero detectó depósitos por 4,2 millones a nombre de su cuñado, coincidentes con los pagos de esas obras.",
  off=("serious_crime", "cohecho; lavado de activos", 15), caps=["messages", "contacts"], prof="servidor público",
  agency="prosecution", legal=dict(type="prosecutor_order"), text=["protected_person"])

S("es_r02", "es", "refer", ["protected_person"],
  "El objetivo se presenta como periodista de un portal digital de noticias. Cuatro empresarios denunciaron que les exigió pagos mensuales a cambio de no publicar 'investigaciones' sobre supuestas irregularidades; uno de ellos grabó la reunión en la que el objetivo fija la cifra y la cuenta de depósito. La investigación se refiere exclusivamente a esas exigencias de dinero.",
  off=("serious_crime", "extorsión", 12), caps=["messages"], prof="comunicador", text=["protected_person"])

S("es_r03", "es", "refer", ["extraterritorial_target"],
  "La víctima, un ganadero de 60 años, fue secuestrada hace diez días y trasladada al otro lado de la frontera, según la prueba de vida enviada a la familia. Las llamadas de negociación provienen de este número, que se conecta a una red extranjera. Se coordinará con la policía del país vecino por canales de cooperación.",
  off=("serious_crime", "secuestro agravado", 50), caps=["location", "messages"], country="MX", loc="GT")

S("es_r04", "es", "refer", ["extraterritorial_target"],
  "Estafas telefónicas a personas mayores ('hijo en apuros'): 140 denuncias en seis provincias. Las llamadas se originan en un centro de llamadas situado en el extranjero, y el responsable del grupo utiliza este número para dar instrucciones a los 'recogedores' que acuden a los domicilios a por el dinero.",
  off=("serious_crime", "estafa; organización criminal", 8), caps=["messages", "contacts"], country="ES",
  loc="abroad", nat="loc")

S("es_r05", "es", "refer", ["extraterritorial_target", "protected_person"],
  "Abogado que estructuró 37 sociedades en el extranjero para invertir en inmuebles el dinero de una organización narcotraficante. Actualmente reside fuera del país. Se cuenta con los registros societarios y con la declaración de un contador que colabora con la fiscalía.",
  off=("serious_crime", "lavado de activos", 15), caps=["messages", "contacts"], reg="lawyer", loc="abroad",
  prof="abogado corporativo", agency="prosecution")

S("es_r06", "es", "refer", ["protected_person"],
  "Diputado provincial. Auditoría de la Contraloría detectó el pago de 90 obras de agua potable que no existen, a favor de empresas de un testaferro del investigado. Los fondos fueron retirados en efectivo y parte de ellos terminó en la compra de tres haciendas a nombre de su esposa.",
  off=("serious_crime", "peculado; lavado de activos", 12), caps=["messages"], reg="politician",
  prof="legislador", agency="prosecution", legal=dict(type="prosecutor_order"))

S("es_r07", "es", "refer", ["protected_person"],
  "El investigado es dueño y director de un canal de televisión regional. Los estados financieros del canal muestran ingresos por publicidad diez veces superiores a los espacios emitidos; los pagos provienen de empresas vinculadas al clan de los Urrutia, organización narcotraficante. Un exgerente comercial declaró que las facturas eran ficticias y que el director recibía el efectivo personalmente.",
  off=("serious_crime", "lavado de activos", 15), caps=["messages", "contacts"], reg="journalist",
  prof="director de medio de comunicación", quota="edge")

# =====================================================================================
# FRANÇAIS - PERMIT
# =====================================================================================

S("fr_p01", "fr", "permit", [],
  "Le fils d'un commerçant en gros (14 ans) a été enlevé jeudi à la sortie de son collège par trois individus armés. Depuis, la famille reçoit des appels exigeant 80 millions de francs CFA, avec l'envoi d'une photographie de l'enfant ligoté.\n\nTous les appels proviennent de ce numéro, activé la veille de l'enlèvement avec une pièce d'identité volée. Le bornage situe le téléphone dans un quartier périphérique où un véhicule correspondant à celui des ravisseurs a été signalé par des riverains. Le juge d'instruction a délivré l'autorisation ce matin. Géolocalisation en temps réel et interception des messages demandées.",
  off=("serious_crime", "enlèvement et séquestration de mineur avec demande de rançon", 30), caps=["location", "messages"],
  country="CI")

S("fr_p02", "fr", "permit", [],
  "Règlement de comptes sur fond de trafic de stupéfiants : un jeune homme de 19 ans abattu de onze balles de kalachnikov au pied d'un immeuble de la cité des Oliviers, dans la nuit de samedi. Le véhicule des tireurs, retrouvé incendié, avait été loué par l'intéressé sous un faux nom ; la caméra de l'agence de location l'a filmé. Ce numéro a borné sur le relais couvrant la cité entre 01h50 et 02h20. Les enquêteurs sollicitent la géolocalisation et les contacts afin de l'interpeller et d'identifier les deux autres membres du commando.",
  off=("serious_crime", "assassinat en bande organisée", 999), caps=["location", "contacts"], country="FR",
  agency="police", prof="sans profession déclarée")

S("fr_p03", "fr", "permit", [],
  "Go-fast. Deux véhicules interceptés sur l'autoroute avec 640 kg de résine de cannabis. Le conducteur du véhicule ouvreur a reconnu avoir été recruté et payé par l'intéressé, qui lui transmettait les consignes depuis ce numéro. Trois autres remontées depuis la frontière ont été identifiées par lecture automatique des plaques. Demande : contenu des messages + localisation, 2 mois.",
  off=("serious_crime", "trafic de stupéfiants en bande organisée", 30), caps=["messages", "location"],
  country="BE")

S("fr_p04", "fr", "permit", [],
  "Escroquerie aux faux ordres de virement. Le comptable d'une PME de transport a reçu un appel d'un prétendu président du groupe lui demandant un virement « confidentiel » pour une acquisition ; 1,8 M€ ont été virés vers un compte ouvert à l'étranger. L'adresse électronique usurpant celle du président a été créée depuis une connexion qui a également servi, la même semaine, à consulter la messagerie visée. Deux autres sociétés ont été victimes selon le même mode opératoire. Les enquêteurs demandent l'accès aux messages et aux identifiants afin de retracer le circuit des fonds et d'identifier les autres membres du réseau.",
  off=("serious_crime", "escroquerie en bande organisée (faux ordres de virement); blanchiment", 10),
  caps=["messages", "credentials"], ident="email", country="LU", agency="prosecution",
  legal=dict(type="prosecutor_order"))

S("fr_p05", "fr", "permit", [],
  "Neuf femmes ont été découvertes lors d'une perquisition dans deux appartements loués par l'intéressé. Elles déclarent avoir été recrutées dans leur pays d'origine pour du travail en salon de coiffure, puis contraintes à la prostitution pour rembourser une « dette » de 30 000 euros chacune. Leurs passeports ont été retrouvés dans le coffre de la voiture de l'intéressé. L'intéressé, de nationalité étrangère, est titulaire d'un titre de séjour ; cette nationalité n'entre pas dans les motifs de la demande. Interception des messages et des contacts pour identifier les recruteurs et les autres lieux d'exploitation.",
  off=("serious_crime", "traite des êtres humains aggravée; proxénétisme aggravé", 10), caps=["messages", "contacts"],
  country="FR", nat="foreign")

S("fr_p06", "fr", "permit", [],
  "Le 12, un rançongiciel a chiffré l'ensemble des serveurs de la communauté d'agglomération (état civil, paie, eau potable), avec une demande de 600 000 dollars en cryptoactifs. L'analyse des journaux a permis de retrouver le compte d'accès distant utilisé pour l'intrusion : il avait été acheté sur un forum criminel par un vendeur dont le pseudonyme est associé à cette adresse électronique, laquelle a aussi servi à ouvrir un portefeuille ayant reçu une partie des rançons précédentes du groupe.\n\nInterception des messages et accès aux identifiants sollicités.",
  off=("serious_crime", "extorsion en bande organisée; atteinte à un système de traitement automatisé de données", 10),
  caps=["messages", "credentials"], ident="email")

S("fr_p07", "fr", "permit", [],
  "L'intéressé, qui se réclame d'une organisation jihadiste, a acquis deux fusils d'assaut et un gilet pare-balles auprès d'un trafiquant aujourd'hui interpellé. Sur la messagerie chiffrée qu'il utilisait avec ce trafiquant, il a écrit vouloir « faire un carnage » lors du concert de fin d'année et a demandé un plan de la salle. Il a effectué trois repérages filmés aux abords. Le projet vise à tuer un grand nombre de civils pour terroriser la population. La demande porte sur l'ensemble des communications, la localisation et le micro de l'appareil, compte tenu de l'imminence.",
  off=("terrorism", "association de malfaiteurs terroriste en vue de la préparation d'un attentat", 30),
  caps=["messages", "location", "microphone", "contacts"], agency="intelligence",
  legal=dict(type="administrative_order"))

S("fr_p08", "fr", "permit", [],
  "Le gérant d'une coopérative d'épargne a détourné les dépôts de 850 membres (environ 240 millions de francs CFA) en inscrivant des prêts fictifs au nom de membres décédés. L'inspection de la tutelle a relevé les écritures et les retraits en espèces effectués par lui. Abus de confiance aggravé : peine maximale de six ans. Les messages sont demandés pour identifier les complices dans l'agence bancaire.",
  off=("serious_crime", "abus de confiance aggravé", 6), caps=["messages"], country="SN",
  prof="gérant de coopérative d'épargne")

S("fr_p09", "fr", "permit", [],
  "Aide à l'entrée irrégulière en bande organisée. Passeur principal. Voir PV joints.",
  off=("serious_crime", "aide à l'entrée et au séjour irréguliers en bande organisée", 10), caps=["location", "messages"])

S("fr_p10", "fr", "permit", [],
  "Dans la nuit du 7 au 8, la voiture d'un journaliste de l'hebdomadaire local a été incendiée devant son domicile, trois jours après la parution de son enquête sur les marchés publics de la commune. Un mot glissé dans sa boîte aux lettres le menaçait de mort. Les images de vidéoprotection montrent un homme aspergeant le véhicule d'essence ; il a été identifié comme l'intéressé, employé d'une entreprise citée dans l'article. Le journaliste est la victime ; la demande vise l'auteur présumé de l'incendie et des menaces, et éventuellement ses commanditaires.",
  off=("serious_crime", "destruction par incendie du bien d'autrui; menaces de mort", 10), caps=["messages", "contacts"],
  prof="conducteur d'engins")

# =====================================================================================
# FRANÇAIS - DENY
# =====================================================================================

S("fr_d01", "fr", "deny", ["expression_not_crime", "terrorism_definition_unmet"],
  "L'intéressé, délégué syndical, a appelé à la grève générale et à une marche pacifique contre la vie chère, relayées sur les réseaux sociaux. La marche a rassemblé 20 000 personnes et paralysé la circulation du centre-ville pendant une journée, sans incident notable. Le gouvernement considère que ces appels constituent des actes de terrorisme visant à déstabiliser les institutions. Surveillance demandée en vue des prochaines mobilisations.",
  off=("terrorism", "actes de terrorisme; entrave à la circulation", 20), caps=["messages", "contacts"],
  prof="délégué syndical", text=["expression_not_crime", "terrorism_definition_unmet"])

S("fr_d02", "fr", "deny", ["expression_not_crime"],
  "L'intéressé, chercheur indépendant, a publié sur son site une analyse des contrats d'armement passés par le ministère de la Défense depuis 2019, en s'appuyant sur des documents internes qu'il dit avoir reçus anonymement. Ses conclusions sur les surcoûts ont été reprises par la presse et des députés ont demandé une commission d'enquête. Il convient d'identifier par l'interception de ses communications les personnes qui lui ont remis ces documents.",
  off=("serious_crime", "compromission du secret de la défense nationale", 7), caps=["messages", "contacts"],
  agency="intelligence", prof="chercheur indépendant", text=["expression_not_crime"])

S("fr_d03", "fr", "deny", ["protected_ground", "terrorism_definition_unmet"],
  "L'intéressé fréquente assidûment une mosquée de tendance salafiste, s'est laissé pousser la barbe et a cessé de serrer la main de ses collègues féminines selon son employeur. Sa pratique religieuse s'est nettement rigidifiée depuis un an. Aucun propos violent ni projet d'action n'a été signalé à ce stade. Une surveillance est sollicitée au titre de la prévention du terrorisme.",
  off=("terrorism", "association de malfaiteurs terroriste", 30), caps=["messages", "contacts", "location"],
  agency="intelligence", prof="agent de maintenance", text=["protected_ground", "terrorism_definition_unmet"])

S("fr_d04", "fr", "deny", ["expression_not_crime"],
  "Selon des rumeurs recueillies au marché hebdomadaire, l'intéressée serait « en lien » avec les auteurs des vols de bétail qui touchent le canton. Elle est surtout connue pour avoir lancé une pétition, signée par plus de 2 000 habitants, contre la gestion du chef de canton et du préfet, qu'elle accuse de protéger les voleurs. Aucun élément matériel ne la rattache aux vols.",
  off=("serious_crime", "association de malfaiteurs; vol de bétail", 10), caps=["messages", "location"],
  country="NE", prof="enseignante", text=["expression_not_crime"])

S("fr_d05", "fr", "deny", ["terrorism_definition_unmet"],
  "Dans la nuit de mardi, quatre pelleteuses du chantier de l'autoroute ont été incendiées ; le chantier était fermé et gardé à distance, personne n'a été blessé. Le préjudice dépasse 1,2 M€. Les traces ADN relevées sur un bidon abandonné correspondent à l'intéressé, déjà connu pour des dégradations sur ce même chantier. Le maître d'ouvrage et la préfecture demandent que les faits soient poursuivis sous la qualification terroriste.",
  off=("terrorism", "acte de terrorisme (destruction de biens)", 20), caps=["messages", "location"],
  prof="sans emploi", text=["terrorism_definition_unmet"])

S("fr_d06", "fr", "deny", ["purpose_not_permitted"],
  "Recel de téléphones volés. L'intéressé revend sur une plateforme en ligne des smartphones dont 17 ont été identifiés par IMEI comme provenant de vols à l'arraché. Peine encourue : 5 ans. Demande de messages et de localisation pour remonter aux voleurs.",
  off=("serious_crime", "recel de vol", 5), caps=["messages", "location"])

S("fr_d07", "fr", "deny", ["no_legal_basis"],
  "Point de deal de la cité Pasteur. L'intéressé en est le gérant : il organise les rotations des guetteurs et des vendeurs et collecte la recette quotidienne (estimée à 15 000 euros). Identifié par les surveillances physiques et par les déclarations de deux vendeurs interpellés. Ordonnance du JLD ci-jointe.",
  off=("serious_crime", "trafic de stupéfiants", 10), caps=["messages", "location"], country="FR",
  legal=dict(valid=-1))

S("fr_d08", "fr", "deny", ["no_legal_basis"],
  "Escroquerie aux fausses locations de vacances : 230 victimes ont versé des acomptes pour des villas inexistantes annoncées sur des sites de petites annonces. Les virements aboutissent sur des comptes de mules recrutées par l'intéressé, qui les contacte depuis ce numéro. Autorisation du magistrat obtenue, référence en cours d'attribution par le greffe.",
  off=("serious_crime", "escroquerie en bande organisée", 10), caps=["messages"], legal=dict(ref=""))

S("fr_d09", "fr", "deny", ["licence_inactive"],
  "Meurtre d'une femme de 34 ans à son domicile ; son ex-conjoint, l'intéressé, est en fuite depuis les faits. Son ADN a été retrouvé sous les ongles de la victime. Localisation urgente.",
  off=("serious_crime", "meurtre", 30), caps=["location"], status="revoked")

S("fr_d10", "fr", "deny", ["licence_inactive"],
  "L'intéressé gère, depuis l'étranger, un réseau de sociétés écrans utilisé pour blanchir le produit d'un trafic de cocaïne : 22 M€ ont transité par ces sociétés en dix-huit mois. Les déclarations de soupçon de trois établissements bancaires et l'analyse des flux le désignent comme le donneur d'ordre.",
  off=("serious_crime", "blanchiment en bande organisée", 10), caps=["messages", "contacts"], loc="abroad",
  signed=False, agency="other_government")

S("fr_d11", "fr", "deny", ["capability_out_of_scope"],
  "Proxénétisme aggravé : l'intéressé exploite au moins six jeunes femmes dans des appartements loués à la nuitée et publie leurs annonces sur des sites d'escorte. Demande d'activation de la caméra de l'appareil afin d'identifier les lieux et les victimes, en plus de l'interception des messages.",
  off=("serious_crime", "proxénétisme aggravé", 10), caps=["messages", "camera"], missing=["camera"])

S("fr_d12", "fr", "deny", ["expression_not_crime", "purpose_not_permitted"],
  "L'intéressé, rappeur connu, a diffusé un morceau dans lequel il traite le chef de l'État de « voleur » et de « dictateur ». Le clip totalise deux millions de vues. Offense au chef de l'État. Il s'agit d'identifier son entourage et ses financements.",
  off=("other", "offense au chef de l'État", 1), caps=["messages", "contacts"], prof="artiste musicien",
  text=["expression_not_crime"])

# =====================================================================================
# FRANÇAIS - REFER
# =====================================================================================

S("fr_r01", "fr", "refer", ["protected_person"],
  "L'intéressé est avocat fiscaliste. Il a créé et domicilié dans son cabinet 14 sociétés qui ont reçu, sous couvert de prestations de conseil, 9 M€ issus d'un trafic de cocaïne, puis les ont réinvestis dans l'immobilier. Un ancien collaborateur du cabinet a remis aux enquêteurs les tableaux de suivi des fonds, annotés de la main de l'intéressé. Les échanges couverts par le secret professionnel avec ses clients étrangers au dossier seront écartés.",
  off=("serious_crime", "blanchiment aggravé", 10), caps=["messages", "contacts"], prof="avocat fiscaliste",
  agency="prosecution", text=["protected_person"])

S("fr_r02", "fr", "refer", ["protected_person"],
  "Député de la circonscription, l'intéressé aurait perçu 150 000 euros d'un promoteur immobilier en échange de son intervention pour la modification du plan d'urbanisme. Le promoteur a reconnu les faits en garde à vue et remis les relevés des versements effectués à une association présidée par l'épouse de l'élu.",
  off=("serious_crime", "corruption passive; trafic d'influence", 10), caps=["messages"], prof="élu",
  agency="prosecution", legal=dict(type="prosecutor_order"), text=["protected_person"])

S("fr_r03", "fr", "refer", ["protected_person"],
  "L'intéressé, recteur d'une mosquée, a vendu à 312 fidèles des forfaits de pèlerinage à La Mecque, pour un montant total d'environ 1,1 million d'euros, sans jamais réserver ni vols ni visas. Les victimes ont déposé plainte après l'annulation du départ ; les fonds ont été transférés vers des comptes ouverts au nom de sa société de voyages, elle-même sans agrément. Sa qualité de ministre du culte est sans rapport avec les faits reprochés, qui relèvent de l'escroquerie.",
  off=("serious_crime", "escroquerie en bande organisée", 10), caps=["messages", "contacts"],
  prof="recteur de mosquée", country="BE", text=["protected_person"])

S("fr_r04", "fr", "refer", ["extraterritorial_target"],
  "Le principal fournisseur de cocaïne des réseaux de la capitale s'est installé de l'autre côté de la frontière depuis l'arrestation de son bras droit. Il continue d'organiser les livraisons par pirogue depuis ce numéro, selon les déclarations concordantes de deux passeurs interpellés.",
  off=("serious_crime", "trafic international de cocaïne", 20), caps=["messages", "location"], country="SN", loc="GM")

S("fr_r05", "fr", "refer", ["extraterritorial_target", "protected_person"],
  "L'intéressé, consul en poste à l'étranger, délivre contre paiement de vrais passeports nationaux à des ressortissants étrangers recherchés : 48 passeports identifiés à ce jour, dont un retrouvé sur un trafiquant de drogue interpellé en Europe. Les sommes versées transitent par un compte au nom de son frère.",
  off=("serious_crime", "corruption; délivrance frauduleuse de documents administratifs", 10), caps=["messages", "contacts"],
  reg="diplomat", loc="abroad", prof="consul")

S("fr_r06", "fr", "refer", ["protected_person"],
  "Un homme accusé d'être un indicateur de police a été enlevé par cinq membres d'un comité de défense des droits humains, séquestré deux jours dans un local de l'association et frappé à coups de bâton. Relâché, il a identifié formellement l'intéressée, présidente du comité, comme celle qui dirigeait l'interrogatoire. Un certificat médical atteste de fractures. Les activités de plaidoyer de l'association ne sont pas visées.",
  off=("serious_crime", "enlèvement et séquestration; violences aggravées", 20), caps=["messages", "location"],
  reg="human_rights_defender", prof="présidente d'association")

S("fr_r07", "fr", "refer", ["extraterritorial_target"],
  "Escroquerie aux sentiments : une quarantaine de victimes, souvent âgées, ont été amenées par de faux profils sur des sites de rencontre à verser au total 2,3 M€. Les comptes de réception sont gérés depuis l'étranger par l'intéressé, identifié grâce aux adresses IP de connexion et à un transfert d'argent retiré sur présentation de son passeport.",
  off=("serious_crime", "escroquerie en bande organisée", 10), caps=["messages"], loc="abroad", nat="loc",
  country="FR")

S("fr_r08", "fr", "refer", ["extraterritorial_target", "protected_person"],
  "Un groupe armé retient depuis quatre mois deux ingénieurs et exige la libération de dix de ses membres détenus, en menaçant d'exécuter les otages. L'intéressé, journaliste installé à l'étranger, sert d'intermédiaire pour la collecte et l'acheminement de fonds au groupe : un transfert de 200 000 euros qu'il a réceptionné a été retrouvé chez un financier du groupe arrêté. Demande de localisation et d'interception des messages pour retrouver les otages.",
  off=("terrorism", "financement d'une entreprise terroriste; complicité de prise d'otages", 30),
  caps=["messages", "location"], reg="journalist", loc="abroad", prof="journaliste", agency="intelligence")

# =====================================================================================
# BUILD
# =====================================================================================

def phone(rng, country):
    cc, n = DIAL[country]
    first = str(rng.randint(2, 9))
    return "+" + cc + first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def identifier(rng, kind, loc_country):
    if kind == "phone":
        return phone(rng, loc_country)
    if kind == "email":
        user = rng.choice(EMAIL_WORDS) + rng.choice([".", "_", ""]) + rng.choice(EMAIL_WORDS) + str(rng.randint(1, 999))
        return "email:" + user + "@" + rng.choice(EMAIL_DOMAINS)
    if kind == "device":
        return "device:IMEI-35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    raise ValueError(kind)


def reference(rng, lang, ltype, year):
    fmt = rng.choice(REF_FORMATS[lang][ltype])
    return fmt.format(y=year, n3="%03d" % rng.randint(1, 999), n4="%04d" % rng.randint(1, 9999),
                      n5="%05d" % rng.randint(1, 99999))


def build(sc, rng):
    lang = sc["lang"]
    country = sc.get("country") or rng.choice(POOL[lang])
    atype = sc.get("agency", "police")
    aname = sc.get("agency_name") or rng.choice(AGENCIES[lang][atype])
    now = BASE + timedelta(minutes=rng.randrange(0, 350 * 24 * 60))

    loc = sc.get("loc", "home")
    if loc == "home":
        loc_c = country
    elif loc == "abroad":
        loc_c = rng.choice([c for c in ABROAD if c != country])
    else:
        loc_c = loc
    nat = sc.get("nat", "home")
    if nat == "home":
        nat_c = country
    elif nat == "loc":
        nat_c = loc_c
    elif nat == "foreign":
        nat_c = rng.choice([c for c in ABROAD if c != country])
    else:
        nat_c = nat

    ident = identifier(rng, sc.get("ident", "phone"), loc_c)

    # licence capabilities: requested minus 'missing', plus random extras (never a missing one)
    req = list(sc.get("caps", ["messages", "location"]))
    missing = set(sc.get("missing", []))
    assert missing <= set(req), sc["key"]
    if sc.get("lic_all"):
        lic = set(CAPS)
    else:
        lic = set(req) - missing
        others = [c for c in CAPS if c not in lic and c not in missing]
        lic |= set(rng.sample(others, rng.randint(0, min(3, len(others)))))
    if not lic:
        lic = {rng.choice([c for c in CAPS if c not in missing])}
    lic_caps = [c for c in CAPS if c in lic]

    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    q = sc.get("quota")
    if q is None:
        act = rng.randint(0, mx - 2)
    elif q == "edge":
        act = mx - 1
    elif q == "at":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 5)
    else:
        raise ValueError(q)

    # legal basis
    lg = dict(sc.get("legal", {}))
    ltype = lg.get("type", "judicial_warrant")
    dflt = None if ltype == "none" else "auto"
    ref = lg.get("ref", dflt)
    valid = lg.get("valid", dflt)
    if ref == "auto":
        ref = reference(rng, lang, ltype if ltype != "none" else "administrative_order", now.year)
    if valid == "auto":
        day = (now + timedelta(days=rng.randint(3, 150))).replace(hour=0, minute=0, second=0)
        valid_s = iso(day)
    elif valid is None:
        valid_s = None
    else:
        valid_s = iso(now + timedelta(seconds=valid))

    cat, label, pen = sc["off"]
    rec = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": country,
            "customer_agency": aname,
            "agency_type": atype,
            "status": sc.get("status", "active"),
            "certificate_signed": sc.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc_c,
                "nationality": nat_c,
                "profession": sc.get("prof", "unknown"),
                "registry_match": sc.get("reg"),
            },
            "offence": {"category": cat, "label": label, "max_penalty_years": pen},
            "legal_basis": {"type": ltype, "reference": ref, "valid_until": valid_s},
            "capabilities": req,
            "justification": sc["just"],
        },
        "expected": None,
    }
    return rec


def structured_clauses(rec):
    """Every clause that the structured fields decide, computed from the finished record."""
    L, R = rec["licence"], rec["request"]
    held = set()
    if L["status"] != "active" or L["certificate_signed"] is not True:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    o = R["offence"]
    if o["category"] == "other":
        held.add("purpose_not_permitted")
    elif o["category"] == "serious_crime" and (o["max_penalty_years"] is None or o["max_penalty_years"] < THRESHOLD):
        held.add("purpose_not_permitted")
    lb = R["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(rec["now"])):
        held.add("no_legal_basis")
    if any(c not in L["capabilities"] for c in R["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if R["target"]["registry_match"] is not None:
        held.add("protected_person")
    if R["target"]["location_country"] != L["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    deny = sorted(set(held) & set(DENY))
    if deny:
        return "deny", deny
    refer = sorted(set(held) & set(REFER))
    if refer:
        return "refer", refer
    return "permit", []


def validate_shape(sc, rec):
    errs = []
    L, R = rec["licence"], rec["request"]
    if sc["lang"] not in POOL:
        errs.append("lang")
    if L["agency_type"] not in AGENCY_TYPES:
        errs.append("agency_type")
    if L["status"] not in STATUSES:
        errs.append("status")
    if R["target"]["registry_match"] not in REGISTRY:
        errs.append("registry_match")
    if R["offence"]["category"] not in {"terrorism", "serious_crime", "other"}:
        errs.append("category")
    if R["legal_basis"]["type"] not in LEGAL_TYPES:
        errs.append("legal type")
    for c in R["capabilities"] + L["capabilities"]:
        if c not in CAPS:
            errs.append("capability " + c)
    if len(set(R["capabilities"])) != len(R["capabilities"]):
        errs.append("duplicate requested capability")
    txt = set(sc.get("text", []))
    if not txt <= TEXT_CLAUSES:
        errs.append("text clause not a text clause: %s" % (txt - TEXT_CLAUSES))
    if "terrorism_definition_unmet" in txt and R["offence"]["category"] != "terrorism":
        errs.append("terrorism_definition_unmet without category terrorism")
    if "protected_person" in txt and R["target"]["registry_match"] is not None:
        errs.append("protected_person given as text although the registry already matches")
    if not sc["just"].strip():
        errs.append("empty justification")
    return errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(FILLER_SEED)
    keys = [s["key"] for s in SCEN]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    justs = [s["just"] for s in SCEN]
    dupj = [k for k, n in Counter(justs).items() if n > 1]
    failures = []
    if dup:
        failures.append("duplicate keys: %s" % dup)
    if dupj:
        failures.append("duplicate justifications: %d" % len(dupj))

    built = []
    for sc in SCEN:
        rec = build(sc, rng)
        errs = validate_shape(sc, rec)
        struct = structured_clauses(rec)
        held = struct | set(sc.get("text", []))
        decision, clauses = decide(held)
        if decision != sc["decision"]:
            errs.append("decision %s != intended %s (held %s)" % (decision, sc["decision"], sorted(held)))
        if sc["clauses"] is not None and clauses != sorted(set(sc["clauses"])):
            errs.append("clauses %s != intended %s" % (clauses, sorted(sc["clauses"])))
        if errs:
            failures.append("%s: %s" % (sc["key"], "; ".join(errs)))
        rec["expected"] = {"decision": decision, "clauses": clauses}
        built.append((sc, rec, held, struct))

    if failures:
        for f in failures:
            print("FAIL", f, file=sys.stderr)
        sys.exit(1)

    order = list(range(len(built)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out_lines = []
    for i, idx in enumerate(order, 1):
        rec = built[idx][1]
        rec["id"] = "s164-%03d" % i
        out_lines.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(here, "sealed164.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")

    # ---- summary ----
    n = len(built)
    print("wrote %d scenarios to %s" % (n, path))
    tab = Counter((sc["lang"], rec["expected"]["decision"]) for sc, rec, _, _ in built)
    print("\ndecision x language")
    print("%-8s %6s %6s %6s %6s" % ("", "en", "es", "fr", "total"))
    for d in ["permit", "deny", "refer"]:
        row = [tab[(l, d)] for l in ["en", "es", "fr"]]
        print("%-8s %6d %6d %6d %6d" % (d, *row, sum(row)))
    tot = [sum(tab[(l, d)] for d in ["permit", "deny", "refer"]) for l in ["en", "es", "fr"]]
    print("%-8s %6d %6d %6d %6d" % ("total", *tot, sum(tot)))

    listed = Counter(c for _, rec, _, _ in built for c in rec["expected"]["clauses"])
    heldc = Counter(c for _, _, held, _ in built for c in held)
    print("\nclause                       listed   held")
    for c in DENY + REFER:
        print("%-28s %6d %6d" % (c, listed[c], heldc[c]))

    nonpermit = [(sc, rec, struct) for sc, rec, _, struct in built if rec["expected"]["decision"] != "permit"]
    textonly = [sc["key"] for sc, rec, struct in nonpermit if not struct]
    print("\nnon-permit: %d; with perfect structured fields (text/profession only): %d (%.0f%%)"
          % (len(nonpermit), len(textonly), 100.0 * len(textonly) / len(nonpermit)))
    multi = sum(1 for _, rec, _, _ in built if len(rec["expected"]["clauses"]) > 1)
    supp = sum(1 for _, rec, held, _ in built if rec["expected"]["decision"] == "deny" and set(held) & set(REFER))
    print("scenarios listing >1 clause: %d; deny scenarios where a refer clause also holds (suppressed): %d"
          % (multi, supp))
    if "--map" in sys.argv[1:]:
        print("\nkey -> id")
        for i, idx in enumerate(order, 1):
            sc, rec = built[idx][0], built[idx][1]
            print("%-8s %s %s %s %s" % (sc["key"], rec["id"], sc["lang"], rec["expected"]["decision"],
                                        ",".join(rec["expected"]["clauses"])))
    lens = sorted(len(sc["just"]) for sc in SCEN)
    print("justification length (chars): min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))


if __name__ == "__main__":
    main()
