"""Alerts, cases, enforcement actions, appeals, restrictions and the licence-status document."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Response

from enduse.api.deps import SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.enforcement import service
from enduse.enforcement.models import (
    ActionIn,
    ActionOut,
    AddAlertsIn,
    AlertCreate,
    AlertOut,
    AppealDecisionIn,
    AppealIn,
    AppealOut,
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
from enduse.settings import Settings
from enduse.storage.tables import Alert, Appeal, EnforcementAction, EnforcementCase

router = APIRouter(tags=["enforcement"])


def _signer(settings: SettingsDep) -> service.Signer:
    return service.regulator_signer(settings.key_dir, settings.regulator_name)


SignerDep = Annotated[service.Signer, Depends(_signer)]


# -- alerts ------------------------------------------------------------------------------------


@router.get("/alerts")
def list_alerts(
    store: StoreDep,
    licence_id: int | None = None,
    source: str | None = None,
    unassigned: bool = False,
) -> list[AlertOut]:
    """Alerts, newest first (at most 500)."""
    rows = service.list_alerts(
        store, licence_id=licence_id, source=source, unassigned=unassigned
    )
    return [AlertOut.model_validate(a) for a in rows]


@router.post("/alerts", status_code=201)
def raise_alert(body: AlertCreate, store: StoreDep) -> AlertOut:
    """Record a finding about a licence (what the monitors do)."""
    alert = service.raise_alert(store, **body.model_dump(), now=utcnow())
    return AlertOut.model_validate(alert)


@router.get("/alerts/{alert_id}")
def show_alert(alert_id: int, store: StoreDep) -> AlertOut:
    return AlertOut.model_validate(store.get(Alert, alert_id, field="alert_id"))


# -- cases -------------------------------------------------------------------------------------


@router.post("/cases", status_code=201)
def open_case(body: CaseCreate, store: StoreDep) -> CaseOut:
    case = service.open_case(store, **body.model_dump(), now=utcnow())
    return CaseOut.model_validate(case)


@router.get("/cases")
def list_cases(
    store: StoreDep, licence_id: int | None = None, state: CaseState | None = None
) -> list[CaseSummary]:
    rows = service.list_cases(store, licence_id=licence_id, state=state)
    return [CaseSummary.model_validate(c) for c in rows]


@router.get("/cases/{case_id}")
def show_case(case_id: int, store: StoreDep) -> CaseOut:
    return CaseOut.model_validate(store.get(EnforcementCase, case_id, field="case_id"))


@router.post("/cases/{case_id}/notes", status_code=201)
def add_note(case_id: int, body: NoteIn, store: StoreDep) -> CaseOut:
    case = service.note(
        store, case_id, author=body.author, text=body.text, now=utcnow()
    )
    return CaseOut.model_validate(case)


@router.post("/cases/{case_id}/transition")
def transition_case(case_id: int, body: CaseTransitionIn, store: StoreDep) -> CaseOut:
    """Move a case: open → investigating → action_taken | dismissed."""
    case = service.transition(
        store, case_id, body.to, actor=body.actor, reason=body.reason, now=utcnow()
    )
    return CaseOut.model_validate(case)


@router.post("/cases/{case_id}/assign")
def assign_case(case_id: int, body: AssignIn, store: StoreDep) -> CaseOut:
    case = service.assign(
        store, case_id, reviewer=body.reviewer, actor=body.actor, now=utcnow()
    )
    return CaseOut.model_validate(case)


@router.post("/cases/{case_id}/alerts")
def add_alerts(case_id: int, body: AddAlertsIn, store: StoreDep) -> CaseOut:
    case = service.add_to_case(
        store, case_id, body.alert_ids, actor=body.actor, now=utcnow()
    )
    return CaseOut.model_validate(case)


# -- actions and appeals -----------------------------------------------------------------------


@router.post("/licences/{licence_id}/actions", status_code=201)
def take_action(
    licence_id: int, body: ActionIn, store: StoreDep, signer: SignerDep
) -> ActionOut:
    """Warn, curtail, suspend, disconnect or reinstate: signed, logged, in force at once."""
    action = service.take_action(store, licence_id, body, signer=signer, now=utcnow())
    return service.action_out(store, action)


@router.get("/licences/{licence_id}/actions")
def list_actions(licence_id: int, store: StoreDep) -> list[ActionOut]:
    return [
        service.action_out(store, a) for a in service.list_actions(store, licence_id)
    ]


@router.get("/licences/{licence_id}/restrictions")
def restrictions(licence_id: int, store: StoreDep) -> RestrictionsOut:
    """What the licence allows now, after enforcement (what the gate obeys)."""
    return RestrictionsOut.of(
        service.effective_restrictions(store, licence_id, now=utcnow())
    )


@router.get(
    "/licences/{licence_id}/status-document",
    responses={200: {"content": {"application/json": {}}}},
)
def status_document(
    licence_id: int, store: StoreDep, settings: SettingsDep, signer: SignerDep
) -> Response:
    """The signed licence-status document (RFC 8785 bytes); verify it offline with the
    regulator's public key. It is valid until its ``next_update``."""
    raw = service.status_document(
        store,
        licence_id,
        signer=signer,
        validity=_validity(settings),
        now=utcnow(),
    )
    return Response(
        raw, media_type="application/json", headers={"Cache-Control": "no-store"}
    )


@router.get("/actions/{action_id}")
def show_action(action_id: int, store: StoreDep) -> ActionOut:
    return service.action_out(
        store, store.get(EnforcementAction, action_id, field="action_id")
    )


@router.post("/actions/{action_id}/reverse", status_code=201)
def reverse_action(
    action_id: int, body: ReverseIn, store: StoreDep, signer: SignerDep
) -> ActionOut:
    """Undo an action with a signed, logged reversal."""
    action = service.reverse(
        store,
        action_id,
        actor=body.actor,
        reason=body.reason,
        signer=signer,
        now=utcnow(),
    )
    return service.action_out(store, action)


@router.post("/actions/{action_id}/appeals", status_code=201)
def file_appeal(action_id: int, body: AppealIn, store: StoreDep) -> AppealOut:
    """The exporter or the buyer appeals an action, with grounds."""
    return service.appeal_out(
        store, service.appeal(store, action_id, body, now=utcnow())
    )


@router.get("/appeals/{appeal_id}")
def show_appeal(appeal_id: int, store: StoreDep) -> AppealOut:
    return service.appeal_out(store, store.get(Appeal, appeal_id, field="appeal_id"))


@router.post("/appeals/{appeal_id}/decision")
def decide_appeal(
    appeal_id: int, body: AppealDecisionIn, store: StoreDep, signer: SignerDep
) -> AppealOut:
    """Uphold the action, or reverse it (a signed, logged reversal)."""
    service.decide_appeal(store, appeal_id, body, signer=signer, now=utcnow())
    return service.appeal_out(store, store.get(Appeal, appeal_id, field="appeal_id"))


def _validity(settings: Settings) -> timedelta:
    return timedelta(seconds=settings.status_validity_s)
