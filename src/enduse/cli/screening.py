"""``enduse screening``: restricted-party lists, name checks, hits, the protected-persons registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from enduse.cli._common import (
    console,
    emit,
    emit_many,
    print_json,
    print_table,
    settings,
    store,
    validated,
)
from enduse.clock import utcnow
from enduse.errors import InvalidInputError
from enduse.screening import (
    HitOut,
    HitResolve,
    ListOut,
    ProtectedPersonOut,
    registry,
    service,
)

app = typer.Typer(
    help="Restricted-party screening and the protected-persons registry.",
    no_args_is_help=True,
)
registry_app = typer.Typer(
    help="The protected-persons registry (identifiers stored only as keyed digests).",
    no_args_is_help=True,
)
app.add_typer(registry_app, name="registry")

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _list_out(row: object, current: bool) -> ListOut:
    return ListOut.model_validate(
        {
            **{c: getattr(row, c) for c in ListOut.model_fields if c != "current"},
            "current": current,
        }
    )


@app.command("load")
def load(
    path: Annotated[
        Path,
        typer.Argument(
            help="List file, or for ofac-sdn a folder holding sdn.csv (+ alt.csv, add.csv)."
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", help="ofac-sdn | csl | ftm")],
    name: Annotated[
        str | None,
        typer.Option("--name", help="List name (default: us-ofac-sdn, us-csl, ftm)."),
    ] = None,
    version: Annotated[
        str | None,
        typer.Option(
            "--version", help="Version label (default: the date the data states)."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Load a new version of a list (earlier versions are kept)."""
    with Progress(
        TextColumn("loading"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("load", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        with store() as s:
            row = service.load_list(
                s,
                path,
                fmt,
                now=utcnow(),
                name=name,
                version=version,
                progress=progress,
            )
            out = _list_out(row, True)
    emit(out, as_json=as_json, title=f"loaded {out.name} {out.version}")


@app.command("lists")
def lists(as_json: Json = False) -> None:
    """Show every loaded list version; checks use the current one of each list."""
    with store() as s:
        rows = [_list_out(r, cur) for r, cur in service.list_lists(s)]
    emit_many(
        rows,
        as_json=as_json,
        title="screening lists",
        columns=[
            "id",
            "name",
            "version",
            "format",
            "record_count",
            "alias_count",
            "current",
            "loaded_at",
        ],
    )


@app.command("check")
def check(
    name: Annotated[str, typer.Argument(help="Name of the party to screen.")],
    country: Annotated[
        str | None,
        typer.Option("--country", help="ISO 3166-1 alpha-2 country of the party."),
    ] = None,
    entity_type: Annotated[
        str | None, typer.Option("--type", help="person | organization")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 10,
    as_json: Json = False,
) -> None:
    """Screen one name against the current lists; best match first."""
    with store() as s:
        results = service.check_name(
            s, name, country=country, entity_type=entity_type, limit=limit
        )
    thresholds = service.Thresholds.from_settings(settings())
    if as_json:
        print_json([r.brief() for r in results])
        return
    rows = [
        [
            f"{r.score:.3f}",
            thresholds.outcome(r.score).value,
            r.list,
            r.list_version,
            r.entity_id,
            r.name,
            r.matched_name,
            "; ".join(r.reasons),
        ]
        for r in results
    ]
    print_table(
        f"screening {name!r}",
        [
            "score",
            "outcome",
            "list",
            "version",
            "entity_id",
            "name",
            "matched",
            "reasons",
        ],
        rows,
    )


@app.command("check-file")
def check_file(
    file: Annotated[
        Path,
        typer.Argument(help="CSV with a 'name' column and optional 'country', 'type'."),
    ],
    out: Annotated[Path, typer.Option("--out", help="Where to write the results CSV.")],
) -> None:
    """Screen every row of a CSV; writes one result row per input row, in order."""
    if not file.is_file():
        raise InvalidInputError(f"{file} is not a readable file", field="file")
    with file.open(newline="", encoding="utf-8") as f:
        total = max(sum(1 for _ in f) - 1, 0)
    thresholds = service.Thresholds.from_settings(settings())
    with (
        store() as s,
        file.open(newline="", encoding="utf-8") as source,
        out.open("w", newline="", encoding="utf-8") as sink,
        Progress(
            TextColumn("screening"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("check", total=total)
        counts = service.check_file(
            s,
            source,
            sink,
            thresholds=thresholds,
            progress=lambda n: bar.advance(task, n),
        )
    console.print(f"wrote {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command("hits")
def hits(
    licence_id: Annotated[
        int | None, typer.Option("--licence", help="Only this licence's hits.")
    ] = None,
    status: Annotated[
        str | None, typer.Option(help="open | cleared | confirmed")
    ] = None,
    as_json: Json = False,
) -> None:
    """List stored screening hits (from licence applications)."""
    with store() as s:
        rows = [
            HitOut.model_validate(h)
            for h in service.list_hits(s, licence_id=licence_id, status=status)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="screening hits",
        columns=[
            "id",
            "licence_id",
            "role",
            "party_name",
            "list_name",
            "list_version",
            "entity_name",
            "score",
            "outcome",
            "status",
        ],
    )


@app.command("resolve")
def resolve(
    hit_id: int,
    status: Annotated[
        str, typer.Option(help="cleared (not the listed entity) | confirmed (it is)")
    ],
    reviewer: Annotated[str, typer.Option(help="Who decides.")],
    reason: Annotated[str, typer.Option(help="Why (recorded).")],
    as_json: Json = False,
) -> None:
    """Clear or confirm a screening hit, with a reason."""
    data = validated(HitResolve, status=status, reviewer=reviewer, reason=reason)
    with store() as s:
        out = HitOut.model_validate(service.resolve_hit(s, hit_id, data, now=utcnow()))
    emit(out, as_json=as_json, title=f"hit {hit_id}")


@app.command("targets")
def targets(
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV with an 'identifier' (or 'phone') column; optional 'name', 'country'."
        ),
    ],
    region: Annotated[
        str | None,
        typer.Option(help="Default region for numbers written without +country code."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Check a target list against the protected-persons registry; matches by category."""
    if not file.is_file():
        raise InvalidInputError(f"{file} is not a readable file", field="file")
    cfg = settings()
    key = registry.load_or_create_key(cfg.key_dir)
    with store() as s, file.open(newline="", encoding="utf-8") as source:
        checks = registry.check_targets(
            s,
            source,
            key=key,
            name_threshold=cfg.registry_name_threshold,
            region=region,
        )
    summary = registry.summarize(checks)
    matches = [c for c in checks if c.match]
    if as_json:
        print_json(
            {
                "summary": summary,
                "matches": [c.model_dump(mode="json") for c in matches],
            }
        )
        return
    print_table(
        "registry matches",
        ["row", "identifier", "name", "category", "matched_by", "score"],
        [
            [
                c.row,
                c.identifier,
                c.name,
                c.match.category.value,
                c.match.matched_by,
                f"{c.match.score:.3f}",
            ]
            for c in matches
            if c.match
        ],
    )
    print_table(
        "by category", ["category", "count"], [[k, v] for k, v in summary.items()]
    )


@registry_app.command("load")
def registry_load(
    path: Annotated[
        Path | None, typer.Argument(help="Registry CSV or FtM JSON lines.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv | ftm")] = "csv",
    category: Annotated[
        str | None,
        typer.Option(help="Category for every FtM entity (else taken from topics)."),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(help="Default region for numbers without +country code."),
    ] = None,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Load the bundled synthetic (fictional) demonstration registry.",
        ),
    ] = False,
) -> None:
    """Add protected persons to the registry."""
    if demo:
        path = registry.DEMO_REGISTRY
    if path is None:
        raise InvalidInputError("give a PATH or --demo", field="path")
    if not path.is_file():
        raise InvalidInputError(f"{path} is not a readable file", field="path")
    if fmt not in ("csv", "ftm"):
        raise InvalidInputError(
            f"unknown registry format {fmt!r}; use csv or ftm", field="format"
        )
    cat = registry.parse_category(category, where="--category") if category else None
    entries = (
        registry.read_registry_csv(path, region=region)
        if fmt == "csv"
        else registry.read_registry_ftm(path, category=cat, region=region)
    )
    key = registry.load_or_create_key(settings().key_dir)
    with store() as s:
        counts = registry.load_registry(s, entries, key=key, now=utcnow())
    console.print(
        f"loaded {sum(counts.values())} protected persons: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )


@registry_app.command("list")
def registry_list(
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    as_json: Json = False,
) -> None:
    """List registered protected persons (identifiers are never shown: only how many)."""
    with store() as s:
        rows = [
            ProtectedPersonOut.model_validate(
                {
                    **{
                        c: getattr(p, c)
                        for c in (
                            "id",
                            "category",
                            "name",
                            "aliases",
                            "country",
                            "source",
                        )
                    },
                    "identifier_count": n,
                }
            )
            for p, n in registry.list_persons(s, category=category)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="protected persons",
        columns=["id", "category", "name", "country", "identifier_count", "source"],
    )


@registry_app.command("lookup")
def registry_lookup(
    identifier: Annotated[
        str,
        typer.Argument(
            help="Phone number (E.164), email:addr or device:id; '' for name only."
        ),
    ],
    name: Annotated[str | None, typer.Option(help="Target's name, when known.")] = None,
    country: Annotated[str | None, typer.Option(help="Target's country.")] = None,
) -> None:
    """Look one tasking target up (as the gate does); prints the registry_match."""
    cfg = settings()
    key = registry.load_or_create_key(cfg.key_dir)
    with store() as s:
        match = registry.lookup_target(
            s,
            identifier,
            key=key,
            name=name,
            country=country,
            name_threshold=cfg.registry_name_threshold,
        )
    print_json(
        {
            "registry_match": match.category.value if match else None,
            "match": match.model_dump(mode="json") if match else None,
        }
    )
