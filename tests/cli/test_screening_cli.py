import csv
import json
from pathlib import Path

ASSETS = Path(__file__).parent.parent / "assets" / "screening"


def test_load_lists_and_check_json(cli):
    loaded = cli(
        "screening",
        "load",
        str(ASSETS / "csl_spyware_2026-09-24.json"),
        "--format",
        "csl",
        "--json",
    )
    assert loaded.exit_code == 0, loaded.output
    assert json.loads(loaded.stdout)["record_count"] == 14
    lists = json.loads(cli("screening", "lists", "--json").stdout)
    assert [(x["name"], x["version"], x["current"]) for x in lists] == [
        ("us-csl", "2026-09-24", True)
    ]
    result = cli(
        "screening",
        "check",
        "N.S.O. Group Technologies Ltd",
        "--country",
        "IL",
        "--type",
        "organization",
        "--json",
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found[0]["name"] == "NSO Group"
    assert set(found[0]) == {
        "list",
        "list_version",
        "entity_id",
        "name",
        "matched_name",
        "score",
        "reasons",
    }


def test_unknown_format_is_a_clear_error(cli):
    result = cli(
        "screening", "load", str(ASSETS / "ftm_sample.jsonl"), "--format", "xml"
    )
    assert result.exit_code == 1
    assert "format" in result.stderr
    assert "ofac-sdn" in result.stderr


def test_check_file_writes_rows_in_order(cli, tmp_path):
    cli(
        "screening",
        "load",
        str(ASSETS / "csl_spyware_2026-09-24.json"),
        "--format",
        "csl",
    )
    source = tmp_path / "in.csv"
    source.write_text("name,country\nCandiru Ltd,IL\nAcme Widgets GmbH,DE\n")
    out = tmp_path / "out.csv"
    result = cli("screening", "check-file", str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert [r["name"] for r in rows] == ["Candiru Ltd", "Acme Widgets GmbH"]
    assert [r["outcome"] for r in rows] == ["alert", "clear"]
    assert rows[0]["matched_name"] == "Candiru Ltd."


def test_check_file_without_name_column_names_it(cli, tmp_path):
    cli(
        "screening",
        "load",
        str(ASSETS / "csl_spyware_2026-09-24.json"),
        "--format",
        "csl",
    )
    source = tmp_path / "in.csv"
    source.write_text("company\nCandiru\n")
    result = cli(
        "screening", "check-file", str(source), "--out", str(tmp_path / "o.csv")
    )
    assert result.exit_code == 1
    assert "name" in result.stderr
    assert "column" in result.stderr


def test_demo_registry_and_targets(cli, tmp_path):
    assert cli("screening", "registry", "load", "--demo").exit_code == 0
    targets = tmp_path / "t.csv"
    targets.write_text("identifier\n+447700900101\n+15550000000\n")
    result = cli("screening", "targets", str(targets), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"] == {
        "checked": 2,
        "matched": 1,
        "journalist": 1,
    }
    lookup = cli("screening", "registry", "lookup", "+44 7700 900107")
    assert json.loads(lookup.stdout)["registry_match"] == "head_of_state"
