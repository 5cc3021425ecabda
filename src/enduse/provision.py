"""A licence taken through the real workflow to active and signed, in one call.

Used by the demonstration world (``enduse.demo``) and the simulation over the database
(``enduse.simulation.live``): application, submission (screened), review, every due-diligence
question answered, approval with conditions, each condition acknowledged, the buyer's key
registered, the standard certificate issued, signed by the buyer and countersigned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from enduse.certificates import service as certificates
from enduse.certificates.signing import buyer_sign, signed_file
from enduse.keys import public_key_hex, public_key_pem
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    ApprovalIn,
    DueDiligenceIn,
    LicenceCreate,
)
from enduse.storage import Store
from enduse.storage.tables import Certificate, Licence

REVIEWER = "reviewer@regulator.example"
COMPLIANCE = "compliance@meridian.example"
END_USE = "Investigation of kidnapping, extortion and drug-trafficking networks under judicial warrant"


@dataclass(frozen=True)
class Terms:
    """What the regulator approves: capabilities, quota and validity window."""

    capabilities: Sequence[str]
    max_active_targets: int
    valid_from: datetime
    valid_until: datetime
    reason: str = "due diligence complete; conditions attached"


def application(
    store: Store,
    exporter_id: int,
    agency_id: int,
    product_id: int,
    broker_id: int | None = None,
    *,
    end_use: str = END_USE,
    now: datetime,
) -> Licence:
    """File a licence application (draft) for one product to one agency."""
    return licensing.apply(
        store,
        LicenceCreate(
            exporter_id=exporter_id,
            end_user_id=agency_id,
            end_use=end_use,
            parties=[{"role": "broker", "kind": "intermediary", "id": broker_id}]
            if broker_id
            else [],
            items=[
                {"product_id": product_id, "classification": "4.A.5", "quantity": 1}
            ],
            actor=COMPLIANCE,
        ),
        now=now,
    )


def approve_active(
    store: Store, licence: Licence, terms: Terms, *, now: datetime
) -> Licence:
    """Submit, review (every due-diligence question answered yes), approve with ``terms`` and
    acknowledge every condition: the licence is active from ``terms.valid_from``."""
    for action in (Action.SUBMIT, Action.START_REVIEW):
        licensing.transition(
            store, licence.id, action, actor=REVIEWER, reason="workflow", now=now
        )
    for question in DUE_DILIGENCE_QUESTIONS:
        licensing.answer_due_diligence(
            store,
            licence.id,
            question,
            DueDiligenceIn(reviewer=REVIEWER, answer="yes", notes="reviewed"),
            now=now,
        )
    licensing.approve(
        store,
        licence.id,
        ApprovalIn(
            actor=REVIEWER,
            reason=terms.reason,
            allowed_capabilities=list(terms.capabilities),
            max_active_targets=terms.max_active_targets,
            valid_from=terms.valid_from,
            valid_until=terms.valid_until,
        ),
        now=now,
    )
    for condition in licence.conditions:
        licensing.acknowledge_condition(
            store, licence.id, condition.id, actor=COMPLIANCE, now=now
        )
    return licence


def sign_certificate(
    store: Store,
    licence: Licence,
    *,
    buyer_key: Ed25519PrivateKey,
    regulator_key: Ed25519PrivateKey,
    regulator_name: str,
    now: datetime,
) -> Certificate:
    """Register the buyer's key (unless it already is), issue the standard certificate, sign it
    with ``buyer_key`` and countersign it with ``regulator_key``."""
    public = buyer_key.public_key()
    known = {
        k.public_key
        for k in certificates.list_buyer_keys(store, licence.end_user_id)
        if k.retired_at is None
    }
    if public_key_hex(public) not in known:
        certificates.register_buyer_key(
            store, licence.end_user_id, public_key_pem(public), now=now
        )
    cert = certificates.issue_certificate(
        store,
        licence.id,
        regulator_key=regulator_key.public_key(),
        regulator_name=regulator_name,
        now=now,
    )
    signed = signed_file(cert.document, buyer_sign(cert.document, buyer_key, now=now))
    certificates.submit_signed(store, signed, now=now)
    return certificates.countersign(store, cert.id, regulator_key, now=now)
