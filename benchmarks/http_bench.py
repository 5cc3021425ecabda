# ruff: noqa: T201, E402 -- a script that prints figures; imports follow the sys.path set-up
"""Gate decisions over HTTP with the log append, against real uvicorn workers (not a test).

    python benchmarks/http_bench.py [--url DATABASE_URL] [--workers 2] [--clients 8]
                                    [--requests 400] [--postgres ADMIN_URL]

Starts ``uvicorn enduse.api.app:create_app --workers N`` on a migrated database (a fresh
SQLite file by default; ``--url`` names an empty PostgreSQL database, e.g. one on the
throwaway server of ``scripts/pg-test-server``), builds one licence through the real services,
then ``--clients`` load-generator *processes* each post their share of ``--requests`` tasking
requests (``POST /v1/taskings``: registry lookup, justification analysis with the sentence
model, Cedar policy, tasking row, log append, token on a permit, one commit each), every one a
different target, justifications taken in turn from the public scenarios. No response is cached
and every decision is logged: afterwards the bench checks that every acknowledged decision has
its own log index and that the whole tree audits.

Prints decisions/s and p50/p99 latency, next to the baseline: the same workers answering
``GET /healthz`` with the same load generator (what HTTP alone costs on this machine).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import httpx

from enduse.clock import utcnow
from enduse.settings import Settings
from enduse.storage import Database, upgrade_database
from enduse.tasking import Scenario, read_scenarios
from enduse.tlog import service as tlog
from enduse.tlog.keys import create_log_key, load_log_signer

SCENARIOS = next(
    (
        p / "shared" / "data" / "gate" / "public.jsonl"
        for p in (ROOT, ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "data" / "gate" / "public.jsonl").is_file()
    ),
    ROOT / "tests" / "assets" / "gate" / "small.jsonl",
)


@contextlib.contextmanager
def fresh_postgres(admin_url: str) -> Iterator[str]:
    """A new empty database on the server at ``admin_url``, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"enduse_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield (
            make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _payloads(licence_id: int, count: int, offset: int) -> list[dict[str, Any]]:
    lines = SCENARIOS.read_text("utf-8").splitlines()
    scenarios = [s for _n, s in read_scenarios(lines) if isinstance(s, Scenario)]
    valid_until = utcnow().replace(year=utcnow().year + 1).isoformat()
    out = []
    for i in range(offset, offset + count):
        r = scenarios[i % len(scenarios)].request
        out.append(
            {
                "licence_id": licence_id,
                "operator": "bench",
                "target": {
                    "identifier": f"+52155{i:08d}",
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
        )
    return out


def _client(
    args: tuple[str, dict[str, str], str, list[dict[str, Any]] | int],
) -> dict[str, Any]:
    """One load-generator process: its requests one after another on one connection."""
    url, headers, path, work = args
    times: list[float] = []
    indices: list[int] = []
    with httpx.Client(base_url=url, timeout=120, headers=headers) as http:
        began = time.perf_counter()
        items = work if isinstance(work, list) else [None] * work
        for body in items:
            t = time.perf_counter()
            r = http.post(path, json=body) if body is not None else http.get(path)
            times.append(time.perf_counter() - t)
            if r.status_code not in (200, 201):
                raise SystemExit(f"{path}: {r.status_code} {r.text[:300]}")
            if body is not None:
                indices.append(r.json()["log_index"])
        ended = time.perf_counter()
    return {"began": began, "ended": ended, "times": times, "indices": indices}


def _load(
    pool: Any,
    server: Any,
    path: str,
    shares: list[list[dict[str, Any]]] | list[int],
) -> dict[str, Any]:
    """``shares`` split across the pool's processes, each with the server's admin token."""
    parts = pool.map(
        _client, [(server.url, server.headers, path, share) for share in shares]
    )
    times = sorted(t for p in parts for t in p["times"])
    wall = max(p["ended"] for p in parts) - min(p["began"] for p in parts)
    return {
        "count": len(times),
        "per_s": len(times) / wall,
        "p50_ms": statistics.median(times) * 1e3,
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))] * 1e3,
        "indices": [i for p in parts for i in p["indices"]],
    }


def run(
    url: str,
    *,
    workers: int = 2,
    clients: int = 8,
    requests: int = 400,
    warmup: int = 40,
    threads: int = 1,
) -> dict[str, Any]:
    """The figures as a dict (see the module docstring); ``url`` is an empty database."""
    from tests.gate.taskings_world import build_licence
    from tests.servers import Server

    with tempfile.TemporaryDirectory() as tmp:
        upgrade_database(url)
        settings = Settings(database_url=url, key_dir=Path(tmp) / "keys")
        db = Database(url)
        create_log_key(settings.key_dir, exist_ok=True)
        world = build_licence(db, settings, max_active_targets=100_000)
        warm = _payloads(world.licence_id, warmup, 0)
        work = _payloads(world.licence_id, requests, warmup)
        server = Server(
            settings,
            workers=workers,
            env={"ENDUSE_GATE_MODEL_THREADS": str(threads)},
        )
        ctx = multiprocessing.get_context("fork")
        try:
            with ctx.Pool(clients) as pool:
                # every worker loads the model on its first request: warm them all up
                _load(
                    pool,
                    server,
                    "/v1/taskings",
                    [warm[i::clients] for i in range(clients)],
                )
                base = _load(pool, server, "/healthz", [requests // clients] * clients)
                gate = _load(
                    pool,
                    server,
                    "/v1/taskings",
                    [work[i::clients] for i in range(clients)],
                )
        finally:
            server.stop()
        indices = gate.pop("indices")
        base.pop("indices")
        signer = load_log_signer(settings.key_dir, settings.regulator_name)
        with db.store() as store:
            tlog.publish_checkpoint(store, signer, now=utcnow())
        with db.store() as store:
            size = tlog.tree_size(store)
            report = tlog.audit(store, signer.verifier())
        db.dispose()
    problems = list(report.problems)
    if len(set(indices)) != len(indices):
        problems.append("a log index was handed out twice")
    if not set(indices) <= set(range(size)):
        problems.append("an acknowledged index is outside the tree")
    return {
        "bench": "http",
        "backend": url.split(":", 1)[0].split("+", 1)[0],
        "workers": workers,
        "clients": clients,
        "model_threads": threads,
        "gate": gate,
        "baseline_healthz": base,
        "tree_size": size,
        "audit_ok": report.ok and not problems,
        "problems": problems,
        "load": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--url", help="an empty database (default: a fresh SQLite file)"
    )
    parser.add_argument(
        "--postgres",
        metavar="ADMIN_URL",
        help="make a fresh database on this PostgreSQL server (scripts/pg-test-server start)",
    )
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument(
        "--clients", type=int, default=8, help="load-generator processes"
    )
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--warmup", type=int, default=40)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads per worker"
    )
    parser.add_argument(
        "--result",
        type=Path,
        help="also write the figures as JSON (benchmarks/run_all.py)",
    )
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory())
        if args.postgres:
            url = stack.enter_context(fresh_postgres(args.postgres))
        else:
            url = args.url or f"sqlite:///{tmp}/bench.db"
        out = run(
            url,
            workers=args.workers,
            clients=args.clients,
            requests=args.requests,
            warmup=args.warmup,
            threads=args.threads,
        )
    g, b = out["gate"], out["baseline_healthz"]
    print(
        f"POST /v1/taskings ({out['backend']}, {out['workers']} uvicorn workers, {out['clients']} "
        f"client processes, load {out['load']:.2f}): {g['per_s']:,.1f} decisions/s, "
        f"p50 {g['p50_ms']:.1f} ms, p99 {g['p99_ms']:.1f} ms ({g['count']} requests)"
    )
    print(
        f"baseline GET /healthz, same workers and clients: {b['per_s']:,.0f} requests/s, "
        f"p50 {b['p50_ms']:.1f} ms, p99 {b['p99_ms']:.1f} ms"
    )
    print(
        f"log after the run: {out['tree_size']} entries, audit "
        + ("ok" if out["audit_ok"] else "FAILED: " + "; ".join(out["problems"]))
    )
    if args.result:
        args.result.write_text(json.dumps(out))
    if not out["audit_ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
