"""What a query answers, whichever engine ran it: event ids, totals, regions, timeline.

The in-memory view and the SQL engines over a partitioned dataset
(:mod:`geoapp.query.duckdb_engine`) both return a :class:`Summary`, so the CLI
prints them alike and tests compare them field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from geoapp.query.aggregate import Totals, by_region, timeline, totals
from geoapp.query.filters import EventFilter
from geoapp.query.view import EventView


@dataclass(frozen=True)
class Summary:
    """One filter's answer: the first ``limit`` event ids in (date, id) order and the aggregates.

    ``regions`` has the columns of :func:`~geoapp.query.aggregate.by_region` (sorted
    by region code), ``timeline`` those of :func:`~geoapp.query.aggregate.timeline`.
    """

    engine: str
    event_ids: list[str]
    totals: Totals
    regions: pd.DataFrame
    timeline: pd.DataFrame

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly: bucket dates as ISO days, counts as ints."""
        line = self.timeline.assign(bucket=self.timeline["bucket"].dt.strftime("%Y-%m-%d"))
        return {"engine": self.engine, "totals": self.totals.to_dict(),
                "regions": self.regions.to_dict("records"),
                "timeline": line.to_dict("records"), "event_ids": self.event_ids}


def summarise(view: EventView, flt: EventFilter, *, limit: int | None = None,
              bucket: str = "month") -> Summary:
    """The in-memory engine's answer to ``flt`` (``limit=None``: every id)."""
    positions = view.select(flt)
    shown = positions if limit is None else positions[:limit]
    ids = view.frame["event_id"].iloc[shown].tolist()
    regions = by_region(view, positions).sort_values("adm1_code").reset_index(drop=True)
    return Summary("memory", [str(i) for i in ids], totals(view, positions), regions,
                   timeline(view, positions, bucket))
