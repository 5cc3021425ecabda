#!/usr/bin/env python3
"""Validator for sealed5.jsonl (standard library only).

Checks the exchange format of shared/spec/gate-scenarios.md and recomputes every
clause that depends only on structured fields:
  licence_inactive, non_government_end_user, purpose_not_permitted, no_legal_basis,
  capability_out_of_scope, quota_exceeded, extraterritorial_target and the
  registry-based protected_person.
Text-based clauses (terrorism_definition_unmet, expression_not_crime,
protected_ground, protected_person stated in profession/justification) cannot be
recomputed; the checker verifies they are allowed where they appear and that the
decision follows the precedence deny > refer > permit with the clause list in spec order.

Usage: python3 check.py [sealed5.jsonl]     exit status 0 = pass
"""
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

THRESHOLD = 6
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUS = {"active", "suspended", "revoked", "expired"}
CATEGORY = {"terrorism", "serious_crime", "other"}
LBTYPE = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
DENY_ORDER = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
              "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
              "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER_ORDER = ["protected_person", "extraterritorial_target"]
ORDER = DENY_ORDER + REFER_ORDER
TEXT_DENY = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground"}

CALLING = {
    "AE": "971", "AL": "355", "AT": "43", "AU": "61", "AZ": "994", "BD": "880", "BE": "32",
    "BF": "226", "BJ": "229", "BY": "375", "CA": "1", "CD": "243", "CH": "41", "CI": "225",
    "CM": "237", "CN": "86", "CO": "57", "DE": "49", "DO": "1", "DZ": "213", "EG": "20",
    "ES": "34", "ET": "251", "FR": "33", "GA": "241", "GB": "44", "GH": "233", "GR": "30",
    "GT": "502", "HN": "504", "HU": "36", "ID": "62", "IN": "91", "IT": "39", "JO": "962",
    "KE": "254", "KZ": "7", "LB": "961", "MA": "212", "ML": "223", "MX": "52", "MY": "60",
    "NE": "227", "NG": "234", "NL": "31", "NP": "977", "PA": "507", "PE": "51", "PH": "63",
    "PK": "92", "PL": "48", "QA": "974", "RU": "7", "RW": "250", "SA": "966", "SG": "65",
    "SN": "221", "SO": "252", "SV": "503", "SY": "963", "TG": "228", "TH": "66", "TN": "216",
    "TR": "90", "UA": "380", "UG": "256", "US": "1", "VE": "58", "YE": "967", "ZA": "27",
    "ZM": "260", "ZW": "263",
}

KEYS = {
    "": {"id", "now", "licence", "request", "expected"},
    "licence": {"customer_country", "customer_agency", "agency_type", "status", "certificate_signed",
                "capabilities", "max_active_targets", "active_targets"},
    "request": {"target", "offence", "legal_basis", "capabilities", "justification"},
    "target": {"identifier", "location_country", "nationality", "profession", "registry_match"},
    "offence": {"category", "label", "max_penalty_years"},
    "legal_basis": {"type", "reference", "valid_until"},
    "expected": {"decision", "clauses"},
}
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^email:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
DEVICE = re.compile(r"^device:[A-Za-z0-9._:-]+$")
CC = re.compile(r"^[A-Z]{2}$")


def ts(s):
    if not isinstance(s, str) or not TS.match(s):
        raise ValueError(f"bad timestamp {s!r}")
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def structured(r):
    lic, req = r["licence"], r["request"]
    out = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    off = req["offence"]
    pen = off["max_penalty_years"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (pen is None or pen < THRESHOLD)):
        out.add("purpose_not_permitted")
    lb = req["legal_basis"]
    ref, vu = lb["reference"], lb["valid_until"]
    if lb["type"] == "none" or ref is None or not ref.strip() or vu is None or ts(vu) <= ts(r["now"]):
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


def check_record(r, errs, notes):
    rid = r.get("id", "?")

    def err(msg):
        errs.append(f"{rid}: {msg}")

    # exact key sets
    def keys(obj, name):
        if not isinstance(obj, dict):
            err(f"{name or 'record'} is not an object")
            return False
        if set(obj) != KEYS[name]:
            err(f"{name or 'record'} keys {sorted(obj)} != {sorted(KEYS[name])}")
            return False
        return True

    if not keys(r, ""):
        return None
    lic, req, exp = r["licence"], r["request"], r["expected"]
    ok = keys(lic, "licence") & keys(req, "request") & keys(exp, "expected")
    if not ok:
        return None
    ok = keys(req["target"], "target") & keys(req["offence"], "offence") & keys(req["legal_basis"], "legal_basis")
    if not ok:
        return None
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]

    if not isinstance(rid, str) or not re.fullmatch(r"s5-\d{3}", rid):
        err("bad id")
    try:
        now = ts(r["now"])
        if now.year != 2026:
            err("now not in 2026")
    except ValueError as e:
        err(str(e))
        return None
    # licence
    for k in ("customer_country",):
        if not isinstance(lic[k], str) or not CC.match(lic[k]) or lic[k] not in CALLING:
            err(f"licence.{k} {lic[k]!r}")
    if not isinstance(lic["customer_agency"], str) or not lic["customer_agency"].strip():
        err("customer_agency empty")
    if lic["agency_type"] not in AGENCY:
        err(f"agency_type {lic['agency_type']!r}")
    if lic["status"] not in STATUS:
        err(f"status {lic['status']!r}")
    if not isinstance(lic["certificate_signed"], bool):
        err("certificate_signed not bool")
    for name, caps in (("licence", lic["capabilities"]), ("request", req["capabilities"])):
        if not isinstance(caps, list) or not caps or any(c not in CAPS for c in caps) or len(set(caps)) != len(caps):
            err(f"{name}.capabilities invalid: {caps!r}")
    if not is_int(lic["max_active_targets"]) or lic["max_active_targets"] < 1:
        err("max_active_targets")
    if not is_int(lic["active_targets"]) or lic["active_targets"] < 0:
        err("active_targets")
    # target
    for k in ("location_country", "nationality"):
        if not isinstance(tgt[k], str) or not CC.match(tgt[k]) or tgt[k] not in CALLING:
            err(f"target.{k} {tgt[k]!r}")
    ident = tgt["identifier"]
    if not isinstance(ident, str):
        err("identifier not a string")
    elif ident.startswith("+"):
        if not E164.match(ident):
            err(f"identifier not E.164: {ident}")
        elif tgt["location_country"] in CALLING and not ident[1:].startswith(CALLING[tgt["location_country"]]):
            err(f"phone {ident} does not carry the calling code of {tgt['location_country']}")
    elif ident.startswith("email:"):
        if not EMAIL.match(ident):
            err(f"bad email identifier {ident}")
    elif ident.startswith("device:"):
        if not DEVICE.match(ident):
            err(f"bad device identifier {ident}")
    else:
        err(f"identifier of unknown kind {ident}")
    if not isinstance(tgt["profession"], str) or not tgt["profession"].strip():
        err("profession empty")
    if tgt["registry_match"] is not None and tgt["registry_match"] not in REGISTRY:
        err(f"registry_match {tgt['registry_match']!r}")
    # offence
    if off["category"] not in CATEGORY:
        err(f"category {off['category']!r}")
    if not isinstance(off["label"], str) or not off["label"].strip():
        err("label empty")
    pen = off["max_penalty_years"]
    if pen is not None and (not is_int(pen) or pen < 0 or pen > 999):
        err(f"max_penalty_years {pen!r}")
    # legal basis
    if lb["type"] not in LBTYPE:
        err(f"legal_basis.type {lb['type']!r}")
    if lb["reference"] is not None and not isinstance(lb["reference"], str):
        err("reference type")
    if lb["valid_until"] is not None:
        try:
            vu = ts(lb["valid_until"])
        except ValueError as e:
            err(str(e))
            return None
    if not isinstance(req["justification"], str) or not req["justification"].strip():
        err("justification empty")
    # expected
    dec, cl = exp["decision"], exp["clauses"]
    if dec not in ("permit", "deny", "refer"):
        err(f"decision {dec!r}")
        return None
    if not isinstance(cl, list) or any(c not in ORDER for c in cl):
        err(f"clauses invalid {cl!r}")
        return None
    if len(set(cl)) != len(cl):
        err("duplicate clause")
    if cl != sorted(cl, key=ORDER.index):
        err(f"clauses not in spec order: {cl}")
    if errs and errs[-1].startswith(rid):
        return None

    st = structured(r)
    st_deny = st & set(DENY_ORDER)
    st_refer = st & set(REFER_ORDER)
    listed = set(cl)
    deny_listed = listed & set(DENY_ORDER)
    refer_listed = listed & set(REFER_ORDER)
    text_listed = deny_listed - st_deny

    # precedence
    if deny_listed:
        if dec != "deny":
            err(f"deny clauses listed but decision {dec}")
        if refer_listed:
            err("refer clauses listed beside deny clauses")
    elif refer_listed:
        if dec != "refer":
            err(f"refer clauses only but decision {dec}")
    elif dec != "permit":
        err(f"no clauses but decision {dec}")
    # structured deny clauses: each must be listed iff it holds
    for c in DENY_ORDER:
        if c in TEXT_DENY:
            continue
        if c in st and c not in listed:
            err(f"structured clause {c} holds but is not listed")
        if c in listed and c not in st:
            err(f"clause {c} listed but the fields do not make it hold")
    if "terrorism_definition_unmet" in listed and off["category"] != "terrorism":
        err("terrorism_definition_unmet on a non-terrorism category")
    # refer layer, only when no deny clause
    if not deny_listed:
        if "extraterritorial_target" in st and "extraterritorial_target" not in listed:
            err("extraterritorial target not listed")
        if "extraterritorial_target" in listed and "extraterritorial_target" not in st:
            err("extraterritorial_target listed but target is inside the customer's country")
        if tgt["registry_match"] is not None and "protected_person" not in listed:
            err("registry match but protected_person not listed")
        if "protected_person" in listed and tgt["registry_match"] is None:
            notes["protected_person from profession/justification"].append(rid)
    if dec == "permit" and (st or cl):
        err(f"permit although {sorted(st)} hold")
    # filler conventions
    if lb["valid_until"] is not None and "no_legal_basis" not in st:
        days = (ts(lb["valid_until"]) - now).total_seconds() / 86400
        if not 10 <= days <= 120:
            notes["valid_until boundary (outside 10-120 days, still valid)"].append(f"{rid} ({days:.3f} d)")
    if lic["active_targets"] == lic["max_active_targets"] - 1:
        notes["quota boundary: one slot left"].append(rid)
    if pen == THRESHOLD and off["category"] == "serious_crime":
        notes["penalty exactly at threshold"].append(rid)
    for c in text_listed:
        notes[f"text clause {c}"].append(rid)
    return dec, tuple(cl)


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sealed5.jsonl")
    errs, notes = [], collections.defaultdict(list)
    recs = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {n}: blank line")
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: {e}")
    ids = [r.get("id") for r in recs]
    want = [f"s5-{i:03d}" for i in range(1, 201)]
    if len(recs) != 200:
        errs.append(f"{len(recs)} records, expected 200")
    if sorted(i for i in ids if isinstance(i, str)) != want:
        errs.append("ids are not exactly s5-001..s5-200")
    dup_j = [j for j, k in collections.Counter(r["request"]["justification"] for r in recs
                                                if isinstance(r.get("request"), dict)).items() if k > 1]
    if dup_j:
        errs.append(f"{len(dup_j)} duplicated justifications")
    results = []
    for r in recs:
        res = check_record(r, errs, notes)
        if res:
            results.append(res)
    dec = collections.Counter(d for d, _ in results)
    per = collections.Counter(c for _, cl in results for c in cl)
    sets = collections.Counter(results)
    print(f"{path.name}: {len(recs)} records")
    print("decisions:", {k: dec[k] for k in ("permit", "deny", "refer")})
    print("lines per clause:", {c: per[c] for c in ORDER})
    print("clause sets:")
    for (d, cl), k in sorted(sets.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        print(f"  {k:3d} {d:6s} {', '.join(cl) if cl else '[]'}")
    for k, v in sorted(notes.items()):
        print(f"note: {k}: {len(v)}" + (f" -> {', '.join(v)}" if len(v) <= 8 else ""))
    if errs:
        print(f"FAIL: {len(errs)} problem(s)")
        for e in errs:
            print("  " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
