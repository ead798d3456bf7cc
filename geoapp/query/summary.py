"""What a query answers, whichever engine ran it: event ids, totals, regions, timeline.

The in-memory view and the SQL engines over a partitioned dataset
(:mod:`geoapp.query.duckdb_engine`) both return a :class:`Summary`, so the CLI
prints them alike and tests compare them field by field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
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
from geoapp.query.window import BlockSums, Run, block_sums, built_later, run_of


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
    """The headline figures of the events at ``positions``; the plain sums come from the
    view's running totals (a date window reads few rows), and so do the changes of counting
    each incident once once the view's :class:`IncidentSums` are built (till then, and for
    scattered rows, their linked events come grouped from the view's incident order, so
    :func:`figures.summed_totals` sorts nothing). Every row's (a start's first page, and
    the running totals built ahead) is summed once per view."""
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
    run = run_of(view, positions)
    if run is None:  # scattered rows: summed as they are
        bounds, starts, linked = _linked_figures(view, positions)
        rows = _rows(view, positions)
        totals = figures.grouped_totals(rows, (bounds, starts) if linked else None)
        return Headline(len(positions), len(positions) - linked + len(starts),
                        totals["killed"], totals["wounded"], totals["killed_or_wounded"],
                        count_sources(rows), include_unreviewed)
    sums = block_sums(view, "headline", lambda: BlockSums(
        view, np.zeros(len(view), dtype=np.int8), 1,
        lambda at: _headline_values(view, at))).sums(positions)[0]
    plain = {kind: sums[1 + 5 * i:6 + 5 * i] for i, kind in enumerate(figures.KINDS)}
    table = incident_sums(view, wait=False)
    if table is None:
        bounds, starts, linked = _linked_figures(view, positions)
        totals = figures.summed_totals(plain, len(positions), bool(sums[-1]),
                                       (bounds, starts) if linked else None)
        change = len(starts) - linked
    else:
        changes = table.changes_of(view, positions, run)
        change = int(changes[-1])
        totals = figures.summed_totals(plain, len(positions), bool(sums[-1]), None, {
            kind: changes[4 * i:4 * i + 4] for i, kind in enumerate(figures.KINDS)})
    return Headline(len(positions), len(positions) + change, totals["killed"],
                    totals["wounded"], totals["killed_or_wounded"],
                    _count_sources(view, positions), include_unreviewed)


@dataclass(frozen=True)
class IncidentSums:
    """What counting each incident of linked events once changes in a header's sums, per
    incident (per kind its :func:`figures.incident_changes`, then 1 less its events: the
    change in the count of events), kept on the row of its first event: running totals of
    those rows (:class:`BlockSums`) sum the changes of a date window's whole incidents, and
    the few incidents its edges cut (or a gap in it, or its lookback) are counted from their
    selected events."""

    #: Per incident: where its events begin in the view's linked_by_incident().
    starts: np.ndarray
    #: Per incident: its id (ascending), and its first and last event's position.
    ids: np.ndarray
    first: np.ndarray
    last: np.ndarray
    changes: np.ndarray
    sums: BlockSums

    @classmethod
    def build(cls, view: EventView) -> IncidentSums:
        tables = view.incident_tables()
        grouped, starts = tables.linked, tables.starts
        ids = view.incident_keys()[grouped]
        changes = _changes(view, slice(None), starts)
        first = grouped[starts]
        last = grouped[np.r_[starts[1:], len(grouped)][:len(starts)] - 1]
        order = np.argsort(first)
        table = BlockSums(view, np.zeros(len(view), dtype=np.int8), 1,
                          _on_first_rows(first[order], changes, order))
        # its running totals as it would build them, from the incidents alone (not every row)
        blocks = len(view) // table.block
        bounds = np.arange(blocks + 1, dtype=np.int64) * table.block
        block = first // table.block + 1  # the totals it is first in
        inside = block <= blocks
        prefix = np.zeros((blocks + 1, 1, table.width))
        prefix[:, 0, 0] = bounds
        for i in range(changes.shape[1]):
            prefix[:, 0, 1 + i] = np.bincount(block[inside], changes[inside, i],
                                              minlength=blocks + 1)
        np.cumsum(prefix[:, 0, 1:], axis=0, out=prefix[:, 0, 1:])
        table.adopt(bounds, prefix)
        return cls(starts, ids[starts], first, last, changes, table)

    def changes_of(self, view: EventView, positions: np.ndarray, run: Run) -> np.ndarray:
        """The changes summed over the incidents of ``positions`` (the selection ``run``)."""
        total = self.sums.sums(positions)[0, 1:]
        keys = view.incident_keys()
        cut = np.flatnonzero(((self.first < run.lo) & (self.last >= run.lo))
                             | ((self.first < run.hi) & (self.last >= run.hi)))
        odd = keys[np.concatenate([run.gaps, run.head])]
        cut = np.union1d(cut, np.searchsorted(self.ids, odd[odd >= 0]))
        if not len(cut):
            return total
        # the cut incidents' changes as the table has them (on their first row, if selected)
        total = total - self.changes[cut[_selected(self.first[cut], run)]].sum(axis=0)
        ends = np.r_[self.starts[1:], len(view.linked_by_incident())]
        sizes = ends[cut] - self.starts[cut]
        members = np.repeat(self.starts[cut] - np.cumsum(sizes) + sizes, sizes) \
            + np.arange(int(sizes.sum()))
        incident = np.repeat(np.arange(len(cut)), sizes)
        chosen = _selected(view.linked_by_incident()[members], run)
        members, incident = members[chosen], incident[chosen]
        if not len(members):
            return total
        starts = np.flatnonzero(np.r_[True, incident[1:] != incident[:-1]])
        return total + _changes(view, members, starts).sum(axis=0)


def incident_sums(view: EventView, *, wait: bool = True) -> IncidentSums | None:
    """The view's :class:`IncidentSums`; ``wait=False``: None until it is built, its build
    begun in a thread of its own (:func:`~geoapp.query.window.built_later`)."""
    return built_later(view, "incidents", lambda: IncidentSums.build(view), wait=wait)


def _on_first_rows(rows: np.ndarray, changes: np.ndarray, order: np.ndarray
                   ) -> Callable[[np.ndarray | slice], list[np.ndarray]]:
    """The per-row values of an :class:`IncidentSums` at some positions: an incident's
    changes on its first event's row, nothing on the others (``rows``: those first rows,
    ascending; ``order``: their incidents)."""
    def values(at: np.ndarray | slice) -> list[np.ndarray]:
        if isinstance(at, slice):  # as BlockSums asks: slice(lo, hi)
            at = np.arange(at.start, at.stop)
        out = np.zeros((changes.shape[1], len(at)))
        if len(rows) and len(at):
            j = np.minimum(np.searchsorted(rows, at), len(rows) - 1)
            hit = rows[j] == at
            out[:, hit] = changes[order[j[hit]]].T
        return list(out)
    return values


def _changes(view: EventView, at: np.ndarray | slice, starts: np.ndarray) -> np.ndarray:
    """Per incident (its linked events at ``at`` in the view's incident order, beginning at
    ``starts``): :func:`figures.incident_changes` of each kind, then 1 less its events."""
    bounds = view.linked_bounds()
    out = np.empty((len(starts), 4 * len(figures.KINDS) + 1))
    for i, kind in enumerate(figures.KINDS):
        lo, hi = bounds[kind]
        out[:, 4 * i:4 * i + 4] = figures.incident_changes(lo[at], hi[at], starts)
    out[:, -1] = 1 - np.diff(np.r_[starts, len(bounds["killed"][0][at])])
    return out


def _selected(positions: np.ndarray, run: Run) -> np.ndarray:
    """Whether each of ``positions`` is one of the run's selected rows."""
    inside = (positions >= run.lo) & (positions < run.hi)
    out = np.zeros(len(positions), dtype=bool)
    out[inside] = run.chosen[positions[inside] - run.lo]
    if len(run.head):
        j = np.minimum(np.searchsorted(run.head, positions), len(run.head) - 1)
        out |= run.head[j] == positions
    return out


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
