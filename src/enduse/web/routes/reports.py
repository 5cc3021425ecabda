"""Per-licence compliance reports, as a page and as PDF."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, StoreDep
from enduse.clock import utcnow
from enduse.licensing import service as licensing
from enduse.reports import LicenceReport, licence_report, render_pdf
from enduse.storage import Store
from enduse.storage.tables import Licence
from enduse.web import charts
from enduse.web.pages import render
from enduse.web.scope import scope

router = APIRouter()


def scoped_report(store: Store, licence_id: int) -> LicenceReport:
    """The licence's report (the guard has already refused another tenant's licence with the
    same 404 as a missing one)."""
    store.get(Licence, licence_id, field="licence_id")
    return licence_report(store, licence_id, now=utcnow())


@router.get("/reports")
def report_index(
    request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    rows = licensing.list_licences(
        store, state=None, **scope(principal).licence_filter()
    )
    return render(request, "reports/index.html", principal, licences=rows)


@router.get("/reports/licences/{licence_id}.pdf")
def report_pdf(licence_id: int, store: StoreDep) -> Response:
    report = scoped_report(store, licence_id)
    return Response(
        render_pdf(report),
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="licence-{licence_id}-report.pdf"'
        },
    )


@router.get("/reports/licences/{licence_id}")
def report_html(
    licence_id: int, request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    report = scoped_report(store, licence_id)
    st = report.statistics
    return render(
        request,
        "reports/licence.html",
        principal,
        report=report,
        charts=[
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
                [(a.taken_at, a.type, a.reason) for a in report.actions],
                title="Enforcement timeline",
            ),
        ],
    )
