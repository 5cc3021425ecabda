"""Actions: their effect on the restrictions the gate obeys and on the licence state; their
signatures; their log entries; appeals and reversals."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from enduse.enforcement import (
    ActionType,
    effective_restrictions,
    reverse,
    verify_action,
)
from enduse.enforcement.models import AppealDecisionIn, AppealIn
from enduse.enforcement.service import appeal, decide_appeal, signed_action
from enduse.errors import ConflictError, InvalidInputError, VerificationError
from enduse.keys import generate_keypair
from enduse.storage.tables import Licence, LicenceEvent
from enduse.tlog import digest_of
from enduse.tlog import service as tlog
from tests.enforcement.conftest import LATER, activate
from tests.factories import NOW


@pytest.fixture
def licence(store):
    return activate(store)


class TestRestrictions:
    def test_an_untouched_licence_has_its_own_conditions(self, store, licence):
        r = effective_restrictions(store, licence.id, now=NOW)
        assert r.allowed_capabilities == ("messages", "location")
        assert r.max_active_targets == 25
        assert not r.force_refer
        assert r.action_ids == ()
        assert r.status == "active"

    def test_a_warning_changes_no_restriction(self, store, licence, act):
        act(store, licence.id, "warn")
        r = effective_restrictions(store, licence.id, now=LATER)
        assert r.action_ids == ()
        assert r.status == "active"

    def test_curtailing_capabilities_narrows_them_on_the_next_decision(
        self, store, licence, act
    ):
        a = act(store, licence.id, "curtail", parameters={"capabilities": ["location"]})
        r = effective_restrictions(store, licence.id, now=NOW)
        assert r.allowed_capabilities == ("location",)
        assert r.action_ids == (a.id,)
        assert r.status == "curtailed"

    def test_curtailing_the_quota_lowers_it(self, store, licence, act):
        act(store, licence.id, "curtail", parameters={"max_active_targets": 3})
        assert (
            effective_restrictions(store, licence.id, now=NOW).max_active_targets == 3
        )

    def test_force_refer_sends_every_tasking_to_a_reviewer(self, store, licence, act):
        act(store, licence.id, "curtail", parameters={"force_refer": True})
        assert effective_restrictions(store, licence.id, now=NOW).force_refer

    def test_curtailments_compose_to_the_narrowest(self, store, licence, act):
        a = act(
            store,
            licence.id,
            "curtail",
            parameters={"capabilities": ["location"], "max_active_targets": 10},
        )
        b = act(store, licence.id, "curtail", parameters={"max_active_targets": 5})
        r = effective_restrictions(store, licence.id, now=LATER)
        assert r.allowed_capabilities == ("location",)
        assert r.max_active_targets == 5
        assert r.action_ids == (a.id, b.id)

    def test_a_curtailment_lapses_at_its_until(self, store, licence, act):
        until = NOW + timedelta(hours=1)
        act(
            store,
            licence.id,
            "curtail",
            parameters={"force_refer": True, "until": until.isoformat()},
        )
        assert effective_restrictions(
            store, licence.id, now=until - timedelta(seconds=1)
        ).force_refer
        assert not effective_restrictions(store, licence.id, now=until).force_refer

    @pytest.mark.parametrize(
        ("parameters", "field"),
        [
            ({}, "parameters"),
            ({"capabilities": ["camera"]}, "parameters.capabilities"),
            ({"capabilities": ["teleport"]}, "parameters.capabilities.0"),
            ({"max_active_targets": 25}, "parameters.max_active_targets"),
            ({"max_active_targets": -1}, "parameters.max_active_targets"),
            (
                {"force_refer": True, "until": "2020-01-01T00:00:00Z"},
                "parameters.until",
            ),
            ({"force_refer": True, "colour": "red"}, "parameters.colour"),
        ],
    )
    def test_a_bad_curtailment_is_refused_naming_the_field(
        self, store, licence, act, parameters, field
    ):
        with pytest.raises(InvalidInputError) as exc:
            act(store, licence.id, "curtail", parameters=parameters)
        assert exc.value.field == field


class TestLicenceState:
    def test_suspend_drives_the_licence_machine_and_its_history(
        self, store, licence, act
    ):
        a = act(store, licence.id, "suspend")
        assert licence.state == "suspended"
        last = store.list(LicenceEvent, licence_id=licence.id)[-1]
        assert (last.from_state, last.to_state) == ("approved", "suspended")
        assert "enforcement suspend" in last.reason
        r = effective_restrictions(store, licence.id, now=NOW)
        assert r.status == "suspended"
        assert r.state_action_id == a.id

    def test_reinstate_lifts_a_suspension(self, store, licence, act):
        act(store, licence.id, "suspend")
        act(store, licence.id, "reinstate", now=LATER)
        assert licence.state == "approved"
        r = effective_restrictions(store, licence.id, now=LATER)
        assert r.status == "active"
        assert r.state_action_id is None

    def test_disconnect_revokes_for_good(self, store, licence, act, signer):
        a = act(store, licence.id, "disconnect")
        assert licence.state == "revoked"
        assert effective_restrictions(store, licence.id, now=NOW).status == "revoked"
        with pytest.raises(ConflictError, match="final"):
            reverse(store, a.id, actor="x", reason="mistake", signer=signer, now=LATER)
        with pytest.raises(ConflictError):
            act(store, licence.id, "reinstate", now=LATER)

    def test_reinstating_an_active_licence_is_refused_and_nothing_is_logged(
        self, store, licence, act
    ):
        before = tlog.tree_size(store)
        with pytest.raises(ConflictError) as exc:
            act(store, licence.id, "reinstate")
        assert exc.value.field == "state"
        assert tlog.tree_size(store) == before

    def test_an_action_on_a_revoked_licence_is_refused(self, store, licence, act):
        act(store, licence.id, "disconnect")
        with pytest.raises(ConflictError):
            act(
                store,
                licence.id,
                "curtail",
                parameters={"force_refer": True},
                now=LATER,
            )


class TestSignatureAndLog:
    def test_the_signed_record_verifies_with_the_regulator_key(
        self, store, licence, act, signer
    ):
        a = act(store, licence.id, "curtail", parameters={"force_refer": True})
        record = verify_action(signed_action(a), signer.key.public_key())
        assert record["type"] == "curtail"
        assert record["licence_id"] == licence.id
        assert record["parameters"] == {"force_refer": True}

    def test_a_changed_record_fails(self, store, licence, act, signer):
        a = act(store, licence.id, "curtail", parameters={"max_active_targets": 3})
        signed = json.loads(json.dumps(signed_action(a)))
        signed["record"]["parameters"]["max_active_targets"] = 30
        with pytest.raises(VerificationError) as exc:
            verify_action(signed, signer.key.public_key())
        assert exc.value.field == "signature"

    def test_another_key_fails(self, store, licence, act, tmp_path):
        a = act(store, licence.id, "warn")
        other = generate_keypair(tmp_path / "other", "regulator")
        with pytest.raises(VerificationError) as exc:
            verify_action(signed_action(a), other.public_key)
        assert exc.value.field == "signature.public_key"

    def test_each_action_is_logged_with_digests_and_no_personal_data(
        self, store, licence, act
    ):
        a = act(store, licence.id, "suspend")
        entry = tlog.get_entry(store, a.log_index)
        leaf = entry.leaf
        assert leaf["kind"] == "enforcement_action"
        assert leaf["decision"] == "suspend"
        assert leaf["licence_id"] == licence.id
        assert leaf["digests"]["record"] == digest_of(a.record)
        assert leaf["target_pseudonyms"] == []
        text = json.dumps(leaf)
        for private in ("inspector", "abuse found", a.actor, a.reason):
            assert private not in text
        assert entry.ref == f"enforcement_action:{licence.id}/{a.number}"

    @pytest.mark.parametrize("kind", ["warn", "curtail", "suspend", "disconnect"])
    def test_every_action_type_is_logged_as_its_type(self, store, licence, act, kind):
        params = {"parameters": {"force_refer": True}} if kind == "curtail" else {}
        a = act(store, licence.id, kind, **params)
        assert tlog.get_entry(store, a.log_index).leaf["decision"] == kind


class TestAppealsAndReversal:
    def test_appeal_and_reversal_restore_the_previous_restrictions(
        self, store, licence, act, signer
    ):
        first = act(store, licence.id, "curtail", parameters={"max_active_targets": 10})
        before = effective_restrictions(store, licence.id, now=NOW)
        second = act(
            store,
            licence.id,
            "curtail",
            parameters={"capabilities": ["messages"], "force_refer": True},
        )
        filed = appeal(
            store,
            second.id,
            AppealIn(
                appellant="exporter@acme",
                role="exporter",
                grounds="the alert was a false positive",
            ),
            now=LATER,
        )
        decision = decide_appeal(
            store,
            filed.id,
            AppealDecisionIn(
                outcome="reversed", actor="head@regulator", reason="grounds accepted"
            ),
            signer=signer,
            now=LATER,
        )
        after = effective_restrictions(store, licence.id, now=LATER)
        assert after.allowed_capabilities == before.allowed_capabilities
        assert after.max_active_targets == before.max_active_targets == 10
        assert after.force_refer is False
        assert after.action_ids == (first.id,)
        reversal = store.get(type(second), decision.reversal_id, field="id")
        assert reversal.type == ActionType.REVERSE
        assert reversal.reverses_id == second.id
        assert reversal.appeal_id == filed.id
        record = verify_action(signed_action(reversal), signer.key.public_key())
        assert record["reverses"]["record"] == digest_of(second.record)
        assert tlog.get_entry(store, reversal.log_index).leaf["decision"] == "reverse"

    def test_an_upheld_appeal_leaves_the_action_in_force(
        self, store, licence, act, signer
    ):
        a = act(store, licence.id, "curtail", parameters={"force_refer": True})
        filed = appeal(
            store,
            a.id,
            AppealIn(appellant="buyer", role="buyer", grounds="we did nothing wrong"),
            now=NOW,
        )
        decide_appeal(
            store,
            filed.id,
            AppealDecisionIn(outcome="upheld", actor="head", reason="evidence holds"),
            signer=signer,
            now=LATER,
        )
        assert effective_restrictions(store, licence.id, now=LATER).force_refer
        with pytest.raises(ConflictError):
            decide_appeal(
                store,
                filed.id,
                AppealDecisionIn(
                    outcome="reversed", actor="head", reason="second thoughts"
                ),
                signer=signer,
                now=LATER,
            )

    def test_a_second_pending_appeal_is_refused(self, store, licence, act):
        a = act(store, licence.id, "warn")
        body = AppealIn(appellant="buyer", role="buyer", grounds="we did nothing wrong")
        appeal(store, a.id, body, now=NOW)
        with pytest.raises(ConflictError):
            appeal(store, a.id, body, now=NOW)

    def test_reversing_a_suspension_reinstates_the_licence(
        self, store, licence, act, signer
    ):
        a = act(store, licence.id, "suspend")
        reverse(
            store,
            a.id,
            actor="head",
            reason="suspended in error",
            signer=signer,
            now=LATER,
        )
        assert store.get(Licence, licence.id, field="id").state == "approved"
        assert effective_restrictions(store, licence.id, now=LATER).status == "active"

    def test_an_action_is_reversed_once(self, store, licence, act, signer):
        a = act(store, licence.id, "warn")
        reverse(store, a.id, actor="head", reason="withdrawn", signer=signer, now=LATER)
        with pytest.raises(ConflictError):
            reverse(
                store, a.id, actor="head", reason="withdrawn", signer=signer, now=LATER
            )

    def test_records_are_append_only(self, store, licence, act):
        a = act(store, licence.id, "warn")
        a.reason = "rewritten"
        with pytest.raises(ConflictError):
            store.flush()
        store.session.rollback()
