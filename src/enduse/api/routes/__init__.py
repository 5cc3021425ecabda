"""One router per domain; ``ROUTERS`` are mounted under ``/v1``."""

from fastapi import APIRouter

from enduse.api.routes import licences, log, parties

ROUTERS: list[APIRouter] = [parties.router, licences.router, log.router]
