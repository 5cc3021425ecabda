"""Logging in and out, who am I, and (for the regulator's admin) users and API tokens."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, Response

from enduse.api.deps import AuthDep, PrincipalDep, SettingsDep, StoreDep
from enduse.api.security import (
    SESSION_COOKIE,
    clear_session_cookie,
    set_session_cookie,
)
from enduse.auth import Role
from enduse.auth import service as auth
from enduse.auth.models import (
    IssuedToken,
    LoginIn,
    MeOut,
    TokenCreate,
    TokenOut,
    UserCreate,
    UserOut,
)
from enduse.clock import utcnow

router = APIRouter(tags=["auth"])


@router.post("/auth/login")
def login(
    body: LoginIn, response: Response, store: StoreDep, settings: SettingsDep
) -> MeOut:
    """Check a password and open a session: the answer sets the session cookie (HttpOnly,
    SameSite=Lax) and carries the CSRF token every state-changing request must send back
    (``X-CSRF-Token`` header or ``csrf_token`` form field). 401 for an unknown user, a wrong
    password or a disabled user alike."""
    session = auth.login(
        store,
        body.username,
        body.password,
        now=utcnow(),
        ttl=timedelta(seconds=settings.session_ttl_s),
    )
    set_session_cookie(response, session, settings)
    p = auth.principal_of(session.user)
    return MeOut(
        username=p.username,
        role=p.role,
        user_id=p.user_id,
        exporter_id=p.exporter_id,
        agency_id=p.agency_id,
        via="session",
        csrf_token=session.csrf_token,
        expires_at=session.expires_at,
    )


@router.post("/auth/logout", status_code=204)
def logout(
    request: Request, response: Response, store: StoreDep, settings: SettingsDep
) -> None:
    """End the caller's session (a token caller has none: nothing happens)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie and request.headers.get("authorization") is None:
        auth.logout(store, cookie)
    clear_session_cookie(response, settings)


@router.get("/auth/me")
def me(caller: AuthDep) -> MeOut:
    p = caller.principal
    return MeOut(
        username=p.username,
        role=p.role,
        user_id=p.user_id,
        exporter_id=p.exporter_id,
        agency_id=p.agency_id,
        via=caller.via,
        csrf_token=caller.csrf_token,
        expires_at=caller.expires_at,
    )


# -- users and tokens (regulator admin) ---------------------------------------------------------


@router.get("/users")
def list_users(store: StoreDep, role: Role | None = None) -> list[UserOut]:
    return [
        UserOut.model_validate(u)
        for u in auth.list_users(store)
        if role is None or u.role == role.value
    ]


@router.post("/users", status_code=201)
def create_user(body: UserCreate, store: StoreDep) -> UserOut:
    """A user with one role; a buyer names its agency, an exporter its exporter."""
    return UserOut.model_validate(auth.create_user(store, body, now=utcnow()))


@router.post("/users/{username}/disable")
def disable_user(username: str, store: StoreDep, principal: PrincipalDep) -> UserOut:
    """The user can no longer log in or use its tokens; its sessions end."""
    return UserOut.model_validate(auth.disable_user(store, username, by=principal))


@router.get("/api-tokens")
def list_tokens(store: StoreDep, username: str | None = None) -> list[TokenOut]:
    return [
        TokenOut.model_validate(t) for t in auth.list_tokens(store, username=username)
    ]


@router.post("/api-tokens", status_code=201)
def create_token(
    body: TokenCreate, store: StoreDep, settings: SettingsDep
) -> IssuedToken:
    """A new bearer token for a user; ``token`` is in this answer only."""
    return auth.issue_token(
        store,
        body.username,
        name=body.name,
        now=utcnow(),
        ttl=auth.token_ttl(body.expires_days, settings.api_token_ttl_days),
    )


@router.post("/api-tokens/{token_id}/revoke")
def revoke_token(token_id: int, store: StoreDep, caller: AuthDep) -> TokenOut:
    """Revoke a token at once (not the one making this request)."""
    row = auth.revoke_token(store, token_id, now=utcnow(), current=caller.token_id)
    return TokenOut.model_validate(row)
