"""Evaluating one tasking against the compiled policies, fail closed."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import cedarpy

from enduse.policy.compile import ACTION, FINDINGS, CompiledCertificate

#: Pseudo-clause named when Cedar cannot decide (an evaluation error or no decision): the gate denies.
POLICY_ERROR = "policy_error"

_FAR_PAST = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Facts:
    """What the policies read: structured fields of the request and licence, plus the
    justification findings (booleans; their evidence stays with the gate)."""

    licence_status: str
    certificate_signed: bool
    agency_type: str
    offence_category: str
    max_penalty_years: float | None
    legal_basis_type: str
    legal_reference: str | None
    legal_valid_until: datetime | None
    now: datetime
    requested_capabilities: list[str]
    licence_capabilities: list[str]
    active_targets: int
    max_active_targets: int
    customer_country: str
    target_country: str
    registry_match: str | None
    findings: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class PolicyResult:
    """Clause ids whose policies hold, per set; ``errors`` non-empty means the gate must deny."""

    deny_clauses: list[str]
    refer_clauses: list[str]
    errors: list[str]

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def _dt(value: datetime) -> dict[str, Any]:
    return {
        "__extn": {
            "fn": "datetime",
            "arg": value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        }
    }


def context_of(facts: Facts) -> dict[str, Any]:
    """The Cedar ``context`` record (matches ``SCHEMA``)."""
    years = facts.max_penalty_years
    known = years is not None and math.isfinite(years)
    return {
        "licence_status": facts.licence_status,
        "certificate_signed": facts.certificate_signed,
        "agency_type": facts.agency_type,
        "offence_category": facts.offence_category,
        "max_penalty_known": known,
        "max_penalty_years": min(math.floor(years), 10**6)
        if known and years is not None
        else 0,
        "legal_basis_type": facts.legal_basis_type,
        "legal_reference": (facts.legal_reference or "").strip(),
        "legal_valid_until_known": facts.legal_valid_until is not None,
        "legal_valid_until": _dt(facts.legal_valid_until or _FAR_PAST),
        "now": _dt(facts.now),
        "requested_capabilities": sorted(facts.requested_capabilities),
        "licence_capabilities": sorted(facts.licence_capabilities),
        "active_targets": facts.active_targets,
        "max_active_targets": facts.max_active_targets,
        "customer_country": facts.customer_country,
        "target_country": facts.target_country,
        "registry_match": facts.registry_match or "",
        "justification": {
            name: bool(facts.findings.get(name, False)) for name in FINDINGS
        },
    }


def _forbidding(result: cedarpy.AuthzResult) -> tuple[list[str], list[str]]:
    """(clause ids of the policies that decided a Deny, errors)."""
    errors = [str(e) for e in result.diagnostics.errors]
    if result.decision == cedarpy.Decision.Allow:
        return [], errors
    if result.decision != cedarpy.Decision.Deny:
        return [], [*errors, f"no decision ({result.decision.value})"]
    names = result.diagnostics.id_annotations_by_reason
    clauses = sorted(names.get(r, r) for r in result.diagnostics.reasons)
    if not clauses:  # a default deny: never shown to a user as such
        errors.append("deny without a deciding policy")
    return clauses, errors


def evaluate(compiled: CompiledCertificate, facts: Facts) -> PolicyResult:
    """Run both policy sets. Any evaluation error, NoDecision or unnamed deny is reported in
    ``errors`` and the gate fails closed on it."""
    request = {
        "principal": compiled.principal,
        "action": ACTION,
        "resource": compiled.resource,
        "context": context_of(facts),
    }
    try:
        deny, refer = (
            cedarpy.is_authorized_batch(
                [request], compiled.deny_policies, compiled.entities, compiled.schema
            )[0],
            cedarpy.is_authorized_batch(
                [request], compiled.refer_policies, compiled.entities, compiled.schema
            )[0],
        )
    except Exception as exc:  # noqa: BLE001 -- any engine failure must deny, never permit
        return PolicyResult([], [], [f"cedar failed: {exc}"])
    deny_clauses, deny_errors = _forbidding(deny)
    refer_clauses, refer_errors = _forbidding(refer)
    return PolicyResult(deny_clauses, refer_clauses, deny_errors + refer_errors)
