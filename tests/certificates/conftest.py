"""Certificate fixtures. Reach for:

- ``regulator``: the regulator's keypair created in ``settings.key_dir`` (returns ``KeyFiles``);
- ``make_licence(state=..., version=...)``: an exporter, a customer agency and a licence row,
  inserted directly (the licensing service is not needed to test certificates);
- ``buyer``: a buyer keypair made offline in ``tmp_path/buyer`` (returns ``KeyFiles``);
- ``signed_world``: a countersigned certificate end to end, returned as a ``World``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from enduse.keys import KeyFiles, generate_keypair
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import Agency, Exporter, Licence
from tests.certificates.certs_world import NOW, World, issue, sign_and_countersign


@pytest.fixture
def regulator(settings: Settings) -> KeyFiles:
    return generate_keypair(settings.key_dir, "regulator")


@pytest.fixture
def buyer(tmp_path: Path) -> KeyFiles:
    return generate_keypair(tmp_path / "buyer", "buyer")


@pytest.fixture
def make_licence(db: Database) -> Callable[..., int]:
    counter = iter(range(1, 1000))

    def make(
        state: str = "approved",
        version: str | None = "standard-1",
        agency_type: str = "police",
    ) -> int:
        n = next(counter)
        with db.store() as s:
            exporter = s.add(
                Exporter(name=f"Exporter {n}", country="IL", created_at=NOW)
            )
            agency = s.add(
                Agency(
                    name=f"Policía {n} <b>",
                    country="MX",
                    agency_type=agency_type,
                    created_at=NOW,
                )
            )
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


@pytest.fixture
def signed_world(
    db: Database,
    settings: Settings,
    regulator: KeyFiles,
    buyer: KeyFiles,
    make_licence: Callable[..., int],
) -> World:
    return sign_and_countersign(db, settings, regulator, buyer, make_licence())


@pytest.fixture
def issue_cert(
    db: Database, settings: Settings, regulator: KeyFiles
) -> Callable[..., int]:
    """``issue_cert(licence_id, **parameter_overrides) -> certificate id``."""
    return lambda licence_id, **params: issue(
        db, settings, regulator, licence_id, **params
    )


@pytest.fixture
def complete(
    db: Database, settings: Settings, regulator: KeyFiles, buyer: KeyFiles
) -> Callable[[int], World]:
    """``complete(licence_id) -> World``: issue, buyer-sign, submit and countersign."""
    return lambda licence_id: sign_and_countersign(
        db, settings, regulator, buyer, licence_id
    )
