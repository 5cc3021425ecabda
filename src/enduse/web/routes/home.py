"""The dashboard and the exporter's products."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, SettingsDep, StoreDep
from enduse.enforcement import service as enforcement
from enduse.gate import taskings as gate
from enduse.gate.models import ReferralState
from enduse.licensing import service as licensing
from enduse.parties import service as parties
from enduse.reports import compute_statistics
from enduse.reports.service import action_lines
from enduse.web import charts
from enduse.web.pages import render
from enduse.web.routes.log import check_latest
from enduse.web.scope import may, scope

router = APIRouter()


@router.get("/")
def dashboard(
    request: Request, store: StoreDep, settings: SettingsDep, principal: PrincipalDep
) -> Response:
    """Each panel is shown to those the policy grants its permission; a tenant's counts and
    charts cover its own licences only."""
    mine = scope(principal)
    ids = mine.licence_ids(store)
    context: dict[str, Any] = {"check": check_latest(store, settings)}
    if may(principal, "licence.read"):
        states = Counter(
            str(lic.state)
            for lic in licensing.list_licences(
                store, state=None, **mine.licence_filter()
            )
        )
        context["states"] = dict(sorted(states.items()))
    if may(principal, "referral.read"):
        context["open_referrals"] = len(
            gate.list_referrals(
                store, state=ReferralState.OPEN, licence_ids=ids, limit=1000
            )
        )
    if may(principal, "alert.read"):
        context["unassigned_alerts"] = len(
            enforcement.list_alerts(store, unassigned=True)
        )
    if may(principal, "case.read"):
        context["open_cases"] = sum(
            1
            for c in enforcement.list_cases(store)
            if c.state in ("open", "investigating")
        )
    if may(principal, "stats.read"):
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
    rows = parties.list_products(store, exporter_id=scope(principal).exporter_id)
    return render(request, "home/products.html", principal, products=rows)
