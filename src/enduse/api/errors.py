"""Every error leaves the API as ``{"error": {"code", "message", "field"}}``."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from enduse.errors import (
    ConflictError,
    EnduseError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    UnauthenticatedError,
    VerificationError,
)
from enduse.storage import OUT_OF_RANGE

STATUS: dict[type[EnduseError], int] = {
    NotFoundError: 404,
    InvalidInputError: 422,
    ConflictError: 409,
    VerificationError: 422,
    UnauthenticatedError: 401,
    ForbiddenError: 403,
}


class ErrorDetail(BaseModel):
    field: str
    message: str


class ErrorInfo(BaseModel):
    code: str
    message: str
    field: str | None
    details: list[ErrorDetail] | None = None


class ErrorOut(BaseModel):
    """The body of every 4xx and 5xx answer."""

    error: ErrorInfo


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in [
        (400, "Malformed request"),
        (401, "Not authenticated: no, bad, expired or revoked credentials"),
        (
            403,
            "Forbidden: the caller's role may not do this, or the CSRF token is missing",
        ),
        (404, "Not found"),
        (409, "Conflicts with the current state"),
        (413, "Request body too large"),
        (415, "Unsupported media type"),
        (422, "Invalid input: the field and the reason"),
    ]
}


def error_body(
    code: str, message: str, field: str | None = None
) -> dict[str, dict[str, str | None]]:
    return {"error": {"code": code, "message": message, "field": field}}


def _status_for(exc: EnduseError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 400


async def _enduse_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EnduseError)  # noqa: S101 -- registered for EnduseError only
    return JSONResponse(
        error_body(exc.code, exc.message, exc.field), status_code=_status_for(exc)
    )


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _body_problem(request: Request, exc: RequestValidationError) -> JSONResponse | None:
    """A body that is not JSON at all: a clear 415 (wrong or missing content type) or 422
    (malformed JSON, with the position), instead of pydantic's wording for a model."""
    errors = exc.errors()
    content_type = request.headers.get("content-type", "")
    whole_body = [e for e in errors if tuple(e.get("loc", ())) == ("body",)]
    if whole_body and not _is_json(content_type):
        return JSONResponse(
            error_body(
                "unsupported_media_type",
                "the request body must be a JSON object sent with "
                f"Content-Type: application/json (got {content_type or 'no content type'})",
                "body",
            ),
            status_code=415,
        )
    if whole_body and whole_body[0].get("type") == "missing":
        return JSONResponse(
            error_body(
                "invalid_input", "the request body is empty: send a JSON object", "body"
            ),
            status_code=422,
        )
    bad_json = next((e for e in errors if e.get("type") == "json_invalid"), None)
    if bad_json is not None:
        where = [p for p in bad_json.get("loc", ()) if p != "body"]
        reason = (bad_json.get("ctx") or {}).get("error", "")
        at = f" at character {where[0]}" if where else ""
        return JSONResponse(
            error_body(
                "invalid_input",
                f"the request body is not valid JSON{at}"
                + (f": {reason}" if reason else ""),
                "body",
            ),
            status_code=422,
        )
    return None


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 -- registered for it only
    problem = _body_problem(request, exc)
    if problem is not None:
        return problem
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path")]
    field = ".".join(loc) or None
    details = [
        {
            "field": ".".join(
                str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path")
            ),
            "message": e.get("msg", ""),
        }
        for e in exc.errors()
    ]
    body = error_body(
        "invalid_input",
        str(first.get("msg", "invalid request")).removeprefix("Value error, "),
        field,
    )
    body["error"]["details"] = details  # type: ignore[assignment]  # NOTE: list of per-field errors
    return JSONResponse(body, status_code=422)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101 -- registered for it only
    codes = {
        400: "invalid_input",
        404: "not_found",
        405: "method_not_allowed",
        401: "unauthorized",
        403: "forbidden",
        413: "too_large",
    }
    message = str(exc.detail)
    if exc.status_code == 400 and message == "There was an error parsing the body":
        # FastAPI's words for a body it could not decode (invalid UTF-8, nesting too deep)
        message = (
            "the request body could not be read as JSON: it must be UTF-8 encoded JSON"
        )
    return JSONResponse(
        error_body(codes.get(exc.status_code, "error"), message),
        status_code=exc.status_code,
    )


async def _model_error(_request: Request, exc: Exception) -> JSONResponse:
    """A model built inside a route or service from request data (not FastAPI's own parsing)."""
    assert isinstance(exc, PydanticValidationError)  # noqa: S101 -- registered for it only
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid input"}
    field = ".".join(str(p) for p in first.get("loc", ())) or None
    message = str(first.get("msg", "invalid input")).removeprefix("Value error, ")
    return JSONResponse(error_body("invalid_input", message, field), status_code=422)


async def _out_of_range(_request: Request, _exc: Exception) -> JSONResponse:
    return JSONResponse(
        error_body(
            "invalid_input", "a value is out of the range the database can hold"
        ),
        status_code=422,
    )


def install_error_handlers(app: FastAPI) -> None:
    for exc_type in OUT_OF_RANGE:
        app.add_exception_handler(exc_type, _out_of_range)
    app.add_exception_handler(PydanticValidationError, _model_error)
    app.add_exception_handler(EnduseError, _enduse_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
