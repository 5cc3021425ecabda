#!/usr/bin/env python3
"""Validator for sealed4.jsonl (standard library only).

Checks the exchange format of shared/spec/gate-scenarios.md (exact key sets,
types, enums, ISO-8601 UTC timestamps, identifiers), recomputes every clause that
follows from structured fields alone (licence_inactive, non_government_end_user,
purpose_not_permitted, no_legal_basis, capability_out_of_scope, quota_exceeded,
extraterritorial_target, registry-based protected_person) and checks that
`expected` follows the spec's precedence: every deny clause that holds is listed;
when none is listed, the refer clauses that hold; otherwise permit with [].
Text-judged clauses (terrorism_definition_unmet, expression_not_crime,
protected_ground, protected_person from profession/justification) are checked for
plausibility only (category, keyword presence).

Usage: python3 check.py [path/to/file.jsonl]   (exit status 1 on any error)
"""
import datetime as dt
import json
import re
import sys
from collections import Counter

THRESHOLD = 6
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
DECISIONS = {"permit", "deny", "refer"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
ORDER = DENY + REFER
STRUCT_DENY = {"licence_inactive", "non_government_end_user", "purpose_not_permitted",
               "no_legal_basis", "capability_out_of_scope", "quota_exceeded"}

CC = {
    "AE": "971", "AR": "54", "AT": "43", "AU": "61", "BD": "880", "BE": "32", "BF": "226",
    "BJ": "229", "BO": "591", "BY": "375", "CA": "1", "CD": "243", "CH": "41", "CI": "225",
    "CL": "56", "CM": "237", "CO": "57", "CR": "506", "DE": "49", "DO": "1", "DZ": "213",
    "EC": "593", "EG": "20", "ES": "34", "ET": "251", "FR": "33", "GA": "241", "GB": "44",
    "GH": "233", "GT": "502", "HN": "504", "ID": "62", "IE": "353", "IN": "91", "KE": "254",
    "KH": "855", "KZ": "7", "LK": "94", "MA": "212", "MG": "261", "ML": "223", "MR": "222",
    "MX": "52", "MY": "60", "NE": "227", "NG": "234", "NI": "505", "NL": "31", "NO": "47",
    "NZ": "64", "PA": "507", "PE": "51", "PH": "63", "PK": "92", "PL": "48", "PY": "595",
    "RO": "40", "RW": "250", "SA": "966", "SE": "46", "SG": "65", "SN": "221", "SO": "252",
    "SV": "503", "SY": "963", "TG": "228", "TH": "66", "TN": "216", "TR": "90", "TZ": "255",
    "UG": "256", "US": "1", "UY": "598", "VE": "58", "VN": "84", "ZA": "27", "ZM": "260",
    "ZW": "263", "QA": "974", "LB": "961",
}
NANP = {"US": {"202", "212", "312", "404", "713", "305", "602", "405", "214"},
        "CA": {"416", "514", "613", "418", "905", "403", "604"},
        "DO": {"809", "829", "849"}}
KNOWN_COUNTRIES = set(CC) | {"AL", "CN"}

# words that say a person is in a protected category (en / es / fr)
PROTECTED_WORDS = re.compile(
    r"journalis|periodist|reporter|correspondent|\blawyer|solicitor|barrister|\babogad|\bavocat|"
    r"\bthe .{0,12}bar\b|barreau|human rights|derechos humanos|droits de l'homme|droits humains|"
    r"politician|\bmayor\b|\bmaire\b|alcalde|councillor|concejal|conseiller municipal|diputad|"
    r"député|senator|senador|sénateur|member of (?:parliament|national assembly|county assembly)|"
    r"\bMP\b|\bMNA\b|governor|gouverneur|gobernador|head of state|président de la république|"
    r"diplomat|embassy|embajada|ambassade|consul|ambassador|\bimam\b|pastor|\bpriest|prêtre|"
    r"sacerdote|rabbi|rabbin|cleric|bishop|évêque|obispo|religious leader", re.I)

TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
EMAIL = re.compile(r"^email:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
DEVICE = re.compile(r"^device:[A-Za-z0-9._:-]+$")
CC2 = re.compile(r"^[A-Z]{2}$")

KEYS = {
    "": {"id", "now", "licence", "request", "expected"},
    "licence": {"customer_country", "customer_agency", "agency_type", "status",
                "certificate_signed", "capabilities", "max_active_targets", "active_targets"},
    "request": {"target", "offence", "legal_basis", "capabilities", "justification"},
    "target": {"identifier", "location_country", "nationality", "profession", "registry_match"},
    "offence": {"category", "label", "max_penalty_years"},
    "legal_basis": {"type", "reference", "valid_until"},
    "expected": {"decision", "clauses"},
}


def ts(v):
    if not isinstance(v, str) or not TS.match(v):
        raise ValueError("not an ISO-8601 UTC timestamp: %r" % (v,))
    return dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def structural(r):
    lic, req = r["licence"], r["request"]
    off, lb, tgt = req["offence"], req["legal_basis"], req["target"]
    now = ts(r["now"])
    out = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    pen = off["max_penalty_years"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (pen is None or pen < THRESHOLD)):
        out.add("purpose_not_permitted")
    if (lb["type"] == "none" or lb["reference"] is None or not str(lb["reference"]).strip()
            or lb["valid_until"] is None or ts(lb["valid_until"]) <= now):
        out.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        out.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        out.add("quota_exceeded")
    refer = set()
    if tgt["registry_match"] is not None:
        refer.add("protected_person")
    if tgt["location_country"] != lic["customer_country"]:
        refer.add("extraterritorial_target")
    return out, refer


def check_record(r, errs, warn):
    e = errs.append
    for path, keys in KEYS.items():
        obj = r
        for p in ("request.target" if path == "target" else "request.offence" if path == "offence"
                  else "request.legal_basis" if path == "legal_basis" else path).split("."):
            if p:
                obj = obj.get(p) if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            e("%s is not an object" % (path or "record"))
            return
        if set(obj) != keys:
            e("%s keys: missing %s extra %s" % (path or "record", sorted(keys - set(obj)),
                                                 sorted(set(obj) - keys)))
            return
    lic, req, exp = r["licence"], r["request"], r["expected"]
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
    try:
        now = ts(r["now"])
        if now.year != 2026:
            e("now not in 2026")
    except ValueError as x:
        e(str(x))
        return
    # licence
    if not CC2.match(str(lic["customer_country"])) or lic["customer_country"] not in KNOWN_COUNTRIES:
        e("bad customer_country %r" % lic["customer_country"])
    if not isinstance(lic["customer_agency"], str) or not lic["customer_agency"].strip():
        e("customer_agency empty")
    if lic["agency_type"] not in AGENCY_TYPES:
        e("bad agency_type")
    if lic["status"] not in STATUSES:
        e("bad status")
    if not isinstance(lic["certificate_signed"], bool):
        e("certificate_signed not bool")
    for where, caps in (("licence", lic["capabilities"]), ("request", req["capabilities"])):
        if (not isinstance(caps, list) or not caps or len(set(caps)) != len(caps)
                or any(c not in CAPS for c in caps)):
            e("bad %s capabilities %r" % (where, caps))
    if not is_int(lic["max_active_targets"]) or lic["max_active_targets"] < 1:
        e("bad max_active_targets")
    if not is_int(lic["active_targets"]) or lic["active_targets"] < 0:
        e("bad active_targets")
    # target
    for k in ("location_country", "nationality"):
        if not CC2.match(str(tgt[k])) or tgt[k] not in KNOWN_COUNTRIES:
            e("bad %s %r" % (k, tgt[k]))
    if tgt["registry_match"] is not None and tgt["registry_match"] not in REGISTRY:
        e("bad registry_match")
    if not isinstance(tgt["profession"], str) or not tgt["profession"].strip():
        e("profession empty")
    ident = tgt["identifier"]
    if not isinstance(ident, str):
        e("identifier not a string")
    elif ident.startswith("email:"):
        if not EMAIL.match(ident):
            e("bad email identifier %r" % ident)
    elif ident.startswith("device:"):
        if not DEVICE.match(ident):
            e("bad device identifier %r" % ident)
    elif E164.match(ident):
        loc = tgt["location_country"]
        code = CC.get(loc)
        if code is None:
            e("no calling code known for %s" % loc)
        elif not ident[1:].startswith(code):
            e("identifier %s does not carry +%s of %s" % (ident, code, loc))
        elif loc in NANP and ident[2:5] not in NANP[loc]:
            e("identifier %s: area code not of %s" % (ident, loc))
        else:
            # a longer code that also matches would point to another country
            for other, oc in CC.items():
                if other != loc and len(oc) > len(code) and ident[1:].startswith(oc) and oc != "1":
                    e("identifier %s looks like +%s (%s), not %s" % (ident, oc, other, loc))
    else:
        e("identifier neither E.164 nor email:/device: %r" % ident)
    # offence
    if off["category"] not in CATEGORIES:
        e("bad category")
    if not isinstance(off["label"], str) or not off["label"].strip():
        e("label empty")
    pen = off["max_penalty_years"]
    if pen is not None and (not is_int(pen) or pen < 0):
        e("bad max_penalty_years")
    # legal basis
    if lb["type"] not in LB_TYPES:
        e("bad legal_basis.type")
    if lb["reference"] is not None and not isinstance(lb["reference"], str):
        e("reference neither string nor null")
    if lb["valid_until"] is not None:
        try:
            vu = ts(lb["valid_until"])
            delta = vu - now
            if delta > dt.timedelta(0) and not (delta <= dt.timedelta(hours=1) or
                                                dt.timedelta(days=10) <= delta <= dt.timedelta(days=120)):
                e("valid_until filler outside 10-120 days and not a boundary")
        except ValueError as x:
            e(str(x))
    if not isinstance(req["justification"], str) or not req["justification"].strip():
        e("justification empty")
    # expected
    if exp["decision"] not in DECISIONS:
        e("bad decision")
    cl = exp["clauses"]
    if not isinstance(cl, list) or any(c not in ORDER for c in cl):
        e("bad clauses %r" % (cl,))
        return
    if len(set(cl)) != len(cl):
        e("duplicate clauses")
    if cl != [c for c in ORDER if c in cl]:
        e("clauses not in spec order: %r" % cl)
    if errs:
        return
    sdeny, srefer = structural(r)
    listed = set(cl)
    ldeny = listed & set(DENY)
    lrefer = listed & set(REFER)
    # structured deny clauses: listed exactly when they hold
    for c in sorted(STRUCT_DENY):
        if c in sdeny and c not in listed:
            e("structured clause %s holds but is not listed" % c)
        if c in listed and c not in sdeny:
            e("structured clause %s listed but does not hold" % c)
    if "terrorism_definition_unmet" in listed and off["category"] != "terrorism":
        e("terrorism_definition_unmet on a non-terrorism category")
    # precedence
    if ldeny:
        if exp["decision"] != "deny":
            e("deny clauses listed but decision %s" % exp["decision"])
        if lrefer:
            e("refer clauses listed beside deny clauses")
    elif lrefer:
        if exp["decision"] != "refer":
            e("refer clauses listed but decision %s" % exp["decision"])
        if ("extraterritorial_target" in srefer) != ("extraterritorial_target" in lrefer):
            e("extraterritorial_target listing does not match location vs customer country")
        if "protected_person" in srefer and "protected_person" not in lrefer:
            e("registry match but protected_person not listed")
    else:
        if exp["decision"] != "permit":
            e("no clause listed but decision %s" % exp["decision"])
        if srefer:
            e("permit although refer clause holds: %s" % sorted(srefer))
    if not ldeny:
        prof_says = bool(PROTECTED_WORDS.search(tgt["profession"]))
        if prof_says and "protected_person" not in lrefer:
            e("profession %r names a protected category but protected_person is not listed"
              % tgt["profession"])
        if "protected_person" in lrefer and tgt["registry_match"] is None and not (
                prof_says or PROTECTED_WORDS.search(req["justification"])):
            e("protected_person listed without registry, profession or justification support")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "sealed4.jsonl"
    bad = 0
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            errs, warns = [], []
            try:
                r = json.loads(line)
            except json.JSONDecodeError as x:
                print("line %d: invalid JSON: %s" % (n, x))
                bad += 1
                continue
            if not isinstance(r, dict):
                print("line %d: not an object" % n)
                bad += 1
                continue
            expect_id = "s4-%03d" % n
            if r.get("id") != expect_id:
                errs.append("id %r, expected %s" % (r.get("id"), expect_id))
            check_record(r, errs, warns.append)
            for m in errs:
                print("%s (line %d): %s" % (r.get("id"), n, m))
            for m in warns:
                print("%s (line %d): warning: %s" % (r.get("id"), n, m))
            bad += bool(errs)
            recs.append(r)
    if len(recs) != 200:
        print("expected 200 scenarios, found %d" % len(recs))
        bad += 1
    just = Counter(r["request"]["justification"] for r in recs)
    for j, k in just.items():
        if k > 1:
            print("duplicate justification x%d: %.60s" % (k, j))
            bad += 1
    dec = Counter(r["expected"]["decision"] for r in recs if isinstance(r.get("expected"), dict))
    cl = Counter(c for r in recs if isinstance(r.get("expected"), dict) for c in r["expected"]["clauses"])
    print("scenarios: %d  decisions: %s" % (len(recs), dict(sorted(dec.items()))))
    print("clause lines: " + ", ".join("%s=%d" % (c, cl[c]) for c in ORDER))
    if bad:
        print("FAIL: %d problem(s)" % bad)
        sys.exit(1)
    print("OK: format, structured clauses and precedence consistent")


if __name__ == "__main__":
    main()
