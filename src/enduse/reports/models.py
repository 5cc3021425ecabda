"""What a compliance report says: figures, alerts, actions and the checkpoint it covers.

Nothing here names a target (no pseudonym, no identifier) or quotes a justification: a report is
fit for an auditor, an exporter or the buyer itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

OUTCOMES = ("permit", "deny", "refer")


@dataclass(frozen=True, slots=True)
class Rate:
    """``count`` of ``total`` taskings."""

    count: int
    total: int

    @property
    def fraction(self) -> float:
        return self.count / self.total if self.total else 0.0

    @property
    def percent(self) -> str:
        return f"{self.fraction:.1%}"


@dataclass(frozen=True, slots=True)
class DayCount:
    """Taskings decided on one UTC day, by the gate's decision."""

    day: date
    permit: int = 0
    deny: int = 0
    refer: int = 0

    @property
    def total(self) -> int:
        return self.permit + self.deny + self.refer


@dataclass(frozen=True, slots=True)
class Statistics:
    """Decision figures over a set of licences."""

    taskings: int
    decisions: dict[str, int]  # as the gate decided: permit / deny / refer
    outcomes: dict[
        str, int
    ]  # where they stand now (a referral resolves to permit or deny)
    clauses: dict[str, int]  # deciding clauses, most frequent first
    protected_person: Rate
    extraterritorial: Rate
    referrals_open: int
    referrals_resolved: dict[str, int]  # permit / deny
    per_day: list[DayCount] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AlertLine:
    id: int
    licence_id: int
    created_at: datetime
    source: str
    severity: str
    summary: str
    case_id: int | None


@dataclass(frozen=True, slots=True)
class ActionLine:
    licence_id: int
    number: int
    type: str
    taken_at: datetime
    actor: str
    reason: str
    log_index: int


@dataclass(frozen=True, slots=True)
class CheckpointCovered:
    """The latest signed checkpoint and how many of the licence's log entries it covers."""

    tree_size: int
    root_hash: str  # hex
    signed_at: datetime
    entries_covered: int
    entries_total: int


@dataclass(frozen=True, slots=True)
class LicenceReport:
    licence_id: int
    state: str
    status: str
    exporter: str
    end_user: str
    end_user_country: str
    valid_from: datetime | None
    valid_until: datetime | None
    certificate_version: str | None
    generated_at: datetime
    statistics: Statistics
    alerts: list[AlertLine]
    actions: list[ActionLine]
    checkpoint: CheckpointCovered | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO 8601 text."""
        out: dict[str, Any] = _jsonable(asdict(self))
        return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
