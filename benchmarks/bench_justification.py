# ruff: noqa: T201
"""Latency of the full gate path with the justification model (run on demand, not a test).

    PYTHONPATH=src python benchmarks/bench_justification.py [SCENARIOS.jsonl] [--rounds 3]

Loads the model once (reported separately), then decides every scenario of the file ``rounds``
times and prints p50/p99 per decision (wall clock, and the thread's CPU time, which is what an
idle core would take when other processes share the machine) for: the full path (rules + model + Cedar) and rules only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from enduse.gate.service import decide
from enduse.justification import Thresholds, _model
from enduse.tasking import Scenario, read_scenarios

_ROOT = Path(__file__).resolve().parents[1]
DEFAULT = next(
    (
        p / "shared" / "data" / "gate" / "public.jsonl"
        for p in (_ROOT, _ROOT.parent, _ROOT.parent.parent)
        if (p / "shared" / "data" / "gate" / "public.jsonl").is_file()
    ),
    _ROOT / "shared" / "data" / "gate" / "public.jsonl",
)


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--result", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    result: dict[str, dict[str, float]] = {}
    lines = args.file.read_text(encoding="utf-8").splitlines()
    scenarios = [s for _, s in read_scenarios(lines) if isinstance(s, Scenario)]
    t = Thresholds()
    start = time.perf_counter()
    clf = _model.get_classifier(t.model_threads)
    print(
        f"model load (encoder weights, classifier): {time.perf_counter() - start:.2f} s; loaded={clf is not None}"
    )
    for name, use_model in (
        ("full path (rules+model+cedar)", True),
        ("rules+cedar", False),
    ):
        for s in scenarios[:5]:  # warm up
            decide(s.request, s.licence, now=s.now, thresholds=t, use_model=use_model)
        times, cpu = [], []
        for _ in range(args.rounds):
            for s in scenarios:
                a, c = time.perf_counter(), time.thread_time()
                decide(
                    s.request, s.licence, now=s.now, thresholds=t, use_model=use_model
                )
                times.append(time.perf_counter() - a)
                cpu.append(time.thread_time() - c)
        result["model" if use_model else "rules"] = {
            "per_s": len(times) / sum(times),
            "p50_ms": _pct(times, 0.5),
            "p99_ms": _pct(times, 0.99),
            "cpu_p50_ms": _pct(cpu, 0.5),
        }
        print(
            f"{name}: {len(times)} decisions, {len(times) / sum(times):.0f}/s, "
            f"p50 {_pct(times, 0.5):.1f} ms, p99 {_pct(times, 0.99):.1f} ms, "
            f"mean {statistics.mean(times) * 1000:.1f} ms; CPU time (what an idle core would take) "
            f"p50 {_pct(cpu, 0.5):.1f} ms, p99 {_pct(cpu, 0.99):.1f} ms"
        )

    if args.result:
        args.result.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
