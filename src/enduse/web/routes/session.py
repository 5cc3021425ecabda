"""Signing in and out of the console: a password checks out through
``enduse.auth.service.login`` (the same as ``POST /v1/auth/login``) and opens a session whose
cookie the browser then sends; every form carries the session's CSRF token, which the guard
checks. ``/login`` is public; ``/logout`` needs the session and its CSRF token."""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import SettingsDep, StoreDep
from enduse.api.security import SESSION_COOKIE, clear_session_cookie, set_session_cookie
from enduse.auth import service as auth
from enduse.clock import utcnow
from enduse.errors import UnauthenticatedError
from enduse.web.pages import FormDep, fields, render, see_other

router = APIRouter()

HOME = "/"
LOGIN_CSRF_COOKIE = "enduse_login_csrf"
"""The sign-in form's own CSRF token (double submit: a cookie and a hidden field that must
match), so another site cannot sign a browser in to an account of its choosing."""


def safe_next(target: object) -> str:
    """Where to go after signing in: a path on this site only (``/licences/3?x=1``), never
    another site (``https://evil``, ``//evil``, ``/\\evil``), else the dashboard."""
    if not isinstance(target, str) or not target.startswith("/"):
        return HOME
    if any(c == "\\" or ord(c) < 32 or ord(c) == 127 for c in target):
        return HOME
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//"):
        return HOME
    if parts.path in ("/login", "/logout"):
        return HOME
    return target


def login_url(next_url: str) -> str:
    """The login page, coming back to ``next_url`` afterwards."""
    target = safe_next(next_url)
    return "/login" if target == HOME else f"/login?next={quote(target, safe='/')}"


def _form(
    request: Request,
    *,
    next_url: str,
    status_code: int = 200,
    username: str = "",
    errors: dict[str, str] | None = None,
    error: str | None = None,
) -> Response:
    """The sign-in form, each time with a fresh form token in a cookie and a hidden field."""
    token = secrets.token_urlsafe(32)
    response = render(
        request,
        "home/login.html",
        None,
        status_code=status_code,
        next_url=safe_next(next_url),
        username=username,
        errors=errors or {},
        error=error,
        login_csrf=token,
    )
    settings = request.app.state.settings
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path="/login",
        httponly=True,
        samesite="strict",
        secure=settings.session_cookie_secure,
    )
    return response


@router.get("/login")
def login_form(request: Request, next: str = HOME) -> Response:
    return _form(request, next_url=next)


@router.post("/login")
def login(
    request: Request, form: FormDep, store: StoreDep, settings: SettingsDep
) -> Response:
    """Check the username and password and start a session: a redirect (303) to ``next`` (a
    local path only) with the session cookie, or the form again naming what was wrong."""
    data = fields(form)
    username = str(data.get("username", "")).strip()
    password = str(data.get("password", ""))
    next_url = safe_next(data.get("next", HOME))
    sent = str(form.get("csrf_token") or "")
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        return _form(
            request,
            next_url=next_url,
            status_code=403,
            username=username,
            error="Cannot sign in: csrf_token: the sign-in form expired or did not come "
            "from this site; sign in again with this form",
        )
    errors = {}
    if not username:
        errors["username"] = "enter your username"
    if not password:
        errors["password"] = "enter your password"  # noqa: S105 -- a form message
    if errors:
        return _form(
            request,
            next_url=next_url,
            status_code=422,
            username=username,
            errors=errors,
            error="Cannot sign in: "
            + "; ".join(f"{k}: {v}" for k, v in errors.items()),
        )
    try:
        session = auth.login(
            store,
            username,
            password,
            now=utcnow(),
            ttl=timedelta(seconds=settings.session_ttl_s),
        )
    except UnauthenticatedError:
        return _form(
            request,
            next_url=next_url,
            status_code=401,
            username=username,
            errors={"password": "the username or the password is wrong"},
            error="Cannot sign in: the username or the password is wrong",
        )
    response = see_other(next_url)
    set_session_cookie(response, session, settings)
    return response


@router.post("/logout")
def logout(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """End the session (the guard has checked its CSRF token) and forget the cookie."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie and request.headers.get("authorization") is None:
        auth.logout(store, cookie)
    response = see_other("/login")
    clear_session_cookie(response, settings)
    return response
