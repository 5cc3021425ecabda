"""Queries the monitors' database runner needs."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from enduse.storage.tables import Alert, GateTasking


def taskings_after(
    session: Session, index: int, *, batch: int = 2000
) -> Iterator[GateTasking]:
    """Logged taskings with a log index above ``index``, in log order, streamed in batches."""
    last = index
    while True:
        rows = session.scalars(
            select(GateTasking)
            .where(GateTasking.log_index.is_not(None), GateTasking.log_index > last)
            .order_by(GateTasking.log_index)
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = int(rows[-1].log_index or last)
        session.expunge_all()


def alerts_for(session: Session, licence_id: int, source: str) -> list[Alert]:
    return list(
        session.scalars(
            select(Alert).where(Alert.licence_id == licence_id, Alert.source == source)
        )
    )
