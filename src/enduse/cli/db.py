"""``enduse db``: migrations."""

from __future__ import annotations

import typer

from enduse.cli._common import console, settings
from enduse.storage.db import (
    current_revisions,
    head_revisions,
    redact_url,
    upgrade_database,
)

app = typer.Typer(help="Database schema: create and upgrade.", no_args_is_help=True)


@app.command()
def upgrade() -> None:
    """Apply every pending migration (creates the database when missing)."""
    url = settings().database_url
    upgrade_database(url)
    console.print(
        f"database at [bold]{redact_url(url)}[/bold] is at {', '.join(sorted(current_revisions(url)))}"
    )


@app.command()
def status() -> None:
    """Show the applied and expected migration revisions."""
    url = settings().database_url
    have, want = current_revisions(url), head_revisions()
    console.print(
        f"database: {redact_url(url)}\napplied:  {', '.join(sorted(have)) or '(none)'}\nexpected: {', '.join(sorted(want))}"
    )
    if have != want:
        console.print("[yellow]pending migrations: run `enduse db upgrade`[/yellow]")
        raise typer.Exit(1)
