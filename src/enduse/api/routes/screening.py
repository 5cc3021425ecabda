"""Restricted-party screening and the protected-persons registry under ``/v1/screening``."""

from __future__ import annotations

import io
from pathlib import Path

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from enduse.api.deps import SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.screening import (
    CheckRequest,
    EntityType,
    HitOut,
    HitResolve,
    ListOut,
    LoadRequest,
    Outcome,
    Party,
    ProtectedPersonOut,
    RegistryMatch,
    ScreeningResult,
    TargetCheck,
    registry,
    service,
)

router = APIRouter(prefix="/screening", tags=["screening"])


def _list_out(row: object, current: bool) -> ListOut:
    return ListOut.model_validate(
        {
            **{c: getattr(row, c) for c in ListOut.model_fields if c != "current"},
            "current": current,
        }
    )


@router.post("/lists", status_code=201)
def load_list(body: LoadRequest, store: StoreDep) -> ListOut:
    """Load a list file that is on the server as a new list version."""
    row = service.load_list(
        store,
        Path(body.path),
        body.format,
        now=utcnow(),
        name=body.name,
        version=body.version,
    )
    return _list_out(row, True)


@router.get("/lists")
def list_lists(store: StoreDep) -> list[ListOut]:
    return [_list_out(r, cur) for r, cur in service.list_lists(store)]


class CheckResult(ScreeningResult):
    outcome: Outcome


@router.post("/check")
def check(
    body: CheckRequest, store: StoreDep, settings: SettingsDep
) -> list[CheckResult]:
    """Screen one name; best match first, each with list version, score, outcome and reasons."""
    thresholds = service.Thresholds.from_settings(settings)
    results = service.check_name(
        store, body.name, country=body.country, entity_type=body.type, limit=body.limit
    )
    return [
        CheckResult(**r.model_dump(), outcome=thresholds.outcome(r.score))
        for r in results
    ]


@router.get("/check")
def check_get(
    store: StoreDep,
    settings: SettingsDep,
    name: str,
    country: str | None = None,
    type: EntityType | None = None,
    limit: int = 10,
) -> list[CheckResult]:
    return check(
        CheckRequest(name=name, country=country, type=type, limit=limit),
        store,
        settings,
    )


class ScreenPartiesRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    licence_id: int | None = None
    parties: list[Party] = Field(min_length=1)


class PartyResult(BaseModel):
    party: Party
    outcome: Outcome
    best: ScreeningResult | None
    hit_ids: list[int]


@router.post("/parties")
def screen_parties(
    body: ScreenPartiesRequest, store: StoreDep, settings: SettingsDep
) -> list[PartyResult]:
    """Screen a licence application's parties and store the hits (alert and review bands)."""
    done = service.screen_parties(
        store,
        body.parties,
        now=utcnow(),
        licence_id=body.licence_id,
        thresholds=service.Thresholds.from_settings(settings),
    )
    return [
        PartyResult(
            party=d.party, outcome=d.outcome, best=d.best, hit_ids=list(d.hit_ids)
        )
        for d in done
    ]


@router.get("/hits")
def list_hits(
    store: StoreDep, licence_id: int | None = None, status: str | None = None
) -> list[HitOut]:
    return [
        HitOut.model_validate(h)
        for h in service.list_hits(store, licence_id=licence_id, status=status)
    ]


@router.post("/hits/{hit_id}/resolve")
def resolve_hit(hit_id: int, body: HitResolve, store: StoreDep) -> HitOut:
    """Clear or confirm a hit with a reason (recorded with the reviewer and time)."""
    return HitOut.model_validate(service.resolve_hit(store, hit_id, body, now=utcnow()))


@router.get("/registry/persons")
def registry_persons(
    store: StoreDep, category: str | None = None
) -> list[ProtectedPersonOut]:
    return [
        ProtectedPersonOut.model_validate(
            {
                **{
                    c: getattr(p, c)
                    for c in ("id", "category", "name", "aliases", "country", "source")
                },
                "identifier_count": n,
            }
        )
        for p, n in registry.list_persons(store, category=category)
    ]


class LookupRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    identifier: str | None = None
    name: str | None = None
    country: str | None = None


class LookupResult(BaseModel):
    registry_match: str | None
    match: RegistryMatch | None


@router.post("/registry/lookup")
def registry_lookup(
    body: LookupRequest, store: StoreDep, settings: SettingsDep
) -> LookupResult:
    """Look one tasking target up (by identifier, then by name)."""
    key = registry.load_or_create_key(settings.key_dir)
    match = registry.lookup_target(
        store,
        body.identifier,
        key=key,
        name=body.name,
        country=body.country,
        name_threshold=settings.registry_name_threshold,
    )
    return LookupResult(
        registry_match=match.category.value if match else None, match=match
    )


class TargetsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    targets: list[LookupRequest] = Field(min_length=1, max_length=100_000)


class TargetsResult(BaseModel):
    summary: dict[str, int]
    matches: list[TargetCheck]


@router.post("/registry/targets")
def registry_targets(
    body: TargetsRequest, store: StoreDep, settings: SettingsDep
) -> TargetsResult:
    """Check many targets at once; returns the matches and counts by category."""
    buf = io.StringIO()
    buf.write("identifier,name,country\n")
    for t in body.targets:
        buf.write(
            ",".join(
                '"' + (v or "").replace('"', '""') + '"'
                for v in (t.identifier, t.name, t.country)
            )
            + "\n"
        )
    buf.seek(0)
    key = registry.load_or_create_key(settings.key_dir)
    checks = registry.check_targets(
        store, buf, key=key, name_threshold=settings.registry_name_threshold
    )
    return TargetsResult(
        summary=registry.summarize(checks), matches=[c for c in checks if c.match]
    )
