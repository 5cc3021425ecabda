"""No acknowledged decision is lost or rewritten: several API workers appending at once, and a
server killed with SIGKILL under load (issue 8). Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from enduse.clock import utcnow
from enduse.storage.tables import GateTasking
from enduse.tlog import service as tlog
from enduse.tlog.keys import create_log_key, load_log_signer
from tests.gate.taskings_world import build_licence, tasking_body
from tests.servers import Server

pytestmark = pytest.mark.slow


@pytest.fixture
def world(db, settings):
    create_log_key(settings.key_dir, exist_ok=True)
    return build_licence(db, settings, max_active_targets=100_000)


def _body(licence_id: int, n: int) -> dict:
    return tasking_body(licence_id, target={"identifier": f"+5215{n:08d}"})


def _audit(db, settings) -> tlog.AuditReport:
    signer = load_log_signer(settings.key_dir, settings.regulator_name)
    with db.store() as store:
        tlog.publish_checkpoint(store, signer, now=utcnow())
    with db.store() as store:
        return tlog.audit(store, signer.verifier())


def test_several_workers_append_without_gap_duplicate_or_fork(db, settings, world):
    server = Server(settings, workers=2)
    try:

        def hammer(worker: int) -> list[int]:
            with httpx.Client(
                base_url=server.url, timeout=60, headers=server.headers
            ) as http:
                out = []
                for i in range(12):
                    r = http.post(
                        "/v1/taskings", json=_body(world.licence_id, worker * 1000 + i)
                    )
                    assert r.status_code == 201, r.text
                    out.append(r.json()["log_index"])
                return out

        with ThreadPoolExecutor(max_workers=4) as pool:
            indices = [i for batch in pool.map(hammer, range(4)) for i in batch]
    finally:
        server.stop()
    assert len(indices) == len(set(indices)) == 48, "no index handed out twice"
    with db.store() as store:
        size = tlog.tree_size(store)
        logged = sorted(t.log_index for t in store.list(GateTasking))
    assert logged == sorted(indices)
    assert set(range(size)) >= set(indices), "no gap: every index is inside the tree"
    report = _audit(db, settings)
    assert report.ok, report.problems


def test_kill_9_under_load_loses_no_acknowledged_decision(db, settings, world):
    server = Server(settings)
    acknowledged: list[dict] = []
    stop = threading.Event()

    def load() -> None:
        with httpx.Client(
            base_url=server.url, timeout=10, headers=server.headers
        ) as http:
            for n in range(400):
                if stop.is_set():
                    return
                try:
                    r = http.post("/v1/taskings", json=_body(world.licence_id, n))
                except httpx.HTTPError:
                    return  # the server died mid-request: that one was never acknowledged
                if r.status_code == 201:
                    acknowledged.append(r.json())

    worker = threading.Thread(target=load)
    worker.start()
    while len(acknowledged) < 15 and worker.is_alive():
        threading.Event().wait(0.05)
    server.kill()
    stop.set()
    worker.join(timeout=30)
    assert len(acknowledged) >= 15

    with db.store() as store:
        for out in acknowledged:
            entry = tlog.get_entry(store, out["log_index"])
            assert entry.ref == f"gate_tasking:{out['id']}"
            assert entry.leaf["decision"] == out["decision"]
        size_after_crash = tlog.tree_size(store)
    report = _audit(db, settings)
    assert report.ok, report.problems

    server.start()
    try:
        r = httpx.post(
            f"{server.url}/v1/taskings",
            json=_body(world.licence_id, 9999),
            timeout=60,
            headers=server.headers,
        )
    finally:
        server.stop()
    assert r.status_code == 201, r.text
    assert r.json()["log_index"] == size_after_crash, (
        "the sequence continues where it stopped"
    )
    assert _audit(db, settings).ok
