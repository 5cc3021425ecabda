"""Users, passwords, API tokens, login sessions and CSRF, through the real API and database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi import Form
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from enduse.auth import Role, policy
from enduse.auth import service as auth
from enduse.auth.models import UserCreate
from enduse.clock import utcnow
from enduse.errors import ConflictError, NotFoundError, UnauthenticatedError
from enduse.storage.tables import ApiToken, LoginSession, User
from tests.auth_helpers import PASSWORD, bearer, make_user, token_for


def _login(app, username: str, password: str = PASSWORD) -> tuple[TestClient, dict]:
    c = TestClient(app, base_url="https://testserver")
    r = c.post("/v1/auth/login", json={"username": username, "password": password})
    return c, r


def test_passwords_are_stored_as_argon2id_hashes(db):
    user = make_user(db, Role.REGULATOR_REVIEWER)
    with db.store() as store:
        stored = store.get(User, user.id, field="id").password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_login_gives_the_same_answer_for_an_unknown_user_and_a_wrong_password(app, db):
    user = make_user(db, Role.REGULATOR_REVIEWER)
    _, wrong = _login(app, user.username, "not the password at all")
    _, unknown = _login(app, "nobody-at-all")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    machine = make_user(db, Role.BUYER, password=None, agency_id=_agency(db))
    _, no_password = _login(app, machine.username)
    assert no_password.json() == unknown.json(), "a token-only user cannot log in"


def _agency(db) -> int:
    from tests.auth.world import make_tenant

    with db.store() as store:
        return make_tenant(store, f"t{utcnow().timestamp()}").agency_id


def test_a_token_is_shown_once_and_only_its_digest_is_stored(db, app):
    user = make_user(db, Role.AUDITOR)
    token = token_for(db, user.username)
    with db.store() as store:
        row = store.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id)
        ).one()
        dump = "\n".join(
            str(r)
            for r in store.session.execute(text("SELECT * FROM api_tokens")).all()
        )
    assert token not in dump
    assert row.digest == auth.digest(token)
    assert token.startswith(row.prefix)
    with TestClient(app) as c:
        me = c.get("/v1/auth/me", headers=bearer(token)).json()
    assert (me["username"], me["role"], me["via"]) == (
        user.username,
        "auditor",
        "token",
    )


def test_revoked_expired_and_malformed_tokens_are_refused(db, app, client):
    user = make_user(db, Role.AUDITOR)
    revoked = token_for(db, user.username)
    expired = token_for(db, user.username, ttl=timedelta(seconds=-1))
    token_id = client.get("/v1/api-tokens", params={"username": user.username}).json()[
        0
    ]["id"]
    assert client.post(f"/v1/api-tokens/{token_id}/revoke").status_code == 200
    with TestClient(app) as c:
        for headers in (
            bearer(revoked),
            bearer(expired),
            bearer("eut_made-up"),
            {"Authorization": "Basic dXNlcjpwYXNz"},
        ):
            r = c.get("/v1/auth/me", headers=headers)
            assert r.status_code == 401, headers
            assert r.json()["error"]["code"] == "unauthenticated"


def test_a_caller_cannot_revoke_the_token_it_is_using(client):
    mine = client.get("/v1/auth/me").json()
    own = [
        t
        for t in client.get("/v1/api-tokens").json()
        if t["user_id"] == mine["user_id"]
    ]
    r = client.post(f"/v1/api-tokens/{own[0]['id']}/revoke")
    assert r.status_code == 409


def test_login_sets_a_hardened_cookie_and_returns_the_csrf_token(app, db):
    user = make_user(db, Role.REGULATOR_REVIEWER)
    c, r = _login(app, user.username)
    assert r.status_code == 200
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" in cookie
    me = c.get("/v1/auth/me").json()
    assert me["via"] == "session"
    assert me["csrf_token"] == r.json()["csrf_token"]
    with db.store() as store:
        stored = store.session.scalars(select(LoginSession)).all()
    assert all(s.digest != c.cookies["enduse_session"] for s in stored)


def test_the_cookie_is_not_secure_when_configured_so(settings, db):
    from enduse.api import create_app

    app = create_app(
        settings.model_copy(update={"session_cookie_secure": False}), database=db
    )
    user = make_user(db, Role.REGULATOR_REVIEWER)
    _, r = _login(app, user.username)
    assert "secure" not in r.headers["set-cookie"].lower()


def test_a_session_expires(app, db):
    user = make_user(db, Role.REGULATOR_REVIEWER)
    c, _ = _login(app, user.username)
    assert c.get("/v1/auth/me").status_code == 200
    with db.store() as store:
        for s in store.list(LoginSession, user_id=user.id):
            s.expires_at = utcnow() - timedelta(seconds=1)
    r = c.get("/v1/auth/me")
    assert r.status_code == 401
    assert r.json()["error"]["field"] == "session"


def test_session_lifetime_comes_from_the_setting(db):
    user = make_user(db, Role.AUDITOR)
    now = utcnow()
    with db.store() as store:
        session = auth.login(
            store, user.username, PASSWORD, now=now, ttl=timedelta(minutes=5)
        )
        assert session.expires_at == now + timedelta(minutes=5)
        with pytest.raises(UnauthenticatedError):
            auth.authenticate_session(
                store, session.cookie, now=now + timedelta(minutes=5)
            )


def test_a_cookie_change_without_the_csrf_token_is_refused(login_as, tenants_a):
    reviewer = login_as(Role.REGULATOR_REVIEWER)
    body = {
        "licence_id": tenants_a.licence_id,
        "source": "x",
        "severity": "low",
        "summary": "a finding",
        "evidence": {},
    }
    r = reviewer.post("/v1/alerts", json=body)
    assert r.status_code == 403
    assert r.json()["error"]["field"] == "csrf_token"
    r = reviewer.post("/v1/alerts", json=body, headers={"X-CSRF-Token": "wrong"})
    assert r.status_code == 403
    r = reviewer.post(
        "/v1/alerts", json=body, headers={"X-CSRF-Token": reviewer.csrf_token}
    )
    assert r.status_code == 201, r.text
    assert reviewer.get("/v1/alerts").status_code == 200, "reading needs no CSRF token"


def test_a_form_carries_the_csrf_token_as_a_field(app, login_as, monkeypatch):
    monkeypatch.setitem(policy.ROUTES, "POST /v1/test-form", "alert.write")

    @app.post("/v1/test-form")
    def form(note: str = Form()) -> dict[str, str]:
        return {"note": note}

    reviewer = login_as(Role.REGULATOR_REVIEWER)
    r = reviewer.post("/v1/test-form", data={"note": "hi"})
    assert r.status_code == 403
    r = reviewer.post(
        "/v1/test-form", data={"note": "hi", "csrf_token": reviewer.csrf_token}
    )
    assert r.status_code == 200
    assert r.json() == {"note": "hi"}


def test_a_bearer_token_needs_no_csrf_token(client, tenants_a):
    body = {
        "licence_id": tenants_a.licence_id,
        "source": "x",
        "severity": "low",
        "summary": "a finding",
        "evidence": {},
    }
    assert client.post("/v1/alerts", json=body).status_code == 201


def test_logout_ends_the_session(login_as):
    c = login_as(Role.AUDITOR)
    assert (
        c.post("/v1/auth/logout", headers={"X-CSRF-Token": c.csrf_token}).status_code
        == 204
    )
    assert c.get("/v1/auth/me").status_code == 401


def test_a_disabled_user_can_neither_log_in_nor_use_its_token_or_session(
    app, db, client
):
    user = make_user(db, Role.REGULATOR_REVIEWER)
    token = token_for(db, user.username)
    session, _ = _login(app, user.username)
    r = client.post(f"/v1/users/{user.username}/disable")
    assert r.status_code == 200
    assert r.json()["disabled"] is True
    assert session.get("/v1/auth/me").status_code == 401
    with TestClient(app) as c:
        assert c.get("/v1/auth/me", headers=bearer(token)).status_code == 401
    _, again = _login(app, user.username)
    assert again.status_code == 401


def test_an_admin_cannot_disable_itself(client):
    me = client.get("/v1/auth/me").json()
    assert client.post(f"/v1/users/{me['username']}/disable").status_code == 409


def test_health_and_login_need_no_credentials(app):
    with TestClient(app) as c:
        assert c.get("/healthz").status_code == 200
        assert (
            c.post(
                "/v1/auth/login", json={"username": "x", "password": "y"}
            ).status_code
            == 401
        )
        assert c.get("/v1/licences").status_code == 401


def test_a_user_names_the_tenant_its_role_needs(db, client, tenants_a):
    def create(**body):
        return client.post("/v1/users", json={"username": "u1", **body})

    assert create(role="buyer").status_code == 422
    assert create(role="buyer", agency_id=999999).status_code == 404
    assert create(role="exporter", agency_id=tenants_a.agency_id).status_code == 422
    assert create(role="auditor", exporter_id=tenants_a.exporter_id).status_code == 422
    r = create(role="buyer", agency_id=tenants_a.agency_id, password="long enough pw")
    assert r.status_code == 201
    assert r.json()["agency_id"] == tenants_a.agency_id
    assert "password" not in r.text
    assert "hash" not in r.text
    assert create(role="auditor").status_code == 409


def test_set_password_ends_sessions_and_checks_length(app, db):
    user = make_user(db, Role.AUDITOR)
    c, _ = _login(app, user.username)
    with db.store() as store:
        with pytest.raises(Exception, match="10 characters"):
            auth.set_password(store, user.username, "short")
        auth.set_password(store, user.username, "a new long password")
        with pytest.raises(NotFoundError):
            auth.set_password(store, "nobody", "a new long password")
    assert c.get("/v1/auth/me").status_code == 401
    _, r = _login(app, user.username, "a new long password")
    assert r.status_code == 200


def test_a_token_cannot_be_issued_to_a_disabled_user(db):
    user = make_user(db, Role.AUDITOR)
    with db.store() as store:
        auth.disable_user(store, user.username)
        with pytest.raises(ConflictError):
            auth.issue_token(store, user.username, name="x", now=utcnow(), ttl=None)


def test_user_create_model_refuses_a_short_password():
    with pytest.raises(ValueError, match="at least 10"):
        UserCreate(username="x", role=Role.AUDITOR, password="short")


def test_tokens_of_the_policy_doc_are_consistent():
    for key, permission in policy.ROUTES.items():
        assert "{" in permission or permission in policy.GRANTS, key
