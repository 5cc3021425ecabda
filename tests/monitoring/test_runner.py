"""The monitors over the project database: logged taskings in, enforcement alerts out."""

from __future__ import annotations

import pytest

from enduse.clock import utcnow
from enduse.monitoring import runner
from enduse.storage.tables import Alert
from tests.gate.taskings_world import build_licence, tasking_body


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings)


def _task(client, licence_id, n):
    body = tasking_body(licence_id, target={"identifier": f"+52155123400{n:02d}"})
    r = client.post("/v1/taskings", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_use_during_suspension_raises_one_alert_with_log_evidence(client, db, world):
    _task(client, world.licence_id, 1)
    r = client.post(
        f"/v1/licences/{world.licence_id}/actions",
        json={"type": "suspend", "actor": "regulator", "reason": "under investigation"},
    )
    assert r.status_code in (200, 201), r.text
    refused = _task(client, world.licence_id, 2)
    assert refused["clauses"] == ["licence_inactive"]

    first = client.post("/v1/monitoring/run").json()
    assert first["processed"] == 2
    assert first["raised"] >= 1
    alerts = client.get("/v1/alerts", params={"licence_id": world.licence_id}).json()
    outside = [a for a in alerts if a["source"] == "monitoring.outside_licence"]
    assert len(outside) == 1
    assert refused["log_index"] in outside[0]["evidence"]["log_indices"]

    again = client.post("/v1/monitoring/run").json()
    assert (again["processed"], again["raised"]) == (0, 0), (
        "incremental: nothing new, nothing raised"
    )

    replay = client.post("/v1/monitoring/run", params={"replay": True}).json()
    assert replay["processed"] == 2
    assert replay["raised"] == 0, (
        "a replay updates the alerts it finds again, it does not duplicate them"
    )
    with db.store() as store:
        assert store.count(Alert, source="monitoring.outside_licence") == 1


def test_lawful_use_raises_nothing(client, db, world):
    for n in range(3):
        assert _task(client, world.licence_id, n)["decision"] == "permit"
    with db.store() as store:
        result = runner.run(store, now=utcnow())
    assert (result.processed, result.raised) == (3, 0)
