"""``enduse enforce``: alerts, cases, enforcement actions, appeals, the licence-status document."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer

from enduse.cli._common import (
    call,
    call_many,
    call_raw,
    console,
    emit,
    emit_many,
    print_json,
    print_table,
    settings,
    store,
    validated,
)
from enduse.clock import ensure_utc, utcnow
from enduse.enforcement import service
from enduse.enforcement.models import (
    ActionIn,
    ActionOut,
    AddAlertsIn,
    AlertCreate,
    AlertOut,
    AppealDecisionIn,
    AppealIn,
    AssignIn,
    CaseCreate,
    CaseOut,
    CaseState,
    CaseSummary,
    CaseTransitionIn,
    NoteIn,
    RestrictionsOut,
    ReverseIn,
)
from enduse.enforcement.signing import verify_status_document
from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.keys import read_public_key
from enduse.storage import Store
from enduse.storage.tables import Alert, Appeal, EnforcementAction, EnforcementCase

app = typer.Typer(
    help="Alerts, cases, enforcement actions (warn, curtail, suspend, disconnect, reinstate), "
    "appeals, and the signed licence-status document.",
    no_args_is_help=True,
)
alert = typer.Typer(
    help="Findings about licences (the monitors raise them).", no_args_is_help=True
)
case = typer.Typer(
    help="Cases: open → investigating → action_taken | dismissed.", no_args_is_help=True
)
action = typer.Typer(
    help="Signed enforcement actions, appeals and reversals.", no_args_is_help=True
)
app.add_typer(alert, name="alert")
app.add_typer(case, name="case")
app.add_typer(action, name="action")

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Actor = Annotated[str, typer.Option("--actor", help="Who is acting (recorded).")]
Reason = Annotated[str, typer.Option("--reason", help="Why (recorded and signed).")]


def _signer() -> service.Signer:
    s = settings()
    return service.regulator_signer(s.key_dir, s.regulator_name)


def _instant(value: str, *, field: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(
            f"{value!r} is not an instant like 2026-03-02T10:00:00Z", field=field
        ) from None
    return ensure_utc(parsed, field=field)


def _json_option(value: str | None, *, field: str) -> dict[str, Any]:
    if value is None:
        return {}
    try:
        data = json.loads(value)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"not JSON: {exc.msg}", field=field) from None
    if not isinstance(data, dict):
        raise InvalidInputError("must be a JSON object", field=field)
    return data


def _case(row: EnforcementCase, *, as_json: bool) -> None:
    out = CaseOut.model_validate(row)
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    data = out.model_dump(mode="json", exclude={"alerts", "events"})
    data["alerts"] = ", ".join(str(a.id) for a in out.alerts)
    print_table(f"case {out.id}", ["field", "value"], [[k, v] for k, v in data.items()])
    emit_many(
        out.events,
        as_json=False,
        title="history",
        columns=["at", "kind", "actor", "from_state", "to_state", "text"],
    )


# -- alerts ------------------------------------------------------------------------------------


@alert.command("list")
def alert_list(
    licence: Annotated[int | None, typer.Option(help="Only this licence.")] = None,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    unassigned: Annotated[bool, typer.Option(help="Only alerts in no case.")] = False,
    as_json: Json = False,
) -> None:
    """List alerts, newest first."""
    rows = call_many(
        AlertOut,
        "GET",
        "/v1/alerts",
        params={
            "licence_id": licence,
            "source": source,
            "unassigned": unassigned or None,
        },
        local=lambda s: [
            AlertOut.model_validate(a)
            for a in service.list_alerts(
                s, licence_id=licence, source=source, unassigned=unassigned
            )
        ],
    )
    emit_many(
        rows,
        as_json=as_json,
        title="alerts",
        columns=["id", "licence_id", "source", "severity", "summary", "case_id"],
    )


@alert.command("show")
def alert_show(alert_id: int, as_json: Json = False) -> None:
    """Show one alert with its evidence."""
    out = call(
        AlertOut,
        "GET",
        f"/v1/alerts/{alert_id}",
        local=lambda s: AlertOut.model_validate(
            s.get(Alert, alert_id, field="alert_id")
        ),
    )
    emit(out, as_json=as_json, title=f"alert {alert_id}")


@alert.command("raise")
def alert_raise(
    licence_id: int,
    source: Annotated[str, typer.Option(help="Who raises it, e.g. monitoring.volume.")],
    severity: Annotated[str, typer.Option(help="low, medium, high or critical.")],
    summary: Annotated[str, typer.Option(help="One line a person can read.")],
    evidence: Annotated[
        str | None,
        typer.Option(help='Evidence as a JSON object, e.g. {"log_indices": [3, 7]}.'),
    ] = None,
    as_json: Json = False,
) -> None:
    """Raise an alert by hand (the monitors call the service directly)."""
    data = validated(
        AlertCreate,
        licence_id=licence_id,
        source=source,
        severity=severity,
        summary=summary,
        evidence=_json_option(evidence, field="evidence"),
    )
    with store() as s:
        out = AlertOut.model_validate(
            service.raise_alert(s, **data.model_dump(), now=utcnow())
        )
    emit(out, as_json=as_json, title=f"alert {out.id}")


# -- cases -------------------------------------------------------------------------------------


@case.command("open")
def case_open(
    licence_id: int,
    title: Annotated[str, typer.Option(help="What the case is about.")],
    actor: Actor,
    alert_ids: Annotated[
        list[int] | None,
        typer.Option("--alert", help="An alert to group in; repeatable."),
    ] = None,
    reviewer: Annotated[str | None, typer.Option(help="Assigned reviewer.")] = None,
    as_json: Json = False,
) -> None:
    """Open a case on a licence."""
    data = validated(
        CaseCreate,
        licence_id=licence_id,
        title=title,
        opened_by=actor,
        reviewer=reviewer,
        alert_ids=alert_ids or [],
    )
    with store() as s:
        _case(service.open_case(s, **data.model_dump(), now=utcnow()), as_json=as_json)


@case.command("list")
def case_list(
    licence: Annotated[int | None, typer.Option(help="Only this licence.")] = None,
    state: Annotated[CaseState | None, typer.Option(help="Only this state.")] = None,
    as_json: Json = False,
) -> None:
    """List cases."""
    with store() as s:
        rows = [
            CaseSummary.model_validate(c)
            for c in service.list_cases(s, licence_id=licence, state=state)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="cases",
        columns=["id", "licence_id", "state", "reviewer", "title", "updated_at"],
    )


@case.command("show")
def case_show(case_id: int, as_json: Json = False) -> None:
    """Show a case with its alerts and full history."""
    with store() as s:
        _case(s.get(EnforcementCase, case_id, field="case_id"), as_json=as_json)


@case.command("note")
def case_note(case_id: int, text: str, actor: Actor, as_json: Json = False) -> None:
    """Append a note to a case (notes are never edited)."""
    data = validated(NoteIn, author=actor, text=text)
    with store() as s:
        _case(
            service.note(s, case_id, author=data.author, text=data.text, now=utcnow()),
            as_json=as_json,
        )


@case.command("transition")
def case_transition(
    case_id: int,
    to: Annotated[
        str, typer.Argument(help="investigating, action_taken or dismissed.")
    ],
    actor: Actor,
    reason: Reason,
    as_json: Json = False,
) -> None:
    """Move a case along its workflow."""
    data = validated(CaseTransitionIn, to=to, actor=actor, reason=reason)
    with store() as s:
        _case(
            service.transition(
                s, case_id, data.to, actor=data.actor, reason=data.reason, now=utcnow()
            ),
            as_json=as_json,
        )


@case.command("assign")
def case_assign(
    case_id: int, reviewer: str, actor: Actor, as_json: Json = False
) -> None:
    """Assign the reviewer responsible for a case."""
    data = validated(AssignIn, reviewer=reviewer, actor=actor)
    with store() as s:
        _case(
            service.assign(
                s, case_id, reviewer=data.reviewer, actor=data.actor, now=utcnow()
            ),
            as_json=as_json,
        )


@case.command("add-alert")
def case_add_alert(
    case_id: int,
    alert_ids: Annotated[list[int], typer.Argument(help="Alert ids.")],
    actor: Actor,
    as_json: Json = False,
) -> None:
    """Group more alerts into a case."""
    data = validated(AddAlertsIn, alert_ids=alert_ids, actor=actor)
    with store() as s:
        _case(
            service.add_to_case(
                s, case_id, data.alert_ids, actor=data.actor, now=utcnow()
            ),
            as_json=as_json,
        )


# -- actions -----------------------------------------------------------------------------------


def _action(s: Any, row: EnforcementAction, *, as_json: bool) -> None:
    out = service.action_out(s, row)
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    emit(out, as_json=False, title=f"action {out.id} ({out.type})")


@action.command("take")
def action_take(
    licence_id: int,
    type_: Annotated[
        str,
        typer.Argument(
            metavar="TYPE", help="warn, curtail, suspend, disconnect or reinstate."
        ),
    ],
    actor: Actor,
    reason: Reason,
    case_id: Annotated[
        int | None, typer.Option("--case", help="The case it belongs to.")
    ] = None,
    capability: Annotated[
        list[str] | None,
        typer.Option(help="curtail: keep only this capability; repeatable."),
    ] = None,
    max_targets: Annotated[
        int | None, typer.Option(help="curtail: lower the quota to this.")
    ] = None,
    force_refer: Annotated[
        bool, typer.Option(help="curtail: every tasking goes to a reviewer.")
    ] = False,
    until: Annotated[
        str | None,
        typer.Option(
            help="curtail: lapses at this instant, e.g. 2026-04-01T00:00:00Z."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Take an enforcement action: signed, logged, in force on the next gate decision."""
    parameters: dict[str, Any] = {}
    if capability:
        parameters["capabilities"] = capability
    if max_targets is not None:
        parameters["max_active_targets"] = max_targets
    if force_refer:
        parameters["force_refer"] = True
    if until is not None:
        parameters["until"] = until
    data = validated(
        ActionIn,
        type=type_,
        parameters=parameters,
        case_id=case_id,
        actor=actor,
        reason=reason,
    )
    signer = _signer()
    with store() as s:
        _action(
            s,
            service.take_action(s, licence_id, data, signer=signer, now=utcnow()),
            as_json=as_json,
        )


@action.command("list")
def action_list(licence_id: int, as_json: Json = False) -> None:
    """List the actions taken on a licence."""
    rows = call_many(
        ActionOut,
        "GET",
        f"/v1/licences/{licence_id}/actions",
        local=lambda s: [
            service.action_out(s, a) for a in service.list_actions(s, licence_id)
        ],
    )
    emit_many(
        rows,
        as_json=as_json,
        title=f"actions on licence {licence_id}",
        columns=[
            "id",
            "number",
            "type",
            "parameters",
            "case_id",
            "reverses_id",
            "reversed_by",
            "log_index",
            "taken_at",
        ],
    )


@action.command("show")
def action_show(action_id: int, as_json: Json = False) -> None:
    """Show an action with its signed record and appeals."""
    out = call(
        ActionOut,
        "GET",
        f"/v1/actions/{action_id}",
        local=lambda s: service.action_out(
            s, s.get(EnforcementAction, action_id, field="action_id")
        ),
    )
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    emit(out, as_json=False, title=f"action {out.id} ({out.type})")


@action.command("reverse")
def action_reverse(
    action_id: int, actor: Actor, reason: Reason, as_json: Json = False
) -> None:
    """Reverse an action (a signed, logged reversal)."""
    data = validated(ReverseIn, actor=actor, reason=reason)
    signer = _signer()
    with store() as s:
        row = service.reverse(
            s,
            action_id,
            actor=data.actor,
            reason=data.reason,
            signer=signer,
            now=utcnow(),
        )
        _action(s, row, as_json=as_json)


@action.command("appeal")
def action_appeal(
    action_id: int,
    appellant: Annotated[str, typer.Option(help="Who appeals.")],
    role: Annotated[str, typer.Option(help="exporter or buyer.")],
    grounds: Annotated[str, typer.Option(help="The grounds of the appeal.")],
    as_json: Json = False,
) -> None:
    """File an appeal against an action."""
    data = validated(AppealIn, appellant=appellant, role=role, grounds=grounds)
    with store() as s:
        out = service.appeal_out(s, service.appeal(s, action_id, data, now=utcnow()))
    emit(out, as_json=as_json, title=f"appeal {out.id}")


@action.command("decide-appeal")
def action_decide_appeal(
    appeal_id: int,
    outcome: Annotated[str, typer.Argument(help="upheld or reversed.")],
    actor: Actor,
    reason: Reason,
    as_json: Json = False,
) -> None:
    """Decide an appeal: uphold the action, or reverse it."""
    data = validated(AppealDecisionIn, outcome=outcome, actor=actor, reason=reason)
    signer = _signer()
    with store() as s:
        service.decide_appeal(s, appeal_id, data, signer=signer, now=utcnow())
        out = service.appeal_out(s, s.get(Appeal, appeal_id, field="appeal_id"))
    emit(out, as_json=as_json, title=f"appeal {appeal_id}")


# -- restrictions and status -------------------------------------------------------------------


@app.command("restrictions")
def restrictions(licence_id: int, as_json: Json = False) -> None:
    """What a licence allows now, after enforcement (what the gate obeys)."""
    out = call(
        RestrictionsOut,
        "GET",
        f"/v1/licences/{licence_id}/restrictions",
        local=lambda s: RestrictionsOut.of(
            service.effective_restrictions(s, licence_id, now=utcnow())
        ),
    )
    emit(out, as_json=as_json, title=f"licence {licence_id}")


@app.command("status")
def status(
    licence_id: int,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the document here (must not exist)."),
    ] = None,
) -> None:
    """Issue the signed licence-status document (RFC 8785 JSON) to stdout or a file."""
    cfg = settings()

    def local(s: Store) -> bytes:
        return service.status_document(
            s,
            licence_id,
            signer=service.regulator_signer(cfg.key_dir, cfg.regulator_name),
            validity=timedelta(seconds=cfg.status_validity_s),
            now=utcnow(),
        )

    raw = call_raw("GET", f"/v1/licences/{licence_id}/status-document", local=local)
    if out is None:
        typer.echo(raw.decode())
        return
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise ConflictError(
            f"{out} exists; refusing to overwrite", field="out"
        ) from None
    except OSError as exc:
        raise InvalidInputError(
            f"cannot write {out}: {exc.strerror}", field="out"
        ) from None
    with os.fdopen(fd, "wb") as f:
        f.write(raw)
    console.print(f"wrote {out}", highlight=False)


@app.command("verify-status")
def verify_status(
    file: Annotated[Path, typer.Argument(help="A signed licence-status document.")],
    key: Annotated[
        Path, typer.Option("--key", help="The regulator's public key (.pub).")
    ],
    at: Annotated[
        str | None,
        typer.Option(
            help="Verify as of this instant, e.g. 2026-03-02T10:00:00Z (default: now)."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Verify a status document offline: exit 0 when valid and current, 1 with the reason."""
    public_key = read_public_key(key, field="key")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            f"cannot read {file}: {exc.strerror}", field="file"
        ) from None
    now = _instant(at, field="at") if at is not None else utcnow()
    doc = verify_status_document(data, public_key, now=now)
    if as_json:
        print_json(doc.model_dump(mode="json"))
        return
    r = doc.restrictions
    console.print(
        f"valid: licence {doc.licence_id} is [bold]{doc.status}[/bold] "
        f"(sequence {doc.sequence}, issued {doc.issued_at.isoformat()}, "
        f"next update {doc.next_update.isoformat()})",
        highlight=False,
        soft_wrap=True,
    )
    console.print(
        f"capabilities: {', '.join(r.allowed_capabilities) or 'none'}; "
        f"max active targets: {r.max_active_targets}; force refer: {r.force_refer}",
        highlight=False,
        soft_wrap=True,
    )
