"""Application factory: settings in, app out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from enduse import __version__
from enduse.api.errors import ERROR_RESPONSES, install_error_handlers
from enduse.api.limits import BodyLimit
from enduse.api.routes import ROUTERS, health
from enduse.api.security import guard
from enduse.settings import Settings, get_settings
from enduse.storage import Database


def create_app(
    settings: Settings | None = None, *, database: Database | None = None
) -> FastAPI:
    """Build the API. ``database`` may be passed to share one with the caller (tests)."""
    settings = settings or get_settings()
    db = database or Database(settings.database_url, echo=settings.sql_echo)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if database is None:
            db.dispose()

    app = FastAPI(
        title="enduse",
        version=__version__,
        description="Licences, end-user certificates, the tasking gate and its transparency log.",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
        # every route passes the access policy (enduse.auth.policy); undeclared routes are refused
        dependencies=[Depends(guard)],
    )
    app.state.settings = settings
    app.state.db = db
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.include_router(health.router)
    for router in ROUTERS:
        app.include_router(router, prefix="/v1")
    # late: the console imports enduse.api.deps, so a top-level import would be a cycle
    from enduse.web import install as install_console

    install_console(app)
    return app
