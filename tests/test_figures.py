"""Figures as ranges: one wording everywhere, unknown is not zero, incidents counted once."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoapp.figures import (
    NOT_RECORDED,
    UNKNOWN,
    Range,
    event_ranges,
    figure_texts,
    format_range,
    format_ranges,
    totals,
)


@pytest.mark.parametrize(("r", "text"), [
    (Range(50, 50), "50"),
    (Range(100, 120), "100–120"),
    (Range(101, None), "≥ 101"),
    (Range(None, 1000), "≤ 1,000"),
    (Range(0, 0), "0"),
    (Range(None, None), UNKNOWN),
    (Range(3, 3, recorded=False), NOT_RECORDED),
])
def test_one_wording_for_every_range(r, text):
    assert format_range(r) == text


bounds = st.one_of(st.none(), st.integers(0, 5000))


@settings(deadline=None, database=None)
@given(st.lists(st.tuples(bounds, bounds), min_size=1, max_size=20))
def test_column_wording_matches_the_single_range_wording(pairs):
    low = pd.Series([p[0] for p in pairs], dtype="Float64")
    high = pd.Series([p[1] for p in pairs], dtype="Float64")
    texts = format_ranges(low, high).tolist()
    assert texts == [format_range(Range(lo, hi)) for lo, hi in pairs]


def frame(rows: list[dict]) -> pd.DataFrame:
    columns = ("killed_low", "killed_high", "wounded_low", "wounded_high", "casualties_low",
               "casualties_high")
    out = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=list(columns),
                       dtype="Float64")
    out["source_name"] = [r.get("source_name", "media") for r in rows]
    out["publisher"] = None
    return out


def test_ucdp_wounded_are_not_recorded_rather_than_zero():
    ucdp = frame([{"killed_low": 2, "killed_high": 2, "source_name": "UCDP GED"}] * 3)
    sums = totals(ucdp)
    assert format_range(sums["killed"]) == "6"
    assert format_range(sums["wounded"]) == NOT_RECORDED
    assert format_range(sums["killed_or_wounded"]) == "≥ 6"  # the wounded are not known
    assert figure_texts(ucdp)["wounded"].tolist() == [NOT_RECORDED] * 3
    mixed = frame([{"killed_low": 2, "killed_high": 2, "source_name": "UCDP GED"},
                   {"killed_low": 1, "killed_high": 1, "wounded_low": 4, "wounded_high": 4}])
    assert format_range(totals(mixed)["wounded"]) == "4"


def test_no_figure_at_all_is_unknown_and_no_events_is_zero():
    assert format_range(totals(frame([{}, {}]))["killed"]) == UNKNOWN
    assert format_range(totals(frame([]))["killed"]) == "0"


def test_killed_or_wounded_is_the_undivided_figure_else_the_sum_of_the_parts():
    rows = frame([{"casualties_low": 200, "casualties_high": 999},
                  {"killed_low": 50, "killed_high": 50, "wounded_low": 47, "wounded_high": 47},
                  {"killed_low": 101, "wounded_low": 1000, "wounded_high": 1000}])
    assert figure_texts(rows)["killed_or_wounded"].tolist() == ["200–999", "97", "≥ 1,101"]
    assert format_range(totals(rows)["killed_or_wounded"]) == "≥ 1,398"
    record = {"killed_low": 3, "killed_high": 3, "source_name": "UCDP GED"}
    ranges = event_ranges(record)
    assert (ranges["killed"], ranges["wounded"].recorded) == (Range(3, 3), False)


def test_an_incident_counts_once_highest_low_and_highest_high():
    rows = frame([{"killed_low": 40, "killed_high": 60},   # incident 1, source A
                  {"killed_low": 50, "killed_high": 55},   # incident 1, source B
                  {"killed_low": 101},                     # incident 2: open
                  {"killed_low": 100, "killed_high": 150},  # incident 2
                  {"killed_low": 3, "killed_high": 3}])    # alone
    incidents = pd.Series([1, 1, 2, 2, 3])
    sums = totals(rows, incidents=incidents)
    assert sums["killed"] == Range(50 + 101 + 3, None)
    closed = totals(rows.iloc[[0, 1, 4]], incidents=incidents.iloc[[0, 1, 4]])
    assert closed["killed"] == Range(53, 63)
    assert totals(rows)["killed"] == Range(40 + 50 + 101 + 100 + 3, None)  # no links: all added


@settings(deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 50), st.integers(0, 3)),
                min_size=1, max_size=30))
def test_restating_an_incident_never_raises_its_total(claims):
    """Adding a copy of any claim to its own incident leaves the totals as they were."""
    rows = frame([{"killed_low": lo, "killed_high": lo + extra} for lo, extra, _ in claims])
    incidents = pd.Series([key for _, _, key in claims])
    before = totals(rows, incidents=incidents)["killed"]
    again = pd.concat([rows, rows.iloc[[0]]], ignore_index=True)
    after = totals(again, incidents=pd.concat([incidents, incidents.iloc[[0]]],
                                              ignore_index=True))["killed"]
    assert after == before
    per = pd.DataFrame({"lo": rows["killed_low"].astype(float), "hi": rows["killed_high"]
                        .astype(float), "k": incidents}).groupby("k").max()
    assert before == Range(int(per["lo"].sum()), int(np.asarray(per["hi"]).sum()))
