"""Signed certificate files: canonical bytes, the buyer's signature, the regulator's
countersignature, and offline verification.

A certificate file is one JSON object, written as its RFC 8785 canonical encoding (no
whitespace, sorted keys, no trailing newline)::

    {"buyer_signature": {"public_key": HEX64, "signature": HEX128, "signed_at": TIME},
     "document": {...the certificate...},
     "format": "enduse.signed-euc/1",
     "regulator_signature": {"countersigned_at": TIME, "public_key": HEX64, "signature": HEX128}}

The buyer signs the canonical bytes of ``{"context": BUYER_CONTEXT, "document", "public_key",
"signed_at"}``; the regulator signs ``{"context": REGULATOR_CONTEXT, "document",
"buyer_signature", "public_key", "countersigned_at"}``, so its signature also covers the buyer's.

Why any changed byte fails: a file must be byte-identical to the canonical encoding of what it
parses to, so two different files never carry the same content; every value is either under a
signature or is a signature; keys and signatures have exactly one spelling (lowercase hex); and
Ed25519 as OpenSSL verifies it refuses non-canonical signatures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from enduse.errors import EnduseError, VerificationError
from enduse.keys import (
    fingerprint,
    public_key_bytes,
    public_key_from_hex,
    public_key_hex,
)

DOCUMENT_FORMAT = "enduse.euc/1"
FILE_FORMAT = "enduse.signed-euc/1"
BUYER_CONTEXT = "enduse.euc/buyer-signature/1"
REGULATOR_CONTEXT = "enduse.euc/regulator-countersignature/1"
MAX_FILE_BYTES = 1 << 20

_HEX_SIG = re.compile(r"^[0-9a-f]{128}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$")
_BUYER_KEYS = {"public_key", "signature", "signed_at"}
_REGULATOR_KEYS = {"public_key", "signature", "countersigned_at"}
_FILE_KEYS = {"format", "document", "buyer_signature", "regulator_signature"}


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) canonical bytes of a JSON value."""
    return rfc8785.dumps(value)


def format_time(value: datetime) -> str:
    """An aware instant as ``2026-03-02T10:00:00Z`` (microseconds when present)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: instants are aware UTC")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_time(value: Any, *, field: str) -> datetime:
    if not isinstance(value, str) or not _TIME.match(value):
        raise VerificationError(
            "must be a UTC time like 2026-03-02T10:00:00Z", field=field
        )
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise VerificationError("is not a valid time", field=field) from None


def unsigned_file(document: dict[str, Any]) -> bytes:
    """The file the regulator exports for the buyer to read and sign."""
    return canonical({"format": FILE_FORMAT, "document": document})


def buyer_message(document: dict[str, Any], public_key: str, signed_at: str) -> bytes:
    """The exact bytes the buyer signs."""
    return canonical(
        {
            "context": BUYER_CONTEXT,
            "document": document,
            "public_key": public_key,
            "signed_at": signed_at,
        }
    )


def regulator_message(
    document: dict[str, Any],
    buyer_signature: dict[str, Any],
    public_key: str,
    countersigned_at: str,
) -> bytes:
    """The exact bytes the regulator signs: the document and the buyer's signature block."""
    return canonical(
        {
            "context": REGULATOR_CONTEXT,
            "document": document,
            "buyer_signature": buyer_signature,
            "public_key": public_key,
            "countersigned_at": countersigned_at,
        }
    )


def buyer_sign(
    document: dict[str, Any], key: Ed25519PrivateKey, *, now: datetime
) -> dict[str, str]:
    """The buyer's signature block over ``document``."""
    pk, at = public_key_hex(key.public_key()), format_time(now)
    return {
        "public_key": pk,
        "signature": key.sign(buyer_message(document, pk, at)).hex(),
        "signed_at": at,
    }


def regulator_sign(
    document: dict[str, Any],
    buyer_signature: dict[str, str],
    key: Ed25519PrivateKey,
    *,
    now: datetime,
) -> dict[str, str]:
    """The regulator's countersignature block over ``document`` and ``buyer_signature``."""
    pk, at = public_key_hex(key.public_key()), format_time(now)
    sig = key.sign(regulator_message(document, buyer_signature, pk, at)).hex()
    return {"countersigned_at": at, "public_key": pk, "signature": sig}


def signed_file(
    document: dict[str, Any],
    buyer_signature: dict[str, str],
    regulator_signature: dict[str, str] | None = None,
) -> bytes:
    """The canonical certificate file carrying the signatures made so far."""
    body: dict[str, Any] = {
        "format": FILE_FORMAT,
        "document": document,
        "buyer_signature": buyer_signature,
    }
    if regulator_signature is not None:
        body["regulator_signature"] = regulator_signature
    return canonical(body)


@dataclass(frozen=True)
class CertificateFile:
    """A parsed certificate file whose form (not yet its signatures) has been checked."""

    document: dict[str, Any]
    buyer_signature: dict[str, str] | None
    regulator_signature: dict[str, str] | None


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise VerificationError("the file repeats a JSON member name", field="file")
    return dict(pairs)


def _reject_constant(name: str) -> Any:
    raise VerificationError(
        f"the file contains {name}, which JSON does not allow", field="file"
    )


def parse_file(data: bytes) -> CertificateFile:
    """Parse a certificate file, refusing anything that is not exactly its canonical encoding."""
    if len(data) > MAX_FILE_BYTES:
        raise VerificationError(
            f"the file is larger than {MAX_FILE_BYTES} bytes", field="file"
        )
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except UnicodeDecodeError:
        raise VerificationError("the file is not UTF-8", field="file") from None
    except json.JSONDecodeError as exc:
        raise VerificationError(
            f"the file is not JSON ({exc.msg} at byte {exc.pos})", field="file"
        ) from None
    try:
        again = canonical(value)
    except rfc8785.CanonicalizationError as exc:
        raise VerificationError(
            f"the file cannot be canonicalised: {exc}", field="file"
        ) from None
    if again != data:
        at = next(
            (i for i, (a, b) in enumerate(zip(again, data, strict=False)) if a != b),
            min(len(again), len(data)),
        )
        raise VerificationError(
            f"the file is not in RFC 8785 canonical form (differs at byte {at})",
            field="file",
        )
    if not isinstance(value, dict):
        raise VerificationError("the file is not a JSON object", field="file")
    unknown = set(value) - _FILE_KEYS
    if unknown:
        raise VerificationError(f"unknown member {sorted(unknown)[0]!r}", field="file")
    if value.get("format") != FILE_FORMAT:
        raise VerificationError(f"format must be {FILE_FORMAT!r}", field="format")
    document = value.get("document")
    if not isinstance(document, dict) or document.get("format") != DOCUMENT_FORMAT:
        raise VerificationError(
            f"document must be an object with format {DOCUMENT_FORMAT!r}",
            field="document",
        )
    buyer = value.get("buyer_signature")
    regulator = value.get("regulator_signature")
    if buyer is not None:
        _check_block(buyer, _BUYER_KEYS, "buyer_signature", "signed_at")
    if regulator is not None:
        if buyer is None:
            raise VerificationError(
                "a countersignature needs the buyer's signature",
                field="buyer_signature",
            )
        _check_block(
            regulator, _REGULATOR_KEYS, "regulator_signature", "countersigned_at"
        )
    return CertificateFile(document, buyer, regulator)


def _check_block(block: Any, keys: set[str], name: str, time_key: str) -> None:
    if not isinstance(block, dict) or set(block) != keys:
        raise VerificationError(
            f"must be an object with exactly {sorted(keys)}", field=name
        )
    try:
        public_key_from_hex(block["public_key"], field=f"{name}.public_key")
    except EnduseError as exc:
        raise VerificationError(exc.message, field=exc.field) from None
    if not isinstance(block["signature"], str) or not _HEX_SIG.match(
        block["signature"]
    ):
        raise VerificationError(
            "must be an Ed25519 signature as 128 lowercase hex digits",
            field=f"{name}.signature",
        )
    parse_time(block[time_key], field=f"{name}.{time_key}")


def _verify(
    key_hex: str, signature_hex: str, message: bytes, *, who: str, field: str
) -> None:
    try:
        public_key_from_hex(key_hex).verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        raise VerificationError(
            f"the {who} signature does not verify: the certificate or signature was altered, or another key signed it",
            field=field,
        ) from None


@dataclass(frozen=True)
class Verified:
    """What a successful verification established."""

    document: dict[str, Any]
    buyer_key_fingerprint: str
    regulator_key_fingerprint: str | None
    countersigned: bool
    regulator_key_pinned: bool
    buyer_key_pinned: bool
    buyer_signature: dict[str, str]


def verify_file(
    data: bytes,
    *,
    regulator_key: Ed25519PublicKey | None = None,
    buyer_key: Ed25519PublicKey | None = None,
    require_countersignature: bool = True,
) -> Verified:
    """Verify a certificate file offline; raise ``VerificationError`` naming the first failure.

    ``regulator_key``/``buyer_key`` pin the keys that must have signed; without a pin the key
    embedded in the file (and, for the regulator, named in the document) is trusted.
    """
    cert = parse_file(data)
    doc = cert.document
    if cert.buyer_signature is None:
        raise VerificationError(
            "the certificate has no buyer signature", field="buyer_signature"
        )
    buyer = cert.buyer_signature
    if buyer_key is not None and buyer["public_key"] != public_key_hex(buyer_key):
        raise VerificationError(
            "signed by a buyer key other than the pinned one",
            field="buyer_signature.public_key",
        )
    _verify(
        buyer["public_key"],
        buyer["signature"],
        buyer_message(doc, buyer["public_key"], buyer["signed_at"]),
        who="buyer",
        field="buyer_signature",
    )
    buyer_fp = fingerprint(public_key_from_hex(buyer["public_key"]))
    reg = cert.regulator_signature
    if reg is None:
        if require_countersignature:
            raise VerificationError(
                "the certificate is not countersigned by the regulator",
                field="regulator_signature",
            )
        return Verified(doc, buyer_fp, None, False, False, buyer_key is not None, buyer)
    named = (
        (doc.get("regulator") or {}).get("public_key")
        if isinstance(doc.get("regulator"), dict)
        else None
    )
    if reg["public_key"] != named:
        raise VerificationError(
            "countersigned by a key other than the regulator key the document names",
            field="regulator_signature.public_key",
        )
    if regulator_key is not None and reg["public_key"] != public_key_hex(regulator_key):
        raise VerificationError(
            "countersigned by a key other than the pinned regulator key",
            field="regulator_signature.public_key",
        )
    message = regulator_message(doc, buyer, reg["public_key"], reg["countersigned_at"])
    _verify(
        reg["public_key"],
        reg["signature"],
        message,
        who="regulator",
        field="regulator_signature",
    )
    reg_fp = fingerprint(public_key_from_hex(reg["public_key"]))
    return Verified(
        doc,
        buyer_fp,
        reg_fp,
        True,
        regulator_key is not None,
        buyer_key is not None,
        buyer,
    )


def describe(document: dict[str, Any]) -> tuple[int | None, str | None]:
    """(certificate_id, template ref) of a document, tolerating any shape (for messages)."""
    template = document.get("template")
    ref = template.get("ref") if isinstance(template, dict) else None
    cid = document.get("certificate_id")
    return (cid if isinstance(cid, int) and not isinstance(cid, bool) else None), (
        ref if isinstance(ref, str) else None
    )


def same_key(a: Ed25519PublicKey, b: Ed25519PublicKey) -> bool:
    return public_key_bytes(a) == public_key_bytes(b)
