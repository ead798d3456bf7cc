"""`geoapp serve` as a subprocess on a free loopback port, for tests that need the real server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def serving(db: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`geoapp serve` on ``db`` until the block ends; yields its loopback URL and process.

    Ready means the first page answers (after following a sign-in redirect, if any).
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(serve_args(db, port, *args), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.poll() is not None else ""
                    pytest.fail(f"geoapp serve did not start on {url}:\n{output}")
                time.sleep(0.3)
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
