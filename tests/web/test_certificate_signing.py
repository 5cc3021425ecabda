"""The buyer's browser signing flow: read the canonical file, sign it offline, upload it; the
upload is verified by the same code as ``enduse euc submit``."""

from __future__ import annotations

import html
import re

import pytest

from enduse.certificates import service
from enduse.certificates.signing import buyer_sign, signed_file
from enduse.clock import utcnow
from enduse.keys import generate_keypair, read_private_key
from tests.auth_helpers import make_agency
from tests.certificates.certs_world import issue
from tests.gate.taskings_world import build_licence


@pytest.fixture
def unsigned(db, settings):
    """A licence whose buyer has registered a key and has an issued, unsigned certificate."""
    world = build_licence(db, settings, sign=False)
    with db.store() as s:
        service.register_buyer_key(
            s, world.agency_id, world.buyer.public_path.read_bytes(), now=utcnow()
        )
    cert_id = issue(db, settings, world.regulator, world.licence_id)
    return world, cert_id


def _buyer(console, world):
    return console.as_("buyer", "liaison", agency_id=world.agency_id)


def _signed(db, cert_id, key_path) -> bytes:
    with db.store() as s:
        document = service.get_certificate(s, cert_id).document
    block = buyer_sign(document, read_private_key(key_path), now=utcnow())
    return signed_file(document, block)


def test_the_page_shows_the_canonical_file_and_the_cli_command(console, unsigned):
    world, cert_id = unsigned
    web = _buyer(console, world)
    page = web.get(f"/certificates/{cert_id}").text
    assert f"enduse euc sign certificate-{cert_id}.json --key buyer.key" in page
    assert 'type="file"' in page
    assert 'enctype="multipart/form-data"' in page
    file = web.get(f"/certificates/{cert_id}/file")
    assert file.headers["content-type"] == "application/json"
    shown = re.search(r'<pre id="canonical">(.*?)</pre>', page, flags=re.S)
    assert shown is not None
    assert html.unescape(shown.group(1)).encode() == file.content


def test_an_uploaded_signature_verifies_and_is_recorded(console, db, unsigned):
    world, cert_id = unsigned
    data = _signed(db, cert_id, world.buyer.private_path)
    web = _buyer(console, world)
    r = web.post(
        f"/certificates/{cert_id}/signature",
        files={"signed_file": ("signed.json", data, "application/json")},
        data={"csrf_token": web.csrf_token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    with db.store() as s:
        assert service.get_certificate(s, cert_id).state == "buyer_signed"


def test_a_signature_by_another_key_is_refused_naming_the_file(
    console, db, settings, unsigned
):
    world, cert_id = unsigned
    stranger = generate_keypair(settings.key_dir.parent / "stranger", "buyer")
    web = _buyer(console, world)
    r = web.post(
        f"/certificates/{cert_id}/signature",
        files={
            "signed_file": (
                "signed.json",
                _signed(db, cert_id, stranger.private_path),
                "application/json",
            )
        },
        data={"csrf_token": web.csrf_token},
    )
    assert r.status_code == 422
    assert 'id="e-signed_file"' in r.text
    assert "not agency" in r.text
    assert "registered key" in r.text
    with db.store() as s:
        assert service.get_certificate(s, cert_id).state == "issued"


def test_no_file_chosen_names_the_field(console, unsigned):
    world, cert_id = unsigned
    web = _buyer(console, world)
    r = web.post(
        f"/certificates/{cert_id}/signature",
        data={"csrf_token": web.csrf_token},
    )
    assert r.status_code == 422
    assert "signed file: choose the signed certificate file" in r.text


def test_another_buyer_cannot_see_or_sign_the_certificate(console, db, unsigned):
    _world, cert_id = unsigned
    other = console.as_("buyer", "someone-else", agency_id=make_agency(db))
    assert other.get(f"/certificates/{cert_id}").status_code == 404
    assert other.get(f"/certificates/{cert_id}/file").status_code == 404
    assert other.get(f"/certificates/{cert_id}/document").status_code == 404
    r = other.post(
        f"/certificates/{cert_id}/signature",
        files={"signed_file": ("s.json", b"{}", "application/json")},
        data={"csrf_token": other.csrf_token},
    )
    assert r.status_code == 404
    assert f"certificate {cert_id} does not exist" in r.text
