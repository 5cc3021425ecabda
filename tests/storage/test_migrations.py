import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from enduse.storage.db import (
    current_revisions,
    downgrade_database,
    head_revisions,
    make_engine,
    upgrade_database,
)
from enduse.storage.tables import Base
from tests.conftest import BACKEND


def test_migrations_run_up_from_empty_down_and_up_again(database_url):
    url = database_url
    assert current_revisions(url) == set()
    upgrade_database(url)
    assert current_revisions(url) == head_revisions()
    downgrade_database(url, "base")
    assert current_revisions(url) == set()
    upgrade_database(url)
    assert current_revisions(url) == head_revisions()


def test_migrations_match_the_models(database_url):
    """Every table and column the code declares exists after migrating: no forgotten migration."""
    url = database_url
    upgrade_database(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite pragmas")
def test_sqlite_runs_in_wal_mode(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
