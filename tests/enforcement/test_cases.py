"""Alerts grouped into cases; the case workflow and its append-only history."""

from __future__ import annotations

import pytest

from enduse.enforcement import add_to_case, note, open_case, raise_alert, transition
from enduse.enforcement.service import assign, list_alerts
from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.storage.tables import CaseEvent
from tests.enforcement.conftest import LATER, activate
from tests.factories import NOW, make_licence, make_world


@pytest.fixture
def licence(store):
    return activate(store)


def alert(store, licence_id, **fields):
    data = {
        "source": "monitoring.protected_person",
        "licence_id": licence_id,
        "severity": "high",
        "summary": "12 taskings against registry matches in 3 days",
        "evidence": {"log_indices": [3, 7, 9], "count": 12, "threshold": 5},
        **fields,
    }
    return raise_alert(store, **data, now=NOW)


def case(store, licence_id, **fields):
    return open_case(
        store,
        licence_id=licence_id,
        title="Protected persons targeted",
        opened_by="inspector",
        now=NOW,
        **fields,
    )


class TestAlerts:
    def test_a_monitor_raises_an_alert_with_evidence(self, store, licence):
        a = alert(store, licence.id)
        assert a.case_id is None
        assert a.evidence["log_indices"] == [3, 7, 9]
        assert list_alerts(store, licence_id=licence.id, unassigned=True) == [a]

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"severity": "apocalyptic"}, "severity"),
            ({"source": "Monitoring Team"}, "source"),
            ({"summary": ""}, "summary"),
            ({"evidence": {"log_indices": [-1]}}, "evidence"),
            ({"evidence": {"log_indices": "3,7"}}, "evidence"),
        ],
    )
    def test_a_bad_alert_is_refused_naming_the_field(
        self, store, licence, fields, field
    ):
        with pytest.raises(InvalidInputError) as exc:
            alert(store, licence.id, **fields)
        assert exc.value.field == field

    def test_an_alert_on_an_unknown_licence_is_refused(self, store):
        with pytest.raises(NotFoundError) as exc:
            alert(store, 999)
        assert exc.value.field == "licence_id"


class TestCases:
    def test_alerts_group_into_a_case_with_a_reviewer(self, store, licence):
        a, b = alert(store, licence.id), alert(store, licence.id, severity="medium")
        c = case(store, licence.id, alert_ids=[a.id], reviewer="reviewer@regulator")
        add_to_case(store, c.id, [b.id], actor="inspector", now=LATER)
        assert [x.id for x in c.alerts] == [a.id, b.id]
        assert c.reviewer == "reviewer@regulator"
        assert c.state == "open"
        kinds = [e.kind for e in c.events]
        assert kinds == ["opened", "assigned", "alert_added", "alert_added"]

    def test_an_alert_of_another_licence_is_refused(self, store, licence):
        other = make_licence(store, world=make_world(store, agency_type="prosecution"))
        a = alert(store, other.id)
        c = case(store, licence.id)
        with pytest.raises(InvalidInputError) as exc:
            add_to_case(store, c.id, [a.id], actor="inspector", now=NOW)
        assert exc.value.field == "alert_ids.0"

    def test_an_alert_belongs_to_one_case(self, store, licence):
        a = alert(store, licence.id)
        case(store, licence.id, alert_ids=[a.id])
        with pytest.raises(ConflictError):
            case(store, licence.id, alert_ids=[a.id])

    def test_the_workflow_runs_open_investigating_action_taken(
        self, store, licence, act
    ):
        c = case(store, licence.id)
        transition(
            store, c.id, "investigating", actor="reviewer", reason="looking", now=NOW
        )
        act(
            store, licence.id, "curtail", case_id=c.id, parameters={"force_refer": True}
        )
        assert c.state == "action_taken"
        assert c.events[-1].kind == "transition"
        assert c.events[-2].kind == "action"

    @pytest.mark.parametrize(
        ("path", "to"),
        [
            ([], "action_taken"),
            ([], "dismissed"),
            (["investigating", "dismissed"], "investigating"),
            (["investigating"], "open"),
            (["investigating"], "action_taken"),  # no action on record
        ],
    )
    def test_illegal_transitions_are_refused(self, store, licence, path, to):
        c = case(store, licence.id)
        for step in path:
            transition(store, c.id, step, actor="r", reason="step", now=NOW)
        with pytest.raises(ConflictError):
            transition(store, c.id, to, actor="r", reason="try", now=NOW)

    def test_an_unknown_state_names_the_field(self, store, licence):
        c = case(store, licence.id)
        with pytest.raises(InvalidInputError) as exc:
            transition(store, c.id, "closed", actor="r", reason="try", now=NOW)
        assert exc.value.field == "to"

    def test_no_action_on_a_case_not_under_investigation(self, store, licence, act):
        c = case(store, licence.id)
        with pytest.raises(ConflictError) as exc:
            act(store, licence.id, "warn", case_id=c.id)
        assert exc.value.field == "case_id"

    def test_no_action_on_a_case_of_another_licence(self, store, licence, act):
        other = make_licence(store, world=make_world(store, agency_type="prosecution"))
        c = case(store, other.id)
        transition(store, c.id, "investigating", actor="r", reason="go", now=NOW)
        with pytest.raises(InvalidInputError) as exc:
            act(store, licence.id, "warn", case_id=c.id)
        assert exc.value.field == "case_id"

    def test_notes_and_assignments_are_kept_and_cannot_be_rewritten(
        self, store, licence
    ):
        c = case(store, licence.id)
        note(store, c.id, author="reviewer", text="Pattern matches 2019 leak", now=NOW)
        assign(store, c.id, reviewer="senior", actor="head", now=LATER)
        assert c.reviewer == "senior"
        assert [e.text for e in c.events if e.kind == "note"] == [
            "Pattern matches 2019 leak"
        ]
        store.flush()
        event = store.list(CaseEvent, case_id=c.id, kind="note")[0]
        event.text = "nothing to see"
        with pytest.raises(ConflictError):
            store.flush()
        store.session.rollback()
