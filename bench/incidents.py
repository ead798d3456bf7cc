"""Link events into incidents and total the view: the cost of counting an incident once.

Every tenth event of the synthetic view is restated by a second batch (same claim,
another source), so the linking has real pairs to find. The baseline is the plain
sum of every event (restatements added up), which is what the totals cost before
incidents; both answers are checked: the restatements must all be linked, and the
incident totals must equal the plain totals of the view without them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from bench.common import Context, Row, at_most, by_tier, fmt_seconds, main, time_runs

#: Link and total, at 1M (plus 100k restatements) and at 10M.
TARGET_MS = (3_000, 30_000)


def run(ctx: Context) -> list[Row]:
    from geoapp.figures import totals
    from geoapp.query.incidents import link_incidents

    frame = ctx.view.frame
    frame = frame[frame["status"].astype(object) == "reported"].reset_index(drop=True)
    twins = frame.iloc[::10].assign(event_id=lambda f: "again:" + f["event_id"],
                                    source_name="Restating outlet", batch_id="restated")
    both = pd.concat([frame, twins], ignore_index=True)

    def geoapp() -> tuple[pd.Series, dict]:
        incidents = link_incidents(both)
        return incidents, totals(both, incidents=incidents)

    def baseline() -> dict:
        return totals(both)

    incidents, ours = geoapp()
    originals = incidents.to_numpy()[np.arange(0, len(frame), 10)]
    located = both["country"].notna().to_numpy()[len(frame):]
    linked = float((originals == incidents.to_numpy()[len(frame):])[located].mean())
    unlinked = twins[~located]  # no place: nothing to link them by
    if linked == 1.0 and ours != totals(pd.concat([frame, unlinked], ignore_index=True)):
        raise AssertionError("incident totals differ from the totals without restatements")
    timing = time_runs(geoapp, ctx.runs, baseline)
    target = by_tier(ctx.n, *TARGET_MS)
    return [Row("incidents: link + totals", len(both), fmt_seconds(timing.median),
                fmt_seconds(timing.baseline_median),
                metrics={"ms": timing.median * 1000, "baseline_ms": timing.baseline_median * 1000,
                         "linked": linked},
                targets=(at_most("ms", target, f"≤ {target:,} ms"),),
                peak_rss_mb=timing.peak_rss_mb,
                note=f"{len(twins):,} restatements, {linked:.1%} linked; "
                     "baseline: plain sums (restatements added up)")]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("incidents", run, argv, runs=5)


if __name__ == "__main__":
    cli()
