"""Certificates: the buyer reads the canonical document, signs it offline with the CLI or the
SDK, and uploads the signed file here; it is verified by the same code as ``enduse euc submit``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from enduse.api.deps import PrincipalDep, StoreDep
from enduse.auth import Principal
from enduse.certificates import service as certificates
from enduse.certificates.render import RenderFormat, render_document
from enduse.clock import utcnow
from enduse.errors import EnduseError, InvalidInputError
from enduse.storage.tables import Certificate
from enduse.web.pages import FormDep, attempt, form_failure, render, see_other
from enduse.web.scope import may_call, scope

router = APIRouter()

MAX_FILE = 256 * 1024
UPLOAD_FIELD = "signed_file"


@router.get("/certificates")
def certificate_list(
    request: Request, store: StoreDep, principal: PrincipalDep
) -> Response:
    rows = certificates.list_certificates(
        store, licence_ids=scope(principal).licence_ids(store)
    )
    return render(request, "certificates/list.html", principal, certificates=rows)


def _page(
    request: Request,
    principal: Principal,
    cert: Certificate,
    *,
    status_code: int = 200,
    **context: Any,
) -> Response:
    return render(
        request,
        "certificates/show.html",
        principal,
        status_code=status_code,
        cert=cert,
        file_text=certificates.certificate_file(cert).decode("utf-8"),
        can_sign=cert.state == "issued" and _may_sign(principal),
        **context,
    )


def _may_sign(principal: Principal) -> bool:
    return may_call(principal, "POST /certificates/{certificate_id}/signature")


@router.get("/certificates/{certificate_id}")
def certificate_show(
    certificate_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    signed: str = "",
) -> Response:
    cert = certificates.get_certificate(store, certificate_id)
    return _page(request, principal, cert, signed=signed)


@router.get("/certificates/{certificate_id}/file")
def certificate_file(certificate_id: int, store: StoreDep) -> Response:
    """The certificate file (canonical JSON) as far as it is signed: what ``enduse euc sign`` reads."""
    cert = certificates.get_certificate(store, certificate_id)
    return Response(
        certificates.certificate_file(cert),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="certificate-{cert.id}.json"'
        },
    )


@router.get("/certificates/{certificate_id}/document")
def certificate_document(certificate_id: int, store: StoreDep) -> HTMLResponse:
    """The certificate rendered for reading (what is signed is the canonical file)."""
    cert = certificates.get_certificate(store, certificate_id)
    return HTMLResponse(
        render_document(
            cert.document,
            RenderFormat.HTML,
            buyer_signature=cert.buyer_signature,
            regulator_signature=cert.regulator_signature,
        )
    )


@router.post("/certificates/{certificate_id}/signature")
def certificate_sign(
    certificate_id: int,
    request: Request,
    store: StoreDep,
    principal: PrincipalDep,
    form: FormDep,
) -> Response:
    """Accept the buyer-signed file: verified against the agency's registered key and the
    document as issued (``certificates.service.submit_signed``)."""
    cert = certificates.get_certificate(store, certificate_id)
    upload = form.get(UPLOAD_FIELD)
    try:
        with attempt(store):
            data = _read_upload(upload)
            signed = certificates.submit_signed(store, data, now=utcnow())
            if signed.id != cert.id:
                raise InvalidInputError(
                    f"the file signs certificate {signed.id}, not {cert.id}",
                    field=UPLOAD_FIELD,
                )
    except EnduseError as exc:
        errors, summary, status = form_failure(exc)
        errors.setdefault(UPLOAD_FIELD, exc.message)
        fresh = certificates.get_certificate(store, certificate_id)
        return _page(
            request,
            principal,
            fresh,
            status_code=status,
            errors=errors,
            error=summary,
        )
    return see_other(f"/certificates/{certificate_id}?signed=1")


def _read_upload(upload: object) -> bytes:
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InvalidInputError(
            "choose the signed certificate file", field=UPLOAD_FIELD
        )
    data = upload.file.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        raise InvalidInputError(
            f"the file is larger than {MAX_FILE // 1024} KiB", field=UPLOAD_FIELD
        )
    if not data:
        raise InvalidInputError("the file is empty", field=UPLOAD_FIELD)
    return data
