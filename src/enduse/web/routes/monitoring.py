"""Alerts and cases (regulator), and enforcement actions (scoped to the caller's licences)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, StoreDep
from enduse.enforcement import service as enforcement
from enduse.reports.service import action_lines
from enduse.storage.tables import EnforcementCase
from enduse.web import charts
from enduse.web.pages import render
from enduse.web.scope import visible_licence_ids

router = APIRouter()


@router.get("/alerts")
def alerts_and_cases(
    request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    return render(
        request,
        "monitoring/alerts.html",
        principal,
        alerts=enforcement.list_alerts(store),
        cases=enforcement.list_cases(store),
    )


@router.get("/cases/{case_id}")
def case_show(
    case_id: int, request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    case = store.get(EnforcementCase, case_id, field="case_id")
    return render(request, "monitoring/case.html", principal, case=case)


@router.get("/enforcement")
def enforcement_actions(
    request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    actions = action_lines(store, visible_licence_ids(store, principal))
    chart = charts.timeline(
        [(a.taken_at, a.type, f"licence {a.licence_id}: {a.reason}") for a in actions],
        title="Enforcement timeline",
    )
    return render(
        request,
        "monitoring/enforcement.html",
        principal,
        actions=list(reversed(actions)),
        chart=chart,
    )
