"""The ``enduse`` command: one Typer group per domain, errors translated here once."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from enduse import __version__
from enduse.cli import (
    certificates,
    db,
    enforce,
    gate,
    keys,
    licences,
    log,
    monitor,
    parties,
    reports,
    screening,
    serve,
    simulate,
    users,
)
from enduse.errors import EnduseError

_err = Console(stderr=True)


class _EnduseGroup(TyperGroup):
    """Root group: an ``EnduseError`` from any command prints as one line and exits 1."""

    def invoke(
        self, ctx: Any
    ) -> Any:  # typer vendors click; its Context type is private
        try:
            return super().invoke(ctx)
        except EnduseError as exc:
            where = f" [bold]{exc.field}[/bold]:" if exc.field else ""
            _err.print(
                f"[red]error ({exc.code}):[/red]{where} {exc.message}",
                highlight=False,
                soft_wrap=True,
            )
            ctx.exit(1)


app = typer.Typer(
    name="enduse",
    cls=_EnduseGroup,
    help="Control plane for exported cyber-intelligence systems: licences, certificates, the gate and its log.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(db.app, name="db")
app.add_typer(parties.app, name="parties")
app.add_typer(licences.app, name="licence")
app.add_typer(keys.app, name="keys")
app.add_typer(certificates.app, name="euc")
app.add_typer(gate.app, name="gate")
app.add_typer(screening.app, name="screening")
app.add_typer(log.app, name="log")
app.add_typer(monitor.app, name="monitor")
app.add_typer(enforce.app, name="enforce")
app.add_typer(reports.app, name="report")
app.add_typer(users.users, name="users")
app.add_typer(users.tokens, name="tokens")
app.command("serve")(serve.serve)
app.command("demo")(serve.demo)
app.command("simulate")(simulate.simulate)


@app.command()
def version() -> None:
    """Print the enduse version."""
    typer.echo(__version__)


def main() -> None:
    """Console-script entry point."""
    app()
