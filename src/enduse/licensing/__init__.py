"""Licence applications, review, decisions and conditions."""

from enduse.licensing.machine import (
    TRANSITIONS,
    Action,
    LicenceState,
    allowed_actions,
    next_state,
)
from enduse.licensing.models import EffectiveStatus, LicenceCreate, LicenceOut

__all__ = [
    "TRANSITIONS",
    "Action",
    "EffectiveStatus",
    "LicenceCreate",
    "LicenceOut",
    "LicenceState",
    "allowed_actions",
    "next_state",
]
