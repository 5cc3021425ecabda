# ruff: noqa: T201 -- a script that prints figures
"""Monitoring figures on this machine (not part of the test run).

    python benchmarks/monitor_bench.py [--replay 50000] [--seeds 5] [--n 5000]
                                       [--gate decide|surrogate] [--json FILE]

1. Replay: ``--replay`` observations (a simulated workload, decided by the surrogate gate so
   that building them is quick) through all monitors, as a full replay (``run_monitors``) and
   fed one by one (``MonitorSet.feed``). Goal: 50,000 in < 10 s on 2 cores.
2. Bars of issue 6: ``--seeds`` seeded workloads of ``--n`` taskings each through ``--gate``
   (default: the real ``enduse.gate.service.decide``) and the monitors. Per seed: abusive
   licences alerted, benign licences alerted, and per abusive licence the delay from its first
   abusive tasking to its first alert (simulated requests and days). Bar: every abusive licence
   alerted, at most one benign licence per run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from enduse.monitoring import MonitorSet, run_monitors
from enduse.simulation import simulate_offline


def replay(count: int) -> dict[str, float]:
    began = time.perf_counter()
    observations = simulate_offline(0, count, gate="surrogate").observations
    built = time.perf_counter() - began
    began, cpu = time.perf_counter(), time.process_time()
    alerts = run_monitors(observations)
    full, full_cpu = time.perf_counter() - began, time.process_time() - cpu
    began = time.perf_counter()
    monitors = MonitorSet()
    for obs in observations:
        monitors.feed(obs)
    monitors.finish()
    incremental = time.perf_counter() - began
    print(
        f"replay: {count:,} observations through all monitors: full replay {full:.2f} s "
        f"wall, {full_cpu:.2f} s CPU ({count / full:,.0f}/s), fed one by one "
        f"{incremental:.2f} s; {len(alerts)} alerts "
        f"(building the workload took {built:.1f} s); goal < 10 s"
    )
    return {
        "observations": count,
        "replay_s": full,
        "replay_cpu_s": full_cpu,
        "incremental_s": incremental,
    }


def bars(seeds: int, n: int, gate: str) -> list[dict]:
    reports = []
    print(f"bars: {seeds} seeds x {n:,} taskings through gate={gate}")
    for seed in range(1, seeds + 1):
        r = simulate_offline(seed, n, gate=gate)
        d = r.as_dict()
        reports.append(d)
        delays = ", ".join(
            f"{x.role} {x.delay_requests} req/{x.delay_days} d"
            if x.alerted
            else f"{x.role} MISSED"
            for x in r.licences
            if x.abusive
        )
        agreement = (
            f", surrogate agrees on {r.surrogate_agreement:.1%}"
            if r.surrogate_agreement is not None
            else ""
        )
        print(
            f"  seed {seed}: abusive alerted {r.abusive_alerted}/{r.abusive_total}, benign "
            f"alerted {r.benign_alerted}, {'PASS' if r.passes() else 'FAIL'}; delays: {delays}; "
            f"decisions {r.decisions}; {r.seconds:.0f} s{agreement}"
        )
    by_role: dict[str, list[tuple[int, float]]] = {}
    for d in reports:
        for x in d["licences"]:
            if x["abusive"] and x["alerted"]:
                by_role.setdefault(x["role"], []).append(
                    (x["delay_requests"], x["delay_days"])
                )
    passed = sum(d["passes"] for d in reports)
    print(f"  {passed}/{len(reports)} runs meet the bar")
    for role, values in sorted(by_role.items()):
        print(
            f"  {role}: delay median {statistics.median(v[0] for v in values):g} requests "
            f"({statistics.median(v[1] for v in values):g} days), max "
            f"{max(v[0] for v in values)} requests ({max(v[1] for v in values):g} days)"
        )
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--replay", type=int, default=50_000)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--n", type=int, default=5_000)
    parser.add_argument("--gate", choices=("decide", "surrogate"), default="decide")
    parser.add_argument(
        "--json", "--result", type=Path, help="write the figures as JSON"
    )
    args = parser.parse_args()
    result: dict = {}
    if args.replay:
        result["replay"] = replay(args.replay)
    if args.seeds:
        result["bars"] = bars(args.seeds, args.n, args.gate)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
