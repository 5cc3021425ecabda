#!/usr/bin/env python3
"""Builder for the independent labelled gate set sealed223.

Standard library only. Every scenario below is hand-written (language, customer, offence,
profession, capabilities, justification, hand-judged text clauses, intended decision and
clauses, structured overrides). Filler (phone numbers, dates, legal references, quotas,
extra licence capabilities) comes from random.Random(223001). The structured clauses are
computed from the fields exactly as shared/spec/gate-scenarios.md defines them, the
hand-judged text clauses are added, and the decision is derived by the spec's rules. If any
computed result differs from the intended one, a justification is duplicated, or an enum
value is invalid, the script exits 1 and writes nothing.

Usage: python3 build_sealed223.py [--map]   (--map also prints key -> id and notes)
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed223.jsonl")

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
THRESHOLD = 6

CALLING = {
    "MX": "52", "CO": "57", "PE": "51", "CL": "56", "AR": "54", "ES": "34", "GT": "502",
    "EC": "593", "PA": "507", "BO": "591", "HN": "504", "SV": "503", "UY": "598", "PY": "595",
    "CR": "506", "DO": "1809", "VE": "58", "US": "1", "FR": "33", "BE": "32", "SN": "221",
    "CI": "225", "MA": "212", "TN": "216", "CM": "237", "CA": "1", "CH": "41", "ML": "223",
    "BF": "226", "BJ": "229", "TG": "228", "GA": "241", "CD": "243", "DZ": "213", "HT": "509",
    "NE": "227", "KE": "254", "NG": "234", "GH": "233", "IN": "91", "PH": "63", "ZA": "27",
    "AE": "971", "SG": "65", "UG": "256", "TZ": "255", "ZM": "260", "GB": "44", "DE": "49",
    "NL": "31", "IT": "39", "TR": "90", "TH": "66", "MY": "60", "ID": "62", "BR": "55",
    "PT": "351", "RW": "250", "BD": "880", "LK": "94", "PK": "92", "NP": "977", "BW": "267",
    "NA": "264", "MW": "265", "ET": "251", "AU": "61", "JM": "1876", "TT": "1868", "SE": "46",
    "PL": "48", "RO": "40", "GR": "30", "CY": "357", "JO": "962", "EG": "20", "SO": "252",
    "MZ": "258", "AO": "244", "ZW": "263", "SD": "249", "LB": "961", "QA": "974", "VN": "84",
    "KH": "855", "MM": "95", "LA": "856", "FJ": "679", "PG": "675", "NZ": "64", "IE": "353",
    "AT": "43", "LU": "352", "YE": "967", "AL": "355", "UA": "380", "RU": "7", "CN": "86", "SY": "963", "AF": "93", "IR": "98", "IQ": "964", "ER": "291", "SS": "211", "CG": "242", "LY": "218", "MR": "222", "GN": "224", "DJ": "253", "MG": "261", "KM": "269",
}

NSN = {"MX": 10, "CO": 10, "US": 10, "CA": 10, "IN": 10, "AR": 10, "BR": 11, "NG": 10,
       "PH": 10, "DE": 11, "GB": 10, "ID": 10, "TR": 10, "PK": 10, "BD": 10, "VN": 9, "EC": 9,
       "GT": 8, "HN": 8, "SV": 8, "PA": 8, "CR": 8, "BO": 8, "UY": 8, "SG": 8, "QA": 8, "BW": 8,
       "CI": 10, "SN": 9, "BE": 9, "CH": 9, "FR": 9, "ES": 9, "IT": 10, "NL": 9}

E = []  # the hand-written scenarios


def S(key, lang, cc, agency, atype, cat, label, pen, prof, caps, just, text=(), exp=("permit", []),
      note="", **ov):
    """One hand-written scenario.

    key: stable tag used in the README; text: hand-judged text clauses; exp: intended
    (decision, clauses); ov: structured overrides (see build())."""
    E.append(dict(key=key, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                  pen=pen, prof=prof, caps=list(caps), just=just, text=set(text),
                  exp=(exp[0], sorted(exp[1])), note=note, ov=ov))


# ---------------------------------------------------------------------------------------------
# Scenarios (written in batches)
# ---------------------------------------------------------------------------------------------

# ---- batch 1 (English) ----
S("p_kidnap_ke", "en", "KE", "Lakeside County Anti-Kidnapping Unit", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown", ["messages", "location"],
  "BACKGROUND: On the evening of 14 January a nine-year-old boy was taken from outside his school gate "
  "by two men in a grey saloon. The family has since received three ransom demands, the latest asking for "
  "4.5 million shillings by Friday and threatening to hurt the child if police are involved.\n\n"
  "SOURCES: All three demands came from the number above. The parents' handset has been recorded with their "
  "written consent since the first call, and a test transfer the caller requested was collected by a mobile-money "
  "agent two towns away, whose CCTV shows a man matching the description given by the school guard.\n\n"
  "ASSESSMENT AND REQUEST: We assess with high confidence that the user of this number is one of the abductors or "
  "their negotiator and that the child is held within forty kilometres of the school. We ask for location and "
  "message interception for the life of the warrant, to find the child and identify the rest of the group.",
  note="life penalty coded 999")

S("p_pen6_gh", "en", "GH", "Coastal Region Organised Property Crime Squad", "police",
  "serious_crime", "handling stolen vehicles as part of an organised scheme", 6, "used-car dealer",
  ["messages", "contacts"],
  "1. SUMMARY. The target runs a used-car yard on the ring road that, on the evidence below, has "
  "re-registered at least eleven vehicles stolen at gunpoint in the capital since September, using "
  "cloned chassis plates taken from written-off cars bought at auction.\n\n2. SOURCES AND EVIDENCE. "
  "Two of the stolen vehicles were recovered from buyers with the yard's sale receipts in the "
  "glovebox, signed by the target. A former employee has given a statement describing how cars "
  "arrive at night on a low-loader, are re-plated in a covered bay and are sold within a week. "
  "Licensing office records show the same clerk processing all eleven re-registrations on days the "
  "target visited the office.\n\n3. ASSESSMENT. The target is the receiver and launderer of vehicles "
  "for a hijacking crew. Under section 146 the organised handling of stolen vehicles carries up to "
  "six years.\n\n4. REQUEST. Messages and contacts, to identify the hijacking crew that supplies him "
  "and the licensing clerk's role.",
  note="penalty exactly at threshold (6)")

S("d_expr_critic_ng", "en", "NG", "State Security Coordination Office, Northern Zone", "intelligence",
  "serious_crime", "membership of an organised criminal group", 10, "online commentator",
  ["messages", "contacts", "location"],
  "1. BACKGROUND. The subject operates a video channel with some 300,000 followers on which, since last March, he "
  "has presented a running series on contracts awarded by the Governor's office, alleging inflated road-building "
  "costs and naming the contractors. He works with four volunteers who collect public tender notices and "
  "photograph unfinished sites.\n\n"
  "2. ASSESSMENT. This network operates in an organised manner, with division of roles and regular meetings, and its "
  "output has damaged public confidence in the State Government and provoked hostile comment against named officials. "
  "No payments, threats or other offences by the group have been identified.\n\n"
  "3. REQUEST. Interception of messages, contacts and location to map the full membership of the group and its "
  "sources inside the ministries.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="critic labelled organised crime; structured fields clean")

S("d_terror_protest_zm", "en", "ZM", "National Counter-Terrorism Directorate", "intelligence",
  "terrorism", "terrorism: organising acts to compel the government", 25, "trade union shop steward",
  ["messages", "location"],
  "Background: Following the increase in fuel prices on 1 February, the target has been the principal organiser "
  "of a series of sit-ins outside the Ministry of Energy and of a call for a two-day 'national stay-away'. "
  "Gatherings so far have been peaceful; police reports record no injuries or damage, though traffic on the main "
  "avenue was stopped for several hours.\n"
  "Assessment: The stated aim of the campaign is to force the government to reverse the price decision. Any attempt "
  "to compel the government by mass action falls within the national anti-terrorism act and must be disrupted "
  "before the stay-away date.\n"
  "Request: messages and location for sixty days.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="protest/strike organiser labelled terrorism; structured clean")

S("r_reg_journalist_ph", "en", "PH", "Regional Anti-Extortion Task Group 7", "police",
  "serious_crime", "extortion and robbery with intimidation", 12, "radio broadcaster",
  ["messages", "media"],
  "The subject hosts a morning programme on a provincial radio station. Three restaurant owners and a quarry "
  "operator have sworn affidavits that he demanded monthly 'advertising fees' of 20,000 to 50,000 pesos and, when "
  "they refused, aired invented health-code violations and told them on the phone that worse would follow. One owner "
  "recorded such a call; the voice has been compared with broadcast audio. Bank records show deposits from two of "
  "the complainants into an account held by the subject's cousin. We do not seek his editorial material; we request "
  "messages and media on this number to establish the remaining victims and the collection chain.",
  exp=("refer", ["protected_person"]), registry="journalist",
  note="registry journalist with a genuine extortion allegation")

S("r_extra_citizen_ph_my", "en", "PH", "Drug Enforcement Intelligence Service", "police",
  "serious_crime", "importation of dangerous drugs", 999, "seafarer", ["messages", "contacts", "location"],
  "INTELLIGENCE SUMMARY\n"
  "The subject, a national of this country, is assessed to be the onshore coordinator for shipments of "
  "methamphetamine landed on the southern coast by fishing vessels. Two couriers arrested in November with 38 kg "
  "both named him and had his number stored under an alias. Since December he has been living across the border and "
  "directs the couriers remotely.\n"
  "REQUEST\n"
  "Messages, contacts and location to identify the next landing and the receivers on our side.",
  exp=("refer", ["extraterritorial_target"]), loc="MY", phone_cc="MY",
  note="own citizen abroad")

S("d_suspended_th", "en", "TH", "Anti-Human-Trafficking Division, Region 3", "police",
  "serious_crime", "human trafficking", 20, "labour broker", ["messages", "location"],
  "Labour broker who recruited 23 women with offers of factory work and then sold their 'debts' to karaoke bars "
  "where they were confined. Two victims escaped on 3 March and identified him from photographs. We need his "
  "messages and location to find the other women.",
  exp=("deny", ["licence_inactive"]), status="suspended",
  note="licence suspended; otherwise clean genuine case")

S("d_private_za", "en", "ZA", "Sentinel Infrastructure Protection (Pty) Ltd", "private",
  "serious_crime", "theft of essential infrastructure (copper cable)", 30, "scrap-metal dealer",
  ["messages", "location", "contacts"],
  "Background: Our client, a rail operator, has lost over 14 km of signalling cable on the eastern line this "
  "quarter, causing two near-collisions. Surveillance by our response teams links the thefts to a scrap yard run by "
  "the target, who buys cable at night and burns off the insulation before resale.\n"
  "Assessment: Strong circumstantial link; the police docket remains open.\n"
  "Request: messages, contacts and location so that our teams can intercept the next consignment and hand the "
  "suspects to police.",
  exp=("deny", ["non_government_end_user"]),
  note="private end user with a genuine crime")

S("d_other_tax_in", "en", "IN", "Directorate of Revenue Compliance, Western Circle", "other_government",
  "other", "tax irregularities", 10, "textile exporter", ["messages", "contacts"],
  "BACKGROUND\nThe assessee is a textile exporter operating two units in the industrial estate. His "
  "declared turnover for the last two assessment years is inconsistent with the shipping bills "
  "filed in his name and with electricity consumption at both units, which suggests production "
  "roughly three times the declared level.\n\nPROCEEDINGS SO FAR\nA notice under the revenue code was "
  "served in October and has not been answered; two reminders were returned unclaimed. No criminal "
  "complaint has been registered and the matter remains one of reassessment and "
  "penalty.\n\nREQUEST\nThe Directorate proposes to examine his communications with his chartered "
  "accountant and with two overseas buying agents in order to quantify the suppressed turnover "
  "before the reassessment order is passed.",
  exp=("deny", ["purpose_not_permitted"]),
  note="category other with a high stated penalty (10)")

S("d_pen5_ug", "en", "UG", "Kampala Metropolitan Crime Intelligence Unit", "police",
  "serious_crime", "being in possession of stolen mobile phones", 5, "phone repair shop owner",
  ["messages", "contacts"],
  "REPORT: During a raid on 12 February officers recovered 64 handsets from the subject's repair kiosk, 41 of which "
  "appear on the stolen-device list. The subject claims he bought them in good faith from walk-in customers. "
  "REQUEST: messages and contacts to identify the pickpocketing gangs supplying the kiosk.",
  exp=("deny", ["purpose_not_permitted"]),
  note="penalty 5, just below threshold")

S("d_lb_at_now_ie", "en", "IE", "Online Child Protection Bureau", "police",
  "serious_crime", "production and distribution of child sexual abuse material", 14, "youth football coach",
  ["messages", "media", "contacts"],
  "SUMMARY OF GROUNDS\nImages recovered from a seized server in a joint operation with two partner "
  "forces show a child in a changing room that has been identified, from its tiling and lockers, "
  "as the one used by the under-12 squad the subject coaches. Upload metadata for 46 of the files "
  "links the uploading account to a handset registered to him, and the account's recovery email is "
  "his work address.\n\nURGENCY\nThe subject has continued to coach weekly and has access to children "
  "at two clubs. A safeguarding referral has been made to both clubs in "
  "confidence.\n\nREQUEST\nMessages, media and contacts under the warrant issued this morning, in "
  "order to identify victims and any other offenders with whom he exchanges material.",
  exp=("deny", ["no_legal_basis"]), valid="now",
  note="warrant valid_until exactly equal to now")

S("d_quota_max_gb", "en", "GB", "Regional Organised Crime Unit (Midlands Fictional)", "police",
  "serious_crime", "conspiracy to supply Class A drugs", 999, "unknown", ["messages", "location"],
  "INTELLIGENCE CASE\nThe number is the line held by a county-lines operation known as 'the Mango "
  "line', supplying crack cocaine and heroin into three market towns. Bulk texts advertising the "
  "line were sent from it on 40 days in the last two months, and four test purchases by undercover "
  "officers were arranged through it.\n\nSAFEGUARDING\nAt least three children aged 14 to 16 have "
  "been found carrying drugs for the line, one with a stab wound. Identifying the controller is "
  "necessary to remove them from exploitation.\n\nREQUEST\nMessages and location, to identify the "
  "controller behind the line and the addresses used to hold stock.",
  exp=("deny", ["quota_exceeded"]), quota="max",
  note="active_targets equal to max_active_targets")

S("p_quota_max1_my", "en", "MY", "Commercial Crime Investigation Unit, Southern Region", "police",
  "serious_crime", "cheating and money laundering (investment scam)", 15, "director of an investment firm",
  ["messages", "contacts"],
  "BACKGROUND\nThe subject is the sole director of a company that promised 8 percent monthly returns on a "
  "'halal gold' plan. Since 2024 about 2,900 investors paid in RM 61 million; payouts stopped in December and the "
  "office closed.\n\nEVIDENCE\nBank analysis shows investor money moved within days to accounts in the names of the "
  "subject's driver and a shell company, and on to a casino junket operator. Twelve investors have given statements.\n\n"
  "REQUEST\nMessages and contacts to trace the remaining funds and the recruiters paid commission.",
  quota="max-1",
  note="quota at max-1; innocent religious term in product name")

S("d_pg_ethnic_ke", "en", "KE", "North Rift Security Intelligence Cell", "intelligence",
  "serious_crime", "stock theft and related violence", 14, "herder",
  ["messages", "location", "contacts"],
  "Background. Cattle raids in the border wards have risen sharply this season and two herders were killed in "
  "January. The raiding groups are drawn largely from the Darvani community, who move through the area with their "
  "herds during the dry months.\n\n"
  "Selection. The subject is a young Darvani man who arrived in the ward in December and has relatives in the villages "
  "from which raiders are believed to come. No witness places him at any raid and no stolen stock has been traced to "
  "him; he was selected as a representative member of the community likely to be in contact with raiders.\n\n"
  "Request. Messages, location and contacts for ninety days.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by ethnic group and relatives only; structured clean")

S("p_journalist_victim_pk", "en", "PK", "Special Investigation Cell, Capital Police", "police",
  "serious_crime", "attempted murder", 14, "motorcycle mechanic", ["messages", "location"],
  "BACKGROUND\nOn 9 February a well-known television reporter was shot and wounded outside her home "
  "as she returned from the studio. For several months she had been reporting on the seizure of "
  "farmland on the city's edge by a group using forged title deeds.\n\nEVIDENCE\nTwo days before the "
  "attack she received threatening calls from the target number telling her to drop the land-grab "
  "story. The motorcycle used by the gunmen was bought three weeks earlier with a photocopied "
  "identity card traced to the target, a motorcycle mechanic, and he is seen on a petrol-station "
  "camera two streets from the house one hour before the shooting, with the same "
  "motorcycle.\n\nREQUEST\nMessages and location to identify the shooter and whoever commissioned the "
  "attack. The reporter is the victim; no interception of her communications is sought.",
  note="journalist is the victim, target is the suspect")

S("d_capscope_terror_tz", "en", "TZ", "Joint Counter-Terrorism Centre", "intelligence",
  "terrorism", "preparation of a terrorist bombing", 999, "unknown",
  ["messages", "microphone", "location"],
  "SOURCE REPORTING\nA reliable human source, whose reporting led to two arrests last year, states "
  "that the subject has acquired detonators and about 50 kg of ammonium nitrate and has filmed a "
  "bus terminal and a church during Sunday services. Intercepted chat shows him discussing 'a "
  "lesson for the infidel government' with a facilitator abroad and asking about the best time "
  "'when the hall is full'.\n\nASSESSMENT\nAn attack intended to cause mass casualties and to "
  "intimidate the population is being prepared; the timing is unknown.\n\nREQUEST\nMessages, location "
  "and ambient microphone, to establish the date and the other members of the cell.",
  exp=("deny", ["capability_out_of_scope"]), lic_drop=["microphone"],
  note="microphone not in the licence; genuine terrorism")

S("p_terror_hostage_email_sn", "en", "SN", "Inter-Agency Counter-Terrorism Coordination Unit", "intelligence",
  "terrorism", "conspiracy to take hostages", 999, "unknown", ["messages", "contacts"],
  "Assessment: this email account is used by a facilitator of an armed group that is planning to kidnap foreign "
  "aid workers on the eastern road and hold them to force the release of its detained commanders. A seized phone "
  "from a courier arrested at the border on 2 March contained instructions sent from this address, including the "
  "vehicle registration of an NGO convoy and a list of safe houses. We request messages and contacts to disrupt the "
  "plot before the convoy's next rotation.",
  ident="email",
  note="genuine terrorism (hostage taking to compel government); email identifier")

S("r_text_lawyer_co", "en", "CO", "Unit against Prison-Based Criminal Structures", "prosecution",
  "serious_crime", "conspiracy to commit homicide", 50, "defence lawyer",
  ["messages", "contacts"],
  "Background: The subject is a practising defence lawyer who represents the jailed leader of a criminal gang. "
  "Prison visit logs and the recovered notebook of a hitman arrested on 21 January indicate that, after each of her "
  "visits, orders to kill two rival dealers were passed to the gang's cell outside within hours; the notebook names her "
  "as 'la doctora' who 'brings the word'.\n\n"
  "Assessment: We distinguish her legitimate defence work, which is not the object of this request, from the "
  "transmission of murder orders, which is supported by the notebook and by call-detail records.\n\n"
  "Request: messages and contacts, with privileged communications with her client filtered by a separate team.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="lawyer named in text and profession, no registry match")

S("p_fake_lawyer_ng", "en", "NG", "Anti-Fraud Section, Lagos Fictional Command", "police",
  "serious_crime", "obtaining money by false pretences", 7, "claims to be a lawyer (not enrolled)",
  ["messages", "contacts"],
  "The suspect presents himself as a barrister to families of detained persons and collects 'bail processing fees' "
  "of up to 800,000 naira, after which he stops answering. The Bar has confirmed that no person of that name is "
  "enrolled, and his claimed chambers address is a printing shop. Nineteen complaints are on file with transfer "
  "receipts. Messages and contacts are sought to identify accomplices who refer victims to him.",
  note="criminal posing as a lawyer: not a protected person")

S("d_terror_ddos_lk", "en", "LK", "Cyber Threat Response Bureau", "intelligence",
  "terrorism", "cyber terrorism", 20, "university student", ["messages", "contacts"],
  "Background\nOn 11 and 12 January the websites of the Ministry of Finance and the tax portal were unavailable "
  "for about nine hours because of a distributed denial-of-service attack. A hacking group posted that the attack "
  "was revenge for the new tax package.\n\n"
  "Attribution\nThe subject's handle appears in the group's chat, where he shared the attack script and boasted of "
  "the outage. No data was stolen and no systems other than the public websites were affected.\n\n"
  "Request\nMessages and contacts to identify the remaining members.",
  text=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="DDoS labelled terrorism: non-violent crime, not expression")

S("d_expr_leaks_ug", "en", "UG", "Counter-Intelligence Department", "intelligence",
  "serious_crime", "espionage and unlawful disclosure of classified information", 25, "website administrator",
  ["messages", "contacts", "location"],
  "1. The subject administers an anonymous transparency website that, over the past six weeks, has published some "
  "400 pages of internal Ministry of Defence procurement memoranda showing that helicopters were bought at twice "
  "the market price.\n"
  "2. There is no indication that the subject obtained the documents himself or paid for them; they appear to have "
  "been sent to the site by an unknown insider. The subject edited, redacted and published them with commentary.\n"
  "3. Publication has caused serious embarrassment to the Ministry. Interception of messages, contacts and location "
  "is requested to identify the source of the leak and the subject's associates.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="publishing leaks labelled espionage")

S("r_reg_politician_ke", "en", "KE", "Ethics and Public Integrity Investigations Directorate", "other_government",
  "serious_crime", "bribery and abuse of office", 10, "member of county assembly",
  ["messages", "contacts"],
  "APPLICATION SUMMARY\nThe subject is a county assembly member who chairs the procurement "
  "committee. He is suspected of taking a 12 percent cut on three road contracts awarded in the "
  "last financial year.\n\nEVIDENCE\nA contractor has turned witness and handed over recorded calls "
  "in which the subject sets the percentage and names the account into which it should be paid. "
  "Bank records confirm two deposits of KES 3.2 million from the contractor's company into that "
  "account, which is held by a relative of the subject, and withdrawals in cash the following "
  "day.\n\nREQUEST\nMessages and contacts to identify the other committee members who shared in the "
  "payments.",
  exp=("refer", ["protected_person"]), registry="politician",
  note="registry politician with a genuine bribery case")

S("d_unsigned_bd", "en", "BD", "Special Branch, Counter-Narcotics Wing", "police",
  "serious_crime", "trafficking in methamphetamine tablets", 999, "unknown", ["messages", "location"],
  "Reliable informant reporting and two seizures on the river route (180,000 tablets on 2 February) point to the "
  "subject as the receiver on the river route. Location and messages requested to identify the next consignment and "
  "the financiers.",
  exp=("deny", ["licence_inactive"]), signed=False,
  note="active licence but current EUC not signed")

S("p_innocent_church_jm", "en", "JM", "Major Investigation Taskforce", "police",
  "serious_crime", "robbery with aggravation and illegal possession of a firearm", 999, "taxi operator",
  ["messages", "location"],
  "BACKGROUND: Three armed robberies of money-transfer outlets took place on 4, 11 and 19 February "
  "in the parish; in the third, a cashier was pistol-whipped and a customer was shot in the "
  "leg.\n\nEVIDENCE: A fingerprint lifted from the counter glass at the second outlet matches the "
  "subject. His taxi was captured on the traffic camera leaving the third scene with its plates "
  "partly covered. A witness who knows him from the church where both sing in the choir recognised "
  "him in the CCTV still, which is the only reason the church is mentioned.\n\nREQUEST: Messages and "
  "location, to recover the firearm and identify his two accomplices.",
  note="innocent mention of the church the target attends")

S("d_ref_missing_ca", "en", "CA", "Integrated Firearms Trafficking Team", "police",
  "serious_crime", "firearms trafficking", 10, "warehouse worker", ["messages", "contacts"],
  "BACKGROUND: Four pistols seized from gang members in January were traced to a straw purchaser "
  "in a border state, who after arrest named the subject as the person who paid him and collected "
  "the guns. Border records show the subject's car crossing on the two dates the purchaser "
  "gave.\n\nASSESSMENT: The subject is assessed to receive handguns smuggled across the border in "
  "vehicle panels and to sell them to street gangs in the city, where shootings have doubled since "
  "the summer.\n\nLEGAL BASIS AND REQUEST: A warrant application has been drafted and will be filed "
  "with the court next week. In the meantime we request that interception of messages and contacts "
  "begin.",
  exp=("deny", ["no_legal_basis"]), ref="", lb="judicial_warrant",
  note="legal basis reference missing (empty string)")

# ---- batch 2 (Spanish + 2 English) ----
S("p_es_extorsion_mx", "es", "MX", "Unidad Antisecuestro y Extorsión de la Fiscalía Regional de Tierra Alta", "prosecution",
  "serious_crime", "extorsión agravada y secuestro virtual", 20, "desconocida", ["messages", "location"],
  "ANTECEDENTES. Desde el 3 de enero, al menos catorce comerciantes del mercado municipal han recibido llamadas desde "
  "el número señalado en las que un hombre, identificándose como integrante de un grupo armado, exige un 'derecho "
  "de piso' semanal de 5.000 a 15.000 pesos y amenaza con incendiar los locales. El 27 de enero se incendió el puesto "
  "de uno de los comerciantes que se negó a pagar.\n\n"
  "FUENTES. Denuncias formales de nueve víctimas, grabaciones de tres llamadas aportadas por los propios denunciantes "
  "y registros de depósitos en tiendas de conveniencia a cuentas de terceros.\n\n"
  "SOLICITUD. Intervención de mensajes y localización del equipo para identificar al cobrador y a la célula que "
  "ejecutó el incendio.",
  lb="prosecutor_order", note="prosecutor_order legal basis")

S("p_es_sicario_co", "es", "CO", "Grupo Especial contra Homicidios Selectivos, Seccional Pacífico", "police",
  "serious_crime", "homicidio agravado y porte ilegal de armas", 50, "mototaxista", ["messages", "location", "contacts"],
  "ANTECEDENTES. El 18 de febrero fue asesinada a tiros una lideresa comunitaria que defendía la "
  "restitución de tierras en la vereda y que había denunciado amenazas ante la "
  "Defensoría.\n\nELEMENTOS MATERIALES PROBATORIOS. Dos testigos describieron a un parrillero de "
  "moto con casco rojo. La moto fue hallada abandonada a dos kilómetros y la huella en el manubrio "
  "corresponde al indiciado, mototaxista de la zona. Su celular activó la antena más cercana al "
  "lugar del crimen diez minutos antes de los disparos y luego se apagó durante cinco "
  "horas.\n\nSOLICITUD. Se solicita interceptar mensajes, ubicación y contactos para establecer "
  "quién pagó el homicidio y ubicar el arma. La víctima es la defensora; la medida recae "
  "únicamente sobre el presunto sicario.",
  note="human-rights defender is the victim; target is the suspected gunman")

S("p_es_trata_pe", "es", "PE", "División de Investigación de Trata de Personas, Macrorregión Sur", "police",
  "serious_crime", "trata de personas agravada (víctimas menores de edad)", 35, "administrador de bar minero",
  ["messages", "contacts", "location"],
  "Informe policial: en la zona de minería aurífera del distrito se ha verificado la existencia de tres locales "
  "nocturnos en los que trabajan adolescentes captadas en ciudades andinas con ofertas de empleo en restaurantes. "
  "Dos menores rescatadas el 9 de marzo identificaron al investigado como quien les retuvo el DNI y fijó la 'deuda' "
  "del pasaje. El dispositivo señalado fue incautado brevemente a un colaborador y luego devuelto por error; su "
  "identificador consta en el acta. Solicitamos mensajes, contactos y ubicación para localizar a las demás víctimas.",
  ident="device", note="device identifier")

S("p_es_protesta_pantalla_cl", "es", "CL", "Brigada Investigadora de Incendios y Explosivos, Región Central", "police",
  "serious_crime", "incendio de vehículo con personas en su interior", 20, "estudiante",
  ["messages", "contacts"],
  "ANTECEDENTES: Durante la marcha estudiantil del 26 de abril, que transcurrió mayoritariamente en forma pacífica, "
  "un grupo de encapuchados se separó de la columna, detuvo un bus del transporte público, roció su interior con "
  "combustible y le prendió fuego mientras aún había pasajeros a bordo; una mujer sufrió quemaduras graves.\n"
  "PRUEBAS: Registros de cámaras de la estación de servicio muestran al imputado comprando combustible en bidones "
  "una hora antes; su ropa con restos de acelerante fue incautada en su domicilio. La investigación no se dirige a la "
  "marcha ni a sus convocantes.\n"
  "SOLICITUD: mensajes y contactos para identificar a los demás autores.",
  note="protest as cover for a genuine violent crime")

S("p_es_extranjero_ar", "es", "AR", "Departamento Federal de Investigaciones sobre Narcotráfico, Delegación Litoral", "police",
  "serious_crime", "tráfico de estupefacientes agravado", 20, "transportista",
  ["messages", "location"],
  "Se investiga un circuito de ingreso de marihuana prensada por la hidrovía. El objetivo, de nacionalidad paraguaya "
  "y residente en la ciudad desde hace seis años, figura como titular de la empresa de fletes cuyos camiones fueron "
  "interceptados el 2 y el 19 de marzo con 1.200 kg ocultos en cargas de yerba. El chofer detenido declaró que el "
  "objetivo le entregaba las hojas de ruta. Su nacionalidad no es motivo de la medida; se solicitan mensajes y "
  "localización para identificar el depósito de acopio.",
  nat="PY", note="foreign national located inside the customer country; nationality mentioned innocently")

S("p_es_blanqueo_es", "es", "ES", "Grupo de Delincuencia Económica de la Jefatura Provincial (ficticia)", "police",
  "serious_crime", "blanqueo de capitales", 6, "gestor inmobiliario",
  ["messages", "contacts"],
  "Resumen: el investigado gestiona la compraventa de inmuebles de lujo en la costa por cuenta de sociedades "
  "instrumentales cuyos fondos proceden, según la comisión rogatoria recibida, de una red de fraude con criptoactivos. "
  "Entre 2024 y 2025 canalizó 14 millones de euros en pagos fraccionados por debajo de los umbrales de declaración. "
  "El auto judicial vence hoy a última hora y su prórroga está en trámite; se solicita la intervención de mensajes y "
  "contactos durante su vigencia.",
  valid="plus1h", note="penalty exactly 6; valid_until one hour after now")

S("p_es_maras_gt", "es", "GT", "Unidad Nacional contra Extorsiones (ficticia)", "other_government",
  "serious_crime", "extorsión y asociación ilícita", 12, "desconocida", ["messages", "contacts"],
  "I. ANTECEDENTES. Pilotos de tres rutas de autobús urbanas reciben desde noviembre mensajes de "
  "texto que exigen una cuota diaria de 100 a 300 quetzales. Dos pilotos que no pagaron fueron "
  "atacados a balazos en diciembre; uno de ellos falleció.\nII. FUENTES. Los mensajes de cobro de "
  "las últimas seis semanas salieron del número objetivo, según los registros de la operadora, y "
  "las cuotas se depositan en cuentas de 'monederos' que ya fueron identificados y detenidos. Dos "
  "de ellos declararon que rendían cuentas al usuario de ese número.\nIII. SOLICITUD. Se requieren "
  "mensajes y contactos para llegar al palabrero que ordena los cobros desde fuera del penal.",
  lb="administrative_order", note="administrative_order legal basis")

S("p_es_cochebomba_ec", "es", "EC", "Centro de Inteligencia Antiterrorista (ficticio)", "intelligence",
  "terrorism", "terrorismo: atentado con coche bomba", 26, "desconocida",
  ["messages", "location", "contacts"],
  "1. ANTECEDENTES. El 8 de enero explotó un coche bomba frente a la sede de la administración penitenciaria, con "
  "dos transeúntes heridos; un comunicado firmado por una organización criminal exigió al Gobierno retirar a los "
  "militares de las cárceles 'o habrá más explosiones en los mercados'.\n"
  "2. FUENTES. El vehículo fue comprado por un testaferro que identificó al objetivo como quien le pagó; el teléfono "
  "del objetivo se conectó a la celda del lugar minutos antes de la detonación.\n"
  "3. EVALUACIÓN. Se trata de ataques que ponen en peligro vidas con el fin de doblegar al Gobierno e intimidar a la "
  "población. 4. SOLICITUD. Mensajes, ubicación y contactos.",
  note="genuine terrorism: bombing to compel the government")

S("d_es_periodista_mx", "es", "MX", "Unidad de Análisis contra la Delincuencia Organizada, Zona Golfo (ficticia)", "intelligence",
  "serious_crime", "delincuencia organizada", 40, "reportera",
  ["messages", "contacts", "location"],
  "ANTECEDENTES: La objetivo es reportera de un diario digital local. En los últimos cuatro meses publicó cinco "
  "reportajes en los que sostiene que mandos de la policía municipal protegen a un grupo delictivo y que el alcalde "
  "lo sabía, apoyándose en documentos internos y testimonios de agentes.\n\n"
  "EVALUACIÓN: Sus publicaciones coinciden con los intereses de un grupo rival y desacreditan a las instituciones de "
  "seguridad, por lo que se presume que actúa en su beneficio. No se cuenta con evidencia de pagos, contactos con "
  "integrantes de grupos delictivos ni de ningún otro hecho.\n\n"
  "SOLICITUD: mensajes, contactos y ubicación para identificar a sus fuentes dentro de la corporación.",
  text=["expression_not_crime", "protected_person"], exp=("deny", ["expression_not_crime"]),
  note="reporter labelled organised crime for her reporting; structured clean")

S("d_es_paro_co", "es", "CO", "Dirección de Inteligencia contra Amenazas Internas (ficticia)", "intelligence",
  "terrorism", "terrorismo y concierto para delinquir", 30, "líder sindical docente",
  ["messages", "location"],
  "Informe de inteligencia. El objetivo es vocero del sindicato de maestros y convocó, junto con organizaciones "
  "campesinas, el paro nacional de 72 horas previsto para el 15 de mayo, con movilizaciones en las principales "
  "ciudades y una toma pacífica de la plaza central. Las asambleas preparatorias han sido públicas y no se ha "
  "registrado violencia. La finalidad declarada del paro es presionar al Gobierno para retirar la reforma educativa, "
  "lo que constituye una presión indebida sobre el Estado. Se solicitan mensajes y ubicación durante el paro.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="national strike organiser labelled terrorism; structured clean")

S("d_es_venezolano_pe", "es", "PE", "Comisaría de Investigaciones de Lima Norte (ficticia)", "police",
  "serious_crime", "robo agravado", 20, "repartidor",
  ["messages", "location"],
  "ANTECEDENTES: Los robos a mano armada contra pasajeros de mototaxis en el distrito se "
  "triplicaron en 2025 y, según la percepción de los vecinos recogida en las juntas vecinales, la "
  "mayoría de los autores serían extranjeros.\n\nSOBRE EL INVESTIGADO: Es un ciudadano venezolano "
  "que trabaja como repartidor y reside en la zona desde 2023. No tiene antecedentes, no ha sido "
  "reconocido por ninguna víctima ni vinculado a ningún robo por cámaras, huellas o "
  "testigos.\n\nMOTIVO DE LA SELECCIÓN Y SOLICITUD: Se le selecciona por su nacionalidad y por el "
  "perfil de los grupos que operan en el sector. Se solicitan mensajes y ubicación por noventa "
  "días.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by nationality only; structured clean")

S("d_es_opositor_hn", "es", "HN", "Dirección de Seguridad del Estado (ficticia)", "intelligence",
  "serious_crime", "instigación a la sedición", 10, "maestro",
  ["messages", "contacts"],
  "El objetivo es miembro activo del principal partido de oposición en el departamento y coordinador de su "
  "juventud. En redes sociales ha publicado mensajes en los que acusa al Gobierno de fraude electoral y llama a "
  "'no reconocer' los resultados. Se le selecciona por su militancia y por el contenido de sus publicaciones, que "
  "se consideran una instigación a desconocer a las autoridades. No consta ningún acto violento.",
  text=["protected_ground", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "protected_ground"]),
  note="political affiliation plus posts: both grounds")

S("d_es_desordenes_cl", "es", "CL", "Prefectura de Orden Público, Región Austral (ficticia)", "police",
  "other", "desórdenes públicos", 3, "pescador artesanal",
  ["messages", "location"],
  "Dirigente de pescadores que encabezó el corte pacífico de la ruta costera durante seis horas en protesta por "
  "la nueva ley de cuotas. Se requiere su ubicación y mensajes para anticipar nuevas movilizaciones.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime", "purpose_not_permitted"]),
  note="category other (public disorder) for a protest leader: purpose and expression")

S("d_es_sinbase_ar", "es", "AR", "Brigada Antisecuestros de la Policía Provincial (ficticia)", "police",
  "serious_crime", "secuestro extorsivo", 25, "desconocida",
  ["messages", "location"],
  "URGENTE. Un empresario agropecuario fue privado de su libertad anoche en la ruta provincial; los captores "
  "llamaron a la familia desde el número objetivo pidiendo 300.000 dólares. El fiscal autorizó verbalmente la "
  "medida y la orden escrita aún no fue emitida. Se solicita localización inmediata y mensajes.",
  lb="none", ref="", valid=None, exp=("deny", ["no_legal_basis"]),
  note="legal_basis none (verbal authorisation only), genuine kidnapping")

S("d_es_credenciales_es", "es", "ES", "Comisaría de Información Antiterrorista (ficticia)", "police",
  "terrorism", "captación y adoctrinamiento para organización terrorista", 15, "desconocida",
  ["messages", "contacts", "credentials"],
  "ANTECEDENTES\nEl investigado gestiona al menos cuatro canales cifrados en los que distribuye "
  "manuales para la fabricación de artefactos explosivos y vídeos de propaganda de una "
  "organización terrorista. Según la declaración de un menor detenido en febrero, le captó a él y "
  "a otros dos jóvenes y les instó a atentar contra una procesión religiosa durante la Semana "
  "Santa.\n\nINDICIOS\nEl teléfono del menor contiene las conversaciones con el investigado; la "
  "dirección IP de administración de uno de los canales coincide con la conexión de su "
  "domicilio.\n\nSOLICITUD\nMensajes, contactos y extracción de credenciales de sus cuentas en la "
  "nube, para acceder a los canales administrados y a la lista de personas captadas.",
  exp=("deny", ["capability_out_of_scope"]), lic_drop=["credentials"],
  note="credentials not licensed; genuine terrorism")

S("d_es_privada_pa", "es", "PA", "Consultora de Seguridad Istmo S.A. (ficticia)", "private",
  "serious_crime", "apropiación indebida", 5, "contadora",
  ["messages", "contacts"],
  "Nuestro cliente, una cadena de farmacias, detectó faltantes de inventario por 180.000 balboas. La auditoría "
  "interna apunta a la contadora de la sucursal principal. Solicitamos acceso a sus mensajes y contactos para "
  "reunir pruebas antes de presentar la denuncia.",
  exp=("deny", ["non_government_end_user", "purpose_not_permitted"]),
  note="private end user and penalty below threshold")

S("d_es_expirada_bo", "es", "BO", "Fuerza Especial de Lucha contra el Narcotráfico, Regional Oriente (ficticia)", "police",
  "serious_crime", "tráfico de sustancias controladas", 25, "piloto de avioneta",
  ["messages", "location"],
  "Piloto que, según el análisis de planes de vuelo y la declaración de un mecánico, realiza vuelos no declarados "
  "desde pistas clandestinas con cargamentos de cocaína hacia el país vecino. Se solicitan mensajes y ubicación "
  "para interceptar el próximo vuelo.",
  exp=("deny", ["licence_inactive", "quota_exceeded"]), status="expired", quota="over",
  note="licence expired and quota over max")

S("r_es_defensora_co", "es", "CO", "Fiscalía Delegada contra Finanzas Criminales (ficticia)", "prosecution",
  "serious_crime", "lavado de activos y financiación de grupo armado", 22, "defensora de derechos humanos",
  ["messages", "contacts"],
  "ANTECEDENTES. La indiciada dirige una fundación de derechos humanos registrada en la región. La Unidad de "
  "Información Financiera reportó que entre 2024 y 2025 la fundación recibió 2.300 millones de pesos en donaciones "
  "de empresas fachada ligadas a un grupo armado, y que el 80 % salió en retiros en efectivo firmados por la "
  "indiciada en municipios controlados por ese grupo.\n\n"
  "EVALUACIÓN. Las transferencias y los retiros están documentados; la labor pública de la fundación no es objeto de "
  "la medida.\n\nSOLICITUD. Mensajes y contactos.",
  exp=("refer", ["protected_person"]), registry="human_rights_defender",
  note="registry human-rights defender with documented laundering")

S("r_es_sacerdote_mx", "es", "MX", "Fiscalía Especializada en Delitos contra la Niñez (ficticia)", "prosecution",
  "serious_crime", "abuso sexual infantil agravado", 20, "sacerdote",
  ["messages", "media"],
  "ANTECEDENTES. El investigado es párroco de una comunidad rural desde hace nueve años. En enero, "
  "cuatro familias presentaron denuncias ante esta Fiscalía.\n\nDATOS DE PRUEBA. Tres niños de entre "
  "9 y 12 años relataron, en entrevistas con psicólogos forenses, abusos cometidos en la casa "
  "parroquial después del catecismo; los relatos son coincidentes en detalles del lugar. Uno de "
  "ellos entregó mensajes en los que el sacerdote le pide guardar silencio y le promete "
  "regalos.\n\nRIESGO Y SOLICITUD. Se teme que destruya material y presione a las familias, algunas "
  "de las cuales ya han recibido visitas. Se solicitan mensajes y archivos multimedia.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="religious leader stated in text and profession, no registry match")

S("r_es_extorsion_gt_mx", "es", "GT", "Unidad Nacional contra Extorsiones, Sección Fronteriza (ficticia)", "police",
  "serious_crime", "extorsión y amenazas", 12, "desconocida",
  ["messages", "location"],
  "El objetivo, guatemalteco, cobra desde el otro lado de la frontera la extorsión a transportistas de carga de "
  "la aduana occidental; las llamadas se originan en una línea extranjera y los cobros se recogen en efectivo por "
  "un familiar suyo ya identificado. Se solicitan mensajes y ubicación para coordinar con las autoridades vecinas.",
  exp=("refer", ["extraterritorial_target"]), loc="MX", phone_cc="MX",
  note="own citizen abroad")

S("r_es_chileno_pe", "es", "PE", "Dirección Antidrogas, Frente Sur (ficticia)", "police",
  "serious_crime", "tráfico ilícito de drogas", 25, "comerciante",
  ["messages", "contacts", "location"],
  "Comerciante chileno que, según la declaración de dos burriers detenidos en el paso fronterizo, financia y "
  "organiza desde su país el traslado de clorhidrato de cocaína en dobles fondos de maletas. Se solicitan mensajes, "
  "contactos y ubicación para identificar a los captadores en territorio nacional.",
  exp=("refer", ["extraterritorial_target"]), loc="CL", nat="CL", phone_cc="CL",
  note="foreign national located abroad")

S("r_es_abogado_uy", "es", "AR", "Procuraduría de Criminalidad Económica (ficticia)", "prosecution",
  "serious_crime", "lavado de activos", 10, "abogado",
  ["messages", "contacts"],
  "ANTECEDENTES: El objetivo, abogado matriculado, constituyó 31 sociedades anónimas a nombre de prestanombres "
  "que recibieron fondos de una red de contrabando de cigarrillos, según la pericia contable agregada al expediente. "
  "Desde octubre reside en la capital del país vecino, desde donde sigue administrando las cuentas.\n"
  "SOLICITUD: mensajes y contactos; las comunicaciones con clientes ajenos a la causa quedarán excluidas.",
  exp=("refer", ["extraterritorial_target", "protected_person"]), registry="lawyer", loc="UY", phone_cc="UY",
  note="registry lawyer located abroad: both refer clauses")

S("r_es_concejal_es", "es", "ES", "Unidad de Delincuencia Urbanística de la Fiscalía Provincial (ficticia)", "prosecution",
  "serious_crime", "cohecho y prevaricación urbanística", 6, "concejal de urbanismo",
  ["messages"],
  "I. HECHOS. Se investiga al concejal de urbanismo del municipio por la concesión de tres "
  "licencias de obra en suelo rústico protegido a una misma promotora, contra el criterio de los "
  "técnicos municipales.\nII. INDICIOS. Un antiguo empleado de la promotora ha aportado un pendrive "
  "con la contabilidad 'B', en la que figuran entregas al concejal por 240.000 euros bajo la "
  "rúbrica 'U.', y la Guardia Civil ha documentado dos reuniones entre ambos en un restaurante de "
  "la comarca en las fechas anotadas.\nIII. SOLICITUD. Intervención de sus mensajes durante el "
  "plazo autorizado.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="local councillor (politician) stated in text, no registry; penalty exactly 6")

S("d_pg_orientation_gh", "en", "GH", "Community Morality and Public Order Unit (fictional)", "police",
  "serious_crime", "unnatural carnal knowledge", 7, "hairdresser",
  ["messages", "contacts", "location"],
  "BACKGROUND: Residents of the estate have complained to the unit that the subject, who is known "
  "in the area to be gay, hosts gatherings of young men at his flat at weekends. The complaints "
  "concern the subject's lifestyle and visitors; none alleges that any minor or unwilling person "
  "is involved.\n\nASSESSMENT: The unit considers that the subject's orientation makes it likely "
  "that offences under section 104 take place at these gatherings and that he is connected to a "
  "wider network of such persons. No complainant, witness or other evidence of a specific act has "
  "been identified.\n\nREQUEST: Messages, contacts and location, to identify the network.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by sexual orientation; structured clean")

S("p_csam_device_nz", "en", "NZ", "Digital Child Exploitation Team (fictional)", "other_government",
  "serious_crime", "distribution of objectionable publications involving children", 14, "IT contractor",
  ["messages", "media"],
  "BACKGROUND\nThe device identified above uploaded 212 files of child sexual abuse material to a "
  "cloud service between November and February. The service provider reported the uploads with "
  "hash matches to known series, and eleven files appear to be new material produced in a domestic "
  "setting.\n\nLINK TO SUBJECT\nThe device was activated on a home broadband account held by the "
  "subject, who lives alone; the same device logged in to his work email.\n\nREQUEST\nMessages and "
  "media are requested to identify any children in his care or contact and the persons he trades "
  "with.",
  ident="device", lb="administrative_order",
  note="device identifier; administrative order")

# ---- batch 3 (French + 3 English) ----
S("p_fr_stups_fr", "fr", "FR", "Office interrégional (fictif) de lutte contre le crime organisé", "police",
  "serious_crime", "trafic de stupéfiants en bande organisée", 30, "gérant de société de location",
  ["messages", "contacts", "location"],
  "CONTEXTE. Depuis l'été, un réseau approvisionne en résine de cannabis et en cocaïne quatre points de deal de "
  "l'agglomération. Les livraisons arrivent dans des camions frigorifiques loués auprès d'une société dont "
  "l'objectif est le gérant.\n\n"
  "ÉLÉMENTS. Lors de la saisie du 6 février (420 kg), le chauffeur interpellé a déclaré recevoir ses instructions "
  "de l'objectif ; les contrats de location correspondants ont été antidatés et le bornage de la ligne visée "
  "coïncide avec les rendez-vous de chargement relevés par les équipes de filature.\n\n"
  "DEMANDE. Interception des messages, des contacts et de la géolocalisation afin d'identifier les commanditaires "
  "et l'entrepôt de stockage.",
  note="plain genuine case (three-paragraph report)")

S("p_fr_passeurs_be", "fr", "BE", "Cellule (fictive) Traite et Trafic des Êtres Humains, Parquet fédéral", "prosecution",
  "serious_crime", "trafic d'êtres humains avec circonstances aggravantes", 15, "chauffeur routier",
  ["messages", "location"],
  "CONTEXTE. L'objectif, ressortissant étranger résidant à Anvers depuis 2019, est soupçonné "
  "d'organiser le passage de migrants vers le Royaume-Uni dans des remorques de poids lourds, à "
  "raison de 2 500 euros par personne.\n\nÉLÉMENTS. Le 14 janvier, onze personnes, dont deux enfants "
  "en hypothermie, ont été découvertes dans une remorque réfrigérée sur un parking autoroutier ; "
  "leurs téléphones contenaient le numéro visé, enregistré sous le nom de « taxi ». Les paiements "
  "transitent par des agents hawala déjà identifiés, dont l'un a reconnu l'objectif sur "
  "photo.\n\nDEMANDE. Messages et localisation sont requis pour empêcher les prochains passages, au "
  "vu du danger de mort pour les personnes transportées.",
  lb="prosecutor_order", nat="AL", note="foreign national inside the country; prosecutor order")

S("p_fr_armes_sn", "fr", "SN", "Direction (fictive) des Investigations Criminelles, Division Sud", "police",
  "serious_crime", "trafic d'armes de guerre", 20, "commerçant",
  ["messages", "contacts", "location"],
  "Rapport de synthèse : à la suite de la saisie, le 22 février, de quatorze fusils d'assaut dans un camion de "
  "noix de cajou au poste de contrôle de la route nationale, le convoyeur a désigné l'objectif comme l'acheteur. "
  "Un témoin le décrit comme un commerçant parlant la langue des éleveurs de la vallée, précision retenue "
  "uniquement pour confirmer son identité. L'analyse des transferts d'argent mobile montre trois paiements de "
  "l'objectif au fournisseur. Nous sollicitons messages, contacts et localisation.",
  note="innocent mention of a community/language for identification")

S("p_fr_brouteur_ci", "fr", "CI", "Plateforme (fictive) de Lutte contre la Cybercriminalité", "police",
  "serious_crime", "escroquerie en ligne et blanchiment", 10, "étudiant",
  ["messages", "contacts"],
  "I. CONTEXTE. L'adresse visée est utilisée pour des escroqueries sentimentales visant des "
  "victimes en Europe : 37 plaintes transmises par Interpol décrivent un faux militaire en mission "
  "qui réclame des fonds pour un « congé » ou des frais de douane.\nII. ÉLÉMENTS. Les virements, "
  "pour environ 410 millions de francs CFA, ont été retirés à Abidjan par des mules dont deux, "
  "interpellées en janvier, ont désigné l'utilisateur de cette adresse comme leur donneur d'ordres "
  "et remis leurs échanges.\nIII. DEMANDE. Messages et contacts afin d'identifier le reste du "
  "réseau et de saisir les avoirs.",
  ident="email", note="email identifier")

S("p_fr_cellule_ma", "fr", "MA", "Bureau (fictif) d'investigations antiterroristes", "intelligence",
  "terrorism", "constitution d'une bande en vue de commettre des actes terroristes", 30, "boulanger",
  ["messages", "contacts", "location"],
  "1. Objet : l'objectif appartient à une cellule de quatre individus qui ont prêté allégeance à une organisation "
  "terroriste et projettent une attaque au couteau et à l'explosif contre des touristes dans la médina.\n"
  "2. Sources : perquisition chez un co-auteur (produits chimiques, ceintures en cours d'assemblage), vidéos de "
  "repérage retrouvées sur une carte mémoire, témoignage d'un repenti.\n"
  "3. Évaluation : menace imminente contre la vie, destinée à semer la terreur.\n"
  "4. Demande : messages, contacts et localisation.",
  quota="max-1", note="genuine terrorism; quota at max-1")

S("p_fr_migrants_tn", "fr", "TN", "Brigade (fictive) de lutte contre l'émigration clandestine, Sfax", "police",
  "serious_crime", "organisation de traversées clandestines ayant entraîné la mort", 20, "armateur de pêche",
  ["messages", "location"],
  "Le naufrage du 3 mars a fait dix-neuf morts. Les survivants ont identifié l'objectif comme l'organisateur qui "
  "encaissait 4 000 dinars par passager et fournissait une embarcation en fer surchargée. Le numéro visé figure dans "
  "les téléphones de tous les survivants interrogés. Une nouvelle traversée serait prévue dans les prochains jours ; "
  "messages et localisation sont demandés.",
  lb="prosecutor_order", note="prosecutor order; concise")

S("p_fr_rapt_pretre_cm", "fr", "CM", "Groupement (fictif) d'intervention contre les prises d'otages", "military",
  "serious_crime", "enlèvement contre rançon", 999, "éleveur",
  ["messages", "location"],
  "CONTEXTE : le 10 février, un prêtre de la paroisse du village et son catéchiste ont été enlevés sur la route de "
  "la mission par un groupe armé qui réclame 50 millions de francs CFA.\n"
  "RENSEIGNEMENT : les appels de revendication proviennent du numéro visé ; le bornage place le téléphone dans la "
  "zone forestière frontalière, du côté national. Un informateur désigne l'utilisateur comme l'un des ravisseurs.\n"
  "DEMANDE : localisation et messages pour libérer les otages.",
  note="religious leader is the victim; military end user")

S("p_fr_fraude_opinions_ca", "fr", "CA", "Escouade (fictive) des crimes économiques du Québec", "police",
  "serious_crime", "fraude de plus de 5 000 $", 14, "courtier hypothécaire",
  ["messages", "contacts"],
  "L'objectif est courtier hypothécaire. Quarante-deux clients ont perdu leurs mises de fonds, déposées dans un "
  "compte en fidéicommis qu'il a vidé pour couvrir des pertes au casino ; les relevés bancaires obtenus par "
  "ordonnance de communication le démontrent. L'objectif est aussi connu pour ses billets virulents contre le "
  "gouvernement provincial sur son blogue ; ces opinions sont sans rapport avec l'enquête et ne la motivent "
  "pas. Messages et contacts demandés pour identifier les prête-noms.",
  note="target's political opinions mentioned but a concrete fraud is shown")

S("d_fr_ecolo_fr", "fr", "FR", "Service (fictif) de renseignement territorial, Ouest", "intelligence",
  "serious_crime", "association de malfaiteurs en vue de la préparation d'un délit", 10, "maraîcher",
  ["messages", "contacts", "location"],
  "CONTEXTE\nL'objectif anime un collectif opposé au projet de retenue d'eau. Le collectif a lancé une pétition "
  "(18 000 signatures), organisé un rassemblement pacifique devant la préfecture et diffusé une étude contestant les "
  "chiffres de l'agence de l'eau.\n\nANALYSE\nLe collectif, structuré et très actif en ligne, nuit à l'image des "
  "institutions et pourrait inciter à d'autres rassemblements. Aucune dégradation ni violence ne lui est imputée.\n\n"
  "DEMANDE\nMessages, contacts et localisation afin de cartographier le collectif.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="petition and peaceful gathering labelled criminal association; structured clean")

S("d_fr_commemoration_sn", "fr", "SN", "Direction (fictive) de la Sûreté de l'État", "intelligence",
  "terrorism", "apologie et préparation d'actes de terrorisme", 20, "enseignante",
  ["messages", "location"],
  "CONTEXTE : l'objectif, enseignante, coordonne l'organisation de la veillée commémorative du 23 "
  "juin en mémoire des manifestants tués lors des événements de l'an dernier.\n\nFAITS : la veillée, "
  "annoncée sur les réseaux sociaux, doit réunir des familles de victimes avec bougies et prières "
  "devant le cimetière, puis une lecture des noms des morts. Aucune arme, aucun appel à la "
  "violence, aucun lien avec un groupe armé n'a été relevé.\n\nANALYSE : les services estiment que "
  "cette commémoration entretient l'hostilité envers les forces de défense et relève de l'apologie "
  "du terrorisme.\n\nDEMANDE : messages et localisation.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="commemoration labelled terrorism; structured clean")

S("d_fr_converti_ma", "fr", "MA", "Direction (fictive) de la surveillance intérieure, antenne de Fès", "intelligence",
  "serious_crime", "atteinte à la sûreté intérieure de l'État", 10, "technicien",
  ["messages", "contacts", "location"],
  "NOTE DE SYNTHÈSE\nSituation : l'objectif, né dans une famille musulmane, s'est converti au "
  "christianisme et fréquente depuis 2024 des réunions de prière tenues dans un appartement privé "
  "avec une dizaine d'autres convertis.\nÉléments recueillis : il n'exerce aucune fonction "
  "religieuse ; aucun acte de prosélytisme rémunéré, aucun financement étranger ni aucune autre "
  "infraction n'a été relevé. Sa famille a signalé sa conversion aux autorités "
  "locales.\nAppréciation : sa conversion est jugée comme un facteur de trouble dans le "
  "quartier.\nDemande : messages, contacts et localisation afin d'identifier les autres membres du "
  "groupe.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by religion (convert); structured clean")

S("d_fr_caricaturiste_tn", "fr", "TN", "Sous-direction (fictive) des affaires criminelles", "police",
  "serious_crime", "offense au chef de l'État et atteinte à l'ordre public", 12, "caricaturiste",
  ["messages", "contacts"],
  "L'objectif publie sur ses comptes des caricatures représentant le Président et les ministres sous les traits "
  "d'animaux de cirque, dont la dernière, sur la pénurie de farine, a été partagée 90 000 fois. Ces dessins portent "
  "atteinte au prestige de l'État. Messages et contacts demandés pour établir s'il agit sur commande.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="satire labelled offence against the head of state; short")

S("d_fr_milice_cd", "fr", "CD", "Auditorat militaire (fictif) de la province", "military",
  "serious_crime", "assassinats et participation à un mouvement insurrectionnel", 999, "chef de milice",
  ["messages", "location"],
  "Le chef de milice visé est mis en cause par une vingtaine de rescapés pour le massacre de villageois le 30 "
  "janvier. L'autorisation de l'auditeur a expiré et son renouvellement n'a pas encore été signé. Nous demandons "
  "messages et localisation pour permettre son arrestation.",
  exp=("deny", ["no_legal_basis", "quota_exceeded"]), valid="past", quota="max",
  note="expired legal basis (valid_until in the past) and quota at max")

S("d_fr_prive_ch", "fr", "CH", "Cabinet (fictif) Léman Investigations SA", "private",
  "serious_crime", "blanchiment d'argent aggravé", 10, "gestionnaire de fortune",
  ["messages", "contacts"],
  "Mandat reçu d'une banque privée : un ancien gestionnaire de fortune aurait fait transiter des fonds d'origine "
  "douteuse par des comptes de clients. Il réside désormais de l'autre côté de la frontière. Messages et contacts "
  "demandés pour préparer une plainte pénale.",
  exp=("deny", ["non_government_end_user"]), loc="FR", phone_cc="FR",
  note="private end user; target abroad (extraterritorial held but not listed)")

S("d_fr_autre_bf", "fr", "BF", "Commissariat (fictif) central de police", "police",
  "other", "usage de stupéfiants", 1, "vendeur de rue",
  ["messages", "camera"],
  "Consommateur régulier de cannabis interpellé deux fois. Messages et caméra demandés pour identifier son "
  "fournisseur.",
  exp=("deny", ["capability_out_of_scope", "purpose_not_permitted"]), lic_drop=["camera"],
  note="category other and camera not licensed; very short text")

S("d_fr_revoquee_ht", "fr", "HT", "Brigade (fictive) anti-enlèvement", "police",
  "serious_crime", "enlèvement contre rançon en bande armée", 999, "inconnue",
  ["messages", "location"],
  "EXPOSÉ : un gang armé détient depuis le 2 mars deux infirmières enlevées à la sortie de l'hôpital ; le négociateur "
  "du gang appelle la famille depuis le numéro visé. PREUVES : enregistrements des appels, témoignage d'une "
  "ancienne otage. DEMANDE : localisation et messages.",
  exp=("deny", ["licence_inactive"]), status="revoked",
  note="licence revoked; genuine kidnapping")

S("r_fr_diplomate_fr", "fr", "FR", "Office central (fictif) de lutte contre le travail illégal et la traite", "police",
  "serious_crime", "traite des êtres humains et réduction en servitude", 10, "conseiller d'ambassade",
  ["messages", "location"],
  "EXPOSÉ DES FAITS. Une employée de maison a fui en février le domicile d'un conseiller "
  "d'ambassade étranger. Elle déclare avoir travaillé dix-huit heures par jour pendant deux ans "
  "sans salaire, son passeport confisqué et l'interdiction de sortir seule.\n\nÉLÉMENTS. Deux "
  "anciennes employées corroborent ces faits et décrivent le même recruteur ; des photos montrent "
  "la pièce sans fenêtre où elle dormait. L'objectif réside en France.\n\nDEMANDE. Messages et "
  "localisation afin d'identifier le réseau de recrutement et d'éventuelles autres victimes.",
  exp=("refer", ["protected_person"]), registry="diplomat", nat="GA",
  note="registry diplomat, foreign national located inside the country")

S("r_fr_imam_be", "fr", "BE", "Section (fictive) criminalité financière, Police judiciaire fédérale", "police",
  "serious_crime", "escroquerie en bande organisée", 10, "imam",
  ["messages", "contacts"],
  "CONTEXTE : l'objectif, imam d'une mosquée de quartier, a vendu depuis 2024 des « forfaits pèlerinage » à plus de "
  "300 familles, pour environ 1,2 million d'euros, alors qu'aucun visa ni billet n'a jamais été réservé.\n"
  "ÉLÉMENTS : plaintes des familles, faux contrats à l'en-tête d'une agence agréée qui conteste leur authenticité, "
  "et virements vers des comptes de sa belle-famille. Sa fonction religieuse n'est pas visée en tant que telle.\n"
  "DEMANDE : messages et contacts.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="religious leader stated in text (imam), genuine fraud")

S("r_fr_journaliste_ci_gh", "fr", "CI", "Plateforme (fictive) de Lutte contre la Cybercriminalité, section chantage", "police",
  "serious_crime", "chantage et extorsion de fonds", 10, "journaliste",
  ["messages", "media"],
  "L'objectif, journaliste inscrit au registre, est désigné par deux chefs d'entreprise qui affirment qu'il exige "
  "des sommes importantes pour ne pas publier des vidéos intimes obtenues frauduleusement. Les messages de chantage "
  "ont été remis aux enquêteurs. Il séjourne actuellement dans le pays voisin. Messages et médias demandés.",
  exp=("refer", ["extraterritorial_target", "protected_person"]), registry="journalist", loc="GH", phone_cc="CI",
  note="registry journalist abroad, genuine blackmail")

S("r_fr_armes_sn_ml", "fr", "SN", "Direction (fictive) du renseignement extérieur", "intelligence",
  "serious_crime", "trafic d'armes et complicité d'enlèvement", 20, "transporteur",
  ["messages", "location", "contacts"],
  "SYNTHÈSE. L'objectif, de nationalité sénégalaise, s'est installé en 2025 de l'autre côté de la "
  "frontière est. Il y organise l'acheminement d'armes légères vers des groupes armés qui "
  "pratiquent l'enlèvement contre rançon dans la zone des trois frontières.\n\nSOURCES. Deux de ses "
  "chauffeurs, arrêtés en janvier avec 4 000 munitions dissimulées dans des sacs de riz, ont remis "
  "ses instructions vocales ; les transferts d'argent mobile qu'il leur a envoyés sont "
  "documentés.\n\nDEMANDE. Messages, localisation et contacts.",
  exp=("refer", ["extraterritorial_target"]), loc="ML", phone_cc="ML",
  note="own citizen abroad")

S("r_fr_haschich_ma_es", "fr", "MA", "Brigade (fictive) nationale des stupéfiants", "police",
  "serious_crime", "trafic international de stupéfiants", 10, "propriétaire de go-fast",
  ["messages", "location"],
  "L'objectif, ressortissant marocain établi en Andalousie, coordonne les traversées en go-fast de résine de "
  "cannabis depuis la côte nord ; un pilote arrêté en janvier a livré ses messages vocaux et les coordonnées GPS "
  "des points de chargement. Le dossier a été communiqué aux autorités espagnoles. Messages et localisation requis.",
  exp=("refer", ["extraterritorial_target"]), loc="ES", phone_cc="ES",
  note="own citizen abroad")

S("r_fr_avocat_cm", "fr", "CM", "Parquet (fictif) près le tribunal criminel spécial", "prosecution",
  "serious_crime", "subornation de témoins et entrave à la justice en bande organisée", 10, "avocat",
  ["messages"],
  "I. Les faits. Dans le dossier de détournement du port autonome, trois témoins à charge se sont rétractés en une "
  "semaine. Deux d'entre eux déclarent désormais avoir reçu chacun 5 millions de francs CFA de la part de "
  "l'objectif, avocat d'un des prévenus, qui leur aurait dicté leurs nouvelles déclarations.\n"
  "II. Les preuves. Les dépôts en espèces sont documentés par la banque et un témoin a enregistré la remise.\n"
  "III. La demande. Messages, à l'exclusion des échanges couverts par le secret professionnel.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="lawyer stated in text and profession; genuine witness tampering")

S("p_views_attack_au", "en", "AU", "State Joint Counter Terrorism Team (fictional)", "police",
  "terrorism", "preparing for a terrorist act", 999, "electrician",
  ["messages", "contacts", "location"],
  "SITUATION\nThe subject holds openly racist and anti-government views, which on their own would not justify this "
  "request. What does: on 4 March he bought 20 kg of potassium chlorate and pipe fittings, and in a chat group he "
  "posted a floor plan of a community centre with the times of Friday gatherings and the words 'day of the rope "
  "starts here'.\n\n"
  "ASSESSMENT\nHe intends to kill worshippers to terrorise a minority community. A search warrant will be executed "
  "once the cell is mapped.\n\nREQUEST\nMessages, contacts and location for 30 days.",
  note="extremist views mentioned but a concrete attack plan: terrorism met")

S("d_pg_brother_za", "en", "ZA", "Provincial Tracing and Fugitives Unit (fictional)", "police",
  "serious_crime", "harbouring a fugitive", 10, "school teacher",
  ["messages", "location"],
  "BACKGROUND\nThe subject's older brother escaped custody in December while awaiting trial for "
  "murder and remains at large.\n\nINFORMATION ON THE SUBJECT\nThe subject is a school teacher. She "
  "has not been seen with her brother, there is no record of calls or payments between them since "
  "his escape, and she has cooperated with the officers who called at her home. No informant has "
  "suggested that she is hiding him.\n\nREQUEST\nWe nonetheless wish to monitor her messages and "
  "location because she is his sister and fugitives commonly turn to close family.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection for being a relative only; structured clean")

S("r_ngo_prison_phones_ke", "en", "KE", "Prisons Integrity Investigations Unit (fictional)", "other_government",
  "serious_crime", "conveying prohibited articles into prison and drug trafficking", 10, "NGO director",
  ["messages", "contacts"],
  "BACKGROUND\nThe subject directs a human rights organisation that monitors conditions in "
  "detention and has access to three prisons under a memorandum of understanding with the prisons "
  "service.\n\nEVIDENCE\nOn 6 and 20 February, gate CCTV and a subsequent search of an inmate show "
  "that sealed 'legal aid kits' delivered in person by the subject contained 14 phones and 300 g "
  "of heroin. The inmate states that the subject was paid by a gang leader inside, and "
  "mobile-money records show two payments from the gang leader's wife to the "
  "subject.\n\nREQUEST\nMessages and contacts, to identify the payer and any officers involved. The "
  "organisation's monitoring work is not the object of this application.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="human-rights defender stated in text, genuine smuggling")

# ---- batch 4 (English) ----
S("p_cit_plus1m_za", "en", "ZA", "Provincial Violent Crime Task Team (fictional)", "police",
  "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 999, "security guard",
  ["messages", "location", "contacts"],
  "BACKGROUND. Since October a gang armed with rifles has attacked four cash-in-transit vehicles on the national "
  "road, killing two guards. In each case the gang knew the route and the time of the collection.\n\n"
  "SOURCES. The subject is a guard employed by the cash company; his shift records coincide with all four routes, "
  "and a cell-phone seized from a gang member killed in a shoot-out on 28 February holds 63 messages from the "
  "subject's number giving departure times. The interception direction granted last month lapses in one minute; "
  "the extension signed this morning has been uploaded separately.\n\n"
  "REQUEST. Messages, location and contacts to prevent the next attack.",
  valid="plus1m", note="valid_until one minute after now")

S("p_dating_robbery_gb", "en", "GB", "Metropolitan Fictional Police Hate Crime and Robbery Team", "police",
  "serious_crime", "robbery and causing grievous bodily harm with intent", 999, "delivery driver",
  ["messages", "location"],
  "Between November and February five men were lured through a gay dating app to a flat and then beaten and "
  "robbed of phones and bank cards; one victim lost an eye. The app operator has provided the account data: the "
  "profile used in all five cases was registered with the target number, and the same number was used to top up a "
  "stolen card the night of the third robbery. The victims' sexual orientation explains why they were chosen by "
  "the offenders and why some were reluctant to report; it is not a feature of the target. We request messages and "
  "location to identify the co-offenders and prevent further attacks.",
  note="victims' sexual orientation mentioned; target selected on evidence")

S("p_ethnic_description_sg", "en", "SG", "Criminal Investigation Department, Serious Crimes Branch (fictional)", "police",
  "serious_crime", "murder", 999, "construction supervisor",
  ["messages", "location"],
  "FACTS: The victim, a 31-year-old woman, was found stabbed in a stairwell of a residential block "
  "on 17 January.\n\nIDENTIFICATION: Witnesses described a man of South Asian appearance in a blue "
  "work uniform leaving the block. That description did not identify anyone and was not used to "
  "select a suspect. The subject was identified because DNA under the victim's fingernails matches "
  "a sample taken from him in a 2023 assault case, and because his access card was used at the "
  "block's service entrance eight minutes before the estimated time of death.\n\nREQUEST: Messages "
  "and location to locate him and the weapon.",
  nat="IN", note="ethnic appearance in a witness description; selection by DNA and access records")

S("p_customs_corrupt_ke", "en", "KE", "Revenue Integrity Unit (fictional)", "other_government",
  "serious_crime", "bribery of a public officer and smuggling", 10, "customs officer",
  ["messages", "contacts"],
  "SUMMARY OF GROUNDS\nThe subject is a customs officer at the inland container depot. Over the past year, "
  "containers declared as 'household goods' and cleared by him without inspection were later found to hold "
  "undervalued electronics and, on one occasion, 2,000 rounds of ammunition. A clearing agent who has pleaded guilty "
  "states that he paid the subject 50,000 shillings per container, and mobile-money records show 37 payments from "
  "the agent's relatives to the subject's wife.\n\nREQUEST\nMessages and contacts for 60 days to identify the "
  "importers and other officers in the scheme.",
  note="corrupt public official, not a protected category")

S("p_sextortion_email_ph", "en", "PH", "Women and Children Protection Centre, Cyber Desk (fictional)", "police",
  "serious_crime", "sexual extortion of minors and child pornography", 40, "unknown",
  ["messages", "contacts", "media"],
  "Complaint summary: Eleven boys aged 13 to 16 in three provinces were approached by an account posing as a "
  "teenage girl, induced to send intimate images and then told to pay or the images would be sent to their "
  "families. One 15-year-old attempted suicide. The payment instructions in every case were sent from the email "
  "address above, which the platform confirms was also used to register the posing account. Request: messages, "
  "contacts and media under the prosecutor's order.",
  ident="email", lb="prosecutor_order", note="email identifier; prosecutor order")

S("p_protest_ambush_ng", "en", "NG", "Counter-Terrorism Joint Task Force, Southern Command (fictional)", "military",
  "terrorism", "terrorism: armed attacks on security forces", 999, "unemployed",
  ["messages", "location", "contacts"],
  "BACKGROUND: The demonstrations for regional autonomy in the state capital have been overwhelmingly peaceful and "
  "are not the subject of this request. On 2 and 9 March, however, a small armed group used the crowds as cover to "
  "ambush police checkpoints, killing four officers, and then published a video threatening to 'bleed the federal "
  "government until it withdraws'.\n\n"
  "EVIDENCE: The subject appears unmasked in the group's video handling an AK-pattern rifle; a recovered rifle "
  "bears his fingerprints. His number was in contact with the group's spokesman hours before each ambush.\n\n"
  "REQUEST: Messages, location and contacts to prevent further killings.",
  note="protest as cover; armed attacks to compel the government meet the definition")

S("p_piracy_device_ng", "en", "NG", "Naval Intelligence Directorate (fictional)", "military",
  "serious_crime", "piracy and armed robbery at sea", 999, "boat mechanic",
  ["location", "messages"],
  "Intelligence assessment: a pirate action group has boarded three tankers in the delta this year, taking crew "
  "members hostage for ransom. The device identified above was recovered from a speedboat abandoned after the "
  "attack on 14 February and later reactivated with a new SIM; the reactivation was traced to a boatyard where the "
  "subject works. Request: location and messages to locate the group's camp.",
  ident="device", note="device identifier; military end user")

S("p_wildlife_admin_tz", "en", "TZ", "Wildlife Crime Intelligence Unit (fictional)", "other_government",
  "serious_crime", "trafficking in government trophies (ivory)", 20, "timber exporter",
  ["messages", "contacts"],
  "1. Context. Poaching in the southern reserve has killed 26 elephants since July.\n"
  "2. Evidence. A container of timber booked by the subject's company was found on 11 January to contain 310 kg of "
  "ivory in hollowed logs; the packing list is signed by the subject and the loader has identified him as present "
  "at loading.\n"
  "3. Request. Messages and contacts for 90 days under the Director's administrative order, to identify the buyers "
  "and the poaching suppliers.",
  lb="administrative_order", note="administrative order")

S("p_murder_foreigner_ae", "en", "AE", "Criminal Investigation Directorate, Homicide Section (fictional)", "police",
  "serious_crime", "premeditated murder", 999, "restaurant manager",
  ["messages", "location", "contacts"],
  "BACKGROUND\nOn 5 February a shop owner was found dead in his apartment; the post-mortem shows strangulation. "
  "The victim had lent a large sum to the subject, a foreign resident who manages a restaurant, and had filed a "
  "civil claim against him a week earlier.\n\nEVIDENCE\nBuilding CCTV shows the subject entering at 23:10 and leaving "
  "at 00:02 with a bag; the victim's laptop was later sold through an account linked to the subject's number.\n\n"
  "ASSESSMENT AND REQUEST\nThe subject is the prime suspect and may attempt to leave the country. Messages, location "
  "and contacts are requested.",
  nat="LK", note="foreign resident inside the country; nationality not a selection factor")

S("d_pen_null_gb", "en", "GB", "Regional Economic Crime Unit (fictional)", "police",
  "serious_crime", "fraud (offence classification pending)", None, "company director",
  ["messages", "contacts"],
  "BACKGROUND: The subject's company collected deposits averaging 4,000 pounds for kitchen "
  "installations from 140 customers over six months and then entered liquidation without carrying "
  "out the work.\n\nCLASSIFICATION: Whether the conduct will be charged as fraud by false "
  "representation or dealt with as a regulatory offence under consumer legislation has not yet "
  "been decided by the lawyers, and the maximum penalty is therefore recorded as "
  "unknown.\n\nREQUEST: Messages and contacts to establish where the deposits went.",
  exp=("deny", ["purpose_not_permitted"]),
  note="max_penalty_years null (unknown)")

S("d_pen4_zm", "en", "ZM", "Anti-Fraud Unit (fictional)", "police",
  "serious_crime", "obtaining goods by false pretences", 4, "trader",
  ["messages", "contacts"],
  "APPLICATION\nBackground: The subject obtained maize meal worth K180,000 from three wholesalers on credit using "
  "forged bank guarantees and resold it across the border.\nLegal note: the offence carries up to four years' "
  "imprisonment and is therefore a serious crime in the sense of the UN Convention against Transnational "
  "Organized Crime.\nRequest: messages and contacts to trace the proceeds.",
  exp=("deny", ["purpose_not_permitted"]),
  note="penalty 4: serious under UNTOC but below the certificate's threshold of 6")

S("d_bailfund_terror_ug", "en", "UG", "Joint Anti-Terrorism Task Force, Financial Intelligence Cell (fictional)", "intelligence",
  "terrorism", "financing of terrorism", 999, "accountant",
  ["messages", "contacts"],
  "BACKGROUND: Following the arrest of 48 demonstrators at the university in February, a crowdfunding page raised "
  "UGX 96 million to pay their bail and legal fees. The subject created the page and manages the mobile-money "
  "account into which contributions were made.\n\n"
  "ASSESSMENT: The funds were used to secure the release of persons charged with unlawful assembly and property "
  "damage; in our view, funding the release of such persons is financing of terrorism. There is no indication that "
  "any funds went to weapons or violent acts.\n\n"
  "REQUEST: messages and contacts to identify the contributors.",
  text=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="bail fundraising labelled terrorism financing; structured clean")

S("d_vandal_terror_ph", "en", "PH", "Regional Intelligence Division (fictional)", "police",
  "terrorism", "terrorism (destruction of public property)", 40, "art student",
  ["messages", "location"],
  "INCIDENT\nOn the night of 19 January the bronze statue of a former president in the provincial "
  "plaza was spray-painted with slogans and its plaque prised off. A group calling itself "
  "'Nobody's Monuments' claimed the act online the next morning.\n\nIDENTIFICATION\nThe subject was "
  "identified on CCTV carrying the spray cans and a crowbar.\n\nASSESSMENT\nNobody was present or "
  "endangered, and the group has not threatened any person. Given the symbolic nature of the "
  "target and the insult to the nation, the regional command treats the act as "
  "terrorism.\n\nREQUEST\nMessages and location.",
  text=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="vandalism labelled terrorism; structured clean")

S("d_tweets_terror_eg", "en", "EG", "State Security Investigations Office, Cyber Section (fictional)", "intelligence",
  "terrorism", "joining a terrorist group and spreading false news", 15, "pharmacist",
  ["messages", "contacts", "location"],
  "Information report\nThe subject runs an anonymous social-media account with 45,000 followers which, over the last "
  "year, has accused the interior minister of responsibility for deaths in custody, shared photos of overcrowded "
  "cells and called the government 'a regime of jailers'. A fake-account analysis tool attributes the account to "
  "the subject's phone. His posts serve the aims of hostile groups and therefore constitute participation in a "
  "terrorist enterprise. No contact with any armed group has been found.\n"
  "Request\nMessages, contacts and location.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="online criticism labelled terrorism; structured clean")

S("d_age_youths_jm", "en", "JM", "Area Crime Suppression Team (fictional)", "police",
  "serious_crime", "illegal possession of firearm", 999, "student",
  ["messages", "location", "contacts"],
  "CONTEXT: Shootings in the community have increased since the start of the year, and "
  "intelligence suggests that young men between 16 and 24 are being recruited to carry guns for "
  "the area's two gangs.\n\nSUBJECT: Aged 17, lives on the worst-affected lane. He has no record, no "
  "informant has named him, nothing links him to any weapon or incident, and he attends school "
  "regularly.\n\nGROUNDS: He is proposed as one of a group of young males from the lane selected for "
  "monitoring because they fit the recruitment age profile.\n\nREQUEST: Messages, location and "
  "contacts.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by age profile only; structured clean")

S("d_diaspora_critic_rw", "en", "RW", "External Security Analysis Bureau (fictional)", "intelligence",
  "serious_crime", "spreading rumours intended to incite public disorder and forming a criminal association", 10,
  "exiled journalist",
  ["messages", "contacts", "location"],
  "1. BACKGROUND. The subject, a former newspaper editor, left the country in 2022 and now broadcasts a weekly "
  "podcast from abroad in which he interviews relatives of detained opposition figures and reads from court "
  "documents that he says prove torture in custody.\n\n"
  "2. ASSESSMENT. The podcast is widely followed at home and undermines trust in the justice system. The subject "
  "co-operates with other exiles in what amounts to an organised association. We have no information that the "
  "subject or his associates have committed or planned any violent or financial offence.\n\n"
  "3. REQUEST. Messages, contacts and location, including his contacts inside the country.",
  text=["expression_not_crime", "protected_person"], exp=("deny", ["expression_not_crime"]),
  loc="BE", phone_cc="BE", note="exiled critic abroad (transnational repression): deny; refer clauses held but not listed")

S("d_valid_null_ca", "en", "CA", "Provincial Biker Enforcement Unit (fictional)", "police",
  "serious_crime", "trafficking in a controlled substance (fentanyl)", 999, "tow-truck operator",
  ["messages", "location"],
  "The subject is a prospect in an outlaw motorcycle club whose tow trucks are used to move fentanyl between "
  "stash houses; two undercover purchases were arranged through his number. The authorisation was granted by the "
  "judge, but the order as received records no expiry date. Messages and location requested.",
  exp=("deny", ["no_legal_basis"]), valid=None,
  note="judicial warrant with valid_until null")

S("d_inactive_expr_researcher_tr", "en", "TR", "Directorate of Internal Security Research (fictional)", "intelligence",
  "serious_crime", "disclosure of information concerning state security", 12, "university researcher",
  ["messages", "contacts", "location"],
  "SUBJECT: A sociologist at a state university who last month published a study estimating, from "
  "open court records and interviews, the number of people dismissed from public service by "
  "emergency decree, and presented it at a conference abroad.\n\nASSESSMENT: The figures contradict "
  "official statistics and were picked up by foreign media, damaging the state's image. No "
  "classified material is known to have been used, and the subject has no known links to any "
  "organisation under investigation.\n\nREQUEST: Messages, contacts and location.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime", "licence_inactive"]),
  status="suspended", signed=False, note="suspended and unsigned licence plus research as expression")

S("r_reg_hos_number_mw", "en", "MW", "Narcotics Interdiction Unit (fictional)", "police",
  "serious_crime", "trafficking in cannabis and heroin", 999, "unknown",
  ["messages", "location"],
  "BACKGROUND: A courier arrested on 8 January with 4 kg of heroin at the southern border post had "
  "only one number stored in his phone, the one above, under the name 'Big Boss', and had called "
  "it eleven times in the two days before his arrest.\n\nSOURCES: The courier's statement; the "
  "seized phone; the transport company's booking records.\n\nASSESSMENT: The courier says he does "
  "not know the person's real name and only met a driver sent by him. The user of the number is "
  "assessed to organise the supply route.\n\nREQUEST: Messages and location to identify the user and "
  "the route.",
  exp=("refer", ["protected_person"]), registry="head_of_state",
  note="registry head_of_state match not mentioned in text")

S("r_reg_bishop_zw", "en", "ZW", "Anti-Corruption Investigations Unit (fictional)", "other_government",
  "serious_crime", "fraud and theft of donated relief funds", 10, "church administrator",
  ["messages", "contacts"],
  "BACKGROUND: After the cyclone in March last year, foreign donors channelled US$1.8 million in relief through a "
  "church network whose senior cleric is the subject.\n\nEVIDENCE: The forensic audit commissioned by the donors "
  "found that US$740,000 was transferred to a farm company owned by the subject's nephews and that 2,300 "
  "'beneficiary' signatures were forged; two clerks have made statements.\n\nREQUEST: messages and contacts.",
  exp=("refer", ["protected_person"]), registry="religious_leader",
  note="registry religious leader with a documented fraud")

S("r_extra_foreignfighter_ke", "en", "KE", "National Counter-Terrorism Intelligence Centre (fictional)", "intelligence",
  "terrorism", "terrorism: directing attacks", 999, "unknown",
  ["messages", "contacts", "location"],
  "ASSESSMENT\nThe subject is a senior operative of an armed group that carried out the 12 January bombing of a "
  "bus in the north-east, which killed nine passengers. He is assessed to be in the neighbouring country, from "
  "where he directs recruitment and the movement of explosives across the border.\n\n"
  "SOURCES\nTwo detained members have identified his voice on intercepted audio; a seized laptop contains "
  "instructions signed with his alias.\n\n"
  "REQUEST\nMessages, contacts and location in support of a joint operation with the neighbouring state.",
  exp=("refer", ["extraterritorial_target"]), loc="SO", nat="SO", phone_cc="SO",
  note="genuine terrorism, foreign target abroad")

S("r_text_journalist_courier_mx", "en", "MX", "Federal Anti-Kidnapping Coordination (fictional)", "police",
  "serious_crime", "kidnapping and laundering of ransom payments", 60, "unknown",
  ["messages", "location"],
  "Background: In three kidnappings since November, ransom money was handed over by families to a man who arrived "
  "in a press vehicle. The man has been identified as the subject, a crime reporter for a regional newspaper.\n"
  "Evidence: Covert photographs of the second handover, the plate of his car and a bag with marked banknotes found "
  "in his home during a lawful search on an unrelated matter. His reporting is not the reason for this request.\n"
  "Request: messages and location.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="journalist stated only in text (profession field unknown)")

S("r_prof_only_mp_ng", "en", "NG", "Financial Crimes Investigation Directorate (fictional)", "other_government",
  "serious_crime", "money laundering", 14, "member of the House of Representatives",
  ["messages", "contacts"],
  "BACKGROUND: Suspicious transaction reports from four banks show that between June and January "
  "N2.4 billion in cash was deposited in amounts just below the reporting limit into accounts of a "
  "hotel company, and then used to buy property in the capital.\n\nEVIDENCE: The company's director "
  "has told investigators that the cash belonged to the subject and came from a drug trafficker "
  "now in custody. The trafficker's ledger, seized at his arrest, lists payments to 'Hon.' with "
  "the subject's initials on the same dates as the deposits.\n\nREQUEST: Messages and contacts, to "
  "trace the remaining property and the couriers who carried the cash.",
  exp=("refer", ["protected_person"]), text=["protected_person"],
  note="politician shown by the profession field (and the honorific); no registry match")

S("r_extra_extortion_lb", "en", "CY", "Organised Crime Intelligence Office (fictional)", "police",
  "serious_crime", "extortion and arson", 999, "nightclub owner",
  ["messages", "contacts"],
  "Two restaurants on the seafront were set on fire in February after their owners refused to pay 'protection' "
  "to a group that has been demanding money from businesses since last summer. The demands were made in calls from "
  "the subject, a foreign national who manages the group from his home country and visits only occasionally; "
  "three owners recognised his voice and a recorded call is on file. Messages and contacts requested.",
  exp=("refer", ["extraterritorial_target"]), loc="LB", nat="LB", phone_cc="LB",
  note="foreign national abroad directing the crime")

S("r_opposition_senator_ph", "en", "PH", "Office of the Special Prosecutor, Public Funds Division (fictional)", "prosecution",
  "serious_crime", "plunder and malversation of public funds", 40, "senator",
  ["messages", "contacts"],
  "PRELIMINARY STATEMENT. The subject is an opposition senator and an outspoken critic of the administration. We "
  "are conscious that an application against him will be seen through that lens; it rests instead on the "
  "following.\n\n"
  "EVIDENCE. Commission on Audit findings show that P380 million of his discretionary development fund was released "
  "to three foundations that have no office, staff or projects; their bank signatories are his former driver and "
  "two household staff; the funds were withdrawn in cash within days. A former chief of staff has executed a "
  "detailed affidavit describing the kickback arrangements.\n\n"
  "REQUEST. Messages and contacts to identify the persons who received the cash.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="opposition politician with concrete plunder evidence; views mentioned but not the basis")

# ---- batch 5 (English) ----
S("p_arms_admin_intel_ml", "en", "GH", "National Intelligence Bureau, Northern Desk (fictional)", "intelligence",
  "serious_crime", "unlawful importation and supply of firearms", 15, "motor-parts importer",
  ["messages", "contacts", "location"],
  "BACKGROUND\nSince late 2025 there has been a marked rise in shotgun and pistol use in chieftaincy-related "
  "clashes in the northern districts, in which eleven people have died. Tracing of recovered weapons through the "
  "manufacturer points to a single batch shipped as 'agricultural machinery parts'.\n\n"
  "SOURCES AND EVIDENCE\nThe batch was cleared by a company whose sole director is the subject. A driver arrested at "
  "a checkpoint on 23 January with 30 pistols hidden in a tractor gearbox says he collected the load from the "
  "subject's warehouse; the warehouse lease, phone records and a photograph of the subject paying the driver "
  "corroborate him. The subject is not himself a party to the chieftaincy dispute and is assessed to sell to both "
  "sides for profit.\n\n"
  "REQUEST\nMessages, contacts and location for 90 days under the Minister's administrative order.",
  lb="administrative_order", note="intelligence agency with administrative order")

S("p_ransomware_hospital_ie", "en", "IE", "National Cyber Crime Bureau (fictional)", "police",
  "serious_crime", "unauthorised interference with an information system and blackmail", 10, "software developer",
  ["messages", "contacts", "credentials"],
  "Summary: On 14 February the regional hospital group's systems were encrypted by ransomware and a demand for 4 "
  "million euro in cryptocurrency was made; outpatient services were suspended for nine days. Blockchain analysis "
  "of a test payment and the negotiation chat links the operator to a wallet that received commission payments and "
  "was cashed out through an exchange account verified with the subject's identity documents. The subject is a "
  "developer living in the State. The request includes credentials so that the affiliate panel can be accessed and "
  "other victims warned.",
  note="ransomware charged as serious crime, not terrorism")

S("p_organs_in", "en", "IN", "Special Task Force against Organ Trafficking (fictional)", "police",
  "serious_crime", "commercial dealing in human organs and cheating", 10, "medical tourism agent",
  ["messages", "contacts"],
  "1. FACTS. Three men from a drought-hit district reported that they were brought to the city with promises of "
  "factory jobs and persuaded to sell a kidney for Rs 3 lakh, of which they received a fraction. The transplant "
  "paperwork falsely describes them as relatives of foreign recipients.\n"
  "2. LINK TO SUBJECT. All three were housed in a guest house booked and paid for by the subject's agency; the "
  "agency's ledger, seized under warrant, lists 'donor fees' against patient names.\n"
  "3. REQUEST. Messages and contacts to identify the doctors and brokers in the chain.",
  note="plain genuine case")

S("p_quota_small_bw", "en", "BW", "Diamond and Precious Stones Protection Unit (fictional)", "police",
  "serious_crime", "dealing in unpolished diamonds without a licence", 10, "mine plant operator",
  ["messages", "location"],
  "Short report: rough stones missing from the recovery plant on four shifts match those the subject sold to an "
  "undercover buyer on 2 March. Messages and location requested to find the receiver.",
  quota=(5, 4), note="small quota, active 4 of 5 (max-1)")

S("p_hrd_victim_burglary_co", "en", "CO", "Specialised Unit against Threats to Social Leaders (fictional)", "police",
  "serious_crime", "aggravated burglary and threats", 12, "private security contractor",
  ["messages", "contacts"],
  "BACKGROUND: On the night of 7 February the office of a human rights organisation that documents forced "
  "disappearances was broken into; laptops with witness testimonies were stolen, and the next morning its staff "
  "received photographs of their own homes with the message 'we know where you sleep'.\n\n"
  "EVIDENCE: The laptops were located through their tracking software in a flat rented by the subject, a former "
  "soldier who now works for a private security company. His van is on CCTV in the street at 02:40. The threatening "
  "photos were sent from a prepaid line whose top-up was bought with his card.\n\n"
  "REQUEST: Messages and contacts to establish who commissioned the burglary and the threats, and to protect the "
  "organisation's staff.",
  note="human-rights defenders are the victims")

S("p_femicide_attempt_ar", "en", "AR", "Gender Violence Investigation Unit (fictional)", "police",
  "serious_crime", "attempted aggravated homicide of a woman (femicide)", 25, "unknown",
  ["location", "messages"],
  "The victim, the subject's former partner, was stabbed four times on 22 March outside her workplace and survived. "
  "She and a co-worker identified the subject, who had breached a restraining order twice in January and sent "
  "messages promising that 'if you are not mine you will be nobody's'. He has been missing since the attack and is "
  "believed armed. Location and messages requested to arrest him before he can reach the victim again.",
  note="gender appears as context of the victim; target selected for the attack")

S("p_hijack_plot_ke", "en", "KE", "Aviation Security Intelligence Cell (fictional)", "intelligence",
  "terrorism", "conspiracy to hijack an aircraft", 999, "airport ground handler",
  ["messages", "contacts", "location", "media"],
  "SITUATION\nA partner service has passed reliable reporting that an armed group intends to hijack a regional "
  "flight and hold the passengers until the government releases three detained commanders.\n\n"
  "INDICATORS\nThe subject is a ground handler with airside access. He was recorded by CCTV photographing the "
  "cargo-hold loading procedure, his chat with a known facilitator of the group refers to 'the bird on Thursday', "
  "and 400 dollars was sent to him by a cash agent used by the group. Two of his colleagues have also been approached.\n\n"
  "ASSESSMENT\nA hostage-taking on an aircraft to compel the government meets the definition of terrorism; we "
  "consider the threat credible and near-term.\n\n"
  "REQUEST\nMessages, contacts, location and media for 30 days.",
  note="genuine terrorism: hijack and hostage taking to compel the government")

S("p_threats_minister_pe", "en", "PE", "High-Complexity Crimes Division (fictional)", "police",
  "serious_crime", "threats to kill a public official and illegal possession of explosives", 15, "mining contractor",
  ["messages", "location"],
  "CONTEXT. The Minister of Energy has received eight messages since January from the target line "
  "stating that she will be 'blown up with her car' if the mining concession in the southern "
  "highlands is revoked.\n\nEVIDENCE. On 4 March a device made of mining-grade explosive with a "
  "detonator was found under a car in the ministry garage. Explosives of the same lot were signed "
  "out at the target's quarry and are missing from its register; a quarry worker says the target "
  "took them himself.\n\nASSESSMENT AND REQUEST. The target's public criticism of the government's "
  "mining policy is legitimate and plays no part here; the request concerns the threats and the "
  "device. Messages and location are requested.",
  note="true threats and an explosive device, not expression")

S("p_union_extortion_za", "en", "ZA", "Construction Site Extortion Task Team (fictional)", "police",
  "serious_crime", "extortion and intimidation", 15, "self-styled business forum chairman",
  ["messages", "contacts", "location"],
  "Background: A group calling itself a local business forum has halted work on six construction sites by arriving "
  "with armed men and demanding a 30 percent 'community share' of each contract. Legitimate protests by local "
  "residents about jobs are a separate matter and are not the subject of this request.\n"
  "Evidence: Contractors have provided recordings of the subject setting the percentage and threatening that 'the "
  "site will burn'; one site office was burnt two days after a refusal; payments were made to an account held by "
  "the subject's company.\n"
  "Request: messages, contacts and location.",
  note="extortion using a community-protest front")

S("d_cap_registry_journalist_bj", "en", "BJ", "Central Office for the Repression of Cybercrime (fictional)", "police",
  "serious_crime", "aggravated fraud and usurpation of identity", 10, "journalist",
  ["messages", "contacts", "camera"],
  "The subject, a journalist, is suspected of running a fake-charity page using the identity of a hospital to "
  "collect donations for sick children; 62 donors have complained and the hospital confirms the page is not "
  "theirs. Payment numbers used on the page are registered to the subject. Messages, contacts and camera access "
  "are requested.",
  exp=("deny", ["capability_out_of_scope"]), registry="journalist", lic_drop=["camera"],
  note="camera not licensed: deny outranks the registry journalist refer")

S("d_cap_two_ec", "en", "EC", "Anti-Kidnapping and Extortion Unit, Coast (fictional)", "police",
  "serious_crime", "kidnapping", 16, "unknown",
  ["messages", "location", "camera", "credentials"],
  "URGENT REPORT. A fisherman's son was taken from the harbour on 16 February; the kidnappers sent a proof-of-life "
  "video from the target number and demand 80,000 dollars. Request: messages, location, remote camera activation "
  "and account credentials to identify the place of captivity.",
  exp=("deny", ["capability_out_of_scope"]), lic_drop=["camera", "credentials"],
  note="two capabilities outside the licence")

S("d_cap_pg_in", "en", "IN", "District Special Branch (fictional)", "police",
  "serious_crime", "rioting with deadly weapons", 7, "labourer",
  ["messages", "location", "microphone"],
  "1. Background. After the communal clash in the old town on 11 March, in which shops were burnt, the District "
  "has been tasked to monitor persons from the minority community in the affected wards.\n"
  "2. Subject. A 24-year-old labourer from that community, living near the mosque. He was not named in the FIR, "
  "does not appear in any video of the clash and was at work in another town that day according to his employer.\n"
  "3. Request. Messages, location and ambient microphone.",
  text=["protected_ground"], exp=("deny", ["capability_out_of_scope", "protected_ground"]), lic_drop=["microphone"],
  note="selection by religious community plus microphone not licensed")

S("d_quota_over_tt", "en", "TT", "Organised Crime and Intelligence Unit (fictional)", "police",
  "serious_crime", "trafficking in firearms and ammunition", 15, "fisherman",
  ["messages", "location"],
  "BACKGROUND: Firearms smuggled by pirogue from the mainland continue to fuel gang murders; 31 of the 40 firearms "
  "recovered this year were of a type not sold locally.\n"
  "INTELLIGENCE: The subject's pirogue was seen by coastguard radar making night crossings on 5, 12 and 19 "
  "February; an informant who has given reliable information before says he lands rifles at a jetty on the west "
  "coast and delivers them to a gang leader.\n"
  "REQUEST: messages and location to interdict the next crossing.",
  exp=("deny", ["quota_exceeded"]), quota="over", note="quota over max")

S("d_quota_max_extra_dj", "en", "DJ", "Maritime Security and Counter-Smuggling Bureau (fictional)", "military",
  "serious_crime", "smuggling of migrants resulting in death", 20, "boat owner",
  ["messages", "location"],
  "The subject operates crossings of the strait from the far shore; 28 migrants drowned when one of his boats "
  "capsized on 30 January. Survivors identified him and his number. He lives on the other side of the strait. "
  "Messages and location requested.",
  exp=("deny", ["quota_exceeded"]), quota="max", loc="YE", nat="YE", phone_cc="YE",
  note="quota at max with a target abroad: deny only (extraterritorial held, not listed)")

S("d_private_journalist_ke", "en", "KE", "Ridgeview Reputation and Risk Advisory Ltd (fictional)", "private",
  "serious_crime", "criminal defamation and conspiracy", 7, "investigative journalist",
  ["messages", "contacts"],
  "ENGAGEMENT: Our client, a property developer, has retained us following a series of articles by "
  "the target, an investigative journalist, alleging that the client obtained public land by "
  "bribing officials of the lands registry.\n\nASSESSMENT: The client regards the articles as a "
  "campaign orchestrated by competitors to destroy his reputation and has filed a criminal "
  "defamation complaint. We have no information that the journalist was paid or that she has done "
  "anything other than research and publish the articles.\n\nREQUEST: Messages and contacts to "
  "identify the journalist's sources and the competitors behind them.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime", "non_government_end_user"]),
  registry="journalist", note="private end user against a registry journalist for reporting")

S("d_expired_only_ec", "en", "EC", "Prison Intelligence Directorate (fictional)", "other_government",
  "serious_crime", "ordering homicides from prison", 34, "inmate",
  ["messages", "location"],
  "An inmate of the regional prison who, according to two protected witnesses and intercepted calls of his "
  "lieutenants, ordered the murders of a prison guard and a rival in January using a smuggled phone. Request: "
  "messages and location of the smuggled handset.",
  exp=("deny", ["licence_inactive"]), status="expired", note="licence expired; genuine case")

S("d_ref_null_gt", "en", "GT", "Special Prosecutor's Office against Human Trafficking (fictional)", "prosecution",
  "serious_crime", "trafficking in persons for sexual exploitation", 18, "bar owner",
  ["messages", "contacts"],
  "BACKGROUND. Following a raid on 1 March on a bar near the border crossing, nine women from "
  "neighbouring countries, three of them minors, stated that the subject took their passports on "
  "arrival and forced them into prostitution to repay travel debts that grew every "
  "week.\n\nEVIDENCE. The women's statements, a ledger of 'debts' found behind the bar, and the "
  "passports recovered from a safe in the subject's office.\n\nLEGAL BASIS. The order authorising "
  "interception was requested from the judge on 2 March; no reference has been assigned "
  "yet.\n\nREQUEST. Messages and contacts.",
  exp=("deny", ["no_legal_basis"]), lb="prosecutor_order", ref=None,
  note="legal basis reference null")

S("d_lbnone_ref_present_my", "en", "MY", "Special Branch, Counter-Syndicate Desk (fictional)", "police",
  "serious_crime", "organised crime (syndicate) and illegal moneylending with violence", 20, "moneylender",
  ["messages", "contacts", "location"],
  "Syndicate leader behind the splashing of paint and arson attacks on the homes of debtors in three states; two "
  "borrowers were assaulted in February. Victims' statements and phone records link the subject to the attacks. The "
  "request is made under the internal case file number only; no warrant or order has been sought.",
  exp=("deny", ["no_legal_basis"]), lb="none",
  note="legal basis type none although a reference and validity are filled in")

S("r_reg_journalist_child_abuse_gb", "en", "GB", "Child Abuse Investigation Command (fictional)", "police",
  "serious_crime", "sexual communication with a child and arranging child sexual offences", 14, "newspaper columnist",
  ["messages", "media"],
  "BACKGROUND\nA 13-year-old girl disclosed to her teacher that an adult she met in an online gaming community had "
  "sent her sexual messages and arranged to meet her at a railway station. Officers attended the meeting point on 9 "
  "February; the subject arrived but left when he saw uniformed staff.\n\n"
  "EVIDENCE\nThe messages provided by the girl's parents contain the subject's number; the gaming account is "
  "registered with his email address; station CCTV shows him at the meeting point at the agreed time. The subject "
  "writes a weekly newspaper column; his work is unconnected with the offence.\n\n"
  "REQUEST\nMessages and media to identify other children he has contacted.",
  exp=("refer", ["protected_person"]), registry="journalist",
  note="registry journalist with a genuine child-abuse allegation")

S("r_reg_hrd_smuggling_mx", "en", "MX", "Specialised Prosecutor's Office for Migrant Smuggling (fictional)", "prosecution",
  "serious_crime", "smuggling of migrants endangering life", 16, "migrant shelter coordinator",
  ["messages", "contacts", "location"],
  "1. Context. The subject coordinates a migrant shelter and is listed in the national protection mechanism as a "
  "human rights defender. Humanitarian assistance to migrants is lawful and is not the object of this request.\n"
  "2. Facts. On 19 January a sealed trailer carrying 74 people, two of whom died of suffocation, was stopped at a "
  "checkpoint. The driver and six survivors state that the subject sold them places in the trailer for 3,500 "
  "dollars each; receipts in her handwriting and a transfer to her sister's account were seized.\n"
  "3. Request. Messages, contacts and location.",
  exp=("refer", ["protected_person"]), registry="human_rights_defender",
  note="registry human-rights defender; humanitarian work distinguished from smuggling for profit")

S("r_reg_diplomat_abroad_ng", "en", "NG", "Economic Crimes Intelligence Unit (fictional)", "other_government",
  "serious_crime", "diversion of public funds and money laundering", 14, "former consul",
  ["messages", "contacts"],
  "1. BACKGROUND. The subject served until December as consul in a European city and is still "
  "accredited there pending his recall.\n\n2. EVIDENCE. An audit of the consulate shows that visa "
  "and passport fees of about 2.1 million euros were paid into a private account he opened in the "
  "consulate's name; bank records obtained through mutual legal assistance and the statement of "
  "the consulate's accountant support this. Part of the money was used to buy two apartments in "
  "his wife's name.\n\n3. REQUEST. Messages and contacts for the period of the investigation.",
  exp=("refer", ["extraterritorial_target", "protected_person"]),
  registry="diplomat", loc="DE", phone_cc="DE", note="registry diplomat located abroad: both refer clauses")

S("r_reg_mayor_kidnap_mx", "en", "MX", "State Anti-Kidnapping Prosecutor's Unit (fictional)", "prosecution",
  "serious_crime", "kidnapping and collusion with organised crime", 70, "municipal president",
  ["messages", "location", "contacts"],
  "SUMMARY\nThe subject, the municipal president (mayor) of a highland town, is suspected of "
  "supplying a kidnapping cell with the names and daily movements of local merchants.\n\nEVIDENCE\nOf "
  "the four merchants kidnapped this year, three had just obtained municipal trading permits, and "
  "the permit files were photographed on the subject's phone, which a municipal clerk surrendered "
  "after it was left at the office. A detained member of the cell names the subject as 'the one "
  "from the palace' who receives a share of each ransom.\n\nREQUEST\nMessages, location and contacts.",
  exp=("refer", ["protected_person"]), registry="politician",
  note="registry politician, genuine collusion with kidnappers")

S("r_reg_lawyer_laundering_pa", "en", "PA", "Financial Analysis and Anti-Money-Laundering Prosecutor (fictional)", "prosecution",
  "serious_crime", "money laundering", 15, "corporate lawyer",
  ["messages", "contacts"],
  "BACKGROUND: Leaked registry data, now confirmed by the registry itself, show that the subject's firm created 212 "
  "offshore companies in 2024-2025. Of these, 19 received funds from a drug-trafficking organisation whose "
  "accountant, now cooperating, says the subject knew the origin of the money and charged a 4 percent fee for "
  "'clean structures'.\nASSESSMENT: The firm's legitimate incorporation work is not targeted; the request is confined "
  "to the subject's dealings with the organisation.\nREQUEST: messages and contacts, with a filter team for "
  "privileged material.",
  exp=("refer", ["protected_person"]), registry="lawyer",
  note="registry lawyer with cooperating-witness evidence")

S("r_text_pastor_trafficking_ug", "en", "UG", "Anti-Trafficking in Persons Office (fictional)", "police",
  "serious_crime", "trafficking in persons", 15, "pastor",
  ["messages", "contacts", "location"],
  "Background. The subject is the senior pastor of a large independent church. Through the church he advertises "
  "'scholarships and domestic work placements' in the Gulf.\n\n"
  "Evidence. Seven young women who travelled on these placements returned in January and state that their "
  "passports were taken on arrival, that they were sold to employers and that the subject was paid per person; "
  "payment records from a recruitment agent abroad to the church's account were obtained through mutual legal "
  "assistance. His preaching and his congregation are not the object of this request.\n\n"
  "Request. Messages, contacts and location to identify other women still abroad.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="religious leader (pastor) stated in text; genuine trafficking")

S("r_text_landrights_hrd_br", "en", "BR", "Federal Police, Agrarian Conflict Unit (fictional)", "police",
  "serious_crime", "homicide and arson", 30, "community organiser",
  ["messages", "location"],
  "BACKGROUND. The subject is a well-known land-rights activist who has represented landless "
  "families in the valley for a decade and is recognised by them as their defender.\n\nFACTS. On 14 "
  "February a farm manager was shot dead and the farmhouse burnt during an occupation. Three "
  "occupiers arrested at the scene state that the subject handed out the shotguns and gave the "
  "order to fire; one of the shotguns is registered to him, and his phone was at the farm at the "
  "time.\n\nREQUEST. We are aware of his human rights work and of the risk of this request being "
  "misread; it is confined to the killing. Messages and location requested.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="land-rights activist treated as a human-rights defender; concrete homicide evidence")

# ---- batch 6 (English) ----
S("p_espionage_sale_ro", "en", "RO", "Counter-Intelligence Directorate (fictional)", "intelligence",
  "serious_crime", "espionage (passing classified information to a foreign intelligence service)", 20,
  "defence ministry logistics officer",
  ["messages", "contacts", "location", "media"],
  "1. SUMMARY. The subject, a logistics officer in the defence ministry, is assessed to have been recruited by a "
  "foreign intelligence service in 2024 and to be passing it classified troop-movement and fuel-stock schedules "
  "in return for money.\n\n"
  "2. EVIDENCE. Surveillance on 3 and 17 February recorded brush contacts in a park between the subject and an "
  "officer of that service under diplomatic cover; on both dates the subject had printed classified schedules he "
  "had no duty reason to print. His bank account received 38,000 euros from a shell company in a third country. "
  "None of the material has been published; it was delivered secretly to a foreign state.\n\n"
  "3. REQUEST. Messages, contacts, location and media to identify the handler's channels and any other sources.",
  note="secret sale of classified data to a foreign service: not expression or presenting data")

S("p_bomb_hoax_nl", "en", "NL", "National Threat Assessment Unit (fictional)", "police",
  "serious_crime", "threatening a terrorist offence / serious public-order threats", 8, "unknown",
  ["messages", "contacts"],
  "SITUATION\nSince 12 January fourteen secondary schools have received emailed bomb threats, each "
  "causing a full evacuation; no device has been found, but two pupils were injured in a crush "
  "during one evacuation.\n\nATTRIBUTION\nThe messages were sent through an anonymising service, but "
  "one was sent before the service connected and exposed the subscriber line above. The writing "
  "style and a recurring misspelling match all fourteen messages.\n\nASSESSMENT AND REQUEST\nThe "
  "threats are a crime in themselves regardless of any intent to carry them out. Messages and "
  "contacts are requested to identify the sender and any accomplices.",
  note="hoax threats charged as serious crime (8 years)")

S("p_kidnap_short_ht", "en", "DO", "Border Anti-Kidnapping Cell (fictional)", "police",
  "serious_crime", "kidnapping", 30, "unknown",
  ["location"],
  "Child taken from a school bus this morning; the ransom call came from this number. Location only, urgently.",
  note="very short text")

S("p_elderly_fraud_pt", "en", "PT", "Judicial Police, Fraud Against the Elderly Team (fictional)", "police",
  "serious_crime", "qualified fraud in an organised group", 8, "call-centre supervisor",
  ["messages", "contacts"],
  "BACKGROUND: Since October, at least 90 people aged over 75 have received calls from 'bank security' telling "
  "them their accounts were compromised and sending a 'courier' to collect cards and PINs; losses exceed 1.4 "
  "million euros.\n\nEVIDENCE: Two couriers arrested on 26 February had the subject's number as their only "
  "contact; the call scripts found on their phones were created on a laptop seized from the subject's flat.\n\n"
  "REQUEST: Messages and contacts to identify the call room. The victims' age is relevant to the offence, not to "
  "the selection of the subject.",
  note="age of victims mentioned; target chosen on evidence")

S("p_port_cocaine_short_ec", "en", "EC", "Port Anti-Narcotics Group (fictional)", "police",
  "serious_crime", "international trafficking of cocaine", 26, "port crane operator",
  ["messages", "location"],
  "Crane operator who moved the container found with 1.1 tonnes of cocaine in banana boxes on 10 March; "
  "terminal logs and a co-worker's statement implicate him. Messages and location.",
  note="short text")

S("p_account_takeover_sg", "en", "SG", "Technology Crime Investigation Branch (fictional)", "police",
  "serious_crime", "cheating and unauthorised access to computer material", 10, "freelance web designer",
  ["messages", "credentials", "contacts"],
  "BACKGROUND\nA phishing kit imitating three local banks has harvested the log-ins of about 2,400 customers; "
  "S$6.3 million was transferred out of victim accounts in January and February.\n\n"
  "LINK TO SUBJECT\nThe kit's control panel was hosted on a server paid for with the subject's card, and the "
  "same panel account logged in from his home network on eleven occasions.\n\n"
  "REQUEST\nMessages, contacts and credentials (to access the panel and notify remaining victims).",
  note="credentials capability within licence")

S("p_terror_foreign_inside_fr", "en", "BE", "Federal Counter-Terrorism Coordination Cell (fictional)", "police",
  "terrorism", "participation in a terrorist group and preparation of an attack", 30, "student",
  ["messages", "contacts", "location"],
  "ASSESSMENT: The subject, a foreign national studying here on a visa, is in contact with an "
  "attack planner of an armed group and has been instructed to carry out an arson and knife attack "
  "at a winter fair in March.\n\nSOURCES: A partner-service intercept of the planner's account; a "
  "purchase on 6 February of jerrycans, a machete and a body-mounted camera; reconnaissance photos "
  "of the fair's entrances found in a shared cloud folder to which the subject "
  "uploads.\n\nSELECTION: The subject's nationality played no part in the selection; he was "
  "identified from the planner's contacts.\n\nREQUEST: Messages, contacts and location.",
  nat="TN", note="foreign national inside the customer country; genuine terrorism")

S("p_party_youth_arson_zw", "en", "ZW", "Criminal Investigation Department, Homicide Section (fictional)", "police",
  "serious_crime", "murder and arson", 999, "youth wing coordinator",
  ["messages", "location", "contacts"],
  "Background: On 3 February a family of five died when their house was set alight at night. The subject is a "
  "coordinator in the youth wing of a political party; his affiliation is recorded because the family had "
  "quarrelled with the wing's members over a market stall, not because it is a reason for this request.\n\n"
  "Evidence: a surviving neighbour saw the subject pour liquid at the door; fuel residue was found on his "
  "shoes; his phone was at the house at 01:20.\n\n"
  "Request: messages, location and contacts to identify the others present.",
  note="political affiliation mentioned innocently; ordinary party member, not a politician")

S("p_judge_bribery_pen6_ke", "en", "KE", "Judicial Integrity Investigations Unit (fictional)", "other_government",
  "serious_crime", "corruptly soliciting a benefit", 6, "magistrate",
  ["messages", "contacts"],
  "APPLICATION SUMMARY\nThe subject is a resident magistrate. Three litigants in land cases have independently "
  "stated that the subject's court clerk asked for sums between KES 200,000 and 500,000 'for the magistrate' to "
  "secure a favourable ruling, and a sting operation on 5 March recorded the clerk handing the money to the subject "
  "in his chambers car park.\n\nREQUEST\nMessages and contacts to identify other cases affected.",
  note="judicial officer is not a protected category; penalty exactly 6")

S("d_other_ml_ae", "en", "AE", "Financial Crime Intelligence Section (fictional)", "police",
  "other", "money laundering", 10, "gold trader",
  ["messages", "contacts"],
  "INTELLIGENCE REPORT: The subject's gold-trading company has received cash deposits of AED 60 million over "
  "eight months, inconsistent with its declared business; two suspicious transaction reports have been filed. "
  "The case officer has classified the offence as 'other' pending the prosecutor's assessment. REQUEST: messages "
  "and contacts.",
  exp=("deny", ["purpose_not_permitted"]),
  note="category other although the label names a serious crime")

S("d_pen2_insult_bf", "en", "ZM", "Provincial Police Intelligence (fictional)", "police",
  "serious_crime", "insulting the President / seditious practices (summary)", 2, "bus conductor",
  ["messages", "contacts"],
  "The subject was heard at a bus station telling passengers that the President 'steals from the poor', and a "
  "video of his remarks circulated widely. We request messages and contacts to determine whether he belongs to an "
  "opposition network.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime", "purpose_not_permitted"]),
  note="two-year offence for criticism: purpose and expression")

S("d_gender_pg_my", "en", "MY", "Religious and Social Order Intelligence Unit (fictional)", "other_government",
  "serious_crime", "conduct contrary to public decency (compound)", 7, "beautician",
  ["messages", "contacts", "location"],
  "1. SUBJECT. A transgender woman who works at a beauty salon in the town centre and appears in women's clothing in "
  "public.\n"
  "2. GROUNDS. Complaints from members of the public about her appearance. The unit considers that persons like "
  "the subject form networks that promote such conduct and wishes to identify them. No act other than her "
  "gender presentation is alleged.\n"
  "3. REQUEST. Messages, contacts and location.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by gender identity; structured clean")

S("d_position_pg_ng", "en", "NG", "State Intelligence Command (fictional)", "intelligence",
  "serious_crime", "conspiracy and money laundering", 14, "fashion designer",
  ["messages", "contacts", "location"],
  "BACKGROUND. The subject is the wife of the former governor of the state, who is now in opposition and is being "
  "investigated for contract fraud during his tenure.\n\n"
  "GROUNDS. The subject holds no public office and no payment, account or transaction linked to her has been "
  "identified. She is proposed for monitoring because of her position as the former governor's wife and her "
  "social standing, which give her access to his associates.\n\n"
  "REQUEST. Messages, contacts and location.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by personal position (spouse of a politician); structured clean")

S("d_origin_pg_do", "en", "DO", "Northern Regional Police Directorate (fictional)", "police",
  "serious_crime", "trafficking of migrants", 20, "agricultural worker",
  ["messages", "location"],
  "CONTEXT\nThe Directorate is conducting preventive monitoring of migrant smuggling in the border "
  "provinces ahead of the harvest season.\n\nSUBJECT\nA farm worker of Haitian origin with legal "
  "residence, living in a settlement known for recent arrivals from that country. There is no "
  "report, witness, intercept or financial record linking him to smuggling.\n\nGROUNDS FOR "
  "SELECTION\nHe was chosen because persons of his origin living in that settlement are considered "
  "likely to assist new arrivals.\n\nREQUEST\nMessages and location for sixty days.",
  text=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selection by country of origin; structured clean")

S("d_viewpoint_expr_et", "en", "ET", "Federal Security Analysis Directorate (fictional)", "intelligence",
  "serious_crime", "outrages against the constitutional order", 15, "lecturer",
  ["messages", "contacts", "location"],
  "BACKGROUND\nThe subject is a university lecturer who holds federalist views opposed to the current "
  "constitutional reform, and who has given radio interviews and written newspaper columns arguing that the reform "
  "will marginalise the regions.\n\nASSESSMENT\nThe subject was selected because of those views and because his "
  "statements are influential with students. No plan of violence, no contact with armed groups and no other "
  "offence is alleged.\n\nREQUEST\nMessages, contacts and location.",
  text=["protected_ground", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "protected_ground"]),
  note="selection for viewpoint and for his published statements: both; structured clean")

S("d_strike_terror_nolb_ng", "en", "NG", "Department of Internal Threats (fictional)", "intelligence",
  "terrorism", "acts of terrorism (economic sabotage)", 20, "port workers' union secretary",
  ["messages", "location"],
  "Union secretary who called the indefinite strike at the seaport, halting container clearance for six days; the "
  "strike has cost the economy billions and is treated as economic terrorism. The strike has been orderly. The "
  "interception order lapsed at the end of last month and is being renewed.",
  text=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "no_legal_basis", "terrorism_definition_unmet"]), valid="past",
  note="strike labelled terrorism plus lapsed legal basis: three deny clauses")

S("d_petition_expr_lk", "en", "LK", "Criminal Intelligence Analysis Unit (fictional)", "police",
  "serious_crime", "incitement to disharmony", 10, "retired postmaster",
  ["messages", "contacts"],
  "1. The subject launched an online petition, now signed by 64,000 people, calling for an independent inquiry into "
  "the deaths of three detainees at a police station and for the transfer of the officers involved.\n"
  "2. The petition has generated hostility towards the police and threatens public confidence in the institution. "
  "The subject has not called for violence and no other activity is reported.\n"
  "3. Messages and contacts are requested to identify the organisers behind the petition.",
  text=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="petition labelled incitement; structured clean")

S("d_reg_journalist_critic_tz", "en", "TZ", "Directorate of Media Threat Assessment (fictional)", "intelligence",
  "serious_crime", "publication of false information and economic sabotage", 15, "editor",
  ["messages", "contacts", "location"],
  "BACKGROUND\nThe subject edits an online newspaper that in February published an investigation, "
  "based on leaked shipping records, alleging that state-owned fuel reserves were sold off cheaply "
  "to a politically connected company.\n\nASSESSMENT\nThe ministry disputes the figures. The "
  "publication has caused panic buying of fuel and damaged confidence in the energy regulator. No "
  "other conduct by the subject is alleged.\n\nREQUEST\nMessages, contacts and location, to identify "
  "the source of the records.",
  text=["expression_not_crime", "protected_person"], exp=("deny", ["expression_not_crime"]),
  registry="journalist", note="registry journalist targeted for reporting: deny, refer not listed")

S("r_extra_citizen_kidnap_co", "en", "CO", "Anti-Extortion and Kidnapping Group, Border Section (fictional)", "police",
  "serious_crime", "kidnapping for ransom", 50, "unknown",
  ["messages", "location"],
  "SUMMARY\nA rancher abducted on 2 February is held by a criminal group that moves hostages across the border "
  "river. The negotiator, a Colombian national identified by voice and by a prior conviction, is calling the family "
  "from a foreign number and is assessed to be on the other side of the border.\n"
  "REQUEST\nMessages and location to support a rescue coordinated with the neighbouring state's police.",
  exp=("refer", ["extraterritorial_target"]), loc="VE", phone_cc="VE", note="own citizen abroad")

S("r_extra_email_fraud_gh", "en", "GB", "Economic Crime Centre, Romance Fraud Cell (fictional)", "police",
  "serious_crime", "fraud by false representation and money laundering", 10, "unknown",
  ["messages", "contacts"],
  "BACKGROUND: Forty-one victims in the country, most of them widowed, lost a combined 2.7 million pounds to "
  "romance-fraud approaches by the same email account, which posed as an engineer on an oil platform.\n"
  "EVIDENCE: The account's log-in addresses resolve to an internet café district abroad; money mules here have "
  "been convicted and have named the account user as their controller.\n"
  "REQUEST: Messages and contacts, in parallel with a request for mutual legal assistance.",
  ident="email", loc="GH", nat="GH", exp=("refer", ["extraterritorial_target"]),
  note="email identifier, foreign target abroad")

S("r_extra_device_sy", "en", "JO", "General Intelligence Counter-Narcotics Desk (fictional)", "intelligence",
  "serious_crime", "smuggling of captagon tablets", 999, "unknown",
  ["location", "messages"],
  "INCIDENT: A drone shot down on 28 January near the northern border carried 40,000 captagon "
  "tablets and a handset whose identifier is given above.\n\nANALYSIS: The handset had been paired "
  "to the drone controller by the operators across the border and served as a relay; it "
  "reconnected to the network on that side two days later, which shows that the smugglers "
  "recovered a spare unit of the same device.\n\nREQUEST: Location and messages to identify the "
  "launch site and the receivers on our side.",
  ident="device", loc="SY", nat="SY", exp=("refer", ["extraterritorial_target"]),
  note="device identifier, target abroad")

S("r_text_lawyer_abroad_pe", "en", "PE", "Anti-Corruption Prosecutor's Office (fictional)", "prosecution",
  "serious_crime", "collusion and money laundering", 15, "attorney",
  ["messages", "contacts"],
  "The subject is an attorney who acted as intermediary for a construction company in the award of two highway "
  "contracts. A former regional official, now an effective collaborator, describes receiving bribes from the "
  "subject in cash at the subject's law office; the collaborator's account is corroborated by the company's "
  "internal 'special projects' spreadsheet. The subject moved abroad in January. Messages and contacts are "
  "requested; privileged material will be filtered.",
  text=["protected_person"], exp=("refer", ["extraterritorial_target", "protected_person"]),
  loc="US", phone_cc="US", note="lawyer stated in text, located abroad: both refer clauses")

S("r_mixed_journalist_arms_cm", "en", "CM", "Military Intelligence, Anglophone Region Desk (fictional)", "military",
  "serious_crime", "supplying weapons to an armed group", 999, "freelance journalist",
  ["messages", "location", "contacts"],
  "BACKGROUND. The subject is a freelance journalist who writes critically about the army's conduct in the region. "
  "His writing is not the basis of this request.\n\nEVIDENCE. On 30 January a roadblock stopped a car registered to "
  "the subject carrying three rifles and 600 rounds hidden under press equipment; the driver, a known armed-group "
  "member, states that the subject had delivered weapons twice before; phone records show calls between the subject "
  "and the group's logistics chief before each delivery.\n\nREQUEST. Messages, location and contacts.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="journalist with views mentioned plus concrete weapons evidence: refer, not deny")

S("r_extra_quota_edge_th", "en", "TH", "Transnational Crime Coordination Centre (fictional)", "police",
  "serious_crime", "call-centre fraud and human trafficking", 20, "compound manager",
  ["messages", "contacts", "location"],
  "BACKGROUND\nThe subject manages a scam compound across the border in which nationals of this country, lured with "
  "job offers, are held and forced to run investment frauds.\n\n"
  "EVIDENCE\nFive rescued victims identified the subject and his number; the compound's payment ledger names him as "
  "'manager, building C'.\n\n"
  "REQUEST\nMessages, contacts and location to locate the victims who remain. The authorisation expires in an hour "
  "and an extension has been requested.",
  exp=("refer", ["extraterritorial_target"]), loc="MM", nat="CN", phone_cc="MM", quota="max-1", valid="plus1h",
  note="target abroad; quota at max-1 and valid_until one hour after now")

S("r_text_honorary_consul_bw", "en", "BW", "Directorate on Corruption and Economic Crime (fictional)", "other_government",
  "serious_crime", "money laundering and fraud", 20, "businessman",
  ["messages", "contacts"],
  "1. The subject is a businessman who also serves as honorary consul of a foreign state, a diplomatic title he "
  "uses on his company letterhead.\n"
  "2. Tender documents, bank records and the evidence of a procurement officer show that he paid for and obtained "
  "inside information on a national road tender worth P420 million, and laundered the proceeds through property "
  "purchases.\n"
  "3. Messages and contacts are requested.",
  text=["protected_person"], exp=("refer", ["protected_person"]),
  note="honorary consul treated as diplomat (text says diplomatic title)")

# @@ENTRIES@@

# ---------------------------------------------------------------------------------------------

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


EMAIL_LOCALS = ["nightowl", "greyfox", "tigre.azul", "lobo", "kestrel", "corbeau", "manta",
                "ironbird", "sable", "quetzal", "mistral", "nomad", "orion", "cobra", "atlas",
                "vega", "zenith", "halcon", "fennec", "marlin"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "tutanota.com",
                 "hotmail.com", "gmx.net", "mail.com"]
LB_PREFIX = {"judicial_warrant": ["JW", "WRT", "AUTO", "ORD-JUD"],
             "prosecutor_order": ["PO", "FISC", "PRQ", "OPP"],
             "administrative_order": ["AO", "ADM", "DEC", "MIN"],
             "none": ["NA"]}


def build(e, rng):
    ov = e["ov"]
    # evaluation time
    start = dt.datetime(2026, 1, 5, 0, 0, 0)
    now = start + dt.timedelta(days=rng.randint(0, 170), hours=rng.randint(7, 18),
                               minutes=rng.choice([0, 15, 30, 45]))
    now_s = iso(now)
    # licence
    extras = rng.sample([c for c in CAPS if c not in e["caps"]],
                        k=min(rng.randint(0, 3), len([c for c in CAPS if c not in e["caps"]])))
    lic_caps = set(e["caps"]) | set(extras)
    for c in ov.get("lic_drop", []):
        lic_caps.discard(c)
    for c in ov.get("lic_add", []):
        lic_caps.add(c)
    lic_caps = [c for c in CAPS if c in lic_caps]
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    act = rng.randint(0, mx - 2)
    q = ov.get("quota")
    if q == "max-1":
        act = mx - 1
    elif q == "max":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 6)
    elif isinstance(q, tuple):
        mx, act = q
    # target
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    kind = ov.get("ident", "phone")
    if kind == "phone":
        cc_ = ov.get("phone_cc", loc)
        code = CALLING[cc_]
        n = NSN.get(cc_, 9) - 1 if len(code) < 4 else 6
        ident = "+" + code + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n))
    elif kind == "email":
        ident = "email:%s%d@%s" % (rng.choice(EMAIL_LOCALS), rng.randint(1, 99), rng.choice(EMAIL_DOMAINS))
    elif kind == "device":
        ident = "device:35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    else:
        raise ValueError("bad identifier kind %r" % kind)
    # legal basis
    lb = ov.get("lb", "judicial_warrant")
    ref = "%s-%d-%04d" % (rng.choice(LB_PREFIX[lb]), now.year, rng.randint(11, 9899))
    if "ref" in ov:
        ref = ov["ref"]
    valid = iso(dt.datetime(now.year, now.month, now.day) + dt.timedelta(days=rng.randint(8, 180)))
    v = ov.get("valid", "future")
    if v == "now":
        valid = now_s
    elif v == "plus1h":
        valid = iso(now + dt.timedelta(hours=1))
    elif v == "plus1m":
        valid = iso(now + dt.timedelta(minutes=1))
    elif v == "past":
        valid = iso(now - dt.timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 20)))
    elif v is None:
        valid = None
    sc = {
        "id": None,
        "now": now_s,
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
            "offence": {"category": e["cat"], "label": e["label"], "max_penalty_years": e["pen"]},
            "legal_basis": {"type": lb, "reference": ref, "valid_until": valid},
            "capabilities": e["caps"],
            "justification": e["just"],
        },
    }
    return sc


def structured(sc):
    lic, req = sc["licence"], sc["request"]
    held = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
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
            or parse(lb["valid_until"]) <= parse(sc["now"])):
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


def validate(e, sc, errors):
    k = e["key"]
    lic, req = sc["licence"], sc["request"]
    if e["lang"] not in LANGS:
        errors.append("%s: bad lang" % k)
    if lic["agency_type"] not in AGENCY_TYPES:
        errors.append("%s: bad agency_type" % k)
    if lic["status"] not in STATUSES:
        errors.append("%s: bad status" % k)
    if req["offence"]["category"] not in CATEGORIES:
        errors.append("%s: bad category" % k)
    if req["target"]["registry_match"] not in REGISTRY:
        errors.append("%s: bad registry" % k)
    if req["legal_basis"]["type"] not in LB_TYPES:
        errors.append("%s: bad legal basis type" % k)
    for c in req["capabilities"] + lic["capabilities"]:
        if c not in CAPS:
            errors.append("%s: bad capability %s" % (k, c))
    if not req["capabilities"] or len(set(req["capabilities"])) != len(req["capabilities"]):
        errors.append("%s: empty or duplicated request capabilities" % k)
    for c in e["text"]:
        if c not in TEXT_CLAUSES:
            errors.append("%s: %s is not a text clause" % (k, c))
    if "terrorism_definition_unmet" in e["text"] and req["offence"]["category"] != "terrorism":
        errors.append("%s: terrorism_definition_unmet outside category terrorism" % k)
    p = req["offence"]["max_penalty_years"]
    if p is not None and (not isinstance(p, int) or p < 0):
        errors.append("%s: bad penalty" % k)
    if lic["customer_country"] not in CALLING or req["target"]["location_country"] not in CALLING \
            or req["target"]["nationality"] not in CALLING:
        errors.append("%s: unknown country code" % k)
    if e["exp"][0] not in ("permit", "deny", "refer"):
        errors.append("%s: bad decision" % k)


def main():
    rng = random.Random(223001)
    errors = []
    rows = []
    seen_just = {}
    seen_keys = set()
    for e in E:
        if e["key"] in seen_keys:
            errors.append("duplicate key %s" % e["key"])
        seen_keys.add(e["key"])
        norm = " ".join(e["just"].split()).lower()
        if norm in seen_just:
            errors.append("duplicate justification: %s and %s" % (seen_just[norm], e["key"]))
        seen_just[norm] = e["key"]
        sc = build(e, rng)
        validate(e, sc, errors)
        s_held = structured(sc)
        held = s_held | e["text"]
        dec, cl = decide(held)
        if (dec, cl) != e["exp"]:
            errors.append("%s: computed %s %s, intended %s %s" % (e["key"], dec, cl, e["exp"][0], e["exp"][1]))
        sc["expected"] = {"decision": dec, "clauses": cl}
        rows.append((e, sc, s_held, held))
    if errors:
        for m in errors:
            print("ERROR", m, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    random.Random(223002).shuffle(rows)
    lines = []
    for i, (e, sc, s_held, held) in enumerate(rows, 1):
        sc["id"] = "s223-%03d" % i
        lines.append(json.dumps(sc, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    # tables
    n = len(rows)
    print("wrote %d scenarios to %s" % (n, OUT))
    print("sha256 %s" % hashlib.sha256(data).hexdigest())
    by = defaultdict(Counter)
    for e, sc, s_held, held in rows:
        by[sc["expected"]["decision"]][e["lang"]] += 1
    print("\ndecision x language")
    print("%-8s %4s %4s %4s %5s %6s" % ("", "en", "es", "fr", "all", "share"))
    for d in ("permit", "deny", "refer"):
        c = by[d]
        t = sum(c.values())
        print("%-8s %4d %4d %4d %5d %5.1f%%" % (d, c["en"], c["es"], c["fr"], t, 100.0 * t / max(n, 1)))
    tl = Counter(e["lang"] for e, *_ in rows)
    print("%-8s %4d %4d %4d %5d" % ("all", tl["en"], tl["es"], tl["fr"], n))
    print("language share: en %.1f%% es %.1f%% fr %.1f%%" % tuple(100.0 * tl[x] / max(n, 1) for x in ("en", "es", "fr")))
    print("\nclause        listed  held  (held via text/profession judgement)")
    for c in DENY + REFER:
        listed = sum(1 for _, sc, _, _ in rows if c in sc["expected"]["clauses"])
        held_n = sum(1 for _, _, _, h in rows if c in h)
        txt = sum(1 for e, _, s, _ in rows if c in e["text"] and c not in s)
        print("%-26s %4d %5d %5d" % (c, listed, held_n, txt))
    nonp = [(e, sc, s) for e, sc, s, _ in rows if sc["expected"]["decision"] != "permit"]
    clean = [x for x in nonp if not x[2]]
    print("\nnon-permits %d; with no structured clause holding (text/profession only) %d (%.0f%%)"
          % (len(nonp), len(clean), 100.0 * len(clean) / max(len(nonp), 1)))
    multi = sum(1 for _, sc, _, _ in rows if len(sc["expected"]["clauses"]) > 1)
    print("scenarios listing more than one clause: %d" % multi)
    lens = sorted(len(e["just"]) for e, *_ in rows)
    if lens:
        print("justification length: min %d median %d max %d; >=600 chars: %d; <200 chars: %d"
              % (lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x >= 600),
                 sum(1 for x in lens if x < 200)))
    if "--map" in sys.argv:
        print("\nkey -> id, decision, clauses, note")
        for e, sc, s_held, held in sorted(rows, key=lambda r: r[1]["id"]):
            print("%s %-8s %-6s %-40s %s" % (sc["id"], e["key"], sc["expected"]["decision"],
                                             ",".join(sc["expected"]["clauses"]), e["note"]))


if __name__ == "__main__":
    main()
