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


def test_migrations_run_up_from_empty_down_and_up_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh' / 'e.db'}"
    assert current_revisions(url) == set()
    upgrade_database(url)
    assert current_revisions(url) == head_revisions()
    downgrade_database(url, "base")
    assert current_revisions(url) == set()
    upgrade_database(url)
    assert current_revisions(url) == head_revisions()


def test_migrations_match_the_models(tmp_path):
    """Every table and column the code declares exists after migrating: no forgotten migration."""
    url = f"sqlite:///{tmp_path / 'e.db'}"
    upgrade_database(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_runs_in_wal_mode(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
