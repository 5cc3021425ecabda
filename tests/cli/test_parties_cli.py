import json


def test_exporter_round_trip(cli):
    added = cli(
        "parties", "exporter", "add", "Acme Intercept", "--country", "il", "--json"
    )
    assert added.exit_code == 0, added.output
    exporter = json.loads(added.stdout)
    assert exporter["country"] == "IL"
    shown = cli("parties", "exporter", "show", str(exporter["id"]), "--json")
    assert json.loads(shown.stdout)["name"] == "Acme Intercept"


def test_bad_country_names_the_field(cli):
    result = cli(
        "parties", "agency", "add", "Policía", "--country", "XX", "--type", "police"
    )
    assert result.exit_code == 1
    assert "country" in result.stderr
    assert "ISO 3166-1" in result.stderr
    assert json.loads(cli("parties", "agency", "list", "--json").stdout) == []


def test_unknown_capability_is_refused(cli):
    exp = json.loads(
        cli("parties", "exporter", "add", "E", "--country", "IL", "--json").stdout
    )
    result = cli(
        "parties",
        "product",
        "add",
        "P",
        "--exporter",
        str(exp["id"]),
        "-c",
        "teleportation",
    )
    assert result.exit_code == 1
    assert "capabilities" in result.stderr


def test_missing_record_is_not_found(cli):
    result = cli("parties", "exporter", "show", "99")
    assert result.exit_code == 1
    assert "exporter 99 does not exist" in result.stderr
