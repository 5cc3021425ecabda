"""Restricted-party lists (every loaded version kept), screening hits with their review,
and the protected-persons registry."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from enduse.storage.base import Base


class ScreeningList(Base):
    """One loaded version of a list. Older versions stay: every hit names the version it used."""

    __tablename__ = "screening_lists"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[str] = mapped_column(String(100))
    format: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime]
    record_count: Mapped[int] = mapped_column(Integer)
    alias_count: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]]


class ScreeningEntity(Base):
    """One listed entity in one list version."""

    __tablename__ = "screening_entities"
    __table_args__ = (UniqueConstraint("list_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("screening_lists.id"), index=True)
    entity_id: Mapped[str] = mapped_column(String(100))
    entity_type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]]
    countries: Mapped[list[str]]
    programs: Mapped[list[str]]
    source: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")


class ScreeningName(Base):
    """One matchable name of a listed entity (its primary name or an alias) with the
    blocking features computed when the list was loaded, so that an index is assembled
    from stored arrays instead of analysing every name again. ``scheme`` names the
    feature scheme; rows of another scheme are recomputed."""

    __tablename__ = "screening_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("screening_lists.id"), index=True)
    entity_pk: Mapped[int] = mapped_column(ForeignKey("screening_entities.id"))
    name: Mapped[str] = mapped_column(Text)
    scheme: Mapped[int] = mapped_column(Integer)
    features: Mapped[bytes] = mapped_column(LargeBinary)


class ScreeningHit(Base):
    """A party that resembled a listed entity, and the reviewer's decision on it.

    ``licence_id`` is a plain nullable integer (no foreign key): hits can be stored before a
    licence exists, and the licensing package asks ``open_alerts(store, licence_id)``."""

    __tablename__ = "screening_hits"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    role: Mapped[str] = mapped_column(String(64))
    party_name: Mapped[str] = mapped_column(Text)
    party_country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    party_type: Mapped[str | None] = mapped_column(String(16), nullable=True)
    list_id: Mapped[int] = mapped_column(Integer)
    list_name: Mapped[str] = mapped_column(String(100))
    list_version: Mapped[str] = mapped_column(String(100))
    entity_id: Mapped[str] = mapped_column(String(100))
    entity_name: Mapped[str] = mapped_column(Text)
    matched_name: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list[str]]
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime]
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resolution_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ProtectedPerson(Base):
    """A person the regime protects (journalist, lawyer, ...). Names are kept (they are
    matched fuzzily); identifiers are not: see ``ProtectedIdentifier``."""

    __tablename__ = "protected_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]]
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    source: Mapped[str] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime]


class ProtectedIdentifier(Base):
    """A protected person's phone number, stored only as a keyed hash (HMAC-SHA256 of the
    E.164 form under the registry key). The number itself is never written."""

    __tablename__ = "protected_identifiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("protected_persons.id"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(64), index=True)
