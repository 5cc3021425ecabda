"""Tasking requests the gate decided for licences in the database, and the referral queue.

``gate_taskings.request`` is the request record as received (target identifier in canonical
form, justification): regulator-only data. Everything else about the target is its keyed
pseudonym (the transparency log's per-licence HMAC), and the log holds only digests.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from enduse.storage.base import Base


class GateTasking(Base):
    """One tasking request and the gate's decision on it.

    ``decision`` is what the gate decided (never changes); ``outcome`` is where the tasking
    stands now: ``refer`` until a reviewer resolves the referral, then ``permit`` or ``deny``.
    A tasking whose outcome is ``permit`` holds its target *active* until ``legal_valid_until``.
    """

    __tablename__ = "gate_taskings"
    __table_args__ = (
        Index("ix_gate_taskings_active", "licence_id", "outcome", "legal_valid_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    operator: Mapped[str] = mapped_column(String(200))
    request: Mapped[dict[str, Any]]  # regulator-only: the request record as received
    request_digest: Mapped[str] = mapped_column(String(71))  # sha256:<hex> of `request`
    target_pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    registry_match: Mapped[str | None] = mapped_column(String(32))
    capabilities: Mapped[list[str]]
    legal_valid_until: Mapped[datetime | None]
    certificate: Mapped[str] = mapped_column(String(64))  # template version decided on
    active_targets: Mapped[int] = mapped_column(Integer)  # what the gate counted
    decision: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(8))
    clauses: Mapped[list[str]]
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    token_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    token_expires_at: Mapped[datetime | None]
    log_index: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[datetime]


class GateReferral(Base):
    """A referred tasking awaiting (``open``) or given (``resolved``) a reviewer's decision."""

    __tablename__ = "gate_referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    tasking_id: Mapped[int] = mapped_column(ForeignKey("gate_taskings.id"), unique=True)
    licence_id: Mapped[int] = mapped_column(Integer, index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime]
    reviewer: Mapped[str | None] = mapped_column(String(200))
    decision: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]
    log_index: Mapped[int | None] = mapped_column(BigInteger)
