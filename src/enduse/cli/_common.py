"""What every command group shares: settings, the database, output helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import OperationalError

from enduse.errors import ConflictError, InvalidInputError
from enduse.settings import Settings
from enduse.storage import Database, Store

console = Console()


def settings() -> Settings:
    return Settings()


def database() -> Database:
    return Database(settings().database_url)


def print_json(data: Any) -> None:
    """Plain JSON on stdout (no Rich markup), for scripts."""
    print(json.dumps(data, indent=2, default=str, ensure_ascii=False))  # noqa: T201 -- CLI output


def print_table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)


M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], **values: Any) -> M:
    """Build an input model, turning pydantic's error into one naming the field."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        raise InvalidInputError(
            str(first["msg"]).removeprefix("Value error, "), field=field
        ) from None


@contextmanager
def store() -> Iterator[Store]:
    """A transaction on the configured database; refuses to run on an unmigrated one."""
    db = database()
    try:
        with db.store() as s:
            yield s
    except OperationalError as exc:
        if "no such table" in str(exc) or "does not exist" in str(exc):
            raise ConflictError(
                "the database has no schema yet: run `enduse db upgrade`",
                field="database",
            ) from None
        raise
    finally:
        db.dispose()


def emit(model: BaseModel, *, as_json: bool, title: str) -> None:
    """Show one record: JSON for scripts, a two-column table for people."""
    data = model.model_dump(mode="json")
    if as_json:
        print_json(data)
    else:
        print_table(title, ["field", "value"], [[k, _fmt(v)] for k, v in data.items()])


def emit_many(
    models: Sequence[BaseModel], *, as_json: bool, title: str, columns: list[str]
) -> None:
    rows = [m.model_dump(mode="json") for m in models]
    if as_json:
        print_json(rows)
    else:
        print_table(title, columns, [[_fmt(r.get(c)) for c in columns] for r in rows])


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_fmt(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)
