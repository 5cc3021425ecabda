"""End-user certificate clauses compiled to Cedar policies, and their evaluation (fail closed)."""

from enduse.policy.compile import (
    FINDINGS,
    SCHEMA,
    CompiledCertificate,
    compile_certificate,
    compiled,
    policy_text,
)
from enduse.policy.evaluate import (
    POLICY_ERROR,
    Facts,
    PolicyResult,
    context_of,
    evaluate,
)
from enduse.policy.terms import (
    CertificateTerms,
    Clause,
    Effect,
    load_terms,
    terms_from_json,
)

__all__ = [
    "FINDINGS",
    "POLICY_ERROR",
    "SCHEMA",
    "CertificateTerms",
    "Clause",
    "CompiledCertificate",
    "Effect",
    "Facts",
    "PolicyResult",
    "compile_certificate",
    "compiled",
    "context_of",
    "evaluate",
    "load_terms",
    "policy_text",
    "terms_from_json",
]
