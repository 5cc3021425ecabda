"""Licence applications, their review record and their history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enduse.storage.base import Base


class Licence(Base):
    __tablename__ = "licences"

    id: Mapped[int] = mapped_column(primary_key=True)
    exporter_id: Mapped[int] = mapped_column(ForeignKey("exporters.id"), index=True)
    end_user_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    end_use: Mapped[str] = mapped_column(Text)
    country_record: Mapped[str] = mapped_column(Text, default="")
    red_flags: Mapped[list[str]]
    # Conditions of approval (null until approved).
    allowed_capabilities: Mapped[list[str] | None]
    max_active_targets: Mapped[int | None] = mapped_column(Integer)
    valid_from: Mapped[datetime | None]
    valid_until: Mapped[datetime | None]
    certificate_version: Mapped[str | None] = mapped_column(String(32))
    resign_required_by: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    parties: Mapped[list[LicenceParty]] = relationship(
        order_by="LicenceParty.id", cascade="all"
    )
    items: Mapped[list[LicenceItem]] = relationship(
        order_by="LicenceItem.id", cascade="all"
    )
    answers: Mapped[list[DueDiligenceAnswer]] = relationship(
        order_by="DueDiligenceAnswer.id", cascade="all"
    )
    rfis: Mapped[list[RequestForInformation]] = relationship(
        order_by="RequestForInformation.id", cascade="all"
    )
    conditions: Mapped[list[Condition]] = relationship(
        order_by="Condition.id", cascade="all"
    )
    events: Mapped[list[LicenceEvent]] = relationship(
        order_by="LicenceEvent.id", cascade="all"
    )


class LicenceParty(Base):
    """A party to the deal in a role (purchaser, consignee, end user, broker...)."""

    __tablename__ = "licence_parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    party_kind: Mapped[str] = mapped_column(String(16))
    party_id: Mapped[int]


class LicenceItem(Base):
    __tablename__ = "licence_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    classification: Mapped[str] = mapped_column(String(32))
    quantity: Mapped[int]


class DueDiligenceAnswer(Base):
    """One answered question of the human-rights due-diligence checklist."""

    __tablename__ = "due_diligence_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    question: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[datetime]


class RequestForInformation(Base):
    __tablename__ = "requests_for_information"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    asked_by: Mapped[str] = mapped_column(String(200))
    asked_at: Mapped[datetime]
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by: Mapped[str | None] = mapped_column(String(200))
    answered_at: Mapped[datetime | None]


class Condition(Base):
    """A condition of approval the exporter must acknowledge before the licence is active."""

    __tablename__ = "licence_conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    acknowledged_at: Mapped[datetime | None]


class LicenceEvent(Base):
    """One state transition: who, when, why. Never updated or deleted."""

    __tablename__ = "licence_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
