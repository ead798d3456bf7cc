"""``geoapp serve`` on a store of n events: seconds until the first page answers, and RSS.

"Answers" means the page and its layout (``/_dash-layout``, which needs the
loaded view) both return 200, as a browser needs. Each run is a fresh server
process, measured twice: without the view's Parquet cache (the first start
after an ingest rebuilds the view from SQLite) and with it (every later start).
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench.common import (
    ROOT,
    Context,
    Row,
    at_most,
    fmt_seconds,
    main,
    rss_of,
)

TARGET_SECONDS = 15
TARGET_RSS_MB = 2048
TIMEOUT = 180


@contextmanager
def server(db: Path, *args: str) -> Iterator[tuple[str, float, subprocess.Popen]]:
    """A ``geoapp serve`` process on a free port (with extra ``args``): (base URL, seconds
    until ready, process)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "geoapp", "serve", "--db", str(db), "--port", str(port),
         "--tiles", "none", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        for path in ("/", "/_dash-layout") if "--auth" not in args else ("/geoapp/login",):
            _wait_for(url + path, proc, started)
        yield url, time.perf_counter() - started, proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_for(url: str, proc: subprocess.Popen, started: float) -> None:
    while time.perf_counter() - started < TIMEOUT:
        if proc.poll() is not None:
            raise RuntimeError(f"geoapp serve exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {TIMEOUT} s")


def run(ctx: Context) -> list[Row]:
    db = ctx.store_path()
    cache = Path(str(db) + ".view.parquet")
    starts: dict[str, list[tuple[float, float]]] = {"first start after an ingest": [],
                                                    "view cache current": []}
    for _ in range(ctx.runs):
        cache.unlink(missing_ok=True)
        for kind in starts:  # the first start rebuilds the cache the second one reads
            with server(db) as (_, ready, proc):
                starts[kind].append((ready, rss_of(proc.pid)[1]))
    return [_row(ctx.n, kind, runs) for kind, runs in starts.items()]


def _row(n: int, kind: str, runs: list[tuple[float, float]]) -> Row:
    ready = statistics.median(seconds for seconds, _ in runs)
    peak = max(rss for _, rss in runs)
    return Row(
        f"geoapp serve to first page ({kind})", n, f"{fmt_seconds(ready)}, RSS {peak:,.0f} MB",
        metrics={"seconds": ready, "rss_mb": peak},
        targets=(at_most("seconds", TARGET_SECONDS, f"≤ {TARGET_SECONDS} s"),
                 at_most("rss_mb", TARGET_RSS_MB, "RSS ≤ 2 GB")),
        peak_rss_mb=peak,
    )


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("serve_start", run, argv, runs=3)


if __name__ == "__main__":
    cli()
