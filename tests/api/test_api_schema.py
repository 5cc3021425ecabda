"""Bad input, generated: schemathesis against the OpenAPI schema, bounded to fit CI.
No operation answers 5xx, and every answer matches its documented status, media type and schema."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from enduse.api import create_app
from enduse.auth import Role
from enduse.keys import REGULATOR, generate_keypair
from enduse.tlog.keys import create_log_key
from tests.auth_helpers import bearer, make_token

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_every_operation_answers_within_its_schema(settings, db):
    generate_keypair(settings.key_dir, REGULATOR)
    create_log_key(settings.key_dir)
    auth = bearer(make_token(db, Role.REGULATOR_ADMIN))
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(settings, database=db)
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 50

    for operation in operations:

        @given(case=operation.as_strategy())
        @hsettings(
            max_examples=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.generate],
            database=None,
        )
        def check(case):
            case.headers = {**(case.headers or {}), **auth}
            case.call_and_validate(checks=CHECKS)

        check()


def test_oversized_and_malformed_bodies_get_clear_4xx(client):
    huge = {"name": "x" * 5_000_000, "country": "IL"}
    r = client.post("/v1/exporters", json=huge)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"
    long_text = {"name": "x" * 5_000, "country": "IL"}
    r = client.post("/v1/exporters", json=long_text)
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "name"
    r = client.post(
        "/v1/exporters",
        content=b"name=x",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert 400 <= r.status_code < 500
    assert r.json()["error"]["code"] in ("invalid_input", "unsupported_media_type")
    r = client.post(
        "/v1/exporters",
        content=b'{"name": "\xff\xfe", "country": "IL"}',
        headers={"content-type": "application/json"},
    )
    assert 400 <= r.status_code < 500
