import pytest

from enduse.errors import ConflictError
from enduse.storage.tables import LicenceEvent
from tests.factories import make_licence


def test_history_cannot_be_rewritten(db):
    with db.store() as store:
        licence_id = make_licence(store).id
    with db.store() as store:
        event = store.list(LicenceEvent, licence_id=licence_id)[0]
        event.reason = "nothing happened"
        with pytest.raises(ConflictError):
            store.flush()
        store.session.rollback()
    with db.store() as store:
        assert (
            store.list(LicenceEvent, licence_id=licence_id)[0].reason
            == "application created"
        )


def test_history_cannot_be_deleted(db):
    with db.store() as store:
        licence_id = make_licence(store).id
        count = store.count(LicenceEvent, licence_id=licence_id)
    with db.store() as store:
        store.session.delete(store.list(LicenceEvent, licence_id=licence_id)[0])
        with pytest.raises(ConflictError):
            store.flush()
        store.session.rollback()
    with db.store() as store:
        assert store.count(LicenceEvent, licence_id=licence_id) == count
