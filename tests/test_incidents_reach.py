"""Rows added later are linked from themselves alone as linking every event would: events
of mixed spans, long ones reaching back over a crowd of one-day claims, and the guard's
look-ups answered by a search or by tables over every event."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geoapp.frames import conform
from geoapp.query import EventView, incidents

_DAY = dt.date(2025, 3, 10)


def _claims(rng: np.random.Generator, n: int, batches: list[str], prefix: str) -> list[dict]:
    """Claims of one or two blocks around one crowded day: most span no day, some several
    and start days before it; figures and places few enough that many look alike."""
    rows = []
    for k in range(n):
        span = int(rng.choice([0, 0, 0, 0, 1, 2, 5]))
        start = _DAY - dt.timedelta(days=int(rng.integers(0, 6)) if span else int(
            rng.integers(0, 2)))
        low = int(rng.choice([2, 3, 3, 7]))
        rows.append({"event_id": f"{prefix}{k}", "batch_id": str(rng.choice(batches)),
                     "event_type": str(rng.choice(["attack", "attack", "protest"])),
                     "country": "UA", "adm1_code": str(rng.choice(["UKR-327", "UKR-326"])),
                     "admin1": "Donetsk Oblast", "lon": 37.55 + 0.01 * int(rng.integers(0, 3)),
                     "lat": 48.02, "geo_precision": "exact", "date_start": start,
                     "date_end": start + dt.timedelta(days=span), "status": "reported",
                     "killed_low": low, "killed_high": low + int(rng.integers(0, 2))})
    return rows


def _with_added(seed: int, added_batches: list[str]):
    rng = np.random.default_rng(seed)
    rows = _claims(rng, 160, ["a", "b", "c"], "old") + _claims(rng, 40, added_batches, "new")
    frame = EventView.from_frame(conform(pd.DataFrame(rows))).frame
    fresh = np.flatnonzero(frame["event_id"].astype(str).str.startswith("new").to_numpy())
    before = frame.drop(index=frame.index[fresh]).reset_index(drop=True)
    return frame, fresh, before


@pytest.mark.parametrize("searched", [0, 10**9])  # look-ups searched; by tables
@pytest.mark.parametrize("added_batches", [["new"], ["new", "newer"]])
@pytest.mark.parametrize("seed", range(4))
def test_added_rows_of_mixed_spans_link_as_every_event(monkeypatch, seed, added_batches,
                                                       searched):
    """A crowded day of one-day claims, long claims starting days before it, and rows added
    in one or two new batches: extending the kept incidents equals linking every event,
    with a guard tight enough to bind, whichever way its look-ups are answered."""
    monkeypatch.setattr(incidents, "MAX_STEPS", 2)
    monkeypatch.setattr(incidents, "_SEARCHED", searched)
    frame, fresh, before = _with_added(seed, added_batches)
    got = incidents.extend_incidents(frame, incidents.empty_links(),
                                     *incidents.linked_incidents(before), fresh)
    assert got is not None
    labels, pairs = incidents.linked_incidents(frame)
    assert (got[0] == labels).all()
    assert sorted(map(tuple, got[1].T.tolist())) == sorted(map(tuple, pairs.T.tolist()))
    assert len(np.unique(labels)) < len(frame) - 20  # restatements were linked


def test_a_long_event_before_a_crowd_is_compared_with_an_added_row(monkeypatch):
    """An event spanning five days, days before a crowd of one-day claims, is tried from a
    row added on the crowded day (backward, past the crowd's day), as from every event."""
    monkeypatch.setattr(incidents, "MAX_STEPS", 2)
    n = 40
    rng = np.random.default_rng(3)
    block = np.zeros(n + 2, dtype=np.int64)
    start = np.concatenate([[0], np.full(n, 5), [5]])
    end = np.concatenate([[6], np.full(n, 5), [5]])
    batch = np.concatenate([[0], rng.integers(1, 4, n), [9]])
    sweep = incidents._Sweep(np.arange(n + 2), block, start, end, batch)
    added = np.array([n + 1])
    a, b = incidents._Reach(sweep).pairs_with(added, added)
    assert (0, n + 1) in set(zip(a.tolist(), b.tolist(), strict=True))
    every = incidents._Reach(sweep).every_pair(np.arange(n + 2))
    assert {(x, y) for x, y in zip(*every, strict=True) if n + 1 in (x, y)} == set(
        zip(a.tolist(), b.tolist(), strict=True))


def test_the_sweep_order_sorts_block_day_region_then_position():
    """Sorted a narrow key at a time, as one lexicographic sort, missing codes (-1) first."""
    rng = np.random.default_rng(1)
    n = 5_000
    block, start = rng.integers(-1, 40, n), rng.integers(18_000, 21_000, n)
    region = rng.integers(-1, 300, n)
    positions = np.sort(rng.choice(3 * n, n, replace=False))
    expected = positions[np.lexsort((positions, region, start, block))]
    assert (incidents._sweep_order(block, start, region, positions) == expected).all()


def test_the_sweep_order_of_narrow_codes_does_not_overflow():
    """Codes kept in 8 bits (as categories keep them) sort past 127 once shifted."""
    region = np.array([127, -1, 126, 127, 0], dtype=np.int8)
    block, start = np.zeros(5, dtype=np.int8), np.full(5, 19_000, dtype=np.int32)
    positions = np.arange(5)
    assert (incidents._sweep_order(block, start, region, positions) == [1, 4, 2, 0, 3]).all()


def test_a_change_that_added_no_row_keeps_the_incidents():
    """A batch ingested again adds no row: the incidents and pairs are the kept ones, as
    linking every event gives them, and no group is grouped again."""
    frame, _, _ = _with_added(0, ["new"])
    labels, pairs = incidents.linked_incidents(frame)
    got = incidents.extend_incidents(frame, incidents.empty_links(), labels, pairs,
                                     np.zeros(0, dtype=np.int64))
    assert got is not None
    assert (got[0] == labels).all() and (got[1] == pairs).all() and not got[2].any()
