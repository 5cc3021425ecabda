"""``enduse monitor``: run the monitors over the logged taskings."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from enduse.cli._common import call_raw, console, print_json
from enduse.clock import utcnow
from enduse.monitoring import runner

app = typer.Typer(
    help="Monitors over the logged taskings: alerts for enforcement.",
    no_args_is_help=True,
)


@app.command("run")
def run_cmd(
    replay: Annotated[
        bool,
        typer.Option("--replay", help="Start from the first entry with fresh state."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Feed the taskings logged since the last run to the monitors; record their alerts."""
    raw = call_raw(
        "POST",
        "/v1/monitoring/run",
        params={"replay": replay or None},
        local=lambda s: json.dumps(
            runner.run(s, replay=replay, now=utcnow()).as_dict()
        ).encode(),
    )
    result = json.loads(raw)
    if as_json:
        print_json(result)
    else:
        console.print(
            f"read {result['processed']} logged tasking(s) up to log index {result['last_index']}"
            f"{' (full replay)' if replay else ''}: {result['raised']} new alert(s), {result['updated']} updated; "
            "see `enduse enforce alert list`"
        )
