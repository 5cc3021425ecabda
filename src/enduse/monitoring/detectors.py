"""The detectors: each reads observations one at a time, keeps compact per-licence state, and
raises or updates alerts in an :class:`AlertBook`.

Every rule fires on a count AND a rate within a sliding window (``MonitorConfig.window_days``),
checked when an observation that can only raise the count arrives, so an alert carries the log
index that tipped it. Thresholds and why: docs/monitoring.md.
"""

from __future__ import annotations

import heapq
import statistics
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from enduse.monitoring._state import AlertBook, Window
from enduse.monitoring._stats import significant
from enduse.monitoring.models import MonitorConfig, Observation, Severity

PERMIT, DENY, REFER = "permit", "deny", "refer"
# periods start on Mondays 00:00 UTC (2000-01-03 was a Monday)
_EPOCH = datetime(2000, 1, 3, tzinfo=UTC)
_HISTORY = 52  # closed periods of new-target counts kept per licence


def _rate(x: float) -> float:
    return round(x, 4)


class Detector:
    """One detector. ``feed`` each observation in log order; ``flush(now)`` lets time pass
    (closes periods, forgets what fell out of every window)."""

    source: ClassVar[str]

    def __init__(self, config: MonitorConfig) -> None:
        self.config = config
        self.span = timedelta(days=config.window_days)

    def feed(self, obs: Observation, book: AlertBook) -> None:
        raise NotImplementedError

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002 -- hook
        return None

    def _window(
        self, windows: dict[Any, Window], key: Any, *, distinct: bool = False
    ) -> Window:
        window = windows.get(key)
        if window is None:
            window = windows[key] = Window(self.span, distinct=distinct)
        return window

    def _fires(self, rule: str, count: int, n: int) -> bool:
        """``count`` of ``n`` crosses the rule's count, rate and significance thresholds."""
        cfg = self.config
        if count < getattr(cfg, f"{rule}_min_count") or n <= 0:
            return False
        if count / n < getattr(cfg, f"{rule}_min_rate"):
            return False
        return significant(count, n, getattr(cfg, f"{rule}_background"), cfg.alpha)

    def _thresholds(self, rule: str) -> dict[str, float]:
        cfg = self.config
        return {
            "min_count": getattr(cfg, f"{rule}_min_count"),
            "min_rate": getattr(cfg, f"{rule}_min_rate"),
            "background": getattr(cfg, f"{rule}_background"),
            "alpha": cfg.alpha,
        }

    @staticmethod
    def _expire(windows: dict[Any, Window], now: datetime) -> None:
        for key in list(windows):
            windows[key].expire(now)
            if windows[key].empty:
                del windows[key]


def _is_protected(obs: Observation) -> bool:
    return obs.registry_match is not None or "protected_person" in obs.clauses


class ProtectedPersonDetector(Detector):
    """Taskings against protected persons (registry matches, or the gate's ``protected_person``
    clause) per licence: count and share of its taskings in the window."""

    source = "monitoring.protected_person"

    def __init__(self, config: MonitorConfig) -> None:
        super().__init__(config)
        self.windows: dict[int, Window] = {}

    def feed(self, obs: Observation, book: AlertBook) -> None:
        window = self._window(self.windows, obs.licence_id, distinct=True)
        if not _is_protected(obs):
            window.add(obs.at, obs.index, (), obs.target)
            return
        category = f"cat:{obs.registry_match or 'named'}"
        window.add(obs.at, obs.index, ("pp", category), obs.target)
        cfg = self.config
        count, rate = window.distinct("pp"), window.distinct_rate("pp")
        if not self._fires("protected", count, window.distinct()):
            return
        severe = (
            count >= 2 * cfg.protected_min_count and rate >= 3 * cfg.protected_min_rate
        )
        targets = window.distinct()
        book.trigger(
            self.source,
            obs,
            Severity.CRITICAL if severe else Severity.HIGH,
            f"{count} of the {targets} targets tasked in {cfg.window_days:g} days are "
            f"protected persons ({rate:.0%}; a lawful licence shows about "
            f"{cfg.protected_background:.0%})",
            {
                "window_days": cfg.window_days,
                "count": count,
                "targets": targets,
                "rate": _rate(rate),
                "taskings": window.count("pp"),
                "total_taskings": window.total,
                "categories": window.tally("cat:"),
                "thresholds": self._thresholds("protected"),
            },
            lambda: window.indices("pp"),
        )

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002
        self._expire(self.windows, now)


class ExtraterritorialDetector(Detector):
    """Targets outside the customer's country (``monitoring.extraterritorial``) and, as
    transnational repression (``monitoring.transnational_repression``), the customer's own
    nationals abroad, worst when they are protected persons (exiled journalists, defenders,
    opposition politicians)."""

    source = "monitoring.extraterritorial"
    repression = "monitoring.transnational_repression"

    def __init__(self, config: MonitorConfig) -> None:
        super().__init__(config)
        self.windows: dict[int, Window] = {}

    def feed(self, obs: Observation, book: AlertBook) -> None:
        window = self._window(self.windows, obs.licence_id, distinct=True)
        if not obs.abroad:
            window.add(obs.at, obs.index, (), obs.target)
            return
        flags: tuple[str, ...] = ("abroad", f"loc:{obs.location_country}")
        if obs.own_national_abroad:
            flags += ("own",)
            if _is_protected(obs):
                flags += ("exiled",)
        window.add(obs.at, obs.index, flags, obs.target)
        cfg = self.config
        common = {
            "window_days": cfg.window_days,
            "targets": window.distinct(),
            "total_taskings": window.total,
        }
        abroad, own, exiled = (
            window.distinct("abroad"),
            window.distinct("own"),
            window.distinct("exiled"),
        )
        if self._fires("abroad", abroad, window.distinct()):
            book.trigger(
                self.source,
                obs,
                Severity.MEDIUM,
                f"{abroad} of the {window.distinct()} targets tasked in {cfg.window_days:g} days "
                f"are outside {obs.customer_country} ({window.distinct_rate('abroad'):.0%})",
                {
                    **common,
                    "count": abroad,
                    "rate": _rate(window.distinct_rate("abroad")),
                    "countries": window.tally("loc:"),
                    "thresholds": self._thresholds("abroad"),
                },
                lambda: window.indices("abroad"),
            )
        if "own" not in flags:
            return
        if self._fires("own_nationals_abroad", own, window.distinct()):
            book.trigger(
                self.repression,
                obs,
                Severity.HIGH,
                f"{own} of the {window.distinct()} targets tasked in {cfg.window_days:g} days "
                f"are {obs.customer_country} nationals abroad "
                f"({window.distinct_rate('own'):.0%})",
                {
                    **common,
                    "count": own,
                    "rate": _rate(window.distinct_rate("own")),
                    "countries": window.tally("loc:"),
                    "thresholds": self._thresholds("own_nationals_abroad"),
                },
                lambda: window.indices("own"),
                subject="own_nationals_abroad",
            )
        if "exiled" in flags and self._fires(
            "exiled_protected", exiled, window.distinct()
        ):
            book.trigger(
                self.repression,
                obs,
                Severity.CRITICAL,
                f"{exiled} targets tasked in {cfg.window_days:g} days are protected persons of "
                f"{obs.customer_country} nationality living abroad",
                {
                    **common,
                    "count": exiled,
                    "rate": _rate(window.distinct_rate("exiled")),
                    "thresholds": self._thresholds("exiled_protected"),
                },
                lambda: window.indices("exiled"),
                subject="exiled_protected",
            )

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002
        self._expire(self.windows, now)


class _Volume:
    """One licence's volume state: active targets, first-seen targets, period counts."""

    __slots__ = ("active", "expiry", "history", "new", "period", "quota_window", "seen")

    def __init__(self, span: timedelta) -> None:
        self.active: dict[str, datetime] = {}
        self.expiry: list[tuple[datetime, str]] = []
        self.seen: dict[str, datetime] = {}
        self.period = -1
        self.new: list[int] = []  # log indices of the new targets of the current period
        self.history: deque[int] = deque(maxlen=_HISTORY)
        self.quota_window = Window(span, distinct=False)

    def expire_active(self, now: datetime) -> None:
        expiry, active = self.expiry, self.active
        while expiry and expiry[0][0] <= now:
            until, target = heapq.heappop(expiry)
            if active.get(target) == until:
                del active[target]


class VolumeDetector(Detector):
    """Active and new targets against the licence's quota and its own history.

    - ``quota_utilisation``: permitted targets still active exceed the quota (the buyer's
      counter, which the gate trusts in the exchange format, disagrees with the log);
    - ``quota_pressure``: ``quota_exceeded`` denials, count and share in the window;
    - ``new_targets_quota``: new targets in the current period exceed a share of the quota
      (churning short warrants to get round the quota);
    - ``new_targets_spike``: new targets in the current period exceed ``spike_factor`` times
      the median of the licence's last ``baseline_periods`` closed periods.
    """

    source = "monitoring.volume"

    def __init__(self, config: MonitorConfig) -> None:
        super().__init__(config)
        self.period = timedelta(days=config.period_days)
        self.default_active = timedelta(days=config.active_days)
        self.memory = timedelta(
            days=max(config.active_days, 4 * config.period_days) * 6
        )
        self.state: dict[int, _Volume] = {}

    def _period_of(self, at: datetime) -> int:
        return (at - _EPOCH) // self.period

    def _roll(self, st: _Volume, period: int) -> None:
        if st.period < 0:
            st.period = period
            return
        while st.period < period:
            st.history.append(len(st.new))
            st.new = []
            st.period += 1
            if period - st.period > _HISTORY:  # a long silence: all zeros
                st.history.extend([0] * _HISTORY)
                st.period = period

    def feed(self, obs: Observation, book: AlertBook) -> None:
        st = self.state.get(obs.licence_id)
        if st is None:
            st = self.state[obs.licence_id] = _Volume(self.span)
        cfg = self.config
        self._roll(st, self._period_of(obs.at))
        st.expire_active(obs.at)
        quota = obs.max_active_targets
        if obs.target not in st.seen:
            st.new.append(obs.index)
            self._check_new(obs, st, book)
        st.seen[obs.target] = obs.at
        quota_denied = obs.decision == DENY and "quota_exceeded" in obs.clauses
        st.quota_window.add(
            obs.at, obs.index, ("quota",) if quota_denied else (), obs.target
        )
        if quota_denied:
            count, rate = st.quota_window.count("quota"), st.quota_window.rate("quota")
            if self._fires("quota_denials", count, st.quota_window.total):
                book.trigger(
                    self.source,
                    obs,
                    Severity.MEDIUM,
                    f"{count} taskings in {cfg.window_days:g} days refused for the quota of "
                    f"{quota} active targets ({rate:.0%} of {st.quota_window.total})",
                    {
                        "window_days": cfg.window_days,
                        "count": count,
                        "total": st.quota_window.total,
                        "rate": _rate(rate),
                        "max_active_targets": quota,
                        "active_targets": len(st.active),
                        "thresholds": self._thresholds("quota_denials"),
                    },
                    lambda: st.quota_window.indices("quota"),
                    subject="quota_pressure",
                )
        if obs.decision != PERMIT:
            return
        until = obs.legal_valid_until or obs.at + self.default_active
        if until <= obs.at:
            return
        previous = st.active.get(obs.target)
        if previous is None or until > previous:
            st.active[obs.target] = until
            heapq.heappush(st.expiry, (until, obs.target))
        active = len(st.active)
        if active > cfg.quota_utilisation * quota:
            book.trigger(
                self.source,
                obs,
                Severity.HIGH,
                f"{active} permitted targets active against a quota of {quota}",
                {
                    "active_targets": active,
                    "max_active_targets": quota,
                    "thresholds": {"quota_utilisation": cfg.quota_utilisation},
                },
                lambda: [obs.index],
                subject="quota_utilisation",
            )

    def _check_new(self, obs: Observation, st: _Volume, book: AlertBook) -> None:
        cfg = self.config
        new = len(st.new)
        if new < cfg.new_targets_min_count and new < cfg.spike_min_count:
            return
        quota = obs.max_active_targets
        common = {
            "period_days": cfg.period_days,
            "period_start": (_EPOCH + st.period * self.period).isoformat(),
            "new_targets": new,
            "max_active_targets": quota,
        }
        if (
            new >= cfg.new_targets_min_count
            and new > cfg.new_targets_quota_ratio * quota
        ):
            book.trigger(
                self.source,
                obs,
                Severity.HIGH,
                f"{new} new targets this period against a quota of {quota} active targets "
                f"(more than {cfg.new_targets_quota_ratio:.0%} of it)",
                {
                    **common,
                    "thresholds": {
                        "min_count": cfg.new_targets_min_count,
                        "quota_ratio": cfg.new_targets_quota_ratio,
                    },
                },
                lambda: st.new,
                subject="new_targets_quota",
            )
        if len(st.history) < cfg.baseline_periods or new < cfg.spike_min_count:
            return
        recent = list(st.history)[-cfg.baseline_periods :]
        baseline = statistics.median(recent)
        if new > cfg.spike_factor * max(baseline, 1):
            book.trigger(
                self.source,
                obs,
                Severity.MEDIUM,
                f"{new} new targets this period, {new / max(baseline, 1):.1f} times the licence's "
                f"median of {baseline:g} over its last {cfg.baseline_periods} periods",
                {
                    **common,
                    "baseline_median": baseline,
                    "baseline_periods": recent,
                    "thresholds": {
                        "spike_factor": cfg.spike_factor,
                        "min_count": cfg.spike_min_count,
                    },
                },
                lambda: st.new,
                subject="new_targets_spike",
            )

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002
        horizon = now - self.memory
        for st in self.state.values():
            self._roll(st, self._period_of(now))
            st.expire_active(now)
            st.quota_window.expire(now)
            for target in [t for t, at in st.seen.items() if at <= horizon]:
                del st.seen[target]


class LaunderingDetector(Detector):
    """A target refused on substance resubmitted under another offence (``relabel``), and many
    refusals (deny or refer) from one licence or one of its operators (``refusals``,
    ``operator:<name>``)."""

    source = "monitoring.laundering"

    def __init__(self, config: MonitorConfig) -> None:
        super().__init__(config)
        self.windows: dict[int, Window] = {}
        self.operators: dict[tuple[int, str], Window] = {}
        # (licence, target) -> (offence category, folded label, at, index) of the last
        # substantive denial
        self.refused: dict[tuple[int, str], tuple[str, str, datetime, int]] = {}
        self.pairs: dict[int, deque[dict[str, Any]]] = {}
        self.memory = timedelta(days=config.dedup_days)
        self.clauses = frozenset(config.laundering_clauses)

    def feed(self, obs: Observation, book: AlertBook) -> None:
        cfg = self.config
        key = (obs.licence_id, obs.target)
        label = " ".join(obs.offence_label.casefold().split())
        relabel = False
        prior = self.refused.get(key)
        if prior is not None:
            category, was, at, index = prior
            if obs.at - at > self.memory:
                del self.refused[key]
            elif was != label or category != obs.offence_category:
                relabel = True
                pairs = self.pairs.setdefault(obs.licence_id, deque(maxlen=20))
                pairs.append(
                    {
                        "denied_index": index,
                        "resubmitted_index": obs.index,
                        "from": {"category": category, "label": was},
                        "to": {"category": obs.offence_category, "label": label},
                        "decision": obs.decision,
                    }
                )
        if obs.decision == DENY and self.clauses.intersection(obs.clauses):
            self.refused[key] = (obs.offence_category, label, obs.at, obs.index)
        refused = obs.decision in (DENY, REFER)
        flags: tuple[str, ...] = ("refused",) if refused else ()
        if relabel:
            flags += ("relabel",)
        window = self._window(self.windows, obs.licence_id)
        window.add(obs.at, obs.index, flags, obs.target)
        if relabel:
            count, rate = window.count("relabel"), window.rate("relabel")
            if self._fires("relabel", count, window.total):
                book.trigger(
                    self.source,
                    obs,
                    Severity.HIGH,
                    f"{count} targets refused on substance were resubmitted under another "
                    f"offence in {cfg.window_days:g} days ({rate:.1%} of {window.total} taskings)",
                    {
                        "window_days": cfg.window_days,
                        "count": count,
                        "total": window.total,
                        "rate": _rate(rate),
                        "pairs": list(self.pairs[obs.licence_id]),
                        "thresholds": self._thresholds("relabel"),
                    },
                    lambda: [
                        i
                        for p in self.pairs[obs.licence_id]
                        for i in (p["denied_index"], p["resubmitted_index"])
                    ],
                    subject="relabel",
                    new=[prior[3]] if prior else [],
                )
        opw = self._window(self.operators, (obs.licence_id, obs.operator))
        opw.add(obs.at, obs.index, flags, obs.target)
        if not refused:
            return
        count, rate = window.count("refused"), window.rate("refused")
        if self._fires("refusal", count, window.total):
            book.trigger(
                self.source,
                obs,
                Severity.MEDIUM,
                f"{count} of {window.total} taskings in {cfg.window_days:g} days were denied "
                f"or referred ({rate:.0%})",
                {
                    "window_days": cfg.window_days,
                    "count": count,
                    "total": window.total,
                    "rate": _rate(rate),
                    "thresholds": self._thresholds("refusal"),
                },
                lambda: window.indices("refused"),
                subject="refusals",
            )
        count, rate = opw.count("refused"), opw.rate("refused")
        if self._fires("operator_refusal", count, opw.total):
            book.trigger(
                self.source,
                obs,
                Severity.MEDIUM,
                f"operator {obs.operator!r}: {count} of {opw.total} taskings in "
                f"{cfg.window_days:g} days were denied or referred ({rate:.0%})",
                {
                    "window_days": cfg.window_days,
                    "operator": obs.operator,
                    "count": count,
                    "total": opw.total,
                    "rate": _rate(rate),
                    "thresholds": self._thresholds("operator_refusal"),
                },
                lambda: opw.indices("refused"),
                subject=f"operator:{obs.operator}",
            )

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002
        self._expire(self.windows, now)
        self._expire(self.operators, now)
        horizon = now - self.memory
        for key in [k for k, v in self.refused.items() if v[2] < horizon]:
            del self.refused[key]


class OutsideLicenceDetector(Detector):
    """Use outside the licence: any attempt while it is suspended, revoked or expired
    (``inactive``), a tasking token seen twice (``token_replay``), requests for capabilities
    the licence does not grant (``out_of_scope``, count and share in the window)."""

    source = "monitoring.outside_licence"

    _SEVERITY: ClassVar[dict[str, Severity]] = {
        "revoked": Severity.CRITICAL,
        "suspended": Severity.HIGH,
        "expired": Severity.MEDIUM,
    }

    def __init__(self, config: MonitorConfig) -> None:
        super().__init__(config)
        self.windows: dict[int, Window] = {}
        self.inactive: dict[tuple[int, str], tuple[list[int], deque[int]]] = {}
        self.tokens: dict[str, tuple[datetime, int, int]] = {}
        self.token_order: deque[tuple[datetime, str]] = deque()
        self.token_memory = timedelta(days=config.token_memory_days)

    def feed(self, obs: Observation, book: AlertBook) -> None:
        cfg = self.config
        status = obs.licence_status
        if status != "active":
            key = (obs.licence_id, status)
            if key not in self.inactive:
                self.inactive[key] = ([0], deque(maxlen=cfg.max_evidence_indices))
            counter, attempts = self.inactive[key]
            counter[0] += 1
            attempts.append(obs.index)
            if counter[0] >= cfg.inactive_min_attempts:
                book.trigger(
                    self.source,
                    obs,
                    self._SEVERITY.get(status, Severity.HIGH),
                    f"{counter[0]} tasking attempts while the licence is {status}",
                    {"status": status, "count": counter[0]},
                    lambda: attempts,
                    subject=f"inactive:{status}",
                )
        if obs.token_id:
            self._expire_tokens(obs.at)
            seen = self.tokens.get(obs.token_id)
            if seen is not None:
                book.trigger(
                    self.source,
                    obs,
                    Severity.CRITICAL,
                    "a tasking token was presented again",
                    {
                        "token_id": obs.token_id,
                        "first_index": seen[1],
                        "first_licence_id": seen[2],
                        "replay_index": obs.index,
                    },
                    lambda: [seen[1]],
                    subject="token_replay",
                    new=[seen[1]],
                )
            else:
                self.tokens[obs.token_id] = (obs.at, obs.index, obs.licence_id)
                self.token_order.append((obs.at, obs.token_id))
        granted = obs.licence_capabilities
        outside = sorted(c for c in obs.capabilities if c not in granted)
        if not outside and "capability_out_of_scope" in obs.clauses:
            outside = ["unknown"]
        window = self._window(self.windows, obs.licence_id)
        window.add(
            obs.at,
            obs.index,
            ("oos", *(f"cap:{c}" for c in outside)) if outside else (),
            obs.target,
        )
        if not outside:
            return
        count, rate = window.count("oos"), window.rate("oos")
        if self._fires("out_of_scope", count, window.total):
            book.trigger(
                self.source,
                obs,
                Severity.MEDIUM,
                f"{count} taskings in {cfg.window_days:g} days asked for capabilities the "
                f"licence does not grant ({', '.join(window.tally('cap:'))})",
                {
                    "window_days": cfg.window_days,
                    "count": count,
                    "total": window.total,
                    "rate": _rate(rate),
                    "capabilities": window.tally("cap:", distinct=False),
                    "thresholds": self._thresholds("out_of_scope"),
                },
                lambda: window.indices("oos"),
                subject="out_of_scope",
            )

    def _expire_tokens(self, now: datetime) -> None:
        horizon = now - self.token_memory
        order = self.token_order
        while order and order[0][0] <= horizon:
            _, token = order.popleft()
            self.tokens.pop(token, None)

    def flush(self, now: datetime, book: AlertBook) -> None:  # noqa: ARG002
        self._expire(self.windows, now)
        self._expire_tokens(now)


DETECTORS: tuple[type[Detector], ...] = (
    ProtectedPersonDetector,
    ExtraterritorialDetector,
    VolumeDetector,
    LaunderingDetector,
    OutsideLicenceDetector,
)
