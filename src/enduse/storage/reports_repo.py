"""Read-only queries behind compliance reports and console statistics.

Every function takes ``licence_ids``: ``None`` for every licence, else only those (an empty
list matches nothing). Rows come back small (a few columns); the counting is done by the caller
so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from enduse.storage.repos import Store
from enduse.storage.tables.enforcement import Alert, EnforcementAction
from enduse.storage.tables.gate import GateReferral, GateTasking
from enduse.storage.tables.licensing import Licence
from enduse.storage.tables.tlog import TlogEntry


def _only(stmt: Any, column: Any, licence_ids: Sequence[int] | None) -> Any:
    return stmt if licence_ids is None else stmt.where(column.in_(list(licence_ids)))


def licence_ids(
    store: Store, *, exporter_id: int | None = None, agency_id: int | None = None
) -> list[int]:
    """Ids of the licences of one exporter and/or one end-user agency."""
    stmt = select(Licence.id).order_by(Licence.id)
    if exporter_id is not None:
        stmt = stmt.where(Licence.exporter_id == exporter_id)
    if agency_id is not None:
        stmt = stmt.where(Licence.end_user_id == agency_id)
    return list(store.session.scalars(stmt).all())


def tasking_facts(
    store: Store, licence_ids: Sequence[int] | None
) -> list[tuple[int, datetime, str, str, list[str], list[dict[str, Any]], int | None]]:
    """(licence_id, decided_at, decision, outcome, clauses, reasons, log_index) per tasking,
    oldest first. ``reasons`` hold clause ids and evidence; callers count, never show them."""
    stmt = _only(
        select(
            GateTasking.licence_id,
            GateTasking.decided_at,
            GateTasking.decision,
            GateTasking.outcome,
            GateTasking.clauses,
            GateTasking.reasons,
            GateTasking.log_index,
        ),
        GateTasking.licence_id,
        licence_ids,
    ).order_by(GateTasking.decided_at, GateTasking.id)
    return [tuple(r) for r in store.session.execute(stmt).all()]


def referral_states(
    store: Store, licence_ids: Sequence[int] | None
) -> list[tuple[str, str | None]]:
    """(state, decision) of each referral."""
    stmt = _only(
        select(GateReferral.state, GateReferral.decision),
        GateReferral.licence_id,
        licence_ids,
    )
    return [(s, d) for s, d in store.session.execute(stmt).all()]


def alerts(store: Store, licence_ids: Sequence[int] | None) -> Sequence[Alert]:
    """Alerts, oldest first."""
    stmt = _only(select(Alert), Alert.licence_id, licence_ids).order_by(Alert.id)
    return store.session.scalars(stmt).all()


def actions(
    store: Store, licence_ids: Sequence[int] | None
) -> Sequence[EnforcementAction]:
    """Enforcement actions, in the order taken."""
    stmt = _only(
        select(EnforcementAction), EnforcementAction.licence_id, licence_ids
    ).order_by(EnforcementAction.taken_at, EnforcementAction.id)
    return store.session.scalars(stmt).all()


def entries_below(
    store: Store, licence_ids: Sequence[int] | None, tree_size: int
) -> tuple[int, int]:
    """(entries of these licences with index < ``tree_size``, all their entries)."""
    base = _only(
        select(func.count()).select_from(TlogEntry), TlogEntry.licence_id, licence_ids
    )
    covered = store.session.scalar(base.where(TlogEntry.sequence < tree_size))
    return int(covered or 0), int(store.session.scalar(base) or 0)


def recent_entries(store: Store, limit: int) -> Sequence[TlogEntry]:
    """The newest ``limit`` log entries, newest first."""
    return store.session.scalars(
        select(TlogEntry).order_by(TlogEntry.sequence.desc()).limit(limit)
    ).all()
