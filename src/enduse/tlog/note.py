"""C2SP signed notes with Ed25519 (https://c2sp.org/signed-note).

A note is UTF-8 text ending in a newline, a blank line, then one line per signature:
``— <key name> <base64(key id || signature)>``. The key id is the first four bytes of
``SHA-256(key name || 0x0A || 0x01 || public key)`` (0x01 names Ed25519). Keys are written as
``<name>+<hex key id>+<base64(0x01 || key)>`` (verifier) and ``PRIVATE+KEY+<name>+<hex key
id>+<base64(0x01 || seed)>`` (signer), as golang.org/x/mod/sumdb/note does.

``open_note`` follows ``note.Open``: signatures by unknown keys are ignored, one bad signature
by a known key fails the note, and at least one known key must have signed it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from enduse.errors import InvalidInputError, VerificationError

ALG_ED25519 = 0x01
SIG_PREFIX = "\u2014 "  # an em dash and a space
MAX_SIGNATURES = (
    100  # as note.Open: do not spend forever on a note with many signatures
)


def is_valid_key_name(name: str) -> bool:
    """A key name is non-empty and has no whitespace and no ``+`` (signed-note §Signatures)."""
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


def key_id(name: str, public_key: bytes, alg: int = ALG_ED25519) -> int:
    """signed-note §Signatures: the first four bytes of ``SHA-256(name || "\\n" || alg || key)``,
    big-endian."""
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + public_key).digest()
    return int(struct.unpack(">I", digest[:4])[0])


@dataclass(frozen=True)
class NoteVerifier:
    """An Ed25519 verifier key for signed notes."""

    name: str
    key_id: int
    public_key: Ed25519PublicKey

    @classmethod
    def from_vkey(cls, vkey: str) -> NoteVerifier:
        """Parse ``name+hexid+base64(0x01 || key)``; InvalidInputError naming ``key`` if malformed."""
        name, hex_id, b64 = _split_key(vkey.strip(), parts=3, what="verifier key")
        raw = _b64(b64, what="verifier key")
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise InvalidInputError(
                "the verifier key is not an Ed25519 key (0x01 and 32 bytes)",
                field="key",
            )
        if key_id(name, raw[1:]) != int(hex_id, 16):
            raise InvalidInputError(
                "the verifier key's id does not match its name and key", field="key"
            )
        return cls(name, int(hex_id, 16), Ed25519PublicKey.from_public_bytes(raw[1:]))

    @property
    def public_bytes(self) -> bytes:
        return self.public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    def vkey(self) -> str:
        """This key as ``name+hexid+base64``."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + self.public_bytes).decode()
        return f"{self.name}+{self.key_id:08x}+{blob}"

    def verify(self, text: bytes, signature: bytes) -> bool:
        try:
            self.public_key.verify(signature, text)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class NoteSigner:
    """An Ed25519 signer for signed notes; ``name`` is the key name (for a log, its origin)."""

    name: str
    private_key: Ed25519PrivateKey

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise InvalidInputError(
                "a key name must be non-empty, without spaces or '+'", field="name"
            )

    @classmethod
    def from_skey(cls, skey: str) -> NoteSigner:
        """Parse ``PRIVATE+KEY+name+hexid+base64(0x01 || seed)``."""
        if not skey.startswith("PRIVATE+KEY+"):
            raise InvalidInputError(
                "a signer key starts with PRIVATE+KEY+", field="key"
            )
        name, hex_id, b64 = _split_key(
            skey.strip().removeprefix("PRIVATE+KEY+"), parts=3, what="signer key"
        )
        raw = _b64(b64, what="signer key")
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise InvalidInputError(
                "the signer key is not an Ed25519 key (0x01 and 32 bytes)", field="key"
            )
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if signer.verifier().key_id != int(hex_id, 16):
            raise InvalidInputError(
                "the signer key's id does not match its name and key", field="key"
            )
        return signer

    def verifier(self) -> NoteVerifier:
        pub = self.private_key.public_key()
        return NoteVerifier(
            self.name,
            key_id(self.name, pub.public_bytes(Encoding.Raw, PublicFormat.Raw)),
            pub,
        )

    def sign(self, text: str) -> str:
        """The signed note: ``text``, a blank line, this key's signature line."""
        _check_text(text)
        kid = self.verifier().key_id
        sig = self.private_key.sign(text.encode())
        blob = base64.b64encode(struct.pack(">I", kid) + sig).decode()
        return f"{text}\n{SIG_PREFIX}{self.name} {blob}\n"


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: int
    base64: str


@dataclass(frozen=True)
class Note:
    """An opened note: its text and which signatures verified (and which were by unknown keys)."""

    text: str
    signatures: tuple[Signature, ...]
    unverified: tuple[Signature, ...] = field(default=())


def open_note(msg: str | bytes, verifiers: list[NoteVerifier]) -> Note:
    """Parse and verify a signed note (golang.org/x/mod/sumdb/note ``Open``).

    Raises VerificationError (field ``note``) when the note is malformed, a known key's
    signature does not verify, or no known key signed it.
    """
    if isinstance(msg, bytes):
        try:
            msg = msg.decode("utf-8")
        except UnicodeDecodeError:
            raise _malformed("the note is not UTF-8") from None
    if any(c < " " and c != "\n" for c in msg):
        raise _malformed("the note holds a control character")
    split = msg.rfind("\n\n")
    if split < 0:
        raise _malformed("no blank line before the signatures")
    text, sigs = msg[: split + 1], msg[split + 2 :]
    if not sigs or not sigs.endswith("\n"):
        raise _malformed("the signature block is empty or lacks its final newline")
    known = {(v.name, v.key_id): v for v in verifiers}
    verified: list[Signature] = []
    unverified: list[Signature] = []
    seen: set[str] = set()
    for count, line in enumerate(sigs[:-1].split("\n"), start=1):
        if count > MAX_SIGNATURES:
            raise _malformed(f"more than {MAX_SIGNATURES} signatures")
        if not line.startswith(SIG_PREFIX):
            raise _malformed(f"line {line!r} is not a signature line")
        name, _, b64 = line[len(SIG_PREFIX) :].partition(" ")
        try:
            blob = base64.b64decode(b64, validate=True)
        except binascii.Error:
            blob = b""
        if not is_valid_key_name(name) or len(blob) < 5:
            raise _malformed(f"signature line {line!r} is malformed")
        if line in seen:
            continue
        seen.add(line)
        sig = Signature(name, int(struct.unpack(">I", blob[:4])[0]), b64)
        verifier = known.get((sig.name, sig.key_id))
        if verifier is None:
            unverified.append(sig)
            continue
        if not verifier.verify(text.encode(), blob[4:]):
            raise VerificationError(
                f"the signature by {name} does not verify", field="note"
            )
        verified.append(sig)
    if not verified:
        names = ", ".join(sorted({v.name for v in verifiers})) or "(none)"
        raise VerificationError(f"no signature by a known key ({names})", field="note")
    return Note(text, tuple(verified), tuple(unverified))


def generate_signer(name: str) -> NoteSigner:
    """A new random Ed25519 signer named ``name``."""
    return NoteSigner(name, Ed25519PrivateKey.generate())


def _check_text(text: str) -> None:
    if not text.endswith("\n"):
        raise InvalidInputError("note text must end with a newline", field="text")
    if any(c < " " and c != "\n" for c in text):
        raise InvalidInputError(
            "note text must not hold control characters", field="text"
        )


def _split_key(key: str, *, parts: int, what: str) -> tuple[str, str, str]:
    pieces = key.split("+", parts - 1)
    if len(pieces) != parts:
        raise InvalidInputError(f"a {what} reads name+hexid+base64", field="key")
    name, hex_id, b64 = pieces
    if not is_valid_key_name(name):
        raise InvalidInputError(
            f"the {what}'s name {name!r} is not a valid key name", field="key"
        )
    if len(hex_id) != 8 or any(c not in "0123456789abcdefABCDEF" for c in hex_id):
        raise InvalidInputError(f"the {what}'s id must be 8 hex digits", field="key")
    return name, hex_id, b64


def _b64(text: str, *, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise InvalidInputError(
            f"the {what}'s key is not base64", field="key"
        ) from None


def _malformed(why: str) -> VerificationError:
    return VerificationError(f"malformed note: {why}", field="note")
