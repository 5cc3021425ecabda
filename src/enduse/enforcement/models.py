"""Alerts, cases, actions, appeals and restrictions as they cross the API and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from enduse.parties.models import Capabilities


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class CaseState(StrEnum):
    OPEN = "open"
    INVESTIGATING = "investigating"
    ACTION_TAKEN = "action_taken"
    DISMISSED = "dismissed"


class CaseEventKind(StrEnum):
    OPENED = "opened"
    NOTE = "note"
    TRANSITION = "transition"
    ASSIGNED = "assigned"
    ALERT_ADDED = "alert_added"
    ACTION = "action"


class ActionType(StrEnum):
    """What the regulator does to a licence; also the log entry's ``decision``."""

    WARN = "warn"
    CURTAIL = "curtail"
    SUSPEND = "suspend"
    DISCONNECT = "disconnect"
    REINSTATE = "reinstate"
    REVERSE = "reverse"


class AppellantRole(StrEnum):
    EXPORTER = "exporter"
    BUYER = "buyer"


class AppealOutcome(StrEnum):
    UPHELD = "upheld"
    REVERSED = "reversed"


class LicenceStatus(StrEnum):
    """The ``status`` of a licence-status document: what a deployed system must do."""

    ACTIVE = "active"  # operate under the licence's own conditions
    CURTAILED = "curtailed"  # operate only within ``restrictions``
    SUSPENDED = "suspended"  # no operation until a newer document says otherwise
    REVOKED = "revoked"  # disconnected for good
    EXPIRED = "expired"  # validity window closed
    INACTIVE = "inactive"  # not (yet) usable: see ``licence_status``


Actor = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]
Reason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=10_000)
]
Source = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$",
        max_length=100,
    ),
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# -- alerts and cases --------------------------------------------------------------------------


class AlertCreate(_In):
    """A monitor's finding. ``evidence.log_indices`` (if given) are transparency-log indices."""

    source: Source = Field(
        description="Who raised it, e.g. monitoring.protected_person."
    )
    licence_id: int = Field(ge=1)
    severity: Severity
    summary: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=3, max_length=2000)
    ]
    evidence: dict[str, Any] = Field(default_factory=dict)

    @field_validator("evidence")
    @classmethod
    def _log_indices(cls, value: dict[str, Any]) -> dict[str, Any]:
        indices = value.get("log_indices")
        if indices is not None and not (
            isinstance(indices, list)
            and all(
                isinstance(i, int) and not isinstance(i, bool) and i >= 0
                for i in indices
            )
        ):
            raise ValueError("log_indices must be a list of log indices (integers ≥ 0)")
        return value


class CaseCreate(_In):
    licence_id: int = Field(ge=1)
    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)
    ]
    opened_by: Actor
    reviewer: Actor | None = None
    alert_ids: list[int] = Field(default_factory=list, max_length=1000)


class NoteIn(_In):
    author: Actor
    text: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)
    ]


class CaseTransitionIn(_In):
    to: CaseState
    actor: Actor
    reason: Reason


class AssignIn(_In):
    reviewer: Actor
    actor: Actor


class AddAlertsIn(_In):
    alert_ids: list[int] = Field(min_length=1, max_length=1000)
    actor: Actor


class AlertOut(_Out):
    id: int
    source: str
    licence_id: int
    severity: Severity
    summary: str
    evidence: dict[str, Any]
    created_at: datetime
    case_id: int | None


class CaseEventOut(_Out):
    kind: CaseEventKind
    from_state: CaseState | None
    to_state: CaseState | None
    actor: str
    text: str
    at: datetime


class CaseOut(_Out):
    id: int
    licence_id: int
    title: str
    state: CaseState
    reviewer: str | None
    opened_by: str
    created_at: datetime
    updated_at: datetime
    alerts: list[AlertOut]
    events: list[CaseEventOut]


class CaseSummary(_Out):
    id: int
    licence_id: int
    title: str
    state: CaseState
    reviewer: str | None
    updated_at: datetime


# -- actions and appeals -----------------------------------------------------------------------


class CurtailParameters(_In):
    """A curtailment narrows a licence; each field left out leaves that condition as it is."""

    capabilities: Capabilities | None = Field(
        default=None,
        description="Keep only these capabilities (a subset of the licence's).",
    )
    max_active_targets: int | None = Field(
        default=None, ge=0, le=100_000, description="Lower the quota to this."
    )
    force_refer: bool = Field(
        default=False,
        description="Every tasking goes to a human reviewer (a permit becomes refer).",
    )
    until: AwareDatetime | None = Field(
        default=None, description="The curtailment lapses at this instant."
    )

    @model_validator(mode="after")
    def _narrows(self) -> Self:
        if (
            self.capabilities is None
            and self.max_active_targets is None
            and not self.force_refer
        ):
            raise ValueError(
                "a curtailment names capabilities, max_active_targets or force_refer"
            )
        return self

    def as_record(self) -> dict[str, Any]:
        """The parameters as they are signed (fields left out are omitted)."""
        out: dict[str, Any] = {}
        if self.capabilities is not None:
            out["capabilities"] = sorted(str(c) for c in self.capabilities)
        if self.max_active_targets is not None:
            out["max_active_targets"] = self.max_active_targets
        if self.force_refer:
            out["force_refer"] = True
        if self.until is not None:
            out["until"] = self.until
        return out


class ActionIn(_In):
    """``POST /v1/licences/{id}/actions``: warn, curtail, suspend, disconnect or reinstate."""

    type: ActionType
    parameters: dict[str, Any] = Field(default_factory=dict)
    case_id: int | None = Field(default=None, ge=1)
    actor: Actor
    reason: Reason

    @field_validator("type")
    @classmethod
    def _not_reverse(cls, value: ActionType) -> ActionType:
        if value is ActionType.REVERSE:
            raise ValueError(
                "a reversal is taken on the action it reverses: POST /v1/actions/{id}/reverse"
            )
        return value

    @field_validator("parameters")
    @classmethod
    def _parameters(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        kind = info.data.get("type")
        if kind is not None and kind is not ActionType.CURTAIL and value:
            raise ValueError(f"a {kind} action takes no parameters")
        return value


class ReverseIn(_In):
    actor: Actor
    reason: Reason


class AppealIn(_In):
    appellant: Actor
    role: AppellantRole
    grounds: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=10, max_length=20_000)
    ]


class AppealDecisionIn(_In):
    outcome: AppealOutcome
    actor: Actor
    reason: Reason


class AppealDecisionOut(_Out):
    outcome: AppealOutcome
    actor: str
    reason: str
    reversal_id: int | None
    decided_at: datetime


class AppealOut(_Out):
    id: int
    action_id: int
    appellant: str
    role: AppellantRole
    grounds: str
    filed_at: datetime
    decision: AppealDecisionOut | None = None


class ActionOut(_Out):
    id: int
    licence_id: int
    number: int
    case_id: int | None
    type: ActionType
    parameters: dict[str, Any]
    actor: str
    reason: str
    reverses_id: int | None
    appeal_id: int | None
    reversed_by: int | None = None
    log_index: int
    taken_at: datetime
    signed: dict[str, Any] = Field(
        description="The signed action record: {format, record, signature}."
    )
    appeals: list[AppealOut] = Field(default_factory=list)


# -- what the gate obeys -----------------------------------------------------------------------


@dataclass(frozen=True)
class Restrictions:
    """What a licence allows at one instant, after enforcement.

    ``allowed_capabilities`` is the licence's own list intersected with every curtailment in
    force; ``max_active_targets`` the lowest quota; ``force_refer`` whether any curtailment in
    force sends every tasking to a human. ``action_ids`` are the curtailments that caused them
    (empty when none is in force); ``state_action_id`` is the action that suspended or
    disconnected the licence, when one did.
    """

    licence_id: int
    licence_status: str
    allowed_capabilities: tuple[str, ...]
    max_active_targets: int | None
    force_refer: bool
    action_ids: tuple[int, ...]
    state_action_id: int | None = None

    @property
    def curtailed(self) -> bool:
        return bool(self.action_ids)

    @property
    def status(self) -> LicenceStatus:
        """The status a deployed system obeys (``curtailed`` = active with restrictions)."""
        if self.licence_status == "active":
            return LicenceStatus.CURTAILED if self.curtailed else LicenceStatus.ACTIVE
        if self.licence_status in ("suspended", "revoked", "expired"):
            return LicenceStatus(self.licence_status)
        return LicenceStatus.INACTIVE

    def as_dict(self) -> dict[str, Any]:
        return {
            "allowed_capabilities": list(self.allowed_capabilities),
            "max_active_targets": self.max_active_targets,
            "force_refer": self.force_refer,
            "action_ids": list(self.action_ids),
        }


class RestrictionsOut(BaseModel):
    licence_id: int
    status: LicenceStatus
    licence_status: str
    allowed_capabilities: list[str]
    max_active_targets: int | None
    force_refer: bool
    action_ids: list[int]
    state_action_id: int | None

    @classmethod
    def of(cls, r: Restrictions) -> RestrictionsOut:
        return cls(
            licence_id=r.licence_id,
            status=r.status,
            licence_status=r.licence_status,
            allowed_capabilities=list(r.allowed_capabilities),
            max_active_targets=r.max_active_targets,
            force_refer=r.force_refer,
            action_ids=list(r.action_ids),
            state_action_id=r.state_action_id,
        )
