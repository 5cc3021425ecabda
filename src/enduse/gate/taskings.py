"""The gate for licences in the database: submit a tasking, queue referrals, resolve them.

A submission is decided by ``enduse.gate.decide`` (the same function ``enduse gate eval``
uses) on a licence state built from the database:

- ``status``: ``licensing.service.effective_status`` (active only when approved, inside its
  window, conditions acknowledged, no overdue re-signature); any non-active status other than
  suspended/revoked/expired is passed to the policy as ``suspended`` and named in the reason;
- ``certificate_signed``: ``certificates.service.licence_certificate_status(...).signed_current``;
- agency type, country and name from the end-user agency; capabilities and quota from the
  licence's conditions of approval;
- ``active_targets``: distinct target pseudonyms of the licence's *permitted* taskings (gate
  permits and reviewer permits) whose legal basis is still valid, not counting the request's
  own target (re-tasking an active target takes no new slot);
- the certificate terms from the licence's certificate version in the database (the issued
  template body, with the parameters of the buyer's countersigned certificate on that version).

Everything happens in the caller's transaction. The justification analysis (which reads only
the request) runs first, unlocked; then the transaction takes the log's sequencer lock, reads
the licence state and decides under it: decisions on one database are serialised (a quota is
never overrun by two racing requests), and the tasking row, the referral, the token id and the
log entry commit or roll back together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from enduse.certificates import service as certificates
from enduse.certificates.models import CertificateState, normalise_ref
from enduse.enforcement import service as enforcement
from enduse.enforcement.models import Restrictions
from enduse.errors import ConflictError
from enduse.gate.models import (
    ReferralOut,
    ReferralState,
    ReferralSummary,
    Resolution,
    ResolveIn,
    TaskingIn,
    TaskingOut,
)
from enduse.gate.service import Decision, Reason, analyse_request, decide
from enduse.gate.targets import canonical_identifier
from enduse.gate.tokens import IssuedToken, issue_token
from enduse.keys import REGULATOR, load_private_key
from enduse.licensing import service as licensing
from enduse.licensing.models import EffectiveStatus
from enduse.policy import CertificateTerms
from enduse.screening.registry import load_or_create_key, lookup_target
from enduse.settings import Settings
from enduse.storage import Store, tlog_repo
from enduse.storage import gate_repo as repo
from enduse.storage.tables import (
    Agency,
    CertificateTemplate,
    GateReferral,
    GateTasking,
    Licence,
)
from enduse.tasking import LicenceState, LicenceStatus, Outcome, Target, TaskingRequest
from enduse.tlog.models import EntryDraft, EntryKind, digest_of, pseudonymise
from enduse.tlog.records import Record, register_record_resolver
from enduse.tlog.service import append_entry

_STATUS = {
    EffectiveStatus.ACTIVE: LicenceStatus.ACTIVE,
    EffectiveStatus.SUSPENDED: LicenceStatus.SUSPENDED,
    EffectiveStatus.REVOKED: LicenceStatus.REVOKED,
    EffectiveStatus.EXPIRED: LicenceStatus.EXPIRED,
}


@dataclass(frozen=True)
class GateConfig:
    """What the gate needs besides the database: the regulator's signing key (tokens), the
    registry key (protected-persons lookups), the issuer name and the token lifetime."""

    signing_key: Ed25519PrivateKey
    registry_key: bytes
    issuer: str
    token_ttl_s: int = 900
    registry_name_threshold: float = 0.85


def config_from_settings(settings: Settings) -> GateConfig:
    """The regulator's keys and the gate's settings. The signing key is loaded before any
    decision is taken, so a permit always comes with its token."""
    return GateConfig(
        signing_key=load_private_key(settings.key_dir, REGULATOR),
        registry_key=load_or_create_key(settings.key_dir),
        issuer=settings.regulator_name,
        token_ttl_s=settings.token_ttl_s,
        registry_name_threshold=settings.registry_name_threshold,
    )


CURTAILED = "enforcement_curtailment"
"""The clause a curtailment cites when it forces a permit to a human reviewer."""


@dataclass(frozen=True)
class LicenceView:
    """The licence state the gate decides on, and what it was built from."""

    state: LicenceState
    effective_status: EffectiveStatus
    certificate_reason: str
    restrictions: Restrictions | None = None


def terms_for(store: Store, licence: Licence, *, now: datetime) -> CertificateTerms:
    """The certificate terms the licence runs under, from the database: its certificate
    version's template body, with the parameters of the buyer's countersigned certificate
    on that version when there is one."""
    ref = licence.certificate_version or certificates.current_template_ref(
        store, now=now
    )
    template = store.find(
        CertificateTemplate, ref=normalise_ref(ref)
    ) or certificates.get_template(store, ref, now=now)
    terms = CertificateTerms.model_validate(template.body)
    signed = [
        c
        for c in certificates.list_certificates(store, licence_id=licence.id)
        if c.template_ref == template.ref
        and c.agency_id == licence.end_user_id
        and c.state == CertificateState.COUNTERSIGNED
    ]
    if signed and signed[-1].parameters != terms.parameters:
        terms = terms.model_copy(
            update={"parameters": {**terms.parameters, **signed[-1].parameters}}
        )
    return terms


def licence_view(
    store: Store, licence: Licence, *, now: datetime, target_pseudonym: str | None
) -> LicenceView:
    """The gate's licence state for ``licence`` at ``now`` (see the module docstring)."""
    effective = licensing.effective_status(licence, now=now)
    cert = certificates.licence_certificate_status(store, licence.id, now=now)
    agency = store.get(Agency, licence.end_user_id, field="end_user_id")
    restrictions = enforcement.effective_restrictions(store, licence.id, now=now)
    quota = restrictions.max_active_targets
    state = LicenceState(
        customer_country=agency.country,
        customer_agency=agency.name,
        agency_type=agency.agency_type,
        status=_STATUS.get(effective, LicenceStatus.SUSPENDED),
        certificate_signed=cert.signed_current,
        capabilities=list(dict.fromkeys(restrictions.allowed_capabilities)),
        max_active_targets=quota
        if quota is not None
        else (licence.max_active_targets or 0),
        active_targets=repo.active_target_count(
            store, licence.id, now=now, excluding=target_pseudonym
        ),
    )
    return LicenceView(state, effective, cert.reason, restrictions)


def _apply_curtailment(decision: Decision, view: LicenceView) -> Decision:
    """A curtailment that forces review turns a permit into a referral, citing the actions."""
    r = view.restrictions
    if decision.outcome is not Outcome.PERMIT or r is None or not r.force_refer:
        return decision
    actions = ", ".join(str(a) for a in r.action_ids)
    reason = Reason(
        clause=CURTAILED,
        text=f"the regulator curtailed this licence so that every tasking is reviewed by a person "
        f"(enforcement action {actions})",
    )
    return dataclasses.replace(
        decision,
        outcome=Outcome.REFER,
        clauses=[CURTAILED],
        reasons=[*decision.reasons, reason],
    )


def _explain_inactive(decision: Decision, view: LicenceView) -> Decision:
    """Name the licence record's own status and the certificate status in the
    ``licence_inactive`` reason (the policy sees only active/suspended/revoked/expired)."""
    detail = f" (licence record: {view.effective_status.value}; certificate: {view.certificate_reason})"
    reasons = [
        dataclasses.replace(r, text=r.text + detail)
        if r.clause == "licence_inactive"
        else r
        for r in decision.reasons
    ]
    return dataclasses.replace(decision, reasons=reasons)


def _lock(store: Store) -> None:
    """Serialise gate writes on the log's sequencer row (the log append takes it anyway)."""
    tlog_repo.lock_state(store.session)


def submit_tasking(
    store: Store, body: TaskingIn, config: GateConfig, *, now: datetime
) -> TaskingOut:
    """Decide one tasking for a licence in the database, record it, log it, and on a permit
    issue its token. A refusal is a recorded decision, not an error."""
    licence = store.get(Licence, body.licence_id, field="licence_id")
    canonical = canonical_identifier(
        body.target.identifier, region=body.target.location_country
    )
    match = lookup_target(
        store,
        canonical,
        key=config.registry_key,
        name=body.target.name,
        country=body.target.nationality,
        name_threshold=config.registry_name_threshold,
    )
    request = TaskingRequest(
        target=Target(
            identifier=canonical,
            location_country=body.target.location_country,
            nationality=body.target.nationality,
            profession=body.target.profession,
            registry_match=match.category.value if match else None,
        ),
        offence=body.offence,
        legal_basis=body.legal_basis,
        capabilities=body.capabilities,
        justification=body.justification,
    )
    terms = terms_for(store, licence, now=now)
    # The justification analysis (the sentence model: most of a decision's time) reads only
    # the request, so it runs before the lock: concurrent requests analyse in parallel and
    # only the licence state, the policy and the writes are serialised.
    analysis = analyse_request(request)

    _lock(store)
    store.session.refresh(licence)  # read under the lock: a suspension just now counts
    secret = tlog_repo.pseudonym_secrets(store.session, [licence.id], now=now)[
        licence.id
    ]
    pseudonym = pseudonymise(secret, canonical)
    view = licence_view(store, licence, now=now, target_pseudonym=pseudonym)
    decision = _apply_curtailment(
        decide(request, view.state, now=now, terms=terms, analysis=analysis), view
    )
    if "licence_inactive" in decision.clauses:
        decision = _explain_inactive(decision, view)

    record = _request_record(body, request, match_name=match.name if match else None)
    reasons = [r.as_dict() for r in decision.reasons]
    tasking = store.add(
        GateTasking(
            licence_id=licence.id,
            operator=body.operator,
            request=record,
            request_digest=digest_of(record),
            target_pseudonym=pseudonym,
            registry_match=request.target.registry_match.value
            if request.target.registry_match
            else None,
            capabilities=[c.value for c in request.capabilities],
            legal_valid_until=request.legal_basis.valid_until,
            certificate=decision.certificate,
            active_targets=view.state.active_targets,
            decision=decision.outcome.value,
            outcome=decision.outcome.value,
            clauses=list(decision.clauses),
            reasons=reasons,
            decided_at=now,
        )
    )
    referral = None
    if decision.outcome is Outcome.REFER:
        referral = store.add(
            GateReferral(
                tasking_id=tasking.id,
                licence_id=licence.id,
                state=ReferralState.OPEN.value,
                created_at=now,
            )
        )
    issued = (
        _issue(tasking, config, now=now) if decision.outcome is Outcome.PERMIT else None
    )
    entry = append_entry(
        store,
        EntryDraft(
            licence_id=licence.id,
            kind=EntryKind.TASKING_DECISION,
            decision=decision.outcome.value,
            clause_ids=list(decision.clauses),
            targets=[canonical],
            digests={
                "request": tasking.request_digest,
                "reasons": digest_of(reasons),
            },
            ref=f"gate_tasking:{tasking.id}",
        ),
        now=now,
    )
    if entry.target_pseudonyms != [
        pseudonym
    ]:  # one secret, one function: cannot differ
        raise ConflictError(
            "the log pseudonymised the target differently from the gate",
            field="target",
        )
    tasking.log_index = entry.sequence
    store.flush()
    return _tasking_out(tasking, referral, issued)


def _request_record(
    body: TaskingIn, request: TaskingRequest, *, match_name: str | None
) -> dict[str, Any]:
    """The request record (regulator-only): what was asked, the identifier canonical."""
    data = request.model_dump(mode="json")
    data["target"]["name"] = body.target.name
    data["target"]["identifier_as_given"] = body.target.identifier
    if match_name is not None:
        data["target"]["registry_name"] = match_name
    return {"licence_id": body.licence_id, "operator": body.operator, **data}


def _issue(tasking: GateTasking, config: GateConfig, *, now: datetime) -> IssuedToken:
    issued = issue_token(
        config.signing_key,
        tasking_id=tasking.id,
        licence_id=tasking.licence_id,
        target_pseudonym=tasking.target_pseudonym,
        capabilities=list(tasking.capabilities),
        issuer=config.issuer,
        now=now,
        ttl_s=config.token_ttl_s,
    )
    tasking.token_id = issued.claims.token_id
    tasking.token_expires_at = issued.claims.expires_at
    return issued


def _tasking_out(
    tasking: GateTasking, referral: GateReferral | None, issued: IssuedToken | None
) -> TaskingOut:
    return TaskingOut(
        id=tasking.id,
        licence_id=tasking.licence_id,
        operator=tasking.operator,
        decision=tasking.decision,
        outcome=tasking.outcome,
        clauses=list(tasking.clauses),
        reasons=list(tasking.reasons),
        certificate=tasking.certificate,
        target_pseudonym=tasking.target_pseudonym,
        registry_match=tasking.registry_match,
        active_targets=tasking.active_targets,
        decided_at=tasking.decided_at,
        log_index=tasking.log_index,
        referral_id=referral.id if referral else None,
        token=issued.token if issued else None,
        token_id=tasking.token_id,
        token_expires_at=tasking.token_expires_at,
    )


def get_tasking(store: Store, tasking_id: int) -> TaskingOut:
    tasking = store.get(GateTasking, tasking_id, field="tasking_id")
    return _tasking_out(tasking, repo.referral_of(store, tasking.id), None)


# -- referrals -------------------------------------------------------------------------------


def _summary(referral: GateReferral, tasking: GateTasking) -> ReferralSummary:
    return ReferralSummary(
        id=referral.id,
        tasking_id=tasking.id,
        licence_id=referral.licence_id,
        state=ReferralState(referral.state),
        clauses=list(tasking.clauses),
        created_at=referral.created_at,
        decision=referral.decision,
        reviewer=referral.reviewer,
        resolved_at=referral.resolved_at,
    )


def _referral_out(referral: GateReferral, tasking: GateTasking) -> ReferralOut:
    return ReferralOut(
        **_summary(referral, tasking).model_dump(),
        request=dict(tasking.request),
        operator=tasking.operator,
        reasons=list(tasking.reasons),
        certificate=tasking.certificate,
        target_pseudonym=tasking.target_pseudonym,
        registry_match=tasking.registry_match,
        decision_log_index=tasking.log_index,
        reason=referral.reason,
        resolution_log_index=referral.log_index,
        token_id=tasking.token_id,
        token_expires_at=tasking.token_expires_at,
    )


def list_referrals(
    store: Store,
    *,
    licence_id: int | None = None,
    licence_ids: Sequence[int] | None = None,
    state: ReferralState | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[ReferralSummary]:
    """The review queue: open referrals first (oldest first), then resolved ones."""
    return [
        _summary(r, t)
        for r, t in repo.referrals(
            store,
            licence_id=licence_id,
            licence_ids=licence_ids,
            state=state.value if state else None,
            limit=limit,
            offset=offset,
        )
    ]


def get_referral(store: Store, referral_id: int) -> ReferralOut:
    referral = store.get(GateReferral, referral_id, field="referral_id")
    tasking = store.get(GateTasking, referral.tasking_id, field="tasking_id")
    return _referral_out(referral, tasking)


def _permit_blockers(store: Store, tasking: GateTasking, *, now: datetime) -> list[str]:
    """Why a reviewer's permit cannot take effect now (the licence, the legal basis or the
    quota changed since the referral): a token is never issued past them."""
    licence = store.get(Licence, tasking.licence_id, field="licence_id")
    view = licence_view(
        store, licence, now=now, target_pseudonym=tasking.target_pseudonym
    )
    out = []
    if (
        view.state.status is not LicenceStatus.ACTIVE
        or not view.state.certificate_signed
    ):
        out.append(
            f"the licence is not active (licence record: {view.effective_status.value}; "
            f"certificate: {view.certificate_reason})"
        )
    if tasking.legal_valid_until is None or tasking.legal_valid_until <= now:
        out.append("the legal basis has expired")
    missing = sorted(set(tasking.capabilities) - set(view.state.capabilities))
    if missing:
        out.append(f"capabilities {', '.join(missing)} are no longer licensed")
    if view.state.active_targets >= view.state.max_active_targets:
        out.append(
            f"{view.state.active_targets} targets are active of {view.state.max_active_targets} allowed"
        )
    return out


def resolve_referral(
    store: Store,
    referral_id: int,
    body: ResolveIn,
    config: GateConfig,
    *,
    now: datetime,
) -> tuple[ReferralOut, int, IssuedToken | None]:
    """Record a reviewer's decision on an open referral, log it, and on a permit issue the
    token. Resolving twice is a ConflictError; so is a permit the licence no longer allows."""
    _lock(store)
    referral = store.get(GateReferral, referral_id, field="referral_id")
    if referral.state != ReferralState.OPEN:
        raise ConflictError(
            f"referral {referral_id} was already resolved ({referral.decision}) by "
            f"{referral.reviewer} at {referral.resolved_at.isoformat() if referral.resolved_at else '?'}",
            field="referral_id",
        )
    tasking = store.get(GateTasking, referral.tasking_id, field="tasking_id")
    if body.decision is Resolution.PERMIT:
        blockers = _permit_blockers(store, tasking, now=now)
        if blockers:
            raise ConflictError(
                "a permit cannot take effect now: " + "; ".join(blockers),
                field="decision",
            )
    referral.state = ReferralState.RESOLVED.value
    referral.reviewer = body.reviewer
    referral.decision = body.decision.value
    referral.reason = body.reason
    referral.resolved_at = now
    tasking.outcome = body.decision.value
    issued = (
        _issue(tasking, config, now=now) if body.decision is Resolution.PERMIT else None
    )
    resolution = {
        "referral_id": referral.id,
        "tasking_id": tasking.id,
        "reviewer": body.reviewer,
        "decision": body.decision.value,
        "reason": body.reason,
    }
    entry = append_entry(
        store,
        EntryDraft(
            licence_id=tasking.licence_id,
            kind=EntryKind.REFERRAL_RESOLUTION,
            decision=body.decision.value,
            clause_ids=list(tasking.clauses),
            targets=[str(tasking.request["target"]["identifier"])],
            digests={
                "request": tasking.request_digest,
                "resolution": digest_of(resolution),
            },
            ref=f"gate_referral:{referral.id}",
        ),
        now=now,
    )
    referral.log_index = entry.sequence
    store.flush()
    return _referral_out(referral, tasking), entry.sequence, issued


def _tasking_record(store: Store, key: str) -> Record | None:
    """The request record behind a tasking's log entry (for the regulator's ``log entry``)."""
    tasking = store.find(GateTasking, id=int(key)) if key.isdigit() else None
    return (
        None if tasking is None else Record(data=tasking.request, digest_key="request")
    )


register_record_resolver("gate_tasking", _tasking_record)
