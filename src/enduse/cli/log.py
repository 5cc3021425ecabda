"""``enduse log``: the transparency log for auditors and the regulator.

``verify-*`` commands need no database: they exit 0 when valid, 1 when invalid (with the
reason) and 2 when the input is unusable.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress

from enduse.cli._common import (
    call,
    call_raw,
    console,
    print_json,
    remote,
    settings,
    store,
)
from enduse.clock import utcnow
from enduse.errors import InvalidInputError, VerificationError
from enduse.tlog import _merkle as merkle
from enduse.tlog import service
from enduse.tlog.checkpoint import parse_checkpoint
from enduse.tlog.keys import create_log_key, load_log_signer
from enduse.tlog.models import (
    ConsistencyProof,
    EntryOut,
    InclusionProof,
    parse_hex,
)
from enduse.tlog.note import NoteSigner, NoteVerifier, open_note

app = typer.Typer(
    help="The transparency log: checkpoints, proofs, offline verification, audit.",
    no_args_is_help=True,
)
_err = Console(stderr=True)

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
HexOpt = Annotated[str, typer.Option(help="32-byte hash, hex.", show_default=False)]
ProofOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--proof",
        help="Proof hash (hex), repeated in proof order; none for an empty proof.",
    ),
]


def _signer() -> NoteSigner:
    s = settings()
    return load_log_signer(s.key_dir, s.regulator_name)


@app.command()
def keygen(
    exist_ok: Annotated[
        bool, typer.Option("--exist-ok", help="Keep an existing key.")
    ] = False,
) -> None:
    """Create the regulator's Ed25519 log key (<key_dir>/log.key, mode 0600)."""
    path = create_log_key(settings().key_dir, exist_ok=exist_ok)
    console.print(
        f"log key at [bold]{path}[/bold]; verifier key: {_signer().verifier().vkey()}",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
def vkey() -> None:
    """Print the log's verifier key (name+hexid+base64) for auditors."""
    typer.echo(_signer().verifier().vkey())


@app.command()
def publish(
    every: Annotated[
        int | None,
        typer.Option(
            help="Keep running: publish every N seconds (when the log grew).", min=1
        ),
    ] = None,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch", help="Keep running at ENDUSE_TLOG_CHECKPOINT_INTERVAL_S."
        ),
    ] = False,
) -> None:
    """Sign a checkpoint of the current tree (refused if it would contradict the last one)."""
    signer = _signer()
    interval = every or (settings().tlog_checkpoint_interval_s if watch else None)
    while True:
        with store() as s:
            row = service.publish_checkpoint(s, signer, now=utcnow())
        console.print(
            f"checkpoint of {row.tree_size} entries, signed {row.signed_at:%Y-%m-%d %H:%M:%SZ}",
            highlight=False,
            soft_wrap=True,
        )
        if interval is None:
            return
        time.sleep(interval)


@app.command()
def checkpoint() -> None:
    """Print the latest signed checkpoint (a C2SP signed note)."""
    note = call_raw(
        "GET",
        "/v1/log/checkpoint",
        local=lambda s: service.latest_checkpoint(s).note.encode(),
    )
    typer.echo(note.decode(), nl=False)


@app.command("prove-inclusion")
def prove_inclusion(
    index: Annotated[int, typer.Argument(help="Entry index (0-based).")],
    size: Annotated[
        int | None, typer.Option(help="Tree size; default: the latest checkpoint's.")
    ] = None,
) -> None:
    """Print a JSON inclusion proof of entry INDEX."""
    proof = call(
        InclusionProof,
        "GET",
        "/v1/log/proof/inclusion",
        params={"index": index, "size": size},
        local=lambda s: service.inclusion_proof(s, index, size=size),
    )
    print_json(proof.model_dump())


@app.command("prove-consistency")
def prove_consistency(
    old: Annotated[int, typer.Argument(help="The older tree size (1 or more).")],
    new: Annotated[int, typer.Argument(help="The newer tree size.")],
) -> None:
    """Print a JSON consistency proof between tree sizes OLD and NEW."""
    proof = call(
        ConsistencyProof,
        "GET",
        "/v1/log/proof/consistency",
        params={"size1": old, "size2": new},
        local=lambda s: service.consistency_proof(s, old, new),
    )
    print_json(proof.model_dump())


def _unusable(exc: InvalidInputError) -> NoReturn:
    where = f"--{exc.field.replace('_', '-')}: " if exc.field else ""
    _err.print(
        f"[red]unusable input:[/red] {where}{exc.message}",
        highlight=False,
        soft_wrap=True,
    )
    raise typer.Exit(2)


def _check_lengths(proof: list[bytes], **hashes: bytes) -> None:
    """A hash of the wrong length cannot be part of a valid proof: invalid, with the reason."""
    for name, value in hashes.items():
        if len(value) != merkle.HASH_SIZE:
            raise VerificationError(
                f"{len(value)} bytes, not {merkle.HASH_SIZE}", field=name
            )
    for i, p in enumerate(proof):
        if len(p) != merkle.HASH_SIZE:
            raise VerificationError(
                f"proof hash {i} has {len(p)} bytes, not {merkle.HASH_SIZE}",
                field="proof",
            )


def _invalid(exc: VerificationError) -> NoReturn:
    _err.print(f"[red]invalid:[/red] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.command("verify-inclusion")
def verify_inclusion(
    index: Annotated[int, typer.Option(help="Entry index (0-based).", min=0)],
    size: Annotated[int, typer.Option(help="Tree size.", min=0)],
    leaf_hash: HexOpt,
    root: HexOpt,
    proof: ProofOpt = None,
) -> None:
    """Verify an inclusion proof offline (no database)."""
    try:
        leaf_b, root_b = (
            parse_hex(leaf_hash, field="leaf_hash"),
            parse_hex(root, field="root"),
        )
        path = [parse_hex(p, field="proof") for p in proof or []]
    except InvalidInputError as exc:
        _unusable(exc)
    try:
        _check_lengths(leaf_hash=leaf_b, root=root_b, proof=path)
        merkle.verify_inclusion(index, size, leaf_b, root_b, path)
    except VerificationError as exc:
        _invalid(exc)
    console.print(
        f"valid: entry {index} is in the tree of {size} entries with root {root_b.hex()}",
        highlight=False,
        soft_wrap=True,
    )


@app.command("verify-consistency")
def verify_consistency(
    size1: Annotated[int, typer.Option(help="Older tree size.", min=0)],
    size2: Annotated[int, typer.Option(help="Newer tree size.", min=0)],
    root1: HexOpt,
    root2: HexOpt,
    proof: ProofOpt = None,
) -> None:
    """Verify a consistency proof offline (no database)."""
    try:
        r1, r2 = parse_hex(root1, field="root1"), parse_hex(root2, field="root2")
        path = [parse_hex(p, field="proof") for p in proof or []]
    except InvalidInputError as exc:
        _unusable(exc)
    try:
        _check_lengths(root1=r1, root2=r2, proof=path)
        merkle.verify_consistency(size1, size2, r1, r2, path)
    except VerificationError as exc:
        _invalid(exc)
    console.print(
        f"valid: the tree of {size2} entries extends the tree of {size1}",
        highlight=False,
        soft_wrap=True,
    )


@app.command("verify-note")
def verify_note(
    file: Annotated[
        Path,
        typer.Argument(
            help="The signed note ('-' for standard input).", allow_dash=True
        ),
    ],
    key: Annotated[
        list[str],
        typer.Option("--key", help="Verifier key name+hexid+base64; repeatable."),
    ],
) -> None:
    """Verify any C2SP signed note (e.g. a checkpoint) offline against verifier keys."""
    try:
        verifiers = [NoteVerifier.from_vkey(k) for k in key]
        data = (
            typer.get_binary_stream("stdin").read()
            if str(file) == "-"
            else file.read_bytes()
        )
    except InvalidInputError as exc:
        _unusable(exc)
    except OSError as exc:
        _err.print(
            f"[red]unusable input:[/red] FILE: {exc.strerror or exc}",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None
    try:
        note = open_note(data, verifiers)
    except VerificationError as exc:
        _invalid(exc)
    names = ", ".join(f"{s.name}+{s.key_id:08x}" for s in note.signatures)
    console.print(f"valid: signed by {names}", highlight=False, soft_wrap=True)
    try:
        cp = parse_checkpoint(note.text)
    except VerificationError:
        return
    console.print(
        f"checkpoint: origin {cp.origin}, {cp.size} entries, root {cp.root.hex()}",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
def audit(as_json: Json = False) -> None:
    """Re-read every entry, recompute the tree, check stored nodes and every checkpoint."""
    verifier = _signer().verifier()
    with store() as s:
        total = service.tree_size(s)
        with Progress(
            console=_err, transient=True, disable=as_json or total < 10_000
        ) as bar:
            task = bar.add_task("auditing", total=total)
            report = service.audit(s, verifier, progress=lambda n: bar.advance(task, n))
    if as_json:
        print_json(report.to_dict())
    elif report.ok:
        console.print(
            f"[green]audit passed[/green]: {report.entries_checked} entries, {report.nodes_checked} nodes, "
            f"{report.checkpoints_checked} checkpoints",
            highlight=False,
            soft_wrap=True,
        )
    else:
        for p in report.problems:
            _err.print(
                f"[red]FAIL[/red] {'index ' + str(p.index) + ': ' if p.index is not None else ''}{p.message}",
                highlight=False,
                soft_wrap=True,
            )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def entry(
    index: Annotated[int, typer.Argument(help="Entry index (0-based).")],
    public: Annotated[
        bool,
        typer.Option("--public", help="Only what the public sees (no record pointer)."),
    ] = False,
    as_json: Json = False,
) -> None:
    """Show entry INDEX; with the regulator's database also the record behind it (``ref``,
    resolved through ``enduse.tlog.records`` and checked against the leaf's digest). In remote
    mode only what the API shows (the public view)."""
    api = remote()
    if api is not None:
        try:
            raw = api.request("GET", f"/v1/log/entries/{index}").content
        finally:
            api.close()
        data = EntryOut.model_validate_json(raw).model_dump(mode="json")
    else:
        with store() as s:
            data = service.get_entry(s, index, with_record=not public).model_dump(
                mode="json"
            )
    if public:
        for key in ("ref", "record", "record_status"):
            data.pop(key, None)
    if as_json:
        print_json(data)
        return
    for k, v in data.pop("leaf").items():
        console.print(f"[bold]{k}[/bold]: {v}", highlight=False, soft_wrap=True)
    console.print(
        f"[bold]leaf_hash[/bold]: {data['leaf_hash']}", highlight=False, soft_wrap=True
    )
    if "ref" in data:
        status = _RECORD_STATUS.get(data["record_status"] or "", "")
        console.print(
            f"[bold]record[/bold] (regulator only): {data['ref'] or '(none)'}{status}",
            highlight=False,
            soft_wrap=True,
        )
        if data["record"] is not None:
            print_json(data["record"])


_RECORD_STATUS = {
    "matches": " [green](matches the logged digest)[/green]",
    "differs": " [red](DIFFERS from the logged digest)[/red]",
    "unchecked": " (no logged digest to check it against)",
    "missing": " [red](no such record)[/red]",
    "no_resolver": " (no resolver registered for this kind of record)",
}
