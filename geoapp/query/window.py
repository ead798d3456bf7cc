"""Sums over a selection that is nearly one run of the view, as a slider's date window is.

The view is sorted by date, so a date window selects every row between two positions
but a few: those of other statuses, and in the lookback (events that began before the
window) most of all, since most ended before it: the lookback's few selected rows are
taken apart as the run's head. Per-view running totals per block of rows answer a sum
over such a selection from two rows of a table, plus the few selected rows at its ragged
ends and head and minus the few left out, instead of a gather of every selected row.
Sums are of whole numbers in float64, so the result is the same as summing the rows
themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from geoapp.query.view import EventView

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

#: Per-event values of the rows at some positions (an index array, or a slice for all).
Values = Callable[[np.ndarray | slice], list[np.ndarray]]


@dataclass(frozen=True)
class Run:
    """A selection as the rows ``lo:hi`` of the view, ``chosen`` marking those selected,
    plus the few selected rows before ``lo`` (``head``)."""

    lo: int
    hi: int
    chosen: np.ndarray
    #: A date window's lookback: events that began before the window and run into it,
    #: a few among the many that ended before it (a window of 90 days, spans of up to 30:
    #: 9 thousand of 190 thousand rows at ten million events), summed one by one.
    head: np.ndarray


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
    chosen = np.zeros(hi - lo, dtype=bool)
    chosen[positions - lo] = True
    if np.count_nonzero(chosen) != len(positions):  # repeated positions: not a set of rows
        return None
    return Run(lo, hi, chosen, head)


class BlockSums:
    """Running totals of per-event values, per group (a code per event, -1: in none),
    at every ``block``-th row of the view; :meth:`sums` answers any selection."""

    def __init__(self, view: EventView, codes: np.ndarray, groups: int, values: Values):
        self.view, self.codes, self.groups, self.values = view, codes, groups, values
        n, width = len(view), len(values(slice(0, 0))) + 1
        #: One group that holds every event: sums need no bincount.
        self.everyone = groups == 1 and not (codes < 0).any()
        self.block = max(BLOCK, -(-n * groups * width // MAX_CELLS))
        self.blocks = blocks = n // self.block
        self.prefix = np.zeros((blocks + 1, groups, width))
        # Summed a part of the view at a time: the values of every row at once are
        # gigabytes at ten million events (16 float64 columns for the headline).
        step = max(1, PART_ROWS // self.block) * self.block
        for lo in range(0, blocks * self.block, step):
            hi = min(lo + step, blocks * self.block)
            self.prefix[1 + lo // self.block:1 + hi // self.block] = self._table(lo, hi)
        np.cumsum(self.prefix, axis=0, out=self.prefix)

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
        a, b = -(-run.lo // self.block), min(run.hi // self.block, self.blocks)
        if a >= b:
            return self.direct(positions)
        inner_lo, inner_hi = a * self.block - run.lo, b * self.block - run.lo
        chosen = run.chosen
        edges = np.concatenate([run.head, np.flatnonzero(chosen[:inner_lo]) + run.lo,
                                np.flatnonzero(chosen[inner_hi:]) + inner_hi + run.lo])
        left_out = np.flatnonzero(~chosen[inner_lo:inner_hi]) + inner_lo + run.lo
        return (self.prefix[b] - self.prefix[a] + self.direct(edges)
                - self.direct(left_out))


def block_sums(view: EventView, name: str, build: Callable[[], BlockSums]) -> BlockSums:
    """The view's table ``name``, built on first use (the view is immutable)."""
    return view.cached(f"sums:{name}", build)
