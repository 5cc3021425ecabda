"""``POST /v1/gate/evaluate`` and its batch form."""

from __future__ import annotations


def test_evaluate_one_scenario(client, scenario_dict):
    body = scenario_dict(
        licence={"agency_type": "private"},
        expected={"decision": "deny", "clauses": ["non_government_end_user"]},
    )
    r = client.post("/v1/gate/evaluate", json=body)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["decision"] == "deny"
    assert data["clauses"] == ["non_government_end_user"]
    assert data["reasons"][0]["clause"] == "non_government_end_user"
    assert data["match"] is True


def test_bad_scenario_names_the_field(client, scenario_dict):
    body = scenario_dict(request={"target": {"location_country": "Mexico"}})
    r = client.post("/v1/gate/evaluate", json=body)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["field"] == "request.target.location_country"
    assert "ISO 3166-1" in err["message"]


def test_unknown_key_is_refused(client, scenario_dict):
    body = scenario_dict()
    body["request"]["urgency"] = "high"
    r = client.post("/v1/gate/evaluate", json=body)
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "request.urgency"


def test_batch_decides_valid_items_and_reports_invalid_ones(client, scenario_dict):
    good = scenario_dict(expected={"decision": "permit", "clauses": []})
    bad = scenario_dict()
    bad["request"]["capabilities"] = []
    r = client.post("/v1/gate/evaluate/batch", json=[good, bad])
    assert r.status_code == 200, r.text
    data = r.json()
    assert [d["decision"] for d in data["decisions"]] == ["permit"]
    assert data["invalid"] == [
        {
            "index": 1,
            "field": "request.capabilities",
            "message": data["invalid"][0]["message"],
        }
    ]
    assert data["summary"]["accuracy"] == 1.0
