"""The protected-persons registry: journalists, human-rights defenders, lawyers, politicians,
heads of state, diplomats and religious leaders whom the gate must refer to a reviewer.

Privacy: identifiers (phone numbers, e-mail addresses) are never stored. Each is normalised
(phones to E.164 with ``phonenumbers``) and kept only as HMAC-SHA256 under the registry
key (``<key_dir>/registry.key``, created on first use, mode 0600). A lookup hashes the
target the same way, so the database alone cannot be read back into a list of numbers,
and a dictionary attack on the digests needs the key. Names are stored (they are matched
fuzzily, as restricted-party names are).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import hmac
import json
import os
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

import phonenumbers

from enduse.errors import InvalidInputError
from enduse.screening.index import IndexCache, IndexedEntity, ScreeningIndex
from enduse.screening.models import (
    EntityType,
    RegistryCategory,
    RegistryMatch,
    TargetCheck,
)
from enduse.storage import Store
from enduse.storage import screening_repo as repo
from enduse.storage.tables.screening import ProtectedPerson

KEY_FILE = "registry.key"
DEMO_REGISTRY = Path(__file__).parent / "data" / "demo_registry.csv"
REGISTRY_LIST = "protected-persons"
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_SEP = ";"

#: FollowTheMoney topics that imply a registry category (used when no category is given)
FTM_TOPICS = {
    "role.journo": RegistryCategory.JOURNALIST,
    "role.act": RegistryCategory.HUMAN_RIGHTS_DEFENDER,
    "role.lawyer": RegistryCategory.LAWYER,
    "gov.head": RegistryCategory.HEAD_OF_STATE,
    "role.diplo": RegistryCategory.DIPLOMAT,
    "gov.religion": RegistryCategory.RELIGIOUS_LEADER,
    "role.pol": RegistryCategory.POLITICIAN,
    "role.pep": RegistryCategory.POLITICIAN,
}

_person_indexes = IndexCache(size=2)
LOAD_BATCH = 2000


# -- identifiers ---------------------------------------------------------------------------


def load_or_create_key(key_dir: Path) -> bytes:
    """The registry's HMAC key, created (32 random bytes, mode 0600) when missing."""
    path = key_dir / KEY_FILE
    if not path.exists():
        _create_key(path)
    key = path.read_bytes()
    if len(key) < 16:
        raise InvalidInputError(
            f"{path} is too short to be a registry key", field="key_dir"
        )
    return key


def _create_key(path: Path) -> None:
    """Write the key so that it appears whole or not at all: several API workers may create it
    at once; the first link wins and the others read the winner's key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileExistsError):  # another process won: use its key
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def normalize_phone(text: str, *, region: str | None = None) -> str | None:
    """``text`` as an E.164 number, or None when it cannot be a phone number.
    Already-E.164 input takes a fast path (50,000 targets must check in seconds)."""
    text = text.strip()
    if text.startswith("tel:"):
        text = text[4:]
    if _E164.match(text):
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_identifier(text: str, *, region: str | None = None) -> str | None:
    """A target identifier in canonical form: ``+E164`` for phones, ``email:addr`` for
    e-mail, ``device:id`` kept as given; None when it is none of these."""
    text = text.strip()
    if text.lower().startswith("email:") or ("@" in text and " " not in text):
        addr = text.split(":", 1)[1] if text.lower().startswith("email:") else text
        return f"email:{addr.strip().lower()}" if "@" in addr else None
    if text.lower().startswith("device:"):
        return f"device:{text.split(':', 1)[1].strip()}"
    return normalize_phone(text, region=region)


def identifier_digest(key: bytes, identifier: str) -> str:
    """HMAC-SHA256 (hex) of a canonical identifier under the registry key."""
    return hmac.new(key, identifier.encode("utf-8"), hashlib.sha256).hexdigest()


# -- loading ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    category: RegistryCategory
    name: str
    aliases: tuple[str, ...]
    identifiers: tuple[str, ...]
    country: str | None
    source: str
    external_id: str | None


def parse_category(value: str, *, where: str) -> RegistryCategory:
    """A registry category from its wire string; anything else names the field."""
    try:
        return RegistryCategory(value.strip().lower())
    except ValueError:
        known = " | ".join(c.value for c in RegistryCategory)
        raise InvalidInputError(
            f"{where}: category {value!r} is not one of {known}", field="category"
        ) from None


def read_registry_csv(
    path: Path, *, source: str | None = None, region: str | None = None
) -> Iterator[RegistryEntry]:
    """Rows of a registry CSV: ``category``, ``name`` and optional ``aliases`` and
    ``phones`` (``;``-separated), ``emails``, ``country``, ``source``, ``id``."""
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = [h.strip() for h in reader.fieldnames or []]
        reader.fieldnames = header
        for needed in ("category", "name"):
            if needed not in header:
                raise InvalidInputError(
                    f"{path.name}: the registry CSV needs a {needed!r} column",
                    field=needed,
                )
        for row in reader:
            where = f"{path.name} line {reader.line_num}"
            name = (row.get("name") or "").strip()
            if not name:
                raise InvalidInputError(f"{where}: name is empty", field="name")
            country = (row.get("country") or "").strip().upper() or None
            if country is not None and (len(country) != 2 or not country.isalpha()):
                raise InvalidInputError(
                    f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code",
                    field="country",
                )
            identifiers: list[str] = []
            for raw in (row.get("phones") or "").split(_SEP):
                if raw.strip():
                    e164 = normalize_phone(raw, region=region or country)
                    if e164 is None:
                        raise InvalidInputError(
                            f"{where}: {raw.strip()!r} is not a phone number",
                            field="phones",
                        )
                    identifiers.append(e164)
            for raw in (row.get("emails") or "").split(_SEP):
                if raw.strip():
                    identifiers.append(f"email:{raw.strip().lower()}")
            yield RegistryEntry(
                category=parse_category(row.get("category") or "", where=where),
                name=name,
                aliases=tuple(
                    a.strip()
                    for a in (row.get("aliases") or "").split(_SEP)
                    if a.strip()
                ),
                identifiers=tuple(dict.fromkeys(identifiers)),
                country=country,
                source=(row.get("source") or "").strip() or source or path.name,
                external_id=(row.get("id") or "").strip() or None,
            )


def read_registry_ftm(
    path: Path,
    *,
    category: RegistryCategory | None = None,
    source: str | None = None,
    region: str | None = None,
) -> Iterator[RegistryEntry]:
    """Person entities from FtM JSON lines; the category comes from ``category`` or from
    the entity's ``topics`` (``role.journo`` → journalist, ``gov.head`` → head_of_state, ...)."""
    # followthemoney takes seconds to import: only FtM loads pay for it
    from followthemoney import model
    from followthemoney.exc import FollowTheMoneyException

    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {line_no}"
            try:
                proxy = model.get_proxy(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InvalidInputError(
                    f"{where}: not JSON ({exc.msg})", field="json"
                ) from None
            except (FollowTheMoneyException, TypeError, KeyError) as exc:
                raise InvalidInputError(
                    f"{where}: not an FtM entity ({exc})", field="schema"
                ) from None
            if not proxy.schema.is_a("Person"):
                continue
            topics = proxy.get("topics", quiet=True)
            found = category or next(
                (c for t, c in FTM_TOPICS.items() if t in topics), None
            )
            if found is None:
                raise InvalidInputError(
                    f"{where}: {proxy.id} has no protected-person topic; pass a category",
                    field="category",
                )
            names = proxy.get("name")
            if not names:
                raise InvalidInputError(
                    f"{where}: {proxy.id} has no name", field="name"
                )
            countries = proxy.get("country", quiet=True) + proxy.get(
                "nationality", quiet=True
            )
            country = (
                countries[0].upper() if countries and len(countries[0]) == 2 else None
            )
            phones = [
                p
                for p in (
                    normalize_phone(v, region=region or country)
                    for v in proxy.get("phone", quiet=True)
                )
                if p
            ]
            emails = [f"email:{e.lower()}" for e in proxy.get("email", quiet=True)]
            yield RegistryEntry(
                category=found,
                name=names[0],
                aliases=tuple(
                    dict.fromkeys(names[1:] + proxy.get("alias", quiet=True))
                ),
                identifiers=tuple(dict.fromkeys(phones + emails)),
                country=country,
                source=source or path.name,
                external_id=proxy.id,
            )


def load_registry(
    store: Store,
    entries: Iterable[RegistryEntry],
    *,
    key: bytes,
    now: datetime,
) -> dict[str, int]:
    """Add registry entries; identifiers are stored only as keyed digests. Returns counts by category."""
    counts: Counter[str] = Counter()
    batch: list[RegistryEntry] = []
    for entry in entries:
        batch.append(entry)
        counts[entry.category.value] += 1
        if len(batch) >= LOAD_BATCH:
            _insert_entries(store, batch, key=key, now=now)
            batch = []
    _insert_entries(store, batch, key=key, now=now)
    return dict(counts)


def _insert_entries(
    store: Store, batch: list[RegistryEntry], *, key: bytes, now: datetime
) -> None:
    """Persons, then their identifier digests: two bulk inserts per batch."""
    ids = repo.insert_persons(
        store.session,
        [
            {
                "category": e.category.value,
                "name": e.name,
                "aliases": list(e.aliases),
                "country": e.country,
                "source": e.source,
                "external_id": e.external_id,
                "created_at": now,
            }
            for e in batch
        ],
    )
    repo.insert_identifiers(
        store.session,
        [
            {
                "person_id": pid,
                "kind": ident.split(":", 1)[0] if ":" in ident else "phone",
                "digest": identifier_digest(key, ident),
            }
            for pid, e in zip(ids, batch, strict=True)
            for ident in e.identifiers
        ],
    )


def list_persons(
    store: Store, *, category: str | None = None
) -> list[tuple[ProtectedPerson, int]]:
    rows = repo.persons(store.session, category=category)
    counts = repo.identifier_counts(store.session, [p.id for p in rows])
    return [(p, counts.get(p.id, 0)) for p in rows]


# -- lookups ---------------------------------------------------------------------------------------


def _person_index(store: Store) -> ScreeningIndex:
    stamp = repo.registry_stamp(store.session)

    def build() -> ScreeningIndex:
        entities = [
            IndexedEntity(
                list_name=REGISTRY_LIST,
                list_version=f"{stamp[0]}",
                list_id=0,
                entity_id=str(p.id),
                name=p.name,
                entity_type=EntityType.PERSON,
                aliases=tuple(p.aliases),
                countries=(p.country,) if p.country else (),
                programs=(p.category,),
                source="",
            )
            for p in repo.persons(store.session)
        ]
        return ScreeningIndex(entities)

    return _person_indexes.get(stamp, build)


def lookup_target(
    store: Store,
    identifier: str | None,
    *,
    key: bytes,
    name: str | None = None,
    country: str | None = None,
    name_threshold: float = 0.85,
) -> RegistryMatch | None:
    """The registry match for one tasking target: by identifier first, then by name.
    The gate sets ``registry_match`` to the returned category."""
    if identifier:
        canonical = normalize_identifier(identifier)
        if canonical is not None:
            digest = identifier_digest(key, canonical)
            hit = repo.persons_by_digest(store.session, [digest]).get(digest)
            if hit is not None:
                return RegistryMatch(
                    category=RegistryCategory(hit.category),
                    person_id=hit.id,
                    name=hit.name,
                    matched_by="identifier",
                    score=1.0,
                    reasons=[
                        "identifier matches a registered identifier (keyed digest)"
                    ],
                )
    if name and name.strip():
        return _match_name(store, name, country=country, threshold=name_threshold)
    return None


def _match_name(
    store: Store, name: str, *, country: str | None, threshold: float
) -> RegistryMatch | None:
    found = _person_index(store).search(
        name,
        country=country,
        entity_type=EntityType.PERSON,
        limit=1,
        min_score=threshold,
    )
    if not found:
        return None
    best = found[0]
    return RegistryMatch(
        category=RegistryCategory(str(best.programs[0])),
        person_id=int(best.entity_id),
        name=best.name,
        matched_by="name",
        score=best.score,
        reasons=best.reasons,
    )


def check_targets(
    store: Store,
    source: TextIO,
    *,
    key: bytes,
    name_threshold: float = 0.85,
    region: str | None = None,
) -> list[TargetCheck]:
    """Check a CSV of targets (column ``identifier``, or ``phone``/``number``; optional
    ``name`` and ``country``) against the registry. Identifiers are hashed once each and
    looked up in one in-memory set of the registry's digests."""
    reader = csv.reader(source)
    header = [h.strip() for h in next(reader, [])]
    column = next((c for c in ("identifier", "phone", "number") if c in header), None)
    if column is None and "name" not in header:
        raise InvalidInputError(
            "the targets CSV needs an 'identifier' (or 'phone') column or a 'name' column",
            field="identifier",
        )
    i_id = header.index(column) if column is not None else None
    i_name = header.index("name") if "name" in header else None
    i_country = header.index("country") if "country" in header else None
    digests = repo.all_identifier_digests(store.session)
    digest = _hasher(key)
    # first pass: hash each identifier once and look it up in memory
    pending: list[tuple[int, str, str | None, str | None, int | None]] = []
    for line, row in enumerate(reader, start=2):
        width = len(row)
        raw = row[i_id].strip() if i_id is not None and i_id < width else ""
        name = (
            (row[i_name].strip() or None)
            if i_name is not None and i_name < width
            else None
        )
        country = (
            (row[i_country].strip().upper() or None)
            if i_country is not None and i_country < width
            else None
        )
        canonical = normalize_identifier(raw, region=region or country) if raw else None
        pid = digests.get(digest(canonical)) if canonical is not None else None
        pending.append((line, raw, name, country, pid))
    # then read the matched persons in one query
    people = repo.persons_by_ids(
        store.session, {p[4] for p in pending if p[4] is not None}
    )
    results: list[TargetCheck] = []
    for line, raw, name, country, pid in pending:
        match: RegistryMatch | None = None
        if pid is not None:
            person = people[pid]
            match = RegistryMatch(
                category=RegistryCategory(person.category),
                person_id=pid,
                name=person.name,
                matched_by="identifier",
                score=1.0,
                reasons=["identifier matches a registered identifier (keyed digest)"],
            )
        elif name:
            match = _match_name(store, name, country=country, threshold=name_threshold)
        results.append(TargetCheck(row=line, identifier=raw, name=name, match=match))
    return results


def _hasher(key: bytes) -> Callable[[str], str]:
    """``identifier_digest`` under ``key``, with the keyed state computed once."""
    base = hmac.new(key, digestmod=hashlib.sha256)

    def digest(identifier: str) -> str:
        h = base.copy()
        h.update(identifier.encode("utf-8"))
        return h.hexdigest()

    return digest


def summarize(checks: Sequence[TargetCheck]) -> dict[str, int]:
    """Matches per category (plus ``checked`` and ``matched``)."""
    counts: Counter[str] = Counter(c.match.category.value for c in checks if c.match)
    return {
        "checked": len(checks),
        "matched": sum(counts.values()),
        **dict(sorted(counts.items())),
    }
