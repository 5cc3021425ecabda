"""Parties to an export: vocabulary and the shapes that cross the API and CLI."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


class Capability(StrEnum):
    """What a licensed system may do to a target (the fixed vocabulary of the gate spec)."""

    MESSAGES = "messages"
    MEDIA = "media"
    CONTACTS = "contacts"
    LOCATION = "location"
    MICROPHONE = "microphone"
    CAMERA = "camera"
    CREDENTIALS = "credentials"


class AgencyType(StrEnum):
    POLICE = "police"
    PROSECUTION = "prosecution"
    INTELLIGENCE = "intelligence"
    MILITARY = "military"
    OTHER_GOVERNMENT = "other_government"
    PRIVATE = "private"


class IntermediaryRole(StrEnum):
    BROKER = "broker"
    DISTRIBUTOR = "distributor"
    INTERMEDIATE_CONSIGNEE = "intermediate_consignee"
    INTEGRATOR = "integrator"


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased; anything else is refused."""
    code = value.strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return code


CountryCode = Annotated[str, AfterValidator(country_code)]
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]


def _unique(caps: list[Capability]) -> list[Capability]:
    if len(set(caps)) != len(caps):
        raise ValueError("capabilities must not repeat")
    return caps


Capabilities = Annotated[list[Capability], AfterValidator(_unique)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ExporterCreate(_In):
    name: Name
    country: CountryCode


class ExporterOut(_Out):
    id: int
    name: str
    country: str
    created_at: datetime


class ProductCreate(_In):
    exporter_id: int
    name: Name
    capabilities: Capabilities = Field(min_length=1)


class ProductOut(_Out):
    id: int
    exporter_id: int
    name: str
    capabilities: list[Capability]
    created_at: datetime


class AgencyCreate(_In):
    name: Name
    country: CountryCode
    agency_type: AgencyType


class AgencyOut(_Out):
    id: int
    name: str
    country: str
    agency_type: AgencyType
    created_at: datetime


class IntermediaryCreate(_In):
    name: Name
    country: CountryCode
    role: IntermediaryRole
    notes: str = Field(default="", max_length=4000)


class IntermediaryOut(_Out):
    id: int
    name: str
    country: str
    role: IntermediaryRole
    notes: str
    created_at: datetime
