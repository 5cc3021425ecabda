"""A real API server (uvicorn on a loopback port) for tests that need one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import enduse
from enduse.auth import Role
from enduse.storage import Database
from tests.auth_helpers import bearer, make_token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``uvicorn <app> --factory`` (default ``enduse.api.app:create_app``) with the test's
    settings; ``kill()`` is SIGKILL. ``token``/``headers``: a regulator admin's API token,
    made in the test's database."""

    def __init__(
        self,
        settings,
        *,
        workers: int = 1,
        env: dict[str, str] | None = None,
        app: str = "enduse.api.app:create_app",
    ) -> None:
        self.settings, self.workers, self.extra = settings, workers, env or {}
        self.app = app
        db = Database(settings.database_url)
        try:
            self.token = make_token(db, Role.REGULATOR_ADMIN)
        finally:
            db.dispose()
        self.headers = bearer(self.token)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        src = str(Path(enduse.__file__).resolve().parents[1])  # the code under test
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                [src, *filter(None, [os.environ.get("PYTHONPATH")])]
            ),
            "ENDUSE_DATABASE_URL": self.settings.database_url,
            "ENDUSE_KEY_DIR": str(self.settings.key_dir),
            **self.extra,
        }
        self.proc = subprocess.Popen(  # noqa: S603 -- our own server, fixed arguments
            [
                sys.executable,
                "-m",
                "uvicorn",
                self.app,
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the API server did not start")

    def kill(self) -> None:
        """SIGKILL, no shutdown: what a crash looks like."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=20)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
