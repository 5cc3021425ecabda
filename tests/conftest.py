"""Shared fixtures. Reach for:

- ``db``: a migrated SQLite database in ``tmp_path`` (a real ``Database``);
- ``store``: a ``Store`` in one transaction on ``db`` (committed at the end of the test);
- ``client``: a FastAPI ``TestClient`` on the same database;
- ``settings``: ``Settings`` pointing at ``db`` and a key directory in ``tmp_path``;
- ``cli``: run the ``enduse`` command in-process with those settings (``cli("parties", "exporter", "list")``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from enduse.api import create_app
from enduse.cli import app as cli_app
from enduse.settings import Settings
from enduse.storage import Database, Store, upgrade_database


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'enduse.db'}", key_dir=tmp_path / "keys"
    )


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    upgrade_database(settings.database_url)
    database = Database(settings.database_url)
    yield database
    database.dispose()


@pytest.fixture
def store(db: Database) -> Iterator[Store]:
    with db.store() as s:
        yield s


@pytest.fixture
def client(settings: Settings, db: Database) -> Iterator[TestClient]:
    with TestClient(create_app(settings, database=db)) as c:
        yield c


@pytest.fixture
def cli(
    settings: Settings, db: Database, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    monkeypatch.setenv("ENDUSE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("ENDUSE_KEY_DIR", str(settings.key_dir))
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(cli_app, list(args), input=input, catch_exceptions=True)

    return run
