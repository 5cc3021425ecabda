"""The log view: the latest checkpoint and whether it verifies; recent entries for the regulator."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response

from enduse.api.deps import PrincipalDep, SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.errors import EnduseError
from enduse.settings import Settings
from enduse.storage import Store, reports_repo, tlog_repo
from enduse.storage.tables.tlog import TlogCheckpoint
from enduse.tlog import service as tlog
from enduse.tlog.checkpoint import open_checkpoint
from enduse.tlog.keys import load_log_signer
from enduse.tlog.models import LogEntry, decode_leaf
from enduse.web.pages import render, see_other
from enduse.web.scope import may

router = APIRouter()

RECENT = 50


@dataclass(frozen=True)
class CheckpointCheck:
    """The latest checkpoint and what was checked about it just now."""

    checkpoint: TlogCheckpoint | None
    tree_size: int
    signature_valid: bool | None = None
    root_matches: bool | None = None
    problem: str | None = None

    @property
    def verified(self) -> bool:
        return bool(self.signature_valid and self.root_matches)


def check_latest(store: Store, settings: Settings) -> CheckpointCheck:
    """Verify the latest checkpoint's signature with the log key and recompute its root from
    the stored tree (O(log n) node reads; the full audit is ``enduse log audit``)."""
    size = tlog.tree_size(store)
    row = tlog_repo.latest_checkpoint(store.session)
    if row is None:
        return CheckpointCheck(None, size)
    try:
        verifier = load_log_signer(settings.key_dir, settings.regulator_name).verifier()
        cp = open_checkpoint(row.note, verifier, origin=verifier.name)
    except EnduseError as exc:
        return CheckpointCheck(row, size, False, None, exc.message)
    if cp.size > size:
        return CheckpointCheck(
            row, size, True, False, f"it covers {cp.size} entries, the log has {size}"
        )
    matches = tlog.root_at(store, cp.size) == cp.root
    return CheckpointCheck(
        row,
        size,
        True,
        matches,
        None if matches else "the stored tree no longer has the signed root",
    )


def _recent(store: Store) -> list[tuple[LogEntry, str | None]]:
    return [
        (decode_leaf(bytes(row.leaf)), row.ref)
        for row in reports_repo.recent_entries(store, RECENT)
    ]


@router.get("/log")
def log_view(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    principal: PrincipalDep,
    published: str = "",
) -> Response:
    show_entries = may(principal, "log.entry")  # entries carry target pseudonyms
    entries = _recent(store) if show_entries else []
    return render(
        request,
        "log/show.html",
        principal,
        check=check_latest(store, settings),
        entries=entries,
        show_entries=show_entries,
        published=published,
    )


@router.post("/log/checkpoint")
def log_publish(store: StoreDep, settings: SettingsDep) -> Response:
    """Sign a checkpoint of the current tree."""
    signer = load_log_signer(settings.key_dir, settings.regulator_name)
    row = tlog.publish_checkpoint(store, signer, now=utcnow())
    return see_other(f"/log?published={row.tree_size}")
