"""Licence pages: the list, one licence with its history, and the forms that move it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, SettingsDep, StoreDep
from enduse.auth import Principal
from enduse.certificates import service as certificates
from enduse.clock import utcnow
from enduse.errors import EnduseError
from enduse.gate.models import TaskingOut
from enduse.gate.taskings import get_tasking
from enduse.licensing import Action, LicenceState
from enduse.licensing import service as licensing
from enduse.licensing.machine import allowed_actions
from enduse.licensing.models import (
    ApprovalIn,
    PlainAction,
    RfiAnswerIn,
    RfiIn,
    TransitionIn,
)
from enduse.reports import compute_statistics
from enduse.screening.service import Thresholds
from enduse.storage import Store, reports_repo
from enduse.storage.tables import Agency, Exporter, GateTasking, Licence
from enduse.web import charts
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
from enduse.web.scope import may, may_call, scope

router = APIRouter()

# The route each action's form posts to: the policy's permission for it decides who sees it.
ACTION_ROUTES: dict[Action, str] = {
    Action.APPROVE: "POST /licences/{licence_id}/approve",
    Action.REQUEST_INFORMATION: "POST /licences/{licence_id}/rfis",
    Action.ANSWER_INFORMATION: "POST /licences/{licence_id}/rfis/{rfi_id}/answer",
}
PLAIN_ACTION_ROUTE = "POST /licences/{licence_id}/actions/{action}"
_OWN_FORM = tuple(ACTION_ROUTES)


def may_take(principal: Principal, action: Action) -> bool:
    """Whether the policy lets ``principal`` post ``action``'s form."""
    route = ACTION_ROUTES.get(action, PLAIN_ACTION_ROUTE)
    return may_call(principal, route, action=action.value)


def get_licence(store: Store, licence_id: int) -> Licence:
    """The licence (the guard has already refused another tenant's with the same 404)."""
    return store.get(Licence, licence_id, field="licence_id")


@router.get("/licences")
def licence_list(
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    state: str = "",
) -> Response:
    chosen = LicenceState(state) if state in set(LicenceState) else None
    rows = licensing.list_licences(
        store, state=chosen, **scope(principal).licence_filter()
    )
    names = _names(store)
    return render(
        request,
        "licences/list.html",
        principal,
        licences=rows,
        names=names,
        states=list(LicenceState),
        state=chosen,
    )


def _names(store: Store) -> dict[str, dict[int, str]]:
    return {
        "exporter": {e.id: e.name for e in store.list(Exporter)},
        "agency": {a.id: a.name for a in store.list(Agency)},
    }


def licence_page(
    request: Request,
    store: Store,
    principal: Principal,
    licence: Licence,
    *,
    status_code: int = 200,
    **context: Any,
) -> Response:
    now = utcnow()
    out = licensing.to_out(licence, now=now)
    ids = [licence.id]
    taskings: list[TaskingOut] = []
    if may(principal, "tasking.read"):
        taskings = [
            get_tasking(store, t.id)
            for t in store.list(GateTasking, licence_id=licence.id)
        ][-50:]
    stats = compute_statistics(store, ids)
    actions = [
        a
        for a in allowed_actions(LicenceState(licence.state))
        if may_take(principal, a)
    ]
    return render(
        request,
        "licences/show.html",
        principal,
        status_code=status_code,
        licence=out,
        exporter=store.get(Exporter, licence.exporter_id, field="exporter_id"),
        agency=store.get(Agency, licence.end_user_id, field="end_user_id"),
        taskings=list(reversed(taskings)),
        stats=stats,
        tasking_chart=charts.taskings_over_time(
            stats.per_day, title=f"Taskings per day, licence {licence.id}"
        ),
        plain_actions=[a for a in actions if a not in _OWN_FORM],
        can_approve=Action.APPROVE in actions,
        can_ask=Action.REQUEST_INFORMATION in actions,
        can_answer=Action.ANSWER_INFORMATION in actions,
        can_acknowledge=may_call(
            principal,
            "POST /licences/{licence_id}/conditions/{condition_id}/acknowledge",
        )
        and licence.state == LicenceState.APPROVED,
        enforcement=reports_repo.actions(store, ids)
        if may(principal, "action.read")
        else [],
        certificates=certificates.list_certificates(store, licence_id=licence.id)
        if may(principal, "certificate.read")
        else [],
        capabilities=sorted(
            {
                c
                for item in licence.items
                for c in _product_capabilities(store, item.product_id)
            }
        ),
        **context,
    )


def _product_capabilities(store: Store, product_id: int) -> list[str]:
    from enduse.storage.tables import Product

    return list(store.get(Product, product_id, field="product_id").capabilities)


@router.get("/licences/{licence_id}")
def licence_show(
    licence_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    done: str = "",
) -> Response:
    licence = get_licence(store, licence_id)
    return licence_page(request, store, principal, licence, done=done)


def _failed(
    request: Request,
    store: Store,
    principal: Principal,
    licence_id: int,
    exc: FormError | EnduseError,
    form: str,
    values: dict[str, Any],
) -> Response:
    errors, summary, status = form_failure(exc)
    licence = get_licence(store, licence_id)
    return licence_page(
        request,
        store,
        principal,
        licence,
        status_code=status,
        errors=errors,
        error=summary,
        failed_form=form,
        values=values,
    )


def _change(
    request: Request,
    store: Store,
    principal: Principal,
    licence_id: int,
    apply: Callable[[], object],
    *,
    form: str,
    values: dict[str, Any],
    done: str,
) -> Response:
    """One console change to a licence, in a savepoint: back to the licence page (303) saying
    ``done``, or the page again with ``form``'s errors and the values sent."""
    get_licence(store, licence_id)
    try:
        with attempt(store):
            apply()
    except (FormError, EnduseError) as exc:
        return _failed(request, store, principal, licence_id, exc, form, values)
    return see_other(f"/licences/{licence_id}?done={done}")


@router.post("/licences/{licence_id}/actions/{action}")
def licence_action(
    licence_id: int,
    action: PlainAction,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    settings: SettingsDep,
    form: FormDep,
) -> Response:
    """Submit, start review, deny, suspend, reinstate, revoke or expire (with a reason)."""
    data = fields(form)

    def apply() -> object:
        body = validate(TransitionIn, {"actor": principal.username, **data})
        return licensing.transition(
            store,
            licence_id,
            Action(action.value),
            actor=body.actor,
            reason=body.reason,
            now=utcnow(),
            thresholds=Thresholds.from_settings(settings),
        )

    return _change(
        request,
        store,
        principal,
        licence_id,
        apply,
        form=str(action),
        values=data,
        done=str(action),
    )


@router.post("/licences/{licence_id}/approve")
def licence_approve(
    licence_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    form: FormDep,
) -> Response:
    """Approve with conditions: capabilities, quota, validity window."""
    data = fields(form, "allowed_capabilities")

    def apply() -> object:
        body = validate(
            ApprovalIn,
            {
                "actor": principal.username,
                **data,
                "valid_from": _day(data.get("valid_from")),
                "valid_until": _day(data.get("valid_until")),
            },
        )
        return licensing.approve(store, licence_id, body, now=utcnow())

    return _change(
        request,
        store,
        principal,
        licence_id,
        apply,
        form="approve",
        values=data,
        done="approve",
    )


def _day(value: object) -> object:
    """A date field (YYYY-MM-DD) as midnight UTC; anything else goes on to validation."""
    if isinstance(value, str) and len(value) == 10:
        return f"{value}T00:00:00Z"
    return value


@router.post("/licences/{licence_id}/rfis")
def licence_ask(
    licence_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    form: FormDep,
) -> Response:
    data = fields(form)

    def apply() -> object:
        body = validate(RfiIn, {"actor": principal.username, **data})
        return licensing.request_information(
            store, licence_id, question=body.question, actor=body.actor, now=utcnow()
        )

    return _change(
        request,
        store,
        principal,
        licence_id,
        apply,
        form="rfi",
        values=data,
        done="request_information",
    )


@router.post("/licences/{licence_id}/rfis/{rfi_id}/answer")
def licence_answer(
    licence_id: int,
    rfi_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    form: FormDep,
) -> Response:
    data = fields(form)

    def apply() -> object:
        body = validate(RfiAnswerIn, {"actor": principal.username, **data})
        return licensing.answer_information(
            store,
            licence_id,
            rfi_id,
            answer=body.answer,
            actor=body.actor,
            now=utcnow(),
        )

    return _change(
        request,
        store,
        principal,
        licence_id,
        apply,
        form="answer",
        values=data,
        done="answer_information",
    )


@router.post("/licences/{licence_id}/conditions/{condition_id}/acknowledge")
def licence_acknowledge(
    licence_id: int,
    condition_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
) -> Response:
    return _change(
        request,
        store,
        principal,
        licence_id,
        lambda: licensing.acknowledge_condition(
            store, licence_id, condition_id, actor=principal.username, now=utcnow()
        ),
        form="acknowledge",
        values={},
        done="acknowledge",
    )
