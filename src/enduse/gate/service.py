"""The decision: one tasking request against one certificate version -> permit, deny or refer.

A decision is **deny** when any deny clause holds; otherwise **refer** when any refer clause holds;
otherwise **permit** (``shared/spec/gate-scenarios.md``). ``clauses`` lists the clauses that decide:
every deny clause that holds, or, when none does, every refer clause that holds; nothing for a
permit. Other findings (a protected person behind a denial, a target abroad) go in ``reasons``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from enduse.justification import Analysis, Thresholds, analyse
from enduse.policy import (
    POLICY_ERROR,
    CertificateTerms,
    Facts,
    compiled,
    evaluate,
    load_terms,
)
from enduse.tasking import LicenceState, Outcome, TaskingRequest


@dataclass(frozen=True)
class Reason:
    """Why a clause holds: clause id, its title, a sentence a person can read, the evidence."""

    clause: str
    text: str
    decisive: bool = True
    evidence: tuple[str, ...] = ()
    score: float | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "clause": self.clause,
            "text": self.text,
            "decisive": self.decisive,
        }
        if self.evidence:
            out["evidence"] = list(self.evidence)
        if self.score is not None:
            out["score"] = round(self.score, 3)
        return out


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    clauses: list[str]
    reasons: list[Reason]
    certificate: str
    analysis: Analysis | None = None
    held: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision": self.outcome.value,
            "clauses": list(self.clauses),
            "reasons": [r.as_dict() for r in self.reasons],
            "certificate": self.certificate,
        }


UNCLEAR = "justification_unclear"

_DEFAULT_TERMS: CertificateTerms | None = None


def default_terms() -> CertificateTerms:
    """The standard certificate, version 1 (read once)."""
    global _DEFAULT_TERMS
    if _DEFAULT_TERMS is None:
        _DEFAULT_TERMS = load_terms("standard", "1")
    return _DEFAULT_TERMS


def facts_of(
    request: TaskingRequest, licence: LicenceState, analysis: Analysis, *, now: datetime
) -> Facts:
    return Facts(
        licence_status=licence.status.value,
        certificate_signed=licence.certificate_signed,
        agency_type=licence.agency_type.value,
        offence_category=request.offence.category.value,
        max_penalty_years=request.offence.max_penalty_years,
        legal_basis_type=request.legal_basis.type.value,
        legal_reference=request.legal_basis.reference,
        legal_valid_until=request.legal_basis.valid_until,
        now=now,
        requested_capabilities=[c.value for c in request.capabilities],
        licence_capabilities=[c.value for c in licence.capabilities],
        active_targets=licence.active_targets,
        max_active_targets=licence.max_active_targets,
        customer_country=licence.customer_country,
        target_country=request.target.location_country,
        registry_match=request.target.registry_match.value
        if request.target.registry_match
        else None,
        findings=analysis.flags(),
    )


def analyse_request(
    request: TaskingRequest,
    *,
    thresholds: Thresholds | None = None,
    use_model: bool = True,
) -> Analysis:
    """The justification analysis ``decide`` runs: the slow part of a decision (the sentence
    model), and one that reads no licence state, so the database gate runs it before it takes
    the log's sequencer lock and passes it to ``decide``."""
    return analyse(
        request.justification,
        offence_label=request.offence.label,
        offence_category=request.offence.category.value,
        profession=request.target.profession,
        thresholds=thresholds,
        use_model=use_model,
    )


def decide(
    request: TaskingRequest,
    licence: LicenceState,
    *,
    now: datetime,
    terms: CertificateTerms | None = None,
    thresholds: Thresholds | None = None,
    use_model: bool = True,
    analysis: Analysis | None = None,
) -> Decision:
    """Decide one tasking. Never raises for a refusal; fails closed (deny) if Cedar cannot decide.
    ``analysis`` is the request's ``analyse_request`` when the caller ran it already."""
    terms = terms or default_terms()
    policies = compiled(terms)
    if analysis is None:
        analysis = analyse_request(request, thresholds=thresholds, use_model=use_model)
    facts = facts_of(request, licence, analysis, now=now)
    result = evaluate(policies, facts)
    held = {"deny": result.deny_clauses, "refer": result.refer_clauses}
    if result.failed:
        text = (
            "the policy engine could not decide ("
            + "; ".join(result.errors)
            + "); the gate fails closed"
        )
        return Decision(
            Outcome.DENY,
            [POLICY_ERROR],
            [Reason(POLICY_ERROR, text)],
            terms.key,
            analysis,
            held,
        )
    also: list[str] = []
    if result.deny_clauses:
        outcome, deciding = Outcome.DENY, result.deny_clauses
        also = result.refer_clauses
    elif result.refer_clauses:
        # "unclear" is the fallback referral: it decides only when no other refer clause holds
        outcome = Outcome.REFER
        deciding = [
            c for c in result.refer_clauses if c != UNCLEAR
        ] or result.refer_clauses
        also = [c for c in result.refer_clauses if c not in deciding]
    else:
        outcome, deciding = Outcome.PERMIT, []
    from enduse.gate.reasons import reasons_for

    reasons = reasons_for(
        terms,
        deciding,
        also,
        request,
        licence,
        analysis,
        now=now,
    )
    return Decision(outcome, sorted(deciding), reasons, terms.key, analysis, held)
