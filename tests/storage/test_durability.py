"""No acknowledged decision is lost or rewritten: several API workers (4 by default,
``ENDUSE_TEST_API_WORKERS``) appending at once under load from several client processes, and a
server killed with SIGKILL under load (issue 8). Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import os
import threading

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


WORKERS = int(os.environ.get("ENDUSE_TEST_API_WORKERS", "4"))
CLIENTS, PER_CLIENT = 4, 15


def _hammer(args: tuple[str, dict[str, str], int, int]) -> list[tuple[int, int, str]]:
    """One load-generator process: ``PER_CLIENT`` taskings, one after another; returns
    ``(tasking id, log index, decision)`` for each acknowledged one."""
    url, headers, licence_id, client = args
    out = []
    with httpx.Client(base_url=url, timeout=120, headers=headers) as http:
        for i in range(PER_CLIENT):
            r = http.post("/v1/taskings", json=_body(licence_id, client * 1000 + i))
            assert r.status_code == 201, r.text
            out.append((r.json()["id"], r.json()["log_index"], r.json()["decision"]))
    return out


@pytest.mark.parametrize("workers", [WORKERS])
def test_several_workers_append_without_gap_duplicate_or_fork(
    db, settings, world, workers
):
    # The sentence model is off here: this test is about the sequencer, and loading torch in
    # every worker would only make it slower. The decision path is otherwise the real one.
    server = Server(settings, workers=workers, env={"ENDUSE_GATE_MODEL": "false"})
    try:
        with multiprocessing.get_context("fork").Pool(CLIENTS) as pool:
            acked = [
                a
                for batch in pool.map(
                    _hammer,
                    [
                        (server.url, server.headers, world.licence_id, c)
                        for c in range(CLIENTS)
                    ],
                )
                for a in batch
            ]
    finally:
        server.stop()
    indices = [index for _id, index, _decision in acked]
    assert len(acked) == CLIENTS * PER_CLIENT
    assert len(set(indices)) == len(indices), "no index handed out twice"
    with db.store() as store:
        size = tlog.tree_size(store)
        logged = sorted(t.log_index for t in store.list(GateTasking))
        assert logged == sorted(indices)
        assert set(range(size)) >= set(indices), (
            "no gap: every index is inside the tree"
        )
        for (
            tasking_id,
            index,
            decision,
        ) in acked:  # no fork: each index holds its decision
            entry = tlog.get_entry(store, index)
            assert entry.ref == f"gate_tasking:{tasking_id}"
            assert entry.leaf["decision"] == decision
    report = _audit(db, settings)
    assert report.ok, report.problems
    assert report.tree_size == report.entries_checked == size, (
        "every index has its entry"
    )


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
