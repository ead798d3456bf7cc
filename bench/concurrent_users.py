"""50 signed-in dashboard users moving the time slider at once, against ``serve --workers 2``.

The demo data (UCDP sample and the Kursk report) is served by a real ``geoapp serve
--auth --workers 2`` (gunicorn). Each virtual user signs in through the form, loads
the page's layout, then moves a 90-day window across the data :data:`MOVES` times
(``--runs``),
pausing 1–3 s between moves (a person looks at the map between moves); a move sends every server
callback the slider feeds at once, with the State the page holds, as the renderer
does (see :mod:`bench.slider`). A move's latency is until its last answer; any
answer other than 200 is an error. The users run as threads in
:data:`PROCESSES` load-generator processes on the same 2 cores as the server,
so the figures include the generator's own load.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import Context, Row, at_most, cpu_seconds, main, rss_of
from bench.dash_client import DashClient
from bench.serve_start import server
from bench.slider import SLIDER, move, slider_callbacks, windows

USERS = 50
PROCESSES = 5
MOVES = 20
THINK_SECONDS = (1.0, 3.0)
SIGN_IN_SECONDS = 300  # at most, for every user to sign in and load the page
WORKERS = 2
TARGET_P95_MS = 300
MARGIN = 0.9  # within 10% of the target counts as failing
NAME, PASSWORD = "bench", "bench passphrase"


def demo_store(work: Path) -> Path:
    """The bundled demo data in a store with one account, built once under ``work``."""
    from geoapp.demo import load_demo
    from geoapp.server.passwords import hash_password
    from geoapp.store import open_store

    path = work / "demo-team.db"
    if not path.exists():
        building = work / "demo-team.building.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(building) + suffix).unlink(missing_ok=True)
        store = open_store(building)
        load_demo(store)
        store.add_user(NAME, "viewer", hash_password(PASSWORD))
        store.close()
        building.replace(path)
    return path


def _user(url: str, seed: int, moves: int, ready: Any) -> tuple[list[float], int]:
    """One person: sign in and load the page, wait at ``ready`` (a barrier every user and the
    bench pass), then move the slider; (latencies in ms, errors)."""
    rng = random.Random(seed)
    client = DashClient(url)
    try:
        client.sign_in(NAME, PASSWORD)
        values, deps = slider_callbacks(client)
    except Exception:  # noqa: BLE001 (could not even sign in: every move failed)
        ready.wait()
        client.close()
        return [], moves
    ready.wait()
    lo, hi = values[SLIDER]
    path = windows(lo, hi, moves + 1)
    rng.shuffle(path)
    latencies: list[float] = []
    errors = 0
    time.sleep(rng.uniform(0, THINK_SECONDS[1]))  # not everyone moves in the same instant
    with ThreadPoolExecutor(len(deps)) as pool:
        for i, window in enumerate(path):
            try:
                elapsed, _ = move(client, pool, deps, values, window)
                if i:  # the first move warms this user's connection, not counted
                    latencies.append(elapsed)
            except Exception:  # noqa: BLE001 (an error is a result here, counted)
                errors += 1
            time.sleep(rng.uniform(*THINK_SECONDS))
    client.close()
    return latencies, errors


def _users(url: str, seeds: list[int], moves: int, ready: Any) -> tuple[list[float], int]:
    """Several users as threads of one load-generator process."""
    with ThreadPoolExecutor(len(seeds)) as pool:
        results = list(pool.map(lambda s: _user(url, s, moves, ready), seeds))
    return [ms for lat, _ in results for ms in lat], sum(err for _, err in results)


def run(ctx: Context) -> list[Row]:
    db = demo_store(ctx.work)
    from geoapp.store import open_store

    store = open_store(db)
    events = store.count()
    store.close()
    groups = [list(range(i, USERS, PROCESSES)) for i in range(PROCESSES)]
    with server(db, "--auth", "--workers", str(WORKERS)) as (url, _, proc):
        spawn = get_context("spawn")
        with spawn.Manager() as manager, ProcessPoolExecutor(PROCESSES, mp_context=spawn) as pool:
            ready = manager.Barrier(USERS + 1, timeout=SIGN_IN_SECONDS)
            running = [pool.submit(_users, url, group, ctx.runs, ready) for group in groups]
            ready.wait()  # every user signed in and loaded the page: the moves start
            started, server_cpu = time.perf_counter(), cpu_seconds(proc.pid)
            generator_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
            results = [future.result() for future in running]
        seconds = time.perf_counter() - started
        server_cpu = cpu_seconds(proc.pid) - server_cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        generator_cpu = (after.ru_utime + after.ru_stime
                         - generator_cpu.ru_utime - generator_cpu.ru_stime)
        rss = rss_of(proc.pid)[1]
    latencies = [ms for lat, _ in results for ms in lat]
    errors = sum(err for _, err in results)
    p50 = statistics.median(latencies) if latencies else float("inf")
    p95 = float(np.percentile(latencies, 95)) if latencies else float("inf")
    bound = TARGET_P95_MS * MARGIN
    per_move = {k: cpu / max(len(latencies), 1) * 1000
                for k, cpu in (("server", server_cpu), ("generator", generator_cpu))}
    return [Row(
        f"{USERS} signed-in users moving the slider (serve --workers {WORKERS})", events,
        f"p50 {p50:,.0f} ms, p95 {p95:,.0f} ms, {errors} errors",
        metrics={"p50_ms": p50, "p95_ms": p95, "errors": errors, "moves": len(latencies),
                 "moves_per_s": len(latencies) / seconds, "max_ms": max(latencies, default=0),
                 "server_cpu_ms_per_move": per_move["server"],
                 "generator_cpu_ms_per_move": per_move["generator"]},
        targets=(at_most("p95_ms", bound, f"p95 ≤ {TARGET_P95_MS} ms (pass ≤ {bound:.0f})"),
                 at_most("errors", 0, "0 errors")),
        peak_rss_mb=rss,
        note=f"demo data; {len(latencies):,} timed moves ({ctx.runs} per user after one warm-up, "
             f"{THINK_SECONDS[0]}–{THINK_SECONDS[1]} s apart, the same {ctx.runs + 1} windows in "
             "each user's own order, so most answers come from the server's per-filter memo), "
             f"{len(latencies) / seconds:,.0f} "
             f"moves/s; CPU per move: server {per_move['server']:,.0f} ms, load generator "
             f"{per_move['generator']:,.0f} ms at most (its {PROCESSES} processes share the "
             "machine's 2 cores with the server); RSS is gunicorn's master (workers fork from it)",
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("concurrent_users", run, argv, runs=MOVES)  # --runs: moves per user


if __name__ == "__main__":
    cli()
