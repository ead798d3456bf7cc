"""The dashboard's time slider over HTTP: latency and size of one update.

A real ``geoapp serve`` process answers; the bench plays the browser: it reads
the page's layout and callback list, then moves a 90-day window across the data
and, for each move, POSTs every server callback the slider feeds to Dash's
``/_dash-update-component`` at once (the renderer sends them in parallel), with
the State the page would hold from the previous answer. One update's latency is
until the last of them has answered; its size is all their bodies together.
The figures callback is the dashboard's real one, so each update includes the
header with incidents counted once (the view links them on the first, uncounted
move).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from bench.common import Context, Row, at_most, main, rss_of
from bench.dash_client import DashClient
from bench.serve_start import server

SLIDER = ("window-slider", "value")
WINDOW_DAYS = 90
TARGET_P50_MS = 150
TARGET_P95_MS = 300
TARGET_MB = 2.0

Prop = tuple[str, str]


def layout_values(node: Any, out: dict[Prop, Any] | None = None) -> dict[Prop, Any]:
    """Every (component id, prop) → value in a Dash layout tree."""
    out = {} if out is None else out
    if isinstance(node, list):
        for child in node:
            layout_values(child, out)
    elif isinstance(node, dict) and isinstance(node.get("props"), dict):
        props = node["props"]
        if isinstance(props.get("id"), str):
            out.update({(props["id"], k): v for k, v in props.items()})
        for value in props.values():
            if isinstance(value, (list, dict)):
                layout_values(value, out)
    return out


def _outputs(spec: str) -> list[dict] | dict:
    """Dash's output string ("..a.x...b.y.." or "a.x") as the renderer sends it."""
    parts = spec[2:-2].split("...") if spec.startswith("..") else [spec]
    outputs = [dict(zip(("id", "property"), p.rsplit(".", 1), strict=True)) for p in parts]
    return outputs if spec.startswith("..") else outputs[0]


def slider_callbacks(client: DashClient) -> tuple[dict[Prop, Any], list[dict]]:
    """The page's initial values and the server callbacks a slider move sends."""
    values = layout_values(client.get_json("/_dash-layout"))
    deps = [d for d in client.get_json("/_dash-dependencies")
            if d.get("clientside_function") is None
            and {"id": SLIDER[0], "property": SLIDER[1]} in d["inputs"]]
    return values, deps


def move(client: DashClient, pool: ThreadPoolExecutor, deps: list[dict], values: dict[Prop, Any],
         window: list[int]) -> tuple[float, float]:
    """One slider move: every callback at once, as the renderer sends them; the page keeps the
    answers. Returns the time until the last answer (ms) and all answers' size (MB)."""
    values[SLIDER] = window
    started = time.perf_counter()
    answers = list(pool.map(lambda d: client.post_callback(_body(d, values)), deps))
    elapsed = (time.perf_counter() - started) * 1000
    for answer, _ in answers:
        _remember(answer, values)
    return elapsed, sum(size for _, size in answers) / 1e6


def _body(dep: dict, values: dict[Prop, Any]) -> dict:
    def filled(items: list[dict]) -> list[dict]:
        return [{**i, "value": values.get((i["id"], i["property"]))} for i in items]

    return {"output": dep["output"], "outputs": _outputs(dep["output"]),
            "inputs": filled(dep["inputs"]), "state": filled(dep["state"]),
            "changedPropIds": [".".join(SLIDER)]}


def _remember(answer: dict, values: dict[Prop, Any]) -> None:
    """Keep what the server sent as the page would (it becomes the next request's State)."""
    for component, props in answer.get("response", {}).items():
        for prop, value in props.items():
            values[(component, prop.split("@")[0])] = value


def windows(lo: int, hi: int, count: int) -> list[list[int]]:
    """``count`` 90-day windows stepping evenly from the first day to the last."""
    starts = np.linspace(lo, max(hi - WINDOW_DAYS, lo), count).astype(int)
    return [[int(s), int(min(s + WINDOW_DAYS, hi))] for s in starts]


def run(ctx: Context) -> list[Row]:
    db = ctx.store_path()
    _ = ctx.view  # builds the view cache, so the server starts warm
    with server(db) as (url, _, proc), ThreadPoolExecutor(8) as pool:
        client = DashClient(url).open()
        values, deps = slider_callbacks(client)
        lo, hi = values[SLIDER]
        moves = windows(lo, hi, max(ctx.runs, 5))
        latencies, sizes = [], []
        # The first move warms the server up and is not counted; it shows the whole span, a
        # window no counted move repeats (the server remembers answers per filter).
        for window in [[lo, hi], *moves]:
            elapsed, size = move(client, pool, deps, values, window)
            latencies.append(elapsed)
            sizes.append(size)
        peak = rss_of(proc.pid)[1]
    latencies, sizes = latencies[1:], sizes[1:]
    p50, p95 = statistics.median(latencies), float(np.percentile(latencies, 95))
    biggest = max(sizes)
    return [Row(
        "dashboard slider update (HTTP)", ctx.n,
        f"p50 {p50:,.0f} ms, p95 {p95:,.0f} ms, {biggest:,.2f} MB",
        metrics={"p50_ms": p50, "p95_ms": p95, "mb": biggest, "updates": len(latencies),
                 "callbacks": len(deps)},
        targets=(at_most("p50_ms", TARGET_P50_MS, f"p50 ≤ {TARGET_P50_MS} ms"),
                 at_most("p95_ms", TARGET_P95_MS, f"p95 ≤ {TARGET_P95_MS} ms"),
                 at_most("mb", TARGET_MB, "≤ 2 MB")),
        peak_rss_mb=peak,
        note=f"{len(latencies)} moves of a {WINDOW_DAYS}-day window, {len(deps)} callbacks "
             "each, sent in parallel; size is all responses of one move; RSS is the server's",
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("slider", run, argv, runs=40)


if __name__ == "__main__":
    cli()
