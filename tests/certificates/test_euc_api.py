"""/v1/certificates and /v1/certificate-templates."""

import json

import pytest

from enduse.certificates.signing import buyer_sign, signed_file
from enduse.certificates.templates import default_templates
from enduse.clock import utcnow
from enduse.keys import public_key_hex, read_private_key


@pytest.fixture
def issued(client, regulator, buyer, make_licence, db):
    from enduse.storage.tables import Licence

    licence_id = make_licence()
    with db.store() as s:
        agency_id = s.get(Licence, licence_id, field="id").end_user_id
    r = client.post(
        f"/v1/agencies/{agency_id}/certificate-keys",
        json={"public_key": buyer.public_path.read_text()},
    )
    assert r.status_code == 201, r.text
    r = client.post("/v1/certificates", json={"licence_id": licence_id})
    assert r.status_code == 201, r.text
    return {"licence_id": licence_id, "agency_id": agency_id, "cert": r.json()}


def buyer_signed(client, issued, buyer):
    data = client.get(f"/v1/certificates/{issued['cert']['id']}/file").content
    doc = json.loads(data)["document"]
    return signed_file(
        doc, buyer_sign(doc, read_private_key(buyer.private_path), now=utcnow())
    )


def test_full_round_trip(client, issued, buyer, regulator):
    cert_id = issued["cert"]["id"]
    r = client.post(
        "/v1/certificates/submissions",
        content=buyer_signed(client, issued, buyer),
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "buyer_signed"
    r = client.post(f"/v1/certificates/{cert_id}/countersignature")
    assert r.json()["state"] == "countersigned"
    final = client.get(f"/v1/certificates/{cert_id}/file").content
    v = client.post("/v1/certificates/verification", content=final).json()
    assert v["valid"] is True
    assert v["regulator_key_pinned"] is True
    assert v["regulator_key_fingerprint"] == regulator.fingerprint
    status = client.get(
        "/v1/certificates/status", params={"licence_id": issued["licence_id"]}
    ).json()
    assert status["signed_current"] is True


def test_file_endpoint_serves_canonical_bytes(client, issued):
    from enduse.certificates.signing import canonical

    data = client.get(f"/v1/certificates/{issued['cert']['id']}/file").content
    assert canonical(json.loads(data)) == data


def test_tampered_submission_is_422_and_nothing_changes(client, issued, buyer):
    data = buyer_signed(client, issued, buyer).replace(b"6 years", b"1 years")
    r = client.post("/v1/certificates/submissions", content=data)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "verification_failed"
    assert (
        client.get(f"/v1/certificates/{issued['cert']['id']}").json()["state"]
        == "issued"
    )


def test_verification_reports_invalid_with_reason(client, issued, buyer):
    data = buyer_signed(client, issued, buyer)
    v = client.post("/v1/certificates/verification", content=data[:-1] + b" }").json()
    assert v["valid"] is False
    assert "canonical" in v["reason"]


def test_render_html_is_escaped(client, issued):
    r = client.get(
        f"/v1/certificates/{issued['cert']['id']}/render", params={"format": "html"}
    )
    assert r.headers["content-type"].startswith("text/html")
    assert "&lt;b&gt;" in r.text


def test_issue_on_missing_licence_is_404(client, regulator):
    r = client.post("/v1/certificates", json={"licence_id": 999})
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "licence_id"


def test_bad_parameter_is_422_naming_field(client, regulator, make_licence):
    r = client.post(
        "/v1/certificates",
        json={
            "licence_id": make_licence(),
            "parameters": {"serious_crime_min_years": True},
        },
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "parameters.serious_crime_min_years"
    assert client.get("/v1/certificates").json() == []


def test_countersign_before_buyer_signs_is_409(client, issued):
    assert (
        client.post(
            f"/v1/certificates/{issued['cert']['id']}/countersignature"
        ).status_code
        == 409
    )


def test_key_rotation_history(client, issued, tmp_path):
    from enduse.keys import generate_keypair

    new = generate_keypair(tmp_path / "new", "buyer")
    r = client.post(
        f"/v1/agencies/{issued['agency_id']}/certificate-keys",
        json={"public_key": public_key_hex(new.public_key)},
    )
    assert r.status_code == 201
    keys = client.get(f"/v1/agencies/{issued['agency_id']}/certificate-keys").json()
    assert len(keys) == 2
    assert keys[0]["retired_at"] is not None
    assert keys[1]["fingerprint"] == new.fingerprint


def test_bad_key_is_422(client, issued):
    r = client.post(
        f"/v1/agencies/{issued['agency_id']}/certificate-keys",
        json={"public_key": "ABCD"},
    )
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "public_key"


class TestTemplates:
    def test_list_and_show(self, client):
        assert [t["ref"] for t in client.get("/v1/certificate-templates").json()] == [
            "standard-1"
        ]
        assert (
            client.get("/v1/certificate-templates/standard-1").json()["current"] is True
        )
        assert client.get("/v1/certificate-templates/standard-7").status_code == 404

    def test_issue_new_version(self, client):
        body = default_templates()[0].model_dump(mode="json") | {"version": "2"}
        r = client.post("/v1/certificate-templates", json=body)
        assert r.status_code == 201, r.text
        assert r.json()["template"]["ref"] == "standard-2"
        assert client.post("/v1/certificate-templates", json=body).status_code == 409

    def test_invalid_template_names_the_field(self, client):
        body = default_templates()[0].model_dump(mode="json") | {"version": "2"}
        body["clauses"][4]["text"] = "{undefined_thing}"
        r = client.post("/v1/certificate-templates", json=body)
        assert r.status_code == 422
        assert r.json()["error"]["field"] == "clauses.4.text"
        assert len(client.get("/v1/certificate-templates").json()) == 1
