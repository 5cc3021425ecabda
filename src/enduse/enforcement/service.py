"""Alerts, cases, enforcement actions, appeals, and what the gate must obey.

Every function runs inside the caller's transaction (``Store``) and takes ``now`` from the
caller. An action is recorded, signed, appended to the transparency log and applied to the
licence in that one transaction: it commits whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError

from enduse.certificates.signing import format_time
from enduse.enforcement import signing
from enduse.enforcement.models import (
    ActionIn,
    ActionOut,
    ActionType,
    AlertCreate,
    AppealDecisionIn,
    AppealDecisionOut,
    AppealIn,
    AppealOut,
    AppealOutcome,
    AppellantRole,
    CaseEventKind,
    CaseState,
    CurtailParameters,
    Restrictions,
)
from enduse.errors import ConflictError, InvalidInputError
from enduse.keys import REGULATOR, load_private_key, public_key_hex
from enduse.licensing import Action, LicenceState
from enduse.licensing import service as licensing
from enduse.storage import Store
from enduse.storage import enforcement_repo as repo
from enduse.storage.tables import (
    Alert,
    Appeal,
    AppealDecision,
    CaseEvent,
    EnforcementAction,
    EnforcementCase,
    Licence,
)
from enduse.tlog import service as tlog
from enduse.tlog.models import EntryDraft, EntryKind, digest_of

M = TypeVar("M", bound=BaseModel)

CASE_TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.OPEN: frozenset({CaseState.INVESTIGATING}),
    CaseState.INVESTIGATING: frozenset({CaseState.ACTION_TAKEN, CaseState.DISMISSED}),
    CaseState.ACTION_TAKEN: frozenset(),
    CaseState.DISMISSED: frozenset(),
}
"""open → investigating → action_taken | dismissed; the last two are final."""

# Licence transitions the actions drive (through licensing.service.transition, so the
# licence history records them).
_LICENCE_ACTION: dict[ActionType, Action] = {
    ActionType.SUSPEND: Action.SUSPEND,
    ActionType.DISCONNECT: Action.REVOKE,
    ActionType.REINSTATE: Action.REINSTATE,
}
_LIVE = (LicenceState.APPROVED, LicenceState.SUSPENDED)
_ACTIONABLE_CASE = (CaseState.INVESTIGATING, CaseState.ACTION_TAKEN)


@dataclass(frozen=True)
class Signer:
    """The regulator key that signs actions and status documents, and the name it signs as."""

    key: Ed25519PrivateKey
    name: str


def regulator_signer(key_dir: Path, name: str) -> Signer:
    """The regulator's signing key ``<key_dir>/regulator.key`` under the regulator's name."""
    return Signer(load_private_key(key_dir, REGULATOR), name)


# -- alerts ------------------------------------------------------------------------------------


def raise_alert(
    store: Store,
    *,
    source: str,
    licence_id: int,
    severity: str,
    summary: str,
    evidence: dict[str, Any] | None = None,
    now: datetime,
) -> Alert:
    """Record a monitor's finding about a licence (``source`` says who, e.g.
    ``monitoring.protected_person``; ``evidence["log_indices"]`` the log entries behind it)."""
    data = _model(
        AlertCreate,
        {
            "source": source,
            "licence_id": licence_id,
            "severity": severity,
            "summary": summary,
            "evidence": evidence or {},
        },
    )
    store.get(Licence, data.licence_id, field="licence_id")
    return store.add(
        Alert(
            source=data.source,
            licence_id=data.licence_id,
            severity=data.severity,
            summary=data.summary,
            evidence=data.evidence,
            created_at=now,
        )
    )


def list_alerts(
    store: Store,
    *,
    licence_id: int | None = None,
    source: str | None = None,
    unassigned: bool = False,
) -> Sequence[Alert]:
    return repo.alerts(
        store, licence_id=licence_id, source=source, unassigned=unassigned
    )


# -- cases -------------------------------------------------------------------------------------


def list_cases(
    store: Store, *, licence_id: int | None = None, state: CaseState | None = None
) -> Sequence[EnforcementCase]:
    return repo.cases(
        store, licence_id=licence_id, state=None if state is None else str(state)
    )


def open_case(
    store: Store,
    *,
    licence_id: int,
    title: str,
    opened_by: str,
    reviewer: str | None = None,
    alert_ids: Iterable[int] = (),
    now: datetime,
) -> EnforcementCase:
    """Open a case on a licence, optionally with alerts and a reviewer."""
    store.get(Licence, licence_id, field="licence_id")
    case = store.add(
        EnforcementCase(
            licence_id=licence_id,
            title=title,
            state=CaseState.OPEN,
            reviewer=reviewer,
            opened_by=opened_by,
            created_at=now,
            updated_at=now,
        )
    )
    _event(case, CaseEventKind.OPENED, actor=opened_by, text=title, now=now)
    if reviewer:
        _event(case, CaseEventKind.ASSIGNED, actor=opened_by, text=reviewer, now=now)
    ids = list(alert_ids)
    if ids:
        add_to_case(store, case.id, ids, actor=opened_by, now=now)
    store.flush()
    return case


def add_to_case(
    store: Store,
    case_id: int,
    alert_ids: Iterable[int],
    *,
    actor: str,
    now: datetime,
) -> EnforcementCase:
    """Group alerts into a case: each must be about the case's licence and in no other case."""
    case = store.get(EnforcementCase, case_id, field="case_id")
    if case.state == CaseState.DISMISSED:
        raise ConflictError(f"case {case_id} was dismissed", field="state")
    for i, alert_id in enumerate(alert_ids):
        field = f"alert_ids.{i}"
        alert = store.get(Alert, alert_id, field=field)
        if alert.licence_id != case.licence_id:
            raise InvalidInputError(
                f"alert {alert_id} concerns licence {alert.licence_id}, case {case_id} licence "
                f"{case.licence_id}",
                field=field,
            )
        if alert.case_id == case.id:
            continue
        if alert.case_id is not None:
            raise ConflictError(
                f"alert {alert_id} is already in case {alert.case_id}", field=field
            )
        alert.case_id = case.id
        _event(
            case, CaseEventKind.ALERT_ADDED, actor=actor, text=str(alert_id), now=now
        )
    case.updated_at = now
    store.flush()
    store.session.refresh(case, ["alerts"])
    return case


def note(
    store: Store, case_id: int, *, author: str, text: str, now: datetime
) -> EnforcementCase:
    """Append a note to a case (notes are never edited or deleted)."""
    case = store.get(EnforcementCase, case_id, field="case_id")
    _event(case, CaseEventKind.NOTE, actor=author, text=text, now=now)
    case.updated_at = now
    store.flush()
    return case


def assign(
    store: Store, case_id: int, *, reviewer: str, actor: str, now: datetime
) -> EnforcementCase:
    """Assign the reviewer responsible for a case (recorded in its history)."""
    case = store.get(EnforcementCase, case_id, field="case_id")
    case.reviewer = reviewer
    _event(case, CaseEventKind.ASSIGNED, actor=actor, text=reviewer, now=now)
    case.updated_at = now
    store.flush()
    return case


def transition(
    store: Store,
    case_id: int,
    to: CaseState | str,
    *,
    actor: str,
    reason: str,
    now: datetime,
) -> EnforcementCase:
    """Move a case along open → investigating → action_taken | dismissed.

    ``action_taken`` needs an action on record for the case (taking an action on an
    investigating case moves it there by itself)."""
    case = store.get(EnforcementCase, case_id, field="case_id")
    try:
        target = CaseState(to)
    except ValueError:
        raise InvalidInputError(
            f"{to!r} is not a case state; one of: {', '.join(CaseState)}", field="to"
        ) from None
    _check_case_move(case, target)
    if target is CaseState.ACTION_TAKEN and not store.count(
        EnforcementAction, case_id=case.id
    ):
        raise ConflictError(
            f"no action has been taken on case {case_id}: take one (it moves the case)",
            field="to",
        )
    _move_case(case, target, actor=actor, reason=reason, now=now)
    store.flush()
    return case


def _check_case_move(case: EnforcementCase, target: CaseState) -> None:
    src = CaseState(case.state)
    if target not in CASE_TRANSITIONS[src]:
        allowed = ", ".join(sorted(CASE_TRANSITIONS[src])) or "none (closed)"
        raise ConflictError(
            f"case {case.id} is {src}; it cannot move to {target} (allowed: {allowed})",
            field="state",
        )


def _move_case(
    case: EnforcementCase, target: CaseState, *, actor: str, reason: str, now: datetime
) -> None:
    src = case.state
    case.state = target
    case.updated_at = now
    case.events.append(
        CaseEvent(
            kind=CaseEventKind.TRANSITION,
            from_state=src,
            to_state=target,
            actor=actor,
            text=reason,
            at=now,
        )
    )


def _event(
    case: EnforcementCase,
    kind: CaseEventKind,
    *,
    actor: str,
    text: str,
    now: datetime,
) -> None:
    case.events.append(CaseEvent(kind=kind, actor=actor, text=text, at=now))


# -- actions -----------------------------------------------------------------------------------


def take_action(
    store: Store,
    licence_id: int,
    data: ActionIn,
    *,
    signer: Signer,
    now: datetime,
) -> EnforcementAction:
    """Warn, curtail, suspend, disconnect or reinstate a licence.

    The action is checked, applied (suspend/disconnect/reinstate through the licence state
    machine, so the licence history records it), signed by the regulator, appended to the
    transparency log (kind ``enforcement_action``, decision = the type, digests only) and
    stored — all in the caller's transaction. It takes effect on the next gate decision.
    """
    licence = store.get(Licence, licence_id, field="licence_id")
    case = _case_for(store, data.case_id, licence_id) if data.case_id else None
    parameters: dict[str, Any] = {}
    if data.type is ActionType.CURTAIL:
        parameters = _curtailment(licence, data.parameters, now=now)
    if (
        data.type in (ActionType.WARN, ActionType.CURTAIL)
        and licence.state not in _LIVE
    ):
        raise ConflictError(
            f"licence {licence_id} is {licence.state}; only an approved or suspended licence "
            f"can be given a {data.type}",
            field="state",
        )
    if data.type in _LICENCE_ACTION:
        licensing.transition(
            store,
            licence_id,
            _LICENCE_ACTION[data.type],
            actor=data.actor,
            reason=f"enforcement {data.type}: {data.reason}",
            now=now,
        )
    return _record(
        store,
        licence,
        type_=data.type,
        parameters=parameters,
        case=case,
        actor=data.actor,
        reason=data.reason,
        signer=signer,
        now=now,
    )


def reverse(
    store: Store,
    action_id: int,
    *,
    actor: str,
    reason: str,
    signer: Signer,
    now: datetime,
    appeal_id: int | None = None,
) -> EnforcementAction:
    """Undo an action with a new signed, logged action of type ``reverse``.

    A reversed curtailment stops applying; a reversed suspension reinstates the licence (if it
    is still suspended); a reversed warning is withdrawn. A disconnection is final (the licence
    state machine has no way back from ``revoked``), and a reinstatement or reversal is undone
    by taking a new action instead.
    """
    original = store.get(EnforcementAction, action_id, field="action_id")
    kind = ActionType(original.type)
    if kind in (ActionType.REINSTATE, ActionType.REVERSE):
        raise ConflictError(
            f"action {action_id} is a {kind}; take a new action instead of reversing it",
            field="action_id",
        )
    if kind is ActionType.DISCONNECT:
        raise ConflictError(
            f"action {action_id} disconnected (revoked) licence {original.licence_id}: "
            "revocation is final; a new licence must be applied for",
            field="action_id",
        )
    done = store.find(EnforcementAction, reverses_id=action_id)
    if done is not None:
        raise ConflictError(
            f"action {action_id} was already reversed by action {done.id}",
            field="action_id",
        )
    licence = store.get(Licence, original.licence_id, field="licence_id")
    if kind is ActionType.SUSPEND and licence.state == LicenceState.SUSPENDED:
        licensing.transition(
            store,
            licence.id,
            Action.REINSTATE,
            actor=actor,
            reason=f"reversal of enforcement action {action_id}: {reason}",
            now=now,
        )
    case = (
        store.get(EnforcementCase, original.case_id, field="case_id")
        if original.case_id
        else None
    )
    return _record(
        store,
        licence,
        type_=ActionType.REVERSE,
        parameters={},
        case=case,
        actor=actor,
        reason=reason,
        signer=signer,
        now=now,
        reverses=original,
        appeal_id=appeal_id,
    )


def _case_for(store: Store, case_id: int, licence_id: int) -> EnforcementCase:
    case = store.get(EnforcementCase, case_id, field="case_id")
    if case.licence_id != licence_id:
        raise InvalidInputError(
            f"case {case_id} concerns licence {case.licence_id}, not {licence_id}",
            field="case_id",
        )
    if case.state not in _ACTIONABLE_CASE:
        raise ConflictError(
            f"case {case_id} is {case.state}; actions are taken on a case under "
            "investigation (or one where action was already taken)",
            field="case_id",
        )
    return case


def _curtailment(
    licence: Licence, raw: dict[str, Any], *, now: datetime
) -> dict[str, Any]:
    params = _model(CurtailParameters, raw, prefix="parameters")
    allowed = set(licence.allowed_capabilities or [])
    if params.capabilities is not None:
        extra = sorted(str(c) for c in params.capabilities if c not in allowed)
        if extra:
            raise InvalidInputError(
                f"licence {licence.id} does not allow {', '.join(extra)}; a curtailment keeps "
                f"a subset of {', '.join(sorted(allowed)) or 'nothing'}",
                field="parameters.capabilities",
            )
    quota = licence.max_active_targets
    if (
        params.max_active_targets is not None
        and quota is not None
        and params.max_active_targets >= quota
    ):
        raise InvalidInputError(
            f"{params.max_active_targets} does not lower licence {licence.id}'s quota of {quota}",
            field="parameters.max_active_targets",
        )
    if params.until is not None and params.until <= now:
        raise InvalidInputError("must be in the future", field="parameters.until")
    record = params.as_record()
    if "until" in record:
        record["until"] = format_time(record["until"])
    return record


def _record(
    store: Store,
    licence: Licence,
    *,
    type_: ActionType,
    parameters: dict[str, Any],
    case: EnforcementCase | None,
    actor: str,
    reason: str,
    signer: Signer,
    now: datetime,
    reverses: EnforcementAction | None = None,
    appeal_id: int | None = None,
) -> EnforcementAction:
    """Sign, log and store one action (the licence has already been changed, if at all)."""
    number = repo.next_action_number(store, licence.id)
    record: dict[str, Any] = {
        "format": signing.ACTION_FORMAT,
        "licence_id": licence.id,
        "number": number,
        "type": str(type_),
        "parameters": parameters,
        "case_id": case.id if case else None,
        "actor": actor,
        "reason": reason,
        "licence_state": str(licence.state),
        "reverses": None
        if reverses is None
        else {
            "action_id": reverses.id,
            "number": reverses.number,
            "type": reverses.type,
            "record": digest_of(reverses.record),
        },
        "appeal_id": appeal_id,
        "taken_at": format_time(now),
        "issuer": {
            "name": signer.name,
            "public_key": public_key_hex(signer.key.public_key()),
        },
    }
    signed = signing.sign_action(record, signer.key)
    digests = {"record": digest_of(record), "signed": digest_of(signed)}
    if reverses is not None:
        digests["reverses"] = digest_of(reverses.record)
    entry = tlog.append_entry(
        store,
        EntryDraft(
            licence_id=licence.id,
            kind=EntryKind.ENFORCEMENT_ACTION,
            decision=str(type_),
            digests=digests,
            ref=f"enforcement_action:{licence.id}/{number}",
        ),
        now=now,
    )
    action = store.add(
        EnforcementAction(
            licence_id=licence.id,
            number=number,
            case_id=case.id if case else None,
            type=str(type_),
            parameters=parameters,
            actor=actor,
            reason=reason,
            reverses_id=reverses.id if reverses else None,
            appeal_id=appeal_id,
            record=record,
            signature=signed["signature"]["signature"],
            public_key=signed["signature"]["public_key"],
            log_index=entry.sequence,
            taken_at=now,
        )
    )
    if case is not None:
        _event(
            case,
            CaseEventKind.ACTION,
            actor=actor,
            text=f"{type_} (action {action.id}, log entry {entry.sequence})",
            now=now,
        )
        if case.state == CaseState.INVESTIGATING and type_ is not ActionType.REVERSE:
            _move_case(
                case,
                CaseState.ACTION_TAKEN,
                actor=actor,
                reason=f"{type_} taken (action {action.id})",
                now=now,
            )
        case.updated_at = now
    store.flush()
    return action


def signed_action(action: EnforcementAction) -> dict[str, Any]:
    """The signed action record ``{"format", "record", "signature"}`` (verify with
    ``signing.verify_action``)."""
    return {
        "format": signing.SIGNED_ACTION_FORMAT,
        "record": action.record,
        "signature": {"public_key": action.public_key, "signature": action.signature},
    }


def list_actions(store: Store, licence_id: int) -> Sequence[EnforcementAction]:
    store.get(Licence, licence_id, field="licence_id")
    return repo.actions(store, licence_id)


def action_out(store: Store, action: EnforcementAction) -> ActionOut:
    reversal = store.find(EnforcementAction, reverses_id=action.id)
    return ActionOut.model_validate(
        {
            **{
                k: getattr(action, k)
                for k in (
                    "id",
                    "licence_id",
                    "number",
                    "case_id",
                    "type",
                    "parameters",
                    "actor",
                    "reason",
                    "reverses_id",
                    "appeal_id",
                    "log_index",
                    "taken_at",
                )
            },
            "reversed_by": reversal.id if reversal else None,
            "signed": signed_action(action),
            "appeals": [
                appeal_out(store, a) for a in store.list(Appeal, action_id=action.id)
            ],
        }
    )


# -- appeals -----------------------------------------------------------------------------------


def appeal(store: Store, action_id: int, data: AppealIn, *, now: datetime) -> Appeal:
    """File an appeal (exporter or buyer, with grounds) against an action."""
    action = store.get(EnforcementAction, action_id, field="action_id")
    if action.type in (ActionType.REINSTATE, ActionType.REVERSE):
        raise ConflictError(
            f"action {action_id} is a {action.type}; it cannot be appealed",
            field="action_id",
        )
    done = store.find(EnforcementAction, reverses_id=action_id)
    if done is not None:
        raise ConflictError(
            f"action {action_id} was already reversed by action {done.id}",
            field="action_id",
        )
    for earlier in store.list(Appeal, action_id=action_id):
        if store.find(AppealDecision, appeal_id=earlier.id) is None:
            raise ConflictError(
                f"appeal {earlier.id} against action {action_id} is still pending",
                field="action_id",
            )
    return store.add(
        Appeal(
            action_id=action_id,
            appellant=data.appellant,
            role=data.role,
            grounds=data.grounds,
            filed_at=now,
        )
    )


def decide_appeal(
    store: Store,
    appeal_id: int,
    data: AppealDecisionIn,
    *,
    signer: Signer,
    now: datetime,
) -> AppealDecision:
    """The regulator decides an appeal: ``upheld`` (the action stands) or ``reversed`` (a
    signed, logged reversal undoes it). Decisions are final and kept."""
    filed = store.get(Appeal, appeal_id, field="appeal_id")
    earlier = store.find(AppealDecision, appeal_id=appeal_id)
    if earlier is not None:
        raise ConflictError(
            f"appeal {appeal_id} was decided ({earlier.outcome}) on {format_time(earlier.decided_at)}",
            field="appeal_id",
        )
    reversal = None
    if data.outcome is AppealOutcome.REVERSED:
        reversal = reverse(
            store,
            filed.action_id,
            actor=data.actor,
            reason=f"appeal {appeal_id} upheld by the appellant's grounds: {data.reason}",
            signer=signer,
            now=now,
            appeal_id=appeal_id,
        )
    return store.add(
        AppealDecision(
            appeal_id=appeal_id,
            outcome=data.outcome,
            actor=data.actor,
            reason=data.reason,
            reversal_id=reversal.id if reversal else None,
            decided_at=now,
        )
    )


def appeal_out(store: Store, filed: Appeal) -> AppealOut:
    decision = store.find(AppealDecision, appeal_id=filed.id)
    return AppealOut(
        id=filed.id,
        action_id=filed.action_id,
        appellant=filed.appellant,
        role=AppellantRole(filed.role),
        grounds=filed.grounds,
        filed_at=filed.filed_at,
        decision=AppealDecisionOut.model_validate(decision) if decision else None,
    )


# -- what the gate obeys -----------------------------------------------------------------------


def effective_restrictions(
    store: Store, licence_id: int, *, now: datetime
) -> Restrictions:
    """What licence ``licence_id`` allows at ``now`` after enforcement: the gate reads this on
    every decision, so an action takes effect on the next one.

    Capabilities are the licence's intersected with every curtailment in force, the quota the
    lowest, ``force_refer`` true if any curtailment in force says so. A curtailment is in force
    from when it was taken until it is reversed or its ``until`` passes.
    """
    licence = store.get(Licence, licence_id, field="licence_id")
    actions = repo.actions(store, licence_id)
    reversed_ids = {a.reverses_id for a in actions if a.reverses_id is not None}
    in_force = [
        a
        for a in actions
        if a.type == ActionType.CURTAIL
        and a.id not in reversed_ids
        and a.taken_at <= now
        and not _lapsed(a, now)
    ]
    caps = list(licence.allowed_capabilities or [])
    quota = licence.max_active_targets
    force_refer = False
    for a in in_force:
        p = a.parameters
        if "capabilities" in p:
            caps = [c for c in caps if c in p["capabilities"]]
        if "max_active_targets" in p:
            q = int(p["max_active_targets"])
            quota = q if quota is None else min(quota, q)
        force_refer = force_refer or bool(p.get("force_refer"))
    return Restrictions(
        licence_id=licence_id,
        licence_status=str(licensing.effective_status(licence, now=now)),
        allowed_capabilities=tuple(caps),
        max_active_targets=quota,
        force_refer=force_refer,
        action_ids=tuple(a.id for a in in_force),
        state_action_id=_state_action(licence, actions, reversed_ids),
    )


def _until(action: EnforcementAction) -> datetime | None:
    raw = action.parameters.get("until")
    return None if raw is None else datetime.fromisoformat(raw.replace("Z", "+00:00"))


def _lapsed(action: EnforcementAction, now: datetime) -> bool:
    until = _until(action)
    return until is not None and now >= until


def _state_action(
    licence: Licence,
    actions: Sequence[EnforcementAction],
    reversed_ids: set[int],
) -> int | None:
    """The action that put the licence in its current suspended or revoked state, if any."""
    wanted = {
        LicenceState.SUSPENDED: ActionType.SUSPEND,
        LicenceState.REVOKED: ActionType.DISCONNECT,
    }.get(LicenceState(licence.state))
    if wanted is None:
        return None
    for a in reversed(actions):
        if a.type == ActionType.REINSTATE:
            return None
        if a.type == wanted and a.id not in reversed_ids:
            return a.id
    return None


# -- the licence-status document ---------------------------------------------------------------


def status_document(
    store: Store,
    licence_id: int,
    *,
    signer: Signer,
    validity: timedelta,
    now: datetime,
) -> bytes:
    """The signed licence-status document (RFC 8785 bytes) for ``licence_id`` at ``now``.

    ``next_update`` is ``now + validity``, or earlier when the status is already known to
    change before then (the validity window opens or closes, a curtailment lapses, a
    re-signature deadline passes)."""
    r = effective_restrictions(store, licence_id, now=now)
    licence = store.get(Licence, licence_id, field="licence_id")
    next_update = now + validity
    upcoming = [
        licence.valid_from,
        licence.valid_until,
        licence.resign_required_by,
        *(
            _until(a)
            for a in store.list(EnforcementAction, licence_id=licence_id)
            if a.id in r.action_ids
        ),
    ]
    for moment in upcoming:
        if moment is not None and now < moment < next_update:
            next_update = moment
    document = signing.status_document(
        licence_id=licence_id,
        sequence=repo.change_count(store, licence_id),
        status=r.status,
        licence_status=r.licence_status,
        restrictions=r.as_dict(),
        issued_at=now,
        next_update=next_update,
        issuer_name=signer.name,
        public_key=signer.key.public_key(),
    )
    return signing.sign_status(document, signer.key)


# -- helpers -----------------------------------------------------------------------------------


def _model(model: type[M], values: dict[str, Any], *, prefix: str | None = None) -> M:
    """Validate ``values`` into ``model``; the first error names its field."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        field = ".".join(p for p in (prefix, loc) if p) or None
        raise InvalidInputError(
            str(first["msg"]).removeprefix("Value error, "), field=field
        ) from None
