# ruff: noqa: T201 -- a script that prints figures
"""Transparency-log figures on this machine (not part of the test run).

    python benchmarks/tlog_bench.py [--leaves 1000000] [--single 2000] [--batch 5000]
                                    [--proofs 2000] [--url postgresql+psycopg://...]

Builds a log of ``--leaves`` entries in a fresh SQLite file (or the empty, migratable
database at ``--url``) through the service's own append path and prints:

- appends/s one at a time (one transaction each) and batched (``--batch`` per transaction);
- the physical limit measured on the same machine: hashlib SHA-256 over the same leaves and
  interior nodes the batched appends hashed (one SHA-256 per node touched), and the ratio;
- inclusion-proof generation p50/p99 at the full size (each proof its own transaction, as an
  API request is; random indices), and consistency-proof p99;
- bytes stored per leaf (database files after a WAL checkpoint; relation sizes on PostgreSQL).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from sqlalchemy import text

from enduse.storage import Database, upgrade_database
from enduse.storage import tlog_repo as repo
from enduse.tlog import service
from enduse.tlog.models import EntryDraft

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TABLES = ("tlog_entries", "tlog_nodes", "tlog_state", "tlog_pseudonym_secrets")


def drafts(count: int) -> list[EntryDraft]:
    """``count`` validated drafts of realistic shape (50 licences, one target each); reused
    cyclically, so building a large log costs no draft-making time (each leaf still differs:
    its sequence number)."""
    return [
        EntryDraft(
            licence_id=1 + i % 50,
            kind="tasking_decision",
            decision="permit" if i % 3 else "deny",
            clause_ids=["euc.3.1", "euc.4.2"],
            targets=[f"tel:+4915{i % 100_000:08d}"],
            digests={"request": "sha256:" + hashlib.sha256(b"%d" % i).hexdigest()},
            ref=f"tasking_request:{i}",
        )
        for i in range(count)
    ]


def percentile(sorted_times: list[float], q: float) -> float:
    return sorted_times[min(len(sorted_times) - 1, int(len(sorted_times) * q))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--leaves", type=int, default=1_000_000, help="final tree size")
    parser.add_argument(
        "--single", type=int, default=2000, help="appends timed one transaction each"
    )
    parser.add_argument(
        "--batch", type=int, default=5000, help="entries per transaction when batched"
    )
    parser.add_argument("--proofs", type=int, default=2000, help="proofs timed")
    parser.add_argument("--url", help="database URL (default: a fresh SQLite file)")
    parser.add_argument(
        "--result",
        type=Path,
        help="also write the figures as JSON (benchmarks/run_all.py)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        result = run(url, args)
    if args.result:
        args.result.write_text(json.dumps(result))


def run(url: str, args: argparse.Namespace) -> dict[str, float]:
    """Print the figures and return them."""
    result: dict[str, float] = {}
    upgrade_database(url)
    db = Database(url)
    with db.store() as s:
        if service.tree_size(s):
            sys.exit(f"{url}: the log is not empty")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; "
        f"Python {platform.python_version()}; {db.dialect}"
        + (f" {sqlite3.sqlite_version}" if db.dialect == "sqlite" else "")
    )
    result["load"] = os.getloadavg()[0]
    pool = drafts(max(args.batch, args.single))

    t, c = time.perf_counter(), time.process_time()
    for d in pool[: args.single]:
        with db.store() as s:
            service.append_entry(s, d, now=NOW)
    single = args.single / (time.perf_counter() - t)
    single_cpu = args.single / (time.process_time() - c)
    print(
        f"appends, one per transaction:     {single:10,.0f} leaves/s  "
        f"({single_cpu:,.0f} per CPU-second; {args.single:,} leaves)"
    )

    done, batched_time, batched_cpu = args.single, 0.0, 0.0
    t_build = time.perf_counter()
    while done < args.leaves:
        batch = pool[: min(args.batch, args.leaves - done)]
        t, c = time.perf_counter(), time.process_time()
        with db.store() as s:
            service.append_batch(s, batch, now=NOW)
        batched_time += time.perf_counter() - t
        batched_cpu += time.process_time() - c
        done += len(batch)
    batched_n = done - args.single
    batched = batched_n / batched_time if batched_n else 0.0
    print(
        f"appends, batched by {args.batch:<6,}:      {batched:10,.0f} leaves/s  "
        f"({batched_n / max(batched_cpu, 1e-9):,.0f} per CPU-second; {batched_n:,} leaves "
        f"in {time.perf_counter() - t_build:.0f} s; goal >= 20,000)"
    )

    # The physical limit: one SHA-256 per node touched -- every leaf hash (over the leaf
    # bytes) and every interior node (65 bytes) the batched appends completed.
    with db.store() as s:
        leaves = [bytes(r.leaf) for r in repo.entry_range(s.session, 0, 1000)]
    interior = (
        0  # nodes a leaf completes above itself: the trailing one bits of its index
    )
    for i in range(done):
        interior += (~i & (i + 1)).bit_length() - 1
    interior_batched = interior - sum(
        (~i & (i + 1)).bit_length() - 1 for i in range(args.single)
    )
    node = b"\x01" + bytes(64)
    sha = hashlib.sha256
    t = time.perf_counter()
    for i in range(batched_n):
        sha(b"\x00" + leaves[i % len(leaves)]).digest()
    for _ in range(interior_batched):
        sha(node).digest()
    limit = batched_n / (time.perf_counter() - t)  # wall time, as the batched figure
    result |= {
        "single_per_s": single,
        "batched_per_s": batched,
        "hashlib_limit_per_s": limit,
    }
    print(
        f"physical limit (hashlib, {(batched_n + interior_batched) / max(batched_n, 1):.2f} SHA-256/leaf): "
        f"{limit:10,.0f} leaves/s  (batched / limit = {batched / limit:.1%})"
    )

    rng = random.Random(4)  # noqa: S311 -- which indices to time, not a secret
    size = done
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(args.proofs):
        index = rng.randrange(size)
        t, c = time.perf_counter(), time.process_time()
        with db.store() as s:
            proof = service.inclusion_proof(s, index, size=size)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if len(times) <= 50:
            service.check_inclusion(proof)
    times.sort()
    cpu.sort()
    print(
        f"inclusion proof at {size:,} leaves: p50 {statistics.median(times) * 1e3:.2f} ms, "
        f"p99 {percentile(times, 0.99) * 1e3:.2f} ms, max {times[-1] * 1e3:.2f} ms; "
        f"CPU p50 {statistics.median(cpu) * 1e3:.2f} ms, p99 {percentile(cpu, 0.99) * 1e3:.2f} ms  "
        f"({len(times):,} proofs, one transaction each; goal p99 < 5 ms)"
    )
    result |= {
        "leaves": size,
        "inclusion_p50_ms": statistics.median(times) * 1e3,
        "inclusion_p99_ms": percentile(times, 0.99) * 1e3,
    }
    times = []
    for _ in range(args.proofs // 4):
        size1 = rng.randrange(1, size)
        t = time.perf_counter()
        with db.store() as s:
            proof_c = service.consistency_proof(s, size1, size)
        times.append(time.perf_counter() - t)
        if len(times) <= 20:
            service.check_consistency(proof_c)
    times.sort()
    print(
        f"consistency proof to {size:,}:   p50 {statistics.median(times) * 1e3:.2f} ms, "
        f"p99 {percentile(times, 0.99) * 1e3:.2f} ms  ({len(times):,} proofs)"
    )

    result["consistency_p99_ms"] = percentile(times, 0.99) * 1e3
    stored = stored_bytes(db, url)
    result["bytes_per_leaf"] = stored / size
    print(
        f"bytes stored per leaf:             {stored / size:10,.0f} B  "
        f"({stored / 2**20:,.1f} MiB for {size:,} leaves, entries + nodes + indexes)"
    )
    db.dispose()
    return result


def stored_bytes(db: Database, url: str) -> int:
    if db.dialect == "sqlite":
        db.dispose()
        with Database(url).engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(url.removeprefix("sqlite:///"))
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with db.engine.connect() as conn:
        return sum(
            int(conn.scalar(text("SELECT pg_total_relation_size(:t)"), {"t": t}) or 0)
            for t in TABLES
        )


if __name__ == "__main__":
    main()
