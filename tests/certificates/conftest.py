"""Certificate fixtures. Reach for:

- ``regulator``: the regulator's keypair created in ``settings.key_dir`` (returns ``KeyFiles``);
- ``make_licence(state=..., version=...)``: an exporter, a customer agency and a licence row,
  inserted directly (the licensing service is not needed to test certificates);
- ``buyer``: a buyer keypair made offline in ``tmp_path/buyer`` (returns ``KeyFiles``);
- ``signed_world``: a countersigned certificate end to end, returned as a ``World``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from enduse.certificates import service
from enduse.certificates.signing import buyer_sign, signed_file
from enduse.keys import KeyFiles, generate_keypair, read_private_key
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import Agency, Exporter, Licence

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def regulator(settings: Settings) -> KeyFiles:
    return generate_keypair(settings.key_dir, "regulator")


@pytest.fixture
def buyer(tmp_path: Path) -> KeyFiles:
    return generate_keypair(tmp_path / "buyer", "buyer")


@pytest.fixture
def make_licence(db: Database) -> Callable[..., int]:
    counter = iter(range(1, 1000))

    def make(state: str = "approved", version: str | None = "standard-1", agency_type: str = "police") -> int:
        n = next(counter)
        with db.store() as s:
            exporter = s.add(Exporter(name=f"Exporter {n}", country="IL", created_at=NOW))
            agency = s.add(Agency(name=f"Policía {n} <b>", country="MX", agency_type=agency_type, created_at=NOW))
            licence = s.add(
                Licence(
                    exporter_id=exporter.id,
                    end_user_id=agency.id,
                    state=state,
                    end_use="Investigation of kidnapping & extortion",
                    country_record="",
                    red_flags=[],
                    allowed_capabilities=["messages", "location"],
                    max_active_targets=5,
                    valid_from=NOW,
                    valid_until=datetime(2027, 3, 2, tzinfo=UTC),
                    certificate_version=version,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
            return licence.id

    return make


@dataclass
class World:
    licence_id: int
    agency_id: int
    certificate_id: int
    file: bytes  # the countersigned certificate file
    regulator: KeyFiles
    buyer: KeyFiles


def agency_of(db: Database, licence_id: int) -> int:
    with db.store() as s:
        return s.get(Licence, licence_id, field="licence_id").end_user_id


def issue(db: Database, settings: Settings, regulator: KeyFiles, licence_id: int, **params: object) -> int:
    with db.store() as s:
        cert = service.issue_certificate(
            s, licence_id, parameters=dict(params), regulator_key=regulator.public_key, regulator_name=settings.regulator_name, now=NOW
        )
        return cert.id


def sign_and_countersign(db: Database, settings: Settings, regulator: KeyFiles, buyer: KeyFiles, licence_id: int) -> World:
    agency_id = agency_of(db, licence_id)
    with db.store() as s:
        if not service.list_buyer_keys(s, agency_id):
            service.register_buyer_key(s, agency_id, buyer.public_path.read_bytes(), now=NOW)
    cert_id = issue(db, settings, regulator, licence_id)
    with db.store() as s:
        document = service.get_certificate(s, cert_id).document
    signed = signed_file(document, buyer_sign(document, read_private_key(buyer.private_path), now=NOW))
    with db.store() as s:
        service.submit_signed(s, signed, now=NOW)
    with db.store() as s:
        cert = service.countersign(s, cert_id, read_private_key(regulator.private_path), now=NOW)
        data = service.certificate_file(cert)
    return World(licence_id, agency_id, cert_id, data, regulator, buyer)


@pytest.fixture
def signed_world(db: Database, settings: Settings, regulator: KeyFiles, buyer: KeyFiles, make_licence: Callable[..., int]) -> World:
    return sign_and_countersign(db, settings, regulator, buyer, make_licence())


@pytest.fixture
def issue_cert(db: Database, settings: Settings, regulator: KeyFiles) -> Callable[..., int]:
    """``issue_cert(licence_id, **parameter_overrides) -> certificate id``."""
    return lambda licence_id, **params: issue(db, settings, regulator, licence_id, **params)


@pytest.fixture
def complete(db: Database, settings: Settings, regulator: KeyFiles, buyer: KeyFiles) -> Callable[[int], World]:
    """``complete(licence_id) -> World``: issue, buyer-sign, submit and countersign."""
    return lambda licence_id: sign_and_countersign(db, settings, regulator, buyer, licence_id)
