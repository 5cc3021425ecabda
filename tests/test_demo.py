from enduse.demo import load_demo
from enduse.keys import REGULATOR, generate_keypair
from enduse.licensing import service as licensing
from enduse.storage.tables import (
    Alert,
    Certificate,
    EnforcementAction,
    EnforcementCase,
    Licence,
    TlogCheckpoint,
)
from tests.factories import NOW


def test_demo_world_loads_once_and_tells_the_enforcement_story(settings, db):
    generate_keypair(settings.key_dir, REGULATOR)
    lines = list(load_demo(settings, now=NOW, taskings=120, days=5))
    assert any("active" in line for line in lines)
    assert any("refused locally ('deny', licence_inactive)" in line for line in lines)
    assert any(line.startswith("users (log in with these") for line in lines)
    with db.store() as store:
        licences = store.list(Licence)
        assert licensing.effective_status(licences[0], now=NOW) == "active"
        assert store.list(Certificate)[0].state == "countersigned"
        (case,) = store.list(EnforcementCase)
        assert case.state == "action_taken"
        disconnected = store.get(Licence, case.licence_id, field="id")
        assert disconnected.state == "revoked"
        assert store.list(Alert, licence_id=case.licence_id)
        types = [
            a.type for a in store.list(EnforcementAction, licence_id=case.licence_id)
        ]
        assert types == ["curtail", "disconnect"]
        assert store.list(TlogCheckpoint)
        count = len(licences)
    again = list(load_demo(settings, now=NOW))
    assert "already loaded" in again[0]
    with db.store() as store:
        assert len(store.list(Licence)) == count
