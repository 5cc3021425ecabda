from datetime import timedelta

import pytest

from enduse.errors import ConflictError, InvalidInputError
from enduse.licensing import TRANSITIONS, Action, EffectiveStatus, LicenceState
from enduse.licensing import service as licensing
from enduse.licensing.models import DueDiligenceIn
from enduse.storage.tables import Licence, LicenceEvent
from tests.factories import NOW, application, approval, make_licence, make_world, take

PAIRS = [(s, a) for s in LicenceState for a in Action]


@pytest.mark.parametrize(("state", "action"), [p for p in PAIRS if p in TRANSITIONS])
def test_every_legal_transition_moves_and_records_who_when_why(store, state, action):
    licence = make_licence(store, state=state)
    before = len(licence.events)
    take(store, licence.id, action)
    assert licence.state == TRANSITIONS[(state, action)]
    assert len(licence.events) == before + 1
    event = licence.events[-1]
    assert (event.from_state, event.to_state) == (state, licence.state)
    assert event.actor
    assert event.reason
    assert event.at is not None


@pytest.mark.parametrize(
    ("state", "action"),
    [
        p
        for p in PAIRS
        if p not in TRANSITIONS
        and p != (LicenceState.RFI_OPEN, Action.REQUEST_INFORMATION)
    ],
)
def test_every_illegal_transition_is_refused_and_changes_nothing(store, state, action):
    licence = make_licence(store, state=state)
    events = store.count(LicenceEvent, licence_id=licence.id)
    with pytest.raises(ConflictError):
        take(store, licence.id, action)
    assert licence.state == state
    assert store.count(LicenceEvent, licence_id=licence.id) == events


def test_second_question_while_rfi_open_keeps_waiting(store):
    licence = make_licence(store, state=LicenceState.RFI_OPEN)
    take(store, licence.id, Action.REQUEST_INFORMATION)
    assert len(licence.rfis) == 2
    take(store, licence.id, Action.ANSWER_INFORMATION)
    assert licence.state == LicenceState.RFI_OPEN, "one question is still open"
    take(store, licence.id, Action.ANSWER_INFORMATION)
    assert licence.state == LicenceState.UNDER_REVIEW


class TestPrivateEndUser:
    def test_private_agency_cannot_apply_and_the_clause_is_cited(self, store):
        world = make_world(store, agency_type="private")
        with pytest.raises(InvalidInputError) as err:
            licensing.apply(store, application(world), now=NOW)
        assert err.value.field == "end_user_id"
        assert "non_government_end_user" in err.value.message
        assert store.count(Licence) == 0

    def test_private_agency_as_additional_end_user_is_refused(self, store):
        world = make_world(store)
        private = make_world(store, agency_type="private")["agency_id"]
        with pytest.raises(InvalidInputError) as err:
            licensing.apply(
                store,
                application(
                    world,
                    parties=[{"role": "end_user", "kind": "agency", "id": private}],
                ),
                now=NOW,
            )
        assert err.value.field == "parties.0.id"


class TestApproval:
    def test_needs_every_due_diligence_answer(self, store):
        licence = make_licence(store, state=LicenceState.UNDER_REVIEW)
        licensing.answer_due_diligence(
            store,
            licence.id,
            "country_record",
            DueDiligenceIn(reviewer="r", answer="no"),
            now=NOW,
        )
        with pytest.raises(ConflictError) as err:
            licensing.approve(
                store,
                licence.id,
                approval(),
                now=NOW,
            )
        assert err.value.field == "due_diligence"
        assert "end_user_record" in err.value.message
        assert licence.state == LicenceState.UNDER_REVIEW

    def test_capability_no_product_offers_is_refused(self, store):
        licence = make_licence(store, state=LicenceState.UNDER_REVIEW)
        take(store, licence.id, Action.REQUEST_INFORMATION)
        take(store, licence.id, Action.ANSWER_INFORMATION)
        from tests.factories import answer_checklist

        answer_checklist(store, licence.id)
        with pytest.raises(InvalidInputError) as err:
            licensing.approve(
                store,
                licence.id,
                approval(allowed_capabilities=["microphone"]),
                now=NOW,
            )
        assert err.value.field == "allowed_capabilities"

    def test_licence_is_active_only_after_every_condition_is_acknowledged(self, store):
        licence = make_licence(store, state=LicenceState.APPROVED)
        assert [c.kind for c in licence.conditions] == [
            "capabilities",
            "quota",
            "validity",
            "certificate",
        ]
        assert (
            licensing.effective_status(licence, now=NOW)
            == EffectiveStatus.AWAITING_ACKNOWLEDGEMENT
        )
        for condition in licence.conditions:
            licensing.acknowledge_condition(
                store, licence.id, condition.id, actor="exporter@acme", now=NOW
            )
        assert licensing.effective_status(licence, now=NOW) == EffectiveStatus.ACTIVE
        assert all(c.acknowledged_by == "exporter@acme" for c in licence.conditions)

    def test_condition_cannot_be_acknowledged_twice(self, store):
        licence = make_licence(store)
        cid = licence.conditions[0].id
        licensing.acknowledge_condition(store, licence.id, cid, actor="a", now=NOW)
        with pytest.raises(ConflictError):
            licensing.acknowledge_condition(store, licence.id, cid, actor="b", now=NOW)
        assert licence.conditions[0].acknowledged_by == "a"


class TestExpiry:
    def test_expiry_is_derived_from_the_window(self, store):
        licence = make_licence(store)
        for c in licence.conditions:
            licensing.acknowledge_condition(store, licence.id, c.id, actor="a", now=NOW)
        assert (
            licensing.effective_status(
                licence, now=licence.valid_until - timedelta(seconds=1)
            )
            == "active"
        )
        assert licensing.effective_status(licence, now=licence.valid_until) == "expired"

    def test_expire_due_moves_only_closed_windows(self, store):
        closed = make_licence(store)
        open_ = make_licence(store, world=make_world(store, agency_type="military"))
        open_.valid_until = NOW + timedelta(days=800)
        expired = licensing.expire_due(store, now=NOW + timedelta(days=400))
        assert [lic.id for lic in expired] == [closed.id]
        assert closed.state == LicenceState.EXPIRED
        assert closed.events[-1].actor == "system"
        assert open_.state == LicenceState.APPROVED

    def test_cannot_expire_before_the_window_closes(self, store):
        licence = make_licence(store)
        with pytest.raises(ConflictError) as err:
            licensing.transition(
                store, licence.id, Action.EXPIRE, actor="x", reason="early", now=NOW
            )
        assert err.value.field == "valid_until"


def test_product_of_another_exporter_is_refused(store):
    mine, theirs = make_world(store), make_world(store, agency_type="military")
    with pytest.raises(InvalidInputError) as err:
        licensing.apply(
            store,
            application(
                mine,
                items=[
                    {
                        "product_id": theirs["product_id"],
                        "classification": "4.A.5",
                        "quantity": 1,
                    }
                ],
            ),
            now=NOW,
        )
    assert err.value.field == "items.0.product_id"


class TestCertificateVersion:
    def test_approval_names_the_current_standard_version_by_default(self, store):
        licence = make_licence(store)
        assert licence.certificate_version == "standard-1"

    def test_unknown_version_is_refused_naming_the_field(self, store):
        from tests.factories import answer_checklist

        licence = make_licence(store, state=LicenceState.UNDER_REVIEW)
        answer_checklist(store, licence.id)
        with pytest.raises(InvalidInputError) as err:
            licensing.approve(
                store, licence.id, approval(certificate_version="standard-9"), now=NOW
            )
        assert err.value.field == "certificate_version"
        assert licence.state == LicenceState.UNDER_REVIEW


class TestScreeningOnSubmission:
    def _listed_broker(self, store, world):
        from enduse.parties import IntermediaryCreate
        from enduse.parties import service as parties

        broker = parties.create_intermediary(
            store,
            IntermediaryCreate(
                name="N.S.O. Group Technologies Ltd", country="IL", role="broker"
            ),
            now=NOW,
        )
        return licensing.apply(
            store,
            application(
                world,
                parties=[{"role": "broker", "kind": "intermediary", "id": broker.id}],
            ),
            now=NOW,
        )

    def test_listed_party_raises_an_alert_that_blocks_approval(self, store):
        from tests.factories import answer_checklist

        world = make_world(store)
        licence = self._listed_broker(store, world)
        take(store, licence.id, Action.SUBMIT)
        take(store, licence.id, Action.START_REVIEW)
        answer_checklist(store, licence.id)
        with pytest.raises(ConflictError) as err:
            licensing.approve(store, licence.id, approval(), now=NOW)
        assert err.value.field == "screening"
        assert "N.S.O. Group Technologies Ltd" in err.value.message
        assert licence.state == LicenceState.UNDER_REVIEW

    def test_cleared_alert_unblocks_approval_and_is_logged(self, store):
        from enduse.screening import service as screening
        from enduse.screening.models import HitResolve
        from enduse.storage.tables import TlogEntry
        from tests.factories import answer_checklist

        world = make_world(store)
        licence = self._listed_broker(store, world)
        take(store, licence.id, Action.SUBMIT)
        take(store, licence.id, Action.START_REVIEW)
        answer_checklist(store, licence.id)
        for hit in screening.open_alerts(store, licence.id):
            screening.resolve_hit(
                store,
                hit.id,
                HitResolve(
                    status="confirmed", reviewer="r", reason="same company, knowingly"
                ),
                now=NOW,
            )
        licensing.approve(store, licence.id, approval(), now=NOW)
        assert licence.state == LicenceState.APPROVED
        entries = store.list(TlogEntry)
        assert [e.kind for e in entries] == ["screening_resolution"] * len(entries)
        assert entries

    def test_clean_parties_pass(self, store):
        from enduse.screening import service as screening

        licence = make_licence(store, state=LicenceState.SUBMITTED)
        assert screening.open_alerts(store, licence.id) == []

    def test_submission_without_any_list_is_refused(self, store):
        from enduse.parties import AgencyCreate, ExporterCreate, ProductCreate
        from enduse.parties import service as parties

        e = parties.create_exporter(
            store, ExporterCreate(name="E", country="IL"), now=NOW
        )
        p = parties.create_product(
            store,
            ProductCreate(exporter_id=e.id, name="P", capabilities=["messages"]),
            now=NOW,
        )
        a = parties.create_agency(
            store, AgencyCreate(name="A", country="MX", agency_type="police"), now=NOW
        )
        licence = licensing.apply(
            store,
            application({"exporter_id": e.id, "product_id": p.id, "agency_id": a.id}),
            now=NOW,
        )
        with pytest.raises(ConflictError) as err:
            take(store, licence.id, Action.SUBMIT)
        assert "enduse screening load" in err.value.message
        assert licence.state == LicenceState.DRAFT
