"""The dashboard, the exporter's products, and the login page."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, SettingsDep, StoreDep
from enduse.auth import LOCAL_ADMIN
from enduse.enforcement import service as enforcement
from enduse.gate import taskings as gate
from enduse.gate.models import ReferralState
from enduse.licensing import service as licensing
from enduse.parties import service as parties
from enduse.reports import compute_statistics
from enduse.reports.service import action_lines
from enduse.web import charts
from enduse.web.pages import FormDep, fields, render
from enduse.web.routes.log import check_latest
from enduse.web.scope import (
    Area,
    licence_filter,
    may_view,
    require_view,
    visible_licence_ids,
)

router = APIRouter()

LOGIN_HOOK = "enduse.auth.web:login"
"""``module:function`` the login form posts to once authentication is installed: called as
``login(request, username=..., password=..., next_url=...)`` and returning the response (a
redirect with the session cookie, or the form again with an error)."""


@router.get("/")
def dashboard(
    request: Request, store: StoreDep, settings: SettingsDep, principal: PrincipalDep
) -> Response:
    require_view(principal, Area.DASHBOARD)
    ids = visible_licence_ids(store, principal)
    context: dict[str, Any] = {"check": check_latest(store, settings)}
    if may_view(principal, Area.LICENCES):
        rule = licence_filter(principal)
        states = Counter(
            str(lic.state)
            for lic in licensing.list_licences(store)
            if rule.covers(exporter_id=lic.exporter_id, agency_id=lic.end_user_id)
        )
        context["states"] = dict(sorted(states.items()))
    if may_view(principal, Area.REFERRALS):
        context["open_referrals"] = len(
            gate.list_referrals(store, state=ReferralState.OPEN, limit=1000)
        )
    if may_view(principal, Area.ALERTS):
        context["unassigned_alerts"] = len(
            enforcement.list_alerts(store, unassigned=True)
        )
        context["open_cases"] = sum(
            1
            for c in enforcement.list_cases(store)
            if c.state in ("open", "investigating")
        )
    if may_view(principal, Area.STATISTICS):
        st = compute_statistics(store, ids)
        actions = action_lines(store, ids)
        context["stats"] = st
        context["charts"] = [
            charts.taskings_over_time(st.per_day, title="Taskings per day"),
            charts.bars(
                list(st.clauses.items()),
                title="Decisions by clause",
                label="Clause",
                unit="taskings",
            ),
            charts.rates(
                [
                    ("Protected persons", st.protected_person),
                    ("Targets abroad", st.extraterritorial),
                ],
                title="Protected-person and extraterritorial rates",
            ),
            charts.timeline(
                [
                    (a.taken_at, a.type, f"licence {a.licence_id}: {a.reason}")
                    for a in actions
                ],
                title="Enforcement timeline",
            ),
        ]
    return render(request, "home/dashboard.html", principal, **context)


@router.get("/products")
def products(request: Request, store: StoreDep, principal: PrincipalDep) -> Response:
    require_view(principal, Area.PRODUCTS)
    rule = licence_filter(principal)
    rows = (
        []
        if rule.nothing
        else parties.list_products(store, exporter_id=rule.exporter_id)
    )
    return render(request, "home/products.html", principal, products=rows)


def _login_hook() -> Callable[..., Response] | None:
    module, _, name = LOGIN_HOOK.partition(":")
    try:
        hook = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return hook if callable(hook) else None


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return render(
        request, "home/login.html", LOCAL_ADMIN, next_url=next, anonymous=True
    )


@router.post("/login")
def login(request: Request, form: FormDep) -> Response:
    """Check the username and password (through the auth package) and start a session."""
    data = fields(form)
    hook = _login_hook()
    username = str(data.get("username", "")).strip()
    errors = {}
    if not username:
        errors["username"] = "enter your username"
    if not data.get("password"):
        errors["password"] = "enter your password"  # noqa: S105 -- a form message
    if hook is None and not errors:
        errors["form"] = "password login is not enabled on this server"
    if errors:
        return render(
            request,
            "home/login.html",
            LOCAL_ADMIN,
            status_code=422 if "form" not in errors else 501,
            anonymous=True,
            next_url=str(data.get("next", "/")),
            username=username,
            errors=errors,
            error="Cannot sign in: "
            + "; ".join(f"{k}: {v}" for k, v in errors.items()),
        )
    assert hook is not None  # noqa: S101 -- checked above
    return hook(
        request,
        username=username,
        password=str(data["password"]),
        next_url=str(data.get("next", "/")),
    )
