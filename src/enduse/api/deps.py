"""FastAPI dependencies: settings, database, a transaction per request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from enduse.auth import LOCAL_ADMIN, Principal
from enduse.settings import Settings
from enduse.storage import Database, Store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_store(db: Annotated[Database, Depends(get_db)]) -> Iterator[Store]:
    """One transaction per request: committed when the route returns, rolled back on error."""
    with db.store() as store:
        yield store


def current_principal(request: Request) -> Principal:
    """The caller. Placeholder until authentication lands (#7): everyone is the local admin."""
    principal: Principal = getattr(request.state, "principal", LOCAL_ADMIN)
    return principal


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
StoreDep = Annotated[Store, Depends(get_store)]
PrincipalDep = Annotated[Principal, Depends(current_principal)]
