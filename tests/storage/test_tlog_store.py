"""The log on a real database (SQLite, or PostgreSQL with ENDUSE_TEST_BACKEND=postgres):
appends, proofs, checkpoints, tamper-evidence, and several threads and OS processes appending
at once (the sequencer lock: a no-op UPDATE on SQLite, SELECT ... FOR UPDATE on PostgreSQL)."""

import json
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import rfc8785
from sqlalchemy import delete, select, text, update

from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.storage import Database, tlog_repo
from enduse.storage.tables import TlogEntry, TlogNode, TlogPseudonymSecret
from enduse.tlog import _merkle as merkle
from enduse.tlog import service
from enduse.tlog.models import EntryDraft
from enduse.tlog.note import generate_signer
from tests.conftest import BACKEND

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ORIGIN = "enduse.example/regulator"
SRC = Path(__file__).parents[2] / "src"


def draft(i: int = 0, **kw) -> EntryDraft:
    fields = {
        "licence_id": 1 + i % 3,
        "kind": "tasking_decision",
        "decision": "permit" if i % 2 else "deny",
        "clause_ids": [f"euc.{i % 5}"],
        "targets": [f"tel:+49151{i % 7:07d}"],
        "ref": f"tasking_request:{i}",
    }
    return EntryDraft(**(fields | kw))


def fill(db, n: int, *, start: int = 0) -> None:
    with db.store() as s:
        service.append_entries(s, [draft(i) for i in range(start, start + n)], now=T0)


@pytest.fixture
def signer():
    return generate_signer(ORIGIN)


class TestAppend:
    def test_sequence_numbers_follow_the_appends(self, db):
        with db.store() as s:
            first = service.append_entry(s, draft(0), now=T0)
            rest = service.append_entries(s, [draft(1), draft(2)], now=T0)
        assert [first.sequence, *(e.sequence for e in rest)] == [0, 1, 2]
        with db.store() as s:
            assert service.tree_size(s) == 3

    def test_append_rolls_back_with_the_callers_transaction(self, db):
        fill(db, 2)

        def decide_and_fail() -> None:
            with db.store() as s:
                service.append_entry(s, draft(5), now=T0)
                raise RuntimeError("the decision could not be recorded")

        with pytest.raises(RuntimeError):
            decide_and_fail()
        with db.store() as s:
            assert service.tree_size(s) == 2
            assert service.append_entry(s, draft(6), now=T0).sequence == 2

    def test_stored_leaf_has_pseudonyms_and_no_plain_target(self, db):
        fill(db, 1)
        with db.store() as s:
            leaf = s.session.scalar(
                select(TlogEntry.leaf).where(TlogEntry.sequence == 0)
            )
            secret = s.session.scalar(
                select(TlogPseudonymSecret.secret).where(
                    TlogPseudonymSecret.licence_id == 1
                )
            )
        assert b"49151" not in leaf
        assert secret is not None
        assert secret not in leaf
        assert secret.hex().encode() not in leaf

    def test_same_target_same_licence_links_other_licence_does_not(self, db):
        with db.store() as s:
            a = service.append_entry(
                s, draft(0, licence_id=1, targets=["tel:+1"]), now=T0
            )
            b = service.append_entry(
                s, draft(1, licence_id=1, targets=["tel:+1"]), now=T0
            )
            c = service.append_entry(
                s, draft(2, licence_id=2, targets=["tel:+1"]), now=T0
            )
        assert a.target_pseudonyms == b.target_pseudonyms != c.target_pseudonyms

    def test_naive_time_is_refused(self, db):
        with pytest.raises(InvalidInputError), db.store() as s:
            service.append_entry(s, draft(), now=datetime(2026, 1, 1))  # noqa: DTZ001 -- the point of the test

    def test_batch_append_writes_what_single_appends_write(self, db):
        drafts = [draft(i) for i in range(37)]
        with db.store() as s:
            assert service.append_batch(s, drafts, now=T0) == range(37)
            batched = _dump(s)
        with db.store() as s:  # the same entries, one append each, on an emptied log
            s.session.execute(delete(TlogEntry))
            s.session.execute(delete(TlogNode))
            tlog_repo.save_state(s.session, tlog_repo.State(0, []), now=T0)
        for d in drafts:
            with db.store() as s:
                service.append_entry(s, d, now=T0)
        with db.store() as s:
            assert _dump(s) == batched

    def test_leaf_with_unusual_text_is_still_rfc8785(self, db):
        odd = EntryDraft.model_construct(  # bypasses validation, as a careless caller might
            licence_id=1, kind="tasking_decision", decision='d\u00e9ny "x"\n',
            clause_ids=[], targets=[], digests={}, ref=None,
        )  # fmt: skip
        with db.store() as s:
            service.append_entry(s, odd, now=T0)
            leaf = s.session.scalar(select(TlogEntry.leaf))
        assert leaf == bytes(rfc8785.dumps(json.loads(leaf)))

    def test_stored_nodes_are_the_perfect_subtrees(self, db):
        fill(db, 13)
        with db.store() as s:
            rows = s.session.execute(select(TlogNode.level, TlogNode.idx)).all()
        assert len(rows) == 13 + 6 + 3 + 1  # levels 0..3 of a 13-leaf tree


class TestProofs:
    def test_every_entry_is_provable_at_every_tree_size(self, db):
        leaves = []
        with db.store() as s:
            for i in range(18):
                leaves.append(service.append_entry(s, draft(i), now=T0).leaf_hash())
        with db.store() as s:
            for size in range(1, 19):
                root = merkle.root_of(leaves[:size])
                assert service.root_at(s, size) == root
                for index in range(size):
                    proof = service.inclusion_proof(s, index, size=size)
                    assert proof.leaf_hash == leaves[index].hex()
                    assert proof.root == root.hex()
                    service.check_inclusion(proof)

    def test_consistency_between_any_two_sizes(self, db):
        fill(db, 13)
        with db.store() as s:
            for size2 in range(1, 14):
                for size1 in range(1, size2 + 1):
                    service.check_consistency(
                        service.consistency_proof(s, size1, size2)
                    )

    def test_default_size_is_the_latest_checkpoint(self, db, signer):
        fill(db, 5)
        with db.store() as s:
            with pytest.raises(InvalidInputError) as exc:
                service.inclusion_proof(s, 1)
            assert exc.value.field == "size"
            service.publish_checkpoint(s, signer, now=T0)
        fill(db, 3, start=5)
        with db.store() as s:
            assert service.inclusion_proof(s, 1).tree_size == 5

    @pytest.mark.parametrize(
        ("index", "size", "field"),
        [(-1, 3, "index"), (9, None, "index"), (1, 9, "size"), (4, 3, "index")],
    )
    def test_out_of_range_inclusion_request_names_the_field(
        self, db, index, size, field
    ):
        fill(db, 5)
        with pytest.raises(InvalidInputError) as exc, db.store() as s:
            service.inclusion_proof(s, index, size=size)
        assert exc.value.field == field

    @pytest.mark.parametrize(
        ("size1", "size2", "field"), [(0, 3, "size1"), (2, 9, "size2"), (4, 3, "size2")]
    )
    def test_bad_consistency_request_names_the_field(self, db, size1, size2, field):
        fill(db, 5)
        with pytest.raises(InvalidInputError) as exc, db.store() as s:
            service.consistency_proof(s, size1, size2)
        assert exc.value.field == field

    def test_missing_entry_is_not_found(self, db):
        with pytest.raises(NotFoundError), db.store() as s:
            service.get_entry(s, 0)


class TestSerialisation:
    def test_second_appender_waits_for_the_first_to_commit(self, db, settings):
        """The sequencer lock is held to the end of the appender's transaction: a second
        appender (its own connection) gets the next index only after the first commits."""
        other = Database(settings.database_url)
        locked, events, seen = threading.Event(), [], []

        def second() -> None:
            locked.wait(10)
            with other.store() as s:
                seen.append(service.append_entry(s, draft(1), now=T0).sequence)
            events.append("second appended")

        thread = threading.Thread(target=second)
        thread.start()
        with db.store() as s:
            seen.append(service.append_entry(s, draft(0), now=T0).sequence)
            locked.set()
            time.sleep(0.3)  # the second appender is now waiting for the lock
            events.append("first commits")
        thread.join(30)
        other.dispose()
        assert events == ["first commits", "second appended"]
        assert seen == [0, 1]

    @pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite query plan")
    def test_proof_node_reads_are_primary_key_lookups(self, db):
        fill(db, 40)
        with db.store() as s:
            conn = s.session.connection()
            stmt = tlog_repo._read_nodes_stmt(3)
            sql = str(stmt.compile(dialect=conn.dialect))
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, (0, 1, 1, 2, 3, 0)
            ).all()
        details = " | ".join(str(row[-1]) for row in plan)
        assert "SCAN" not in details
        assert "PRIMARY KEY" in details


class TestCheckpoints:
    def test_publish_signs_the_current_tree_once(self, db, signer):
        fill(db, 4)
        with db.store() as s:
            first = service.publish_checkpoint(s, signer, now=T0)
            again = service.publish_checkpoint(s, signer, now=T0 + timedelta(minutes=5))
        assert first.id == again.id
        assert first.note.startswith(f"{ORIGIN}\n4\n")

    def test_checkpoint_over_a_rewritten_tree_is_refused(self, db, signer):
        fill(db, 4)
        with db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)
        fill(db, 3, start=4)
        with (
            db.store() as s
        ):  # rewrite history: entries 0-3 replaced, nodes and frontier recomputed
            state = tlog_repo.read_state(s.session)
            forged = [b"\x00" * 32, *state.frontier[1:]]
            s.session.execute(
                update(TlogNode)
                .where(TlogNode.level == 2, TlogNode.idx == 0)
                .values(hash=forged[0])
            )
            tlog_repo.save_state(
                s.session, tlog_repo.State(state.tree_size, forged), now=T0
            )
        with pytest.raises(ConflictError, match="not consistent"), db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)

    def test_checkpoint_is_refused_when_nodes_and_sequencer_disagree(self, db, signer):
        fill(db, 6)
        with db.store() as s:
            s.session.execute(
                update(TlogNode)
                .where(TlogNode.level == 2, TlogNode.idx == 0)
                .values(hash=b"\x00" * 32)
            )
        with pytest.raises(ConflictError, match="disagree"), db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)

    def test_checkpoint_of_a_shrunk_tree_is_refused(self, db, signer):
        fill(db, 4)
        with db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)
            s.session.execute(text("UPDATE tlog_state SET tree_size = 3"))
        with pytest.raises(ConflictError), db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)


class TestAudit:
    @pytest.fixture
    def audited(self, db, signer):
        fill(db, 20)
        with db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)
        fill(db, 5, start=20)
        with db.store() as s:
            service.publish_checkpoint(s, signer, now=T0)
            assert service.audit(s, signer.verifier()).ok
        return db

    def report(self, db, signer):
        with db.store() as s:
            return service.audit(s, signer.verifier(), chunk=7)

    def test_changed_row_is_reported_at_its_index(self, audited, signer):
        with audited.store() as s:
            leaf = s.session.scalar(
                select(TlogEntry.leaf).where(TlogEntry.sequence == 11)
            )
            s.session.execute(
                update(TlogEntry)
                .where(TlogEntry.sequence == 11)
                .values(leaf=leaf.replace(b'"permit"', b'"deny"'))
            )
        report = self.report(audited, signer)
        assert not report.ok
        assert report.first_bad_index == 11

    def test_deleted_row_is_reported_at_its_index(self, audited, signer):
        with audited.store() as s:
            s.session.execute(delete(TlogEntry).where(TlogEntry.sequence == 7))
        report = self.report(audited, signer)
        assert report.first_bad_index == 7
        assert "missing" in report.problems[0].message

    def test_swapped_rows_are_reported_at_the_first_index(self, audited, signer):
        with audited.store() as s:
            a = s.session.scalar(select(TlogEntry.leaf).where(TlogEntry.sequence == 3))
            b = s.session.scalar(select(TlogEntry.leaf).where(TlogEntry.sequence == 15))
            s.session.execute(
                update(TlogEntry).where(TlogEntry.sequence == 3).values(leaf=b)
            )
            s.session.execute(
                update(TlogEntry).where(TlogEntry.sequence == 15).values(leaf=a)
            )
        report = self.report(audited, signer)
        assert report.first_bad_index == 3
        assert {p.index for p in report.problems} >= {3, 15}

    def test_rewritten_entry_and_nodes_still_fail_against_the_signed_checkpoints(
        self, audited, signer
    ):
        """An insider rewrites entry 2 and recomputes every node and the frontier consistently."""
        with audited.store() as s:
            leaf = s.session.scalar(
                select(TlogEntry.leaf).where(TlogEntry.sequence == 2)
            )
            s.session.execute(
                update(TlogEntry)
                .where(TlogEntry.sequence == 2)
                .values(leaf=leaf.replace(b'"deny"', b'"permit"'))
            )
            leaves = [
                merkle.hash_leaf(r)
                for r in s.session.scalars(
                    select(TlogEntry.leaf).order_by(TlogEntry.sequence)
                )
            ]
            s.session.execute(delete(TlogNode))
            frontier: list[bytes] = []
            for i, h in enumerate(leaves):
                tlog_repo.insert_nodes(
                    s.session, merkle.append_to_frontier(frontier, i, h)
                )
            tlog_repo.save_state(
                s.session, tlog_repo.State(len(leaves), frontier), now=T0
            )
        report = self.report(audited, signer)
        assert not report.ok
        assert any("checkpoint 20" in p.message for p in report.problems)

    def test_tampered_interior_node_is_reported(self, audited, signer):
        with audited.store() as s:
            s.session.execute(
                update(TlogNode)
                .where(TlogNode.level == 2, TlogNode.idx == 3)
                .values(hash=b"\x01" * 32)
            )
        report = self.report(audited, signer)
        assert report.first_bad_index == 12


def _dump(store) -> tuple[list, list, tlog_repo.State]:
    entries = store.session.execute(
        select(TlogEntry.sequence, TlogEntry.leaf, TlogEntry.licence_id, TlogEntry.kind,
               TlogEntry.logged_at, TlogEntry.ref).order_by(TlogEntry.sequence)
    ).all()  # fmt: skip
    nodes = store.session.execute(
        select(TlogNode.level, TlogNode.idx, TlogNode.hash).order_by(TlogNode.level, TlogNode.idx)
    ).all()  # fmt: skip
    return (
        [tuple(r) for r in entries],
        [tuple(r) for r in nodes],
        tlog_repo.read_state(store.session),
    )


WORKER = """
import sys
from datetime import UTC, datetime
from enduse.storage import Database
from enduse.tlog import service
from enduse.tlog.models import EntryDraft
import time
from pathlib import Path
url, worker, count, gate = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
db = Database(url)
(gate.parent / f"ready-{worker}").touch()
while not gate.exists():  # start appending together, so the appends really contend
    time.sleep(0.01)
for i in range(count):
    with db.store() as s:
        service.append_entry(s, EntryDraft(licence_id=1 + worker, kind="tasking_decision", decision="permit",
                                           targets=[f"tel:+{worker}{i}"], ref=f"w{worker}:{i}"),
                             now=datetime.now(UTC))
db.dispose()
"""


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_several_processes_appending_leave_no_gap_duplicate_or_fork(
    db, settings, signer, tmp_path
):
    workers, each = 3, 20
    env = os.environ | {"PYTHONPATH": str(SRC)}
    gate = tmp_path / "go"
    procs = [
        subprocess.Popen(  # noqa: S603 -- our own interpreter running our own worker
            [
                sys.executable,
                "-c",
                WORKER,
                settings.database_url,
                str(w),
                str(each),
                str(gate),
            ],
            env=env,
        )
        for w in range(workers)
    ]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < workers and time.monotonic() < deadline:
        time.sleep(0.05)
    gate.touch()
    assert [p.wait(timeout=110) for p in procs] == [0] * workers
    with db.store() as s:
        assert service.tree_size(s) == workers * each
        rows = s.session.execute(
            select(TlogEntry.sequence, TlogEntry.ref).order_by(TlogEntry.sequence)
        ).all()
        assert [r.sequence for r in rows] == list(range(workers * each))
        assert sorted(r.ref for r in rows) == sorted(
            f"w{w}:{i}" for w in range(workers) for i in range(each)
        )
        service.publish_checkpoint(s, signer, now=T0)
        report = service.audit(s, signer.verifier())
    assert report.ok, report.problems


def test_log_rows_are_append_only_through_the_orm(db):
    fill(db, 2)
    with db.store() as s:
        row = s.session.get(TlogEntry, 1)
        row.ref = "tasking_request:999"
        with pytest.raises(ConflictError):
            s.flush()
        s.session.rollback()
    with db.store() as s:
        s.session.delete(s.session.get(TlogNode, (0, 0)))
        with pytest.raises(ConflictError):
            s.flush()
        s.session.rollback()
    with db.store() as s:
        assert s.session.get(TlogEntry, 1).ref == "tasking_request:1"
        assert service.audit(s, generate_signer(ORIGIN).verifier()).ok
