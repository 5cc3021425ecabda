"""Migration 0005 creates and drops the certificate tables; the default template loads on first use."""

from sqlalchemy import inspect

from enduse.storage.db import downgrade_database, make_engine, upgrade_database

TABLES = {"certificate_templates", "buyer_keys", "certificates"}


def tables(url):
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_from_empty_and_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade_database(url)
    assert tables(url) >= TABLES
    downgrade_database(url, "0001")
    assert not TABLES & tables(url)
    assert "licences" in tables(url)
    upgrade_database(url)
    assert tables(url) >= TABLES
