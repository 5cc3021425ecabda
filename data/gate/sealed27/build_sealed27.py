#!/usr/bin/env python3
"""Generator for the sealed27 labelled gate-evaluation set (150 scenarios).

Written only from shared/spec/gate-scenarios.md and shared/spec/euc-standard.md.

* Every scenario below is hand-written: the free-text justification, the profession,
  the offence label and the text-judged clauses (terrorism_definition_unmet,
  expression_not_crime, protected_ground, and protected_person where only the
  justification or the profession field says the target is a protected person).
* Filler (evaluation time, identifiers, legal references, validity dates, licence
  quotas, extra licence capabilities) comes from a fixed seed, so the output is
  byte-identical on every run.
* The structured-field clauses are computed from the fields by the spec's rules; the
  text clauses are added; deny > refer > permit is applied; expected.clauses lists
  every deny clause that holds, else every refer clause that holds, else nothing.
* The script exits non-zero if any scenario's intended decision differs from the
  computed one (or if an internal sanity check fails).

Usage:  python3 build_sealed27.py   (writes sealed27.jsonl next to this file)
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

SEED = 27027
RNG = random.Random(SEED)
THRESHOLD = 6  # serious-crime threshold of the standard certificate version

ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DENY_ORDER = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
              "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
              "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER_ORDER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

# ITU calling codes for the (real) ISO country codes used; all people, numbers and
# agencies in the set are fictional.
CC = {
    "KE": "254", "NG": "234", "IN": "91", "PH": "63", "ZA": "27", "GH": "233", "TZ": "255",
    "SG": "65", "LK": "94", "AE": "971", "PK": "92", "UG": "256", "ZM": "260", "BD": "880",
    "NZ": "64", "JM": "1876", "BW": "267", "MW": "265", "LR": "231", "ID": "62", "TH": "66",
    "MY": "60", "AU": "61", "GB": "44", "IE": "353", "TT": "1868", "NA": "264", "PG": "675",
    "CY": "357", "BZ": "501", "UZ": "998", "LS": "266", "SL": "232", "BN": "673", "NP": "977",
    "QA": "974", "GY": "592", "SR": "597", "KH": "855", "HT": "509", "SO": "252", "ES": "34",
    "MZ": "258", "ZW": "263", "SS": "211", "MX": "52", "CO": "57", "PE": "51", "AR": "54",
    "CL": "56", "GT": "502", "EC": "593", "BO": "591", "HN": "504", "PY": "595", "VE": "58",
    "MA": "212", "DO": "1809", "FR": "33", "BE": "32", "SN": "221", "CI": "225", "CM": "237",
    "CA": "1", "TN": "216", "TG": "228", "BF": "226", "LY": "218", "RO": "40", "US": "1",
    "ML": "223", "GN": "224", "CH": "41", "LU": "352", "NL": "31", "PA": "507", "UY": "598",
    "SV": "503", "CR": "506", "BJ": "229", "DZ": "213", "ET": "251", "RW": "250", "MM": "95",
}

REF_FORMATS = {
    "en": {
        "judicial_warrant": ["HCW-{y}-{n:04d}", "WARR/{y}/{n:05d}", "CRM-MISC {n}/{y}",
                             "JW-{y}-{n:04d}", "MAG-{n:05d}-{yy}", "HC/INT/{yy}/{n:03d}"],
        "prosecutor_order": ["DPP/ORD/{y}/{n:04d}", "PO-{y}-{n:04d}", "AG-{n}/{y}"],
        "administrative_order": ["AO-{y}-{n:04d}", "MIN/INT/{y}/{n:03d}", "ADM-{n:05d}"],
        "none": ["pending", "to follow", "verbal authorisation {n}"],
    },
    "es": {
        "judicial_warrant": ["Auto {n}/{y}", "OJ-{y}-{n:04d}", "Causa {n}/{y}", "Exp. {n:05d}-{y}"],
        "prosecutor_order": ["Orden Fiscal {n}/{y}", "FGE-{y}-{n:04d}", "Carpeta {n}/{yy}"],
        "administrative_order": ["Res. Adm. {n}/{y}", "RA-{y}-{n:03d}"],
        "none": ["en trámite", "pendiente"],
    },
    "fr": {
        "judicial_warrant": ["Ord. JLD n° {y}/{n:05d}", "CR-{y}-{n:04d}", "Comm. rog. {n}/{y}"],
        "prosecutor_order": ["Réq. PR {y}/{n:04d}", "PNF-{y}-{n:04d}", "Parquet {n}/{yy}"],
        "administrative_order": ["Arr. {n}/{y}", "DA-{y}-{n:03d}"],
        "none": ["en cours", "à venir"],
    },
}

MAILDOMAINS = ["mailbox.example", "postbox.example", "fastmail.example", "securemsg.example",
               "protonic.example", "webpost.example"]
QUOTAS = [5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150]

AUTO = object()
SCEN = []


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _now():
    base = dt.datetime(2025, 10, 1, 0, 0, 0)
    return base + dt.timedelta(days=RNG.randint(0, 270), hours=RNG.randint(5, 22),
                               minutes=RNG.choice([0, 5, 12, 15, 20, 30, 41, 45, 50]))


def _ident(kind, country):
    if kind == "phone":
        code = CC[country]
        total = RNG.randint(10, 12)
        rest = total - len(code)
        digits = str(RNG.randint(2, 9)) + "".join(str(RNG.randint(0, 9)) for _ in range(rest - 1))
        return "+" + code + digits
    if kind == "email":
        syll = ["ka", "ro", "mi", "tel", "zu", "an", "dor", "vi", "sen", "lo", "pa", "qu", "ix"]
        handle = "".join(RNG.choice(syll) for _ in range(RNG.randint(2, 4)))
        handle += RNG.choice(["", ".", "_"]) + str(RNG.randint(1, 999))
        return "email:" + handle.strip("._") + "@" + RNG.choice(MAILDOMAINS)
    if kind == "device":
        return "device:IMEI" + "".join(str(RNG.randint(0, 9)) for _ in range(15))
    raise ValueError(kind)


def S(lang, want, cc, agency, atype, prof, offence, basis, caps, just, text=(), *,
      loc=None, nat=None, reg=None, status="active", signed=True, lic_caps=None,
      maxq=None, active=None, ref=AUTO, valid=AUTO, ident="phone"):
    """Declare one hand-written scenario; filler comes from the seeded RNG."""
    assert lang in ("en", "es", "fr"), lang
    assert want in ("permit", "deny", "refer"), want
    assert atype in AGENCY_TYPES, atype
    assert reg in REGISTRY, reg
    assert set(caps) <= set(ALL_CAPS), caps
    assert set(text) <= TEXT_CLAUSES, text
    loc = loc or cc
    nat = nat or loc
    now = _now()
    if valid is AUTO:
        v = now + dt.timedelta(days=RNG.randint(3, 150))
        v = v.replace(hour=RNG.choice([0, 23]), minute=RNG.choice([0, 59]), second=RNG.choice([0, 59]))
        if v <= now:
            v = now + dt.timedelta(days=2)
        valid_s = fmt(v)
    elif valid is None:
        valid_s = None
    else:  # offset in seconds relative to now (0 = exactly now)
        valid_s = fmt(now + dt.timedelta(seconds=valid))
    if ref is AUTO:
        f = RNG.choice(REF_FORMATS[lang][basis])
        ref = f.format(y=now.year, yy=now.year % 100, n=RNG.randint(11, 9999))
    if lic_caps is None:
        others = [c for c in ALL_CAPS if c not in caps]
        extra = RNG.sample(others, RNG.randint(0, min(3, len(others))))
        lic_caps = [c for c in ALL_CAPS if c in caps or c in extra]
    if maxq is None:
        maxq = RNG.choice(QUOTAS)
    if active is None:
        active = RNG.randint(0, maxq - 1)
    identifier = _ident(ident, loc)
    cat, label, years = offence
    sc = {
        "now": fmt(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": agency,
            "agency_type": atype,
            "status": status,
            "certificate_signed": signed,
            "capabilities": list(lic_caps),
            "max_active_targets": maxq,
            "active_targets": active,
        },
        "request": {
            "target": {
                "identifier": identifier,
                "location_country": loc,
                "nationality": nat,
                "profession": prof,
                "registry_match": reg,
            },
            "offence": {"category": cat, "label": label, "max_penalty_years": years},
            "legal_basis": {"type": basis, "reference": ref, "valid_until": valid_s},
            "capabilities": list(caps),
            "justification": " ".join(just.split()),
        },
    }
    SCEN.append({"lang": lang, "want": want, "text": tuple(text), "sc": sc})


def structured_clauses(sc):
    """Clauses decided by the structured fields alone (spec rules)."""
    lic, req = sc["licence"], sc["request"]
    out = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other" or (
            off["category"] == "serious_crime"
            and (off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD)):
        out.add("purpose_not_permitted")
    lb = req["legal_basis"]
    now = dt.datetime.strptime(sc["now"], "%Y-%m-%dT%H:%M:%SZ")
    if (lb["type"] == "none" or lb["reference"] is None or not str(lb["reference"]).strip()
            or lb["valid_until"] is None
            or dt.datetime.strptime(lb["valid_until"], "%Y-%m-%dT%H:%M:%SZ") <= now):
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


def decide(sc, text):
    held = structured_clauses(sc) | set(text)
    deny = [c for c in DENY_ORDER if c in held]
    refer = [c for c in REFER_ORDER if c in held]
    # the exchange format wants expected.clauses sorted and unique
    if deny:
        return "deny", sorted(set(deny))
    if refer:
        return "refer", sorted(set(refer))
    return "permit", []


# ---------------------------------------------------------------------------
# Scenarios (hand-written).  T = terrorism_definition_unmet, E = expression_not_crime,
# G = protected_ground, P = protected_person (from justification / profession text).
# ---------------------------------------------------------------------------
T, E, G, P = ("terrorism_definition_unmet", "expression_not_crime", "protected_ground",
              "protected_person")

# ============================ ENGLISH — PERMIT (37) ============================

S("en", "permit", "KE", "Coastal Serious Crimes Bureau", "police", "motorcycle taxi rider",
  ("serious_crime", "kidnapping for ransom", 999), "judicial_warrant",
  ["messages", "location", "contacts"],
  """Four-person cell holding a 9-year-old boy since the 14th. Roles established from the first
  ransom call and the recovered handset of the arrested courier: (1) negotiator, makes the ransom
  calls from rotating SIMs -- THIS TARGET, voice identified by the father and matched to the
  courier's contact saved as 'Boss Talk'; (2) guard at the holding house, location unknown;
  (3) driver, grey station wagon, plate partly captured on a fuel-station camera; (4) financier who
  collected the first mobile-money instalment. We need the target's location and contacts to find
  the holding house before the Friday deadline set by the kidnappers.""")

S("en", "permit", "NG", "Federal Anti-Trafficking Taskforce, Unit 4", "police", "travel agent",
  ("serious_crime", "trafficking in persons for sexual exploitation", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Case file 0412. The syndicate recruits young women from farming villages with promises of salon
  work abroad, keeps them in a transit house in the city and moves them overland in groups of six to
  eight. Members identified so far and their roles: a recruiter who tours the villages (the holder
  of this number, who fronts as a travel agent); a forger who produces passports from a business
  centre near the motor park; a transporter who drives the bus; and a woman abroad who receives the
  victims and the 'debt' payments. Three rescued victims picked the recruiter out of a photo line-up
  and gave this number. The forger's seized laptop holds 300+ WhatsApp messages with it about 'new
  girls', passport photos and departure dates. Messages and contacts are requested to identify the
  women still in the transit house and the next departure.""")

S("en", "permit", "IN", "State Cyber Crime Cell, Zone 3", "police", "web hosting reseller",
  ("serious_crime", "extortion by ransomware attack on a district hospital", 7), "judicial_warrant",
  ["messages", "credentials"],
  """Ransomware was deployed on the district hospital's servers on 3 February; ICU and dialysis
  schedules were encrypted for 61 hours and a demand of 40 BTC was made. Blockchain tracing and the
  affiliate control panel seized by a partner agency show a crew of five: a developer (located
  abroad, NOT the subject of this request), two access brokers, a negotiator, and the infrastructure
  administrator who rents the attack servers. The administrator is the target: the VPS rental was
  paid from a wallet funded by his bank account, and the SIM used for the provider account is
  registered to him at an address in our district. Credentials are requested to take control of the
  panel and stop a second attack announced for next week.""")

S("en", "permit", "PH", "Regional Drug Enforcement Field Office VII", "police", "warehouse keeper",
  ("serious_crime", "sale and storage of dangerous drugs (methamphetamine)", 999), "judicial_warrant",
  ["messages", "location"],
  """Subject is the warehouse keeper of a shabu distribution group operating around the fish port.
  Three test-buy operations (12 Jan, 26 Jan, 9 Feb) were supplied from a storeroom he controls; the
  runner arrested on 9 Feb named him and showed the chat thread with this number arranging 250 g
  'orders'. For identification only: subject is known in the barangay as a parish choir member and
  fiesta volunteer. This has nothing to do with the request. Location is needed to time the search
  of the storeroom while the next delivery is inside.""")

S("en", "permit", "ZA", "Provincial Organised Crime Investigation Unit", "police",
  "vault supervisor, security company",
  ("serious_crime", "robbery with aggravating circumstances and murder (cash-in-transit)", 999),
  "judicial_warrant", ["location", "messages"],
  """CIT robbery on the N-route 28/01. 2 guards shot, 1 deceased. Crew of 7 per s204 witness:
  planner / 2 drivers / 3 shooters / insider. TARGET = insider, vault supervisor, gave route +
  timing. His number was in contact with planner's number 11x on the day, last call 4 min before
  the hit. Witness says next job planned for month-end. Need location + msgs.""")

S("en", "permit", "GH", "Economic and Organised Crime Office, Ashanti Desk", "police", "gold trader",
  ("serious_crime", "fraud by false pretences (aggravated)", 6), "judicial_warrant", ["messages"],
  """Aggravated fraud, max 6 yrs. Target runs a fake gold-export scheme: 14 complainants, GHS 2.1m
  paid into 3 accounts he controls (bank records obtained under court order). Same number used to
  send all 14 victims forged assay certificates. Messages only.""")

S("en", "permit", "MY", "Serious Crimes Division, Northern Contingent", "police", "unemployed",
  ("serious_crime", "gang armed robbery of jewellery shops", 20), "judicial_warrant",
  ["location", "messages", "contacts"],
  """Between 2 and 19 January three jewellery shops in the northern district were robbed at
  machete-point by a four-man gang using a stolen saloon car. The fourth member, who fenced the gold,
  was arrested on 22 January and identified the target as the leader, who plans each robbery,
  carries a pistol and recruited the others. The fence's phone shows calls with this number before
  and after each robbery. The warrant expires at the end of its term today and a renewal has been
  applied for; this request is made while it is still in force.""", valid=1)

S("en", "permit", "TZ", "Wildlife and Forest Crimes Task Force", "other_government", "lorry driver",
  ("serious_crime", "trafficking in government trophies (ivory and pangolin scales)", 20),
  "judicial_warrant", ["location", "contacts"],
  """The syndicate works in a chain: a corrupt ranger tips off a poaching team about patrol
  routes; the team leader delivers tusks and scales to a transporter; the transporter hides them in
  charcoal loads to the port; an exporter ships them as 'cashew nuts'. The target is the
  transporter. Two loads intercepted last year were in lorries he drove; the poaching team leader,
  now cooperating, calls him on this number to arrange pick-ups. We need his movements and contacts
  to reach the exporter before the next container leaves.""", maxq=20, active=19)

S("en", "permit", "SG", "Central Narcotics Directorate, Intelligence Branch", "police",
  "industrial chemist",
  ("serious_crime", "manufacture of controlled drugs (methamphetamine)", 30), "administrative_order",
  ["messages", "location", "media"],
  """Precursor reports from two chemical suppliers (red phosphorus and pseudoephedrine-based
  products bought in quantities with no industrial explanation) lead to a rented industrial unit.
  Power consumption at the unit tripled in December; a neighbour reported chemical smells at night.
  The subject signed the lease and placed the supplier orders by phone with this number. A second
  man (the 'buyer') collects product twice a week; his identity is unknown and is one of the things
  this request should establish. Authorised under an order of the Director, per our statute.""")

S("en", "permit", "LK", "Office of the Public Prosecutor, Western Division", "prosecution",
  "three-wheeler owner",
  ("serious_crime", "murder (contract killing)", 999), "prosecutor_order", ["messages", "contacts"],
  """A provincial newspaper editor was shot dead outside his home on 9 December. The gunman, now in
  custody, states that he was paid by an intermediary who contacted him only by telephone and
  delivered the pistol and a motorcycle. That intermediary's number is the one requested: call
  records show 23 contacts with the gunman in the week before the killing and repeated contact with
  a second unregistered number, which we believe belongs to whoever ordered the murder. The target
  is not a journalist and is not suspected of anything connected with the victim's reporting; the
  purpose is to identify who commissioned the killing.""")

S("en", "permit", "AE", "Anti-Money Laundering Prosecution Unit", "prosecution",
  "exchange counter operator",
  ("serious_crime", "money laundering of narcotics proceeds", 10), "prosecutor_order",
  ["messages", "contacts"], nat="PK",
  text=(),
  just="""The target is a foreign resident who runs an unlicensed exchange counter behind a mobile-phone
  shop. Between August and January he received 212 cash deposits each just under the reporting
  limit from couriers of a narcotics network dismantled in November, and paid out equivalent sums to
  accounts abroad the next day; the ledger seized from one courier lists his counter as 'K-point'
  with amounts that match the deposits to the dirham. His nationality is recorded on the form for
  identification only; the request rests on the ledger and the deposit pattern.""")

S("en", "permit", "UG", "Joint Counter-Terrorism Intelligence Centre", "intelligence",
  "electronics repairer",
  ("terrorism", "preparation of a bombing at a sports stadium", 999), "judicial_warrant",
  ["microphone", "location", "messages"],
  """Three-member cell preparing an IED attack on the national stadium during the cup final
  (expected crowd 40,000). The target is the bomb-maker: he bought acetone, hydrogen peroxide and
  sulphuric acid in three separate shops, and a half-built detonator circuit with his fingerprints
  was found in the room rented by the second member. In an intercepted voice note the cell leader
  says 'when the stands fall the government will hear us'. Microphone and location are requested to
  find the device before the match.""")

S("en", "permit", "ZM", "National Counter-Terrorism Directorate", "intelligence", "mine security guard",
  ("terrorism", "conspiracy to take hostages to compel the release of prisoners", 30),
  "judicial_warrant", ["messages", "location", "contacts"],
  """An informant inside the group and a cache of six rifles recovered on 3 March confirm a plan to
  seize staff of the Ministry of Mines during the budget briefing and hold them until the government
  frees eleven named prisoners. The group set a 'deadline' of two weeks in messages recovered from
  a member's phone and discussed shooting one hostage a day if it is not met. The target is the
  group's quartermaster: the cache was found in a shed rented in his name and he moved the rifles
  there. His contacts are needed to find the remaining weapons and the other members.""")

S("en", "permit", "BD", "Counter-Terrorism and Transnational Crime Unit", "police", "flat tenant",
  ("terrorism", "planning a bomb attack on a public market", None), "judicial_warrant",
  ["messages", "location"],
  """Explosives (approx. 4 kg, mixed in pressure cookers) and a hand-drawn plan of the busiest lane of
  the wholesale market with the Friday crowd times marked were recovered from a flat used by the
  cell. The target rented the flat under his own name and bought the cookers and ball bearings; the
  shopkeeper identified him. A pamphlet found there says the attack will 'make the people fear
  until the government bends'. The max penalty field is left blank: the charge sheet under the new
  ordinance has not yet been finalised. Messages and location are needed because two members and
  part of the explosives are still missing.""")

S("en", "permit", "MW", "Criminal Investigation Department, Southern Region", "police", "welder",
  ("serious_crime", "attempted murder by incendiary device", 25), "judicial_warrant",
  ["location", "messages"],
  """The target took part in the opposition rallies of March. That is lawful and is not why this
  request is made. On the night of 21 March, hours after the rally had dispersed, he threw two petrol
  bombs into the occupied guard room of a police post; one constable suffered burns to 40 % of his
  body. He is visible on three cameras, his DNA is on a bottle fragment and his phone was connected to
  the cell beside the post at 23:48. We need his location to arrest him and his messages to find who
  supplied the bottles, which were prepared the same way as in two other attacks on occupied
  buildings.""")

S("en", "permit", "NP", "Metropolitan Crime Division", "police", "driver",
  ("serious_crime", "extortion with explosives", 12), "judicial_warrant", ["messages", "location"],
  """Target works as a driver at the district office of a political party; his politics are not
  relevant here. Since December three quarry owners have received demand letters for 'donations', and
  on 4 February a grenade was thrown over the gate of the one who refused, injuring his watchman. All
  three extortion calls came from this number. The grenade's lot number matches a batch seized from a
  shed rented by the target's brother-in-law, whose role is still being established.""")

S("en", "permit", "TT", "Organised Crime and Firearms Bureau", "police", "accountant",
  ("serious_crime", "illegal firearms trafficking", 15), "judicial_warrant", ["messages", "contacts"],
  """A registered charity collects money after Friday prayers in several mosques. The collections,
  and the worshippers who give, are not the concern of this request. Bank analysis shows that the
  charity's treasurer -- the target, an accountant -- moved about 60 % of the funds through a
  hardware store to a firearms dealer; 30 pistols bought with that money have been recovered from
  two street gangs since June, and the dealer, now charged, names the treasurer as the buyer who
  arranged deliveries by phone. The congregants are being treated as victims of the fraud. Only the
  treasurer is targeted.""")

S("en", "permit", "NZ", "Serious Threats Investigation Team", "police", "former television cameraman",
  ("serious_crime", "threatening to kill and criminal harassment", 7), "judicial_warrant",
  ["location", "messages"],
  """A television presenter and investigative journalist has received 140 messages from this number
  since October, including photographs of her children at their school gate and a message saying
  she 'will not see Christmas'. The sender is a cameraman dismissed by her station last year; he
  recently applied for a firearms licence. The journalist is the victim. We are asking for the
  suspect's location and messages to assess whether an attack is being prepared.""")

S("en", "permit", "AU", "Joint Child Exploitation Taskforce", "police", "IT contractor",
  ("serious_crime", "administering a child sexual abuse material network", 25), "judicial_warrant",
  ["messages", "media", "contacts", "credentials"],
  """Hidden-service forum with ~3,000 registered users distributing child sexual abuse material.
  The seized server image shows the structure: one head administrator (the target account), two
  moderators who vet new members, a 'producer' who uploads new material of an identified child
  every few weeks, and a payment handler who sells VIP access for crypto. The head admin's recovery
  address is this mailbox; the login IPs resolve to a residence in our state. Credentials and
  contacts are needed to identify the producer and safeguard the child.""", ident="email")

S("en", "permit", "JM", "Fraud Squad, Cyber Desk", "police", "customer-service agent, mobile network",
  ("serious_crime", "conspiracy to defraud and unauthorised access (SIM-swap fraud)", 10),
  "judicial_warrant", ["messages", "contacts"],
  """57 victims, J$41m emptied from bank accounts after their SIMs were swapped. Crew structure:
  an insider at the mobile network who performs the swaps (TARGET), a mule recruiter, and a cash-out
  man who withdraws at ATMs. The network's access logs show the target's staff login performed 48 of
  the 57 swaps, each within 20 minutes of a call from the mule recruiter's number.""")

S("en", "permit", "BW", "Military Police Investigations Directorate", "military",
  "quartermaster sergeant",
  ("serious_crime", "theft and unlawful sale of military firearms", 15), "judicial_warrant",
  ["messages", "location"],
  """Twenty-two rifles and 4,000 rounds were found missing from the 3rd battalion armoury at the
  January inventory. Four of the rifles have since been recovered from a cattle-rustling gang after a
  shoot-out in which a herdsman was wounded. The armoury log was altered with the target's
  credentials; a gang member under arrest identifies him as the soldier who sold them the rifles and
  says more are to follow. The target is a serving member and falls under our jurisdiction.""")

S("en", "permit", "NA", "Revenue Authority, Customs Enforcement Directorate", "other_government",
  "clearing agent",
  ("serious_crime", "fuel smuggling and bribery of public officials", 8), "judicial_warrant",
  ["messages", "contacts"],
  """Tanker loads declared as 'in transit' are being sold locally without duty; 31 loads since July.
  Three people are involved: the target, a clearing agent who prepares the false transit papers; a
  border officer who stamps them (separately under investigation); and a depot owner who buys the
  fuel. Bank records show the target paid the officer N$3,000 after each load.""")

S("en", "permit", "LR", "Drug Enforcement Agency, Port Interdiction Unit", "police",
  "crew chief, container terminal",
  ("serious_crime", "importation and trafficking of cocaine", 20), "judicial_warrant",
  ["messages", "location", "contacts"],
  """SUMMARY OF CASE. 1. Since mid-year the terminal has been used for 'rip-on/rip-off' importations:
  sports bags of cocaine are placed in legitimate reefer containers at the port of loading and removed
  on arrival before customs inspection. 2. On 17 November officers recovered 84 kg from a container
  after a crew broke its seal in a blind spot of the yard cameras; two dockworkers were arrested.
  3. Both state that they acted on the instructions of the crew chief, the target, who chooses the
  containers, assigns the night shift and passes them cheap phones. 4. The target's number appears in
  the recovered phones as the only contact besides each other. 5. The organisation also includes a
  buyer in the capital and a person abroad who arranges the loading; these are not covered by this
  request. 6. We request messages, contacts and location to identify the next container and the
  buyer. 7. A warrant has been issued by the court as referenced.""")

S("en", "permit", "ID", "Directorate of General Criminal Investigation, Maritime Sub-directorate",
  "police", "boat owner",
  ("serious_crime", "people smuggling resulting in death", 15), "judicial_warrant",
  ["location", "messages"],
  """With respect, we are submitting this request concerning the boat which was sinking on 2 February
  near the outer island, where 11 persons were drowned including 3 children. The passengers had paid
  to a network that is arranging the boats. The target is the coordinator who is buying the boats,
  choosing the crew and collecting the payments; survivors have given his telephone number and the
  boat captain (now detained) confirms he received his orders from this number. The network is
  preparing another departure at the coming dark moon, according to the captain. Therefore the
  location and messages are necessary to prevent more drowning.""")

S("en", "permit", "TH", "Anti-Human Trafficking Division", "police", "compound manager",
  ("serious_crime", "human trafficking for forced criminality (scam compound)", 15),
  "judicial_warrant", ["messages", "location", "contacts"],
  """Scam compound near the border: around 200 workers held behind fences, passports confiscated,
  beaten when they miss 'targets' for online investment fraud. The victims come from several
  neighbouring countries; their nationality only explains why the embassies reported the case. Five
  escaped workers name the target as the compound manager who sets quotas and orders punishments;
  a video from one of them shows him beating a worker. Contacts are needed to reach the financier.""")

S("en", "permit", "GB", "North Vale Regional Organised Crime Unit", "police", "scaffolder",
  ("serious_crime", "armed robbery of a post office", 999), "judicial_warrant", ["location"],
  """Target lives on the Hollins estate, which has a large Kurdish community. That is NOT a factor in
  this request and is mentioned only because officers will need to know the address. He is
  identified by two fingerprints on the till drawer of the post office robbed at knife-point on 11
  January and by the sub-postmistress from a video identification parade. He has not been at his
  address since; location is requested to arrest him.""")

S("en", "permit", "IE", "Eastern Region Organised Crime Bureau", "police",
  "van driver",
  ("serious_crime", "demanding money with menaces and arson (protection racket)", 14),
  "judicial_warrant", ["messages", "location"],
  """Since the summer, owners of eleven grocery and phone shops run by members of one diaspora
  community have been told to pay €500 a month 'for security'. Two who refused had their shops set
  on fire at night; in one case the owner's family was asleep upstairs. The victims are the
  community; the target is the collector who visits the shops each month. Three owners identified
  him; a shop camera recorded him at the second fire. Messages are needed to identify the organiser
  to whom he reports.""")

S("en", "permit", "BZ", "Major Crimes Unit", "police", "casual labourer",
  ("serious_crime", "murder", 999), "judicial_warrant", ["location", "messages"],
  """Target is 19. He was recruited by the gang at 16 -- relevant to how he is dealt with after arrest,
  not to this request. Ballistics link the pistol seized at his girlfriend's house to the killing of
  a shop owner on 2 March; a witness saw him run from the shop and ride off on a blue bicycle. He has
  moved between safe houses since the seizure.""")

S("en", "permit", "ZA", "Violent Crimes Task Team, Metro Cluster", "police", "unknown",
  ("serious_crime", "robbery with aggravating circumstances and extortion", 15), "judicial_warrant",
  ["messages", "location", "media"],
  """Since August, men who arranged dates through an app used by gay men have been lured to a flat,
  robbed at knife-point and then blackmailed with threats to send photographs to their families and
  employers. Seven complainants so far. Their orientation is relevant only because it is how the gang
  chooses its victims. The target operates the fake profiles and sends the blackmail messages: the
  app's records, obtained under a production order, link all four profiles to this number, and two
  complainants received the demands from it. A second man who carries the knife is not yet
  identified.""")

S("en", "permit", "IN", "Economic Offences Wing, Counterfeit Currency Cell", "police",
  "printing press owner",
  ("serious_crime", "printing and circulating counterfeit currency notes", 10), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Rs 500 counterfeits with identical serial patterns seized in four districts since October.
  Distributors arrested in two of them both name the same supplier, a printing press owner, and
  have his number saved. Seized paper stock at a distributor's house matches paper ordered by the
  press. Network: printer (target) -> two wholesale distributors -> street passers. We need his
  contacts to find the remaining distributors.""", maxq=100, active=99)

S("en", "permit", "PG", "Hostage Response Group", "police", "unknown",
  ("serious_crime", "hostage taking for ransom", 999), "judicial_warrant", ["microphone", "camera"],
  """Engineer of a road contractor abducted 6 days ago, 3 captors, demand K2m. Proof-of-life video
  came from this handset. Need ambient audio and camera to confirm the hostage is in the same house
  before the rescue team moves.""", lic_caps=["microphone", "camera"])

S("en", "permit", "AU", "Fraud and Cybercrime Squad", "police", "unknown",
  ("serious_crime", "dealing with proceeds of crime and obtaining property by deception (romance fraud)", 10),
  "judicial_warrant", ["messages", "contacts"],
  """Romance fraud ring targeting widowed and elderly people via social media: 23 victims aged 68 to
  91, losses of A$3.4m. Roles: 'lovers' who write the messages from abroad, and a local money-mule
  controller who recruits account holders and forwards the funds. This mailbox belongs to the local
  controller: it is the recovery address of 14 mule accounts and received every victim's transfer
  receipt.""", ident="email")

S("en", "permit", "ET", "National Intelligence and Security Directorate", "intelligence",
  "freight forwarder",
  ("serious_crime", "trafficking in arms and ammunition", 20), "judicial_warrant",
  ["location", "messages", "contacts"],
  """Device recovered in a bus-station luggage seizure (2,600 rounds, 9 assault rifles) was paired
  with this handset by Bluetooth logs. The handset belongs to a freight forwarder who booked the
  consignment under a false consignee; he is the link between a supplier across the border and
  buyers in two cities. Requested to map the buyers.""", ident="device")

S("en", "permit", "ZM", "Anti-Corruption Investigations Unit", "other_government",
  "procurement clerk, regional health office",
  ("serious_crime", "bribery and theft of public funds", 10), "judicial_warrant", ["messages"],
  """The case first came to light through a series of newspaper articles on overpriced medical
  supplies; the reporting is background only. Our audit established that the target, a procurement
  clerk, split contracts into lots below the tender threshold and awarded all of them to two
  companies registered at his cousin's address; one of the directors has confessed to paying him
  ZMW 250,000 in cash, arranged by phone.""")

S("en", "permit", "CY", "Police Anti-Trafficking Office", "police", "bar manager",
  ("serious_crime", "trafficking in human beings for sexual exploitation", 20), "judicial_warrant",
  ["messages", "location"], nat="RO",
  text=(),
  just="""The target manages a cabaret bar in the tourist zone where seven women were found in January
  with their passports locked in his office; they describe being made to work off 'debts' for
  travel. He is a foreign national who has lived here for ten years. Two of the women identify him as
  the person who sets their 'fines' and arranges their transport to clients through this number.""")

S("en", "permit", "PH", "Homicide Task Group, Mindanao Area", "police", "farm hand",
  ("serious_crime", "murder of a priest", 999), "judicial_warrant", ["location"],
  """The victim, a parish priest who preached against illegal logging, was shot dead after Sunday
  Mass on 16 February. Two witnesses identify the target as the gunman; the motorcycle used was
  bought in his name a week earlier. Investigators believe he was hired by a logging contractor. The
  target is a farm hand and has no religious role. Location needed to arrest him.""")

S("en", "permit", "NG", "Joint Task Force on Oil Theft (Police Component)", "police", "barge captain",
  ("serious_crime", "crude oil theft from pipelines (illegal bunkering) with armed protection", 21),
  "judicial_warrant", ["location", "messages", "contacts"],
  """Illegal tapping point on the trunk line in the creeks, protected by armed youths who fired on a
  patrol boat in December. The organisation runs as follows: 'tappers' who maintain the valve, armed
  guards, barge captains who take the crude to an illegal refinery, and a financier who sells the
  refined product in the city. The target is a barge captain: his barge was photographed at the tap
  point on four occasions and the arrested refinery operator has him saved as 'Captain Wire'.""")

# ============================ ENGLISH — DENY (42) ============================
# --- structured-field denials; the text itself describes genuine serious crime ---

S("en", "deny", "LK", "Police Narcotic Bureau, Southern Division", "police", "fish wholesaler",
  ("serious_crime", "trafficking of heroin", 999), "judicial_warrant", ["messages", "location"],
  """Wholesale heroin supplier for three coastal towns; 2.4 kg seized from his lorry driver on 8
  January, the driver has given this number and the delivery schedule. Requesting messages and
  location to intercept the next consignment.""", status="suspended")

S("en", "deny", "UG", "Criminal Intelligence Directorate", "police", "hardware dealer",
  ("serious_crime", "illegal possession and sale of firearms", 15), "judicial_warrant",
  ["messages", "contacts"],
  """The target sells pistols and ammunition from behind his hardware shop. An undercover officer
  bought two pistols from him on 14 and 28 February; the serial numbers match firearms reported lost
  by a private security firm. We want his contacts to identify his source inside the firm.""",
  status="revoked")

S("en", "deny", "MY", "Special Task Force on Kidnapping", "police", "unknown",
  ("serious_crime", "kidnapping for ransom", 999), "judicial_warrant", ["location"],
  """Businessman abducted on the 3rd; ransom calls came from this number twice yesterday. Location
  needed urgently, the family has been told he will be killed if police are involved.""",
  status="expired")

S("en", "deny", "KE", "Directorate of Criminal Investigations, Banking Fraud Unit", "police",
  "bank teller",
  ("serious_crime", "conspiracy to defraud and money laundering", 10), "judicial_warrant",
  ["messages", "contacts"],
  """A teller at a commercial bank passes customers' account details to a fraud ring that calls
  them posing as bank staff. 38 customers lost KSh 19m; the teller's workstation queried every one
  of the victims' accounts in the 48 hours before they were called. The ring's caller, arrested last
  week, has this number saved as 'inside'.""", signed=False)

S("en", "deny", "NG", "Halcyon Bank Plc, Group Financial Crime Unit", "private", "unknown",
  ("serious_crime", "card skimming and access-device fraud", 10), "judicial_warrant",
  ["messages", "location"],
  """Skimming devices were found on six of our ATMs in the city between January and March; 1,400
  cards were cloned. CCTV shows the same man fitting the devices each time and the prepaid SIM
  inside the last device's Bluetooth module connects to this number. The police have obtained a
  court order; we are asking to run the interception ourselves to save time.""")

S("en", "deny", "ZA", "Ridgeback Protective Services (Pty) Ltd", "private", "scrap-metal dealer",
  ("serious_crime", "theft of copper cable and tampering with essential infrastructure", 15),
  "judicial_warrant", ["location", "contacts"],
  """Our client's mine has lost 14 km of copper cable in six months; the last theft cut power to a
  ventilation shaft with 120 miners underground. The syndicate: cutters, a transporter, and the
  scrap-metal dealer who buys and smelts the cable -- this number. A magistrate granted the police
  a warrant; the licence is held by our company as the mine's security contractor.""")

S("en", "deny", "GH", "Metropolitan Crime Office, Eastern Sector", "police", "phone shop owner",
  ("serious_crime", "receiving stolen property", 5), "judicial_warrant", ["messages"],
  """Shop owner buys phones from snatch thieves and resells them after re-flashing. 40 stolen
  handsets traced to his shop by IMEI. Max penalty under our code is 5 years. Messages wanted to
  identify the thieves who supply him.""")

S("en", "deny", "PH", "Anti-Cybercrime Group, Regional Unit", "police", "call-centre agent",
  ("serious_crime", "access device fraud", None), "judicial_warrant", ["messages", "contacts"],
  """Target uses stolen card data to buy airline tickets that are resold on social media; 212
  fraudulent bookings traced to his IP and this number. The applicable penalty has not yet been
  confirmed by our legal office, so the field is left empty.""")

S("en", "deny", "IN", "Special Investigation Team, Intellectual Property Cell", "police",
  "wholesale trader",
  ("other", "trademark infringement (counterfeit handbags)", 3), "judicial_warrant",
  ["messages", "contacts"],
  """Target is the wholesale supplier of counterfeit designer handbags to 60+ market stalls; three
  brand owners have filed complaints and 4,000 bags were seized from his godown. Messages needed to
  trace the manufacturer.""")

S("en", "deny", "AE", "Federal Customs Investigation Department", "other_government",
  "import-export trader",
  ("other", "evasion of customs duties through under-invoicing", 10), "judicial_warrant",
  ["messages", "media"],
  """The trader declared 190 containers of electronics at one tenth of their value over two years,
  evading duties of about AED 80m. The invoices were produced by a relative abroad and emailed to
  him; he coordinated with the clearing agent by phone. The offence is classified by our law as
  'other' (fiscal) for the purposes of this form.""")

S("en", "deny", "TZ", "Regional Crimes Office, Lake Zone", "police", "fisherman",
  ("serious_crime", "armed robbery of fishing boats on the lake", 30), "none",
  ["location"],
  """URGENT. Gang of pirates has robbed 9 fishing boats this month, one fisherman drowned after being
  thrown overboard. Informer says they go out again tonight; this is the leader's number. Warrant
  will follow in the morning, magistrate not reachable.""", ref="", valid=None)

S("en", "deny", "SL", "Transnational Organised Crime Unit", "police", "clearing agent",
  ("serious_crime", "trafficking of cocaine", 20), "judicial_warrant", ["messages", "contacts"],
  """Clearing agent who released a container in which 120 kg of cocaine were later found hidden in
  frozen fish cartons. He processed the paperwork in four hours (normal time: 3 days) and called
  the consignee's number repeatedly the same day. Messages and contacts requested.""", valid=0)

S("en", "deny", "JM", "Counter-Extortion Task Force", "police", "bus conductor",
  ("serious_crime", "extortion and conspiracy to commit murder", 20), "judicial_warrant",
  ["messages", "location"],
  """The target collects 'taxes' from bus operators on the route for a gang; two operators who
  refused were shot in January. The collector's number is on a notebook found on one of the
  shooters. Please action as soon as possible -- the court's authorisation lapsed earlier today and
  the renewal hearing is fixed for tomorrow.""", valid=-3 * 3600)

S("en", "deny", "PK", "Federal Investigation Agency, Human Smuggling Circle", "police",
  "travel agency owner",
  ("serious_crime", "human smuggling and trafficking", 14), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Travel agency owner who sends young men abroad on forged work visas; 26 of his clients were
  detained in a third country, two died in a container. Victims' families paid him directly; bank
  slips and WhatsApp voice notes from this number promising 'guaranteed jobs' are on file. A
  magistrate has authorised interception, order number to be supplied by the court registry.""",
  ref="")

S("en", "deny", "MW", "Fraud and Financial Crimes Unit", "police", "district accounts officer",
  ("serious_crime", "theft by public servant and money laundering", 14), "judicial_warrant",
  ["messages"],
  """District accounts officer who created 130 ghost workers on the payroll; MWK 900m paid into
  accounts opened with forged IDs and withdrawn by his associates. Judge signed the warrant; its
  duration is 'until further order' so no end date is given.""", valid=None)

S("en", "deny", "PH", "Criminal Investigation and Detection Group, Anti-Kidnapping Unit", "police",
  "unknown",
  ("serious_crime", "kidnapping and serious illegal detention", 999), "judicial_warrant",
  ["messages", "credentials"],
  """Kidnap-for-ransom group that targets small business owners; target is the negotiator, whose
  messaging account is used to send proof-of-life photos. Credentials needed to log into the
  account and read the group chat with the other members.""",
  lic_caps=["messages", "location", "contacts"])

S("en", "deny", "UZ", "Department for Combating Organised Crime", "police", "restaurant owner",
  ("serious_crime", "organisation of a criminal community engaged in extortion", 15),
  "judicial_warrant", ["microphone", "camera", "location"],
  """Head of an extortion group which is demanding monthly payments from market traders and who
  burned the stalls of those refusing. The meetings with members take place in the back room of
  his restaurant. The microphone and camera of his telephone are requested to record these meetings
  with their roles.""", lic_caps=["messages", "location", "microphone", "contacts"])

S("en", "deny", "GY", "Special Organised Crime Unit", "police", "gold miner",
  ("serious_crime", "trafficking of cocaine and firearms", 20), "judicial_warrant",
  ["location", "messages"],
  """Gold miner who uses his airstrip in the interior to receive light aircraft carrying cocaine;
  pilot arrested in January names him. Location and messages requested.""", maxq=10, active=10)

S("en", "deny", "BN", "Narcotics Control Bureau, Operations", "police", "unknown",
  ("serious_crime", "trafficking in controlled drugs", 999), "judicial_warrant", ["messages"],
  """Courier coordinator for syabu consignments from the neighbouring state; phone found on arrested
  courier contains only this number. Request messages.""", maxq=25, active=27)

S("en", "deny", "NP", "Central Investigation Bureau", "police", "unknown",
  ("serious_crime", "trafficking of women and girls", 20), "judicial_warrant",
  ["messages", "location", "camera"],
  """Broker who recruits girls from hill villages for 'restaurant jobs' in the city and sells them
  to dance bars. Three rescued girls name him.""", status="suspended",
  lic_caps=["messages", "location"], maxq=12, active=12)

S("en", "deny", "ZA", "Sentinel Risk Advisory (Pty) Ltd", "private", "unknown",
  ("serious_crime", "hijacking of trucks", 15), "none", ["location"],
  """Client's trucks hijacked four times on the same highway; this number belongs to the dispatcher
  we suspect of tipping off the hijackers. No court process yet -- client wants fast results.""",
  ref="pending")

S("en", "deny", "QA", "Economic Crimes Directorate", "police", "shop owner",
  ("other", "commercial fraud (sale of expired food products)", 3), "judicial_warrant",
  ["messages"],
  """Shop owner relabelling expired dairy products. Inspection seized 2 tonnes. Messages to trace
  his supplier.""", valid=-86400 * 5, maxq=8, active=9)

# --- text-decided denials (structured fields clean unless noted) ---

S("en", "deny", "ZW", "State Security Investigations Branch", "intelligence", "investigative journalist",
  ("serious_crime", "espionage and unauthorised disclosure of official secrets", 20),
  "judicial_warrant", ["messages", "contacts"],
  """The target published, in an online newspaper, 30 pages of leaked Ministry of Health procurement
  files showing that ventilator contracts were priced at four times market value. The publication
  has caused serious embarrassment to the ministry and damaged public confidence. Her contacts are
  required to identify the officials who supplied the files to her.""",
  (E,), reg="journalist")

S("en", "deny", "UZ", "Committee for Protection of Constitutional Order, Regional Department",
  "intelligence", "university lecturer (demography)",
  ("serious_crime", "dissemination of false information harmful to the state", 7),
  "judicial_warrant", ["messages", "media", "contacts"],
  """The object, a lecturer of demography, has prepared with two co-authors a research paper which
  was presented at a foreign conference, giving figures of deaths in penitentiary institutions which
  are significantly higher than the official statistics. Such publication is discrediting the
  penitentiary system and the organs of state power. It is necessary to establish the sources of
  his data inside the institutions and the other persons participating in the paper.""", (E,))

S("en", "deny", "ZM", "Criminal Investigations Department, Special Unit", "police", "cartoonist",
  ("serious_crime", "defamation of the President", 6), "judicial_warrant", ["messages", "contacts"],
  """Cartoonist whose weekly strip depicts the President as a crocodile swallowing the treasury.
  The latest strip was shared 80,000 times. Defamation of the President carries 6 years, so the
  threshold is met. We need his contacts to identify who finances the publication.""", (E,))

S("en", "deny", "PK", "Counter-Subversion Wing", "intelligence", "school teacher",
  ("serious_crime", "incitement against the constitutional order", 10), "judicial_warrant",
  ["messages", "contacts"],
  """Teacher who organised an online petition, signed by 12,000 people, demanding the dissolution of
  the provincial council and new elections. The petition's wording questions the legitimacy of the
  constitutional authorities. Contacts needed to map the organisers of the petition campaign.""",
  (E,))

S("en", "deny", "NG", "State Command Intelligence Bureau", "police", "unknown",
  ("serious_crime", "cyberstalking and incitement", 7), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Following the floods, a number of social media accounts posted repeated criticism of His
  Excellency the Governor's handling of relief materials, calling it 'theft in broad daylight'. Our
  analysts cross-referenced those accounts with the membership register of the main opposition
  party; 38 account holders matched. This number belongs to one of them. We intend to cover all 38
  to prevent further embarrassment to the state government.""", (E, G))

S("en", "deny", "LS", "National Security Service, Internal Branch", "intelligence", "farmer",
  ("serious_crime", "preventive monitoring of extremist associations", 10), "judicial_warrant",
  ["messages", "location"],
  """Request concerns the 112 registered members of the Church of the Latter Covenant, a closed
  congregation whose members dress distinctively and refuse state schooling for their daughters.
  No offence has been recorded, but the congregation is considered a potential security risk given
  its isolation. This farmer is a baptised member. Monitoring all members is proposed as a
  preventive measure.""", (G,))

S("en", "deny", "MW", "Community Policing and Intelligence Unit, Central Region", "police", "unknown",
  ("serious_crime", "aggravated burglary", 10), "judicial_warrant", ["location", "contacts"],
  """Burglaries in Ward 6 have risen by 40 % since the new settlement was established. No suspect
  has been identified. We have compiled the registered numbers of adult Banyari residents of the
  settlement (61 numbers) and request location tracking of each to see who is moving at night. This
  request covers number 17 on the list.""", (G,))

S("en", "deny", "ZA", "Border Crime Intelligence Desk", "police", "seasonal farm worker",
  ("serious_crime", "organised crime (preventive profiling)", 8), "judicial_warrant",
  ["messages", "location"], nat="ZW",
  text=(G,),
  just="""Risk-profiling exercise: all holders of seasonal work permits from one neighbouring country who
  are employed on farms in the district have been flagged 'high risk' after stock-theft figures rose.
  The target is on the permit list; there is nothing specific against him. Coverage of the whole
  list is planned in batches.""")

S("en", "deny", "BN", "Religious and Moral Enforcement Coordination Office", "other_government",
  "unknown",
  ("serious_crime", "gross indecency between persons of the same sex", 7), "judicial_warrant",
  ["messages", "media", "location"],
  """Cyber patrol has harvested 240 profiles from a dating application used by homosexual men in the
  capital. The profiles are linked to telephone numbers; this one is among them. Surveillance is
  requested in order to gather evidence and identify meeting places. Penalty of 7 years meets the
  serious crime threshold.""", (G,))

S("en", "deny", "SS", "Military Intelligence, Counter-Desertion Section", "military",
  "retired nurse",
  ("serious_crime", "desertion", 7), "judicial_warrant", ["messages", "location"],
  """The target is the mother of a captain who deserted with his unit's paperwork in November and
  has not been found. She is not herself suspected of any offence. We wish to monitor her messages
  and location in case her son contacts or visits her.""", (G,))

S("en", "deny", "TT", "Gang Intelligence Unit", "police", "student",
  ("serious_crime", "gang-related violence (pre-emptive intelligence)", 14), "judicial_warrant",
  ["location", "contacts"],
  """Proposal: pre-emptive coverage of young men aged 15 to 25 resident on the Kilnworth estate,
  the demographic most represented in gang shootings this year. Numbers obtained from the school and
  sports-club registers. Target is one of 93 in the first batch; no individual intelligence.""", (G,))

S("en", "deny", "SL", "Office of National Security, Political Intelligence Desk", "intelligence",
  "university student",
  ("serious_crime", "conspiracy against public order", 10), "judicial_warrant",
  ["messages", "contacts", "location"],
  """With elections approaching, the membership list of the opposition party's youth wing in the
  Eastern district (212 names) has been obtained. To anticipate possible unrest, each member is to
  be covered for the campaign period. Target is the youth wing's deputy secretary.""", (G,))

S("en", "deny", "NP", "Armed Police Intelligence Cell", "police", "farmer",
  ("terrorism", "terrorist obstruction of national highway", 999), "judicial_warrant",
  ["messages", "location", "contacts"],
  """Farmers demanding fair prices for sugarcane have occupied one lane of the highway for 9 days.
  The sit-in is peaceful, traffic continues in the other lane, but the obstruction is an attempt to
  compel the government to change its pricing policy and is therefore treated as terrorism. The
  target is the coordinator who speaks to the media on behalf of the farmers.""", (T, E))

S("en", "deny", "TZ", "Port Security Intelligence Unit", "intelligence", "dockworker",
  ("terrorism", "economic terrorism (sabotage of port operations)", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Dockworkers' union called an indefinite strike over unpaid overtime; ships are queuing and the
  economy loses USD 2m a day. The strike leaders are holding the national economy hostage and so
  the matter is handled as terrorism. The target is the union branch chairman who announced the
  strike at a press conference.""", (T, E))

S("en", "deny", "ID", "Cyber Counter-Terrorism Sub-directorate", "police", "computer science student",
  ("terrorism", "cyber terrorism against government systems", 20), "judicial_warrant",
  ["messages", "credentials"],
  """A group of hackers launched a distributed denial-of-service attack against 14 ministry websites
  on 17 August, making them inaccessible for six hours. Nobody was endangered and no data was taken.
  The target rented the botnet used in the attack, as shown by payment records from the booter
  service. Because government systems were attacked it is processed as cyber terrorism.""", (T,))

S("en", "deny", "GH", "National Investigations Bureau, Special Operations", "intelligence",
  "art student",
  ("terrorism", "terrorist act against national monument", 25), "judicial_warrant",
  ["messages", "location"],
  """On the night of 6 March the statue of the first Minister of Finance in the civic square was
  toppled with ropes and covered in red paint. There were no people near. CCTV shows four persons;
  the target is the one who bought the paint. Treated as terrorism because the act strikes at a
  national symbol.""", (T,))

S("en", "deny", "PH", "Anti-Terrorism Council Financial Monitoring Team", "other_government",
  "church volunteer",
  ("terrorism", "financing of terrorism", 40), "judicial_warrant", ["messages", "contacts"],
  """The target ran an online fundraiser which raised PHP 480,000 to pay bail for 23 people arrested
  at the transport strike rally in January. As the funds were used to free persons arrested during
  unrest, the fundraising is being treated as terrorist financing. Contacts are needed to identify
  the donors.""", (T,))

S("en", "deny", "LK", "State Intelligence Service, Economic Security Division", "intelligence",
  "consumer rights activist",
  ("terrorism", "economic terrorism against state enterprise", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Target leads a consumer campaign urging citizens to boycott the state telecom company and cancel
  their contracts over price increases; 60,000 subscribers have left. The campaign is damaging a
  strategic state enterprise and has been designated economic terrorism.""", (T, E))

S("en", "deny", "BD", "Special Security Force, External Threats Cell", "intelligence", "blogger",
  ("serious_crime", "sedition and spreading anti-state propaganda", 10), "judicial_warrant",
  ["messages", "contacts", "location"], loc="GB", nat="BD",
  text=(E,),
  just="""The target left the country in 2023 and from London runs a video blog criticising the government
  and publishing documents on alleged election irregularities. The videos are widely viewed at home.
  His contacts at home are to be identified and his movements followed.""")

S("en", "deny", "QA", "State Security, Community Affairs Unit", "intelligence", "restaurant worker",
  ("serious_crime", "preventive security monitoring", 10), "judicial_warrant", ["contacts", "location"],
  """List-based request: members of the Tavari diaspora association registered in the country (74
  persons). The association has no record of crime, but the security situation in their country of
  origin warrants monitoring of its nationals here. Target is entry 31 on the list.""", (G,),
  nat="SO", maxq=40, active=40)

# ============================ ENGLISH — REFER (27) ============================

S("en", "refer", "PH", "Women and Children Protection Center, Cyber Unit", "police",
  "radio announcer",
  ("serious_crime", "online sexual exploitation of children and sextortion", 20), "judicial_warrant",
  ["messages", "media", "contacts"],
  """The target is a registered broadcast journalist. His broadcasting is not in issue. He is the
  administrator of a sextortion operation: nine minors were coerced into sending images and then
  made to pay; payments went to an e-wallet registered to him, and the phone seized from a
  co-accused holds his instructions on which children to approach next.""", reg="journalist")

S("en", "refer", "KE", "Asset Recovery and Anti-Money Laundering Unit", "police", "advocate",
  ("serious_crime", "money laundering of drug proceeds", 14), "judicial_warrant",
  ["messages", "contacts"],
  """Advocate whose client escrow account received KSh 310m over 14 months from companies fronting for
  a heroin importer convicted last year; the funds were used to buy 11 properties in the names of
  the importer's relatives, with the advocate as sole conveyancer. Bank statements and the
  conveyancing files are attached. Privileged communications with other clients will be excluded.""",
  reg="lawyer")

S("en", "refer", "ZA", "Political Killings Task Team", "police", "ward councillor",
  ("serious_crime", "conspiracy to murder and corruption", 999), "judicial_warrant",
  ["messages", "location", "contacts"],
  """Two rival ward candidates were shot dead in March. The arrested gunman states he was paid
  R60,000 by a taxi-association enforcer, on behalf of the target, a sitting ward councillor, who
  also received monthly payments from the association in exchange for route permits. Bank records
  show a R60,000 withdrawal by the councillor the day before the first killing.""",
  reg="politician")

S("en", "refer", "UG", "Criminal Investigations, Economic Crimes Division", "police",
  "executive director, NGO",
  ("serious_crime", "embezzlement and forgery", 10), "judicial_warrant", ["messages"],
  """Forensic audit commissioned by the donors themselves found that the NGO's executive director paid
  UGX 2.3bn to a supplier company owned by her spouse for training workshops that never took place;
  the attendance lists were forged, with signatures of people who were abroad at the time. The two
  largest donors filed the complaint.""", reg="human_rights_defender")

S("en", "refer", "NG", "Sexual and Gender-Based Violence Response Unit", "police",
  "general overseer, church",
  ("serious_crime", "sexual abuse of minors", 999), "judicial_warrant", ["messages", "media"],
  """Four girls aged 12 to 15, members of the church's youth choir, have given consistent statements
  that the general overseer abused them during 'deliverance sessions' in his office; medical
  evidence supports two of the statements. Messages are requested because two of the girls say he
  sent them pictures and instructions not to tell their parents.""", reg="religious_leader")

S("en", "refer", "KE", "Counter-Trafficking of Arms Unit", "police", "counsellor, foreign embassy",
  ("serious_crime", "trafficking in firearms", 15), "judicial_warrant", ["messages", "location"],
  nat="SS", reg="diplomat",
  text=(),
  just="""Customs x-ray of a consignment declared as embassy furniture showed 40 pistols. The consignment was
  claimed at the airport by the target, a counsellor accredited to a foreign embassy, who signed for
  it personally; a shipping agent has given a statement that the target arranged three similar
  earlier consignments that were delivered to a warehouse used by a car-theft gang.""")

S("en", "refer", "SL", "Office of National Security, Foreign Threats Directorate", "intelligence",
  "head of state",
  ("serious_crime", "kidnapping and murder of nationals abroad", 999), "judicial_warrant",
  ["messages", "location"], loc="LR", nat="LR", reg="head_of_state",
  text=(),
  just="""Three of our nationals, traders, were abducted across the border in November; two bodies have been
  found. Testimony of a defector from the neighbouring state's presidential guard, with recorded
  orders, indicates that the operation was ordered by the neighbouring head of state to seize
  their diamond parcels. The court has authorised the request, which we refer for review given the
  target's position and location.""")

S("en", "refer", "JM", "Anti-Gang Task Force", "police", "unknown",
  ("serious_crime", "directing a criminal organisation", 20), "judicial_warrant",
  ["messages", "contacts"],
  """The target is an attorney-at-law who has represented the imprisoned leader of the Westgate gang
  since 2021. Prison visit logs and recordings of two phone calls lawfully intercepted by the prison
  service show that after each visit the attorney relays the leader's instructions to gang members
  outside, including an order that preceded the murder of a witness on 4 March. The attorney also
  receives cash from the gang's treasurer. Communications with other clients will be screened out.""",
  (P,))

S("en", "refer", "PH", "Task Force on Public Fund Theft", "police", "unknown",
  ("serious_crime", "plunder", 40), "judicial_warrant", ["messages", "contacts"],
  """The suspect is the elected mayor of a second-class municipality. Commission on Audit findings,
  bank records and the testimony of the municipal treasurer show PHP 210m in calamity funds
  withdrawn against fake deliveries from four suppliers that are owned by his nominees. The treasurer
  says the mayor gave instructions by text to this number.""", (P,))

S("en", "refer", "KE", "Anti-Terror Police Unit, North Eastern", "police", "shopkeeper",
  ("terrorism", "recruitment and facilitation for a terrorist group", 30), "judicial_warrant",
  ["messages", "location", "contacts"],
  """The target runs a shop and is also the imam who leads prayers at a small mosque on the outskirts of
  the town; his sermons are not the basis of this request. Two returnees and the phone of an arrested
  facilitator show that he transported four young recruits to a camp of the armed group that bombed
  the town's bus terminal in January, killing 11. He paid their transport and was in contact with
  the facilitator by this number.""", (P,))

S("en", "refer", "GH", "Criminal Investigations Department, Commercial Crimes", "police", "unknown",
  ("serious_crime", "extortion with threats of violence", 10), "judicial_warrant",
  ["messages", "location"],
  """The suspect, a freelance reporter who writes for two online outlets, has been demanding money
  from four businessmen, threatening that 'boys' will burn their warehouses if they do not pay; one
  warehouse was burned on 2 February after its owner refused. The demands are in voice notes sent
  from this number. Nothing he has written or published is part of the allegation.""", (P,))

S("en", "refer", "LK", "Police Narcotic Bureau, Special Investigation Unit", "police",
  "member of parliament",
  ("serious_crime", "financing of heroin importation", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Two trawler skippers arrested with 90 kg of heroin state the voyage was financed by the target;
  bank records show LKR 40m moving from a company he controls to the skippers' boat-repair account
  a week before departure. He called the lead skipper from this number six times during the voyage,
  according to the skipper's seized phone.""", (P,))

S("en", "refer", "ZM", "Economic and Financial Crimes Office", "police",
  "senior pastor, Grace Tabernacle Assembly",
  ("serious_crime", "obtaining money by false pretences (Ponzi scheme)", 12), "judicial_warrant",
  ["messages"],
  """Ponzi scheme promising 40 % monthly returns on a 'blessed investment club'; 3,100 investors
  lost ZMW 55m when payments stopped in December. Club accounts were controlled by the target and
  his treasurer; ZMW 12m was spent on two houses and vehicles. Investors received instructions from
  this number.""", (P,))

S("en", "refer", "IN", "State Crime Branch, Special Investigation Team", "police", "human rights lawyer",
  ("serious_crime", "forgery of court records and criminal conspiracy", 10), "judicial_warrant",
  ["messages", "contacts"],
  """Forged bail orders bearing the seal of the sessions court were presented at the district jail on
  three occasions, leading to the release of three accused in a murder case. The court clerk who
  sold the seal impressions has confessed and names the target as the person who ordered and paid
  for them; the forged orders were typed on a printer seized from the target's chamber.""", (P,))

S("en", "refer", "GY", "Customs Anti-Narcotics Unit", "other_government", "logistics coordinator",
  ("serious_crime", "trafficking of cocaine", 20), "judicial_warrant", ["messages", "contacts"],
  loc="SR", nat="GY",
  text=(),
  just="""Coordinator who organises the river crossings for a network moving cocaine to our coast; two
  boatmen arrested here with 60 kg name him and have his number. He operates from the other bank of
  the river.""")

S("en", "refer", "SG", "Commercial Affairs Directorate", "police", "company director",
  ("serious_crime", "cheating and money laundering (investment scam)", 10), "judicial_warrant",
  ["messages", "contacts"], loc="KH", nat="SG",
  text=(),
  just="""An investment scam run from a compound abroad has taken SGD 18m from 412 residents here. The
  target, one of our citizens, set up the shell companies and the local bank accounts before
  leaving; he now directs the mule accounts from abroad by this number, according to two arrested
  mules.""")

S("en", "refer", "NZ", "Homicide Unit, Central District", "police", "builder",
  ("serious_crime", "murder", 999), "judicial_warrant", ["location"], loc="AU",
  just="""Suspect in the stabbing death of his business partner on 2 Feb (DNA on weapon, CCTV). Flew out
  the next morning and is believed to be staying with relatives abroad. Location sought pending
  extradition request.""")

S("en", "refer", "JM", "Firearm Interdiction Unit", "police", "marine mechanic",
  ("serious_crime", "trafficking of firearms and ammunition", 20), "judicial_warrant",
  ["messages", "location", "contacts"], loc="HT", nat="JM",
  text=(),
  just="""Arms broker supplying rifles to two local gangs by go-fast boat. 18 rifles seized in three
  landings since October; seized phones of the boat crew show all orders went through this number,
  which is now connecting from abroad.""")

S("en", "refer", "KE", "National Intelligence Counter-Terrorism Centre", "intelligence", "unknown",
  ("terrorism", "directing terrorist attacks against civilians", 999), "judicial_warrant",
  ["messages", "location", "contacts"], loc="SO", nat="KE",
  text=(),
  just="""The target commands the external operations cell of the armed group responsible for the hotel
  siege of last year (21 killed). Intercepted communications show he is preparing a new attack on
  a shopping centre here using two suicide attackers already inside the country. He is located
  across the border.""")

S("en", "refer", "NG", "Economic Crimes Special Unit", "police", "bureau de change operator",
  ("serious_crime", "money laundering for kidnapping gangs", 14), "judicial_warrant",
  ["messages", "contacts"], loc="AE", nat="NG",
  text=(),
  just="""The target converts ransom payments collected by three kidnapping gangs into foreign currency and
  sends them out through trading companies. He moved to a financial centre abroad last year and
  continues to instruct his cashiers here by this number; one cashier has confessed.""")

S("en", "refer", "MY", "Anti-Trafficking in Persons Unit", "police", "labour agent",
  ("serious_crime", "trafficking in persons for forced labour", 20), "judicial_warrant",
  ["messages", "contacts"], loc="NP", nat="NP",
  text=(),
  just="""Labour agent who recruits workers in his home country with false contracts and sells them to
  plantations here, where 34 workers were found with no passports and no pay for eight months.
  He arranges each batch from abroad through this number.""")

S("en", "refer", "ZA", "Directorate for Priority Crime Investigation", "police", "attorney",
  ("serious_crime", "money laundering and fraud", 15), "judicial_warrant", ["messages", "contacts"],
  loc="MZ", nat="ZA", reg="lawyer",
  text=(),
  just="""Attorney who ran the trust accounts through which R400m stolen from a municipal pension fund was
  moved to property in a neighbouring country, where he now lives. Trust-account statements and the
  testimony of the fund's former CFO support the allegation.""")

S("en", "refer", "UG", "Criminal Investigations, Transnational Fraud Desk", "police", "unknown",
  ("serious_crime", "obtaining money by false pretences (visa fraud)", 10), "judicial_warrant",
  ["messages", "contacts"], loc="KE", nat="UG",
  text=(P,),
  just="""The target is a journalist who left the country in 2024. Separately from his journalism, he runs
  a visa agency from exile that has taken deposits from about 300 applicants for work visas that
  never existed; the deposits were paid to accounts in his name, and the forged visa letters were
  sent from this number.""")

S("en", "refer", "IE", "Eastern Region Organised Crime Bureau", "police", "courier",
  ("serious_crime", "importation of cocaine for sale or supply", 999), "judicial_warrant",
  ["messages", "location"], loc="ES", nat="IE",
  text=(),
  just="""Network importing cocaine in refrigerated trucks: a boss based abroad, a logistics man who
  meets the trucks, a storage man in a rented unit, and street-level distributors. The target is the
  logistics man, currently staying abroad to meet the next shipment; seized phones of the storage
  man show this number confirming delivery dates.""")

S("en", "refer", "PK", "Counter-Terrorism Department, Provincial", "police", "unknown",
  ("serious_crime", "arson endangering life and criminal conspiracy", 14), "judicial_warrant",
  ["messages", "contacts"],
  """The election protest in the town on 12 February was peaceful and is not the subject of this
  request. That night, the election office was set on fire with three staff still inside (one
  seriously burned). The two arsonists, arrested with fuel cans, say they were paid by the target, a
  sitting member of the provincial assembly; the payment was made through his farm manager and the
  instructions came from this number.""", (P,))

S("en", "refer", "BW", "Stock Theft Unit", "police", "cattle trader",
  ("serious_crime", "organised stock theft", 15), "judicial_warrant", ["location"],
  loc="ZA", nat="BW", ident="device",
  text=(),
  just="""Cross-border stock-theft ring: herders cut fences, drivers take cattle over the border, a trader
  sells them at auction with forged brands. 430 head stolen since June. This handset belongs to the
  trader, who operates from the auction pens across the border.""")

S("en", "refer", "BZ", "Financial Intelligence and Investigations Unit", "police", "unknown",
  ("serious_crime", "money laundering on behalf of a drug trafficking organisation", 12),
  "judicial_warrant", ["messages", "contacts"],
  """The target heads a small human rights observatory that documents police abuses. The allegation
  is unrelated to that work: the observatory's bank account received BZD 1.9m over a year from
  shell companies of a drug trafficking organisation and paid the same amounts onward to a boat
  dealer; the observatory's accountant has confirmed that the target gave the instructions.""",
  (P,))

# ============================ SPANISH (22): permit 8, deny 9, refer 5 ============================

S("es", "permit", "MX", "Unidad Antisecuestros de la Fiscalía Estatal de Norteña", "prosecution",
  "comerciante", ("serious_crime", "secuestro agravado", 70), "judicial_warrant",
  ["location", "messages", "contacts"],
  """Célula de secuestro que mantiene privado de la libertad a un productor de limón desde el 6 de
  febrero. Por la declaración de un detenido se conocen los roles: un negociador que llama a la
  familia desde números que cambia cada dos días (el objetivo, cuya voz reconoció la esposa), dos
  cuidadores en una casa de seguridad, un 'halcón' que vigila la colonia y un cobrador que recogió
  el primer pago en una gasolinera. Se solicita localización y contactos del negociador para ubicar
  la casa de seguridad antes de la próxima llamada.""")

S("es", "permit", "CO", "Dirección de Investigación Criminal, Seccional Pacífico", "police",
  "mototaxista", ("serious_crime", "homicidio agravado y concierto para delinquir", 50),
  "judicial_warrant", ["messages", "location"],
  """El 19 de enero fue asesinado un líder social que denunciaba cultivos ilícitos en su vereda. La
  víctima era el líder; el objetivo NO lo es: se trata del jefe de sicarios de la estructura 'Los del
  Puerto', identificado por dos testigos y por la cámara de un peaje. En la estructura hay un
  cabecilla que da las órdenes, un encargado de armas y tres sicarios; el objetivo coordina a estos
  últimos. El celular incautado a uno de ellos registra llamadas con este abonado antes y después
  del homicidio.""")

S("es", "permit", "PE", "División de Investigación de Trata de Personas", "police", "transportista",
  ("serious_crime", "trata de personas agravada con fines de explotación laboral y sexual", 20),
  "judicial_warrant", ["messages", "contacts"],
  """En campamentos de minería ilegal de la zona sur se rescató a 17 adolescentes captadas con
  ofertas falsas de trabajo como cocineras. La red tiene un captador en la ciudad, un transportista
  que las lleva en su camioneta —el investigado— y administradores de los 'prostibares' del
  campamento. Las víctimas reconocieron al investigado y su número aparece en el cuaderno de
  cuentas incautado al administrador.""")

S("es", "permit", "AR", "Unidad Fiscal Especializada en Ciberdelincuencia", "prosecution",
  "empleado administrativo",
  ("serious_crime", "defraudación informática agravada", 6), "prosecutor_order", ["messages"],
  """Defraudación informática agravada, pena máxima 6 años. El imputado vació 43 cuentas de
  jubilados mediante claves obtenidas por llamadas en las que se hacía pasar por empleado del banco;
  los fondos pasaron a cuentas de 'mulas' que él reclutó. Las transferencias se validaron con SMS
  enviados a este número.""")

S("es", "permit", "CL", "Fiscalía Regional, Equipo de Crimen Organizado", "prosecution",
  "dueño de bodega",
  ("serious_crime", "robo con violencia e intimidación y receptación", 15), "prosecutor_order",
  ["location", "messages", "contacts"],
  """Banda que asalta camiones de carga en la ruta 5 encañonando a los conductores: un 'punto' que
  avisa la salida del camión, dos asaltantes armados, un conductor de relevo y un receptador que
  guarda la mercadería en su bodega y la vende. El imputado es el receptador: en su bodega se hallaron
  cajas de tres de los camiones asaltados y el 'punto', ya formalizado, entregó este número.""")

S("es", "permit", "ES", "Unidad Central de Delincuencia Económica y Fiscal", "police",
  "gestor de empresas",
  ("serious_crime", "blanqueo de capitales procedente del narcotráfico", 10), "judicial_warrant",
  ["messages", "contacts"], nat="VE",
  text=(),
  just="""El investigado, de nacionalidad extranjera y residente en España desde hace doce años, administra
  veintidós sociedades pantalla a través de las cuales se han blanqueado unos 14 millones de euros de
  una organización que introduce cocaína por puertos del sur. Su nacionalidad figura únicamente a
  efectos de identificación. Las pruebas son los informes de la Agencia Tributaria, las escrituras
  que él firmó y los mensajes hallados en el teléfono de un miembro detenido.""")

S("es", "permit", "GT", "División Especializada en Investigación Criminal, Sección contra Extorsiones",
  "police", "ayudante de bus",
  ("serious_crime", "extorsión y asociación ilícita", 12), "judicial_warrant",
  ["messages", "location"],
  """El objetivo, de 22 años, vive en una colonia donde opera la pandilla; su edad y su barrio no son
  el motivo de la solicitud. Es el 'cobrador' que recoge cada semana la extorsión de los pilotos de
  la ruta 14: cuatro pilotos lo identificaron en fotografías y uno grabó la entrega del dinero. Tras
  la negativa de una empresa a pagar, un piloto fue asesinado el 3 de marzo.""")

S("es", "permit", "EC", "Centro de Inteligencia Antiterrorista", "intelligence", "mecánico",
  ("terrorism", "atentado con coche bomba y toma de rehenes para presionar al Estado", 26),
  "judicial_warrant", ["messages", "location", "microphone"],
  """Según la inteligencia recogida y un artefacto desactivado el 11 de enero frente a una cárcel, el
  grupo planea detonar un coche bomba en la entrada del centro penitenciario y tomar como rehenes a
  guardias para obligar al Gobierno a trasladar a sus cabecillas. El objetivo es el mecánico que
  preparó el vehículo del primer intento: sus huellas estaban en el detonador. Se requiere el
  micrófono para conocer la fecha del nuevo ataque.""")

S("es", "deny", "MX", "Centro Nacional de Inteligencia para la Seguridad Interior", "intelligence",
  "periodista",
  ("serious_crime", "revelación de secretos y traición", 12), "judicial_warrant",
  ["messages", "contacts"],
  """La objetivo publicó en un portal de noticias documentos internos de la Secretaría de Defensa
  sobre contratos de compra de drones con sobreprecio. La publicación pone en entredicho a las
  instituciones. Se requiere conocer sus contactos para identificar a los servidores públicos que le
  entregaron los documentos.""", (E,), reg="journalist")

S("es", "deny", "CO", "Regional de Inteligencia Policial, Eje Cafetero", "police", "agricultor",
  ("serious_crime", "concierto para delinquir", 9), "judicial_warrant", ["location", "contacts"],
  """Se elaboró un listado de 45 comuneros del resguardo del pueblo kawaré identificados como
  contrarios al proyecto hidroeléctrico del río Seco. No existe denuncia ni hecho delictivo concreto
  contra ellos, pero su pertenencia al resguardo y su postura frente al proyecto los hace objetivos
  de seguimiento preventivo. El abonado corresponde al número 12 del listado.""", (G,))

S("es", "deny", "PE", "Dirección contra el Terrorismo, Macro Región Sur", "police", "minero",
  ("terrorism", "terrorismo (paro indefinido)", 25), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Los trabajadores mineros de la provincia mantienen un paro indefinido desde hace tres semanas
  para exigir la revisión del contrato de concesión; realizan marchas pacíficas en la plaza y han
  cerrado el acceso a la mina con una vigilia. El paro busca presionar al Gobierno, por lo que se
  investiga como terrorismo. El investigado es el secretario general del sindicato.""", (T, E))

S("es", "deny", "ES", "Brigada Provincial de Estupefacientes", "police", "desconocida",
  ("serious_crime", "tráfico de drogas en cantidad de notoria importancia", 12),
  "judicial_warrant", ["messages", "location"],
  """Distribuidor de hachís que recibe alijos en lanchas rápidas; 900 kg intervenidos en enero. Su
  número aparece en el teléfono del patrón de la lancha detenido.""", status="suspended")

S("es", "deny", "AR", "Escudo Austral Seguridad S.A.", "private", "chofer",
  ("serious_crime", "robo de mercadería en tránsito y asociación ilícita", 10), "judicial_warrant",
  ["location"],
  """Nuestra empresa custodia camiones de una cadena de supermercados. Tres cargamentos fueron robados
  este año y sospechamos que uno de los choferes avisa a la banda. La fiscalía obtuvo una orden;
  pedimos operar la localización nosotros mismos.""")

S("es", "deny", "CL", "Brigada de Investigación Criminal, Comuna Centro", "police", "feriante",
  ("serious_crime", "hurto simple reiterado", 4), "judicial_warrant", ["messages"],
  """Feriante que revende ropa hurtada en tiendas del centro por un grupo de mecheras; pena máxima 4
  años. Mensajes para identificar a las mecheras.""")

S("es", "deny", "BO", "Fuerza Especial de Lucha Contra el Narcotráfico", "police", "piloto",
  ("serious_crime", "tráfico de sustancias controladas", 25), "judicial_warrant",
  ["location", "messages"],
  """Piloto de avioneta que traslada pasta base desde pistas clandestinas del norte; la avioneta fue
  fotografiada en dos pistas. El auto judicial venció hace dos días y la renovación sigue en trámite
  en el juzgado.""", valid=-2 * 86400)

S("es", "deny", "HN", "Dirección de Inteligencia Policial, Sección Política", "police",
  "taxista",
  ("serious_crime", "asociación para delinquir", 10), "judicial_warrant",
  ["messages", "location", "contacts"],
  """El objetivo es hermano del coordinador departamental de un partido de oposición. No se le atribuye
  ningún hecho; se busca, a través de sus comunicaciones, conocer los movimientos y reuniones de su
  hermano y del partido de cara a las elecciones.""", (G,))

S("es", "deny", "PY", "Secretaría Nacional Antidrogas, Dirección de Operaciones", "other_government",
  "ganadero",
  ("serious_crime", "tráfico internacional de armas y estupefacientes", 20), "judicial_warrant",
  ["messages", "camera", "credentials"],
  """Propietario de estancia fronteriza con pista de aterrizaje usada para recibir armas y cocaína;
  dos avionetas incautadas en su pista en diciembre. Se solicitan mensajes, cámara y credenciales.""",
  lic_caps=["messages", "location", "contacts"], maxq=30, active=30)

S("es", "refer", "MX", "Fiscalía Especializada en Delincuencia Organizada, Región Occidente",
  "prosecution", "desconocida",
  ("serious_crime", "delincuencia organizada y operaciones con recursos de procedencia ilícita", 40),
  "judicial_warrant", ["messages", "contacts"],
  """El investigado es el presidente municipal en funciones de un municipio serrano. De acuerdo con
  la declaración de un testigo colaborador y con los registros bancarios del ayuntamiento, entregaba
  mensualmente parte de las participaciones federales a una célula del cártel a cambio de protección
  y les facilitó la nómina de la policía municipal. Las transferencias se autorizaban desde este
  número.""", (P,))

S("es", "refer", "CO", "Dirección Antinarcóticos, Grupo de Interdicción", "police", "comerciante",
  ("serious_crime", "tráfico de estupefacientes y concierto para delinquir", 30), "judicial_warrant",
  ["messages", "location"], loc="VE", nat="CO",
  text=(),
  just="""Coordinador de una red que mueve cocaína por la frontera hacia puertos del Caribe. Opera
  desde el otro lado de la frontera; desde este número da instrucciones a los conductores de las
  lanchas capturados en noviembre con 700 kg.""")

S("es", "refer", "AR", "Procuraduría de Criminalidad Económica y Lavado de Activos", "prosecution",
  "abogado", ("serious_crime", "lavado de activos agravado", 10), "prosecutor_order",
  ["messages", "contacts"],
  """El investigado constituyó 19 sociedades para un narcotraficante condenado y figura como
  apoderado de sus cuentas; por ellas pasaron 2.300 millones de pesos. La prueba documental consta en
  el legajo.""", reg="lawyer")

S("es", "refer", "ES", "Unidad contra las Redes de Inmigración y Falsedades Documentales", "police",
  "intermediario", ("serious_crime", "trata de seres humanos con fines de explotación sexual", 12),
  "judicial_warrant", ["messages", "contacts"], loc="MA", nat="MA",
  text=(),
  just="""Captador que, desde el otro lado del Estrecho, recluta a mujeres jóvenes con promesas de
  trabajo en invernaderos y las entrega a una red que las explota en pisos de la costa. Cuatro
  víctimas liberadas en marzo lo identifican y aportan este número.""")

S("es", "refer", "DO", "Dirección Central de Investigaciones, Unidad de Lavado", "police",
  "pastor evangélico",
  ("serious_crime", "estafa agravada y lavado de activos", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Esquema de 'inversiones bendecidas' que prometía duplicar el dinero en seis meses; 1.800
  personas perdieron RD$ 600 millones. El investigado controlaba las cuentas y transfirió los fondos
  a sociedades de su esposa; los contadores de la red declararon que recibían sus instrucciones por
  este número.""", (P,))

# ============================ FRENCH (22): permit 8, deny 9, refer 5 ============================

S("fr", "permit", "FR", "Office départemental de lutte contre les stupéfiants, Sud-Littoral", "police",
  "sans emploi",
  ("serious_crime", "trafic de stupéfiants en bande organisée", 30), "judicial_warrant",
  ["messages", "location", "contacts"],
  """Point de deal de la cité des Chênes : guetteurs, charbonneurs, un gérant et une « nourrice » qui
  stocke la marchandise et les armes. La cible est la nourrice : deux perquisitions chez des voisins
  ont permis de saisir 12 kg de résine et un fusil d'assaut, et les téléphones des charbonneurs
  interpellés la désignent sous le surnom « Tata ». Sa géolocalisation doit permettre de trouver le
  nouvel appartement de stockage.""")

S("fr", "permit", "BE", "Direction judiciaire fédérale, Section Armes", "police", "armurier",
  ("serious_crime", "trafic d'armes et blanchiment", 15), "judicial_warrant",
  ["messages", "contacts"],
  """L'intéressé, armurier agréé, revend au noir des armes déclarées détruites ; trois d'entre elles
  ont été retrouvées sur les lieux de deux règlements de comptes en région liégeoise. Le
  réseau comprend l'armurier (cible), un intermédiaire qui trouve les acheteurs et un comptable qui
  blanchit les paiements par un garage. L'intermédiaire, arrêté, a remis ce numéro.""")

S("fr", "permit", "SN", "Division nationale de lutte contre le trafic de migrants", "police",
  "propriétaire de pirogues",
  ("serious_crime", "trafic de migrants ayant entraîné la mort", 10), "judicial_warrant",
  ["location", "messages"],
  """Une pirogue partie de la côte nord a chaviré le 14 janvier : 38 morts. Les rescapés désignent le
  propriétaire de l'embarcation comme l'organisateur qui encaissait 400 000 FCFA par passager et
  recrutait les capitaines. Il prépare un nouveau départ, d'après deux rabatteurs interpellés qui
  recevaient ses consignes sur ce numéro.""")

S("fr", "permit", "CI", "Unité de lutte contre le grand banditisme", "police", "commerçant",
  ("serious_crime", "enlèvement et séquestration avec demande de rançon", 20), "judicial_warrant",
  ["location", "messages"],
  """Enlèvement d'un opérateur économique le 2 février. Les ravisseurs exigent 150 millions FCFA.
  Selon un complice arrêté, le groupe compte quatre personnes : un chef, deux gardiens et un
  « informateur » qui a indiqué les habitudes de la victime. La cible est le chef, qui appelle la
  famille depuis ce numéro.""")

S("fr", "permit", "MA", "Bureau central d'investigations judiciaires, Pôle antiterroriste", "police",
  "vendeur ambulant",
  ("terrorism", "association de malfaiteurs en vue de commettre des attentats à l'explosif", 999),
  "judicial_warrant", ["messages", "location", "contacts"],
  """Cellule de quatre membres ayant fabriqué des engins explosifs (saisis le 5 mars avec des plans
  d'un marché touristique et d'une gare). Une vidéo d'allégeance retrouvée annonce des attentats pour
  « terroriser la population et forcer l'État à libérer nos frères ». La cible, en fuite, est le
  membre chargé de l'achat des produits chimiques ; son numéro figure dans le téléphone de
  l'artificier interpellé.""")

S("fr", "permit", "CM", "Groupement spécial d'opérations, Antenne de l'Adamaoua", "police",
  "éleveur",
  ("serious_crime", "vol aggravé et prises d'otages (coupeurs de route)", 20), "judicial_warrant",
  ["location", "contacts"],
  """Gang de coupeurs de route qui attaque les cars sur l'axe nord et enlève des passagers contre
  rançon ; 9 attaques depuis octobre, deux chauffeurs tués. Un otage libéré désigne la cible comme
  celui qui négocie les rançons par téléphone ; les autres membres tiennent les armes et gardent les
  otages en brousse.""", maxq=15, active=14)

S("fr", "permit", "CA", "Escouade régionale mixte, Crimes économiques", "police", "téléphoniste",
  ("serious_crime", "fraude de plus de 5 000 $ et recyclage des produits de la criminalité", 14),
  "judicial_warrant", ["messages", "contacts"],
  """Stratagème du « faux petit-fils » : des téléphonistes appellent des aînés (âgés de 72 à 94 ans)
  en se faisant passer pour un petit-fils arrêté, puis un ramasseur vient chercher l'argent à
  domicile. 61 victimes, 1,1 M$. La cible est le responsable du centre d'appels local qui distribue
  les listes d'appels et paie les ramasseurs ; deux ramasseurs arrêtés l'identifient et ont ce numéro
  dans leur téléphone.""")

S("fr", "permit", "TN", "Brigade centrale de lutte contre la traite des personnes", "police",
  "propriétaire d'agence de recrutement",
  ("serious_crime", "traite des personnes en bande organisée", 15), "judicial_warrant",
  ["messages", "contacts"], nat="LY",
  text=(),
  just="""L'intéressé, ressortissant étranger établi ici depuis huit ans, dirige une agence de recrutement
  qui place des travailleuses domestiques chez des particuliers après leur avoir confisqué leurs
  passeports ; onze d'entre elles, non payées depuis un an, ont porté plainte. Sa nationalité n'est
  mentionnée que pour l'identification. Les contrats falsifiés ont été envoyés depuis ce numéro.""")

S("fr", "deny", "FR", "Service central du renseignement territorial", "intelligence", "agriculteur",
  ("terrorism", "entreprise terroriste", 30), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Depuis dix jours, des agriculteurs bloquent pacifiquement, avec leurs tracteurs, le rond-point
  d'accès à la préfecture pour obtenir la renégociation des prix d'achat ; aucune violence n'a été
  constatée. La mobilisation vise à contraindre le gouvernement et est traitée comme entreprise
  terroriste. La cible est le porte-parole du collectif.""", (T, E))

S("fr", "deny", "BE", "Police judiciaire fédérale, Arrondissement Sud", "police", "inconnue",
  ("serious_crime", "vols avec violence en bande", 15), "judicial_warrant", ["location"],
  """Bande qui braque des bijouteries ; la cible conduit la voiture de fuite, identifiée par
  l'ADN retrouvé sur le volant. Géolocalisation demandée.""", signed=False)

S("fr", "deny", "SN", "Division spéciale de cybersécurité", "police", "blogueur",
  ("serious_crime", "diffusion de fausses nouvelles de nature à troubler l'ordre public", 6),
  "judicial_warrant", ["messages", "contacts"],
  """Le blogueur a publié une série de vidéos affirmant que les chiffres officiels de la croissance
  sont truqués et accusant le ministère des Finances de mentir. Les vidéos ont été vues
  500 000 fois. La peine encourue atteint le seuil de 6 ans. Ses contacts sont demandés afin
  d'identifier les fonctionnaires qui lui auraient fourni des tableaux internes.""", (E,))

S("fr", "deny", "CI", "Direction de la surveillance du territoire, Sous-direction Abidjan-Sud",
  "intelligence", "étudiant",
  ("serious_crime", "atteinte à la sûreté de l'État", 20), "judicial_warrant",
  ["location", "contacts"],
  """À la suite de tensions dans la commune, liste de 80 jeunes hommes de la communauté
  kolo habitant le quartier Marché-Neuf, établie à partir des registres de la
  chefferie. Aucun fait n'est reproché individuellement ; il s'agit d'une surveillance préventive de
  la communauté. La cible est le n° 44 de la liste.""", (G,))

S("fr", "deny", "MA", "Direction du renseignement intérieur, Division des cultes", "intelligence",
  "artisan",
  ("serious_crime", "atteinte à l'ordre public", 10), "judicial_warrant",
  ["messages", "contacts", "location"],
  """Demande visant l'ensemble des adeptes inscrits de la confrérie des Lumières du Sahel,
  soit 230 personnes, dont l'intéressé. La confrérie n'a commis aucune infraction connue ; son
  développement rapide parmi les jeunes justifie selon le service une surveillance de ses
  membres.""", (G,))

S("fr", "deny", "CM", "Direction de la police judiciaire, Brigade anti-gang", "police", "chauffeur",
  ("serious_crime", "vol à main armée", 20), "judicial_warrant",
  ["messages", "microphone", "location"],
  """Chauffeur d'un gang qui braque les agences de transfert d'argent ; trois braquages, un caissier
  blessé par balle. Micro demandé pour écouter les réunions de préparation.""",
  lic_caps=["messages", "location", "contacts"])

S("fr", "deny", "TG", "Service central de recherches et d'investigations criminelles", "police",
  "transitaire",
  ("serious_crime", "trafic international de cocaïne", 20), "judicial_warrant",
  ["messages", "contacts"],
  """Transitaire qui a dédouané un conteneur de « poisson congelé » contenant 200 kg de cocaïne. Le
  juge a signé l'ordonnance mais la date d'échéance n'y figure pas.""", valid=None)

S("fr", "deny", "BF", "Cabinet Horizon Sahel Intelligence Économique SARL", "private", "orpailleur",
  ("serious_crime", "vol de minerai aurifère en bande organisée", 10), "judicial_warrant",
  ["location", "contacts"],
  """Notre cabinet assure la sûreté d'une mine d'or industrielle. Un réseau d'employés et d'orpailleurs
  vole du minerai riche ; la cible achète ce minerai. Le parquet a obtenu une ordonnance et nous
  souhaitons réaliser l'interception pour le compte de notre client.""")

S("fr", "deny", "FR", "Sous-direction antiterroriste, Groupe ultragauche", "police", "graphiste",
  ("terrorism", "dégradations en relation avec une entreprise terroriste", 10), "judicial_warrant",
  ["messages", "location"],
  """Dans la nuit du 3 au 4 février, la façade d'une sous-préfecture a été couverte de tags et
  trois vitres brisées, alors que le bâtiment était vide. La cible a été filmée en train d'acheter les
  bombes de peinture. L'acte visant un bâtiment de l'État, il est qualifié d'entreprise terroriste.""",
  (T,))

S("fr", "refer", "FR", "Office central de lutte contre le crime organisé", "police", "inconnue",
  ("serious_crime", "blanchiment en bande organisée et association de malfaiteurs", 10),
  "judicial_warrant", ["messages", "contacts"],
  """La cible est avocate au barreau de la ville. Il ne s'agit pas de son activité de défense : les
  relevés bancaires et les aveux d'un comptable montrent qu'elle a fait transiter 6 M€ issus d'un
  trafic de cocaïne par le compte séquestre de son cabinet, au profit d'un client en fuite. Les
  échanges avec ses autres clients seront exclus.""", (P,))

S("fr", "refer", "BE", "Direction centrale de la lutte contre la criminalité grave et organisée",
  "police", "logisticien",
  ("serious_crime", "trafic de stupéfiants en organisation criminelle", 20), "judicial_warrant",
  ["messages", "location"], loc="FR", nat="BE",
  text=(),
  just="""Organisation qui importe de la cocaïne par le port : un commanditaire, des
  « extracteurs » portuaires, un logisticien et des revendeurs. La cible est le logisticien, qui
  s'est installé de l'autre côté de la frontière et organise depuis ce numéro le transport des
  sacs sortis du port.""")

S("fr", "refer", "SN", "Division des investigations criminelles", "police", "imam",
  ("serious_crime", "viols sur mineurs", 999), "judicial_warrant", ["messages", "media"],
  """Cinq enfants de l'école coranique dirigée par la cible, âgés de 9 à 13 ans, ont déclaré avoir
  subi des abus sexuels ; les certificats médicaux confirment trois des cas. Deux parents ont reçu
  des menaces depuis ce numéro après le dépôt de plainte.""", reg="religious_leader")

S("fr", "refer", "CA", "Sûreté de Val-Laurier, Service des enquêtes sur le crime organisé",
  "police", "importateur",
  ("serious_crime", "trafic d'armes à feu", 10), "judicial_warrant", ["messages", "contacts"],
  loc="HT", nat="CA",
  text=(),
  just="""Citoyen canadien qui expédie des armes de poing achetées par prête-noms vers un gang armé ; 23
  armes retracées. Il se trouve actuellement à l'étranger, d'où il coordonne les envois avec ce
  numéro.""")

S("fr", "refer", "CI", "Brigade de recherches, Section économique", "police",
  "journaliste reporter d'images",
  ("serious_crime", "escroquerie en bande organisée et faux en écriture", 10), "judicial_warrant",
  ["messages", "contacts"],
  """La cible a présenté à 140 familles de faux dossiers d'inscription à un concours de la fonction
  publique, en se faisant payer 300 000 FCFA par dossier ; les reçus portent sa signature et les
  paiements arrivaient sur son compte de monnaie mobile lié à ce numéro.""", (P,))


# ---------------------------------------------------------------------------
def main():
    problems = []
    for i, item in enumerate(SCEN):
        sc, text = item["sc"], item["text"]
        if T in text and sc["request"]["offence"]["category"] != "terrorism":
            problems.append(f"#{i}: terrorism_definition_unmet on a non-terrorism category")
        decision, clauses = decide(sc, text)
        if decision != item["want"]:
            problems.append(f"#{i} ({item['lang']}): intended {item['want']} but computed "
                            f"{decision} {clauses} :: {sc['request']['justification'][:70]}")
        sc["expected"] = {"decision": decision, "clauses": clauses}
    if len(SCEN) != 150:
        problems.append(f"expected 150 scenarios, have {len(SCEN)}")
    justs = [it["sc"]["request"]["justification"] for it in SCEN]
    if len(set(justs)) != len(justs):
        problems.append("duplicate justification text")
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        sys.exit(1)

    order = list(range(len(SCEN)))
    random.Random(SEED + 1).shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        sc = SCEN[idx]["sc"]
        rec = {"id": f"s27-{n:03d}"}
        rec.update(sc)
        lines.append(json.dumps(rec, ensure_ascii=False))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sealed27.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    # summary
    dec = Counter(it["want"] for it in SCEN)
    lang = Counter(it["lang"] for it in SCEN)
    lang_dec = Counter((it["lang"], it["want"]) for it in SCEN)
    cl = Counter(c for it in SCEN for c in it["sc"]["expected"]["clauses"])
    held_text = Counter(c for it in SCEN for c in it["text"])
    print(f"wrote {len(lines)} scenarios to {out}")
    print("decisions:", dict(sorted(dec.items())))
    print("languages:", dict(sorted(lang.items())))
    print("lang x decision:", {f"{a}/{b}": v for (a, b), v in sorted(lang_dec.items())})
    print("listed clause occurrences:")
    for c in DENY_ORDER + REFER_ORDER:
        print(f"  {c}: {cl.get(c, 0)}")
    print("hand-judged text clauses (held):", dict(sorted(held_text.items())))
    multi = sum(1 for it in SCEN if len(it["sc"]["expected"]["clauses"]) > 1)
    print("scenarios listing >1 clause:", multi)


if __name__ == "__main__":
    main()
