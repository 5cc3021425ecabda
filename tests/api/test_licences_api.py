from datetime import UTC, datetime, timedelta

import pytest

from enduse.licensing.models import DUE_DILIGENCE_QUESTIONS
from tests.factories import load_screening_list

ACTOR = {"actor": "reviewer@regulator", "reason": "checked"}


@pytest.fixture
def world(client, db):
    with db.store() as store:
        load_screening_list(store)
    exporter = client.post(
        "/v1/exporters", json={"name": "Acme Intercept", "country": "IL"}
    ).json()
    product = client.post(
        "/v1/products",
        json={
            "exporter_id": exporter["id"],
            "name": "Falcon",
            "capabilities": ["messages", "location"],
        },
    ).json()
    agency = client.post(
        "/v1/agencies",
        json={
            "name": "Fiscalía General",
            "country": "MX",
            "agency_type": "prosecution",
        },
    ).json()
    broker = client.post(
        "/v1/intermediaries",
        json={"name": "Brokerage SA", "country": "PA", "role": "broker"},
    ).json()
    return {
        "exporter": exporter,
        "product": product,
        "agency": agency,
        "broker": broker,
    }


def application(world, **extra):
    return {
        "exporter_id": world["exporter"]["id"],
        "end_user_id": world["agency"]["id"],
        "end_use": "Kidnapping investigations by the anti-kidnapping unit under judicial warrant",
        "parties": [
            {"role": "broker", "kind": "intermediary", "id": world["broker"]["id"]}
        ],
        "items": [
            {
                "product_id": world["product"]["id"],
                "classification": "4.A.5",
                "quantity": 2,
            }
        ],
        "red_flags": ["country record: surveillance of journalists reported in 2017"],
        "actor": "compliance@acme",
        **extra,
    }


def test_application_to_active_licence(client, world):
    lic = client.post("/v1/licences", json=application(world))
    assert lic.status_code == 201, lic.text
    lid = lic.json()["id"]
    assert {p["role"] for p in lic.json()["parties"]} == {
        "exporter",
        "end_user",
        "broker",
    }
    assert (
        client.post(f"/v1/licences/{lid}/submit", json=ACTOR).json()["state"]
        == "submitted"
    )
    assert (
        client.post(f"/v1/licences/{lid}/start_review", json=ACTOR).json()["state"]
        == "under_review"
    )
    rfi = client.post(
        f"/v1/licences/{lid}/rfis",
        json={"actor": "reviewer", "question": "Which unit uses it?"},
    )
    assert rfi.json()["state"] == "rfi_open"
    rfi_id = rfi.json()["rfis"][0]["id"]
    answered = client.post(
        f"/v1/licences/{lid}/rfis/{rfi_id}/answer",
        json={"actor": "acme", "answer": "Unit 7"},
    )
    assert answered.json()["state"] == "under_review"
    for q in DUE_DILIGENCE_QUESTIONS:
        r = client.put(
            f"/v1/licences/{lid}/due-diligence/{q}",
            json={"reviewer": "r", "answer": "yes"},
        )
        assert r.status_code == 200, r.text
    now = datetime.now(UTC)
    approved = client.post(
        f"/v1/licences/{lid}/approve",
        json={
            **ACTOR,
            "allowed_capabilities": ["messages"],
            "max_active_targets": 10,
            "valid_from": (now - timedelta(days=1)).isoformat(),
            "valid_until": (now + timedelta(days=90)).isoformat(),
        },
    ).json()
    assert approved["state"] == "approved"
    assert approved["status"] == "awaiting_acknowledgement"
    for condition in approved["conditions"]:
        out = client.post(
            f"/v1/licences/{lid}/conditions/{condition['id']}/acknowledge",
            json={"actor": "acme"},
        )
    assert out.json()["status"] == "active"
    history = [(e["from_state"], e["to_state"]) for e in out.json()["events"]]
    assert history == [
        (None, "draft"),
        ("draft", "submitted"),
        ("submitted", "under_review"),
        ("under_review", "rfi_open"),
        ("rfi_open", "under_review"),
        ("under_review", "approved"),
    ]


def test_illegal_transition_is_409_naming_the_state(client, world):
    lid = client.post("/v1/licences", json=application(world)).json()["id"]
    r = client.post(f"/v1/licences/{lid}/revoke", json=ACTOR)
    assert r.status_code == 409
    assert r.json()["error"]["field"] == "state"
    assert "allowed from draft: submit" in r.json()["error"]["message"]


def test_private_end_user_refused_with_clause(client, world):
    private = client.post(
        "/v1/agencies",
        json={"name": "Guard Co", "country": "MX", "agency_type": "private"},
    )
    r = client.post(
        "/v1/licences", json=application(world, end_user_id=private.json()["id"])
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "end_user_id"
    assert "non_government_end_user" in r.json()["error"]["message"]
    assert client.get("/v1/licences").json() == []


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        (
            {"items": [{"product_id": 1, "classification": "bogus", "quantity": 1}]},
            "items.0.classification",
        ),
        ({"items": []}, "items"),
        ({"end_use": "spying"}, "end_use"),
        ({"unexpected": 1}, "unexpected"),
        (
            {"parties": [{"role": "broker", "kind": "agency", "id": 1}]},
            "parties.0.kind",
        ),
        ({"end_user_id": 999}, "end_user_id"),
    ],
)
def test_bad_application_names_the_field_and_writes_nothing(
    client, world, patch, field
):
    r = client.post("/v1/licences", json=application(world, **patch))
    assert 400 <= r.status_code < 500
    assert r.json()["error"]["field"] == field
    assert client.get("/v1/licences").json() == []


def test_unknown_licence_is_404(client):
    r = client.get("/v1/licences/42")
    assert r.status_code == 404
    assert r.json()["error"] == {
        "code": "not_found",
        "message": "licence 42 does not exist",
        "field": "licence_id",
    }


def test_approval_window_must_be_ordered(client, world):
    lid = client.post("/v1/licences", json=application(world)).json()["id"]
    r = client.post(
        f"/v1/licences/{lid}/approve",
        json={
            **ACTOR,
            "allowed_capabilities": ["messages"],
            "max_active_targets": 1,
            "valid_from": "2026-05-01T00:00:00Z",
            "valid_until": "2026-04-01T00:00:00Z",
        },
    )
    assert r.status_code == 422
    assert "valid_until must be after valid_from" in r.json()["error"]["message"]


def test_naive_datetime_is_refused(client, world):
    lid = client.post("/v1/licences", json=application(world)).json()["id"]
    r = client.post(
        f"/v1/licences/{lid}/approve",
        json={
            **ACTOR,
            "allowed_capabilities": ["messages"],
            "max_active_targets": 1,
            "valid_from": "2026-03-01T00:00:00",
            "valid_until": "2026-04-01T00:00:00Z",
        },
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "valid_from"


def test_healthz_and_openapi(client):
    assert client.get("/healthz").json()["status"] == "ok"
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/licences/{licence_id}/approve" in paths


@pytest.mark.parametrize("ident", ["0", "-1", "99999999999999999999"])
def test_out_of_range_ids_are_404_not_500(client, ident):
    r = client.get(f"/v1/licences/{ident}")
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "licence_id"


def test_out_of_range_id_in_a_body_names_the_field(client, world):
    r = client.post("/v1/licences", json=application(world, exporter_id=2**40))
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "exporter_id"


def test_body_that_is_not_json_is_a_clear_4xx(client):
    r = client.post(
        "/v1/exporters",
        content=b"\xff\xfe{",
        headers={"content-type": "application/json"},
    )
    assert r.status_code in (400, 422)
    assert r.json()["error"]["code"] == "invalid_input"
