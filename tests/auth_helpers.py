"""Users and credentials for tests: real users, real argon2 hashes, real tokens.

- ``make_user(db, role, exporter_id=.., agency_id=.., password=..)``: a user (unique name);
- ``make_token(db, role, **tenant)``: a new user of that role and a bearer token for it;
- ``bearer(token)``: the ``Authorization`` header;
- ``make_agency(db)``: another buyer agency (for "another tenant's user" tests).
"""

from __future__ import annotations

import itertools
from datetime import timedelta

from enduse.auth import Role
from enduse.auth import service as auth
from enduse.auth.models import UserCreate
from enduse.clock import utcnow
from enduse.storage import Database
from enduse.storage.tables import Agency, User

PASSWORD = "correct horse battery staple"
_serial = itertools.count(1)


def make_user(
    db: Database,
    role: Role | str,
    *,
    username: str | None = None,
    password: str | None = PASSWORD,
    exporter_id: int | None = None,
    agency_id: int | None = None,
) -> User:
    role = Role(role)
    name = username or f"{role.value}-{next(_serial)}"
    with db.store() as store:
        user = auth.create_user(
            store,
            UserCreate(
                username=name,
                role=role,
                exporter_id=exporter_id,
                agency_id=agency_id,
                password=password,
            ),
            now=utcnow(),
        )
        store.session.expunge(user)
    return user


def token_for(db: Database, username: str, *, ttl: timedelta | None = None) -> str:
    with db.store() as store:
        return auth.issue_token(
            store, username, name="test", now=utcnow(), ttl=ttl
        ).token


def make_token(db: Database, role: Role | str, **tenant: int | None) -> str:
    user = make_user(db, role, **tenant)  # type: ignore[arg-type]
    return token_for(db, user.username)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def make_agency(db: Database, name: str = "Other buyer") -> int:
    with db.store() as store:
        agency = store.add(
            Agency(name=name, country="FR", agency_type="police", created_at=utcnow())
        )
        return agency.id
