"""Sums over a selection that is nearly one run of the view, as a slider's date window is.

The view is sorted by date, so a date window selects every row between two positions
but a few: those of other statuses, and in the lookback (events that began before the
window) most of all, since most ended before it: the lookback's few selected rows are
taken apart as the run's head. Per-view running totals per block of rows answer a sum
over such a selection from two rows of a table, plus the few selected rows at its ragged
ends and head and minus the few left out, instead of a gather of every selected row.
Sums are of whole numbers in float64, so the result is the same as summing the rows
themselves, and a table patched with rows added (:meth:`BlockSums.patched`, from totals
kept on disk for the view before: :class:`SavedTables`) answers as one built anew.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pandas as pd

from geoapp.query.view import EventView

logger = logging.getLogger(__name__)

#: Fewer selected rows than this are summed directly (a gather that small is cheap).
MIN_RUN = 20_000
#: A run may leave out at most this fraction of its rows, those of its head counted too
#: (else summing directly is cheaper).
MAX_GAPS = 0.25
#: Most cells (blocks × groups × values) a table may hold: its rows grow longer past it.
MAX_CELLS = 4_000_000
BLOCK = 2048
#: Rows whose values a table is built from at a time.
PART_ROWS = 1 << 20

T = TypeVar("T")

#: Per-event values of the rows at some positions (an index array, or a slice for all).
Values = Callable[[np.ndarray | slice], list[np.ndarray]]


@dataclass(frozen=True)
class Run:
    """A selection as the rows ``lo:hi`` of the view, ``chosen`` marking those selected
    (``gaps``: the positions of those not, ascending), plus the few selected rows before
    ``lo`` (``head``)."""

    lo: int
    hi: int
    chosen: np.ndarray
    #: A date window's lookback: events that began before the window and run into it,
    #: a few among the many that ended before it (a window of 90 days, spans of up to 30:
    #: 9 thousand of 190 thousand rows at ten million events), summed one by one.
    head: np.ndarray
    gaps: np.ndarray


def run_of(view: EventView, positions: np.ndarray) -> Run | None:
    """``positions`` (distinct) as a :class:`Run`, or None when too few or too scattered.

    Kept for the last array asked about: the parts of one answer share its positions.
    """
    last = view.cached("run", lambda: [None, None])
    found = last[:]  # one read: another thread may be writing it
    if found[0] is positions:
        return found[1]
    run = _run(positions)
    last[:] = [positions, run]
    return run


def _run(positions: np.ndarray) -> Run | None:
    n = len(positions)
    if n < MIN_RUN:
        return None
    lo, hi = int(positions.min()), int(positions.max()) + 1
    head = positions[:0]
    if hi - lo > n * (1 + MAX_GAPS):
        # Ascending (as a filter's are)? Then the run may start past a sparse head.
        if not (positions[1:] > positions[:-1]).all():
            return None
        # Rows summed one by one with the run from positions[k] on: the k before it and
        # the run's rows left out, 2k + hi - positions[k] - n; fewest at one argmax.
        first = int(np.argmax(positions - 2 * np.arange(n)))
        if 2 * first + hi - int(positions[first]) - n > n * MAX_GAPS:
            return None
        head, positions, lo = positions[:first], positions[first:], int(positions[first])
    if hi - lo == len(positions) and bool((positions[1:] > positions[:-1]).all()):
        # every row: nothing to mark
        return Run(lo, hi, np.ones(hi - lo, dtype=bool), head, positions[:0])
    chosen = np.zeros(hi, dtype=bool)  # marked where they are: no shifted copy of them
    chosen[positions] = True
    chosen = chosen[lo:]
    if np.count_nonzero(chosen) != len(positions):  # repeated positions: not a set of rows
        return None
    gaps = np.flatnonzero(~chosen)
    if len(gaps) and not len(head):
        # A window's lookback as gaps (most of a long window's lookback ended before it)?
        # Then the run may start past them: split after gap j, the selected rows before it
        # (gaps[j] - j) are summed one by one as the head, twice the work of a gap left out
        # (as above), and the j + 1 gaps up to it are not.
        j = np.arange(len(gaps))
        cost = 2 * (gaps - j) - j - 1
        best = int(np.argmin(cost))
        if cost[best] < 0:
            cut = int(gaps[best]) + 1
            head = np.flatnonzero(chosen[:cut]) + lo
            chosen, gaps, lo = chosen[cut:], gaps[best + 1:] - cut, lo + cut
    return Run(lo, hi, chosen, head, gaps + lo)


class BlockSums:
    """Running totals of per-event values, per group (a code per event, -1: in none),
    at the rows ``bounds`` of the view (every ``block``-th row when built; a patched
    table's bounds moved with the rows inserted); :meth:`sums` answers any selection.

    ``labels`` name the groups (a column's categories): a table kept on disk for an
    earlier version of the view is patched by them when rows are added
    (:meth:`patched`) instead of built again."""

    def __init__(self, view: EventView, codes: np.ndarray, groups: int, values: Values,
                 labels: pd.Index | None = None):
        self.view, self.codes, self.groups, self.values = view, codes, groups, values
        self.labels = labels
        n = len(view)
        self.width = len(values(slice(0, 0))) + 1
        #: One group that holds every event: sums need no bincount.
        self.everyone = groups == 1 and not (codes < 0).any()
        self.block = max(BLOCK, -(-n * groups * self.width // MAX_CELLS))
        self._table_at: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def bounds(self) -> np.ndarray:
        """Row positions of the totals (ascending, the first 0): ``prefix[k]`` sums the rows
        before ``bounds[k]``."""
        return self._built()[0]

    @property
    def prefix(self) -> np.ndarray:
        return self._built()[1]

    def _built(self) -> tuple[np.ndarray, np.ndarray]:
        if self._table_at is None:
            self._table_at = self._build()
        return self._table_at

    def _build(self) -> tuple[np.ndarray, np.ndarray]:
        blocks = len(self.view) // self.block
        prefix = np.zeros((blocks + 1, self.groups, self.width))
        # Summed a part of the view at a time: the values of every row at once are
        # gigabytes at ten million events (16 float64 columns for the headline).
        step = max(1, PART_ROWS // self.block) * self.block
        for lo in range(0, blocks * self.block, step):
            hi = min(lo + step, blocks * self.block)
            prefix[1 + lo // self.block:1 + hi // self.block] = self._table(lo, hi)
        np.cumsum(prefix, axis=0, out=prefix)
        return np.arange(blocks + 1, dtype=np.int64) * self.block, prefix

    def adopt(self, bounds: np.ndarray, prefix: np.ndarray) -> bool:
        """Take totals kept for this same view (read back from disk) instead of building
        them; False (nothing taken) when they do not fit it."""
        if not self._fits(bounds, prefix, self.groups):
            return False
        self._table_at = bounds, prefix
        return True

    def _fits(self, bounds: np.ndarray, prefix: np.ndarray, groups: int) -> bool:
        return (bounds.ndim == 1 and prefix.shape == (len(bounds), groups, self.width)
                and len(bounds) > 0 and bounds[0] == 0 and bounds[-1] <= len(self.view)
                and bool((np.diff(bounds) > 0).all()))

    def patched(self, bounds: np.ndarray, prefix: np.ndarray, labels: pd.Index | None,
                fresh: np.ndarray) -> bool:
        """Take the totals of the view before rows were only added (``fresh``: ascending
        positions of the added rows in this view; ``labels``: the groups then), with
        their bounds moved past the rows added before them and those rows' values added
        in: the sums of whole numbers come out as a fresh build's. False (nothing taken)
        when they do not fit, or when blocks grew to twice their size (then build)."""
        old_n = len(self.view) - len(fresh)
        if self.groups > 1 or labels is not None:
            if labels is None or self.labels is None:
                return False
            where = self.labels.get_indexer(labels)
            if (where < 0).any() or len(where) != prefix.shape[1]:
                return False
        else:
            where = np.zeros(1, dtype=np.int64)
        if not (self._fits(bounds, prefix, prefix.shape[1]) and bounds[-1] <= old_n):
            return False
        kept = np.ones(len(self.view), dtype=bool)
        kept[fresh] = False
        moved = np.append(np.flatnonzero(kept), len(self.view))[bounds]
        moved[0] = 0
        if len(moved) > 1 and int(np.diff(moved).max()) > 2 * self.block:
            return False
        out = np.zeros((len(bounds), self.groups, self.width))
        out[:, where] = prefix
        if len(fresh):
            added = self.direct_rows(fresh)  # (rows, groups index, values)
            slot = np.searchsorted(moved, fresh[added[0]], "right")  # totals it joins
            inside = slot < len(moved)
            delta = np.zeros_like(out)
            np.add.at(delta, (slot[inside], added[1][inside]), added[2][inside])
            np.cumsum(delta, axis=0, out=delta)
            out += delta
        self._table_at = moved, out
        return True

    def direct_rows(self, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row of ``positions`` in a group: its index there, its group, and its count
        (1) and values (rows × 1+values)."""
        values = self.values(positions)
        codes = np.zeros(len(positions), dtype=np.int64) if self.everyone else \
            self.codes[positions].astype(np.int64)
        keep = np.flatnonzero(codes >= 0)
        table = np.stack([np.ones(len(positions))] + [np.asarray(c, dtype="float64")
                                                        for c in values], axis=-1)
        return keep, codes[keep], table[keep]

    def _table(self, lo: int, hi: int) -> np.ndarray:
        """Per block of the rows ``lo:hi`` (whole blocks), per group: count and value sums."""
        columns = self.values(slice(lo, hi))
        blocks = (hi - lo) // self.block
        if self.everyone:  # a sum per block, no key
            sums = [c.reshape(blocks, self.block).sum(axis=1, dtype="float64") for c in columns]
            return np.stack([np.full(blocks, float(self.block))] + sums,
                            axis=-1)[:, None, :]
        codes = self.codes[lo:hi]
        keep = codes >= 0
        key = (np.arange(hi - lo) // self.block * self.groups + codes)[keep]
        return np.stack([np.bincount(key, minlength=blocks * self.groups)]
                        + [np.bincount(key, c[keep], minlength=blocks * self.groups)
                           for c in columns], axis=-1).reshape(blocks, self.groups,
                                                               1 + len(columns))

    def direct(self, positions: np.ndarray) -> np.ndarray:
        """Per group: the count and each value's sum over ``positions`` (groups × 1+values)."""
        values = self.values(positions)
        if self.everyone:
            return np.array([[len(positions)] + [c.sum() for c in values]], dtype="float64")
        codes = self.codes[positions]
        keep = codes >= 0
        if not keep.all():
            codes, values = codes[keep], [c[keep] for c in values]
        out = np.empty((self.groups, 1 + len(values)))
        out[:, 0] = np.bincount(codes, minlength=self.groups)
        for i, c in enumerate(values, 1):
            out[:, i] = np.bincount(codes, c, minlength=self.groups)
        return out

    def sums(self, positions: np.ndarray) -> np.ndarray:
        """:meth:`direct`, from the table when ``positions`` are nearly a run."""
        run = run_of(self.view, positions)
        if run is None:
            return self.direct(positions)
        bounds, prefix = self._built()
        # The totals inside the run: from the first bound at or after its start to the
        # last at or before its end.
        a = int(np.searchsorted(bounds, run.lo, "left"))
        b = int(np.searchsorted(bounds, run.hi, "right")) - 1
        if a >= b:
            return self.direct(positions)
        inner_lo, inner_hi = int(bounds[a]) - run.lo, int(bounds[b]) - run.lo
        chosen = run.chosen
        edges = np.concatenate([run.head, np.flatnonzero(chosen[:inner_lo]) + run.lo,
                                np.flatnonzero(chosen[inner_hi:]) + inner_hi + run.lo])
        left_out = run.gaps[np.searchsorted(run.gaps, bounds[a]):
                            np.searchsorted(run.gaps, bounds[b])]
        return prefix[b] - prefix[a] + self.direct(edges) - self.direct(left_out)


def built_later(view: EventView, key: str, build: Callable[[], T], *, wait: bool = True
                ) -> T | None:
    """``build()``, kept with the view under ``key``; with ``wait=False``, None until it is
    built, its build begun in a thread of its own: a request answers the way it did without
    it rather than wait a second or two for a table at ten million events."""
    slot = view.cached(f"later:{key}", lambda: {"lock": threading.Lock()})
    if "value" in slot:
        return slot["value"]
    if wait:
        with slot["lock"]:
            if "value" not in slot:
                slot["value"] = build()
        return slot["value"]
    if slot["lock"].acquire(blocking=False):  # released by the thread once built
        if "value" in slot:  # built meanwhile
            slot["lock"].release()
            return slot["value"]
        threading.Thread(target=_build_into, args=(slot, build), name=f"geoapp-{key}",
                         daemon=True).start()
    return None


def _build_into(slot: dict, build: Callable[[], object]) -> None:
    try:
        slot["value"] = build()
    finally:
        slot["lock"].release()


def block_sums(view: EventView, name: str, build: Callable[[], BlockSums]) -> BlockSums:
    """The view's table ``name``, built on first use (the view is immutable), or taken
    from the totals kept for it (:class:`SavedTables`) when they fit."""
    def make() -> BlockSums:
        table = build()
        saved = saved_tables(view)
        if saved is not None:
            saved.restore(name, table)
        table.prefix  # noqa: B018 (built now, under the view's lock for this table)
        view.cached("sums-built", dict)[name] = table
        return table

    return view.cached(f"sums:{name}", make)


#: A table as kept on disk: its bounds, totals and group labels (None: one group).
Saved = tuple[np.ndarray, np.ndarray, np.ndarray | None]


@dataclass
class SavedTables:
    """Running totals kept on disk beside the view cache, for the view's version or, when
    the view was patched from that version by adding rows only, for the view before
    (``fresh``: the added rows' positions in the view now)."""

    tables: dict[str, Saved]
    fresh: np.ndarray | None = None
    #: Names taken as they were (for this same view): nothing new to write for them.
    taken: set[str] = field(default_factory=set)

    def restore(self, name: str, table: BlockSums) -> bool:
        """Give ``table`` its kept totals (patched if need be); False when there are none
        or they do not fit (then it is built, and a misfit is said as a warning)."""
        if name not in self.tables:
            return False
        bounds, prefix, labels = self.tables[name]
        if self.fresh is None:
            same = labels is None or (table.labels is not None
                                      and np.array_equal(_labels(table.labels), labels))
            ok = same and table.adopt(bounds, prefix)
            if ok:
                self.taken.add(name)
        else:
            ok = table.patched(bounds, prefix, None if labels is None else pd.Index(labels),
                               self.fresh)
        if not ok:
            logger.warning("running totals %r kept on disk do not fit the view; building them",
                           name)
        return ok


def saved_tables(view: EventView) -> SavedTables | None:
    """The totals kept on disk that :func:`keep_saved` gave ``view`` (None: none)."""
    return view.cached("sums-saved", lambda: None)


def keep_saved(view: EventView, saved: SavedTables) -> None:
    """Give ``view`` totals read back from disk (before any table is asked for)."""
    view.cached("sums-saved", lambda: saved)


def tables_of(view: EventView) -> dict[str, Saved]:
    """The view's tables built so far, as they are kept on disk."""
    built = view.cached("sums-built", dict)
    return {name: (table.bounds, table.prefix,
                   None if table.labels is None else _labels(table.labels))
            for name, table in list(built.items())}


def _labels(labels: pd.Index) -> np.ndarray:
    return np.asarray(labels.astype(str), dtype=str)
