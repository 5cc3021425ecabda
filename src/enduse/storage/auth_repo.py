"""Queries for users, API tokens and login sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select

from enduse.storage.base import Base
from enduse.storage.repos import MAX_ID, Store
from enduse.storage.tables import (
    Agency,
    Alert,
    ApiToken,
    Appeal,
    Certificate,
    EnforcementAction,
    EnforcementCase,
    Exporter,
    GateReferral,
    GateTasking,
    Licence,
    LoginSession,
    Product,
    User,
)


def user_by_name(store: Store, username: str) -> User | None:
    return store.find(User, username=username)


def token_by_digest(store: Store, digest: str) -> ApiToken | None:
    return store.find(ApiToken, digest=digest)


def session_by_digest(store: Store, digest: str) -> LoginSession | None:
    return store.find(LoginSession, digest=digest)


def tokens(store: Store, *, user_id: int | None = None) -> Sequence[ApiToken]:
    stmt = select(ApiToken).order_by(ApiToken.id)
    if user_id is not None:
        stmt = stmt.where(ApiToken.user_id == user_id)
    return store.session.scalars(stmt).all()


def drop_sessions(
    store: Store, *, user_id: int | None = None, expired_at: datetime | None = None
) -> int:
    """Delete a user's sessions, or every session expired at ``expired_at``."""
    stmt = delete(LoginSession)
    if user_id is not None:
        stmt = stmt.where(LoginSession.user_id == user_id)
    if expired_at is not None:
        stmt = stmt.where(LoginSession.expires_at <= expired_at)
    return int(store.session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]  # NOTE: CursorResult


# -- tenancy: who owns a record ------------------------------------------------------------------

_BY_LICENCE: dict[str, type[Base]] = {
    "tasking_id": GateTasking,
    "referral_id": GateReferral,
    "certificate_id": Certificate,
    "action_id": EnforcementAction,
    "alert_id": Alert,
    "case_id": EnforcementCase,
}
OWNED_PARAMS = frozenset(
    {*_BY_LICENCE, "licence_id", "appeal_id", "product_id", "exporter_id", "agency_id"}
)
"""Parameter names (path, query or top-level body field) that name a tenant's record."""


def owner_of(
    store: Store, param: str, ident: int
) -> tuple[int | None, int | None] | None:
    """``(exporter_id, agency_id)`` owning the record ``param`` = ``ident`` names (a licence's
    exporter and end-user agency), or None when there is no such record."""
    if not 1 <= ident <= MAX_ID:
        return None
    if param == "exporter_id":
        return (ident, None) if store.session.get(Exporter, ident) else None
    if param == "agency_id":
        return (None, ident) if store.session.get(Agency, ident) else None
    if param == "product_id":
        exporter = store.session.scalar(
            select(Product.exporter_id).where(Product.id == ident)
        )
        return None if exporter is None else (exporter, None)
    licence_id: int | None = ident
    if param == "appeal_id":
        licence_id = store.session.scalar(
            select(EnforcementAction.licence_id)
            .join(Appeal, Appeal.action_id == EnforcementAction.id)
            .where(Appeal.id == ident)
        )
    elif param in _BY_LICENCE:
        model = _BY_LICENCE[param]
        licence_id = store.session.scalar(
            select(model.licence_id).where(model.id == ident)  # type: ignore[attr-defined]  # NOTE: every _BY_LICENCE model has both
        )
    if licence_id is None:
        return None
    row = store.session.execute(
        select(Licence.exporter_id, Licence.end_user_id).where(Licence.id == licence_id)
    ).first()
    return None if row is None else (row[0], row[1])


def licence_ids_of(
    store: Store, *, exporter_id: int | None = None, agency_id: int | None = None
) -> list[int]:
    """The licences an exporter holds or an agency is the end user of."""
    stmt = select(Licence.id).order_by(Licence.id)
    if exporter_id is not None:
        stmt = stmt.where(Licence.exporter_id == exporter_id)
    if agency_id is not None:
        stmt = stmt.where(Licence.end_user_id == agency_id)
    return list(store.session.scalars(stmt).all())
