"""Licence applications, review, decisions and conditions."""

from __future__ import annotations

from fastapi import APIRouter

from enduse.api.deps import ScopeDep, SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.licensing import Action, LicenceCreate, LicenceOut, LicenceState, service
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    AcknowledgeIn,
    ApprovalIn,
    DueDiligenceIn,
    LicenceSummary,
    PlainAction,
    RfiAnswerIn,
    RfiIn,
    TransitionIn,
)
from enduse.screening.service import Thresholds
from enduse.storage.tables import Licence

router = APIRouter(prefix="/licences", tags=["licences"])


@router.post("", status_code=201)
def apply(body: LicenceCreate, store: StoreDep) -> LicenceOut:
    """File an application (state ``draft``)."""
    now = utcnow()
    return service.to_out(service.apply(store, body, now=now), now=now)


@router.get("")
def list_licences(
    store: StoreDep, scope: ScopeDep, state: LicenceState | None = None
) -> list[LicenceSummary]:
    """Licences (an exporter or a buyer: its own)."""
    return [
        LicenceSummary.model_validate(lic)
        for lic in service.list_licences(store, state=state, **scope.licence_filter())
    ]


@router.get("/due-diligence-questions")
def due_diligence_questions() -> dict[str, str]:
    """The human-rights due-diligence checklist every review answers."""
    return DUE_DILIGENCE_QUESTIONS


@router.post("/expire-due")
def expire_due(store: StoreDep) -> list[LicenceSummary]:
    """Expire every licence whose validity window has closed."""
    return [
        LicenceSummary.model_validate(lic)
        for lic in service.expire_due(store, now=utcnow())
    ]


@router.get("/{licence_id}")
def show(licence_id: int, store: StoreDep) -> LicenceOut:
    return service.to_out(
        store.get(Licence, licence_id, field="licence_id"), now=utcnow()
    )


@router.post("/{licence_id}/approve")
def approve(licence_id: int, body: ApprovalIn, store: StoreDep) -> LicenceOut:
    """Approve with conditions (capabilities, quota, validity window, certificate version)."""
    now = utcnow()
    licence = service.approve(
        store,
        licence_id,
        body,
        now=now,
    )
    return service.to_out(licence, now=now)


@router.post("/{licence_id}/rfis", status_code=201)
def request_information(licence_id: int, body: RfiIn, store: StoreDep) -> LicenceOut:
    """Ask the applicant for information (licence moves to ``rfi_open``)."""
    now = utcnow()
    licence = service.request_information(
        store, licence_id, question=body.question, actor=body.actor, now=now
    )
    return service.to_out(licence, now=now)


@router.post("/{licence_id}/rfis/{rfi_id}/answer")
def answer_information(
    licence_id: int, rfi_id: int, body: RfiAnswerIn, store: StoreDep
) -> LicenceOut:
    now = utcnow()
    licence = service.answer_information(
        store, licence_id, rfi_id, answer=body.answer, actor=body.actor, now=now
    )
    return service.to_out(licence, now=now)


@router.put("/{licence_id}/due-diligence/{question}")
def answer_due_diligence(
    licence_id: int, question: str, body: DueDiligenceIn, store: StoreDep
) -> LicenceOut:
    now = utcnow()
    return service.to_out(
        service.answer_due_diligence(store, licence_id, question, body, now=now),
        now=now,
    )


@router.post("/{licence_id}/conditions/{condition_id}/acknowledge")
def acknowledge(
    licence_id: int, condition_id: int, body: AcknowledgeIn, store: StoreDep
) -> LicenceOut:
    """The exporter acknowledges a condition of approval."""
    now = utcnow()
    licence = service.acknowledge_condition(
        store, licence_id, condition_id, actor=body.actor, now=now
    )
    return service.to_out(licence, now=now)


@router.post("/{licence_id}/{action}")
def take_action(
    licence_id: int,
    action: PlainAction,
    body: TransitionIn,
    store: StoreDep,
    settings: SettingsDep,
) -> LicenceOut:
    """Submit (which screens every party), start review, deny, suspend, reinstate, revoke or expire."""
    now = utcnow()
    licence = service.transition(
        store,
        licence_id,
        Action(action.value),
        actor=body.actor,
        reason=body.reason,
        now=now,
        thresholds=Thresholds.from_settings(settings),
    )
    return service.to_out(licence, now=now)
