"""What every command group shares: settings, the backend (the local database or, in remote
mode, the API over HTTP), output helpers.

Remote mode: with ``ENDUSE_SERVER_URL`` (and ``ENDUSE_TOKEN``) set, commands that have a remote
path (``call``/``call_many``/``call_raw``) send the equivalent API request with the token;
commands that do not refuse with a clear error (``store()``) instead of opening a local database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import OperationalError

from enduse.errors import (
    ConflictError,
    EnduseError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    UnauthenticatedError,
    VerificationError,
)
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
    """A transaction on the configured database; refuses to run on an unmigrated one, and
    in remote mode (a command without a remote path)."""
    if settings().server_url:
        raise InvalidInputError(
            "this command has no remote mode: it needs the database on this machine "
            "(unset ENDUSE_SERVER_URL to run it locally)",
            field="server_url",
        )
    with _local_store() as s:
        yield s


@contextmanager
def _local_store() -> Iterator[Store]:
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


# -- the backend: local database or remote API -------------------------------------------------

_ERRORS: dict[str, type[EnduseError]] = {
    "not_found": NotFoundError,
    "invalid_input": InvalidInputError,
    "conflict": ConflictError,
    "verification_failed": VerificationError,
    "unauthenticated": UnauthenticatedError,
    "forbidden": ForbiddenError,
}


class Remote:
    """The API at ``ENDUSE_SERVER_URL``, called with ``ENDUSE_TOKEN``; an error answer becomes
    the same ``EnduseError`` the local command would raise."""

    def __init__(self, url: str, token: str, *, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.http = httpx.Client(
            base_url=self.url,
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}"},
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
    ) -> httpx.Response:
        query = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            r = self.http.request(
                method,
                path,
                params=query,
                json=body if body is not None else None,
            )
        except httpx.HTTPError as exc:
            raise ConflictError(
                f"cannot reach {self.url}: {exc}", field="server_url"
            ) from None
        if r.status_code >= 400:
            try:
                err = r.json()["error"]
                cls = _ERRORS.get(err.get("code", ""), EnduseError)
                raise cls(str(err.get("message")), field=err.get("field"))
            except (ValueError, KeyError, TypeError):
                raise EnduseError(
                    f"{self.url} answered {r.status_code}: {r.text[:200]}"
                ) from None
        return r

    def close(self) -> None:
        self.http.close()


def remote() -> Remote | None:
    """The remote API when ``ENDUSE_SERVER_URL`` is set (remote mode), else None."""
    cfg = settings()
    if not cfg.server_url:
        return None
    token = cfg.token.get_secret_value()
    if not token:
        raise InvalidInputError(
            "remote mode needs ENDUSE_TOKEN (an API token: `enduse tokens create`)",
            field="token",
        )
    return Remote(cfg.server_url, token)


def call_raw(
    method: str,
    path: str,
    *,
    local: Callable[[Store], bytes],
    params: dict[str, Any] | None = None,
    body: Any = None,
) -> bytes:
    """One operation, run locally (``local`` in a transaction) or as an API request; the
    answer's bytes."""
    api = remote()
    if api is None:
        with _local_store() as s:
            return local(s)
    try:
        return api.request(method, path, params=params, body=body).content
    finally:
        api.close()


def call(
    model: type[M],
    method: str,
    path: str,
    *,
    local: Callable[[Store], M],
    params: dict[str, Any] | None = None,
    body: Any = None,
) -> M:
    """One operation answering one ``model``: locally, or as an API request (remote mode)."""
    api = remote()
    if api is None:
        with _local_store() as s:
            return local(s)
    try:
        raw = api.request(method, path, params=params, body=body).content
    finally:
        api.close()
    return model.model_validate_json(raw)


def call_many(
    model: type[M],
    method: str,
    path: str,
    *,
    local: Callable[[Store], Sequence[M]],
    params: dict[str, Any] | None = None,
    body: Any = None,
) -> list[M]:
    """One operation answering a list of ``model``: locally, or as an API request."""
    api = remote()
    if api is None:
        with _local_store() as s:
            return list(local(s))
    try:
        raw = api.request(method, path, params=params, body=body).content
    finally:
        api.close()
    out: list[M] = TypeAdapter(list[model]).validate_json(raw)  # type: ignore[valid-type]  # NOTE: model is a runtime type
    return out
