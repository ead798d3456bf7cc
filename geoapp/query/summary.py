"""What a query answers, whichever engine ran it: event ids, totals, regions, timeline.

The in-memory view and the SQL engines over a partitioned dataset
(:mod:`geoapp.query.duckdb_engine`) both return a :class:`Summary`, so the CLI
prints them alike and tests compare them field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geoapp import figures
from geoapp.figures import Range
from geoapp.query.aggregate import Totals, by_region, timeline, totals
from geoapp.query.filters import EventFilter
from geoapp.query.incidents import count_sources
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


_HEADLINE_COLUMNS = ("killed_low", "killed_high", "wounded_low", "wounded_high",
                     "casualties_low", "casualties_high", "source_name", "publisher")


@dataclass(frozen=True)
class Headline:
    """The figures above the map: each incident counted once (see :func:`geoapp.figures.totals`)."""

    events: int
    incidents: int
    killed: Range
    wounded: Range
    killed_or_wounded: Range
    #: Independent sources (claims by different sources) among the events.
    sources: int
    include_unreviewed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"events": self.events, "incidents": self.incidents,
                **{kind: getattr(self, kind).to_dict() for kind in figures.KINDS},
                "sources": self.sources, "include_unreviewed": self.include_unreviewed}


def headline(view: EventView, positions: np.ndarray, *,
             include_unreviewed: bool = False) -> Headline:
    """The headline figures of the events at ``positions``."""
    # Only the columns summed: ``frame.iloc[positions]`` would copy all of them.
    rows = view.frame[list(_HEADLINE_COLUMNS)].iloc[positions]
    keys = view.incident_keys()[positions]
    sums = figures.totals(rows, incidents=keys)
    linked = keys[keys >= 0]
    incidents = int((keys < 0).sum()) + int(np.unique(linked).size)
    return Headline(len(positions), incidents, sums["killed"], sums["wounded"],
                    sums["killed_or_wounded"], count_sources(rows),
                    include_unreviewed)
