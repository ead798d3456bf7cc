"""The in-memory columnar view of the store that every query runs against.

Loaded once (from the Arrow cache of :mod:`geoapp.query.viewcache`, patched with
the store's changes) and sorted by ``(date_start, event_id)``, so
that a date window is two ``searchsorted`` calls and the export order is
deterministic. Repeated strings are categoricals, dates are day numbers
(``int32``), figures ``float32``: a million events stay in a few hundred MB.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from geoapp.figures import event_bounds
from geoapp.frames import FIGURE_FIELDS
from geoapp.model import GEO_PRECISIONS
from geoapp.query import pairs
from geoapp.query.areas import AreaView
from geoapp.query.filters import EventFilter
from geoapp.query.incidents import (
    empty_links,
    extend_incidents,
    linked_incidents,
    shared_sources,
)

#: Repeated values (related places too: most events have none, "[]"): codes of one or
#: two bytes a row instead of a string each.
CATEGORY_FIELDS = (
    "event_type", "sub_type", "date_precision", "adm1_code", "admin1", "country",
    "geo_precision", "actor1", "actor2", "count_unit", "source_name", "source_kind",
    "status", "batch_id", "place_name", "location_text", "origin", "tags", "flags",
    "publisher", "modality", "related_places",
)
#: Free text (quote and notes are searched by the text filter); Arrow-backed strings
#: keep them compact, and mostly-empty columns cost a bitmap rather than a pointer a row.
TEXT_FIELDS = ("quote", "notes", "figures_text", "source_url")
#: Arrow strings with 32-bit offsets: 4 bytes a row of an empty column, not pandas' 8.
TEXT_DTYPE = pd.ArrowDtype(pa.string())
_EPOCH = np.datetime64("1970-01-01", "D")
T = TypeVar("T")
#: The columns :meth:`EventView.select` reads (the text filter adds quote and notes).
FILTER_COLUMNS = ("start_day", "end_day", "source_name", "event_type", "country", "adm1_code",
                  "actor1", "actor2", "status", "geo_rank", "lon", "lat")


def filter_columns(flt: EventFilter) -> tuple[str, ...]:
    """What a part of the view needs for ``flt`` to select from it."""
    return FILTER_COLUMNS + (("quote", "notes") if flt.text else ())


def to_days(values: pd.Series | np.ndarray) -> np.ndarray:
    """Dates (datetime64) → int32 days since 1970-01-01; missing → INT32 minimum."""
    arr = np.asarray(values, dtype="datetime64[D]")
    days = (arr - _EPOCH).astype("int64")
    days[np.isnat(arr)] = np.iinfo(np.int32).min
    return days.astype(np.int32)


def from_days(days: np.ndarray | int) -> np.ndarray:
    return _EPOCH + np.asarray(days).astype("timedelta64[D]")


#: Keys of :meth:`EventView.cached` for the incidents and what derives from them.
_INCIDENTS, _TABLES, _KEYS = "incidents", "incident-tables", "incident-keys"


@dataclass(frozen=True)
class IncidentTables:
    """What the view derives from its incidents for headers and filters: at ten million
    events seconds of work per start, so the view cache keeps them
    (:mod:`geoapp.query.viewcache`)."""

    #: Per event: how many independent sources back its incident (the smallest unsigned
    #: integers that hold the counts).
    sources: np.ndarray
    #: Positions of the events linked to others, grouped by incident (ascending inside one).
    linked: np.ndarray
    #: The figures (:func:`geoapp.figures.event_bounds`) of the ``linked`` events, in order.
    bounds: dict[str, tuple[np.ndarray, np.ndarray]]
    #: Where each incident begins in ``linked``.
    starts: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame, ids: np.ndarray) -> IncidentTables:
        """Built from the events' incident ids (ints in ``[0, len)``, as linking gives them)."""
        alone = np.bincount(ids, minlength=len(ids))[ids] == 1
        linked = np.flatnonzero(~alone)
        sources = shared_sources(frame, ids, linked)
        grouped = linked[np.argsort(ids[linked], kind="stable")]
        return cls(_narrow(sources), grouped, _bounds(frame, grouped), run_starts(ids[grouped]))

    def extended(self, frame: pd.DataFrame, ids: np.ndarray, fresh: np.ndarray,
                 regrouped: np.ndarray) -> IncidentTables:
        """These tables of a view that rows were added to at positions ``fresh`` (sorted),
        for the view ``frame`` and its incident ``ids`` linked from the added rows
        (:func:`~geoapp.query.incidents.extend_incidents`), which grouped again the rows
        ``regrouped`` (a mask): only their incidents are derived again. The others keep
        their members, so their sources and figures are the kept ones moved to their new
        positions (at ten million events a patch of a few reports moves them in a fraction
        of building them all)."""
        n = len(ids)
        added = np.zeros(n, dtype=bool)
        added[fresh] = True
        moved = np.flatnonzero(~added)  # old position → new one
        joined = np.zeros(n, dtype=bool)  # incidents (by id) grouped again
        joined[ids[regrouped]] = True
        members = np.flatnonzero(joined[ids])
        sizes = np.bincount(ids[members], minlength=n)
        shared = members[sizes[ids[members]] > 1]
        sources = np.ones(n, dtype=np.int64)
        sources[moved] = self.sources
        sources[members] = shared_sources(frame, ids, shared)[members]
        linked = moved[self.linked]
        untouched = ~joined[ids[linked]]
        linked = linked[untouched]
        grouped = shared[np.argsort(ids[shared], kind="stable")]
        places = np.searchsorted(ids[linked], ids[grouped])  # incidents in id order
        new = _bounds(frame, grouped)
        bounds = {kind: tuple(_inserted(old[untouched], more, places)
                              for old, more in zip(self.bounds[kind], new[kind], strict=True))
                  for kind in new}
        linked = _inserted(linked, grouped, places)
        return IncidentTables(_narrow(sources), linked, bounds, run_starts(ids[linked]))


def run_starts(keys: np.ndarray) -> np.ndarray:
    """Where each run of equal ``keys`` begins."""
    return np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(
        0, dtype=np.int64)


def _narrow(counts: np.ndarray) -> np.ndarray:
    """Counts in the smallest unsigned integers that hold them."""
    return counts.astype(np.min_scalar_type(int(counts.max(initial=1))))


def _bounds(frame: pd.DataFrame, at: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """:func:`~geoapp.figures.event_bounds` of the rows ``at`` (the figures' columns only:
    not every text column's rows)."""
    return event_bounds(pd.DataFrame({c: frame[c].to_numpy()[at] for c in FIGURE_FIELDS},
                                     copy=False))


def _inserted(old: np.ndarray, new: np.ndarray, places: np.ndarray) -> np.ndarray:
    """``old`` with ``new`` inserted before its items at ``places`` (non-decreasing)."""
    out = np.empty(len(old) + len(new), dtype=np.result_type(old, new))
    at = places + np.arange(len(places))
    taken = np.zeros(len(out), dtype=bool)
    taken[at] = True
    out[at], out[~taken] = new, old
    return out


@dataclass
class EventView:
    """Events as columns plus the sorted date arrays used to window them."""

    frame: pd.DataFrame
    version: int = 0
    #: The store's areas over time (for the "inside an area" filter and the areas layer).
    areas: AreaView = field(default_factory=AreaView.empty)
    #: The analyst's confirmed and broken incident links (see :mod:`geoapp.query.incidents`).
    links: pd.DataFrame = field(default_factory=empty_links)

    def __post_init__(self) -> None:
        self.start = self.frame["start_day"].to_numpy()
        self.end = self.frame["end_day"].to_numpy()
        spans = self.end - self.start
        self.max_span = int(spans.max()) if len(spans) else 0
        self._cache: dict[str, Any] = {}
        self._building: dict[str, threading.Lock] = {}
        self._building_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.frame)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, version: int = 0) -> EventView:
        """Build a view from a conformed event frame (any order)."""
        return cls(compact(frame), version)

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """What the query layer derives from the whole view (running totals, projected
        points), built on first use: a view never changes, a new data version is a new view.

        Built once: a request that asks while another thread builds it (the server's start
        builds the running totals ahead) waits for that build rather than doing it again.
        """
        try:
            return self._cache[key]
        except KeyError:
            pass
        with self._building_lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            if key not in self._cache:
                self._cache[key] = build()
        return self._cache[key]

    def kept(self, key: str) -> Any | None:
        """What :meth:`cached` holds under ``key`` (None: nothing built yet)."""
        return self._cache.get(key)

    # -- corroboration ---------------------------------------------------------
    def incidents(self) -> pd.Series:
        """Each event's incident id (computed once per view; a new data version is a new view)."""
        return self._linked()[0]

    def sources(self) -> np.ndarray:
        """How many independent sources back each event's incident."""
        return self.incident_tables().sources

    def incident_keys(self) -> np.ndarray:
        """Incident ids for :func:`geoapp.figures.totals`: -1 where an event stands alone
        (so totals sum those directly and group only the linked ones)."""
        def build() -> np.ndarray:
            keys = np.full(len(self), -1, dtype=np.int64)
            linked = self.linked_by_incident()
            keys[linked] = self.incidents().to_numpy()[linked]
            return keys
        return self.cached(_KEYS, build)

    def linked_by_incident(self) -> np.ndarray:
        """Positions of the events linked to others, grouped by incident (by position
        inside one): a filter's linked events come out grouped by taking these in order,
        so totals need no sort per filter."""
        return self.incident_tables().linked

    def linked_bounds(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The figures (:func:`geoapp.figures.event_bounds`) of :meth:`linked_by_incident`'s
        events, in that order: a header reads them in sequence, not scattered over the view."""
        return self.incident_tables().bounds

    def incident_tables(self) -> IncidentTables:
        """What headers and filters read of the incidents (built once, by whichever thread
        asks first; the view cache keeps them, so a start with it current builds nothing)."""
        return self.cached(_TABLES, lambda: IncidentTables.of(self.frame,
                                                              self.incidents().to_numpy()))

    def linked(self) -> bool:
        """Whether the incidents are known already (linked, or restored from the cache)."""
        return _INCIDENTS in self._cache

    def tables_known(self) -> bool:
        """Whether :meth:`incident_tables` are built already (or restored from the cache)."""
        return _TABLES in self._cache

    def pairs(self) -> np.ndarray:
        """The suggested pairs that joined the incidents, 2 × k row positions
        (:func:`~geoapp.query.incidents.linked_incidents`): kept with the incidents, so
        rows added later are linked without looking for every event's pairs again."""
        return self._linked()[1]

    def restore_incidents(self, incidents: np.ndarray, pairs: np.ndarray,
                          tables: IncidentTables | None = None) -> None:
        """Take incident ids linked earlier for these same events and links (the view
        cache keeps them), and the tables derived from them if kept too, instead of
        linking (and deriving) again."""
        for key in (_INCIDENTS, _TABLES, _KEYS):
            self._cache.pop(key, None)
        self._cache[_INCIDENTS] = (pd.Series(incidents, index=self.frame.index,
                                             name="incident"), pairs)
        if tables is not None:
            self._cache[_TABLES] = tables

    def extend_incidents(self, incidents: np.ndarray, pairs: np.ndarray,
                         fresh: np.ndarray, tables: IncidentTables | None = None) -> bool:
        """Take the incidents of the view these rows were added to (at ``fresh``), linked
        under the same links, and link the added rows from them, when that is sure to
        equal linking every event (:func:`~geoapp.query.incidents.extend_incidents`);
        False, and nothing linked, where it is not. That view's incident ``tables``, if
        known, are extended likewise (:meth:`IncidentTables.extended`)."""
        extended = extend_incidents(self.frame, self.links, incidents, pairs, fresh)
        if extended is None:
            return False
        ids, pairs, regrouped = extended
        self.restore_incidents(ids, pairs, None if tables is None
                               else tables.extended(self.frame, ids, fresh, regrouped))
        return True

    def _linked(self) -> tuple[pd.Series, np.ndarray]:
        def link() -> tuple[pd.Series, np.ndarray]:
            incidents, pairs = linked_incidents(self.frame, self.links)
            return pd.Series(incidents, index=self.frame.index, name="incident"), pairs
        return self.cached(_INCIDENTS, link)

    # -- selection -------------------------------------------------------------
    def select(self, flt: EventFilter) -> np.ndarray:
        """Row positions matching the filter, in (date, id) order."""
        lo, hi = 0, len(self.frame)
        if flt.date_to is not None:
            hi = bisect(self.start, _day(flt.date_to), "right")
        if flt.date_from is not None:
            # An event starting up to max_span days before the window can still overlap it.
            lo = bisect(self.start, _day(flt.date_from) - self.max_span, "left")
        hi = max(hi, lo)
        # The rows of the filter's sources and types (from the pair index), or all of lo:hi.
        picked = self._by_source_and_type(flt, lo, hi)
        at = slice(lo, hi) if picked is None else picked
        mask = np.ones(hi - lo if picked is None else len(picked), dtype=bool)
        if flt.date_from is not None:
            mask &= self.end[at] >= _day(flt.date_from)
        frame = self.frame
        if flt.sources and picked is None:  # the claim's source or the outlet that published it
            found = _in_category(frame["source_name"], flt.sources, at)
            if "publisher" in frame:
                found |= _in_category(frame["publisher"], flt.sources, at)
            mask &= found
        for column, values in (("event_type", () if picked is not None else flt.event_types),
                               ("country", flt.countries), ("adm1_code", flt.regions)):
            if values:
                mask &= _in_category(frame[column], values, at)
        if flt.actors:
            mask &= (_in_category(frame["actor1"], flt.actors, at)
                     | _in_category(frame["actor2"], flt.actors, at))
        statuses = ("reported", "unreviewed") if flt.include_unreviewed else ("reported",)
        mask &= _in_category(frame["status"], statuses, at)
        if flt.min_geo_precision:
            worst = GEO_PRECISIONS.index(flt.min_geo_precision)
            mask &= frame["geo_rank"].to_numpy()[at] <= worst
        if picked is not None:
            idx = picked[mask]
        elif mask.all():  # every row of the window (the whole span at start): no scan
            idx = np.arange(lo, hi)
        else:
            idx = np.flatnonzero(mask)
            idx += lo
        if flt.min_sources:
            idx = idx[self.sources()[idx] >= flt.min_sources]
        if flt.inside_area:
            idx = idx[self.areas.inside(frame["lon"].to_numpy()[idx], frame["lat"].to_numpy()[idx],
                                        self.start[idx], flt.inside_area)]
        if flt.text:
            hit = np.zeros(len(idx), dtype=bool)
            for column in ("quote", "notes"):
                col = frame[column].iloc[idx]
                found = col.str.contains(flt.text, case=False, regex=False)
                hit |= found.to_numpy(dtype=bool, na_value=False)
            return idx[hit]
        return idx

    def _by_source_and_type(self, flt: EventFilter, lo: int, hi: int) -> np.ndarray | None:
        """The positions in ``lo:hi`` of the sources (or outlets) and types ``flt`` names,
        ascending, from the view's pair indexes; None when it names neither, or when they
        keep too large a share of the rows for reading them one by one to pay."""
        if not (flt.sources or flt.event_types):
            return None
        frame = self.frame
        source, kind = frame["source_name"], frame["event_type"]
        types = (_codes(kind, flt.event_types) if flt.event_types
                 else np.arange(len(kind.cat.categories) + 1))
        sources = (_codes(source, flt.sources) if flt.sources
                   else np.arange(len(source.cat.categories) + 1))
        runs = self.cached("pairs:source", lambda: _pair_index(source, kind)).runs(
            sources, types, lo, hi)
        if flt.sources and "publisher" in frame and runs is not None:
            outlet = frame["publisher"]
            outlets = self.cached("pairs:publisher", lambda: _pair_index(
                outlet, kind, np.flatnonzero(outlet.cat.codes.to_numpy() >= 0)))
            more = outlets.runs(_codes(outlet, flt.sources), types, lo, hi)
            runs = None if more is None else runs + more
        if runs is None or sum(len(r) for r in runs) > pairs.MAX_SHARE * (hi - lo):
            return None
        return pairs.union(runs, lo, hi)

    def rows(self, positions: np.ndarray) -> pd.DataFrame:
        """The full model frame (ISO-able dates) for the given positions."""
        part = self.frame.iloc[positions]
        out = part.drop(columns=["start_day", "end_day", "geo_rank"])
        for column in CATEGORY_FIELDS + TEXT_FIELDS:
            out[column] = out[column].astype(object).where(out[column].notna(), None)
        for column in ("lon", "lat"):
            out[column] = out[column].astype("float64").round(6)
        return out

    def parts(self, columns: Sequence[str] | None = None) -> Iterator[EventView]:
        """The view as consecutive parts in (date, id) order, for writers that stream (a
        :class:`~geoapp.query.streamed.StreamedView` reads many); in memory it is one."""
        yield self

    def day_span(self) -> tuple[int, int] | None:
        """First start day and last end day of the events (day numbers), None when empty."""
        if not len(self.frame):
            return None
        return int(self.start.min()), int(self.end.max())

    def date_span(self) -> tuple[np.datetime64, np.datetime64] | None:
        if not len(self.frame):
            return None
        return from_days(int(self.start.min())), from_days(int(self.end.max()))

    def categories(self, column: str) -> list[str]:
        return [str(c) for c in self.frame[column].cat.categories]


def every_row(positions: np.ndarray, n: int) -> bool:
    """Whether ``positions`` are all ``n`` rows in order (the start's unfiltered view), so a
    caller can read whole columns instead of gathering ten million values from them."""
    if len(positions) != n:
        return False
    return not n or (positions[0] == 0 and positions[-1] == n - 1  # then rising is enough
                     and bool((positions[1:] > positions[:-1]).all()))


def bisect(values: np.ndarray, key: int, side: str = "left") -> int:
    """``np.searchsorted`` for one key, given as the array's own type: a Python int is
    searched as int64, which first copies a whole int32 array (15 ms at ten million)."""
    return int(np.searchsorted(values, values.dtype.type(key), side=side))


def _day(value) -> int:
    return int((np.datetime64(value, "D") - _EPOCH).astype("int64"))


def _pair_index(first: pd.Series, second: pd.Series, rows: np.ndarray | None = None
                ) -> pairs.PairIndex:
    return pairs.PairIndex(first.cat.codes.to_numpy(), len(first.cat.categories),
                           second.cat.codes.to_numpy(), len(second.cat.categories), rows)


def _in_category(col: pd.Series, values, at: slice | np.ndarray) -> np.ndarray:
    """Membership on category codes: one small lookup table instead of string compares."""
    wanted = np.zeros(len(col.cat.categories) + 1, dtype=bool)  # last slot: code -1 (missing)
    wanted[_codes(col, values)] = True
    return wanted[col.array.codes[at]]  # ``.cat.codes`` copies the column first (1 ms a 10M)


def _codes(col: pd.Series, values) -> np.ndarray:
    """The category codes of those ``values`` that are categories of ``col``."""
    positions = col.cat.categories.get_indexer(list(values))
    return positions[positions >= 0]


def compact(frame: pd.DataFrame) -> pd.DataFrame:
    """A conformed event frame in the view's types and (date, id) order."""
    frame = frame.copy()
    frame["start_day"] = to_days(frame["date_start"])
    frame["end_day"] = to_days(frame["date_end"])
    rank = {name: i for i, name in enumerate(GEO_PRECISIONS)}
    frame["geo_rank"] = frame["geo_precision"].map(rank).fillna(len(GEO_PRECISIONS)).astype("int8")
    for column in CATEGORY_FIELDS:
        frame[column] = frame[column].astype("category")
    for column in TEXT_FIELDS:
        frame[column] = frame[column].astype(TEXT_DTYPE)
    frame["event_id"] = frame["event_id"].astype("str")
    for column in FIGURE_FIELDS:
        frame[column] = frame[column].astype("float32")
    for column in ("lon", "lat"):  # float64: exports give back the source's decimals
        frame[column] = frame[column].astype("float64")
    frame = frame.sort_values(["start_day", "event_id"], kind="stable").reset_index(drop=True)
    return frame


def view_table(events: pa.Table) -> pa.Table:
    """Events as a store reads them (:data:`~geoapp.store.base.ARROW_SCHEMA`, any order) in
    the view's types and (date, id) order, as Arrow columns in the view cache's layout (its
    frame: :func:`geoapp.query.viewcache.view_frame`): what :func:`compact` makes of them.

    Built in Arrow, not through pandas strings: categories are dictionary-encoded in C++ and
    sorted once per distinct value, the (date, id) order is a sort of integers, and only the
    codes, numbers and free text are reordered.
    """
    start = to_days(events.column("date_start").to_numpy())
    ids = events.column("event_id").combine_chunks()
    if _ascending(ids):
        order = np.argsort(start, kind="stable")
    else:  # each id's rank (one sort of the strings) under its day: one sort of integers
        rank = np.empty(len(ids), dtype=np.int64)
        rank[pc.sort_indices(ids).to_numpy()] = np.arange(len(ids))
        order = np.argsort((start.astype(np.int64) - start.min()) * len(ids) + rank)
    columns = {}
    for name in events.column_names:
        col = events.column(name)
        if name in CATEGORY_FIELDS:  # reordered as small codes, in numpy
            codes, categories = _sorted_dictionary(col.combine_chunks())
            columns[name] = pa.DictionaryArray.from_arrays(codes[order], categories,
                                                           from_pandas=True)
            continue
        if name in FIGURE_FIELDS:  # as pandas makes them: int64 → float64 (NaN) → float32
            col = pc.fill_null(pc.cast(col, pa.float64()), float("nan")).cast(pa.float32())
        elif name in TEXT_FIELDS:
            col = col.cast(pa.string())
        elif name == "event_id":
            col = ids.cast(pa.large_string())
        columns[name] = col.take(order)
    columns["start_day"] = pa.array(start[order])
    columns["end_day"] = pa.array(to_days(events.column("date_end").to_numpy())[order])
    geo = columns["geo_precision"]
    rank = {name: i for i, name in enumerate(GEO_PRECISIONS)}
    ranks = [rank.get(name, len(GEO_PRECISIONS)) for name in geo.dictionary.to_pylist()]
    codes = pc.fill_null(geo.indices, -1).to_numpy(zero_copy_only=False)
    columns["geo_rank"] = pa.array(np.array(ranks + [len(GEO_PRECISIONS)], np.int8)[codes])
    return pa.table(columns)


def _ascending(values: pa.Array) -> bool:
    """Whether ``values`` (no nulls) rise strictly: a comparison of neighbours, no sort."""
    return len(values) < 2 or pc.all(pc.less(values[:-1], values[1:])).as_py()


def _sorted_dictionary(values: pa.Array) -> tuple[np.ndarray, pa.Array]:
    """``values`` as codes (the smallest integers that hold them, -1 where null) into their
    distinct values sorted (pandas' categories): each value is compared once per distinct
    value, not per row."""
    encoded = pc.dictionary_encode(values)
    order = pc.sort_indices(encoded.dictionary).to_numpy()
    dtype = np.int8 if len(order) < 127 else np.int16 if len(order) < 32767 else np.int32
    renumbered = np.full(len(order) + 1, -1, dtype=dtype)  # the last: code -1 (null) stays
    renumbered[order] = np.arange(len(order), dtype=dtype)
    codes = renumbered[pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)]
    return codes, encoded.dictionary.take(order).cast(pa.large_string())
