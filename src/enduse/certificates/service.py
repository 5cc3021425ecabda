"""The certificate workflow: templates, buyer keys, issue, submit, countersign, re-signature."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from enduse.certificates.models import (
    DEFAULT_TEMPLATE,
    CertificateState,
    TemplateIn,
    normalise_ref,
    split_ref,
)
from enduse.certificates.signing import (
    DOCUMENT_FORMAT,
    canonical,
    format_time,
    parse_time,
    regulator_sign,
    signed_file,
    unsigned_file,
    verify_file,
)
from enduse.certificates.status import CertificateStatus, certificate_status
from enduse.certificates.templates import default_templates, fill_text, merge_parameters
from enduse.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    VerificationError,
)
from enduse.keys import fingerprint, parse_public_key, public_key_hex
from enduse.storage import Store
from enduse.storage import certificates_repo as repo
from enduse.storage.tables import (
    Agency,
    BuyerKey,
    Certificate,
    CertificateTemplate,
    Exporter,
    Licence,
)

RESIGN_STATES = ("approved", "suspended")  # licences that must re-sign a new version
ISSUABLE_STATES = ("approved", "suspended")
DEFAULT_ISSUER = "enduse (shipped default)"
CLOCK_SKEW = timedelta(minutes=5)  # a buyer clock this far ahead is tolerated


# -- templates -------------------------------------------------------------------------------


def ensure_default_templates(store: Store, *, now: datetime) -> None:
    """Load the shipped template versions into the database once (idempotent)."""
    for template in default_templates():
        if store.find(CertificateTemplate, ref=template.ref) is None:
            try:
                _insert_template(store, template, actor=DEFAULT_ISSUER, now=now)
            except (
                ConflictError
            ):  # another request loaded it first (savepoint rolled back)
                continue


def _insert_template(
    store: Store, template: TemplateIn, *, actor: str, now: datetime
) -> CertificateTemplate:
    body = template.model_dump(mode="json")
    return store.add(
        CertificateTemplate(
            ref=template.ref,
            name=template.template,
            version=template.version,
            title=template.title,
            body=body,
            sha256=hashlib.sha256(canonical(body)).hexdigest(),
            issued_by=actor,
            issued_at=now,
        )
    )


@dataclass(frozen=True)
class TemplateIssued:
    template: CertificateTemplate
    resign_required: list[int]  # licences given a re-signature deadline
    moved: list[int]  # licences now pointing at the new version


def issue_template(
    store: Store, template: TemplateIn, *, actor: str, now: datetime, grace_days: int
) -> TemplateIssued:
    """Issue a new template version; licences signed on an older one must re-sign by ``now + grace``."""
    ensure_default_templates(store, now=now)
    if (
        store.find(
            CertificateTemplate, name=template.template, version=template.version
        )
        is not None
    ):
        raise ConflictError(
            f"{template.ref} is already issued; a new version needs a new version string",
            field="version",
        )
    older = [t.ref for t in repo.template_versions(store, template.template)]
    row = _insert_template(store, template, actor=actor, now=now)
    deadline = now + timedelta(days=grace_days)
    refs = older + (
        [split_ref(r)[1] for r in older]
        if template.template == DEFAULT_TEMPLATE
        else []
    )
    marked, moved = [], []
    for licence in repo.licences_on_versions(store, refs, RESIGN_STATES):
        certs = repo.certificates(store, licence_id=licence.id)
        for cert in certs:
            if cert.state in (CertificateState.ISSUED, CertificateState.BUYER_SIGNED):
                cert.state = CertificateState.SUPERSEDED
        if any(
            c.state == CertificateState.COUNTERSIGNED
            and c.agency_id == licence.end_user_id
            for c in certs
        ):
            current = licence.resign_required_by
            licence.resign_required_by = (
                deadline if current is None else min(current, deadline)
            )
            marked.append(licence.id)
        licence.certificate_version = row.ref
        licence.updated_at = now
        moved.append(licence.id)
    store.flush()
    return TemplateIssued(row, marked, moved)


def list_templates(store: Store, *, now: datetime) -> Sequence[CertificateTemplate]:
    ensure_default_templates(store, now=now)
    return repo.template_versions(store)


def get_template(store: Store, ref: str, *, now: datetime) -> CertificateTemplate:
    """A template version by ``standard-2`` (or bare ``2`` for the standard template)."""
    ensure_default_templates(store, now=now)
    row = store.find(CertificateTemplate, ref=normalise_ref(ref))
    if row is None:
        raise NotFoundError(f"certificate template {ref} does not exist", field="ref")
    return row


def current_refs(store: Store) -> set[str]:
    """The newest version of each template name."""
    latest: dict[str, str] = {}
    for t in repo.template_versions(store):
        latest[t.name] = t.ref
    return set(latest.values())


def current_template_ref(store: Store, name: str = "standard", *, now: datetime) -> str:
    """The version a newly approved licence should name (e.g. ``standard-1``)."""
    ensure_default_templates(store, now=now)
    row = repo.latest_template(store, name)
    if row is None:
        raise NotFoundError(f"no certificate template named {name}", field="template")
    return row.ref


# -- buyer keys ------------------------------------------------------------------------------


def register_buyer_key(
    store: Store, agency_id: int, public_key: str | bytes, *, now: datetime
) -> BuyerKey:
    """Register ``agency_id``'s public key (PEM or hex); the previous key is retired, never deleted."""
    store.get(Agency, agency_id, field="agency_id")
    key = parse_public_key(public_key)
    fp = fingerprint(key)
    for old in repo.buyer_keys(store, agency_id):
        if old.fingerprint == fp:
            state = (
                "is already the registered key"
                if old.retired_at is None
                else "was retired and cannot return"
            )
            raise ConflictError(f"key {fp[:16]}… {state}", field="public_key")
    active = repo.active_buyer_key(store, agency_id)
    if active is not None:
        active.retired_at = now
    return store.add(
        BuyerKey(
            agency_id=agency_id,
            public_key=public_key_hex(key),
            fingerprint=fp,
            registered_at=now,
        )
    )


def list_buyer_keys(store: Store, agency_id: int) -> Sequence[BuyerKey]:
    store.get(Agency, agency_id, field="agency_id")
    return repo.buyer_keys(store, agency_id)


# -- certificates ----------------------------------------------------------------------------


def issue_certificate(
    store: Store,
    licence_id: int,
    *,
    parameters: dict[str, Any] | None = None,
    regulator_key: Ed25519PublicKey,
    regulator_name: str,
    now: datetime,
) -> Certificate:
    """Create the certificate the licence's buyer must sign, on the licence's certificate version."""
    ensure_default_templates(store, now=now)
    licence = store.get(Licence, licence_id, field="licence_id")
    if licence.state not in ISSUABLE_STATES:
        raise ConflictError(
            f"licence {licence_id} is {licence.state}; certificates are issued on approved licences",
            field="licence_id",
        )
    if not licence.certificate_version:
        raise ConflictError(
            f"licence {licence_id} names no certificate version", field="licence_id"
        )
    template = get_template(store, licence.certificate_version, now=now)
    for cert in repo.certificates(store, licence_id=licence_id):
        if (
            cert.template_ref == template.ref
            and cert.state != CertificateState.SUPERSEDED
        ):
            raise ConflictError(
                f"certificate {cert.id} on {template.ref} already exists for licence {licence_id}",
                field="licence_id",
            )
    params = merge_parameters(template.body["parameters"], parameters or {})
    agency = store.get(Agency, licence.end_user_id, field="end_user_id")
    exporter = store.get(Exporter, licence.exporter_id, field="exporter_id")
    cert = store.add(
        Certificate(
            licence_id=licence.id,
            agency_id=agency.id,
            template_id=template.id,
            template_ref=template.ref,
            parameters=params,
            state=CertificateState.ISSUED,
            document={},
            document_sha256="",
            created_at=now,
        )
    )
    document = build_document(
        cert.id,
        template,
        licence,
        agency,
        exporter,
        params,
        regulator_key,
        regulator_name,
        now=now,
    )
    cert.document = document
    cert.document_sha256 = hashlib.sha256(canonical(document)).hexdigest()
    store.flush()
    return cert


def _time(value: datetime | None) -> str | None:
    return None if value is None else format_time(value)


def build_document(
    certificate_id: int,
    template: CertificateTemplate,
    licence: Licence,
    agency: Agency,
    exporter: Exporter,
    parameters: dict[str, Any],
    regulator_key: Ed25519PublicKey,
    regulator_name: str,
    *,
    now: datetime,
) -> dict[str, Any]:
    """The certificate as signed: who, what licence, which terms (clause text filled in)."""
    return {
        "format": DOCUMENT_FORMAT,
        "certificate_id": certificate_id,
        "issued_at": format_time(now),
        "template": {
            "name": template.name,
            "version": template.version,
            "ref": template.ref,
            "title": template.title,
            "sha256": template.sha256,
        },
        "licence": {
            "id": licence.id,
            "end_use": licence.end_use,
            "allowed_capabilities": licence.allowed_capabilities,
            "max_active_targets": licence.max_active_targets,
            "valid_from": _time(licence.valid_from),
            "valid_until": _time(licence.valid_until),
        },
        "exporter": {
            "id": exporter.id,
            "name": exporter.name,
            "country": exporter.country,
        },
        "buyer": {
            "agency_id": agency.id,
            "name": agency.name,
            "country": agency.country,
            "agency_type": agency.agency_type,
        },
        "regulator": {
            "name": regulator_name,
            "public_key": public_key_hex(regulator_key),
        },
        "parameters": parameters,
        "clauses": [
            {
                "id": c["id"],
                "effect": c["effect"],
                "article": c["article"],
                "title": c["title"],
                "text": fill_text(c["text"], parameters),
            }
            for c in template.body["clauses"]
        ],
    }


def get_certificate(store: Store, certificate_id: int) -> Certificate:
    return store.get(Certificate, certificate_id, field="certificate_id")


def list_certificates(
    store: Store,
    *,
    licence_id: int | None = None,
    licence_ids: Sequence[int] | None = None,
) -> Sequence[Certificate]:
    return repo.certificates(store, licence_id=licence_id, licence_ids=licence_ids)


def certificate_file(cert: Certificate) -> bytes:
    """The certificate file as far as it is signed (unsigned, buyer-signed or countersigned)."""
    if cert.buyer_signature is None:
        return unsigned_file(cert.document)
    return signed_file(cert.document, cert.buyer_signature, cert.regulator_signature)


def submit_signed(store: Store, data: bytes, *, now: datetime) -> Certificate:
    """Accept the buyer's signed file: the signature must verify with the agency's registered key
    and the document must be exactly the one issued."""
    result = verify_file(data, require_countersignature=False)
    if result.countersigned:
        raise InvalidInputError(
            "the file is already countersigned; submit the buyer-signed file",
            field="regulator_signature",
        )
    cert_id = result.document.get("certificate_id")
    if not isinstance(cert_id, int) or isinstance(cert_id, bool):
        raise VerificationError(
            "the document has no certificate_id", field="document.certificate_id"
        )
    cert = get_certificate(store, cert_id)
    if canonical(result.document) != canonical(cert.document):
        raise VerificationError(
            f"the signed document differs from certificate {cert_id} as issued",
            field="document",
        )
    if cert.state != CertificateState.ISSUED:
        raise ConflictError(
            f"certificate {cert_id} is {cert.state}; only an issued certificate takes a signature",
            field="certificate_id",
        )
    key = repo.active_buyer_key(store, cert.agency_id)
    if key is None:
        raise ConflictError(
            f"agency {cert.agency_id} has no registered key: `enduse euc register-key`",
            field="agency_id",
        )
    if key.fingerprint != result.buyer_key_fingerprint:
        raise VerificationError(
            f"signed with key {result.buyer_key_fingerprint[:16]}…, not agency {cert.agency_id}'s registered key {key.fingerprint[:16]}…",
            field="buyer_signature.public_key",
        )
    block = result.buyer_signature
    signed_at = parse_time(block["signed_at"], field="buyer_signature.signed_at")
    if (
        signed_at < cert.created_at.replace(microsecond=0)
        or signed_at > now + CLOCK_SKEW
    ):
        raise VerificationError(
            f"signed_at {block['signed_at']} is before the certificate was issued or in the future",
            field="buyer_signature.signed_at",
        )
    cert.buyer_signature = block
    cert.buyer_key_id = key.id
    cert.buyer_key_fingerprint = key.fingerprint
    cert.signed_at = signed_at
    cert.state = CertificateState.BUYER_SIGNED
    store.flush()
    return cert


def countersign(
    store: Store, certificate_id: int, key: Ed25519PrivateKey, *, now: datetime
) -> Certificate:
    """The regulator countersigns a buyer-signed certificate; it is then in force."""
    cert = get_certificate(store, certificate_id)
    if cert.state != CertificateState.BUYER_SIGNED or cert.buyer_signature is None:
        raise ConflictError(
            f"certificate {certificate_id} is {cert.state}; only a buyer-signed one can be countersigned",
            field="certificate_id",
        )
    if cert.document["regulator"]["public_key"] != public_key_hex(key.public_key()):
        raise ConflictError(
            "the regulator key differs from the one the certificate names; issue a new certificate",
            field="key_dir",
        )
    licence = store.get(Licence, cert.licence_id, field="licence_id")
    block = regulator_sign(cert.document, cert.buyer_signature, key, now=now)
    cert.regulator_signature = block
    cert.regulator_key_fingerprint = fingerprint(key.public_key())
    cert.countersigned_at = now
    cert.state = CertificateState.COUNTERSIGNED
    if (
        licence.certificate_version
        and normalise_ref(licence.certificate_version) == cert.template_ref
    ):
        licence.resign_required_by = None
        licence.updated_at = now
    store.flush()
    return cert


def licence_certificate_status(
    store: Store, licence_id: int, *, now: datetime
) -> CertificateStatus:
    licence = store.get(Licence, licence_id, field="licence_id")
    return certificate_status(
        licence, repo.certificates(store, licence_id=licence_id), now=now
    )
