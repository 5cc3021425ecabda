"""``enduse licence``."""

import typer

app = typer.Typer(
    help="Licence applications, review and decisions.", no_args_is_help=True
)
