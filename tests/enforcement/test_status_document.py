"""The signed licence-status document: content per state, offline verification, failures."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from enduse.enforcement import status_document, verify_status_document
from enduse.enforcement.signing import canonical
from enduse.errors import VerificationError
from enduse.keys import generate_keypair
from tests.enforcement.conftest import activate
from tests.factories import NOW

VALIDITY = timedelta(seconds=300)


@pytest.fixture
def licence(store):
    return activate(store)


def issue(store, licence_id, signer, *, now=NOW):
    return status_document(store, licence_id, signer=signer, validity=VALIDITY, now=now)


class TestContent:
    def test_an_active_licence_is_active_until_next_update(
        self, store, licence, signer
    ):
        raw = issue(store, licence.id, signer)
        doc = verify_status_document(raw, signer.key.public_key(), now=NOW)
        assert doc.status == "active"
        assert doc.authorises_use
        assert doc.licence_id == licence.id
        assert doc.issued_at == NOW
        assert doc.next_update == NOW + VALIDITY
        assert doc.restrictions.allowed_capabilities == ["messages", "location"]
        assert doc.restrictions.max_active_targets == 25
        assert raw == canonical(json.loads(raw))

    def test_a_curtailed_licence_carries_its_restrictions(
        self, store, licence, signer, act
    ):
        a = act(
            store,
            licence.id,
            "curtail",
            parameters={"capabilities": ["location"], "force_refer": True},
        )
        doc = verify_status_document(
            issue(store, licence.id, signer), signer.key.public_key(), now=NOW
        )
        assert doc.status == "curtailed"
        assert doc.authorises_use
        assert doc.restrictions.allowed_capabilities == ["location"]
        assert doc.restrictions.force_refer
        assert doc.restrictions.action_ids == [a.id]

    @pytest.mark.parametrize(
        ("kind", "status"), [("suspend", "suspended"), ("disconnect", "revoked")]
    )
    def test_a_suspended_or_revoked_licence_authorises_nothing(
        self, store, licence, signer, act, kind, status
    ):
        act(store, licence.id, kind)
        doc = verify_status_document(
            issue(store, licence.id, signer), signer.key.public_key(), now=NOW
        )
        assert doc.status == status
        assert not doc.authorises_use

    def test_an_expired_licence_is_expired(self, store, licence, signer):
        later = licence.valid_until + timedelta(seconds=1)
        doc = verify_status_document(
            issue(store, licence.id, signer, now=later),
            signer.key.public_key(),
            now=later,
        )
        assert doc.status == "expired"

    def test_next_update_comes_early_when_a_curtailment_lapses(
        self, store, licence, signer, act
    ):
        until = NOW + timedelta(seconds=100)
        act(
            store,
            licence.id,
            "curtail",
            parameters={"force_refer": True, "until": until.isoformat()},
        )
        doc = verify_status_document(
            issue(store, licence.id, signer), signer.key.public_key(), now=NOW
        )
        assert doc.next_update == until

    def test_the_sequence_grows_with_every_action(self, store, licence, signer, act):
        first = verify_status_document(
            issue(store, licence.id, signer), signer.key.public_key(), now=NOW
        )
        act(store, licence.id, "warn")
        second = verify_status_document(
            issue(store, licence.id, signer), signer.key.public_key(), now=NOW
        )
        assert second.sequence == first.sequence + 1


class TestVerification:
    def test_a_changed_status_fails(self, store, licence, signer, act):
        act(store, licence.id, "suspend")
        signed = json.loads(issue(store, licence.id, signer))
        signed["document"]["status"] = "active"
        with pytest.raises(VerificationError) as exc:
            verify_status_document(json.dumps(signed), signer.key.public_key(), now=NOW)
        assert exc.value.field == "signature"

    def test_one_flipped_byte_fails(self, store, licence, signer):
        raw = bytearray(issue(store, licence.id, signer))
        i = raw.index(b'"max_active_targets":25') + len(b'"max_active_targets":2')
        raw[i] = ord("9")
        with pytest.raises(VerificationError):
            verify_status_document(bytes(raw), signer.key.public_key(), now=NOW)

    def test_another_key_fails(self, store, licence, signer, tmp_path):
        other = generate_keypair(tmp_path / "other", "regulator")
        with pytest.raises(VerificationError) as exc:
            verify_status_document(
                issue(store, licence.id, signer), other.public_key, now=NOW
            )
        assert exc.value.field == "signature.public_key"

    def test_a_stale_document_fails_with_the_reason(self, store, licence, signer):
        raw = issue(store, licence.id, signer)
        verify_status_document(raw, signer.key.public_key(), now=NOW + VALIDITY)
        with pytest.raises(VerificationError, match="stale") as exc:
            verify_status_document(
                raw, signer.key.public_key(), now=NOW + VALIDITY + timedelta(seconds=1)
            )
        assert exc.value.field == "document.next_update"

    def test_a_document_from_the_future_fails(self, store, licence, signer):
        raw = issue(store, licence.id, signer)
        with pytest.raises(VerificationError) as exc:
            verify_status_document(
                raw, signer.key.public_key(), now=NOW - timedelta(hours=1)
            )
        assert exc.value.field == "document.issued_at"

    def test_a_duplicated_member_is_refused(self, store, licence, signer):
        raw = issue(store, licence.id, signer).decode()
        forged = raw[:-1] + ',"format":"enduse.signed-licence-status/1"}'
        with pytest.raises(VerificationError, match="twice"):
            verify_status_document(forged, signer.key.public_key(), now=NOW)

    def test_an_action_record_is_not_a_status_document(
        self, store, licence, signer, act
    ):
        from enduse.enforcement.service import signed_action

        a = act(store, licence.id, "warn")
        with pytest.raises(VerificationError) as exc:
            verify_status_document(signed_action(a), signer.key.public_key(), now=NOW)
        assert exc.value.field == "format"
