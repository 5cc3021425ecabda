"""Repository access the services use: the one place queries are built."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from enduse.errors import ConflictError, NotFoundError
from enduse.storage.base import Base

T = TypeVar("T", bound=Base)


class Store:
    """A unit of work over one transaction. Services receive it; only it builds queries."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: T) -> T:
        """Stage ``row`` and flush so its id is assigned; a uniqueness clash is a ConflictError."""
        self.session.add(row)
        try:
            with self.session.begin_nested():
                self.session.flush()
        except IntegrityError as exc:
            raise ConflictError(
                f"{type(row).__name__.lower()} already exists or refers to a missing record: {exc.orig}"
            ) from exc
        return row

    def get(self, model: type[T], ident: int, *, field: str) -> T:
        """The row with primary key ``ident``, or NotFoundError naming ``field``."""
        row = self.session.get(model, ident)
        if row is None:
            raise NotFoundError(f"{_label(model)} {ident} does not exist", field=field)
        return row

    def list(
        self, model: type[T], *, order_by: Any = None, **filters: Any
    ) -> Sequence[T]:
        stmt = (
            select(model)
            .filter_by(**filters)
            .order_by(order_by if order_by is not None else model.id)
        )  # type: ignore[attr-defined]  # NOTE: every table has an id
        return self.session.scalars(stmt).all()

    def find(self, model: type[T], **filters: Any) -> T | None:
        return self.session.scalars(select(model).filter_by(**filters).limit(1)).first()

    def count(self, model: type[T], **filters: Any) -> int:
        return int(
            self.session.scalar(
                select(func.count()).select_from(model).filter_by(**filters)
            )
            or 0
        )

    def flush(self) -> None:
        self.session.flush()


def _label(model: type[Base]) -> str:
    name = str(model.__tablename__)
    return name[:-1] if name.endswith("s") else name
