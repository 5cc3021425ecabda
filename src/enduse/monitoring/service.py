"""Running the monitors: incrementally (:class:`MonitorSet`) or as a full replay
(:func:`run_monitors`), and building an :class:`Observation` from a decided request."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from enduse.monitoring._state import AlertBook
from enduse.monitoring.detectors import DETECTORS, Detector
from enduse.monitoring.models import Alert, MonitorConfig, Observation
from enduse.tasking import LicenceState, TaskingRequest


class MonitorSet:
    """All detectors (or the ones given) over one stream of observations.

    ``feed`` observations in log order; it returns the alerts created or updated by that
    observation (de-duplicated: one alert per source, licence, subject and window).
    ``flush(now)`` lets time pass without observations (closes volume periods, forgets what
    fell out of every window); ``finish()`` flushes at the last observation and returns every
    alert. The state is plain Python and pickles, so a service can persist it between runs.
    """

    def __init__(
        self,
        config: MonitorConfig | None = None,
        detectors: Sequence[type[Detector]] | None = None,
    ) -> None:
        self.config = config or MonitorConfig()
        self.detectors = [cls(self.config) for cls in (detectors or DETECTORS)]
        self.book = AlertBook(
            timedelta(days=self.config.dedup_days), self.config.max_evidence_indices
        )
        self.last_at: datetime | None = None
        self.fed = 0

    def feed(self, obs: Observation) -> list[Alert]:
        for detector in self.detectors:
            detector.feed(obs, self.book)
        if self.last_at is None or obs.at > self.last_at:
            self.last_at = obs.at
        self.fed += 1
        if self.book.changed:
            return self.book.drain()
        return []

    def feed_many(self, observations: Iterable[Observation]) -> list[Alert]:
        changed: dict[tuple[str, int, str, str], Alert] = {}
        for obs in observations:
            for alert in self.feed(obs):
                changed[alert.key] = alert
        return list(changed.values())

    def flush(self, now: datetime) -> list[Alert]:
        for detector in self.detectors:
            detector.flush(now, self.book)
        return self.book.drain()

    def finish(self) -> list[Alert]:
        if self.last_at is not None:
            self.flush(self.last_at)
        return self.alerts()

    def alerts(self) -> list[Alert]:
        return self.book.final()


def run_monitors(
    observations: Iterable[Observation],
    config: MonitorConfig | None = None,
    *,
    detectors: Sequence[type[Detector]] | None = None,
) -> list[Alert]:
    """Full replay: every observation in log-index order through the detectors; every alert."""
    monitors = MonitorSet(config, detectors)
    for obs in sorted(observations, key=lambda o: o.index):
        monitors.feed(obs)
    return monitors.finish()


def observation_from(
    request: TaskingRequest,
    licence: LicenceState,
    *,
    decision: str,
    clauses: Iterable[str],
    index: int,
    at: datetime,
    licence_id: int,
    target: str,
    operator: str = "",
    token_id: str | None = None,
) -> Observation:
    """The observation of one decided request (``target`` is its pseudonym, never the
    identifier)."""
    t = request.target
    return Observation(
        index=index,
        at=at,
        licence_id=licence_id,
        customer_country=licence.customer_country,
        operator=operator,
        target=target,
        decision=str(decision),
        clauses=tuple(clauses),
        registry_match=t.registry_match.value if t.registry_match else None,
        location_country=t.location_country,
        nationality=t.nationality,
        capabilities=tuple(c.value for c in request.capabilities),
        licence_capabilities=tuple(c.value for c in licence.capabilities),
        max_active_targets=licence.max_active_targets,
        licence_status=licence.status.value,
        offence_category=request.offence.category.value,
        offence_label=request.offence.label,
        token_id=token_id,
        legal_valid_until=request.legal_basis.valid_until,
    )
