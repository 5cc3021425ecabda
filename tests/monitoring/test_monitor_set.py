"""De-duplication, incremental feeding against full replay, persistence, and the statistics."""

from __future__ import annotations

import math
import pickle
from dataclasses import replace

from enduse.monitoring import (
    MonitorConfig,
    MonitorSet,
    Observation,
    ProtectedPersonDetector,
    run_monitors,
)
from enduse.monitoring._stats import binomial_sf, critical_count
from tests.monitoring.streams import benign_stream, obs


def _abusive_stream() -> list[Observation]:
    """The lawful stream with licence 2 turning on exiled journalists from week 4, a replayed
    token, and a suspended licence 3 still tasking in week 7."""
    stream = benign_stream()
    out = []
    for o in stream:
        day = (o.at - stream[0].at).days
        if o.licence_id == 2 and day >= 21 and o.index % 3 == 0:
            o = replace(
                o, location_country="ES", registry_match="journalist", decision="refer"
            )
        if o.licence_id == 3 and day >= 42:
            o = replace(
                o,
                licence_status="suspended",
                decision="deny",
                clauses=("licence_inactive",),
            )
        out.append(o)
    out.append(replace(out[-1], index=len(out), token_id=out[10].token_id or "tok-x"))
    return out


def test_a_pattern_that_goes_on_is_one_alert_with_growing_evidence():
    stream = [obs(i, hours=i) for i in range(20)] + [
        obs(20 + k, hours=20 + k, registry_match="journalist") for k in range(12)
    ]
    [alert] = run_monitors(stream, detectors=[ProtectedPersonDetector])
    assert alert.updates > 1
    assert alert.evidence["log_indices"] == list(range(20, 32))
    assert alert.evidence["count"] == 12


def test_the_pattern_going_on_after_the_dedup_window_opens_a_new_alert():
    def burst(start: int, hours: float) -> list[Observation]:
        return [obs(start + i, hours=hours + i) for i in range(20)] + [
            obs(start + 20 + k, hours=hours + 20 + k, registry_match="journalist")
            for k in range(5)
        ]

    stream = burst(0, 0) + burst(100, 24 * 40)
    alerts = run_monitors(
        stream, MonitorConfig(dedup_days=30), detectors=[ProtectedPersonDetector]
    )
    assert len(alerts) == 2
    assert alerts[0].key != alerts[1].key


def test_evidence_keeps_the_most_recent_indices():
    stream = [obs(i, hours=i) for i in range(5)] + [
        obs(5 + k, hours=5 + k / 10, registry_match="journalist") for k in range(40)
    ]
    [alert] = run_monitors(
        stream,
        MonitorConfig(max_evidence_indices=10),
        detectors=[ProtectedPersonDetector],
    )
    assert alert.evidence["log_indices"] == list(range(35, 45))


def test_feeding_one_by_one_gives_what_a_full_replay_gives():
    stream = _abusive_stream()
    replay = run_monitors(stream)
    assert replay, "the crafted abuse must be caught"
    monitors = MonitorSet()
    seen = {}
    for o in stream:
        for alert in monitors.feed(o):
            seen[alert.key] = alert.as_dict()
    final = monitors.finish()
    assert [a.as_dict() for a in final] == [a.as_dict() for a in replay]
    assert set(seen) == {a.key for a in replay}
    # a replay sorts by log index, so the order the stream arrives in does not matter
    assert [a.as_dict() for a in run_monitors(reversed(stream))] == [
        a.as_dict() for a in replay
    ]


def test_monitor_state_survives_pickling_midstream():
    stream = _abusive_stream()
    half = len(stream) // 2
    first = MonitorSet()
    for o in stream[:half]:
        first.feed(o)
    resumed = pickle.loads(pickle.dumps(first))  # noqa: S301 -- our own bytes
    for o in stream[half:]:
        resumed.feed(o)
    assert [a.as_dict() for a in resumed.finish()] == [
        a.as_dict() for a in run_monitors(stream)
    ]


def test_flush_forgets_what_fell_out_of_the_windows():
    monitors = MonitorSet()
    for o in benign_stream(days=14):
        monitors.feed(o)
    later = benign_stream(days=14)[-1].at.replace(year=2027)
    monitors.flush(later)
    for detector in monitors.detectors:
        for attr in ("windows", "operators"):
            assert not getattr(detector, attr, {})


def test_observation_round_trips_through_a_dict():
    o = obs(3, registry_match="lawyer", token_id="t", clauses=("protected_person",))
    assert Observation.from_dict(o.as_dict()) == o


def test_binomial_tail_matches_the_definition():
    n, p = 12, 0.1
    for k in range(n + 2):
        exact = sum(
            math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1)
        )
        assert math.isclose(binomial_sf(k, n, p), exact, rel_tol=1e-9, abs_tol=1e-15)
    counts = [critical_count(n, 0.01, 1e-5) for n in (10, 100, 1000, 10000)]
    assert counts == sorted(counts)
    assert (
        binomial_sf(counts[1], 100, 0.01)
        <= 1e-5
        < binomial_sf(counts[1] - 1, 100, 0.01)
    )
