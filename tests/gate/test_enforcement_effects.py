"""Enforcement takes effect on the next gate decision (issue 6)."""

from __future__ import annotations

import pytest

from tests.gate.taskings_world import build_licence, tasking_body

ACTOR = {"actor": "reviewer@regulator", "reason": "abuse pattern confirmed"}


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings, capabilities=("messages", "location"))


def _task(client, licence_id, **edits):
    r = client.post("/v1/taskings", json=tasking_body(licence_id, **edits))
    assert r.status_code == 201, r.text
    return r.json()


def _act(client, licence_id, kind, **parameters):
    r = client.post(
        f"/v1/licences/{licence_id}/actions",
        json={"type": kind, "parameters": parameters, **ACTOR},
    )
    assert r.status_code in (200, 201), r.text
    return r.json()


def test_force_refer_curtailment_turns_the_next_permit_into_a_referral(client, world):
    assert _task(client, world.licence_id)["decision"] == "permit"
    action = _act(client, world.licence_id, "curtail", force_refer=True)
    out = _task(client, world.licence_id)
    assert out["decision"] == "refer"
    assert out["clauses"] == ["enforcement_curtailment"]
    assert out["token"] is None
    assert any(
        str(action["id"]) in r["text"]
        for r in out["reasons"]
        if r["clause"] == "enforcement_curtailment"
    )


def test_capability_curtailment_denies_what_was_withdrawn(client, world):
    _act(client, world.licence_id, "curtail", capabilities=["location"])
    out = _task(client, world.licence_id, capabilities=["messages"])
    assert out["decision"] == "deny"
    assert "capability_out_of_scope" in out["clauses"]
    assert (
        _task(client, world.licence_id, capabilities=["location"])["decision"]
        == "permit"
    )


def test_lowered_quota_counts_on_the_next_decision(client, world):
    _task(client, world.licence_id)
    _act(client, world.licence_id, "curtail", max_active_targets=1)
    out = _task(client, world.licence_id, target={"identifier": "+5215599990000"})
    assert out["decision"] == "deny"
    assert "quota_exceeded" in out["clauses"]


@pytest.mark.parametrize("kind", ["suspend", "disconnect"])
def test_suspension_and_disconnection_make_the_licence_inactive(client, world, kind):
    _act(client, world.licence_id, kind)
    out = _task(client, world.licence_id)
    assert out["decision"] == "deny"
    assert out["clauses"] == ["licence_inactive"]
