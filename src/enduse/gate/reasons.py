"""Human-readable reasons for the clauses that hold, with the evidence that made them hold."""

from __future__ import annotations

from datetime import datetime

from enduse.gate.service import Reason
from enduse.justification import Analysis
from enduse.policy import CertificateTerms
from enduse.tasking import LicenceState, TaskingRequest

_FINDING_OF = {
    "expression_not_crime": "expression",
    "protected_ground": "protected_ground",
    "terrorism_definition_unmet": "terrorism_definition_met",
    "protected_person": "names_protected_person",
    "justification_unclear": "unclear",
}


def _structured(
    clause: str,
    request: TaskingRequest,
    licence: LicenceState,
    terms: CertificateTerms,
    now: datetime,
) -> str:
    off, lb, tgt = request.offence, request.legal_basis, request.target
    years = terms.parameters.get("serious_crime_min_years", 6)
    match clause:
        case "licence_inactive":
            return f"licence status is {licence.status.value}" + (
                ""
                if licence.certificate_signed
                else " and the buyer has not signed the current certificate"
            )
        case "non_government_end_user":
            return f"the end user {licence.customer_agency!r} is a private entity; exports are for governments only"
        case "purpose_not_permitted":
            if off.category.value == "other":
                return f"offence {off.label!r} is neither terrorism nor serious crime"
            shown = (
                "unknown"
                if off.max_penalty_years is None
                else f"{off.max_penalty_years:g} years"
            )
            return f"offence {off.label!r} carries {shown}; serious crime needs {years} years or more"
        case "no_legal_basis":
            if lb.type.value == "none":
                return "no warrant or order is given"
            if not (lb.reference or "").strip():
                return "the legal basis has no reference"
            if lb.valid_until is None:
                return "the legal basis has no expiry"
            return f"the legal basis {lb.reference} expired at {lb.valid_until.isoformat()} (decision time {now.isoformat()})"
        case "capability_out_of_scope":
            extra = sorted(
                {c.value for c in request.capabilities}
                - {c.value for c in licence.capabilities}
            )
            return f"requested capabilities {', '.join(extra)} are not licensed"
        case "quota_exceeded":
            return f"{licence.active_targets} targets already active of {licence.max_active_targets} allowed"
        case "extraterritorial_target":
            return f"the target is in {tgt.location_country}, outside the buyer's country {licence.customer_country}"
        case "protected_person" if tgt.registry_match:
            return f"the target matches the protected-persons registry as {tgt.registry_match.value}"
    return ""


def _textual(
    clause: str, analysis: Analysis
) -> tuple[str, tuple[str, ...], float | None]:
    name = _FINDING_OF.get(clause)
    if name is None:
        return "", (), None
    f = analysis.findings[name]
    if clause == "terrorism_definition_unmet":
        return (
            "no violence against life or hostage taking is described, so the terrorism definition is not met",
            f.evidence,
            1.0 - f.score,
        )
    if clause == "protected_person":
        return (
            f"the justification says the target is a {f.detail.replace('_', ' ')}",
            f.evidence,
            f.score,
        )
    if clause == "justification_unclear":
        if not f.holds and analysis.holds("doubted"):
            f = analysis.findings["doubted"]
        return f.detail, f.evidence, f.score
    alleg = analysis.findings["specific_allegation"]
    text = {
        "expression_not_crime": "the suspicion rests on expression (opinion, criticism, reporting, publishing, protest)",
        "protected_ground": "the target is chosen for who they are (a protected ground)",
    }[clause]
    return (
        f"{text}, with no specific criminal allegation beside it",
        f.evidence + alleg.evidence,
        f.score,
    )


def reasons_for(
    terms: CertificateTerms,
    deciding: list[str],
    also: list[str],
    request: TaskingRequest,
    licence: LicenceState,
    analysis: Analysis,
    *,
    now: datetime,
) -> list[Reason]:
    """One reason per deciding clause, then non-deciding refer findings (e.g. a protected person
    behind a denial), then the main justification findings for reviewers."""
    out = []
    for clause_id, decisive in [(c, True) for c in sorted(deciding)] + [
        (c, False) for c in sorted(also)
    ]:
        clause = terms.clause(clause_id)
        text, evidence, score = _textual(clause_id, analysis)
        structured = _structured(clause_id, request, licence, terms, now)
        if structured:
            text = structured + (f"; {text}" if text else "")
        title = (
            f"{clause.title} (art. {clause.article})"
            if clause.article
            else clause.title
        )
        out.append(
            Reason(
                clause_id, f"{title}: {text or clause.text}", decisive, evidence, score
            )
        )
    alleg = analysis.findings.get("specific_allegation")
    if alleg is not None and alleg.holds and not deciding:
        out.append(
            Reason(
                "specific_allegation",
                "a specific criminal allegation with evidence is made",
                False,
                alleg.evidence,
                alleg.score,
            )
        )
    return out
