# ruff: noqa: T201 -- a script that prints figures
"""Every benchmark under ``benchmarks/``, one after another, then one table (``make bench``).

    python benchmarks/run_all.py [--postgres ADMIN_URL] [--quick] [--only NAME ...] [--json FILE]

Each benchmark runs as its own process (its own output streams through as it goes) with
``--result FILE``, so each script stays runnable alone and the table is built from the figures
it wrote, not from its printed text. ``--postgres`` names a PostgreSQL server whose admin URL can
create databases (``scripts/pg-test-server start`` prints one; ``make bench`` starts and stops
its own); without it the PostgreSQL row is left out. The load average before each benchmark is
printed beside its rows: the figures depend on what else the machine was doing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True)
class Step:
    name: str
    script: str
    args: tuple[str, ...]
    quick: tuple[str, ...]
    needs_postgres: bool = False


STEPS = [
    Step("gate", "gate_bench.py", ("--http", "200"), ("--rounds", "1", "--http", "40")),
    Step("justification", "bench_justification.py", (), ("--rounds", "1")),
    Step(
        "http_postgres",
        "http_bench.py",
        ("--workers", "2", "--clients", "6", "--requests", "400"),
        ("--requests", "60", "--warmup", "12", "--clients", "4"),
        needs_postgres=True,
    ),
    Step(
        "http_sqlite",
        "http_bench.py",
        ("--workers", "2", "--clients", "6", "--requests", "400"),
        ("--requests", "60", "--warmup", "12", "--clients", "4"),
    ),
    Step(
        "tlog",
        "tlog_bench.py",
        (),
        ("--leaves", "50000", "--single", "500", "--proofs", "300"),
    ),
    Step(
        "monitor",
        "monitor_bench.py",
        ("--seeds", "0"),
        ("--seeds", "0", "--replay", "10000"),
    ),
    Step(
        "screening",
        "screening_bench.py",
        ("--skip-cli",),
        ("--skip-cli", "--names", "500"),
    ),
    Step("screening_eval", "screening_eval.py", (), ()),
]


def run_step(step: Step, args: argparse.Namespace, out: Path) -> dict[str, Any]:
    extra = list(step.quick if args.quick else step.args)
    if step.needs_postgres:
        extra += ["--postgres", args.postgres]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]
        ),
    }
    load = os.getloadavg()[0]
    print(f"\n== {step.script} {' '.join(extra)}   (load {load:.2f})", flush=True)
    began = time.perf_counter()
    done = subprocess.run(  # noqa: S603 -- our own scripts, fixed arguments
        [sys.executable, str(HERE / step.script), *extra, "--result", str(out)],
        env=env,
        cwd=ROOT,
        check=False,
    )
    result: dict[str, Any] = {
        "load": load,
        "seconds": time.perf_counter() - began,
        "rc": done.returncode,
    }
    if done.returncode == 0 and out.is_file():
        result["figures"] = json.loads(out.read_text())
    return result


# --- the table -----------------------------------------------------------------------------


def _n(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


Row = tuple[str, str, str, str, bool | None]
RowMaker = Callable[[dict[str, Any]], list[Row]]


def _gate(f: dict[str, Any]) -> list[Row]:
    mine, bare = f["policy"], f["bare_cedarpy"]
    ratio = bare["per_s"] / mine["per_s"]
    full = f["full"]
    rows: list[Row] = [
        (
            "#3 policy path (Cedar, findings precomputed)",
            f"{_n(mine['per_s'])}/s, p99 {mine['p99_ms']:.2f} ms ({ratio:.2f}x bare)",
            "≤ 2x bare cedarpy",
            f"bare cedarpy.is_authorized x2: {_n(bare['per_s'])}/s, p99 {bare['p99_ms']:.2f} ms",
            ratio <= 2,
        ),
        (
            "#3 full decision (gate.decide, model + rules + Cedar)",
            f"{_n(full['per_s'])}/s, p50 {full['p50_ms']:.1f} ms, p99 {full['p99_ms']:.1f} ms",
            "p99 ≤ 50 ms",
            "bare cedarpy (above)",
            full["p99_ms"] <= 50,
        ),
    ]
    if "submit_tasking" in f:
        s = f["submit_tasking"]
        rows.append(
            (
                "#3 database gate in-process (SQLite, one commit each)",
                f"{_n(s['per_s'])}/s, p99 {s['p99_ms']:.1f} ms",
                "—",
                f"gate.decide alone: {_n(full['per_s'])}/s",
                None,
            )
        )
    return rows


def _justification(f: dict[str, Any]) -> list[Row]:
    m, r = f["model"], f["rules"]
    return [
        (
            "#3 justification: decide with / without the model",
            f"p50 {m['p50_ms']:.1f} ms, p99 {m['p99_ms']:.1f} ms (CPU p50 {m['cpu_p50_ms']:.1f} ms)",
            "p99 ≤ 50 ms",
            f"rules + Cedar only: p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms",
            m["p99_ms"] <= 50,
        )
    ]


def _http(f: dict[str, Any]) -> list[Row]:
    g, b = f["gate"], f["baseline_healthz"]
    return [
        (
            f"#8 gate over HTTP + log append, {f['backend']} "
            f"({f['workers']} uvicorn workers, {f['clients']} client processes)",
            f"{_n(g['per_s'])}/s, p50 {g['p50_ms']:.0f} ms, p99 {g['p99_ms']:.0f} ms"
            + ("" if f["audit_ok"] else " — AUDIT FAILED"),
            "≥ 1,000/s on 2 cores",
            f"GET /healthz, same workers/clients: {_n(b['per_s'])}/s, p99 {b['p99_ms']:.0f} ms",
            g["per_s"] >= 1000 and f["audit_ok"],
        )
    ]


def _tlog(f: dict[str, Any]) -> list[Row]:
    limit = f["hashlib_limit_per_s"]
    return [
        (
            "#4 log append, batched (SQLite)",
            f"{_n(f['batched_per_s'])} leaves/s",
            "≥ 20,000 leaves/s",
            f"hashlib SHA-256 limit: {_n(limit)} leaves/s "
            f"({f['batched_per_s'] / limit:.0%} of it)",
            f["batched_per_s"] >= 20_000,
        ),
        (
            "#4 log append, one per transaction (SQLite)",
            f"{_n(f['single_per_s'])} leaves/s",
            "—",
            f"hashlib SHA-256 limit: {_n(limit)} leaves/s",
            None,
        ),
        (
            f"#4 inclusion proof at {f['leaves']:,} leaves",
            f"p50 {f['inclusion_p50_ms']:.2f} ms, p99 {f['inclusion_p99_ms']:.2f} ms",
            "p99 < 5 ms (at 1,000,000)",
            f"consistency proof p99 {f['consistency_p99_ms']:.2f} ms",
            f["inclusion_p99_ms"] < 5 if f["leaves"] >= 1_000_000 else None,
        ),
    ]


def _monitor(f: dict[str, Any]) -> list[Row]:
    r = f["replay"]
    return [
        (
            f"#6 monitor replay, {r['observations']:,} observations",
            f"{r['replay_s']:.2f} s ({r['replay_cpu_s']:.2f} s CPU)",
            "< 10 s for 50,000",
            f"fed one by one: {r['incremental_s']:.2f} s",
            r["replay_s"] < 10 if r["observations"] >= 50_000 else None,
        )
    ]


def _screening(f: dict[str, Any]) -> list[Row]:
    n = f["names"]
    rate = n.get("workers_per_s", n["per_s"])
    rows: list[Row] = [
        (
            "#5 screening vs full SDN list "
            + (f"({n['workers']} processes)" if "workers" in n else "(1 process)"),
            f"{_n(rate)} names/s (1 process {_n(n['per_s'])}/s)",
            "≥ 500 names/s on 2 cores",
            f"plain rapidfuzz scan, 1 process: {_n(n['rapidfuzz_per_s'])}/s "
            f"({rate / n['rapidfuzz_per_s']:.0f}x)",
            rate >= 500,
        )
    ]
    if "targets" in f:
        t = f["targets"]
        rows.append(
            (
                f"#5 {t['targets']:,} numbers vs {t['registry']:,}-entry registry",
                f"{t['seconds']:.2f} s",
                "seconds, not minutes",
                "—",
                t["seconds"] < 60,
            )
        )
    return rows


def _screening_eval(f: dict[str, Any]) -> list[Row]:
    a, r = f["alert"], f["review"]
    return [
        (
            f"#5 screening quality, {f['queries']:,} labelled variants",
            f"alert: precision {a['precision']:.3f}, recall {a['recall']:.3f}",
            "—",
            f"review: precision {r['precision']:.3f}, recall {r['recall']:.3f}",
            None,
        )
    ]


ROWS: dict[str, RowMaker] = {
    "gate": _gate,
    "justification": _justification,
    "http_postgres": _http,
    "http_sqlite": _http,
    "tlog": _tlog,
    "monitor": _monitor,
    "screening": _screening,
    "screening_eval": _screening_eval,
}


def table(results: dict[str, dict[str, Any]]) -> Table:
    t = Table(
        title=f"enduse benchmarks — {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        show_lines=False,
    )
    for column in ("figure", "measured", "goal", "baseline (same run)", "met", "load"):
        t.add_column(column, overflow="fold")
    for name, result in results.items():
        load = f"{result['load']:.2f}"
        if "figures" not in result:
            reason = result.get("skipped") or f"failed (exit {result['rc']})"
            t.add_row(name, reason, "", "", "", load)
            continue
        for label, measured, goal, baseline, met in ROWS[name](result["figures"]):
            mark = "" if met is None else ("[green]yes[/]" if met else "[red]no[/]")
            t.add_row(label, measured, goal, baseline, mark, load)
    return t


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--postgres",
        metavar="ADMIN_URL",
        default=os.environ.get("ENDUSE_BENCH_POSTGRES_URL"),
        help="a PostgreSQL server for the HTTP benchmark (default: $ENDUSE_BENCH_POSTGRES_URL)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes (a smoke run)"
    )
    parser.add_argument("--only", nargs="+", choices=[s.name for s in STEPS])
    parser.add_argument("--json", type=Path, help="also write every figure as JSON")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for step in STEPS:
            if args.only and step.name not in args.only:
                continue
            if step.needs_postgres and not args.postgres:
                results[step.name] = {
                    "load": os.getloadavg()[0],
                    "skipped": "skipped: no --postgres server",
                }
                continue
            results[step.name] = run_step(step, args, Path(tmp) / f"{step.name}.json")
    console = Console(width=max(Console().width, 160))
    console.print()
    console.print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if any(r.get("rc", 0) for r in results.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
