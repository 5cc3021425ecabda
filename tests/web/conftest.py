"""Console fixtures. Reach for:

- ``world`` / ``web``: a fresh ``tests.web.world.WebWorld`` on the test's own ``db`` and a
  TestClient on it, for tests that change something;
- ``site``: ``(client, world)`` built once per module, for tests that only read (faster);
- ``as_(role, username, agency_id=..., exporter_id=...)`` (``tests.web.principals``): headers
  that make a request come from that principal (no header: the local admin).

The app is wrapped by ``tests.web.principals.TestPrincipal``, which sets
``request.state.principal`` from the header (or a cookie in the browser tests).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from enduse.api import create_app
from enduse.settings import Settings
from enduse.storage import Database, upgrade_database
from tests.web.principals import TestPrincipal
from tests.web.world import WebWorld, build_world


@pytest.fixture
def world(db, settings) -> WebWorld:
    return build_world(db, settings)


@pytest.fixture
def web(settings, db) -> Iterator[TestClient]:
    with TestClient(TestPrincipal(create_app(settings, database=db))) as c:
        yield c


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory, _postgres, _template) -> Iterator[Settings]:
    """Settings on a database of the module's own (SQLite file, or a PostgreSQL database)."""
    path = tmp_path_factory.mktemp("web")
    if _postgres is None:
        shutil.copyfile(_template, path / "enduse.db")
        yield Settings(
            database_url=f"sqlite:///{path / 'enduse.db'}", key_dir=path / "keys"
        )
        return
    name = f"enduse_web_{uuid.uuid4().hex[:10]}"
    url = _postgres.create(name)
    upgrade_database(url)
    yield Settings(database_url=url, key_dir=path / "keys")
    _postgres.drop(name)


@pytest.fixture(scope="module")
def module_world(module_settings) -> Iterator[tuple[Database, WebWorld]]:
    db = Database(module_settings.database_url)
    yield db, build_world(db, module_settings)
    db.dispose()


@pytest.fixture(scope="module")
def site(module_settings, module_world) -> Iterator[tuple[TestClient, WebWorld]]:
    db, world = module_world
    with TestClient(TestPrincipal(create_app(module_settings, database=db))) as c:
        yield c, world
