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

Everything is vectorised: events are sorted by (type, country, start), and an event
is compared with the events of other batches whose spans overlap its own, but on a
crowded day with at most :data:`MAX_STEPS` of each other batch on either side
(:class:`_Reach`): a bound that rows of a third batch never change, so a batch added
later is linked from its own rows alone, with the same result as linking every event.
Exact restatements (every compared field alike) are paired beyond that bound, by a
fingerprint of their fields.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from geoapp.model import GEO_PRECISIONS

#: Farthest apart (km) two points may be for one incident, by the coarser precision;
#: country level has no limit inside the country.
DISTANCE_KM = {"exact": 10.0, "near": 25.0, "district": 60.0, "region": 300.0,
               "country": np.inf}
#: The most events of each other batch an event is compared with on a crowded day, either
#: way (a guard, not a rule: see :class:`_Reach`).
MAX_STEPS = 8
#: Figures compared for compatibility: (low column, high column).
FIGURE_PAIRS = (("killed_low", "killed_high"), ("wounded_low", "wounded_high"),
                ("casualties_low", "casualties_high"), ("count_low", "count_high"))
#: Rounds of matching what is left once the mutual best matches are taken.
_MATCH_ROUNDS = 4
#: Events walked from at once (bounds the memory of the pairs found before they are kept).
_CHUNK = 20_000
#: Where the events outside the largest batch are fewer than one in this many, pairs are
#: looked for from them alone (every pair has an end there).
_FEW = 20
#: Batches whose events are counted per position by :class:`_Reach` (the largest ones).
_COUNTED = 16
#: Events of whole (type, country) blocks whose pairs are found and matched at once.
_GROUP = 1_000_000
_EARTH_KM = 6371.0088
#: The finest difference of closeness that tells two matches apart: about a millionth of
#: a day, or 2.4 cm of distance (a day per 25 km).
_CLOSENESS_STEP = 2.0**-20


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
    """:func:`link_incidents` as arrays, with the suggested pairs that joined them (a 2 × k
    array of row positions, the analyst's broken links taken out): what
    :func:`extend_incidents` needs to add rows later without looking for them again."""
    n = len(frame)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros((2, 0), dtype=np.int64)
    links = empty_links() if links is None else links
    live = ~frame["status"].eq("rejected").to_numpy(dtype=bool, na_value=False)
    i, j = _suggested_pairs(frame, live)
    confirmed, broken = _analyst_pairs(frame, links)
    if len(broken):
        i, j = _without(i, j, broken)
    return _grouped(frame, n, i, j, confirmed), np.stack([i, j])


def _grouped(frame: pd.DataFrame, n: int, i: np.ndarray, j: np.ndarray,
             confirmed: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Incidents of ``n`` events joined by suggested pairs and confirmed links; a group
    whose claims cannot all be true keeps only its links between identical figures."""
    labels = _components(n, np.concatenate([i, confirmed[0]]), np.concatenate([j, confirmed[1]]))
    bad = _inconsistent(frame, labels)
    if bad.any():
        keep = ~bad[i] | _identical(frame, i, j)
        labels = _components(n, np.concatenate([i[keep], confirmed[0]]),
                             np.concatenate([j[keep], confirmed[1]]))
    return labels


def extend_incidents(frame: pd.DataFrame, links: pd.DataFrame, labels: np.ndarray,
                     pairs: np.ndarray, fresh: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """:func:`linked_incidents` of ``frame``, a view with rows added at positions ``fresh``
    to one linked under the same ``links`` into ``labels`` by ``pairs``, found by walking
    from the new rows only, and which rows' incidents were grouped again (those joined to
    an added row); None where that is not sure to equal linking every event (the caller
    links them all).

    It is equal when the new rows come in batches of their own (named, none of the other
    rows') and no analyst's link names one of them: the older rows' pairs, their order
    among ties and their matches do not depend on a third batch's rows (:class:`_Reach`,
    :func:`_mutual_best`), so the pairs of every event are the kept ones and those of the
    new rows; only the groups those reach are grouped again, from their pairs.
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
    started = np.flatnonzero(added[sweep.order])
    i, j = (sweep.pairs(frame, started) if len(started)
            else (np.zeros(0, dtype=np.int64),) * 2)
    kept = np.flatnonzero(~added)  # old position → new one
    i, j = np.concatenate([kept[pairs[0]], i]), np.concatenate([kept[pairs[1]], j])
    out = np.empty(n, dtype=np.int64)
    out[kept] = kept[labels]  # an older group's label is its first row, wherever it moved
    out[fresh] = fresh
    confirmed, _ = _analyst_pairs(frame, links)
    ends = (np.concatenate([i, confirmed[0]]), np.concatenate([j, confirmed[1]]))
    touched = _reached(out, fresh, *ends)
    rows = np.flatnonzero(touched)
    local = np.full(n, -1, dtype=np.int64)
    local[rows] = np.arange(len(rows))
    inside, joined = touched[i], touched[confirmed[0]]
    figures = pd.DataFrame({c: frame[c].iloc[rows].to_numpy(dtype="float64", na_value=np.nan)
                            for pair in FIGURE_PAIRS for c in pair}, copy=False)
    grouped = _grouped(figures, len(rows), local[i[inside]], local[j[inside]],
                       (local[confirmed[0][joined]], local[confirmed[1][joined]]))
    out[rows] = rows[grouped]  # rows ascend: a group's smallest local row is its first
    return out, np.stack([i, j]), touched


def _reached(groups: np.ndarray, start: np.ndarray, i: np.ndarray, j: np.ndarray
             ) -> np.ndarray:
    """Per node: whether pairs (i, j) join it to a node of ``start``, given ``groups`` that
    the pairs already join (each node's group label, a node position). Only the pairs
    across groups are walked, a pass per link of the longest chain: walking every pair
    took 29 s of CPU at ten million, finding the pairs' groups afresh longer."""
    a, b = groups[i], groups[j]
    across = a != b
    a, b = a[across], b[across]
    seen = np.zeros(len(groups), dtype=bool)
    seen[groups[start]] = True
    while True:
        step = seen[a] != seen[b]
        if not step.any():
            return seen[groups]
        seen[a[step]] = True
        seen[b[step]] = True


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


def _codes(col: pd.Series, at: np.ndarray | None = None) -> np.ndarray:
    """Integer codes of a column's values (-1: missing), of the rows ``at`` (None: all):
    a category's own codes, taken at the rows before they are widened."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = col.cat.codes.to_numpy()
    else:
        codes = pd.factorize(col.astype(object))[0]
    return (codes if at is None else codes[at]).astype(np.int64)


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
    hundreds of millions of them)."""
    sweep = _Sweep.of(frame, live)
    found = [part.pairs(frame) for lo, hi in _groups(sweep.block, _GROUP)
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
        region = _codes(frame["adm1_code"], candidates)
        order = _sweep_order(block_of[candidates], start[candidates], region, candidates)
        batch = _codes(frame["batch_id"], order)
        return cls(order, block_of[order], start[order], end[order],
                   np.where(batch >= 0, batch, -1 - order))

    def part(self, lo: int, hi: int) -> _Sweep:
        """Sweep positions [lo, hi) (whole blocks: no pair leaves them) as a sweep."""
        return _Sweep(self.order[lo:hi], self.block[lo:hi], self.start[lo:hi],
                      self.end[lo:hi], self.batch[lo:hi])

    def pairs(self, frame: pd.DataFrame, added: np.ndarray | None = None
              ) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (view positions) that the rules link: of every event, or only those
        with an end at the sweep positions ``added`` (rows come in batches of their own).
        Every overlapping event is tried from the few (:meth:`_Reach.pairs_with`), the
        four look-ups of :meth:`_Reach.every_pair` serve the many."""
        reach = _Reach(self)
        if added is None:  # where one batch holds nearly all, every pair has an end outside
            values, counts = np.unique(self.batch, return_counts=True)
            outside = np.flatnonzero(self.batch != values[np.argmax(counts)])
            added = outside if len(outside) * _FEW < len(self.batch) else None
        twins = _twin_pairs(frame, self, added)
        beyond = ~reach.allows(*twins)  # exact restatements the guard leaves out
        twins = (twins[0][beyond], twins[1][beyond])
        if added is None:  # the tables hold every position
            rows, walkers = None, np.arange(len(self.order))
            found = (reach.every_pair(part)  # kept per part: all at once would not fit
                     for part in np.array_split(walkers, max(1, len(walkers) // _CHUNK)))
        else:  # the tables hold the positions of the pairs found
            found = [reach.pairs_with(part, added)
                     for part in np.array_split(added, max(1, len(added) // _CHUNK))]
            rows = np.unique(np.concatenate([*(np.concatenate(p) for p in found), *twins]))
        laid = self.order if rows is None else self.order[rows]
        figures, places = _figure_table(frame, laid), _place_table(frame, laid)
        kept = [_kept(rows, a, b, figures, places) for a, b in itertools.chain(found, [twins])]
        first, second, km, same = (np.concatenate(column) for column in zip(*kept, strict=True))
        # In sweep order, which keeps the older rows' order when rows are added: ties go
        # the same way whatever comes later (a pair's second end lies after its first).
        order = _order_by(first, second - first)
        first, second, km, same = first[order], second[order], km[order], same[order]
        i, j = self.order[first], self.order[second]
        # Days apart, plus a day per 25 km (two where a point is missing), one for another
        # precision and half of one for other figures: the closest claim wins, an exact
        # restatement always (over a claim of the same day and place with other figures).
        rank = _ranks(frame)
        closeness = (np.abs(self.start[first] - self.start[second])
                     + np.abs(self.end[first] - self.end[second])
                     + np.nan_to_num(km, nan=50.0) / 25 + (rank[i] != rank[j])
                     + 0.5 * ~same)
        # matched on sweep positions, dense in the part; events without a batch as one
        first, second = _mutual_best(np.maximum(self.batch, -1), first, second, closeness)
        return self.order[first], self.order[second]


def _kept(rows: np.ndarray | None, first: np.ndarray, second: np.ndarray, figures: Figures,
          places: Places) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (a, b) with compatible figures and near enough, their distance (km) and
    whether they give the very same figures; the tables hold the sweep positions ``rows``
    (sorted) in order, or every position (None)."""
    if rows is not None:
        a, b = np.searchsorted(rows, first), np.searchsorted(rows, second)
        keep = _compatible(figures, a, b)
        a, b, first, second = a[keep], b[keep], first[keep], second[keep]
        near, km = _near(places, a, b)
        a, b, first, second = a[near], b[near], first[near], second[near]
    else:  # table rows are sweep positions
        keep = _compatible(figures, first, second)
        first, second = first[keep], second[keep]
        near, km = _near(places, first, second)
        a, b = first, second = first[near], second[near]
    return first, second, km[near], _same_figures(figures, a, b)


class _Reach:
    """Which events of a sweep are compared, as a rule that rows of a third batch never
    change (so rows added in a batch of their own leave the older rows' pairs as they
    were, and linking from them alone equals linking every event).

    Two events of different batches, of one block, whose spans overlap, are compared when
    either is among the :data:`MAX_STEPS` nearest events of its own batch to the other:
    b among the first of b's batch after a, or a among the last of a's batch before b (a
    before b in the sweep). On a crowded day a claim is so compared with a bounded
    number of each other source's claims, however many sources there are.

    A batch with at most :data:`MAX_STEPS` events in a block is one the bound never
    binds for: its events are compared with every overlapping event. A larger one is
    looked up per (event, batch) by its events' positions.
    """

    def __init__(self, sweep: _Sweep) -> None:
        n = self.n = len(sweep.order)
        self.block = sweep.block
        base = int(sweep.start.min(initial=0))
        self.key = sweep.block.astype(np.int64) * 2**32 + (sweep.start - base)
        self.reach = sweep.block.astype(np.int64) * 2**32 + np.maximum(
            sweep.end.astype(np.int64) - base, -1)
        self.span = int((sweep.end - sweep.start).max(initial=0))
        code = sweep.batch.copy()  # dense: batches as they are, then one per batchless event
        alone = code < 0
        code[alone] = int(code.max(initial=-1)) + 1 + np.arange(int(alone.sum()))
        self.code = code
        small = code.astype(np.min_scalar_type(int(code.max(initial=0))))
        self.rows = np.argsort(small, kind="stable")  # by batch, then position
        self.batch_key = code[self.rows] * (n + 1) + self.rows
        self.index = np.empty(n, dtype=np.int64)  # each event's place in ``rows``
        self.index[self.rows] = np.arange(n)
        self.first = np.searchsorted(self.batch_key,  # where each batch begins in ``rows``
                                     np.arange(int(code.max(initial=0)) + 2) * (n + 1))

    def stop(self, a: np.ndarray) -> np.ndarray:
        """The end of each event's window: the events after ``a`` before it start by a's end."""
        return np.searchsorted(self.key, self.reach[a], "right")

    @cached_property
    def large(self) -> np.ndarray:
        """Per event, whether its batch has more than :data:`MAX_STEPS` events in its block
        (counted along ``rows``, where a batch's events run block by block)."""
        code, block = self.code[self.rows], self.block[self.rows]
        starts = np.flatnonzero(np.concatenate(
            [[True], (code[1:] != code[:-1]) | (block[1:] != block[:-1])]))
        sizes = np.diff(np.append(starts, self.n))
        out = np.empty(self.n, dtype=bool)
        out[self.rows] = np.repeat(sizes > MAX_STEPS, sizes)
        return out

    @cached_property
    def small_rows(self) -> np.ndarray:
        return np.flatnonzero(~self.large)

    @cached_property
    def large_rows(self) -> np.ndarray:
        return np.flatnonzero(self.large)

    @cached_property
    def large_batches(self) -> tuple[np.ndarray, np.ndarray]:
        """The (block, batch) pairs of the large batches, by block."""
        width = int(self.code.max(initial=0)) + 1
        big = np.unique(self.block[self.large_rows] * width + self.code[self.large_rows])
        return big // width, big % width

    @cached_property
    def _counts(self) -> tuple[np.ndarray, np.ndarray]:
        """For the largest batches (at most :data:`_COUNTED`): a slot per batch code (-1:
        none) and, per slot, how many of its events lie before each position: a look-up
        where a search of ``batch_key`` per pair would cost most of the sweep."""
        sizes = np.diff(self.first)
        big = np.argsort(-sizes, kind="stable")[:_COUNTED]
        big = big[sizes[big] > MAX_STEPS]
        slot = np.full(len(sizes), -1)
        slot[big] = np.arange(len(big))
        counts = np.zeros((len(big), self.n + 1), dtype=np.int32)
        for k, code in enumerate(big.tolist()):
            np.cumsum(self.code == code, out=counts[k, 1:])
        return slot, counts

    def _at(self, code: np.ndarray, p: np.ndarray) -> np.ndarray:
        """Index in ``rows`` of batch ``code``'s first event at position ``p`` or after."""
        slot, counts = self._counts
        at = slot[code]
        if (at >= 0).all():
            return self.first[code] + counts.ravel()[at * (self.n + 1) + p]
        out = np.empty(len(code), dtype=np.int64)
        counted = at >= 0
        out[counted] = self._at(code[counted], p[counted])
        out[~counted] = np.searchsorted(self.batch_key,
                                        code[~counted] * (self.n + 1) + p[~counted], "left")
        return out

    def allows(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether pairs (a, b), a before b, of one block and overlapping, are compared."""
        return ((self.index[b] + 1 - self._at(self.code[b], a + 1) <= MAX_STEPS)
                | (self._at(self.code[a], b) - self.index[a] <= MAX_STEPS))

    def _past_first(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether more than :data:`MAX_STEPS` events of b's batch lie in (a, b]."""
        return self.index[b] + 1 - self._at(self.code[b], a + 1) > MAX_STEPS

    def every_pair(self, walkers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every compared pair (a, b) with a among ``walkers`` (forward), found in four
        disjoint parts: b of a small batch; b among the first of its large batch after a;
        a of a small batch and b of a large one past its first; both large, a among the
        last of its batch before b but b past the first of its batch after a."""
        code, big_code = self.code, self.large_batches[1]
        # b of a small batch: every one in the window
        a, k = _ranges(walkers, np.searchsorted(self.small_rows, walkers, "right"),
                       np.searchsorted(self.small_rows, self.stop(walkers), "left"))
        b = self.small_rows[k]
        parts = [(a[code[a] != code[b]], b[code[a] != code[b]])]
        # b among the first MAX_STEPS of its large batch after a
        a, big = self._with_large_batches(walkers)
        lo = self._at(big_code[big], a + 1)
        hi = np.minimum(self._at(big_code[big], self.stop(a)), lo + MAX_STEPS)
        a, k = _ranges(a, lo, hi)
        parts.append((a, self.rows[k]))
        # a small, b large and past the first of its batch after a
        small = walkers[~self.large[walkers]]
        a, k = _ranges(small, np.searchsorted(self.large_rows, small, "right"),
                       np.searchsorted(self.large_rows, self.stop(small), "left"))
        b = self.large_rows[k]
        past = self._past_first(a, b)
        parts.append((a[past], b[past]))
        # both large: a among the last MAX_STEPS of its batch before b, b past the first
        b, big = self._with_large_batches(walkers[self.large[walkers]])
        hi = self._at(big_code[big], b)
        back = np.searchsorted(self.key, self.key[b] - self.span, "left")  # the earliest
        lo = np.maximum(hi - MAX_STEPS, self._at(big_code[big], back))   # that may overlap
        b, k = _ranges(b, lo, hi)
        a = self.rows[k]
        overlap = self.reach[a] >= self.key[b]
        a, b = a[overlap], b[overlap]
        past = self._past_first(a, b)
        parts.append((a[past], b[past]))
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _with_large_batches(self, walkers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each walker once per large batch of its block but its own: (walker, index into
        ``big_code``)."""
        big_block, big_code = self.large_batches
        block = self.block[walkers]
        w, big = _ranges(walkers, np.searchsorted(big_block, block, "left"),
                         np.searchsorted(big_block, block, "right"))
        other = big_code[big] != self.code[w]
        return w[other], big[other]

    def pairs_with(self, ends: np.ndarray, added: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The compared pairs (a, b), a before b, with an end among ``ends`` (some of the
        ``added`` positions, in batches of their own): every overlapping event is tried,
        forward, and backward from the older ones (a pair of two added rows is found
        forward from the first)."""
        a, b = _ranges(ends, ends + 1, self.stop(ends))
        later, earlier = _ranges(ends, np.searchsorted(self.key, self.key[ends] - self.span,
                                                       "left"), ends)
        older = np.ones(self.n, dtype=bool)
        older[added] = False
        meets = (self.reach[earlier] >= self.key[later]) & older[earlier]
        a, b = np.concatenate([a, earlier[meets]]), np.concatenate([b, later[meets]])
        keep = self.code[a] != self.code[b]
        a, b = a[keep], b[keep]
        keep = self.allows(a, b)
        return a[keep], b[keep]


def _twin_pairs(frame: pd.DataFrame, sweep: _Sweep, added: np.ndarray | None
                ) -> tuple[np.ndarray, np.ndarray]:
    """Sweep positions (a, b), a < b, of exact restatements: claims of different batches
    that agree on every compared field (type, country, dates, region, point, precision and
    figures), which :class:`_Reach` may not compare on a crowded day. The k-th identical
    claim of one batch pairs with the k-th of each other batch, so a claim's pairs never
    depend on a third batch's rows, and a run of identical claims costs pairs per batch,
    not per claim squared. With ``added``, only the pairs with an end there."""
    none = (np.zeros(0, dtype=np.int64),) * 2
    day = sweep.block.astype(np.int64) * 2**32 + (sweep.start - sweep.start.min(initial=0))
    # Identical claims share a (day, region) run of the sweep, and the guard leaves a pair
    # out only where more than MAX_STEPS events of each of its batches lie between them.
    region = _codes(frame["adm1_code"], sweep.order)
    edges = np.flatnonzero((day[1:] != day[:-1]) | (region[1:] != region[:-1])) + 1
    runs = np.diff(np.concatenate([[0], edges, [len(day)]]))
    crowded = runs >= 2 * MAX_STEPS + 2
    if added is not None:  # the runs of the added rows
        run_of = np.repeat(np.arange(len(runs)), runs)
        crowded &= np.bincount(run_of[added], minlength=len(runs)) > 0
    at = np.flatnonzero(np.repeat(crowded, runs))
    if len(at) < 2:
        return none
    # Claims alike in their days and point first (few are), then in every field.
    point = [frame[c].to_numpy(dtype="float64", na_value=np.nan)[sweep.order[at]]
             for c in ("lon", "lat")]
    at = at[_repeated(_fingerprint([day[at].astype("float64"),
                                    sweep.end[at].astype("float64"), *point]))]
    fields = [day[at].astype("float64"), *_claim_fields(frame, sweep.order[at], sweep.end[at])]
    prints = _fingerprint(fields)
    kept = _repeated(prints)  # claims told more than once: few
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
    if added is not None:
        mine = np.zeros(len(day), dtype=bool)
        mine[added] = True
        a, b = a[mine[a] | mine[b]], b[mine[a] | mine[b]]
    alike = np.ones(len(a), dtype=bool)  # a fingerprint may collide: the fields decide
    where = np.searchsorted(at, np.concatenate([a, b])).reshape(2, -1)
    for values in fields:
        x, y = values[where[0]], values[where[1]]
        alike &= (x == y) | (np.isnan(x) & np.isnan(y))
    return np.minimum(a, b)[alike], np.maximum(a, b)[alike]


def _repeated(prints: np.ndarray) -> np.ndarray:
    """The positions, ascending, of the values that occur more than once."""
    order = np.argsort(prints)
    repeated = np.zeros(len(prints) + 1, dtype=bool)
    repeated[1:-1] = prints[order[1:]] == prints[order[:-1]]
    return np.sort(order[repeated[1:] | repeated[:-1]])


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
    codes = (_codes(frame["adm1_code"], rows), _codes(frame["admin1"], rows),
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


def _sweep_order(block: np.ndarray, start: np.ndarray, region: np.ndarray,
                 positions: np.ndarray) -> np.ndarray:
    """``positions`` by (block, start, admin-1 region, position): on a crowded day the
    events of each batch nearest an event in the sweep are those of its region, where its
    restatements are."""
    day = start.astype(np.int64) - int(start.min(initial=0))
    return positions[_order_by(block, day, region.astype(np.int64) + 1)]


def _order_by(*keys: np.ndarray) -> np.ndarray:
    """Row positions in the stable order of ``keys`` (non-negative integers, the first the
    most significant), as ``np.lexsort(keys[::-1])``. Where the keys and the row number fit
    in 64 bits together, one sort of the packed numbers gives it: a vectorised sort of
    values, where a stable argsort of eleven million took seconds."""
    n = len(keys[0])
    widths = [int(key.max(initial=0)).bit_length() for key in keys]
    shift = max(n - 1, 0).bit_length()
    if sum(widths) + shift > 64:
        return np.lexsort(keys[::-1])
    packed = np.zeros(n, dtype=np.uint64)
    for key, width in zip(keys, widths, strict=True):
        packed <<= np.uint64(width)
        np.bitwise_or(packed, key, out=packed, dtype=np.uint64, casting="unsafe")
    packed <<= np.uint64(shift)
    packed |= np.arange(n, dtype=np.uint64)
    packed.sort()
    packed &= np.uint64((1 << shift) - 1)
    return packed.view(np.int64)


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
    kind = kinds[a]
    same = kind == kinds[b]
    for at, lo, hi in _giving(kind, same, lows, highs):
        x, y = a[at], b[at]
        same[at] = (lo[x] == lo[y]) & (hi[x] == hi[y])
    return same


def _compatible(figures: Figures, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The same kinds of figure given, and every pair of ranges overlapping (a figure
    neither gives spans 0 to infinity in both, which overlaps)."""
    kinds, lows, highs = figures
    kind = kinds[a]
    ok = kind == kinds[b]
    for at, lo, hi in _giving(kind, ok, lows, highs):
        x, y = a[at], b[at]
        ok[at] = np.maximum(lo[x], lo[y]) <= np.minimum(hi[x], hi[y])
    return ok


def _giving(kind: np.ndarray, alike: np.ndarray, lows: np.ndarray, highs: np.ndarray
            ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per kind of figure: the pairs still ``alike`` (of one kind set, ``kind``) that give
    it, with its lows and highs. A figure neither gives is 0 to infinity in both, equal and
    overlapping, so only the pairs giving it are compared: most claims give one kind or none."""
    for bit, (lo, hi) in enumerate(zip(lows, highs, strict=True)):
        yield np.flatnonzero(alike & ((kind >> bit) & 1).astype(bool)), lo, hi


def _mutual_best(batch: np.ndarray, i: np.ndarray, j: np.ndarray,
                 closeness: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Only pairs where each is the other's closest match in the other's batch: a claim
    restates one event of another source, so chains (A ~ B' ~ C) do not glue distinct
    events together. Matched events leave the pool and the rest match again (a few
    rounds), so ties between equal events still pair them one to one.

    Each pair is seen from both ends, (event, the other end's batch) as one key;
    each round takes the first live half per key in (closeness, pair) order by a scatter,
    not a sort (pandas' duplicated and MultiIndex took most of a link of ten batches).
    ``batch`` holds each node's batch code (-1: none); closeness counts to
    :data:`_CLOSENESS_STEP` (closer than that is a tie, broken by pair order)."""
    m = len(i)
    width = int(batch.max(initial=-1)) + 2  # batch codes, and no batch (-1) as one of its own
    halves = np.concatenate([i * width + batch[j] + 1, j * width + batch[i] + 1])
    if len(halves) and halves.max() >= 4 * len(halves):  # sparse (many batches): made dense
        halves = pd.factorize(halves)[0]
    # Halves in (closeness, pair) order, i's half first: both halves of a pair share its
    # closeness, so one stable sort of the pairs orders them all.
    by_pair = _order_by(np.floor(closeness / _CLOSENESS_STEP).astype(np.int64))
    key = halves[np.stack([by_pair, by_pair + m], axis=1).ravel()]
    pid = np.repeat(by_pair, 2)
    slots = int(key.max(initial=0)) + 1
    kept: list[np.ndarray] = []
    for _ in range(_MATCH_ROUNDS):
        if not len(key):
            break
        first = np.full(slots, -1)
        first[key[::-1]] = np.arange(len(key) - 1, -1, -1)  # the last write: a key's first
        chosen = np.flatnonzero(np.bincount(pid[first[first >= 0]], minlength=m) == 2)
        if not len(chosen):
            break
        kept.append(chosen)
        matched = np.zeros(m, dtype=bool)
        matched[chosen] = True
        taken = np.zeros(slots, dtype=bool)
        taken[key[matched[pid]]] = True
        dropped = np.zeros(m, dtype=bool)  # every pair with a half on a taken key leaves
        dropped[pid[taken[key]]] = True
        live = ~dropped[pid]
        key, pid = key[live], pid[live]
    chosen = np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
    return i[chosen], j[chosen]


#: Per event: region code, region name code, geo precision rank, lon and lat (radians),
#: cosine of lat.
Places = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _place_table(frame: pd.DataFrame, order: np.ndarray) -> Places:
    """The places of the events at ``order``, in that order (see :data:`Places`)."""
    lon = np.radians(frame["lon"].to_numpy(dtype="float64", na_value=np.nan)[order])
    lat = np.radians(frame["lat"].to_numpy(dtype="float64", na_value=np.nan)[order])
    return (_codes(frame["adm1_code"], order), _codes(frame["admin1"], order),
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
        values = frame[name]
        if at is None:
            return values.to_numpy(dtype="float64", na_value=np.nan)
        if isinstance(values.dtype, np.dtype):  # plain numbers: gathered, then widened
            return values.to_numpy()[at].astype("float64")
        return values.iloc[at].to_numpy(dtype="float64", na_value=np.nan)

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
    shared = shared[np.argsort(labels[shared], kind="stable")]  # group by group
    group = labels[shared]
    starts = np.flatnonzero(np.concatenate([[True], group[1:] != group[:-1]]))
    sizes = np.diff(np.append(starts, len(group)))
    for low, high in FIGURE_PAIRS:
        lo, hi = _bounds(frame, low, high, shared)
        given = ~np.isnan(lo) | ~np.isnan(hi)  # a figure not given bounds nothing
        lo = np.where(given, np.nan_to_num(lo), -np.inf)
        hi = np.where(given, np.nan_to_num(hi, nan=np.inf), np.inf)
        apart = np.maximum.reduceat(lo, starts) > np.minimum.reduceat(hi, starts)
        bad[shared] |= np.repeat(apart, sizes)
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
