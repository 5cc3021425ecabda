"""Licence applications, review records and decisions as they cross the API and CLI."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from enduse.licensing.machine import LicenceState
from enduse.parties.models import Capabilities, Capability


class PartyRole(StrEnum):
    """Roles a party plays in an export deal (as on an export-licence application)."""

    EXPORTER = "exporter"
    PURCHASER = "purchaser"
    INTERMEDIATE_CONSIGNEE = "intermediate_consignee"
    ULTIMATE_CONSIGNEE = "ultimate_consignee"
    END_USER = "end_user"
    BROKER = "broker"


class PlainAction(StrEnum):
    """Licence actions that need only an actor and a reason (the API and the console offer them
    with the same names)."""

    SUBMIT = "submit"
    START_REVIEW = "start_review"
    DENY = "deny"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"
    REVOKE = "revoke"
    EXPIRE = "expire"


class PartyKind(StrEnum):
    EXPORTER = "exporter"
    AGENCY = "agency"
    INTERMEDIARY = "intermediary"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"
    NOT_APPLICABLE = "not_applicable"


class ConditionKind(StrEnum):
    CAPABILITIES = "capabilities"
    QUOTA = "quota"
    VALIDITY = "validity"
    CERTIFICATE = "certificate"
    OTHER = "other"


class EffectiveStatus(StrEnum):
    """What a licence means for use right now (the gate's ``licence.status``)."""

    ACTIVE = "active"
    AWAITING_ACKNOWLEDGEMENT = "awaiting_acknowledgement"
    NOT_YET_VALID = "not_yet_valid"
    RESIGNATURE_OVERDUE = "resignature_overdue"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_APPROVED = "not_approved"


DUE_DILIGENCE_QUESTIONS: dict[str, str] = {
    "country_record": "Does the end user's country have a record of surveillance of journalists, "
    "human-rights defenders or political opponents?",
    "end_user_record": "Are there credible reports of this agency misusing surveillance or intercepted data?",
    "legal_framework": "Does the buyer's law require prior judicial or independent authorisation for each intrusive use?",
    "oversight": "Is there independent oversight of the end user (courts, parliament, data-protection authority)?",
    "remedy": "Can people who were targeted unlawfully obtain an effective remedy?",
    "diversion_risk": "Is there a risk of diversion or re-export to another end user?",
    "intermediaries": "Have brokers and intermediaries been screened, and is each one's role justified?",
    "end_use_consistency": "Is the stated end use specific and consistent with the items and capabilities requested?",
}

# Wassenaar Arrangement dual-use list entries, e.g. 4.A.5, 4.D.4, 4.E.1.c, 5.A.1.j.
_CLASSIFICATION = re.compile(r"^[0-9]\.[A-E]\.[0-9]+(\.[a-z](\.[0-9]+)?)?$")


def _classification(value: str) -> str:
    value = value.strip()
    if not _CLASSIFICATION.match(value):
        raise ValueError(
            f"{value!r} is not a Wassenaar list entry such as 4.A.5, 4.D.4 or 5.A.1.j"
        )
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)
]
Actor = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]
Reason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=10_000)
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class PartyIn(_In):
    role: PartyRole
    kind: PartyKind
    id: int = Field(ge=1)


class ItemIn(_In):
    product_id: int = Field(ge=1)
    classification: Annotated[str, AfterValidator(_classification)]
    quantity: int = Field(ge=1, le=1_000_000)


class LicenceCreate(_In):
    """An application, filed by the exporter. Exporter and end user join the parties automatically."""

    exporter_id: int = Field(ge=1)
    end_user_id: int = Field(
        ge=1, description="The customer agency that will use the system."
    )
    end_use: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=20, max_length=10_000)
    ] = Field(
        description="The specific end use: which investigations, under which legal framework."
    )
    parties: list[PartyIn] = Field(default_factory=list, max_length=50)
    items: list[ItemIn] = Field(min_length=1, max_length=50)
    country_record: str = Field(default="", max_length=20_000)
    red_flags: list[
        Annotated[
            str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)
        ]
    ] = Field(default_factory=list, max_length=50)
    actor: Actor


class TransitionIn(_In):
    actor: Actor
    reason: Reason


class RfiIn(_In):
    actor: Actor
    question: Text


class RfiAnswerIn(_In):
    actor: Actor
    answer: Text


class DueDiligenceIn(_In):
    reviewer: Actor
    answer: Answer
    notes: str = Field(default="", max_length=10_000)


class ApprovalIn(_In):
    """The decision to approve, with the conditions the exporter must acknowledge."""

    actor: Actor
    reason: Reason
    allowed_capabilities: Capabilities = Field(min_length=1)
    max_active_targets: int = Field(ge=1, le=100_000)
    valid_from: AwareDatetime
    valid_until: AwareDatetime
    certificate_version: str | None = Field(
        default=None,
        max_length=64,
        description="Certificate version to be signed; default: the current one.",
    )
    extra_conditions: list[Text] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def _window(self) -> Self:
        if self.valid_until <= self.valid_from:
            raise ValueError("valid_until must be after valid_from")
        return self


class AcknowledgeIn(_In):
    actor: Actor


class PartyOut(_Out):
    role: PartyRole
    party_kind: PartyKind
    party_id: int


class ItemOut(_Out):
    product_id: int
    classification: str
    quantity: int


class DueDiligenceOut(_Out):
    question: str
    answer: Answer
    notes: str
    reviewer: str
    answered_at: datetime


class RfiOut(_Out):
    id: int
    question: str
    asked_by: str
    asked_at: datetime
    answer: str | None
    answered_by: str | None
    answered_at: datetime | None


class ConditionOut(_Out):
    id: int
    kind: ConditionKind
    text: str
    acknowledged_by: str | None
    acknowledged_at: datetime | None


class EventOut(_Out):
    from_state: LicenceState | None
    to_state: LicenceState
    actor: str
    reason: str
    at: datetime


class LicenceOut(_Out):
    id: int
    state: LicenceState
    status: EffectiveStatus
    exporter_id: int
    end_user_id: int
    end_use: str
    country_record: str
    red_flags: list[str]
    parties: list[PartyOut]
    items: list[ItemOut]
    due_diligence: list[DueDiligenceOut]
    rfis: list[RfiOut]
    conditions: list[ConditionOut]
    allowed_capabilities: list[Capability] | None
    max_active_targets: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    certificate_version: str | None
    resign_required_by: datetime | None
    created_at: datetime
    updated_at: datetime
    events: list[EventOut]


class LicenceSummary(_Out):
    id: int
    state: LicenceState
    exporter_id: int
    end_user_id: int
    valid_until: datetime | None
