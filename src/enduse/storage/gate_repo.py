"""Queries of the gate's tasking records and referral queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, func, select

from enduse.storage.repos import Store
from enduse.storage.tables.gate import GateReferral, GateTasking

PERMIT = "permit"
OPEN = "open"


def active_target_count(
    store: Store, licence_id: int, *, now: datetime, excluding: str | None = None
) -> int:
    """Distinct target pseudonyms of the licence's permitted taskings whose legal basis is
    still valid at ``now`` (``excluding`` one pseudonym: the request's own target)."""
    stmt = select(func.count(func.distinct(GateTasking.target_pseudonym))).where(
        GateTasking.licence_id == licence_id,
        GateTasking.outcome == PERMIT,
        GateTasking.legal_valid_until > now,
    )
    if excluding is not None:
        stmt = stmt.where(GateTasking.target_pseudonym != excluding)
    return int(store.session.scalar(stmt) or 0)


def referrals(
    store: Store,
    *,
    licence_id: int | None = None,
    licence_ids: Sequence[int] | None = None,
    state: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Sequence[tuple[GateReferral, GateTasking]]:
    """Referrals with their taskings: open ones first, then oldest first."""
    stmt = select(GateReferral, GateTasking).join(
        GateTasking, GateTasking.id == GateReferral.tasking_id
    )
    if licence_id is not None:
        stmt = stmt.where(GateReferral.licence_id == licence_id)
    if licence_ids is not None:
        stmt = stmt.where(GateReferral.licence_id.in_(list(licence_ids)))
    if state is not None:
        stmt = stmt.where(GateReferral.state == state)
    stmt = (
        stmt.order_by(case((GateReferral.state == OPEN, 0), else_=1), GateReferral.id)
        .limit(limit)
        .offset(offset)
    )
    return [(r, t) for r, t in store.session.execute(stmt).all()]


def referral_of(store: Store, tasking_id: int) -> GateReferral | None:
    return store.session.scalars(
        select(GateReferral).where(GateReferral.tasking_id == tasking_id)
    ).first()
