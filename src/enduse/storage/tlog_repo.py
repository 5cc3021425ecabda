"""Queries of the transparency log (the only place that builds them).

Serialisation: ``lock_state`` takes the sequencer row's lock before anything is read, inside
the caller's transaction. On PostgreSQL that is ``SELECT ... FOR UPDATE`` on the row; on SQLite
(and any other backend) it is a no-op ``UPDATE`` of the row as the first write, which takes
the database's write lock (waiting up to the busy timeout) before the state is read, so the
state read is always the latest. The lock is held until the caller commits or rolls back.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any, cast

from sqlalchemy import (
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, CursorResult, Result
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
    """Lock the sequencer row for the rest of the transaction and return the tree state.

    PostgreSQL: ``SELECT ... FOR UPDATE``. Elsewhere (SQLite): a no-op ``UPDATE`` of the row
    as the transaction's first write, which takes the database write lock before the state
    is read (with ``RETURNING`` where the backend has it, one statement; else UPDATE then
    SELECT). Statements are built once and run on the session's connection."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        row = conn.execute(_LOCK_FOR_UPDATE).one_or_none()
    elif conn.dialect.update_returning:
        row = conn.execute(_TOUCH_RETURNING).one_or_none()
    else:
        touched = _rowcount(conn.execute(_TOUCH))
        row = conn.execute(_READ_STATE).one() if touched else None
    if row is None:
        raise ConflictError(
            "the transparency log has no sequencer row: run `enduse db upgrade`",
            field="database",
        )
    return State(int(row.tree_size), _decode_frontier(bytes(row.frontier)))


def read_state(session: Session) -> State:
    """The tree state without locking (a snapshot for readers)."""
    row = session.connection().execute(_READ_STATE).one_or_none()
    return (
        State(0, [])
        if row is None
        else State(int(row.tree_size), _decode_frontier(bytes(row.frontier)))
    )


def save_state(session: Session, state: State, *, now: datetime) -> None:
    session.connection().execute(
        _SAVE_STATE,
        {"size": state.tree_size, "front": b"".join(state.frontier), "at": now},
    )


_READ_STATE = select(_state.c.tree_size, _state.c.frontier).where(
    _state.c.id == STATE_ID
)
_LOCK_FOR_UPDATE = _READ_STATE.with_for_update()
_TOUCH = (
    update(_state).where(_state.c.id == STATE_ID).values(tree_size=_state.c.tree_size)
)
_TOUCH_RETURNING = _TOUCH.returning(_state.c.tree_size, _state.c.frontier)
_SAVE_STATE = (
    update(_state)
    .where(_state.c.id == STATE_ID)
    .values(
        tree_size=bindparam("size"),
        frontier=bindparam("front"),
        updated_at=bindparam("at"),
    )
)


def insert_entries(
    session: Session,
    rows: Sequence[tuple[int, bytes, int, str, str | None]],
    *,
    logged_at: datetime,
) -> None:
    """Rows of ``(sequence, leaf, licence_id, kind, ref)``, all logged at ``logged_at``.

    One DB-API ``executemany`` with plain tuples: the batch path's rows need no per-row type
    processing (the one timestamp is converted once, by the column's own type)."""
    if not rows:
        return
    conn = session.connection()
    process = _entries.c.logged_at.type.dialect_impl(conn.dialect).bind_processor(
        conn.dialect
    )
    at = process(logged_at) if process else logged_at
    _executemany(
        conn,
        _entries,
        ("sequence", "leaf", "licence_id", "kind", "ref", "logged_at"),
        [(*row, at) for row in rows],
    )


def insert_nodes(
    session: Session, nodes: Iterable[tuple[tuple[int, int], bytes]]
) -> None:
    """Perfect-subtree nodes ``((level, idx), hash)``, one ``executemany``."""
    rows = [(level, idx, h) for (level, idx), h in nodes]
    if rows:
        _executemany(session.connection(), _nodes, ("level", "idx", "hash"), rows)


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_ROWS_PER_STATEMENT = 100


def _executemany(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` into ``table`` with one DB-API ``executemany`` of a multi-row
    ``INSERT ... VALUES (...), (...), ...`` (100 rows a statement, then one for the rest):
    half the per-row cost of a one-row statement on SQLite, and psycopg pipelines it. Drivers
    with another parameter style get Core ``insert``."""
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])
        return
    step = _ROWS_PER_STATEMENT
    full = len(rows) - len(rows) % step
    if full:
        conn.exec_driver_sql(
            _insert_sql(table.name, tuple(columns), mark, step),
            [
                tuple(chain.from_iterable(rows[i : i + step]))
                for i in range(0, full, step)
            ],
        )
    if full < len(rows):
        conn.exec_driver_sql(
            _insert_sql(table.name, tuple(columns), mark, len(rows) - full),
            tuple(chain.from_iterable(rows[full:])),
        )


@functools.cache
def _insert_sql(table: str, columns: tuple[str, ...], mark: str, count: int) -> str:
    row = f"({', '.join([mark] * len(columns))})"
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 -- fixed table and column names
        f"VALUES {', '.join([row] * count)}"
    )


def read_nodes(
    session: Session, nodes: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], bytes]:
    """The stored hashes of ``nodes``, in one query (missing ones are absent).

    ``WHERE (level = ? AND idx = ?) OR ...``: both SQLite (MULTI-INDEX OR) and PostgreSQL
    (BitmapOr) answer it with one primary-key lookup per node, where SQLite scans the whole
    table for a row-value ``(level, idx) IN (VALUES ...)``. One statement per node count (a
    proof needs at most ~3 log2 n), built once and compiled once (SQLAlchemy's cache); run on
    the session's connection with no ORM in the way."""
    if not nodes:
        return {}
    found: dict[tuple[int, int], bytes] = {}
    conn = session.connection()
    for start in range(0, len(nodes), _READ_CHUNK):
        part = nodes[start : start + _READ_CHUNK]
        params: dict[str, int] = {}
        for i, (level, idx) in enumerate(part):
            params[f"l{i}"], params[f"i{i}"] = level, idx
        for level, idx, h in conn.execute(_read_nodes_stmt(len(part)), params):
            found[(int(level), int(idx))] = bytes(h)
    return found


_READ_CHUNK = 200


@functools.cache
def _read_nodes_stmt(count: int) -> Select[int, int, bytes]:
    return select(_nodes.c.level, _nodes.c.idx, _nodes.c.hash).where(
        or_(
            *(
                and_(
                    _nodes.c.level == bindparam(f"l{i}"),
                    _nodes.c.idx == bindparam(f"i{i}"),
                )
                for i in range(count)
            )
        )
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


def pseudonym_secrets(
    session: Session, licence_ids: Iterable[int], *, now: datetime
) -> dict[int, bytes]:
    """The licences' pseudonym secrets (one query), each created (32 random bytes) on first
    use. Callers hold the sequencer lock, so two appenders never race to create one."""
    wanted = sorted(set(licence_ids))
    if not wanted:
        return {}
    found = {
        int(r.licence_id): bytes(r.secret)
        for r in session.connection().execute(_READ_SECRETS, {"ids": wanted})
    }
    for licence_id in wanted:
        if licence_id not in found:
            found[licence_id] = _create_secret(session, licence_id, now=now)
    return found


_READ_SECRETS = select(_secrets.c.licence_id, _secrets.c.secret).where(
    _secrets.c.licence_id.in_(bindparam("ids", expanding=True))
)


def _create_secret(session: Session, licence_id: int, *, now: datetime) -> bytes:
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
