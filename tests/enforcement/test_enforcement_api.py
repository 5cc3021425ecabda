"""The enforcement API end to end on a real database: cases, actions, appeals, status."""

from __future__ import annotations

import pytest

from enduse.clock import utcnow
from enduse.enforcement import verify_status_document


@pytest.fixture
def api(client, signer, licence_id):
    return client


def post(client, url, body, status=201):
    r = client.post(url, json=body)
    assert r.status_code == status, r.text
    return r.json()


def case_under_investigation(client, licence_id):
    alert = post(
        client,
        "/v1/alerts",
        {
            "source": "monitoring.volume",
            "licence_id": licence_id,
            "severity": "high",
            "summary": "new targets tripled in a week",
            "evidence": {"log_indices": [0]},
        },
    )
    case = post(
        client,
        "/v1/cases",
        {
            "licence_id": licence_id,
            "title": "Volume spike",
            "opened_by": "inspector",
            "alert_ids": [alert["id"]],
        },
    )
    post(
        client,
        f"/v1/cases/{case['id']}/transition",
        {"to": "investigating", "actor": "reviewer", "reason": "looking into it"},
        status=200,
    )
    return case["id"]


def action(client, licence_id, type_, **fields):
    body = {"type": type_, "actor": "inspector", "reason": "abuse found", **fields}
    return post(client, f"/v1/licences/{licence_id}/actions", body)


def test_a_curtailment_on_a_case_is_signed_logged_and_obeyed(api, licence_id, signer):
    case_id = case_under_investigation(api, licence_id)
    a = action(
        api,
        licence_id,
        "curtail",
        case_id=case_id,
        parameters={"capabilities": ["location"], "max_active_targets": 5},
    )
    assert a["signed"]["record"]["type"] == "curtail"
    case = api.get(f"/v1/cases/{case_id}").json()
    assert case["state"] == "action_taken"
    assert [e["kind"] for e in case["events"]][-2:] == ["action", "transition"]
    r = api.get(f"/v1/licences/{licence_id}/restrictions").json()
    assert r["status"] == "curtailed"
    assert r["allowed_capabilities"] == ["location"]
    assert r["max_active_targets"] == 5
    assert r["action_ids"] == [a["id"]]
    entry = api.get(f"/v1/log/entries/{a['log_index']}").json()
    assert entry["leaf"]["kind"] == "enforcement_action"
    assert entry["leaf"]["decision"] == "curtail"


def test_the_status_document_verifies_offline_and_follows_actions(
    api, licence_id, signer
):
    r = api.get(f"/v1/licences/{licence_id}/status-document")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    doc = verify_status_document(r.content, signer.key.public_key(), now=utcnow())
    assert doc.status == "active"
    action(api, licence_id, "suspend")
    r = api.get(f"/v1/licences/{licence_id}/status-document")
    doc = verify_status_document(r.content, signer.key.public_key(), now=utcnow())
    assert doc.status == "suspended"
    assert not doc.authorises_use
    assert api.get(f"/v1/licences/{licence_id}").json()["state"] == "suspended"


def test_appeal_and_reversal_through_the_api(api, licence_id):
    a = action(api, licence_id, "curtail", parameters={"force_refer": True})
    appeal = post(
        api,
        f"/v1/actions/{a['id']}/appeals",
        {
            "appellant": "buyer ministry",
            "role": "buyer",
            "grounds": "every tasking was lawful",
        },
    )
    decided = post(
        api,
        f"/v1/appeals/{appeal['id']}/decision",
        {"outcome": "reversed", "actor": "head", "reason": "grounds accepted"},
        status=200,
    )
    assert decided["decision"]["outcome"] == "reversed"
    shown = api.get(f"/v1/actions/{a['id']}").json()
    assert shown["reversed_by"] == decided["decision"]["reversal_id"]
    assert shown["appeals"][0]["id"] == appeal["id"]
    assert (
        api.get(f"/v1/licences/{licence_id}/restrictions").json()["force_refer"]
        is False
    )
    listed = api.get(f"/v1/licences/{licence_id}/actions").json()
    assert [x["type"] for x in listed] == ["curtail", "reverse"]


def test_direct_reversal(api, licence_id):
    a = action(api, licence_id, "suspend")
    post(api, f"/v1/actions/{a['id']}/reverse", {"actor": "head", "reason": "in error"})
    assert api.get(f"/v1/licences/{licence_id}").json()["state"] == "approved"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"type": "explode"}, "type"),
        ({"type": "reverse"}, "type"),
        ({"type": "warn", "parameters": {"force_refer": True}}, "parameters"),
        (
            {"type": "curtail", "parameters": {"capabilities": ["camera"]}},
            "parameters.capabilities",
        ),
        (
            {"type": "curtail", "parameters": {"max_active_targets": "many"}},
            "parameters.max_active_targets",
        ),
        ({"type": "warn", "reason": ""}, "reason"),
        ({"type": "warn", "case_id": 99}, "case_id"),
    ],
)
def test_bad_action_input_is_4xx_naming_the_field(api, licence_id, body, field):
    full = {"actor": "inspector", "reason": "abuse found", **body}
    r = api.post(f"/v1/licences/{licence_id}/actions", json=full)
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["error"]["field"] == field


def test_an_illegal_case_transition_is_409(api, licence_id):
    case = post(
        api,
        "/v1/cases",
        {"licence_id": licence_id, "title": "A case", "opened_by": "inspector"},
    )
    r = api.post(
        f"/v1/cases/{case['id']}/transition",
        json={"to": "action_taken", "actor": "r", "reason": "skip ahead"},
    )
    assert r.status_code == 409
    assert r.json()["error"]["field"] == "state"


def test_unknown_records_are_404(api):
    assert (
        api.get("/v1/licences/999/status-document").json()["error"]["field"]
        == "licence_id"
    )
    assert api.get("/v1/cases/5").status_code == 404
    assert api.get("/v1/alerts/5").status_code == 404
    assert api.get("/v1/actions/5").status_code == 404


def test_a_bad_alert_names_the_field(api, licence_id):
    r = api.post(
        "/v1/alerts",
        json={
            "source": "monitoring.volume",
            "licence_id": licence_id,
            "severity": "dire",
            "summary": "x y z",
        },
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "severity"
