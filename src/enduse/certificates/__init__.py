"""End-user certificates: versioned templates, instances bound to a licence and buyer,
Markdown/HTML rendering, RFC 8785 canonical bytes, Ed25519 signatures and re-signature.

Public entry points: ``certificate_status`` (the gate's "buyer has signed the current version"),
``verify_file`` (offline verification), ``parse_template``, and the workflow in ``service``.
"""

from enduse.certificates.models import (
    CertificateIssue,
    CertificateOut,
    CertificateState,
    Clause,
    Effect,
    TemplateIn,
    TemplateOut,
)
from enduse.certificates.signing import Verified, canonical, verify_file
from enduse.certificates.status import CertificateStatus, certificate_status
from enduse.certificates.templates import default_templates, parse_template

__all__ = [
    "CertificateIssue",
    "CertificateOut",
    "CertificateState",
    "CertificateStatus",
    "Clause",
    "Effect",
    "TemplateIn",
    "TemplateOut",
    "Verified",
    "canonical",
    "certificate_status",
    "default_templates",
    "parse_template",
    "verify_file",
]
