# ruff: noqa: T201 -- a script that prints figures
"""Transparency-log figures on this machine (not part of the test run).

    python benchmarks/bench_tlog.py [--leaves 1000000] [--single 2000] [--batch 2000]

Prints: appends/s one at a time (one transaction each) and batched; the physical limit (one
SHA-256 per node touched, measured with hashlib over the same number of nodes) and the ratio;
inclusion-proof generation p50/p99 at ``--leaves`` leaves; bytes stored per leaf.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from enduse.storage import Database, upgrade_database
from enduse.tlog import service
from enduse.tlog.models import EntryDraft, digest_of

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def drafts(start: int, count: int) -> list[EntryDraft]:
    return [
        EntryDraft(
            licence_id=1 + i % 50,
            kind="tasking_decision",
            decision="permit" if i % 3 else "deny",
            clause_ids=["euc.3.1", "euc.4.2"],
            targets=[f"tel:+4915{i % 100_000:08d}"],
            digests={"request": digest_of({"n": i})},
            ref=f"tasking_request:{i}",
        )
        for i in range(start, start + count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--leaves",
        type=int,
        default=1_000_000,
        help="tree size for the proof latency figure",
    )
    parser.add_argument(
        "--single", type=int, default=2000, help="appends timed one transaction each"
    )
    parser.add_argument(
        "--batch", type=int, default=2000, help="entries per transaction when batched"
    )
    parser.add_argument(
        "--proofs", type=int, default=2000, help="inclusion proofs timed"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        upgrade_database(url)
        db = Database(url)

        t = time.perf_counter()
        for d in drafts(0, args.single):
            with db.store() as s:
                service.append_entry(s, d, now=NOW)
        single = args.single / (time.perf_counter() - t)
        print(
            f"appends, one per transaction:   {single:10,.0f} leaves/s  ({args.single:,} leaves)"
        )

        done, batched_time = args.single, 0.0
        while done < args.leaves:
            batch = drafts(done, min(args.batch, args.leaves - done))
            t = time.perf_counter()
            with db.store() as s:
                service.append_entries(s, batch, now=NOW)
            batched_time += time.perf_counter() - t
            done += len(batch)
        batched_n = done - args.single
        batched = batched_n / batched_time if batched_n else 0.0
        print(
            f"appends, batched by {args.batch:<6}:    {batched:10,.0f} leaves/s  ({batched_n:,} leaves; goal >= 20,000)"
        )

        # The physical limit: one SHA-256 per node touched (a leaf hash over the leaf bytes,
        # then on average one interior node of 65 bytes per leaf).
        with db.store() as s:
            leaf_bytes = service.get_entry(s, 0).leaf
        sample = bytes(len(str(leaf_bytes)))  # leaf-sized input
        node = b"\x01" + bytes(64)
        n = max(batched_n, 100_000)
        t = time.perf_counter()
        for _ in range(n):
            hashlib.sha256(b"\x00" + sample).digest()
            hashlib.sha256(node).digest()
        limit = n / (time.perf_counter() - t)
        print(
            f"physical limit (2 SHA-256/leaf): {limit:10,.0f} leaves/s  (batched / limit = {batched / limit:.1%})"
        )

        with db.store() as s:
            size = service.tree_size(s)
            step = max(1, size // args.proofs)
            times = []
            for index in range(0, size, step):
                t = time.perf_counter()
                service.inclusion_proof(s, index, size=size)
                times.append(time.perf_counter() - t)
        times.sort()
        p99 = times[int(len(times) * 0.99) - 1] * 1000
        print(
            f"inclusion proof at {size:,} leaves: p50 {statistics.median(times) * 1000:.2f} ms, "
            f"p99 {p99:.2f} ms  ({len(times):,} proofs; goal p99 < 5 ms)"
        )

        db.dispose()
        with Database(url).engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
        print(
            f"bytes stored per leaf:           {stored / size:10,.0f} B  ({stored / 2**20:,.1f} MiB for {size:,} leaves)"
        )


if __name__ == "__main__":
    main()
