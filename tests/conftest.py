"""Shared fixtures. Reach for:

- ``db``: a migrated database (a real ``Database``) for the backend under test;
- ``store``: a ``Store`` in one transaction on ``db`` (committed at the end of the test);
- ``client``: a FastAPI ``TestClient`` on the same database, authenticated as a regulator admin
  (a real user and a real API token in the ``Authorization`` header);
- ``client_as(role, exporter_id=.., agency_id=..)``: a ``TestClient`` with a bearer token of a
  new user of that role (a buyer names its agency, an exporter its exporter);
- ``login_as(role, ...)``: a ``TestClient`` (https://testserver) logged in through
  ``POST /v1/auth/login``: the session cookie is in its jar, ``client.csrf_token`` is the token
  forms send as ``csrf_token`` (or the ``X-CSRF-Token`` header), ``client.user`` the user;
- ``settings``: ``Settings`` pointing at ``db`` and a key directory in ``tmp_path``;
- ``database_url``: a fresh, empty database (for migration tests);
- ``cli``: run the ``enduse`` command in-process with those settings (``cli("parties", "exporter", "list")``).

The backend is SQLite in ``tmp_path`` unless ``ENDUSE_TEST_BACKEND=postgres``, in which case every
run gets its own database on the server at ``ENDUSE_TEST_POSTGRES_URL`` (an admin URL; see
``scripts/pg-test-server``), migrated once and reset to its migrated contents after each test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import MetaData, create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from enduse.api import create_app
from enduse.auth import Role
from enduse.cli import app as cli_app
from enduse.settings import Settings
from enduse.storage import Database, Store, upgrade_database
from tests.auth_helpers import PASSWORD, bearer, make_token, make_user

BACKEND = os.environ.get("ENDUSE_TEST_BACKEND", "sqlite")
PG_ADMIN_URL = os.environ.get("ENDUSE_TEST_POSTGRES_URL", "")
if BACKEND not in ("sqlite", "postgres"):
    raise pytest.UsageError(
        f"ENDUSE_TEST_BACKEND must be sqlite or postgres, not {BACKEND!r}"
    )
if BACKEND == "postgres" and not PG_ADMIN_URL:
    raise pytest.UsageError(
        "ENDUSE_TEST_BACKEND=postgres needs ENDUSE_TEST_POSTGRES_URL (scripts/pg-test-server start)"
    )


def pytest_report_header() -> str:
    return f"enduse test backend: {BACKEND}"


class _Postgres:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def url_for(self, name: str) -> str:
        return (
            make_url(self.admin_url)
            .set(database=name)
            .render_as_string(hide_password=False)
        )

    def create(self, name: str) -> str:
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return self.url_for(name)

    def drop(self, name: str) -> None:
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def _postgres() -> Iterator[_Postgres | None]:
    if BACKEND != "postgres":
        yield None
        return
    pg = _Postgres(PG_ADMIN_URL)
    yield pg
    pg.engine.dispose()


@pytest.fixture(scope="session")
def _template(
    tmp_path_factory: pytest.TempPathFactory, _postgres: _Postgres | None
) -> Iterator[str]:
    """A database migrated once per run: a file copied for each SQLite test, or the one
    PostgreSQL database every test uses, reset to its migrated contents after each test."""
    if _postgres is None:
        path = tmp_path_factory.mktemp("template") / "enduse.db"
        upgrade_database(f"sqlite:///{path}")
        yield str(path)
        return
    name = f"enduse_test_{uuid.uuid4().hex[:8]}"
    _postgres.drop(name)
    upgrade_database(_postgres.create(name))
    yield _postgres.url_for(name)
    _postgres.drop(name)


class _Reset:
    """Restores a PostgreSQL database to what the migrations left in it (TRUNCATE is far
    cheaper than a new database per test)."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.metadata = MetaData()
        self.metadata.reflect(self.engine)
        tables = [t for t in self.metadata.sorted_tables if t.name != "alembic_version"]
        with self.engine.connect() as conn:
            self.seeds = {
                t: [dict(r._mapping) for r in conn.execute(t.select())] for t in tables
            }

    def __call__(self) -> None:
        tables = list(self.seeds)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "TRUNCATE "
                    + ", ".join(f'"{t.name}"' for t in tables)
                    + " RESTART IDENTITY CASCADE"
                )
            )
            for table, rows in self.seeds.items():
                if rows:
                    conn.execute(table.insert(), rows)
                    if "id" in table.c:
                        conn.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "  # noqa: S608 -- reflected table names
                                f'(SELECT max(id) FROM "{table.name}"))'
                            )
                        )


@pytest.fixture(scope="session")
def _reset(_postgres: _Postgres | None, _template: str) -> Iterator[_Reset | None]:
    if _postgres is None:
        yield None
        return
    reset = _Reset(_template)
    yield reset
    reset.engine.dispose()


@pytest.fixture
def database_url(tmp_path: Path, _postgres: _Postgres | None) -> Iterator[str]:
    """A fresh, empty database."""
    if _postgres is None:
        yield f"sqlite:///{tmp_path / 'fresh' / 'enduse.db'}"
        return
    name = f"enduse_fresh_{uuid.uuid4().hex[:12]}"
    yield _postgres.create(name)
    _postgres.drop(name)


@pytest.fixture
def _migrated_url(
    tmp_path: Path, _template: str, _reset: _Reset | None
) -> Iterator[str]:
    if _reset is None:
        path = tmp_path / "enduse.db"
        shutil.copyfile(_template, path)
        yield f"sqlite:///{path}"
        return
    yield _template
    _reset()


@pytest.fixture
def settings(tmp_path: Path, _migrated_url: str) -> Settings:
    return Settings(database_url=_migrated_url, key_dir=tmp_path / "keys")


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings.database_url)
    yield database
    database.dispose()


@pytest.fixture
def store(db: Database) -> Iterator[Store]:
    with db.store() as s:
        yield s


@pytest.fixture
def app(settings: Settings, db: Database) -> FastAPI:
    return create_app(settings, database=db)


@pytest.fixture
def client(app: FastAPI, db: Database) -> Iterator[TestClient]:
    with TestClient(app) as c:
        c.headers.update(bearer(make_token(db, Role.REGULATOR_ADMIN)))
        yield c


@pytest.fixture
def client_as(app: FastAPI, db: Database) -> Iterator[Callable[..., TestClient]]:
    opened: list[TestClient] = []

    def make(role: Role | str, **tenant: int | None) -> TestClient:
        c = TestClient(app, raise_server_exceptions=False)
        c.headers.update(bearer(make_token(db, role, **tenant)))
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


@pytest.fixture
def login_as(app: FastAPI, db: Database) -> Iterator[Callable[..., TestClient]]:
    opened: list[TestClient] = []

    def make(role: Role | str, **tenant: int | None) -> TestClient:
        user = make_user(db, role, **tenant)  # type: ignore[arg-type]
        c = TestClient(app, base_url="https://testserver")
        r = c.post(
            "/v1/auth/login", json={"username": user.username, "password": PASSWORD}
        )
        assert r.status_code == 200, r.text
        c.csrf_token = r.json()["csrf_token"]  # type: ignore[attr-defined]
        c.user = user  # type: ignore[attr-defined]
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


@pytest.fixture
def cli(
    settings: Settings, db: Database, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    monkeypatch.setenv("ENDUSE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("ENDUSE_KEY_DIR", str(settings.key_dir))
    monkeypatch.delenv("ENDUSE_SERVER_URL", raising=False)
    monkeypatch.delenv("ENDUSE_TOKEN", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(cli_app, list(args), input=input, catch_exceptions=True)

    return run
