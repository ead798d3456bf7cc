"""Figures as ranges: the one place that sums them and puts them into words.

Every figure is a range (see :mod:`geoapp.model`): ``low = high`` for an exact
number, ``high`` empty for "more than N" (an open bound, written "≥ N"), ``low``
empty for "fewer than N" ("≤ N"), both empty when the source gave no figure
("unknown", which is not zero). Some sources never record wounded (UCDP GED
counts deaths only): their wounded are "not recorded", not zero and not unknown.

Killed or wounded (``killed_or_wounded``) is the source's undivided total where
it gave one ("several hundred killed or wounded"), else killed plus wounded; it
has an upper bound only when both parts have one.

**Totals count an incident once.** Events that describe the same incident (see
:mod:`geoapp.query.incidents`) are one claim each; their figures are not added
up. Within an incident, for each figure, the low is the highest of the lows
and the high the highest of the highs (open if any claim is open); claims
without that figure are left out. The incidents' ranges are then summed: lows
add up, highs add up, and the total's high is open when any incident's is. An
event linked to nothing is an incident of its own, so without links this is the
plain sum.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

#: Sources that record deaths only: their wounded are "not recorded".
NO_WOUNDED_SOURCES = ("UCDP GED",)
#: The figures that :func:`totals` and :func:`figure_texts` cover.
KINDS = ("killed", "wounded", "killed_or_wounded")

UNKNOWN = "unknown"
NOT_RECORDED = "not recorded"
_AT_LEAST = "≥ {}"
_AT_MOST = "≤ {}"
_BETWEEN = "{}–{}"


@dataclass(frozen=True)
class Range:
    """A figure: ``low``/``high`` (None: no bound), ``recorded`` False where the source
    does not record this figure at all."""

    low: int | None
    high: int | None
    recorded: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "recorded": self.recorded,
                "text": format_range(self)}


def _number(value: float | int) -> str:
    return f"{int(value):,}"


def format_range(r: Range) -> str:
    """"50", "100–120", "≥ 101", "≤ 1,000", "unknown" or "not recorded"."""
    if not r.recorded:
        return NOT_RECORDED
    if r.low is None and r.high is None:
        return UNKNOWN
    if r.high is None:
        return _AT_LEAST.format(_number(r.low))
    if r.low is None:
        return _AT_MOST.format(_number(r.high))
    if r.low == r.high:
        return _number(r.low)
    return _BETWEEN.format(_number(r.low), _number(r.high))


def format_ranges(low: pd.Series, high: pd.Series, recorded: pd.Series | None = None,
                  unknown: str = UNKNOWN) -> pd.Series:
    """:func:`format_range` for whole columns (``unknown``: the text where both are empty)."""
    lo = low.astype("float64").map(_number, na_action="ignore").astype(object)
    hi = high.astype("float64").map(_number, na_action="ignore").astype(object)
    has_lo, has_hi = lo.notna().to_numpy(), hi.notna().to_numpy()
    same = has_lo & has_hi & (lo.to_numpy() == hi.to_numpy())
    lo_s, hi_s = lo.fillna("").astype(str), hi.fillna("").astype(str)
    text = np.select(
        [same, has_lo & has_hi, has_lo, has_hi],
        [lo_s, lo_s + _BETWEEN.format("", "") + hi_s, _AT_LEAST.format("") + lo_s,
         _AT_MOST.format("") + hi_s], default=unknown)
    if recorded is not None:
        text = np.where(recorded.to_numpy(dtype=bool), text, NOT_RECORDED)
    return pd.Series(text, index=low.index, dtype=object)


def records_wounded(frame: pd.DataFrame) -> pd.Series:
    """Whether each event's source records wounded (a wounded figure given counts as yes)."""
    source = frame["source_name"]
    given = frame["wounded_low"].notna() | frame["wounded_high"].notna()
    return ~source.isin(NO_WOUNDED_SOURCES) | given


def event_bounds(frame: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each event's (low, high) per kind as float arrays: NaN where there is no bound.

    ``killed_or_wounded`` is the undivided total where given, else the sum of the
    parts (low: the known lows; high: only when both highs are known).
    """
    def col(name: str) -> np.ndarray:
        return frame[name].to_numpy(dtype="float64", na_value=np.nan)

    k_lo, k_hi, w_lo, w_hi = (col(n) for n in ("killed_low", "killed_high", "wounded_low",
                                                "wounded_high"))
    c_lo, c_hi = col("casualties_low"), col("casualties_high")
    undivided = ~np.isnan(c_lo) | ~np.isnan(c_hi)
    parts_known = ~np.isnan(k_lo) | ~np.isnan(k_hi) | ~np.isnan(w_lo) | ~np.isnan(w_hi)
    sum_lo = np.where(parts_known, np.nan_to_num(k_lo) + np.nan_to_num(w_lo), np.nan)
    sum_hi = k_hi + w_hi
    return {"killed": (k_lo, k_hi), "wounded": (w_lo, w_hi),
            "killed_or_wounded": (np.where(undivided, c_lo, sum_lo),
                                  np.where(undivided, c_hi, sum_hi))}


def figure_texts(frame: pd.DataFrame, unknown: str = UNKNOWN) -> pd.DataFrame:
    """Each event's killed, wounded and killed-or-wounded in words (columns :data:`KINDS`)."""
    bounds = event_bounds(frame)
    recorded = {"wounded": records_wounded(frame)}
    return pd.DataFrame({kind: format_ranges(pd.Series(lo, index=frame.index),
                                             pd.Series(hi, index=frame.index),
                                             recorded.get(kind), unknown)
                         for kind, (lo, hi) in bounds.items()}, index=frame.index)


def event_ranges(record: dict[str, Any]) -> dict[str, Range]:
    """One event's figures (a record with the model's figure fields and source_name)."""
    frame = pd.DataFrame([{k: record.get(k) for k in (
        "killed_low", "killed_high", "wounded_low", "wounded_high", "casualties_low",
        "casualties_high", "source_name")}])
    recorded = bool(records_wounded(frame).iloc[0])
    out = {}
    for kind, (lo, hi) in event_bounds(frame).items():
        out[kind] = Range(_int(lo[0]), _int(hi[0]), recorded or kind != "wounded")
    return out


def totals(frame: pd.DataFrame, *, incidents: pd.Series | np.ndarray | None = None
           ) -> dict[str, Range]:
    """Killed, wounded and killed-or-wounded of ``frame``'s events, each incident once.

    ``incidents`` gives each row's incident id (aligned with ``frame``; a negative
    integer id marks an event linked to nothing); without it every event is its own
    incident. See the module docstring for the rule.
    """
    groups = None
    if incidents is not None:
        keys = np.asarray(incidents)
        if not np.issubdtype(keys.dtype, np.integer):
            keys = pd.factorize(keys)[0]
        groups = incident_groups(frame, keys)
    return grouped_totals(frame, groups)


#: The linked rows grouped by incident: per kind, their (low, high) incident after
#: incident (as :func:`event_bounds`), and where each incident starts among them.
Groups = tuple[dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray]


def incident_groups(frame: pd.DataFrame, keys: np.ndarray) -> Groups | None:
    """The rows with an incident id (not negative) grouped by it; None when there are none."""
    members = np.flatnonzero(keys >= 0)
    if not len(members):
        return None
    members = members[np.argsort(keys[members], kind="stable")]
    grouped = keys[members]
    bounds = {kind: (lo[members], hi[members]) for kind, (lo, hi) in event_bounds(frame).items()}
    return bounds, np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])


def grouped_totals(frame: pd.DataFrame, groups: Groups | None) -> dict[str, Range]:
    """:func:`totals` with the linked rows as :func:`incident_groups` gives them: a caller
    that keeps its linked events grouped (the view does) skips the sort and the reads."""
    plain = {kind: plain_sums(lo, hi) for kind, (lo, hi) in event_bounds(frame).items()}
    recorded_wounded = bool(records_wounded(frame).any()) if len(frame) else True
    return summed_totals(plain, len(frame), recorded_wounded, groups)


def plain_columns(lo: np.ndarray, hi: np.ndarray) -> list[np.ndarray]:
    """What :func:`summed_totals` adds up per event of one kind (its bounds ``lo``, ``hi``):
    the low and high where known, and whether it has a low, an open high, any bound."""
    has_lo, has_hi = ~np.isnan(lo), ~np.isnan(hi)
    return [np.where(has_lo, lo, 0.0), np.where(has_hi, hi, 0.0), has_lo.astype("float64"),
            (has_lo & ~has_hi).astype("float64"), (has_lo | has_hi).astype("float64")]


def plain_sums(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """:func:`plain_columns` summed, without making them."""
    has_lo, has_hi = ~np.isnan(lo), ~np.isnan(hi)
    return np.array([lo.sum(where=has_lo), hi.sum(where=has_hi), np.count_nonzero(has_lo),
                     np.count_nonzero(has_lo & ~has_hi), np.count_nonzero(has_lo | has_hi)],
                    dtype="float64")


def summed_totals(plain: dict[str, np.ndarray], events: int, recorded_wounded: bool,
                  groups: Groups | None, changes: dict[str, np.ndarray] | None = None
                  ) -> dict[str, Range]:
    """:func:`grouped_totals` from the sums of :func:`plain_columns` over the ``events``
    rows, per kind: a caller with running totals of those sums reads no rows. ``changes``:
    the linked rows' :func:`incident_changes` summed per kind, when the caller has them
    (then ``groups`` is not read)."""
    out = {}
    for kind, sums in plain.items():
        if changes is not None:
            change = changes[kind]
        elif groups is not None:
            change = incident_changes(*groups[0][kind], groups[1]).sum(axis=0)
        else:
            change = None
        out[kind] = _incident_sum(sums, events, change)
        if kind == "wounded" and not recorded_wounded:
            out[kind] = Range(None, None, recorded=False)
    return out


def incident_changes(lo: np.ndarray, hi: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """What counting each incident once changes in :func:`plain_columns`' sums of its rows,
    per incident (rows ``lo``, ``hi`` of one kind, grouped by incident, each group beginning
    at ``starts``): low, high, lows and open highs, its rows' own taken out and its highest
    low and highest high (an open high counts as infinite) put in. A claim without this
    figure (both bounds empty) is left out: ``fmax`` skips NaN."""
    has_lo, has_hi = ~np.isnan(lo), ~np.isnan(hi)
    is_open = has_lo & ~has_hi
    out = np.empty((len(starts), 4))
    if not len(starts):
        return out
    g_lo = _segment_fmax(lo, starts)
    g_hi = _segment_fmax(np.where(is_open, np.inf, hi), starts)
    out[:, 0] = np.where(np.isnan(g_lo), 0.0, g_lo) - np.add.reduceat(
        np.where(has_lo, lo, 0.0), starts)
    out[:, 1] = np.where(np.isfinite(g_hi), g_hi, 0.0) - np.add.reduceat(
        np.where(has_hi, hi, 0.0), starts)
    out[:, 2] = ~np.isnan(g_lo) - np.add.reduceat(has_lo, starts, dtype="float64")
    out[:, 3] = np.isinf(g_hi) - np.add.reduceat(is_open, starts, dtype="float64")
    return out


def _incident_sum(plain: np.ndarray, events: int, change: np.ndarray | None) -> Range:
    """Highest low and highest high per incident (an open high counts as infinite), summed:
    the plain sums of every row (``plain``, as :func:`plain_columns` sums them) with the
    linked rows' :func:`incident_changes` (``change``, summed) applied; figures are whole
    numbers, so float sums are exact."""
    if not events:
        return Range(0, 0)
    low, high, lows, opens, given = (float(v) for v in plain)
    if not given:
        return Range(None, None)
    if change is not None:
        low, high, lows, opens = low + change[0], high + change[1], lows + change[2], \
            opens + change[3]
    return Range(_int(low) if lows else None, None if opens else _int(high))


def _segment_fmax(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each segment's ``fmax`` (segments begin at ``starts``, each non-empty)."""
    return np.fmax.reduceat(values, starts) if len(starts) else values[:0]


def _int(value: float | None) -> int | None:
    return None if value is None or np.isnan(value) else int(value)
