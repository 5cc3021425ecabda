"""The certificate workflow against a real SQLite database."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from enduse.certificates import service
from enduse.certificates.signing import buyer_sign, signed_file, verify_file
from enduse.certificates.templates import default_templates
from enduse.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    VerificationError,
)
from enduse.keys import generate_keypair, read_private_key
from enduse.storage.tables import Certificate, CertificateTemplate, Licence
from tests.certificates.certs_world import sign_and_countersign

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def template_v2(**changes):
    body = default_templates()[0].model_dump(mode="json")
    body["version"] = "2"
    body["parameters"]["serious_crime_min_years"] = 4
    body.update(changes)
    from enduse.certificates.templates import parse_template

    return parse_template(body)


class TestTemplates:
    def test_default_template_loads_once(self, store):
        service.list_templates(store, now=NOW)
        service.list_templates(store, now=NOW)
        assert store.count(CertificateTemplate) == 1
        assert service.current_template_ref(store, now=NOW) == "standard-1"

    def test_bare_version_names_the_standard_template(self, store):
        assert service.get_template(store, "1", now=NOW).ref == "standard-1"

    def test_reissuing_a_version_is_refused_naming_version(self, store):
        with pytest.raises(ConflictError) as info:
            service.issue_template(
                store, default_templates()[0], actor="r", now=NOW, grace_days=30
            )
        assert info.value.field == "version"

    def test_new_version_becomes_current(self, store):
        service.issue_template(store, template_v2(), actor="r", now=NOW, grace_days=30)
        assert service.current_template_ref(store, now=NOW) == "standard-2"
        assert service.current_refs(store) == {"standard-2"}

    def test_unknown_template_is_not_found(self, store):
        with pytest.raises(NotFoundError):
            service.get_template(store, "standard-9", now=NOW)


class TestIssue:
    def test_document_binds_licence_buyer_template_and_filled_text(
        self, db, make_licence, issue_cert
    ):
        licence_id = make_licence()
        cert_id = issue_cert(licence_id)
        with db.store() as s:
            cert = s.get(Certificate, cert_id, field="id")
            doc = cert.document
        assert doc["certificate_id"] == cert_id
        assert doc["licence"]["id"] == licence_id
        assert doc["buyer"]["agency_id"] == cert.agency_id
        assert doc["template"]["ref"] == "standard-1"
        purpose = next(c for c in doc["clauses"] if c["id"] == "purpose_not_permitted")
        assert "6 years or more" in purpose["text"]
        assert [c["id"] for c in doc["clauses"]] == [
            c.id for c in default_templates()[0].clauses
        ]

    def test_parameter_override_is_filled_in(self, db, make_licence, issue_cert):
        cert_id = issue_cert(make_licence(), serious_crime_min_years=4)
        with db.store() as s:
            doc = s.get(Certificate, cert_id, field="id").document
        assert doc["parameters"]["serious_crime_min_years"] == 4
        assert "4 years or more" in json.dumps(doc)

    @pytest.mark.parametrize(
        ("params", "field"),
        [
            ({"no_such": 1}, "parameters.no_such"),
            ({"serious_crime_min_years": "six"}, "parameters.serious_crime_min_years"),
            ({"refer_protected_persons": 1}, "parameters.refer_protected_persons"),
        ],
    )
    def test_bad_parameters_name_the_field_and_write_nothing(
        self, db, make_licence, issue_cert, params, field
    ):
        licence_id = make_licence()
        with pytest.raises(InvalidInputError) as info:
            issue_cert(licence_id, **params)
        assert info.value.field == field
        with db.store() as s:
            assert s.count(Certificate) == 0

    @pytest.mark.parametrize("state", ["draft", "submitted", "denied", "revoked"])
    def test_only_approved_licences_get_certificates(
        self, make_licence, issue_cert, state
    ):
        with pytest.raises(ConflictError, match=state):
            issue_cert(make_licence(state=state))

    def test_licence_without_version_is_refused(self, make_licence, issue_cert):
        with pytest.raises(ConflictError, match="no certificate version"):
            issue_cert(make_licence(version=None))

    def test_second_certificate_on_same_version_is_refused(
        self, make_licence, issue_cert
    ):
        licence_id = make_licence()
        issue_cert(licence_id)
        with pytest.raises(ConflictError, match="already exists"):
            issue_cert(licence_id)


class TestBuyerKeys:
    def test_rotation_retires_the_old_key_and_keeps_history(
        self, store, make_licence, tmp_path
    ):
        licence_id = make_licence()
        agency_id = store.get(Licence, licence_id, field="id").end_user_id
        first = generate_keypair(tmp_path / "k", "one")
        second = generate_keypair(tmp_path / "k", "two")
        service.register_buyer_key(
            store, agency_id, first.public_path.read_bytes(), now=NOW
        )
        service.register_buyer_key(
            store,
            agency_id,
            second.public_path.read_bytes(),
            now=NOW + timedelta(days=1),
        )
        keys = service.list_buyer_keys(store, agency_id)
        assert [k.fingerprint for k in keys] == [first.fingerprint, second.fingerprint]
        assert keys[0].retired_at == NOW + timedelta(days=1)
        assert keys[1].retired_at is None

    def test_retired_key_cannot_return(self, store, make_licence, tmp_path):
        agency_id = store.get(Licence, make_licence(), field="id").end_user_id
        a, b = generate_keypair(tmp_path, "a"), generate_keypair(tmp_path, "b")
        for k in (a, b):
            service.register_buyer_key(
                store, agency_id, k.public_path.read_bytes(), now=NOW
            )
        with pytest.raises(ConflictError, match="retired"):
            service.register_buyer_key(
                store, agency_id, a.public_path.read_bytes(), now=NOW
            )

    def test_not_a_key_names_the_field(self, store, make_licence):
        agency_id = store.get(Licence, make_licence(), field="id").end_user_id
        with pytest.raises(InvalidInputError) as info:
            service.register_buyer_key(store, agency_id, b"hello", now=NOW)
        assert info.value.field == "public_key"

    def test_unknown_agency_is_not_found(self, store, buyer):
        with pytest.raises(NotFoundError):
            service.register_buyer_key(
                store, 99, buyer.public_path.read_bytes(), now=NOW
            )


class TestSubmitAndCountersign:
    def test_round_trip_verifies_with_pinned_regulator_key(self, signed_world, db):
        result = verify_file(
            signed_world.file, regulator_key=signed_world.regulator.public_key
        )
        assert result.countersigned
        assert result.regulator_key_pinned
        assert result.buyer_key_fingerprint == signed_world.buyer.fingerprint
        with db.store() as s:
            assert (
                s.get(Certificate, signed_world.certificate_id, field="id").state
                == "countersigned"
            )

    def _signed(self, db, cert_id, key, **doc_changes):
        with db.store() as s:
            doc = dict(s.get(Certificate, cert_id, field="id").document, **doc_changes)
        return signed_file(doc, buyer_sign(doc, key, now=NOW))

    def test_signature_by_an_unregistered_key_is_refused(
        self, db, make_licence, issue_cert, buyer, tmp_path
    ):
        licence_id = make_licence()
        cert_id = issue_cert(licence_id)
        with db.store() as s:
            service.register_buyer_key(
                s,
                s.get(Licence, licence_id, field="id").end_user_id,
                buyer.public_path.read_bytes(),
                now=NOW,
            )
        stranger = read_private_key(generate_keypair(tmp_path, "stranger").private_path)
        with db.store() as s, pytest.raises(VerificationError, match="registered key"):
            service.submit_signed(s, self._signed(db, cert_id, stranger), now=NOW)

    def test_agency_without_key_cannot_submit(
        self, db, make_licence, issue_cert, buyer
    ):
        cert_id = issue_cert(make_licence())
        with db.store() as s, pytest.raises(ConflictError, match="no registered key"):
            service.submit_signed(
                s,
                self._signed(db, cert_id, read_private_key(buyer.private_path)),
                now=NOW,
            )

    def test_document_altered_before_signing_is_refused(
        self, db, make_licence, issue_cert, buyer
    ):
        licence_id = make_licence()
        cert_id = issue_cert(licence_id)
        with db.store() as s:
            service.register_buyer_key(
                s,
                s.get(Licence, licence_id, field="id").end_user_id,
                buyer.public_path.read_bytes(),
                now=NOW,
            )
        data = self._signed(
            db,
            cert_id,
            read_private_key(buyer.private_path),
            parameters={"serious_crime_min_years": 1},
        )
        with db.store() as s, pytest.raises(VerificationError, match="differs"):
            service.submit_signed(s, data, now=NOW)
        with db.store() as s:
            assert s.get(Certificate, cert_id, field="id").state == "issued"

    def test_countersigning_an_unsigned_certificate_is_refused(
        self, db, make_licence, issue_cert, regulator
    ):
        cert_id = issue_cert(make_licence())
        with db.store() as s, pytest.raises(ConflictError, match="buyer-signed"):
            service.countersign(
                s, cert_id, read_private_key(regulator.private_path), now=NOW
            )

    def test_countersigning_with_another_regulator_key_is_refused(
        self, signed_world, db, tmp_path
    ):
        other = read_private_key(generate_keypair(tmp_path, "other").private_path)
        with db.store() as s, pytest.raises(ConflictError):
            service.countersign(s, signed_world.certificate_id, other, now=NOW)


@hsettings(max_examples=300, deadline=None)
@given(data=st.data())
def test_flipping_any_byte_of_a_real_certificate_fails(signed_world_file, data):
    position = data.draw(st.integers(0, len(signed_world_file) - 1))
    xor = data.draw(st.integers(1, 255))
    tampered = (
        signed_world_file[:position]
        + bytes([signed_world_file[position] ^ xor])
        + signed_world_file[position + 1 :]
    )
    with pytest.raises(VerificationError):
        verify_file(tampered)


@pytest.fixture(scope="module")
def signed_world_file(tmp_path_factory):
    """One real countersigned file, made once (hypothesis reruns the test body, not fixtures)."""
    from enduse.settings import Settings
    from enduse.storage import Database, upgrade_database

    root = tmp_path_factory.mktemp("world")
    cfg = Settings(
        database_url=f"sqlite:///{root / 'db.sqlite'}", key_dir=root / "keys"
    )
    upgrade_database(cfg.database_url)
    db = Database(cfg.database_url)
    regulator, buyer = (
        generate_keypair(cfg.key_dir, "regulator"),
        generate_keypair(root / "buyer", "buyer"),
    )
    from enduse.storage.tables import Agency, Exporter

    with db.store() as s:
        e = s.add(Exporter(name="E", country="IL", created_at=NOW))
        a = s.add(
            Agency(
                name="Policía «Ñ»", country="MX", agency_type="police", created_at=NOW
            )
        )
        lic = s.add(
            Licence(
                exporter_id=e.id,
                end_user_id=a.id,
                state="approved",
                end_use="x",
                country_record="",
                red_flags=[],
                allowed_capabilities=None,
                max_active_targets=None,
                valid_from=None,
                valid_until=None,
                certificate_version="standard-1",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        lic_id = lic.id
    data = sign_and_countersign(db, cfg, regulator, buyer, lic_id).file
    db.dispose()
    return data
