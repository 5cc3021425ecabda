"""Key files: modes, no overwrite, strict parsing."""

import stat

import pytest

from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.keys import (
    fingerprint,
    generate_keypair,
    load_private_key,
    load_public_key,
    parse_public_key,
    public_key_from_hex,
    public_key_hex,
)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_private_key_is_0600_and_directory_0700(tmp_path):
    files = generate_keypair(tmp_path / "keys", "regulator")
    assert mode(files.private_path) == 0o600
    assert mode(tmp_path / "keys") == 0o700
    assert files.private_path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert files.public_path.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")


def test_keys_load_back(tmp_path):
    files = generate_keypair(tmp_path, "regulator")
    private = load_private_key(tmp_path, "regulator")
    assert fingerprint(private.public_key()) == files.fingerprint
    assert fingerprint(load_public_key(tmp_path, "regulator")) == files.fingerprint


def test_existing_key_is_never_overwritten(tmp_path):
    generate_keypair(tmp_path, "regulator")
    with pytest.raises(ConflictError, match="refusing to overwrite"):
        generate_keypair(tmp_path, "regulator")


def test_exist_ok_keeps_the_existing_pair(tmp_path):
    first = generate_keypair(tmp_path, "regulator")
    again = generate_keypair(tmp_path, "regulator", exist_ok=True)
    assert not again.created
    assert again.fingerprint == first.fingerprint


def test_private_key_readable_by_others_is_refused(tmp_path):
    files = generate_keypair(tmp_path, "regulator")
    files.private_path.chmod(0o644)
    with pytest.raises(InvalidInputError, match="chmod 600"):
        load_private_key(tmp_path, "regulator")


def test_missing_key_says_how_to_make_one(tmp_path):
    with pytest.raises(NotFoundError, match="enduse keys init"):
        load_private_key(tmp_path, "regulator")


def test_hex_keys_have_one_spelling(tmp_path):
    key = generate_keypair(tmp_path, "a").public_key
    text = public_key_hex(key)
    assert fingerprint(public_key_from_hex(text)) == fingerprint(key)
    for bad in (text.upper(), " " + text, text[:-1], text + "0"):
        with pytest.raises(InvalidInputError):
            public_key_from_hex(bad)


def test_public_key_parses_from_pem_or_hex(tmp_path):
    files = generate_keypair(tmp_path, "a")
    assert (
        fingerprint(parse_public_key(files.public_path.read_bytes()))
        == files.fingerprint
    )
    assert (
        fingerprint(parse_public_key(public_key_hex(files.public_key)))
        == files.fingerprint
    )


def test_private_key_pem_is_not_a_public_key(tmp_path):
    files = generate_keypair(tmp_path, "a")
    with pytest.raises(InvalidInputError):
        parse_public_key(files.private_path.read_bytes())


def test_bad_key_name_is_refused(tmp_path):
    with pytest.raises(InvalidInputError):
        generate_keypair(tmp_path, "../escape")
