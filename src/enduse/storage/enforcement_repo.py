"""Queries for enforcement: alerts by filter, a licence's actions, the next action number."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from enduse.storage.repos import Store
from enduse.storage.tables.enforcement import (
    Alert,
    EnforcementAction,
    EnforcementCase,
)
from enduse.storage.tables.licensing import LicenceEvent


def alerts(
    store: Store,
    *,
    licence_id: int | None = None,
    source: str | None = None,
    unassigned: bool = False,
    limit: int = 500,
) -> Sequence[Alert]:
    """Alerts, newest first."""
    stmt = select(Alert)
    if licence_id is not None:
        stmt = stmt.where(Alert.licence_id == licence_id)
    if source is not None:
        stmt = stmt.where(Alert.source == source)
    if unassigned:
        stmt = stmt.where(Alert.case_id.is_(None))
    return store.session.scalars(stmt.order_by(Alert.id.desc()).limit(limit)).all()


def cases(
    store: Store, *, licence_id: int | None = None, state: str | None = None
) -> Sequence[EnforcementCase]:
    stmt = select(EnforcementCase)
    if licence_id is not None:
        stmt = stmt.where(EnforcementCase.licence_id == licence_id)
    if state is not None:
        stmt = stmt.where(EnforcementCase.state == state)
    return store.session.scalars(stmt.order_by(EnforcementCase.id)).all()


def actions(store: Store, licence_id: int) -> Sequence[EnforcementAction]:
    """Every action on a licence, in the order taken."""
    return store.session.scalars(
        select(EnforcementAction)
        .where(EnforcementAction.licence_id == licence_id)
        .order_by(EnforcementAction.id)
    ).all()


def next_action_number(store: Store, licence_id: int) -> int:
    """1 + the highest action number on the licence (``(licence_id, number)`` is unique)."""
    top = store.session.scalar(
        select(func.max(EnforcementAction.number)).where(
            EnforcementAction.licence_id == licence_id
        )
    )
    return int(top or 0) + 1


def change_count(store: Store, licence_id: int) -> int:
    """How many recorded changes a licence has had: history events plus enforcement actions
    (only grows; the status document's ``sequence``)."""
    events = store.session.scalar(
        select(func.count())
        .select_from(LicenceEvent)
        .where(LicenceEvent.licence_id == licence_id)
    )
    return int(events or 0) + next_action_number(store, licence_id) - 1
