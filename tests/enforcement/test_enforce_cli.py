"""``enduse enforce`` on a real database: the workflow, the status document, bad input."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def run(cli, signer, licence_id):
    return cli


def ok(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if result.stdout.startswith(("{", "[")) else None


def test_from_alert_to_curtailment_to_verified_status(
    run, licence_id, settings, tmp_path
):
    lid = str(licence_id)
    alert = ok(
        run(
            "enforce",
            "alert",
            "raise",
            lid,
            "--source",
            "monitoring.protected_person",
            "--severity",
            "high",
            "--summary",
            "journalists targeted",
            "--evidence",
            '{"log_indices": [0, 1]}',
            "--json",
        )
    )
    case = ok(
        run(
            "enforce",
            "case",
            "open",
            lid,
            "--title",
            "Journalists targeted",
            "--actor",
            "inspector",
            "--alert",
            str(alert["id"]),
            "--json",
        )
    )
    cid = str(case["id"])
    ok(
        run(
            "enforce",
            "case",
            "note",
            cid,
            "Three editors among targets",
            "--actor",
            "inspector",
        )
    )
    ok(
        run(
            "enforce",
            "case",
            "transition",
            cid,
            "investigating",
            "--actor",
            "r",
            "--reason",
            "looking into it",
        )
    )
    action = ok(
        run(
            "enforce",
            "action",
            "take",
            lid,
            "curtail",
            "--case",
            cid,
            "--capability",
            "location",
            "--force-refer",
            "--actor",
            "inspector",
            "--reason",
            "protected persons targeted",
            "--json",
        )
    )
    assert action["parameters"] == {"capabilities": ["location"], "force_refer": True}
    shown = ok(run("enforce", "case", "show", cid, "--json"))
    assert shown["state"] == "action_taken"
    r = ok(run("enforce", "restrictions", lid, "--json"))
    assert r["status"] == "curtailed"
    assert r["allowed_capabilities"] == ["location"]

    doc = tmp_path / "status.json"
    ok(run("enforce", "status", lid, "--out", str(doc)))
    key = str(settings.key_dir / "regulator.pub")
    verified = run("enforce", "verify-status", str(doc), "--key", key)
    assert verified.exit_code == 0, verified.output
    assert "curtailed" in verified.stdout

    stale = run(
        "enforce",
        "verify-status",
        str(doc),
        "--key",
        key,
        "--at",
        "2099-01-01T00:00:00Z",
    )
    assert stale.exit_code == 1
    assert "stale" in stale.output

    signed = json.loads(doc.read_bytes())
    signed["document"]["restrictions"]["force_refer"] = False
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(signed))
    bad = run("enforce", "verify-status", str(tampered), "--key", key)
    assert bad.exit_code == 1
    assert "signature" in bad.output


def test_appeal_and_reversal_from_the_command_line(run, licence_id):
    lid = str(licence_id)
    action = ok(
        run(
            "enforce",
            "action",
            "take",
            lid,
            "suspend",
            "--actor",
            "i",
            "--reason",
            "abuse found",
            "--json",
        )
    )
    appeal = ok(
        run(
            "enforce",
            "action",
            "appeal",
            str(action["id"]),
            "--appellant",
            "acme",
            "--role",
            "exporter",
            "--grounds",
            "the buyer's unit was misidentified",
            "--json",
        )
    )
    decided = ok(
        run(
            "enforce",
            "action",
            "decide-appeal",
            str(appeal["id"]),
            "reversed",
            "--actor",
            "head",
            "--reason",
            "accepted",
            "--json",
        )
    )
    assert decided["decision"]["reversal_id"]
    listed = ok(run("enforce", "action", "list", lid, "--json"))
    assert [a["type"] for a in listed] == ["suspend", "reverse"]
    assert ok(run("enforce", "restrictions", lid, "--json"))["status"] == "active"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (
            ["action", "take", "{lid}", "explode", "--actor", "i", "--reason", "abuse"],
            "type",
        ),
        (
            [
                "action",
                "take",
                "{lid}",
                "curtail",
                "--capability",
                "camera",
                "--actor",
                "i",
                "--reason",
                "abuse",
            ],
            "parameters.capabilities",
        ),
        (
            ["action", "take", "{lid}", "curtail", "--actor", "i", "--reason", "abuse"],
            "parameters",
        ),
        (
            [
                "action",
                "take",
                "{lid}",
                "curtail",
                "--force-refer",
                "--until",
                "soon",
                "--actor",
                "i",
                "--reason",
                "abuse",
            ],
            "parameters.until",
        ),
        (
            [
                "action",
                "take",
                "{lid}",
                "reinstate",
                "--actor",
                "i",
                "--reason",
                "abuse",
            ],
            "state",
        ),
        (
            [
                "alert",
                "raise",
                "{lid}",
                "--source",
                "m.x",
                "--severity",
                "high",
                "--summary",
                "abc",
                "--evidence",
                "[1",
            ],
            "evidence",
        ),
        (
            [
                "alert",
                "raise",
                "{lid}",
                "--source",
                "m.x",
                "--severity",
                "dire",
                "--summary",
                "abc",
            ],
            "severity",
        ),
        (["case", "open", "999", "--title", "abc", "--actor", "i"], "licence_id"),
        (["verify-status", "missing.json", "--key", "missing.pub"], "key"),
    ],
)
def test_bad_input_exits_1_naming_the_field(run, licence_id, args, field):
    result = run("enforce", *[a.replace("{lid}", str(licence_id)) for a in args])
    assert result.exit_code == 1, result.output
    assert field in result.output


def test_an_illegal_case_transition_exits_1(run, licence_id):
    case = ok(
        run(
            "enforce",
            "case",
            "open",
            str(licence_id),
            "--title",
            "abc",
            "--actor",
            "i",
            "--json",
        )
    )
    result = run(
        "enforce",
        "case",
        "transition",
        str(case["id"]),
        "dismissed",
        "--actor",
        "i",
        "--reason",
        "nothing",
    )
    assert result.exit_code == 1
    assert "state" in result.output
