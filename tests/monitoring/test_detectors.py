"""Each detector fires on a crafted stream and stays quiet on a lawful one."""

from __future__ import annotations

import re

import pytest

from enduse.monitoring import (
    ExtraterritorialDetector,
    LaunderingDetector,
    MonitorConfig,
    OutsideLicenceDetector,
    ProtectedPersonDetector,
    Severity,
    VolumeDetector,
    run_monitors,
)
from tests.monitoring.streams import benign_stream, obs


def _by(alerts, source, subject=None):
    return [
        a
        for a in alerts
        if a.source == source and (subject is None or a.subject == subject)
    ]


def test_lawful_stream_raises_no_alert():
    assert run_monitors(benign_stream()) == []


def test_a_licence_turning_to_protected_persons_is_alerted_with_their_log_indices():
    stream = [obs(i, hours=i) for i in range(20)]
    protected = [
        obs(20 + k, hours=20 + k, registry_match="journalist", decision="refer")
        for k in range(5)
    ]
    alerts = run_monitors(stream + protected, detectors=[ProtectedPersonDetector])
    [alert] = alerts
    assert alert.source == "monitoring.protected_person"
    assert alert.licence_id == 1
    assert alert.severity in (Severity.HIGH, Severity.CRITICAL)
    assert set(alert.evidence["log_indices"]) <= {o.index for o in protected}
    assert alert.evidence["count"] == 5
    assert alert.evidence["categories"] == {"journalist": 5}


def test_one_protected_person_tasked_many_times_is_one_target():
    stream = [obs(i, hours=i) for i in range(20)]
    same = [
        obs(20 + k, hours=20 + k, target="mayor", registry_match="politician")
        for k in range(6)
    ]
    assert run_monitors(stream + same, detectors=[ProtectedPersonDetector]) == []


def test_targets_abroad_and_own_nationals_abroad_are_alerted_apart():
    home = [obs(i, hours=i) for i in range(10)]
    foreign = [
        obs(10 + k, hours=10 + k, location="US", nationality="US") for k in range(12)
    ]
    alerts = run_monitors(home + foreign, detectors=[ExtraterritorialDetector])
    assert [a.source for a in alerts] == ["monitoring.extraterritorial"]
    assert alerts[0].evidence["countries"] == {"US": 12}

    exiles = [
        obs(
            10 + k,
            hours=10 + k,
            location="ES",
            nationality="MX",
            registry_match="journalist",
        )
        for k in range(9)
    ]
    alerts = run_monitors(home + exiles, detectors=[ExtraterritorialDetector])
    repression = _by(alerts, "monitoring.transnational_repression")
    assert {a.subject for a in repression} == {
        "own_nationals_abroad",
        "exiled_protected",
    }
    assert (
        _by(repression, "monitoring.transnational_repression", "exiled_protected")[
            0
        ].severity
        is Severity.CRITICAL
    )


def test_new_targets_spiking_over_the_licence_history_are_alerted():
    stream, i = [], 0
    for week in range(4):
        for k in range(8):
            stream.append(obs(i, hours=week * 168 + k * 10, quota=1000))
            i += 1
    for k in range(40):  # week 5: five times the usual new targets
        stream.append(obs(i, hours=4 * 168 + k * 3, quota=1000))
        i += 1
    alerts = run_monitors(stream, detectors=[VolumeDetector])
    [spike] = _by(alerts, "monitoring.volume", "new_targets_spike")
    assert spike.evidence["baseline_median"] == 8
    assert spike.evidence["new_targets"] > 24
    assert not _by(alerts, "monitoring.volume", "new_targets_quota")


def test_churning_round_the_quota_and_pressing_against_it_are_alerted():
    churn = [obs(i, hours=i, quota=20, valid_days=2) for i in range(15)]
    alerts = run_monitors(churn, detectors=[VolumeDetector])
    [alert] = _by(alerts, "monitoring.volume", "new_targets_quota")
    assert alert.evidence["new_targets"] > 10

    pressing = [obs(i, hours=i, quota=5) for i in range(5)] + [
        obs(5 + k, hours=5 + k, quota=5, decision="deny", clauses=("quota_exceeded",))
        for k in range(12)
    ]
    alerts = run_monitors(pressing, detectors=[VolumeDetector])
    assert _by(alerts, "monitoring.volume", "quota_pressure")


def test_more_active_targets_than_the_quota_is_alerted():
    stream = [obs(i, hours=i, quota=8) for i in range(9)]
    alerts = run_monitors(stream, detectors=[VolumeDetector])
    [alert] = _by(alerts, "monitoring.volume", "quota_utilisation")
    assert alert.evidence["active_targets"] == 9
    # expired warrants free the quota
    stream = [obs(i, hours=i * 30, quota=8, valid_days=1) for i in range(9)]
    assert not _by(
        run_monitors(stream, detectors=[VolumeDetector]), "monitoring.volume"
    )


def test_a_refused_target_resubmitted_under_another_offence_is_laundering():
    stream, i = [], 0
    for k in range(4):
        target = f"activist-{k}"
        stream.append(
            obs(
                i,
                hours=i,
                target=target,
                decision="deny",
                clauses=("expression_not_crime",),
                label="sedition",
            )
        )
        stream.append(obs(i + 1, hours=i + 30, target=target, label="Tax  Fraud"))
        i += 2
    stream += [obs(100 + k, hours=200 + k) for k in range(20)]
    alerts = run_monitors(stream, detectors=[LaunderingDetector])
    [alert] = _by(alerts, "monitoring.laundering", "relabel")
    pair = alert.evidence["pairs"][0]
    assert pair["from"]["label"] == "sedition"
    assert pair["to"]["label"] == "tax fraud"
    assert {0, 1} <= set(alert.evidence["log_indices"])


def test_resubmitting_with_a_warrant_under_the_same_offence_is_not_laundering():
    stream, i = [], 0
    for k in range(6):
        target = f"suspect-{k}"
        stream.append(
            obs(i, hours=i, target=target, decision="deny", clauses=("no_legal_basis",))
        )
        stream.append(obs(i + 1, hours=i + 30, target=target))
        i += 2
    assert run_monitors(stream, detectors=[LaunderingDetector]) == []


def test_an_operator_whose_requests_are_mostly_refused_is_alerted():
    stream = [obs(i, hours=i, operator=f"officer-{i % 5}") for i in range(60)]
    stream += [
        obs(
            60 + k,
            hours=60 + k,
            operator="rogue",
            decision="deny",
            clauses=("expression_not_crime",),
        )
        for k in range(12)
    ]
    alerts = run_monitors(stream, detectors=[LaunderingDetector])
    subjects = {a.subject for a in _by(alerts, "monitoring.laundering")}
    assert "operator:rogue" in subjects
    [alert] = _by(alerts, "monitoring.laundering", "operator:rogue")
    assert alert.evidence["operator"] == "rogue"


@pytest.mark.parametrize(
    ("status", "severity"),
    [
        ("suspended", Severity.HIGH),
        ("revoked", Severity.CRITICAL),
        ("expired", Severity.MEDIUM),
    ],
)
def test_any_attempt_on_an_inactive_licence_is_alerted(status, severity):
    stream = [
        obs(0),
        obs(1, hours=1, status=status, decision="deny", clauses=("licence_inactive",)),
    ]
    [alert] = run_monitors(stream, detectors=[OutsideLicenceDetector])
    assert alert.subject == f"inactive:{status}"
    assert alert.severity is severity
    assert alert.evidence["log_indices"] == [1]


def test_a_token_presented_twice_is_a_replay():
    stream = [obs(0, token_id="abc"), obs(1, hours=1), obs(2, hours=2, token_id="abc")]
    [alert] = run_monitors(stream, detectors=[OutsideLicenceDetector])
    assert alert.subject == "token_replay"
    assert alert.severity is Severity.CRITICAL
    assert alert.evidence["log_indices"] == [0, 2]
    # remembered only for token_memory_days
    later = [obs(0, token_id="abc"), obs(1, hours=24 * 8, token_id="abc")]
    assert run_monitors(later, detectors=[OutsideLicenceDetector]) == []


def test_repeated_requests_for_capabilities_outside_the_licence_are_alerted_once_is_not():
    base = [obs(i, hours=i) for i in range(30)]
    one = [obs(30, hours=30, capabilities=("microphone",))]
    assert run_monitors(base + one, detectors=[OutsideLicenceDetector]) == []
    many = [
        obs(30 + k, hours=30 + k, capabilities=("messages", "microphone"))
        for k in range(6)
    ]
    [alert] = run_monitors(base + many, detectors=[OutsideLicenceDetector])
    assert alert.subject == "out_of_scope"
    assert alert.evidence["capabilities"] == {"microphone": 6}
    assert alert.evidence["count"] == 6


def test_alert_bodies_fit_the_enforcement_alert_shape():
    stream = [obs(0, token_id="x"), obs(1, hours=1, token_id="x")]
    [alert] = run_monitors(stream)
    body = alert.as_create()
    assert set(body) == {"source", "licence_id", "severity", "summary", "evidence"}
    assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*", body["source"])
    assert body["severity"] in {"low", "medium", "high", "critical"}
    assert all(isinstance(i, int) and i >= 0 for i in body["evidence"]["log_indices"])


def test_thresholds_come_from_the_config():
    stream = [obs(i, hours=i) for i in range(20)] + [
        obs(20 + k, hours=20 + k, registry_match="lawyer") for k in range(2)
    ]
    assert run_monitors(stream, detectors=[ProtectedPersonDetector]) == []
    loose = MonitorConfig(protected_min_count=2, alpha=0.05)
    assert run_monitors(stream, loose, detectors=[ProtectedPersonDetector])
