#!/usr/bin/env python3
"""Build the sealed76 labelled evaluation set for the EUC tasking gate.

Python 3.11, standard library only.  Usage:

    python3 build_sealed76.py            # writes sealed76.jsonl next to this file

The scenarios (free text, offence labels, the hand-judged text clauses and the
intended decision) are written by hand in scenarios_*() below.  Filler values
(evaluation time, identifiers, legal references, validity dates, quotas, extra
licensed capabilities) come from a fixed-seed random generator, so the output is
byte-identical on every run.

Every structured-field clause is computed here from the fields, following
shared/spec/gate-scenarios.md.  The text clauses (terrorism_definition_unmet,
expression_not_crime, protected_ground, and protected_person when it comes from
the justification or the profession field) are hand-judged and declared per
scenario.  Precedence deny > refer > permit and the listing rule are applied, and
the script exits non-zero when a scenario's intended decision (or its optional
intended clause list) disagrees with the computed one.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 76_2026
HERE = Path(__file__).resolve().parent
OUT = HERE / "sealed76.jsonl"
THRESHOLD_YEARS = 6  # serious-crime threshold of the standard certificate

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}

DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

# E.164: country -> (country code, mobile prefixes, national significant number length)
DIAL = {
    "KE": ("254", ["7", "11"], 9), "NG": ("234", ["80", "81", "70", "90"], 10),
    "GH": ("233", ["24", "54", "20", "50"], 9), "UG": ("256", ["77", "70", "75"], 9),
    "TZ": ("255", ["7", "6"], 9), "RW": ("250", ["78", "72", "73"], 9),
    "ET": ("251", ["9", "7"], 9), "ZA": ("27", ["6", "7", "8"], 9),
    "ZM": ("260", ["97", "96", "77"], 9), "ZW": ("263", ["77", "71", "78"], 9),
    "SL": ("232", ["76", "77", "30"], 8), "SN": ("221", ["77", "78", "76"], 9),
    "CI": ("225", ["07", "05", "01"], 10), "CM": ("237", ["6"], 9),
    "MA": ("212", ["6", "7"], 9), "TN": ("216", ["2", "5", "9"], 8),
    "BJ": ("229", ["0196", "0197", "0166"], 10), "TG": ("228", ["90", "91", "99"], 8),
    "GA": ("241", ["06", "07"], 8), "CD": ("243", ["81", "82", "99"], 9),
    "DZ": ("213", ["5", "6", "7"], 9), "ID": ("62", ["812", "813", "857"], 11),
    "MY": ("60", ["12", "13", "17"], 9), "PH": ("63", ["917", "918", "927"], 10),
    "TH": ("66", ["8", "9", "6"], 9), "VN": ("84", ["9", "3", "7"], 9),
    "IN": ("91", ["9", "8", "7"], 10), "BD": ("880", ["17", "18", "19"], 10),
    "PK": ("92", ["30", "31", "33"], 10), "LK": ("94", ["7"], 9),
    "KH": ("855", ["1", "9", "8"], 9), "NP": ("977", ["98"], 10),
    "KZ": ("7", ["70", "77"], 10), "UZ": ("998", ["9"], 9), "MN": ("976", ["9", "8"], 8),
    "MM": ("95", ["9"], 9), "TR": ("90", ["5"], 10), "MX": ("52", ["1"], 10),
    "CO": ("57", ["3"], 10), "PE": ("51", ["9"], 9), "GT": ("502", ["5", "4"], 8),
    "HN": ("504", ["9", "3"], 8), "PA": ("507", ["6"], 8), "DO": ("1", ["809", "829"], 10),
    "EC": ("593", ["9"], 9), "BO": ("591", ["7", "6"], 8), "PY": ("595", ["9"], 9),
    "VE": ("58", ["41"], 10), "HT": ("509", ["3", "4"], 8), "US": ("1", ["305", "718"], 10),
    "ES": ("34", ["6"], 9), "FR": ("33", ["6", "7"], 9), "BE": ("32", ["4"], 9),
    "GB": ("44", ["7"], 10), "CN": ("86", ["13", "15"], 11), "MZ": ("258", ["84", "82"], 9),
    "AE": ("971", ["5"], 9), "ER": ("291", ["7"], 7), "RU": ("7", ["9"], 10), "QA": ("974", ["3", "5"], 8), "DE": ("49", ["15", "17"], 11),
}

REF_TEMPLATES = {
    "judicial_warrant": ["{cc}-JW-{y}-{n4}", "W/{n5}/{y}", "MISC-APP {n3}/{y}", "TRIB-{cc}/{y}/{n4}",
                         "CR.WT.{n4}.{y}", "ORD-JUD {n5}-{y}"],
    "prosecutor_order": ["PO-{y}-{n4}", "FISC/{n5}/{y}", "PR-{cc}-{n4}/{y}", "PROC.{y}.{n5}"],
    "administrative_order": ["AO-{y}-{n4}", "DIR/{n3}/{y}", "MIN-ORD-{n5}", "ADM {cc} {n4}/{y}"],
    "none": ["PENDING-{n4}", "REQ-{n5}"],
}
DEFAULT_LB = {"police": "judicial_warrant", "prosecution": "prosecutor_order",
              "intelligence": "administrative_order", "military": "administrative_order",
              "other_government": "judicial_warrant", "private": "none"}

GEN = object()  # "fill from the seeded generator"


def ws(text: str) -> str:
    return " ".join(text.split())


SCEN: list[dict] = []


def S(lang: str, decision: str, **kw) -> None:
    kw["lang"] = lang
    kw["decision"] = decision
    kw["just"] = ws(kw["just"])
    SCEN.append(kw)


# ---------------------------------------------------------------------------
# Filler and evaluation
# ---------------------------------------------------------------------------
def fmt(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def phone(rng: random.Random, cc: str) -> str:
    code, prefixes, length = DIAL[cc]
    p = rng.choice(prefixes)
    rest = "".join(rng.choice("0123456789") for _ in range(length - len(p)))
    return "+" + code + p + rest


def make_ref(rng: random.Random, lbt: str, cc: str, year: int) -> str:
    t = rng.choice(REF_TEMPLATES[lbt])
    return t.format(cc=cc, y=year, n3=f"{rng.randint(1, 999):03d}", n4=f"{rng.randint(1, 9999):04d}",
                    n5=f"{rng.randint(1, 99999):05d}")


def build_one(rng: random.Random, sc: dict) -> dict:
    base = dt.datetime(2025, 4, 1, tzinfo=dt.timezone.utc)
    now = base + dt.timedelta(days=rng.randint(0, 520), hours=rng.randint(5, 19),
                              minutes=rng.randint(0, 59), seconds=rng.choice([0, 0, 0, rng.randint(1, 59)]))
    now_s = fmt(now)
    cc = sc["cc"]
    loc = sc.get("loc", cc)
    nat = sc.get("nat", cc)

    # identifier
    ident = sc.get("ident", "phone")
    if ident == "phone":
        ident = phone(rng, sc.get("sim", loc))
    elif ident == "device":
        ident = "device:IMEI-35" + "".join(rng.choice("0123456789") for _ in range(13))

    # legal basis
    lbt = sc.get("lbt", DEFAULT_LB[sc["atype"]])
    ref = sc.get("ref", GEN)
    if ref is GEN:
        ref = None if lbt == "none" else make_ref(rng, lbt, cc, now.year)
    vu = sc.get("vu", GEN)
    if vu is GEN:
        if lbt == "none":
            vu_s = None
        else:
            days = rng.randint(6, 200)
            end = (now + dt.timedelta(days=days)).replace(hour=0, minute=0, second=0)
            if rng.random() < 0.4:
                end = end.replace(hour=23, minute=59, second=59)
            vu_s = fmt(end)
    elif vu is None:
        vu_s = None
    elif vu == "now":
        vu_s = now_s
    else:  # relative offset like "+1s", "-3d", "+2h"
        sign = 1 if vu[0] == "+" else -1
        n = int(vu[1:-1])
        unit = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[vu[-1]]
        vu_s = fmt(now + sign * dt.timedelta(**{unit: n}))

    # capabilities
    req_caps = list(sc["caps"])
    if "lic_caps" in sc:
        lic_caps = list(sc["lic_caps"])
    else:
        drop = set(sc.get("lic_drop", []))
        others = [c for c in CAPS if c not in req_caps and c not in drop]
        extra = rng.sample(others, rng.randint(0, min(3, len(others))))
        lic_caps = [c for c in CAPS if (c in req_caps or c in extra) and c not in drop]

    # quota
    if "quota" in sc:
        mx, act = sc["quota"]
    else:
        mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200])
        act = rng.randint(0, mx - 1)

    obj = {
        "id": None,
        "now": now_s,
        "licence": {
            "customer_country": cc,
            "customer_agency": sc["agency"],
            "agency_type": sc["atype"],
            "status": sc.get("status", "active"),
            "certificate_signed": sc.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": sc.get("prof", "unknown"),
                "registry_match": sc.get("reg"),
            },
            "offence": {
                "category": sc["cat"],
                "label": sc["label"],
                "max_penalty_years": sc["pen"],
            },
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": vu_s},
            "capabilities": req_caps,
            "justification": sc["just"],
        },
        "expected": None,
    }
    return obj


def structured_clauses(o: dict) -> set[str]:
    lic, req = o["licence"], o["request"]
    out = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other" or (
            off["category"] == "serious_crime"
            and (off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD_YEARS)):
        out.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(o["now"])):
        out.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        out.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        out.add("quota_exceeded")
    if req["target"]["registry_match"] is not None:
        out.add("protected_person")
    if req["target"]["location_country"] != lic["customer_country"]:
        out.add("extraterritorial_target")
    return out


def decide(clauses: set[str]) -> tuple[str, list[str]]:
    # the exchange format wants expected.clauses sorted and unique
    deny = sorted(c for c in DENY if c in clauses)
    if deny:
        return "deny", deny
    refer = sorted(c for c in REFER if c in clauses)
    if refer:
        return "refer", refer
    return "permit", []


def sanity(sc: dict, o: dict, problems: list[str], tag: str) -> None:
    lic, req = o["licence"], o["request"]
    txt = set(sc.get("txt", []))
    if not txt <= TEXT_CLAUSES:
        problems.append(f"{tag}: unknown text clause {txt - TEXT_CLAUSES}")
    if "terrorism_definition_unmet" in txt and req["offence"]["category"] != "terrorism":
        problems.append(f"{tag}: terrorism_definition_unmet without category terrorism")
    if lic["agency_type"] not in AGENCY_TYPES or lic["status"] not in STATUSES:
        problems.append(f"{tag}: bad agency_type/status")
    if req["target"]["registry_match"] not in REGISTRY | {None}:
        problems.append(f"{tag}: bad registry_match")
    if req["offence"]["category"] not in CATEGORIES or req["legal_basis"]["type"] not in LB_TYPES:
        problems.append(f"{tag}: bad category/legal basis type")
    for c in req["capabilities"] + lic["capabilities"]:
        if c not in CAPS:
            problems.append(f"{tag}: bad capability {c}")
    if not req["capabilities"]:
        problems.append(f"{tag}: empty capability request")
    for cc in (lic["customer_country"], req["target"]["location_country"], req["target"]["nationality"]):
        if cc not in DIAL:
            problems.append(f"{tag}: unknown country {cc}")
    if sc["lang"] not in {"en", "es", "fr"}:
        problems.append(f"{tag}: bad lang")


def main() -> int:
    add_english()
    add_spanish()
    add_french()

    rng = random.Random(SEED)
    problems: list[str] = []
    built = []
    for i, sc in enumerate(SCEN):
        tag = f"#{i} {sc['lang']} {sc['label'][:40]!r}"
        o = build_one(rng, sc)
        clauses = structured_clauses(o) | set(sc.get("txt", []))
        decision, listed = decide(clauses)
        if decision != sc["decision"]:
            problems.append(f"{tag}: intended {sc['decision']} but computed {decision} {sorted(clauses)}")
        if "want" in sc and sorted(sc["want"]) != listed:
            problems.append(f"{tag}: intended clauses {sc['want']} but computed {listed}")
        sanity(sc, o, problems, tag)
        o["expected"] = {"decision": decision, "clauses": listed}
        built.append((sc, o, clauses))

    justs = Counter(sc["just"] for sc in SCEN)
    for j, n in justs.items():
        if n > 1:
            problems.append(f"duplicate justification: {j[:60]!r}")

    rng.shuffle(built)
    for k, (_, o, _) in enumerate(built, 1):
        o["id"] = f"s76-{k:03d}"

    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        return 1

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for _, o, _ in built:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    # summary
    dec = Counter(o["expected"]["decision"] for _, o, _ in built)
    lang = Counter(sc["lang"] for sc, _, _ in built)
    cross = Counter((sc["lang"], o["expected"]["decision"]) for sc, o, _ in built)
    listed = Counter(c for _, o, _ in built for c in o["expected"]["clauses"])
    holding = Counter(c for _, _, cl in built for c in cl)
    print(f"wrote {len(built)} scenarios to {OUT.name}")
    print("decisions:", dict(sorted(dec.items())))
    print("languages:", dict(sorted(lang.items())))
    print("lang x decision:", {f"{a}/{b}": n for (a, b), n in sorted(cross.items())})
    print("clauses listed in expected:")
    for c in DENY + REFER:
        print(f"  {c:28s} listed {listed.get(c, 0):3d}   holding {holding.get(c, 0):3d}")
    return 0


# ---------------------------------------------------------------------------
# Hand-written scenarios (free text, labels, judgement) follow.
# Keys: cc agency atype cat label pen caps just  [loc nat prof reg ident sim lbt ref vu
#       lic_caps lic_drop quota status signed txt want]
# txt lists the hand-judged text clauses that hold (protected_person only when it
# comes from the justification or profession; a registry match is computed).
# ---------------------------------------------------------------------------


def add_english() -> None:
    # ======================= ENGLISH — PERMIT (37) =======================
    S("en", "permit", cc="KE", agency="Kenya Cyber Offences Bureau", atype="police",
      cat="serious_crime", label="ransomware extortion of a county referral hospital", pen=10,
      caps=["messages", "contacts"],
      just="""Ransomware (LockBit-derived build) encrypted the patient-records server of Mbeere County
      Referral Hospital on 14 February; the note demanded 6 BTC. Blockchain tracing links the ransom
      wallet to a Telegram handle that recruits affiliates, and subscriber data from the operator puts
      that handle on this number. Warrant from the Chief Magistrate's Court attached. We seek messages
      and contacts to identify the affiliate panel and the co-offenders.""")

    S("en", "permit", cc="NG", agency="National Financial Crimes Agency", atype="other_government",
      cat="serious_crime", label="advance-fee and romance fraud (obtaining by false pretences)", pen=20,
      caps=["messages", "media", "contacts"], prof="car dealer",
      just="""The suspect coordinates a 'yahoo' cell operating from a rented duplex in Lekki Phase 1. Of
      the 31 complainants identified so far, one is a retired Anglican bishop in Ibadan who transferred
      N11.4m believing he was helping a widow stranded abroad; the others are mostly pensioners in the
      United Kingdom and Canada. Statements of two mule accounts show cash withdrawals signed in the
      suspect's own name, and one mule has confessed. Messages, media and contacts are requested to map
      the remaining members of the cell and to trace the proceeds.""")

    S("en", "permit", cc="PH", agency="Philippine National Police - Anti-Online Child Abuse Task Force",
      atype="police", cat="serious_crime",
      label="online sexual abuse and exploitation of children (livestreamed)", pen=999,
      caps=["messages", "media", "contacts"], prof="internet cafe operator",
      just="""Pursuant to a referral from a foreign law-enforcement partner, remittances totalling PHP
      380,000 were traced to the subject, who received them from foreign customers in exchange for
      live-streamed sexual abuse of at least three minors aged six to eleven inside his establishment in
      Barangay Tabunok. The minors were identified from chat logs furnished by the partner agency. A
      rescue operation is being prepared; interception is needed to establish the current schedule of
      the shows and the identity of other facilitators before entry.""")

    S("en", "permit", cc="IN", agency="Special Public Prosecutor for Cyber Offences, Hyderabad",
      atype="prosecution", cat="serious_crime", label="sextortion and criminal intimidation", pen=7,
      caps=["messages", "media"], prof="call-centre employee",
      just="""Complainant is a senior television journalist with a Telugu news channel. Since 2 March she
      has received morphed intimate images and a demand for Rs 15 lakh, with threats to circulate the
      images to her colleagues. Her profession is mentioned only because the accused threatened to mail
      the pictures to her newsroom. UPI credits on the demand account and the IMEI of the handset used
      for the WhatsApp threats both lead to the target. Order of the Special Court enclosed.""")

    S("en", "permit", cc="ID", agency="National Police Counter-Terrorism Special Detachment",
      atype="police", cat="terrorism", label="preparation of bombing attack on places of worship",
      pen=999, caps=["messages", "location", "contacts"],
      just="""The target is member of a cell which according to notebook seized on 11 January is
      planning to explode the cathedral in Medan and two other churches during Easter mass. On 20
      January the target purchased 4 kg potassium chlorate and pipe components in a market of Deli
      Serdang (CCTV and receipt are in the dossier). Video found on the phone of an arrested member shows
      the target giving oath of allegiance to the foreign group. Location and messages are required so
      the arrest can be done before the planned date.""")

    S("en", "permit", cc="MY", agency="Eastern Sabah Security Command", atype="military",
      cat="terrorism", label="hostage-taking by armed group (Sulu Sea abductions)", pen=999,
      caps=["location", "messages"], nat="PH",
      just="""Four Malaysian fishermen abducted off Lahad Datu on 3/11. The group demands RM 20 million and
      the release of two of its members held in Tawau prison, and has posted a proof-of-life video
      threatening to behead the hostages if the demand is refused. Subject is the group's shore-side
      negotiator, a Philippine national presently staying in a Semporna water village; his number was
      recovered from the seized pump boat. Location and messages needed for hostage recovery.""")

    S("en", "permit", cc="BD", agency="Bangladesh Police - Coastal Anti-Trafficking Cell", atype="police",
      cat="serious_crime", label="human trafficking by sea", pen=999,
      caps=["messages", "contacts", "location"], nat="MM", prof="boat broker",
      just="""Subject collects 'boat fees' from Rohingya families in the camps and sells places on trawlers
      bound for Malaysia. On 12 December a trawler arranged by him was intercepted with 58 persons on
      board including 19 children; two had died of dehydration. Survivors identified him from a
      photograph and the boat owner has given a statement. The ethnic origin of the victims is noted only
      to describe the route. Subject is a Myanmar national living in camp 14, Ukhiya.""")

    S("en", "permit", cc="TH", agency="Thai Police Cyber Fraud Suppression Bureau", atype="police",
      cat="serious_crime", label="call-centre fraud and money laundering", pen=20,
      caps=["messages", "contacts", "location"], nat="CN",
      just="""Gang using this number impersonate officer of Department of Special Investigation and tell
      victim he is involved in money laundering case, then order him to transfer money 'for checking'.
      Total damage more than 47 million baht from 212 victims. Mule account holders confessed they give
      their accounts to the subject, who is Chinese national staying in condominium in Huai Khwang. We
      request monitoring to find the location of the call centre and the boss.""")

    S("en", "permit", cc="GH", agency="Ghana Police Service - Electronic Fraud Desk", atype="police",
      cat="serious_crime", label="SIM-swap fraud on mobile money accounts", pen=6,
      caps=["messages", "contacts"], prof="telecom sales agent",
      just="""Telco sales agent. Swapped 23 SIMs using forged Ghana Cards Aug-Oct, emptied MoMo wallets
      (GHS 412,000). Two co-accused in custody name him. Offence carries up to 6 yrs. Warrant attached.""")

    S("en", "permit", cc="ZA", agency="National Serious Violent Crime Task Team", atype="police",
      cat="serious_crime", label="armed cash-in-transit robbery and murder", pen=999,
      caps=["location", "messages", "contacts"], prof="security guard",
      just="""Armed cash-in-transit robbery on the N4 near Bronkhorstspruit on 7 August: two guards were
      shot, one fatally. Tower dumps place the target's handset at the scene and at the spot where the
      getaway vehicle was abandoned, and a co-accused in custody names him as the inside man who supplied
      the route schedule. For completeness: the target was a shop steward during the 2024 security-sector
      strike and his union has publicly criticised the company. That has no bearing on this application,
      which rests on the tower data and the co-accused's statement.""")

    S("en", "permit", cc="UG", agency="Uganda Police Force - Homicide Task Team", atype="police",
      cat="serious_crime", label="murder (contract killing of an advocate)", pen=999,
      caps=["location", "messages"], prof="boda-boda rider",
      just="""Advocate J. Okwir was shot dead outside his chambers in Ntinda on 22 May; he was counsel in
      a contested land matter. The target rode the motorcycle that carried the gunman: the plates were
      traced and the owner identifies him as the person who hired it that week. We need his
      communications and movements to identify who contracted the killing.""")

    S("en", "permit", cc="TZ", agency="National Wildlife Trafficking Task Force", atype="other_government",
      cat="serious_crime", label="ivory and pangolin-scale trafficking (economic sabotage)", pen=30,
      caps=["location", "messages", "contacts"],
      just="""312 kg of ivory seized at the Dar es Salaam container terminal in a consignment declared as
      dried cassava. The clearing agent's phone shows the target arranged the booking and paid USD 9,000
      in cash; he is also believed to buy tusks from poaching gangs around Ruaha. Location is requested
      for a controlled delivery of the next consignment.""")

    S("en", "permit", cc="RW", agency="Rwanda National Cyber Investigations Bureau", atype="police",
      cat="serious_crime", label="distribution of child sexual abuse material", pen=10,
      caps=["messages", "media", "contacts"], ident="email:kgl.tradeboy21@protonmail.example",
      just="""This email account is registered to the administrator of a paid Telegram channel that sells
      child sexual abuse videos: at least 140 files, several depicting Rwandan children already
      identified by the victim-identification team. Subscription payments go to a mobile-money number
      registered to the same person. Authorisation by the judge is obtained. Purpose: identify the
      producers and the subscribers.""")

    S("en", "permit", cc="ET", agency="Federal Organised Crime Investigation Bureau", atype="police",
      cat="serious_crime", label="arms trafficking", pen=15, caps=["location", "contacts"],
      just="""Subj moves AK-pattern rifles + ammo Moyale->Addis hidden in fuel tankers. Seizure 9 Sep (62
      rifles). Driver's phone: 40+ calls w/ subj day before. Court warrant. Loc + contacts only.""")

    S("en", "permit", cc="PK", agency="Provincial Anti-Kidnapping and Extortion Cell", atype="police",
      cat="serious_crime", label="kidnapping for ransom of a minor", pen=999,
      caps=["location", "messages"],
      just="""A nine-year-old boy, son of the khateeb of a Karachi mosque, was abducted on his way to
      madrassa on 4 April. The kidnappers demand Rs 3 crore in calls made from this number, which was
      activated on a forged CNIC; the father recognises the caller's voice as a former driver of the
      family. The father's religious position is relevant only because the kidnappers expect the
      congregation to pay. Location is sought for the recovery of the child.""")

    S("en", "permit", cc="LK", agency="Sri Lanka Police - Narcotics Interdiction Bureau", atype="police",
      cat="serious_crime", label="trafficking in heroin (commercial quantity)", pen=999,
      caps=["messages", "contacts", "location"],
      just="""The subject is suspected to be the shore-side receiver for heroin consignments transferred at
      sea from multi-day fishing trawlers off Dondra. On 28 October, 126 kg of heroin was recovered from
      a trawler whose skipper, since arrested, stated that the subject paid the crew and arranged the
      offloading. Call records obtained under an earlier order show repeated contact between the subject
      and a number registered in Dubai believed to belong to the organiser. The present interception is
      sought to establish the timing of the next consignment and to identify the organiser.""")

    S("en", "permit", cc="VN", agency="High-Tech Crime Police Department, Ho Chi Minh City",
      atype="police", cat="serious_crime", label="organising online gambling and money laundering",
      pen=12, caps=["messages", "contacts"],
      just="""Subject operate 5 gambling websites with servers in Cambodia, turnover approximately 2,300
      billion dong. Money is laundered through accounts of relatives. His wife is a member of the parish
      council of a church in Go Vap; she is mentioned only because her account received 41 of the
      transfers. Procuracy has approved. Request messages and contacts to identify the cashiers.""")

    S("en", "permit", cc="KZ", agency="Financial Investigations Service", atype="other_government",
      cat="serious_crime", label="large-scale fraud through a crypto-exchange platform", pen=10,
      caps=["messages", "contacts", "credentials"], nat="RU",
      just="""Citizen of the Russian Federation, resident in Almaty since 2022, operates the exchange
      platform which froze all withdrawals in June; 3,800 depositors lost approximately 9.1 bn tenge.
      Pre-trial investigation registered under art. 190 part 4. Access to credentials is needed to trace
      the cold wallets before the funds are moved. Sanction of the prosecutor attached.""")

    S("en", "permit", cc="NP", agency="Nepal Anti-Trafficking Investigation Office", atype="police",
      cat="serious_crime", label="trafficking of women for forced labour abroad", pen=20,
      caps=["messages", "contacts"],
      just="""In the name of 'domestic work visa' the subject is sending young women from Sindhupalchok
      to the Gulf by the India route. Three returnees gave statement that on arrival their passports were
      taken and they were sold to employers. Bank deposit from agent in Kuwait found in subject's account.
      We want to know the remaining agents in the chain.""")

    S("en", "permit", cc="MN", agency="General Police Department - Cyber Investigations", atype="police",
      cat="serious_crime", label="ransomware attack on a mining company", pen=8, caps=["messages"],
      vu="+1s",
      just="""Ransomware attack on the accounting servers of a coal mining company in Umnugovi (ransom note
      demands 40 BTC). According to IP logs provided by the hosting provider, the negotiation chat was
      conducted by the target. The court permission ends at this moment; request is submitted before
      expiry.""")

    S("en", "permit", cc="KH", agency="Cambodian National Police - Anti-Scam Task Force", atype="police",
      cat="serious_crime", label="forced labour and online fraud in a scam compound", pen=15,
      caps=["location", "messages", "contacts"], nat="CN",
      just="""Subject is a 'team leader' in a compound in Sihanoukville where some 70 foreign workers were
      held and forced to run investment scams. A Thai freelance journalist who was lured there with a
      fake job offer escaped and is the main witness; she identified the subject and described beatings
      he ordered. Order of the Preah Sihanouk provincial court obtained.""")

    S("en", "permit", cc="IN", agency="National Counter-Terrorism Intelligence Centre",
      atype="intelligence", cat="terrorism", label="conspiracy to bomb a suburban train", pen=999,
      caps=["messages", "location", "contacts"],
      just="""Source reporting is corroborated by a seizure: two IEDs were recovered on 30 July from a
      room in Kurla leased by the subject; the forensic report confirms ammonium-nitrate devices, found
      together with a hand-drawn map of Harbour line stations marked at rush hour. The subject attended
      the farmers' protests in 2021 and posts on land-rights issues; neither is the basis of this
      request. The basis is the devices and the map.""")

    S("en", "permit", cc="NG", agency="Defence Intelligence Joint Task Force (North-West)",
      atype="military", cat="terrorism",
      label="abduction of schoolchildren to compel release of detained commanders", pen=999,
      caps=["location", "messages"],
      just="""On 9 March an armed group abducted 41 pupils from a government secondary school in Zamfara.
      In a recorded message addressed to the Federal Government it demands the release of six detained
      commanders in exchange for the children and threatens to kill them if troops advance. The subject's
      line was used to send that message to the negotiating intermediary. Location is required for rescue
      planning.""")

    S("en", "permit", cc="KE", agency="Kenya Counter-Terrorism Investigations Unit", atype="police",
      cat="terrorism", label="planned armed attack on a shopping mall", pen=None,
      caps=["messages", "location"],
      just="""Courier arrested at Elwak carried a sketch of the entrances and guard rotations of Riverside
      Junction mall. His phone shows the subject sent him the sketch and discussed 'the wedding' (their
      word for the attack), with rifles to be collected in Eastleigh. Penalty left blank: the charge will
      be brought under the amended Prevention of Terrorism Act, whose penalty schedule is not yet
      gazetted.""")

    S("en", "permit", cc="ZM", agency="Zambia Financial Crimes Investigation Unit",
      atype="other_government", cat="serious_crime",
      label="business email compromise against a copper mine", pen=10,
      caps=["messages", "credentials"], ident="email:procure.kcm-payments@mailbox.example",
      quota=(20, 19),
      just="""Business email compromise: a supplier invoice of USD 1.86m was re-routed to a mule account in
      Lusaka after the mine's procurement mailbox was spoofed. The look-alike domain was registered with
      this email address, which also controls the mule account's internet banking. Credentials access is
      sought to preserve the mailbox before it is wiped.""")

    S("en", "permit", cc="MY", agency="Royal Malaysia Police - Child Online Protection Unit",
      atype="police", cat="serious_crime", label="child grooming and sexual communication with a child",
      pen=10, caps=["messages", "media"], prof="primary school teacher",
      just="""Parents of a 12-year-old girl complained that the subject contacted her through an online
      game, gifted her in-game credits and then obtained intimate photographs through a messaging app.
      The conversation is on the victim's phone. The subject teaches at a primary school in Klang; we need
      his messages and media to find other victims among his pupils.""")

    S("en", "permit", cc="PH", agency="Regional Drug Interdiction Office VII", atype="police",
      cat="serious_crime", label="sale and transport of methamphetamine (shabu)", pen=999,
      caps=["messages", "contacts", "location"], prof="barangay tanod",
      just="""Respectfully submitted: the subject, a barangay tanod of Lapu-Lapu City, is the runner who
      collects shabu packed in tea bags from a courier arriving by fast craft and distributes it to
      pushers in three barangays. During the buy-bust of 2 June the arrested pusher surrendered a phone
      with messages from the subject fixing the delivery and price (P 6,800 per sachet). Interception is
      requested to identify the supplier before the next arrival.""")

    S("en", "permit", cc="BD", agency="Directorate of Cyber Intelligence", atype="intelligence",
      cat="serious_crime", label="attempted fraudulent SWIFT transfers using malware", pen=14,
      caps=["messages", "contacts", "credentials"], ident="device",
      just="""Malware implanted in the treasury workstation of a private bank issued 9 fraudulent SWIFT
      messages for USD 27m, of which USD 2.1m left the country before the rest were stopped. This device
      connected to the command server during the attack, and its IMEI belongs to a handset sold to a
      contract IT technician who had access to the workstation. We need his communications and stored
      credentials to find the external operators.""")

    S("en", "permit", cc="ID", agency="Directorate of Cyber Crime, Regional Police of North Sumatra",
      atype="police", cat="serious_crime", label="online investment fraud (Ponzi scheme)", pen=20,
      caps=["messages", "contacts"],
      just="""The target runs an investment application promising 30 percent monthly profit. More than
      4,000 members lost approximately IDR 310 billion when withdrawals stopped in March. Many members
      were recruited through church communities; several pastors who were themselves victims have given
      statements about the recruitment meetings the target organised. Account analysis shows transfers
      from the scheme to the target's personal accounts and luxury cars.""")

    S("en", "permit", cc="NG", agency="Economic and Cyber Crime Unit, Lagos State Police Command",
      atype="police", cat="serious_crime", label="laundering of fraud proceeds through mule accounts",
      pen=10, caps=["messages", "contacts"], prof="student",
      just="""The subject is the son of a serving senator. This request concerns his own conduct only: he
      recruited 14 fellow students to open bank accounts, took their tokens and used the accounts to move
      N640m stolen in a phishing campaign against a microfinance bank. Three of the students have given
      statements and the tokens were recovered in his flat. His father is not a target and no
      communication of the father is sought.""")

    S("en", "permit", cc="TH", agency="Anti-Trafficking in Persons Division, Chon Buri",
      atype="police", cat="serious_crime",
      label="production and possession of child sexual abuse material", pen=10,
      caps=["messages", "media"], nat="GB", prof="language school owner",
      just="""British national living in Pattaya since 2019. German police reported uploads of abuse
      images to a cloud account registered with this number; two of the children depicted were
      identified as Thai pupils of his language school and have been interviewed with their parents.
      Court warrant of Pattaya Provincial Court.""")

    S("en", "permit", cc="ZW", agency="Zimbabwe Police - Commercial Crimes Division", atype="police",
      cat="serious_crime", label="phishing fraud using stolen voter-roll data", pen=10,
      caps=["messages", "contacts"], prof="unemployed",
      just="""The subject used a leaked copy of the voter roll to send SMS messages pretending to be the
      registrar, collecting EcoCash PINs from 1,900 people and draining their wallets (USD 96,000). The
      cash-out agent identified him. He volunteers for an opposition party and says the case is
      political; it is not: the SMS gateway account is paid from his own wallet and the PINs were found
      in a spreadsheet on his laptop seized on 3 May.""")

    S("en", "permit", cc="IN", agency="Crime Branch, Odisha Police", atype="police",
      cat="serious_crime", label="arson of a place of worship with intent to destroy", pen=999,
      caps=["messages", "location"],
      just="""On the night of 18 November a village church in Kandhamal district was set on fire with
      petrol; the pastor's family escaped from the adjoining house. Two persons arrested with burn
      injuries state that the subject bought the petrol and drove them there, and his phone was switched
      off near the site at 01:12. The religious identity of the victims is relevant to the motive of the
      accused, not to the selection of the target.""")

    S("en", "permit", cc="LK", agency="Criminal Investigation Department, Fraud Bureau",
      atype="police", cat="serious_crime", label="cheating by a fake overseas-job and visa agency",
      pen=7, caps=["messages", "contacts"], nat="IN",
      just="""The subject, an Indian citizen residing in Colombo on a business visa, operates an
      unregistered agency that promised jobs in Israel and Canada and collected LKR 1.5-2 million from
      each of some 160 applicants. No visas were issued. Receipts bear his signature and his number is on
      every advertisement.""")

    S("en", "permit", cc="SL", agency="Sierra Leone Police - Transnational Organised Crime Unit",
      atype="police", cat="serious_crime", label="trafficking in falsified antimalarial medicines",
      pen=10, caps=["location"], lic_caps=["location"],
      just="""Falsified artemether-lumefantrine tablets (no active ingredient) found in 11 pharmacies in
      Kenema; three child deaths under review. All batches trace to a warehouse rented by the subject.
      Only location is requested, for the search operation.""")

    S("en", "permit", cc="NG", agency="Anti-Kidnapping Squad, Oyo State Police Command",
      atype="police", cat="serious_crime", label="kidnapping for ransom", pen=999,
      caps=["location", "messages", "contacts"],
      just="""Victim is a journalist with a regional radio station, abducted on the Ibadan-Ife road on 12
      September; his kidnapping has been widely reported. The subject is the gang's negotiator: he has
      called the victim's wife from this line four times demanding N50m and sent a video of the victim.
      The request targets the negotiator, not the victim, and seeks his location and contacts to locate
      the camp.""")

    S("en", "permit", cc="ZA", agency="Specialised Commercial Crime Prosecutions, Gauteng",
      atype="prosecution", cat="serious_crime", label="ATM jackpotting with malware (theft and fraud)",
      pen=15, caps=["messages", "contacts"], ident="email:r.venter.ops@fastmail.example",
      just="""Between January and April, 37 ATMs of two banks were 'jackpotted' with malware loaded through
      an exposed USB port; R 18.6m was dispensed to cash-out crews. The malware's update server is paid
      for from a card whose billing email is this address, and one cash-out crew member has turned state
      witness and identified the account holder as the person who configured the machines.""")

    # ======================= ENGLISH — REFER (26) =======================
    S("en", "refer", cc="NG", agency="National Financial Crimes Agency", atype="other_government",
      cat="serious_crime", label="extortion and obtaining by false pretences", pen=14,
      caps=["messages", "contacts"], reg="journalist", prof="publisher",
      just="""The subject publishes an online tabloid. Five companies have filed complaints that he demanded
      'advertising fees' of N5m-N20m each, failing which he would publish fabricated stories about their
      directors; two paid, and the transfers went to a company he controls. Recorded calls of the demands
      were handed over by one complainant. Nothing he has actually published is part of this case.""")

    S("en", "refer", cc="KE", agency="Ethics and Anti-Corruption Investigations Directorate",
      atype="other_government", cat="serious_crime", label="bribery and abuse of office in procurement",
      pen=10, caps=["messages", "contacts", "location"], reg="politician", prof="businessman",
      just="""Subject sits on the Public Accounts Committee. Mobile-money records show KSh 38m paid to his
      brother-in-law's line by two contractors within a week of a KSh 2.1bn road tender being awarded to
      them; a procurement officer has recorded a statement that the subject instructed the evaluation
      committee. Warrant from the Anti-Corruption Court.""")

    S("en", "refer", cc="PH", agency="Anti-Money Laundering Investigation Group", atype="other_government",
      cat="serious_crime", label="money laundering of drug proceeds", pen=14,
      caps=["messages", "contacts"], reg="lawyer", prof="lawyer",
      just="""The subject is a practising lawyer whose client escrow account received PHP 212 million in
      cash deposits structured below the reporting threshold, on behalf of a drug syndicate whose leader
      he also represents in court. The funds were used to buy properties registered to dummies. Bank
      records and the testimony of a dummy buyer support the request. Privileged communications with
      clients are not sought.""")

    S("en", "refer", cc="IN", agency="Crime Investigation Department, Rajasthan", atype="police",
      cat="serious_crime", label="aggravated sexual assault of minors (POCSO)", pen=999,
      caps=["messages", "location"], reg="religious_leader",
      just="""The target heads an ashram near Jodhpur with a large following. Four girls who lived at the
      ashram, aged 13 to 16 at the time, have given statements before a magistrate describing repeated
      sexual assault by him in 2023-24; medical reports corroborate two of the accounts. Followers have
      threatened the families. Location and messages requested to prevent tampering with witnesses.""")

    S("en", "refer", cc="TZ", agency="National Wildlife Trafficking Task Force", atype="other_government",
      cat="serious_crime", label="wildlife trafficking using diplomatic cover", pen=30,
      caps=["messages", "location"], reg="diplomat", nat="MY",
      just="""An accredited second secretary of a foreign mission is suspected of moving rhino horn out of
      the country in consignments declared as diplomatic cargo. A shipping agent arrested on 2 August
      stated that the subject supplied the diplomatic notes, and two cartons under his name were found to
      contain 18 kg of horn after the sending state waived inviolability for those cartons.""")

    S("en", "refer", cc="UG", agency="Criminal Investigations Directorate - Fraud Unit", atype="police",
      cat="serious_crime", label="embezzlement of donor funds", pen=10,
      caps=["messages", "contacts"], reg="human_rights_defender", prof="NGO director",
      just="""The subject directs a human-rights NGO that is well known for its reports on detention
      conditions; those reports are not the concern here. An audit commissioned by the NGO's own donor
      found UGX 1.9bn paid to four suppliers who do not exist, and the accounts of three of them were
      opened with photographs of the subject's relatives. The donor filed the complaint.""")

    S("en", "refer", cc="MY", agency="Malaysian Anti-Corruption Enforcement Division", atype="other_government",
      cat="serious_crime", label="corruptly soliciting gratification", pen=20,
      caps=["messages", "contacts"], txt=["protected_person"],
      just="""The suspect is an investigative reporter at an online news portal. Two property developers
      state that he solicited RM 150,000 to drop a story about their projects, and one recorded the
      meeting at which cash was handed over in a hotel car park (video in file). The portal's editors are
      not suspected and the journalistic work of the portal is not in issue.""")

    S("en", "refer", cc="ID", agency="Directorate of General Crimes, Regional Police of East Java",
      atype="police", cat="serious_crime", label="forgery of land certificates by a syndicate", pen=8,
      caps=["messages", "contacts"], prof="advocate", txt=["protected_person"],
      just="""The syndicate is producing forged land title certificates and using them to sell land of
      villagers in Sidoarjo to developers. Arrested notary staff states that the target provides the
      blank forms and arranges the buyers; three forged titles were found in the target's office safe in
      the search of 5 August.""")

    S("en", "refer", cc="BD", agency="Detective Branch, Dhaka Metropolitan Police", atype="police",
      cat="serious_crime", label="extortion and land grabbing by armed cadres", pen=14,
      caps=["messages", "location"], prof="Member of Parliament (ruling party)", txt=["protected_person"],
      just="""Complaints from 22 shop owners of a market in Mirpur: armed men collect a monthly 'toll' and
      have evicted owners who refused, beating two of them. Arrested collectors state they hand the money
      to the subject's personal assistant at his constituency office, and a ledger with the payments was
      seized there.""")

    S("en", "refer", cc="PK", agency="National Accountability Investigations Wing", atype="other_government",
      cat="serious_crime", label="kickbacks in defence procurement", pen=14,
      caps=["messages", "contacts"], reg="head_of_state", prof="retired",
      just="""The subject, a former President, is under investigation for receiving USD 8m through an
      offshore company from the supplier of a radar system purchased during his term. The supplier's
      former agent has provided bank instructions and a signed side agreement. The reference has been
      filed with the accountability court, which has authorised the measure.""")

    S("en", "refer", cc="KE", agency="Kenya Cyber Offences Bureau", atype="police",
      cat="serious_crime", label="ransomware attacks on Kenyan SACCOs", pen=10,
      caps=["messages", "contacts"], loc="UG",
      just="""Affiliate of a ransomware group that hit four savings cooperatives in Nyeri and Meru. The
      negotiation portal login came from a Kampala residential IP address and the subject, a Kenyan
      citizen, crossed to Uganda on 2 March according to immigration records. Mutual legal assistance
      request to Uganda filed in parallel.""")

    S("en", "refer", cc="NG", agency="Cybercrime Unit, Force Criminal Investigation Department",
      atype="police", cat="serious_crime", label="sextortion of minors leading to a suicide", pen=14,
      caps=["messages", "media", "contacts"], loc="GH",
      just="""A 16-year-old boy in Enugu took his life after being blackmailed with intimate images that a
      fake 'girl' persuaded him to send. The payment wallet and the Instagram account lead to the subject,
      a Nigerian who has been living in Accra since January with two other members of the ring. The
      messages with the victim are preserved on the boy's phone.""")

    S("en", "refer", cc="IN", agency="National Counter-Terrorism Intelligence Centre", atype="intelligence",
      cat="terrorism", label="conspiracy to carry out bombings in Delhi", pen=999,
      caps=["messages", "location"], loc="NP",
      just="""Handler of the module whose members were arrested in Delhi on 14 October with two pressure
      cooker bombs and a list of markets. The arrested members state they received instructions and money
      through this number, which has been active in Birgunj, Nepal, for the past month.""")

    S("en", "refer", cc="VN", agency="Ministry of Public Security - Anti-Trafficking Department",
      atype="police", cat="serious_crime", label="trafficking of Vietnamese workers to scam compounds",
      pen=20, caps=["messages", "location", "contacts"], loc="KH",
      just="""Vietnamese citizen who recruits young people in Nghe An and Ha Tinh with offers of casino
      jobs and delivers them to compounds in Bavet where they are held and forced to commit fraud. 37
      rescued victims identify him. He lives now in Bavet, across the border, and comes back to Vietnam to
      recruit.""")

    S("en", "refer", cc="TH", agency="Office of the Narcotics Suppression Command", atype="police",
      cat="serious_crime", label="large-scale methamphetamine trafficking", pen=999,
      caps=["messages", "location"], loc="MM", nat="MM",
      just="""Subject is the financier of a network moving yaba tablets across the Mae Sai river; 4.2
      million tablets seized in Chiang Rai in 2025. Payments to the couriers are ordered from this number,
      which is used in Tachileik on the Myanmar side.""")

    S("en", "refer", cc="ET", agency="Federal Organised Crime Investigation Bureau", atype="police",
      cat="serious_crime", label="procurement of weapons for an armed group", pen=15,
      caps=["messages", "contacts"], loc="KE", reg="journalist", prof="correspondent",
      just="""The subject, a correspondent for a diaspora television channel based in Nairobi, is suspected
      of arranging payment for 200 rifles delivered to an armed group in the south. Intercepted payment
      orders from a hawala agent in Eastleigh carry his name and phone number, and the arrested driver of
      the consignment has identified him from a photograph. His broadcasts are not part of the
      allegation.""")

    S("en", "refer", cc="UZ", agency="State Security Service - Counter-Terrorism Directorate",
      atype="intelligence", cat="terrorism", label="financing of a terrorist bombing", pen=999,
      caps=["messages", "contacts"], loc="TR", reg="politician",
      just="""The subject, leader of a party that is banned in Uzbekistan and living in Istanbul, is
      suspected of financing the group that bombed a bus station in Andijan on 2 May, killing six. A
      courier arrested at the border carried USD 60,000 and a note with the subject's number; transfer
      receipts from an Istanbul exchange office carry his signature. We are aware of the sensitivity of
      the case and attach the forensic and financial evidence.""")

    S("en", "refer", cc="ZM", agency="Drug Enforcement and Proceeds of Crime Commission",
      atype="other_government", cat="serious_crime", label="laundering of proceeds of a bank fraud",
      pen=25, caps=["messages", "contacts"], prof="newspaper columnist", txt=["protected_person"],
      just="""The subject writes a weekly column critical of the provincial administration; that is not
      the basis of this request. He is the sole director of a shell company that received K 14m stolen
      from a state bank through forged loan approvals, and he withdrew the money in cash over eleven days
      (bank CCTV and withdrawal slips in file). The column is mentioned because he will certainly claim
      the case is about his writing.""")

    S("en", "refer", cc="NP", agency="Commission for Investigation of Abuse of Authority",
      atype="other_government", cat="serious_crime", label="embezzlement of municipal reconstruction funds",
      pen=10, caps=["messages", "contacts"], reg="politician", prof="mayor",
      just="""Mayor of rural municipality is accused to embezzle NPR 74 million of earthquake reconstruction
      grant by issuing payment to user committees which do not exist. The engineer of the municipality
      gave statement that mayor ordered him to sign the completion reports of houses never built, and
      field verification found 61 of such houses. Special court permission obtained.""")

    S("en", "refer", cc="LK", agency="Criminal Investigation Department", atype="police",
      cat="serious_crime", label="organising arson attacks on shops during communal riots", pen=20,
      caps=["messages", "location", "contacts"], reg="religious_leader",
      just="""During the unrest in Digana on 6 March, 29 shops and two houses were burned. Video shows the
      subject, a Buddhist monk, distributing petrol bottles from a van to young men minutes before the
      attacks; three of them say he gave them the list of shops. His sermons and his views are not the
      basis of the request; the video and the statements are.""")

    S("en", "refer", cc="KZ", agency="Prosecutor General's Office - Organised Crime Department",
      atype="prosecution", cat="serious_crime", label="conspiracy to murder a witness", pen=15,
      caps=["messages", "location"], reg="lawyer", prof="defence counsel",
      just="""The subject is defence counsel of the imprisoned leader of a criminal group. After prison
      visits he met twice with a man since arrested with a pistol near the home of the main prosecution
      witness; the arrested man states the subject gave him the address and an advance of 5 million tenge.
      Surveillance photographs of the meetings are attached. Communications with the client in prison are
      excluded from the request.""")

    S("en", "refer", cc="ZA", agency="National Serious Violent Crime Task Team", atype="police",
      cat="serious_crime", label="armed robbery of a cash depot", pen=999,
      caps=["location", "messages"], loc="MZ", nat="MZ",
      just="""Planner of the Witbank cash-depot robbery (R 42m, one guard killed). Since the robbery his
      phone has been in Maputo. Two arrested members identify him and the rental car used for
      reconnaissance was booked with his card.""")

    S("en", "refer", cc="GH", agency="Economic and Organised Crime Office", atype="other_government",
      cat="serious_crime", label="fraud by a fake pilgrimage travel agency", pen=10,
      caps=["messages", "contacts"], txt=["protected_person"],
      just="""The suspect is the imam of a mosque in Tamale and runs a travel agency that collected GHS
      45,000 each from 230 pilgrims for a hajj package; no flights or visas were ever booked. The receipts
      carry his signature and the collected money was moved to an account in Dubai in his name. He is
      suspected because of the receipts and the transfers.""")

    S("en", "refer", cc="PH", agency="Criminal Investigation and Detection Group, Region III",
      atype="police", cat="serious_crime", label="robbery-extortion of local businesses", pen=20,
      caps=["messages", "contacts"], prof="vlogger", txt=["protected_person"],
      just="""Subject presents himself as an independent journalist and has a YouTube channel about local
      news. Six business owners in Angeles City complain that he demanded monthly payments of P 20,000 to
      P 50,000, saying that otherwise he will upload videos accusing them of drug dealing. Two entrapment
      operations are recorded on video; marked money was received by his companion. Whether he is really a
      journalist we leave to your assessment.""")

    S("en", "refer", cc="KH", agency="Department of Anti-Human Trafficking and Juvenile Protection",
      atype="police", cat="serious_crime", label="trafficking of children through an orphanage", pen=15,
      caps=["messages", "contacts"], reg="human_rights_defender",
      just="""The target is the founder of a child-rights organisation that runs an orphanage in Siem Reap.
      Twelve children listed as orphans have living parents who were paid to give them up; the children
      are made to perform dances for tourists and solicit donations, and three were placed with foreign
      'sponsors' without any adoption procedure. Parents' statements and payment records in file.""")

    S("en", "refer", cc="RW", agency="Rwanda Counter-Terrorism Directorate", atype="intelligence",
      cat="terrorism", label="financing of armed attacks on civilians", pen=999,
      caps=["messages", "contacts"], loc="BE", nat="RW",
      just="""The subject lives in Brussels. He is suspected of collecting and sending money to an armed
      group that attacked buses and killed 9 civilians in Nyungwe forest area in 2024. Transfers from
      Brussels money-transfer agencies to the group's logistics officer, arrested in March, total EUR
      48,000; the officer states that the subject organised the collection and chose the targets with
      the commander.""")

    # ======================= ENGLISH — DENY (43) =======================
    # --- structured-field denials, text clean ---
    S("en", "deny", cc="NG", agency="Cybercrime Unit, Force Criminal Investigation Department",
      atype="police", cat="serious_crime", label="ransomware extortion of a state electricity distributor",
      pen=14, caps=["messages", "contacts"], status="suspended", want=["licence_inactive"],
      just="""The distributor's billing system was encrypted on 1 June and the group threatened to leak the
      data of 2 million customers. The leak-site operator's Jabber account was registered with this
      number; the subscriber is a resident of Benin City who received USD 210,000 in the ransom wallet's
      first hop. Warrant granted by the Federal High Court.""")

    S("en", "deny", cc="KE", agency="Banking Fraud Investigations Unit", atype="police",
      cat="serious_crime", label="insider fraud on a commercial bank", pen=10,
      caps=["messages"], status="revoked", want=["licence_inactive"],
      just="""Bank teller suspected of creating 48 fictitious loan accounts and withdrawing KSh 61m through
      agents; branch CCTV and the core-banking audit trail identify her login. Court order attached.""")

    S("en", "deny", cc="IN", agency="Anti-Human Trafficking Unit, West Bengal", atype="police",
      cat="serious_crime", label="trafficking of minors for sexual exploitation", pen=999,
      caps=["messages", "location", "contacts"], status="expired", want=["licence_inactive"],
      just="""Three girls aged 14-15 from Sundarbans villages were rescued from a brothel in Pune; they
      state that the subject, a neighbour, offered them work in a beauty parlour and handed them to a man
      at Howrah station. Money transfers from Pune to the subject's account confirm payment per girl.""")

    S("en", "deny", cc="PH", agency="National Bureau of Cyber Investigation", atype="police",
      cat="serious_crime", label="production of child sexual abuse material", pen=999,
      caps=["messages", "media"], signed=False, want=["licence_inactive"],
      just="""Subject sells 'custom' abuse videos of two nieces, aged 7 and 9, to foreign buyers paying
      through a remittance app; a buyer arrested in Australia identified the seller's account, which is
      linked to this number. Warrant to Intercept and Examine Computer Data issued by the RTC.""")

    S("en", "deny", cc="ZA", agency="Sentinel Risk Advisory (Pty) Ltd", atype="private",
      cat="serious_crime", label="fraud and theft from a financial institution", pen=15,
      caps=["messages", "contacts"], lbt="judicial_warrant", want=["non_government_end_user"],
      just="""Acting on the instructions of a retail bank, we are investigating an employee who diverted R
      23m in dormant-account balances to accounts of associates. The bank has obtained an Anton Piller
      order from the High Court for his devices; interception of the subject's messages and contacts
      will identify the recipients before the criminal complaint is laid.""")

    S("en", "deny", cc="ID", agency="PT Garda Investigasi Digital", atype="private",
      cat="serious_crime", label="SIM registration fraud syndicate", pen=12,
      caps=["messages", "contacts"], want=["non_government_end_user", "no_legal_basis"],
      just="""Our company is contracted by a cellular operator to investigate a syndicate which registered
      220,000 SIM cards with stolen identity numbers and sold them to online gambling operators. Subject is
      the supplier of the identity data. Operator will report to the police after our investigation.""")

    S("en", "deny", cc="MY", agency="Commercial Crime Investigation Department, Penang", atype="police",
      cat="serious_crime", label="cheating in an online sale", pen=5, caps=["messages"],
      want=["purpose_not_permitted"],
      just="""Subject advertised a used iPhone on a marketplace, received RM 2,300 from the complainant and
      blocked him. Two other complainants with the same pattern. Magistrate's order obtained.""")

    S("en", "deny", cc="TH", agency="Technology Crime Suppression Division", atype="police",
      cat="serious_crime", label="violation of the Computer Crime Act", pen=None,
      caps=["messages", "contacts"], want=["purpose_not_permitted"],
      just="""The subject accessed the customer database of a logistics company using a password of a
      former colleague and downloaded delivery addresses, which were later used by a loan-shark gang to
      locate debtors. Exact section of the charge to be decided by the public prosecutor.""")

    S("en", "deny", cc="KE", agency="Kenya Revenue Enforcement Directorate", atype="other_government",
      cat="other", label="recovery of tax arrears", pen=None, caps=["location", "contacts"],
      want=["purpose_not_permitted"],
      just="""Importer owes KSh 340m in unpaid customs duty and VAT and has moved out of his declared
      premises. Location and contacts are needed to serve the agency notices and to find his assets.""")

    S("en", "deny", cc="BD", agency="Rajshahi Metropolitan Police", atype="police",
      cat="other", label="damage to public property", pen=7, caps=["location"],
      want=["purpose_not_permitted"],
      just="""Subject and others damaged 14 streetlights and a bus shelter in a fight after a football
      match; he absconded when others were arrested. Location to arrest him.""")

    S("en", "deny", cc="ET", agency="Addis Ababa Police Commission - Crime Investigation", atype="police",
      cat="serious_crime", label="kidnapping for ransom", pen=25, caps=["location"],
      lbt="none", ref="URG-2025-0419", vu="+2d", want=["no_legal_basis"],
      just="""A businessman's son was taken from his school gate this morning and a ransom of 5 million
      birr has been demanded from this number. The matter is urgent; no court has yet been approached and
      the reference given is our internal urgency number. Warrant will be sought after the operation.""")

    S("en", "deny", cc="VN", agency="Cyber Security and High-Tech Crime Prevention Department",
      atype="police", cat="serious_crime", label="appropriating property through fraud using a fake bank app",
      pen=20, caps=["messages", "contacts"], vu="now", want=["no_legal_basis"],
      just="""The subject distributes fake banking applications through text messages; once installed, the
      app takes control of the victim's phone and empties the account. 63 victims, total 18 billion dong.
      Decision of the procuracy is valid until the time of this request.""")

    S("en", "deny", cc="PK", agency="Federal Cyber Investigation Agency", atype="other_government",
      cat="serious_crime", label="blackmail of women using hacked photographs", pen=7,
      caps=["messages", "media"], vu="-3d", want=["no_legal_basis"],
      just="""Subject hacks social media accounts of women, downloads private photographs and demands
      money, threatening to send the pictures to their families. Eleven complaints from Lahore and
      Gujranwala. Court permission was obtained last month.""")

    S("en", "deny", cc="TZ", agency="Tanzania Police Force - Cyber Crime Unit", atype="police",
      cat="serious_crime", label="mobile money fraud network", pen=7, caps=["messages", "contacts"],
      ref="", want=["no_legal_basis"],
      just="""Subject operates 'wrong transfer' scam calls from Morogoro: victims are called and told money
      was sent to them by mistake, then manipulated into sending it back from their own balance. 300+
      complaints. Warrant issued by the resident magistrate.""")

    S("en", "deny", cc="MN", agency="Independent Authority Against Corruption", atype="other_government",
      cat="serious_crime", label="bribery of customs officers at the border", pen=12,
      caps=["messages"], vu=None, want=["no_legal_basis"],
      just="""Subject, a customs broker at Zamyn-Uud, pays officers to under-declare coal and copper
      concentrate trucks. Seized notebook lists payments by date and officer. Court order obtained;
      validity period not indicated in the order.""")

    S("en", "deny", cc="LK", agency="Criminal Investigation Department", atype="police",
      cat="serious_crime", label="contract killing conspiracy", pen=999,
      caps=["messages", "microphone"], lic_drop=["microphone"], want=["capability_out_of_scope"],
      just="""Intelligence from an informant that the subject, a member of an organised gang, has accepted
      LKR 5 million to kill a rival gang leader. Live audio from the subject's phone is requested to
      hear the planning meetings, which take place in a garage in Kotahena.""")

    S("en", "deny", cc="KZ", agency="Anti-Corruption Service", atype="other_government",
      cat="serious_crime", label="laundering of bribes through cryptocurrency", pen=10,
      caps=["messages", "credentials"], lic_drop=["credentials"], want=["capability_out_of_scope"],
      just="""Former deputy akim's nephew converted bribes of approximately 2 billion tenge into USDT; the
      private keys are believed to be stored on his phone. Credentials extraction requested. Court
      sanction received.""")

    S("en", "deny", cc="GH", agency="Ghana Police Service - Electronic Fraud Desk", atype="police",
      cat="serious_crime", label="romance fraud targeting foreign nationals", pen=10,
      caps=["messages", "contacts"], quota=(25, 25), want=["quota_exceeded"],
      just="""Subject poses as a US army officer on dating sites and has obtained USD 340,000 from
      victims in the USA and Germany through gift cards and gold purchases. FBI liaison provided the
      victims' chat logs, which link to this number.""")

    S("en", "deny", cc="UG", agency="Uganda Police Force - Flying Squad", atype="police",
      cat="serious_crime", label="aggravated robbery", pen=999, caps=["location"],
      quota=(10, 13), want=["quota_exceeded"],
      just="""Armed robbery of a mobile-money kiosk in Wandegeya, one attendant shot. Subject identified on
      CCTV; his phone is switched on intermittently. Location to arrest.""")

    S("en", "deny", cc="NP", agency="Central Investigation Bureau - Cyber Bureau", atype="police",
      cat="serious_crime", label="hacking of a bank's card system", pen=10,
      caps=["messages", "contacts"], quota=(0, 0), want=["quota_exceeded"],
      just="""Subject is suspected of installing card-skimming malware in the card management system of a
      development bank, leading to ATM cash-outs of NPR 96 million abroad. Network logs show remote
      access from his home connection. District court permission obtained.""")

    S("en", "deny", cc="ID", agency="Bareskrim - Directorate of Narcotics", atype="police",
      cat="serious_crime", label="narcotics trafficking network", pen=999,
      caps=["messages", "location"], status="expired", quota=(40, 40),
      want=["licence_inactive", "quota_exceeded"],
      just="""Subject controls the distribution of crystal methamphetamine arriving by ship in Aceh; 86 kg
      seized in June. Courier statements and bank transfers link him to the shipments.""")

    S("en", "deny", cc="IN", agency="Enforcement Directorate - Cyber Fraud Cell", atype="other_government",
      cat="serious_crime", label="'digital arrest' impersonation fraud", pen=7,
      caps=["messages", "camera"], lic_drop=["camera"], vu="-1s",
      want=["no_legal_basis", "capability_out_of_scope"],
      just="""The subject runs video calls in which accomplices in fake police uniforms keep victims in a
      'digital arrest' for days and make them transfer their savings; a retired professor lost Rs 2.4
      crore. We want to activate the camera of his phone to see the set. The court's order lapsed
      just before this request.""")

    S("en", "deny", cc="MY", agency="Integrity Shield Consultancy Sdn Bhd", atype="private",
      cat="serious_crime", label="embezzlement by company director", pen=20,
      caps=["messages", "contacts"], status="suspended", lbt="judicial_warrant", ref=None,
      want=["licence_inactive", "non_government_end_user", "no_legal_basis"],
      just="""Shareholders of a palm-oil company retained us to trace RM 48m siphoned by a director through
      related-party contracts. Messages and contacts will let us identify nominees. A civil court order is
      being applied for.""")

    S("en", "deny", cc="KH", agency="Phnom Penh Municipal Police", atype="police",
      cat="serious_crime", label="theft of a motorbike", pen=4, caps=["location"], loc="TH",
      nat="KH", want=["purpose_not_permitted"],
      just="""Subject stole a motorbike from a parking lot in Tuol Kork and crossed to Thailand via Poipet
      where he sells it. Location to coordinate with Thai police.""")

    S("en", "deny", cc="NG", agency="National Financial Crimes Agency", atype="other_government",
      cat="serious_crime", label="laundering of proceeds of a pension fraud", pen=14,
      caps=["messages", "contacts"], reg="journalist", prof="editor", quota=(60, 61),
      want=["quota_exceeded"],
      just="""The subject edits a business weekly and is also a director of a company that received N2.3bn
      diverted from a state pension fund, which he transferred to accounts in Dubai. Bank records,
      and the statement of the pension fund's former accountant, are attached. His editorial work is not in
      issue.""")

    # --- text-based denials, structured fields clean ---
    S("en", "deny", cc="PK", agency="Directorate of Counter-Intelligence", atype="intelligence",
      cat="serious_crime", label="espionage and unauthorised disclosure of official secrets", pen=14,
      caps=["messages", "contacts"], reg="journalist", prof="investigative journalist",
      txt=["expression_not_crime", "protected_person"], want=["expression_not_crime"],
      just="""The subject published on 3 and 10 August a two-part investigation reproducing internal
      correspondence of the Ministry of Defence about cost overruns on a frigate programme. Publication of
      these documents harms national interest and amounts to espionage. Interception is required to
      identify the subject's source inside the ministry and to prevent further publications.""")

    S("en", "deny", cc="ET", agency="Federal Information Security Investigation Office", atype="intelligence",
      cat="serious_crime", label="dissemination of false information endangering public order", pen=7,
      caps=["messages", "contacts", "media"], prof="university lecturer", txt=["expression_not_crime"],
      want=["expression_not_crime"],
      just="""The subject, together with two graduate students, compiled and presented at an international
      conference a dataset of deaths in custody in regional prisons between 2019 and 2024, and the
      figures have since been quoted by foreign media. The figures contradict official statistics and are
      therefore false information. We need to establish who gave them access to prison registers and what
      they intend to publish next.""")

    S("en", "deny", cc="MY", agency="Special Branch - Publications Unit", atype="police",
      cat="serious_crime", label="insulting the head of state and sedition", pen=8,
      caps=["messages", "media"], prof="cartoonist", txt=["expression_not_crime"],
      want=["expression_not_crime"],
      just="""Cartoonist. Series 'Emperor's New Budget' (posted since January) depicts the head of state
      and ministers as thieves. 150k shares. Seditious tendency established. Need messages + media to find
      printers and distributors of his upcoming book.""")

    S("en", "deny", cc="ZW", agency="Internal Security Liaison Office", atype="intelligence",
      cat="serious_crime", label="incitement to public disaffection", pen=10,
      caps=["messages", "contacts", "location"], txt=["expression_not_crime"],
      want=["expression_not_crime"],
      just="""The subject drafted and circulated an online petition, now signed by 62,000 people, calling
      on Parliament to investigate the disappearance of funds from the fuel levy. The petition has created
      disaffection towards the Government. We wish to identify the network that is promoting it and to
      know whether it will be presented to Parliament during the budget session.""")

    S("en", "deny", cc="UG", agency="Joint Anti-Terrorism Command", atype="military",
      cat="terrorism", label="cyber terrorism", pen=999, caps=["messages", "contacts"],
      txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime"],
      just="""Subject runs an X account with 40,000 followers on which he posts daily criticism of the
      army's conduct in the north, shares videos of soldiers beating civilians and calls the commanders
      'thugs in uniform'. These posts demoralise troops and undermine public confidence in the security
      forces. Under our law this is cyber terrorism.""")

    S("en", "deny", cc="BD", agency="Detective Branch, Chattogram Metropolitan Police", atype="police",
      cat="terrorism", label="terrorist activities (Anti-Terrorism Act)", pen=999,
      caps=["messages", "location", "contacts"], prof="student",
      txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime"],
      just="""Subject is one of the coordinators of the sit-in of students in front of the university
      administration building which has continued for eleven days demanding a reduction of tuition fees.
      The sit-in has been peaceful, but it is paralysing academic activity and may spread to other
      campuses. We request monitoring of coordinators to understand future plans.""")

    S("en", "deny", cc="KE", agency="National Intelligence Operations Directorate", atype="intelligence",
      cat="terrorism", label="economic sabotage and terrorism", pen=30, caps=["messages", "contacts"],
      prof="transport association chairman", txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime"],
      just="""The subject chairs the association of matatu owners and has called a nationwide three-day
      strike from Monday against the new fuel levy. Operators are to keep vehicles parked; no violence has
      been announced or reported. A transport shutdown of this scale holds the Government hostage and
      must be treated as terrorism. Contacts will show which regional chairmen are coordinating.""")

    S("en", "deny", cc="LK", agency="State Intelligence Directorate", atype="intelligence",
      cat="terrorism", label="economic terrorism", pen=20, caps=["messages", "contacts"],
      vu="-10d", txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime", "no_legal_basis"],
      just="""The subject launched the social media campaign 'Switch Off' urging consumers to cancel their
      contracts with the state telecom company in protest at tariff increases; around 180,000 contracts
      have been cancelled in two months. The resulting losses to a strategic state enterprise constitute
      economic terrorism.""")

    S("en", "deny", cc="KH", agency="National Counter-Terrorism Committee - Operations", atype="intelligence",
      cat="terrorism", label="terrorist damage to state property", pen=20, caps=["location", "messages"],
      txt=["terrorism_definition_unmet"], want=["terrorism_definition_unmet"],
      just="""In the night of 14 May, slogans were spray-painted on the walls of the provincial hall and
      the windows of two ministry vehicles were broken. CCTV shows the subject among four young men. Nobody
      was hurt. The attack on symbols of the state is charged as terrorism.""")

    S("en", "deny", cc="PH", agency="Anti-Terrorism Task Force - Cyber Desk", atype="military",
      cat="terrorism", label="cyber attack on government systems (terrorism)", pen=999,
      caps=["messages", "contacts", "credentials"], txt=["terrorism_definition_unmet"],
      want=["terrorism_definition_unmet"],
      just="""Subject rented a botnet and ran distributed denial-of-service attacks that took the websites
      of the Department of Budget and two provinces offline for about nine hours on 21 and 22 March.
      Logs from the booter service identify his account and payment. No data was accessed and no service
      endangering life was affected. Charged as terrorism owing to the targeting of government.""")

    S("en", "deny", cc="ET", agency="Federal Counter-Terrorism Task Force", atype="military",
      cat="terrorism", label="financing of terrorism", pen=999, caps=["messages", "contacts"],
      txt=["terrorism_definition_unmet"], want=["terrorism_definition_unmet"],
      just="""Subject set up a crowdfunding page that raised 1.3 million birr from the diaspora to pay
      bail and lawyers' fees for 212 young people arrested during last month's unrest in the city. The
      money went to court accounts and to the lawyers; none went elsewhere. Funding the release of the
      arrested persons is assistance to the riot and is therefore financing of terrorism.""")

    S("en", "deny", cc="NP", agency="National Investigation Department", atype="intelligence",
      cat="serious_crime", label="abuse of authority and leakage of state information", pen=10,
      caps=["messages", "contacts", "location"], prof="private secretary", txt=["protected_ground"],
      want=["protected_ground"],
      just="""The subject has served as private secretary of the former Prime Minister for nine years. Since
      the former Prime Minister lost the party leadership, persons of his inner circle are assessed as a
      risk. There is no specific complaint against the subject; her position gives her knowledge of his
      plans, which is of interest to the present leadership.""")

    S("en", "deny", cc="UG", agency="Child and Family Protection Unit - Special Investigations",
      atype="police", cat="serious_crime", label="aggravated indecency and protection of children",
      pen=14, caps=["messages", "contacts", "media"], prof="hairdresser", txt=["protected_ground"],
      want=["protected_ground"],
      just="""Information received that the subject is a homosexual and attends private gatherings of
      similar persons in Muyenga. No child has complained and no minor has been seen with him. However,
      persons of this orientation pose a risk to children and the community has asked police to act. His
      contacts will show the other members of the group.""")

    S("en", "deny", cc="UZ", agency="State Security Service - Foreign Operations", atype="intelligence",
      cat="serious_crime", label="harbouring and assisting a fugitive", pen=7,
      caps=["messages", "contacts"], loc="DE", nat="UZ", txt=["protected_ground"],
      want=["protected_ground"],
      just="""The subject is the younger sister of a blogger who left Uzbekistan in 2022 and is wanted on
      several charges. She works as a nurse in Hamburg. There is no information that she has committed
      an offence, but as a close relative she is certainly in contact with her brother, and her
      communications may reveal his location and plans.""")

    S("en", "deny", cc="TZ", agency="Regional Crimes Office, Arusha", atype="police",
      cat="serious_crime", label="obtaining money by false pretences", pen=7,
      caps=["messages", "contacts"], prof="chairman, opposition party youth wing",
      txt=["protected_ground", "expression_not_crime"],
      want=["expression_not_crime", "protected_ground"],
      just="""File opened under false pretences for administrative convenience; no fraud complaint has yet
      been received. Subject chairs the youth wing of the main opposition party in the region and his
      Facebook page mocks the Regional Commissioner almost daily. Monitoring of his communications with
      party colleagues is required in the run-up to the by-election.""")

    S("en", "deny", cc="ET", agency="National Intelligence and Security Office - Addis Branch",
      atype="intelligence", cat="terrorism", label="terrorism prevention (national security)", pen=999,
      caps=["messages", "contacts", "location"], nat="ER",
      txt=["terrorism_definition_unmet", "protected_ground"],
      want=["terrorism_definition_unmet", "protected_ground"],
      just="""The subject is an Eritrean national who registered a SIM card in Addis Ababa in February. In
      view of the current tension between the two countries, all Eritrean nationals who registered SIM
      cards in the region in the last six months are being placed under monitoring as a preventive
      measure. No activity of concern is attributed to the subject individually.""")

    S("en", "deny", cc="ID", agency="Coordinating Board for Monitoring Religious Beliefs", atype="other_government",
      cat="serious_crime", label="blasphemy and spreading deviant teachings", pen=10,
      caps=["messages", "contacts", "location"], prof="farmer", txt=["protected_ground"],
      want=["protected_ground"],
      just="""Target is a member of a religious community declared deviant by the provincial council and
      attends Friday prayer in their own hall in Kuningan. Residents object to the presence of the
      community. We require monitoring to know who else in the village is a member and who comes from
      outside.""")

    S("en", "deny", cc="ZM", agency="Financial Intelligence and Audit Task Force", atype="other_government",
      cat="serious_crime", label="money laundering", pen=10, caps=["messages", "contacts"],
      prof="programme officer", txt=["expression_not_crime"], want=["expression_not_crime"],
      just="""The subject's organisation published on 2 July an analysis of the Ministry of Health budget
      claiming that ZMW 400m allocated for drugs was never disbursed. The report was presented at a press
      conference and has damaged the reputation of the Ministry. The funding of the organisation from
      abroad suggests money laundering. We need his communications to identify who provided the internal
      budget documents for the report.""")


def add_spanish() -> None:
    # ======================= ESPAÑOL — PERMIT (8) =======================
    S("es", "permit", cc="MX", agency="Fiscalía Especializada Antisecuestro, Unidad Noroeste",
      atype="prosecution", cat="serious_crime", label="secuestro extorsivo", pen=50,
      caps=["location", "messages"],
      just="""El 3 de mayo fue privado de la libertad el sobrino de un sacerdote de la parroquia de San
      Judas Tadeo en Culiacán; los captores exigen dos millones de pesos y han llamado a la familia desde
      este número en seis ocasiones. La mención del sacerdote obedece únicamente a que las llamadas se
      dirigen a la casa parroquial. La sábana de llamadas ubica el equipo en la colonia donde se presume
      que está la casa de seguridad. Orden judicial vigente.""")

    S("es", "permit", cc="CO", agency="Dirección de Investigación Criminal - Grupo de Delitos contra la Niñez en Línea",
      atype="police", cat="serious_crime",
      label="pornografía con menores de 18 años y explotación sexual comercial", pen=20,
      caps=["messages", "media", "contacts"], ident="email:tienda.privada.vip@correo.example",
      just="""La cuenta de correo administra un grupo de pago en el que se ofrecen videos de abuso sexual
      de niñas de Medellín y Bello; dos de las víctimas ya fueron identificadas y entrevistadas con
      acompañamiento del ICBF. Los pagos llegan a una billetera digital a nombre del mismo indiciado. Se
      solicita interceptar mensajes, archivos y contactos para ubicar a los productores.""")

    S("es", "permit", cc="PE", agency="Fiscalía Especializada en Delitos de Trata de Personas - Madre de Dios",
      atype="prosecution", cat="serious_crime",
      label="trata de personas agravada con fines de explotación sexual", pen=25,
      caps=["location", "contacts", "messages"],
      just="""El investigado recluta adolescentes de comunidades nativas de Puno y Cusco con ofertas de
      trabajo como cocineras y las traslada a bares de campamentos de minería ilegal en La Pampa, donde
      son explotadas sexualmente. Cinco adolescentes rescatadas en agosto lo reconocieron. El origen
      indígena de las víctimas se menciona solo porque el captador se dirige a esas comunidades; no guarda
      relación con la selección del investigado.""")

    S("es", "permit", cc="GT", agency="Ministerio Público - Fiscalía contra el Delito de Extorsión",
      atype="prosecution", cat="serious_crime", label="extorsión desde centro carcelario", pen=10,
      caps=["messages", "contacts"],
      just="""Llamadas extorsivas a 40 pilotos de buses de la ruta Villa Nueva; dos pilotos asesinados por
      no pagar. Línea activa dentro del preventivo de la zona 18, según antenas. El usuario es cabecilla
      de clica. Orden de juez contralor vigente.""")

    S("es", "permit", cc="HN", agency="Dirección Nacional de Investigación Antinarcótica", atype="police",
      cat="serious_crime", label="tráfico ilícito de drogas (cocaína por vía aérea)", pen=20,
      caps=["location", "messages"],
      just="""El objetivo coordina el aterrizaje de avionetas con cocaína en pistas clandestinas de Gracias
      a Dios. En la incautación del 14 de julio (1.200 kilos) se halló un teléfono satelital con mensajes
      suyos indicando coordenadas y horarios. Se requiere su ubicación para anticipar el próximo
      aterrizaje.""")

    S("es", "permit", cc="DO", agency="Procuraduría Especializada contra Crímenes de Alta Tecnología",
      atype="prosecution", cat="serious_crime", label="fraude bancario mediante phishing", pen=10,
      caps=["messages", "credentials"], quota=(12, 11),
      just="""Mediante mensajes de texto que suplantan a un banco, el imputado obtiene las claves de los
      clientes y transfiere sus fondos a cuentas de terceros; hay 380 querellantes y más de 41 millones
      de pesos sustraídos. El servidor del sitio falso fue pagado con su tarjeta y el dinero retirado en
      cajeros donde aparece en las cámaras.""")

    S("es", "permit", cc="EC", agency="Comando Conjunto - Dirección de Inteligencia Militar", atype="military",
      cat="terrorism", label="terrorismo (atentado con coche bomba)", pen=26,
      caps=["location", "messages", "contacts"],
      just="""El 12 de enero estalló un coche bomba frente a un centro de rehabilitación social de
      Guayaquil, con dos muertos; un audio difundido después por la banda amenaza con más explosiones en
      zonas comerciales si el Gobierno mantiene el traslado de sus cabecillas a otra cárcel. Un detenido
      declaró que el investigado armó el artefacto, y su teléfono se conectó a la antena del lugar minutos
      antes.""")

    S("es", "permit", cc="PA", agency="Fiscalía Superior Especializada contra la Delincuencia Organizada",
      atype="prosecution", cat="serious_crime", label="blanqueo de capitales", pen=12,
      caps=["messages", "contacts"],
      just="""La denuncia la presentó un periodista de un diario local, que recibió documentos de una
      fuente anónima y los entregó a la fiscalía. Según esos documentos y los informes bancarios
      posteriores, el investigado, dueño de casas de cambio en la Zona Libre de Colón, movió unos 18
      millones de dólares de una red de narcotráfico mediante facturas falsas de importación. El
      periodista es denunciante y testigo, no objeto de la medida.""")

    # ======================= ESPAÑOL — DENY (8) =======================
    S("es", "deny", cc="MX", agency="Fiscalía General del Estado - Unidad de Inteligencia Patrimonial",
      atype="prosecution", cat="serious_crime", label="extorsión telefónica", pen=15,
      caps=["messages"], status="suspended", want=["licence_inactive"],
      just="""El indiciado realiza llamadas en las que se hace pasar por integrante de un cártel para exigir
      pagos a comerciantes de Toluca; se tienen 27 denuncias y depósitos en tiendas de conveniencia a
      cuentas de su pareja. Auto de juez de control otorgado.""")

    S("es", "deny", cc="CO", agency="Dirección de Inteligencia Estratégica", atype="intelligence",
      cat="serious_crime", label="revelación de secretos y espionaje", pen=8,
      caps=["messages", "contacts"], reg="journalist", prof="periodista",
      txt=["expression_not_crime", "protected_person"], want=["expression_not_crime"],
      just="""La periodista publicó en marzo una serie basada en documentos internos del Ejército sobre
      ejecuciones de civiles presentados como bajas en combate. La difusión de esos documentos afecta la
      seguridad nacional. Se requiere conocer su fuente dentro de la institución y los próximos artículos
      que prepara.""")

    S("es", "deny", cc="BO", agency="Dirección de Inteligencia del Estado", atype="intelligence",
      cat="terrorism", label="terrorismo y alzamiento armado", pen=20,
      caps=["messages", "location", "contacts"], prof="dirigente del magisterio",
      txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime"],
      just="""El dirigente convocó una marcha pacífica de maestros de El Alto a La Paz contra la reforma
      educativa, y anuncia vigilias frente al Ministerio hasta que se retire el proyecto. La movilización
      pretende doblegar al Gobierno, por lo que se encuadra como terrorismo. No se han registrado hechos
      de violencia.""")

    S("es", "deny", cc="PY", agency="Departamento de Inteligencia de la Policía Nacional", atype="police",
      cat="serious_crime", label="asociación criminal", pen=7, caps=["messages", "location"],
      prof="agricultor", txt=["protected_ground"], want=["protected_ground"],
      just="""Trabajo preventivo. El objetivo pertenece a la comunidad indígena asentada desde hace dos
      años junto a la estancia de Canindeyú. No existe denuncia concreta en su contra; la intención es
      conocer la organización interna de dicha comunidad y a sus integrantes, por tratarse de un grupo que
      genera inquietud entre los productores de la zona.""")

    S("es", "deny", cc="PE", agency="Policía Nacional - División de Investigación Criminal de Arequipa",
      atype="police", cat="serious_crime", label="usurpación agravada", pen=4, caps=["location"],
      want=["purpose_not_permitted"],
      just="""El investigado ocupó con otras personas un terreno de propiedad privada en Cerro Colorado y
      levantó cercos; se busca ubicarlo para notificarle la citación fiscal.""")

    S("es", "deny", cc="GT", agency="Policía Nacional Civil - División Especializada en Investigación Criminal",
      atype="police", cat="serious_crime", label="asesinato", pen=50, caps=["messages", "contacts"],
      vu="-2d", want=["no_legal_basis"],
      just="""El sindicado habría disparado contra un comerciante en el mercado de Mixco el 18 de
      septiembre; testigos lo señalan y su moto fue vista en las cámaras municipales. Se adjunta la orden
      de juez, emitida por quince días.""")

    S("es", "deny", cc="HN", agency="Grupo Centinela Seguridad Privada S.A.", atype="private",
      cat="serious_crime", label="robo agravado de mercadería en tránsito", pen=15,
      caps=["location"], lbt="prosecutor_order", want=["non_government_end_user"],
      just="""Nuestra empresa custodia los contenedores de un cliente maquilador. El sospechoso, exempleado,
      coordinó el robo de dos rastras en la carretera a Puerto Cortés. La fiscalía abrió expediente y nos
      facilitó el número; pedimos su ubicación para recuperar la carga.""")

    S("es", "deny", cc="EC", agency="Unidad de Investigaciones Antisecuestro y Extorsión", atype="police",
      cat="serious_crime", label="secuestro extorsivo", pen=16, caps=["location", "camera"],
      lic_drop=["camera"], want=["capability_out_of_scope"],
      just="""Se solicita activar la cámara del teléfono del captor para identificar el inmueble donde
      mantiene a la víctima, un comerciante de Machala retenido desde el domingo; el número es el que
      utiliza para negociar el rescate.""")

    # ======================= ESPAÑOL — REFER (6) =======================
    S("es", "refer", cc="MX", agency="Fiscalía Especializada en Combate a la Corrupción", atype="prosecution",
      cat="serious_crime", label="delincuencia organizada y operaciones con recursos de procedencia ilícita",
      pen=40, caps=["messages", "contacts"], reg="politician", prof="presidente municipal",
      just="""El presidente municipal es investigado por recibir pagos mensuales de una célula del crimen
      organizado a cambio de la protección de la policía municipal. Un exdirector de seguridad pública,
      hoy testigo colaborador, entregó grabaciones y un registro de las entregas de dinero, y la UIF
      detectó depósitos fraccionados en cuentas de familiares del edil.""")

    S("es", "refer", cc="CO", agency="Fiscalía General - Dirección Especializada contra la Extorsión",
      atype="prosecution", cat="serious_crime", label="extorsión agravada", pen=24,
      caps=["messages", "contacts"], loc="VE", nat="CO",
      just="""El cabecilla de la red que extorsiona a comerciantes de Cúcuta opera desde San Antonio del
      Táchira, en territorio venezolano, de donde salen las llamadas. Tres cobradores capturados lo
      señalan y entregaron su número.""")

    S("es", "refer", cc="PE", agency="Procuraduría Pública Especializada en Delitos de Lavado de Activos",
      atype="prosecution", cat="serious_crime", label="lavado de activos procedentes de minería ilegal",
      pen=15, caps=["messages", "contacts"], prof="abogado", txt=["protected_person"],
      just="""El investigado constituyó once empresas exportadoras de oro que sirvieron para dar apariencia
      legal al mineral extraído ilegalmente en Madre de Dios; los socios son testaferros que declararon
      haber firmado a pedido suyo. Los flujos superan los 90 millones de dólares.""")

    S("es", "refer", cc="GT", agency="Ministerio Público - Fiscalía contra la Trata de Personas",
      atype="prosecution", cat="serious_crime", label="agresión sexual contra menores y trata", pen=25,
      caps=["messages", "media"], txt=["protected_person"],
      just="""El sindicado es pastor evangélico de una congregación en Chimaltenango. Tres adolescentes del
      hogar que administra la iglesia denunciaron abusos sexuales reiterados y que fueron llevadas a casas
      de miembros de la congregación a cambio de dinero; el peritaje médico y los mensajes que les enviaba
      obran en el expediente. Su condición de líder religioso no es el motivo de la solicitud.""")

    S("es", "refer", cc="PA", agency="Dirección de Investigación Judicial", atype="police",
      cat="serious_crime", label="contrabando aduanero y cohecho", pen=8,
      caps=["messages", "location"], reg="diplomat", nat="DO",
      just="""Funcionario acreditado de una representación extranjera que, según la Autoridad de Aduanas,
      ingresa por el aeropuerto contenedores de licor y cigarrillos bajo franquicia diplomática para
      revenderlos en la ciudad; se han documentado 14 embarques y pagos a un agente aduanero.""")

    S("es", "refer", cc="DO", agency="Dirección Central de Investigaciones Criminales", atype="police",
      cat="serious_crime", label="tráfico ilícito de migrantes", pen=15,
      caps=["messages", "contacts", "location"], loc="HT", nat="HT",
      just="""El investigado organiza viajes en yola desde la costa norte hacia Puerto Rico; en el naufragio
      del 2 de febrero murieron 11 personas. Cobra 4.000 dólares por persona y coordina desde Cap-Haïtien,
      según los sobrevivientes y los registros de sus transferencias.""")


def add_french() -> None:
    # ======================= FRANÇAIS — PERMIT (8) =======================
    S("fr", "permit", cc="SN", agency="Brigade de lutte contre la cybercriminalité de Dakar", atype="police",
      cat="serious_crime", label="escroquerie au faux transfert de monnaie électronique", pen=7,
      caps=["messages", "contacts"],
      just="""Le mis en cause envoie de faux SMS de confirmation de dépôt à des commerçants de Sandaga puis
      se fait remettre la marchandise ou des espèces. 54 plaintes, environ 19 millions de francs CFA. Les
      boutiquiers l'ont reconnu sur les images de surveillance. Réquisition du juge d'instruction
      jointe.""")

    S("fr", "permit", cc="CI", agency="Unité ivoirienne de répression de la fraude numérique", atype="police",
      cat="serious_crime", label="escroquerie sentimentale en ligne (broutage)", pen=10,
      caps=["messages", "media", "contacts"],
      just="""Parmi les victimes du réseau figure un pasteur retraité de Lyon qui a versé 38 000 euros à un
      faux profil féminin ; les autres plaignants sont des particuliers en France et en Belgique. Les
      retraits Western Union ont été effectués par la cible, identifiée par sa pièce d'identité et par les
      caméras de l'agence d'Abobo. Nous demandons les échanges pour identifier les autres membres.""")

    S("fr", "permit", cc="CM", agency="Groupement polyvalent d'intervention de la gendarmerie - Nord",
      atype="military", cat="serious_crime", label="prise d'otages contre rançon", pen=999,
      caps=["location", "messages"],
      just="""Le 6 février, deux enfants d'un éleveur ont été enlevés près de Touboro ; les ravisseurs
      exigent 15 millions de francs CFA et ont appelé la famille depuis ce numéro. Un complice arrêté au
      marché de bétail désigne l'utilisateur du numéro comme chef du groupe. Localisation requise pour la
      libération des otages.""")

    S("fr", "permit", cc="MA", agency="Brigade nationale de lutte contre le trafic de migrants",
      atype="police", cat="serious_crime", label="trafic de migrants et mise en danger de la vie d'autrui",
      pen=15, caps=["messages", "contacts", "location"], nat="SN",
      just="""Le suspect, de nationalité sénégalaise et résidant à Tan-Tan, organise les départs de pirogues
      vers les îles Canaries contre 3 000 euros par passager ; la pirogue partie le 9 octobre a chaviré
      avec 47 personnes à bord. Les survivants l'identifient. Sa nationalité n'est mentionnée que pour
      l'identification.""")

    S("fr", "permit", cc="TN", agency="Pôle judiciaire antiterroriste", atype="prosecution",
      cat="terrorism", label="projet d'attentat contre un hôtel", pen=999,
      caps=["messages", "contacts", "location"],
      just="""Lors de la perquisition du 3 avril à Sousse, il a été saisi une ceinture explosive en cours de
      fabrication et des plans d'un hôtel de la zone touristique de Hammamet annotés aux heures du
      petit-déjeuner. Le téléphone d'un complice interpellé contient des échanges avec la cible fixant la
      date après l'Aïd et faisant référence à une « punition » contre l'État. Autorisation du juge
      d'instruction antiterroriste.""")

    S("fr", "permit", cc="BJ", agency="Brigade béninoise de protection des mineurs en ligne", atype="police",
      cat="serious_crime", label="pédopornographie et sollicitation de mineurs en ligne", pen=10,
      caps=["messages", "media"], ident="device",
      just="""Appareil utilisé pour contacter au moins six collégiennes de Porto-Novo via un réseau social,
      obtenir des images intimes puis exiger de nouvelles vidéos sous menace de diffusion. L'IMEI a été
      communiqué par l'opérateur après identification du compte. Mandat du juge des mineurs.""")

    S("fr", "permit", cc="TG", agency="Cellule togolaise d'investigation numérique", atype="police",
      cat="serious_crime", label="attaque par rançongiciel contre le port autonome", pen=10,
      caps=["messages", "contacts"], vu="+2h",
      just="""Le système de gestion des conteneurs du port a été chiffré le 2 mars ; les attaquants exigent
      80 bitcoins. La cible a loué le serveur de commande et de contrôle avec une carte à son nom, selon
      l'hébergeur. L'ordonnance du juge arrive à échéance dans deux heures ; la demande est présentée
      avant cette échéance.""")

    S("fr", "permit", cc="DZ", agency="Brigade de recherche des stupéfiants d'Oran", atype="police",
      cat="serious_crime", label="trafic international de résine de cannabis", pen=20,
      caps=["messages", "location"],
      just="""Le suspect réceptionne des cargaisons de résine de cannabis venant de la frontière ouest et les
      stocke dans un entrepôt d'Es Sénia : 2,4 tonnes saisies le 11 juin, ses empreintes sur les
      emballages. Son frère est imam d'une mosquée du quartier ; cela n'a aucun lien avec l'enquête et il
      n'est pas visé.""")

    # ======================= FRANÇAIS — DENY (9) =======================
    S("fr", "deny", cc="SN", agency="Section de recherches de la gendarmerie", atype="military",
      cat="serious_crime", label="association de malfaiteurs et vol à main armée", pen=20,
      caps=["location", "messages"], status="revoked", want=["licence_inactive"],
      just="""Le suspect est désigné par deux complices comme l'organisateur de l'attaque à main armée d'un
      point de transfert d'argent à Thiès le 30 mai. Sa ligne a borné près des lieux. Commission rogatoire
      jointe.""")

    S("fr", "deny", cc="CI", agency="Direction de la surveillance du territoire", atype="intelligence",
      cat="serious_crime", label="diffusion de fausses nouvelles et atteinte au moral des forces de défense",
      pen=6, caps=["messages", "contacts"], prof="étudiant", txt=["expression_not_crime"],
      want=["expression_not_crime"],
      just="""L'intéressé a publié sur TikTok une vidéo où il commente les conditions de vie des soldats au
      Nord et accuse le commandement de détourner les primes ; la vidéo a été vue 600 000 fois. Ces
      propos portent atteinte au moral des troupes. Il convient d'identifier son entourage et ses
      soutiens.""")

    S("fr", "deny", cc="CM", agency="Direction générale de la recherche extérieure - antenne de Bamenda",
      atype="intelligence", cat="serious_crime", label="sécession et rébellion", pen=999,
      caps=["messages", "contacts", "location"], prof="commerçant", txt=["protected_ground"],
      want=["protected_ground"],
      just="""La cible, originaire de la région anglophone et installée à Douala, a de la famille dans les
      zones touchées par la crise. Aucun fait précis ne lui est reproché à ce stade ; la mesure s'inscrit
      dans le suivi systématique des ressortissants de cette région établis dans les grandes villes.""")

    S("fr", "deny", cc="MA", agency="Direction générale de la surveillance intérieure", atype="intelligence",
      cat="terrorism", label="atteinte grave à l'ordre public par la terreur", pen=30,
      caps=["messages", "contacts"], txt=["terrorism_definition_unmet", "expression_not_crime"],
      want=["terrorism_definition_unmet", "expression_not_crime"],
      just="""La cible anime les rassemblements hebdomadaires d'Al Hoceïma réclamant un hôpital et une
      université. Les manifestations sont restées pacifiques mais elles se répètent et mobilisent des
      milliers de personnes, ce qui crée un climat de peur chez les investisseurs. Nous considérons ces
      agissements comme relevant du terrorisme.""")

    S("fr", "deny", cc="TN", agency="Brigade des mœurs de Tunis", atype="police",
      cat="serious_crime", label="atteinte aux bonnes mœurs", pen=3, caps=["messages", "media"],
      txt=["protected_ground"], want=["purpose_not_permitted", "protected_ground"],
      just="""Selon des voisins, l'intéressé serait homosexuel et recevrait des hommes chez lui. Aucune
      plainte ni fait précis. L'accès à ses messages et photos permettra de le confirmer et d'identifier
      ses fréquentations.""")

    S("fr", "deny", cc="BJ", agency="Office central de répression du banditisme", atype="police",
      cat="serious_crime", label="vol en réunion avec violences", pen=20, caps=["location"],
      lbt="none", want=["no_legal_basis"],
      just="""Braquage d'une station-service à Cotonou, le pompiste blessé. Le numéro du suspect a été
      relevé sur le téléphone d'un complice. Demande urgente, sans décision judiciaire pour l'instant.""")

    S("fr", "deny", cc="TG", agency="Service de recherche et d'investigation de la police", atype="police",
      cat="serious_crime", label="trafic de faux médicaments", pen=10, caps=["messages", "contacts"],
      quota=(15, 15), want=["quota_exceeded"],
      just="""Le suspect importe du Nigeria de faux antibiotiques et antipaludiques qu'il écoule dans les
      marchés de Lomé ; 3 tonnes saisies au port sec. Un pharmacien arrêté l'identifie comme fournisseur.""")

    S("fr", "deny", cc="GA", agency="Direction générale des services spéciaux", atype="intelligence",
      cat="terrorism", label="acte de terrorisme contre les institutions", pen=20, caps=["location"],
      txt=["terrorism_definition_unmet"], want=["terrorism_definition_unmet"],
      just="""Dans la nuit du 17 août, la façade du siège d'un ministère à Libreville a été couverte de tags
      et deux vitres ont été brisées à coups de pierres. Le suspect apparaît sur les images. Aucune
      personne n'a été blessée ni menacée. Les faits visant une institution de l'État, ils sont qualifiés
      d'acte terroriste.""")

    S("fr", "deny", cc="CD", agency="Agence nationale de renseignements - Direction de Kinshasa",
      atype="intelligence", cat="serious_crime", label="atteinte à la sûreté de l'État", pen=20,
      caps=["messages", "contacts", "location"], prof="enseignant",
      txt=["protected_ground", "expression_not_crime"],
      want=["expression_not_crime", "protected_ground"],
      just="""L'intéressé appartient à la communauté d'origine du Kasaï très implantée dans la commune de
      Lemba et publie sur Facebook des messages critiquant la gestion du gouverneur. Son appartenance à
      cette communauté et ses publications justifient une surveillance préventive ; aucun autre fait ne
      lui est reproché.""")

    # ======================= FRANÇAIS — REFER (5) =======================
    S("fr", "refer", cc="SN", agency="Division des investigations criminelles", atype="police",
      cat="serious_crime", label="traite de personnes et exploitation de la mendicité d'enfants", pen=10,
      caps=["messages", "location"], reg="religious_leader", prof="maître coranique",
      just="""Le responsable d'un daara de Saint-Louis est soupçonné d'obliger une quarantaine d'enfants
      talibés à mendier avec un versement quotidien fixé, sous peine de coups ; deux enfants enchaînés ont
      été découverts le 20 janvier. Les parents de plusieurs enfants ont porté plainte et les cahiers de
      versements ont été saisis.""")

    S("fr", "refer", cc="CI", agency="Unité ivoirienne de répression de la fraude numérique", atype="police",
      cat="serious_crime", label="escroquerie en bande organisée et blanchiment", pen=10,
      caps=["messages", "contacts"], loc="GH", nat="CI",
      just="""Chef d'un réseau de brouteurs qui s'est installé à Accra après les arrestations de mars ; il
      continue de diriger depuis le Ghana les membres restés à Abidjan, qui l'ont désigné lors de leur
      audition. Entraide judiciaire demandée au Ghana.""")

    S("fr", "refer", cc="CM", agency="Tribunal criminel spécial - Parquet général", atype="prosecution",
      cat="serious_crime", label="blanchiment de capitaux et détournement de deniers publics", pen=20,
      caps=["messages", "contacts"], prof="avocat au barreau de Douala", txt=["protected_person"],
      just="""Le mis en cause a encaissé sur le compte séquestre de son cabinet 1,2 milliard de francs CFA
      provenant du détournement des fonds d'un projet routier, puis les a reversés à des sociétés écrans
      appartenant au directeur du projet. Les relevés bancaires et les conventions fictives sont au
      dossier.""")

    S("fr", "refer", cc="MA", agency="Brigade nationale de police judiciaire", atype="police",
      cat="serious_crime", label="extorsion et chantage", pen=10, caps=["messages", "contacts"],
      loc="ES", nat="MA", reg="journalist",
      just="""L'intéressé, qui anime un site d'information depuis Madrid, aurait exigé 500 000 dirhams
      d'un promoteur immobilier de Tanger en menaçant de publier des photos privées ; les virements
      partiels et les messages de menace ont été remis par la victime. Ses articles ne sont pas en
      cause.""")

    S("fr", "refer", cc="TN", agency="Pôle judiciaire économique et financier", atype="prosecution",
      cat="serious_crime", label="contrebande et corruption", pen=10, caps=["messages", "contacts"],
      reg="politician", prof="député",
      just="""Le député est soupçonné de protéger un réseau de contrebande de carburant et de cigarettes à
      Ben Guerdane en intervenant auprès des douaniers ; un douanier entendu comme témoin décrit ses
      appels et des versements ont été identifiés sur le compte de son épouse.""")


if __name__ == "__main__":
    sys.exit(main())
