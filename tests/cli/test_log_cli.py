"""``enduse log``: proofs, offline verification (exit 0 valid / 1 invalid / 2 unusable),
checkpoints, audit and entries."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete

from enduse.storage.tables import TlogEntry
from enduse.tlog import service
from enduse.tlog.models import EntryDraft, digest_of
from enduse.tlog.records import (
    Record,
    register_record_resolver,
    unregister_record_resolver,
)

VECTORS = json.loads(
    (Path(__file__).parents[1] / "assets" / "tlog" / "rfc6962_vectors.json").read_text()
)
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def proof_args(proof):
    return [a for p in proof for a in ("--proof", p)]


def inclusion_args(v):
    return [
        "log", "verify-inclusion", "--index", str(v["index"]), "--size", str(v["tree_size"]),
        "--leaf-hash", v["leaf_hash_hex"], "--root", v["root_hex"], *proof_args(v["proof_hex"]),
    ]  # fmt: skip


def consistency_args(v):
    return [
        "log", "verify-consistency", "--size1", str(v["size1"]), "--size2", str(v["size2"]),
        "--root1", v["root1_hex"], "--root2", v["root2_hex"], *proof_args(v["proof_hex"]),
    ]  # fmt: skip


def usable(v, *keys):
    return all(len(v[k]) == 64 for k in keys) and v.get("index", 0) < 2**63


INCLUSION_SAMPLE = [
    v for v in VECTORS["inclusion"] if usable(v, "leaf_hash_hex", "root_hex")
][::6]
CONSISTENCY_SAMPLE = [
    v for v in VECTORS["consistency"] if usable(v, "root1_hex", "root2_hex")
][::6]


@pytest.mark.parametrize(
    "v", INCLUSION_SAMPLE, ids=lambda v: f"{v['desc']}-{v['index']}-{v['tree_size']}"
)
def test_verify_inclusion_vector_sample(cli, v):
    result = cli(*inclusion_args(v))
    assert result.exit_code == (0 if v["valid"] else 1), result.output
    assert ("valid:" if v["valid"] else "invalid:") in result.output


@pytest.mark.parametrize(
    "v", CONSISTENCY_SAMPLE, ids=lambda v: f"{v['desc']}-{v['size1']}-{v['size2']}"
)
def test_verify_consistency_vector_sample(cli, v):
    result = cli(*consistency_args(v))
    assert result.exit_code == (0 if v["valid"] else 1), result.output


def test_samples_hold_valid_and_invalid_cases():
    for sample in (INCLUSION_SAMPLE, CONSISTENCY_SAMPLE):
        assert {v["valid"] for v in sample} == {True, False}


@pytest.mark.parametrize("v", VECTORS["notes"][::3], ids=lambda v: v["desc"])
def test_verify_note_vector_sample(cli, v, tmp_path):
    path = tmp_path / "note"
    path.write_bytes(v["signed_note"].encode())
    result = cli("log", "verify-note", str(path), "--key", v["verifier_key"])
    assert result.exit_code == (0 if v["valid"] else 1), result.output


def test_verify_note_prints_checkpoint_fields(cli, tmp_path):
    v = VECTORS["checkpoints"][0]
    (tmp_path / "cp").write_text(v["checkpoint"])
    result = cli("log", "verify-note", str(tmp_path / "cp"), "--key", v["verifier_key"])
    assert result.exit_code == 0
    assert f"{v['tree_size']} entries, root {v['root_hex']}" in result.output


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--leaf-hash", "zz", "--root", "00" * 32], "--leaf-hash"),
        (["--leaf-hash", "00" * 32, "--root", "00" * 32, "--proof", "xyz"], "--proof"),
    ],
)
def test_bad_hex_is_unusable_input_naming_the_option(cli, args, field):
    result = cli("log", "verify-inclusion", "--index", "0", "--size", "1", *args)
    assert result.exit_code == 2
    assert field in result.output


def test_hash_of_the_wrong_length_is_invalid_with_the_reason(cli):
    result = cli(
        "log",
        "verify-inclusion",
        "--index",
        "0",
        "--size",
        "1",
        "--leaf-hash",
        "00" * 32,
        "--root",
        "00" * 31,
    )
    assert result.exit_code == 1
    assert "root: 31 bytes, not 32" in result.output


def test_negative_index_is_unusable_input(cli):
    result = cli(
        "log",
        "verify-inclusion",
        "--index",
        "-1",
        "--size",
        "1",
        "--leaf-hash",
        "00" * 32,
        "--root",
        "00" * 32,
    )
    assert result.exit_code == 2
    assert "--index" in result.output


def test_unreadable_note_and_bad_key_are_unusable_input(cli, tmp_path):
    assert (
        cli(
            "log",
            "verify-note",
            str(tmp_path / "nope"),
            "--key",
            VECTORS["notes"][0]["verifier_key"],
        ).exit_code
        == 2
    )
    (tmp_path / "n").write_text(VECTORS["notes"][0]["signed_note"])
    result = cli("log", "verify-note", str(tmp_path / "n"), "--key", "not-a-key")
    assert result.exit_code == 2
    assert "--key" in result.output


@pytest.mark.usefixtures("log")
class TestWithALog:
    @pytest.fixture
    def log(self, cli, db):
        assert cli("log", "keygen").exit_code == 0
        with db.store() as s:
            service.append_entries(
                s,
                [
                    EntryDraft(licence_id=1, kind="tasking_decision", decision="deny", clause_ids=["euc.4"],
                               targets=[f"tel:+4915{i}"], ref=f"tasking_request:{i}")
                    for i in range(11)
                ],
                now=T0,
            )  # fmt: skip
        assert cli("log", "publish").exit_code == 0
        return db

    def test_checkpoint_verifies_offline_with_the_published_key(self, cli, tmp_path):
        note = cli("log", "checkpoint").stdout
        assert note.splitlines()[:2] == ["enduse.example/regulator", "11"]
        (tmp_path / "cp").write_text(note)
        vkey = cli("log", "vkey").stdout.strip()
        result = cli("log", "verify-note", str(tmp_path / "cp"), "--key", vkey)
        assert result.exit_code == 0, result.output

    def test_inclusion_proof_round_trips_through_offline_verification(self, cli):
        proof = json.loads(cli("log", "prove-inclusion", "7").stdout)
        assert set(proof) == {"index", "tree_size", "leaf_hash", "root", "proof"}
        result = cli(*inclusion_args({
            "index": proof["index"], "tree_size": proof["tree_size"], "leaf_hash_hex": proof["leaf_hash"],
            "root_hex": proof["root"], "proof_hex": proof["proof"],
        }))  # fmt: skip
        assert result.exit_code == 0, result.output

    def test_consistency_proof_round_trips_through_offline_verification(self, cli):
        proof = json.loads(cli("log", "prove-consistency", "3", "11").stdout)
        assert set(proof) == {"size1", "size2", "root1", "root2", "proof"}
        result = cli(
            *consistency_args(
                {f"{k}_hex" if k.startswith("root") else k: v for k, v in proof.items()}
                | {"proof_hex": proof["proof"]}
            )
        )
        assert result.exit_code == 0, result.output

    def test_index_out_of_range_names_the_field(self, cli):
        result = cli("log", "prove-inclusion", "11")
        assert result.exit_code == 1
        assert "index" in result.stderr
        assert "11 entries" in result.stderr

    def test_consistency_from_zero_is_refused(self, cli):
        result = cli("log", "prove-consistency", "0", "5")
        assert result.exit_code == 1
        assert "size1" in result.stderr

    def test_audit_passes_then_fails_at_the_deleted_index(self, cli, log):
        assert cli("log", "audit").exit_code == 0
        with log.store() as s:
            s.session.execute(delete(TlogEntry).where(TlogEntry.sequence == 4))
        result = cli("log", "audit", "--json")
        assert result.exit_code == 1
        assert json.loads(result.stdout)["first_bad_index"] == 4

    def test_entry_shows_leaf_and_record_pointer_but_public_view_hides_it(self, cli):
        shown = json.loads(cli("log", "entry", "2", "--json").stdout)
        assert shown["ref"] == "tasking_request:2"
        assert shown["leaf"]["decision"] == "deny"
        public = json.loads(cli("log", "entry", "2", "--public", "--json").stdout)
        assert "ref" not in public
        assert "4915" not in json.dumps(public)

    def test_keygen_refuses_to_replace_the_key(self, cli):
        assert cli("log", "keygen").exit_code == 1
        assert cli("log", "keygen", "--exist-ok").exit_code == 0


def test_checkpoint_before_any_is_not_found(cli):
    result = cli("log", "checkpoint")
    assert result.exit_code == 1
    assert "enduse log publish" in result.stderr


def test_publish_without_a_key_says_how_to_make_one(cli):
    result = cli("log", "publish")
    assert result.exit_code == 1
    assert "enduse log keygen" in result.stderr


@pytest.fixture
def test_records():
    """A record kind of this test's own, resolved through the hook the gate registers into."""
    data = {"1": {"request": "locate", "n": 1}}
    register_record_resolver(
        "test_record",
        lambda _store, key: Record(data[key], "request") if key in data else None,
    )
    yield data
    unregister_record_resolver("test_record")


def test_entry_shows_the_record_behind_it_checked_against_the_logged_digest(
    cli, db, test_records
):
    logged = digest_of(test_records["1"])
    with db.store() as s:
        service.append_entries(
            s,
            [
                EntryDraft(licence_id=1, kind="tasking_decision", decision="permit",
                           digests={"request": logged}, ref=ref)
                for ref in ("test_record:1", "test_record:2", "unregistered_kind:1", None)
            ],
            now=T0,
        )  # fmt: skip

    def shown(index: int, *flags: str) -> dict:
        result = cli("log", "entry", str(index), "--json", *flags)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert shown(0)["record"] == test_records["1"]
    assert shown(0)["record_status"] == "matches"
    assert "matches the logged digest" in cli("log", "entry", "0").stdout
    assert set(shown(0, "--public")) == {"index", "leaf", "leaf_hash"}
    assert [shown(i)["record_status"] for i in (1, 2, 3)] == [
        "missing",
        "no_resolver",
        None,
    ]
    test_records["1"]["n"] = 2  # the record was changed after it was logged
    assert shown(0)["record_status"] == "differs"
