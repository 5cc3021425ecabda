#!/usr/bin/env python3
"""Builds sealed2.jsonl from hand-written cases (cases_*.py in this folder).

Free text, offence, target and the text-derived clauses are written by hand in the
case files; the structured fields (licence, legal basis, capabilities, quota, dates,
identifiers) are filled in from a fixed seed, with deliberate deviations ("mods")
where a case is meant to trip a structured clause. `expected` is computed from the
structured fields by the rules of shared/spec/gate-scenarios.md plus the hand-assigned
text clauses.

Run: python3 make_set.py  (writes sealed2.jsonl next to this file)
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
DENY_ORDER = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
              "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
              "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER_ORDER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground", "pp_text"}

CALLING = {
    "GB": "44", "KE": "254", "NG": "234", "GH": "233", "ZA": "27", "IN": "91", "PH": "63",
    "UG": "256", "ZM": "260", "AE": "971", "TH": "66", "ID": "62", "PL": "48", "HU": "36",
    "JM": "1876", "MZ": "258", "BJ": "229", "NP": "977", "MY": "60", "ES": "34", "DE": "49",
    "MM": "95", "RS": "381", "SO": "252", "ZW": "263", "US": "1", "GT": "502", "VE": "58",
    "MA": "212", "BO": "591", "PY": "595", "NL": "31", "GM": "220", "CH": "41", "MX": "52",
    "CO": "57", "PE": "51", "AR": "54", "CL": "56", "EC": "593", "HN": "504", "SV": "503",
    "PA": "507", "DO": "1809", "FR": "33", "BE": "32", "SN": "221", "CI": "225", "CM": "237",
    "TN": "216", "ML": "223", "BF": "226", "TG": "228", "CA": "1", "SE": "46", "TZ": "255",
    "LS": "266", "IT": "39", "PT": "351", "BR": "55", "FI": "358", "DZ": "213", "CD": "243",
    "LB": "961", "ET": "251", "NE": "227", "GN": "224", "PK": "92",
}

AGENCIES = {
    "GB": [("National Crime Agency", "police"), ("Metropolitan Police Service", "police"),
           ("Counter Terrorism Policing North West", "police"), ("Security Service", "intelligence")],
    "KE": [("Directorate of Criminal Investigations", "police"), ("National Intelligence Service", "intelligence"),
           ("Office of the Director of Public Prosecutions", "prosecution"), ("Anti-Terrorism Police Unit", "police")],
    "NG": [("National Drug Law Enforcement Agency", "police"), ("Department of State Services", "intelligence"),
           ("Economic and Financial Crimes Commission", "other_government"), ("Nigeria Police Force Intelligence Response Team", "police")],
    "GH": [("Ghana Police Service CID", "police"), ("National Intelligence Bureau", "intelligence"),
           ("Narcotics Control Commission", "other_government")],
    "ZA": [("Directorate for Priority Crime Investigation", "police"), ("State Security Agency", "intelligence"),
           ("National Prosecuting Authority", "prosecution")],
    "IN": [("National Investigation Agency", "police"), ("Narcotics Control Bureau", "police"),
           ("Intelligence Bureau", "intelligence"), ("Directorate of Revenue Intelligence", "other_government")],
    "PH": [("National Bureau of Investigation", "police"), ("Philippine Drug Enforcement Agency", "police"),
           ("Intelligence Service of the Armed Forces of the Philippines", "military")],
    "UG": [("Uganda Police Force CID", "police"), ("Chieftaincy of Military Intelligence", "military"),
           ("Internal Security Organisation", "intelligence")],
    "ZM": [("Drug Enforcement Commission", "police"), ("Zambia Police Service", "police"),
           ("Office of the President Special Division", "intelligence")],
    "AE": [("Dubai Police General Department of Criminal Investigation", "police"), ("State Security Department", "intelligence"),
           ("Public Prosecution", "prosecution")],
    "TH": [("Narcotics Suppression Bureau", "police"), ("Department of Special Investigation", "other_government")],
    "ID": [("Criminal Investigation Agency (Bareskrim)", "police"), ("Densus 88 Counter-Terrorism Detachment", "police"),
           ("State Intelligence Agency", "intelligence")],
    "PL": [("Central Bureau of Investigation of the Police", "police"), ("Internal Security Agency", "intelligence"),
           ("National Prosecutor's Office", "prosecution")],
    "HU": [("National Bureau of Investigation", "police"), ("Constitution Protection Office", "intelligence"),
           ("Counter Terrorism Centre", "police")],
    "JM": [("Major Organised Crime and Anti-Corruption Agency", "police"), ("Jamaica Constabulary Force C-TOC", "police")],
    "MX": [("Fiscalía General de la República", "prosecution"), ("Policía Federal Ministerial", "police"),
           ("Centro Nacional de Inteligencia", "intelligence"), ("Secretaría de la Defensa Nacional", "military")],
    "CO": [("Fiscalía General de la Nación", "prosecution"), ("Dirección de Investigación Criminal e Interpol (DIJIN)", "police"),
           ("Dirección Nacional de Inteligencia", "intelligence")],
    "PE": [("Dirección Antidrogas de la Policía Nacional (DIRANDRO)", "police"), ("Ministerio Público - Fiscalía de la Nación", "prosecution")],
    "AR": [("Policía Federal Argentina", "police"), ("Procuración General de la Nación", "prosecution")],
    "CL": [("Policía de Investigaciones de Chile", "police"), ("Fiscalía Nacional", "prosecution")],
    "GT": [("Ministerio Público", "prosecution"), ("Policía Nacional Civil - DIPANDA", "police")],
    "ES": [("Guardia Civil - Unidad Central Operativa", "police"), ("Policía Nacional - UDYCO", "police"),
           ("Centro Nacional de Inteligencia", "intelligence")],
    "EC": [("Policía Nacional - Dirección Nacional Antinarcóticos", "police"), ("Fiscalía General del Estado", "prosecution")],
    "HN": [("Dirección Policial de Investigaciones", "police"), ("Ministerio Público", "prosecution")],
    "SV": [("Policía Nacional Civil", "police"), ("Organismo de Inteligencia del Estado", "intelligence")],
    "DO": [("Dirección Nacional de Control de Drogas", "police"), ("Dirección General de Migración", "other_government")],
    "FR": [("Office anti-stupéfiants (OFAST)", "police"), ("Direction générale de la sécurité intérieure", "intelligence"),
           ("Parquet national antiterroriste", "prosecution"), ("Office central de lutte contre le crime organisé", "police")],
    "BE": [("Police judiciaire fédérale", "police"), ("Sûreté de l'État", "intelligence"), ("Parquet fédéral", "prosecution")],
    "MA": [("Bureau central d'investigations judiciaires", "police"), ("Direction générale de la surveillance du territoire", "intelligence")],
    "SN": [("Office central de répression du trafic illicite des stupéfiants", "police"), ("Division des investigations criminelles", "police")],
    "CI": [("Direction de la police des stupéfiants et des drogues", "police"), ("Pôle pénal économique et financier", "prosecution")],
    "CM": [("Délégation générale à la sûreté nationale", "police"), ("Direction générale de la recherche extérieure", "intelligence")],
    "TN": [("Pôle judiciaire de lutte contre le terrorisme", "prosecution"), ("Garde nationale - Unité nationale d'investigation", "police")],
    "ML": [("Pôle judiciaire spécialisé", "prosecution"), ("Agence nationale de la sécurité d'État", "intelligence")],
    "BF": [("Agence nationale de renseignement", "intelligence"), ("Police nationale - Brigade de recherche", "police")],
    "TG": [("Service central de recherches et d'investigations criminelles", "police")],
}
PRIVATE = {
    "en": ["Sentinel Risk Advisory Ltd", "Apex Corporate Intelligence (Pty) Ltd", "Gulf Asset Recovery FZE",
           "Kestrel Investigations LLP"],
    "es": ["Grupo Vigilancia Integral S.A. de C.V.", "Consultores de Seguridad Andina S.A.S."],
    "fr": ["Cabinet Vauban Investigations SARL", "Orion Intelligence Économique SAS"],
}

CASES = []


def c(lang, cc, cat, label, pen, text, **kw):
    """One hand-written case. kw: t (text clauses), mods, prof, reg, loc, nat, ident, caps, atype, lbtype, want."""
    d = dict(lang=lang, cc=cc, cat=cat, label=label, pen=pen, text=" ".join(text.split()))
    d.update(kw)
    CASES.append(d)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(rng, country):
    code = CALLING[country]
    n = 12 - len(code) if len(code) < 4 else 7
    if len(code) == 1:
        n = 10
    first = str(rng.randint(2, 9))
    return "+" + code + first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def structured_deny(s, now):
    lic, req = s["licence"], s["request"]
    out = []
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        out.append("licence_inactive")
    if lic["agency_type"] == "private":
        out.append("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (off["max_penalty_years"] is None or off["max_penalty_years"] < 6)):
        out.append("purpose_not_permitted")
    lb = req["legal_basis"]
    vu = lb["valid_until"]
    if lb["type"] == "none" or not lb["reference"] or vu is None or vu <= now:
        out.append("no_legal_basis")
    if any(x not in lic["capabilities"] for x in req["capabilities"]):
        out.append("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        out.append("quota_exceeded")
    return out


def build(case, idx, rng):
    mods = set(case.get("mods", []))
    t = set(case.get("t", []))
    assert t <= TEXT_CLAUSES, (idx, t)
    cc = case["cc"]
    loc = case.get("loc", cc)
    nat = case.get("nat", cc)
    # evaluation time
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    now = start + timedelta(days=rng.randint(0, 318), hours=rng.randint(6, 21), minutes=rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    # agency
    if "private" in mods:
        agency, atype = rng.choice(PRIVATE[case["lang"]]), "private"
    else:
        pool = AGENCIES[cc]
        if case.get("atype"):
            cand = [a for a in pool if a[1] == case["atype"]] or [(pool[0][0], case["atype"])]
            agency, atype = rng.choice(cand)
        else:
            agency, atype = rng.choice(pool)
    status = "active"
    for st in ("suspended", "revoked", "expired"):
        if st in mods:
            status = st
    signed = "unsigned" not in mods
    # capabilities
    if case.get("caps"):
        rcaps = list(case["caps"])
    else:
        rcaps = rng.sample(["messages", "location", "contacts", "media", "messages", "location", "microphone", "camera", "credentials"], rng.choice([1, 2, 2, 3]))
        rcaps = list(dict.fromkeys(rcaps))
    lcaps = set(rcaps)
    extra = [x for x in ALL_CAPS if x not in lcaps]
    rng.shuffle(extra)
    want = rng.choice([0, 1, 2, 3, 4]) if "cap_all" not in mods else 0
    lcaps |= set(extra[:want])
    if "cap_out" in mods:
        missing = [x for x in ALL_CAPS if x not in lcaps]
        if case.get("cap_out_pick") and case["cap_out_pick"] not in lcaps:
            out = case["cap_out_pick"]
        else:
            out = rng.choice([m for m in missing if m in ("microphone", "camera", "credentials")] or missing)
        rcaps.append(out)
    lcaps = [x for x in ALL_CAPS if x in lcaps]
    # quota
    mx = rng.choice([5, 10, 10, 15, 20, 25, 25, 40, 50, 100])
    act = rng.randint(0, mx - 2)
    if "quota" in mods:
        act = mx
    if "quota_over" in mods:
        act = mx + rng.randint(1, 3)
    if "quota_edge" in mods:
        act = mx - 1
    # legal basis
    if case.get("lbtype"):
        lbt = case["lbtype"]
    elif atype == "prosecution":
        lbt = rng.choice(["prosecutor_order", "judicial_warrant"])
    elif atype in ("intelligence", "military"):
        lbt = rng.choice(["judicial_warrant", "administrative_order", "judicial_warrant"])
    else:
        lbt = rng.choice(["judicial_warrant", "judicial_warrant", "judicial_warrant", "prosecutor_order"])
    prefix = {"judicial_warrant": "JW", "prosecutor_order": "PO", "administrative_order": "AO", "none": "NA"}[lbt]
    ref = f"{cc}-{prefix}-{now.year}-{rng.randint(10, 9999):04d}"
    vu = now + timedelta(days=rng.randint(7, 150))
    vu = vu.replace(hour=0, minute=0, second=0)
    if vu <= now:
        vu = now + timedelta(days=30)
    if "lb_none" in mods:
        lbt, ref, vu = "none", None, None
    if "lb_none_ref" in mods:
        lbt = "none"
    if "lb_noref" in mods:
        ref = None
    if "lb_emptyref" in mods:
        ref = ""
    if "lb_expired" in mods:
        vu = now - timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 20))
    if "lb_equal" in mods:
        vu = now
    if "lb_nullvalid" in mods:
        vu = None
    if "lb_soon" in mods:
        vu = now + timedelta(hours=1)
    # target
    ident = case.get("ident")
    if ident is None:
        ident = phone(rng, loc)
    elif ident == "email":
        ident = "email:" + case.get("email", f"user{rng.randint(100, 99999)}@protonmail.com")
    elif ident == "device":
        ident = "device:" + "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    s = {
        "id": f"s2-{idx:03d}",
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": agency,
            "agency_type": atype,
            "status": status,
            "certificate_signed": signed,
            "capabilities": lcaps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": case.get("prof", "unknown"),
                "registry_match": case.get("reg"),
            },
            "offence": {
                "category": case["cat"],
                "label": case["label"],
                "max_penalty_years": case["pen"],
            },
            "legal_basis": {
                "type": lbt,
                "reference": ref,
                "valid_until": iso(vu) if vu is not None else None,
            },
            "capabilities": rcaps,
            "justification": case["text"],
        },
    }
    sd = structured_deny(s, iso(now))
    if "terrorism_definition_unmet" in t:
        assert case["cat"] == "terrorism", idx
    deny = [x for x in DENY_ORDER if x in sd or x in t]
    if deny:
        exp = {"decision": "deny", "clauses": deny}
    else:
        refer = []
        if case.get("reg") or "pp_text" in t:
            refer.append("protected_person")
        if loc != cc:
            refer.append("extraterritorial_target")
        exp = {"decision": "refer", "clauses": refer} if refer else {"decision": "permit", "clauses": []}
    if case.get("want"):
        assert exp["decision"] == case["want"], (idx, exp, case["text"][:60])
    s["expected"] = exp
    return s


def main():
    import cases_en, cases_es, cases_fr
    for m in (cases_en, cases_es, cases_fr):
        m.load(c)
    rng = random.Random(20261125)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    rows, langs = [], {}
    for i, k in enumerate(order, 1):
        s = build(CASES[k], i, rng)
        rows.append(s)
        langs[s["id"]] = CASES[k]["lang"]
    with open(os.path.join(HERE, "sealed2.jsonl"), "w", encoding="utf-8") as f:
        for s in rows:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # summary for the README
    from collections import Counter
    dec = Counter(s["expected"]["decision"] for s in rows)
    cl = Counter(x for s in rows for x in s["expected"]["clauses"])
    lg = Counter(langs.values())
    print(len(rows), dict(dec), dict(lg))
    for k in DENY_ORDER + REFER_ORDER:
        print(f"  {k}: {cl.get(k, 0)}")
    cross = Counter((langs[s["id"]], s["expected"]["decision"]) for s in rows)
    print(dict(sorted(cross.items())))


if __name__ == "__main__":
    main()
