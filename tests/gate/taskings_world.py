"""A licence in the database the gate can decide on, built through the real licensing and
certificate services (real keys, real signatures), with times relative to the real clock
because the API decides at ``utcnow()``."""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from enduse.clock import utcnow
from enduse.keys import KeyFiles, generate_keypair
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.parties import AgencyCreate, ExporterCreate, ProductCreate
from enduse.parties import service as parties
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import Licence
from tests.certificates.certs_world import sign_and_countersign
from tests.factories import answer_checklist, application, approval, load_screening_list

_names = itertools.count(1)

CLEAN = (
    "Target runs the stash house of a cocaine distribution ring; 40 kg were seized there on "
    "2 March and two couriers in custody have named him. Messages and location requested."
)


@dataclass
class GateWorld:
    licence_id: int
    agency_id: int
    regulator: KeyFiles
    buyer: KeyFiles


def build_licence(
    db: Database,
    settings: Settings,
    *,
    now: datetime | None = None,
    capabilities: tuple[str, ...] = ("messages", "location"),
    max_active_targets: int = 25,
    acknowledge: bool = True,
    sign: bool = True,
) -> GateWorld:
    """An approved licence (agency in MX, police), conditions acknowledged and the standard
    certificate countersigned unless told otherwise."""
    now = now or utcnow()
    n = next(_names)
    regulator = generate_keypair(settings.key_dir, "regulator", exist_ok=True)
    buyer = generate_keypair(Path(settings.key_dir).parent / f"buyer{n}", "buyer")
    with db.store() as s:
        load_screening_list(s)
        exporter = parties.create_exporter(
            s, ExporterCreate(name=f"Exporter {n}", country="IL"), now=now
        )
        product = parties.create_product(
            s,
            ProductCreate(
                exporter_id=exporter.id,
                name="Interceptor",
                capabilities=["messages", "location", "contacts", "microphone"],
            ),
            now=now,
        )
        agency = parties.create_agency(
            s,
            AgencyCreate(name=f"Fiscalía {n}", country="MX", agency_type="prosecution"),
            now=now,
        )
        world = {
            "exporter_id": exporter.id,
            "product_id": product.id,
            "agency_id": agency.id,
        }
        licence = licensing.apply(s, application(world), now=now)
        for action in (Action.SUBMIT, Action.START_REVIEW):
            licensing.transition(
                s, licence.id, action, actor="reviewer", reason="r", now=now
            )
        answer_checklist(s, licence.id)
        licensing.approve(
            s,
            licence.id,
            approval(
                allowed_capabilities=list(capabilities),
                max_active_targets=max_active_targets,
                valid_from=now - timedelta(days=1),
                valid_until=now + timedelta(days=365),
            ),
            now=now,
        )
        if acknowledge:
            for cond in s.get(Licence, licence.id, field="licence_id").conditions:
                licensing.acknowledge_condition(
                    s, licence.id, cond.id, actor="exporter", now=now
                )
        licence_id, agency_id = licence.id, agency.id
    if sign:
        sign_and_countersign(db, settings, regulator, buyer, licence_id)
    return GateWorld(licence_id, agency_id, regulator, buyer)


def tasking_body(licence_id: int, **edits: Any) -> dict[str, Any]:
    """A request body that permits on a fresh licence; nested edits merge in."""
    body: dict[str, Any] = {
        "licence_id": licence_id,
        "operator": "officer 7 <unit-b>",
        "target": {
            "identifier": "+52 55 1234 5678",
            "location_country": "MX",
            "nationality": "MX",
            "profession": "unknown",
        },
        "offence": {
            "category": "serious_crime",
            "label": "drug trafficking",
            "max_penalty_years": 20,
        },
        "legal_basis": {
            "type": "judicial_warrant",
            "reference": "JW-2026-1",
            "valid_until": (utcnow() + timedelta(days=30)).isoformat(),
        },
        "capabilities": ["messages", "location"],
        "justification": CLEAN,
    }
    body = copy.deepcopy(body)
    _merge(body, edits)
    return body


def _merge(into: dict[str, Any], edits: dict[str, Any]) -> None:
    for key, value in edits.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def gate_config(settings: Settings) -> Any:
    """The gate's configuration from the test settings (keys in ``settings.key_dir``)."""
    from enduse.gate.taskings import config_from_settings

    generate_keypair(settings.key_dir, "regulator", exist_ok=True)
    return config_from_settings(settings)


def tlog_rows(db: Database) -> list[tuple[str, dict[str, Any]]]:
    """Every row of every transparency-log table, as (table, row) pairs."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(db.engine)
    out = []
    with db.engine.connect() as conn:
        for name, table in meta.tables.items():
            if name.startswith("tlog_"):
                out.extend(
                    (name, dict(r._mapping)) for r in conn.execute(table.select())
                )
    return out


def contains_text(row: dict[str, Any], needle: str) -> bool:
    """Whether ``needle`` appears in any column of ``row`` (bytes read as latin-1)."""
    return any(needle.lower() in _text(v).lower() for v in row.values())


def _text(value: Any) -> str:
    if isinstance(value, memoryview | bytearray | bytes):
        return bytes(value).decode("latin-1")
    return str(value)
