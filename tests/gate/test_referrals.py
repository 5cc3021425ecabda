"""The referral queue: referred taskings wait for a reviewer; a resolution is recorded and
logged, a permit issues the token then, and a referral is resolved once."""

from __future__ import annotations

import pytest

from enduse.clock import utcnow
from enduse.gate.tokens import verify_token
from enduse.keys import load_public_key
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.storage import gate_repo
from enduse.tlog import service as tlog
from tests.gate.taskings_world import build_licence, tasking_body

ABROAD = {"target": {"location_country": "US"}}
RESOLVE = {"reviewer": "reviewer@regulator", "reason": "warrant checked with the court"}


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings)


def _refer(client, licence_id, **edits):
    r = client.post("/v1/taskings", json=tasking_body(licence_id, **(edits or ABROAD)))
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["decision"] == "refer"
    return out


def test_a_referral_shows_the_request_clauses_and_reasons(client, world):
    out = _refer(client, world.licence_id)
    shown = client.get(f"/v1/referrals/{out['referral_id']}").json()
    assert shown["state"] == "open"
    assert shown["tasking_id"] == out["id"]
    assert shown["clauses"] == ["extraterritorial_target"]
    assert shown["request"]["justification"].startswith("Target runs the stash")
    assert shown["request"]["target"]["identifier"] == "+525512345678"
    assert shown["operator"] == "officer 7 <unit-b>"
    assert shown["reasons"][0]["clause"] == "extraterritorial_target"
    assert "US" in shown["reasons"][0]["text"]
    assert shown["decision_log_index"] == out["log_index"]


def test_resolving_with_permit_issues_a_token_logs_it_and_counts_the_target(
    client, db, settings, world
):
    out = _refer(client, world.licence_id)
    r = client.post(
        f"/v1/referrals/{out['referral_id']}/resolve",
        json={**RESOLVE, "decision": "permit"},
    )
    assert r.status_code == 200, r.text
    res = r.json()
    assert res["referral"]["state"] == "resolved"
    assert res["referral"]["decision"] == "permit"
    assert res["referral"]["reviewer"] == "reviewer@regulator"
    assert res["referral"]["reason"] == RESOLVE["reason"]
    claims = verify_token(
        res["token"], load_public_key(settings.key_dir, "regulator"), now=utcnow()
    )
    assert (claims.tasking_id, claims.target_pseudonym) == (
        out["id"],
        out["target_pseudonym"],
    )
    with db.store() as s:
        leaf = tlog.get_entry(s, res["log_index"]).leaf
        assert gate_repo.active_target_count(s, world.licence_id, now=utcnow()) == 1
    assert leaf["kind"] == "referral_resolution"
    assert leaf["decision"] == "permit"
    assert leaf["clause_ids"] == ["extraterritorial_target"]
    assert leaf["target_pseudonyms"] == [out["target_pseudonym"]]
    assert set(leaf["digests"]) == {"request", "resolution"}
    assert client.get(f"/v1/taskings/{out['id']}").json()["outcome"] == "permit"


def test_resolving_twice_is_a_conflict(client, world):
    out = _refer(client, world.licence_id)
    url = f"/v1/referrals/{out['referral_id']}/resolve"
    assert client.post(url, json={**RESOLVE, "decision": "deny"}).status_code == 200
    again = client.post(url, json={**RESOLVE, "decision": "permit"})
    assert again.status_code == 409
    assert again.json()["error"]["field"] == "referral_id"
    assert "already resolved (deny)" in again.json()["error"]["message"]


def test_a_deny_resolution_issues_no_token(client, world):
    out = _refer(client, world.licence_id)
    res = client.post(
        f"/v1/referrals/{out['referral_id']}/resolve",
        json={**RESOLVE, "decision": "deny"},
    ).json()
    assert res["token"] is None
    assert res["referral"]["token_id"] is None
    assert client.get(f"/v1/taskings/{out['id']}").json()["outcome"] == "deny"


def test_a_permit_is_refused_when_the_licence_was_suspended_meanwhile(
    client, db, world
):
    out = _refer(client, world.licence_id)
    with db.store() as s:
        licensing.transition(
            s,
            world.licence_id,
            Action.SUSPEND,
            actor="regulator",
            reason="inquiry",
            now=utcnow(),
        )
    r = client.post(
        f"/v1/referrals/{out['referral_id']}/resolve",
        json={**RESOLVE, "decision": "permit"},
    )
    assert r.status_code == 409
    assert r.json()["error"]["field"] == "decision"
    assert "suspended" in r.json()["error"]["message"]
    # still open: a deny is possible
    assert client.get(f"/v1/referrals/{out['referral_id']}").json()["state"] == "open"


def test_the_queue_lists_open_referrals_first_and_filters(client, db, settings, world):
    other = build_licence(db, settings)
    a = _refer(client, world.licence_id)
    b = _refer(client, other.licence_id)
    c = _refer(
        client,
        world.licence_id,
        target={"identifier": "+52 55 9999 0000", "location_country": "GT"},
    )
    client.post(
        f"/v1/referrals/{a['referral_id']}/resolve",
        json={**RESOLVE, "decision": "deny"},
    )
    ids = [q["id"] for q in client.get("/v1/referrals").json()]
    assert ids == [b["referral_id"], c["referral_id"], a["referral_id"]]
    mine = client.get(
        "/v1/referrals", params={"licence_id": world.licence_id, "state": "open"}
    ).json()
    assert [q["id"] for q in mine] == [c["referral_id"]]
    resolved = client.get("/v1/referrals", params={"state": "resolved"}).json()
    assert [(q["id"], q["decision"]) for q in resolved] == [(a["referral_id"], "deny")]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**RESOLVE, "decision": "maybe"}, "decision"),
        ({"reviewer": "r", "decision": "permit"}, "reason"),
        ({**RESOLVE, "reviewer": "", "decision": "deny"}, "reviewer"),
    ],
)
def test_a_bad_resolution_names_the_field(client, world, body, field):
    out = _refer(client, world.licence_id)
    r = client.post(f"/v1/referrals/{out['referral_id']}/resolve", json=body)
    assert r.status_code == 422
    assert r.json()["error"]["field"] == field


def test_unknown_referrals_are_not_found(client, settings):
    from enduse.keys import generate_keypair

    generate_keypair(settings.key_dir, "regulator")
    assert client.get("/v1/referrals/42").status_code == 404
    r = client.post("/v1/referrals/42/resolve", json={**RESOLVE, "decision": "deny"})
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "referral_id"
    assert client.get("/v1/referrals", params={"state": "closed"}).status_code == 422
