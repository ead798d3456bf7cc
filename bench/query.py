"""Filter (date window + 3 sources + 2 types), then region counts and monthly timeline.

The baseline is what one would write with pandas on the same frame: boolean
masks over the columns, then ``groupby``. Both answers are checked equal, so
the speed-up cannot come from computing less.

A second row times the dashboard's header for the same filter
(:func:`geoapp.query.summary.headline`: each incident counted once, the view's
incidents linked beforehand as at a view load) against the plain sums of the
same rows: the extra it costs is what its target bounds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd

from bench.common import Context, Row, at_least, at_most, by_tier, fmt_seconds, main, time_runs

#: (at 1M, at 10M)
TARGET_MS = (20, 40)
TARGET_RATIO = 5
TARGET_VIEW_BYTES_PER_EVENT = (300, 180)
#: What the header with incidents may cost over the plain sums of the same rows (ms).
TARGET_HEADER_EXTRA_MS = (10, 20)
SOURCES = ("Synthetic source 01", "Synthetic source 04", "Synthetic source 17")
TYPES = ("attack", "casualty_report")
WINDOW = (dt.date(2024, 6, 1), dt.date(2024, 8, 31))


def run(ctx: Context) -> list[Row]:
    from geoapp.figures import totals
    from geoapp.query import EventFilter, by_region, timeline
    from geoapp.query.summary import _HEADLINE_COLUMNS, headline

    view = ctx.view
    flt = EventFilter(date_from=WINDOW[0], date_to=WINDOW[1], sources=SOURCES, event_types=TYPES)

    def geoapp() -> tuple[pd.DataFrame, pd.DataFrame]:
        positions = view.select(flt)
        return by_region(view, positions), timeline(view, positions, "month")

    def baseline() -> tuple[pd.DataFrame, pd.Series]:
        return pandas_query(view.frame, flt)

    _check_same(geoapp(), baseline())
    timing = time_runs(geoapp, ctx.runs, baseline, warmup=True)
    view_mb = view.frame.memory_usage(deep=True).sum() / 1e6
    per_event = view_mb * 1e6 / max(len(view), 1)
    selected = len(view.select(flt))
    target_ms = by_tier(ctx.n, *TARGET_MS)
    target_bytes = by_tier(ctx.n, *TARGET_VIEW_BYTES_PER_EVENT)
    positions = view.select(flt)
    view.incident_keys()  # linked once per view load, not per filter
    columns = list(_HEADLINE_COLUMNS)
    header = time_runs(lambda: headline(view, positions), ctx.runs,
                       lambda: totals(view.frame[columns].iloc[positions]), warmup=True)
    extra_ms = (header.median - header.baseline_median) * 1000
    target_extra = by_tier(ctx.n, *TARGET_HEADER_EXTRA_MS)
    return [
        Row("filter + region counts + timeline", ctx.n, fmt_seconds(timing.median),
            fmt_seconds(timing.baseline_median),
            metrics={"ms": timing.median * 1000, "baseline_ms": timing.baseline_median * 1000,
                     "ratio": timing.ratio, "selected": selected},
            targets=(at_most("ms", target_ms, f"≤ {target_ms} ms"),
                     at_least("ratio", TARGET_RATIO, f"≥ {TARGET_RATIO}×")),
            peak_rss_mb=timing.peak_rss_mb, note=f"{selected:,} events selected"),
        Row("in-memory view (memory_usage deep)", ctx.n,
            f"{view_mb:,.0f} MB ({per_event:,.0f} bytes/event)",
            metrics={"view_mb": view_mb, "bytes_per_event": per_event},
            targets=(at_most("bytes_per_event", target_bytes, f"≤ {target_bytes} bytes/event"),)),
        Row("header, incidents counted once (same filter)", ctx.n, fmt_seconds(header.median),
            fmt_seconds(header.baseline_median),
            metrics={"ms": header.median * 1000, "baseline_ms": header.baseline_median * 1000,
                     "extra_ms": extra_ms},
            targets=(at_most("extra_ms", target_extra, f"≤ +{target_extra} ms"),),
            peak_rss_mb=header.peak_rss_mb,
            note=f"baseline: plain sums of the same rows; extra {extra_ms:.1f} ms"),
    ]


def pandas_query(frame: pd.DataFrame, flt) -> tuple[pd.DataFrame, pd.Series]:
    """The naive answer: masks over the whole frame, groupby per region and per month."""
    mask = ((frame["date_end"] >= pd.Timestamp(flt.date_from))
            & (frame["date_start"] <= pd.Timestamp(flt.date_to))
            & frame["source_name"].isin(flt.sources)
            & frame["event_type"].isin(flt.event_types)
            & (frame["status"] == "reported"))
    sub = frame[mask]
    columns = {"events": sub["event_id"]}
    for prefix in ("killed", "wounded"):
        low, high = sub[f"{prefix}_low"], sub[f"{prefix}_high"]
        columns[f"{prefix}_low"] = low
        columns[f"{prefix}_high"] = high.where(high.notna(), low)
        columns[f"{prefix}_open"] = low.notna() & high.isna()
    parts = pd.DataFrame(columns).assign(adm1_code=sub["adm1_code"])
    regions = parts.groupby("adm1_code", observed=True).agg(
        events=("events", "size"),
        **{c: (c, "sum") for c in parts.columns if c not in ("events", "adm1_code")})
    months = sub.groupby([sub["date_start"].dt.to_period("M"), "event_type"], observed=True).size()
    return regions, months


def _check_same(ours: tuple[pd.DataFrame, pd.DataFrame], theirs: tuple[pd.DataFrame, pd.Series]
                ) -> None:
    regions, months = ours
    base_regions, base_months = theirs
    got = regions.set_index("adm1_code")
    want = base_regions.astype("int64")
    want.index = want.index.astype(str)
    pd.testing.assert_frame_equal(got.sort_index(), want[got.columns].sort_index(),
                                  check_names=False)
    got_months = months.set_index([months["bucket"].dt.to_period("M"), "event_type"])["events"]
    want_months = base_months[base_months > 0]
    want_months.index = pd.MultiIndex.from_arrays(
        [want_months.index.get_level_values(0), want_months.index.get_level_values(1).astype(str)])
    if not np.array_equal(got_months.sort_index().to_numpy(), want_months.sort_index().to_numpy()):
        raise AssertionError("geoapp's timeline differs from the pandas baseline")


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("query", run, argv, runs=31)


if __name__ == "__main__":
    cli()
