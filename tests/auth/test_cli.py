"""``enduse users``/``enduse tokens`` locally, and the CLI's remote mode against a real API
server (uvicorn on a loopback port) with a token."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from enduse.auth import Role
from tests.auth.world import make_tenant
from tests.auth_helpers import bearer, make_token
from tests.servers import Server


def test_an_admin_creates_users_and_tokens_locally(cli, app):
    r = cli(
        "users",
        "create",
        "alice",
        "--role",
        "regulator_reviewer",
        "--password-stdin",
        input="a long enough password\n",
    )
    assert r.exit_code == 0, r.output
    r = cli("users", "create", "bob", "--role", "buyer", "--machine")
    assert r.exit_code == 1
    assert "agency_id" in r.output
    r = cli("users", "list", "--json")
    assert [u["username"] for u in json.loads(r.output)] == ["alice"]
    r = cli("tokens", "create", "alice", "--name", "laptop", "--json")
    assert r.exit_code == 0, r.output
    token = json.loads(r.output)["token"]
    with TestClient(app) as c:
        me = c.get("/v1/auth/me", headers=bearer(token)).json()
        assert (me["username"], me["role"]) == ("alice", "regulator_reviewer")
        listed = json.loads(cli("tokens", "list", "--json").output)
        assert token not in json.dumps(listed)
        assert token.startswith(listed[0]["prefix"])
        assert cli("tokens", "revoke", str(listed[0]["id"])).exit_code == 0
        assert c.get("/v1/auth/me", headers=bearer(token)).status_code == 401
    r = cli(
        "users", "passwd", "alice", "--password-stdin", input="another long password\n"
    )
    assert r.exit_code == 0, r.output
    assert cli("users", "disable", "alice").exit_code == 0
    assert json.loads(cli("users", "list", "--json").output)[0]["disabled"] is True


@pytest.fixture
def server(settings, db):
    with db.store() as store:
        world = make_tenant(store, "A"), make_tenant(store, "B")
    srv = Server(settings)
    srv.world = world  # type: ignore[attr-defined]
    yield srv
    srv.stop()


def test_the_cli_works_against_a_remote_server_with_a_token(
    cli, server, db, monkeypatch
):
    a, b = server.world
    monkeypatch.setenv("ENDUSE_SERVER_URL", server.url)
    monkeypatch.setenv("ENDUSE_TOKEN", server.token)
    monkeypatch.setenv("ENDUSE_DATABASE_URL", "sqlite:////nonexistent/never-opened.db")

    def ok(*args: str):
        r = cli(*args)
        assert r.exit_code == 0, f"{args}: {r.output}"
        return json.loads(r.output) if "--json" in args else r.output

    assert {x["id"] for x in ok("licence", "list", "--json")} == {
        a.licence_id,
        b.licence_id,
    }
    assert ok("licence", "show", str(a.licence_id), "--json")["id"] == a.licence_id
    suspended = ok(
        "licence",
        "suspend",
        str(a.licence_id),
        "--actor",
        "reg",
        "--reason",
        "abuse",
        "--json",
    )
    assert suspended["state"] == "suspended"
    assert len(ok("gate", "referrals", "--json")) == 2
    referral = ok("gate", "referral", str(b.ids["referral_id"]), "--json")
    assert referral["licence_id"] == b.licence_id
    assert {x["id"] for x in ok("enforce", "alert", "list", "--json")} >= {
        a.ids["alert_id"]
    }
    assert (
        ok("enforce", "action", "list", str(a.licence_id), "--json")[0]["id"]
        == a.ids["action_id"]
    )
    assert ok("monitor", "run", "--json")["processed"] == 0
    assert "eut_" in ok(
        "tokens", "create", ok("users", "list", "--json")[0]["username"]
    )

    r = cli("log", "checkpoint")
    assert r.exit_code == 1
    assert "not_found" in r.output, "the server's error comes back as the same error"
    r = cli("parties", "exporter", "list")
    assert r.exit_code == 1
    assert "no remote mode" in r.output

    # a buyer's token sees only its own licence, through the same commands
    monkeypatch.setenv(
        "ENDUSE_TOKEN", make_token(db, Role.BUYER, agency_id=a.agency_id)
    )
    assert [x["id"] for x in ok("licence", "list", "--json")] == [a.licence_id]
    r = cli("licence", "show", str(b.licence_id))
    assert r.exit_code == 1
    assert "not_found" in r.output
    r = cli(
        "licence",
        "revoke",
        str(a.licence_id),
        "--actor",
        "buyer",
        "--reason",
        "we want out",
    )
    assert r.exit_code == 1
    assert "forbidden" in r.output

    monkeypatch.setenv("ENDUSE_TOKEN", "eut_not-a-real-token")
    r = cli("licence", "list")
    assert r.exit_code == 1
    assert "unauthenticated" in r.output
    monkeypatch.setenv("ENDUSE_TOKEN", "")
    r = cli("licence", "list")
    assert r.exit_code == 1
    assert "ENDUSE_TOKEN" in r.output
