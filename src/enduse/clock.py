"""Time comes from the caller; this module only supplies the default source."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def ensure_utc(value: datetime, *, field: str = "time") -> datetime:
    """Return ``value`` as aware UTC; a naive datetime is refused."""
    from enduse.errors import InvalidInputError

    if value.tzinfo is None:
        raise InvalidInputError(
            "must carry a timezone (use UTC, e.g. 2026-03-02T10:00:00Z)", field=field
        )
    return value.astimezone(UTC)
