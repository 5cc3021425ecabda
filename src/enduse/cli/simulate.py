"""``enduse simulate``: a seeded workload through the database gate, the log and the monitors."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from enduse.cli._common import console, print_json, print_table, settings
from enduse.keys import REGULATOR, generate_keypair
from enduse.simulation.live import LiveReport, simulate_live
from enduse.storage import Database, upgrade_database


def simulate(
    seed: Annotated[
        int, typer.Option(help="Seed: same seed, same workload and decisions.")
    ] = 7,
    taskings: Annotated[int, typer.Option(help="Requests in all (1-50,000).")] = 2000,
    days: Annotated[int, typer.Option(help="Simulated days.")] = 30,
    configured: Annotated[
        bool,
        typer.Option(
            "--into-configured-db",
            help="Write into the configured database (ENDUSE_DATABASE_URL, keys in ENDUSE_KEY_DIR) "
            "instead of a throwaway SQLite database.",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Simulate buyers (5 lawful, 4 abusive) through the real gate, log and monitors; score the alerts."""
    with tempfile.TemporaryDirectory(prefix="enduse-simulate-") as tmp:
        if configured:
            cfg = settings()
        else:
            url = f"sqlite:///{Path(tmp) / 'enduse.db'}"
            upgrade_database(url)
            cfg = settings().model_copy(
                update={"database_url": url, "key_dir": Path(tmp) / "keys"}
            )
            generate_keypair(cfg.key_dir, REGULATOR)
        db = Database(cfg.database_url)
        try:
            with Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=as_json,
                disable=as_json,
            ) as bar:
                task = bar.add_task("taskings", total=taskings)
                report = simulate_live(
                    db,
                    cfg,
                    seed=seed,
                    taskings=taskings,
                    days=days,
                    progress=lambda done, _n: bar.update(task, completed=done),
                )
        finally:
            db.dispose()
    if as_json:
        print_json(report.as_dict())
        return
    _print(report)


def _print(report: LiveReport) -> None:
    rows = []
    for r in report.licences:
        rows.append(
            [
                r.licence_id,
                r.role,
                f"{r.abuse_starts_at:%m-%d}" if r.abuse_starts_at else "",
                r.taskings,
                ", ".join(s.removeprefix("monitoring.") for s in r.sources) or "-",
                r.first_alert_log_index if r.abusive else "",
                r.delay_requests,
                r.delay_days,
            ]
        )
    print_table(
        f"seed {report.seed}: {report.taskings} taskings over {report.days} days",
        [
            "licence",
            "role",
            "abuse from",
            "taskings",
            "alerts",
            "first alert (log index)",
            "delay (requests)",
            "delay (days)",
        ],
        rows,
    )
    decided = ", ".join(f"{v} {k}" for k, v in report.decisions.items())
    console.print(
        f"decisions: {decided}; {report.monitor_runs} monitor runs; {report.seconds:.1f} s"
    )
    verdict = (
        "[green]meets the bar[/green]"
        if report.passes()
        else "[red]misses the bar[/red]"
    )
    console.print(
        f"abusive licences alerted {report.abusive_alerted}/{report.abusive_total}; "
        f"lawful licences alerted {report.benign_alerted} (at most 1): {verdict}"
    )
