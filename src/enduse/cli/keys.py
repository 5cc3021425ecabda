"""``enduse keys``: the regulator's keypair and buyers' offline keypairs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from enduse.cli._common import console, print_json, settings
from enduse.errors import ConflictError
from enduse.keys import (
    REGULATOR,
    KeyFiles,
    generate_keypair,
    load_public_key,
    private_key_path,
)
from enduse.tlog.keys import create_log_key, log_key_path

app = typer.Typer(
    help="Ed25519 keys: the regulator's, and buyers' own.", no_args_is_help=True
)

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _data(files: KeyFiles) -> dict[str, object]:
    return {
        "private_key": str(files.private_path),
        "public_key": str(files.public_path),
        "fingerprint": files.fingerprint,
        "created": files.created,
    }


def _show(files: KeyFiles, *, as_json: bool, verb: str) -> None:
    data = _data(files)
    if as_json:
        print_json(data)
    else:
        console.print(
            f"{verb} [bold]{files.private_path}[/bold] (0600) and {files.public_path}\nfingerprint {files.fingerprint}"
        )


@app.command()
def init(
    exist_ok: Annotated[
        bool,
        typer.Option("--exist-ok", help="Keep an existing keypair instead of failing."),
    ] = False,
    as_json: Json = False,
) -> None:
    """Create the regulator's keys in ENDUSE_KEY_DIR: the signing keypair (regulator.key 0600,
    regulator.pub) for certificates and tokens, and the log key (log.key 0600) for checkpoints."""
    key_dir = settings().key_dir
    if not exist_ok:
        for path in (private_key_path(key_dir, REGULATOR), log_key_path(key_dir)):
            if path.exists():
                raise ConflictError(
                    f"{path} already exists; use --exist-ok to keep it", field="key_dir"
                )
    files = generate_keypair(key_dir, REGULATOR, exist_ok=exist_ok)
    log_key = log_key_path(key_dir)
    log_created = not log_key.exists()
    create_log_key(key_dir, exist_ok=exist_ok)
    if as_json:
        print_json(
            {
                "regulator": _data(files),
                "log_key": {"private_key": str(log_key), "created": log_created},
            }
        )
        return
    _show(files, as_json=False, verb="created" if files.created else "kept existing")
    console.print(
        f"{'created' if log_created else 'kept existing'} [bold]{log_key}[/bold] (0600), the log's checkpoint key"
    )


@app.command()
def generate(
    out: Annotated[
        Path,
        typer.Option(
            "--out", help="Directory to write NAME.key (0600) and NAME.pub into."
        ),
    ],
    name: Annotated[str, typer.Option(help="File name stem.")] = "buyer",
    as_json: Json = False,
) -> None:
    """Make a keypair offline (a buyer's); register only the .pub with `enduse euc register-key`."""
    _show(generate_keypair(out, name), as_json=as_json, verb="created")


@app.command()
def show(as_json: Json = False) -> None:
    """Print the regulator's public key fingerprint."""
    from enduse.keys import fingerprint, public_key_hex, public_key_path

    cfg = settings()
    key = load_public_key(cfg.key_dir, REGULATOR)
    data = {
        "public_key_file": str(public_key_path(cfg.key_dir, REGULATOR)),
        "public_key": public_key_hex(key),
        "fingerprint": fingerprint(key),
    }
    if as_json:
        print_json(data)
    else:
        console.print(f"{data['public_key_file']}\nfingerprint {data['fingerprint']}")
