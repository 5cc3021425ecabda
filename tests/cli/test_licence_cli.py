import json

from enduse.licensing.models import DUE_DILIGENCE_QUESTIONS
from tests.factories import SCREENING_LIST


def _id(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["id"]


def test_licence_workflow_from_the_command_line(cli, tmp_path):
    loaded = cli("screening", "load", str(SCREENING_LIST), "--format", "csl")
    assert loaded.exit_code == 0, loaded.output
    exporter = _id(
        cli("parties", "exporter", "add", "Acme", "--country", "IL", "--json")
    )
    product = _id(
        cli(
            "parties",
            "product",
            "add",
            "Falcon",
            "--exporter",
            str(exporter),
            "-c",
            "messages",
            "-c",
            "location",
            "--json",
        )
    )
    agency = _id(
        cli(
            "parties",
            "agency",
            "add",
            "Policía Federal",
            "--country",
            "MX",
            "--type",
            "police",
            "--json",
        )
    )
    app = tmp_path / "application.json"
    app.write_text(
        json.dumps(
            {
                "exporter_id": exporter,
                "end_user_id": agency,
                "end_use": "Anti-kidnapping unit investigations under judicial warrant",
                "items": [
                    {"product_id": product, "classification": "4.D.4", "quantity": 1}
                ],
            }
        )
    )
    lid = _id(cli("licence", "apply", str(app), "--actor", "acme", "--json"))
    for step in ("submit", "start-review"):
        assert (
            cli(
                "licence", step, str(lid), "--actor", "r", "--reason", "next step"
            ).exit_code
            == 0
        )
    for q in DUE_DILIGENCE_QUESTIONS:
        assert (
            cli("licence", "diligence", str(lid), q, "yes", "--reviewer", "r").exit_code
            == 0
        )
    approved = cli(
        "licence",
        "approve",
        str(lid),
        "--actor",
        "r",
        "--reason",
        "fine",
        "-c",
        "messages",
        "--max-targets",
        "5",
        "--valid-from",
        "2026-01-01T00:00:00",
        "--valid-until",
        "2030-01-01T00:00:00",
        "--json",
    )
    assert approved.exit_code == 0, approved.output
    body = json.loads(approved.stdout)
    assert body["valid_from"] == "2026-01-01T00:00:00Z"
    for c in body["conditions"]:
        out = cli(
            "licence",
            "acknowledge",
            str(lid),
            str(c["id"]),
            "--actor",
            "acme",
            "--json",
        )
    assert json.loads(out.stdout)["status"] == "active"
    shown = cli("licence", "show", str(lid))
    assert "history" in shown.stdout
    assert "under_review" in shown.stdout


def test_illegal_transition_exits_1_with_reason(cli, tmp_path):
    result = cli("licence", "revoke", "1", "--actor", "r", "--reason", "abuse")
    assert result.exit_code == 1
    assert "licence 1 does not exist" in result.stderr


def test_application_file_errors_name_the_field(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = cli("licence", "apply", str(bad))
    assert result.exit_code == 1
    assert "file" in result.stderr
    bad.write_text(json.dumps({"exporter_id": 1}))
    result = cli("licence", "apply", str(bad))
    assert result.exit_code == 1
    assert "end_user_id" in result.stderr
    assert "Traceback" not in result.output


def test_unmigrated_database_says_what_to_do(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from enduse.cli import app

    monkeypatch.setenv("ENDUSE_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    result = CliRunner().invoke(app, ["licence", "list"])
    assert result.exit_code == 1
    assert "enduse db upgrade" in result.stderr
