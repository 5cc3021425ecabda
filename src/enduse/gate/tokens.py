"""Tasking tokens: what a permit hands the licensed system, verifiable offline.

A token is a JWS in compact form (RFC 7515) signed with Ed25519 (``alg: EdDSA``, RFC 8037) by
the regulator's key, made and checked with PyJWT. Header ``{"alg": "EdDSA", "typ":
"tasking+jwt", "kid": <sha256 fingerprint of the regulator's public key>}``; claims::

    iss  the regulator's name            jti  random token id (128 bits, hex)
    iat  issued at (seconds)             nbf  = iat
    exp  iat + token_ttl_s (short-lived) tsk  tasking id
    lic  licence id                      tgt  target pseudonym (HMAC, never the identifier)
    cap  the permitted capabilities

``verify_token`` needs only the token, the regulator's public key and the time: a tampered,
expired, not-yet-valid or foreign-key token raises ``VerificationError`` with the reason.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from enduse.clock import ensure_utc
from enduse.errors import VerificationError
from enduse.keys import fingerprint
from enduse.tasking.models import Capability

ALGORITHM = "EdDSA"
TOKEN_TYPE = "tasking+jwt"  # noqa: S105 -- a JOSE "typ" value, not a secret
_FIELD = "token"


class _Claims(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    iss: str = Field(min_length=1)
    iat: int
    nbf: int
    exp: int
    jti: str = Field(pattern=r"^[0-9a-f]{32}$")
    tsk: int = Field(ge=1)
    lic: int = Field(ge=1)
    tgt: str = Field(pattern=r"^[0-9a-f]{64}$")
    cap: list[Capability] = Field(min_length=1)


@dataclass(frozen=True)
class TokenClaims:
    """What a valid token allows: this tasking, on this licence, against this target, with
    these capabilities, until ``expires_at``."""

    token_id: str
    tasking_id: int
    licence_id: int
    target_pseudonym: str
    capabilities: list[str]
    issuer: str
    issued_at: datetime
    expires_at: datetime
    key_id: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "token_id": self.token_id,
            "tasking_id": self.tasking_id,
            "licence_id": self.licence_id,
            "target_pseudonym": self.target_pseudonym,
            "capabilities": list(self.capabilities),
            "issuer": self.issuer,
            "issued_at": self.issued_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
            "key_id": self.key_id,
        }


@dataclass(frozen=True)
class IssuedToken:
    token: str
    claims: TokenClaims


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def issue_token(
    key: Ed25519PrivateKey,
    *,
    tasking_id: int,
    licence_id: int,
    target_pseudonym: str,
    capabilities: list[str],
    issuer: str,
    now: datetime,
    ttl_s: int,
) -> IssuedToken:
    """Sign a token for one permitted tasking, valid from ``now`` for ``ttl_s`` seconds."""
    now = ensure_utc(now, field="now")
    iat = int(now.timestamp())
    exp = int((now + timedelta(seconds=ttl_s)).timestamp())
    claims = _Claims(
        iss=issuer,
        iat=iat,
        nbf=iat,
        exp=exp,
        jti=secrets.token_hex(16),
        tsk=tasking_id,
        lic=licence_id,
        tgt=target_pseudonym,
        cap=sorted(Capability(c) for c in capabilities),
    )
    kid = fingerprint(key.public_key())
    token = jwt.encode(
        claims.model_dump(mode="json"),
        key,
        algorithm=ALGORITHM,
        headers={"typ": TOKEN_TYPE, "kid": kid},
    )
    return IssuedToken(token, _to_claims(claims, kid))


def _to_claims(c: _Claims, kid: str) -> TokenClaims:
    return TokenClaims(
        token_id=c.jti,
        tasking_id=c.tsk,
        licence_id=c.lic,
        target_pseudonym=c.tgt,
        capabilities=[str(x) for x in c.cap],
        issuer=c.iss,
        issued_at=_instant(c.iat),
        expires_at=_instant(c.exp),
        key_id=kid,
    )


def verify_token(
    token: str,
    public_key: Ed25519PublicKey,
    *,
    now: datetime,
    issuer: str | None = None,
) -> TokenClaims:
    """The claims of a token signed by ``public_key`` and valid at ``now``; otherwise
    ``VerificationError`` saying why (malformed, wrong key, altered, expired...)."""
    now = ensure_utc(now, field="now")
    token = token.strip()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise VerificationError(
            f"not a well-formed token (JWS compact form expected): {exc}", field=_FIELD
        ) from None
    if header.get("alg") != ALGORITHM:
        raise VerificationError(
            f"algorithm {header.get('alg')!r} is not accepted: tasking tokens are EdDSA (Ed25519)",
            field=_FIELD,
        )
    if header.get("typ") != TOKEN_TYPE:
        raise VerificationError(
            f"token type {header.get('typ')!r} is not {TOKEN_TYPE!r}", field=_FIELD
        )
    want = fingerprint(public_key)
    kid = header.get("kid")
    if kid != want:
        raise VerificationError(
            f"signed by another key (kid {str(kid)[:16]}…), not the given key {want[:16]}…",
            field=_FIELD,
        )
    try:
        payload = jwt.decode(
            token,
            public_key,
            algorithms=[ALGORITHM],
            options={
                "verify_exp": False,  # checked below against the caller's `now`
                "verify_nbf": False,
                "verify_iat": False,
                "require": ["iss", "iat", "nbf", "exp", "jti"],
            },
        )
    except jwt.InvalidSignatureError:
        raise VerificationError(
            "the signature does not verify: the token was altered or not signed by this key",
            field=_FIELD,
        ) from None
    except jwt.MissingRequiredClaimError as exc:
        raise VerificationError(
            f"claim {exc.claim!r} is missing", field=_FIELD
        ) from None
    except jwt.InvalidTokenError as exc:
        raise VerificationError(f"not a valid token: {exc}", field=_FIELD) from None
    try:
        claims = _Claims.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise VerificationError(
            f"claim {where!r}: {first['msg']}", field=_FIELD
        ) from None
    if issuer is not None and claims.iss != issuer:
        raise VerificationError(
            f"issued by {claims.iss!r}, not {issuer!r}", field=_FIELD
        )
    stamp = now.timestamp()
    if stamp >= claims.exp:
        raise VerificationError(
            f"the token expired at {_instant(claims.exp).isoformat()}", field=_FIELD
        )
    if stamp < claims.nbf:
        raise VerificationError(
            f"the token is not valid before {_instant(claims.nbf).isoformat()}",
            field=_FIELD,
        )
    return _to_claims(claims, want)
