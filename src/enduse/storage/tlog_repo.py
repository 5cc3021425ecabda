"""Queries of the transparency log (the only place that builds them).

Serialisation: ``lock_state`` takes the sequencer row's lock before anything is read, inside
the caller's transaction. On PostgreSQL that is ``SELECT ... FOR UPDATE`` on the row; on SQLite
(and any other backend) it is a no-op ``UPDATE`` of the row as the first write, which takes
the database's write lock (waiting up to the busy timeout) before the state is read, so the
state read is always the latest. The lock is held until the caller commits or rolls back.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from enduse.errors import ConflictError
from enduse.storage.tables.tlog import (
    TlogCheckpoint,
    TlogEntry,
    TlogNode,
    TlogPseudonymSecret,
    TlogState,
)

STATE_ID = 1
HASH_SIZE = 32

_state = cast(Table, TlogState.__table__)
_entries = cast(Table, TlogEntry.__table__)
_nodes = cast(Table, TlogNode.__table__)
_checkpoints = cast(Table, TlogCheckpoint.__table__)
_secrets = cast(Table, TlogPseudonymSecret.__table__)


@dataclass(frozen=True)
class State:
    tree_size: int
    frontier: list[bytes]


def _decode_frontier(raw: bytes) -> list[bytes]:
    return [raw[i : i + HASH_SIZE] for i in range(0, len(raw), HASH_SIZE)]


def lock_state(session: Session) -> State:
    """Lock the sequencer row for the rest of the transaction and return the tree state."""
    if session.get_bind().dialect.name == "postgresql":
        stmt = (
            select(_state.c.tree_size, _state.c.frontier)
            .where(_state.c.id == STATE_ID)
            .with_for_update()
        )
        row = session.execute(stmt).one_or_none()
    else:
        touched = _rowcount(
            session.execute(
                update(_state)
                .where(_state.c.id == STATE_ID)
                .values(tree_size=_state.c.tree_size)
            )
        )
        row = (
            session.execute(
                select(_state.c.tree_size, _state.c.frontier).where(
                    _state.c.id == STATE_ID
                )
            ).one()
            if touched
            else None
        )
    if row is None:
        raise ConflictError(
            "the transparency log has no sequencer row: run `enduse db upgrade`",
            field="database",
        )
    return State(int(row.tree_size), _decode_frontier(bytes(row.frontier)))


def read_state(session: Session) -> State:
    """The tree state without locking (a snapshot for readers)."""
    row = session.execute(
        select(_state.c.tree_size, _state.c.frontier).where(_state.c.id == STATE_ID)
    ).one_or_none()
    return (
        State(0, [])
        if row is None
        else State(int(row.tree_size), _decode_frontier(bytes(row.frontier)))
    )


def save_state(session: Session, state: State, *, now: datetime) -> None:
    session.execute(
        update(_state)
        .where(_state.c.id == STATE_ID)
        .values(
            tree_size=state.tree_size, frontier=b"".join(state.frontier), updated_at=now
        )
    )


def insert_entries(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Rows of ``sequence, leaf, licence_id, kind, logged_at, ref``."""
    if rows:
        session.execute(insert(_entries), list(rows))


def insert_nodes(
    session: Session, nodes: Iterable[tuple[tuple[int, int], bytes]]
) -> None:
    rows = [{"level": level, "idx": idx, "hash": h} for (level, idx), h in nodes]
    if rows:
        session.execute(insert(_nodes), rows)


def read_nodes(
    session: Session, nodes: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], bytes]:
    """The stored hashes of ``nodes``, in one query (missing ones are absent).

    ``(level, idx) IN (...)`` with an expanding parameter: one cached statement for every
    proof (row values work on SQLite >= 3.15 and PostgreSQL)."""
    if not nodes:
        return {}
    rows = session.execute(_READ_NODES, {"keys": list(nodes)})
    return {(int(r.level), int(r.idx)): bytes(r.hash) for r in rows}


_READ_NODES = select(_nodes.c.level, _nodes.c.idx, _nodes.c.hash).where(
    tuple_(_nodes.c.level, _nodes.c.idx).in_(bindparam("keys", expanding=True))
)


def node_range(session: Session, level: int, start: int, end: int) -> dict[int, bytes]:
    """Nodes of ``level`` with ``start <= idx < end``."""
    stmt = select(_nodes.c.idx, _nodes.c.hash).where(
        _nodes.c.level == level, _nodes.c.idx >= start, _nodes.c.idx < end
    )
    return {int(r.idx): bytes(r.hash) for r in session.execute(stmt)}


def max_node_index(session: Session, level: int) -> int | None:
    value = session.scalar(
        select(func.max(_nodes.c.idx)).where(_nodes.c.level == level)
    )
    return None if value is None else int(value)


def get_entry(session: Session, sequence: int) -> Any:
    return session.execute(
        select(_entries).where(_entries.c.sequence == sequence)
    ).one_or_none()


def entry_range(session: Session, start: int, end: int) -> list[Any]:
    """Entries with ``start <= sequence < end``, in order."""
    stmt = (
        select(_entries)
        .where(_entries.c.sequence >= start, _entries.c.sequence < end)
        .order_by(_entries.c.sequence)
    )
    return list(session.execute(stmt))


def count_entries_from(session: Session, start: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(_entries)
            .where(_entries.c.sequence >= start)
        )
        or 0
    )


def latest_checkpoint(session: Session) -> TlogCheckpoint | None:
    return session.scalars(
        select(TlogCheckpoint).order_by(TlogCheckpoint.tree_size.desc()).limit(1)
    ).first()


def list_checkpoints(session: Session) -> list[TlogCheckpoint]:
    return list(
        session.scalars(select(TlogCheckpoint).order_by(TlogCheckpoint.tree_size))
    )


def add_checkpoint(
    session: Session, *, tree_size: int, root: bytes, note: str, signed_at: datetime
) -> TlogCheckpoint:
    row = TlogCheckpoint(tree_size=tree_size, root=root, note=note, signed_at=signed_at)
    session.add(row)
    session.flush()
    return row


def pseudonym_secret(session: Session, licence_id: int, *, now: datetime) -> bytes:
    """The licence's pseudonym secret, created (32 random bytes) on first use. Callers hold
    the sequencer lock, so two processes never race to create it."""
    secret = session.scalar(
        select(_secrets.c.secret).where(_secrets.c.licence_id == licence_id)
    )
    if secret is not None:
        return bytes(secret)
    new = os.urandom(32)
    try:
        with session.begin_nested():
            session.execute(
                insert(_secrets).values(
                    licence_id=licence_id, secret=new, created_at=now
                )
            )
    except IntegrityError:  # created meanwhile by a writer that did not hold the lock
        return bytes(
            session.scalars(
                select(_secrets.c.secret).where(_secrets.c.licence_id == licence_id)
            ).one()
        )
    return new


def forget_pseudonym_secret(session: Session, licence_id: int) -> bool:
    """Delete the licence's secret (its pseudonyms can no longer be linked to anyone)."""
    return bool(
        _rowcount(
            session.execute(delete(_secrets).where(_secrets.c.licence_id == licence_id))
        )
    )


def _rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE touched (its result is a CursorResult)."""
    return int(cast(CursorResult[Any], result).rowcount)


def has_pseudonym_secret(session: Session, licence_id: int) -> bool:
    return (
        session.scalar(
            select(func.count())
            .select_from(_secrets)
            .where(_secrets.c.licence_id == licence_id)
        )
        == 1
    )
