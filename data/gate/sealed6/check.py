#!/usr/bin/env python3
"""Validator for sealed6.jsonl (standard library only).

Checks, for every line:
  * exact key sets at every level, JSON types, enums, ids s6-001..s6-200 in order;
  * ISO-8601 UTC timestamps (YYYY-MM-DDTHH:MM:SSZ), `now` in 2026;
  * identifiers: E.164 (calling code must be that of location_country), `email:` or `device:`;
  * recomputes every structured-field clause (licence_inactive, non_government_end_user,
    purpose_not_permitted, no_legal_basis, capability_out_of_scope, quota_exceeded,
    extraterritorial_target, registry-based protected_person) and checks that `expected`
    follows the spec's precedence: deny clauses -> every deny clause listed (structured ones
    exactly as recomputed); else refer clauses (extraterritorial exactly as recomputed,
    protected_person whenever the registry matches); else permit with [];
  * clauses unique and in the spec's order; terrorism_definition_unmet only with category
    terrorism; a text-based protected_person must name a protected role somewhere in the
    profession or justification.
Prints a summary; exits 1 on any error.
Usage: python3 check.py [path/to/sealed6.jsonl]
"""
import collections
import datetime as dt
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "sealed6.jsonl")

CAPS = {"messages", "media", "contacts", "location", "microphone", "camera", "credentials"}
AGENCY = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUS = {"active", "suspended", "revoked", "expired"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state", "diplomat", "religious_leader"}
CATEGORY = {"terrorism", "serious_crime", "other"}
LB = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
DECISION = {"permit", "deny", "refer"}
SPEC_ORDER = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
              "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
              "no_legal_basis", "capability_out_of_scope", "quota_exceeded",
              "protected_person", "extraterritorial_target"]
DENY = set(SPEC_ORDER[:9])
REFER = set(SPEC_ORDER[9:])
TEXT_DENY = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground"}
THRESHOLD = 6

# ITU calling codes (typed independently of the generator)
CALLING = {
    "AE": "971", "AM": "374", "AR": "54", "AZ": "994", "BD": "880", "BE": "32", "BF": "226", "BH": "973",
    "BJ": "229", "BO": "591", "BR": "55", "BY": "375", "CD": "243", "CI": "225", "CL": "56", "CM": "237",
    "CO": "57", "CR": "506", "DE": "49", "DO": "1", "DZ": "213", "EC": "593", "EG": "20", "ES": "34",
    "ET": "251", "FR": "33", "GA": "241", "GB": "44", "GE": "995", "GH": "233", "GM": "220", "GN": "224",
    "GT": "502", "HN": "504", "ID": "62", "IN": "91", "IR": "98", "JO": "962", "KE": "254", "KG": "996",
    "KH": "855", "KW": "965", "KZ": "7", "LB": "961", "LK": "94", "LT": "370", "MA": "212", "MD": "373",
    "ML": "223", "MM": "95", "MR": "222", "MX": "52", "MY": "60", "NE": "227", "NG": "234", "NI": "505",
    "NP": "977", "OM": "968", "PA": "507", "PE": "51", "PH": "63", "PK": "92", "PL": "48", "PY": "595",
    "QA": "974", "RS": "381", "RU": "7", "RW": "250", "SA": "966", "SN": "221", "SO": "252", "SS": "211",
    "SV": "503", "TD": "235", "TG": "228", "TH": "66", "TJ": "992", "TM": "993", "TN": "216", "TR": "90",
    "TZ": "255", "UG": "256", "US": "1", "UZ": "998", "VE": "58", "VN": "84",
}

ROLE_WORDS = ["journalist", "periodista", "journaliste", "reporter", "correspondent", "columnist",
              "lawyer", "advocate", "barrister", "abogado", "avocat", "notario",
              "politician", "político", "parliament", "councilor", "councillor", "candidate", "diputado",
              "député", "alcalde", "mayor", "senator",
              "imam", "pastor", "pasteur", "priest", "sacerdote", "párroco", "cleric", "marabout", "preacher",
              "diplomat", "diplomate", "embassy", "ambassade", "secretary at a foreign",
              "human rights", "derechos humanos", "droits humains", "droits de l'homme", "head of state"]

TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^email:[^@\s]+@[^@\s]+\.[^@\s]+$")
DEVICE = re.compile(r"^device:\S+$")
CC = re.compile(r"^[A-Z]{2}$")

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

STOP = {
    "en": {"the", "and", "of", "to", "in", "is", "his", "he", "was", "with", "from", "by", "on", "for", "has", "this"},
    "es": {"el", "la", "de", "que", "los", "las", "del", "en", "por", "con", "una", "se", "es", "desde", "su", "y"},
    "fr": {"le", "la", "les", "des", "du", "de", "et", "est", "une", "dans", "par", "sur", "au", "aux", "il", "a"},
}

errors = []


def err(sid, msg):
    errors.append("%s: %s" % (sid, msg))


def ts(sid, field, v):
    if not isinstance(v, str) or not TS.match(v):
        err(sid, "%s not ISO-8601 UTC: %r" % (field, v))
        return None
    try:
        return dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        err(sid, "%s not a real date: %r" % (field, v))
        return None


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def lang_of(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if not words:
        return "n/a"
    score = {l: sum(w in s for w in words) for l, s in STOP.items()}
    return max(score, key=score.get)


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("line %d" % n, "blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d" % n, "invalid JSON: %s" % e)
    stats = collections.Counter()
    dec = collections.Counter()
    clause_count = collections.Counter()
    langs = collections.Counter()
    vu_days = []
    boundary = []
    idents = collections.Counter()
    for i, r in enumerate(rows, 1):
        sid = r.get("id", "line %d" % i) if isinstance(r, dict) else "line %d" % i
        if not isinstance(r, dict) or set(r) != KEYS[""]:
            err(sid, "top-level keys %s" % (sorted(r) if isinstance(r, dict) else type(r)))
            continue
        if r["id"] != "s6-%03d" % i:
            err(sid, "id out of sequence (expected s6-%03d)" % i)
        lic, req, exp = r["licence"], r["request"], r["expected"]
        ok = True
        for name, obj in (("licence", lic), ("request", req), ("expected", exp)):
            if not isinstance(obj, dict) or set(obj) != KEYS[name]:
                err(sid, "%s keys %s" % (name, sorted(obj) if isinstance(obj, dict) else obj))
                ok = False
        if not ok:
            continue
        tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
        for name, obj in (("target", tgt), ("offence", off), ("legal_basis", lb)):
            if not isinstance(obj, dict) or set(obj) != KEYS[name]:
                err(sid, "%s keys %s" % (name, sorted(obj) if isinstance(obj, dict) else obj))
                ok = False
        if not ok:
            continue
        now = ts(sid, "now", r["now"])
        if now and now.year != 2026:
            err(sid, "now not in 2026")
        # licence
        if not isinstance(lic["customer_country"], str) or not CC.match(lic["customer_country"]):
            err(sid, "customer_country")
        if not isinstance(lic["customer_agency"], str) or not lic["customer_agency"].strip():
            err(sid, "customer_agency")
        if lic["agency_type"] not in AGENCY:
            err(sid, "agency_type %r" % lic["agency_type"])
        if lic["status"] not in STATUS:
            err(sid, "status %r" % lic["status"])
        if not isinstance(lic["certificate_signed"], bool):
            err(sid, "certificate_signed not bool")
        for fld in ("capabilities",):
            for where, caps in (("licence", lic[fld]), ("request", req[fld])):
                if not isinstance(caps, list) or not caps or any(c not in CAPS for c in caps) or len(set(caps)) != len(caps):
                    err(sid, "%s capabilities invalid: %r" % (where, caps))
        for fld in ("max_active_targets", "active_targets"):
            if not is_int(lic[fld]) or lic[fld] < 0:
                err(sid, "%s not a non-negative int" % fld)
        # target
        ident = tgt["identifier"]
        idents[ident] += 1
        if not isinstance(ident, str):
            err(sid, "identifier type")
        elif ident.startswith("+"):
            if not E164.match(ident):
                err(sid, "identifier not E.164: %r" % ident)
            else:
                code = CALLING.get(tgt["location_country"])
                if code is None or not ident[1:].startswith(code):
                    err(sid, "E.164 calling code does not match location_country %s" % tgt["location_country"])
        elif not (EMAIL.match(ident) or DEVICE.match(ident)):
            err(sid, "identifier format: %r" % ident)
        for fld in ("location_country", "nationality"):
            if not isinstance(tgt[fld], str) or not CC.match(tgt[fld]):
                err(sid, "target %s" % fld)
        if not isinstance(tgt["profession"], str) or not tgt["profession"].strip():
            err(sid, "profession")
        if tgt["registry_match"] is not None and tgt["registry_match"] not in REGISTRY:
            err(sid, "registry_match %r" % tgt["registry_match"])
        # offence
        if off["category"] not in CATEGORY:
            err(sid, "category %r" % off["category"])
        if not isinstance(off["label"], str) or not off["label"].strip():
            err(sid, "label")
        pen = off["max_penalty_years"]
        if pen is not None and (not is_int(pen) or pen < 0):
            err(sid, "max_penalty_years %r" % pen)
        # legal basis
        if lb["type"] not in LB:
            err(sid, "legal_basis.type %r" % lb["type"])
        if lb["reference"] is not None and not isinstance(lb["reference"], str):
            err(sid, "reference type")
        vu = None
        if lb["valid_until"] is not None:
            vu = ts(sid, "valid_until", lb["valid_until"])
        if not isinstance(req["justification"], str):
            err(sid, "justification type")
        # expected
        d, cl = exp["decision"], exp["clauses"]
        if d not in DECISION:
            err(sid, "decision %r" % d)
            continue
        if not isinstance(cl, list) or any(c not in SPEC_ORDER for c in cl):
            err(sid, "clauses invalid %r" % cl)
            continue
        if len(set(cl)) != len(cl):
            err(sid, "duplicate clauses")
        if cl != sorted(cl, key=SPEC_ORDER.index):
            err(sid, "clauses not in spec order: %r" % cl)
        if now is None:
            continue
        # recompute structured clauses
        sd = set()
        if lic["status"] != "active" or lic["certificate_signed"] is not True:
            sd.add("licence_inactive")
        if lic["agency_type"] == "private":
            sd.add("non_government_end_user")
        if off["category"] == "other" or (off["category"] == "serious_crime" and (pen is None or pen < THRESHOLD)):
            sd.add("purpose_not_permitted")
        ref = lb["reference"]
        if lb["type"] == "none" or ref is None or not ref.strip() or vu is None or vu <= now:
            sd.add("no_legal_basis")
        if any(c not in lic["capabilities"] for c in req["capabilities"]):
            sd.add("capability_out_of_scope")
        if lic["active_targets"] >= lic["max_active_targets"]:
            sd.add("quota_exceeded")
        extra = lic["customer_country"] != tgt["location_country"]
        registry = tgt["registry_match"] is not None
        td = set(cl) & TEXT_DENY
        if "terrorism_definition_unmet" in td and off["category"] != "terrorism":
            err(sid, "terrorism_definition_unmet without category terrorism")
        if sd or td:
            if d != "deny":
                err(sid, "deny clause(s) hold %s but decision is %s" % (sorted(sd | td), d))
            if set(cl) & REFER:
                err(sid, "refer clause listed on a deny")
            if set(cl) & (DENY - TEXT_DENY) != sd:
                err(sid, "structured deny clauses %r, recomputed %r" % (sorted(set(cl) & (DENY - TEXT_DENY)), sorted(sd)))
        elif extra or registry or "protected_person" in cl:
            if d != "refer":
                err(sid, "refer expected, got %s" % d)
            if not set(cl) <= REFER:
                err(sid, "non-refer clause on a refer")
            if ("extraterritorial_target" in cl) != extra:
                err(sid, "extraterritorial_target listed=%s recomputed=%s" % ("extraterritorial_target" in cl, extra))
            if registry and "protected_person" not in cl:
                err(sid, "registry match but protected_person missing")
            if "protected_person" in cl and not registry:
                hay = (tgt["profession"] + " " + req["justification"]).lower()
                if not any(w in hay for w in ROLE_WORDS):
                    err(sid, "text-based protected_person without any protected role named")
                stats["protected_person_text_based"] += 1
        else:
            if d != "permit" or cl != []:
                err(sid, "permit with [] expected, got %s %r" % (d, cl))
        # filler statistics
        if vu is not None:
            days = (vu - now).total_seconds() / 86400
            vu_days.append(days)
            if not (10 <= days <= 121):
                boundary.append("%s valid_until %+.5f days" % (sid, days))
        if lic["active_targets"] >= lic["max_active_targets"] - 1:
            boundary.append("%s quota %d/%d" % (sid, lic["active_targets"], lic["max_active_targets"]))
        if pen is not None and 5 <= pen <= 6:
            boundary.append("%s penalty %d (%s)" % (sid, pen, off["category"]))
        dec[d] += 1
        for c in cl:
            clause_count[c] += 1
        langs[lang_of(req["justification"])] += 1
        stats["category_" + off["category"]] += 1
        stats["agency_" + lic["agency_type"]] += 1
        stats["identifier_" + ("phone" if ident.startswith("+") else ident.split(":")[0])] += 1
        if registry:
            stats["registry_match"] += 1
        if extra:
            stats["target_abroad"] += 1
        if tgt["nationality"] != tgt["location_country"]:
            stats["nationality_differs_from_location"] += 1
    dup = [k for k, v in idents.items() if v > 1]
    if dup:
        err("set", "duplicate identifiers: %r" % dup)
    n = len(rows)
    print("file: %s" % PATH)
    print("scenarios: %d" % n)
    print("decisions: %s" % ", ".join("%s %d (%.0f%%)" % (k, dec[k], 100.0 * dec[k] / max(n, 1)) for k in ("permit", "deny", "refer")))
    print("clauses: %s" % ", ".join("%s %d" % (c, clause_count[c]) for c in SPEC_ORDER))
    print("justification language (stop-word estimate): %s" % dict(sorted(langs.items())))
    print("other: %s" % dict(sorted(stats.items())))
    if vu_days:
        print("valid_until - now (days): min %.5f, max %.2f" % (min(vu_days), max(vu_days)))
    print("boundary cases (%d):" % len(boundary))
    for b in boundary:
        print("   " + b)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all %d scenarios valid; structured clauses and precedence consistent with the spec." % n)


if __name__ == "__main__":
    main()
