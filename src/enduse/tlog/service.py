"""The log's operations on the project database: append, prove, publish, audit.

``append_entry`` runs inside the caller's transaction (the gate records a decision and its log
entry in one commit, so an acknowledged decision is always in the log). It locks the sequencer
row first (see ``storage.tlog_repo.lock_state``), so concurrent appenders queue and the sequence
never has a gap, a duplicate or a fork. An append writes one entry and the perfect-subtree nodes
it completes (two on average, ``log2 n + 1`` at most) and reads none: the frontier lives in the
sequencer row. Proofs read O(log n) nodes; nothing loads the whole tree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from enduse.clock import ensure_utc
from enduse.errors import (
    ConflictError,
    EnduseError,
    InvalidInputError,
    NotFoundError,
    VerificationError,
)
from enduse.storage import Store
from enduse.storage import tlog_repo as repo
from enduse.storage.tables.tlog import TlogCheckpoint
from enduse.tlog import _merkle as merkle
from enduse.tlog import records
from enduse.tlog.checkpoint import Checkpoint, open_checkpoint
from enduse.tlog.models import (
    LEAF_VERSION,
    ConsistencyProof,
    EntryDraft,
    EntryPrivate,
    InclusionProof,
    LogEntry,
    decode_leaf,
    digest_of,
    encode_leaf,
    format_time,
    pseudonymise,
)
from enduse.tlog.note import NoteSigner, NoteVerifier


def append_entry(store: Store, draft: EntryDraft, *, now: datetime) -> LogEntry:
    """Append one entry in the caller's transaction and return it (``sequence`` is its index)."""
    return append_entries(store, [draft], now=now)[0]


def append_entries(
    store: Store, drafts: Sequence[EntryDraft], *, now: datetime
) -> list[LogEntry]:
    """Append entries in order, in the caller's transaction, under one sequencer lock, and
    return them."""
    now = ensure_utc(now, field="now")
    pseudonyms: list[list[str]] = []
    first = _append(store, drafts, now, pseudonyms)
    return [
        LogEntry.model_construct(  # NOTE: fields come from validated EntryDrafts
            v=LEAF_VERSION,
            sequence=first + i,
            time=now,
            licence_id=draft.licence_id,
            kind=draft.kind,
            decision=draft.decision,
            clause_ids=list(draft.clause_ids),
            target_pseudonyms=pseudonyms[i],
            digests=dict(draft.digests),
        )
        for i, draft in enumerate(drafts)
    ]


def append_batch(store: Store, drafts: Sequence[EntryDraft], *, now: datetime) -> range:
    """``append_entries`` for bulk writers (imports, back-fills, enforcement sweeps): the
    same entries, the same guarantees, but only their sequence numbers come back, so no
    per-entry Python object is built."""
    now = ensure_utc(now, field="now")
    first = _append(store, drafts, now, None)
    return range(first, first + len(drafts))


def _append(
    store: Store,
    drafts: Sequence[EntryDraft],
    now: datetime,
    pseudonyms_out: list[list[str]] | None,
) -> int:
    """The append itself; returns the first sequence number. All hashing is done in Python
    first (leaf encoding, leaf hashes, the nodes each leaf completes), then entries and nodes
    are written with one DB-API ``executemany`` each: four statements per batch whatever its
    size (lock, entries, nodes, state) plus one query for the licences' pseudonym secrets."""
    session = store.session
    state = repo.lock_state(session)
    frontier, size = state.frontier, state.tree_size
    first = size
    secrets = repo.pseudonym_secrets(
        session, {d.licence_id for d in drafts if d.targets}, now=now
    )
    time_text = format_time(now)
    rows: list[tuple[int, bytes, int, str, str | None]] = []
    nodes: list[tuple[merkle.Node, bytes]] = []
    for draft in drafts:
        if draft.targets:
            secret = secrets[draft.licence_id]
            pseudonyms = sorted({pseudonymise(secret, t) for t in draft.targets})
        else:
            pseudonyms = []
        kind = str(draft.kind)
        # Fields of a validated EntryDraft; encode_leaf falls back to full RFC 8785 for
        # anything unusual, so the leaf is canonical whatever a caller slipped in.
        leaf = encode_leaf(
            {
                "v": LEAF_VERSION,
                "sequence": size,
                "time": time_text,
                "licence_id": draft.licence_id,
                "kind": kind,
                "decision": draft.decision,
                "clause_ids": draft.clause_ids,
                "target_pseudonyms": pseudonyms,
                "digests": draft.digests,
            }
        )
        nodes += merkle.append_to_frontier(frontier, size, merkle.hash_leaf(leaf))
        rows.append((size, leaf, draft.licence_id, kind, draft.ref))
        if pseudonyms_out is not None:
            pseudonyms_out.append(pseudonyms)
        size += 1
    repo.insert_entries(session, rows, logged_at=now)
    repo.insert_nodes(session, nodes)
    repo.save_state(session, repo.State(size, frontier), now=now)
    return first


def tree_size(store: Store) -> int:
    return repo.read_state(store.session).tree_size


def _reader(store: Store) -> merkle.NodeReader:
    def read(nodes: Sequence[merkle.Node]) -> dict[merkle.Node, bytes]:
        found = repo.read_nodes(store.session, nodes)
        missing = [n for n in nodes if n not in found]
        if missing:
            raise ConflictError(
                f"the log's node store lacks node(s) {missing}: run `enduse log audit`",
                field="tree",
            )
        return found

    return read


def root_at(store: Store, size: int) -> bytes:
    """The root of the tree of the first ``size`` entries."""
    return merkle.tree_root(size, _reader(store))


def get_entry(store: Store, index: int, *, with_record: bool = False) -> EntryPrivate:
    """Entry ``index`` with its leaf hash and the private ``ref`` (callers decide who sees
    it); ``with_record`` also resolves the ref to its record (``enduse.tlog.records``) and
    checks it against the leaf's digest."""
    row = repo.get_entry(store.session, index)
    if row is None or index >= tree_size(store):
        raise NotFoundError(f"log entry {index} does not exist", field="index")
    leaf = bytes(row.leaf)
    entry = decode_leaf(leaf)
    shown = EntryPrivate(
        index=index,
        leaf=entry.leaf_object(),
        leaf_hash=merkle.hash_leaf(leaf).hex(),
        ref=row.ref,
    )
    if not with_record or row.ref is None:
        return shown
    kind = (records.split_ref(row.ref) or ("", ""))[0]
    if kind not in records.record_kinds():
        return shown.model_copy(update={"record_status": "no_resolver"})
    record = records.resolve_record(store, row.ref)
    if record is None:
        return shown.model_copy(update={"record_status": "missing"})
    logged = entry.digests.get(record.digest_key or "")
    status = (
        "unchecked"
        if logged is None
        else ("matches" if digest_of(record.data) == logged else "differs")
    )
    return shown.model_copy(update={"record": record.data, "record_status": status})


def inclusion_proof(
    store: Store, index: int, *, size: int | None = None
) -> InclusionProof:
    """Proof that entry ``index`` is in the tree of ``size`` entries (default: the latest
    signed checkpoint's size, so the root it ends in is one the log has signed)."""
    current = tree_size(store)
    if index < 0:
        raise InvalidInputError("must be 0 or more", field="index")
    if index >= current:
        raise InvalidInputError(
            f"entry {index} does not exist: the log has {current} entries",
            field="index",
        )
    if size is None:
        latest = repo.latest_checkpoint(store.session)
        signed = latest.tree_size if latest else 0
        if index >= signed:
            raise InvalidInputError(
                f"entry {index} is not covered by a signed checkpoint yet (the latest covers {signed} entries): "
                "publish one (`enduse log publish`) or name a tree size",
                field="size",
            )
        size = signed
    if size > current:
        raise InvalidInputError(
            f"the log has only {current} entries, not {size}", field="size"
        )
    if index >= size:
        raise InvalidInputError(
            f"entry {index} is not in the tree of {size} entries", field="index"
        )
    # One read for the proof, the leaf and the root: O(log n) nodes in one query.
    ranges = merkle.inclusion_ranges(index, size)
    *proof, leaf_hash, root = merkle.resolve(
        [*ranges, (index, index + 1), (0, size)], _reader(store)
    )
    return InclusionProof(
        index=index,
        tree_size=size,
        leaf_hash=leaf_hash.hex(),
        root=root.hex(),
        proof=[p.hex() for p in proof],
    )


def consistency_proof(store: Store, size1: int, size2: int) -> ConsistencyProof:
    """Proof that the tree of ``size2`` entries extends the tree of ``size1`` entries.
    A proof from size 0 is refused: it would prove nothing."""
    current = tree_size(store)
    if size1 < 1:
        raise InvalidInputError(
            "a consistency proof from an empty tree proves nothing; use 1 or more",
            field="size1",
        )
    if size2 > current:
        raise InvalidInputError(
            f"the log has only {current} entries, not {size2}", field="size2"
        )
    if size2 < size1:
        raise InvalidInputError(
            f"must not be smaller than size1 ({size1})", field="size2"
        )
    ranges = merkle.consistency_ranges(size1, size2)
    *proof, root1, root2 = merkle.resolve(
        [*ranges, (0, size1), (0, size2)], _reader(store)
    )
    return ConsistencyProof(
        size1=size1,
        size2=size2,
        root1=root1.hex(),
        root2=root2.hex(),
        proof=[p.hex() for p in proof],
    )


def check_inclusion(proof: InclusionProof) -> None:
    """Verify a proof in the JSON format; VerificationError with the reason if it fails."""
    merkle.verify_inclusion(
        proof.index,
        proof.tree_size,
        bytes.fromhex(proof.leaf_hash),
        bytes.fromhex(proof.root),
        [bytes.fromhex(p) for p in proof.proof],
    )


def check_consistency(proof: ConsistencyProof) -> None:
    merkle.verify_consistency(
        proof.size1,
        proof.size2,
        bytes.fromhex(proof.root1),
        bytes.fromhex(proof.root2),
        [bytes.fromhex(p) for p in proof.proof],
    )


# -- checkpoints -------------------------------------------------------------------------------


def latest_checkpoint(store: Store) -> TlogCheckpoint:
    row = repo.latest_checkpoint(store.session)
    if row is None:
        raise NotFoundError(
            "no checkpoint has been published yet: run `enduse log publish`",
            field="checkpoint",
        )
    return row


def checkpoint_size(store: Store) -> int | None:
    """How many entries the latest checkpoint covers (None before the first)."""
    row = repo.latest_checkpoint(store.session)
    return None if row is None else row.tree_size


def publish_checkpoint(
    store: Store, signer: NoteSigner, *, now: datetime
) -> TlogCheckpoint:
    """Sign and store a checkpoint of the current tree, unless the latest one already covers
    it. Refuses (ConflictError) to sign anything the latest checkpoint is not a prefix of: the
    log never signs two inconsistent checkpoints."""
    now = ensure_utc(now, field="now")
    session = store.session
    state = repo.lock_state(
        session
    )  # no append can slip in between reading and signing
    size, root = state.tree_size, merkle.root_from_frontier(state.frontier)
    if root_at(store, size) != root:
        raise ConflictError(
            "the node store and the sequencer disagree on the root: refusing to sign (run `enduse log audit`)",
            field="tree",
        )
    latest = repo.latest_checkpoint(session)
    if latest is not None:
        old = open_checkpoint(latest.note, signer.verifier(), origin=signer.name)
        if old.size > size:
            raise ConflictError(
                f"the log has {size} entries but checkpoint {old.size} was signed: refusing to sign",
                field="tree",
            )
        if old.size == size:
            if old.root != root:
                raise ConflictError(
                    f"the tree of {size} entries no longer has its signed root: refusing to sign",
                    field="tree",
                )
            return latest
        if old.size > 0:
            try:
                merkle.verify_consistency(
                    old.size,
                    size,
                    old.root,
                    root,
                    merkle.prove_consistency(old.size, size, _reader(store)),
                )
            except VerificationError as exc:
                raise ConflictError(
                    f"the tree is not consistent with checkpoint {old.size} ({exc.message}): refusing to sign",
                    field="tree",
                ) from None
    note = Checkpoint(signer.name, size, root).sign(signer)
    return repo.add_checkpoint(
        session, tree_size=size, root=root, note=note, signed_at=now
    )


# -- audit ---------------------------------------------------------------------------------


@dataclass
class Problem:
    """One finding: ``index`` is the entry it concerns (None for a checkpoint-wide finding)."""

    index: int | None
    message: str


@dataclass
class AuditReport:
    tree_size: int = 0
    entries_checked: int = 0
    nodes_checked: int = 0
    checkpoints_checked: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_bad_index(self) -> int | None:
        indices = [p.index for p in self.problems if p.index is not None]
        return min(indices) if indices else None

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "tree_size": self.tree_size,
            "entries_checked": self.entries_checked,
            "nodes_checked": self.nodes_checked,
            "checkpoints_checked": self.checkpoints_checked,
            "first_bad_index": self.first_bad_index,
            "problems": [
                {"index": p.index, "message": p.message} for p in self.problems
            ],
        }


def audit(
    store: Store,
    verifier: NoteVerifier,
    *,
    progress: Callable[[int], None] | None = None,
    chunk: int = 4096,
    max_problems: int = 100,
) -> AuditReport:
    """Re-read every entry, recompute the tree, and check it against the stored nodes and every
    checkpoint issued. A changed, removed or reordered row is reported with its index.

    Memory stays O(chunk + log n): entries and nodes are read in index ranges.
    """
    session = store.session
    state = repo.read_state(session)
    report = AuditReport(tree_size=state.tree_size)
    checkpoints = repo.list_checkpoints(session)
    signed: dict[int, bytes] = {}
    for row in checkpoints:
        try:
            cp = open_checkpoint(row.note, verifier, origin=verifier.name)
        except EnduseError as exc:
            report.problems.append(
                Problem(None, f"checkpoint {row.tree_size}: {exc.message}")
            )
            continue
        if cp.size != row.tree_size or cp.root != bytes(row.root):
            report.problems.append(
                Problem(
                    None,
                    f"checkpoint {row.tree_size}: its row does not match its signed note",
                )
            )
        if cp.size > state.tree_size:
            report.problems.append(
                Problem(
                    None,
                    f"checkpoint {cp.size} covers more entries than the log's {state.tree_size}",
                )
            )
        signed[cp.size] = cp.root
    if 0 in signed and signed[0] != merkle.EMPTY_ROOT:
        report.problems.append(
            Problem(None, "checkpoint 0 does not sign the empty tree's root")
        )

    def add(index: int | None, message: str) -> None:
        if len(report.problems) < max_problems:
            report.problems.append(Problem(index, message))

    # 1. entries against their leaf nodes; recompute the tree from the leaves.
    frontier: list[bytes] = []
    bad: set[int] = set()  # indices of bad nodes at the level last checked
    for start in range(0, state.tree_size, chunk):
        end = min(start + chunk, state.tree_size)
        rows = {int(r.sequence): r for r in repo.entry_range(session, start, end)}
        leaves = repo.node_range(session, 0, start, end)
        for i in range(start, end):
            stored = leaves.get(i)
            recomputed = _check_entry(i, rows.get(i), add)
            if stored is None:
                add(i, f"entry {i}: its leaf node is missing")
            elif recomputed is not None and recomputed != stored:
                add(
                    i,
                    f"entry {i}: its content does not hash to the logged leaf (changed)",
                )
            leaf_hash = recomputed or stored or b"\x00" * merkle.HASH_SIZE
            merkle.append_to_frontier(frontier, i, leaf_hash)
            if i + 1 in signed and merkle.root_from_frontier(frontier) != signed[i + 1]:
                add(
                    None,
                    f"checkpoint {i + 1}: the recomputed tree has a different root",
                )
        report.entries_checked = end
        if progress:
            progress(end - start)
    extra = repo.count_entries_from(session, state.tree_size)
    if extra:
        add(
            state.tree_size,
            f"{extra} entry row(s) beyond the log's size {state.tree_size}",
        )
    if frontier != state.frontier:
        add(None, "the sequencer's frontier does not match the recomputed tree")
    report.checkpoints_checked = len(signed)

    # 2. every stored interior node is the hash of its two children.
    # A parent of a node already found bad is not reported again (one finding per change).
    level = 1
    while (1 << level) <= state.tree_size:
        count = state.tree_size >> level
        bad_here: set[int] = set()
        for start in range(0, count, chunk):
            end = min(start + chunk, count)
            children = repo.node_range(session, level - 1, 2 * start, 2 * end)
            parents = repo.node_range(session, level, start, end)
            for i in range(start, end):
                left, right, node = (
                    children.get(2 * i),
                    children.get(2 * i + 1),
                    parents.get(i),
                )
                first, last = i << level, ((i + 1) << level) - 1
                if 2 * i in bad or 2 * i + 1 in bad:
                    bad_here.add(i)
                elif node is None or left is None or right is None:
                    bad_here.add(i)
                    add(
                        first,
                        f"node ({level}, {i}) over entries {first}-{last} is missing",
                    )
                elif merkle.hash_children(left, right) != node:
                    bad_here.add(i)
                    add(
                        first,
                        f"node ({level}, {i}) over entries {first}-{last} is wrong",
                    )
            report.nodes_checked += end - start
        bad = bad_here
        level += 1
    return report


def _check_entry(
    index: int, row: object | None, add: Callable[[int | None, str], None]
) -> bytes | None:
    """The recomputed leaf hash of a row, reporting what is wrong with it; None if unusable."""
    if row is None:
        add(index, f"entry {index}: the row is missing (removed)")
        return None
    leaf = bytes(row.leaf)  # type: ignore[attr-defined]  # NOTE: a Row of tlog_entries
    try:
        entry = decode_leaf(leaf)
    except VerificationError as exc:
        add(index, f"entry {index}: {exc.message}")
        return merkle.hash_leaf(leaf)
    if entry.sequence != index:
        add(
            index,
            f"entry {index}: its leaf says sequence {entry.sequence} (moved or swapped)",
        )
    if (entry.licence_id, str(entry.kind), format_time(entry.time)) != (
        row.licence_id,  # type: ignore[attr-defined]  # NOTE: a Row of tlog_entries
        row.kind,  # type: ignore[attr-defined]
        format_time(row.logged_at),  # type: ignore[attr-defined]
    ):
        add(index, f"entry {index}: its columns do not match its leaf")
    return merkle.hash_leaf(leaf)
