"""Small factories for a world to license in. ``make_licence(store, state=...)`` drives the real
service through the legal transitions to reach ``state``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from enduse.licensing import Action, LicenceState
from enduse.licensing import service as licensing
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    ApprovalIn,
    DueDiligenceIn,
    LicenceCreate,
)
from enduse.parties import AgencyCreate, ExporterCreate, ProductCreate
from enduse.parties import service as parties
from enduse.screening import service as screening
from enduse.storage import Store
from enduse.storage.tables import Licence, ScreeningList

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


SCREENING_LIST = (
    Path(__file__).parent / "assets" / "screening" / "csl_spyware_2026-09-24.json"
)


def load_screening_list(store: Store) -> None:
    """Load the small CSL extract once: licence submission screens against it."""
    if not store.list(ScreeningList):
        screening.load_list(store, SCREENING_LIST, "csl", now=NOW)


def make_world(store: Store, *, agency_type: str = "police") -> dict[str, int]:
    load_screening_list(store)
    exporter = parties.create_exporter(
        store, ExporterCreate(name=f"Exporter {agency_type}", country="IL"), now=NOW
    )
    product = parties.create_product(
        store,
        ProductCreate(
            exporter_id=exporter.id,
            name="Interceptor",
            capabilities=["messages", "location", "contacts"],
        ),
        now=NOW,
    )
    agency = parties.create_agency(
        store,
        AgencyCreate(
            name=f"Agency {agency_type}", country="MX", agency_type=agency_type
        ),
        now=NOW,
    )
    return {
        "exporter_id": exporter.id,
        "product_id": product.id,
        "agency_id": agency.id,
    }


def application(world: dict[str, int], **overrides: object) -> LicenceCreate:
    data: dict[str, object] = {
        "exporter_id": world["exporter_id"],
        "end_user_id": world["agency_id"],
        "end_use": "Investigation of kidnapping and drug-trafficking networks under judicial warrant",
        "items": [
            {
                "product_id": world["product_id"],
                "classification": "4.A.5",
                "quantity": 1,
            }
        ],
        "actor": "exporter@acme",
        **overrides,
    }
    return LicenceCreate.model_validate(data)


def approval(**overrides: object) -> ApprovalIn:
    data: dict[str, object] = {
        "actor": "reviewer@regulator",
        "reason": "due diligence satisfactory",
        "allowed_capabilities": ["messages", "location"],
        "max_active_targets": 25,
        "valid_from": NOW - timedelta(days=1),
        "valid_until": NOW + timedelta(days=365),
        **overrides,
    }
    return ApprovalIn.model_validate(data)


def answer_checklist(store: Store, licence_id: int) -> None:
    for question in DUE_DILIGENCE_QUESTIONS:
        licensing.answer_due_diligence(
            store,
            licence_id,
            question,
            DueDiligenceIn(reviewer="reviewer", answer="yes", notes="checked"),
            now=NOW,
        )


# The shortest legal path from draft to each state.
PATHS: dict[LicenceState, list[Action]] = {
    LicenceState.DRAFT: [],
    LicenceState.SUBMITTED: [Action.SUBMIT],
    LicenceState.UNDER_REVIEW: [Action.SUBMIT, Action.START_REVIEW],
    LicenceState.RFI_OPEN: [
        Action.SUBMIT,
        Action.START_REVIEW,
        Action.REQUEST_INFORMATION,
    ],
    LicenceState.APPROVED: [Action.SUBMIT, Action.START_REVIEW, Action.APPROVE],
    LicenceState.DENIED: [Action.SUBMIT, Action.START_REVIEW, Action.DENY],
    LicenceState.SUSPENDED: [
        Action.SUBMIT,
        Action.START_REVIEW,
        Action.APPROVE,
        Action.SUSPEND,
    ],
    LicenceState.REVOKED: [
        Action.SUBMIT,
        Action.START_REVIEW,
        Action.APPROVE,
        Action.REVOKE,
    ],
    LicenceState.EXPIRED: [
        Action.SUBMIT,
        Action.START_REVIEW,
        Action.APPROVE,
        Action.EXPIRE,
    ],
}


def take(
    store: Store, licence_id: int, action: Action, *, now: datetime = NOW
) -> Licence:
    """Take ``action`` with whatever data it needs."""
    if action is Action.REQUEST_INFORMATION:
        return licensing.request_information(
            store, licence_id, question="Which units?", actor="reviewer", now=now
        )
    licence = store.get(Licence, licence_id, field="licence_id")
    if action is Action.ANSWER_INFORMATION:
        open_rfi = next((r.id for r in licence.rfis if r.answered_at is None), 1)
        return licensing.answer_information(
            store, licence_id, open_rfi, answer="Unit 7", actor="exporter", now=now
        )
    if action is Action.APPROVE:
        if licence.state == LicenceState.UNDER_REVIEW:
            answer_checklist(store, licence_id)
        return licensing.approve(
            store,
            licence_id,
            approval(),
            now=now,
        )
    if action is Action.EXPIRE:
        return licensing.transition(
            store,
            licence_id,
            action,
            actor="system",
            reason="window ended",
            now=now + timedelta(days=400),
        )
    return licensing.transition(
        store, licence_id, action, actor="someone", reason="because", now=now
    )


def make_licence(
    store: Store,
    *,
    state: LicenceState = LicenceState.APPROVED,
    world: dict[str, int] | None = None,
) -> Licence:
    world = world or make_world(store)
    licence = licensing.apply(store, application(world), now=NOW)
    for action in PATHS[state]:
        take(store, licence.id, action)
    assert licence.state == state
    return licence
