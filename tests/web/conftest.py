"""Console fixtures. Every request is made by a real user who logged in through the console's
own ``POST /login`` form (a real argon2 password check, a real session cookie, the session's
CSRF token). Reach for:

- ``world``: a fresh ``tests.web.world.WebWorld`` on the test's own ``db``, and ``console``: a
  ``Console`` on that database, for tests that change something;
- ``site``: a ``Console`` whose database and world (``site.world``) are built once per module,
  for tests that only read (faster);
- ``Console.as_(role, username=.., exporter_id=.., agency_id=..)``: a ``TestClient`` logged in
  as a new user of that role (cached per arguments); ``client.csrf_token`` is the token forms
  send as ``csrf_token``; ``console.reviewer``, ``.admin``, ``.auditor``, ``.buyer("a")``,
  ``.exporter("b")`` name the usual ones; ``console.anonymous`` is logged in as nobody.
"""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from enduse.api import create_app
from enduse.auth import Role
from enduse.settings import Settings
from enduse.storage import Database, upgrade_database
from tests.auth_helpers import PASSWORD, make_user
from tests.web.world import WebWorld, build_world

BASE_URL = "https://testserver"  # the session cookie is Secure
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def login_token(client: TestClient) -> str:
    """Open the sign-in form as a browser would: its form token comes back as a cookie (kept
    in the client's jar) and a hidden field (returned)."""
    found = _CSRF.search(client.get("/login").text)
    assert found is not None, "the sign-in form carries its own CSRF token"
    return found.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    """Log ``client`` in through the console's login form; its ``csrf_token`` is read from a
    page's form, as a browser would send it."""
    r = client.post(
        "/login",
        data={
            "username": username,
            "password": password,
            "next": "/log",
            "csrf_token": login_token(client),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    assert r.headers["location"] == "/log"
    page = client.get("/log")
    found = _CSRF.search(page.text)
    assert found is not None, "a logged-in page carries the session's CSRF token"
    client.csrf_token = found.group(1)  # type: ignore[attr-defined]
    return client


class Console:
    """Logged-in TestClients on one app and database."""

    def __init__(self, app: FastAPI, db: Database, world: WebWorld | None) -> None:
        self.app, self.db, self._world = app, db, world
        self._clients: dict[tuple[Any, ...], TestClient] = {}
        self.anonymous = self.client()

    @property
    def world(self) -> WebWorld:
        assert self._world is not None
        return self._world

    def client(self) -> TestClient:
        c = TestClient(self.app, base_url=BASE_URL, raise_server_exceptions=False)
        self._clients[("client", id(c))] = c
        return c

    def as_(
        self, role: Role | str, username: str | None = None, **tenant: int
    ) -> TestClient:
        key = (Role(role), username, tuple(sorted(tenant.items())))
        if key not in self._clients:
            user = make_user(self.db, role, username=username, **tenant)  # type: ignore[arg-type]
            self._clients[key] = sign_in(self.client(), user.username)
        return self._clients[key]

    @property
    def reviewer(self) -> TestClient:
        return self.as_(Role.REGULATOR_REVIEWER, "rev@regulator")

    @property
    def admin(self) -> TestClient:
        return self.as_(Role.REGULATOR_ADMIN, "admin@regulator")

    @property
    def auditor(self) -> TestClient:
        return self.as_(Role.AUDITOR, "ngo@audit")

    def buyer(self, which: str = "a") -> TestClient:
        agency = getattr(self.world, f"agency_{which}")
        return self.as_(Role.BUYER, f"buyer-{which}", agency_id=agency)

    def exporter(self, which: str = "a") -> TestClient:
        exporter = getattr(self.world, f"exporter_{which}")
        return self.as_(Role.EXPORTER, f"exporter-{which}", exporter_id=exporter)

    def close(self) -> None:
        for c in self._clients.values():
            c.close()


@pytest.fixture
def world(db, settings) -> WebWorld:
    return build_world(db, settings)


@pytest.fixture
def console(app, db, request) -> Iterator[Console]:
    """Logged-in clients on the test's database (with ``world`` when the test asks for it)."""
    world = (
        request.getfixturevalue("world") if "world" in request.fixturenames else None
    )
    c = Console(app, db, world)
    yield c
    c.close()


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
def site(module_settings, module_world) -> Iterator[Console]:
    db, world = module_world
    c = Console(create_app(module_settings, database=db), db, world)
    yield c
    c.close()
