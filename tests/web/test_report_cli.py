"""``enduse report licence``: the compliance report in the terminal, as JSON and as PDF."""

from __future__ import annotations

import json

import pypdf

from tests.web.world import build_world


def test_the_cli_writes_a_pdf_with_the_licence_figures(cli, db, settings, tmp_path):
    world = build_world(db, settings)
    out = tmp_path / "report.pdf"
    result = cli("report", "licence", str(world.licence_a), "--pdf", str(out))
    assert result.exit_code == 0, result.output
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert f"Compliance report: licence {world.licence_a}" in text
    assert "Gate decided refer 1" in text
    again = cli("report", "licence", str(world.licence_a), "--pdf", str(out))
    assert again.exit_code == 1
    assert "already exists" in again.output


def test_the_cli_prints_json_without_targets_or_text(cli, db, settings):
    world = build_world(db, settings)
    result = cli("report", "licence", str(world.licence_a), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["statistics"]["decisions"] == {"permit": 1, "deny": 0, "refer": 1}
    assert data["statistics"]["clauses"] == {"protected_person": 1}
    assert data["checkpoint"]["entries_covered"] == data["checkpoint"]["entries_total"]
    assert [a["type"] for a in data["actions"]] == ["warn"]
    assert "journalist" not in result.output


def test_an_unknown_licence_names_the_field(cli):
    result = cli("report", "licence", "999")
    assert result.exit_code == 1
    assert "licence_id" in result.output
