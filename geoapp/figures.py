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
    keys = None
    if incidents is not None:
        keys = np.asarray(incidents)
        if not np.issubdtype(keys.dtype, np.integer):
            keys = pd.factorize(keys)[0]
    recorded_wounded = bool(records_wounded(frame).any()) if len(frame) else True
    out = {}
    for kind, (lo, hi) in event_bounds(frame).items():
        out[kind] = _incident_sum(lo, hi, keys)
        if kind == "wounded" and not recorded_wounded:
            out[kind] = Range(None, None, recorded=False)
    return out


def _incident_sum(lo: np.ndarray, hi: np.ndarray, keys: np.ndarray | None) -> Range:
    """Highest low and highest high per incident (an open high counts as infinite), summed."""
    if not len(lo):
        return Range(0, 0)
    known = ~np.isnan(lo) | ~np.isnan(hi)
    if not known.any():
        return Range(None, None)
    lo = lo[known]
    hi = np.where(np.isnan(hi[known]) & ~np.isnan(lo), np.inf, hi[known])
    if keys is not None:
        keys = keys[known]
        shared = keys >= 0
        if shared.any():
            per = pd.DataFrame({"lo": lo[shared], "hi": hi[shared]}).groupby(keys[shared]).max()
            lo = np.concatenate([lo[~shared], per["lo"].to_numpy()])
            hi = np.concatenate([hi[~shared], per["hi"].to_numpy()])
    low = float(np.nansum(lo)) if (~np.isnan(lo)).any() else None
    high = None if np.isinf(hi).any() else float(np.nansum(hi))
    return Range(_int(low), _int(high))


def _int(value: float | None) -> int | None:
    return None if value is None or np.isnan(value) else int(value)
