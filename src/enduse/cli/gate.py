"""``enduse gate``: decide scenario files offline (no database); submit taskings for licences
in the database, work the referral queue, verify tasking tokens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress

from enduse.cli._common import (
    call,
    call_many,
    console,
    emit_many,
    print_json,
    print_table,
    settings,
    validated,
)
from enduse.clock import utcnow
from enduse.errors import EnduseError, InvalidInputError, VerificationError
from enduse.gate import taskings
from enduse.gate.evaluation import OUTCOMES, Summary, decision_line, evaluate_lines
from enduse.gate.models import (
    ReferralOut,
    ReferralState,
    ReferralSummary,
    Resolution,
    ResolutionOut,
    ResolveIn,
    TaskingIn,
    TaskingOut,
)
from enduse.gate.tokens import verify_token
from enduse.keys import REGULATOR, load_public_key, read_public_key
from enduse.storage import Store

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
            [[r["id"], r["decision"], _joined(r["clauses"])] for r in rows],
        )
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


# -- taskings for licences in the database -------------------------------------------------


def _print_tasking(out: TaskingOut) -> None:
    colour = {"permit": "green", "deny": "red", "refer": "yellow"}[out.decision]
    console.print(
        f"tasking {out.id} on licence {out.licence_id}: [{colour}]{out.decision}[/{colour}]"
        + (f" ({', '.join(out.clauses)})" if out.clauses else "")
        + f" · log entry {out.log_index} · target {out.target_pseudonym[:16]}…",
        highlight=False,
    )
    _print_reasons(out.reasons)
    if out.referral_id is not None:
        console.print(f"queued for review as referral {out.referral_id}")
    if out.token:
        console.print(
            f"token (expires {out.token_expires_at:%Y-%m-%d %H:%M:%S}Z):",
            highlight=False,
        )
        typer.echo(out.token)


def _print_reasons(reasons: list[dict[str, Any]]) -> None:
    for r in reasons:
        mark = "•" if r.get("decisive") else "◦"
        console.print(
            f"{mark} [bold]{r['clause']}[/bold]: {r['text']}", highlight=False
        )
        for sentence in r.get("evidence") or []:
            console.print(f"    “{sentence}”", highlight=False)


@app.command("request")
def request_tasking(
    file: Annotated[
        Path,
        typer.Argument(
            help="Tasking request (JSON): licence_id, operator, target, offence, legal_basis, capabilities, justification."
        ),
    ],
    as_json: Json = False,
) -> None:
    """Submit a tasking for a licence in the database: decided, recorded and logged; a permit prints its token."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(
            f"cannot read {file}: {exc.strerror}", field="file"
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{file} is not JSON: {exc.msg} at line {exc.lineno}", field="file"
        ) from None
    body = validated(TaskingIn, **data) if isinstance(data, dict) else None
    if body is None:
        raise InvalidInputError(f"{file} must hold one JSON object", field="file")
    out = call(
        TaskingOut,
        "POST",
        "/v1/taskings",
        body=body.model_dump(mode="json"),
        local=lambda s: taskings.submit_tasking(
            s, body, taskings.config_from_settings(settings()), now=utcnow()
        ),
    )
    if as_json:
        print_json(out.model_dump(mode="json"))
    else:
        _print_tasking(out)


@app.command("referrals")
def referrals(
    licence: Annotated[
        int | None, typer.Option("--licence", help="Only this licence.")
    ] = None,
    state: Annotated[
        ReferralState | None, typer.Option(help="open or resolved.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 100,
    as_json: Json = False,
) -> None:
    """The review queue: referred taskings, open ones first."""
    rows = call_many(
        ReferralSummary,
        "GET",
        "/v1/referrals",
        params={
            "licence_id": licence,
            "state": state.value if state else None,
            "limit": limit,
        },
        local=lambda s: taskings.list_referrals(
            s, licence_id=licence, state=state, limit=limit
        ),
    )
    emit_many(
        rows,
        as_json=as_json,
        title="referrals",
        columns=[
            "id",
            "tasking_id",
            "licence_id",
            "state",
            "clauses",
            "created_at",
            "decision",
            "reviewer",
        ],
    )


@app.command("referral")
def referral(
    referral_id: Annotated[int, typer.Argument(help="Referral id.")],
    as_json: Json = False,
) -> None:
    """One referral: the request (with its justification), clauses and reasons with evidence."""
    out = call(
        ReferralOut,
        "GET",
        f"/v1/referrals/{referral_id}",
        local=lambda s: taskings.get_referral(s, referral_id),
    )
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    req = out.request
    console.print(
        f"referral {out.id} ({out.state.value}) · tasking {out.tasking_id} · licence {out.licence_id} · "
        f"asked by {out.operator} · certificate {out.certificate}",
        highlight=False,
    )
    target = req.get("target", {})
    offence = req.get("offence", {})
    console.print(
        f"target {target.get('identifier')} in {target.get('location_country')} "
        f"(profession: {target.get('profession')}; registry: {out.registry_match or 'no match'})\n"
        f"offence {offence.get('category')}: {offence.get('label')} ({offence.get('max_penalty_years')} years)\n"
        f"capabilities {', '.join(req.get('capabilities', []))}\n"
        f"justification: {req.get('justification')}",
        highlight=False,
    )
    _print_reasons(out.reasons)
    if out.decision:
        console.print(
            f"resolved: {out.decision} by {out.reviewer} at {out.resolved_at}: {out.reason} "
            f"(log entry {out.resolution_log_index})",
            highlight=False,
        )


@app.command("resolve")
def resolve(
    referral_id: Annotated[int, typer.Argument(help="Referral id.")],
    reviewer: Annotated[str, typer.Option(help="Who decides.")],
    decision: Annotated[Resolution, typer.Option(help="permit or deny.")],
    reason: Annotated[str, typer.Option(help="Why (recorded).")],
    as_json: Json = False,
) -> None:
    """Resolve a referral: recorded and logged; a permit prints the tasking token."""
    body = validated(ResolveIn, reviewer=reviewer, decision=decision, reason=reason)

    def local(s: Store) -> ResolutionOut:
        config = taskings.config_from_settings(settings())
        out, index, issued = taskings.resolve_referral(
            s, referral_id, body, config, now=utcnow()
        )
        return ResolutionOut(
            referral=out, log_index=index, token=issued.token if issued else None
        )

    done = call(
        ResolutionOut,
        "POST",
        f"/v1/referrals/{referral_id}/resolve",
        body=body.model_dump(mode="json"),
        local=local,
    )
    if as_json:
        print_json(done.model_dump(mode="json"))
        return
    out = done.referral
    console.print(
        f"referral {out.id} resolved: {out.decision} by {out.reviewer} · log entry {done.log_index}",
        highlight=False,
    )
    if done.token:
        typer.echo(done.token)


@app.command("verify-token")
def verify_token_cmd(
    token: Annotated[str, typer.Argument(help="The tasking token (JWS compact form).")],
    key: Annotated[
        Path | None,
        typer.Option(
            "--key",
            help="Regulator public key (PEM or hex); default <key_dir>/regulator.pub.",
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Verify a tasking token offline: exit 0 valid, 1 invalid (with the reason), 2 unusable key."""
    try:
        public = (
            read_public_key(key, field="key")
            if key is not None
            else load_public_key(settings().key_dir, REGULATOR)
        )
    except EnduseError as exc:
        console.print(f"[red]unusable key:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    try:
        claims = verify_token(token, public, now=utcnow())
    except VerificationError as exc:
        if as_json:
            print_json({"valid": False, "reason": exc.message, "field": exc.field})
        else:
            console.print(f"[red]invalid:[/red] {exc.message}", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        print_json({"valid": True, "claims": claims.as_dict()})
        return
    console.print(
        f"[green]valid[/green]: tasking {claims.tasking_id} on licence {claims.licence_id}, "
        f"target {claims.target_pseudonym[:16]}…, capabilities {', '.join(claims.capabilities)}, "
        f"expires {claims.expires_at.isoformat()}",
        highlight=False,
    )


def _joined(values: object) -> str:
    return (
        ", ".join(str(v) for v in values) if isinstance(values, list) else str(values)
    )
