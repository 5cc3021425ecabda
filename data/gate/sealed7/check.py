#!/usr/bin/env python3
"""Validator for sealed7.jsonl (standard library only).

Checks the exchange format of shared/spec/gate-scenarios.md and recomputes every clause
that follows from structured fields; clauses that need reading the justification
(terrorism_definition_unmet, expression_not_crime, protected_ground, text/profession-based
protected_person) are taken from `expected` but checked for consistency.
Exit status 0 when every line passes.  Usage: python3 check.py [file]
"""
import json
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ORDER = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
         "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
         "no_legal_basis", "capability_out_of_scope", "quota_exceeded",
         "protected_person", "extraterritorial_target"]
DENY = set(ORDER[:9])
REFER = set(ORDER[9:])
TEXT_DENY = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
THRESHOLD = 6
CALLING = {
    "AE": "971", "AL": "355", "AR": "54", "BE": "32", "BF": "226", "BH": "973", "BJ": "229",
    "BO": "591", "CI": "225", "CL": "56", "CM": "237", "CN": "86", "CO": "57", "DZ": "213",
    "EC": "593", "ES": "34", "FR": "33", "GB": "44", "GH": "233", "GN": "224", "GR": "30",
    "GT": "502", "HN": "504", "HU": "36", "ID": "62", "IN": "91", "JO": "962", "KE": "254",
    "KH": "855", "MA": "212", "ML": "223", "MX": "52", "MY": "60", "NG": "234", "PE": "51",
    "PH": "63", "PK": "92", "PL": "48", "PY": "595", "SN": "221", "SO": "252", "TG": "228",
    "TH": "66", "UG": "256", "US": "1", "UY": "598", "VE": "58", "ZA": "27", "NE": "227",
    "DE": "49", "CH": "41", "SV": "503", "CD": "243", "TN": "216", "GA": "241",
}
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^email:[^@\s]+@[^@\s]+\.[a-z]{2,}$")
DEVICE = re.compile(r"^device:[A-Za-z0-9-]+$")
CC = re.compile(r"^[A-Z]{2}$")
# words that state a protected role (for a sanity check of text/profession-based referrals)
ROLE_WORDS = re.compile(
    r"journalist|reporter|editor|newspaper|periodista|locutor|journaliste|lawyer|advocate|abogad|avocat|"
    r"human.rights|droits humains|derechos humanos|mla|member of the sejm|member of parliament|d[ée]put|"
    r"diputad|mayor|maire|alcalde|conseiller municipal|minist|head of state|diplomat|c[oó]nsul|"
    r"imam|pastor|priest|sacerdote|pr[eê]tre|rabbi|bishop", re.I)

LANG_HINTS = {
    "es": {" el ", " la ", " de ", " que ", " los ", " del ", " con ", " por ", " una ", " su ", " y ", " las ", " se ", " a ", " desde ", " es "},
    "fr": {" le ", " la ", " de ", " les ", " des ", " du ", " une ", " est ", " pour ", " sur ", " et ", " nous ", " il ", " elle ", " par ", " ses "},
    "en": {" the ", " of ", " and ", " to ", " from ", " his ", " her ", " is ", " in ", " on "},
}


def parse_ts(v):
    if not isinstance(v, str) or not TS.match(v):
        raise ValueError("bad timestamp %r" % (v,))
    return datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def guess_lang(text):
    t = " " + re.sub(r"[^\wÀ-ÿ']+", " ", text.lower()) + " "
    score = {k: sum(t.count(w) for w in ws) for k, ws in LANG_HINTS.items()}
    score["en"] += 0.5 * bool(re.search(r"\b(the|and|with|from|was|his|her)\b", t))
    if any(ch in text for ch in "ñ¿¡"):
        score["es"] += 2
    if re.search(r"\b(le|les|des|du|une|est|aux|cette|au)\b|\b[dl]'[a-zéèêàâîôh]", text.lower()):
        score["fr"] += 2
    return max(["en", "fr", "es"], key=lambda k: score[k])  # ties -> en


def check_line(i, rec, errs):
    def err(msg):
        errs.append("line %d (%s): %s" % (i, rec.get("id") if isinstance(rec, dict) else "?", msg))

    def keys(obj, want, where):
        if not isinstance(obj, dict):
            err("%s is not an object" % where)
            return False
        if set(obj) != set(want):
            err("%s keys %s != %s" % (where, sorted(obj), sorted(want)))
            return False
        return True

    if not keys(rec, ["id", "now", "licence", "request", "expected"], "top"):
        return None
    lic, req, exp = rec["licence"], rec["request"], rec["expected"]
    ok = keys(lic, ["customer_country", "customer_agency", "agency_type", "status", "certificate_signed",
                    "capabilities", "max_active_targets", "active_targets"], "licence")
    ok &= keys(req, ["target", "offence", "legal_basis", "capabilities", "justification"], "request")
    ok &= keys(exp, ["decision", "clauses"], "expected")
    if not ok:
        return None
    tg, off, lb = req["target"], req["offence"], req["legal_basis"]
    ok = keys(tg, ["identifier", "location_country", "nationality", "profession", "registry_match"], "target")
    ok &= keys(off, ["category", "label", "max_penalty_years"], "offence")
    ok &= keys(lb, ["type", "reference", "valid_until"], "legal_basis")
    if not ok:
        return None

    # --- types and enums
    try:
        now = parse_ts(rec["now"])
        if now.year != 2026:
            err("now not in 2026")
    except ValueError as e:
        err(str(e))
        return None
    for k in ("customer_country",):
        if not isinstance(lic[k], str) or not CC.match(lic[k]):
            err("bad %s" % k)
    if not isinstance(lic["customer_agency"], str) or not lic["customer_agency"].strip():
        err("bad customer_agency")
    if lic["agency_type"] not in AGENCY_TYPES:
        err("bad agency_type")
    if lic["status"] not in STATUSES:
        err("bad status")
    if not isinstance(lic["certificate_signed"], bool):
        err("certificate_signed not bool")
    for k in ("max_active_targets", "active_targets"):
        if not isinstance(lic[k], int) or isinstance(lic[k], bool) or lic[k] < 0:
            err("bad %s" % k)
    for where, caps in (("licence", lic["capabilities"]), ("request", req["capabilities"])):
        if not isinstance(caps, list) or not caps or len(set(caps)) != len(caps) or any(c not in CAPS for c in caps):
            err("bad %s capabilities %r" % (where, caps))
    for k in ("location_country", "nationality"):
        if not isinstance(tg[k], str) or not CC.match(tg[k]):
            err("bad target %s" % k)
    ident = tg["identifier"]
    if not isinstance(ident, str):
        err("identifier not string")
    elif ident.startswith("+"):
        if not E164.match(ident):
            err("identifier not E.164")
        else:
            code = CALLING.get(tg["location_country"])
            if code is None or not ident[1:].startswith(code):
                err("phone %s does not carry calling code of %s" % (ident, tg["location_country"]))
    elif not (EMAIL.match(ident) or DEVICE.match(ident)):
        err("bad identifier %r" % ident)
    if not isinstance(tg["profession"], str) or not tg["profession"].strip():
        err("bad profession")
    if tg["registry_match"] is not None and tg["registry_match"] not in REGISTRY:
        err("bad registry_match")
    if off["category"] not in CATEGORIES:
        err("bad category")
    if not isinstance(off["label"], str) or not off["label"].strip():
        err("bad label")
    pen = off["max_penalty_years"]
    if pen is not None and (not isinstance(pen, int) or isinstance(pen, bool) or pen < 0):
        err("bad max_penalty_years")
    if lb["type"] not in LB_TYPES:
        err("bad legal_basis.type")
    if lb["reference"] is not None and not isinstance(lb["reference"], str):
        err("bad reference type")
    vu = None
    if lb["valid_until"] is not None:
        try:
            vu = parse_ts(lb["valid_until"])
        except ValueError as e:
            err(str(e))
    if not isinstance(req["justification"], str) or not req["justification"].strip():
        err("bad justification")
    if exp["decision"] not in ("permit", "deny", "refer"):
        err("bad decision")
    cl = exp["clauses"]
    if not isinstance(cl, list) or any(c not in ORDER for c in cl) or len(set(cl)) != len(cl):
        err("bad clauses %r" % (cl,))
        return None
    if cl != sorted(cl, key=ORDER.index):
        err("clauses not in spec order: %r" % cl)

    # --- recompute structured clauses
    comp = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        comp.add("licence_inactive")
    if lic["agency_type"] == "private":
        comp.add("non_government_end_user")
    cat = off["category"]
    if cat == "other" or (cat == "serious_crime" and (pen is None or pen < THRESHOLD)):
        comp.add("purpose_not_permitted")
    ref = lb["reference"]
    if lb["type"] == "none" or ref is None or not str(ref).strip() or vu is None or not vu > now:
        comp.add("no_legal_basis")
    if set(req["capabilities"]) - set(lic["capabilities"]):
        comp.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        comp.add("quota_exceeded")
    refer_comp = set()
    if tg["location_country"] != lic["customer_country"]:
        refer_comp.add("extraterritorial_target")
    if tg["registry_match"] is not None:
        refer_comp.add("protected_person")

    deny_exp = [c for c in cl if c in DENY]
    refer_exp = [c for c in cl if c in REFER]
    structured_deny = DENY - TEXT_DENY
    got = {c for c in deny_exp if c in structured_deny}
    if got != comp:
        err("structured deny clauses %s != recomputed %s" % (sorted(got), sorted(comp)))
    if "terrorism_definition_unmet" in deny_exp and cat != "terrorism":
        err("terrorism_definition_unmet without category terrorism")

    # --- precedence
    if deny_exp:
        if exp["decision"] != "deny":
            err("deny clause listed but decision %s" % exp["decision"])
        if refer_exp:
            err("refer clauses listed beside deny clauses")
    else:
        if refer_exp:
            if exp["decision"] != "refer":
                err("refer clause listed but decision %s" % exp["decision"])
        elif exp["decision"] != "permit":
            err("no clause but decision %s" % exp["decision"])
        if ("extraterritorial_target" in refer_exp) != ("extraterritorial_target" in refer_comp):
            err("extraterritorial_target mismatch")
        if "protected_person" in refer_comp and "protected_person" not in refer_exp:
            err("registry match but protected_person missing")
        if "protected_person" in refer_exp and "protected_person" not in refer_comp:
            if not (ROLE_WORDS.search(tg["profession"]) or ROLE_WORDS.search(req["justification"])):
                err("protected_person without registry match and no role stated")

    # --- filler sanity: ordinary warrants run 10-120 days, boundary cases are explicit
    if vu is not None and vu > now:
        d = vu - now
        if not (d == timedelta(seconds=1) or timedelta(days=10) <= d <= timedelta(days=120)):
            err("valid_until %s outside 10-120 days and not a +1s boundary" % lb["valid_until"])
    return exp["decision"], cl, guess_lang(req["justification"])


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sealed7.jsonl")
    errs = []
    ids = []
    stats = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append("line %d: bad JSON: %s" % (i, e))
            continue
        if isinstance(rec, dict):
            ids.append(rec.get("id"))
        r = check_line(i, rec, errs)
        if r:
            stats.append(r)
    want = ["s7-%03d" % n for n in range(1, 151)]
    if sorted(i for i in ids if isinstance(i, str)) != want or len(ids) != 150:
        errs.append("ids are not exactly s7-001..s7-150 (got %d lines)" % len(ids))
    dec = Counter(d for d, _, _ in stats)
    cls = Counter(c for _, cl, _ in stats for c in cl)
    lang = Counter(l for _, _, l in stats)
    print("lines:", len(ids))
    print("decisions:", dict(dec), {k: "%.0f%%" % (100 * v / max(1, len(stats))) for k, v in dec.items()})
    print("language (heuristic):", dict(lang))
    print("clause counts:", {c: cls[c] for c in ORDER})
    if errs:
        print("FAIL: %d problem(s)" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK: all %d scenarios pass" % len(ids))


if __name__ == "__main__":
    main()
