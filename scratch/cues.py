import json, sys
from enduse.justification import _cues as c
from enduse.justification._text import split_sentences
rows = {json.loads(l)["id"]: json.loads(l) for l in open("/work/shared/data/gate/public.jsonl")}
for sid in sys.argv[1:]:
    r = rows[sid]["request"]
    print(sid, r["target"]["profession"])
    for s in split_sentences(r["justification"]):
        for cl in s.clauses:
            out = {}
            for name in ["CRIME_ACT", "EVIDENCE", "EXPRESSION", "GROUND", "VIOLENCE", "REPORTING", "NEGATION", "SPECULATION", "IMPERSONATION", "SUBJECT"]:
                ms = [m.group(0) for m in getattr(c, name).finditer(cl)]
                if ms: out[name] = ms
            print("  |", cl[:100]); print("    ", out)
