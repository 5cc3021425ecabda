"""Who is calling, and may they: authentication and the one authorisation gate every route
passes (installed as an app-wide dependency by ``create_app``).

Machines send ``Authorization: Bearer <token>``; people log in (``POST /v1/auth/login``) and
send the session cookie, and then every state-changing request must also carry the session's
CSRF token (header ``X-CSRF-Token`` or form field ``csrf_token``). Which role may call which
route, and which records a tenant may name, is ``enduse.auth.policy``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from enduse.auth import Principal, policy
from enduse.auth import service as auth
from enduse.clock import utcnow
from enduse.errors import ForbiddenError, UnauthenticatedError
from enduse.settings import Settings
from enduse.storage import Database

SESSION_COOKIE = "enduse_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True)
class Authenticated:
    """A caller that proved who it is, and how."""

    principal: Principal
    via: Literal["token", "session"]
    token_id: int | None = None
    csrf_token: str | None = None
    expires_at: datetime | None = None


def authenticate(request: Request) -> Authenticated | None:
    """The caller's credentials checked against the database: None when it sent none;
    UnauthenticatedError when they are wrong, expired, revoked or the user is disabled.
    A bearer token wins over a session cookie."""
    db: Database = request.app.state.db
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise UnauthenticatedError(
                "send Authorization: Bearer <token>", field="authorization"
            )
        with db.store() as store:
            user, row = auth.authenticate_token(store, token.strip(), now=utcnow())
            return Authenticated(
                auth.principal_of(user),
                "token",
                token_id=row.id,
                expires_at=row.expires_at,
            )
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with db.store() as store:
            session = auth.authenticate_session(store, cookie, now=utcnow())
            return Authenticated(
                auth.principal_of(session.user),
                "session",
                csrf_token=session.csrf_token,
                expires_at=session.expires_at,
            )
    return None


def route_path(request: Request) -> str:
    """The matched route's path template as mounted (``/v1/licences/{licence_id}``)."""
    context = request.scope.get("fastapi", {}).get("effective_route_context")
    if context is not None and getattr(context, "path_format", None):
        return str(context.path_format)
    route = request.scope.get("route")
    return str(getattr(route, "path_format", request.url.path))


async def guard(request: Request) -> None:
    """Every route's gate: public routes pass; others need credentials (401), a role that
    holds the route's permission (403), the CSRF token for a cookie-authenticated change
    (403), and, for a tenant, records of its own (404)."""
    method, path = request.method, route_path(request)
    if policy.is_public(method, path):
        return
    caller = await run_in_threadpool(authenticate, request)
    if caller is None:
        raise UnauthenticatedError(
            "authentication required: an API token (Authorization: Bearer) or a login session",
            field="authorization",
        )
    request.state.principal = caller.principal
    request.state.auth = caller
    request.state.csrf_token = caller.csrf_token
    policy.require(
        caller.principal, policy.permission_for(method, path, request.path_params)
    )
    if caller.via == "session" and method not in SAFE_METHODS:
        await _check_csrf(request, caller.csrf_token or "")
    if policy.is_tenant(caller.principal):
        values: list[tuple[str, Any]] = [
            *request.query_params.multi_items(),
            *(await _json_fields(request)),
            *request.path_params.items(),
        ]
        scope = policy.Scope(caller.principal)
        db: Database = request.app.state.db
        await run_in_threadpool(_check_tenancy, db, scope, values)


def _check_tenancy(
    db: Database, scope: policy.Scope, values: list[tuple[str, Any]]
) -> None:
    with db.store() as store:
        for name, value in values:
            scope.check_request(store, {name: value})


async def _check_csrf(request: Request, expected: str) -> None:
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(_FORMS):
        field = (await request.form()).get(CSRF_FIELD)
        given = field if isinstance(field, str) else None
    if not auth.csrf_matches(expected, given):
        raise ForbiddenError(
            f"a change made with a session cookie needs its CSRF token ({CSRF_HEADER} header or {CSRF_FIELD} form field)",
            field=CSRF_FIELD,
        )


async def _json_fields(request: Request) -> list[tuple[str, Any]]:
    """Top-level fields of a JSON object body (none for other bodies)."""
    if request.method in SAFE_METHODS or "json" not in request.headers.get(
        "content-type", ""
    ):
        return []
    try:
        data = json.loads(await request.body() or b"null")
    except (ValueError, UnicodeDecodeError):
        return []
    return list(data.items()) if isinstance(data, dict) else []


def set_session_cookie(
    response: Response, session: auth.NewSession, settings: Settings
) -> None:
    """Set the login cookie: HttpOnly, SameSite=Lax, Secure unless configured off."""
    response.set_cookie(
        SESSION_COOKIE,
        session.cookie,
        max_age=settings.session_ttl_s,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.session_cookie_secure,
    )


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.session_cookie_secure,
    )
