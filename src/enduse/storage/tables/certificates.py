"""End-user certificate templates, buyers' public keys and certificate instances.

No private key is ever stored: buyers keep theirs, the regulator's stay in ``Settings.key_dir``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from enduse.storage.base import Base


class CertificateTemplate(Base):
    """One issued version of a certificate template (immutable once issued)."""

    __tablename__ = "certificate_templates"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)  # "standard-1"
    name: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[dict[str, Any]]  # the validated template JSON
    sha256: Mapped[str] = mapped_column(String(64))  # of the body's RFC 8785 bytes
    issued_by: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime]


class BuyerKey(Base):
    """A customer agency's Ed25519 public key. Rotation retires the old row; rows are never deleted."""

    __tablename__ = "buyer_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw key, lowercase hex
    fingerprint: Mapped[str] = mapped_column(
        String(64), index=True
    )  # sha256 of the raw key
    registered_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]


class Certificate(Base):
    """One certificate instance: template version + licence + buyer agency + parameters."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("certificate_templates.id"))
    template_ref: Mapped[str] = mapped_column(String(32))
    parameters: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(16), index=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)  # what is signed
    document_sha256: Mapped[str] = mapped_column(String(64))
    buyer_key_id: Mapped[int | None] = mapped_column(ForeignKey("buyer_keys.id"))
    buyer_key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    buyer_signature: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    signed_at: Mapped[datetime | None]
    regulator_key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    regulator_signature: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    countersigned_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
