"""Run the monitors over the logged taskings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from enduse.api.deps import StoreDep
from enduse.clock import utcnow
from enduse.monitoring import runner

router = APIRouter(prefix="/monitoring", tags=["monitoring"])


@router.post("/run")
def run(store: StoreDep, replay: bool = False) -> dict[str, Any]:
    """Feed the taskings logged since the last run (or all, with ``replay``) to the monitors;
    their alerts appear under ``/v1/alerts``."""
    return runner.run(store, replay=replay, now=utcnow()).as_dict()
