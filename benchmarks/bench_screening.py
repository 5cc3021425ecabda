"""Names/s screened against the full OFAC SDN list (with remark aliases), against a plain
rapidfuzz scan as the baseline, and 50,000 target numbers against a 100,000-entry registry.

Run: ``PYTHONPATH=src python benchmarks/bench_screening.py [SDN_FOLDER] [--names N]``.
Prints figures; not part of the test run.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

from enduse.screening import registry
from enduse.screening.index import IndexedEntity, ScreeningIndex
from enduse.screening.loaders import read_list
from enduse.screening.models import ListFormat, LoadStats
from enduse.screening.registry import RegistryEntry
from enduse.storage import Database, upgrade_database


def _say(message: str) -> None:
    print(message)  # noqa: T201 -- a benchmark prints its figures


SDN = (
    Path(__file__).resolve().parents[1].parent.parent
    / "shared"
    / "data"
    / "screening"
    / "ofac_sdn_2024-05-03"
)


def _variants(names: list[str], n: int, rng: random.Random) -> list[str]:
    """Queries: listed names, half of them with a typo, shuffled word order or a legal form."""
    out = []
    for name in rng.sample(names, n):
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
    return out


def bench_names(folder: Path, n: int) -> None:
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
        f"index: {len(index.names)} names in {time.perf_counter() - t:.2f}s (includes rigour's one-time tagger load)"
    )
    rng = random.Random(5)  # noqa: S311 -- reproducible benchmark data, not secrets
    queries = _variants([e.name for e in entities], n, rng)
    index.search(queries[0])
    t = time.perf_counter()
    for q in queries:
        index.search(q, limit=1)
    ours = n / (time.perf_counter() - t)
    choices = [name.original for name in index.names]
    t = time.perf_counter()
    for q in queries[: max(n // 10, 20)]:
        process.extractOne(q, choices, scorer=fuzz.WRatio)
    baseline = max(n // 10, 20) / (time.perf_counter() - t)
    _say(
        f"screening: {ours:.0f} names/s; plain rapidfuzz WRatio scan: {baseline:.0f} names/s; ratio {ours / baseline:.1f}x"
    )


def bench_targets(
    tmp: Path, registry_size: int = 100_000, targets: int = 50_000
) -> None:
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
    print(f"registry: {registry_size} entries loaded in {time.perf_counter() - t:.1f}s")  # noqa: T201
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
        f"targets: {targets} numbers checked in {took:.2f}s ({registry.summarize(checks)['matched']} matches)"
    )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=SDN)
    parser.add_argument("--names", type=int, default=2000)
    parser.add_argument("--skip-targets", action="store_true")
    args = parser.parse_args()
    bench_names(args.folder, args.names)
    if not args.skip_targets:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            bench_targets(Path(tmp))


if __name__ == "__main__":
    main()
