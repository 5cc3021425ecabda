"""A tasking: one requested use of a licensed system (target, offence, legal basis, capabilities,
justification) and the licence state it runs under."""

from enduse.tasking.models import (
    AgencyType,
    Capability,
    Expected,
    LegalBasis,
    LegalBasisType,
    LicenceState,
    LicenceStatus,
    Offence,
    OffenceCategory,
    Outcome,
    RegistryCategory,
    Scenario,
    Target,
    TaskingRequest,
)
from enduse.tasking.parse import ScenarioError, parse_scenario, read_scenarios

__all__ = [
    "AgencyType",
    "Capability",
    "Expected",
    "LegalBasis",
    "LegalBasisType",
    "LicenceState",
    "LicenceStatus",
    "Offence",
    "OffenceCategory",
    "Outcome",
    "RegistryCategory",
    "Scenario",
    "ScenarioError",
    "Target",
    "TaskingRequest",
    "parse_scenario",
    "read_scenarios",
]
