"""`geoapp serve` as a subprocess on a free loopback port, for tests that need the real server."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

START_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_args(db: Path, port: int, *args: str) -> list[str]:
    return [sys.executable, "-m", "geoapp", "serve", "--db", str(db), "--port", str(port),
            "--tiles", "none", *args]


@dataclass
class Served:
    """A running `geoapp serve`: where it answers, its process, and the file its output goes to.

    The output goes to a file rather than a pipe: a pipe nobody reads fills up and blocks a
    server that logs a lot.
    """

    url: str
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@contextmanager
def serving(db: Path, *args: str) -> Iterator[Served]:
    """`geoapp serve` on ``db`` until the block ends.

    Ready means the first page answers (after following a sign-in redirect, if any).
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="geoapp-serve-") as tmp:
        log = Path(tmp) / "serve.log"
        with log.open("w") as sink:
            process = subprocess.Popen(serve_args(db, port, *args), stdout=sink,
                                       stderr=subprocess.STDOUT, text=True)
        served = Served(url, process, log)
        try:
            _wait_until_ready(served)
            yield served
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _wait_until_ready(served: Served) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            with urllib.request.urlopen(served.url + "/", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if served.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"geoapp serve did not start on {served.url}:\n{served.output()}")
            time.sleep(0.3)
