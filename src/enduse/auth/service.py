"""Users, passwords, API tokens and login sessions.

Passwords are argon2id hashes (``argon2-cffi``); an API token or a session cookie is 32 random
bytes of which only the SHA-256 digest is stored, so a copy of the database lets nobody in.
A login answers the same error, after the same work, for an unknown user, a wrong password and
a disabled user.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from enduse.auth import Principal, Role
from enduse.auth.models import IssuedToken, TokenOut, UserCreate
from enduse.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    UnauthenticatedError,
)
from enduse.storage import Store
from enduse.storage import auth_repo as repo
from enduse.storage.tables import Agency, ApiToken, Exporter, LoginSession, User

TOKEN_PREFIX = "eut_"  # noqa: S105 -- a marker, not a secret
PREFIX_SHOWN = 12  # characters of a token kept in clear to tell tokens apart
LAST_USED_RESOLUTION = timedelta(
    minutes=1
)  # last_used_at is refreshed at most this often
BAD_LOGIN = "unknown user or wrong password"

_hasher = PasswordHasher()
# Verified against when the user does not exist, so that case costs what a wrong password costs.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def digest(secret: str) -> str:
    """SHA-256 hex of a token or cookie value: what is stored and looked up."""
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def principal_of(user: User) -> Principal:
    return Principal(
        username=user.username,
        role=Role(user.role),
        user_id=user.id,
        exporter_id=user.exporter_id,
        agency_id=user.agency_id,
    )


# -- users ---------------------------------------------------------------------------------------


def create_user(store: Store, data: UserCreate, *, now: datetime) -> User:
    """A new user; a buyer names an existing agency, an exporter an existing exporter."""
    if data.exporter_id is not None:
        store.get(Exporter, data.exporter_id, field="exporter_id")
    if data.agency_id is not None:
        store.get(Agency, data.agency_id, field="agency_id")
    if repo.user_by_name(store, data.username) is not None:
        raise ConflictError(f"user {data.username} already exists", field="username")
    return store.add(
        User(
            username=data.username,
            password_hash=hash_password(data.password) if data.password else None,
            role=data.role.value,
            exporter_id=data.exporter_id,
            agency_id=data.agency_id,
            disabled=False,
            created_at=now,
        )
    )


def get_user(store: Store, username: str) -> User:
    user = repo.user_by_name(store, username)
    if user is None:
        raise NotFoundError(f"user {username} does not exist", field="username")
    return user


def list_users(store: Store) -> Sequence[User]:
    return store.list(User)


def set_password(store: Store, username: str, password: str) -> User:
    """Replace a user's password; its open sessions end."""
    if len(password) < 10:
        raise InvalidInputError("at least 10 characters", field="password")
    user = get_user(store, username)
    user.password_hash = hash_password(password)
    repo.drop_sessions(store, user_id=user.id)
    store.flush()
    return user


def disable_user(store: Store, username: str, *, by: Principal | None = None) -> User:
    """A disabled user can neither log in nor use its tokens; its sessions end at once."""
    user = get_user(store, username)
    if by is not None and by.user_id == user.id:
        raise ConflictError("you cannot disable yourself", field="username")
    user.disabled = True
    repo.drop_sessions(store, user_id=user.id)
    store.flush()
    return user


def verify_login(store: Store, username: str, password: str) -> User:
    """The user, if ``password`` is right and the user is enabled; otherwise one error for all
    cases, after an argon2 verification in every case."""
    user = repo.user_by_name(store, username)
    stored = user.password_hash if user is not None and user.password_hash else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
        ok = stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    if not ok or user is None or user.disabled:
        raise UnauthenticatedError(BAD_LOGIN, field="password")
    if _hasher.check_needs_rehash(stored or ""):
        user.password_hash = hash_password(password)
    return user


# -- API tokens ----------------------------------------------------------------------------------


def issue_token(
    store: Store,
    username: str,
    *,
    name: str,
    now: datetime,
    ttl: timedelta | None,
) -> IssuedToken:
    """A new bearer token for ``username`` (``ttl`` None: it never expires). The token is in
    the answer only; the database keeps its digest and first characters."""
    user = get_user(store, username)
    if user.disabled:
        raise ConflictError(f"user {username} is disabled", field="username")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = store.add(
        ApiToken(
            user_id=user.id,
            name=name,
            prefix=token[:PREFIX_SHOWN],
            digest=digest(token),
            created_at=now,
            expires_at=now + ttl if ttl is not None else None,
            last_used_at=None,
            revoked_at=None,
        )
    )
    return IssuedToken(token=token, info=TokenOut.model_validate(row))


def token_ttl(expires_days: int | None, default_days: int) -> timedelta | None:
    """A token's lifetime: the days asked for, else the configured default; 0 = no expiry."""
    days = default_days if expires_days is None else expires_days
    return timedelta(days=days) if days > 0 else None


def list_tokens(store: Store, *, username: str | None = None) -> Sequence[ApiToken]:
    user_id = get_user(store, username).id if username is not None else None
    return repo.tokens(store, user_id=user_id)


def revoke_token(
    store: Store, token_id: int, *, now: datetime, current: int | None = None
) -> ApiToken:
    """Revoke a token (idempotent). ``current`` is the token making the request: refused,
    so a caller cannot lock itself out by accident."""
    row = store.get(ApiToken, token_id, field="token_id")
    if current is not None and row.id == current:
        raise ConflictError("this is the token making the request", field="token_id")
    if row.revoked_at is None:
        row.revoked_at = now
        store.flush()
    return row


def authenticate_token(
    store: Store, token: str, *, now: datetime
) -> tuple[User, ApiToken]:
    """The user a bearer token belongs to, if it is known, unrevoked, unexpired and its user
    enabled."""
    row = (
        repo.token_by_digest(store, digest(token))
        if token.startswith(TOKEN_PREFIX)
        else None
    )
    if row is None or row.revoked_at is not None:
        raise UnauthenticatedError("unknown or revoked token", field="authorization")
    if row.expires_at is not None and row.expires_at <= now:
        raise UnauthenticatedError("the token has expired", field="authorization")
    if row.user.disabled:
        raise UnauthenticatedError(
            "the token's user is disabled", field="authorization"
        )
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_RESOLUTION:
        row.last_used_at = now
    return row.user, row


# -- sessions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewSession:
    """A login: ``cookie`` is the value to set (stored only as its digest)."""

    cookie: str
    csrf_token: str
    expires_at: datetime
    user: User


def login(
    store: Store, username: str, password: str, *, now: datetime, ttl: timedelta
) -> NewSession:
    """Check the password and open a session lasting ``ttl``; expired sessions are swept."""
    user = verify_login(store, username, password)
    repo.drop_sessions(store, expired_at=now)
    cookie = secrets.token_urlsafe(32)
    row = store.add(
        LoginSession(
            user_id=user.id,
            digest=digest(cookie),
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + ttl,
        )
    )
    return NewSession(cookie, row.csrf_token, row.expires_at, user)


def authenticate_session(store: Store, cookie: str, *, now: datetime) -> LoginSession:
    """The session a cookie opens, if it exists, has not expired and its user is enabled."""
    row = repo.session_by_digest(store, digest(cookie))
    if row is None or row.expires_at <= now or row.user.disabled:
        raise UnauthenticatedError("no valid session: log in again", field="session")
    return row


def logout(store: Store, cookie: str) -> None:
    row = repo.session_by_digest(store, digest(cookie))
    if row is not None:
        store.session.delete(row)
        store.flush()


def csrf_matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected, given)
