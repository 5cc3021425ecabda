"""The web console: server-rendered pages (Jinja2, htmx for progressive enhancement only),
served by the API's own app. ``install(app)`` adds the pages, the static files and the HTML
rendering of errors on console paths (the API under ``/v1`` keeps its JSON errors)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from enduse.api.errors import STATUS
from enduse.auth import Principal
from enduse.errors import EnduseError, UnauthenticatedError
from enduse.web.pages import TEMPLATES, render
from enduse.web.routes import ROUTERS
from enduse.web.routes.session import login_url

Handler = Callable[[Request, Exception], Response | Awaitable[Response]]

_NOT_CONSOLE = ("/v1/", "/healthz", "/openapi.json", "/docs", "/redoc", "/static/")


def is_console(request: Request) -> bool:
    """Whether the request is for a console page (errors render as HTML there)."""
    path = request.url.path
    return not any(path == p.rstrip("/") or path.startswith(p) for p in _NOT_CONSOLE)


def _status(exc: Exception) -> int:
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code
    if isinstance(exc, RequestValidationError):
        return 422
    return next((STATUS[c] for c in type(exc).__mro__ if c in STATUS), 400)


def _message(exc: Exception) -> str:
    if isinstance(exc, StarletteHTTPException):
        return "page not found" if exc.status_code == 404 else str(exc.detail)
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(
            str(p) for p in first.get("loc", ()) if p not in ("path", "query", "body")
        )
        return (
            f"{where}: {first.get('msg', 'invalid request')}"
            if where
            else "invalid request"
        )
    return str(exc)


def _code(exc: Exception) -> str:
    if isinstance(exc, EnduseError):
        return exc.code
    return "invalid_input" if isinstance(exc, RequestValidationError) else "http_error"


def _here(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _console_or(api_handler: Handler) -> Handler:
    """Errors on console paths as pages: a GET without a (valid) login goes to the login page
    and comes back; anything else renders the error page with its status, the reason, and the
    error's code and field as ``data-`` attributes (the API's ``error.code``/``error.field``)."""

    async def handle(request: Request, exc: Exception) -> Response:
        if not is_console(request):
            answer = api_handler(request, exc)
            return answer if isinstance(answer, Response) else await answer
        unauthenticated = isinstance(exc, UnauthenticatedError)
        if unauthenticated and request.method in ("GET", "HEAD"):
            return RedirectResponse(login_url(_here(request)), status_code=303)
        principal: Principal | None = (
            None if unauthenticated else getattr(request.state, "principal", None)
        )
        return render(
            request,
            "error.html",
            principal,
            status_code=_status(exc),
            problem=_message(exc),
            code=_status(exc),
            error_code=_code(exc),
            error_field=exc.field if isinstance(exc, EnduseError) else None,
            next_url=_here(request) if request.method == "GET" else "/",
        )

    return handle


def install(app: FastAPI) -> None:
    """Serve the console and its static files from ``app``."""
    app.mount(
        "/static",
        StaticFiles(directory=Path(__file__).parent / "static"),
        name="static",
    )
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    for exc_type in (EnduseError, RequestValidationError, StarletteHTTPException):
        app.add_exception_handler(
            exc_type, _console_or(app.exception_handlers[exc_type])
        )


__all__ = ["TEMPLATES", "install", "is_console"]
