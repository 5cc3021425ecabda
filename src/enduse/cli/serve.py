"""``enduse serve`` and ``enduse demo``."""

from __future__ import annotations

from typing import Annotated

import typer

from enduse.cli._common import console, settings


def serve(
    host: Annotated[
        str | None, typer.Option(help="Bind address (default ENDUSE_HOST).")
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port (default ENDUSE_PORT).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the API (migrate first with `enduse db upgrade`)."""
    import uvicorn

    cfg = settings()
    console.print(
        f"serving enduse on http://{host or cfg.host}:{port or cfg.port} (docs at /docs)"
    )
    uvicorn.run(
        "enduse.api.app:create_app",
        factory=True,
        host=host or cfg.host,
        port=port or cfg.port,
        workers=workers,
    )


def demo() -> None:
    """Load the demonstration world into the configured database (see `make demo`)."""
    from enduse.demo import load_demo

    cfg = settings()
    for line in load_demo(cfg):
        console.print(line)
    base = f"http://{cfg.host}:{cfg.port}"
    console.print(
        f"look at: {base}/docs (API; log in with POST /v1/auth/login, or send a token from "
        "`enduse tokens create admin`), {base}/healthz; `enduse licence list`, `enduse licence show 1`"
    )
