#!/usr/bin/env python3
"""Build sealed231.jsonl: an independent labelled set of 150 tasking-gate scenarios.

Style of this set: terse, telegraphic officer texts (case-file shorthand) in English,
Spanish and French. Standard library only. Reproducible: fixed seeds, no clock.

Each entry is hand-written (see ENTRIES). Structured clauses are computed from the fields
exactly as shared/spec/gate-scenarios.md defines them; the hand-judged text clauses are
added; the decision and clause list follow the spec's rules and must equal the intended
ones, otherwise the script exits 1 and writes nothing.
"""
import hashlib
import json
import os
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed231.jsonl")

RNG = random.Random(231001)      # filler
SHUF = random.Random(231002)     # order

THRESHOLD = 6
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
LANGS = {"en", "es", "fr"}

CODES = {
    "LI": "licence_inactive",
    "NG": "non_government_end_user",
    "PU": "purpose_not_permitted",
    "TU": "terrorism_definition_unmet",
    "EX": "expression_not_crime",
    "PG": "protected_ground",
    "LB": "no_legal_basis",
    "CS": "capability_out_of_scope",
    "QE": "quota_exceeded",
    "PP": "protected_person",
    "ET": "extraterritorial_target",
}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CODES = {"TU", "EX", "PG", "PP"}   # hand-judged from justification / profession

CALLING = {
    # en
    "KE": "254", "NG": "234", "GH": "233", "ZA": "27", "IN": "91", "PH": "63", "GB": "44",
    "UG": "256", "ZM": "260", "JM": "1876", "AU": "61", "SG": "65", "TZ": "255", "AE": "971",
    "RU": "7", "US": "1", "NL": "31", "CN": "86", "ET": "251", "SO": "252", "PK": "92",
    "DE": "49", "TR": "90", "MY": "60", "NE": "227", "TD": "235", "NP": "977", "HK": "852", "AL": "355", "SK": "421",
    # es
    "MX": "52", "CO": "57", "PE": "51", "AR": "54", "CL": "56", "ES": "34", "GT": "502",
    "EC": "593", "PA": "507", "DO": "1809", "UY": "598", "VE": "58", "BO": "591", "PY": "595",
    "HN": "504", "CR": "506", "BR": "55", "IT": "39", "PT": "351",
    # fr
    "FR": "33", "BE": "32", "SN": "221", "CI": "225", "MA": "212", "CM": "237", "TN": "216",
    "CH": "41", "CA": "1", "BJ": "229", "TG": "228", "GA": "241", "ML": "223", "BF": "226",
    "DZ": "213", "LU": "352", "GN": "224", "CD": "243", "MR": "222",
}
DOMAINS = ["mailbox.example", "post.example.net", "securemail.example", "webpost.example.org",
           "inbox.example.com"]
LB_PREFIX = {"judicial_warrant": ["JW", "WR", "ORD-J", "AUT-J", "CRJ"],
             "prosecutor_order": ["PO", "OF", "REQ-P", "PROC"],
             "administrative_order": ["AO", "RES-A", "DEC-A", "ADM"],
             "none": ["NA"]}

ENTRIES = []


def E(lang, cc, agency, atype, cat, label, pen, prof, caps, text, tc, dec, cl, **ov):
    """One hand-written scenario.

    tc: hand-judged text clauses (codes TU EX PG PP, space separated, "" for none)
    dec: intended decision; cl: intended clause list (codes, space separated)
    ov: structured overrides: status, signed, lcaps, quota (max-1|max|over|zero),
        lb (legal type), ref (None or "" = missing), valid ("now"|"past"|None|"+1s"|"+1d"),
        loc, nat, reg, ident ("email"|"device"), note (edge-case tag for the README)
    """
    ENTRIES.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                        pen=pen, prof=prof, caps=caps, text=text, tc=tc, dec=dec, cl=cl, ov=ov))


MISSING = object()


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(country):
    code = CALLING[country]
    n = 11 - len(code) + 1 if len(code) < 4 else 7
    n = max(7, min(10, n))
    first = str(RNG.randint(2, 9))
    return "+" + code + first + "".join(str(RNG.randint(0, 9)) for _ in range(n - 1))


def email():
    syll = ["ka", "lo", "mi", "ra", "te", "zu", "no", "vi", "sa", "de", "bo", "ri", "ch", "el"]
    local = "".join(RNG.choice(syll) for _ in range(RNG.randint(2, 4)))
    sep = RNG.choice([".", "_", ""])
    local += sep + str(RNG.randint(7, 99))
    return "email:" + local + "@" + RNG.choice(DOMAINS)


def device():
    return "device:" + "35" + "".join(str(RNG.randint(0, 9)) for _ in range(13))


def build_one(e):
    ov = dict(e["ov"])
    errs = []
    # enum checks
    if e["lang"] not in LANGS:
        errs.append("lang")
    if e["atype"] not in AGENCY_TYPES:
        errs.append("agency_type")
    if e["cat"] not in CATEGORIES:
        errs.append("category")
    for c in e["caps"]:
        if c not in CAPS:
            errs.append("cap " + c)
    status = ov.pop("status", "active")
    if status not in STATUSES:
        errs.append("status")
    signed = ov.pop("signed", True)
    reg = ov.pop("reg", None)
    if reg is not None and reg not in REGISTRY:
        errs.append("registry")
    lbt = ov.pop("lb", None)
    if lbt is not None and lbt not in LB_TYPES:
        errs.append("lb")
    lcaps = ov.pop("lcaps", None)
    if lcaps is not None:
        for c in lcaps:
            if c not in CAPS:
                errs.append("lcap " + c)
    for code in e["tc"].split():
        if code not in TEXT_CODES:
            errs.append("text code " + code)
    for code in e["cl"].split():
        if code not in CODES:
            errs.append("clause code " + code)
    if e["dec"] not in ("permit", "deny", "refer"):
        errs.append("decision")
    if "TU" in e["tc"].split() and e["cat"] != "terrorism":
        errs.append("TU without terrorism category")

    # filler, always drawn in the same order
    day = RNG.randint(0, 364)
    now = datetime(2025, 6, 1, tzinfo=timezone.utc) + timedelta(
        days=day, hours=RNG.randint(6, 19), minutes=RNG.choice([0, 0, 15, 30, 45]))
    maxq = RNG.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60])
    act = RNG.randint(0, maxq - 2)
    extra_n = RNG.choice([0, 0, 1, 1, 2, 3])
    pool = [c for c in CAPS if c not in e["caps"]]
    extras = RNG.sample(pool, min(extra_n, len(pool)))
    if lbt is None:
        lbt = RNG.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order",
                          "administrative_order"])
    pre = RNG.choice(LB_PREFIX[lbt])
    refnum = "%s-%d-%04d" % (pre, now.year, RNG.randint(1, 9999))
    vdays = RNG.randint(3, 150)
    pdays = RNG.randint(1, 40)
    loc = ov.pop("loc", e["cc"])
    nat = ov.pop("nat", e["cc"])
    ident = ov.pop("ident", "phone")
    pnum = phone(loc)
    mail = email()
    dev = device()

    # overrides
    quota = ov.pop("quota", None)
    if quota == "max-1":
        act = maxq - 1
    elif quota == "max":
        act = maxq
    elif quota == "over":
        act = maxq + 1 + (day % 5)
    elif quota == "zero":
        act = 0
    elif quota is not None:
        errs.append("quota")
    ref = ov.pop("ref", MISSING)
    reference = refnum if ref is MISSING else ref
    if lbt == "none":
        reference = ov.pop("ref_none", None)
    valid = ov.pop("valid", MISSING)
    if valid is MISSING and lbt == "none":
        vu = None
    elif valid is MISSING:
        vu = iso(now + timedelta(days=vdays))
    elif valid is None:
        vu = None
    elif valid == "now":
        vu = iso(now)
    elif valid == "+1s":
        vu = iso(now + timedelta(seconds=1))
    elif valid == "past":
        vu = iso(now - timedelta(days=pdays))
    else:
        errs.append("valid")
        vu = None
    note = ov.pop("note", "")
    # location / nationality tags are derived, not hand-written
    tags = [t for t in note.split(",") if t and t not in (
        "extraterritorial", "citizen_abroad", "foreign_national_abroad",
        "foreign_national_inside_country")]
    if loc != e["cc"]:
        tags.append("citizen_abroad" if nat == e["cc"] else "foreign_national_abroad")
    elif nat != e["cc"]:
        tags.append("foreign_national_inside_country")
    note = ",".join(tags)
    if ov:
        errs.append("unknown overrides %s" % sorted(ov))
    if lcaps is None:
        lic_caps = [c for c in CAPS if c in e["caps"] or c in extras]
    else:
        lic_caps = [c for c in CAPS if c in lcaps]
    identifier = {"phone": pnum, "email": mail, "device": dev}.get(ident)
    if identifier is None:
        errs.append("ident")

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
            "max_active_targets": maxq,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": identifier,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": reg,
            },
            "offence": {"category": e["cat"], "label": e["label"], "max_penalty_years": e["pen"]},
            "legal_basis": {"type": lbt, "reference": reference, "valid_until": vu},
            "capabilities": [c for c in CAPS if c in e["caps"]],
            "justification": e["text"],
        },
    }

    # structured clauses, exactly as the spec defines them
    held = set()
    L, R = rec["licence"], rec["request"]
    if L["status"] != "active" or L["certificate_signed"] is not True:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    o = R["offence"]
    if o["category"] == "other":
        held.add("purpose_not_permitted")
    elif o["category"] == "serious_crime" and (o["max_penalty_years"] is None
                                               or o["max_penalty_years"] < THRESHOLD):
        held.add("purpose_not_permitted")
    lb = R["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or lb["valid_until"] <= rec["now"]):
        held.add("no_legal_basis")
    if any(c not in L["capabilities"] for c in R["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if R["target"]["registry_match"] is not None:
        held.add("protected_person")
    if R["target"]["location_country"] != L["customer_country"]:
        held.add("extraterritorial_target")
    structured = set(held)
    # hand-judged text clauses
    for code in e["tc"].split():
        held.add(CODES[code])
    deny = sorted(c for c in held if c in DENY)
    refer = sorted(c for c in held if c in REFER)
    if deny:
        decision, clauses = "deny", deny
    elif refer:
        decision, clauses = "refer", refer
    else:
        decision, clauses = "permit", []
    intended = sorted(CODES[c] for c in e["cl"].split())
    if decision != e["dec"] or clauses != intended:
        errs.append("computed %s %s != intended %s %s" % (decision, clauses, e["dec"], intended))
    rec["expected"] = {"decision": decision, "clauses": clauses}
    meta = dict(lang=e["lang"], held=held, structured=structured, note=note,
                text_only=(decision != "permit" and not structured))
    return rec, meta, errs


# ======================= ENTRIES =======================

# ---- English, permit (26) ----
E("en", "KE", "Coastal Region Serious Crimes Unit", "police", "serious_crime", "kidnapping for ransom", 999,
  "unknown", ["messages", "location"],
  "Victim (M, 34) abducted 02/03 nr Likoni ferry; ransom calls KES 5m traced to tgt handset via CDR. Req loc + msgs to find victim alive.",
  "", "permit", "")
E("en", "NG", "Federal Counter-Terror Directorate, Northern Command", "intelligence", "terrorism",
  "bomb attack on bus terminal", 999, "unknown", ["messages", "contacts", "location"],
  "Detained cell member (stmt 18/01) names tgt as logistics for IED that killed 11 at Maiduguri bus park. Tgt still in contact w/ cell; intercept to stop next attack.",
  "", "permit", "")
E("en", "GH", "Economic Fraud Investigation Bureau", "police", "serious_crime",
  "obtaining money by false pretences", 6, "mobile money agent", ["messages", "contacts"],
  "SIM-swap ring, 41 complainants, GHS 2.3m lost (docket EFB/441/25). Tgt = ring controller per bank CCTV + mule stmts.",
  "", "permit", "", note="penalty_at_threshold")
E("en", "ZA", "Directorate of Special Prosecutions, Durban Office", "prosecution", "serious_crime",
  "dealing in cocaine", 25, "clearing agent", ["messages", "contacts"],
  "212 kg cocaine seized Durban 14/01 in reefer container. Tgt coordinates consignments by encrypted mail; address found on seized laptop.",
  "", "permit", "", ident="email", note="email_identifier")
E("en", "IN", "State Anti-Human-Trafficking Cell, Eastern Range", "police", "serious_crime",
  "trafficking of minors for forced labour", 10, "labour contractor", ["messages", "location", "contacts"],
  "Rescued children (CW-3, CW-7): transport arranged on this handset, IMEI off seized box. Tgt still recruiting in border villages.",
  "", "permit", "", ident="device", note="device_identifier")
E("en", "PH", "Regional Homicide Task Group 7", "police", "serious_crime", "murder", 999,
  "tricycle operator", ["location"],
  "Suspect in 11/01 shooting of tricycle driver, Brgy. San Roque. 2 eyewitness IDs; slug matched to tgt's registered .45. Flight risk.",
  "", "permit", "", quota="max-1", note="quota_max_minus_1")
E("en", "UG", "Financial Crimes Directorate, Kampala Metro", "police", "serious_crime", "money laundering", 10,
  "unknown", ["messages", "contacts"],
  "Ransomware proceeds layered via 37 mobile-money agent lines; tgt = controller (FIA STR 2025/0871). Contacts + msgs needed to map cash-out network.",
  "", "permit", "", lb="administrative_order", note="lb_administrative_order")
E("en", "KE", "Nairobi Area Flying Squad", "police", "serious_crime", "robbery with violence", 999,
  "scrap dealer", ["location", "messages"],
  "Tgt (Somali-born, naturalised 2014; noted for ID only) matched by fingerprint to armed robbery at Gikomba jewellers 07/02. Pistol recovered at his stall.",
  "", "permit", "")
E("en", "ZM", "Lusaka Division Criminal Investigations Unit", "police", "serious_crime", "threatening to kill", 7,
  "unknown", ["messages", "location"],
  "Death threats to journalist C. Mwale after his mining exposé: 14 msgs from tgt number, victim stmt + screenshots on file. Tgt = sender, identity TBC.",
  "", "permit", "")
E("en", "KE", "Directorate of Criminal Intelligence, Rift Valley", "police", "serious_crime", "extortion", 14,
  "unemployed; falsely claims to be an advocate", ["messages", "contacts"],
  "Tgt poses as advocate (NOT on Roll, LSK check 05/02), demands 'bond fees' from detainees' families. 9 complaints, M-Pesa trail.",
  "", "permit", "")
E("en", "NG", "Lagos State Command, Special Investigations", "police", "serious_crime", "attempted murder", 999,
  "welder", ["location", "messages", "media"],
  "At 12/03 fuel-price march tgt + 3 broke off and petrol-bombed Ikeja police post; 2 officers w/ burns. Video + fuel receipts. March itself not in issue.",
  "", "permit", "")
E("en", "NG", "National Security Service, Abuja Desk", "intelligence", "terrorism",
  "planning hostage-taking to compel government", 999, "unknown", ["messages", "contacts", "location"],
  "CHIS rpt 22/02: cell plans hostage-taking at Min. of Interior to force release of 40 detainees. Tgt sourcing AK rifles.",
  "", "permit", "")
E("en", "KE", "Anti-Narcotics Unit, Coast", "police", "serious_crime", "trafficking in narcotic drugs", 999,
  "boat owner", ["messages", "location"],
  "Tgt (TZ natl, resident Mombasa since 2019) runs heroin dhow landings at Kilifi creeks. 3 landings observed, 1 interdicted (48 kg).",
  "", "permit", "", nat="TZ", note="foreign_national_inside_country")
E("en", "ZA", "Provincial Organised Crime Unit, Gauteng", "police", "serious_crime", "hijacking with a firearm", 15,
  "unknown", ["location"],
  "Carjacking series, 6 incidents Soweto Jan–Feb, firearm used each time. Tgt phone at 4 of 6 scenes (CDR analysis att.).",
  "", "permit", "", valid="+1s", note="valid_until_now_plus_1s")
E("en", "KE", "Office of the Director of Public Prosecutions, Anti-Corruption Division", "prosecution",
  "serious_crime", "bribery and bid-rigging", 10, "procurement consultant", ["messages", "contacts", "media"],
  "Procurement fraud KES 400m, County Health Dept. Tgt = intermediary paying tender cttee; bank records + WhatsApp extraction from co-accused.",
  "", "permit", "", lb="prosecutor_order", note="lb_prosecutor_order")
E("en", "NG", "Defence Intelligence Cell, Sector 2", "military", "terrorism",
  "armed attacks on civilian convoys", 999, "unknown", ["location", "messages"],
  "Tgt coordinates ambushes on civilian road convoys, Damboa axis; 14 civilians killed 03/02. Sat-phone number from captured fighter.",
  "", "permit", "")
E("en", "IN", "Directorate of Revenue Enforcement, Intelligence Wing", "other_government", "serious_crime",
  "smuggling of firearms", 10, "import-export proprietor", ["messages", "contacts"],
  "3 shipments declared 'machine parts' each held 9 pistols (seizure memo SE/77). Tgt = consignee; books next container via this no.",
  "", "permit", "")
E("en", "KE", "Special Crimes Prevention Unit", "police", "serious_crime", "conspiracy to murder", 999,
  "security guard", ["messages", "location", "contacts"],
  "Plot to kill a county governor: intercepted SMS show tgt recruiting 2 gunmen, KES 600k advance paid 17/02. Governor = intended victim, not tgt.",
  "", "permit", "")
E("en", "PH", "Women and Children Protection Centre, Cybercrime Desk", "police", "serious_crime",
  "online sexual exploitation of children", 20, "unknown", ["messages", "media", "contacts"],
  "OSEC. Tgt email used on 3 platforms to buy live-streamed abuse; 12 victims ID'd, 2 rescued 09/02.",
  "", "permit", "", ident="email", note="email_identifier")
E("en", "NG", "Niger Delta Pipeline Crimes Task Force", "police", "serious_crime", "pipeline vandalism and oil theft", 21,
  "tanker driver", ["location", "messages"],
  "Tgt joined climate march 10/02 (irrelevant). Case = pipeline tapping syndicate: 2 illegal valves found, tgt's tanker filmed loading at night.",
  "", "permit", "")
E("en", "GH", "Highway Robbery Task Force, Ashanti", "police", "serious_crime", "armed robbery", 999,
  "unemployed", ["location"],
  "Tgt ID'd by 3 victims of highway robbery 22/01; stolen phone pinged at his house. NB tgt is an MP's nephew: flagged for conflict check only.",
  "", "permit", "")
E("en", "AU", "State Cybercrime Squad", "police", "serious_crime", "blackmail via ransomware", 14,
  "IT contractor", ["messages", "credentials"],
  "Ransomware on Northside Hospital, theatres down 3 days. Tgt handle + wallet linked via exchange KYC (production order 12/02).",
  "", "permit", "")
E("en", "KE", "Joint Terrorism Task Force, Eastern Desk", "intelligence", "terrorism",
  "threat to bomb shopping mall to compel government", 30, "hardware shop owner", ["messages", "contacts", "location"],
  "Telegram threat to bomb mall unless Govt frees 5 prisoners traced to tgt. Search of his store 01/03: detonators + 40 kg ammonium nitrate.",
  "", "permit", "")
E("en", "KE", "Homicide Unit, Kisumu", "police", "serious_crime", "murder", 999, "matatu conductor",
  ["messages", "location"],
  "Double homicide 02/02. Tgt last caller to both victims; victims' blood in his car (lab rpt 19/02).",
  "", "permit", "")
E("en", "UG", "Wildlife Crime Investigations Unit", "other_government", "serious_crime",
  "trafficking in ivory", 20, "freight broker", ["messages", "contacts", "location"],
  "300 kg ivory seized Entebbe cargo 28/01. Seized ledger names tgt as broker, 6 prior consignments.",
  "", "permit", "")
E("en", "ZM", "Copperbelt Criminal Investigations", "police", "serious_crime", "illegal manufacture of firearms", 10,
  "metal worker", ["messages", "location"],
  "Backyard gun workshop, Chawama: 2 informant rpts + 4 recovered pistols w/ same tool marks. Tgt sells via this line.",
  "", "permit", "", quota="zero")

# ---- English, deny (30) ----
# text-only denies (structured fields clean)
E("en", "KE", "Port Security Investigations Unit", "police", "serious_crime",
  "membership of an organised criminal group", 15, "retired teacher", ["contacts", "messages"],
  "Tgt posts videos alleging graft at Port Authority (80k followers); Authority calls it 'damaging the institution'. Contacts req to ID his sources. Filed as org. crime.",
  "EX", "deny", "EX")
E("en", "KE", "National Counter-Terrorism Intelligence Desk", "intelligence", "terrorism",
  "terrorism (unlawful assembly at Parliament)", 30, "student union chair", ["messages", "contacts", "location"],
  "Tgt organised peaceful sit-in at Parliament gates 14/02 vs Finance Bill, no violence logged. Classified terrorism on Ministry instruction.",
  "TU EX", "deny", "TU EX")
E("en", "NG", "Cyber Defence Directorate", "intelligence", "terrorism", "cyber-terrorism (DDoS)", 20,
  "software developer", ["messages", "credentials"],
  "Tgt's botnet took Revenue Service portal down 3 days in filing week; C2 server seized, logs tie it to tgt. Filed as cyber-terrorism.",
  "TU", "deny", "TU")
E("en", "GH", "Northern Regional Intelligence Office", "intelligence", "serious_crime", "incitement to violence", 7,
  "farmer", ["contacts", "location"],
  "Tgt = son of a Wadiri community elder. Whole community under general watch since land unrest; nothing vs tgt himself.",
  "PG", "deny", "PG")
E("en", "UG", "Morals and Public Order Unit", "police", "serious_crime", "unnatural offences", 999,
  "bank teller", ["contacts", "messages"],
  "Informant says tgt is gay, frequents a bar on Kampala Rd. Contacts wanted to ID partners.",
  "PG", "deny", "PG")
E("en", "ZM", "State Security Liaison Office", "intelligence", "serious_crime",
  "undermining the authority of the President", 7, "accountant", ["messages", "contacts"],
  "Tgt = opposition party member, tweets daily vs the President. Monitor ahead of Aug polls.",
  "PG EX", "deny", "EX PG")
E("en", "NG", "Department of State Intelligence, Labour Desk", "intelligence", "terrorism",
  "economic sabotage (terrorism)", 20, "nurse; union president", ["messages", "contacts", "location"],
  "Union leader called nationwide nurses' strike, hospitals disrupted 9 days. Min. of Labour requests terrorism designation.",
  "TU EX", "deny", "TU EX")
E("en", "KE", "Counter-Intelligence Bureau", "intelligence", "serious_crime", "espionage", 999,
  "university lecturer", ["messages", "contacts"],
  "Lecturer published rpt on police killings using mortuary data; charged w/ 'false publication' + espionage. Msgs wanted to ID mortuary staff who helped.",
  "EX", "deny", "EX")
E("en", "KE", "Terror Financing Investigations Unit", "police", "terrorism", "terrorism financing", 20,
  "events planner", ["messages", "contacts"],
  "Tgt ran online crowdfund (KES 2.1m) to post bail for 60 detained demonstrators. Filed as terrorism financing.",
  "TU", "deny", "TU")
E("en", "KE", "Official Secrets Enforcement Unit", "intelligence", "serious_crime",
  "unauthorised disclosure of official secrets", 14, "reporter, Daily Sentinel", ["messages", "contacts"],
  "Tgt published leaked procurement memos 03/02. Task: ID his Treasury source.",
  "EX PP", "deny", "EX")
E("en", "GH", "Religious Affairs Monitoring Desk", "other_government", "serious_crime",
  "membership of an unregistered society", 7, "tailor", ["contacts", "location"],
  "Tgt belongs to Light of Dawn fellowship, on Ministry list of 'sects of concern'. No incident on record; routine coverage of members.",
  "PG", "deny", "PG")
E("en", "KE", "Eastleigh Joint Security Cell", "intelligence", "terrorism", "terrorism (preventive)", 30,
  "shopkeeper", ["messages", "contacts", "location"],
  "Tgt = SO national living in Eastleigh. Tasked under standing terrorism profile for SO nationals; no link to any plot.",
  "TU PG", "deny", "TU PG", nat="SO", note="foreign_national_inside_country")
# structured denies
E("en", "ZA", "Taxi Violence Task Team", "police", "serious_crime", "murder", 999, "taxi owner", ["location", "messages"],
  "Tgt shot rival taxi owner 04/02 in rank dispute; 2 witnesses + ballistic match to his licensed firearm.",
  "", "deny", "LI", status="suspended", note="licence_suspended")
E("en", "GH", "Narcotics Control Investigations", "police", "serious_crime", "trafficking in narcotic drugs", 15,
  "importer", ["messages", "contacts"],
  "3 t tramadol seized Tema port 19/01, consignee firm controlled by tgt. Next shipment expected Mar.",
  "", "deny", "LI", signed=False, note="certificate_unsigned")
E("en", "KE", "Sentinel Risk Partners Ltd", "private", "serious_crime", "card fraud (ATM skimming)", 10,
  "unknown", ["location", "messages"],
  "Client bank's ATMs skimmed at 14 sites; CCTV shows tgt fitting devices. Engaged on behalf of bank.",
  "", "deny", "NG", note="private_end_user")
E("en", "ZM", "Kafue Mining Corp., Group Security", "private", "other", "breach of company confidentiality", 2,
  "union organiser", ["messages", "contacts"],
  "Tgt posts criticism of the mine's safety record on Facebook, 3 posts since Jan. Mgmt wants his contacts.",
  "EX", "deny", "NG PU EX", note="private_end_user,category_other")
E("en", "GH", "Accra Central CID", "police", "serious_crime", "assault causing harm", 5, "bouncer", ["location"],
  "Bar fight 16/02, victim w/ fractured jaw (med. rpt). Tgt fled, phone still on.",
  "", "deny", "PU", note="penalty_below_threshold")
E("en", "KE", "Gender and Child Protection Desk", "police", "serious_crime", "cyber harassment", None,
  "unknown", ["messages"],
  "Tgt sent 200+ abusive msgs to ex-partner since Dec; her stmt + screenshots on file.",
  "", "deny", "PU", note="penalty_null")
E("en", "UG", "Domestic Taxes Enforcement Office", "other_government", "other", "tax arrears", 3,
  "hotel owner", ["location"],
  "Tgt owes UGX 480m VAT, ignores demand notices. Need whereabouts to serve.",
  "", "deny", "PU", note="category_other")
E("en", "ZM", "Ministry of Mines Enforcement Unit", "other_government", "other", "illegal gold mining", 10,
  "pit operator", ["location", "messages"],
  "Tgt runs unlicensed gold pit at Rufunsa, ~40 diggers. Ministry wants sales contacts + output.",
  "", "deny", "PU", note="category_other_high_penalty")
E("en", "IN", "City Anti-Kidnapping Squad", "police", "serious_crime", "kidnapping for ransom", 999,
  "unknown", ["location", "messages"],
  "Child (7) abducted at school gate 03/03; ransom call from this no. URGENT, warrant to follow.",
  "", "deny", "LB", lb="none", note="lb_none")
E("en", "KE", "Airport Narcotics Unit", "police", "serious_crime", "trafficking in narcotic drugs", 999,
  "clearing agent", ["messages", "contacts"],
  "90 kg cocaine in avocado shipment JKIA 11/02. Tgt = exporter's fixer, booked the cold room.",
  "", "deny", "LB", ref="", note="lb_reference_missing")
E("en", "PH", "Anti-Illegal Recruitment Task Force", "police", "serious_crime",
  "illegal recruitment in large scale", 999, "travel agent", ["messages", "contacts"],
  "Tgt recruited 60 workers for fake jobs abroad, PHP 9m collected, none deployed. 22 complainants.",
  "", "deny", "LB", valid="now", note="valid_until_equals_now")
E("en", "NG", "Anti-Robbery Squad, Ikorodu", "police", "serious_crime", "armed robbery", 999,
  "driver", ["location"],
  "Bank robbery Ikorodu 21/02, guard shot. Accomplice names tgt as getaway driver.",
  "", "deny", "LB", valid=None, note="valid_until_null")
E("en", "ZA", "Directorate of Special Prosecutions, Organised Crime", "prosecution", "serious_crime",
  "racketeering", 999, "tow-truck operator", ["messages", "contacts", "location"],
  "Tow-truck extortion racket on N3; tgt collects 'protection' from 11 operators, 2 shot for refusing.",
  "", "deny", "LB", valid="past", note="valid_until_past")
E("en", "KE", "Joint Terrorism Task Force, Northern Desk", "intelligence", "terrorism",
  "preparing suicide bombings", 999, "unknown", ["messages", "microphone", "camera"],
  "Recovered video shows tgt assembling suicide vests. Mic + camera req for live coverage of safe house.",
  "", "deny", "CS", lcaps=["messages", "location", "contacts"], note="capability_outside_licence")
E("en", "AU", "Financial Crime Squad", "police", "serious_crime", "money laundering", 10,
  "unknown", ["credentials", "messages"],
  "Tgt operates crypto mixer used by 3 ransomware crews. Credentials req to enter exchange accounts.",
  "", "deny", "CS", lcaps=["messages", "contacts", "media"], reg="lawyer", note="capability_outside_licence,registry_lawyer")
E("en", "GH", "Kumasi Homicide Desk", "police", "serious_crime", "murder", 999, "unknown", ["location"],
  "Tgt stabbed shopkeeper 10/01; knife w/ his prints recovered in gutter.",
  "", "deny", "QE", quota="max", note="quota_at_max")
E("en", "ZA", "Cash-in-Transit Task Team", "police", "serious_crime", "robbery with aggravating circumstances", 999,
  "security guard", ["location", "messages"],
  "CIT heist N1 08/02, 3 guards wounded. Tgt's phone at staging farm 2 days prior.",
  "", "deny", "QE", quota="over", note="quota_over_max")
E("en", "KE", "External Threats Analysis Unit", "intelligence", "serious_crime", "financing of armed group", 20,
  "reporter (in exile)", ["messages", "contacts"],
  "Tgt in London alleged to wire funds to armed group in Turkana; bank intel pending.",
  "PP", "deny", "LI LB", status="revoked", lb="none", loc="GB", reg="journalist",
  note="licence_revoked,lb_none,registry_journalist,extraterritorial")

# ---- English, refer (19) ----
E("en", "KE", "Nairobi Regional CID", "police", "serious_crime", "extortion", 14, "editor, weekly paper",
  ["messages", "contacts"],
  "Tgt demanded cash from 3 businessmen to kill unpublished stories. M-Pesa receipts + recorded call 15/01.",
  "PP", "refer", "PP", reg="journalist", note="registry_journalist")
E("en", "NG", "Economic Crimes Unit, Zone 2", "police", "serious_crime", "money laundering", 14,
  "legal practitioner", ["messages", "contacts"],
  "FIU STR 2025/118: NGN 900m drug proceeds through tgt's client account; 2 couriers name him.",
  "PP", "refer", "PP", reg="lawyer", note="registry_lawyer")
E("en", "KE", "Homicide Unit, Nakuru", "police", "serious_crime", "murder by arson", 999,
  "Member of County Assembly", ["messages", "location"],
  "Tgt suspected of ordering arson on rival's home, 1 dead. Driver's confession + call logs night of 27/01.",
  "PP", "refer", "PP", reg="politician", note="registry_politician")
E("en", "ZA", "Precious Metals Smuggling Desk", "police", "serious_crime", "smuggling of gold", 15,
  "embassy attaché", ["messages", "location"],
  "42 kg gold in tgt's personal luggage over 3 trips (customs X-ray images). Tgt accredited at a foreign mission.",
  "PP", "refer", "PP", reg="diplomat", nat="ML", note="registry_diplomat")
E("en", "UG", "Anti-Trafficking in Persons Office", "police", "serious_crime", "trafficking in persons", 15,
  "pastor", ["messages", "contacts"],
  "6 congregants' children sent by tgt's church to 'bible school' abroad, found in forced labour. Parents' stmts + tgt's transfer receipts.",
  "PP", "refer", "PP", reg="religious_leader", note="registry_religious_leader")
E("en", "KE", "Office of the Director of Public Prosecutions, Economic Crimes", "prosecution", "serious_crime",
  "fraud and theft of donor funds", 10, "director, rights NGO", ["messages", "contacts"],
  "Audit: USD 400k donor funds diverted to tgt's farm purchase; forged invoices recovered in his office.",
  "PP", "refer", "PP", reg="human_rights_defender", note="registry_human_rights_defender")
E("en", "KE", "Anti-Narcotics Unit, Western", "police", "serious_crime",
  "trafficking in narcotic drugs", 999, "unknown", ["messages", "location"],
  "No. pulled from courier's SIM log after 6 kg heroin seizure 19/02; subscriber unregistered. Tgt = presumed handler.",
  "", "refer", "PP", reg="head_of_state", note="registry_head_of_state,registry_only_text_silent")
E("en", "KE", "Witness Protection Violations Unit", "police", "serious_crime", "bribery of a witness", 7,
  "advocate", ["messages", "contacts"],
  "Tgt, defence counsel in the Mwangi trial, suspected of bribing a prosecution witness; cash handover recorded 12/02.",
  "PP", "refer", "PP")
E("en", "KE", "Anti-Narcotics Unit, Nairobi", "police", "serious_crime", "trafficking in narcotic drugs", 999,
  "lawyer", ["messages", "contacts", "location"],
  "Tgt received KES 12m from cartel a/c & instructed couriers; CDR links him to 3 seizures.",
  "PP", "refer", "PP", note="profession_only_protected")
E("en", "GH", "Arms Trafficking Investigations", "police", "serious_crime", "illegal arms trafficking", 10,
  "journalist", ["location", "messages"],
  "Weapons moved in tgt's press vehicle per 2 witnesses; GPS logs match 5 drop points.",
  "PP", "refer", "PP")
E("en", "KE", "Joint Terrorism Task Force, Coast Desk", "intelligence", "terrorism",
  "recruitment for terrorist attacks", 30, "imam", ["messages", "contacts", "location"],
  "Tgt leads prayers at a Mombasa mosque. 2 arrested recruits name him as the man who sent them to a training camp; bus tickets paid from his a/c.",
  "PP", "refer", "PP")
E("en", "KE", "Homicide Unit, Eldoret", "police", "serious_crime", "murder", 999, "trader", ["location", "messages"],
  "Tgt (KE natl) fled to Kampala after killing his wife 09/01. Extradition request sent.",
  "", "refer", "ET", loc="UG", note="citizen_abroad")
E("en", "KE", "Precursor Chemicals Control Unit", "police", "serious_crime", "trafficking in drug precursors", 20,
  "chemicals trader", ["messages", "contacts"],
  "Meth precursor supplier in Dubai; 2 t ephedrine shipped to Nairobi, invoices seized 06/02.",
  "", "refer", "ET", loc="AE", nat="IN", note="extraterritorial")
E("en", "AU", "Joint Ransomware Task Force", "police", "serious_crime", "unauthorised impairment of computers (ransomware)", 10,
  "unknown", ["messages", "credentials"],
  "Ransomware affiliate hit 4 councils. Exchange logs put tgt's wallet logins in RU.",
  "", "refer", "ET", loc="RU", nat="RU", ident="email", note="extraterritorial,email_identifier")
E("en", "KE", "Counter-Militia Financing Unit", "intelligence", "serious_crime", "financing of armed militia", 20,
  "opposition politician (in exile)", ["messages", "contacts"],
  "Bank records: GBP 200k from tgt to arms broker supplying militia raids in Marsabit (14 killed). Tgt = exiled opposition figure, lives in London.",
  "PP", "refer", "ET PP", loc="GB", note="extraterritorial")
E("en", "NG", "Advance Fee Fraud Section", "police", "serious_crime", "advance-fee fraud", 20,
  "call-centre owner", ["messages", "contacts"],
  "Tgt (NG natl) runs romance-scam call centre in Johannesburg: 300+ NG victims, NGN 1.2bn.",
  "", "refer", "ET", loc="ZA", ident="email", note="citizen_abroad,email_identifier")
E("en", "IN", "Border Anti-Trafficking Unit", "police", "serious_crime", "human trafficking", 10,
  "recruiter", ["contacts", "location"],
  "Device taken off a trafficker at border last synced from Kathmandu; owner = ring's recruiter per 4 victims.",
  "", "refer", "ET", loc="NP", nat="NP", ident="device", note="extraterritorial,device_identifier")
E("en", "GH", "Witness Intimidation Task Team", "police", "serious_crime", "conspiracy to murder", 999,
  "journalist", ["messages", "contacts"],
  "Tgt (in exile in Lomé) alleged to have paid the gunman who shot a trial witness 02/02; mobile-money trail + gunman's stmt.",
  "PP", "refer", "ET PP", loc="TG", reg="journalist", note="registry_journalist,citizen_abroad")
E("en", "PH", "Regional Homicide Task Group 11", "police", "serious_crime", "murder", 999,
  "provincial board member", ["location", "messages"],
  "Tgt wanted for ordering killing of 2 farmers 20/12; now in Sabah per immigration. Gunman's sworn stmt.",
  "PP", "refer", "ET PP", loc="MY", reg="politician", note="registry_politician,citizen_abroad")

# ---- Spanish, permit (13) ----
E("es", "MX", "Fiscalía Especializada Antisecuestro, Edomex", "prosecution", "serious_crime", "secuestro", 70,
  "desconocida", ["location", "messages"],
  "Víctima (F, 19) privada de la libertad 25/02 en Ecatepec; llamadas de rescate desde línea del obj. Urge ubicación.",
  "", "permit", "")
E("es", "CO", "Gaula Cundinamarca, Unidad Antiextorsión", "police", "serious_crime", "extorsión agravada", 24,
  "mototaxista", ["messages", "contacts"],
  "Obj. cobra 'vacuna' a 40 comerciantes de Soacha x orden de la banda. Audios + consignaciones Nequi en CI.",
  "", "permit", "")
E("es", "PE", "Dirección Antidrogas, Frente VRAEM", "police", "serious_crime", "tráfico ilícito de drogas", 25,
  "piloto", ["location", "messages"],
  "Equipo incautado en narcoavioneta 12/01; IMEI vinculado al obj., piloto de la red. Sigue operando pistas clandestinas.",
  "", "permit", "", ident="device", note="device_identifier")
E("es", "ES", "Brigada Provincial de Crimen Organizado, Algeciras", "police", "serious_crime",
  "tráfico de hachís en organización criminal", 9, "mecánico naval", ["messages", "location"],
  "Alijo 3 t hachís en narcolancha 06/02, Guadalquivir. Obj. = jefe de la goma, coordina pilotos x esta línea.",
  "", "permit", "")
E("es", "AR", "Fiscalía de Trata y Explotación, Santa Cruz", "prosecution", "serious_crime", "trata de personas", 15,
  "comerciante", ["messages", "contacts"],
  "Explotación sexual en 3 whiskerías de Río Gallegos. 9 víctimas rescatadas; 4 señalan al obj. como reclutador.",
  "", "permit", "", lb="prosecutor_order", note="lb_prosecutor_order")
E("es", "CL", "Brigada de Homicidios Metropolitana", "police", "serious_crime", "homicidio calificado", 999,
  "desconocida", ["location"],
  "Obj. disparó a guardia en portonazo 18/01, Maipú. Huella en vehículo recuperado + testigo.",
  "", "permit", "")
E("es", "MX", "Policía de Investigación, Unidad de Robo a Transporte", "police", "serious_crime",
  "robo con violencia a pasajeros", 20, "chofer", ["location", "messages"],
  "Obj., de origen mixteco (dato solo p/ identificación), señalado x 3 víctimas como autor de asaltos armados en autobuses ruta Puebla–Oaxaca.",
  "", "permit", "")
E("es", "CO", "Sijín Bogotá, Grupo Delitos contra la Vida", "police", "serious_crime",
  "tentativa de homicidio e incendio", 20, "estudiante", ["location", "messages", "media"],
  "Marcha 8/03: obj. + 2 encapuchados incendiaron bus c/ pasajeros dentro (2 heridos). Video + prendas incautadas. La marcha no es objeto de la medida.",
  "", "permit", "")
E("es", "GT", "División Contra Estafas, PNC", "police", "serious_crime", "estafa agravada", 6,
  "ninguna; se presenta como abogado", ["messages", "contacts"],
  "Obj. se hace pasar x abogado (no colegiado, constancia del Colegio 11/02) y cobra a familias de presos p/ 'liberaciones'. 14 denuncias.",
  "", "permit", "", note="penalty_at_threshold")
E("es", "EC", "Centro de Inteligencia Estratégica, Zona 8", "intelligence", "terrorism",
  "atentado con coche bomba", 26, "bodeguero", ["messages", "contacts", "location"],
  "Célula colocó coche bomba frente a cárcel de Guayaquil 14/01 p/ forzar al Gobierno a trasladar cabecillas. Precursores explosivos hallados en bodega del obj.",
  "", "permit", "")
E("es", "MX", "Fiscalía Estatal, Unidad de Delitos contra Periodistas", "prosecution", "serious_crime",
  "tentativa de homicidio", 30, "desconocida", ["location", "messages"],
  "Periodista local baleado 03/02 tras nota sobre huachicol (sobrevivió). Línea del obj. en zona del ataque y en contacto c/ tirador detenido.",
  "", "permit", "")
E("es", "PA", "Unidad Especial de Análisis Financiero", "other_government", "serious_crime", "blanqueo de capitales", 12,
  "gestor de sociedades", ["messages", "contacts"],
  "Obj. mueve USD 14M de narco vía 22 sociedades offshore; correo usado p/ instruir a la fiduciaria (docs. incautados 30/01).",
  "", "permit", "", ident="email", note="email_identifier")
E("es", "ES", "Grupo de Delincuencia Organizada, Madrid", "police", "serious_crime",
  "extorsión y lesiones en grupo criminal", 8, "cobrador", ["messages", "location"],
  "Obj. (nacionalidad CO, residente en Madrid) dirige red de préstamos 'gota a gota' con palizas a deudores. 7 denuncias, 2 partes médicos.",
  "", "permit", "", nat="CO", quota="max-1", note="foreign_national_inside_country,quota_max_minus_1")
# ---- Spanish, deny (15) ----
E("es", "MX", "Unidad de Inteligencia Municipal, Tlaxcala", "intelligence", "serious_crime", "delincuencia organizada", 40,
  "contador", ["contacts", "messages"],
  "Obj. administra página de FB q acusa al alcalde de desvío de fondos. Presidencia Mpal. pide identificar sus fuentes. Se encuadra como delincuencia organizada.",
  "EX", "deny", "EX")
E("es", "PE", "Dirección contra el Terrorismo, Cusco", "police", "terrorism", "terrorismo", 999,
  "dirigente comunal", ["messages", "contacts", "location"],
  "Obj. convocó plantón pacífico frente a Gobernación Regional contra minera, 3 días sin daños. Prefectura pide tratarlo como terrorismo.",
  "TU EX", "deny", "TU EX")
E("es", "CL", "Unidad Antiterrorista, Región Metropolitana", "police", "terrorism", "atentado terrorista contra el Metro", 20,
  "desconocida", ["messages", "location"],
  "Obj. y su crew rayaron 12 trenes del Metro en talleres (daños $8M, sin heridos). Se tipifica como terrorismo.",
  "TU", "deny", "TU")
E("es", "CO", "Regional de Inteligencia, Cauca", "intelligence", "serious_crime", "concierto para delinquir", 18,
  "agricultor", ["contacts", "location"],
  "Obj. es hermano de excombatiente desmovilizado; x ese vínculo se le incluye en el listado. Sin hechos propios.",
  "PG", "deny", "PG")
E("es", "ES", "Unidad de Información Exterior, Cataluña", "intelligence", "serious_crime",
  "captación para organización criminal", 8, "carnicero", ["contacts", "messages"],
  "Obj. marroquí, practicante, asiste a mezquita de barrio citada en informe genérico. Sin indicios concretos.",
  "PG", "deny", "PG", nat="MA", note="foreign_national_inside_country")
E("es", "AR", "Dirección de Inteligencia Criminal, Min. Seguridad", "intelligence", "serious_crime",
  "revelación de secretos de Estado", 8, "defensora de DDHH, ONG Memoria Activa", ["messages", "contacts"],
  "Obj. publicó base de datos de muertes en comisarías armada c/ expedientes oficiales. Ministerio pide identificar quién le filtró.",
  "EX PP", "deny", "EX")
E("es", "GT", "Sección de Inteligencia Policial, Zona 1", "police", "serious_crime", "trata de personas", 16,
  "estilista", ["location", "contacts"],
  "Obj. mujer trans, trabaja en zona 1; se incluye x 'riesgo moral' a pedido de un concejal. Sin denuncia ni víctima.",
  "PG", "deny", "PG")
E("es", "MX", "Fiscalía Antisecuestro, Guerrero", "prosecution", "serious_crime", "secuestro exprés", 40,
  "taxista", ["location", "messages"],
  "Obj. levanta pasajeros en taxi pirata y los pasea x cajeros; 5 víctimas lo reconocen en álbum.",
  "", "deny", "LI", status="expired", note="licence_expired")
E("es", "CO", "Grupo Vigía Seguridad Privada S.A.S.", "private", "serious_crime", "hurto de hidrocarburos", 15,
  "jefe de cuadrilla", ["location", "messages"],
  "Perforaciones ilegales en oleoducto del cliente (4 válvulas). Obj. = jefe de cuadrilla s/ fuente humana.",
  "", "deny", "NG", note="private_end_user")
E("es", "AR", "Comisaría Vecinal 4B", "police", "serious_crime", "amenazas simples", 2, "jubilado", ["messages"],
  "Obj. amenaza x WhatsApp a vecino x pleito de medianera. Denuncia 3/02.",
  "", "deny", "PU", note="penalty_below_threshold")
E("es", "PE", "Gerencia de Fiscalización, Municipalidad de Miraflores", "other_government", "other",
  "construcción sin licencia", None, "propietario", ["location"],
  "Obj. levanta 3 pisos sin licencia; ignora paralización. Municipio pide ubicarlo.",
  "", "deny", "PU", note="category_other,penalty_null")
E("es", "CO", "Sijín Medellín, Grupo Antisicariato", "police", "serious_crime", "homicidio agravado (sicariato)", 50,
  "desconocida", ["location"],
  "Sicariato Laureles 12/02. Moto del obj. captada en 3 cámaras antes y después del hecho.",
  "", "deny", "LB", ref=None, note="lb_reference_missing")
E("es", "CL", "Brigada Investigadora Robos Violentos", "police", "serious_crime",
  "robo con explosivos a cajeros automáticos", 15, "desconocida", ["messages", "microphone"],
  "Red que vuela cajeros c/ dinamita (9 hechos). Obj. compra detonadores a faena minera.",
  "", "deny", "LB CS", valid="past", lcaps=["messages", "location", "contacts"],
  note="valid_until_past,capability_outside_licence")
E("es", "ES", "Jefatura Superior de Policía, Homicidios", "police", "serious_crime", "homicidio", 15,
  "portero", ["location", "messages"],
  "Obj. (ES) huyó a Marruecos tras apuñalar a cliente de discoteca 01/02. OEDE cursada.",
  "", "deny", "QE", loc="MA", quota="max", note="quota_at_max,citizen_abroad")
E("es", "DO", "Procuraduría Especializada contra la Corrupción", "prosecution", "serious_crime",
  "corrupción administrativa", None, "regidor", ["messages", "contacts"],
  "Obj. cobra comisiones x contratos de recogida de basura; 2 contratistas declaran pagos.",
  "PP", "deny", "LI PU", signed=False, reg="politician",
  note="certificate_unsigned,penalty_null,registry_politician")
# ---- Spanish, refer (10) ----
E("es", "MX", "Policía Estatal, Análisis Táctico", "police", "serious_crime", "delincuencia organizada (halconeo)", 40,
  "periodista", ["messages", "location"],
  "Obj. señalado x 2 detenidos como halcón del cártel: reporta posiciones de patrullas x radio. Audios de frecuencia.",
  "PP", "refer", "PP", reg="journalist", note="registry_journalist")
E("es", "CO", "Fiscalía Seccional, Unidad contra Bandas", "prosecution", "serious_crime", "concierto para delinquir agravado", 18,
  "abogado", ["messages", "contacts"],
  "Abogado del cabecilla pasa órdenes de la cárcel a la banda: visitas registradas + chats de celular incautado 20/01.",
  "PP", "refer", "PP", reg="lawyer", note="registry_lawyer")
E("es", "PE", "Fiscalía Provincial Penal, Arequipa", "prosecution", "serious_crime", "violación sexual de menor", 999,
  "párroco", ["messages", "location"],
  "3 menores denuncian abuso sexual del obj. en la parroquia; pericias psicológicas concluyentes. Se pide ubicación y comunicaciones.",
  "PP", "refer", "PP", reg="religious_leader", note="registry_religious_leader")
E("es", "AR", "Fiscalía de Investigaciones Administrativas", "prosecution", "serious_crime",
  "defraudación contra la administración pública", 10, "intendente", ["messages", "contacts"],
  "Obj. es intendente. Peritaje contable: sobreprecios 300% en obra pública + retornos a su cuñado.",
  "PP", "refer", "PP")
E("es", "AR", "Unidad Fiscal de Delitos Económicos, Córdoba", "prosecution", "serious_crime", "cohecho pasivo", 6,
  "concejal", ["messages", "contacts"],
  "Transferencias de la constructora a cuentas del obj. coinciden c/ adjudicaciones; testaferro confesó.",
  "PP", "refer", "PP", note="profession_only_protected,penalty_at_threshold")
E("es", "CO", "Dirección Antinarcóticos, Puertos", "police", "serious_crime", "tráfico de estupefacientes", 30,
  "comerciante", ["messages", "contacts"],
  "Obj. (CO) coordina desde Valencia, España, envíos de cocaína; 2 contenedores interceptados en Cartagena.",
  "", "refer", "ET", loc="ES", note="citizen_abroad")
E("es", "MX", "Fiscalía Especializada en Delincuencia Organizada, Sinaloa", "prosecution", "serious_crime",
  "tráfico de precursores químicos", 40, "desconocida", ["messages", "contacts"],
  "Proveedor de precursores de fentanilo en CN; correos c/ brokers de la organización (extracción de celular 02/02).",
  "", "refer", "ET", loc="CN", nat="CN", ident="email", note="extraterritorial,email_identifier")
E("es", "GT", "Fiscalía contra el Tráfico Ilícito de Migrantes", "prosecution", "serious_crime", "tráfico ilícito de migrantes", 8,
  "defensora de DDHH", ["messages", "contacts"],
  "Obj., defensora de DDHH radicada en CR, recibe 8 transferencias de red de coyotes y aloja migrantes luego extorsionados (3 testimonios).",
  "PP", "refer", "ET PP", loc="CR", note="citizen_abroad")
E("es", "EC", "Unidad de Capturas, Policía Judicial", "police", "serious_crime", "asesinato", 26, "desconocida",
  ["location"],
  "Celular del cabecilla (IMEI) activo en Lima desde su fuga de cárcel 09/01. Orden de captura vigente.",
  "", "refer", "ET", loc="PE", ident="device", note="citizen_abroad,device_identifier")
E("es", "PA", "Fiscalía Anticorrupción", "prosecution", "serious_crime", "falsificación de documentos públicos", 10,
  "funcionario consular", ["messages", "contacts"],
  "Funcionario consular destacado en CO emite pasaportes a narcos c/ identidades falsas (4 detectados en frontera).",
  "PP", "refer", "ET PP", loc="CO", reg="diplomat", note="registry_diplomat,citizen_abroad")

# ---- French, permit (13) ----
E("fr", "FR", "Office central de lutte contre le crime organisé, antenne Est-parisien", "police", "serious_crime",
  "enlèvement et séquestration avec demande de rançon", 30, "inconnue", ["location", "messages"],
  "Enlèvement d'un commerçant 27/02, Créteil. Demande de rançon 200 k€ émise depuis la ligne de la cible. Urgence vitale.",
  "", "permit", "")
E("fr", "BE", "Police judiciaire fédérale, section stups Anvers", "police", "serious_crime",
  "trafic de stupéfiants en association", 20, "docker", ["messages", "contacts"],
  "Port d'Anvers : 1,4 t cocaïne saisie 05/02. Cible = docker qui sort les conteneurs, cf. PV 2025/3318.",
  "", "permit", "")
E("fr", "SN", "Direction du renseignement intérieur, cellule antiterroriste", "intelligence", "terrorism",
  "association de malfaiteurs en relation avec une entreprise terroriste", 999, "transporteur",
  ["messages", "contacts", "location"],
  "Cible achemine motos + carburant à la katiba auteur de l'attaque du marché de Kédira (9 civils tués). Source humaine recoupée par saisie 10/02.",
  "", "permit", "")
E("fr", "CI", "Brigade de répression du banditisme, Abidjan", "police", "serious_crime", "vol à main armée", 20,
  "sans emploi", ["location"],
  "Braquage agence Mobile Money Yopougon 16/01, vigile blessé par balle. Cible reconnue sur vidéo, tél. borné sur place.",
  "", "permit", "")
E("fr", "MA", "Brigade nationale de police judiciaire, section stupéfiants", "police", "serious_crime",
  "trafic international de drogues", 10, "mareyeur", ["messages", "location"],
  "Terminal saisi sur go-fast à Nador 03/02 ; IMEI rattaché à la cible, logisticien du réseau.",
  "", "permit", "", ident="device", note="device_identifier")
E("fr", "CM", "Division régionale de la police judiciaire, Nord-Ouest", "police", "serious_crime",
  "enlèvement contre rançon", 999, "commerçant", ["location", "messages"],
  "Cible originaire du Nord-Ouest (mention d'état civil, sans incidence). 3 otages libérés l'identifient comme geôlier ; rançons perçues sur son n°.",
  "", "permit", "")
E("fr", "TN", "Brigade criminelle, Sfax", "police", "serious_crime", "tentative de meurtre", 20, "livreur",
  ["location", "messages"],
  "Agression au couteau d'un journaliste de radio locale 11/02 (ITT 30 j). Cible identifiée par caméra + ADN sur l'arme.",
  "", "permit", "")
E("fr", "FR", "Brigade de répression du banditisme, Lyon", "police", "serious_crime", "vol à main armée", 20,
  "inconnue", ["location", "messages", "media"],
  "Profitant de la manif du 06/03, cible a braqué une bijouterie rue de la République, pistolet à la main. Vidéos + butin retrouvé chez un proche. Manifestants non visés.",
  "", "permit", "")
E("fr", "CH", "Police cantonale, brigade financière", "police", "serious_crime", "escroquerie par métier", 10,
  "gérant de société", ["messages", "contacts"],
  "Faux conseillers bancaires : 63 lésés, CHF 4,1 M. Cible pilote le centre d'appels, instructions passées par cette adresse (rapport 2026/118).",
  "", "permit", "", ident="email", note="email_identifier")
E("fr", "CA", "Escouade régionale mixte, Montréal", "police", "serious_crime", "meurtre au premier degré", 999,
  "inconnue", ["location", "messages"],
  "Règlement de comptes Montréal-Nord 30/01. Cible identifiée via plaque LAPI + échanges avec le tireur (extraction tél.).",
  "", "permit", "")
E("fr", "BF", "Groupement des forces armées, cellule renseignement Nord", "military", "terrorism",
  "attaques à l'engin explosif contre des civils", 999, "inconnue", ["location", "messages"],
  "Cible coordonne les poses d'EEI sur l'axe nord (convoi civil 27/01, 12 morts). N° relevé sur tél. d'un combattant capturé.",
  "", "permit", "")
E("fr", "FR", "Direction nationale du renseignement douanier", "other_government", "serious_crime",
  "contrebande de tabac en bande organisée", 10, "gérant d'entrepôt", ["messages", "contacts"],
  "Usine clandestine de cigarettes démantelée (12 t saisies). Cible = gérant, commande les feuilles de tabac via cette ligne.",
  "", "permit", "")
E("fr", "BE", "Parquet fédéral, section criminalité organisée", "prosecution", "serious_crime",
  "production de stupéfiants en association", 15, "électricien", ["messages", "location"],
  "Cible (ressortissant AL, domicilié à Bruxelles) monte les plantations de cannabis du groupe ; 4 sites démantelés.",
  "", "permit", "", nat="AL", valid="+1s", lb="administrative_order",
  note="foreign_national_inside_country,valid_until_now_plus_1s,lb_administrative_order")
# ---- French, deny (15) ----
E("fr", "MA", "Service régional des renseignements généraux", "intelligence", "serious_crime",
  "association de malfaiteurs", 10, "youtubeur", ["contacts", "messages"],
  "Cible = youtubeur qui dénonce la corruption aux douanes (vidéos depuis janv.). Service demande ses contacts. Qualif. 'association de malfaiteurs'.",
  "EX", "deny", "EX")
E("fr", "TG", "Service central de renseignement", "intelligence", "terrorism", "actes de terrorisme", 20,
  "enseignante", ["messages", "contacts", "location"],
  "Cible = organisatrice des marches pacifiques du samedi (enseignants). Qualif. terrorisme retenue par la préfecture.",
  "TU EX", "deny", "TU EX")
E("fr", "CI", "Direction de la surveillance du territoire", "intelligence", "terrorism", "terrorisme économique", 20,
  "inconnue", ["location", "messages"],
  "Cible a cassé de nuit les vitres de 6 agences bancaires (agences vides, aucun blessé). Dossier ouvert en terrorisme économique.",
  "TU", "deny", "TU")
E("fr", "ML", "Poste de commandement opératif, cellule renseignement", "military", "terrorism",
  "soutien à un groupe terroriste", 999, "éleveur", ["location", "contacts"],
  "Recensement préventif de tous les jeunes hommes kéla de la zone ; cible kéla, vit au camp de déplacés. Aucun fait reproché.",
  "TU PG", "deny", "TU PG")
E("fr", "SN", "Sûreté urbaine, Dakar", "police", "serious_crime", "actes contre nature", 5, "coiffeur",
  ["contacts", "messages"],
  "Cible homosexuel présumé s/ dénonciation anonyme. Aucun autre élément.",
  "PG", "deny", "PU PG", note="penalty_below_threshold")
E("fr", "FR", "Sous-direction de la protection du secret", "intelligence", "serious_crime",
  "compromission du secret de la défense nationale", 7, "journaliste d'investigation", ["messages", "contacts"],
  "Cible a publié des notes confidentielles sur des ventes d'armes. Objet : identifier sa source au ministère.",
  "EX PP", "deny", "EX")
E("fr", "TN", "Direction des renseignements, sûreté nationale", "intelligence", "serious_crime",
  "atteinte à la sûreté de l'État", 999, "militante associative", ["messages", "contacts", "location"],
  "Cible = militante du parti Horizon Citoyen, critique le président sur FB. Suivi demandé avant le scrutin.",
  "EX PG", "deny", "EX PG")
E("fr", "MA", "Service préfectoral de police judiciaire", "police", "serious_crime", "association de malfaiteurs", 10,
  "menuisier", ["contacts", "location"],
  "Cible fréquente une église évangélique non agréée ; contrôle de l'ensemble des fidèles demandé. RAS sur le plan pénal.",
  "PG", "deny", "PG")
E("fr", "CI", "Brigade criminelle, Bouaké", "police", "serious_crime", "assassinat", 999, "inconnue", ["location"],
  "Cible a abattu un transporteur 22/01 ; arme retrouvée chez sa compagne, témoin oculaire.",
  "", "deny", "LI", status="suspended", note="licence_suspended")
E("fr", "FR", "Cabinet Argos Investigations SARL", "private", "serious_crime", "escroquerie en bande organisée", 10,
  "garagiste", ["location", "messages"],
  "Mandat d'un assureur : 40 faux sinistres auto, 1,2 M€. Cible = garagiste qui établit les devis.",
  "", "deny", "NG", note="private_end_user")
E("fr", "FR", "Commissariat de secteur, Lille-Sud", "police", "serious_crime", "vol simple", 3, "inconnue", ["location"],
  "Cible vole dans 4 supérettes du quartier ; vidéos exploitées.",
  "", "deny", "PU", note="penalty_below_threshold")
E("fr", "BE", "Service d'inspection sociale", "other_government", "other", "fraude aux allocations", 5,
  "chômeur", ["location", "messages"],
  "Cible perçoit allocations chômage tout en travaillant au noir (chantier). Contrôle de localisation demandé.",
  "", "deny", "PU", note="category_other")
E("fr", "CH", "Ministère public cantonal, Genève", "prosecution", "serious_crime", "brigandage qualifié", 20,
  "inconnue", ["location", "messages"],
  "Cible (CH) a participé au brigandage d'une horlogerie 15/01 ; réside depuis à Annemasse (FR).",
  "", "deny", "LB", ref="", lb="prosecutor_order", loc="FR",
  note="lb_reference_missing,citizen_abroad")
E("fr", "CM", "Direction de la police judiciaire, Douala", "police", "serious_crime", "trafic d'armes", 15,
  "transitaire", ["messages", "contacts"],
  "Cible importe des fusils d'assaut démontés dans des cargaisons de pièces auto ; 2 conteneurs saisis.",
  "", "deny", "LB", valid="now", note="valid_until_equals_now")
E("fr", "GA", "Direction générale des recherches", "intelligence", "serious_crime", "trafic d'ivoire en bande organisée", 10,
  "chasseur", ["camera", "microphone", "location"],
  "Cible fournit l'ivoire au réseau démantelé à Oyem (180 kg). Micro + caméra demandés.",
  "", "deny", "CS QE", lcaps=["location", "messages"], quota="over",
  note="capability_outside_licence,quota_over_max")
# ---- French, refer (9) ----
E("fr", "CI", "Unité de lutte contre le grand banditisme", "police", "serious_crime", "complicité de meurtres", 999,
  "député", ["messages", "contacts"],
  "Député soupçonné d'avoir financé une milice lors des violences électorales (3 morts) : versements Mobile Money + 2 témoins.",
  "PP", "refer", "PP", reg="politician", note="registry_politician")
E("fr", "CM", "Brigade des mineurs, Yaoundé", "police", "serious_crime", "viol sur mineure", 20,
  "responsable d'ONG de défense des droits", ["messages", "location"],
  "Plainte d'une stagiaire mineure pour viol par la cible (certificat médical, SMS conservés).",
  "PP", "refer", "PP", reg="human_rights_defender", note="registry_human_rights_defender")
E("fr", "FR", "Direction du contre-espionnage", "intelligence", "serious_crime",
  "intelligence avec une puissance étrangère", 30, "diplomate", ["messages", "contacts", "location"],
  "Attaché d'ambassade remet des espèces à un agent recruté au ministère ; filatures + photos 3 rdv.",
  "PP", "refer", "PP", reg="diplomat", nat="RU", note="registry_diplomat")
E("fr", "BJ", "Office central de répression de la cybercriminalité", "police", "serious_crime",
  "escroquerie et séquestration", 10, "inconnue", ["messages", "contacts"],
  "Cible, pasteur d'une église de réveil, vend des 'miracles' aux fidèles (180 M FCFA) et séquestre 2 fidèles récalcitrantes.",
  "PP", "refer", "PP")
E("fr", "TN", "Pôle judiciaire économique et financier", "prosecution", "serious_crime", "blanchiment d'argent", 10,
  "avocat", ["messages", "contacts"],
  "Cible blanchit produits de contrebande via sociétés écrans, 3 M DT ; comptable repenti a remis les fichiers.",
  "PP", "refer", "PP", note="profession_only_protected")
E("fr", "FR", "Office anti-stupéfiants, antenne du Havre", "police", "serious_crime",
  "importation de stupéfiants en bande organisée", 30, "inconnue", ["messages"],
  "Cible (FR) réfugiée à Dubaï, pilote l'import de cocaïne au Havre ; messages chiffrés déchiffrés.",
  "", "refer", "ET", loc="AE", note="citizen_abroad")
E("fr", "BE", "Police judiciaire fédérale, section armes", "police", "serious_crime", "trafic d'armes de guerre", 15,
  "inconnue", ["messages", "contacts"],
  "Cible, basée aux Pays-Bas, livre des kalachnikovs aux bandes de Bruxelles (3 livraisons, 1 saisie).",
  "", "refer", "ET", loc="NL", nat="NL", note="extraterritorial")
E("fr", "SN", "Division des investigations criminelles", "police", "serious_crime", "escroquerie aux visas", 10,
  "chroniqueur", ["messages", "contacts"],
  "Cible, chroniqueur radio installé à Paris, encaisse des frais de faux visas : 180 victimes, reçus + captures.",
  "PP", "refer", "ET PP", loc="FR", note="citizen_abroad")
E("fr", "ML", "Direction générale de la sécurité d'État", "intelligence", "terrorism",
  "financement d'une katiba auteur d'attaques contre des civils", 999, "prédicateur", ["messages", "contacts"],
  "Cible, prédicateur établi en MR, finance les achats d'armes de la katiba (virements + carnet saisi sur un émir tué).",
  "PP", "refer", "ET PP", loc="MR", reg="religious_leader", note="registry_religious_leader,citizen_abroad")

# ===================== END ENTRIES =====================


def table(title, rows, cols, get):
    w = max([len(title)] + [len(str(r)) for r in rows]) + 2
    print(title.ljust(w) + "".join(str(c).rjust(9) for c in cols) + "    total")
    for r in rows:
        vals = [get(r, c) for c in cols]
        print(str(r).ljust(w) + "".join(str(v).rjust(9) for v in vals) + str(sum(vals)).rjust(9))


def main():
    errs = []
    built = []
    seen = {}
    for i, e in enumerate(ENTRIES):
        rec, meta, es = build_one(e)
        j = rec["request"]["justification"].strip()
        if not j:
            es.append("empty justification")
        if j in seen:
            es.append("duplicate justification (entry %d)" % seen[j])
        seen[j] = i
        for x in es:
            errs.append("entry %d (%s...): %s" % (i, e["text"][:40], x))
        built.append((rec, meta))
    if errs:
        for x in errs:
            print("ERROR", x, file=sys.stderr)
        print("%d error(s); nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    SHUF.shuffle(built)
    lines = []
    for n, (rec, meta) in enumerate(built, 1):
        rec["id"] = "s231-%03d" % n
        meta["id"] = rec["id"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if "--dry" not in sys.argv:
        with open(OUT, "wb") as f:
            f.write(data)
    # tables
    decs = ["permit", "deny", "refer"]
    langs = ["en", "es", "fr"]
    c = Counter((r["expected"]["decision"], m["lang"]) for r, m in built)
    print("scenarios:", len(built))
    table("decision x lang", decs, langs, lambda r, col: c[(r, col)])
    listed = Counter(x for r, m in built for x in r["expected"]["clauses"])
    held = Counter(x for r, m in built for x in m["held"])
    print()
    print("clause".ljust(28) + "listed".rjust(8) + "held".rjust(8) + "not_held".rjust(10))
    for cl in DENY + REFER:
        print(cl.ljust(28) + str(listed[cl]).rjust(8) + str(held[cl]).rjust(8)
              + str(len(built) - held[cl]).rjust(10))
    nonp = [m for r, m in built if r["expected"]["decision"] != "permit"]
    print()
    print("non-permits: %d, with perfect structured fields (text/profession only): %d"
          % (len(nonp), sum(1 for m in nonp if m["text_only"])))
    tags = sorted({t for r, m in built for t in m["note"].split(",") if t})
    if tags:
        print()
        print("edge-case notes:")
        for k in tags:
            ids = [m["id"] for r, m in built if k in m["note"].split(",")]
            print("  %-30s %s" % (k, " ".join(sorted(ids))))
    print()
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
