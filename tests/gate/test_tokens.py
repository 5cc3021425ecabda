"""Tasking tokens: Ed25519 JWS, verified offline; altered, expired, early or foreign-key
tokens fail with a reason."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from enduse.errors import VerificationError
from enduse.gate.tokens import issue_token, verify_token
from enduse.keys import generate_keypair

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
PSEUDONYM = "ab" * 32


def _issue(key=KEY, ttl_s=900, now=NOW):
    return issue_token(
        key,
        tasking_id=7,
        licence_id=3,
        target_pseudonym=PSEUDONYM,
        capabilities=["messages", "location"],
        issuer="enduse.example/regulator",
        now=now,
        ttl_s=ttl_s,
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _flip(token: str) -> str:
    """The token with one bit of its signature flipped."""
    head, body, sig = token.split(".")
    raw = bytearray(_unb64(sig))
    raw[10] ^= 0x01
    return f"{head}.{body}.{_b64(bytes(raw))}"


def _reason(token, key=KEY, now=NOW, **kw):
    with pytest.raises(VerificationError) as exc:
        verify_token(token, key.public_key(), now=now, **kw)
    assert exc.value.field == "token"
    return exc.value.message


def test_a_token_round_trips_with_its_scope():
    issued = _issue()
    claims = verify_token(
        issued.token, KEY.public_key(), now=NOW + timedelta(minutes=5)
    )
    assert claims == issued.claims
    assert (claims.tasking_id, claims.licence_id, claims.target_pseudonym) == (
        7,
        3,
        PSEUDONYM,
    )
    assert claims.capabilities == ["location", "messages"]
    assert claims.expires_at == NOW + timedelta(seconds=900)
    header = jwt.get_unverified_header(issued.token)
    assert header == {"alg": "EdDSA", "typ": "tasking+jwt", "kid": claims.key_id}
    # a standard JOSE library verifies it too
    payload = jwt.decode(
        issued.token,
        KEY.public_key(),
        algorithms=["EdDSA"],
        options={"verify_exp": False},
    )
    assert payload["tgt"] == PSEUDONYM


def test_flipping_a_byte_of_the_signature_fails():
    assert "signature does not verify" in _reason(_flip(_issue().token))


def test_widening_the_claims_breaks_the_signature():
    head, body, sig = _issue().token.split(".")
    claims = json.loads(_unb64(body))
    claims["cap"] = [*claims["cap"], "microphone"]
    forged = _b64(json.dumps(claims, separators=(",", ":")).encode())
    assert "signature does not verify" in _reason(f"{head}.{forged}.{sig}")


def test_an_expired_token_fails_at_and_after_expiry():
    token = _issue(ttl_s=60).token
    assert "expired at 2026-03-02T10:01:00" in _reason(
        token, now=NOW + timedelta(seconds=60)
    )
    verify_token(token, KEY.public_key(), now=NOW + timedelta(seconds=59))


def test_a_token_used_before_it_was_issued_fails():
    assert "not valid before" in _reason(_issue().token, now=NOW - timedelta(minutes=1))


def test_a_token_from_another_key_fails():
    other = Ed25519PrivateKey.generate()
    assert "signed by another key" in _reason(_issue(key=other).token)


def test_a_token_whose_kid_was_swapped_still_fails_on_the_signature():
    other = Ed25519PrivateKey.generate()
    _, body, sig = _issue(key=other).token.split(".")
    header = _issue().token.split(".")[0]  # KEY's header, other's signature
    assert "signature does not verify" in _reason(f"{header}.{body}.{sig}")


@pytest.mark.parametrize("token", ["", "abc", "a.b.c", "eyJhbGciOiJub25lIn0.e30."])
def test_malformed_tokens_fail_with_a_reason(token):
    assert _reason(token)


def test_an_hmac_or_unsigned_token_is_refused():
    hs = jwt.encode(
        {"tgt": PSEUDONYM}, "secret-secret-secret-secret-1234", algorithm="HS256"
    )
    assert "EdDSA" in _reason(hs)


def test_the_issuer_can_be_pinned():
    assert "issued by" in _reason(_issue().token, issuer="someone.else")


def test_verify_token_cli_exit_codes(cli, settings, tmp_path):
    reg = generate_keypair(settings.key_dir, "regulator")
    from enduse.keys import read_private_key

    key = read_private_key(reg.private_path)
    from enduse.clock import utcnow

    good = issue_token(
        key,
        tasking_id=1,
        licence_id=1,
        target_pseudonym=PSEUDONYM,
        capabilities=["messages"],
        issuer="x",
        now=utcnow(),
        ttl_s=600,
    ).token
    ok = cli("gate", "verify-token", good)
    assert ok.exit_code == 0, ok.output
    assert "valid" in ok.output
    assert (
        cli("gate", "verify-token", good, "--key", str(reg.public_path)).exit_code == 0
    )
    bad = cli("gate", "verify-token", _flip(good))
    assert bad.exit_code == 1
    assert "invalid" in bad.output
    other = generate_keypair(tmp_path / "other", "other")
    assert (
        cli("gate", "verify-token", good, "--key", str(other.public_path)).exit_code
        == 1
    )
    missing = cli("gate", "verify-token", good, "--key", str(tmp_path / "nope.pub"))
    assert missing.exit_code == 2


def test_verify_token_api(client, settings):
    reg = generate_keypair(settings.key_dir, "regulator")
    from enduse.clock import utcnow
    from enduse.keys import read_private_key

    token = issue_token(
        read_private_key(reg.private_path),
        tasking_id=1,
        licence_id=1,
        target_pseudonym=PSEUDONYM,
        capabilities=["messages"],
        issuer=settings.regulator_name,
        now=utcnow(),
        ttl_s=600,
    ).token
    ok = client.post("/v1/tokens/verify", json={"token": token}).json()
    assert ok["valid"] is True
    assert ok["claims"]["capabilities"] == ["messages"]
    bad = client.post("/v1/tokens/verify", json={"token": _flip(token)}).json()
    assert bad["valid"] is False
    assert bad["field"] == "token"
    assert client.post("/v1/tokens/verify", json={}).status_code == 422
