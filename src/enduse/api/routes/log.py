"""The transparency log for auditors: checkpoints, proofs, entries, verification."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field

from enduse.api.deps import SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.errors import InvalidInputError, VerificationError
from enduse.settings import Settings
from enduse.tlog import service
from enduse.tlog.checkpoint import parse_checkpoint
from enduse.tlog.keys import load_log_signer
from enduse.tlog.models import ConsistencyProof, EntryOut, InclusionProof, VerifyResult
from enduse.tlog.note import NoteSigner, NoteVerifier, open_note

router = APIRouter(prefix="/log", tags=["log"])

NOTE_MEDIA = "text/plain; charset=utf-8"
_NOTE_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {NOTE_MEDIA: {"schema": {"type": "string"}}},
        "description": "A C2SP signed note",
    }
}


def _signer(settings: Settings) -> NoteSigner:
    return load_log_signer(settings.key_dir, settings.regulator_name)


class LogInfo(BaseModel):
    origin: str
    tree_size: int
    checkpoint_size: int | None


class NoteCheck(BaseModel):
    note: str = Field(description="The signed note, as text.")
    keys: list[str] = Field(
        min_length=1, description="Verifier keys name+hexid+base64."
    )


class NoteResult(VerifyResult):
    signers: list[str] = Field(default_factory=list)
    checkpoint: dict[str, Any] | None = None


@router.get("")
def log_info(store: StoreDep, settings: SettingsDep) -> LogInfo:
    """The log's origin, its size, and the size its latest checkpoint covers."""
    return LogInfo(
        origin=settings.regulator_name,
        tree_size=service.tree_size(store),
        checkpoint_size=service.checkpoint_size(store),
    )


@router.get("/key", responses=_NOTE_RESPONSE, response_model=None)
def verifier_key(settings: SettingsDep) -> PlainTextResponse:
    """The log's verifier key (name+hexid+base64)."""
    return PlainTextResponse(
        _signer(settings).verifier().vkey() + "\n", media_type=NOTE_MEDIA
    )


@router.get("/checkpoint", responses=_NOTE_RESPONSE, response_model=None)
def latest_checkpoint(store: StoreDep) -> PlainTextResponse:
    """The latest signed checkpoint (C2SP tlog-checkpoint in a signed note)."""
    return PlainTextResponse(
        service.latest_checkpoint(store).note, media_type=NOTE_MEDIA
    )


@router.post("/checkpoint", responses=_NOTE_RESPONSE, response_model=None)
def publish_checkpoint(store: StoreDep, settings: SettingsDep) -> PlainTextResponse:
    """Sign a checkpoint of the current tree (the latest one if nothing was appended since)."""
    return PlainTextResponse(
        service.publish_checkpoint(store, _signer(settings), now=utcnow()).note,
        media_type=NOTE_MEDIA,
    )


@router.get("/entries/{index}")
def show_entry(index: int, store: StoreDep) -> EntryOut:
    """An entry as the public sees it: its leaf (canonical JSON) and leaf hash."""
    shown = service.get_entry(store, index)
    return EntryOut(index=shown.index, leaf=shown.leaf, leaf_hash=shown.leaf_hash)


@router.get("/proof/inclusion")
def prove_inclusion(
    store: StoreDep,
    index: Annotated[int, Query(ge=0, description="Entry index (0-based).")],
    size: Annotated[
        int | None,
        Query(ge=1, description="Tree size; default: the latest checkpoint's."),
    ] = None,
) -> InclusionProof:
    return service.inclusion_proof(store, index, size=size)


@router.get("/proof/consistency")
def prove_consistency(
    store: StoreDep,
    size1: Annotated[int, Query(description="Older tree size (1 or more).")],
    size2: Annotated[int, Query(description="Newer tree size.")],
) -> ConsistencyProof:
    return service.consistency_proof(store, size1, size2)


@router.post("/verify/inclusion")
def verify_inclusion(body: InclusionProof) -> VerifyResult:
    """Check an inclusion proof (no database): ``valid`` with the reason when false."""
    try:
        service.check_inclusion(body)
    except VerificationError as exc:
        return VerifyResult(valid=False, reason=exc.message, field=exc.field)
    return VerifyResult(valid=True)


@router.post("/verify/consistency")
def verify_consistency(body: ConsistencyProof) -> VerifyResult:
    try:
        service.check_consistency(body)
    except VerificationError as exc:
        return VerifyResult(valid=False, reason=exc.message, field=exc.field)
    return VerifyResult(valid=True)


@router.post("/verify/note")
def verify_note(body: NoteCheck) -> NoteResult:
    """Check a C2SP signed note against verifier keys; a checkpoint's fields come back parsed."""
    verifiers = []
    for i, key in enumerate(body.keys):
        try:
            verifiers.append(NoteVerifier.from_vkey(key))
        except InvalidInputError as exc:
            raise InvalidInputError(exc.message, field=f"keys.{i}") from None
    try:
        note = open_note(body.note, verifiers)
    except VerificationError as exc:
        return NoteResult(valid=False, reason=exc.message, field=exc.field)
    result = NoteResult(
        valid=True, signers=[f"{s.name}+{s.key_id:08x}" for s in note.signatures]
    )
    try:
        cp = parse_checkpoint(note.text)
    except VerificationError:
        return result
    result.checkpoint = {
        "origin": cp.origin,
        "tree_size": cp.size,
        "root": cp.root.hex(),
    }
    return result


@router.get("/audit")
def audit(store: StoreDep, settings: SettingsDep) -> dict[str, object]:
    """Re-read every entry and check the tree and every checkpoint (long on a big log)."""
    return service.audit(store, _signer(settings).verifier()).to_dict()
