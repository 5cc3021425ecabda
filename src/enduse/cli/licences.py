"""``enduse licence``: applications, review, decisions and conditions."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from enduse.cli._common import (
    call,
    call_many,
    console,
    emit_many,
    print_json,
    print_table,
    settings,
    store,
    validated,
)
from enduse.clock import ensure_utc, utcnow
from enduse.errors import InvalidInputError
from enduse.licensing import Action, LicenceCreate, LicenceOut, LicenceState, service
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    ApprovalIn,
    DueDiligenceIn,
    LicenceSummary,
    TransitionIn,
)
from enduse.screening.service import Thresholds
from enduse.storage.tables import Licence

app = typer.Typer(
    help="Licence applications, review, decisions and conditions.", no_args_is_help=True
)

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
ActorOpt = Annotated[
    str,
    typer.Option("--actor", help="Who is acting (recorded in the licence history)."),
]
ReasonOpt = Annotated[
    str, typer.Option("--reason", help="Why (recorded in the licence history).")
]


@app.command("apply")
def apply_cmd(
    file: Annotated[
        str,
        typer.Argument(
            help="Application JSON (see docs/licensing.md); '-' reads stdin."
        ),
    ],
    actor: ActorOpt = "exporter",
    as_json: Json = False,
) -> None:
    """File a licence application from a JSON file."""
    raw = sys.stdin.read() if file == "-" else _read(file)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", field="file"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInputError("the application must be a JSON object", field="file")
    body = validated(LicenceCreate, **{"actor": actor, **data})
    now = utcnow()
    with store() as s:
        _show(service.to_out(service.apply(s, body, now=now), now=now), as_json=as_json)


@app.command("list")
def list_cmd(
    state: Annotated[
        LicenceState | None, typer.Option(help="Only licences in this state.")
    ] = None,
    as_json: Json = False,
) -> None:
    """List licences (remote mode: those the token may see)."""
    rows = call_many(
        LicenceSummary,
        "GET",
        "/v1/licences",
        params={"state": state.value if state else None},
        local=lambda s: [
            LicenceSummary.model_validate(lic)
            for lic in service.list_licences(s, state=state)
        ],
    )
    emit_many(
        rows,
        as_json=as_json,
        title="licences",
        columns=["id", "state", "exporter_id", "end_user_id", "valid_until"],
    )


@app.command("show")
def show_cmd(licence_id: int, as_json: Json = False) -> None:
    """Show a licence with its review record, conditions and history."""
    out = call(
        LicenceOut,
        "GET",
        f"/v1/licences/{licence_id}",
        local=lambda s: service.to_out(
            s.get(Licence, licence_id, field="licence_id"), now=utcnow()
        ),
    )
    _show(out, as_json=as_json)


def _plain(action: Action, doc: str) -> None:
    def command(
        licence_id: int, actor: ActorOpt, reason: ReasonOpt, as_json: Json = False
    ) -> None:
        body = validated(TransitionIn, actor=actor, reason=reason)
        now = utcnow()
        out = call(
            LicenceOut,
            "POST",
            f"/v1/licences/{licence_id}/{action.value}",
            body=body.model_dump(mode="json"),
            local=lambda s: service.to_out(
                service.transition(
                    s,
                    licence_id,
                    action,
                    actor=body.actor,
                    reason=body.reason,
                    now=now,
                    thresholds=Thresholds.from_settings(settings()),
                ),
                now=now,
            ),
        )
        _show(out, as_json=as_json)

    command.__doc__ = doc
    app.command(action.value.replace("_", "-"))(command)


_plain(Action.SUBMIT, "Submit a draft application for review.")
_plain(Action.START_REVIEW, "Start reviewing a submitted application.")
_plain(Action.DENY, "Deny an application under review.")
_plain(Action.SUSPEND, "Suspend an approved licence.")
_plain(Action.REINSTATE, "Reinstate a suspended licence.")
_plain(Action.REVOKE, "Revoke a licence (final).")


@app.command("rfi")
def rfi_cmd(
    licence_id: int, question: str, actor: ActorOpt, as_json: Json = False
) -> None:
    """Ask the applicant for information (the licence waits in rfi_open)."""
    now = utcnow()
    with store() as s:
        licence = service.request_information(
            s, licence_id, question=question, actor=actor, now=now
        )
        _show(service.to_out(licence, now=now), as_json=as_json)


@app.command("answer-rfi")
def answer_rfi_cmd(
    licence_id: int, rfi_id: int, answer: str, actor: ActorOpt, as_json: Json = False
) -> None:
    """Answer a request for information."""
    now = utcnow()
    with store() as s:
        licence = service.answer_information(
            s, licence_id, rfi_id, answer=answer, actor=actor, now=now
        )
        _show(service.to_out(licence, now=now), as_json=as_json)


@app.command("questions")
def questions_cmd() -> None:
    """List the due-diligence checklist."""
    print_table(
        "due-diligence checklist",
        ["question", "asks"],
        [[k, v] for k, v in DUE_DILIGENCE_QUESTIONS.items()],
    )


@app.command("diligence")
def diligence_cmd(
    licence_id: int,
    question: Annotated[
        str, typer.Argument(help="Question key (see `enduse licence questions`).")
    ],
    answer: Annotated[str, typer.Argument(help="yes | no | unclear | not_applicable")],
    reviewer: Annotated[str, typer.Option(help="The reviewer answering.")],
    notes: Annotated[str, typer.Option(help="The reviewer's notes.")] = "",
    as_json: Json = False,
) -> None:
    """Answer one due-diligence question."""
    body = validated(DueDiligenceIn, reviewer=reviewer, answer=answer, notes=notes)
    now = utcnow()
    with store() as s:
        _show(
            service.to_out(
                service.answer_due_diligence(s, licence_id, question, body, now=now),
                now=now,
            ),
            as_json=as_json,
        )


@app.command("approve")
def approve_cmd(
    licence_id: int,
    actor: ActorOpt,
    reason: ReasonOpt,
    capability: Annotated[
        list[str],
        typer.Option("--capability", "-c", help="Allowed capability; repeat."),
    ],
    max_targets: Annotated[int, typer.Option(help="Maximum concurrent targets.")],
    valid_from: Annotated[datetime, typer.Option(help="Start of validity (UTC).")],
    valid_until: Annotated[datetime, typer.Option(help="End of validity (UTC).")],
    certificate_version: Annotated[
        str | None, typer.Option(help="Certificate version to sign.")
    ] = None,
    condition: Annotated[
        list[str] | None, typer.Option(help="An extra condition; repeat.")
    ] = None,
    as_json: Json = False,
) -> None:
    """Approve an application with its conditions."""
    body = validated(
        ApprovalIn,
        actor=actor,
        reason=reason,
        allowed_capabilities=capability,
        max_active_targets=max_targets,
        valid_from=_utc(valid_from, "valid_from"),
        valid_until=_utc(valid_until, "valid_until"),
        certificate_version=certificate_version,
        extra_conditions=condition or [],
    )
    now = utcnow()
    out = call(
        LicenceOut,
        "POST",
        f"/v1/licences/{licence_id}/approve",
        body=body.model_dump(mode="json"),
        local=lambda s: service.to_out(
            service.approve(s, licence_id, body, now=now), now=now
        ),
    )
    _show(out, as_json=as_json)


@app.command("acknowledge")
def acknowledge_cmd(
    licence_id: int, condition_id: int, actor: ActorOpt, as_json: Json = False
) -> None:
    """Acknowledge one condition of approval (the exporter)."""
    now = utcnow()
    with store() as s:
        licence = service.acknowledge_condition(
            s, licence_id, condition_id, actor=actor, now=now
        )
        _show(service.to_out(licence, now=now), as_json=as_json)


@app.command("expire-due")
def expire_due_cmd() -> None:
    """Expire every licence whose validity window has closed."""
    with store() as s:
        expired = service.expire_due(s, now=utcnow())
        console.print(
            f"expired {len(expired)} licence(s){': ' if expired else ''}{', '.join(str(x.id) for x in expired)}"
        )


def _utc(value: datetime, field: str) -> datetime:
    """Typer parses naive datetimes; the CLI reads them as UTC."""
    return ensure_utc(value if value.tzinfo else value.replace(tzinfo=UTC), field=field)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read {path}: {exc}", field="file") from None


def _show(out: LicenceOut, *, as_json: bool) -> None:
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    console.print(
        f"[bold]licence {out.id}[/bold]  state [bold]{out.state}[/bold]  status [bold]{out.status}[/bold]"
    )
    console.print(
        f"exporter {out.exporter_id} → end user {out.end_user_id}; end use: {out.end_use}"
    )
    if out.allowed_capabilities is not None:
        console.print(
            f"capabilities {', '.join(out.allowed_capabilities)}; max targets {out.max_active_targets}; "
            f"valid {out.valid_from} to {out.valid_until}; certificate {out.certificate_version}"
        )
    if out.conditions:
        print_table(
            "conditions",
            ["id", "kind", "text", "acknowledged"],
            [
                [
                    c.id,
                    c.kind,
                    c.text,
                    f"{c.acknowledged_by} {c.acknowledged_at}"
                    if c.acknowledged_at
                    else "no",
                ]
                for c in out.conditions
            ],
        )
    if out.rfis:
        print_table(
            "requests for information",
            ["id", "question", "answer"],
            [[r.id, r.question, r.answer or "(open)"] for r in out.rfis],
        )
    print_table(
        "history",
        ["at", "from", "to", "actor", "reason"],
        [[e.at, e.from_state, e.to_state, e.actor, e.reason] for e in out.events],
    )
