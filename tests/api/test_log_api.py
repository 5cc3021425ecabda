"""``/v1/log``: checkpoints, proofs, public entries, verification and audit over HTTP."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from enduse.tlog import service
from enduse.tlog.keys import create_log_key
from enduse.tlog.models import EntryDraft

VECTORS = json.loads(
    (Path(__file__).parents[1] / "assets" / "tlog" / "rfc6962_vectors.json").read_text()
)
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def log(db, settings):
    create_log_key(settings.key_dir)
    with db.store() as s:
        service.append_entries(
            s,
            [
                EntryDraft(
                    licence_id=2,
                    kind="enforcement_action",
                    decision="warn",
                    targets=["tel:+331234"],
                    ref=f"case:{i}",
                )
                for i in range(9)
            ],
            now=T0,
        )
    return db


def test_publish_then_fetch_checkpoint_as_signed_note(client, log):
    published = client.post("/v1/log/checkpoint")
    assert published.status_code == 200
    assert published.headers["content-type"].startswith("text/plain")
    assert client.get("/v1/log/checkpoint").text == published.text
    key = client.get("/v1/log/key").text.strip()
    check = client.post(
        "/v1/log/verify/note", json={"note": published.text, "keys": [key]}
    ).json()
    assert check["valid"] is True
    assert check["checkpoint"]["tree_size"] == 9
    assert client.get("/v1/log").json() == {
        "origin": "enduse.example/regulator",
        "tree_size": 9,
        "checkpoint_size": 9,
    }


def test_proofs_verify_through_the_api(client, log):
    client.post("/v1/log/checkpoint")
    inclusion = client.get("/v1/log/proof/inclusion", params={"index": 4}).json()
    assert inclusion["tree_size"] == 9
    assert client.post("/v1/log/verify/inclusion", json=inclusion).json() == {
        "valid": True,
        "reason": None,
        "field": None,
    }
    consistency = client.get(
        "/v1/log/proof/consistency", params={"size1": 2, "size2": 9}
    ).json()
    assert (
        client.post("/v1/log/verify/consistency", json=consistency).json()["valid"]
        is True
    )
    tampered = consistency | {"root1": "00" * 32}
    result = client.post("/v1/log/verify/consistency", json=tampered).json()
    assert result["valid"] is False
    assert result["field"] in {"root1", "root2"}


def test_public_entry_has_no_record_pointer_or_target(client, log):
    body = client.get("/v1/log/entries/3").json()
    assert set(body) == {"index", "leaf", "leaf_hash"}
    assert "331234" not in json.dumps(body)
    assert client.get("/v1/log/entries/9").json()["error"]["field"] == "index"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"index": 99, "size": 3}, "index"),
        ({"index": 1, "size": 50}, "size"),
        ({"index": "x"}, "index"),
    ],
)
def test_bad_inclusion_request_names_the_field(client, log, params, field):
    response = client.get("/v1/log/proof/inclusion", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field


def test_consistency_from_size_zero_is_refused(client, log):
    response = client.get("/v1/log/proof/consistency", params={"size1": 0, "size2": 3})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "size1"


def test_bad_hex_in_proof_body_names_the_field(client):
    body = {
        "index": 0,
        "tree_size": 1,
        "leaf_hash": "nothex",
        "root": "00" * 32,
        "proof": [],
    }
    response = client.post("/v1/log/verify/inclusion", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "leaf_hash"


def _representable(v):
    """Fits the JSON proof format: 32-byte hashes, a tree of at least one leaf."""
    hashes = [v["leaf_hash_hex"], v["root_hex"], *v["proof_hex"]]
    return (
        all(len(h) == 64 for h in hashes) and v["tree_size"] >= 1 and v["index"] < 2**63
    )


API_SAMPLE = [v for v in VECTORS["inclusion"] if _representable(v)][::8]


@pytest.mark.parametrize(
    "v", API_SAMPLE, ids=lambda v: f"{v['desc']}-{v['index']}-{v['tree_size']}"
)
def test_inclusion_vectors_through_the_api(client, v):
    body = {
        "index": v["index"],
        "tree_size": v["tree_size"],
        "leaf_hash": v["leaf_hash_hex"],
        "root": v["root_hex"],
        "proof": v["proof_hex"],
    }
    assert (
        client.post("/v1/log/verify/inclusion", json=body).json()["valid"] is v["valid"]
    )


def test_note_with_bad_key_names_the_key(client):
    response = client.post(
        "/v1/log/verify/note", json={"note": "x\n\n", "keys": ["nope"]}
    )
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "keys.0"


def test_audit_over_the_api(client, log):
    client.post("/v1/log/checkpoint")
    report = client.get("/v1/log/audit").json()
    assert report["ok"] is True
    assert report["entries_checked"] == 9
