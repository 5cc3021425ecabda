"""One router per domain; ``ROUTERS`` are mounted under ``/v1``."""

from fastapi import APIRouter

from enduse.api.routes import licences, parties, screening

ROUTERS: list[APIRouter] = [parties.router, licences.router, screening.router]
