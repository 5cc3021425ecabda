"""Screening speed: names/s against the full OFAC SDN list (with its remark aliases), next
to a plain rapidfuzz scan as the baseline, on one core and on two; the time of one
``enduse screening check`` in a fresh process once the list is loaded; and 50,000 target
numbers against a 100,000-entry protected-persons registry.

Run: ``PYTHONPATH=src python benchmarks/screening_bench.py [SDN_FOLDER] [--names N]``
(pin it to two cores with ``taskset -c 0,1`` to measure the 2-core goal).
Prints figures; not part of the test run.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

from enduse.screening import registry, service
from enduse.screening.index import IndexedEntity, ScreeningIndex
from enduse.screening.loaders import read_list
from enduse.screening.models import ListFormat, LoadStats
from enduse.screening.registry import RegistryEntry
from enduse.storage import Database, upgrade_database

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data/screening")
if not SHARED.exists():
    SHARED = ROOT.parents[1] / "shared" / "data" / "screening"
SDN = SHARED / "ofac_sdn_2024-05-03"


def _say(message: str) -> None:
    print(message, flush=True)  # noqa: T201 -- a benchmark prints its figures


def _variants(names: list[str], n: int, rng: random.Random) -> list[str]:
    """Queries: listed names, half of them with a typo, shuffled word order or a legal form."""
    out = []
    for name in rng.choices(names, k=n):
        r = rng.random()
        if r < 0.25 and len(name) > 6:
            i = rng.randrange(1, len(name) - 2)
            name = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif r < 0.5:
            words = name.split()
            rng.shuffle(words)
            name = " ".join(words)
        elif r < 0.6:
            name += " Ltd"
        out.append(name)
    # a quarter are names nobody lists (most screened parties are on no list)
    for i in range(0, n, 4):
        out[i] = (
            f"{rng.choice(['Acme', 'Nordwind', 'Blue Harbour', 'Kestrel'])} Trading {i} Ltd"
        )
    return out


_INDEX: ScreeningIndex | None = None


def _screen(queries: list[str]) -> int:
    assert _INDEX is not None  # noqa: S101 -- set before the pool forks
    for q in queries:
        _INDEX.search(q, limit=1)
    return len(queries)


def bench_names(folder: Path, n: int, workers: int) -> dict[str, float]:
    global _INDEX
    stats = LoadStats()
    t = time.perf_counter()
    records = list(read_list(folder, ListFormat.OFAC_SDN, stats))
    _say(
        f"read {stats.records} records, {stats.aliases} aliases in {time.perf_counter() - t:.2f}s"
    )
    entities = [
        IndexedEntity(
            "sdn",
            "bench",
            1,
            r.entity_id,
            r.name,
            r.entity_type,
            r.aliases,
            r.countries,
            r.programs,
            r.source,
        )
        for r in records
    ]
    t = time.perf_counter()
    index = ScreeningIndex(entities)
    _say(
        f"index: {index.name_count} names analysed and indexed in {time.perf_counter() - t:.2f}s"
    )
    _INDEX = index
    rng = random.Random(5)  # noqa: S311 -- reproducible benchmark data, not secrets
    queries = _variants([e.name for e in entities], n, rng)
    warm = _variants([e.name for e in entities], 200, random.Random(6))  # noqa: S311
    _screen(warm)
    t, c = time.perf_counter(), time.process_time()
    _screen(queries)
    ours = n / (time.perf_counter() - t)
    ours_cpu = n / (time.process_time() - c)
    choices = list(index.raw)
    sample = queries[: max(n // 10, 50)]
    t, c = time.perf_counter(), time.process_time()
    for q in sample:
        process.extractOne(q, choices, scorer=fuzz.WRatio)
    baseline = len(sample) / (time.perf_counter() - t)
    baseline_cpu = len(sample) / (time.process_time() - c)
    _say(
        f"one core: screening {ours:.0f} names/s ({ours_cpu:.0f} per CPU-second); plain "
        f"rapidfuzz extractOne(WRatio) scan {baseline:.0f} names/s ({baseline_cpu:.0f} per "
        f"CPU-second); ratio {ours / baseline:.1f}x ({ours_cpu / baseline_cpu:.1f}x in CPU time)"
    )
    out = {"per_s": ours, "per_cpu_s": ours_cpu, "rapidfuzz_per_s": baseline}
    if workers > 1 and hasattr(os, "fork"):
        chunks = [queries[i::workers] for i in range(workers)]
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            pool.map(_screen, [warm[i::workers] for i in range(workers)])
            t = time.perf_counter()
            done = sum(pool.map(_screen, chunks))
            both = done / (time.perf_counter() - t)
        _say(
            f"{workers} processes: screening {both:.0f} names/s "
            f"(ratio to the one-core baseline scan {both / baseline:.1f}x)"
        )
        out |= {"workers": workers, "workers_per_s": both}
    return out


def bench_cli(folder: Path, tmp: Path) -> None:
    """Load the list into a database, then time ``enduse screening check`` in fresh processes."""
    url = f"sqlite:///{tmp / 'cli.db'}"
    upgrade_database(url)
    db = Database(url)
    t = time.perf_counter()
    with db.store() as s:
        service.load_list(s, folder, "ofac-sdn", now=datetime.now(UTC))
    _say(
        f"load: {folder.name} into SQLite with names and features in {time.perf_counter() - t:.1f}s"
    )
    db.dispose()
    env = {
        **os.environ,
        "ENDUSE_DATABASE_URL": url,
        "ENDUSE_KEY_DIR": str(tmp / "keys"),
    }
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")

    def child(args: list[str]) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)  # noqa: S603 -- our own CLI
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return time.perf_counter() - t, cpu

    for name in ("Intelexa Ltd", "Banco Nacional de Cuba", "Pozitiv Teknolodzhiz"):
        wall, cpu = child(
            [sys.executable, "-m", "enduse", "screening", "check", name, "--json"]
        )
        _say(
            f"cli: enduse screening check {name!r}, fresh process: {wall:.2f}s wall, {cpu:.2f}s CPU"
        )
    wall, cpu = child([sys.executable, "-c", "import enduse.cli"])
    _say(
        f"cli: python start-up and `import enduse.cli` alone: {wall:.2f}s wall, {cpu:.2f}s CPU"
    )


def bench_targets(
    tmp: Path, registry_size: int = 100_000, targets: int = 50_000
) -> dict[str, float]:
    url = f"sqlite:///{tmp / 'bench.db'}"
    upgrade_database(url)
    db = Database(url)
    key = b"b" * 32
    rng = random.Random(7)  # noqa: S311 -- reproducible benchmark data, not secrets
    numbers = [f"+4477009{i:05d}" for i in range(registry_size)]
    entries = (
        RegistryEntry(
            registry.RegistryCategory.JOURNALIST,
            f"Person {i}",
            (),
            (numbers[i],),
            "GB",
            "bench",
            None,
        )
        for i in range(registry_size)
    )
    t = time.perf_counter()
    with db.store() as s:
        registry.load_registry(s, entries, key=key, now=datetime.now(UTC))
    _say(f"registry: {registry_size} entries loaded in {time.perf_counter() - t:.1f}s")
    lines = ["identifier"] + [
        rng.choice(numbers)
        if rng.random() < 0.01
        else f"+5215{rng.randrange(10**9):09d}"
        for _ in range(targets)
    ]
    t = time.perf_counter()
    with db.store() as s:
        checks = registry.check_targets(s, io.StringIO("\n".join(lines)), key=key)
    took = time.perf_counter() - t
    _say(
        f"targets: {targets} numbers checked against {registry_size} entries in {took:.2f}s "
        f"({registry.summarize(checks)['matched']} matches)"
    )
    db.dispose()
    return {"targets": targets, "registry": registry_size, "seconds": took}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=SDN)
    parser.add_argument("--names", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-targets", action="store_true")
    parser.add_argument(
        "--result",
        type=Path,
        help="also write the figures as JSON (benchmarks/run_all.py)",
    )
    args = parser.parse_args()
    _say(
        f"cores available: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}"
    )
    result: dict[str, object] = {
        "names": bench_names(args.folder, args.names, args.workers)
    }
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_cli:
            bench_cli(args.folder, Path(tmp))
        if not args.skip_targets:
            result["targets"] = bench_targets(Path(tmp))
    if args.result:
        args.result.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
