"""GeoJSON text sequence export of every event, in a fresh process: its peak RSS.

The child process loads the view (from its cache) and streams all n events to
a file, so its high-water mark is what a user's ``geoapp export`` needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench.common import Context, Row, at_most, fmt_seconds, main, run_isolated

TARGET_MB = 1024


def export_all(db: Path, out: Path) -> tuple[int, int]:
    """Child process: load the view, write every event as geojsonseq; (events, bytes)."""
    from geoapp.export.geojson import write_geojsonseq
    from geoapp.query import EventFilter, load_view
    from geoapp.store import open_store

    count = write_geojsonseq(load_view(open_store(db)), EventFilter(), out)
    return count, out.stat().st_size


def run(ctx: Context) -> list[Row]:
    db = ctx.store_path()
    _ = ctx.view  # builds the view cache here, so the child only reads it
    out = ctx.work / f"export-{ctx.key}.geojsonseq"
    results = [run_isolated(export_all, db, out) for _ in range(ctx.runs)]
    out.unlink(missing_ok=True)
    (count, size), _, _ = results[0]
    seconds = sorted(r[1] for r in results)[len(results) // 2]
    peak = max(r[2] for r in results)
    return [Row(
        "geojsonseq export (all events)", count, f"peak RSS {peak:,.0f} MB",
        metrics={"peak_rss_mb": peak, "seconds": seconds, "mb": size / 1e6},
        targets=(at_most("peak_rss_mb", TARGET_MB, "peak RSS ≤ 1 GB"),),
        peak_rss_mb=peak,
        note=f"{fmt_seconds(seconds)} for {size / 1e6:,.0f} MB, view load included",
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("export_seq", run, argv, runs=1)


if __name__ == "__main__":
    cli()
