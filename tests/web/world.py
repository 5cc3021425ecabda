"""A small world for console tests, made through the real services: two buyers with a licence
each (keys, signed certificates), taskings on buyer A's licence (a permit and a referral citing
evidence), an alert, a case, a warning, and a signed checkpoint."""

from __future__ import annotations

from dataclasses import dataclass

from enduse.clock import utcnow
from enduse.enforcement import ActionIn, take_action
from enduse.enforcement import service as enforcement
from enduse.enforcement.service import regulator_signer
from enduse.gate.models import TaskingIn
from enduse.gate.taskings import submit_tasking
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import Licence
from enduse.tlog import service as tlog
from enduse.tlog.keys import create_log_key, load_log_signer
from tests.gate.taskings_world import CLEAN, build_licence, gate_config, tasking_body

EVIDENCE = "He is also a journalist at a local paper."
REFERRED = CLEAN.replace(
    "Messages and location requested.", EVIDENCE + " Messages and location requested."
)


@dataclass
class WebWorld:
    licence_a: int
    agency_a: int
    exporter_a: int
    licence_b: int
    agency_b: int
    exporter_b: int
    referral_id: int
    settings: Settings


def build_world(db: Database, settings: Settings) -> WebWorld:
    a = build_licence(db, settings)
    b = build_licence(db, settings)
    create_log_key(settings.key_dir, exist_ok=True)
    config = gate_config(settings)
    now = utcnow()
    with db.store() as s:
        submit_tasking(
            s, TaskingIn.model_validate(tasking_body(a.licence_id)), config, now=now
        )
        referred = submit_tasking(
            s,
            TaskingIn.model_validate(
                tasking_body(
                    a.licence_id,
                    justification=REFERRED,
                    target={"identifier": "+52 55 8765 4321"},
                )
            ),
            config,
            now=now,
        )
        assert referred.referral_id is not None, referred
        alert = enforcement.raise_alert(
            s,
            source="monitoring.protected_person",
            licence_id=a.licence_id,
            severity="high",
            summary="2 of the 5 targets tasked in 30 days are protected persons",
            now=now,
        )
        case = enforcement.open_case(
            s,
            licence_id=a.licence_id,
            title="Protected persons targeted",
            opened_by="investigator@regulator",
            alert_ids=[alert.id],
            now=now,
        )
        enforcement.transition(
            s,
            case.id,
            "investigating",
            actor="investigator@regulator",
            reason="looking into it",
            now=now,
        )
        take_action(
            s,
            a.licence_id,
            ActionIn.model_validate(
                {
                    "type": "warn",
                    "actor": "inspector@regulator",
                    "reason": "first warning",
                }
            ),
            signer=regulator_signer(settings.key_dir, settings.regulator_name),
            now=now,
        )
        tlog.publish_checkpoint(
            s, load_log_signer(settings.key_dir, settings.regulator_name), now=now
        )
        lic_a = s.get(Licence, a.licence_id, field="licence_id")
        lic_b = s.get(Licence, b.licence_id, field="licence_id")
        return WebWorld(
            a.licence_id,
            a.agency_id,
            lic_a.exporter_id,
            b.licence_id,
            b.agency_id,
            lic_b.exporter_id,
            referred.referral_id,
            settings,
        )
