"""GeoJSON text sequence export of every event, in a fresh process: peak RSS and rows/s.

geoapp's export (``geoapp export --format geojsonseq``) reads the view's cache one
record batch at a time (:mod:`geoapp.query.streamed`); the naive baseline loads the
whole view first, as the export did before. Each runs in a fresh process, so its
high-water mark is what a user's command needs; both write the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench.common import Context, Row, at_most, fmt_rate, fmt_seconds, main, run_isolated

TARGET_MB = 1024
#: Pass only within this share of the target: the 10M run comes later, on another day.
MARGIN = 0.8


def export_streamed(db: Path, out: Path) -> tuple[int, int]:
    """Child process: the CLI's path, the cache a batch at a time; (events, bytes)."""
    from geoapp.export.geojson import write_geojsonseq
    from geoapp.query import EventFilter
    from geoapp.query.streamed import stream_view
    from geoapp.store import open_store

    with stream_view(open_store(db)) as view:
        count = write_geojsonseq(view, EventFilter(), out)
    return count, out.stat().st_size


def export_whole(db: Path, out: Path) -> tuple[int, int]:
    """Child process, baseline: load the whole view, then write; (events, bytes)."""
    from geoapp.export.geojson import write_geojsonseq
    from geoapp.query import EventFilter, load_view
    from geoapp.store import open_store

    count = write_geojsonseq(load_view(open_store(db)), EventFilter(), out)
    return count, out.stat().st_size


def run(ctx: Context) -> list[Row]:
    db = ctx.store_path()
    _ = ctx.view  # builds the view cache here, so the children only read it
    out = ctx.work / f"export-{ctx.key}.geojsonseq"
    ours, theirs = [], []
    for _ in range(ctx.runs):
        ours.append(run_isolated(export_streamed, db, out))
        theirs.append(run_isolated(export_whole, db, out))
    out.unlink(missing_ok=True)
    (count, size), _, _ = ours[0]
    seconds = sorted(r[1] for r in ours)[len(ours) // 2]
    base_seconds = sorted(r[1] for r in theirs)[len(theirs) // 2]
    peak, base_peak = max(r[2] for r in ours), max(r[2] for r in theirs)
    bound = TARGET_MB * MARGIN
    return [Row(
        "geojsonseq export (all events, streamed)", count,
        f"peak RSS {peak:,.0f} MB, {fmt_rate(count, seconds, 'rows')}",
        f"peak RSS {base_peak:,.0f} MB, {fmt_rate(count, base_seconds, 'rows')}",
        metrics={"peak_rss_mb": peak, "seconds": seconds, "rows_per_s": count / seconds,
                 "baseline_peak_rss_mb": base_peak, "baseline_seconds": base_seconds,
                 "ratio": base_peak / peak, "mb": size / 1e6},
        targets=(at_most("peak_rss_mb", bound, f"peak RSS ≤ 1 GB (pass ≤ {bound:,.0f} MB)"),),
        peak_rss_mb=peak,
        note=(f"{fmt_seconds(seconds)} for {size / 1e6:,.0f} MB with the cache current; "
              "baseline: the whole view loaded first (ratio: its peak RSS / geoapp's)"),
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("export_seq", run, argv, runs=1)


if __name__ == "__main__":
    cli()
