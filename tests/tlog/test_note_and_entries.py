"""Signed notes and checkpoints we make ourselves; leaves and pseudonyms."""

import json
from datetime import UTC, datetime

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from enduse.errors import InvalidInputError, VerificationError
from enduse.tlog import _merkle as merkle
from enduse.tlog.checkpoint import Checkpoint, open_checkpoint, parse_checkpoint
from enduse.tlog.models import (
    EntryDraft,
    InclusionProof,
    LogEntry,
    decode_leaf,
    digest_of,
    encode_leaf,
    pseudonymise,
)
from enduse.tlog.note import NoteVerifier, generate_signer, key_id, open_note

ORIGIN = "enduse.example/regulator"
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


class TestNotes:
    def test_signed_note_round_trips_and_vkey_parses_back(self):
        signer = generate_signer(ORIGIN)
        note = signer.sign("hello\n")
        vkey = signer.verifier().vkey()
        assert vkey.startswith(f"{ORIGIN}+{signer.verifier().key_id:08x}+")
        assert open_note(note, [NoteVerifier.from_vkey(vkey)]).text == "hello\n"

    def test_key_id_is_sha256_of_name_newline_alg_key(self):
        import hashlib

        pub = bytes(range(32))
        want = int.from_bytes(hashlib.sha256(b"n\n\x01" + pub).digest()[:4], "big")
        assert key_id("n", pub) == want

    def test_other_key_with_same_name_does_not_verify(self):
        note = generate_signer(ORIGIN).sign("x\n")
        with pytest.raises(VerificationError, match="no signature by a known key"):
            open_note(note, [generate_signer(ORIGIN).verifier()])

    def test_text_without_final_newline_is_refused(self):
        with pytest.raises(InvalidInputError):
            generate_signer(ORIGIN).sign("x")

    @pytest.mark.parametrize(
        "vkey",
        [
            "nope",
            "a+zz+AQ==",
            "a+00000000+notbase64!",
            "a+00000000+" + "A" * 44,
            "bad name+00000000+AQ==",
        ],
    )
    def test_malformed_verifier_key_is_unusable_input(self, vkey):
        with pytest.raises(InvalidInputError) as exc:
            NoteVerifier.from_vkey(vkey)
        assert exc.value.field == "key"


class TestCheckpoints:
    def test_checkpoint_body_is_origin_size_base64_root(self):
        cp = Checkpoint(ORIGIN, 7, b"\x01" * 32)
        assert (
            cp.body() == f"{ORIGIN}\n7\nAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=\n"
        )
        assert parse_checkpoint(cp.body()) == cp

    def test_signed_checkpoint_opens_with_origin_as_key_name(self):
        signer = generate_signer(ORIGIN)
        signed = Checkpoint(ORIGIN, 3, merkle.EMPTY_ROOT).sign(signer)
        assert open_checkpoint(signed, signer.verifier(), origin=ORIGIN).size == 3

    def test_key_name_must_be_the_origin(self):
        with pytest.raises(InvalidInputError):
            Checkpoint(ORIGIN, 3, merkle.EMPTY_ROOT).sign(
                generate_signer("someone.else")
            )

    @pytest.mark.parametrize(
        "body",
        [
            "o\n1\n",
            "o\n01\nAA==\n",
            "o\n-1\nAA==\n",
            "o\n1\n!!\n",
            "o\n1\nAQ==\n",
            "o\n1\n" + "A" * 43 + "=",
            "\n1\nAA==\n",
        ],
    )
    def test_malformed_checkpoint_is_refused(self, body):
        with pytest.raises(VerificationError):
            parse_checkpoint(body)


class TestEntries:
    def entry(self, **kw):
        fields = {
            "sequence": 0,
            "time": T0,
            "licence_id": 1,
            "kind": "tasking_decision",
            "decision": "permit",
            "clause_ids": ["euc.3.1"],
            "target_pseudonyms": [pseudonymise(b"k" * 32, "tel:+4915112345678")],
            "digests": {"request": digest_of({"a": 1})},
        }
        return LogEntry(**(fields | kw))

    def test_leaf_is_rfc8785_canonical_json(self):
        leaf = self.entry().leaf_bytes()
        assert leaf == rfc8785.dumps(json.loads(leaf))
        assert b'"time":"2026-03-02T10:00:00.000000Z"' in leaf

    def test_leaf_decodes_back_and_non_canonical_bytes_are_refused(self):
        entry = self.entry()
        assert decode_leaf(entry.leaf_bytes()) == entry
        with pytest.raises(VerificationError, match="canonical"):
            decode_leaf(json.dumps(entry.leaf_object(), indent=1).encode())

    def test_leaf_never_contains_the_plain_target(self):
        assert b"4915112345678" not in self.entry().leaf_bytes()

    def test_pseudonym_is_keyed_per_licence(self):
        a, b = b"a" * 32, b"b" * 32
        assert pseudonymise(a, "tel:+1") == pseudonymise(a, " tel:+1 ")
        assert pseudonymise(a, "tel:+1") != pseudonymise(b, "tel:+1")

    @pytest.mark.parametrize("field", ["decision", "clause_ids"])
    def test_free_text_does_not_fit_in_decision_or_clauses(self, field):
        value = "The target is a journalist we dislike"
        fields = {"licence_id": 1, "kind": "tasking_decision", "decision": "permit"}
        fields[field] = value if field == "decision" else [value]
        with pytest.raises(ValidationError):
            EntryDraft(**fields)

    def test_digest_must_be_sha256_hex(self):
        with pytest.raises(ValidationError):
            EntryDraft(
                licence_id=1,
                kind="tasking_decision",
                decision="permit",
                digests={"request": "md5:abc"},
            )

    @given(
        st.dictionaries(
            st.text(max_size=5),
            st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=5),
            max_size=4,
        )
    )
    def test_digest_of_is_stable_under_key_order(self, data):
        assert digest_of(data) == digest_of(dict(reversed(list(data.items()))))


def test_digest_of_refuses_what_json_cannot_hold():
    with pytest.raises(InvalidInputError):
        digest_of({"n": 2**60})


def test_proof_json_with_bad_hex_names_the_field():
    with pytest.raises(ValidationError) as exc:
        InclusionProof(index=0, tree_size=1, leaf_hash="zz", root="00" * 32, proof=[])
    assert exc.value.errors()[0]["loc"] == ("leaf_hash",)


TOKENS = st.from_regex(r"[a-z0-9][a-z0-9_.:-]{0,10}", fullmatch=True)


@given(
    sequence=st.integers(0, 2**53 - 1),
    licence_id=st.integers(1, 2**53 - 1),
    decision=TOKENS,
    clauses=st.lists(TOKENS, max_size=4),
    digests=st.dictionaries(TOKENS, st.just("sha256:" + "ab" * 32), max_size=3),
)
def test_fast_leaf_encoding_equals_rfc8785(
    sequence, licence_id, decision, clauses, digests
):
    entry = LogEntry(
        sequence=sequence,
        time=T0,
        licence_id=licence_id,
        kind="certificate_event",
        decision=decision,
        clause_ids=clauses,
        target_pseudonyms=["cd" * 32],
        digests=digests,
    )
    assert entry.leaf_bytes() == bytes(rfc8785.dumps(entry.leaf_object()))


@given(
    sequence=st.integers(0, 2**60),
    licence_id=st.integers(1, 2**60),
    decision=st.text(max_size=8),
    clauses=st.lists(st.text(max_size=6), max_size=3),
    digests=st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
)
def test_leaf_encoding_is_rfc8785_whatever_the_text(
    sequence, licence_id, decision, clauses, digests
):
    """The fast path only ever emits text that needs no escaping; anything else (quotes,
    control characters, non-ASCII, integers beyond 2**53) goes through RFC 8785."""
    obj = {
        "v": 1, "sequence": sequence, "time": "2026-03-02T10:00:00.000000Z",
        "licence_id": licence_id, "kind": "tasking_decision", "decision": decision,
        "clause_ids": clauses, "target_pseudonyms": [], "digests": digests,
    }  # fmt: skip
    try:
        expected = bytes(rfc8785.dumps(obj))
    except rfc8785.CanonicalizationError:
        with pytest.raises(rfc8785.CanonicalizationError):
            encode_leaf(obj)
        return
    assert encode_leaf(obj) == expected
