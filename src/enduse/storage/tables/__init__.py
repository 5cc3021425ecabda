"""Every table, one module per domain. Importing this package registers them all
on ``Base.metadata`` (Alembic's autogenerate reads it)."""

from enduse.storage.base import Base
from enduse.storage.tables.auth import ApiToken, LoginSession, User
from enduse.storage.tables.certificates import (
    BuyerKey,
    Certificate,
    CertificateTemplate,
)
from enduse.storage.tables.enforcement import (
    Alert,
    Appeal,
    AppealDecision,
    CaseEvent,
    EnforcementAction,
    EnforcementCase,
)
from enduse.storage.tables.gate import GateReferral, GateTasking
from enduse.storage.tables.licensing import (
    Condition,
    DueDiligenceAnswer,
    Licence,
    LicenceEvent,
    LicenceItem,
    LicenceParty,
    RequestForInformation,
)
from enduse.storage.tables.monitoring import MonitoringState
from enduse.storage.tables.parties import Agency, Exporter, Intermediary, Product
from enduse.storage.tables.screening import (
    ProtectedIdentifier,
    ProtectedPerson,
    ScreeningEntity,
    ScreeningHit,
    ScreeningList,
    ScreeningName,
)
from enduse.storage.tables.tlog import (
    TlogCheckpoint,
    TlogEntry,
    TlogNode,
    TlogPseudonymSecret,
    TlogState,
)

__all__ = [
    "Agency",
    "Alert",
    "ApiToken",
    "Appeal",
    "AppealDecision",
    "Base",
    "BuyerKey",
    "CaseEvent",
    "Certificate",
    "CertificateTemplate",
    "Condition",
    "DueDiligenceAnswer",
    "EnforcementAction",
    "EnforcementCase",
    "Exporter",
    "GateReferral",
    "GateTasking",
    "Intermediary",
    "Licence",
    "LicenceEvent",
    "LicenceItem",
    "LicenceParty",
    "LoginSession",
    "MonitoringState",
    "Product",
    "ProtectedIdentifier",
    "ProtectedPerson",
    "RequestForInformation",
    "ScreeningEntity",
    "ScreeningHit",
    "ScreeningList",
    "ScreeningName",
    "TlogCheckpoint",
    "TlogEntry",
    "TlogNode",
    "TlogPseudonymSecret",
    "TlogState",
    "User",
]
