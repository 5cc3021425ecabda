"""POST /v1/taskings: the gate on licences in the database, through the real licensing and
certificate services, with the decision logged in the same transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest

from enduse.certificates import service as certificates
from enduse.certificates.models import TemplateIn
from enduse.clock import utcnow
from enduse.gate.tokens import verify_token
from enduse.keys import load_public_key
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.screening.models import RegistryCategory
from enduse.screening.registry import RegistryEntry, load_or_create_key, load_registry
from enduse.storage.tables import GateReferral, GateTasking
from enduse.tlog import service as tlog
from tests.gate.taskings_world import (
    build_licence,
    contains_text,
    tasking_body,
    tlog_rows,
)

EXPRESSION_TEXT = (
    "Subject writes a weekly column criticising the interior minister and published leaked internal "
    "documents on police overtime spending. Messages and contacts are needed to identify her sources."
)


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings)


def _post(client, body):
    r = client.post("/v1/taskings", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_permit_returns_a_token_the_log_index_and_records_the_tasking(
    client, db, settings, world
):
    out = _post(client, tasking_body(world.licence_id))
    assert (out["decision"], out["clauses"], out["outcome"]) == ("permit", [], "permit")
    assert out["certificate"] == "standard-1"
    assert out["referral_id"] is None

    claims = verify_token(
        out["token"], load_public_key(settings.key_dir, "regulator"), now=utcnow()
    )
    assert claims.licence_id == world.licence_id
    assert claims.tasking_id == out["id"]
    assert claims.target_pseudonym == out["target_pseudonym"]
    assert claims.capabilities == ["location", "messages"]
    assert claims.token_id == out["token_id"]
    assert claims.expires_at - claims.issued_at == timedelta(seconds=900)

    with db.store() as s:
        entry = tlog.get_entry(s, out["log_index"])
        row = s.get(GateTasking, out["id"], field="id")
        assert row.request["target"]["identifier"] == "+525512345678"
        assert row.request["justification"].startswith("Target runs the stash")
    assert entry.leaf["kind"] == "tasking_decision"
    assert entry.leaf["decision"] == "permit"
    assert entry.leaf["target_pseudonyms"] == [out["target_pseudonym"]]
    assert entry.leaf["digests"]["request"] == row.request_digest
    assert entry.ref == f"gate_tasking:{out['id']}"

    shown = client.get(f"/v1/taskings/{out['id']}").json()
    assert shown["decision"] == "permit"
    assert shown["token"] is None  # a token is handed out once
    assert shown["token_id"] == out["token_id"]


def test_expression_only_is_denied_with_its_clause_and_evidence_and_no_token(
    client, db, world
):
    out = _post(
        client,
        tasking_body(
            world.licence_id,
            capabilities=["messages"],
            offence={"label": "sedition", "max_penalty_years": 10},
            justification=EXPRESSION_TEXT,
        ),
    )
    assert (out["decision"], out["clauses"]) == ("deny", ["expression_not_crime"])
    assert out["token"] is None
    assert out["token_id"] is None
    reason = next(r for r in out["reasons"] if r["clause"] == "expression_not_crime")
    assert reason["evidence"]
    with db.store() as s:
        leaf = tlog.get_entry(s, out["log_index"]).leaf
    assert (leaf["decision"], leaf["clause_ids"]) == ("deny", ["expression_not_crime"])


def test_a_target_abroad_is_referred_and_queued(client, world):
    out = _post(
        client, tasking_body(world.licence_id, target={"location_country": "US"})
    )
    assert (out["decision"], out["clauses"]) == ("refer", ["extraterritorial_target"])
    assert out["token"] is None
    queue = client.get("/v1/referrals").json()
    assert [(q["id"], q["state"]) for q in queue] == [(out["referral_id"], "open")]


def test_a_registry_match_refers_as_protected_person(client, db, settings, world):
    with db.store() as s:
        load_registry(
            s,
            [
                RegistryEntry(
                    category=RegistryCategory.JOURNALIST,
                    name="Ana Reportera Ficticia",
                    aliases=(),
                    identifiers=("+525512345678",),
                    country="MX",
                    source="test",
                    external_id=None,
                )
            ],
            key=load_or_create_key(settings.key_dir),
            now=utcnow(),
        )
    # the same number written in national form still matches: it is normalised first
    out = _post(
        client, tasking_body(world.licence_id, target={"identifier": "55 1234 5678"})
    )
    assert (out["decision"], out["clauses"]) == ("refer", ["protected_person"])
    assert out["registry_match"] == "journalist"
    assert "journalist" in out["reasons"][0]["text"]


def test_a_suspended_licence_is_licence_inactive(client, db, world):
    with db.store() as s:
        licensing.transition(
            s,
            world.licence_id,
            Action.SUSPEND,
            actor="regulator",
            reason="inquiry",
            now=utcnow(),
        )
    out = _post(client, tasking_body(world.licence_id))
    assert (out["decision"], out["clauses"]) == ("deny", ["licence_inactive"])
    assert "suspended" in out["reasons"][0]["text"]


def test_unacknowledged_conditions_make_the_licence_inactive(client, db, settings):
    w = build_licence(db, settings, acknowledge=False)
    out = _post(client, tasking_body(w.licence_id))
    assert out["clauses"] == ["licence_inactive"]
    assert "awaiting_acknowledgement" in out["reasons"][0]["text"]


def test_an_unsigned_certificate_is_licence_inactive(client, db, settings):
    w = build_licence(db, settings, sign=False)
    out = _post(client, tasking_body(w.licence_id))
    assert (out["decision"], out["clauses"]) == ("deny", ["licence_inactive"])
    assert "has not signed" in out["reasons"][0]["text"]


def test_capabilities_beyond_the_licence_are_out_of_scope(client, world):
    out = _post(
        client,
        tasking_body(world.licence_id, capabilities=["messages", "microphone"]),
    )
    assert (out["decision"], out["clauses"]) == ("deny", ["capability_out_of_scope"])
    assert "microphone" in out["reasons"][0]["text"]


def test_quota_counts_distinct_active_targets_of_permitted_taskings(
    client, db, settings
):
    w = build_licence(db, settings, max_active_targets=2)
    first = _post(client, tasking_body(w.licence_id))
    again = _post(client, tasking_body(w.licence_id))  # same target: no new slot
    assert (first["decision"], again["decision"]) == ("permit", "permit")
    assert again["active_targets"] == 0
    denied = _post(
        client,
        tasking_body(
            w.licence_id,
            target={"identifier": "email:someone@example.org"},
            justification=EXPRESSION_TEXT,
        ),
    )
    assert denied["decision"] == "deny"  # a denied tasking holds no slot
    second = _post(
        client, tasking_body(w.licence_id, target={"identifier": "+52 55 9999 0000"})
    )
    assert (second["decision"], second["active_targets"]) == ("permit", 1)
    third = _post(
        client, tasking_body(w.licence_id, target={"identifier": "device:IMEI-1"})
    )
    assert (third["decision"], third["clauses"]) == ("deny", ["quota_exceeded"])
    assert third["active_targets"] == 2
    # re-tasking a target that is already active still fits
    assert _post(client, tasking_body(w.licence_id))["decision"] == "permit"


def test_a_permitted_tasking_stops_counting_when_its_legal_basis_expires(db, settings):
    from enduse.gate.models import TaskingIn
    from enduse.gate.taskings import submit_tasking
    from tests.gate.taskings_world import gate_config

    w = build_licence(db, settings, max_active_targets=1)
    now = utcnow()
    config = gate_config(settings)
    short = tasking_body(
        w.licence_id,
        legal_basis={"valid_until": (now + timedelta(hours=1)).isoformat()},
    )
    other = tasking_body(w.licence_id, target={"identifier": "+52 55 9999 0000"})
    with db.store() as s:
        assert (
            submit_tasking(s, TaskingIn.model_validate(short), config, now=now).decision
            == "permit"
        )
    with db.store() as s:
        held = submit_tasking(s, TaskingIn.model_validate(other), config, now=now)
        assert held.clauses == ["quota_exceeded"]
    later = now + timedelta(hours=2)
    with db.store() as s:
        freed = submit_tasking(s, TaskingIn.model_validate(other), config, now=later)
        assert (freed.decision, freed.active_targets) == ("permit", 0)


def test_a_new_template_version_with_another_threshold_changes_the_decision(
    client, db, world
):
    five_years = {"offence": {"label": "extortion", "max_penalty_years": 5}}
    before = _post(client, tasking_body(world.licence_id, **five_years))
    assert (before["decision"], before["clauses"]) == (
        "deny",
        ["purpose_not_permitted"],
    )
    with db.store() as s:
        body = dict(certificates.get_template(s, "standard-1", now=utcnow()).body)
        body["version"] = "2"
        body["parameters"] = {**body["parameters"], "serious_crime_min_years": 4}
        issued = certificates.issue_template(
            s,
            TemplateIn.model_validate(body),
            actor="regulator",
            now=utcnow(),
            grace_days=30,
        )
        assert world.licence_id in issued.moved
    after = _post(client, tasking_body(world.licence_id, **five_years))
    assert (after["decision"], after["certificate"]) == ("permit", "standard-2")


def test_the_log_holds_pseudonyms_never_identifiers_or_justifications(
    client, db, world
):
    outs = [
        _post(client, tasking_body(world.licence_id)),
        _post(
            client,
            tasking_body(
                world.licence_id,
                target={"identifier": "EMAIL: Ana.Perez@Example.ORG "},
                justification=EXPRESSION_TEXT,
            ),
        ),
        _post(
            client,
            tasking_body(
                world.licence_id,
                target={"identifier": "device:ABC123XYZ", "location_country": "US"},
            ),
        ),
    ]
    rows = tlog_rows(db)
    assert any(name == "tlog_entries" for name, _ in rows)
    for needle in (
        "5512345678",
        "ana.perez@example.org",
        "abc123xyz",
        "stash house",
        "weekly column",
        "officer 7",
    ):
        assert not [name for name, row in rows if contains_text(row, needle)], needle
    entries = [row for name, row in rows if name == "tlog_entries"]
    for out in outs:
        assert any(contains_text(r, out["target_pseudonym"]) for r in entries)


@pytest.mark.parametrize(
    ("edit", "status", "field"),
    [
        ({"licence_id": None}, 422, "licence_id"),
        ({"licence_id": 999}, 404, "licence_id"),
        ({"target": {"identifier": "not a number"}}, 422, "target.identifier"),
        ({"target": {"identifier": "email:nobody"}}, 422, "target.identifier"),
        ({"target": {"location_country": "Mexico"}}, 422, "target.location_country"),
        ({"target": {"registry_match": "journalist"}}, 422, "target.registry_match"),
        ({"capabilities": ["telepathy"]}, 422, "capabilities.0"),
        ({"capabilities": []}, 422, "capabilities"),
        ({"offence": {"category": "jaywalking"}}, 422, "offence.category"),
        (
            {"legal_basis": {"valid_until": "2026-04-01T00:00:00"}},
            422,
            "legal_basis.valid_until",
        ),
        ({"operator": ""}, 422, "operator"),
        ({"justification": "x" * 20001}, 422, "justification"),
    ],
)
def test_bad_input_is_refused_naming_the_field(client, db, world, edit, status, field):
    edit = dict(edit)
    licence_id = edit.pop("licence_id", world.licence_id)
    body = tasking_body(licence_id, **edit)
    if licence_id is None:
        del body["licence_id"]
    r = client.post("/v1/taskings", json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]["field"] == field
    with db.store() as s:
        assert s.count(GateTasking) == 0
        assert tlog.tree_size(s) == 0


def test_nothing_is_recorded_when_the_log_append_fails(
    db, settings, world, monkeypatch
):
    from enduse.gate import taskings
    from enduse.gate.models import TaskingIn

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(taskings, "append_entry", broken)
    body = TaskingIn.model_validate(
        tasking_body(world.licence_id, target={"location_country": "US"})
    )
    from tests.gate.taskings_world import gate_config

    with pytest.raises(RuntimeError), db.store() as s:
        taskings.submit_tasking(s, body, gate_config(settings), now=utcnow())
    with db.store() as s:
        assert s.count(GateTasking) == 0
        assert s.count(GateReferral) == 0
        assert tlog.tree_size(s) == 0


def test_racing_requests_never_overrun_the_quota(db, settings):
    """Two requests for the last slot at once: the sequencer lock serialises them."""
    import threading

    from enduse.gate.models import TaskingIn
    from enduse.gate.taskings import submit_tasking
    from tests.gate.taskings_world import gate_config

    w = build_licence(db, settings, max_active_targets=1)
    config = gate_config(settings)
    bodies = [
        TaskingIn.model_validate(
            tasking_body(w.licence_id, target={"identifier": f"+52 55 1234 000{i}"})
        )
        for i in range(4)
    ]
    start = threading.Barrier(len(bodies))
    results: list[str] = []

    def run(body):
        start.wait()
        with db.store() as s:
            out = submit_tasking(s, body, config, now=utcnow())
        results.append(out.decision)

    threads = [threading.Thread(target=run, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["deny", "deny", "deny", "permit"]
    with db.store() as s:
        assert tlog.tree_size(s) == 4


def test_the_regulator_sees_the_request_behind_a_log_entry_and_that_it_matches(
    client, db, world
):
    out = _post(client, tasking_body(world.licence_id))
    with db.store() as store:
        entry = tlog.get_entry(store, out["log_index"], with_record=True)
    assert entry.record is not None
    assert (
        entry.record["justification"] == tasking_body(world.licence_id)["justification"]
    )
    assert entry.record_status == "matches"


def test_an_empty_justification_is_decided_on_the_structured_fields(client, db, world):
    r = client.post(
        "/v1/taskings", json=tasking_body(world.licence_id, justification="")
    )
    assert r.status_code in (200, 201), r.text
    body = r.json()
    assert body["decision"] in ("permit", "refer", "deny")
    assert "justification_unclear" not in body["clauses"]
    with db.store() as s:
        assert s.count(GateTasking) == 1
        assert tlog.tree_size(s) == 1
