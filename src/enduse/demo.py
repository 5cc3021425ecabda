"""The demonstration world `make demo` loads: fictional exporters, buyers and licences
taken through the real workflow (application, review, approval, acknowledgement)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from enduse.clock import utcnow
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    ApprovalIn,
    DueDiligenceIn,
    LicenceCreate,
)
from enduse.parties import (
    AgencyCreate,
    ExporterCreate,
    IntermediaryCreate,
    ProductCreate,
)
from enduse.parties import service as parties
from enduse.settings import Settings
from enduse.storage import Database, Store
from enduse.storage.db import redact_url
from enduse.storage.tables import Exporter, Licence

DEMO_EXPORTER = "Meridian Lawful Intercept Ltd (demo)"
REVIEWER = "reviewer@regulator.example"


def load_demo(settings: Settings, *, now: datetime | None = None) -> Iterator[str]:
    """Load the world once (a second run changes nothing) and say what is there."""
    now = now or utcnow()
    db = Database(settings.database_url)
    try:
        with db.store() as store:
            if store.find(Exporter, name=DEMO_EXPORTER) is not None:
                yield "demonstration world already loaded; nothing changed"
            else:
                yield from _load(store, now=now)
    finally:
        db.dispose()
    yield f"database: {redact_url(settings.database_url)}"


def _load(store: Store, *, now: datetime) -> Iterator[str]:
    exporter = parties.create_exporter(
        store, ExporterCreate(name=DEMO_EXPORTER, country="IL"), now=now
    )
    product = parties.create_product(
        store,
        ProductCreate(
            exporter_id=exporter.id,
            name="Falcon Mobile",
            capabilities=["messages", "media", "contacts", "location", "microphone"],
        ),
        now=now,
    )
    police = parties.create_agency(
        store,
        AgencyCreate(
            name="Policía Federal Ministerial (demo)",
            country="MX",
            agency_type="police",
        ),
        now=now,
    )
    intel = parties.create_agency(
        store,
        AgencyCreate(
            name="National Intelligence Directorate (demo)",
            country="RW",
            agency_type="intelligence",
        ),
        now=now,
    )
    private = parties.create_agency(
        store,
        AgencyCreate(
            name="Argus Private Security (demo)", country="AE", agency_type="private"
        ),
        now=now,
    )
    broker = parties.create_intermediary(
        store,
        IntermediaryCreate(
            name="Coastal Integration SA (demo)", country="PA", role="broker"
        ),
        now=now,
    )
    yield (
        f"parties: exporter {exporter.id}, product {product.id}, agencies {police.id}, {intel.id}, {private.id} "
        f"(private: cannot be licensed), broker {broker.id}"
    )

    active = _application(store, exporter.id, police.id, product.id, broker.id, now=now)
    for action in (Action.SUBMIT, Action.START_REVIEW):
        licensing.transition(
            store, active.id, action, actor=REVIEWER, reason="demo workflow", now=now
        )
    for question in DUE_DILIGENCE_QUESTIONS:
        licensing.answer_due_diligence(
            store,
            active.id,
            question,
            DueDiligenceIn(reviewer=REVIEWER, answer="yes", notes="demo"),
            now=now,
        )
    licensing.approve(
        store,
        active.id,
        ApprovalIn(
            actor=REVIEWER,
            reason="due diligence complete; conditions attached",
            allowed_capabilities=["messages", "location"],
            max_active_targets=25,
            valid_from=now - timedelta(days=30),
            valid_until=now + timedelta(days=335),
        ),
        now=now,
    )
    for condition in active.conditions:
        licensing.acknowledge_condition(
            store, active.id, condition.id, actor="compliance@meridian.example", now=now
        )
    yield f"licence {active.id}: approved and active for the federal police (messages, location; 25 targets)"

    pending = _application(store, exporter.id, intel.id, product.id, None, now=now)
    licensing.transition(
        store,
        pending.id,
        Action.SUBMIT,
        actor="compliance@meridian.example",
        reason="application complete",
        now=now,
    )
    licensing.transition(
        store,
        pending.id,
        Action.START_REVIEW,
        actor=REVIEWER,
        reason="demo workflow",
        now=now,
    )
    licensing.request_information(
        store,
        pending.id,
        actor=REVIEWER,
        now=now,
        question="Which oversight body authorises each interception?",
    )
    yield f"licence {pending.id}: under review, waiting for an answer to a request for information"


def _application(
    store: Store,
    exporter_id: int,
    agency_id: int,
    product_id: int,
    broker_id: int | None,
    *,
    now: datetime,
) -> Licence:
    return licensing.apply(
        store,
        LicenceCreate(
            exporter_id=exporter_id,
            end_user_id=agency_id,
            end_use="Investigation of kidnapping, extortion and drug-trafficking networks under judicial warrant",
            parties=[{"role": "broker", "kind": "intermediary", "id": broker_id}]
            if broker_id
            else [],
            items=[
                {"product_id": product_id, "classification": "4.A.5", "quantity": 1}
            ],
            actor="compliance@meridian.example",
        ),
        now=now,
    )
