"""Small hand-made observation streams for the detector tests."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from enduse.monitoring import Observation

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)  # a Monday


def obs(
    index: int,
    *,
    hours: float = 0.0,
    licence_id: int = 1,
    target: str | None = None,
    decision: str = "permit",
    clauses: tuple[str, ...] = (),
    registry_match: str | None = None,
    location: str = "MX",
    nationality: str = "MX",
    capabilities: tuple[str, ...] = ("messages",),
    licence_capabilities: tuple[str, ...] = ("messages", "location"),
    quota: int = 50,
    status: str = "active",
    category: str = "serious_crime",
    label: str = "drug trafficking",
    operator: str = "officer-1",
    token_id: str | None = None,
    valid_days: float | None = 30.0,
) -> Observation:
    at = T0 + timedelta(hours=hours)
    return Observation(
        index=index,
        at=at,
        licence_id=licence_id,
        customer_country="MX",
        operator=operator,
        target=target or f"t{licence_id}-{index}",
        decision=decision,
        clauses=clauses,
        registry_match=registry_match,
        location_country=location,
        nationality=nationality,
        capabilities=capabilities,
        licence_capabilities=licence_capabilities,
        max_active_targets=quota,
        licence_status=status,
        offence_category=category,
        offence_label=label,
        token_id=token_id,
        legal_valid_until=at + timedelta(days=valid_days) if valid_days else None,
    )


def benign_stream(
    seed: int = 7, days: int = 56, per_day: int = 12
) -> list[Observation]:
    """Three lawful licences for eight weeks: mostly domestic, a few abroad, the odd registry
    match, some refusals (missing warrants), retaskings of the same targets, no relabels."""
    rng = random.Random(seed)  # noqa: S311 -- test data
    out: list[Observation] = []
    index = 0
    targets: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for day in range(days):
        for _ in range(per_day):
            lid = rng.choice((1, 2, 3))
            hours = day * 24 + rng.uniform(0, 14)
            if targets[lid] and rng.random() < 0.45:
                target = rng.choice(targets[lid])
            else:
                target = f"p{lid}-{index}"
                targets[lid].append(target)
            roll = rng.random()
            location, nationality = ("MX", "MX")
            if roll < 0.02:
                location = "US"
            elif roll < 0.04:
                location, nationality = "GT", "GT"
            registry = "politician" if rng.random() < 0.005 else None
            decision, clauses = "permit", ()
            if rng.random() < 0.04:
                decision, clauses = "deny", ("no_legal_basis",)
            elif location != "MX":
                decision, clauses = "refer", ("extraterritorial_target",)
            elif registry:
                decision, clauses = "refer", ("protected_person",)
            out.append(
                obs(
                    index,
                    hours=hours,
                    licence_id=lid,
                    target=target,
                    decision=decision,
                    clauses=clauses,
                    registry_match=registry,
                    location=location,
                    nationality=nationality,
                    quota=200,
                    operator=f"officer-{rng.randint(1, 4)}",
                    token_id=f"tok-{index}" if decision == "permit" else None,
                )
            )
            index += 1
    out.sort(key=lambda o: o.at)
    return [replace(o, index=i) for i, o in enumerate(out)]
