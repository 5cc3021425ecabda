"""Console routers (HTML; kept out of the OpenAPI schema)."""

from fastapi import APIRouter

from enduse.web.routes import (
    certificates,
    home,
    licences,
    log,
    monitoring,
    referrals,
    reports,
    session,
)

ROUTERS: list[APIRouter] = [
    session.router,
    home.router,
    licences.router,
    referrals.router,
    monitoring.router,
    log.router,
    certificates.router,
    reports.router,
]
