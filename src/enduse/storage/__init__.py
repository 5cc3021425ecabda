"""Persistence: SQLAlchemy models, repositories and Alembic migrations.

The only package that knows SQL. SQLite (WAL) by default, PostgreSQL in production; every
model avoids backend-specific SQL.
"""

from sqlalchemy.exc import DataError

from enduse.storage.db import Database, upgrade_database
from enduse.storage.repos import Store

# What the database driver raises for a value it cannot store or compare (an integer beyond
# 64 bits, a string with NUL): the edges report it as invalid input.
OUT_OF_RANGE: tuple[type[Exception], ...] = (OverflowError, DataError)

__all__ = ["OUT_OF_RANGE", "Database", "Store", "upgrade_database"]
