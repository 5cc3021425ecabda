from __future__ import annotations

import pytest

from tests.auth.world import Tenant, make_tenant


@pytest.fixture
def tenants_a(db) -> Tenant:
    with db.store() as store:
        return make_tenant(store, "A")
