"""`enduse keys` and `enduse euc` end to end, in process."""

import json
import stat

import pytest

from enduse.certificates.templates import default_templates


@pytest.fixture
def agency_of(db):
    from enduse.storage.tables import Licence

    def get(licence_id):
        with db.store() as s:
            return s.get(Licence, licence_id, field="id").end_user_id

    return get


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def as_json(result):
    return json.loads(ok(result).stdout)


@pytest.fixture
def issued(cli, tmp_path, make_licence, agency_of):
    """Regulator keys, a buyer keypair registered, a certificate issued; returns paths and ids."""
    ok(cli("keys", "init"))
    ok(cli("keys", "generate", "--out", str(tmp_path / "buyer")))
    licence_id = make_licence()
    ok(
        cli(
            "euc",
            "register-key",
            str(agency_of(licence_id)),
            str(tmp_path / "buyer" / "buyer.pub"),
        )
    )
    cert = as_json(cli("euc", "issue", str(licence_id), "--json"))
    return {"licence_id": licence_id, "cert_id": cert["id"], "dir": tmp_path}


def sign(cli, issued):
    d, cert_id = issued["dir"], str(issued["cert_id"])
    ok(cli("euc", "export", cert_id, "--out", str(d / "unsigned.json")))
    ok(
        cli(
            "euc",
            "sign",
            str(d / "unsigned.json"),
            "--key",
            str(d / "buyer" / "buyer.key"),
            "--out",
            str(d / "signed.json"),
        )
    )
    return d / "signed.json"


class TestKeys:
    def test_init_makes_0600_key_and_refuses_twice(self, cli, settings):
        ok(cli("keys", "init"))
        assert (
            stat.S_IMODE((settings.key_dir / "regulator.key").stat().st_mode) == 0o600
        )
        again = cli("keys", "init")
        assert again.exit_code == 1
        assert "already exists" in again.stderr
        ok(cli("keys", "init", "--exist-ok"))

    def test_private_key_never_printed(self, cli, settings):
        out = ok(cli("keys", "init", "--json")).stdout
        pem = (settings.key_dir / "regulator.key").read_text()
        body = "".join(pem.splitlines()[1:-1])
        assert body not in out


class TestWorkflow:
    def test_issue_sign_submit_countersign_verify(self, cli, issued):
        d, cert_id = issued["dir"], str(issued["cert_id"])
        signed = sign(cli, issued)
        ok(cli("euc", "verify", str(signed), "--buyer-only"))
        assert cli("euc", "verify", str(signed)).exit_code == 1
        assert (
            as_json(cli("euc", "submit", str(signed), "--json"))["state"]
            == "buyer_signed"
        )
        assert (
            as_json(cli("euc", "countersign", cert_id, "--json"))["state"]
            == "countersigned"
        )
        ok(cli("euc", "export", cert_id, "--out", str(d / "final.json")))
        verified = ok(cli("euc", "verify", str(d / "final.json")))
        assert "valid" in verified.stdout
        assert "pinned" in verified.stdout
        status = as_json(cli("euc", "status", str(issued["licence_id"]), "--json"))
        assert status["signed_current"] is True

    def test_verify_without_pinned_key_warns(self, cli, issued, settings):
        d, cert_id = issued["dir"], str(issued["cert_id"])
        ok(cli("euc", "submit", str(sign(cli, issued))))
        ok(cli("euc", "countersign", cert_id))
        ok(cli("euc", "export", cert_id, "--out", str(d / "final.json")))
        (settings.key_dir / "regulator.pub").rename(d / "regulator.pub")
        assert "not pinned" in ok(cli("euc", "verify", str(d / "final.json"))).stdout
        assert (
            "pinned"
            in ok(
                cli(
                    "euc",
                    "verify",
                    str(d / "final.json"),
                    "--regulator-key",
                    str(d / "regulator.pub"),
                )
            ).stdout
        )

    def test_changed_byte_fails_with_reason_and_is_not_recorded(self, cli, issued):
        signed = sign(cli, issued)
        data = signed.read_bytes()
        at = data.index(b"6 years")
        signed.write_bytes(data[:at] + b"9" + data[at + 1 :])
        result = cli("euc", "verify", str(signed), "--buyer-only")
        assert result.exit_code == 1
        assert "buyer signature does not verify" in result.stderr
        assert cli("euc", "submit", str(signed)).exit_code == 1
        assert (
            as_json(cli("euc", "show", str(issued["cert_id"]), "--json"))["state"]
            == "issued"
        )

    def test_pinned_wrong_regulator_key_fails(self, cli, issued, tmp_path):
        ok(cli("euc", "submit", str(sign(cli, issued))))
        ok(cli("euc", "countersign", str(issued["cert_id"])))
        ok(
            cli(
                "euc",
                "export",
                str(issued["cert_id"]),
                "--out",
                str(tmp_path / "final.json"),
            )
        )
        ok(cli("keys", "generate", "--out", str(tmp_path / "other"), "--name", "other"))
        result = cli(
            "euc",
            "verify",
            str(tmp_path / "final.json"),
            "--regulator-key",
            str(tmp_path / "other" / "other.pub"),
        )
        assert result.exit_code == 1
        assert "pinned regulator key" in result.stderr

    def test_render_markdown_and_escaped_html(self, cli, issued):
        md = ok(cli("euc", "render", str(issued["cert_id"]), "--format", "md")).stdout
        assert "# Standard end-user certificate" in md
        assert "6 years or more" in md
        html = ok(
            cli("euc", "render", str(issued["cert_id"]), "--format", "html")
        ).stdout
        assert "&lt;b&gt;" in html
        assert "<b>" not in html

    def test_second_issue_is_refused(self, cli, issued):
        result = cli("euc", "issue", str(issued["licence_id"]))
        assert result.exit_code == 1
        assert "already exists" in result.stderr
        assert len(as_json(cli("euc", "list", "--json"))) == 1

    def test_bad_parameter_names_the_field(self, cli, make_licence):
        ok(cli("keys", "init"))
        result = cli(
            "euc", "issue", str(make_licence()), "--set", "serious_crime_min_years=six"
        )
        assert result.exit_code == 1
        assert "parameters.serious_crime_min_years" in result.stderr
        assert as_json(cli("euc", "list", "--json")) == []

    def test_export_refuses_to_overwrite(self, cli, issued):
        out = issued["dir"] / "x.json"
        out.write_text("keep")
        result = cli("euc", "export", str(issued["cert_id"]), "--out", str(out))
        assert result.exit_code == 1
        assert out.read_text() == "keep"

    def test_issue_without_regulator_key_says_how(self, cli, make_licence):
        result = cli("euc", "issue", str(make_licence()))
        assert result.exit_code == 1
        assert "enduse keys init" in result.stderr


class TestTemplates:
    def test_list_and_show(self, cli):
        rows = as_json(cli("euc", "template", "list", "--json"))
        assert [r["ref"] for r in rows] == ["standard-1"]
        shown = as_json(cli("euc", "template", "show", "standard-1", "--json"))
        assert shown["clauses"][0]["id"] == "non_government_end_user"

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            (
                lambda b: b["clauses"][1].update(id=b["clauses"][0]["id"]),
                "clauses.1.id",
            ),
            (lambda b: b["clauses"][2].update(effect="maybe"), "clauses.2.effect"),
            (
                lambda b: b["clauses"][3].update(text="within {days} days"),
                "clauses.3.text",
            ),
            (lambda b: b.update(version="1"), "version"),
            (lambda b: b.pop("title"), "title"),
        ],
    )
    def test_bad_template_names_the_field(self, cli, tmp_path, change, field):
        body = default_templates()[0].model_dump(mode="json")
        body["version"] = "2"
        change(body)
        (tmp_path / "t.json").write_text(json.dumps(body))
        result = cli("euc", "template", "issue", str(tmp_path / "t.json"))
        assert result.exit_code == 1
        assert field in result.stderr
        assert len(as_json(cli("euc", "template", "list", "--json"))) == 1

    def test_issue_new_version_marks_signed_licences(self, cli, issued, tmp_path):
        ok(cli("euc", "submit", str(sign(cli, issued))))
        ok(cli("euc", "countersign", str(issued["cert_id"])))
        body = default_templates()[0].model_dump(mode="json")
        body["version"] = "2"
        (tmp_path / "t2.json").write_text(json.dumps(body))
        out = as_json(
            cli("euc", "template", "issue", str(tmp_path / "t2.json"), "--json")
        )
        assert out["resign_required"] == [issued["licence_id"]]
        status = as_json(cli("euc", "status", str(issued["licence_id"]), "--json"))
        assert status["signed_current"] is True
        assert "re-signature of standard-2 required by" in status["reason"]
