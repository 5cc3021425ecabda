"""The SDK against the real API server (uvicorn on a loopback port), including the server going away."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from enduse.auth import Role
from enduse.client import Gate
from enduse.clock import utcnow
from enduse.keys import public_key_path
from enduse.storage.tables import Licence
from tests.auth_helpers import make_agency, make_token
from tests.gate.taskings_world import build_licence, tasking_body
from tests.servers import Server as _Server


class Server(_Server):
    def __init__(self, settings) -> None:
        super().__init__(settings, env={"ENDUSE_STATUS_VALIDITY_S": "60"})


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings, capabilities=("messages", "location"))


@pytest.fixture
def server(settings, world) -> Iterator[Server]:
    srv = Server(settings)
    yield srv
    srv.stop()


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self):
        return utcnow() + self.offset


def _request(gate: Gate, licence_id: int, **edits):
    body = tasking_body(licence_id, **edits)
    body.pop("licence_id")
    return gate.request(**body)


def _act(server: Server, licence_id: int, kind: str, **parameters) -> None:
    r = httpx.post(
        f"{server.url}/v1/licences/{licence_id}/actions",
        json={
            "type": kind,
            "parameters": parameters,
            "actor": "regulator",
            "reason": "abuse found",
        },
        headers=server.headers,
    )
    assert r.status_code in (200, 201), r.text


def buyer_token(db, licence_id: int) -> str:
    """The deployed system's API token: a machine user of the licence's buyer agency."""
    with db.store() as store:
        agency_id = store.get(Licence, licence_id, field="licence_id").end_user_id
    return make_token(db, Role.BUYER, agency_id=agency_id)


@pytest.fixture
def gate(server, world, settings, db):
    clock = Clock()
    g = Gate(
        server.url,
        world.licence_id,
        public_key_path(settings.key_dir, "regulator"),
        grace=timedelta(minutes=2),
        timeout=60,  # the first tasking loads the sentence model: slow on a busy machine
        clock=clock,
        token=buyer_token(db, world.licence_id),
    )
    g.clock = clock  # type: ignore[attr-defined]  # NOTE: the test moves time
    yield g
    g.close()


def test_permit_gives_a_token_that_authorises_only_its_capabilities(gate, world):
    decision = _request(gate, world.licence_id, capabilities=["location"])
    assert decision.permitted
    assert gate.authorise(decision.token, "location")
    assert not gate.authorise(decision.token, "messages")
    assert gate.authorise(decision.token, "location", once=True)
    assert not gate.authorise(decision.token, "location", once=True), (
        "a one-shot token is not replayed"
    )


def test_curtailment_is_obeyed_at_once(gate, server, world):
    token = _request(
        gate, world.licence_id, capabilities=["location", "messages"]
    ).token
    _act(server, world.licence_id, "curtail", capabilities=["location"])
    refused = _request(gate, world.licence_id, capabilities=["messages"])
    assert (refused.outcome, refused.clauses, refused.local) == (
        "deny",
        ["capability_out_of_scope"],
        True,
    )
    assert not gate.authorise(token, "messages"), (
        "the held token no longer authorises a curtailed capability"
    )
    assert gate.authorise(token, "location")


@pytest.mark.parametrize("kind", ["suspend", "disconnect"])
def test_suspended_or_revoked_licence_authorises_nothing(gate, server, world, kind):
    token = _request(gate, world.licence_id, capabilities=["location"]).token
    _act(server, world.licence_id, kind)
    gate.refresh()
    assert not gate.operational()
    assert not gate.authorise(token, "location")
    decision = _request(gate, world.licence_id, capabilities=["location"])
    assert (decision.outcome, decision.local) == ("deny", True)


def test_server_gone_fails_closed_after_the_grace_period(gate, server, world):
    token = _request(gate, world.licence_id, capabilities=["location"]).token
    server.stop()
    assert gate.authorise(token, "location"), (
        "within the status validity the held status is obeyed"
    )
    gate.clock.offset = timedelta(
        seconds=90
    )  # past next_update (60 s), inside the 2 min grace
    assert gate.operational()
    gate.clock.offset = timedelta(minutes=4)  # past next_update + grace
    assert not gate.operational()
    assert not gate.authorise(token, "location")
    decision = _request(gate, world.licence_id, capabilities=["location"])
    assert (decision.outcome, decision.local) == ("deny", True)


def test_a_status_signed_by_another_key_is_not_obeyed(server, world, tmp_path, db):
    from enduse.keys import generate_keypair

    other = generate_keypair(tmp_path / "other", "regulator")
    with Gate(
        server.url,
        world.licence_id,
        other.public_path,
        timeout=60,
        token=buyer_token(db, world.licence_id),
    ) as gate:
        assert not gate.operational()
        assert _request(gate, world.licence_id).local


def test_the_gate_refuses_a_system_without_a_token_or_with_another_buyers(
    server, world, settings, db
):
    key = public_key_path(settings.key_dir, "regulator")
    with Gate(server.url, world.licence_id, key, timeout=60) as gate:
        assert not gate.operational(), "no token: not even the status document"
    stranger = make_token(db, Role.BUYER, agency_id=make_agency(db))
    with Gate(server.url, world.licence_id, key, timeout=60, token=stranger) as gate:
        assert not gate.operational()
        r = httpx.post(
            f"{server.url}/v1/taskings",
            json=tasking_body(world.licence_id),
            headers={"Authorization": f"Bearer {stranger}"},
        )
        assert r.status_code == 404, "another buyer's licence is not confirmed to exist"
