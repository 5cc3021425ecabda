"""``enduse gate request / referrals / referral / resolve`` on the test database."""

from __future__ import annotations

import json

from tests.gate.taskings_world import build_licence, tasking_body


def _file(tmp_path, body, name="tasking.json"):
    path = tmp_path / name
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_request_permits_and_prints_a_token_that_verifies(cli, db, settings, tmp_path):
    w = build_licence(db, settings)
    r = cli("gate", "request", _file(tmp_path, tasking_body(w.licence_id)), "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["decision"] == "permit"
    assert out["log_index"] == 0
    ok = cli("gate", "verify-token", out["token"])
    assert ok.exit_code == 0, ok.output

    text = cli("gate", "request", _file(tmp_path, tasking_body(w.licence_id)))
    assert text.exit_code == 0, text.output
    assert "permit" in text.output
    assert "log entry 1" in text.output


def test_refer_list_show_and_resolve_from_the_command_line(cli, db, settings, tmp_path):
    w = build_licence(db, settings)
    body = tasking_body(w.licence_id, target={"location_country": "US"})
    r = cli("gate", "request", _file(tmp_path, body))
    assert r.exit_code == 0, r.output
    assert "refer" in r.output
    assert "referral 1" in r.output

    listed = json.loads(cli("gate", "referrals", "--json").output)
    assert [(q["id"], q["state"]) for q in listed] == [(1, "open")]
    assert cli("gate", "referrals", "--licence", str(w.licence_id)).exit_code == 0

    shown = cli("gate", "referral", "1")
    assert shown.exit_code == 0, shown.output
    assert "extraterritorial_target" in shown.output
    assert "stash house" in shown.output  # the reviewer reads the justification

    done = cli(
        "gate",
        "resolve",
        "1",
        "--reviewer",
        "rev",
        "--decision",
        "permit",
        "--reason",
        "court confirmed the warrant",
        "--json",
    )
    assert done.exit_code == 0, done.output
    res = json.loads(done.output)
    assert res["referral"]["decision"] == "permit"
    assert res["token"]
    again = cli(
        "gate",
        "resolve",
        "1",
        "--reviewer",
        "rev",
        "--decision",
        "deny",
        "--reason",
        "x",
    )
    assert again.exit_code == 1
    assert "already resolved" in again.output


def test_request_names_the_bad_field(cli, db, settings, tmp_path):
    w = build_licence(db, settings, sign=False)
    bad = tasking_body(w.licence_id, target={"identifier": "call me"})
    r = cli("gate", "request", _file(tmp_path, bad))
    assert r.exit_code == 1
    assert "target.identifier" in r.output
    r = cli("gate", "request", _file(tmp_path, {**bad, "licence_id": "x"}))
    assert r.exit_code == 1
    assert "licence_id" in r.output
    missing = cli("gate", "request", str(tmp_path / "none.json"))
    assert missing.exit_code == 1
    assert "file" in missing.output
