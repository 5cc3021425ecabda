"""Queries for certificate templates, buyer keys and certificates."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from enduse.storage.repos import Store
from enduse.storage.tables import BuyerKey, Certificate, CertificateTemplate, Licence


def template_versions(
    store: Store, name: str | None = None
) -> Sequence[CertificateTemplate]:
    """Issued template versions, oldest first (issue order decides which is current)."""
    stmt = select(CertificateTemplate).order_by(CertificateTemplate.id)
    if name is not None:
        stmt = stmt.where(CertificateTemplate.name == name)
    return store.session.scalars(stmt).all()


def latest_template(store: Store, name: str) -> CertificateTemplate | None:
    stmt = (
        select(CertificateTemplate)
        .where(CertificateTemplate.name == name)
        .order_by(CertificateTemplate.id.desc())
        .limit(1)
    )
    return store.session.scalars(stmt).first()


def active_buyer_key(store: Store, agency_id: int) -> BuyerKey | None:
    stmt = (
        select(BuyerKey)
        .where(BuyerKey.agency_id == agency_id, BuyerKey.retired_at.is_(None))
        .order_by(BuyerKey.id.desc())
        .limit(1)
    )
    return store.session.scalars(stmt).first()


def buyer_keys(store: Store, agency_id: int) -> Sequence[BuyerKey]:
    return store.session.scalars(
        select(BuyerKey).where(BuyerKey.agency_id == agency_id).order_by(BuyerKey.id)
    ).all()


def certificates(
    store: Store,
    *,
    licence_id: int | None = None,
    licence_ids: Sequence[int] | None = None,
) -> Sequence[Certificate]:
    stmt = select(Certificate).order_by(Certificate.id)
    if licence_id is not None:
        stmt = stmt.where(Certificate.licence_id == licence_id)
    if licence_ids is not None:
        stmt = stmt.where(Certificate.licence_id.in_(list(licence_ids)))
    return store.session.scalars(stmt).all()


def licences_on_versions(
    store: Store, refs: Sequence[str], states: Sequence[str]
) -> Sequence[Licence]:
    """Licences in one of ``states`` that name one of the template versions ``refs``."""
    if not refs:
        return []
    stmt = (
        select(Licence)
        .where(
            Licence.certificate_version.in_(list(refs)), Licence.state.in_(list(states))
        )
        .order_by(Licence.id)
    )
    return store.session.scalars(stmt).all()
