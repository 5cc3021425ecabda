"""Bad input gets a clear 4xx with the error body, never a 5xx (issue 8): wrong or missing
content types, invalid UTF-8, malformed JSON, empty bodies, huge justifications."""

from __future__ import annotations

import json

import pytest

from tests.gate.taskings_world import tasking_body

BODY = json.dumps(tasking_body(1)).encode()
JSON = {"content-type": "application/json"}


def _error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert error["message"]
    return error


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ],
)
def test_a_body_that_is_not_sent_as_json_is_a_415_naming_the_content_type(
    client, content_type
):
    headers = {"content-type": content_type} if content_type else {}
    r = client.post("/v1/taskings", content=BODY, headers=headers)
    error = _error(r, 415, "unsupported_media_type")
    assert "application/json" in error["message"]
    assert (content_type or "no content type") in error["message"]
    assert error["field"] == "body"


def test_invalid_utf8_is_a_400_saying_json_must_be_utf8(client):
    r = client.post(
        "/v1/taskings", content=BODY.replace(b"Target", b"\xff\xfe", 1), headers=JSON
    )
    assert "UTF-8" in _error(r, 400, "invalid_input")["message"]


def test_a_lone_surrogate_in_the_justification_is_a_422_on_that_field(client):
    body = BODY.replace(b'"justification": "', b'"justification": "\\ud800', 1)
    r = client.post("/v1/taskings", content=body, headers=JSON)
    assert _error(r, 422, "invalid_input")["field"] == "justification"


def test_malformed_json_is_a_422_giving_the_position(client):
    r = client.post("/v1/taskings", content=b'{"licence_id": 1,', headers=JSON)
    error = _error(r, 422, "invalid_input")
    assert "not valid JSON at character" in error["message"]
    assert error["field"] == "body"


def test_an_empty_body_is_a_422_saying_so(client):
    r = client.post("/v1/taskings", content=b"", headers=JSON)
    assert "empty" in _error(r, 422, "invalid_input")["message"]


def test_deeply_nested_json_is_a_4xx_not_a_crash(client):
    r = client.post(
        "/v1/taskings", content=b"[" * 100_000 + b"]" * 100_000, headers=JSON
    )
    _error(r, 400, "invalid_input")


def test_a_huge_justification_is_a_422_on_that_field_before_any_analysis(client):
    body = {
        **tasking_body(1),
        "justification": "word " * 50_000,
    }  # 250 kB, under the body limit
    r = client.post("/v1/taskings", json=body)
    error = _error(r, 422, "invalid_input")
    assert error["field"] == "justification"
    assert "20000" in error["message"]


def test_a_justification_over_the_body_limit_is_a_413(client):
    body = {**tasking_body(1), "justification": "word " * 1_000_000}
    r = client.post("/v1/taskings", json=body)
    _error(r, 413, "too_large")
