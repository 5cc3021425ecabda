"""Tenants see only their own records in lists; an auditor never sees a target pseudonym or a
justification."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from enduse.auth import Role, policy
from tests.auth.test_every_route import operations
from tests.auth.world import Tenant, make_tenant


@pytest.fixture
def tenants(db) -> tuple[Tenant, Tenant]:
    with db.store() as store:
        return make_tenant(store, "A"), make_tenant(store, "B")


def _ids(client: TestClient, url: str, key: str = "id") -> set[int]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return {row[key] for row in r.json()}


def test_a_buyer_lists_only_its_own_licences_certificates_and_referrals(
    client_as, tenants
):
    a, b = tenants
    buyer = client_as(Role.BUYER, agency_id=a.agency_id)
    assert _ids(buyer, "/v1/licences") == {a.licence_id}
    assert _ids(buyer, "/v1/certificates") == {a.ids["certificate_id"]}
    assert _ids(buyer, "/v1/referrals") == {a.ids["referral_id"]}
    assert buyer.get(f"/v1/referrals?licence_id={b.licence_id}").status_code == 404


def test_an_exporter_lists_only_its_own_licences_and_products(client_as, tenants):
    a, b = tenants
    exporter = client_as(Role.EXPORTER, exporter_id=a.exporter_id)
    assert _ids(exporter, "/v1/licences") == {a.licence_id}
    assert _ids(exporter, "/v1/products") == {a.ids["product_id"]}
    assert _ids(exporter, "/v1/certificates") == {a.ids["certificate_id"]}
    r = exporter.get(f"/v1/products?exporter_id={b.exporter_id}")
    assert r.status_code == 404
    assert r.json()["error"] == {
        "code": "not_found",
        "message": f"exporter {b.exporter_id} does not exist",
        "field": "exporter_id",
    }, "another tenant's record reads exactly like a missing one"


def test_a_regulator_lists_everyones_records(client, tenants):
    a, b = tenants
    assert {a.licence_id, b.licence_id} <= _ids(client, "/v1/licences")
    assert {a.ids["referral_id"], b.ids["referral_id"]} <= _ids(client, "/v1/referrals")


def test_a_buyer_cannot_file_a_tasking_or_an_exporter_an_application_for_another_tenant(
    client_as, tenants
):
    a, b = tenants
    buyer = client_as(Role.BUYER, agency_id=a.agency_id)
    r = buyer.post("/v1/taskings", json={"licence_id": b.licence_id})
    assert r.status_code == 404
    exporter = client_as(Role.EXPORTER, exporter_id=a.exporter_id)
    r = exporter.post(
        "/v1/licences", json={"exporter_id": b.exporter_id, "end_user_id": a.agency_id}
    )
    assert r.status_code == 404


def test_an_auditor_never_sees_a_target_pseudonym_or_a_justification(
    app, client_as, tenants
):
    auditor = client_as(Role.AUDITOR)
    a, _ = tenants
    seen = 0
    for op in operations(app):
        if op.method != "GET" or op.key in policy.PUBLIC:
            continue
        r = op.request(auditor, a.ids)
        if Role.AUDITOR not in policy.roles_for(op.permission()):
            assert r.status_code == 403, op
            continue
        seen += 1
        assert "pseudonym-A" not in r.text, op
        assert "secret justification" not in r.text, op
    assert seen >= 5
    for url in ("/v1/taskings/1", "/v1/referrals", "/v1/log/entries/0"):
        assert auditor.get(url).status_code == 403, url
