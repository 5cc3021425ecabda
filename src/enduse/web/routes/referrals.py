"""The referral queue and the reviewer's page: request, clauses, highlighted evidence, decision."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, SettingsDep, StoreDep
from enduse.auth import Principal
from enduse.clock import utcnow
from enduse.errors import EnduseError
from enduse.gate import taskings as gate
from enduse.gate.models import ReferralState, ResolveIn
from enduse.storage import Store
from enduse.web.highlight import highlight
from enduse.web.pages import (
    FormDep,
    FormError,
    attempt,
    fields,
    form_failure,
    render,
    see_other,
    validate,
)
from enduse.web.scope import scope

router = APIRouter()


@router.get("/referrals")
def referral_queue(
    request: Request, store: StoreDep, principal: PrincipalDep, state: str = "open"
) -> Response:
    """Open referrals first (oldest first); ``state=all`` shows resolved ones too (a buyer:
    those about its licences)."""
    chosen = ReferralState(state) if state in set(ReferralState) else None
    rows = gate.list_referrals(
        store,
        state=chosen,
        licence_ids=scope(principal).licence_ids(store),
        limit=500,
    )
    return render(
        request, "referrals/list.html", principal, referrals=rows, state=state
    )


def _page(
    request: Request,
    store: Store,
    principal: Principal,
    referral_id: int,
    *,
    status_code: int = 200,
    **context: Any,
) -> Response:
    out = gate.get_referral(store, referral_id)
    justification = str(out.request.get("justification", ""))
    evidence = [s for r in out.reasons for s in r.get("evidence", [])]
    return render(
        request,
        "referrals/show.html",
        principal,
        status_code=status_code,
        referral=out,
        marked=highlight(justification, evidence),
        marked_count=len(set(evidence)),
        **context,
    )


@router.get("/referrals/{referral_id}")
def referral_show(
    referral_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    resolved: str = "",
) -> Response:
    return _page(request, store, principal, referral_id, resolved=resolved)


@router.post("/referrals/{referral_id}/resolve")
def referral_resolve(
    referral_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    settings: SettingsDep,
    form: FormDep,
) -> Response:
    """The reviewer's decision, through the same service as ``POST /v1/referrals/{id}/resolve``."""
    data = fields(form)
    try:
        with attempt(store):
            body = validate(ResolveIn, {"reviewer": principal.username, **data})
            gate.resolve_referral(
                store,
                referral_id,
                body,
                gate.config_from_settings(settings),
                now=utcnow(),
            )
    except (FormError, EnduseError) as exc:
        errors, summary, status = form_failure(exc)
        return _page(
            request,
            store,
            principal,
            referral_id,
            status_code=status,
            errors=errors,
            error=summary,
            values=data,
        )
    return see_other(f"/referrals/{referral_id}?resolved=1")
