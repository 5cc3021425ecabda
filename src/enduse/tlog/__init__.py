"""The transparency log: every decision on the record, provably append-only.

RFC 9162 Merkle tree (``_merkle``), C2SP signed notes and checkpoints (``note``,
``checkpoint``), entries as RFC 8785 canonical JSON with keyed target pseudonyms (``models``),
the regulator's log key (``keys``) and the operations on the database (``service``).
"""

from enduse.tlog._merkle import (
    EMPTY_ROOT,
    hash_children,
    hash_leaf,
    verify_consistency,
    verify_inclusion,
)
from enduse.tlog.checkpoint import Checkpoint, open_checkpoint, parse_checkpoint
from enduse.tlog.keys import create_log_key, load_log_signer
from enduse.tlog.models import (
    ConsistencyProof,
    EntryDraft,
    EntryKind,
    InclusionProof,
    LogEntry,
    digest_of,
    pseudonymise,
)
from enduse.tlog.note import NoteSigner, NoteVerifier, open_note
from enduse.tlog.service import append_batch, append_entries, append_entry

__all__ = [
    "EMPTY_ROOT",
    "Checkpoint",
    "ConsistencyProof",
    "EntryDraft",
    "EntryKind",
    "InclusionProof",
    "LogEntry",
    "NoteSigner",
    "NoteVerifier",
    "append_batch",
    "append_entries",
    "append_entry",
    "create_log_key",
    "digest_of",
    "hash_children",
    "hash_leaf",
    "load_log_signer",
    "open_checkpoint",
    "open_note",
    "parse_checkpoint",
    "pseudonymise",
    "verify_consistency",
    "verify_inclusion",
]
