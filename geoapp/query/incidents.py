"""Corroboration: which events describe the same incident, and by how many sources.

Two events are suggested as the same incident when all of these hold:

* same event type and same country;
* their date spans overlap;
* same region (admin-1 code; the region's name where neither has a code), or
  their points lie within the distance that the coarser of their two geo
  precisions allows (:data:`DISTANCE_KM`; country level: anywhere in the country);
* compatible figures: they give the same kinds of figure (killed, wounded,
  killed or wounded, count) and each pair of ranges overlaps;
* they come from different batches: the rows of one dataset, or the events of one
  report, are distinct events by construction;
* each is the other's closest such match in the other's batch (by dates, then
  distance, then the very same figures): a claim restates one event, so a chain of near
  matches does not glue distinct events together.

Suggested links join events into incidents (connected groups). A group whose
claims cannot all be true together (two ranges of one figure that do not
overlap, reached through a third event) is not trusted: only its links between
claims of identical figures, and the analyst's confirmed links, hold it together.
The analyst's links always win: a confirmed link joins two events whatever the
rules say, a broken one keeps them apart.

Everything is vectorised: events are sorted by (type, country, start) and each
is compared with the next ones of its block while their spans overlap (at most
:data:`MAX_STEPS`): one ``searchsorted`` gives each event's range of them. Only
pairs across batches count, so where one batch holds most events the sweep walks
from the others only, and the work follows them rather than the store's size. On a
day crowded past that guard, exact restatements (every compared field alike) are
still paired, by a fingerprint of their fields rather than by steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geoapp.model import GEO_PRECISIONS

#: Farthest apart (km) two points may be for one incident, by the coarser precision;
#: country level has no limit inside the country.
DISTANCE_KM = {"exact": 10.0, "near": 25.0, "district": 60.0, "region": 300.0,
               "country": np.inf}
#: The most later events of its block an event is compared with (a guard, not a rule).
MAX_STEPS = 200
#: Figures compared for compatibility: (low column, high column).
FIGURE_PAIRS = (("killed_low", "killed_high"), ("wounded_low", "wounded_high"),
                ("casualties_low", "casualties_high"), ("count_low", "count_high"))
#: Rounds of matching what is left once the mutual best matches are taken.
_MATCH_ROUNDS = 4
#: Events walked at once by the sweep (bounds its memory: at most MAX_STEPS pairs each).
_CHUNK = 20_000
#: Events of whole (type, country) blocks whose pairs are found and matched at once.
_GROUP = 1_000_000
_EARTH_KM = 6371.0088


def empty_links() -> pd.DataFrame:
    """The analyst's links: ``event_a``, ``event_b`` (ids) and ``confirmed`` (False: broken)."""
    return pd.DataFrame({"event_a": pd.Series(dtype=object), "event_b": pd.Series(dtype=object),
                         "confirmed": pd.Series(dtype=bool)})


def source_keys(frame: pd.DataFrame) -> pd.Series:
    """Who makes each claim: the source it names, else the outlet that published it."""
    return frame["source_name"].astype(object).fillna(frame["publisher"].astype(object))


def count_sources(frame: pd.DataFrame) -> int:
    """How many independent sources (distinct :func:`source_keys`) ``frame``'s events have."""
    name, outlet = frame["source_name"], frame["publisher"]
    if not (isinstance(name.dtype, pd.CategoricalDtype)
            and isinstance(outlet.dtype, pd.CategoricalDtype)):
        return int(source_keys(frame).nunique())
    named = name.cat.codes.to_numpy()
    unnamed = outlet.cat.codes.to_numpy()[named < 0]
    keys = set(name.cat.categories[_codes_used(named, len(name.cat.categories))])
    return len(keys | set(outlet.cat.categories[_codes_used(unnamed, len(outlet.cat.categories))]))


def _codes_used(codes: np.ndarray, size: int) -> np.ndarray:
    """The category codes that occur (missing, -1, left out): a count, not a sort."""
    return np.flatnonzero(np.bincount(codes + 1, minlength=size + 1)[1:])


def link_incidents(frame: pd.DataFrame, links: pd.DataFrame | None = None) -> pd.Series:
    """An incident id (int) per event, aligned with ``frame``; rejected events stand alone."""
    return pd.Series(linked_incidents(frame, links)[0], index=frame.index, name="incident")


def linked_incidents(frame: pd.DataFrame, links: pd.DataFrame | None = None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`link_incidents` as arrays, with whether each event's group, as first joined,
    held claims that cannot all be true (only its links between identical figures and the
    analyst's hold it then): what :func:`extend_incidents` needs to add rows later."""
    n = len(frame)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    links = empty_links() if links is None else links
    live = ~frame["status"].eq("rejected").to_numpy(dtype=bool, na_value=False)
    i, j = _suggested_pairs(frame, live)
    confirmed, broken = _analyst_pairs(frame, links)
    if len(broken):
        i, j = _without(i, j, broken)
    labels = _components(n, np.concatenate([i, confirmed[0]]), np.concatenate([j, confirmed[1]]))
    bad = _inconsistent(frame, labels)
    if bad.any():  # such a group keeps only its links between identical figures
        keep = ~bad[i] | _identical(frame, i, j)
        labels = _components(n, np.concatenate([i[keep], confirmed[0]]),
                             np.concatenate([j[keep], confirmed[1]]))
    return labels, bad


def extend_incidents(frame: pd.DataFrame, links: pd.DataFrame, labels: np.ndarray,
                     doubtful: np.ndarray, fresh: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`linked_incidents` of ``frame``, a view with rows added at positions ``fresh``
    to one linked under the same ``links`` into ``labels`` and ``doubtful``, found by
    walking from the new rows only; None where that is not sure to equal linking every
    event (the caller links them all).

    It is equal when the new rows come in batches of their own (named, none of the other
    rows'), so no match of theirs competes with a match between older rows; no analyst's
    link names one of them; the older rows within reach of a new one in the sweep
    (:data:`MAX_STEPS` plus the new rows) are of one batch, so no pair of them spans a new
    row (its steps apart and its place among ties are as they were); and each group a new
    row joins holds claims that can all be true, none of them doubtful.
    """
    n, added = len(frame), np.zeros(len(frame), dtype=bool)
    added[fresh] = True
    batch = _codes(frame["batch_id"])
    counts = np.bincount(batch + 1, minlength=len(frame["batch_id"].cat.categories) + 1)
    new_batches = batch[fresh] + 1
    if (new_batches == 0).any() or (counts[new_batches] != np.bincount(
            new_batches, minlength=len(counts))[new_batches]).any():
        return None
    named = set(links["event_a"].astype(str)) | set(links["event_b"].astype(str))
    if named and not named.isdisjoint(frame["event_id"].iloc[fresh].astype(str)):
        return None
    live = ~frame["status"].eq("rejected").to_numpy(dtype=bool, na_value=False)
    sweep = _Sweep.of(frame, live)
    if not _older_rows_of_one_batch(sweep, added):
        return None
    started = added[sweep.order]
    i, j = (sweep.pairs(frame, _Walk.starting(started)) if started.any()
            else (np.zeros(0, dtype=np.int64),) * 2)
    kept = np.flatnonzero(~added)
    out = np.empty(n, dtype=np.int64)
    out[kept] = kept[labels]  # an older group's label is its first row, wherever it moved
    out[fresh] = fresh
    flags = np.zeros(n, dtype=bool)
    flags[kept] = doubtful
    if not len(i):
        return out, flags
    nodes, ends = np.unique(np.concatenate([out[i], out[j]]), return_inverse=True)
    roots = _components(len(nodes), ends[:len(i)], ends[len(i):])
    remap = np.arange(n)
    remap[nodes] = nodes[roots]
    out = remap[out]
    joined = np.zeros(n, dtype=bool)
    joined[nodes[roots]] = True
    members = np.flatnonzero(joined[out])
    figures = pd.DataFrame({c: frame[c].to_numpy()[members] for pair in FIGURE_PAIRS
                            for c in pair}, copy=False)
    groups = np.unique(out[members], return_inverse=True)[1]
    if flags[members].any() or _inconsistent(figures, groups).any():
        return None
    return out, flags


def _older_rows_of_one_batch(sweep: _Sweep, added: np.ndarray) -> bool:
    """Whether the older rows (not ``added``) that a pair spanning an added row could join
    are all of one batch: those of its block within :data:`MAX_STEPS` plus the block's
    added rows (a pair's steps grow by the added rows between its ends) sweep positions
    of it. A change of batch just outside a window may count: a false no, never a false
    yes."""
    older = np.flatnonzero(~added[sweep.order])
    batch, block = sweep.batch[older], sweep.block[older]
    change = np.zeros(len(sweep.order) + 1, dtype=np.int64)
    change[older[1:][(batch[1:] != batch[:-1]) & (block[1:] == block[:-1])] + 1] = 1
    changes = np.cumsum(change)
    at = np.flatnonzero(added[sweep.order])
    _, own, per_block = np.unique(sweep.block[at], return_inverse=True, return_counts=True)
    reach = MAX_STEPS + per_block[own]
    lo = np.maximum(at - reach, np.searchsorted(sweep.block, sweep.block[at], "left"))
    hi = np.minimum(at + reach, np.searchsorted(sweep.block, sweep.block[at], "right") - 1)
    return not (changes[hi + 1] - changes[lo + 1]).any()


def sources_per_event(frame: pd.DataFrame, incidents: pd.Series) -> pd.Series:
    """How many independent sources (different :func:`source_keys`) back each event's incident."""
    ids = _dense(incidents.to_numpy())
    shared = np.flatnonzero(np.bincount(ids, minlength=len(ids))[ids] > 1)
    return pd.Series(shared_sources(frame, ids, shared), index=frame.index, name="sources")


def shared_sources(frame: pd.DataFrame, ids: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """:func:`sources_per_event` given dense incident ids (int, in ``[0, len)``) and the
    positions of the events sharing their incident with others, as the view has them.

    Counted on integer codes (incident ids as they are, sources as category codes): a
    factorize and a groupby over ten million events cost seconds at every start."""
    counts = np.ones(len(frame), dtype=np.int64)  # an event alone: its own source
    if len(shared):
        keys = _source_codes(frame, shared)
        known = keys >= 0
        width = int(keys.max(initial=0)) + 1
        pairs = _distinct(ids[shared[known]] * width + keys[known])  # (incident, source) once
        per_incident = np.bincount(pairs // width, minlength=len(ids))
        counts[shared] = np.maximum(per_incident[ids[shared]], 1)
    return counts


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: one sort and a look at neighbours. numpy 2.4's
    ``np.unique`` hashes wide integers first (5.6 s for five million, against 0.05 s for
    the sort)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(
        ordered) else ordered


def _dense(ids: np.ndarray) -> np.ndarray:
    """Incident ids as int64 in ``[0, len)``: as they are when they already are (as
    :func:`link_incidents` makes them), else factorized."""
    if ids.dtype.kind in "iu" and (not len(ids) or (ids.min() >= 0 and ids.max() < len(ids))):
        return ids.astype(np.int64, copy=False)
    return pd.factorize(ids)[0]


def _source_codes(frame: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """A code per distinct :func:`source_keys` value at ``rows`` (-1: none), equal codes
    for equal keys whether the source or the outlet names it."""
    name, outlet = frame["source_name"], frame["publisher"]
    if not (isinstance(name.dtype, pd.CategoricalDtype)
            and isinstance(outlet.dtype, pd.CategoricalDtype)):
        return pd.factorize(source_keys(frame.iloc[rows]))[0].astype(np.int64)
    names = name.cat.categories
    as_name = names.get_indexer(outlet.cat.categories)  # an outlet also named as a source
    other = as_name < 0
    as_name[other] = len(names) + np.arange(int(other.sum()))
    as_name = np.append(as_name, -1)  # code -1 (no outlet) stays -1
    named = name.array.codes[rows].astype(np.int64)
    return np.where(named >= 0, named, as_name[outlet.array.codes[rows]])


def _codes(col: pd.Series) -> np.ndarray:
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.cat.codes.to_numpy().astype(np.int64)
    return pd.factorize(col.astype(object))[0].astype(np.int64)


def _days(frame: pd.DataFrame, name: str) -> np.ndarray:
    if f"{name}_day" in frame:
        return frame[f"{name}_day"].to_numpy().astype(np.int64)
    dates = np.asarray(frame[f"date_{name}"], dtype="datetime64[D]")
    return dates.astype(np.int64)


def _suggested_pairs(frame: pd.DataFrame, live: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of positions (i, j) that the rules link.

    Pairs never join two (type, country) blocks, so the blocks are swept and matched in
    groups of about :data:`_GROUP` events: the same pairs as all at once, with only one
    group's candidate pairs held (a store of ten million ingested in ten batches has
    tens of millions of them)."""
    sweep = _Sweep.of(frame, live)
    found = [part.pairs(frame, _Walk.of(part.batch))
             for lo, hi in _groups(sweep.block, _GROUP)
             if not ((part := sweep.part(lo, hi)).batch == part.batch[0]).all()]
    if not found:  # one batch: no pair to find
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([i for i, _ in found]), np.concatenate([j for _, j in found])


def _groups(blocks: np.ndarray, size: int) -> list[tuple[int, int]]:
    """Ranges [lo, hi) of whole blocks (runs of equal values), each of about ``size``
    positions or one block where a block alone is larger."""
    edges = np.concatenate([[0], np.flatnonzero(np.diff(blocks)) + 1, [len(blocks)]])
    out, lo = [], 0
    for hi in edges[1:].tolist():
        if hi - lo >= size or hi == len(blocks):
            out.append((lo, hi))
            lo = hi
    return [(lo, hi) for lo, hi in out if hi > lo]


@dataclass(frozen=True)
class _Sweep:
    """The events that can link (live, in a country), by (block, start, position): the
    order pairs are looked for in. Arrays but ``order`` are per sweep position."""

    #: View positions in sweep order.
    order: np.ndarray
    #: Event type and country as one code.
    block: np.ndarray
    start: np.ndarray
    end: np.ndarray
    #: Batch codes; an event without a batch is one of its own (never equal to another).
    batch: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame, live: np.ndarray) -> _Sweep:
        kind, country = _codes(frame["event_type"]), _codes(frame["country"])
        start, end = _days(frame, "start"), _days(frame, "end")
        candidates = np.flatnonzero(live & (country >= 0))
        block_of = kind * (country.max(initial=0) + 1) + country
        order = _sweep_order(block_of[candidates], start[candidates], candidates)
        batch = _codes(frame["batch_id"])[order]
        return cls(order, block_of[order], start[order], end[order],
                   np.where(batch >= 0, batch, -1 - order))

    def part(self, lo: int, hi: int) -> _Sweep:
        """Sweep positions [lo, hi) (whole blocks: no pair leaves them) as a sweep."""
        return _Sweep(self.order[lo:hi], self.block[lo:hi], self.start[lo:hi],
                      self.end[lo:hi], self.batch[lo:hi])

    def pairs(self, frame: pd.DataFrame, walk: _Walk) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (view positions) that the rules link, of those ``walk`` meets, and the
        exact restatements beyond the sweep's reach (:func:`_twin_pairs`)."""
        first, second, km, same = _window_pairs(
            self.block, self.start, self.end, self.batch, walk,
            _figure_table(frame, self.order[walk.reach]),
            _place_table(frame, self.order[walk.reach]))
        twin_first, twin_second = _twin_pairs(frame, self, walk)
        if len(twin_first):
            ends = self.order[np.concatenate([twin_first, twin_second])]
            near, twin_km = _near(_place_table(frame, ends),
                                  *np.arange(2 * len(twin_first)).reshape(2, -1))
            first, second, km, same = (
                np.concatenate(pair) for pair in (
                    (first, twin_first[near]), (second, twin_second[near]),
                    (km, twin_km[near]), (same, np.ones(int(near.sum()), dtype=bool))))
        # In the sweep's order (by distance, then the earlier one): ties go the same way.
        sweep = np.lexsort((first, second - first))
        first, second, km, same = first[sweep], second[sweep], km[sweep], same[sweep]
        i, j = self.order[first], self.order[second]
        # Days apart, plus a day per 25 km (two where a point is missing), one for another
        # precision and half of one for other figures: the closest claim wins, an exact
        # restatement always (over a claim of the same day and place with other figures).
        rank = _ranks(frame)
        closeness = (np.abs(self.start[first] - self.start[second])
                     + np.abs(self.end[first] - self.end[second])
                     + np.nan_to_num(km, nan=50.0) / 25 + (rank[i] != rank[j])
                     + 0.5 * ~same)
        return _mutual_best(frame, i, j, closeness)


def _twin_pairs(frame: pd.DataFrame, sweep: _Sweep, walk: _Walk
                ) -> tuple[np.ndarray, np.ndarray]:
    """Sweep positions (a, b), a < b, of exact restatements the sweep's guard on steps
    leaves out: claims of different batches that agree on every compared field (type,
    country, dates, region, point, precision and figures), on a day of a block crowded
    past :data:`MAX_STEPS` claims (elsewhere the sweep meets them). The k-th identical
    claim of one batch pairs with the k-th of each other batch, so a claim's pairs never
    depend on a third batch's rows, and a run of identical claims costs pairs per batch,
    not per claim squared. Where ``walk`` starts from a few events, a pair has one there."""
    none = (np.zeros(0, dtype=np.int64),) * 2
    day = sweep.block.astype(np.int64) * 2**32 + (sweep.start - sweep.start.min(initial=0))
    bounds = np.concatenate([[0], np.flatnonzero(np.diff(day)) + 1, [len(day)]])
    sizes = np.diff(bounds)
    crowded = sizes > MAX_STEPS + 1
    if not walk.walk_all:
        day_of = np.repeat(np.arange(len(sizes)), sizes)
        crowded &= np.bincount(day_of[walk.starts], minlength=len(sizes)) > 0
    at = np.flatnonzero(np.repeat(crowded, sizes))
    if len(at) < 2:
        return none
    fields = [day[at].astype("float64"), *_claim_fields(frame, sweep.order[at], sweep.end[at])]
    prints = _fingerprint(fields)
    order = np.argsort(prints)
    repeated = np.zeros(len(at) + 1, dtype=bool)
    repeated[1:-1] = prints[order[1:]] == prints[order[:-1]]
    kept = np.sort(order[repeated[1:] | repeated[:-1]])  # claims told more than once: few
    at, fields = at[kept], [values[kept] for values in fields]
    claim, batch = np.unique(prints[kept], return_inverse=True)[1], sweep.batch[at]
    by_batch = np.lexsort((at, batch, claim))
    rank = np.empty(len(at), dtype=np.int64)  # among its batch's identical claims
    rank[by_batch] = _rank_in_runs(_runs(claim[by_batch], batch[by_batch]))
    by_rank = np.lexsort((at, rank, claim))
    group = _runs(claim[by_rank], rank[by_rank])
    last = np.flatnonzero(np.append(group[1:] != group[:-1], True)) + 1
    k, other = _ranges(np.arange(len(at)), np.arange(len(at)) + 1, last[group])
    a, b = at[by_rank[k]], at[by_rank[other]]
    if not walk.walk_all:
        started = walk.started[a] | walk.started[b]
        a, b = a[started], b[started]
    alike = np.ones(len(a), dtype=bool)  # a fingerprint may collide: the fields decide
    where = np.searchsorted(at, np.concatenate([a, b])).reshape(2, -1)
    for values in fields:
        x, y = values[where[0]], values[where[1]]
        alike &= (x == y) | (np.isnan(x) & np.isnan(y))
    a, b = np.minimum(a, b)[alike], np.maximum(a, b)[alike]
    beyond = b - a > MAX_STEPS  # nearer ones the sweep meets
    return a[beyond], b[beyond]


def _runs(*keys: np.ndarray) -> np.ndarray:
    """A dense id per distinct tuple of ``keys``, ids in the tuples' sorted order."""
    order = np.lexsort(keys[::-1])
    change = np.zeros(len(order), dtype=bool)
    change[:1] = True
    for key in keys:
        ordered = key[order]
        change[1:] |= ordered[1:] != ordered[:-1]
    ids = np.empty(len(order), dtype=np.int64)
    ids[order] = np.cumsum(change) - 1
    return ids


def _rank_in_runs(ids: np.ndarray) -> np.ndarray:
    """Each position's place (0, 1, …) among the positions of its run of equal ``ids``."""
    starts = np.flatnonzero(np.concatenate([[True], ids[1:] != ids[:-1]]))
    return np.arange(len(ids)) - np.repeat(starts, np.diff(np.append(starts, len(ids))))


def _claim_fields(frame: pd.DataFrame, rows: np.ndarray, end: np.ndarray) -> list[np.ndarray]:
    """What two claims of one block and start day must share to be the same claim, as
    float64 columns of ``rows`` (NaN: none): end day, region, precision, point, figures."""
    codes = (_codes(frame["adm1_code"])[rows], _codes(frame["admin1"])[rows],
             _ranks(frame)[rows], end)
    out = [np.asarray(c, dtype="float64") for c in codes]
    out += [frame[c].to_numpy(dtype="float64", na_value=np.nan)[rows] for c in ("lon", "lat")]
    for low, high in FIGURE_PAIRS:
        out += list(_bounds(frame, low, high, rows))
    return out


def _fingerprint(fields: list[np.ndarray]) -> np.ndarray:
    """One 64-bit mix of the columns per row: equal rows, equal prints (NaN and -0.0
    normalised); unequal ones almost never."""
    out = np.full(len(fields[0]), 0xCBF29CE484222325, dtype=np.uint64)
    for values in fields:
        bits = np.where(np.isnan(values), np.inf, values + 0.0).view(np.uint64)
        out = (out ^ bits) * np.uint64(0x100000001B3)
        out ^= out >> np.uint64(29)
    return out


def _sweep_order(block: np.ndarray, start: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """``positions`` by (block, start, position). The view is sorted by start already, so
    one stable sort by block (a radix sort on small codes) does instead of a lexsort.

    Not by region within a day: claims of one place side by side keep far more near pairs
    within the sweep's reach (at ten million events, linking took 17.7 GB and 7.5 min of
    CPU instead of about 8.5 GB), for the few restatements of a crowded day it reaches."""
    if len(start) and np.all(start[1:] >= start[:-1]):
        small = np.min_scalar_type(int(block.max()))
        return positions[np.argsort(block.astype(small), kind="stable")]
    return positions[np.lexsort((start, block))]


@dataclass(frozen=True)
class _Walk:
    """Where a sweep walks from and what it can meet, in sweep positions.

    Only pairs across batches count, so where one batch holds most events only the
    others are walked from (both ways), and a walk meets at most :data:`MAX_STEPS`
    positions either side of them: the tables of figures and places are laid out over
    those positions only (``reach``), so a patch of a few reports into a million
    events lays out a few hundred thousand rows, not every event's.
    """

    #: Whether every event is walked from (forward only), else only ``starts`` both ways.
    walk_all: bool
    #: Per sweep position, whether it is walked from (None when ``walk_all``).
    started: np.ndarray | None
    #: The positions walked from (all of them when ``walk_all``).
    starts: np.ndarray
    #: Sorted positions a walk can meet: the rows of the figure and place tables.
    reach: np.ndarray
    #: Sweep position → its row in ``reach`` (None: the same, every position is in reach).
    slot: np.ndarray | None

    @classmethod
    def of(cls, batch: np.ndarray) -> _Walk:
        """From the events outside the largest batch (pairs within a batch do not count)."""
        values, counts = np.unique(batch, return_counts=True)
        started = batch != values[np.argmax(counts)]
        if 2 * int(started.sum()) >= len(batch):
            everything = np.arange(len(batch))
            return cls(True, None, everything, everything, None)
        return cls.starting(started)

    @classmethod
    def starting(cls, started: np.ndarray) -> _Walk:
        """From the positions ``started`` only, both ways: every pair with one end there."""
        n = len(started)
        others = np.flatnonzero(started)
        # Windows of MAX_STEPS either side of each start: +1 where one opens, -1 past its end.
        edges = (np.bincount(np.maximum(others - MAX_STEPS, 0), minlength=n + 1)
                 - np.bincount(np.minimum(others + MAX_STEPS + 1, n), minlength=n + 1))
        inside = np.cumsum(edges[:n]) > 0
        return cls(False, started, others, np.flatnonzero(inside), np.cumsum(inside) - 1)

    def rows(self, positions: np.ndarray) -> np.ndarray:
        """The rows of tables over ``reach`` that hold these sweep positions."""
        return positions if self.slot is None else self.slot[positions]


def _window_pairs(block: np.ndarray, start: np.ndarray, end: np.ndarray, batch: np.ndarray,
                  walk: _Walk, figures: Figures, places: Places
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Positions (a, b), a < b, of the pairs a sweep meets, their distance (km) and whether
    they give the very same figures: same
    block, b at most :data:`MAX_STEPS` after a, b starting by a's end; of different
    batches, with compatible figures and near enough (checked per chunk, on columns in
    sweep order: neighbours in memory; laid out over the positions in the walk's reach).
    Each chunk keeps only its near pairs.

    Block and day make one sorted key, so each event's reach is one ``searchsorted``
    and its pairs are ranges, enumerated without a loop per step. Only pairs across
    batches count, so where one batch holds most events (a store ingested once, then a
    few reports) only the other events' ranges are walked, both ways: the work is in
    proportion to them, not to the store.
    """
    n = len(block)
    if not n:
        return (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0),
                np.zeros(0, dtype=bool))
    base = int(start.min())
    key = block.astype(np.int64) * 2**32 + (start - base)
    reach = block.astype(np.int64) * 2**32 + np.maximum(end.astype(np.int64) - base, -1)
    walk_all = walk.walk_all
    span = int((end - start).max())  # the longest span: how far back a sweep can reach
    firsts, seconds, kms, sames = [], [], [], []

    def keep(a: np.ndarray, b: np.ndarray) -> None:
        pair = _compatible(figures, walk.rows(a), walk.rows(b))
        a, b = a[pair], b[pair]
        near, km = _near(places, walk.rows(a), walk.rows(b))
        firsts.append(a[near])
        seconds.append(b[near])
        kms.append(km[near])
        sames.append(_same_figures(figures, walk.rows(a[near]), walk.rows(b[near])))

    for part in np.array_split(walk.starts, max(1, len(walk.starts) // _CHUNK)):
        # Forward: the events after each one of the part, while they start by its end.
        stop = np.minimum(np.searchsorted(key, reach[part], "right"), part + 1 + MAX_STEPS)
        a, b = _ranges(part, part + 1, stop)
        across = batch[a] != batch[b]
        keep(a[across], b[across])
        if not walk_all:  # backward: the events not walked from whose sweep meets the part
            lo = np.maximum(np.searchsorted(key, key[part] - span, "left"), part - MAX_STEPS)
            later, earlier = _ranges(part, lo, part)
            meets = (key[later] <= reach[earlier]) & ~walk.started[earlier]
            keep(earlier[meets], later[meets])
    return (np.concatenate(firsts), np.concatenate(seconds), np.concatenate(kms),
            np.concatenate(sames))


def _ranges(owner: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each owner repeated once per position of its ``[lo, hi)``, and those positions."""
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(owner, counts), np.repeat(lo, counts) + offsets


#: Per event: the kinds of figure it gives (bits), its figures' lows (none: 0) and highs
#: (none: infinite), one row per :data:`FIGURE_PAIRS` entry.
Figures = tuple[np.ndarray, np.ndarray, np.ndarray]


def _figure_table(frame: pd.DataFrame, order: np.ndarray) -> Figures:
    """The figures of the events at ``order``, in that order (see :data:`Figures`)."""
    kinds = np.zeros(len(order), dtype=np.int8)
    # Filled a row at a time: stacking lists of rows copied them all again.
    lows, highs = np.empty((2, len(FIGURE_PAIRS), len(order)))
    for bit, (low, high) in enumerate(FIGURE_PAIRS):
        lo, hi = _bounds(frame, low, high, order)  # arrays of their own: changed in place
        kinds |= ((~np.isnan(lo) | ~np.isnan(hi)) << bit).astype(np.int8)
        lows[bit] = np.nan_to_num(lo, copy=False, nan=0.0)
        highs[bit] = np.nan_to_num(hi, copy=False, nan=np.inf)
    return kinds, lows, highs


def _same_figures(figures: Figures, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the events at rows ``a`` and ``b`` give the very same figures."""
    kinds, lows, highs = figures
    same = kinds[a] == kinds[b]
    for lo, hi in zip(lows, highs, strict=True):
        same &= (lo[a] == lo[b]) & (hi[a] == hi[b])
    return same


def _compatible(figures: Figures, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The same kinds of figure given, and every pair of ranges overlapping (a figure
    neither gives spans 0 to infinity in both, which overlaps)."""
    kinds, lows, highs = figures
    ok = kinds[a] == kinds[b]
    a, b = a[ok], b[ok]
    fits = np.ones(len(a), dtype=bool)
    for lo, hi in zip(lows, highs, strict=True):
        fits &= np.maximum(lo[a], lo[b]) <= np.minimum(hi[a], hi[b])
    ok[ok] = fits
    return ok


def _mutual_best(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray,
                 closeness: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Only pairs where each is the other's closest match in the other's batch: a claim
    restates one event of another source, so chains (A ~ B' ~ C) do not glue distinct
    events together. Matched events leave the pool and the rest match again (a few
    rounds), so ties between equal events still pair them one to one.

    Each pair is seen from both ends, (event, the other end's batch) as one dense key;
    each round takes the first live half per key in (closeness, pair) order by a scatter,
    not a sort (pandas' duplicated and MultiIndex took most of a link of ten batches)."""
    batch = _codes(frame["batch_id"])
    m = len(i)
    node = np.concatenate([i, j])
    other = np.concatenate([batch[j], batch[i]]) + 1  # no batch (-1) is a batch of its own
    pid = np.concatenate([np.arange(m), np.arange(m)])
    order = np.lexsort((pid, np.concatenate([closeness, closeness])))  # stable: i's half first
    pid = pid[order]
    key = np.unique(node[order] * (int(other.max(initial=0)) + 1) + other[order],
                    return_inverse=True)[1]
    live = np.arange(2 * m)
    kept: list[np.ndarray] = []
    for _ in range(_MATCH_ROUNDS):
        if not len(live):
            break
        first = np.full(int(key.max(initial=0)) + 1, -1)
        first[key[live[::-1]]] = live[::-1]  # the last write is each key's first live half
        best = first[first >= 0]
        chosen = np.flatnonzero(np.bincount(pid[best], minlength=m) == 2)
        if not len(chosen):
            break
        kept.append(chosen)
        matched = np.zeros(m, dtype=bool)
        matched[chosen] = True
        taken = np.zeros(len(first), dtype=bool)
        taken[key[live[matched[pid[live]]]]] = True
        dropped = np.zeros(m, dtype=bool)  # every pair with a half on a taken key leaves
        dropped[pid[live[taken[key[live]]]]] = True
        live = live[~dropped[pid[live]]]
    chosen = np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
    return i[chosen], j[chosen]


#: Per event: region code, region name code, geo precision rank, lon and lat (radians),
#: cosine of lat.
Places = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _place_table(frame: pd.DataFrame, order: np.ndarray) -> Places:
    """The places of the events at ``order``, in that order (see :data:`Places`)."""
    lon = np.radians(frame["lon"].to_numpy(dtype="float64", na_value=np.nan)[order])
    lat = np.radians(frame["lat"].to_numpy(dtype="float64", na_value=np.nan)[order])
    return (_codes(frame["adm1_code"])[order], _codes(frame["admin1"])[order],
            _ranks(frame)[order], lon, lat, np.cos(lat))


def _near(places: Places, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Same region, or within the distance of the coarser precision; and the distance (km)."""
    region, name, rank, lon, lat, cos_lat = places
    same_region = (((region[i] == region[j]) & (region[i] >= 0))
                   | ((region[i] < 0) & (region[j] < 0) & (name[i] == name[j]) & (name[i] >= 0)))
    limits = np.array([DISTANCE_KM[p] for p in GEO_PRECISIONS] + [np.inf])
    limit = limits[np.maximum(rank[i], rank[j]).astype(np.int64)]
    h = (np.sin((lat[j] - lat[i]) / 2) ** 2
         + cos_lat[i] * cos_lat[j] * np.sin((lon[j] - lon[i]) / 2) ** 2)
    km = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    return same_region | np.isinf(limit) | (km <= limit), km


def _ranks(frame: pd.DataFrame) -> np.ndarray:
    """Geo precision as its rank in :data:`GEO_PRECISIONS` (finest first)."""
    if "geo_rank" in frame:
        return frame["geo_rank"].to_numpy()
    return frame["geo_precision"].astype(object).map(GEO_PRECISIONS.index).to_numpy()


def _bounds(frame: pd.DataFrame, low: str, high: str, at: np.ndarray | None = None
            ) -> tuple[np.ndarray, np.ndarray]:
    """A figure's low and high as float64 (NaN: none), of the rows ``at`` (None: all),
    taken before they are widened."""
    def column(name: str) -> np.ndarray:
        values = frame[name] if at is None else frame[name].iloc[at]
        return values.to_numpy(dtype="float64", na_value=np.nan)

    return column(low), column(high)


def _identical(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    same = np.ones(len(i), dtype=bool)
    for low, high in FIGURE_PAIRS:
        for values in _bounds(frame, low, high):
            same &= (values[i] == values[j]) | (np.isnan(values[i]) & np.isnan(values[j]))
    return same


def _inconsistent(frame: pd.DataFrame, labels: np.ndarray) -> np.ndarray:
    """Per event: its group holds two ranges of one figure that do not overlap (intervals
    overlap pairwise exactly when the highest low is at most the lowest high)."""
    bad = np.zeros(len(labels), dtype=bool)
    shared = np.flatnonzero(np.bincount(labels, minlength=len(labels))[labels] > 1)
    if not len(shared):  # an event alone has no other claim to contradict
        return bad
    for low, high in FIGURE_PAIRS:
        lo, hi = (v[shared] for v in _bounds(frame, low, high))
        given = ~np.isnan(lo) | ~np.isnan(hi)
        parts = pd.DataFrame({"lo": np.where(given, np.nan_to_num(lo), np.nan),
                              "hi": np.where(given, np.nan_to_num(hi, nan=np.inf), np.nan)})
        grouped = parts.groupby(labels[shared])
        bad[shared] |= (grouped["lo"].transform("max") > grouped["hi"].transform("min")
                        ).to_numpy()
    return bad


def _analyst_pairs(frame: pd.DataFrame, links: pd.DataFrame
                   ) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """Confirmed pairs (positions) and broken ones (as sorted position pairs, one per row)."""
    if links.empty:
        return (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)), np.zeros(
            (0, 2), dtype=np.int64)
    named = pd.concat([links["event_a"], links["event_b"]]).astype(str)
    ids = frame["event_id"].astype(str)
    at = np.flatnonzero(ids.isin(named).to_numpy())  # only the linked ids: no index of all
    position = pd.Series(at, index=ids.to_numpy()[at])
    position = position[~position.index.duplicated()]
    a = position.reindex(links["event_a"].astype(str)).to_numpy()
    b = position.reindex(links["event_b"].astype(str)).to_numpy()
    found = ~np.isnan(a) & ~np.isnan(b)
    confirmed = links["confirmed"].to_numpy(dtype=bool)
    a, b = np.nan_to_num(a).astype(np.int64), np.nan_to_num(b).astype(np.int64)
    yes = found & confirmed
    no = found & ~confirmed
    broken = np.sort(np.column_stack([a[no], b[no]]), axis=1)
    return (a[yes], b[yes]), broken


def _without(i: np.ndarray, j: np.ndarray, broken: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(i):
        return i, j
    pairs = np.sort(np.column_stack([i, j]), axis=1)
    width = max(int(pairs.max()), int(broken.max())) + 1
    drop = np.isin(pairs[:, 0] * width + pairs[:, 1], broken[:, 0] * width + broken[:, 1])
    return i[~drop], j[~drop]


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected groups of ``n`` nodes joined by pairs: each node's smallest member position."""
    labels = np.arange(n, dtype=np.int64)
    if not len(i):
        return labels
    while True:
        low = np.minimum(labels[i], labels[j])
        before = labels.copy()
        np.minimum.at(labels, i, low)
        np.minimum.at(labels, j, low)
        labels = labels[labels]  # jump to the root found so far
        if np.array_equal(labels, before):
            return labels
