"""Two tenants with one record of every kind each, written straight into the tables (the
access tests need records to exist, not to be reached through their workflows)."""

from __future__ import annotations

from dataclasses import dataclass

from enduse.certificates import service as certificates
from enduse.clock import utcnow
from enduse.storage import Store
from enduse.storage.tables import (
    Agency,
    Alert,
    Appeal,
    Certificate,
    EnforcementAction,
    EnforcementCase,
    Exporter,
    GateReferral,
    GateTasking,
    Licence,
    Product,
)


@dataclass(frozen=True)
class Tenant:
    """One exporter, one buyer agency, and the ids of the records of their licence."""

    ids: dict[str, int]

    @property
    def exporter_id(self) -> int:
        return self.ids["exporter_id"]

    @property
    def agency_id(self) -> int:
        return self.ids["agency_id"]

    @property
    def licence_id(self) -> int:
        return self.ids["licence_id"]


def make_tenant(store: Store, name: str) -> Tenant:
    now = utcnow()
    exporter = store.add(
        Exporter(name=f"Exporter {name}", country="IL", created_at=now)
    )
    agency = store.add(
        Agency(
            name=f"Agency {name}", country="FR", agency_type="police", created_at=now
        )
    )
    product = store.add(
        Product(
            exporter_id=exporter.id,
            name="Probe",
            capabilities=["location"],
            created_at=now,
        )
    )
    licence = store.add(
        Licence(
            exporter_id=exporter.id,
            end_user_id=agency.id,
            state="approved",
            end_use=f"end use {name}",
            country_record="",
            red_flags=[],
            allowed_capabilities=["location"],
            max_active_targets=5,
            created_at=now,
            updated_at=now,
        )
    )
    tasking = store.add(
        GateTasking(
            licence_id=licence.id,
            operator="officer",
            request={"justification": f"secret justification {name}"},
            request_digest="sha256:" + "0" * 64,
            target_pseudonym=f"pseudonym-{name}",
            registry_match=None,
            capabilities=["location"],
            legal_valid_until=None,
            certificate="standard-1",
            active_targets=0,
            decision="refer",
            outcome="refer",
            clauses=[],
            reasons=[],
            token_id=None,
            token_expires_at=None,
            log_index=None,
            decided_at=now,
        )
    )
    referral = store.add(
        GateReferral(
            tasking_id=tasking.id, licence_id=licence.id, state="open", created_at=now
        )
    )
    certificates.ensure_default_templates(store, now=now)
    template = certificates.get_template(store, "standard-1", now=now)
    certificate = store.add(
        Certificate(
            licence_id=licence.id,
            agency_id=agency.id,
            template_id=template.id,
            template_ref=template.ref,
            parameters={},
            state="issued",
            document={"licence": licence.id},
            document_sha256="0" * 64,
            created_at=now,
        )
    )
    case = store.add(
        EnforcementCase(
            licence_id=licence.id,
            title="case",
            state="open",
            opened_by="regulator",
            created_at=now,
            updated_at=now,
        )
    )
    alert = store.add(
        Alert(
            source="test",
            licence_id=licence.id,
            severity="high",
            summary="alert",
            evidence={},
            created_at=now,
        )
    )
    action = store.add(
        EnforcementAction(
            licence_id=licence.id,
            number=1,
            type="warn",
            parameters={},
            actor="regulator",
            reason="warned",
            record={},
            signature="0" * 128,
            public_key="0" * 64,
            log_index=0,
            taken_at=now,
        )
    )
    appeal = store.add(
        Appeal(
            action_id=action.id, appellant="x", role="buyer", grounds="g", filed_at=now
        )
    )
    return Tenant(
        {
            "exporter_id": exporter.id,
            "agency_id": agency.id,
            "product_id": product.id,
            "licence_id": licence.id,
            "tasking_id": tasking.id,
            "referral_id": referral.id,
            "certificate_id": certificate.id,
            "case_id": case.id,
            "alert_id": alert.id,
            "action_id": action.id,
            "appeal_id": appeal.id,
        }
    )
