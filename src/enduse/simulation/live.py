"""The simulation run through the real database path: licences made by the real services,
every request submitted to the database gate (``gate.taskings.submit_tasking``, which logs it),
the monitors run over the log every simulated day (``monitoring.runner.run``), their alerts
read back from ``enforcement_alerts`` and scored against the simulation's ground truth.

What the database path needs that the offline run does not:

- one licence per simulated buyer (exporter, product, agency in the buyer's country,
  approval with the buyer's capabilities and quota over a window covering the simulated
  period, conditions acknowledged, the standard certificate signed by a key generated for the
  buyer and countersigned), see :mod:`enduse.provision`;
- the protected-persons registry knows the simulated journalists, defenders, politicians and
  lawyers: each is added to it (by identifier digest) before the first request that names them,
  since the database gate asks the registry and never takes ``registry_match`` from a request;
- the ``outside`` buyer's licence is suspended (licensing transition) at its abuse start, so its
  later requests meet a suspended licence in the database.

Decisions are deterministic per seed (the regulator's keys and the buyers' keys change only
signatures and tokens): ``LiveReport.decisions_digest`` hashes every (ordinal, decision,
clauses).
"""

from __future__ import annotations

import bisect
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from enduse import provision
from enduse.gate.models import TaskingIn
from enduse.gate.targets import canonical_identifier
from enduse.gate.taskings import config_from_settings, submit_tasking
from enduse.keys import REGULATOR, load_private_key
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.monitoring import runner
from enduse.parties import AgencyCreate, ExporterCreate, ProductCreate
from enduse.parties import service as parties
from enduse.screening import registry
from enduse.screening import service as screening
from enduse.screening.models import RegistryCategory
from enduse.settings import Settings
from enduse.simulation.offline import BarCheck
from enduse.simulation.workload import CAPABILITIES, GroundTruth, SimTasking, Simulation
from enduse.storage import Database, Store
from enduse.storage.tables import Alert, Exporter, ScreeningList

Progress = Callable[[int, int], None]
BATCH = 200
SCREENING_LIST = (
    Path(screening.__file__).parent / "data" / "csl_spyware_2026-09-24.json"
)


@dataclass(frozen=True)
class LiveAlert:
    id: int
    source: str
    subject: str
    first_index: int  # log index of the entry the detector fired on
    created_at: datetime  # when the monitor run recorded it (simulated time)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "subject": self.subject,
            "first_index": self.first_index,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class LiveLicence:
    """One simulated buyer: its licence in the database, the ground truth and the alerts."""

    sim_licence_id: int
    licence_id: int
    role: str
    abusive: bool
    abuse_starts_at: datetime | None
    taskings: int
    abusive_taskings: int
    first_abusive_ordinal: int | None
    first_abusive_log_index: int | None
    alerts: list[LiveAlert]
    first_alert_log_index: (
        int | None
    )  # first alert at or after the first abusive tasking
    delay_requests: (
        int | None
    )  # simulated requests (all licences) from abuse to that alert
    delay_days: float | None
    early_alerts: int  # alerts on an abusive licence before its abuse began

    @property
    def alerted(self) -> bool:
        return (
            self.first_alert_log_index is not None
            if self.abusive
            else bool(self.alerts)
        )

    @property
    def sources(self) -> list[str]:
        return sorted({a.source for a in self.alerts})

    def as_dict(self) -> dict[str, Any]:
        return {
            "sim_licence_id": self.sim_licence_id,
            "licence_id": self.licence_id,
            "role": self.role,
            "abusive": self.abusive,
            "abuse_starts_at": self.abuse_starts_at.isoformat()
            if self.abuse_starts_at
            else None,
            "taskings": self.taskings,
            "abusive_taskings": self.abusive_taskings,
            "first_abusive_ordinal": self.first_abusive_ordinal,
            "first_abusive_log_index": self.first_abusive_log_index,
            "alerted": self.alerted,
            "sources": self.sources,
            "alerts": [a.as_dict() for a in self.alerts],
            "first_alert_log_index": self.first_alert_log_index,
            "delay_requests": self.delay_requests,
            "delay_days": self.delay_days,
            "early_alerts": self.early_alerts,
        }


@dataclass
class LiveReport(BarCheck):
    seed: int
    taskings: int
    days: int
    start: datetime
    decisions: dict[str, int]
    decisions_digest: str
    licences: list[LiveLicence]
    monitor_runs: int
    seconds: float
    truth: dict[int, GroundTruth] = field(repr=False)

    @property
    def licence_ids(self) -> dict[int, int]:
        """Simulated licence id -> database licence id."""
        return {r.sim_licence_id: r.licence_id for r in self.licences}

    def as_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "taskings": self.taskings,
            "days": self.days,
            "start": self.start.isoformat(),
            "decisions": self.decisions,
            "decisions_digest": self.decisions_digest,
            "monitor_runs": self.monitor_runs,
            "abusive_alerted": self.abusive_alerted,
            "abusive_total": self.abusive_total,
            "benign_alerted": self.benign_alerted,
            "passes": self.passes(),
            "seconds": round(self.seconds, 2),
            "licences": [r.as_dict() for r in self.licences],
        }


@contextmanager
def _tx(target: Database | Store) -> Iterator[Store]:
    if isinstance(target, Store):
        yield target
        target.flush()
    else:
        with target.store() as s:
            yield s


def simulate_live(
    target: Database | Store,
    settings: Settings,
    *,
    seed: int,
    taskings: int,
    days: int,
    start: datetime | None = None,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> LiveReport:
    """Run a seeded workload of ``taskings`` requests over ``days`` simulated days through the
    database gate and the database monitors; score the alerts against the ground truth.

    ``target`` is a migrated :class:`Database` (committed in batches of ``batch`` requests)
    or a :class:`Store` (everything in the caller's transaction). The regulator's key must
    exist in ``settings.key_dir`` (``enduse keys init``). ``start`` is the first simulated day
    (default: the simulation's own, 2 March 2026)."""
    began = time.perf_counter()
    kwargs: dict[str, Any] = {"days": days}
    if start is not None:
        kwargs["start"] = start
    sim = Simulation(seed, taskings, **kwargs)
    config = config_from_settings(settings)
    regulator_key = load_private_key(settings.key_dir, REGULATOR)
    with _tx(target) as store:
        ids = _licences(store, sim, settings, regulator_key)
    registered: set[str] = set()
    suspended: set[int] = set()
    outside = {
        b.licence_id: b.abuse_starts_at
        for b in sim.buyers
        if b.role == "outside" and b.abuse_starts_at is not None
    }
    decisions: Counter[str] = Counter()
    digest = hashlib.sha256()
    log_index: dict[int, int] = {}  # ordinal -> log index
    runs = 0
    day = sim.start.date()
    stream = iter(sim)
    done = False
    while not done:
        with _tx(target) as store:
            for _ in range(batch):
                item = next(stream, None)
                if item is None:
                    done = True
                    break
                while (
                    item.now.date() > day
                ):  # a new simulated day: monitors over the log
                    day += timedelta(days=1)
                    runner.run(store, now=_midnight(sim.start, day))
                    runs += 1
                lid = ids[item.licence_id]
                until = outside.get(item.licence_id)
                if until is not None and item.now >= until and lid not in suspended:
                    licensing.transition(
                        store,
                        lid,
                        Action.SUSPEND,
                        actor=provision.REVIEWER,
                        reason="simulation: the buyer's licence is suspended",
                        now=until,
                    )
                    suspended.add(lid)
                _register(store, item, config.registry_key, registered)
                out = submit_tasking(store, _body(item, lid), config, now=item.now)
                sim.settle(item, out.decision, out.clauses)
                decisions[out.decision] += 1
                digest.update(
                    f"{item.ordinal}|{out.decision}|{','.join(out.clauses)}\n".encode()
                )
                if out.log_index is not None:
                    log_index[item.ordinal] = out.log_index
                if progress is not None:
                    progress(item.ordinal + 1, taskings)
            if done:
                runner.run(store, now=_midnight(sim.start, day + timedelta(days=1)))
                runs += 1
    with _tx(target) as store:
        licences = _score(store, sim, ids, log_index)
    return LiveReport(
        seed=seed,
        taskings=taskings,
        days=sim.days,
        start=sim.start,
        decisions=dict(sorted(decisions.items())),
        decisions_digest=digest.hexdigest(),
        licences=licences,
        monitor_runs=runs,
        seconds=time.perf_counter() - began,
        truth=sim.truth(),
    )


def _midnight(start: datetime, day: Any) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=start.tzinfo)


def _licences(
    store: Store, sim: Simulation, settings: Settings, regulator_key: Ed25519PrivateKey
) -> dict[int, int]:
    """One active, signed licence per simulated buyer; returns sim id -> database id."""
    now = sim.start - timedelta(days=1)
    if not store.count(ScreeningList):  # submission screens the parties against a list
        screening.load_list(
            store, SCREENING_LIST, "csl", now=now, name="csl-spyware-extract"
        )
    run = store.count(Exporter) + 1
    exporter = parties.create_exporter(
        store,
        ExporterCreate(
            name=f"Simulated exporter (seed {sim.seed}, run {run})", country="IL"
        ),
        now=now,
    )
    product = parties.create_product(
        store,
        ProductCreate(
            exporter_id=exporter.id,
            name="Simulated interception suite",
            capabilities=list(CAPABILITIES),
        ),
        now=now,
    )
    out = {}
    for buyer in sim.buyers:
        agency = parties.create_agency(
            store,
            AgencyCreate(
                name=f"{buyer.agency} (simulated buyer {buyer.licence_id}, run {run})",
                country=buyer.country,
                agency_type=buyer.agency_type,
            ),
            now=now,
        )
        licence = provision.application(
            store, exporter.id, agency.id, product.id, now=now
        )
        provision.approve_active(
            store,
            licence,
            provision.Terms(
                capabilities=list(buyer.capabilities),
                max_active_targets=buyer.quota,
                valid_from=now,
                valid_until=sim.start + timedelta(days=sim.days + 60),
            ),
            now=now,
        )
        provision.sign_certificate(
            store,
            licence,
            buyer_key=Ed25519PrivateKey.generate(),
            regulator_key=regulator_key,
            regulator_name=settings.regulator_name,
            now=now,
        )
        out[buyer.licence_id] = licence.id
    return out


def _register(store: Store, item: SimTasking, key: bytes, registered: set[str]) -> None:
    """Put a simulated protected person in the registry before the first request naming them."""
    target = item.request.target
    if target.registry_match is None or target.identifier in registered:
        return
    registered.add(target.identifier)
    canonical = canonical_identifier(target.identifier, region=target.location_country)
    registry.load_registry(
        store,
        [
            registry.RegistryEntry(
                category=RegistryCategory(target.registry_match.value),
                name=f"Simulated {target.registry_match.value.replace('_', ' ')} {canonical[-4:]}",
                aliases=(),
                identifiers=(canonical,),
                country=target.nationality,
                source="simulation",
                external_id=None,
            )
        ],
        key=key,
        now=item.now,
    )


def _body(item: SimTasking, licence_id: int) -> TaskingIn:
    req = item.request
    return TaskingIn(
        licence_id=licence_id,
        operator=item.operator,
        target={
            "identifier": req.target.identifier,
            "location_country": req.target.location_country,
            "nationality": req.target.nationality,
            "profession": req.target.profession,
        },
        offence=req.offence,
        legal_basis=req.legal_basis,
        capabilities=req.capabilities,
        justification=req.justification,
    )


def _score(
    store: Store, sim: Simulation, ids: dict[int, int], log_index: dict[int, int]
) -> list[LiveLicence]:
    """Per buyer: its alerts from the database, the first at or after its first abusive
    tasking, and the delay in simulated requests (log indices mapped back to ordinals)."""
    ordinals = sorted(log_index)
    indices = [log_index[o] for o in ordinals]
    at_of = dict(_times(sim))

    def ordinal_of(index: int) -> int:
        at = bisect.bisect_right(indices, index) - 1
        return ordinals[max(at, 0)]

    out = []
    for sim_id, truth in sorted(sim.truth().items()):
        lid = ids[sim_id]
        alerts = sorted(
            (
                LiveAlert(
                    a.id,
                    a.source,
                    str(a.evidence.get("key", "")).split("|")[2]
                    if str(a.evidence.get("key", "")).count("|") >= 2
                    else "",
                    int(a.evidence.get("first_index", -1)),
                    a.created_at,
                )
                for a in store.list(Alert, licence_id=lid)
            ),
            key=lambda a: (a.first_index, a.id),
        )
        start = truth.first_abusive_ordinal
        start_index = log_index.get(start) if start is not None else None
        first = delay = days = None
        early = 0
        if truth.abusive and start_index is not None and start is not None:
            early = sum(a.first_index < start_index for a in alerts)
            after = [a for a in alerts if a.first_index >= start_index]
            if after:
                first = after[0].first_index
                hit = ordinal_of(first)
                delay = hit - start
                if hit in at_of and start in at_of:
                    days = round((at_of[hit] - at_of[start]).total_seconds() / 86400, 2)
        out.append(
            LiveLicence(
                sim_licence_id=sim_id,
                licence_id=lid,
                role=truth.role,
                abusive=truth.abusive,
                abuse_starts_at=truth.abuse_starts_at,
                taskings=truth.taskings,
                abusive_taskings=truth.abusive_taskings,
                first_abusive_ordinal=start,
                first_abusive_log_index=start_index,
                alerts=alerts,
                first_alert_log_index=first,
                delay_requests=delay,
                delay_days=days,
                early_alerts=early,
            )
        )
    return out


def _times(sim: Simulation) -> Iterator[tuple[int, datetime]]:
    for ordinal, (now, _lid) in enumerate(sim.arrivals):
        yield ordinal, now
