"""What the monitors read (one logged tasking decision) and what they raise (an alert).

An :class:`Observation` is the regulator's view of one ``tasking_decision`` log entry joined
with the request and the licence as they stood when the gate decided: the target appears only
as its per-licence pseudonym. An :class:`Alert` names the detector (``source``), the licence, a
severity, a sentence, and evidence a reviewer can check: the log indices involved (each provable
with an inclusion proof), the counts and rates, and the thresholds they crossed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    """The enforcement package's severities (``enduse.enforcement.models.Severity``)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}


def max_severity(a: Severity, b: Severity) -> Severity:
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True, slots=True)
class Observation:
    """One logged tasking decision, as the monitors see it.

    ``index`` is the transparency-log index of the entry; ``target`` the keyed pseudonym
    (never the identifier). ``licence_status`` and ``max_active_targets`` are the licence's as
    the gate read them at ``at``. ``token_id`` is the tasking token issued with (or presented
    for) this decision, when there is one. ``legal_valid_until`` bounds how long a permitted
    target counts as active (unknown: ``MonitorConfig.active_days``).
    """

    index: int
    at: datetime
    licence_id: int
    customer_country: str
    operator: str
    target: str
    decision: str  # permit | deny | refer
    clauses: tuple[str, ...]
    registry_match: str | None
    location_country: str
    nationality: str
    capabilities: tuple[str, ...]
    licence_capabilities: tuple[str, ...]
    max_active_targets: int
    licence_status: str
    offence_category: str
    offence_label: str
    token_id: str | None = None
    legal_valid_until: datetime | None = None

    @property
    def abroad(self) -> bool:
        return self.location_country != self.customer_country

    @property
    def own_national_abroad(self) -> bool:
        return self.abroad and self.nationality == self.customer_country

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "at": self.at.isoformat(),
            "licence_id": self.licence_id,
            "customer_country": self.customer_country,
            "operator": self.operator,
            "target": self.target,
            "decision": self.decision,
            "clauses": list(self.clauses),
            "registry_match": self.registry_match,
            "location_country": self.location_country,
            "nationality": self.nationality,
            "capabilities": list(self.capabilities),
            "licence_capabilities": list(self.licence_capabilities),
            "max_active_targets": self.max_active_targets,
            "licence_status": self.licence_status,
            "offence_category": self.offence_category,
            "offence_label": self.offence_label,
            "token_id": self.token_id,
            "legal_valid_until": self.legal_valid_until.isoformat()
            if self.legal_valid_until
            else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Observation:
        def instant(value: Any) -> datetime | None:
            if value is None or isinstance(value, datetime):
                return value
            return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(
                UTC
            )

        at = instant(data["at"])
        assert at is not None  # noqa: S101 -- "at" is required
        return cls(
            index=int(data["index"]),
            at=at,
            licence_id=int(data["licence_id"]),
            customer_country=data["customer_country"],
            operator=data.get("operator") or "",
            target=data["target"],
            decision=data["decision"],
            clauses=tuple(data.get("clauses") or ()),
            registry_match=data.get("registry_match"),
            location_country=data["location_country"],
            nationality=data["nationality"],
            capabilities=tuple(data.get("capabilities") or ()),
            licence_capabilities=tuple(data.get("licence_capabilities") or ()),
            max_active_targets=int(data["max_active_targets"]),
            licence_status=data.get("licence_status", "active"),
            offence_category=data["offence_category"],
            offence_label=data["offence_label"],
            token_id=data.get("token_id"),
            legal_valid_until=instant(data.get("legal_valid_until")),
        )


@dataclass(slots=True)
class Alert:
    """A detector's finding about one licence.

    ``key`` is what de-duplication groups by (source, licence, subject, window start): one
    alert per key, its evidence updated while the pattern goes on. ``as_create()`` is the body
    ``enduse.enforcement`` accepts (``AlertCreate``)."""

    source: str
    licence_id: int
    severity: Severity
    summary: str
    evidence: dict[str, Any]
    first_at: datetime
    last_at: datetime
    first_index: int
    last_index: int
    subject: str = ""
    updates: int = 1
    key: tuple[str, int, str, str] = field(default=("", 0, "", ""))

    def as_create(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "licence_id": self.licence_id,
            "severity": self.severity.value,
            "summary": self.summary,
            "evidence": dict(self.evidence),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.as_create(),
            "subject": self.subject,
            "first_at": self.first_at.isoformat(),
            "last_at": self.last_at.isoformat(),
            "first_index": self.first_index,
            "last_index": self.last_index,
            "updates": self.updates,
        }


# Denials a new offence label cannot cure: the ground is what the person said or who they are,
# or a "terrorism" label on what is not terrorism. (After ``purpose_not_permitted`` a heavier,
# correct offence is the expected remedy, so it is not in the default.)
_SUBSTANTIVE = (
    "expression_not_crime",
    "protected_ground",
    "terrorism_definition_unmet",
)


class MonitorConfig(BaseModel):
    """Every threshold the monitors use. Each rule fires on a count AND a rate, so it holds at
    any volume: the count keeps a small licence quiet on one or two events, the rate keeps a
    large licence quiet on its ordinary background. Why each default: docs/monitoring.md."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    window_days: float = Field(
        14, gt=0, description="Sliding window for counts and rates."
    )
    dedup_days: float = Field(
        30,
        gt=0,
        description="An alert absorbs further triggers of the same detector, licence and "
        "subject for this long after it was first raised.",
    )
    max_evidence_indices: int = Field(
        200, ge=1, description="Log indices kept per alert (the most recent)."
    )
    alpha: float = Field(
        1e-5,
        gt=0,
        lt=1,
        description="False-alarm probability per check of a rate rule: a count fires only "
        "if a licence with the rule's background share would reach it by chance with at "
        "most this probability (binomial upper tail).",
    )
    # protected persons (shares of the distinct targets tasked in the window)
    protected_background: float = Field(0.01, gt=0, lt=1)
    protected_min_count: int = Field(3, ge=1)
    protected_min_rate: float = Field(0.03, ge=0, le=1)
    # extraterritorial and transnational repression (shares of distinct targets)
    abroad_background: float = Field(0.10, gt=0, lt=1)
    abroad_min_count: int = Field(10, ge=1)
    abroad_min_rate: float = Field(0.25, ge=0, le=1)
    own_nationals_abroad_background: float = Field(0.05, gt=0, lt=1)
    own_nationals_abroad_min_count: int = Field(5, ge=1)
    own_nationals_abroad_min_rate: float = Field(0.10, ge=0, le=1)
    exiled_protected_background: float = Field(0.002, gt=0, lt=1)
    exiled_protected_min_count: int = Field(3, ge=1)
    exiled_protected_min_rate: float = Field(0.005, ge=0, le=1)
    # volume
    period_days: float = Field(7, gt=0, description="Period for new-target counts.")
    active_days: float = Field(
        30,
        gt=0,
        description="How long a permitted target counts as active when its legal basis "
        "gives no end.",
    )
    quota_utilisation: float = Field(
        1.0,
        gt=0,
        description="Active targets above this share of max_active_targets alert.",
    )
    quota_denials_background: float = Field(0.02, gt=0, lt=1)
    quota_denials_min_count: int = Field(10, ge=1)
    quota_denials_min_rate: float = Field(0.10, ge=0, le=1)
    new_targets_quota_ratio: float = Field(
        0.5,
        gt=0,
        description="New targets in one period above this share of the quota alert (churn).",
    )
    new_targets_min_count: int = Field(10, ge=1)
    baseline_periods: int = Field(
        3, ge=1, description="Closed periods of history before a spike can be judged."
    )
    spike_factor: float = Field(3.0, gt=1)
    spike_min_count: int = Field(15, ge=1)
    # laundering and refusals
    laundering_clauses: tuple[str, ...] = Field(
        _SUBSTANTIVE,
        description="Denials whose resubmission under another offence is laundering.",
    )
    relabel_background: float = Field(0.005, gt=0, lt=1)
    relabel_min_count: int = Field(3, ge=1)
    relabel_min_rate: float = Field(0.01, ge=0, le=1)
    refusal_background: float = Field(0.20, gt=0, lt=1)
    refusal_min_count: int = Field(15, ge=1)
    refusal_min_rate: float = Field(0.40, ge=0, le=1)
    operator_refusal_background: float = Field(0.25, gt=0, lt=1)
    operator_refusal_min_count: int = Field(10, ge=1)
    operator_refusal_min_rate: float = Field(0.60, ge=0, le=1)
    # use outside the licence
    inactive_min_attempts: int = Field(1, ge=1)
    out_of_scope_background: float = Field(0.005, gt=0, lt=1)
    out_of_scope_min_count: int = Field(3, ge=1)
    out_of_scope_min_rate: float = Field(0.02, ge=0, le=1)
    token_memory_days: float = Field(
        7, gt=0, description="How long a token id is remembered for replay detection."
    )
