"""Certificate templates and instances: the shapes that cross the API and CLI."""

from __future__ import annotations

import re
import string
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

DEFAULT_TEMPLATE = "standard"
TEMPLATE_NAME = r"^[a-z][a-z0-9_]{0,14}$"
TEMPLATE_VERSION = r"^[0-9A-Za-z][0-9A-Za-z.]{0,15}$"
CLAUSE_ID = r"^[a-z][a-z0-9_]{0,63}$"
PARAMETER_NAME = r"^[a-z][a-z0-9_]{0,63}$"
MAX_SAFE_INT = 2**53 - 1  # RFC 8785 numbers are IEEE doubles


class Effect(StrEnum):
    """What a clause does at the gate: deny a use, refer it to a human, or state a term."""

    DENY = "deny"
    REFER = "refer"
    TERM = "term"


class CertificateState(StrEnum):
    ISSUED = "issued"  # waiting for the buyer's signature
    BUYER_SIGNED = "buyer_signed"  # waiting for the regulator's countersignature
    COUNTERSIGNED = "countersigned"  # in force
    SUPERSEDED = (
        "superseded"  # a newer template version was issued before it was completed
    )


ParameterValue = bool | int | float | str | list[str]
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Clause(_In):
    id: Annotated[str, StringConstraints(pattern=CLAUSE_ID)]
    effect: Effect
    article: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ]
    text: Text


def placeholders(text: str) -> list[str]:
    """The ``{parameter}`` names a clause text uses (``{{`` and ``}}`` are literal braces)."""
    try:
        return [
            name
            for _, name, spec, conv in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError as exc:
        raise ValueError(f"malformed placeholder: {exc}") from None


class TemplateIn(_In):
    """A certificate template version, as written in a JSON file (see templates/standard-1.json)."""

    template: Annotated[str, StringConstraints(pattern=TEMPLATE_NAME)]
    version: Annotated[str, StringConstraints(pattern=TEMPLATE_VERSION)]
    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ]
    parameters: dict[str, ParameterValue] = Field(default_factory=dict)
    clauses: list[Clause] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        for name, value in self.parameters.items():
            if not re.match(PARAMETER_NAME, name):
                raise _FieldError(
                    f"parameters.{name}",
                    "parameter names are lowercase letters, digits and '_'",
                )
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and abs(value) > MAX_SAFE_INT
            ):
                raise _FieldError(
                    f"parameters.{name}",
                    "integers must fit in an IEEE double (RFC 8785)",
                )
        seen: set[str] = set()
        for i, clause in enumerate(self.clauses):
            if clause.id in seen:
                raise _FieldError(
                    f"clauses.{i}.id", f"clause id {clause.id!r} is used twice"
                )
            seen.add(clause.id)
            try:
                names = placeholders(clause.text)
            except ValueError as exc:
                raise _FieldError(f"clauses.{i}.text", str(exc)) from None
            for name in names:
                if name not in self.parameters:
                    raise _FieldError(
                        f"clauses.{i}.text",
                        f"placeholder {{{name}}} is not a parameter",
                    )
        return self

    @property
    def ref(self) -> str:
        return template_ref(self.template, self.version)


class _FieldError(ValueError):
    """A model-level check that names the field it concerns (read by ``template_from_dict``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def template_ref(name: str, version: str) -> str:
    """How a licence names a template version: ``standard-1``."""
    return f"{name}-{version}"


def split_ref(ref: str) -> tuple[str, str]:
    """``standard-2`` → (``standard``, ``2``); a bare ``2`` means the default template."""
    name, sep, version = ref.partition("-")
    return (name, version) if sep else (DEFAULT_TEMPLATE, ref)


def normalise_ref(ref: str) -> str:
    return template_ref(*split_ref(ref))


class TemplateOut(_Out):
    id: int
    ref: str
    name: str
    version: str
    title: str
    sha256: str
    issued_at: datetime
    issued_by: str
    parameters: dict[str, Any]
    clauses: list[dict[str, Any]]
    current: bool = False


class TemplateSummary(_Out):
    ref: str
    name: str
    version: str
    title: str
    issued_at: datetime
    current: bool = False


class CertificateIssue(_In):
    licence_id: int
    parameters: dict[str, ParameterValue] = Field(
        default_factory=dict,
        description="Overrides of the template's parameters (same names and types).",
    )


class CertificateOut(_Out):
    id: int
    licence_id: int
    agency_id: int
    template_ref: str
    state: CertificateState
    document_sha256: str
    buyer_key_fingerprint: str | None
    signed_at: datetime | None
    regulator_key_fingerprint: str | None
    countersigned_at: datetime | None
    created_at: datetime


class BuyerKeyIn(_In):
    public_key: Annotated[str, StringConstraints(min_length=1, max_length=2000)] = (
        Field(
            description="Ed25519 public key: PEM (SubjectPublicKeyInfo) or 64 lowercase hex digits."
        )
    )


class BuyerKeyOut(_Out):
    id: int
    agency_id: int
    public_key: str
    fingerprint: str
    registered_at: datetime
    retired_at: datetime | None


class VerificationOut(BaseModel):
    valid: bool
    reason: str | None = None
    field: str | None = None
    certificate_id: int | None = None
    template_ref: str | None = None
    buyer_key_fingerprint: str | None = None
    regulator_key_fingerprint: str | None = None
    countersigned: bool = False
    regulator_key_pinned: bool = False


class CertificateStatusOut(BaseModel):
    licence_id: int
    signed_current: bool
    reason: str
