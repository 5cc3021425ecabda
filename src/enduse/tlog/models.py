"""What goes into the log and what comes out of it: entries, their leaf encoding, proofs.

A leaf is the RFC 8785 canonical JSON of a ``LogEntry``. It carries identifiers, clause ids,
keyed pseudonyms and digests only: decisions and clause ids are short tokens (no free text
fits), targets appear only as HMAC-SHA256 pseudonyms (``pseudonymise``), the request record
only as a digest. Nothing in a leaf, proof or checkpoint names a target or quotes a
justification.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

import rfc8785
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from enduse.errors import InvalidInputError, VerificationError
from enduse.tlog._merkle import HASH_SIZE, hash_leaf

LEAF_VERSION = 1

Token = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.:-]{0,63}$")]
"""A decision or clause id: lower-case identifier, at most 64 characters (no prose fits)."""

Digest = Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]
"""``sha256:<64 hex digits>``; see ``digest_of``."""

Pseudonym = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

HexHash = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True)]


class EntryKind(StrEnum):
    """What the entry records."""

    TASKING_DECISION = "tasking_decision"
    REFERRAL_RESOLUTION = "referral_resolution"
    ENFORCEMENT_ACTION = "enforcement_action"
    CERTIFICATE_EVENT = "certificate_event"
    SCREENING_RESOLUTION = "screening_resolution"


class EntryDraft(BaseModel):
    """What a caller appends. ``targets`` are plain identifiers (normalised, e.g. E.164
    ``tel:+4915112345678``): they are pseudonymised with the licence's secret before anything
    is stored and never kept. ``ref`` points at the record behind the entry (e.g.
    ``tasking_request:42``) for the regulator; it is stored beside the leaf, not in it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    licence_id: int = Field(ge=1)
    kind: EntryKind
    decision: Token
    clause_ids: list[Token] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    digests: dict[Token, Digest] = Field(default_factory=dict)
    ref: str | None = Field(default=None, max_length=200)

    @field_validator("targets")
    @classmethod
    def _targets_not_blank(cls, value: list[str]) -> list[str]:
        if any(not t.strip() for t in value):
            raise ValueError("a target identifier must not be blank")
        return value


class LogEntry(BaseModel):
    """The content of one leaf."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    v: int = LEAF_VERSION
    sequence: int = Field(ge=0)
    time: datetime
    licence_id: int = Field(ge=1)
    kind: EntryKind
    decision: Token
    clause_ids: list[Token]
    target_pseudonyms: list[Pseudonym]
    digests: dict[Token, Digest]

    def leaf_object(self) -> dict[str, Any]:
        return {
            "v": self.v,
            "sequence": self.sequence,
            "time": format_time(self.time),
            "licence_id": self.licence_id,
            "kind": str(self.kind),
            "decision": self.decision,
            "clause_ids": list(self.clause_ids),
            "target_pseudonyms": list(self.target_pseudonyms),
            "digests": dict(self.digests),
        }

    def leaf_bytes(self) -> bytes:
        """RFC 8785 canonical JSON of the entry: the leaf data ``d`` of RFC 9162."""
        return encode_leaf(self.leaf_object())

    def leaf_hash(self) -> bytes:
        return hash_leaf(self.leaf_bytes())


_SAFE_INT = 2**53


def encode_leaf(obj: dict[str, Any]) -> bytes:
    """RFC 8785 canonical JSON of a leaf object (``LogEntry.leaf_object()``'s shape).

    For a leaf whose strings need no escaping (validated tokens, hex, timestamps) and whose
    integers are below 2**53, RFC 8785 is exactly JSON with sorted keys and no spaces, as the
    standard library writes it. That writer (ASCII mode) escapes every quote, backslash,
    control and non-ASCII character with a backslash, so an output without one needed no
    escaping; anything else goes through ``rfc8785.dumps`` (tests check both agree on
    arbitrary strings).
    """
    text = _dumps(obj)
    if "\\" in text or max(obj["sequence"], obj["licence_id"]) >= _SAFE_INT:
        return bytes(rfc8785.dumps(obj))
    return text.encode("ascii")


def _make_dumps() -> Callable[[dict[str, Any]], str]:
    """``json.dumps(obj, sort_keys=True, separators=(",", ":"))``; where the standard
    library's C encoder is there, one made once and reused (4x faster than ``json.dumps``,
    which builds a new encoder per call: it matters for batched appends)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        try:
            encode = make(
                None,  # markers: leaves are never circular
                json.JSONEncoder().default,
                json.encoder.encode_basestring_ascii,
                None,  # indent
                ":",
                ",",
                True,  # sort_keys
                False,  # skipkeys
                True,  # allow_nan (there are no floats in a leaf)
            )
            probe = {"b": [1, "x"], "a": {"k": "v"}}
            if "".join(encode(probe, 0)) == '{"a":{"k":"v"},"b":[1,"x"]}':
                return lambda obj: "".join(encode(obj, 0))
        except TypeError:  # another signature on another Python: use the plain one
            pass
    return lambda obj: json.dumps(obj, sort_keys=True, separators=(",", ":"))


_dumps = _make_dumps()


def decode_leaf(leaf: bytes) -> LogEntry:
    """Parse leaf bytes back into an entry; VerificationError unless they are exactly the
    canonical encoding of a valid entry."""
    try:
        entry = LogEntry.model_validate(json.loads(leaf))
    except (ValueError, ValidationError) as exc:
        raise VerificationError(
            f"the leaf is not a valid log entry: {exc}", field="leaf"
        ) from None
    if entry.leaf_bytes() != leaf:
        raise VerificationError(
            "the leaf is not in canonical (RFC 8785) form", field="leaf"
        )
    return entry


def format_time(value: datetime) -> str:
    """RFC 3339 UTC with microseconds, e.g. ``2026-03-02T10:00:00.000000Z``."""
    if value.tzinfo is None:
        raise InvalidInputError("must carry a timezone", field="time")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def pseudonymise(secret: bytes, target: str) -> str:
    """HMAC-SHA256 of the NFC-normalised, trimmed target identifier under the licence's
    secret, hex. Without the secret nobody can test a guess; with it the regulator links a
    target's entries within the licence."""
    normal = unicodedata.normalize("NFC", target.strip())
    return hmac.digest(secret, normal.encode("utf-8"), "sha256").hex()


def digest_of(data: Any) -> str:
    """``sha256:<hex>`` of the RFC 8785 canonical JSON of ``data`` (bytes are hashed as they are)."""
    try:
        raw = data if isinstance(data, bytes) else bytes(rfc8785.dumps(data))
    except rfc8785.CanonicalizationError as exc:
        raise InvalidInputError(
            f"cannot be canonicalised: {exc}", field="data"
        ) from None
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def parse_hex(value: str, *, field: str) -> bytes:
    """Bytes from hex; InvalidInputError naming ``field`` otherwise."""
    try:
        return bytes.fromhex(value.strip())
    except ValueError:
        raise InvalidInputError(f"{value!r} is not hexadecimal", field=field) from None


def parse_hash(value: str, *, field: str) -> bytes:
    """A 32-byte hash from hex; InvalidInputError naming ``field`` otherwise."""
    raw = parse_hex(value, field=field)
    if len(raw) != HASH_SIZE:
        raise InvalidInputError(
            f"a hash is {HASH_SIZE} bytes ({2 * HASH_SIZE} hex digits), not {len(raw)}",
            field=field,
        )
    return raw


def _hex_hash(value: str) -> str:
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise ValueError(f"{value!r} is not hexadecimal") from None
    if len(raw) != HASH_SIZE:
        raise ValueError(
            f"a hash is {HASH_SIZE} bytes ({2 * HASH_SIZE} hex digits), not {len(raw)}"
        )
    return value


class InclusionProof(BaseModel):
    """``{"index","tree_size","leaf_hash","root","proof":[hex...]}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int = Field(ge=0)
    tree_size: int = Field(ge=1)
    leaf_hash: HexHash
    root: HexHash
    proof: list[HexHash]

    @field_validator("leaf_hash", "root")
    @classmethod
    def _check_hashes(cls, value: str) -> str:
        return _hex_hash(value)

    @field_validator("proof")
    @classmethod
    def _check_proof(cls, value: list[str]) -> list[str]:
        return [_hex_hash(v) for v in value]


class ConsistencyProof(BaseModel):
    """``{"size1","size2","root1","root2","proof":[hex...]}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    size1: int = Field(ge=0)
    size2: int = Field(ge=0)
    root1: HexHash
    root2: HexHash
    proof: list[HexHash]

    @field_validator("root1", "root2")
    @classmethod
    def _check_roots(cls, value: str) -> str:
        return _hex_hash(value)

    @field_validator("proof")
    @classmethod
    def _check_proof(cls, value: list[str]) -> list[str]:
        return [_hex_hash(v) for v in value]


class EntryOut(BaseModel):
    """An entry as the public sees it: the leaf itself, its hash, its place."""

    index: int
    leaf: dict[str, Any]
    leaf_hash: str


class EntryPrivate(EntryOut):
    """With the regulator's rights: also the pointer to the record behind the entry and,
    when asked for and a resolver is registered for its kind (``enduse.tlog.records``), the
    record itself. ``record_status``: ``matches`` / ``differs`` (the record against the
    leaf's digest), ``unchecked`` (no digest to check it against), ``missing`` (no such
    record), ``no_resolver`` (nothing registered for the ref's kind); None when not asked
    or there is no ref."""

    ref: str | None
    record: dict[str, Any] | None = None
    record_status: str | None = None


class CheckpointOut(BaseModel):
    tree_size: int
    root: str
    signed_at: datetime
    note: str


class VerifyResult(BaseModel):
    valid: bool
    reason: str | None = None
    field: str | None = None
