"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter

from enduse import __version__
from enduse.api.deps import DatabaseDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(db: DatabaseDep) -> dict[str, str]:
    """200 when the process is up and the database answers."""
    db.ping()
    return {"status": "ok", "version": __version__, "database": db.dialect}
