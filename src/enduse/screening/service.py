"""Restricted-party screening: load list versions, check names, screen licence parties,
and record hits with the reviewer's decision."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from enduse.errors import ConflictError, InvalidInputError
from enduse.screening import loaders
from enduse.screening.index import (
    FEATURE_SCHEME,
    Fetch,
    IndexedEntity,
    IndexedName,
    ScreeningIndex,
    index_cache,
    listed_names,
)
from enduse.screening.models import (
    EntityType,
    HitResolve,
    HitStatus,
    ListFormat,
    LoadStats,
    Outcome,
    Party,
    ScreeningResult,
)
from enduse.storage import Store
from enduse.storage import screening_repo as repo
from enduse.storage.tables.screening import ScreeningHit, ScreeningList
from enduse.tlog import service as tlog
from enduse.tlog.models import EntryDraft, EntryKind

BATCH = 1000
OUTPUT_COLUMNS = (
    "entity_id",
    "matched_name",
    "score",
    "outcome",
    "list",
    "list_version",
)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Score bands: ``alert`` and above blocks, ``review`` and above is flagged, below passes.
    The defaults equal the documented ``Settings`` defaults."""

    alert: float = 0.85
    review: float = 0.70

    def __post_init__(self) -> None:
        if not 0.0 <= self.review <= self.alert <= 1.0:
            raise InvalidInputError(
                "need 0 <= review threshold <= alert threshold <= 1",
                field="screening_review_threshold",
            )

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        return cls(
            alert=settings.screening_alert_threshold,
            review=settings.screening_review_threshold,
        )

    def outcome(self, score: float | None) -> Outcome:
        if score is None or score < self.review:
            return Outcome.CLEAR
        return Outcome.ALERT if score >= self.alert else Outcome.REVIEW


# -- loading ----------------------------------------------------------------------------------


def load_list(
    store: Store,
    path: Path,
    fmt: ListFormat | str,
    *,
    now: datetime,
    name: str | None = None,
    version: str | None = None,
    progress: loaders.Progress | None = None,
) -> ScreeningList:
    """Load the list at ``path`` as a new version of list ``name``. Earlier versions stay.

    The version is ``version`` if given, else the date the file states (CSL) or that its
    file or folder name carries, else the file's modification date; a digest suffix is
    added when that version name is taken by different content. Loading content identical
    to an existing version of the same list is a ``ConflictError``."""
    try:
        fmt = ListFormat(fmt)
    except ValueError:
        known = ", ".join(f.value for f in ListFormat)
        raise InvalidInputError(
            f"unknown list format {fmt!r}; use one of {known}", field="format"
        ) from None
    files = loaders.source_files(path, fmt)
    name = name or loaders.DEFAULT_NAMES[fmt]
    digest = loaders.digest_files(files)
    if (same := repo.find_list(store.session, name, digest=digest)) is not None:
        raise ConflictError(
            f"this content is already loaded as {name} version {same.version}",
            field="path",
        )
    if version is None:
        version = (
            (loaders.csl_version(files[0]) if fmt is ListFormat.CSL else None)
            or loaders.date_hint(path)
            or loaders.file_date(files[0])
        )
        if repo.find_list(store.session, name, version=version) is not None:
            version = f"{version}+{digest[:8]}"
    elif repo.find_list(store.session, name, version=version) is not None:
        raise ConflictError(
            f"{name} version {version} is already loaded", field="version"
        )
    row = store.add(
        ScreeningList(
            name=name,
            version=version,
            format=fmt.value,
            source=", ".join(str(f) for f in files),
            digest=digest,
            loaded_at=now,
            record_count=0,
            alias_count=0,
            counts={},
        )
    )
    stats = LoadStats()
    batch: list[dict[str, Any]] = []
    seen: set[str] = set()
    for record in loaders.read_list(path, fmt, stats, progress=progress):
        if record.entity_id in seen:
            stats.duplicate_ids += 1
            stats.warn(f"entity id {record.entity_id} repeats; later record skipped")
            continue
        seen.add(record.entity_id)
        batch.append(
            {
                "list_id": row.id,
                "entity_id": record.entity_id[:100],
                "entity_type": record.entity_type.value,
                "name": record.name,
                "aliases": list(record.aliases),
                "countries": list(record.countries),
                "programs": list(record.programs),
                "source": record.source,
                "remarks": record.remarks,
            }
        )
        if len(batch) >= BATCH:
            _insert_batch(store, row.id, batch)
            batch = []
    _insert_batch(store, row.id, batch)
    if stats.records == 0:
        raise InvalidInputError(f"{files[0]} holds no records", field="path")
    row.record_count = len(seen)
    row.alias_count = stats.aliases
    row.counts = stats.as_dict()
    store.flush()
    return row


def _insert_batch(store: Store, list_id: int, batch: list[dict[str, Any]]) -> None:
    """Insert a batch of entities, then their names with blocking features (both bulk)."""
    ids = repo.insert_entities(store.session, batch)
    repo.insert_names(
        store.session,
        [
            {
                "list_id": list_id,
                "entity_pk": pk,
                "name": name,
                "scheme": FEATURE_SCHEME,
                "features": feats,
            }
            for pk, entity in zip(ids, batch, strict=True)
            for name, feats in listed_names(
                entity["name"], entity["aliases"], EntityType(entity["entity_type"])
            )
        ],
    )


def _ensure_names(store: Store, list_id: int) -> None:
    """Store the names of a list version loaded before names were stored (or under an
    older feature scheme). Runs once per list version."""
    if repo.names_stored(store.session, list_id, FEATURE_SCHEME):
        return
    repo.delete_names(store.session, list_id)
    rows = [
        {
            "list_id": list_id,
            "entity_pk": pk,
            "name": name,
            "scheme": FEATURE_SCHEME,
            "features": feats,
        }
        for pk, primary, aliases, etype in repo.entity_names(store.session, list_id)
        for name, feats in listed_names(primary, aliases, EntityType(etype))
    ]
    for start in range(0, len(rows), BATCH):
        repo.insert_names(store.session, rows[start : start + BATCH])
    store.flush()


def list_lists(store: Store) -> list[tuple[ScreeningList, bool]]:
    """Every loaded list version, each with whether it is the current one."""
    current = {r.id for r in repo.current_lists(store.session)}
    return [(r, r.id in current) for r in repo.all_lists(store.session)]


# -- checking ---------------------------------------------------------------------------------


def current_index(
    store: Store, *, progress: Callable[[int, int], None] | None = None
) -> ScreeningIndex:
    """The index over the current version of every list, assembled from the names and
    features stored at load time (once per process and set of versions)."""
    lists = {r.id: r for r in repo.current_lists(store.session)}
    ids = tuple(sorted(lists))
    # ids alone could name other content in another database (tests, several stores)
    key = tuple((i, lists[i].digest, lists[i].version) for i in ids)

    def build() -> ScreeningIndex:
        for list_id in ids:
            _ensure_names(store, list_id)
        position: dict[int, int] = {}
        types: list[EntityType] = []
        for pk, etype in repo.entity_types(store.session, ids):
            position[pk] = len(types)
            types.append(_TYPES[etype])
        names = [
            IndexedName(position[pk], name, bytes(features))
            for pk, name, features in repo.name_rows(store.session, ids)
        ]
        return ScreeningIndex(
            names=names, types=types, keys=list(position), progress=progress
        )

    return index_cache.get(key, build)


_TYPES = {t.value: t for t in EntityType}


def fetch_entities(store: Store) -> Fetch:
    """How an index built by ``current_index`` reads the details of the entities it scores."""

    def fetch(ids: Sequence[int]) -> dict[int, IndexedEntity]:
        return {
            r.id: IndexedEntity(
                list_name=r.list_name,
                list_version=r.list_version,
                list_id=r.list_id,
                entity_id=r.entity_id,
                name=r.name,
                entity_type=_TYPES[r.entity_type],
                aliases=(),
                countries=tuple(r.countries),
                programs=tuple(r.programs),
                source=r.source,
            )
            for r in repo.entity_details(store.session, ids)
        }

    return fetch


def _country(value: str | None, *, field: str = "country") -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise InvalidInputError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code", field=field
        )
    return code


def _entity_type(
    value: str | EntityType | None, *, field: str = "type"
) -> EntityType | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    text = {
        "company": "organization",
        "organisation": "organization",
        "individual": "person",
        "entity": "organization",
    }.get(text, text)
    try:
        return EntityType(text)
    except ValueError:
        raise InvalidInputError(
            f"{value!r} is not an entity type (person | organization | vessel | aircraft)",
            field=field,
        ) from None


def check_name(
    store: Store,
    name: str,
    *,
    country: str | None = None,
    entity_type: str | EntityType | None = None,
    limit: int = 10,
    min_score: float = 0.5,
) -> list[ScreeningResult]:
    """Listed entities that ``name`` resembles, best first (only scores >= ``min_score``)."""
    if not name or not name.strip():
        raise InvalidInputError("name is empty", field="name")
    if not repo.current_lists(store.session):
        raise ConflictError(
            "no screening list is loaded: run `enduse screening load`", field="lists"
        )
    index = current_index(store)
    return index.search(
        name,
        country=_country(country),
        entity_type=_entity_type(entity_type),
        limit=limit,
        min_score=min_score,
        fetch=fetch_entities(store),
    )


def check_file(
    store: Store,
    source: TextIO,
    out: TextIO,
    *,
    thresholds: Thresholds,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Screen every row of a CSV (columns ``name``, optional ``country`` and ``type``) and
    write it back with the best match's ``entity_id``, ``matched_name``, ``score``,
    ``outcome`` (and the ``list`` and ``list_version`` it came from), one row per input
    row, in order. Returns counts per outcome."""
    reader = csv.DictReader(source)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    if "name" not in header:
        raise InvalidInputError(
            f"the input CSV needs a 'name' column (found: {', '.join(header) or 'no header'})",
            field="name",
        )
    clash = [c for c in OUTPUT_COLUMNS if c in header]
    if clash:
        raise InvalidInputError(
            f"the input CSV already has output column(s) {', '.join(clash)}",
            field=clash[0],
        )
    if not repo.current_lists(store.session):
        raise ConflictError(
            "no screening list is loaded: run `enduse screening load`", field="lists"
        )
    index = current_index(store)
    fetch = fetch_entities(store)
    writer = csv.DictWriter(
        out, fieldnames=[*header, *OUTPUT_COLUMNS], extrasaction="ignore"
    )
    writer.writeheader()
    counts = {o.value: 0 for o in Outcome}
    for line, row in enumerate(reader, start=2):
        name = (row.get("name") or "").strip()
        best: ScreeningResult | None = None
        if name:
            found = index.search(
                name,
                country=_country(row.get("country"), field=f"country (line {line})"),
                entity_type=_entity_type(row.get("type"), field=f"type (line {line})"),
                limit=1,
                fetch=fetch,
            )
            best = found[0] if found else None
        outcome = thresholds.outcome(best.score if best else None)
        counts[outcome.value] += 1
        extra = {
            "entity_id": best.entity_id
            if best and outcome is not Outcome.CLEAR
            else "",
            "matched_name": best.matched_name
            if best and outcome is not Outcome.CLEAR
            else "",
            "score": f"{best.score:.3f}" if best else "0.000",
            "outcome": outcome.value,
            "list": best.list if best and outcome is not Outcome.CLEAR else "",
            "list_version": best.list_version
            if best and outcome is not Outcome.CLEAR
            else "",
        }
        writer.writerow({**row, **extra})
        if progress is not None:
            progress(1)
    return counts


# -- licence parties and hits --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyScreening:
    """One party's screening: its best result, the outcome, and the stored hit (if any)."""

    party: Party
    outcome: Outcome
    best: ScreeningResult | None
    hit_ids: tuple[int, ...]


def screen_parties(
    store: Store,
    parties: Sequence[Party | tuple[str, str, str | None, str | None]],
    *,
    now: datetime,
    licence_id: int | None = None,
    thresholds: Thresholds | None = None,
) -> list[PartyScreening]:
    """Screen each ``(role, name, country, type)`` party against the current lists.

    Every result at or above the review threshold is stored as an open ``ScreeningHit``
    (naming the list version) for ``licence_id``. Approval must wait while
    ``open_alerts(store, licence_id)`` is not empty."""
    thresholds = thresholds or Thresholds()
    out: list[PartyScreening] = []
    for item in parties:
        party = (
            item
            if isinstance(item, Party)
            else Party(
                role=item[0], name=item[1], country=item[2], type=_entity_type(item[3])
            )
        )
        results = check_name(
            store,
            party.name,
            country=party.country,
            entity_type=party.type,
            limit=5,
            min_score=thresholds.review,
        )
        hit_ids: list[int] = []
        for result in results:
            hit = store.add(
                ScreeningHit(
                    licence_id=licence_id,
                    role=party.role,
                    party_name=party.name,
                    party_country=_country(party.country),
                    party_type=party.type.value if party.type else None,
                    list_id=result.list_id,
                    list_name=result.list,
                    list_version=result.list_version,
                    entity_id=result.entity_id,
                    entity_name=result.name,
                    matched_name=result.matched_name,
                    score=result.score,
                    outcome=thresholds.outcome(result.score).value,
                    reasons=result.reasons,
                    status=HitStatus.OPEN.value,
                    created_at=now,
                )
            )
            hit_ids.append(hit.id)
        best = results[0] if results else None
        out.append(
            PartyScreening(
                party,
                thresholds.outcome(best.score if best else None),
                best,
                tuple(hit_ids),
            )
        )
    return out


def open_alerts(store: Store, licence_id: int) -> list[ScreeningHit]:
    """Alert-band hits on ``licence_id`` that no reviewer has cleared or confirmed yet."""
    return list(
        repo.hits(
            store.session,
            licence_id=licence_id,
            status=HitStatus.OPEN.value,
            outcome=Outcome.ALERT.value,
        )
    )


def list_hits(
    store: Store, *, licence_id: int | None = None, status: str | None = None
) -> Sequence[ScreeningHit]:
    return repo.hits(store.session, licence_id=licence_id, status=status)


def resolve_hit(
    store: Store, hit_id: int, data: HitResolve, *, now: datetime
) -> ScreeningHit:
    """Record a reviewer's decision on an open hit: ``cleared`` (not the listed entity) or
    ``confirmed`` (it is), with a reason. A decided hit cannot be decided again."""
    hit = store.get(ScreeningHit, hit_id, field="hit_id")
    if data.status is HitStatus.OPEN:
        raise InvalidInputError("a decision is cleared or confirmed", field="status")
    if hit.status != HitStatus.OPEN.value:
        raise ConflictError(
            f"hit {hit_id} was already {hit.status} by {hit.resolved_by}",
            field="hit_id",
        )
    hit.status = data.status.value
    hit.resolved_by = data.reviewer
    hit.resolution_reason = data.reason
    hit.resolved_at = now
    store.flush()
    if hit.licence_id is not None:
        _log_resolution(store, hit, now=now)
    return hit


def _log_resolution(store: Store, hit: ScreeningHit, *, now: datetime) -> None:
    """Put a reviewer's decision on a licence's screening hit on the transparency log:
    the decision and a digest of who decided what and why (the text stays in the database)."""
    record = {
        "hit_id": hit.id,
        "status": hit.status,
        "reviewer": hit.resolved_by,
        "reason": hit.resolution_reason,
        "list": hit.list_name,
        "list_version": hit.list_version,
        "entity_id": hit.entity_id,
        "score": hit.score,
    }
    digest = (
        "sha256:"
        + hashlib.sha256(
            json.dumps(record, sort_keys=True, default=str).encode()
        ).hexdigest()
    )
    tlog.append_entry(
        store,
        EntryDraft(
            licence_id=hit.licence_id,
            kind=EntryKind.SCREENING_RESOLUTION,
            decision=hit.status,
            digests={"resolution": digest},
            ref=f"screening_hit:{hit.id}",
        ),
        now=now,
    )
