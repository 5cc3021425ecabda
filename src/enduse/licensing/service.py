"""Licence workflow: application, review, decision, conditions, and life after approval.

Every function runs inside the caller's transaction (``Store``) and takes ``now`` from the caller.
A refused operation raises before anything is written, so no record is ever half-changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from enduse.certificates import service as certificates
from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.licensing.machine import Action, LicenceState, next_state
from enduse.licensing.models import (
    DUE_DILIGENCE_QUESTIONS,
    ApprovalIn,
    ConditionKind,
    DueDiligenceIn,
    EffectiveStatus,
    LicenceCreate,
    LicenceOut,
    PartyIn,
    PartyKind,
    PartyRole,
)
from enduse.parties.models import AgencyType
from enduse.screening import service as screening
from enduse.storage import Store
from enduse.storage.tables import (
    Agency,
    Condition,
    DueDiligenceAnswer,
    Exporter,
    Intermediary,
    Licence,
    LicenceEvent,
    LicenceItem,
    LicenceParty,
    Product,
    RequestForInformation,
)

PRIVATE_END_USER = (
    "is a private end user; EUC clause non_government_end_user (art. 1): the system is exported "
    "to a foreign state authority only, no private end user"
)

# Which kinds of party may play each role.
ROLE_KINDS: dict[PartyRole, frozenset[PartyKind]] = {
    PartyRole.EXPORTER: frozenset({PartyKind.EXPORTER}),
    PartyRole.PURCHASER: frozenset({PartyKind.AGENCY, PartyKind.INTERMEDIARY}),
    PartyRole.INTERMEDIATE_CONSIGNEE: frozenset(
        {PartyKind.AGENCY, PartyKind.INTERMEDIARY}
    ),
    PartyRole.ULTIMATE_CONSIGNEE: frozenset({PartyKind.AGENCY}),
    PartyRole.END_USER: frozenset({PartyKind.AGENCY}),
    PartyRole.BROKER: frozenset({PartyKind.INTERMEDIARY}),
}

_KIND_TABLES: dict[PartyKind, type[Exporter] | type[Agency] | type[Intermediary]] = {
    PartyKind.EXPORTER: Exporter,
    PartyKind.AGENCY: Agency,
    PartyKind.INTERMEDIARY: Intermediary,
}


def apply(store: Store, data: LicenceCreate, *, now: datetime) -> Licence:
    """File a licence application (state ``draft``)."""
    store.get(Exporter, data.exporter_id, field="exporter_id")
    end_user = store.get(Agency, data.end_user_id, field="end_user_id")
    _require_government(end_user, field="end_user_id")
    parties = [
        PartyIn(role=PartyRole.EXPORTER, kind=PartyKind.EXPORTER, id=data.exporter_id),
        PartyIn(role=PartyRole.END_USER, kind=PartyKind.AGENCY, id=data.end_user_id),
        *data.parties,
    ]
    for i, party in enumerate(data.parties):
        _check_party(store, party, field=f"parties.{i}")
    for i, item in enumerate(data.items):
        product = store.get(Product, item.product_id, field=f"items.{i}.product_id")
        if product.exporter_id != data.exporter_id:
            raise InvalidInputError(
                f"product {product.id} belongs to exporter {product.exporter_id}, not {data.exporter_id}",
                field=f"items.{i}.product_id",
            )
    licence = Licence(
        exporter_id=data.exporter_id,
        end_user_id=data.end_user_id,
        state=LicenceState.DRAFT,
        end_use=data.end_use,
        country_record=data.country_record,
        red_flags=list(data.red_flags),
        created_at=now,
        updated_at=now,
    )
    licence.parties = [
        LicenceParty(role=p.role, party_kind=p.kind, party_id=p.id)
        for p in _dedupe(parties)
    ]
    licence.items = [
        LicenceItem(
            product_id=i.product_id,
            classification=i.classification,
            quantity=i.quantity,
        )
        for i in data.items
    ]
    licence.events = [
        LicenceEvent(
            from_state=None,
            to_state=LicenceState.DRAFT,
            actor=data.actor,
            reason="application created",
            at=now,
        )
    ]
    return store.add(licence)


def transition(
    store: Store,
    licence_id: int,
    action: Action,
    *,
    actor: str,
    reason: str,
    now: datetime,
    thresholds: screening.Thresholds | None = None,
) -> Licence:
    """Take a plain action (submit, start_review, deny, suspend, reinstate, revoke, expire)."""
    if action in (
        Action.APPROVE,
        Action.REQUEST_INFORMATION,
        Action.ANSWER_INFORMATION,
    ):
        raise InvalidInputError(
            f"{action} carries its own data; use its own operation", field="action"
        )
    licence = store.get(Licence, licence_id, field="licence_id")
    if action is Action.EXPIRE and (
        licence.valid_until is None or licence.valid_until > now
    ):
        raise ConflictError(
            f"licence {licence_id} is valid until {licence.valid_until}; it cannot expire before",
            field="valid_until",
        )
    if (
        action is Action.REINSTATE
        and licence.valid_until is not None
        and licence.valid_until <= now
    ):
        raise ConflictError(
            f"licence {licence_id} ran out on {licence.valid_until}; it cannot be reinstated",
            field="valid_until",
        )
    next_state(
        LicenceState(licence.state), action
    )  # refuse an illegal move before screening
    if action is Action.SUBMIT:
        screen_licence_parties(
            store, licence, thresholds=thresholds or screening.Thresholds(), now=now
        )
    _move(licence, action, actor=actor, reason=reason, now=now)
    store.flush()
    return licence


def screen_licence_parties(
    store: Store, licence: Licence, *, thresholds: screening.Thresholds, now: datetime
) -> list[screening.PartyScreening]:
    """Screen every party to the deal against the loaded restricted-party lists; hits at or
    above the review threshold are stored on the licence, and an alert blocks approval."""
    parties = []
    for party in licence.parties:
        row = store.get(
            _KIND_TABLES[PartyKind(party.party_kind)], party.party_id, field="party_id"
        )
        parties.append((party.role, row.name, row.country, "organization"))
    return screening.screen_parties(
        store, parties, now=now, licence_id=licence.id, thresholds=thresholds
    )


def request_information(
    store: Store, licence_id: int, *, question: str, actor: str, now: datetime
) -> Licence:
    """Ask the applicant a question; the licence waits in ``rfi_open`` until every question is answered."""
    licence = store.get(Licence, licence_id, field="licence_id")
    if licence.state != LicenceState.RFI_OPEN:
        _move(
            licence,
            Action.REQUEST_INFORMATION,
            actor=actor,
            reason=f"request for information: {question}",
            now=now,
        )
    licence.rfis.append(
        RequestForInformation(question=question, asked_by=actor, asked_at=now)
    )
    licence.updated_at = now
    store.flush()
    return licence


def answer_information(
    store: Store,
    licence_id: int,
    rfi_id: int,
    *,
    answer: str,
    actor: str,
    now: datetime,
) -> Licence:
    """Answer one request; when none is left open the licence returns to ``under_review``."""
    licence = store.get(Licence, licence_id, field="licence_id")
    if licence.state != LicenceState.RFI_OPEN:
        raise ConflictError(
            f"licence {licence_id} is {licence.state}, not waiting for information",
            field="state",
        )
    rfi = next((r for r in licence.rfis if r.id == rfi_id), None)
    if rfi is None:
        raise InvalidInputError(
            f"licence {licence_id} has no request for information {rfi_id}",
            field="rfi_id",
        )
    if rfi.answered_at is not None:
        raise ConflictError(
            f"request for information {rfi_id} was answered on {rfi.answered_at}",
            field="rfi_id",
        )
    rfi.answer, rfi.answered_by, rfi.answered_at = answer, actor, now
    if all(r.answered_at is not None for r in licence.rfis):
        _move(
            licence,
            Action.ANSWER_INFORMATION,
            actor=actor,
            reason="all requests for information answered",
            now=now,
        )
    licence.updated_at = now
    store.flush()
    return licence


def answer_due_diligence(
    store: Store, licence_id: int, question: str, data: DueDiligenceIn, *, now: datetime
) -> Licence:
    """Record (or revise) the reviewer's answer to one due-diligence question."""
    if question not in DUE_DILIGENCE_QUESTIONS:
        raise InvalidInputError(
            f"unknown question {question!r}; the checklist asks: {', '.join(DUE_DILIGENCE_QUESTIONS)}",
            field="question",
        )
    licence = store.get(Licence, licence_id, field="licence_id")
    if licence.state not in (LicenceState.UNDER_REVIEW, LicenceState.RFI_OPEN):
        raise ConflictError(
            f"due diligence is recorded during review; licence {licence_id} is {licence.state}",
            field="state",
        )
    licence.answers.append(
        DueDiligenceAnswer(
            question=question,
            answer=data.answer,
            notes=data.notes,
            reviewer=data.reviewer,
            answered_at=now,
        )
    )
    licence.updated_at = now
    store.flush()
    return licence


def approve(
    store: Store, licence_id: int, data: ApprovalIn, *, now: datetime
) -> Licence:
    """Approve with conditions; the licence is active once the exporter acknowledges each one."""
    licence = store.get(Licence, licence_id, field="licence_id")
    next_state(
        LicenceState(licence.state), Action.APPROVE
    )  # refuse early, before any check below
    _require_government(
        store.get(Agency, licence.end_user_id, field="end_user_id"), field="end_user_id"
    )
    alerts = screening.open_alerts(store, licence_id)
    if alerts:
        listed = "; ".join(
            f"hit {h.id}: {h.role} {h.party_name!r} ~ {h.matched_name!r} on {h.list_name} "
            f"({h.score:.2f})"
            for h in alerts
        )
        raise ConflictError(
            f"restricted-party alerts must be cleared or confirmed first: {listed}",
            field="screening",
        )
    missing = [q for q in DUE_DILIGENCE_QUESTIONS if q not in latest_answers(licence)]
    if missing:
        raise ConflictError(
            f"due-diligence questions unanswered: {', '.join(missing)}",
            field="due_diligence",
        )
    offered = {
        cap
        for item in licence.items
        for cap in store.get(Product, item.product_id, field="product_id").capabilities
    }
    extra = sorted(str(c) for c in data.allowed_capabilities if c not in offered)
    if extra:
        raise InvalidInputError(
            f"no licensed product offers {', '.join(extra)}",
            field="allowed_capabilities",
        )
    caps = [str(c) for c in data.allowed_capabilities]
    version = _certificate_version(store, data.certificate_version, now=now)
    licence.allowed_capabilities = caps
    licence.max_active_targets = data.max_active_targets
    licence.valid_from, licence.valid_until = data.valid_from, data.valid_until
    licence.certificate_version = version
    texts = [
        (
            ConditionKind.CAPABILITIES,
            f"The system is used only with these capabilities: {', '.join(caps)}.",
        ),
        (
            ConditionKind.QUOTA,
            f"At most {data.max_active_targets} targets are active at any time.",
        ),
        (
            ConditionKind.VALIDITY,
            f"Use is authorised from {data.valid_from.isoformat()} "
            f"until {data.valid_until.isoformat()}, after which the licence expires.",
        ),
        (
            ConditionKind.CERTIFICATE,
            f"The end user signs end-user certificate version {version} before first use "
            "and every later version it is asked to sign.",
        ),
        *((ConditionKind.OTHER, text) for text in data.extra_conditions),
    ]
    licence.conditions = [Condition(kind=kind, text=text) for kind, text in texts]
    _move(licence, Action.APPROVE, actor=data.actor, reason=data.reason, now=now)
    store.flush()
    return licence


def acknowledge_condition(
    store: Store, licence_id: int, condition_id: int, *, actor: str, now: datetime
) -> Licence:
    """The exporter acknowledges one condition of approval (recorded, once)."""
    licence = store.get(Licence, licence_id, field="licence_id")
    condition = next((c for c in licence.conditions if c.id == condition_id), None)
    if condition is None:
        raise InvalidInputError(
            f"licence {licence_id} has no condition {condition_id}",
            field="condition_id",
        )
    if licence.state != LicenceState.APPROVED:
        raise ConflictError(
            f"conditions are acknowledged on an approved licence; licence {licence_id} is "
            f"{licence.state}",
            field="state",
        )
    if condition.acknowledged_at is not None:
        raise ConflictError(
            f"condition {condition_id} was acknowledged by {condition.acknowledged_by}",
            field="condition_id",
        )
    condition.acknowledged_by, condition.acknowledged_at = actor, now
    licence.updated_at = now
    store.flush()
    return licence


def expire_due(store: Store, *, now: datetime) -> list[Licence]:
    """Move every approved or suspended licence whose window has closed to ``expired``."""
    expired = []
    for state in (LicenceState.APPROVED, LicenceState.SUSPENDED):
        for licence in store.list(Licence, state=state):
            if licence.valid_until is not None and licence.valid_until <= now:
                _move(
                    licence,
                    Action.EXPIRE,
                    actor="system",
                    reason="validity window ended",
                    now=now,
                )
                expired.append(licence)
    store.flush()
    return expired


def list_licences(
    store: Store,
    *,
    state: LicenceState | None = None,
    exporter_id: int | None = None,
    end_user_id: int | None = None,
) -> Sequence[Licence]:
    """Licences, optionally of one state, exporter or end-user agency."""
    filters = {
        k: v
        for k, v in (
            ("state", state),
            ("exporter_id", exporter_id),
            ("end_user_id", end_user_id),
        )
        if v is not None
    }
    return store.list(Licence, **filters)


def effective_status(licence: Licence, *, now: datetime) -> EffectiveStatus:
    """What the licence means for use at ``now``; only ``active`` authorises use.

    Expiry is derived from the validity window, so a licence is expired the moment its window
    closes, whether or not ``expire_due`` has run yet.
    """
    state = LicenceState(licence.state)
    if state in (LicenceState.REVOKED, LicenceState.EXPIRED, LicenceState.SUSPENDED):
        return EffectiveStatus(state.value)
    if state != LicenceState.APPROVED:
        return EffectiveStatus.NOT_APPROVED
    if licence.valid_until is not None and now >= licence.valid_until:
        return EffectiveStatus.EXPIRED
    if licence.valid_from is not None and now < licence.valid_from:
        return EffectiveStatus.NOT_YET_VALID
    if any(c.acknowledged_at is None for c in licence.conditions):
        return EffectiveStatus.AWAITING_ACKNOWLEDGEMENT
    if licence.resign_required_by is not None and now >= licence.resign_required_by:
        return EffectiveStatus.RESIGNATURE_OVERDUE
    return EffectiveStatus.ACTIVE


def latest_answers(licence: Licence) -> dict[str, DueDiligenceAnswer]:
    """The most recent answer to each due-diligence question (earlier ones stay on record)."""
    return {a.question: a for a in licence.answers}


def to_out(licence: Licence, *, now: datetime) -> LicenceOut:
    return LicenceOut.model_validate(
        {
            **{
                k: getattr(licence, k)
                for k in LicenceOut.model_fields
                if k not in ("status", "due_diligence")
            },
            "status": effective_status(licence, now=now),
            "due_diligence": list(latest_answers(licence).values()),
        },
        from_attributes=True,
    )


def _move(
    licence: Licence, action: Action, *, actor: str, reason: str, now: datetime
) -> None:
    """Apply ``action`` and record who, when and why."""
    src = LicenceState(licence.state)
    dst = next_state(src, action)
    licence.state = dst
    licence.updated_at = now
    licence.events.append(
        LicenceEvent(from_state=src, to_state=dst, actor=actor, reason=reason, at=now)
    )


def _certificate_version(store: Store, requested: str | None, *, now: datetime) -> str:
    """The requested template version (which must exist), or the current standard one."""
    if not requested:
        return certificates.current_template_ref(store, now=now)
    try:
        return certificates.get_template(store, requested, now=now).ref
    except NotFoundError as exc:
        raise InvalidInputError(exc.message, field="certificate_version") from None


def _require_government(agency: Agency, *, field: str) -> None:
    if agency.agency_type == AgencyType.PRIVATE:
        raise InvalidInputError(
            f"agency {agency.id} ({agency.name}) {PRIVATE_END_USER}", field=field
        )


def _check_party(store: Store, party: PartyIn, *, field: str) -> None:
    if party.kind not in ROLE_KINDS[party.role]:
        kinds = " or ".join(sorted(ROLE_KINDS[party.role]))
        raise InvalidInputError(
            f"a {party.role} must be a {kinds}, not a {party.kind}",
            field=f"{field}.kind",
        )
    row = store.get(_KIND_TABLES[party.kind], party.id, field=f"{field}.id")
    if isinstance(row, Agency) and party.role in (
        PartyRole.END_USER,
        PartyRole.ULTIMATE_CONSIGNEE,
    ):
        _require_government(row, field=f"{field}.id")


def _dedupe(parties: list[PartyIn]) -> list[PartyIn]:
    seen: set[tuple[str, str, int]] = set()
    out = []
    for p in parties:
        key = (p.role.value, p.kind.value, p.id)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
