"""Persistence: SQLAlchemy models, repositories and Alembic migrations.

The only package that knows SQL. SQLite (WAL) by default, PostgreSQL in production; every
model avoids backend-specific SQL.
"""

from enduse.storage.db import Database, upgrade_database
from enduse.storage.repos import Store

__all__ = ["Database", "Store", "upgrade_database"]
