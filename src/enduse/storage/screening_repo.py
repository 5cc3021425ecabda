"""Queries for screening: list versions, listed entities, hits, the protected-persons registry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from enduse.storage.tables.screening import (
    ProtectedIdentifier,
    ProtectedPerson,
    ScreeningEntity,
    ScreeningHit,
    ScreeningList,
    ScreeningName,
)


def all_lists(session: Session) -> Sequence[ScreeningList]:
    return session.scalars(
        select(ScreeningList).order_by(ScreeningList.name, ScreeningList.id)
    ).all()


def current_lists(session: Session) -> Sequence[ScreeningList]:
    """The newest loaded version of each list name (the versions checks use)."""
    newest = select(func.max(ScreeningList.id)).group_by(ScreeningList.name)
    return session.scalars(
        select(ScreeningList)
        .where(ScreeningList.id.in_(newest))
        .order_by(ScreeningList.name)
    ).all()


def find_list(
    session: Session,
    name: str,
    *,
    version: str | None = None,
    digest: str | None = None,
) -> ScreeningList | None:
    stmt = select(ScreeningList).where(ScreeningList.name == name)
    if version is not None:
        stmt = stmt.where(ScreeningList.version == version)
    if digest is not None:
        stmt = stmt.where(ScreeningList.digest == digest)
    return session.scalars(stmt.limit(1)).first()


def _insert_ids(
    session: Session, table: Table, rows: list[dict[str, Any]]
) -> list[int]:
    """Insert ``rows`` (Core executemany; the ORM bulk path costs twice as much) and return
    their new ids in order. PostgreSQL returns them from batched INSERT ... RETURNING;
    SQLite would run that one row at a time, so there the rows are inserted in one
    executemany and their ids read back: SQLite gives rowids max+1, max+2, ... and the
    transaction holds the write lock, so they are contiguous."""
    if session.get_bind().dialect.name != "sqlite":
        stmt = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(stmt, rows).scalars().all())
    before = session.execute(select(func.max(table.c.id))).scalar() or 0
    session.execute(table.insert(), rows)
    ids = list(
        session.execute(
            select(table.c.id).where(table.c.id > before).order_by(table.c.id)
        ).scalars()
    )
    if len(ids) != len(
        rows
    ):  # NOTE: cannot happen while the transaction holds the lock
        raise RuntimeError(
            f"inserted {len(rows)} rows into {table.name}, found {len(ids)}"
        )
    return ids


def insert_entities(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk-insert listed entities (one executemany); their ids, in the order given."""
    if not rows:
        return []
    return _insert_ids(session, cast(Table, ScreeningEntity.__table__), rows)


def insert_names(session: Session, rows: list[dict[str, Any]]) -> None:
    """Bulk-insert listed names with their blocking features (one executemany)."""
    if rows:
        session.execute(cast(Table, ScreeningName.__table__).insert(), rows)


def names_stored(session: Session, list_id: int, scheme: int) -> bool:
    """Whether the list version's names are stored under feature scheme ``scheme``."""
    stmt = select(ScreeningName.scheme).where(ScreeningName.list_id == list_id).limit(1)
    found = session.scalars(stmt).first()
    return found == scheme


def delete_names(session: Session, list_id: int) -> None:
    session.execute(delete(ScreeningName).where(ScreeningName.list_id == list_id))


def entity_names(session: Session, list_id: int) -> Sequence[Any]:
    """``(id, name, aliases, entity_type)`` of every entity of a list version."""
    e = ScreeningEntity
    stmt = (
        select(e.id, e.name, e.aliases, e.entity_type)
        .where(e.list_id == list_id)
        .order_by(e.id)
    )
    return session.execute(stmt).all()


def entity_types(session: Session, list_ids: Iterable[int]) -> Sequence[Any]:
    """``(id, entity_type)`` of every entity of the given list versions (what an index holds)."""
    e = ScreeningEntity
    stmt = (
        select(e.id, e.entity_type).where(e.list_id.in_(list(list_ids))).order_by(e.id)
    )
    return session.execute(stmt).all()


def entity_details(session: Session, ids: Sequence[int]) -> Sequence[Any]:
    """What a result shows of the entities with these ids, with their list's name and version."""
    e, lst = ScreeningEntity, ScreeningList
    stmt = (
        select(
            e.id,
            lst.name.label("list_name"),
            lst.version.label("list_version"),
            e.list_id,
            e.entity_id,
            e.name,
            e.entity_type,
            e.countries,
            e.programs,
            e.source,
        )
        .join(lst, lst.id == e.list_id)
        .where(e.id.in_(list(ids)))
    )
    return session.execute(stmt).all()


def name_rows(session: Session, list_ids: Iterable[int]) -> Sequence[Any]:
    """``(entity_pk, name, features)`` of every stored name of the given list versions."""
    n = ScreeningName
    stmt = (
        select(n.entity_pk, n.name, n.features)
        .where(n.list_id.in_(list(list_ids)))
        .order_by(n.id)
    )
    return session.execute(stmt).all()


def hits(
    session: Session,
    *,
    licence_id: int | None = None,
    status: str | None = None,
    outcome: str | None = None,
) -> Sequence[ScreeningHit]:
    stmt = select(ScreeningHit)
    if licence_id is not None:
        stmt = stmt.where(ScreeningHit.licence_id == licence_id)
    if status is not None:
        stmt = stmt.where(ScreeningHit.status == status)
    if outcome is not None:
        stmt = stmt.where(ScreeningHit.outcome == outcome)
    return session.scalars(stmt.order_by(ScreeningHit.id)).all()


def persons_by_digest(
    session: Session, digests: Sequence[str]
) -> dict[str, ProtectedPerson]:
    """Protected persons whose identifier digest is among ``digests`` (chunked IN queries)."""
    found: dict[str, ProtectedPerson] = {}
    for start in range(0, len(digests), 500):
        chunk = digests[start : start + 500]
        stmt = (
            select(ProtectedIdentifier.digest, ProtectedPerson)
            .join(ProtectedPerson, ProtectedPerson.id == ProtectedIdentifier.person_id)
            .where(ProtectedIdentifier.digest.in_(chunk))
        )
        for digest, person in session.execute(stmt).all():
            found.setdefault(digest, person)
    return found


def persons_by_ids(session: Session, ids: Iterable[int]) -> dict[int, ProtectedPerson]:
    """Protected persons by id (chunked IN queries)."""
    wanted = list(ids)
    found: dict[int, ProtectedPerson] = {}
    for start in range(0, len(wanted), 500):
        stmt = select(ProtectedPerson).where(
            ProtectedPerson.id.in_(wanted[start : start + 500])
        )
        found.update((p.id, p) for p in session.scalars(stmt))
    return found


def all_identifier_digests(session: Session) -> dict[str, int]:
    """Every stored identifier digest and its person id (for bulk target checks)."""
    rows = session.execute(
        select(ProtectedIdentifier.digest, ProtectedIdentifier.person_id)
    ).all()
    return dict(rows)


def identifier_counts(session: Session, person_ids: Iterable[int]) -> dict[int, int]:
    stmt = (
        select(ProtectedIdentifier.person_id, func.count())
        .where(ProtectedIdentifier.person_id.in_(list(person_ids)))
        .group_by(ProtectedIdentifier.person_id)
    )
    return dict(session.execute(stmt).all())


def persons(
    session: Session, *, category: str | None = None
) -> Sequence[ProtectedPerson]:
    stmt = select(ProtectedPerson)
    if category is not None:
        stmt = stmt.where(ProtectedPerson.category == category)
    return session.scalars(stmt.order_by(ProtectedPerson.id)).all()


def insert_persons(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk-insert protected persons (one executemany); their ids, in the order given."""
    if not rows:
        return []
    return _insert_ids(session, cast(Table, ProtectedPerson.__table__), rows)


def insert_identifiers(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(cast(Table, ProtectedIdentifier.__table__).insert(), rows)


def registry_stamp(session: Session) -> tuple[int, int]:
    """(count, max id) of protected persons: changes whenever the registry does."""
    row = session.execute(select(func.count(), func.max(ProtectedPerson.id))).one()
    return int(row[0]), int(row[1] or 0)
