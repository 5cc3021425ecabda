"""Readers for restricted-party list files: OFAC SDN CSV, the US Consolidated Screening
List (CSL) JSON and FollowTheMoney (FtM) entity JSON lines.

Each reader yields ``ListRecord`` values one at a time (files are streamed, never read
whole, except CSL, which is a single JSON document) and fills a ``LoadStats``. A malformed
row raises ``InvalidInputError`` whose message names the file and line and whose
``field`` names the column. ``progress`` (if given) is called with
``(bytes_read, bytes_total)`` as the main file is read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from enduse.errors import InvalidInputError
from enduse.screening.models import EntityType, ListFormat, ListRecord, LoadStats

Progress = Callable[[int, int], None]

SDN_COLUMNS = (
    "ent_num",
    "SDN_Name",
    "SDN_Type",
    "Program",
    "Title",
    "Call_Sign",
    "Vess_type",
    "Tonnage",
    "GRT",
    "Vess_flag",
    "Vess_owner",
    "Remarks",
)
ALT_COLUMNS = ("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks")
ADD_COLUMNS = (
    "ent_num",
    "add_num",
    "address",
    "city_state_postal",
    "country",
    "add_remarks",
)
EOF_BYTE = "\x1a"  # Treasury's files end with a DOS end-of-file character
NULL = "-0-"

DEFAULT_NAMES = {
    ListFormat.OFAC_SDN: "us-ofac-sdn",
    ListFormat.CSL: "us-csl",
    ListFormat.FTM: "ftm",
}

_SDN_TYPES = {
    "individual": EntityType.PERSON,
    "vessel": EntityType.VESSEL,
    "aircraft": EntityType.AIRCRAFT,
    "": EntityType.ORGANIZATION,
}
_CSL_TYPES = {
    "individual": EntityType.PERSON,
    "entity": EntityType.ORGANIZATION,
    "vessel": EntityType.VESSEL,
    "aircraft": EntityType.AIRCRAFT,
}
_AKA = re.compile(r"\b[afn]\.k\.a\.,?\s*'([^']+)'", re.IGNORECASE)
_REMARK_COUNTRY = re.compile(
    r"(?:nationality|citizen|Nationality of Registration)\s+([A-Z][A-Za-z .'-]+?)(?=[;.,]|$)|\(([A-Z][A-Za-z .,'-]+?)\)"
)
_DATE_IN_PATH = re.compile(r"(\d{4}-\d{2}-\d{2})")


# -- shared helpers --------------------------------------------------------------------


class _Counting(io.RawIOBase):
    """A binary file that reports how many bytes have been read from it."""

    def __init__(self, path: Path, progress: Progress | None) -> None:
        self._file = path.open("rb")
        self._total = path.stat().st_size
        self._done = 0
        self._progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._file.readinto(buffer)
        self._done += n or 0
        if self._progress is not None:
            self._progress(self._done, self._total)
        return n or 0

    def close(self) -> None:
        self._file.close()
        super().close()


def _open_text(path: Path, progress: Progress | None = None) -> io.TextIOWrapper:
    if not path.is_file():
        raise InvalidInputError(f"{path} is not a readable file", field="path")
    return io.TextIOWrapper(
        io.BufferedReader(_Counting(path, progress)),
        encoding="utf-8",
        errors="replace",
        newline="",
    )


@lru_cache(maxsize=4096)
def _country(text: str) -> str | None:
    from followthemoney.types import registry

    code = registry.country.clean_text(text.strip())
    return code.upper() if code and len(code) == 2 else None


def _unique(values: list[str], exclude: str = "") -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        v = " ".join(v.split())
        if v and v != exclude:
            seen.setdefault(v, None)
    return tuple(seen)


def digest_files(paths: list[Path]) -> str:
    """SHA-256 over the files' contents (a list version's fingerprint)."""
    h = hashlib.sha256()
    for p in paths:
        with p.open("rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def source_files(path: Path, fmt: ListFormat) -> list[Path]:
    """The files a load reads: for OFAC a folder may hold sdn.csv, alt.csv and add.csv."""
    if not path.exists():
        raise InvalidInputError(f"{path} does not exist", field="path")
    if fmt is ListFormat.OFAC_SDN and path.is_dir():
        sdn = path / "sdn.csv"
        if not sdn.is_file():
            raise InvalidInputError(f"{path} holds no sdn.csv", field="path")
        return [sdn] + [p for p in (path / "alt.csv", path / "add.csv") if p.is_file()]
    if path.is_dir():
        raise InvalidInputError(
            f"{path} is a folder; format {fmt} reads one file", field="path"
        )
    return [path]


def date_hint(path: Path) -> str | None:
    """A date written in the file or folder name (``ofac_sdn_2024-05-03``), if any."""
    for part in reversed(path.resolve().parts):
        if m := _DATE_IN_PATH.search(part):
            return m.group(1)
    return None


def file_date(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date().isoformat()


def read_list(
    path: Path, fmt: ListFormat, stats: LoadStats, *, progress: Progress | None = None
) -> Iterator[ListRecord]:
    """Records of the list at ``path`` in format ``fmt``."""
    if fmt is ListFormat.OFAC_SDN:
        return read_ofac_sdn(path, stats, progress=progress)
    if fmt is ListFormat.CSL:
        return read_csl(path, stats, progress=progress)
    if fmt is ListFormat.FTM:
        return read_ftm(path, stats, progress=progress)
    raise InvalidInputError(
        f"unknown list format {fmt!r}", field="format"
    )  # pragma: no cover


# -- OFAC SDN ------------------------------------------------------------------------------


def _ofac_rows(
    path: Path, columns: tuple[str, ...], progress: Progress | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of an OFAC legacy CSV as dicts; ``-0-`` becomes ``""``; the EOF byte is dropped.
    Works on Treasury's quoted files and on re-saved unquoted copies alike."""
    with _open_text(path, progress) as f:
        reader = csv.reader(f)
        for row in reader:
            cells = [c.replace(EOF_BYTE, "").strip() for c in row]
            if not any(cells):
                continue
            if len(cells) != len(columns):
                raise InvalidInputError(
                    f"{path.name} line {reader.line_num}: expected {len(columns)} fields ({', '.join(columns)}), found {len(cells)}",
                    field=columns[len(cells)]
                    if len(cells) < len(columns)
                    else columns[-1],
                )
            values = {
                col: ("" if cell == NULL else cell)
                for col, cell in zip(columns, cells, strict=True)
            }
            if not values["ent_num"].isdigit():
                raise InvalidInputError(
                    f"{path.name} line {reader.line_num}: ent_num {values['ent_num']!r} is not a number",
                    field="ent_num",
                )
            yield reader.line_num, values


def read_ofac_sdn(
    path: Path, stats: LoadStats, *, progress: Progress | None = None
) -> Iterator[ListRecord]:
    """OFAC's legacy SDN CSV (no header row), with ``alt.csv`` aliases and ``add.csv``
    addresses when ``path`` is a folder holding them."""
    files = source_files(path, ListFormat.OFAC_SDN)
    folder = files[0].parent
    aliases: dict[str, list[str]] = {}
    countries: dict[str, list[str]] = {}
    if (folder / "alt.csv") in files:
        for _, alt in _ofac_rows(folder / "alt.csv", ALT_COLUMNS):
            if alt["alt_name"]:
                aliases.setdefault(alt["ent_num"], []).append(alt["alt_name"])
    if (folder / "add.csv") in files:
        for _, add in _ofac_rows(folder / "add.csv", ADD_COLUMNS):
            stats.addresses += 1
            if add["country"] and (code := _country(add["country"])):
                countries.setdefault(add["ent_num"], []).append(code)
    seen: set[str] = set()
    for line, row in _ofac_rows(files[0], SDN_COLUMNS, progress):
        ent = row["ent_num"]
        if not row["SDN_Name"]:
            raise InvalidInputError(
                f"{files[0].name} line {line}: SDN_Name is empty", field="SDN_Name"
            )
        entity_id = ent
        if (
            ent in seen
        ):  # a corrupt duplicate: keep it (dropping a listed name is worse) under a new id
            stats.duplicate_ids += 1
            entity_id = f"{ent}~{line}"
            stats.warn(
                f"{files[0].name} line {line}: ent_num {ent} repeats; kept as {entity_id}"
            )
        seen.add(ent)
        remarks = row["Remarks"]
        names = aliases.get(ent, []) if entity_id == ent else []
        names = names + _AKA.findall(remarks)
        found = countries.get(ent, []) if entity_id == ent else []
        for m in _REMARK_COUNTRY.finditer(remarks):
            if code := _country(m.group(1) or m.group(2)):
                found.append(code)
        if row["Vess_flag"] and (code := _country(row["Vess_flag"])):
            found.append(code)
        record = ListRecord(
            entity_id=entity_id,
            name=row["SDN_Name"],
            entity_type=_SDN_TYPES.get(row["SDN_Type"].lower(), EntityType.UNKNOWN),
            aliases=_unique(names, exclude=row["SDN_Name"]),
            countries=_unique(found),
            programs=_unique(row["Program"].split("] [")),
            source="OFAC SDN",
            remarks=remarks[:2000],
        )
        stats.records += 1
        stats.aliases += len(record.aliases)
        yield record


# -- CSL JSON ------------------------------------------------------------------------------


def _csl_entries(data: Any, path: Path) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("results", "entries"):
            if isinstance(data.get(key), list):
                return list(data[key])
    raise InvalidInputError(
        f"{path.name}: expected a JSON list or an object with 'results' or 'entries'",
        field="results",
    )


def csl_version(path: Path) -> str | None:
    """The retrieval date a CSL file states about itself, if any."""
    with path.open("rb") as f:
        head = f.read(4096).decode("utf-8", errors="replace")
    m = re.search(
        r'"(?:retrieved_date|csl_search_performed_at|last_updated)"\s*:\s*"(\d{4}-\d{2}-\d{2})',
        head,
    )
    return m.group(1) if m else None


def read_csl(
    path: Path, stats: LoadStats, *, progress: Progress | None = None
) -> Iterator[ListRecord]:
    """The trade.gov Consolidated Screening List JSON (``consolidated.json``) or an extract of it."""
    with _open_text(path, progress) as f:
        try:
            data = json.load(f)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(
                f"{path.name} line {exc.lineno}: not JSON ({exc.msg})", field="json"
            ) from None
    for n, entry in enumerate(_csl_entries(data, path), start=1):
        if not isinstance(entry, dict):
            raise InvalidInputError(
                f"{path.name} entry {n}: expected an object", field="results"
            )
        name = str(entry.get("name") or "").strip()
        if not name:
            raise InvalidInputError(f"{path.name} entry {n}: has no name", field="name")
        ident = entry.get("id") or entry.get("csl_id") or entry.get("entity_number")
        if not ident:
            raise InvalidInputError(
                f"{path.name} entry {n} ({name}): has no id, csl_id or entity_number",
                field="id",
            )
        found = [
            str(a.get("country") or "")
            for a in entry.get("addresses") or []
            if isinstance(a, dict)
        ]
        found += list(entry.get("nationalities") or []) + list(
            entry.get("citizenships") or []
        )
        codes = [c.upper() if len(c) == 2 else (_country(c) or "") for c in found if c]
        stats.addresses += len(entry.get("addresses") or [])
        record = ListRecord(
            entity_id=str(ident),
            name=name,
            entity_type=_CSL_TYPES.get(
                str(entry.get("type") or "").lower(), EntityType.UNKNOWN
            ),
            aliases=_unique(
                [str(a) for a in entry.get("alt_names") or []], exclude=name
            ),
            countries=_unique(codes),
            programs=_unique([str(p) for p in entry.get("programs") or []]),
            source=str(entry.get("source") or ""),
            remarks=str(entry.get("remarks") or "")[:2000],
        )
        stats.records += 1
        stats.aliases += len(record.aliases)
        yield record


# -- FollowTheMoney ----------------------------------------------------------------------

_FTM_TYPES = (
    ("Person", EntityType.PERSON),
    ("Vessel", EntityType.VESSEL),
    ("Airplane", EntityType.AIRCRAFT),
    ("Organization", EntityType.ORGANIZATION),
)
_FTM_SCREENED = ("LegalEntity", "Vessel", "Airplane")


def read_ftm(
    path: Path, stats: LoadStats, *, progress: Progress | None = None
) -> Iterator[ListRecord]:
    """FollowTheMoney entities, one JSON object per line (OpenSanctions ``entities.ftm.json``).
    Entities that are not parties (addresses, sanctions, relations) are skipped and counted."""
    # followthemoney takes seconds to import: only loads pay for it
    from followthemoney import model
    from followthemoney.exc import FollowTheMoneyException
    from followthemoney.types import registry

    with _open_text(path, progress) as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            data: Any = None
            try:
                data = json.loads(line)
                proxy = model.get_proxy(data)
            except json.JSONDecodeError as exc:
                raise InvalidInputError(
                    f"{path.name} line {line_no}: not JSON ({exc.msg})", field="json"
                ) from None
            except (FollowTheMoneyException, TypeError, KeyError) as exc:
                field = (
                    "schema"
                    if "schema" in str(exc).lower()
                    or not isinstance(data, dict)
                    or "schema" not in data
                    else "properties"
                )
                raise InvalidInputError(
                    f"{path.name} line {line_no}: not an FtM entity ({exc})",
                    field=field,
                ) from None
            if proxy.id is None:
                raise InvalidInputError(
                    f"{path.name} line {line_no}: entity has no id", field="id"
                )
            if not any(proxy.schema.is_a(s) for s in _FTM_SCREENED):
                stats.skipped += 1
                continue
            names = proxy.get_type_values(registry.name, matchable=True)
            if not names:
                stats.skipped += 1
                stats.warn(
                    f"{path.name} line {line_no}: {proxy.id} has no name; skipped"
                )
                continue
            primary = proxy.first("name") or names[0]
            kind = next(
                (t for s, t in _FTM_TYPES if proxy.schema.is_a(s)), EntityType.UNKNOWN
            )
            record = ListRecord(
                entity_id=proxy.id,
                name=primary,
                entity_type=kind,
                aliases=_unique(names, exclude=primary),
                countries=_unique(
                    [
                        c.upper()
                        for c in proxy.get_type_values(registry.country)
                        if len(c) == 2
                    ]
                ),
                programs=_unique(
                    proxy.get("topics", quiet=True) + proxy.get("programId", quiet=True)
                ),
                source=", ".join(data.get("datasets") or []),
                remarks="; ".join(proxy.get("notes", quiet=True))[:2000],
            )
            stats.records += 1
            stats.aliases += len(record.aliases)
            yield record
