"""The record behind a log entry: a hook that the modules owning those records register into.

A log entry never holds the request, the justification or a target; it holds digests, and the
entry row keeps a private ``ref`` (``"<kind>:<key>"``, e.g. ``tasking_request:42``) that only
the regulator sees. ``enduse log entry INDEX`` (with the regulator's database) shows the
record that ``ref`` points at, through a resolver registered for its kind:

    # in the module that owns the table, e.g. the gate, at import time
    from enduse.tlog.records import Record, register_record_resolver

    def _tasking_request(store: Store, key: str) -> Record | None:
        row = store.get(TaskingRequest, int(key))
        return None if row is None else Record(data=request_record(row), digest_key="request")

    register_record_resolver("tasking_request", _tasking_request)

``digest_key`` names the leaf's ``digests`` entry that ``digest_of(data)`` should equal (the
gate appends ``digests={"request": digest_of(request_record(row))}``): the CLI then says
whether the record is still the one that was logged. The resolver runs in the caller's
transaction and must not write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from enduse.storage import Store


@dataclass(frozen=True)
class Record:
    """What a resolver returns: the record as JSON-able data, and (optionally) which of the
    leaf's digests it hashes to."""

    data: dict[str, Any]
    digest_key: str | None = None


RecordResolver = Callable[[Store, str], Record | None]
"""``(store, key) -> Record | None``: the record of this kind with this key, None if absent."""

_RESOLVERS: dict[str, RecordResolver] = {}


def register_record_resolver(kind: str, resolver: RecordResolver) -> None:
    """Make refs ``"<kind>:<key>"`` resolvable (a later registration for a kind replaces it)."""
    if not kind or ":" in kind:
        raise ValueError(f"a record kind is a name without ':', not {kind!r}")
    _RESOLVERS[kind] = resolver


def unregister_record_resolver(kind: str) -> None:
    _RESOLVERS.pop(kind, None)


def record_kinds() -> list[str]:
    """The kinds a resolver is registered for."""
    return sorted(_RESOLVERS)


def split_ref(ref: str) -> tuple[str, str] | None:
    """``"tasking_request:42"`` -> ``("tasking_request", "42")``; None if it has no kind."""
    kind, sep, key = ref.partition(":")
    return (kind, key) if sep and kind and key else None


def resolve_record(store: Store, ref: str | None) -> Record | None:
    """The record ``ref`` points at, or None (no ref, no resolver for its kind, or no such
    record)."""
    parts = split_ref(ref) if ref else None
    if parts is None:
        return None
    resolver = _RESOLVERS.get(parts[0])
    return None if resolver is None else resolver(store, parts[1])
