"""One router per domain; ``ROUTERS`` are mounted under ``/v1``."""

from fastapi import APIRouter

from enduse.api.routes import (
    certificates,
    gate,
    licences,
    log,
    parties,
    screening,
    taskings,
)

ROUTERS: list[APIRouter] = [
    parties.router,
    licences.router,
    certificates.router,
    screening.router,
    gate.router,
    taskings.router,
    log.router,
]
