"""A new template version makes signed licences re-sign by a deadline; after it they are inactive."""

from datetime import timedelta

import pytest

from enduse.certificates import service
from enduse.certificates.status import certificate_status
from enduse.certificates.templates import default_templates, parse_template
from enduse.storage import certificates_repo
from enduse.storage.tables import Certificate, Licence
from tests.certificates.certs_world import NOW

GRACE = 30
LATER = NOW + timedelta(days=1)


def issue_v2(db, version="2"):
    body = default_templates()[0].model_dump(mode="json")
    body["version"] = version
    with db.store() as s:
        return service.issue_template(
            s, parse_template(body), actor="regulator", now=LATER, grace_days=GRACE
        )


def status(db, licence_id, now):
    with db.store() as s:
        return service.licence_certificate_status(s, licence_id, now=now)


def licence(db, licence_id):
    with db.store() as s:
        return s.get(Licence, licence_id, field="id")


class TestMarking:
    def test_signed_licence_must_resign_by_now_plus_grace(
        self, db, make_licence, complete
    ):
        world = complete(make_licence())
        issued = issue_v2(db)
        assert issued.resign_required == [world.licence_id]
        row = licence(db, world.licence_id)
        assert row.resign_required_by == LATER + timedelta(days=GRACE)
        assert row.certificate_version == "standard-2"

    def test_suspended_licence_is_marked_too(self, db, make_licence, complete):
        world = complete(make_licence())
        with db.store() as s:
            s.get(Licence, world.licence_id, field="id").state = "suspended"
        assert issue_v2(db).resign_required == [world.licence_id]

    @pytest.mark.parametrize("state", ["draft", "under_review", "revoked", "expired"])
    def test_inactive_states_are_left_alone(self, db, make_licence, state):
        licence_id = make_licence(state=state)
        assert issue_v2(db).moved == []
        assert licence(db, licence_id).certificate_version == "standard-1"

    def test_unsigned_licence_moves_to_new_version_without_deadline(
        self, db, make_licence, issue_cert
    ):
        licence_id = make_licence()
        cert_id = issue_cert(licence_id)
        issued = issue_v2(db)
        assert issued.moved == [licence_id]
        assert issued.resign_required == []
        assert licence(db, licence_id).resign_required_by is None
        with db.store() as s:
            assert s.get(Certificate, cert_id, field="id").state == "superseded"

    def test_bare_version_on_licence_counts_as_standard(
        self, db, make_licence, complete
    ):
        world = complete(make_licence(version="1"))
        assert issue_v2(db).resign_required == [world.licence_id]

    def test_a_later_version_does_not_extend_the_deadline(
        self, db, make_licence, complete
    ):
        world = complete(make_licence())
        issue_v2(db, "2")
        first = licence(db, world.licence_id).resign_required_by
        issue_v2(db, "3")
        assert licence(db, world.licence_id).resign_required_by == first
        assert licence(db, world.licence_id).certificate_version == "standard-3"


class TestDeadline:
    def test_old_signature_counts_until_the_deadline(self, db, make_licence, complete):
        world = complete(make_licence())
        issue_v2(db)
        deadline = LATER + timedelta(days=GRACE)
        before = status(db, world.licence_id, deadline - timedelta(seconds=1))
        assert before.signed_current
        assert "required by" in before.reason
        after = status(db, world.licence_id, deadline)
        assert not after.signed_current
        assert "was required by" in after.reason

    def test_signing_the_new_version_clears_the_deadline(
        self, db, make_licence, complete
    ):
        licence_id = make_licence()
        complete(licence_id)
        issue_v2(db)
        complete(licence_id)
        row = licence(db, licence_id)
        assert row.resign_required_by is None
        now = LATER + timedelta(days=GRACE + 1)
        assert status(db, licence_id, now) == (
            True,
            "the buyer signed certificate standard-2",
        )


class TestCertificateStatus:
    def test_no_version_named(self, db, make_licence):
        licence_id = make_licence(version=None)
        assert status(db, licence_id, NOW) == (
            False,
            "the licence names no certificate version to sign",
        )

    def test_issued_but_unsigned(self, db, make_licence, issue_cert):
        licence_id = make_licence()
        issue_cert(licence_id)
        assert status(db, licence_id, NOW) == (
            False,
            "the buyer has not signed certificate standard-1",
        )

    def test_buyer_signed_awaits_countersignature(self, db, make_licence):
        licence_id = make_licence()
        row = licence(db, licence_id)

        class Cert:
            licence_id = row.id
            agency_id = row.end_user_id
            template_ref = "standard-1"
            state = "buyer_signed"

        signed, reason = certificate_status(row, [Cert()], now=NOW)
        assert not signed
        assert "countersignature" in reason

    def test_certificate_of_another_agency_does_not_count(
        self, db, make_licence, complete
    ):
        world = complete(make_licence())
        with db.store() as s:
            certs = certificates_repo.certificates(s, licence_id=world.licence_id)
            for c in certs:
                c.agency_id = world.agency_id  # same agency: counts
            row = s.get(Licence, world.licence_id, field="id")
            assert certificate_status(row, certs, now=NOW).signed_current
            row.end_user_id = (
                row.end_user_id + 1000
            )  # the licence's end user is someone else now
            assert not certificate_status(row, certs, now=NOW).signed_current
            s.session.rollback()
