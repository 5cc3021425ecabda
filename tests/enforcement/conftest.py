"""Enforcement fixtures. Reach for:

- ``signer``: the regulator key made in ``settings.key_dir`` as an enforcement ``Signer``;
- ``active_licence(store)``: an approved licence with every condition acknowledged (status
  ``active`` at ``NOW``), made through the real licensing service;
- ``NOW`` (from tests.factories) is the instant every test acts at.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from enduse.enforcement import ActionIn, Signer, take_action
from enduse.enforcement.service import regulator_signer
from enduse.keys import generate_keypair
from enduse.licensing import service as licensing
from enduse.settings import Settings
from enduse.storage import Database, Store
from enduse.storage.tables import EnforcementAction, Licence
from tests.factories import NOW, make_licence

LATER = NOW + timedelta(minutes=5)


@pytest.fixture
def signer(settings: Settings) -> Signer:
    generate_keypair(settings.key_dir, "regulator")
    return regulator_signer(settings.key_dir, settings.regulator_name)


def activate(store: Store) -> Licence:
    licence = make_licence(store)
    for condition in licence.conditions:
        licensing.acknowledge_condition(
            store, licence.id, condition.id, actor="exporter@acme", now=NOW
        )
    assert str(licensing.effective_status(licence, now=NOW)) == "active"
    return licence


@pytest.fixture
def licence_id(db: Database) -> int:
    """An active licence, committed (so API and CLI tests see it)."""
    with db.store() as s:
        return activate(s).id


@pytest.fixture
def act(signer: Signer) -> Callable[..., EnforcementAction]:
    def run(
        store: Store, licence_id: int, type_: str, *, now=NOW, **fields: object
    ) -> EnforcementAction:
        data = ActionIn.model_validate(
            {
                "type": type_,
                "actor": "inspector@regulator",
                "reason": "abuse found",
                **fields,
            }
        )
        return take_action(store, licence_id, data, signer=signer, now=now)

    return run
