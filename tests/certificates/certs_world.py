"""Building blocks for certificate tests (imported by conftest.py and module-scoped fixtures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from enduse.certificates import service
from enduse.certificates.signing import buyer_sign, signed_file
from enduse.keys import KeyFiles, read_private_key
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import Licence

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


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


def issue(
    db: Database,
    settings: Settings,
    regulator: KeyFiles,
    licence_id: int,
    **params: object,
) -> int:
    with db.store() as s:
        cert = service.issue_certificate(
            s,
            licence_id,
            parameters=dict(params),
            regulator_key=regulator.public_key,
            regulator_name=settings.regulator_name,
            now=NOW,
        )
        return cert.id


def sign_and_countersign(
    db: Database,
    settings: Settings,
    regulator: KeyFiles,
    buyer: KeyFiles,
    licence_id: int,
) -> World:
    agency_id = agency_of(db, licence_id)
    with db.store() as s:
        if not service.list_buyer_keys(s, agency_id):
            service.register_buyer_key(
                s, agency_id, buyer.public_path.read_bytes(), now=NOW
            )
    cert_id = issue(db, settings, regulator, licence_id)
    with db.store() as s:
        document = service.get_certificate(s, cert_id).document
    signed = signed_file(
        document, buyer_sign(document, read_private_key(buyer.private_path), now=NOW)
    )
    with db.store() as s:
        service.submit_signed(s, signed, now=NOW)
    with db.store() as s:
        cert = service.countersign(
            s, cert_id, read_private_key(regulator.private_path), now=NOW
        )
        data = service.certificate_file(cert)
    return World(licence_id, agency_id, cert_id, data, regulator, buyer)
