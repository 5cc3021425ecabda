"""What the database path of the gate reads and answers: tasking submissions, referrals,
resolutions, token checks. The request parts reuse the exchange-format models of
``enduse.tasking`` (offence, legal basis, capabilities)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from enduse.tasking.models import Capabilities, Country, LegalBasis, Offence

_IN = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class TargetIn(BaseModel):
    """The target as the operator states it. ``registry_match`` is not accepted: the
    protected-persons registry decides it."""

    model_config = _IN

    identifier: str = Field(
        min_length=1,
        max_length=320,
        description="Phone number (E.164 or national form), 'email:...' or 'device:...'.",
    )
    location_country: Country
    nationality: Country
    profession: str = Field(default="unknown", min_length=1, max_length=200)
    name: str | None = Field(
        default=None,
        max_length=200,
        description="Optional; checked against the registry by name.",
    )


class TaskingIn(BaseModel):
    """One tasking request for a licence in the database."""

    model_config = _IN

    licence_id: int = Field(ge=1)
    operator: str = Field(
        min_length=1, max_length=200, description="Who asks (the requesting officer)."
    )
    target: TargetIn
    offence: Offence
    legal_basis: LegalBasis
    capabilities: Capabilities = Field(min_length=1)
    justification: str = Field(
        max_length=20000,
        description="The requesting officer's free text. May be empty: nothing in it can then "
        "be abusive, and the gate decides on the structured fields.",
    )


class TaskingOut(BaseModel):
    """The gate's answer: the decision, the clauses that decide, reasons with evidence, the log
    index of the entry that records it, and on a permit the tasking token."""

    id: int
    licence_id: int
    operator: str
    decision: str
    outcome: str
    clauses: list[str]
    reasons: list[dict[str, Any]]
    certificate: str
    target_pseudonym: str
    registry_match: str | None
    active_targets: int
    decided_at: datetime
    log_index: int | None
    referral_id: int | None = None
    token: str | None = None
    token_id: str | None = None
    token_expires_at: datetime | None = None


class ReferralState(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Resolution(StrEnum):
    PERMIT = "permit"
    DENY = "deny"


class ResolveIn(BaseModel):
    model_config = _IN

    reviewer: str = Field(min_length=1, max_length=200)
    decision: Resolution
    reason: str = Field(min_length=1, max_length=5000)


class ReferralSummary(BaseModel):
    id: int
    tasking_id: int
    licence_id: int
    state: ReferralState
    clauses: list[str]
    created_at: datetime
    decision: str | None = None
    reviewer: str | None = None
    resolved_at: datetime | None = None


class ReferralOut(ReferralSummary):
    """A referral as a reviewer sees it: the request record (with the justification), the
    clauses and reasons (with evidence sentences), and the resolution once given."""

    request: dict[str, Any]
    operator: str
    reasons: list[dict[str, Any]]
    certificate: str
    target_pseudonym: str
    registry_match: str | None
    decision_log_index: int | None
    reason: str | None = None
    resolution_log_index: int | None = None
    token_id: str | None = None
    token_expires_at: datetime | None = None


class ResolutionOut(BaseModel):
    referral: ReferralOut
    log_index: int
    token: str | None = None


class TokenIn(BaseModel):
    model_config = _IN

    token: str = Field(min_length=1, max_length=8192)


class TokenVerifyOut(BaseModel):
    valid: bool
    reason: str | None = None
    field: str | None = None
    claims: dict[str, Any] | None = None
