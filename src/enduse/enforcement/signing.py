"""Signed enforcement records: action records and licence-status documents (pure, no I/O).

Both are one JSON object ``{"format", <body>, "signature": {"public_key", "signature"}}``;
the regulator signs with Ed25519 the RFC 8785 (JCS) canonical bytes of
``{"context": CONTEXT, <body name>: body}``, so a signature over one kind of record can never be
replayed as the other. Keys and signatures are lowercase hex (one spelling each). A verifier
needs only the regulator's public key: nothing here touches the database.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pydantic import BaseModel, ConfigDict, ValidationError

from enduse.certificates.signing import format_time, parse_time
from enduse.enforcement.models import LicenceStatus
from enduse.errors import VerificationError
from enduse.keys import public_key_from_hex, public_key_hex

ACTION_FORMAT = "enduse.enforcement-action/1"
SIGNED_ACTION_FORMAT = "enduse.signed-enforcement-action/1"
ACTION_CONTEXT = "enduse.enforcement-action/signature/1"

STATUS_FORMAT = "enduse.licence-status/1"
SIGNED_STATUS_FORMAT = "enduse.signed-licence-status/1"
STATUS_CONTEXT = "enduse.licence-status/signature/1"

MAX_BYTES = 1 << 20
DEFAULT_SKEW = timedelta(seconds=60)

_HEX_SIG = re.compile(r"^[0-9a-f]{128}$")


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) canonical bytes of a JSON value."""
    return bytes(rfc8785.dumps(value))


def _message(context: str, name: str, body: dict[str, Any]) -> bytes:
    return canonical({"context": context, name: body})


def _sign(
    context: str, fmt: str, name: str, body: dict[str, Any], key: Ed25519PrivateKey
) -> dict[str, Any]:
    signature = key.sign(_message(context, name, body))
    return {
        "format": fmt,
        name: body,
        "signature": {
            "public_key": public_key_hex(key.public_key()),
            "signature": signature.hex(),
        },
    }


def _load(data: bytes | str | dict[str, Any], fmt: str, name: str) -> dict[str, Any]:
    """The signed object, refusing duplicate members, wrong format or stray members."""
    if isinstance(data, dict):
        obj: Any = data
    else:
        raw = data.encode() if isinstance(data, str) else data
        if len(raw) > MAX_BYTES:
            raise VerificationError(f"larger than {MAX_BYTES} bytes", field="file")
        try:
            obj = json.loads(raw, object_pairs_hook=_no_duplicates)
        except (ValueError, UnicodeDecodeError) as exc:
            raise VerificationError(f"not JSON: {exc}", field="file") from None
    if not isinstance(obj, dict):
        raise VerificationError("must be a JSON object", field="file")
    if obj.get("format") != fmt:
        raise VerificationError(
            f"format is {obj.get('format')!r}, expected {fmt!r}", field="format"
        )
    if set(obj) != {"format", name, "signature"}:
        raise VerificationError(
            f"members must be exactly format, {name}, signature", field="file"
        )
    if not isinstance(obj[name], dict):
        raise VerificationError("must be a JSON object", field=name)
    sig = obj["signature"]
    if (
        not isinstance(sig, dict)
        or set(sig) != {"public_key", "signature"}
        or not isinstance(sig["signature"], str)
        or not _HEX_SIG.match(sig["signature"])
    ):
        raise VerificationError(
            "must be {public_key: 64 hex, signature: 128 hex}", field="signature"
        )
    return obj


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"member {k!r} appears twice")
        out[k] = v
    return out


def _check_signature(
    obj: dict[str, Any], context: str, name: str, key: Ed25519PublicKey
) -> None:
    expected = public_key_hex(key)
    sig = obj["signature"]
    if sig["public_key"] != expected:
        raise VerificationError(
            f"signed by key {str(sig['public_key'])[:16]}…, not the regulator key "
            f"{expected[:16]}… given",
            field="signature.public_key",
        )
    body = obj[name]
    issuer = body.get("issuer")
    if not isinstance(issuer, dict) or issuer.get("public_key") != expected:
        raise VerificationError(
            "the issuer named inside does not match the signing key",
            field=f"{name}.issuer",
        )
    try:
        public_key_from_hex(sig["public_key"]).verify(
            bytes.fromhex(sig["signature"]), _message(context, name, body)
        )
    except InvalidSignature:
        raise VerificationError(
            "the signature does not match the content (changed after signing, or another key)",
            field="signature",
        ) from None


# -- action records ----------------------------------------------------------------------------


def sign_action(record: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    """``{"format", "record", "signature"}`` for an action record (see ``service.take_action``)."""
    return _sign(ACTION_CONTEXT, SIGNED_ACTION_FORMAT, "record", record, key)


def verify_action(
    data: bytes | str | dict[str, Any], public_key: Ed25519PublicKey
) -> dict[str, Any]:
    """The action record if ``data`` is an action signed by ``public_key``; VerificationError
    naming what failed otherwise."""
    obj = _load(data, SIGNED_ACTION_FORMAT, "record")
    if obj["record"].get("format") != ACTION_FORMAT:
        raise VerificationError(
            f"the record's format must be {ACTION_FORMAT!r}", field="record.format"
        )
    _check_signature(obj, ACTION_CONTEXT, "record", public_key)
    record: dict[str, Any] = obj["record"]
    return record


# -- licence-status documents ------------------------------------------------------------------


class StatusRestrictions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    allowed_capabilities: list[str]
    max_active_targets: int | None
    force_refer: bool
    action_ids: list[int]


class StatusIssuer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    public_key: str


class StatusDocument(BaseModel):
    """A verified licence-status document (``verify_status_document`` returns it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str
    licence_id: int
    sequence: int
    status: LicenceStatus
    licence_status: str
    restrictions: StatusRestrictions
    issued_at: datetime
    next_update: datetime
    issuer: StatusIssuer

    @property
    def authorises_use(self) -> bool:
        """Only ``active`` and ``curtailed`` let a deployed system operate."""
        return self.status in (LicenceStatus.ACTIVE, LicenceStatus.CURTAILED)


def status_document(
    *,
    licence_id: int,
    sequence: int,
    status: LicenceStatus,
    licence_status: str,
    restrictions: dict[str, Any],
    issued_at: datetime,
    next_update: datetime,
    issuer_name: str,
    public_key: Ed25519PublicKey,
) -> dict[str, Any]:
    """The unsigned document body."""
    return {
        "format": STATUS_FORMAT,
        "licence_id": licence_id,
        "sequence": sequence,
        "status": str(status),
        "licence_status": licence_status,
        "restrictions": restrictions,
        "issued_at": format_time(issued_at),
        "next_update": format_time(next_update),
        "issuer": {"name": issuer_name, "public_key": public_key_hex(public_key)},
    }


def sign_status(document: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The signed document as the RFC 8785 canonical bytes that are served and stored."""
    return canonical(
        _sign(STATUS_CONTEXT, SIGNED_STATUS_FORMAT, "document", document, key)
    )


def verify_status_document(
    data: bytes | str | dict[str, Any],
    public_key: Ed25519PublicKey,
    *,
    now: datetime,
    skew: timedelta = DEFAULT_SKEW,
) -> StatusDocument:
    """Verify a signed licence-status document offline.

    Fails (VerificationError, ``field`` naming the part) when the content was changed, it was
    signed by another key, it is not yet valid (``issued_at`` more than ``skew`` ahead of
    ``now``), or it is stale (``now`` after ``next_update``): a stale document must not be
    obeyed as current, the deployed system fetches a fresh one or stops.
    """
    obj = _load(data, SIGNED_STATUS_FORMAT, "document")
    _check_signature(obj, STATUS_CONTEXT, "document", public_key)
    body = obj["document"]
    issued_at = parse_time(body.get("issued_at"), field="document.issued_at")
    next_update = parse_time(body.get("next_update"), field="document.next_update")
    try:
        doc = StatusDocument.model_validate(
            {**body, "issued_at": issued_at, "next_update": next_update}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise VerificationError(
            str(first["msg"]), field=f"document.{where}" if where else "document"
        ) from None
    if doc.format != STATUS_FORMAT:
        raise VerificationError(f"must be {STATUS_FORMAT!r}", field="document.format")
    if now > next_update:
        raise VerificationError(
            f"stale: the document was valid until {format_time(next_update)} and it is "
            f"{format_time(now)}; fetch a fresh one (until then no operation is authorised)",
            field="document.next_update",
        )
    if issued_at > now + skew:
        raise VerificationError(
            f"issued at {format_time(issued_at)}, after {format_time(now)}: check the clock",
            field="document.issued_at",
        )
    return doc
