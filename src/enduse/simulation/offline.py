"""The simulation run offline: every request through the gate's ``decide`` (no database), an
observation per decision, the monitors fed as the stream goes, and the bars of issue 6 measured
against the simulation's ground truth."""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from enduse.errors import InvalidInputError
from enduse.gate.service import decide
from enduse.monitoring import (
    Alert,
    MonitorConfig,
    MonitorSet,
    Observation,
    observation_from,
)
from enduse.simulation.workload import (
    ABUSIVE_ROLES,
    GroundTruth,
    SimTasking,
    Simulation,
)
from enduse.tlog.models import pseudonymise

Progress = Callable[[int, int], None]
GATES = ("decide", "surrogate")


def surrogate_decision(item: SimTasking) -> tuple[str, list[str]]:
    """A stand-in for the gate, for fast tests and benchmarks only: the structured clauses of
    ``shared/spec/gate-scenarios.md`` decided from the fields, and the text clauses from the
    template family that wrote the justification (which the real gate must find in the text).
    """
    req, lic = item.request, item.licence
    deny = []
    if lic.status.value != "active" or not lic.certificate_signed:
        deny.append("licence_inactive")
    if lic.agency_type.value == "private":
        deny.append("non_government_end_user")
    off = req.offence
    if off.category.value == "other" or (
        off.category.value == "serious_crime"
        and (off.max_penalty_years is None or off.max_penalty_years < 6)
    ):
        deny.append("purpose_not_permitted")
    lb = req.legal_basis
    if (
        lb.type.value == "none"
        or not lb.reference
        or lb.valid_until is None
        or lb.valid_until <= item.now
    ):
        deny.append("no_legal_basis")
    if any(c not in lic.capabilities for c in req.capabilities):
        deny.append("capability_out_of_scope")
    if lic.active_targets >= lic.max_active_targets:
        deny.append("quota_exceeded")
    if item.text == "expression":
        deny.append("expression_not_crime")
        if off.category.value == "terrorism":
            deny.append("terrorism_definition_unmet")
    if deny:
        return "deny", sorted(deny)
    refer = []
    if req.target.registry_match is not None:
        refer.append("protected_person")
    if req.target.location_country != lic.customer_country:
        refer.append("extraterritorial_target")
    if item.text == "vague":
        refer.append("justification_unclear")
    if refer:
        return "refer", sorted(refer)
    return "permit", []


def pseudonym_key(seed: int, licence_id: int) -> bytes:
    """The per-licence pseudonym key of a simulation (a test key, derived from the seed)."""
    return hashlib.sha256(f"enduse-simulation|{seed}|{licence_id}".encode()).digest()


@dataclass(frozen=True)
class LicenceResult:
    licence_id: int
    role: str
    abusive: bool
    taskings: int
    alerted: bool
    sources: list[str]
    first_abusive_ordinal: int | None
    first_alert_index: int | None  # first alert at or after the first abusive tasking
    delay_requests: int | None
    delay_days: float | None
    early_alerts: int  # alerts on an abusive licence before its abuse began

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _Judged(Protocol):
    @property
    def alerted(self) -> bool: ...

    @property
    def abusive(self) -> bool: ...


class BarCheck:
    """Issue 6's bar over a report's ``licences`` (each with ``alerted`` and ``abusive``)."""

    licences: Sequence[_Judged]

    @property
    def abusive_alerted(self) -> int:
        return sum(r.alerted for r in self.licences if r.abusive)

    @property
    def abusive_total(self) -> int:
        return sum(r.abusive for r in self.licences)

    @property
    def benign_alerted(self) -> int:
        return sum(r.alerted for r in self.licences if not r.abusive)

    def passes(self, max_benign: int = 1) -> bool:
        """Issue 6's bar: every abusive licence alerted, at most one benign licence."""
        return (
            self.abusive_alerted == self.abusive_total
            and self.benign_alerted <= max_benign
        )


@dataclass
class SeedReport(BarCheck):
    seed: int
    n: int
    decisions: dict[str, int]
    licences: list[LicenceResult]
    alerts: list[Alert] = field(repr=False)
    observations: list[Observation] = field(repr=False)
    truth: dict[int, GroundTruth] = field(repr=False)
    seconds: float = 0.0
    surrogate_agreement: float | None = None  # share of decide's outcomes it reproduces

    def as_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "n": self.n,
            "decisions": self.decisions,
            "abusive_alerted": self.abusive_alerted,
            "abusive_total": self.abusive_total,
            "benign_alerted": self.benign_alerted,
            "passes": self.passes(),
            "alerts": len(self.alerts),
            "seconds": round(self.seconds, 2),
            "surrogate_agreement": self.surrogate_agreement,
            "licences": [r.as_dict() for r in self.licences],
        }


def simulate_offline(
    seed: int,
    n: int,
    *,
    weeks: int = 8,
    benign: int = 5,
    abusive: Sequence[str] = ABUSIVE_ROLES,
    config: MonitorConfig | None = None,
    progress: Progress | None = None,
    use_model: bool = False,
    scenarios_out: Path | None = None,
    gate: str = "decide",
) -> SeedReport:
    """Run a seeded workload through ``decide`` and the monitors; score against ground truth.

    Log indices are the request ordinals (0-based); targets are pseudonymised with
    :func:`pseudonym_key`. ``scenarios_out`` writes every request as an exchange-format line.
    ``gate="surrogate"`` replaces ``decide`` with :func:`surrogate_decision` (tests, benchmarks).
    """
    if gate not in GATES:
        raise InvalidInputError(f"gate must be one of {list(GATES)}", field="gate")
    began = time.perf_counter()
    sim = Simulation(seed, n, weeks=weeks, benign=benign, abusive=abusive)
    monitors = MonitorSet(config)
    keys = {b.licence_id: pseudonym_key(seed, b.licence_id) for b in sim.buyers}
    decisions: Counter[str] = Counter()
    agree = 0
    observations: list[Observation] = []
    out = scenarios_out.open("w", encoding="utf-8") if scenarios_out else None
    try:
        for item in sim:
            if gate == "decide":
                decision = decide(
                    item.request, item.licence, now=item.now, use_model=use_model
                )
                outcome, clauses = decision.outcome.value, list(decision.clauses)
                agree += surrogate_decision(item)[0] == outcome
            else:
                outcome, clauses = surrogate_decision(item)
            token = sim.settle(item, outcome, clauses)
            decisions[outcome] += 1
            obs = observation_from(
                item.request,
                item.licence,
                decision=outcome,
                clauses=clauses,
                index=item.ordinal,
                at=item.now,
                licence_id=item.licence_id,
                target=pseudonymise(
                    keys[item.licence_id], item.request.target.identifier
                ),
                operator=item.operator,
                token_id=item.presented_token or token,
            )
            observations.append(obs)
            monitors.feed(obs)
            if out is not None:
                out.write(
                    json.dumps(item.scenario(f"sim{seed}"), ensure_ascii=False) + "\n"
                )
            if progress is not None:
                progress(item.ordinal + 1, n)
    finally:
        if out is not None:
            out.close()
    alerts = monitors.finish()
    truth = sim.truth()
    at_of = {o.index: o.at for o in observations}
    return SeedReport(
        seed,
        n,
        dict(sorted(decisions.items())),
        score(alerts, truth, at_of),
        alerts,
        observations,
        truth,
        time.perf_counter() - began,
        round(agree / n, 4) if gate == "decide" else None,
    )


def score(
    alerts: Sequence[Alert], truth: dict[int, GroundTruth], at_of: dict[int, Any]
) -> list[LicenceResult]:
    """Per licence: alerted or not, and for an abusive one the delay from its first abusive
    tasking to its first alert (alerts before the abuse began are counted as early)."""
    results = []
    for lid, t in sorted(truth.items()):
        mine = sorted(
            (a for a in alerts if a.licence_id == lid), key=lambda a: a.first_index
        )
        start = t.first_abusive_ordinal
        first = None
        early = 0
        if t.abusive and start is not None:
            early = sum(a.first_index < start for a in mine)
            after = [a for a in mine if a.first_index >= start]
            first = after[0].first_index if after else None
        delay = first - start if first is not None and start is not None else None
        days = (
            round((at_of[first] - at_of[start]).total_seconds() / 86400, 2)
            if first is not None and start is not None
            else None
        )
        results.append(
            LicenceResult(
                lid,
                t.role,
                t.abusive,
                t.taskings,
                bool(mine) if not t.abusive else first is not None,
                sorted(
                    {f"{a.source}/{a.subject}" if a.subject else a.source for a in mine}
                ),
                start,
                first,
                delay,
                days,
                early,
            )
        )
    return results
