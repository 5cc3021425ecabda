from enduse.demo import load_demo
from enduse.keys import REGULATOR, generate_keypair
from enduse.licensing import service as licensing
from enduse.storage.tables import Certificate, Licence
from tests.factories import NOW


def test_demo_world_loads_once_with_an_active_signed_licence(settings, db):
    generate_keypair(settings.key_dir, REGULATOR)
    lines = list(load_demo(settings, now=NOW))
    assert any("active" in line for line in lines)
    with db.store() as store:
        licences = store.list(Licence)
        assert licensing.effective_status(licences[0], now=NOW) == "active"
        assert store.list(Certificate)[0].state == "countersigned"
        count = len(licences)
    again = list(load_demo(settings, now=NOW))
    assert "already loaded" in again[0]
    with db.store() as store:
        assert len(store.list(Licence)) == count
