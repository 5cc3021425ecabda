"""The transparency log: entries (leaves), perfect-subtree nodes, the sequencer row,
signed checkpoints, and the regulator's per-licence pseudonym secrets.

``tlog_state`` is a single row (id 1) holding the tree size and the frontier (the hashes of the
perfect subtrees that make up the tree, largest first). Every append locks it first, so the
sequence has no gap, duplicate or fork even with several processes appending. Entries, nodes
and checkpoints are only ever inserted (``AppendOnly``: the ORM refuses to update or delete
them; what a database administrator does behind its back ``enduse log audit`` finds).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from enduse.storage.base import AppendOnly, Base

# INTEGER PRIMARY KEY on SQLite (the rowid itself, no second index), BIGINT elsewhere.
Sequence = BigInteger().with_variant(Integer(), "sqlite")


class TlogState(Base):
    """The sequencer: one row, locked by every append and every checkpoint."""

    __tablename__ = "tlog_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    tree_size: Mapped[int] = mapped_column(BigInteger)
    frontier: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime | None]


class TlogEntry(AppendOnly, Base):
    """One leaf: its canonical bytes, plus copies of a few of its fields for queries
    (``enduse log audit`` checks them against the leaf) and the private ``ref``."""

    __tablename__ = "tlog_entries"

    sequence: Mapped[int] = mapped_column(
        Sequence, primary_key=True, autoincrement=False
    )
    leaf: Mapped[bytes] = mapped_column(LargeBinary)
    licence_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    logged_at: Mapped[datetime]
    ref: Mapped[str | None] = mapped_column(String(200))


class TlogNode(AppendOnly, Base):
    """The hash of a perfect subtree: ``(level, idx)`` covers leaves
    ``[idx * 2**level, (idx + 1) * 2**level)``; level 0 holds the leaf hashes."""

    __tablename__ = "tlog_nodes"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 -- SQLAlchemy reads this class attribute

    level: Mapped[int] = mapped_column(
        SmallInteger, primary_key=True, autoincrement=False
    )
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class TlogCheckpoint(AppendOnly, Base):
    """A signed checkpoint as published (the note is the record; size and root are copies)."""

    __tablename__ = "tlog_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    tree_size: Mapped[int] = mapped_column(BigInteger, unique=True)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    note: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime]


class TlogPseudonymSecret(Base):
    """The regulator's per-licence HMAC key for target pseudonyms. Never in a leaf, proof,
    checkpoint or API response; deleting a licence's row makes its pseudonyms unlinkable."""

    __tablename__ = "tlog_pseudonym_secrets"

    licence_id: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=False
    )
    secret: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime]
