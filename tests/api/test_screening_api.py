from pathlib import Path

ASSETS = Path(__file__).parent.parent / "assets" / "screening"


def test_load_check_screen_and_resolve(client):
    loaded = client.post(
        "/v1/screening/lists",
        json={"path": str(ASSETS / "csl_spyware_2026-09-24.json"), "format": "csl"},
    )
    assert loaded.status_code == 201, loaded.text
    found = client.post(
        "/v1/screening/check", json={"name": "Candiru Ltd", "country": "IL"}
    ).json()
    assert found[0]["name"] == "Candiru"
    assert found[0]["outcome"] == "alert"
    screened = client.post(
        "/v1/screening/parties",
        json={
            "licence_id": 3,
            "parties": [{"role": "broker", "name": "Taveta Ltd", "country": "IL"}],
        },
    )
    assert screened.json()[0]["outcome"] == "alert"
    hit_id = screened.json()[0]["hit_ids"][0]
    resolved = client.post(
        f"/v1/screening/hits/{hit_id}/resolve",
        json={"status": "cleared", "reviewer": "r", "reason": "a different Taveta"},
    )
    assert resolved.json()["status"] == "cleared"
    assert (
        client.get(
            "/v1/screening/hits", params={"licence_id": 3, "status": "open"}
        ).json()
        == []
    )


def test_unknown_format_is_a_422_naming_the_field(client):
    response = client.post("/v1/screening/lists", json={"path": "x", "format": "xml"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "format"


def test_registry_lookup(client, cli):
    cli("screening", "registry", "load", "--demo")
    response = client.post(
        "/v1/screening/registry/lookup", json={"identifier": "+447700900105"}
    )
    assert response.json()["registry_match"] == "lawyer"
