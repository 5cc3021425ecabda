"""FastAPI dependencies: settings, database, a transaction per request, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from enduse.api.security import Authenticated, authenticate
from enduse.auth import Principal
from enduse.auth.policy import Scope
from enduse.errors import UnauthenticatedError
from enduse.settings import Settings
from enduse.storage import Database, Store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_store(db: Annotated[Database, Depends(get_db)]) -> Iterator[Store]:
    """One transaction per request: committed when the route returns, rolled back on error.
    Used with ``scope="function"`` (``StoreDep``): the commit happens *before* the response is
    sent, so a client that follows a redirect (post/redirect/get, the console's login) or
    sends its next request at once always reads what this one wrote."""
    with db.store() as store:
        yield store


def current_auth(request: Request) -> Authenticated:
    """How the caller authenticated (set by the app-wide guard; checked here on a public
    route); 401 when it sent no credentials."""
    caller: Authenticated | None = getattr(request.state, "auth", None)
    if caller is None:
        caller = authenticate(request)
        if caller is None:
            raise UnauthenticatedError("authentication required", field="authorization")
        request.state.auth, request.state.principal = caller, caller.principal
        request.state.csrf_token = caller.csrf_token
    return caller


def current_principal(request: Request) -> Principal:
    """The authenticated caller (401 when there is none)."""
    return current_auth(request).principal


def optional_principal(request: Request) -> Principal | None:
    """The caller if it sent valid credentials, else None (for public pages)."""
    try:
        return current_principal(request)
    except UnauthenticatedError:
        return None


def csrf_token(request: Request) -> str | None:
    """The CSRF token of the caller's login session, for forms to send back as ``csrf_token``
    (None for a bearer-token caller, which needs none)."""
    token: str | None = getattr(request.state, "csrf_token", None)
    return token


def get_scope(principal: Annotated[Principal, Depends(current_principal)]) -> Scope:
    return Scope(principal)


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
StoreDep = Annotated[Store, Depends(get_store, scope="function")]
AuthDep = Annotated[Authenticated, Depends(current_auth)]
PrincipalDep = Annotated[Principal, Depends(current_principal)]
ScopeDep = Annotated[Scope, Depends(get_scope)]
