"""Who is asking: users, roles and tenants.

The contract every interface shares: a request is made by a ``Principal`` with one
``Role``; an exporter or buyer principal also names its tenant (``exporter_id`` or
``agency_id``). What each role may do is decided in one place (``enduse.auth.policy``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    REGULATOR_ADMIN = "regulator_admin"
    REGULATOR_REVIEWER = "regulator_reviewer"
    EXPORTER = "exporter"
    BUYER = "buyer"
    AUDITOR = "auditor"


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller. ``exporter_id``/``agency_id`` scope an exporter or buyer."""

    username: str
    role: Role
    user_id: int | None = None
    exporter_id: int | None = None
    agency_id: int | None = None

    @property
    def is_regulator(self) -> bool:
        return self.role in (Role.REGULATOR_ADMIN, Role.REGULATOR_REVIEWER)


# The principal of local, trusted use (the CLI on the server's own machine).
LOCAL_ADMIN = Principal(username="local", role=Role.REGULATOR_ADMIN)
