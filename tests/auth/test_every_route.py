"""Every route of the app, for every role: refused without credentials (401; a console page
redirects to the login page instead), refused to the roles its permission does not name (403),
and, for an exporter or a buyer, refused on another tenant's records (404: another tenant's
records are not confirmed to exist). Written over ``app.routes``, so the console's routes are
covered as the API's are, and a route added later fails the test until it is declared in
``enduse.auth.policy``. API routes answer ``{"error": {"code", "field"}}``; console pages carry
the same code and field on the error page (``data-code``, ``data-field``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi import FastAPI, routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.routing import Mount

from enduse.auth import Role, policy
from enduse.storage.auth_repo import OWNED_PARAMS
from tests.auth.world import Tenant, make_tenant
from tests.auth_helpers import bearer, make_token

FRAMEWORK_ROUTES = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
OTHER_PARAMS = {
    "question": "q",
    "ref": "standard-1",
    "index": "0",
    "username": "nobody",
}
# Routes a tenant may call that name no record of its own: stateless checks, lists narrowed by
# ``Scope`` (tested in test_tenancy.py), and the caller's own session.
UNNAMED_TENANT_ROUTES = {
    "POST /v1/auth/logout",
    "GET /v1/auth/me",
    "GET /v1/products",
    "GET /v1/licences",
    "GET /v1/licences/due-diligence-questions",
    "GET /v1/certificate-templates",
    "GET /v1/certificate-templates/{ref}",
    "GET /v1/certificates",
    "POST /v1/certificates/submissions",
    "POST /v1/certificates/verification",
    "GET /v1/referrals",
    "POST /v1/tokens/verify",
    "GET /v1/log",
    "GET /v1/log/key",
    "GET /v1/log/checkpoint",
    "GET /v1/log/proof/inclusion",
    "GET /v1/log/proof/consistency",
    "POST /v1/log/verify/inclusion",
    "POST /v1/log/verify/consistency",
    "POST /v1/log/verify/note",
    # the console: the dashboard, logging out, and lists narrowed by Scope (tests/web)
    "GET /",
    "POST /logout",
    "GET /products",
    "GET /licences",
    "GET /referrals",
    "GET /enforcement",
    "GET /log",
    "GET /certificates",
    "GET /reports",
}


def is_console(path: str) -> bool:
    return not path.startswith("/v1/") and path != "/healthz"


class _ErrorPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 -- HTMLParser API
        values = dict(attrs)
        if values.get("id") == "problem":
            self.found = values


def error_of(r: Any) -> tuple[str | None, str | None]:
    """(code, field) of an error answer: the API's JSON, or the console's error page."""
    if r.headers.get("content-type", "").startswith("application/json"):
        error = r.json()["error"]
        return error["code"], error["field"]
    page = _ErrorPage()
    page.feed(r.text)
    return page.found.get("data-code"), page.found.get("data-field") or None


@dataclass(frozen=True)
class Op:
    """One method on one route, with the path parameters it takes."""

    method: str
    path: str
    query: frozenset[str]
    body: frozenset[str]
    action: str | None = None  # a value of the {action} path parameter

    @property
    def key(self) -> str:
        return policy.route_key(self.method, self.path)

    @property
    def params(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)

    @property
    def owned(self) -> set[str]:
        return (set(self.params) | self.query | self.body) & OWNED_PARAMS

    def permission(self) -> str:
        return policy.permission_for(
            self.method, self.path, {"action": self.action} if self.action else {}
        )

    def request(self, client: TestClient, ids: dict[str, int]) -> Any:
        values = {p: ids.get(p, OTHER_PARAMS.get(p, "1")) for p in self.params}
        if self.action:
            values["action"] = self.action
        url = self.path.format(**values)
        query = {p: ids[p] for p in self.query & OWNED_PARAMS}
        body = {p: ids[p] for p in self.body & OWNED_PARAMS}
        kwargs: dict[str, Any] = {"params": query}
        if self.method in ("POST", "PUT", "PATCH"):
            kwargs["json"] = body
        return client.request(self.method, url, **kwargs)

    def __str__(self) -> str:
        return f"{self.key}" + (f" [{self.action}]" if self.action else "")


@dataclass
class _Flat:
    path_params: list[Any]
    query_params: list[Any]
    body_params: list[Any]


def flatten(dependant: Dependant) -> _Flat:
    """Every parameter of a route, its dependencies' included."""
    flat = _Flat([], [], [])
    todo = [dependant]
    while todo:
        d = todo.pop()
        flat.path_params += d.path_params
        flat.query_params += d.query_params
        flat.body_params += d.body_params
        todo += d.dependencies
    return flat


def _body_fields(route: APIRoute) -> frozenset[str]:
    names: set[str] = set()
    for field in flatten(route.dependant).body_params:
        annotation = field.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names |= set(annotation.model_fields)
    return frozenset(names)


def operations(app: FastAPI) -> list[Op]:
    ops: list[Op] = []
    for rc in routing.iter_route_contexts(app.routes):
        route = rc.original_route
        if not isinstance(route, APIRoute):
            continue
        flat = flatten(route.dependant)
        query = frozenset(p.name for p in flat.query_params)
        for method in sorted(rc.methods):
            op = Op(method, rc.path_format, query, _body_fields(route))
            if "action" in op.params:
                enum = next(p for p in flat.path_params if p.name == "action")
                values = [m.value for m in enum.field_info.annotation]  # type: ignore[union-attr]
                ops.extend(
                    Op(method, rc.path_format, query, op.body, action=v) for v in values
                )
            else:
                ops.append(op)
    return ops


@pytest.fixture
def tenants(db) -> tuple[Tenant, Tenant]:
    with db.store() as store:
        return make_tenant(store, "A"), make_tenant(store, "B")


@pytest.fixture
def callers(app, db, tenants) -> dict[Role, TestClient]:
    """One client per role; the exporter and the buyer are tenant A's."""
    a, _ = tenants
    tenant = {
        Role.EXPORTER: {"exporter_id": a.exporter_id},
        Role.BUYER: {"agency_id": a.agency_id},
    }
    out = {}
    for role in Role:
        c = TestClient(app, raise_server_exceptions=False)
        c.headers.update(bearer(make_token(db, role, **tenant.get(role, {}))))
        out[role] = c
    return out


def test_every_route_is_declared_in_the_policy(app):
    ops = operations(app)
    assert len(ops) > 80
    undeclared = sorted({op.key for op in ops} - set(policy.ROUTES) - policy.PUBLIC)
    assert not undeclared, f"declare these in enduse.auth.policy.ROUTES: {undeclared}"
    stale = sorted(set(policy.ROUTES) - {op.key for op in ops})
    assert not stale, f"policy entries for routes that do not exist: {stale}"
    for op in ops:
        if op.key not in policy.PUBLIC:
            assert op.permission() in policy.GRANTS, (
                f"{op}: no grant for {op.permission()}"
            )
    others = [
        r
        for r in app.routes
        if not isinstance(r, (APIRoute, Mount))
        and r.__class__.__name__ != "_IncludedRouter"
    ]
    assert {getattr(r, "path", None) for r in others} <= FRAMEWORK_ROUTES


def test_a_route_missing_from_the_policy_is_refused_to_everyone(app, db):
    @app.get("/v1/not-in-the-policy")
    def sneaky() -> dict[str, str]:
        return {"secret": "x"}

    with TestClient(app) as c:
        r = c.get(
            "/v1/not-in-the-policy",
            headers=bearer(make_token(db, Role.REGULATOR_ADMIN)),
        )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"


def test_every_route_refuses_a_caller_without_credentials(app, tenants):
    a, _ = tenants
    with TestClient(
        app, raise_server_exceptions=False, follow_redirects=False
    ) as anonymous:
        for op in operations(app):
            r = op.request(anonymous, a.ids)
            if op.key in policy.PUBLIC:
                assert r.status_code != 401, op
            elif is_console(op.path) and op.method == "GET":
                assert r.status_code == 303, f"{op}: {r.status_code} {r.text[:200]}"
                assert r.headers["location"].startswith("/login"), op
            else:
                assert r.status_code == 401, f"{op}: {r.status_code} {r.text[:200]}"
                assert error_of(r)[0] == "unauthenticated", op


def test_every_route_refuses_the_roles_its_permission_does_not_name(
    app, callers, tenants
):
    a, _ = tenants
    refused = 0
    for op in operations(app):
        if op.key in policy.PUBLIC:
            continue
        roles = policy.roles_for(op.permission())
        for role, client in callers.items():
            if role in roles:
                continue
            r = op.request(client, a.ids)
            assert r.status_code == 403, (
                f"{role} on {op}: {r.status_code} {r.text[:200]}"
            )
            assert error_of(r)[0] == "forbidden", op
            refused += 1
    assert refused > 100


def test_every_route_hides_another_tenants_records_and_serves_its_own(
    app, callers, tenants
):
    """Exporter and buyer of tenant A, on every route their role may call: naming B's
    records is 404; naming A's own is not refused."""
    a, b = tenants
    for op in operations(app):
        if op.key in policy.PUBLIC:
            continue
        for role in (Role.EXPORTER, Role.BUYER):
            if role not in policy.roles_for(op.permission()):
                continue
            client = callers[role]
            if not op.owned:
                assert op.key in UNNAMED_TENANT_ROUTES, (
                    f"{op} is open to a {role} but names no record: narrow it with Scope "
                    "and list it in UNNAMED_TENANT_ROUTES with a test"
                )
                continue
            theirs = op.request(client, b.ids)
            assert theirs.status_code == 404, (
                f"{role} on B's {op}: {theirs.status_code} {theirs.text[:200]}"
            )
            mine = op.request(client, a.ids)
            assert mine.status_code not in (401, 403), (
                f"{role} on own {op}: {mine.text[:200]}"
            )
            if mine.status_code == 404:
                assert error_of(mine)[1] not in op.owned, (
                    f"{role} on own {op}: {mine.text[:200]}"
                )


def test_every_route_serves_the_regulators_and_auditor_it_grants(app, callers, tenants):
    a, _ = tenants
    for op in operations(app):
        if op.key in policy.PUBLIC:
            continue
        for role in (Role.REGULATOR_ADMIN, Role.REGULATOR_REVIEWER, Role.AUDITOR):
            if role in policy.roles_for(op.permission()):
                r = op.request(callers[role], a.ids)
                assert r.status_code not in (401, 403), (
                    f"{role} on {op}: {r.text[:200]}"
                )
