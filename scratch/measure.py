import json, sys, collections
from enduse.gate import decide
from enduse.tasking import read_scenarios
args = [a for a in sys.argv[1:] if not a.startswith("-")]
path = args[0] if args else "/work/shared/data/gate/public.jsonl"
use_model = "--rules" not in sys.argv
verbose = "-v" in sys.argv
n = ok = exact = fp = 0
conf = collections.Counter()
for line, sc in read_scenarios(open(path)):
    d = decide(sc.request, sc.licence, now=sc.now, use_model=use_model)
    e = sc.expected
    n += 1
    ok += d.outcome.value == e.decision.value
    exact += sorted(d.clauses) == sorted(e.clauses)
    fp += d.outcome.value == "permit" and e.decision.value != "permit"
    conf[(e.decision.value, d.outcome.value)] += 1
    if verbose and sorted(d.clauses) != sorted(e.clauses):
        a = d.analysis
        print(sc.id, "exp", e.decision.value, e.clauses, "got", d.outcome.value, d.clauses)
        print("   ", {k: round(f.score, 2) for k, f in a.findings.items()}, a.roles)
        print("   ", sc.request.offence.category.value, "|", sc.request.target.profession, "|", sc.request.justification[:400])
print(f"n={n} accuracy={ok/n:.3f} exact={exact/n:.3f} false_permits={fp}")
for k, v in sorted(conf.items()): print("  expected", k[0], "decided", k[1], v)
