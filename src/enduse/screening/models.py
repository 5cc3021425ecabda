"""Screening vocabulary and the shapes that cross the API and CLI."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class ListFormat(StrEnum):
    """File formats a restricted-party list can be loaded from."""

    OFAC_SDN = "ofac-sdn"
    CSL = "csl"
    FTM = "ftm"


class EntityType(StrEnum):
    """What a listed record (or a screened party) is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    """What a score means against the configured thresholds."""

    ALERT = "alert"
    REVIEW = "review"
    CLEAR = "clear"


class HitStatus(StrEnum):
    """Where a stored screening hit stands with the reviewer."""

    OPEN = "open"
    CLEARED = "cleared"  # a false positive: the party is not the listed entity
    CONFIRMED = "confirmed"  # a true match: the party is the listed entity


class RegistryCategory(StrEnum):
    """Protected-persons registry categories (``registry_match`` in the gate spec)."""

    JOURNALIST = "journalist"
    HUMAN_RIGHTS_DEFENDER = "human_rights_defender"
    LAWYER = "lawyer"
    POLITICIAN = "politician"
    HEAD_OF_STATE = "head_of_state"
    DIPLOMAT = "diplomat"
    RELIGIOUS_LEADER = "religious_leader"


@dataclass(frozen=True, slots=True)
class ListRecord:
    """One listed entity as a loader reads it, before it is stored."""

    entity_id: str
    name: str
    entity_type: EntityType = EntityType.UNKNOWN
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    source: str = ""
    remarks: str = ""


@dataclass(slots=True)
class LoadStats:
    """What a loader saw: counts and data-quality warnings (kept with the list version)."""

    records: int = 0
    aliases: int = 0
    addresses: int = 0
    duplicate_ids: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        if len(self.warnings) < 50:
            self.warnings.append(message)

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "aliases": self.aliases,
            "addresses": self.addresses,
            "duplicate_ids": self.duplicate_ids,
            "skipped": self.skipped,
            "warnings": list(self.warnings),
        }


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ListOut(_Out):
    """One loaded version of a list."""

    id: int
    name: str
    version: str
    format: ListFormat
    source: str
    loaded_at: datetime
    record_count: int
    alias_count: int
    current: bool = Field(
        description="The newest version of this list: the one checks use."
    )
    counts: dict[str, object]


class ScreeningResult(BaseModel):
    """One listed entity that a screened name resembles, with the evidence."""

    list: str
    list_version: str
    entity_id: str
    name: str = Field(description="The listed entity's primary name.")
    matched_name: str = Field(description="The name or alias that matched best.")
    score: float = Field(ge=0.0, le=1.0)
    reasons: builtins.list[str]
    entity_type: EntityType = EntityType.UNKNOWN
    countries: builtins.list[str] = Field(default_factory=builtins.list)
    programs: builtins.list[str] = Field(default_factory=builtins.list)
    list_id: int = Field(default=0, description="Database id of the list version.")

    def brief(self) -> dict[str, object]:
        """The documented JSON shape of ``enduse screening check --json``."""
        return self.model_dump(
            include={
                "list",
                "list_version",
                "entity_id",
                "name",
                "matched_name",
                "score",
                "reasons",
            }
        )


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=500)
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the party."
    )
    type: EntityType | None = None
    limit: int = Field(default=10, ge=1, le=100)


class LoadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(description="File or folder on the server to load.")
    format: ListFormat
    name: str | None = Field(default=None, max_length=100)
    version: str | None = Field(default=None, max_length=100)


class Party(BaseModel):
    """One party to a licence application, as ``screen_parties`` receives it."""

    role: str
    name: str
    country: str | None = None
    type: EntityType | None = None


class HitOut(_Out):
    id: int
    licence_id: int | None
    role: str
    party_name: str
    party_country: str | None
    list_name: str
    list_version: str
    entity_id: str
    entity_name: str
    matched_name: str
    score: float
    outcome: Outcome
    reasons: list[str]
    status: HitStatus
    created_at: datetime
    resolved_by: str | None
    resolution_reason: str | None
    resolved_at: datetime | None


class HitResolve(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: HitStatus = Field(
        description="cleared (not the listed entity) or confirmed (it is)."
    )
    reviewer: str = Field(min_length=1, max_length=200)
    reason: str = Field(min_length=3, max_length=4000)


class ProtectedPersonOut(_Out):
    id: int
    category: RegistryCategory
    name: str
    aliases: list[str]
    country: str | None
    source: str
    identifier_count: int


class RegistryMatch(BaseModel):
    """A tasking target found in the protected-persons registry."""

    category: RegistryCategory
    person_id: int
    name: str
    matched_by: str = Field(description="identifier | name")
    score: float
    reasons: list[str]


class TargetCheck(BaseModel):
    """One line of ``enduse screening targets``: the input row and what it matched."""

    row: int
    identifier: str
    name: str | None
    match: RegistryMatch | None
