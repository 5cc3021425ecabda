# ruff: noqa: T201 -- a script that prints figures
"""Decide every labelled gate set at once, and compare two runs scenario by scenario.

The figures in ``data/gate/README.md`` and ``docs/gate.md`` (decision accuracy / clause-set exact
match / false permits, per set and in total, and the scenarios a change mended or broke) come from
runs like these. ``enduse gate eval FILE`` gives the same figures for one file.

Run::

    PYTHONPATH=src python benchmarks/gate_sets.py run /tmp/before            # every set
    PYTHONPATH=src python benchmarks/gate_sets.py run /tmp/after public sealed160 --jobs 2
    python benchmarks/gate_sets.py compare /tmp/before /tmp/after

``run`` writes ``OUT/NAME.jsonl`` (one decision line per scenario, with its ``expected``) and prints
the figures. ``compare`` prints a MEND or BREAK line for each scenario whose decision or clause set
got closer to, or further from, what was expected (a new false permit is always a break). A set
still to be measured unseen should be named on its own and never compared scenario by scenario:
its ``expected`` lines are its labels.

Prints figures; not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ROOT.parent / "shared" / "data" / "gate" / "public.jsonl"


def set_path(name: str) -> Path:
    if name == "public":
        return PUBLIC
    for path in (
        ROOT / "data/gate" / name / f"{name}.jsonl",
        ROOT / "data/gate" / f"{name}.jsonl",
    ):
        if path.exists():
            return path
    raise SystemExit(f"gate_sets: no set named {name!r} under data/gate")


def every_set() -> list[str]:
    gate = ROOT / "data/gate"
    names = [p.stem for p in gate.glob("*.jsonl")]
    names += [p.name for p in gate.iterdir() if (p / f"{p.name}.jsonl").exists()]
    key = lambda n: (len(n), n)  # noqa: E731 -- sealed9 before sealed10
    return (["public"] if PUBLIC.exists() else []) + sorted(names, key=key)


def _decide(name: str, out: str) -> tuple[str, int, int, int, list[str]]:
    """Decide one set, write its decision lines, and return its ``Summary`` figures: labelled,
    correct, exact and the false permits' ids."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from enduse.gate.evaluation import Summary, decision_line, evaluate_lines

    summary = Summary()
    lines = set_path(name).read_text(encoding="utf-8").splitlines()
    with (Path(out) / f"{name}.jsonl").open("w", encoding="utf-8") as f:
        for scenario, decision in evaluate_lines(lines, summary):
            expected = scenario.expected
            row = {
                **decision_line(scenario, decision),
                "expected": expected.model_dump(mode="json") if expected else None,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return name, summary.labelled, summary.correct, summary.exact, summary.false_permits


def _right(r: dict[str, Any]) -> tuple[bool, bool]:
    e = r["expected"]
    return r["decision"] == e["decision"], sorted(r["clauses"]) == sorted(e["clauses"])


def _false_permit(r: dict[str, Any]) -> bool:
    return bool(r["decision"] == "permit" and r["expected"]["decision"] != "permit")


def run(out: Path, names: list[str], jobs: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    total = [0, 0, 0, 0]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, n, acc, exact, fps in pool.map(
            _decide, names, [str(out)] * len(names)
        ):
            total = [
                total[0] + n,
                total[1] + acc,
                total[2] + exact,
                total[3] + len(fps),
            ]
            m = max(n, 1)
            print(
                f"{name:12} {n:5} {100 * acc / m:6.2f} / {100 * exact / m:6.2f} / {len(fps)} "
                + " ".join(fps),
                flush=True,
            )
    n = max(total[0], 1)
    print(
        f"{'TOTAL':12} {total[0]:5} {100 * total[1] / n:6.2f} / {100 * total[2] / n:6.2f} / "
        f"{total[3]}"
    )


def compare(before: Path, after: Path) -> None:
    mended = broken = changed = 0
    for path in sorted(after.glob("*.jsonl")):
        old_path = before / path.name
        if not old_path.exists():
            continue
        old = {
            r["id"]: r
            for r in map(json.loads, old_path.read_text("utf-8").splitlines())
        }
        for r in map(json.loads, path.read_text("utf-8").splitlines()):
            a = old.get(r["id"])
            if a is None or r["expected"] is None:
                continue  # not in the earlier run, or an unlabelled line
            was, now = (
                (a["decision"], sorted(a["clauses"])),
                (r["decision"], sorted(r["clauses"])),
            )
            if was == now:
                continue
            changed += 1
            worse = _right(r) < _right(a) or (_false_permit(r) and not _false_permit(a))
            better = not worse and (_right(r) > _right(a) or _false_permit(a))
            mended, broken = mended + better, broken + worse
            tag = "BREAK" if worse else "MEND " if better else "     "
            want = (r["expected"]["decision"], sorted(r["expected"]["clauses"]))
            print(f"{tag} {r['id']}: {was} -> {now}, expected {want}")
    print(f"changed {changed}, mended {mended}, broken {broken}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="decide the named sets (default: every set)")
    p_run.add_argument("out", type=Path)
    p_run.add_argument("sets", nargs="*")
    p_run.add_argument("--jobs", type=int, default=2)
    p_cmp = sub.add_parser(
        "compare", help="scenarios mended or broken between two runs"
    )
    p_cmp.add_argument("before", type=Path)
    p_cmp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.out, args.sets or every_set(), args.jobs)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
