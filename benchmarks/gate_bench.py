# ruff: noqa: T201, E402 -- a script that prints figures; imports follow the sys.path set-up
"""Gate figures on this machine (not part of the test run).

    python benchmarks/gate_bench.py [--scenarios FILE.jsonl] [--rounds 3] [--http 200]

Prints decisions/s and p50/p99 latency for

(a) the structured policy path alone (``policy.evaluate``: facts → Cedar context, both policy
    sets, result parsing, with the justification findings precomputed) against bare
    ``cedarpy.is_authorized`` calls on the same parsed policies, schema, entities and
    precomputed contexts (two calls: the deny and the refer set), and the ratio (goal ≤ 2x);
(b) the full path ``gate.decide`` with justification analysis (goal p99 ≤ 50 ms on 2 cores);
(c) the database path: ``gate.taskings.submit_tasking`` in one transaction per decision
    (registry lookup, licence state, decision, tasking row, log append, token on permit) on a
    temporary SQLite file, and the same over HTTP (``POST /v1/taskings``, in-process client).

Scenarios default to ``shared/data/gate/public.jsonl`` in or above the repository, else the small
fixture in ``tests/assets/gate``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import cedarpy

from enduse.gate import decide, default_terms
from enduse.gate.service import facts_of
from enduse.justification import analyse
from enduse.policy import compiled, context_of, evaluate
from enduse.policy.compile import ACTION
from enduse.tasking import Scenario, read_scenarios


def _scenarios(path: Path) -> list[Scenario]:
    out = [s for _n, s in read_scenarios(path.read_text("utf-8").splitlines())]
    good = [s for s in out if isinstance(s, Scenario)]
    if not good:
        raise SystemExit(f"no valid scenario in {path}")
    return good


def _measure(calls: list[Callable[[], Any]], rounds: int) -> tuple[float, float, float]:
    """(decisions/s, p50 ms, p99 ms) over ``rounds`` passes of ``calls`` after one warm-up pass."""
    for call in calls:
        call()
    times: list[int] = []
    start = time.perf_counter_ns()
    for _ in range(rounds):
        for call in calls:
            t0 = time.perf_counter_ns()
            call()
            times.append(time.perf_counter_ns() - t0)
    total = (time.perf_counter_ns() - start) / 1e9
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return len(times) / total, statistics.median(times) / 1e6, p99 / 1e6


def _line(name: str, figures: tuple[float, float, float]) -> None:
    rate, p50, p99 = figures
    print(f"  {name:<38} {rate:>9.0f}/s   p50 {p50:7.3f} ms   p99 {p99:7.3f} ms")


Figures = tuple[float, float, float]


def _fig(figures: Figures) -> dict[str, float]:
    return dict(zip(("per_s", "p50_ms", "p99_ms"), figures, strict=True))


def bench_policy(scenarios: list[Scenario], rounds: int) -> dict[str, Any]:
    terms = default_terms()
    cc = compiled(terms)
    prepared = []
    for s in scenarios:
        analysis = analyse(
            s.request.justification,
            offence_label=s.request.offence.label,
            profession=s.request.target.profession,
        )
        facts = facts_of(s.request, s.licence, analysis, now=s.now)
        request = {
            "principal": cc.principal,
            "action": ACTION,
            "resource": cc.resource,
            "context": context_of(facts),
        }
        prepared.append((facts, request))

    def ours(facts: Any) -> Callable[[], Any]:
        return lambda: evaluate(cc, facts)

    def bare(request: dict[str, Any]) -> Callable[[], Any]:
        def run() -> None:
            cedarpy.is_authorized(request, cc.deny_policies, cc.entities, cc.schema)
            cedarpy.is_authorized(request, cc.refer_policies, cc.entities, cc.schema)

        return run

    print("(a) structured policy path (justification findings precomputed)")
    mine = _measure([ours(f) for f, _ in prepared], rounds)
    base = _measure([bare(r) for _, r in prepared], rounds)
    _line("policy.evaluate (deny + refer sets)", mine)
    _line("bare cedarpy.is_authorized x 2", base)
    print(
        f"  ratio (ours / bare): throughput {base[0] / mine[0]:.2f}x, "
        f"p50 {mine[1] / base[1]:.2f}x, p99 {mine[2] / base[2]:.2f}x   (goal ≤ 2x)"
    )
    return {"policy": _fig(mine), "bare_cedarpy": _fig(base)}


def bench_full(scenarios: list[Scenario], rounds: int) -> dict[str, Any]:
    print("(b) full path: gate.decide with justification analysis")
    calls = [(lambda s=s: decide(s.request, s.licence, now=s.now)) for s in scenarios]
    figures = _measure(calls, rounds)
    _line("gate.decide", figures)
    return {"full": _fig(figures)}


def bench_database(scenarios: list[Scenario], http_count: int) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from enduse.api import create_app
    from enduse.auth import Role
    from enduse.clock import utcnow
    from enduse.gate.models import TaskingIn
    from enduse.gate.taskings import submit_tasking
    from enduse.settings import Settings
    from enduse.storage import Database, upgrade_database
    from tests.auth_helpers import bearer, make_token
    from tests.gate.taskings_world import build_licence, gate_config

    print("(c) database path (temporary SQLite file, WAL)")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        upgrade_database(url)
        settings = Settings(database_url=url, key_dir=Path(tmp) / "keys")
        db = Database(url)
        world = build_licence(db, settings, max_active_targets=100_000)
        config = gate_config(settings)
        valid_until = utcnow().replace(year=utcnow().year + 1).isoformat()

        def body(i: int, s: Scenario) -> dict[str, Any]:
            r = s.request
            return {
                "licence_id": world.licence_id,
                "operator": "bench",
                "target": {
                    "identifier": f"+52155{i % 10**8:08d}",
                    "location_country": r.target.location_country,
                    "nationality": r.target.nationality,
                    "profession": r.target.profession,
                },
                "offence": r.offence.model_dump(mode="json"),
                "legal_basis": {
                    **r.legal_basis.model_dump(mode="json"),
                    "valid_until": valid_until if r.legal_basis.valid_until else None,
                },
                "capabilities": [c.value for c in r.capabilities],
                "justification": r.justification,
            }

        items = [TaskingIn.model_validate(body(i, s)) for i, s in enumerate(scenarios)]

        def service_call(item: TaskingIn) -> Callable[[], Any]:
            def run() -> None:
                with db.store() as store:
                    submit_tasking(store, item, config, now=utcnow())

            return run

        out = {"submit_tasking": _fig(_measure([service_call(i) for i in items], 1))}
        _line("submit_tasking (one commit each)", tuple(out["submit_tasking"].values()))
        # the API needs a caller: a regulator admin's API token, made in the same database
        headers = bearer(make_token(db, Role.REGULATOR_ADMIN))
        with TestClient(create_app(settings, database=db), headers=headers) as client:
            payloads = [
                body(len(items) + i, scenarios[i % len(scenarios)])
                for i in range(http_count)
            ]

            def http_call(p: dict[str, Any]) -> Callable[[], Any]:
                def run() -> None:
                    r = client.post("/v1/taskings", json=p)
                    if r.status_code != 201:
                        raise SystemExit(f"POST /v1/taskings: {r.status_code} {r.text}")

                return run

            http = _measure([http_call(p) for p in payloads], 1)
            _line("POST /v1/taskings (in-process HTTP)", http)
            out["in_process_http"] = _fig(http)
        db.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = next(
        (
            p / "shared" / "data" / "gate" / "public.jsonl"
            for p in (ROOT, ROOT.parent, ROOT.parent.parent)
            if (p / "shared" / "data" / "gate" / "public.jsonl").is_file()
        ),
        ROOT / "tests" / "assets" / "gate" / "small.jsonl",
    )
    parser.add_argument("--scenarios", type=Path, default=default)
    parser.add_argument(
        "--rounds", type=int, default=3, help="passes over the file for (a) and (b)"
    )
    parser.add_argument(
        "--http", type=int, default=200, help="HTTP requests for (c); 0 skips (c)"
    )
    parser.add_argument(
        "--result",
        type=Path,
        help="also write the figures as JSON (benchmarks/run_all.py)",
    )
    args = parser.parse_args()
    scenarios = _scenarios(args.scenarios)
    print(f"gate benchmark: {len(scenarios)} scenarios from {args.scenarios}")
    result = {"scenarios": len(scenarios), **bench_policy(scenarios, args.rounds)}
    result |= bench_full(scenarios, args.rounds)
    if args.http:
        result |= bench_database(scenarios, args.http)
    if args.result:
        args.result.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
