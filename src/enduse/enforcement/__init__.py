"""Cases and enforcement: alerts grouped into cases, signed enforcement actions (warn, curtail,
suspend, disconnect, reinstate, reverse) with appeals, the restrictions the gate obeys, and the
signed licence-status document a deployed system must obey.

The gate calls ``effective_restrictions(store, licence_id, now=...)`` on every decision.
"""

from enduse.enforcement.models import (
    ActionIn,
    ActionType,
    CaseState,
    LicenceStatus,
    Restrictions,
    Severity,
)
from enduse.enforcement.service import (
    Signer,
    add_to_case,
    decide_appeal,
    effective_restrictions,
    note,
    open_case,
    raise_alert,
    reverse,
    status_document,
    take_action,
    transition,
)
from enduse.enforcement.signing import (
    StatusDocument,
    verify_action,
    verify_status_document,
)

__all__ = [
    "ActionIn",
    "ActionType",
    "CaseState",
    "LicenceStatus",
    "Restrictions",
    "Severity",
    "Signer",
    "StatusDocument",
    "add_to_case",
    "decide_appeal",
    "effective_restrictions",
    "note",
    "open_case",
    "raise_alert",
    "reverse",
    "status_document",
    "take_action",
    "transition",
    "verify_action",
    "verify_status_document",
]
