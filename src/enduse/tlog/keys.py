"""The regulator's Ed25519 log key: ``<key_dir>/log.key``, PKCS#8 PEM, mode 0600.

The key signs checkpoints as a C2SP signed note whose key name is the log's origin
(``Settings.regulator_name``). ``enduse log keygen`` creates it; auditors get the public half
as a verifier key (``enduse log vkey``, ``GET /v1/log/key``).
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.tlog.note import NoteSigner

LOG_KEY_FILE = "log.key"


def log_key_path(key_dir: Path) -> Path:
    return key_dir / LOG_KEY_FILE


def create_log_key(key_dir: Path, *, exist_ok: bool = False) -> Path:
    """Write a new Ed25519 key to ``<key_dir>/log.key`` (0600); an existing key is kept
    with ``exist_ok`` and otherwise refused (replacing it would orphan every checkpoint)."""
    path = log_key_path(key_dir)
    if path.exists():
        if exist_ok:
            return path
        raise ConflictError(
            f"{path} already exists; a new log key would orphan its checkpoints",
            field="key_dir",
        )
    key_dir.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def load_log_signer(key_dir: Path, origin: str) -> NoteSigner:
    """The log's signer, named ``origin``; NotFoundError when there is no key yet."""
    path = log_key_path(key_dir)
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(
            f"no log key at {path}: run `enduse log keygen`", field="key_dir"
        ) from None
    key = load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInputError(
            f"{path} is not an Ed25519 private key", field="key_dir"
        )
    return NoteSigner(origin, key)
