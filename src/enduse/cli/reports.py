"""``enduse report``: compliance reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from enduse.cli._common import console, print_json, print_table, store
from enduse.cli.certificates import write_new
from enduse.clock import utcnow
from enduse.reports import licence_report, render_pdf

app = typer.Typer(help="Compliance reports.", no_args_is_help=True)


@app.command("licence")
def licence(
    licence_id: int,
    pdf: Annotated[
        Path | None,
        typer.Option(
            "--pdf", help="Write the report as PDF to this file (must not exist)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A licence's compliance report: decisions, clauses, rates, alerts, actions, checkpoint."""
    with store() as s:
        report = licence_report(s, licence_id, now=utcnow())
    if pdf is not None:
        data = render_pdf(report)
        write_new(pdf, data)
        console.print(f"wrote {pdf} ({len(data)} bytes)")
        return
    if as_json:
        print_json(report.as_dict())
        return
    st = report.statistics
    cp = report.checkpoint
    print_table(
        f"licence {report.licence_id}: {report.exporter} → {report.end_user} ({report.state})",
        ["figure", "value"],
        [
            ["taskings", st.taskings],
            *[[f"decided {o}", n] for o, n in st.decisions.items()],
            *[[f"clause {c}", n] for c, n in st.clauses.items()],
            ["protected-person rate", st.protected_person.percent],
            ["extraterritorial rate", st.extraterritorial.percent],
            ["alerts", len(report.alerts)],
            ["enforcement actions", len(report.actions)],
            [
                "checkpoint",
                "none"
                if cp is None
                else f"size {cp.tree_size}, root {cp.root_hash[:16]}…, covers {cp.entries_covered} of {cp.entries_total}",
            ],
        ],
    )
