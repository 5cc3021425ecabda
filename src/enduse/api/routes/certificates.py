"""End-user certificates and their templates (mirrors ``enduse euc``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request, Response

from enduse.api.deps import ScopeDep, SettingsDep, StoreDep
from enduse.certificates import service
from enduse.certificates.models import (
    BuyerKeyIn,
    BuyerKeyOut,
    CertificateIssue,
    CertificateOut,
    CertificateStatusOut,
    TemplateOut,
    TemplateSummary,
    VerificationOut,
)
from enduse.certificates.render import RenderFormat, render_document
from enduse.certificates.signing import describe, verify_file
from enduse.certificates.templates import parse_template
from enduse.clock import utcnow
from enduse.errors import VerificationError
from enduse.keys import REGULATOR, load_private_key, load_public_key, public_key_path
from enduse.storage.tables import CertificateTemplate

router = APIRouter(tags=["certificates"])

_FILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


async def raw_body(request: Request) -> bytes:
    """The request body exactly as sent: a certificate file is checked byte for byte."""
    return await request.body()


RawBody = Annotated[bytes, Depends(raw_body)]


def _template_out(row: CertificateTemplate, current: set[str]) -> TemplateOut:
    return TemplateOut.model_validate(
        {
            **{
                k: getattr(row, k)
                for k in (
                    "id",
                    "ref",
                    "name",
                    "version",
                    "title",
                    "sha256",
                    "issued_at",
                    "issued_by",
                )
            },
            "parameters": row.body["parameters"],
            "clauses": row.body["clauses"],
            "current": row.ref in current,
        }
    )


@router.get("/certificate-templates")
def list_templates(store: StoreDep) -> list[TemplateSummary]:
    rows, current = (
        service.list_templates(store, now=utcnow()),
        service.current_refs(store),
    )
    return [
        TemplateSummary.model_validate(_template_out(r, current).model_dump())
        for r in rows
    ]


@router.get("/certificate-templates/{ref}")
def show_template(ref: str, store: StoreDep) -> TemplateOut:
    row = service.get_template(store, ref, now=utcnow())
    return _template_out(row, service.current_refs(store))


@router.post("/certificate-templates", status_code=201)
def issue_template(
    body: Annotated[
        dict[str, Any],
        Body(description="A template version, as in templates/standard-1.json."),
    ],
    store: StoreDep,
    settings: SettingsDep,
    actor: Annotated[str, Query(max_length=200)] = "regulator",
) -> dict[str, Any]:
    """Issue a new template version; licences signed on older versions get a re-signature deadline."""
    issued = service.issue_template(
        store,
        parse_template(body),
        actor=actor,
        now=utcnow(),
        grace_days=settings.resign_grace_days,
    )
    out = _template_out(issued.template, service.current_refs(store))
    return {
        "template": out.model_dump(mode="json"),
        "resign_required": issued.resign_required,
        "moved": issued.moved,
    }


@router.post("/agencies/{agency_id}/certificate-keys", status_code=201)
def register_key(agency_id: int, body: BuyerKeyIn, store: StoreDep) -> BuyerKeyOut:
    return BuyerKeyOut.model_validate(
        service.register_buyer_key(store, agency_id, body.public_key, now=utcnow())
    )


@router.get("/agencies/{agency_id}/certificate-keys")
def list_keys(agency_id: int, store: StoreDep) -> list[BuyerKeyOut]:
    return [
        BuyerKeyOut.model_validate(k) for k in service.list_buyer_keys(store, agency_id)
    ]


@router.post("/certificates", status_code=201)
def issue_certificate(
    body: CertificateIssue, store: StoreDep, settings: SettingsDep
) -> CertificateOut:
    key = load_public_key(settings.key_dir, REGULATOR)
    cert = service.issue_certificate(
        store,
        body.licence_id,
        parameters=body.parameters,
        regulator_key=key,
        regulator_name=settings.regulator_name,
        now=utcnow(),
    )
    return CertificateOut.model_validate(cert)


@router.get("/certificates")
def list_certificates(
    store: StoreDep, scope: ScopeDep, licence_id: int | None = None
) -> list[CertificateOut]:
    """Certificates (an exporter or a buyer: of its licences)."""
    return [
        CertificateOut.model_validate(c)
        for c in service.list_certificates(
            store, licence_id=licence_id, licence_ids=scope.licence_ids(store)
        )
    ]


@router.get("/certificates/status")
def certificate_status(licence_id: int, store: StoreDep) -> CertificateStatusOut:
    """Whether the licence's buyer has signed the current certificate version."""
    st = service.licence_certificate_status(store, licence_id, now=utcnow())
    return CertificateStatusOut(
        licence_id=licence_id, signed_current=st.signed_current, reason=st.reason
    )


@router.post("/certificates/submissions", openapi_extra=_FILE_BODY)
def submit(data: RawBody, store: StoreDep, scope: ScopeDep) -> CertificateOut:
    """Submit the buyer-signed certificate file (the body is the file, byte for byte); a
    buyer only for its own licences."""
    cert = service.submit_signed(store, data, now=utcnow())
    scope.require_owned(store, "licence_id", cert.licence_id)  # else rolled back
    return CertificateOut.model_validate(cert)


@router.post("/certificates/verification", openapi_extra=_FILE_BODY)
def verify(
    data: RawBody, settings: SettingsDep, buyer_only: bool = False
) -> VerificationOut:
    """Verify a certificate file against the regulator's key in the key directory (when present)."""
    pinned = public_key_path(settings.key_dir, REGULATOR).exists()
    reg = load_public_key(settings.key_dir, REGULATOR) if pinned else None
    try:
        result = verify_file(
            data, regulator_key=reg, require_countersignature=not buyer_only
        )
    except VerificationError as exc:
        return VerificationOut(valid=False, reason=exc.message, field=exc.field)
    cert_id, ref = describe(result.document)
    return VerificationOut(
        valid=True,
        certificate_id=cert_id,
        template_ref=ref,
        buyer_key_fingerprint=result.buyer_key_fingerprint,
        regulator_key_fingerprint=result.regulator_key_fingerprint,
        countersigned=result.countersigned,
        regulator_key_pinned=result.regulator_key_pinned,
    )


@router.get("/certificates/{certificate_id}")
def show_certificate(certificate_id: int, store: StoreDep) -> CertificateOut:
    return CertificateOut.model_validate(service.get_certificate(store, certificate_id))


@router.get("/certificates/{certificate_id}/file", response_class=Response)
def export_certificate(certificate_id: int, store: StoreDep) -> Response:
    """The certificate file (RFC 8785 canonical JSON) with the signatures it has so far."""
    data = service.certificate_file(service.get_certificate(store, certificate_id))
    return Response(data, media_type="application/json")


@router.get("/certificates/{certificate_id}/render", response_class=Response)
def render_certificate(
    certificate_id: int, store: StoreDep, format: RenderFormat = RenderFormat.HTML
) -> Response:
    cert = service.get_certificate(store, certificate_id)
    text = render_document(
        cert.document,
        format,
        buyer_signature=cert.buyer_signature,
        regulator_signature=cert.regulator_signature,
    )
    media = (
        "text/html; charset=utf-8"
        if format is RenderFormat.HTML
        else "text/markdown; charset=utf-8"
    )
    return Response(text, media_type=media)


@router.post("/certificates/{certificate_id}/countersignature")
def countersign(
    certificate_id: int, store: StoreDep, settings: SettingsDep
) -> CertificateOut:
    key = load_private_key(settings.key_dir, REGULATOR)
    return CertificateOut.model_validate(
        service.countersign(store, certificate_id, key, now=utcnow())
    )
