"""Seeded workloads of tasking requests (legitimate and abusive buyers over weeks) and their
offline run through the gate and the monitors. See docs/monitoring.md."""

from enduse.simulation.offline import (
    GATES,
    LicenceResult,
    SeedReport,
    pseudonym_key,
    score,
    simulate_offline,
    surrogate_decision,
)
from enduse.simulation.workload import (
    ABUSIVE_ROLES,
    MAX_TASKINGS,
    ROLES,
    Buyer,
    GroundTruth,
    SimTasking,
    Simulation,
)

__all__ = [
    "ABUSIVE_ROLES",
    "GATES",
    "MAX_TASKINGS",
    "ROLES",
    "Buyer",
    "GroundTruth",
    "LicenceResult",
    "SeedReport",
    "SimTasking",
    "Simulation",
    "pseudonym_key",
    "score",
    "simulate_offline",
    "surrogate_decision",
]
