"""Aggregations over a selection: by region, by time bucket and type, by source, totals.

Figures are summed as ranges. An event whose high figure is open ("more than
100 killed") adds its low to the high total and is counted in ``*_open``, so
a reader can show "≥" instead of a made-up ceiling.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from geoapp.figures import Range
from geoapp.query.view import EventView, from_days
from geoapp.query.window import BlockSums, block_sums

BUCKETS = ("day", "week", "month")


@dataclass(frozen=True)
class Totals:
    events: int
    killed_low: int
    killed_high: int
    killed_open: int
    wounded_low: int
    wounded_high: int
    wounded_open: int
    sources: int

    def to_dict(self) -> dict:
        return asdict(self)

    def ranges(self) -> dict[str, Range]:
        """Killed and wounded as ranges (a high is open when any event's was); these sums
        add every event, restatements too: :func:`geoapp.figures.totals` counts incidents."""
        return {"killed": Range(self.killed_low, None if self.killed_open else self.killed_high),
                "wounded": Range(self.wounded_low,
                                 None if self.wounded_open else self.wounded_high)}


def _range_sums(frame: pd.DataFrame, prefix: str,
                positions: np.ndarray) -> tuple[float, float, int]:
    low = frame[f"{prefix}_low"].to_numpy()[positions].astype("float64")
    high = frame[f"{prefix}_high"].to_numpy()[positions].astype("float64")
    open_high = ~np.isnan(low) & np.isnan(high)
    return np.nansum(low), np.nansum(np.where(open_high, low, high)), int(open_high.sum())


def totals(view: EventView, positions: np.ndarray) -> Totals:
    # Only the columns summed are taken: ``frame.iloc[positions]`` copied all 46 of them.
    frame = view.frame
    k_lo, k_hi, k_open = _range_sums(frame, "killed", positions)
    w_lo, w_hi, w_open = _range_sums(frame, "wounded", positions)
    codes = frame["source_name"].array.codes[positions]
    sources = int(np.unique(codes).size) if len(positions) else 0
    return Totals(len(positions), int(k_lo), int(k_hi), k_open, int(w_lo), int(w_hi), w_open,
                  sources)


def by_region(view: EventView, positions: np.ndarray) -> pd.DataFrame:
    """One row per region with events: counts and killed/wounded ranges."""
    categories = view.frame["adm1_code"].cat.categories
    sums = block_sums(view, "regions", lambda: BlockSums(
        view, view.frame["adm1_code"].cat.codes.to_numpy(), len(categories),
        lambda at: _region_values(view, at), categories)).sums(positions)
    keep = sums[:, 0] > 0
    names = ["events"] + [f"{p}_{part}" for p in ("killed", "wounded")
                          for part in ("low", "high", "open")]
    return pd.DataFrame({"adm1_code": categories.astype(str)[keep],
                         **{name: sums[keep, i].astype("int64") for i, name in enumerate(names)}})


def _region_values(view: EventView, at: np.ndarray | slice) -> list[np.ndarray]:
    """Killed and wounded low, high (an open high counted at its low) and open, per event."""
    out = []
    for prefix in ("killed", "wounded"):
        # Take the rows before widening to float64, never the whole column.
        low = view.frame[f"{prefix}_low"].to_numpy()[at].astype("float64")
        high = view.frame[f"{prefix}_high"].to_numpy()[at].astype("float64")
        no_high = np.isnan(high)
        top = np.where(no_high, low, high)  # an open high counts at its low
        out += [_nan_as_zero(low), _nan_as_zero(top), (~np.isnan(low) & no_high).astype("float64")]
    return out


def _nan_as_zero(values: np.ndarray) -> np.ndarray:
    """``values`` with NaN as 0, in two passes without branches (``np.where`` on a mask
    that is half NaN costs ten times as much): fmax(nan, 0) is 0, fmin(y, nan) is y."""
    return np.fmin(np.fmax(values, 0.0), values)


def counts(view: EventView, column: str, positions: np.ndarray) -> np.ndarray:
    """Selected events per category of ``column`` (int64, one per category; missing left out)."""
    col = view.frame[column]
    sums = block_sums(view, f"count:{column}", lambda: BlockSums(
        view, col.cat.codes.to_numpy(), len(col.cat.categories), lambda at: [],
        col.cat.categories)).sums(positions)
    return sums[:, 0].astype("int64")


def timeline(view: EventView, positions: np.ndarray, bucket: str = "month") -> pd.DataFrame:
    """Event counts per time bucket (by start date) and type: columns bucket, event_type, events."""
    if bucket not in BUCKETS:
        raise ValueError(f"unknown bucket {bucket!r}; use one of {list(BUCKETS)}")
    frame = view.frame
    days = view.start[positions]
    if bucket == "day":
        keys = days.astype("int64")
    elif bucket == "week":  # weeks start on Monday; 1970-01-01 was a Thursday
        keys = ((days.astype("int64") + 3) // 7) * 7 - 3
    elif len(days):  # each day of the span's month once, then looked up: no calendar per row
        first = int(days.min())
        months = from_days(np.arange(first, int(days.max()) + 1)).astype("datetime64[M]")
        keys = months.astype("int64")[days - first]
    else:
        keys = days.astype("int64")
    types = frame["event_type"].array.codes[positions].astype("int64")  # no copy of the column
    n_types = len(frame["event_type"].cat.categories)
    if len(keys) == 0:
        return pd.DataFrame({"bucket": pd.Series(dtype="datetime64[s]"),
                             "event_type": pd.Series(dtype="str"),
                             "events": pd.Series(dtype="int64")})
    base = keys.min()
    combined = (keys - base) * n_types + types
    counts = np.bincount(combined)
    nz = np.flatnonzero(counts)
    bucket_keys = nz // n_types + base
    if bucket == "month":
        starts = bucket_keys.astype("datetime64[M]").astype("datetime64[s]")
    else:
        starts = from_days(bucket_keys).astype("datetime64[s]")
    return pd.DataFrame({
        "bucket": starts,
        "event_type": frame["event_type"].cat.categories.astype(str)[nz % n_types],
        "events": counts[nz].astype("int64"),
    })


def _own_publisher(view: EventView) -> np.ndarray:
    """Each event's publisher code where it names an outlet other than its source, else -1."""
    publisher = view.frame["publisher"]
    codes = publisher.cat.codes.to_numpy().copy()
    named = np.flatnonzero(codes >= 0)  # compared by name: most events have no publisher
    same = (publisher.iloc[named].astype(object).to_numpy()
            == view.frame["source_name"].iloc[named].astype(object).to_numpy())
    codes[named[same]] = -1
    return codes


def by_source(view: EventView, positions: np.ndarray) -> pd.DataFrame:
    """Events per source, most first. The outlet that published an event (``publisher``,
    when it is not the event's source) counts as a source too, as the source filter
    matches it: an extracted report quoting a governor is found under both."""
    col = view.frame["source_name"]
    found = pd.Series(counts(view, "source_name", positions),
                      index=col.cat.categories.astype(str))
    if "publisher" in view.frame:
        publisher = view.frame["publisher"].cat.categories
        extra = block_sums(view, "publishers", lambda: BlockSums(
            view, _own_publisher(view), len(publisher), lambda at: [], publisher)
        ).sums(positions)[:, 0]
        if extra.any():
            used = extra > 0
            found = found.add(pd.Series(extra[used].astype("int64"),
                                        index=publisher.astype(str)[used]),
                              fill_value=0).astype("int64")
    out = pd.DataFrame({"source_name": found.index, "events": found.to_numpy()})
    out = out[out["events"] > 0]
    return out.sort_values(["events", "source_name"], ascending=[False, True]).reset_index(drop=True)
