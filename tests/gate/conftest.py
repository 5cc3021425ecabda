"""Scenario factories for gate tests. Reach for ``make_scenario(request={...})``: a clean scenario that
permits, with nested edits merged in."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from enduse.tasking import Scenario

CLEAN_TEXT = (
    "Target runs the stash house of a cocaine distribution ring; 40 kg were seized there on 2 March "
    "and two couriers in custody have named him. Messages and location requested."
)

BASE: dict[str, Any] = {
    "id": "t-0001",
    "now": "2026-03-10T10:00:00Z",
    "licence": {
        "customer_country": "MX",
        "customer_agency": "Fiscalía General",
        "agency_type": "prosecution",
        "status": "active",
        "certificate_signed": True,
        "capabilities": ["messages", "location"],
        "max_active_targets": 10,
        "active_targets": 2,
    },
    "request": {
        "target": {
            "identifier": "+5215512345678",
            "location_country": "MX",
            "nationality": "MX",
            "profession": "unknown",
            "registry_match": None,
        },
        "offence": {
            "category": "serious_crime",
            "label": "drug trafficking",
            "max_penalty_years": 20,
        },
        "legal_basis": {
            "type": "judicial_warrant",
            "reference": "JW-2026-1",
            "valid_until": "2026-04-01T00:00:00Z",
        },
        "capabilities": ["messages", "location"],
        "justification": CLEAN_TEXT,
    },
}


def _merge(into: dict[str, Any], edits: dict[str, Any]) -> None:
    for key, value in edits.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def scenario_dict(**edits: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    _merge(data, edits)
    return data


def make_scenario(**edits: Any) -> Scenario:
    return Scenario.model_validate(scenario_dict(**edits))


@pytest.fixture(name="scenario_dict")
def _scenario_dict_fixture() -> Any:
    return scenario_dict


@pytest.fixture(name="make_scenario")
def _make_scenario_fixture() -> Any:
    return make_scenario
