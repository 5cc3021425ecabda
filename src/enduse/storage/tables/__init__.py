"""Every table, one module per domain. Importing this package registers them all
on ``Base.metadata`` (Alembic's autogenerate reads it)."""

from enduse.storage.base import Base
from enduse.storage.tables.certificates import (
    BuyerKey,
    Certificate,
    CertificateTemplate,
)
from enduse.storage.tables.licensing import (
    Condition,
    DueDiligenceAnswer,
    Licence,
    LicenceEvent,
    LicenceItem,
    LicenceParty,
    RequestForInformation,
)
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
    "Base",
    "BuyerKey",
    "Certificate",
    "CertificateTemplate",
    "Condition",
    "DueDiligenceAnswer",
    "Exporter",
    "Intermediary",
    "Licence",
    "LicenceEvent",
    "LicenceItem",
    "LicenceParty",
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
]
