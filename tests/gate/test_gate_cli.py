"""``enduse gate eval`` on a small fixture file (tests/assets/gate/small.jsonl: 4 labelled lines,
one line with an unknown capability, one truncated line)."""

from __future__ import annotations

import json
from pathlib import Path

ASSET = Path(__file__).resolve().parents[1] / "assets" / "gate" / "small.jsonl"


def test_eval_writes_one_decision_per_valid_line_and_reports_bad_lines(cli, tmp_path):
    out = tmp_path / "decisions.jsonl"
    result = cli("gate", "eval", str(ASSET), "--out", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["fx-1", "fx-2", "fx-3", "fx-4"]
    assert set(lines[0]) == {"id", "decision", "clauses", "reasons"}
    assert "line 5 (fx-5): licence.capabilities.0" in result.output
    assert "line 6: invalid JSON" in result.output
    assert "decision accuracy 100.0%" in result.output
    assert "false permits 0" in result.output


def test_eval_json_summary(cli):
    result = cli("gate", "eval", str(ASSET), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert summary["labelled"] == 4
    assert summary["accuracy"] == 1.0
    assert summary["clause_exact_match"] == 1.0
    assert summary["false_permits"] == 0
    assert summary["confusion"]["deny"]["deny"] == 2
    assert [e["line"] for e in summary["invalid_lines"]] == [5, 6]


def test_eval_counts_false_permits(cli, tmp_path):
    line = json.loads(ASSET.read_text().splitlines()[0])
    line["expected"] = {"decision": "deny", "clauses": ["expression_not_crime"]}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line) + "\n")
    summary = json.loads(cli("gate", "eval", str(path), "--json").stdout)["summary"]
    assert summary["false_permits"] == 1
    assert summary["false_permit_ids"] == ["fx-1"]


def test_eval_of_unusable_input_exits_non_zero(cli, tmp_path):
    missing = cli("gate", "eval", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 1
    assert "file" in missing.stderr
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n")
    result = cli("gate", "eval", str(junk))
    assert result.exit_code == 1
    assert "no line" in result.stderr
