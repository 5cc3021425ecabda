"""Screening fixtures: ``asset(name)`` is a path under tests/assets/screening;
``loaded`` is a ``Store`` with the SDN 2024 extract and the CSL spyware extract loaded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from enduse.screening import service
from enduse.storage import Store

ASSETS = Path(__file__).parent.parent / "assets" / "screening"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def asset() -> Callable[[str], Path]:
    return lambda name: ASSETS / name


@pytest.fixture
def loaded(store: Store) -> Store:
    service.load_list(
        store, ASSETS / "sdn_2024", "ofac-sdn", now=NOW, version="2024-05-03"
    )
    service.load_list(store, ASSETS / "csl_spyware_2026-09-24.json", "csl", now=NOW)
    return store
