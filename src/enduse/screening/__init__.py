"""Restricted-party screening (sanctions and entity lists) and the protected-persons registry.

- ``service``: load list versions, ``check_name``, ``check_file``, ``screen_parties`` for
  licence applications, ``open_alerts`` and ``resolve_hit`` for the reviewer;
- ``registry``: the protected-persons registry and the target lookups the gate uses;
- ``loaders``: OFAC SDN CSV, CSL JSON and FollowTheMoney readers;
- ``index``: the blocking index and the scoring built on ``rigour`` and ``rapidfuzz``.
"""

from enduse.screening.models import (
    CheckRequest,
    EntityType,
    HitOut,
    HitResolve,
    HitStatus,
    ListFormat,
    ListOut,
    LoadRequest,
    Outcome,
    Party,
    ProtectedPersonOut,
    RegistryCategory,
    RegistryMatch,
    ScreeningResult,
    TargetCheck,
)

__all__ = [
    "CheckRequest",
    "EntityType",
    "HitOut",
    "HitResolve",
    "HitStatus",
    "ListFormat",
    "ListOut",
    "LoadRequest",
    "Outcome",
    "Party",
    "ProtectedPersonOut",
    "RegistryCategory",
    "RegistryMatch",
    "ScreeningResult",
    "TargetCheck",
]
