"""What a query answers, whichever engine ran it: event ids, totals, regions, timeline.

The in-memory view and the SQL engines over a partitioned dataset
(:mod:`geoapp.query.duckdb_engine`) both return a :class:`Summary`, so the CLI
prints them alike and tests compare them field by field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geoapp import figures
from geoapp.figures import Range
from geoapp.query.aggregate import Totals, by_region, by_source, counts, timeline, totals
from geoapp.query.filters import EventFilter
from geoapp.query.incidents import count_sources
from geoapp.query.view import EventView, every_row, run_starts
from geoapp.query.window import BlockSums, block_sums, run_of


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
    """The headline figures of the events at ``positions``; their linked events come
    grouped from the view's incident order, so :func:`figures.summed_totals` sorts
    nothing, and the plain sums come from the view's running totals (a date window
    reads few rows). Every row's (a start's first page, and the running totals built
    ahead) is summed once per view."""
    if every_row(positions, len(view)):
        whole = view.cached(_EVERY_ROW, lambda: _headline(view, positions))
        return dataclasses.replace(whole, include_unreviewed=include_unreviewed)
    return _headline(view, positions, include_unreviewed)


#: :meth:`EventView.cached`'s key of every row's headline.
_EVERY_ROW = "headline:every-row"


def kept_headline(view: EventView) -> dict[str, Any] | None:
    """Every row's headline if summed already, as plain values to keep beside the view
    cache (:func:`~geoapp.query.viewcache.save_sums`)."""
    whole = view.kept(_EVERY_ROW)
    return None if whole is None else dataclasses.asdict(whole)


def keep_headline(view: EventView, values: dict[str, Any]) -> None:
    """Give ``view`` every row's headline as kept (:func:`kept_headline`): a start's first
    page reads it instead of summing every incident's figures again."""
    whole = Headline(**{key: Range(**value) if isinstance(value, dict) else value
                        for key, value in values.items()})
    view.cached(_EVERY_ROW, lambda: whole)


def _headline(view: EventView, positions: np.ndarray, include_unreviewed: bool = False
              ) -> Headline:
    bounds, starts, linked = _linked_figures(view, positions)
    groups = (bounds, starts) if linked else None
    if run_of(view, positions) is None:  # scattered rows: summed as they are
        rows = _rows(view, positions)
        totals, sources = figures.grouped_totals(rows, groups), count_sources(rows)
    else:
        sums = block_sums(view, "headline", lambda: BlockSums(
            view, np.zeros(len(view), dtype=np.int8), 1,
            lambda at: _headline_values(view, at))).sums(positions)[0]
        plain = {kind: sums[1 + 5 * i:6 + 5 * i] for i, kind in enumerate(figures.KINDS)}
        totals = figures.summed_totals(plain, len(positions), bool(sums[-1]), groups)
        sources = _count_sources(view, positions)
    incidents = len(positions) - linked + len(starts)
    return Headline(len(positions), incidents, totals["killed"], totals["wounded"],
                    totals["killed_or_wounded"], sources, include_unreviewed)


def prepare_sums(view: EventView) -> None:
    """Build the view's running totals (:mod:`geoapp.query.window`) now, not on the first
    large window a user asks for (most of a second at a million events)."""
    everything = np.arange(len(view))
    headline(view, everything)
    by_region(view, everything)
    by_source(view, everything)
    for column in ("event_type", "status"):
        counts(view, column, everything)


def _headline_values(view: EventView, at: np.ndarray | slice) -> list[np.ndarray]:
    """Per event: :func:`figures.plain_columns` of each kind, then whether its source
    records wounded."""
    rows = _rows(view, at)
    out = [c for lo, hi in figures.event_bounds(rows).values()
           for c in figures.plain_columns(lo, hi)]
    return out + [figures.records_wounded(rows).to_numpy(dtype="float64")]


def _rows(view: EventView, at: np.ndarray | slice) -> pd.DataFrame:
    """The headline's columns of some rows, each column's rows taken on its own: a list
    of columns of the view's frame (``iloc`` with columns too) first copies the whole of
    each, whatever the rows (44 ms a call at ten million events)."""
    frame = view.frame
    return pd.DataFrame({c: frame[c].array[at] for c in _HEADLINE_COLUMNS}, copy=False)


def _count_sources(view: EventView, positions: np.ndarray) -> int:
    """:func:`count_sources` of the events at ``positions``, from category counts."""
    name, outlet = view.frame["source_name"], view.frame["publisher"]
    unnamed = block_sums(view, "unnamed", lambda: BlockSums(
        view, np.where(name.cat.codes.to_numpy() < 0, outlet.cat.codes.to_numpy(), -1),
        len(outlet.cat.categories), lambda at: [], outlet.cat.categories)).sums(positions)[:, 0]
    keys = set(name.cat.categories[counts(view, "source_name", positions) > 0])
    return len(keys | set(outlet.cat.categories[unnamed > 0]))


def _linked_figures(view: EventView, positions: np.ndarray
                    ) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray, int]:
    """The figures of the linked events among ``positions``, grouped by incident (by
    position inside one), where each incident begins among them, and how many they are.

    Every row: the view's incident tables as they are. Many positions: read in sequence
    off the view's incident order (no sort). Few: their own few linked rows sorted,
    cheaper than a mask over the whole view.
    """
    tables = view.incident_tables()
    if every_row(positions, len(view)):
        return dict(tables.bounds), tables.starts, len(tables.linked)
    if len(positions) * 8 < len(tables.linked):
        keys = view.incident_keys()
        members = np.flatnonzero(keys[positions] >= 0)
        members = members[np.lexsort((positions[members], keys[positions[members]]))]
        bounds = dict(figures.event_bounds(_rows(view, positions[members])))
        return bounds, run_starts(keys[positions[members]]), len(members)
    chosen = np.zeros(len(view), dtype=bool)
    chosen[positions] = True
    picked = chosen[tables.linked]
    bounds = {kind: (lo[picked], hi[picked]) for kind, (lo, hi) in tables.bounds.items()}
    ids = view.incidents().to_numpy()[tables.linked[picked]]  # linked: their keys
    return bounds, run_starts(ids), len(ids)
