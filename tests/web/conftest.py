"""Console fixtures. Reach for:

- ``world``: ``tests.web.world.WebWorld`` (two buyers, taskings, a referral, an alert, a case, a
  warning, a signed checkpoint), committed to ``db``;
- ``web``: a TestClient on the app wrapped by ``tests.web.principals.TestPrincipal``; pass
  ``headers=as_("buyer", agency_id=...)`` to act as a principal (no header: the local admin).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from enduse.api import create_app
from tests.web.principals import TestPrincipal
from tests.web.world import WebWorld, build_world


@pytest.fixture
def world(db, settings) -> WebWorld:
    return build_world(db, settings)


@pytest.fixture
def web(settings, db) -> Iterator[TestClient]:
    with TestClient(TestPrincipal(create_app(settings, database=db))) as c:
        yield c
