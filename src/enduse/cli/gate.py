"""``enduse gate``: decide scenario files offline (no database)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from enduse.cli._common import console, print_json, print_table
from enduse.errors import InvalidInputError
from enduse.gate.evaluation import OUTCOMES, Summary, decision_line, evaluate_lines

app = typer.Typer(
    help="The gate: decide tasking scenarios against the certificate.",
    no_args_is_help=True,
)


def _run(file: Path, out: Path | None, as_json: bool, rules_only: bool) -> None:
    if not file.is_file():
        raise InvalidInputError(f"{file} is not a readable file", field="file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not any(line.strip() for line in lines):
        raise InvalidInputError(f"{file} holds no scenario", field="file")
    summary = Summary()
    rows = []
    with Progress(
        console=console, transient=True, disable=as_json or len(lines) < 50
    ) as progress:
        task = progress.add_task("deciding", total=len(lines))
        for scenario, decision in evaluate_lines(
            lines, summary, use_model=not rules_only
        ):
            rows.append(decision_line(scenario, decision))
            progress.advance(task)
    if out is not None:
        out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
            encoding="utf-8",
        )
    if summary.evaluated == 0:
        _report(summary, rows, as_json=as_json, show_rows=out is None)
        raise InvalidInputError(f"no line of {file} is a valid scenario", field="file")
    _report(summary, rows, as_json=as_json, show_rows=out is None)


def _report(
    summary: Summary, rows: list[dict[str, object]], *, as_json: bool, show_rows: bool
) -> None:
    if as_json:
        print_json(
            {"summary": summary.as_dict(), **({"decisions": rows} if show_rows else {})}
        )
        return
    for err in summary.errors:
        console.print(f"[yellow]skipped[/yellow] {err}", highlight=False)
    if show_rows:
        print_table(
            "decisions",
            ["id", "decision", "clauses"],
            [[r["id"], r["decision"], ", ".join(r["clauses"])] for r in rows],
        )  # type: ignore[arg-type]
    console.print(
        f"evaluated {summary.evaluated} scenario(s); {len(summary.errors)} invalid line(s)"
    )
    if summary.labelled:
        print_table(
            "confusion (rows: expected, columns: decided)",
            ["expected", *[o.value for o in OUTCOMES]],
            [
                [w.value, *[summary.confusion[(w.value, g.value)] for g in OUTCOMES]]
                for w in OUTCOMES
            ],
        )
        console.print(
            f"decision accuracy {summary.accuracy:.1%} · clause-set exact match {summary.exact_match:.1%} · "
            f"false permits {len(summary.false_permits)}"
            + (
                f" ({', '.join(summary.false_permits)})"
                if summary.false_permits
                else ""
            ),
            highlight=False,
        )


File = Annotated[
    Path,
    typer.Argument(help="Scenario file (JSON Lines, shared/spec/gate-scenarios.md)."),
]
Out = Annotated[
    Path | None,
    typer.Option(
        "--out",
        help="Write one decision per line here: {id, decision, clauses, reasons}.",
    ),
]
Json = Annotated[
    bool,
    typer.Option(
        "--json", help="Print the summary (and decisions, without --out) as JSON."
    ),
]
Rules = Annotated[
    bool,
    typer.Option(
        "--rules-only", help="Skip the embedding model even if it is installed."
    ),
]


@app.command("eval")
def eval_file(
    file: File, out: Out = None, as_json: Json = False, rules_only: Rules = False
) -> None:
    """Decide every scenario in FILE; with labels, print accuracy, clause match and false permits."""
    _run(file, out, as_json, rules_only)


@app.command("evaluate", hidden=True)
def evaluate_file(
    file: File, out: Out = None, as_json: Json = False, rules_only: Rules = False
) -> None:
    """Alias of ``eval``."""
    _run(file, out, as_json, rules_only)
