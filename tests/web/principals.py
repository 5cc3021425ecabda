"""Who the console thinks is asking, in tests: a test-only ASGI wrapper.

Until real login is wired in, tests name the principal in a request header
``X-Test-Principal`` (TestClient) or a cookie ``test_principal`` (the browser), encoded as
``role:username[:exporter_id=N][:agency_id=N]``. The wrapper puts it on
``request.state.principal``, which is where ``api.deps.current_principal`` reads it. With real
authentication the lead replaces this with a login (``POST /login``) or an API token.
"""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import Any

from enduse.api import create_app as create_api
from enduse.auth import Principal, Role

HEADER = b"x-test-principal"
CSRF_HEADER = (
    b"x-test-csrf"  # stands in for the token the auth layer will put on the request
)
COOKIE = "test_principal"


def encode(principal: Principal) -> str:
    parts = [principal.role.value, principal.username]
    if principal.exporter_id is not None:
        parts.append(f"exporter_id={principal.exporter_id}")
    if principal.agency_id is not None:
        parts.append(f"agency_id={principal.agency_id}")
    return ":".join(parts)


def decode(text: str) -> Principal:
    role, username, *ids = text.split(":")
    numbers = {k: int(v) for k, v in (i.split("=") for i in ids)}
    return Principal(username=username, role=Role(role), **numbers)


def as_(role: str, username: str | None = None, **ids: int) -> dict[str, str]:
    """Headers for a TestClient request made as this principal."""
    principal = Principal(username=username or f"{role}@test", role=Role(role), **ids)
    return {HEADER.decode(): encode(principal)}


class TestPrincipal:
    """ASGI wrapper: sets ``request.state.principal`` from the header or the cookie."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            text = _from(scope)
            state = scope.setdefault("state", {})
            if text:
                state["principal"] = decode(text)
            csrf = dict(scope.get("headers", [])).get(CSRF_HEADER)
            if csrf:
                state["csrf_token"] = csrf.decode()
        await self.app(scope, receive, send)

    def __getattr__(self, name: str) -> Any:  # app.state etc. for TestClient users
        return getattr(self.app, name)


def _from(scope: dict[str, Any]) -> str | None:
    for name, value in scope.get("headers", []):
        if name == HEADER:
            return str(value.decode())
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            jar.load(value.decode())
            if COOKIE in jar:
                return jar[COOKIE].value
    return None


def create_app() -> TestPrincipal:
    """The app with the wrapper (``uvicorn tests.web.principals:create_app --factory``)."""
    return TestPrincipal(create_api())
