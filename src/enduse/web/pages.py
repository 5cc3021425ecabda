"""Rendering for the console: templates, the navigation a principal sees, form parsing with
errors that name the field, and the CSRF token forms carry."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, ValidationError
from starlette.datastructures import FormData, UploadFile

from enduse.api.errors import STATUS
from enduse.auth import Principal
from enduse.errors import EnduseError
from enduse.storage import Store
from enduse.web.scope import may, may_call

M = TypeVar("M", bound=BaseModel)

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
CSRF_FIELD = "csrf_token"

NAV: list[tuple[str, str]] = [
    ("/", "Dashboard"),
    ("/licences", "Licences"),
    ("/referrals", "Referrals"),
    ("/alerts", "Alerts and cases"),
    ("/enforcement", "Enforcement"),
    ("/certificates", "Certificates"),
    ("/products", "Products"),
    ("/reports", "Reports"),
    ("/log", "Log"),
]
"""The main navigation: each link is shown to those the policy lets ``GET`` it."""


def _when(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def _label(value: object) -> str:
    return str(value).replace("_", " ")


TEMPLATES.env.filters["when"] = _when
TEMPLATES.env.filters["label"] = _label


def csrf_token(request: Request) -> str:
    """The login session's CSRF token the guard put on the request (empty for a bearer-token
    caller, which needs none, and for nobody logged in)."""
    return str(getattr(request.state, "csrf_token", "") or "")


def render(
    request: Request,
    template: str,
    principal: Principal | None,
    *,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page: the template with the principal (None: nobody logged in), its navigation and
    the CSRF token. Templates ask ``may("permission")`` and ``may_call("METHOD /path")``."""
    nav = [
        (
            href,
            label,
            request.url.path == href
            or (href != "/" and request.url.path.startswith(href)),
        )
        for href, label in NAV
        if principal is not None and may_call(principal, f"GET {href}")
    ]
    csrf = csrf_token(request)
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {
            "principal": principal,
            "nav": nav,
            "csrf_token": csrf,
            "csrf_field": Markup('<input type="hidden" name="{}" value="{}">').format(
                CSRF_FIELD, csrf
            ),
            "may": lambda permission: may(principal, permission),
            "may_call": lambda route, **params: may_call(principal, route, **params),
            "errors": {},
            "error": None,
            **context,
        },
        status_code=status_code,
    )


def see_other(url: str) -> RedirectResponse:
    """Post/redirect/get: a form's success answer."""
    return RedirectResponse(url, status_code=303)


async def _form(request: Request) -> FormData:
    return await request.form()


FormDep = Annotated[FormData, Depends(_form)]


def fields(form: FormData, *names: str) -> dict[str, Any]:
    """Text fields of a form (without the CSRF token); a field named twice becomes a list
    when it is one of ``names``."""
    out: dict[str, Any] = {}
    for key in {k for k in form if k != CSRF_FIELD}:
        values = [v for v in form.getlist(key) if not isinstance(v, UploadFile)]
        if key in names:
            out[key] = values
        elif values:
            out[key] = values[-1]
    return out


def validate(model: type[M], data: Mapping[str, Any]) -> M:
    """``model`` from form data; a ValidationError becomes a FormError naming each field."""
    try:
        return model.model_validate(dict(data))
    except ValidationError as exc:
        raise FormError(field_errors(exc)) from None


def field_errors(exc: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for err in exc.errors():
        name = ".".join(str(p) for p in err.get("loc", ())) or "form"
        out.setdefault(
            name, str(err.get("msg", "invalid")).removeprefix("Value error, ")
        )
    return out


class FormError(Exception):
    """A form that did not validate: ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def form_failure(exc: FormError | EnduseError) -> tuple[dict[str, str], str, int]:
    """(field errors, the summary line, HTTP status) for re-rendering a form."""
    if isinstance(exc, FormError):
        summary = "The form has errors: " + "; ".join(
            f"{k}: {v}" for k, v in exc.errors.items()
        )
        return exc.errors, summary, 422
    status = next((STATUS[c] for c in type(exc).__mro__ if c in STATUS), 400)
    errors = {exc.field: exc.message} if exc.field else {}
    return errors, str(exc), status


@contextmanager
def attempt(store: Store) -> Iterator[None]:
    """Run a form's change in a savepoint: a refused change is undone whole, and the page
    that reports the refusal still reads (and commits) a consistent transaction."""
    with store.session.begin_nested():
        yield
