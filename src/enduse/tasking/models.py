"""One requested use of a licensed system, in the scenario exchange format.

The format is ``shared/spec/gate-scenarios.md``: a licence state and a tasking request (target,
offence, legal basis, capabilities, free-text justification), optionally with the ``expected``
decision of a labelled set. Every model forbids unknown keys so that a misspelt field is an error
that names it, never a silently ignored value.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)


class AgencyType(StrEnum):
    POLICE = "police"
    PROSECUTION = "prosecution"
    INTELLIGENCE = "intelligence"
    MILITARY = "military"
    OTHER_GOVERNMENT = "other_government"
    PRIVATE = "private"


class LicenceStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"


class Capability(StrEnum):
    MESSAGES = "messages"
    MEDIA = "media"
    CONTACTS = "contacts"
    LOCATION = "location"
    MICROPHONE = "microphone"
    CAMERA = "camera"
    CREDENTIALS = "credentials"


class RegistryCategory(StrEnum):
    JOURNALIST = "journalist"
    HUMAN_RIGHTS_DEFENDER = "human_rights_defender"
    LAWYER = "lawyer"
    POLITICIAN = "politician"
    HEAD_OF_STATE = "head_of_state"
    DIPLOMAT = "diplomat"
    RELIGIOUS_LEADER = "religious_leader"


class OffenceCategory(StrEnum):
    TERRORISM = "terrorism"
    SERIOUS_CRIME = "serious_crime"
    OTHER = "other"


class LegalBasisType(StrEnum):
    JUDICIAL_WARRANT = "judicial_warrant"
    PROSECUTOR_ORDER = "prosecutor_order"
    ADMINISTRATIVE_ORDER = "administrative_order"
    NONE = "none"


class Outcome(StrEnum):
    PERMIT = "permit"
    DENY = "deny"
    REFER = "refer"


_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_E164_RE = re.compile(r"^\+[1-9]\d{6,14}$")
_EMAIL_RE = re.compile(r"^email:[^@\s]+@[^@\s]+\.[^@\s]+$")
_DEVICE_RE = re.compile(r"^device:\S+$")


def _country(value: str) -> str:
    if not _COUNTRY_RE.match(value):
        raise ValueError(
            f"must be an ISO 3166-1 alpha-2 code such as 'MX', got {value!r}"
        )
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("must carry a timezone (e.g. '2026-03-02T10:00:00Z')")
    return value.astimezone(UTC)


def _unique(values: list[Capability]) -> list[Capability]:
    if len(set(values)) != len(values):
        raise ValueError("lists a capability twice")
    return values


Country = Annotated[str, AfterValidator(_country)]
Instant = Annotated[datetime, AfterValidator(_aware)]
Capabilities = Annotated[list[Capability], AfterValidator(_unique)]

_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LicenceState(BaseModel):
    """The licence a request runs under, as the gate sees it at decision time."""

    model_config = _STRICT

    customer_country: Country
    customer_agency: str = Field(min_length=1)
    agency_type: AgencyType
    status: LicenceStatus
    certificate_signed: bool
    capabilities: Capabilities
    max_active_targets: int = Field(ge=0)
    active_targets: int = Field(ge=0)


class Target(BaseModel):
    model_config = _STRICT

    identifier: str = Field(min_length=1)
    location_country: Country
    nationality: Country
    profession: str = "unknown"
    registry_match: RegistryCategory | None = None

    @field_validator("identifier")
    @classmethod
    def _identifier_form(cls, value: str) -> str:
        if _E164_RE.match(value) or _EMAIL_RE.match(value) or _DEVICE_RE.match(value):
            return value
        raise ValueError(
            "must be an E.164 phone number ('+5215512345678'), 'email:...' or 'device:...'"
        )


class Offence(BaseModel):
    model_config = _STRICT

    category: OffenceCategory
    label: str = Field(min_length=1)
    max_penalty_years: float | None = Field(
        default=None,
        ge=0,
        description="Statutory maximum; 999 = life/death; null when unknown.",
    )


class LegalBasis(BaseModel):
    model_config = _STRICT

    type: LegalBasisType
    reference: str | None = None
    valid_until: Instant | None = None


class TaskingRequest(BaseModel):
    """One intended use against one target."""

    model_config = _STRICT

    target: Target
    offence: Offence
    legal_basis: LegalBasis
    capabilities: Capabilities = Field(min_length=1)
    justification: str = (
        ""  # may be empty: the gate then decides on the structured fields
    )


class Expected(BaseModel):
    model_config = _STRICT

    decision: Outcome
    clauses: list[str] = Field(default_factory=list)


class Scenario(BaseModel):
    """One line of a scenario file: licence state, request, and (in labelled sets) the expected decision."""

    model_config = _STRICT

    id: str = Field(min_length=1, max_length=200)
    now: Instant
    licence: LicenceState
    request: TaskingRequest
    expected: Expected | None = None

    @model_validator(mode="after")
    def _sorted_clauses(self) -> Scenario:
        if self.expected is not None:
            object.__setattr__(
                self.expected, "clauses", sorted(set(self.expected.clauses))
            )
        return self
