"""Compact incremental state shared by the detectors: sliding windows and the alert book."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from enduse.monitoring.models import Alert, Observation, Severity, max_severity


class Window:
    """Counts of named flags over the observations of the last ``span``.

    Each added observation keeps ``(at, index, key, flags)``; counters move as observations
    enter and leave, so a count or rate is O(1). Counts are of observations (``count``) and of
    distinct keys, i.e. targets (``distinct``): one person tasked five times is one target.
    Memory is the observations inside the span."""

    __slots__ = ("counts", "events", "keys", "span", "total", "track")

    def __init__(self, span: timedelta, *, distinct: bool = True) -> None:
        self.span = span
        self.track = distinct
        # (leaves_at, index, key, flags), oldest first
        self.events: deque[tuple[datetime, int, str, tuple[str, ...]]] = deque()
        self.counts: dict[str, int] = {}
        # flag -> {key: occurrences}; "" is every observation (only when distinct)
        self.keys: dict[str, dict[str, int]] = {"": {}}
        self.total = 0

    def add(
        self, at: datetime, index: int, flags: tuple[str, ...], key: str = ""
    ) -> None:
        events = self.events
        if events and events[0][0] <= at:
            self.expire(at)
        events.append((at + self.span, index, key, flags))
        self.total += 1
        counts = self.counts
        if not self.track:
            for flag in flags:
                counts[flag] = counts.get(flag, 0) + 1
            return
        keys = self.keys
        every = keys[""]
        every[key] = every.get(key, 0) + 1
        for flag in flags:
            counts[flag] = counts.get(flag, 0) + 1
            per = keys.get(flag)
            if per is None:
                per = keys[flag] = {}
            per[key] = per.get(key, 0) + 1

    def expire(self, now: datetime) -> None:
        events, counts, keys, track = self.events, self.counts, self.keys, self.track
        while events and events[0][0] <= now:
            _, _, key, flags = events.popleft()
            self.total -= 1
            if track:
                _drop(keys[""], key)
            for flag in flags:
                left = counts[flag] - 1
                if left:
                    counts[flag] = left
                else:
                    del counts[flag]
                if track:
                    _drop(keys[flag], key)

    def count(self, flag: str) -> int:
        return self.counts.get(flag, 0)

    def rate(self, flag: str) -> float:
        return self.counts.get(flag, 0) / self.total if self.total else 0.0

    def distinct(self, flag: str = "") -> int:
        return len(self.keys.get(flag, ()))

    def distinct_rate(self, flag: str) -> float:
        every = len(self.keys[""])
        return len(self.keys.get(flag, ())) / every if every else 0.0

    def indices(self, flag: str) -> list[int]:
        return [index for _, index, _, flags in self.events if flag in flags]

    def tally(self, prefix: str, *, distinct: bool = True) -> dict[str, int]:
        """Per flag ``prefix + value``: distinct keys (or observations) as ``{value: n}``,
        largest first."""
        cut = len(prefix)
        if distinct:
            found = {
                k[cut:]: len(v)
                for k, v in self.keys.items()
                if k.startswith(prefix) and v
            }
        else:
            found = {k[cut:]: v for k, v in self.counts.items() if k.startswith(prefix)}
        return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))

    @property
    def empty(self) -> bool:
        return not self.events


def _drop(counter: dict[str, int], key: str) -> None:
    left = counter[key] - 1
    if left:
        counter[key] = left
    else:
        del counter[key]


class AlertBook:
    """De-duplication: one alert per (source, licence, subject) and window.

    A trigger within ``dedup`` of an open alert's first trigger updates it (latest summary and
    figures, the new log indices added, severity only ever raised); a later trigger opens a new
    alert. ``changed`` collects the alerts created or updated since it was last drained."""

    def __init__(self, dedup: timedelta, max_indices: int) -> None:
        self.dedup = dedup
        self.max_indices = max_indices
        self.alerts: list[Alert] = []
        self._open: dict[tuple[str, int, str], Alert] = {}
        self.changed: dict[tuple[str, int, str, str], Alert] = {}

    def trigger(
        self,
        source: str,
        obs: Observation,
        severity: Severity,
        summary: str,
        evidence: dict[str, Any],
        indices: Callable[[], Iterable[int]],
        *,
        subject: str = "",
        new: Iterable[int] = (),
    ) -> Alert:
        """Raise or update the alert of ``(source, obs.licence_id, subject)``.

        ``indices`` (called only when a new alert opens) gives every log index behind it;
        an update adds ``obs.index`` and ``new``."""
        group = (source, obs.licence_id, subject)
        alert = self._open.get(group)
        if alert is not None and obs.at < alert.first_at + self.dedup:
            known: list[int] = alert.evidence["log_indices"]
            for i in (obs.index, *new):
                at = bisect_left(known, i)
                if at == len(known) or known[at] != i:
                    known.insert(at, i)
            if len(known) > 2 * self.max_indices:
                del known[: len(known) - self.max_indices]
            evidence["log_indices"] = known
            alert.evidence = evidence
            alert.severity = max_severity(alert.severity, severity)
            alert.summary = summary
            alert.last_at = max(alert.last_at, obs.at)
            alert.last_index = max(alert.last_index, obs.index)
            alert.updates += 1
        else:
            evidence["log_indices"] = sorted({*indices(), obs.index, *new})[
                -self.max_indices :
            ]
            alert = Alert(
                source=source,
                licence_id=obs.licence_id,
                severity=severity,
                summary=summary,
                evidence=evidence,
                first_at=obs.at,
                last_at=obs.at,
                first_index=obs.index,
                last_index=obs.index,
                subject=subject,
                key=(source, obs.licence_id, subject, obs.at.isoformat()),
            )
            self._open[group] = alert
            self.alerts.append(alert)
        self.changed[alert.key] = alert
        return alert

    def drain(self) -> list[Alert]:
        out = list(self.changed.values())
        self.changed.clear()
        return out

    def final(self) -> list[Alert]:
        """Every alert, evidence indices trimmed to ``max_indices``."""
        for alert in self.alerts:
            known = alert.evidence.get("log_indices", [])
            if len(known) > self.max_indices:
                del known[: len(known) - self.max_indices]
        return list(self.alerts)
