"""The query bench's filter over the partitioned dataset with DuckDB, cold and warm, vs in memory.

Both engines answer with a full :class:`~geoapp.query.summary.Summary` (totals,
regions, monthly timeline, the first 100 ids), checked equal (every id) before
timing. Cold is a fresh process: import, connect, load the spatial extension,
open the dataset, answer (the files may be in the OS page cache). Warm is the
same query again on an open connection, timed alternately with the in-memory
engine on the loaded view.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench.common import (
    Context,
    Row,
    at_least,
    at_most,
    fmt_seconds,
    main,
    run_isolated,
    time_runs,
)
from bench.query import SOURCES, TYPES, WINDOW

LIMIT = 100
TARGET_WARM_S = 1.0
TARGET_COLD_S = 5.0


def _filter():
    from geoapp.query import EventFilter

    return EventFilter(date_from=WINDOW[0], date_to=WINDOW[1], sources=SOURCES,
                       event_types=TYPES)


def cold_query(folder: Path) -> int:
    """Child process: open the dataset and answer once; returns the event count."""
    from geoapp.query.duckdb_engine import DuckDBEngine

    with DuckDBEngine(folder) as engine:
        return engine.summary(_filter(), limit=LIMIT).totals.events


def run(ctx: Context) -> list[Row]:
    from geoapp.query.duckdb_engine import DuckDBEngine
    from geoapp.query.summary import summarise

    folder = ctx.dataset_folder()
    view, flt = ctx.view, _filter()
    cold = [run_isolated(cold_query, folder) for _ in range(ctx.runs)]
    with DuckDBEngine(folder) as engine:
        ours, theirs = engine.summary(flt), summarise(view, flt)
        agrees = (ours.event_ids == theirs.event_ids and ours.totals == theirs.totals
                  and ours.regions.equals(theirs.regions) and ours.timeline.equals(theirs.timeline))
        timing = time_runs(lambda: engine.summary(flt, limit=LIMIT), ctx.runs,
                           lambda: summarise(view, flt, limit=LIMIT), warmup=True)
    cold_s = sorted(seconds for _, seconds, _ in cold)[len(cold) // 2]
    cold_rss = max(rss for _, _, rss in cold)
    selected = theirs.totals.events
    return [
        Row("DuckDB query on the dataset (warm) vs in-memory", ctx.n,
            fmt_seconds(timing.median), fmt_seconds(timing.baseline_median),
            metrics={"seconds": timing.median, "memory_seconds": timing.baseline_median,
                     "ratio": timing.baseline_median / timing.median, "agrees": float(agrees),
                     "selected": selected},
            targets=(at_most("seconds", TARGET_WARM_S, f"≤ {TARGET_WARM_S:g} s"),
                     at_least("agrees", 1, "same answer")),
            peak_rss_mb=timing.peak_rss_mb,
            note=f"{selected:,} events; baseline is the in-memory engine (view loaded); "
                 "ratio < 1 means DuckDB is slower"),
        Row("DuckDB query on the dataset (cold: new process)", ctx.n, fmt_seconds(cold_s),
            metrics={"seconds": cold_s, "rss_mb": cold_rss, "agrees": float(cold[0][0] == selected)},
            targets=(at_most("seconds", TARGET_COLD_S, f"≤ {TARGET_COLD_S:g} s"),
                     at_least("agrees", 1, "same count")),
            peak_rss_mb=cold_rss,
            note="import, connect, load spatial, open and answer; no view, no store"),
    ]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("duckdb_query", run, argv, runs=5)


if __name__ == "__main__":
    cli()
