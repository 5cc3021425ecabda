#!/usr/bin/env python3
"""Checker for gate scenario files (shared/spec/gate-scenarios.md). Standard library only.

Usage: python3 check.py FILE.jsonl

Checks every line for:
  * the format: required fields, types, allowed values (no unknown fields);
  * the structured-field clauses: licence_inactive, non_government_end_user, purpose_not_permitted,
    no_legal_basis, capability_out_of_scope, quota_exceeded, extraterritorial_target and the
    registry part of protected_person are recomputed from the fields and must match `expected`;
  * the decision rule: deny iff a deny clause is listed; refer clauses only when no deny clause;
    permit iff no clause; every deny clause that holds / every refer clause that holds is listed;
  * the text-judged clauses are only plausibility-checked (terrorism_definition_unmet needs category
    terrorism; protected_person without a registry match needs a protected-category word in the
    justification).
Prints errors (exit status 1 if any), warnings, and counts by decision, clause and language.
"""
import json
import re
import sys
from collections import Counter
from datetime import datetime

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CAPS = {"messages", "media", "contacts", "location", "microphone", "camera", "credentials"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state", "diplomat",
            "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
DECISIONS = {"permit", "deny", "refer"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted", "terrorism_definition_unmet",
        "expression_not_crime", "protected_ground", "no_legal_basis", "capability_out_of_scope",
        "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
STRUCTURED_DENY = {"licence_inactive", "non_government_end_user", "purpose_not_permitted", "no_legal_basis",
                   "capability_out_of_scope", "quota_exceeded"}
TEXT_DENY = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground"}
THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
CC = re.compile(r"^[A-Z]{2}$")
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
ID = re.compile(r"^s2-\d{3}$")

PROTECTED_WORDS = [
    # en
    "journalist", "reporter", "lawyer", "advocate", "attorney", "priest", "pastor", "imam", "abbot", "rabbi",
    "bishop", "mayor", "senator", "member of parliament", "county assembly", "politician", "diplomat",
    "head of state", "human rights defender",
    # es
    "periodista", "abogado", "sacerdote", "alcalde", "presidente municipal", "congresista", "diputado",
    "senador", "diplomático", "defensor de derechos humanos", "jefe de estado",
    # fr
    "journaliste", "avocat", "prêtre", "pasteur", "maire", "député", "sénateur", "diplomate",
    "défenseur des droits", "chef de l'état",
]

LANG_WORDS = {
    "en": {"the", "and", "of", "to", "is", "has", "his", "her", "with", "from", "was", "that", "which"},
    "es": {"el", "los", "las", "y", "que", "por", "del", "con", "una", "su", "sus", "fue", "desde"},
    "fr": {"le", "les", "des", "du", "et", "est", "une", "qui", "dans", "au", "sur", "il", "a", "ses"},
}


def lang_of(text):
    words = re.findall(r"[a-záéíóúñàâçèêëîïôûùü']+", text.lower())
    words = [w.split("'")[-1] if "'" in w else w for w in words]
    score = {k: sum(1 for w in words if w in v) for k, v in LANG_WORDS.items()}
    return max(score, key=score.get)


def parse_ts(v):
    return datetime.strptime(v.replace(".", "").split("Z")[0][:19], "%Y-%m-%dT%H:%M:%S")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_keys(obj, required, where, errs):
    if not isinstance(obj, dict):
        errs.append(f"{where}: not an object")
        return False
    missing = [k for k in required if k not in obj]
    extra = [k for k in obj if k not in required]
    if missing:
        errs.append(f"{where}: missing {missing}")
    if extra:
        errs.append(f"{where}: unknown fields {extra}")
    return not missing


def check_line(s, errs, warns):
    if not check_keys(s, ["id", "now", "licence", "request", "expected"], "top", errs):
        return None
    if not isinstance(s["id"], str) or not ID.match(s["id"]):
        errs.append(f"id {s['id']!r} malformed")
    if not isinstance(s["now"], str) or not TS.match(s["now"]):
        errs.append("now: not ISO 8601 UTC")
        return None
    lic, req, exp = s["licence"], s["request"], s["expected"]
    ok = check_keys(lic, ["customer_country", "customer_agency", "agency_type", "status", "certificate_signed",
                          "capabilities", "max_active_targets", "active_targets"], "licence", errs)
    ok &= check_keys(req, ["target", "offence", "legal_basis", "capabilities", "justification"], "request", errs)
    ok &= check_keys(exp, ["decision", "clauses"], "expected", errs)
    if not ok:
        return None
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
    ok &= check_keys(tgt, ["identifier", "location_country", "nationality", "profession", "registry_match"],
                     "target", errs)
    ok &= check_keys(off, ["category", "label", "max_penalty_years"], "offence", errs)
    ok &= check_keys(lb, ["type", "reference", "valid_until"], "legal_basis", errs)
    if not ok:
        return None
    # ---- types and values
    for k in ("customer_country",):
        if not isinstance(lic[k], str) or not CC.match(lic[k]):
            errs.append(f"licence.{k} not ISO alpha-2")
    if not isinstance(lic["customer_agency"], str) or not lic["customer_agency"].strip():
        errs.append("licence.customer_agency empty")
    if lic["agency_type"] not in AGENCY_TYPES:
        errs.append(f"licence.agency_type {lic['agency_type']!r}")
    if lic["status"] not in STATUSES:
        errs.append(f"licence.status {lic['status']!r}")
    if not isinstance(lic["certificate_signed"], bool):
        errs.append("licence.certificate_signed not bool")
    for where, caps in (("licence.capabilities", lic["capabilities"]), ("request.capabilities", req["capabilities"])):
        if not isinstance(caps, list) or any(c not in CAPS for c in caps) or len(set(caps)) != len(caps):
            errs.append(f"{where} invalid: {caps!r}")
    if not req["capabilities"]:
        errs.append("request.capabilities empty")
    for k in ("max_active_targets", "active_targets"):
        if not is_int(lic[k]) or lic[k] < 0:
            errs.append(f"licence.{k} not a non-negative int")
    ident = tgt["identifier"]
    if not isinstance(ident, str) or not (E164.match(ident) or re.match(r"^email:[^@\s]+@[^@\s]+\.[^@\s]+$", ident)
                                          or re.match(r"^device:\S+$", ident)):
        errs.append(f"target.identifier {ident!r}")
    for k in ("location_country", "nationality"):
        if not isinstance(tgt[k], str) or not CC.match(tgt[k]):
            errs.append(f"target.{k} not ISO alpha-2")
    if not isinstance(tgt["profession"], str) or not tgt["profession"].strip():
        errs.append("target.profession not a non-empty string")
    if tgt["registry_match"] is not None and tgt["registry_match"] not in REGISTRY:
        errs.append(f"target.registry_match {tgt['registry_match']!r}")
    if off["category"] not in CATEGORIES:
        errs.append(f"offence.category {off['category']!r}")
    if not isinstance(off["label"], str) or not off["label"].strip():
        errs.append("offence.label empty")
    mp = off["max_penalty_years"]
    if mp is not None and (not is_int(mp) or mp < 0):
        errs.append("offence.max_penalty_years not int/null")
    if lb["type"] not in LB_TYPES:
        errs.append(f"legal_basis.type {lb['type']!r}")
    if lb["reference"] is not None and not isinstance(lb["reference"], str):
        errs.append("legal_basis.reference not string/null")
    if lb["valid_until"] is not None and (not isinstance(lb["valid_until"], str) or not TS.match(lb["valid_until"])):
        errs.append("legal_basis.valid_until not ISO 8601 UTC/null")
    if not isinstance(req["justification"], str) or len(req["justification"].strip()) < 20:
        errs.append("request.justification missing or too short")
    if exp["decision"] not in DECISIONS:
        errs.append(f"expected.decision {exp['decision']!r}")
    cl = exp["clauses"]
    if not isinstance(cl, list) or any(c not in DENY + REFER for c in cl) or len(set(cl)) != len(cl):
        errs.append(f"expected.clauses invalid: {cl!r}")
        return None
    if errs:
        return None
    # ---- structured clauses, recomputed
    now = parse_ts(s["now"])
    sd = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        sd.add("licence_inactive")
    if lic["agency_type"] == "private":
        sd.add("non_government_end_user")
    if off["category"] == "other" or (off["category"] == "serious_crime" and (mp is None or mp < THRESHOLD)):
        sd.add("purpose_not_permitted")
    if (lb["type"] == "none" or lb["reference"] is None or not lb["reference"].strip()
            or lb["valid_until"] is None or parse_ts(lb["valid_until"]) <= now):
        sd.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        sd.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        sd.add("quota_exceeded")
    listed_sd = set(cl) & STRUCTURED_DENY
    if listed_sd != sd:
        errs.append(f"structured deny clauses: expected lists {sorted(listed_sd)}, fields give {sorted(sd)}")
    td = set(cl) & TEXT_DENY
    if "terrorism_definition_unmet" in td and off["category"] != "terrorism":
        errs.append("terrorism_definition_unmet without category terrorism")
    deny = set(cl) & set(DENY)
    refer = set(cl) & set(REFER)
    xt = tgt["location_country"] != lic["customer_country"]
    if deny:
        if exp["decision"] != "deny":
            errs.append(f"deny clause listed but decision {exp['decision']}")
        if refer:
            errs.append("refer clause listed alongside deny clauses")
    else:
        want_refer = set()
        if xt:
            want_refer.add("extraterritorial_target")
        if tgt["registry_match"] is not None:
            want_refer.add("protected_person")
        if "protected_person" in refer and tgt["registry_match"] is None:
            text = (req["justification"] + " " + tgt["profession"]).lower()
            if not any(w in text for w in PROTECTED_WORDS):
                errs.append("protected_person without registry match and no protected category in the text")
            want_refer.add("protected_person")
        if refer != want_refer:
            errs.append(f"refer clauses: listed {sorted(refer)}, rules give {sorted(want_refer)}")
        if refer and exp["decision"] != "refer":
            errs.append(f"refer clause listed but decision {exp['decision']}")
        if not refer and exp["decision"] != "permit":
            errs.append(f"no clause listed but decision {exp['decision']}")
        if not refer and tgt["registry_match"] is None:
            text = req["justification"].lower()
            hits = [w for w in PROTECTED_WORDS if re.search(r"\b" + re.escape(w) + r"\b", text)]
            if hits:
                warns.append(f"{s['id']}: permit although the text mentions {hits} (check it is not the target)")
    order = DENY + REFER
    if cl != sorted(cl, key=order.index):
        warns.append(f"{s['id']}: clauses not in spec order")
    return lang_of(req["justification"])


def main(path):
    n_err, ids = 0, set()
    dec, clauses, langs, cross = Counter(), Counter(), Counter(), Counter()
    warns = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                print(f"line {ln}: empty line")
                n_err += 1
                continue
            try:
                s = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {ln}: invalid JSON: {e}")
                n_err += 1
                continue
            errs = []
            lang = check_line(s, errs, warns)
            sid = s.get("id") if isinstance(s, dict) else None
            if sid in ids:
                errs.append(f"duplicate id {sid}")
            ids.add(sid)
            for e in errs:
                print(f"line {ln} ({sid}): {e}")
            n_err += len(errs)
            if not errs:
                dec[s["expected"]["decision"]] += 1
                clauses.update(s["expected"]["clauses"])
                langs[lang] += 1
                cross[(lang, s["expected"]["decision"])] += 1
    total = sum(dec.values())
    for w in warns:
        print("warning:", w)
    print(f"{len(ids)} scenarios, {n_err} errors, {len(warns)} warnings")
    if total:
        print("decisions:", ", ".join(f"{k} {dec[k]} ({100 * dec[k] / total:.1f}%)" for k in ("permit", "deny", "refer")))
        print("languages (heuristic):", ", ".join(f"{k} {langs[k]} ({100 * langs[k] / total:.1f}%)" for k in ("en", "es", "fr")))
        print("language x decision:", ", ".join(f"{l}/{d} {cross[(l, d)]}" for l in ("en", "es", "fr")
                                                 for d in ("permit", "deny", "refer")))
        print("clauses:")
        for k in DENY + REFER:
            print(f"  {k:28s} {clauses[k]}")
        missing = [k for k in DENY + REFER if not clauses[k]]
        if missing:
            print("clauses never used:", missing)
    return 1 if n_err else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
