"""Simulated workloads: reproducible per seed, in the exchange format, with ground truth that
holds, and scored against the bars of issue 6."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from enduse.errors import InvalidInputError
from enduse.simulation import (
    ABUSIVE_ROLES,
    Simulation,
    simulate_offline,
    surrogate_decision,
)
from enduse.tasking import Scenario


def _run(sim: Simulation) -> list:
    items = []
    for item in sim:
        outcome, clauses = surrogate_decision(item)
        sim.settle(item, outcome, clauses)
        items.append((item, outcome, clauses))
    return items


def test_the_same_seed_gives_the_same_workload_and_another_seed_another():
    first = [i.scenario() for i, _, _ in _run(Simulation(3, 400))]
    again = [i.scenario() for i, _, _ in _run(Simulation(3, 400))]
    other = [i.scenario() for i, _, _ in _run(Simulation(4, 400))]
    assert first == again
    assert first != other


def test_every_request_is_a_valid_exchange_format_scenario_in_time_order():
    items = _run(Simulation(1, 300))
    scenarios = [Scenario.model_validate(i.scenario()) for i, _, _ in items]
    assert len(scenarios) == 300
    assert [s.now for s in scenarios] == sorted(s.now for s in scenarios)
    assert len({s.id for s in scenarios}) == 300
    languages = Counter(i.request.justification.split()[0] for i, _, _ in items)
    assert {"The", "El", "La"} <= set(languages)


def test_ground_truth_names_the_abusive_licences_and_when_their_abuse_starts():
    sim = Simulation(2, 2000)
    items = _run(sim)
    truth = sim.truth()
    assert sorted(t.role for t in truth.values() if t.abusive) == sorted(ABUSIVE_ROLES)
    assert sum(not t.abusive for t in truth.values()) == 5
    by_licence = defaultdict(list)
    for item, outcome, clauses in items:
        by_licence[item.licence_id].append((item, outcome, clauses))
    for lid, t in truth.items():
        abusive = [i for i, _, _ in by_licence[lid] if i.abusive]
        if not t.abusive:
            assert not abusive
            continue
        assert abusive, t.role
        assert abusive[0].ordinal == t.first_abusive_ordinal
        assert all(i.now >= t.abuse_starts_at for i in abusive)
        assert t.abusive_taskings == len(abusive)


def test_each_abusive_buyer_behaves_as_planted():
    sim = Simulation(2, 3000)
    items = _run(sim)
    truth = {t.role: t for t in sim.truth().values()}
    mine = {
        role: [x for x in items if x[0].licence_id == t.licence_id]
        for role, t in truth.items()
        if role != "benign"
    }
    # drift: protected persons and own nationals abroad, after its abuse start
    drift = [i for i, _, _ in mine["drift"] if i.abusive]
    assert any(i.request.target.registry_match for i in drift)
    assert any(
        i.request.target.location_country != i.licence.customer_country
        and i.request.target.nationality == i.licence.customer_country
        for i in drift
    )
    # quota: more traffic and more new targets after its start than before
    q = truth["quota"]
    before = [i for i, _, _ in mine["quota"] if i.now < q.abuse_starts_at]
    after = [i for i, _, _ in mine["quota"] if i.now >= q.abuse_starts_at]
    days_before = (q.abuse_starts_at - sim.start).days
    days_after = sim.days - days_before
    assert len(after) / days_after > 2 * len(before) / days_before
    # launder: a target refused on substance comes back under another label
    denied = {}
    relabelled = 0
    for item, outcome, clauses in mine["launder"]:
        ident = item.request.target.identifier
        if item.kind == "relabel":
            assert ident in denied
            assert item.request.offence.label != denied[ident]
            relabelled += 1
        if outcome == "deny" and "expression_not_crime" in clauses:
            denied[ident] = item.request.offence.label
    assert relabelled >= 3
    # outside: suspended from its start, still tasking, replaying tokens it was given
    o = truth["outside"]
    late = [i for i, _, _ in mine["outside"] if i.now >= o.abuse_starts_at]
    assert late
    assert all(i.licence.status.value == "suspended" for i in late)
    assert any(i.presented_token for i in late)


def test_out_of_range_arguments_are_refused_naming_the_field():
    with pytest.raises(InvalidInputError) as err:
        Simulation(1, 0)
    assert err.value.field == "n"
    with pytest.raises(InvalidInputError):
        Simulation(1, 50_001)
    with pytest.raises(InvalidInputError) as err:
        Simulation(1, 10, abusive=["smuggler"])
    assert err.value.field == "abusive"


def test_a_decision_must_settle_the_item_just_yielded():
    sim = Simulation(1, 10)
    stream = iter(sim)
    first = next(stream)
    sim.settle(first, "permit")
    with pytest.raises(InvalidInputError):
        sim.settle(first, "permit")


def test_the_offline_run_through_the_gate_is_reproducible_and_reports_progress(
    tmp_path,
):
    calls = []
    out = tmp_path / "scenarios.jsonl"
    first = simulate_offline(
        5,
        120,
        weeks=2,
        progress=lambda done, total: calls.append((done, total)),
        scenarios_out=out,
    )
    again = simulate_offline(5, 120, weeks=2)
    assert first.as_dict() | {"seconds": 0} == again.as_dict() | {"seconds": 0}
    assert calls[-1] == (120, 120)
    assert len(calls) == 120
    assert sum(first.decisions.values()) == 120
    assert first.surrogate_agreement is not None
    lines = out.read_text().splitlines()
    assert len(lines) == 120
    Scenario.model_validate(json.loads(lines[0]))
    # observations carry pseudonyms, never identifiers
    assert all(len(o.target) == 64 for o in first.observations)


def test_planted_abuse_is_caught_and_benign_buyers_stay_quiet():
    report = simulate_offline(1, 1500, gate="surrogate")
    assert report.abusive_alerted == report.abusive_total == 4
    assert report.benign_alerted <= 1
    assert report.passes()
    for r in report.licences:
        if r.abusive:
            assert r.delay_requests is not None
            assert r.delay_requests >= 0
            assert r.early_alerts == 0
