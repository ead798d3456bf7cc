"""The view's positions grouped by (source, type), for filters that name sources or types.

Three sources and two types over a summer keep a tenth of the summer's rows, yet masks
over the window read every one of its rows once per column filtered. With the view's
positions grouped by the pair of codes, in (date, id) order within a group, the rows a
filter can match are a few runs of one array, each cut to the date window by two binary
searches: the other masks (the window's end, status, ...) then read those rows only.
An index holds one ``int32`` per row it covers (4 bytes an event).
"""

from __future__ import annotations

import numpy as np

#: Most groups a filter may visit through an index (two binary searches each).
MAX_GROUPS = 256
#: Above this share of the window's rows, masks over the window cost less than reading
#: the pairs' rows one by one (at ten million: 3.8 against 9.9 ms at 22%, even at 38%).
MAX_SHARE = 0.35


class PairIndex:
    """Row positions grouped by ``first * (n_second + 1) + second``, ascending in a group.

    A missing first code (-1) has its own group ``n_first``, a missing second code its
    own slot ``n_second``, so a filter on one of the two still finds every row. ``rows``
    restricts the index to those positions (the outlets: most events name none)."""

    def __init__(self, first: np.ndarray, n_first: int, second: np.ndarray, n_second: int,
                 rows: np.ndarray | None = None):
        if rows is not None:
            first, second = first[rows], second[rows]
        self.width = n_second + 1
        groups = (n_first + 1) * self.width
        dtype = np.int16 if groups <= np.iinfo(np.int16).max else np.int32  # int16: radix sort
        key = np.where(first < 0, n_first, first).astype(dtype) * dtype(self.width)
        key += np.where(second < 0, n_second, second).astype(dtype)
        order = np.argsort(key, kind="stable")
        self.order = (order if rows is None else rows[order]).astype(np.int32)
        self.offsets = np.zeros(groups + 1, dtype=np.int64)
        np.cumsum(np.bincount(key, minlength=groups), out=self.offsets[1:])

    def runs(self, firsts: np.ndarray, seconds: np.ndarray, lo: int, hi: int
             ) -> list[np.ndarray] | None:
        """The positions in ``lo:hi`` of each (first, second) pair asked, one ascending
        array per pair; None when that is more groups than :data:`MAX_GROUPS`."""
        if len(firsts) * len(seconds) > MAX_GROUPS:
            return None
        out = []
        for group in (firsts[:, None] * self.width + seconds[None, :]).ravel():
            segment = self.order[self.offsets[group]:self.offsets[group + 1]]
            # Keys of the array's own type: int64 keys would first copy the segment.
            a, b = np.searchsorted(segment, np.array((lo, hi), dtype=segment.dtype))
            if b > a:
                out.append(segment[a:b])
        return out


def union(runs: list[np.ndarray], lo: int, hi: int) -> np.ndarray:
    """The positions of ``runs`` (each ascending, inside ``lo:hi``) once each, ascending."""
    if len(runs) == 1:
        return runs[0].astype(np.int64)
    chosen = np.zeros(hi - lo, dtype=bool)
    for run in runs:
        chosen[run - lo] = True
    return np.flatnonzero(chosen) + lo
