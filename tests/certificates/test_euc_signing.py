"""Signed certificate files: round trips and tamper failures."""

import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enduse.certificates.signing import (
    FILE_FORMAT,
    buyer_sign,
    canonical,
    parse_file,
    regulator_sign,
    signed_file,
    unsigned_file,
    verify_file,
)
from enduse.errors import VerificationError
from enduse.keys import public_key_hex

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
REGULATOR = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
BUYER = Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(64, 96)))


def document(**changes):
    doc = {
        "format": "enduse.euc/1",
        "certificate_id": 7,
        "issued_at": "2026-03-02T10:00:00Z",
        "template": {"name": "standard", "version": "1", "ref": "standard-1"},
        "buyer": {"agency_id": 3, "name": "Policía Federal", "country": "MX"},
        "regulator": {
            "name": "enduse.example/regulator",
            "public_key": public_key_hex(REGULATOR.public_key()),
        },
        "parameters": {"serious_crime_min_years": 6},
        "clauses": [
            {
                "id": "expression_not_crime",
                "effect": "deny",
                "text": "Criticism is not a Serious Crime.",
            }
        ],
    }
    doc.update(changes)
    return doc


def countersigned(doc=None, buyer=BUYER, regulator=REGULATOR):
    doc = doc or document()
    b = buyer_sign(doc, buyer, now=NOW)
    return signed_file(doc, b, regulator_sign(doc, b, regulator, now=NOW))


FILE = countersigned()


class TestRoundTrip:
    def test_countersigned_file_verifies_with_pinned_keys(self):
        result = verify_file(
            FILE, regulator_key=REGULATOR.public_key(), buyer_key=BUYER.public_key()
        )
        assert result.countersigned
        assert result.regulator_key_pinned
        assert result.document == document()

    def test_file_is_its_own_canonical_encoding(self):
        assert canonical(json.loads(FILE)) == FILE
        assert not FILE.endswith(b"\n")

    def test_buyer_signed_file_verifies_only_when_countersignature_not_required(self):
        doc = document()
        data = signed_file(doc, buyer_sign(doc, BUYER, now=NOW))
        assert not verify_file(data, require_countersignature=False).countersigned
        with pytest.raises(VerificationError, match="not countersigned"):
            verify_file(data)

    def test_unsigned_file_has_no_buyer_signature(self):
        with pytest.raises(VerificationError, match="no buyer signature"):
            verify_file(unsigned_file(document()))

    def test_unpinned_verification_says_so(self):
        assert not verify_file(FILE).regulator_key_pinned


def reason(data, **kwargs):
    with pytest.raises(VerificationError) as info:
        verify_file(data, **kwargs)
    return f"{info.value.field}: {info.value.message}"


def edit(data, change):
    value = json.loads(data)
    change(value)
    return canonical(value)


class TestTamper:
    def test_wrong_pinned_regulator_key_fails(self):
        assert "pinned regulator key" in reason(FILE, regulator_key=OTHER.public_key())

    def test_wrong_pinned_buyer_key_fails(self):
        assert "buyer key other than the pinned" in reason(
            FILE, buyer_key=OTHER.public_key()
        )

    def test_countersigned_by_a_key_the_document_does_not_name_fails(self):
        assert "regulator key the document names" in reason(
            countersigned(regulator=OTHER)
        )

    def test_altered_clause_text_fails_the_buyer_signature(self):
        def change(v):
            v["document"]["clauses"][0]["text"] = "Criticism is a Serious Crime."

        assert "buyer signature does not verify" in reason(edit(FILE, change))

    def test_swapped_signatures_fail(self):
        def change(v):
            v["buyer_signature"]["signature"], v["regulator_signature"]["signature"] = (
                v["regulator_signature"]["signature"],
                v["buyer_signature"]["signature"],
            )

        assert "buyer signature does not verify" in reason(edit(FILE, change))

    def test_buyer_signature_from_another_certificate_fails(self):
        other = json.loads(countersigned(document(certificate_id=8)))

        def change(v):
            v["buyer_signature"] = other["buyer_signature"]

        assert "buyer signature does not verify" in reason(edit(FILE, change))

    def test_replaced_buyer_key_fails(self):
        def change(v):
            v["buyer_signature"]["public_key"] = public_key_hex(OTHER.public_key())

        assert "buyer signature does not verify" in reason(edit(FILE, change))

    def test_altered_countersignature_time_fails(self):
        def change(v):
            v["regulator_signature"]["countersigned_at"] = "2026-03-02T10:00:01Z"

        assert "regulator signature does not verify" in reason(edit(FILE, change))

    def test_uppercase_hex_is_refused(self):
        def change(v):
            v["buyer_signature"]["signature"] = v["buyer_signature"][
                "signature"
            ].upper()

        assert "lowercase hex" in reason(edit(FILE, change))

    def test_pretty_printed_file_is_refused(self):
        pretty = json.dumps(json.loads(FILE), indent=2).encode()
        assert "canonical form" in reason(pretty)

    def test_trailing_newline_is_refused(self):
        assert "canonical form" in reason(FILE + b"\n")

    def test_duplicate_member_is_refused(self):
        data = FILE[:-1] + b',"format":"' + FILE_FORMAT.encode() + b'"}'
        assert "repeats" in reason(data)

    def test_unknown_member_is_refused(self):
        assert "unknown member" in reason(edit(FILE, lambda v: v.update(zzz=1)))

    def test_non_json_is_refused(self):
        assert "not JSON" in reason(b"{nope")
        assert "not UTF-8" in reason(b"\xff\xfe")


def flipped(data: bytes, position: int, xor: int) -> bytes:
    return data[:position] + bytes([data[position] ^ xor]) + data[position + 1 :]


def test_flipping_the_low_bit_of_every_byte_fails():
    for position in range(len(FILE)):
        with pytest.raises(VerificationError):
            verify_file(flipped(FILE, position, 1))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(FILE) - 1), xor=st.integers(1, 255))
def test_flipping_any_byte_to_any_value_fails(position, xor):
    with pytest.raises(VerificationError):
        verify_file(flipped(FILE, position, xor))


def test_every_value_at_every_signature_byte_fails():
    """Exhaustive over the signature and key hex digits: the bytes an attacker would try first."""
    value = json.loads(FILE)
    targets = [
        value["buyer_signature"]["signature"],
        value["regulator_signature"]["signature"],
        value["buyer_signature"]["public_key"],
    ]
    positions = [
        i
        for t in targets
        for i in range(FILE.index(t.encode()), FILE.index(t.encode()) + len(t))
    ]
    for position in positions[::13]:
        for xor in range(1, 256):
            with pytest.raises(VerificationError):
                verify_file(flipped(FILE, position, xor))


def test_parse_file_reports_the_byte_where_form_differs():
    with pytest.raises(VerificationError, match="byte 1"):
        parse_file(b'{ "format":1}')
