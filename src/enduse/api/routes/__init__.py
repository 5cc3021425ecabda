"""One router per domain; ``ROUTERS`` are mounted under ``/v1``."""

from fastapi import APIRouter

from enduse.api.routes import (
    auth,
    certificates,
    enforcement,
    gate,
    licences,
    log,
    monitoring,
    parties,
    screening,
    taskings,
)

ROUTERS: list[APIRouter] = [
    auth.router,
    parties.router,
    # before licences: its POST /licences/{licence_id}/{action} would swallow .../actions
    enforcement.router,
    licences.router,
    certificates.router,
    screening.router,
    gate.router,
    taskings.router,
    log.router,
    monitoring.router,
]
