"""The demonstration world `make demo` loads: fictional exporters, buyers and licences
taken through the real workflow (application, review, approval, acknowledgement)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from enduse.certificates import service as certificates
from enduse.certificates.signing import buyer_sign, signed_file
from enduse.clock import utcnow
from enduse.keys import (
    REGULATOR,
    generate_keypair,
    load_private_key,
    public_key_pem,
    read_private_key,
)
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
from enduse.screening import registry
from enduse.screening import service as screening
from enduse.settings import Settings
from enduse.storage import Database, Store
from enduse.storage.db import redact_url
from enduse.storage.tables import Exporter, Licence

DEMO_LIST = Path(screening.__file__).parent / "data" / "csl_spyware_2026-09-24.json"
DEMO_EXPORTER = "Meridian Lawful Intercept Ltd (demo)"
REVIEWER = "reviewer@regulator.example"


def load_demo(settings: Settings, *, now: datetime | None = None) -> Iterator[str]:
    """Load the world once (a second run changes nothing) and say what is there.
    Needs the regulator's keys (`enduse keys init`)."""
    now = now or utcnow()
    db = Database(settings.database_url)
    try:
        with db.store() as store:
            if store.find(Exporter, name=DEMO_EXPORTER) is not None:
                yield "demonstration world already loaded; nothing changed"
            else:
                yield from _load(store, settings, now=now)
    finally:
        db.dispose()
    yield f"database: {redact_url(settings.database_url)}; keys: {settings.key_dir}"


def _load(store: Store, settings: Settings, *, now: datetime) -> Iterator[str]:
    regulator_key = load_private_key(settings.key_dir, REGULATOR)
    listed = screening.load_list(
        store, DEMO_LIST, "csl", now=now, name="csl-spyware-extract"
    )
    yield f"screening: loaded {listed.name} version {listed.version} (spyware vendors on US lists)"
    counts = registry.load_registry(
        store,
        registry.read_registry_csv(registry.DEMO_REGISTRY, source="demo"),
        key=registry.load_or_create_key(settings.key_dir),
        now=now,
    )
    yield f"protected-persons registry: {sum(counts.values())} fictional people ({', '.join(sorted(counts))})"
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

    buyer_dir = settings.key_dir.parent / "demo-buyer"
    buyer = generate_keypair(buyer_dir, "buyer", exist_ok=True)
    buyer_key = read_private_key(buyer.private_path)
    certificates.register_buyer_key(
        store, police.id, public_key_pem(buyer_key.public_key()), now=now
    )
    cert = certificates.issue_certificate(
        store,
        active.id,
        regulator_key=regulator_key.public_key(),
        regulator_name=settings.regulator_name,
        now=now,
    )
    signed = signed_file(cert.document, buyer_sign(cert.document, buyer_key, now=now))
    certificates.submit_signed(store, signed, now=now)
    certificates.countersign(store, cert.id, regulator_key, now=now)
    yield (
        f"certificate {cert.id} ({cert.template_ref}): signed by the buyer (key in {buyer_dir}) and "
        f"countersigned; `enduse euc export {cert.id} --out c.json && enduse euc verify c.json`"
    )

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
