"""Link events into incidents and total them per filter: the cost of counting an incident once.

Every tenth event of the synthetic view is restated by a second batch (same claim,
another source), so the linking has real pairs to find; the synthetic events are one batch,
as at a million, even where the bench store holds them in slices. Two rows:

* linking, as a view load does it once (incident ids, sources per event, the
  incident order the header reads), against its target;
* the header of one filter (:func:`geoapp.query.summary.headline`, incidents
  counted once) against the plain sums of the same rows (restatements added up),
  whole span and a 90-day window: the extra it costs is what the target bounds.

Both answers are checked: the restatements must all be linked (to their original, or to
an event no compared field tells from it), and the incident
totals must equal the plain totals of the view without them. Times are CPU
seconds (``time.process_time``): wall clock on a shared machine measures the
neighbours. The margin is the target over the measurement (above 1: met).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from bench.common import Context, Row, at_least, at_most, by_tier, fmt_seconds, main

#: Linking at view load, seconds: at 1M (plus 100k restatements), at 10M.
TARGET_LINK_S = (3.0, 30.0)
#: What a header with incidents may cost over the plain sums of the same rows, ms.
TARGET_EXTRA_MS = (10.0, 20.0)
WINDOW = (dt.date(2024, 6, 1), dt.date(2024, 8, 31))


def cpu_median(fn: Callable[[], Any], runs: int) -> float:
    """Median CPU seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times)


def run(ctx: Context) -> list[Row]:
    from geoapp.figures import totals
    from geoapp.query import EventFilter, EventView
    from geoapp.query.summary import _HEADLINE_COLUMNS, headline

    frame = ctx.view.frame
    # One synthetic dataset is one batch: from ten million the bench store holds it in
    # slices (Context.store_path), whose events the rules would compare as ten sources'.
    frame = frame[frame["status"].astype(object) == "reported"].reset_index(drop=True).assign(
        batch_id="synthetic")
    twins = frame.iloc[::10].assign(event_id=lambda f: "again:" + f["event_id"],
                                    source_name="Restating outlet", batch_id="restated")
    both = pd.concat([frame, twins], ignore_index=True)
    for column in ("source_name", "batch_id"):
        both[column] = both[column].astype("category")
    both = both.sort_values(["start_day", "event_id"], kind="stable").reset_index(drop=True)

    def linked_view() -> EventView:
        view = EventView(both)
        view.incident_keys()
        return view

    view = linked_view()
    linked_share, alike_share, totals_agree = _check(view, both, frame, totals)
    link_s = cpu_median(linked_view, max(1, min(ctx.runs, 3)))
    link_target = by_tier(ctx.n, *TARGET_LINK_S)
    rows = [Row("incidents: link at view load", len(both), fmt_seconds(link_s),
                metrics={"seconds": link_s, "margin": link_target / max(link_s, 1e-9),
                         "linked_share": linked_share, "alike_share": alike_share,
                         "totals_agree": float(totals_agree)},
                targets=(at_most("seconds", link_target, f"≤ {link_target:g} s CPU"),
                         at_least("alike_share", 1.0, "every restatement linked to its original "
                                  "(or its exact twin)"),
                         at_least("totals_agree", 1.0, "totals as without restatements")),
                note=f"{len(twins):,} restatements in a second batch; CPU time; "
                     f"margin {link_target / max(link_s, 1e-9):.1f}×; {linked_share:.2%} of the "
                     f"located restatements linked to their original, {alike_share:.2%} to it "
                     f"or to an event no compared field tells from it; incident totals "
                     f"{'equal' if totals_agree else 'differ from'} the totals without them")]
    extra_target = by_tier(ctx.n, *TARGET_EXTRA_MS)
    columns = list(_HEADLINE_COLUMNS)
    for name, flt in (("whole span", EventFilter()),
                      ("90-day window", EventFilter(date_from=WINDOW[0], date_to=WINDOW[1]))):
        positions = view.select(flt)
        ours = cpu_median(lambda p=positions: headline(view, p), ctx.runs)
        plain = cpu_median(lambda p=positions: totals(view.frame[columns].iloc[p]), ctx.runs)
        extra = (ours - plain) * 1000
        rows.append(Row(
            f"incidents: header per filter ({name})", len(positions), fmt_seconds(ours),
            fmt_seconds(plain),
            metrics={"ms": ours * 1000, "baseline_ms": plain * 1000, "extra_ms": extra,
                     "margin": extra_target / max(extra, 1e-3)},
            targets=(at_most("extra_ms", extra_target, f"≤ +{extra_target:g} ms"),),
            note=f"CPU time; baseline: plain sums of the same rows; extra {extra:.1f} ms, "
                 f"margin {extra_target / max(extra, 1e-3):.1f}×"))
    return rows


def _check(view, both: pd.DataFrame, frame: pd.DataFrame, totals) -> tuple[float, float, bool]:
    """The share of located restatements linked to their original, the share linked to it
    or to an event that no compared field tells from it (same type, country, dates, region,
    point, precision and figures: which of such twins a restatement joins is a coin toss
    for any linker), and whether the incident totals are the plain totals without the
    restatements."""
    from geoapp.query import EventFilter
    from geoapp.query.incidents import FIGURE_PAIRS
    from geoapp.query.summary import headline

    incident = view.incidents().to_numpy()
    where = pd.Series(np.arange(len(both)), index=both["event_id"].astype(str))
    twins = np.flatnonzero((both["batch_id"] == "restated").to_numpy()
                           & both["country"].notna().to_numpy())
    originals = where[both["event_id"].astype(str).iloc[twins].str.removeprefix("again:")
                      ].to_numpy()
    same = incident[twins] == incident[originals]
    compared = ["event_type", "country", "start_day", "end_day", "adm1_code", "lon", "lat",
                "geo_precision", *(c for pair in FIGURE_PAIRS for c in pair)]
    fields = both[compared].astype(object).fillna("-")
    alike = same.copy()
    for k in np.flatnonzero(~same):  # few: the twin's incident searched for one alike
        members = np.flatnonzero(incident == incident[twins[k]])
        alike[k] = (fields.iloc[members] == fields.iloc[originals[k]]).all(axis=1).any()
    alone = pd.concat([frame, both.iloc[np.flatnonzero(
        (both["batch_id"] == "restated").to_numpy() & both["country"].isna().to_numpy())]],
        ignore_index=True)  # no place: not linked
    got = headline(view, view.select(EventFilter()))
    want = totals(alone)
    return (float(same.mean()), float(alike.mean()),
            {k: getattr(got, k) for k in want} == want)


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("incidents", run, argv, runs=5)


if __name__ == "__main__":
    cli()
