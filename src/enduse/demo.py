"""The demonstration world `make demo` loads."""

from __future__ import annotations

from collections.abc import Iterator

from enduse.settings import Settings


def load_demo(settings: Settings) -> Iterator[str]:
    yield f"database: {settings.database_url}"
