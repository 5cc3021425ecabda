"""The monitors over the project database: read logged taskings, raise alerts for enforcement.

``run(store, ...)`` feeds every tasking logged since the last run (by log index) to the
monitors, keeping their state between runs (incremental); ``replay=True`` starts from the
first entry with fresh state (full replay). Alerts are written to ``enforcement_alerts``, one row
per alert key: a pattern that goes on updates its row's evidence instead of adding rows.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enduse.enforcement import service as enforcement
from enduse.monitoring.models import Alert, MonitorConfig, Observation
from enduse.monitoring.service import MonitorSet
from enduse.storage import Store
from enduse.storage import monitoring_repo as repo
from enduse.storage.tables import Agency, GateTasking, Licence, MonitoringState


@dataclass(frozen=True)
class RunResult:
    processed: int
    last_index: int
    raised: int
    updated: int
    replay: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "last_index": self.last_index,
            "raised": self.raised,
            "updated": self.updated,
            "replay": self.replay,
        }


def run(
    store: Store,
    *,
    config: MonitorConfig | None = None,
    replay: bool = False,
    now: datetime,
) -> RunResult:
    """Feed new logged taskings to the monitors and record their alerts."""
    row = store.find(MonitoringState, id=1)
    if replay or row is None:
        monitors, last = MonitorSet(config), -1
    else:
        monitors, last = pickle.loads(row.state), row.last_index  # noqa: S301 -- see module note
    licences: dict[int, tuple[Licence, str]] = {}
    changed: dict[tuple[str, int, str, str], Alert] = {}
    processed = 0
    for tasking in repo.taskings_after(store.session, last):
        obs = observation_of(store, tasking, licences)
        for alert in monitors.feed(obs):
            changed[alert.key] = alert
        last = obs.index
        processed += 1
    for alert in monitors.flush(now):
        changed[alert.key] = alert
    raised, updated = _record(store, changed.values(), now=now)
    state = pickle.dumps(monitors)
    if row is None:
        store.add(MonitoringState(id=1, last_index=last, state=state, updated_at=now))
    else:
        row.last_index, row.state, row.updated_at = last, state, now
    store.flush()
    return RunResult(processed, last, raised, updated, replay)


def observation_of(
    store: Store, t: GateTasking, licences: dict[int, tuple[Licence, str]]
) -> Observation:
    """The monitors' view of one logged tasking (pseudonym only; never the identifier)."""
    if t.licence_id not in licences:
        licence = store.get(Licence, t.licence_id, field="licence_id")
        country = store.get(Agency, licence.end_user_id, field="end_user_id").country
        licences[t.licence_id] = (licence, country)
    licence, country = licences[t.licence_id]
    target = t.request.get("target", {})
    offence = t.request.get("offence", {})
    return Observation(
        index=int(t.log_index or 0),
        at=t.decided_at,
        licence_id=t.licence_id,
        customer_country=country,
        operator=t.operator,
        target=t.target_pseudonym,
        decision=t.decision,
        clauses=tuple(t.clauses),
        registry_match=t.registry_match,
        location_country=str(target.get("location_country", country)),
        nationality=str(target.get("nationality", "")),
        capabilities=tuple(t.capabilities),
        licence_capabilities=tuple(licence.allowed_capabilities or ()),
        max_active_targets=licence.max_active_targets or 0,
        licence_status="inactive" if "licence_inactive" in t.clauses else "active",
        offence_category=str(offence.get("category", "")),
        offence_label=str(offence.get("label", "")),
        token_id=t.token_id,
        legal_valid_until=t.legal_valid_until,
    )


def _record(store: Store, alerts: Any, *, now: datetime) -> tuple[int, int]:
    """Write alerts; one row per alert key (a continuing pattern updates its evidence)."""
    raised = updated = 0
    for alert in alerts:
        key = "|".join(str(k) for k in alert.key)
        evidence = {
            **alert.evidence,
            "key": key,
            "first_index": alert.first_index,
            "last_index": alert.last_index,
            "updates": alert.updates,
        }
        existing = next(
            (
                a
                for a in repo.alerts_for(store.session, alert.licence_id, alert.source)
                if a.evidence.get("key") == key
            ),
            None,
        )
        if existing is None:
            body = alert.as_create()
            enforcement.raise_alert(store, **{**body, "evidence": evidence}, now=now)
            raised += 1
        else:
            existing.evidence = evidence
            existing.severity = alert.severity.value
            existing.summary = alert.summary
            updated += 1
    return raised, updated
