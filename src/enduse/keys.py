"""Ed25519 key files: create, load and encode the keys enduse signs with.

The regulator's keys live in ``Settings.key_dir`` (the directory 0700, each ``NAME.key`` 0600,
PEM PKCS#8; each ``NAME.pub`` PEM SubjectPublicKeyInfo). Buyers make their own pair offline with
the same functions and only ever hand over the ``.pub``. Private keys never enter the database or
logs: nothing here prints or stores them.

Other domains reuse this module: the gate signs tokens and the log signs checkpoints with
``load_private_key(settings.key_dir, name)``.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from enduse.errors import ConflictError, InvalidInputError, NotFoundError

REGULATOR = "regulator"
_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class KeyFiles:
    """Where a keypair lives and what its public half is."""

    private_path: Path
    public_path: Path
    public_key: Ed25519PublicKey
    created: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InvalidInputError(
            f"key name {name!r} must be lowercase letters, digits, '_' or '-'",
            field="name",
        )
    return name


def private_key_path(key_dir: Path, name: str) -> Path:
    return Path(key_dir) / f"{_check_name(name)}.key"


def public_key_path(key_dir: Path, name: str) -> Path:
    return Path(key_dir) / f"{_check_name(name)}.pub"


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of an Ed25519 public key (RFC 8032)."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_hex(key: Ed25519PublicKey) -> str:
    """The raw public key as 64 lowercase hex digits: the one spelling enduse writes and accepts."""
    return public_key_bytes(key).hex()


def public_key_from_hex(
    value: object, *, field: str = "public_key"
) -> Ed25519PublicKey:
    """Parse 64 lowercase hex digits; any other spelling (upper case, spaces) is refused."""
    if not isinstance(value, str) or not _HEX_KEY.match(value):
        raise InvalidInputError(
            "must be an Ed25519 public key as 64 lowercase hex digits", field=field
        )
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(value))


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, lowercase hex: how people and tables name a key."""
    return hashlib.sha256(public_key_bytes(key)).hexdigest()


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def parse_public_key(
    data: bytes | str, *, field: str = "public_key"
) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM (SubjectPublicKeyInfo) or 64 lowercase hex digits."""
    text = data.decode("ascii", errors="replace") if isinstance(data, bytes) else data
    text = text.strip()
    if _HEX_KEY.match(text):
        return public_key_from_hex(text, field=field)
    try:
        key = serialization.load_pem_public_key(text.encode("ascii", errors="replace"))
    except (ValueError, UnsupportedAlgorithm):
        raise InvalidInputError(
            "is not a PEM public key or 64 hex digits", field=field
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInputError("is not an Ed25519 public key", field=field)
    return key


def read_public_key(path: Path, *, field: str = "public_key") -> Ed25519PublicKey:
    """Read a ``.pub`` file (PEM or hex)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NotFoundError(
            f"cannot read {path}: {exc.strerror}", field=field
        ) from None
    return parse_public_key(data, field=field)


def read_private_key(path: Path, *, field: str = "key") -> Ed25519PrivateKey:
    """Read a PEM PKCS#8 private key file; refuses a file others can read (like ssh does)."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            f"cannot read {path}: {exc.strerror}", field=field
        ) from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InvalidInputError(
            f"{path} is readable by others (mode {stat.S_IMODE(mode):04o}); chmod 600 it",
            field=field,
        )
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise InvalidInputError(
            f"{path} is not an unencrypted PEM private key", field=field
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInputError(f"{path} is not an Ed25519 private key", field=field)
    return key


def load_private_key(key_dir: Path, name: str) -> Ed25519PrivateKey:
    """The private key ``NAME.key`` in ``key_dir`` (e.g. ``load_private_key(settings.key_dir, "regulator")``)."""
    path = private_key_path(key_dir, name)
    if not path.exists():
        raise NotFoundError(f"no key {path}: run `enduse keys init`", field="key_dir")
    return read_private_key(path, field="key_dir")


def load_public_key(key_dir: Path, name: str) -> Ed25519PublicKey:
    """The public key ``NAME.pub`` in ``key_dir``."""
    path = public_key_path(key_dir, name)
    if not path.exists():
        raise NotFoundError(f"no key {path}: run `enduse keys init`", field="key_dir")
    return read_public_key(path, field="key_dir")


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` from the first byte (O_EXCL: never overwrite, never widen)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    path.chmod(mode)  # the umask may have narrowed it further; make it exact


def save_keypair(key_dir: Path, name: str, key: Ed25519PrivateKey) -> KeyFiles:
    """Write ``NAME.key`` (0600) and ``NAME.pub`` into ``key_dir`` (created 0700). Never overwrites."""
    key_dir = Path(key_dir)
    priv, pub = private_key_path(key_dir, name), public_key_path(key_dir, name)
    for path in (priv, pub):
        if path.exists():
            raise ConflictError(
                f"{path} already exists; refusing to overwrite a key", field="name"
            )
    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_dir.chmod(0o700)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    _write_new(priv, pem, 0o600)
    _write_new(pub, public_key_pem(key.public_key()), 0o644)
    return KeyFiles(priv, pub, key.public_key(), created=True)


def generate_keypair(key_dir: Path, name: str, *, exist_ok: bool = False) -> KeyFiles:
    """Create a fresh Ed25519 keypair ``NAME.key``/``NAME.pub`` in ``key_dir``.

    With ``exist_ok`` an existing complete pair is kept and returned (``created=False``);
    half a pair is always an error.
    """
    priv, pub = private_key_path(key_dir, name), public_key_path(key_dir, name)
    if exist_ok and priv.exists() and pub.exists():
        key = read_private_key(priv, field="key_dir")
        if public_key_bytes(key.public_key()) != public_key_bytes(
            read_public_key(pub, field="key_dir")
        ):
            raise ConflictError(f"{pub} does not match {priv}", field="key_dir")
        return KeyFiles(priv, pub, key.public_key(), created=False)
    return save_keypair(key_dir, name, Ed25519PrivateKey.generate())
