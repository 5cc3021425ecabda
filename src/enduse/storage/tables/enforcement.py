"""Alerts, cases, enforcement actions and appeals.

Alerts are written by the monitors (and anyone with ``enforcement.service.raise_alert``); a case
groups alerts about one licence. Actions, appeals and appeal decisions are append-only: a
reversal is a new action, never an edit. Case history (notes, transitions, assignments) is an
append-only event list; only a case's current ``state`` and ``reviewer`` change in place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enduse.storage.base import AppendOnly, Base


class EnforcementCase(Base):
    """An investigation of one licence: open → investigating → action_taken | dismissed."""

    __tablename__ = "enforcement_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(32), index=True)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    opened_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    events: Mapped[list[CaseEvent]] = relationship(
        order_by="CaseEvent.id", cascade="all"
    )
    alerts: Mapped[list[Alert]] = relationship(order_by="Alert.id")


class Alert(Base):
    """A monitor's finding about a licence, with evidence (log indices, counts, thresholds).

    ``case_id`` is the only column that changes: null until the alert joins a case."""

    __tablename__ = "enforcement_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_cases.id"), index=True
    )


class CaseEvent(AppendOnly, Base):
    """One thing that happened to a case: opened, note, transition, assigned, alert_added, action."""

    __tablename__ = "enforcement_case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("enforcement_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class EnforcementAction(AppendOnly, Base):
    """One signed enforcement action. ``record`` is exactly what the regulator signed."""

    __tablename__ = "enforcement_actions"
    __table_args__ = (UniqueConstraint("licence_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_cases.id"), index=True
    )
    type: Mapped[str] = mapped_column(String(16))
    parameters: Mapped[dict[str, Any]]
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_actions.id"), index=True
    )
    appeal_id: Mapped[int | None] = mapped_column(Integer)
    record: Mapped[dict[str, Any]]
    signature: Mapped[str] = mapped_column(String(128))
    public_key: Mapped[str] = mapped_column(String(64))
    log_index: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime]


class Appeal(AppendOnly, Base):
    """An appeal against an action by the exporter or the buyer, with grounds."""

    __tablename__ = "enforcement_appeals"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_actions.id"), index=True
    )
    appellant: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    grounds: Mapped[str] = mapped_column(Text)
    filed_at: Mapped[datetime]


class AppealDecision(AppendOnly, Base):
    """The regulator's decision on an appeal: upheld (action stands) or reversed."""

    __tablename__ = "enforcement_appeal_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_appeals.id"), unique=True
    )
    outcome: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    reversal_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_actions.id")
    )
    decided_at: Mapped[datetime]
