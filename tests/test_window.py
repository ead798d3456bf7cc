"""Sums over a date window from the view's running totals equal those of the rows themselves."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geoapp import figures
from geoapp.frames import conform
from geoapp.query import (
    EventFilter,
    EventView,
    aggregate,
    by_region,
    by_source,
    clusters,
    pairs,
    summary,
    timeline,
    window,
)
from geoapp.query.aggregate import counts
from geoapp.query.clusters import Bounds, grid, mercator_px, prepare_cells
from geoapp.query.incidents import count_sources
from geoapp.query.summary import headline, prepare_sums
from geoapp.synth import synth_frame


@pytest.fixture(scope="module")
def view() -> EventView:
    """Synthetic events with what the fast paths must get right: spans of several days
    crossing a window's start, open-ended figures, events in no region, other statuses,
    publishers and restatements linked to their event."""
    rng = np.random.default_rng(7)
    frame = conform(synth_frame(3_000, seed=9))
    n = len(frame)
    span = rng.integers(0, 20, n) * (rng.random(n) < 0.2)
    frame["date_end"] = frame["date_start"] + pd.to_timedelta(span, unit="D")
    regions = np.array(["UA-14", "UA-48", "UA-65", "RU-KRS"], dtype=object)
    frame["adm1_code"] = np.where(rng.random(n) < 0.15, None, regions[rng.integers(0, 4, n)])
    frame["status"] = rng.choice(["reported", "unreviewed", "rejected"], n, p=[0.85, 0.1, 0.05])
    frame["publisher"] = np.where(rng.random(n) < 0.1, "Outlet", None)
    frame.loc[rng.random(n) < 0.05, "source_name"] = None
    opened = rng.random(n) < 0.1
    frame.loc[opened, "killed_high"] = np.nan
    frame.loc[opened, "killed_low"] = frame.loc[opened, "killed_low"].fillna(3)
    twins = frame.sample(300, random_state=1).assign(batch_id="other")
    twins["event_id"] = "twin-" + twins["event_id"]
    twins["source_name"] = "Other source"
    return EventView.from_frame(pd.concat([frame.assign(batch_id="first"), twins],
                                          ignore_index=True))


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    """Runs, blocks and the parts tables are built from sized for a few thousand events
    (the tables are rebuilt per test)."""
    monkeypatch.setattr(window, "MIN_RUN", 50)
    monkeypatch.setattr(window, "BLOCK", 64)
    monkeypatch.setattr(window, "PART_ROWS", 200)


@pytest.fixture(autouse=True)
def fresh_tables(view):
    view._cache.clear()


def filters(view: EventView, count: int = 25) -> list[EventFilter]:
    """Random date windows, some with a source or type filter or unreviewed events too."""
    rng = np.random.default_rng(3)
    first, last = (int(d) for d in view.day_span())
    sources = view.categories("source_name")
    out = []
    for i in range(count):
        lo, hi = sorted(int(d) for d in rng.integers(first, last + 1, 2))
        extra = {}
        if i % 4 == 1:
            extra["sources"] = (sources[i % len(sources)],)
        if i % 4 == 2:
            extra["event_types"] = (view.categories("event_type")[0],)
        out.append(EventFilter(date_from=dt.date(1970, 1, 1) + dt.timedelta(lo),
                               date_to=dt.date(1970, 1, 1) + dt.timedelta(hi),
                               include_unreviewed=i % 3 == 0, **extra))
    return out + [EventFilter(), EventFilter(date_from=dt.date(2100, 1, 1))]


def lookbacks(view: EventView) -> list[EventFilter]:
    """Windows whose run begins past a lookback (events that began before the window and
    run into it), and a window cutting linked events apart."""
    days = view.frame["start_day"].to_numpy()
    first = int(days.min())
    starts = [dt.date(1970, 1, 1) + dt.timedelta(int(d))
              for d in np.linspace(first + 5, int(days.max()) - 5, 6)]
    return [EventFilter(date_from=d, date_to=d + dt.timedelta(days=length))
            for d in starts for length in (2, 30, 10_000)]


def test_date_windows_are_runs(view):
    """The date-only windows take the running totals, not the direct sums."""
    flt = EventFilter(date_from=view.frame["date_start"].iloc[500].date())
    run = window.run_of(view, view.select(flt))
    assert run is not None and not run.chosen.all()


def test_a_short_window_is_a_run_after_its_lookback(view):
    """Short windows select few of their lookback's rows (most events ended before them):
    those are the run's head, and the sums are those of the rows themselves."""
    codes = view.frame["adm1_code"].cat.codes.to_numpy()
    table = window.BlockSums(view, codes, len(view.categories("adm1_code")),
                             lambda at: aggregate._region_values(view, at))
    heads = 0
    for start in range(100, 3000, 150):
        first = view.frame["date_start"].iloc[start].date()
        positions = view.select(EventFilter(date_from=first,
                                            date_to=first + dt.timedelta(days=80)))
        run = window.run_of(view, positions)
        if run is not None:
            heads += len(run.head) > 0 and run.hi - run.lo > 2 * window.BLOCK
            assert (run.head < run.lo).all()
        assert np.array_equal(table.sums(positions), table.direct(positions))
    assert heads > 5


def test_a_long_window_starts_its_run_past_its_lookback(view):
    """Most of a long window's lookback is left out: its few selected rows become the head
    rather than the many others gaps, and sums are those of the rows all the same."""
    lookback = np.arange(0, 500, 10)
    positions = np.concatenate([lookback, np.arange(500, len(view))])
    run = window.run_of(view, positions)
    assert run.lo == 500 and run.head.tolist() == lookback.tolist()
    assert not len(run.gaps) and run.chosen.all()
    positions = np.delete(positions, [60, 70])  # two gaps inside the run stay gaps
    run = window.run_of(view, positions)
    assert run.lo == 500 and run.gaps.tolist() == [510, 520]
    table = window.BlockSums(view, view.frame["adm1_code"].cat.codes.to_numpy(),
                             len(view.categories("adm1_code")),
                             lambda at: [view.frame["killed_low"].to_numpy()[at]])
    np.testing.assert_array_equal(table.sums(positions), table.direct(positions))


def test_region_type_source_counts_as_the_rows(view):
    for flt in filters(view):
        positions = view.select(flt)
        rows = view.frame.iloc[positions]
        got = by_region(view, positions).set_index("adm1_code")
        located = rows[rows["adm1_code"].notna()]
        assert got["events"].to_dict() == located["adm1_code"].astype(str).value_counts().to_dict()
        high = located["killed_high"].astype("float64").fillna(located["killed_low"].astype("float64"))
        expected = high.groupby(located["adm1_code"].astype(str)).sum().astype("int64")
        assert got["killed_high"].to_dict() == expected[expected.index.isin(got.index)].to_dict()
        opened = (located["killed_low"].notna() & located["killed_high"].isna())
        assert got["killed_open"].to_dict() == opened.groupby(
            located["adm1_code"].astype(str)).sum().loc[got.index].to_dict()
        assert got["wounded_low"].sum() == int(located["wounded_low"].sum())
        types = dict(zip(view.categories("event_type"), counts(view, "event_type", positions),
                         strict=True))
        assert {k: v for k, v in types.items() if v} == rows["event_type"].astype(
            str).value_counts().to_dict()
        sources = by_source(view, positions).set_index("source_name")["events"].to_dict()
        named = rows["source_name"].dropna().astype(str).value_counts()
        extra = rows["publisher"][rows["publisher"].astype(object).to_numpy()
                                  != rows["source_name"].astype(object).to_numpy()]
        expected = named.add(extra.dropna().astype(str).value_counts(), fill_value=0)
        assert sources == expected[expected > 0].astype("int64").to_dict()


def test_a_column_without_categories_sums_to_no_groups(view):
    """(An outlet column no event fills.) Its table has no group, whatever the window."""
    table = window.BlockSums(view, np.full(len(view), -1, dtype=np.int8), 0, lambda at: [])
    for flt in filters(view, 4):
        assert table.sums(view.select(flt)).shape == (0, 1)


def source_type_filters(view: EventView, count: int = 40) -> list[EventFilter]:
    """Random windows with some sources (an outlet's name, a name no event has) and types."""
    rng = np.random.default_rng(11)
    first, last = (int(d) for d in view.day_span())
    names = view.categories("source_name") + ["No such source"]
    types = view.categories("event_type")
    out = []
    for i in range(count):
        lo, hi = sorted(int(d) for d in rng.integers(first, last + 1, 2))
        picked = {}
        if i % 3 != 2:
            sources = rng.choice(names, rng.integers(1, 4), replace=False)
            picked["sources"] = tuple(sources) + (("Outlet",) if i % 4 == 0 else ())
        if i % 3 != 0:
            picked["event_types"] = tuple(rng.choice(types, rng.integers(1, 3), replace=False))
        out.append(EventFilter(date_from=dt.date(1970, 1, 1) + dt.timedelta(lo),
                               date_to=dt.date(1970, 1, 1) + dt.timedelta(hi),
                               include_unreviewed=i % 2 == 0, **picked))
    return out


def test_source_and_type_filters_from_the_pair_index_as_masks(view, monkeypatch):
    """Every filter naming sources or types selects the same rows through the pair index
    as through masks over its window, and as pandas' masks over the whole frame."""
    f = view.frame
    chosen = []
    for flt in source_type_filters(view):
        monkeypatch.setattr(pairs, "MAX_SHARE", 1.0)
        fast = view.select(flt)
        monkeypatch.setattr(pairs, "MAX_SHARE", -1.0)
        assert fast.tolist() == view.select(flt).tolist()
        mask = ((f["date_end"] >= pd.Timestamp(flt.date_from))
                & (f["date_start"] <= pd.Timestamp(flt.date_to))
                & f["status"].isin(["reported", "unreviewed"] if flt.include_unreviewed
                                   else ["reported"]))
        if flt.sources:
            mask &= f["source_name"].isin(flt.sources) | f["publisher"].isin(flt.sources)
        if flt.event_types:
            mask &= f["event_type"].isin(flt.event_types)
        assert fast.tolist() == np.flatnonzero(mask.to_numpy()).tolist()
        chosen.append(len(fast))
    assert min(chosen) == 0 and max(chosen) > 100  # empty and large selections both met
    assert {"pairs:source", "pairs:publisher"} <= set(view._cache)


@pytest.mark.parametrize("bucket", ["day", "week", "month"])
def test_timeline_as_the_rows(view, bucket):
    for flt in filters(view) + source_type_filters(view):
        positions = view.select(flt)
        rows = view.frame.iloc[positions]
        got = timeline(view, positions, bucket)
        starts = rows["date_start"].dt.to_period({"day": "D", "week": "W-SUN",
                                                  "month": "M"}[bucket]).dt.start_time
        expected = rows.groupby([starts, rows["event_type"].astype(str)]).size()
        assert dict(zip(zip(got["bucket"], got["event_type"], strict=True), got["events"],
                        strict=True)) == expected.to_dict()


@pytest.mark.parametrize("table", [False, True])
def test_headline_as_the_rows(view, table):
    """With or without the incident table (built in a thread, so the first header does not
    wait for it): each incident counted once, as summed from the rows."""
    incidents = view.incidents().to_numpy()
    assert len(view.linked_by_incident())  # the twins link to their events
    if table:
        assert summary.incident_sums(view) is not None
    else:
        assert summary.incident_sums(view, wait=False) is None  # begun, in a thread
    every_row = np.arange(len(view))  # the start's header: from the incident tables
    for positions in ([view.select(flt) for flt in filters(view) + lookbacks(view)]
                      + [every_row, every_row]):
        rows = view.frame.iloc[positions]
        h = headline(view, positions)
        expected = figures.totals(rows, incidents=incidents[positions])
        assert (h.killed, h.wounded, h.killed_or_wounded) == (
            expected["killed"], expected["wounded"], expected["killed_or_wounded"])
        assert h.incidents == len(np.unique(incidents[positions]))
        assert h.sources == count_sources(rows)
        assert h.events == len(positions)
    assert "headline:every-row" in view._cache


def test_headline_without_linked_events():
    alone = EventView.from_frame(conform(synth_frame(400, seed=4)))
    assert not len(alone.linked_by_incident())
    table = summary.incident_sums(alone)
    assert table is not None and not len(table.ids)
    positions = alone.select(EventFilter(date_from=alone.frame["date_start"].iloc[100].date()))
    h = headline(alone, positions)
    expected = figures.totals(alone.frame.iloc[positions])
    assert window.run_of(alone, positions) is not None
    assert (h.killed, h.wounded, h.incidents) == (expected["killed"], expected["wounded"],
                                                  len(positions))


def test_grid_at_a_whole_zoom_as_projected_each_time(view, monkeypatch):
    positions = view.select(EventFilter(include_unreviewed=True))
    box = Bounds(20.0, 44.0, 41.0, 53.0)
    fast = [grid(view, positions, zoom, box, cell_px=40) for zoom in (3, 6.0, 9)]
    monkeypatch.setattr(clusters, "_cells", lambda view, inside, zoom, cell_px, lon, lat: tuple(
        v // cell_px for v in mercator_px(lon, lat, zoom)))
    for got, zoom in zip(fast, (3, 6.0, 9), strict=True):
        assert len(got) > 1
        pd.testing.assert_frame_equal(got, grid(view, positions, zoom, box, cell_px=40))


def test_cells_prepared_ahead_are_the_ones_used(view, monkeypatch):
    """Cells built at start (as the server does for the first zoom) give the grid of the
    whole view as projected each time, with and without events lacking a point."""
    placed = view.frame["lon"].notna().to_numpy()
    assert not placed.all()
    views = [view, EventView(view.frame[placed].reset_index(drop=True))]
    world = Bounds(-180.0, -85.0, 180.0, 85.0)
    fast = []
    for v in views:
        prepare_cells(v, 5, 40)  # as prepare_grid does for the first page
        fast.append(grid(v, np.arange(len(v)), 5, world, cell_px=40))
    monkeypatch.setattr(clusters, "_cells", lambda view, inside, zoom, cell_px, lon, lat: tuple(
        v // cell_px for v in mercator_px(lon, lat, zoom)))
    for got, v in zip(fast, views, strict=True):
        assert len(got) > 1
        pd.testing.assert_frame_equal(got, grid(v, np.arange(len(v)), 5, world, cell_px=40))


@pytest.mark.parametrize("zoom", [3, 5, 7])
def test_grid_from_running_totals_per_cell_as_the_rows(view, zoom):
    """Cells counted from the running totals equal the grid counted from the selected rows,
    whenever every point of their cells lies inside the box; a box that cuts through cells
    with selected events is left to the rows."""
    world = Bounds(-180.0, -85.0, 180.0, 85.0)
    lon, lat = (view.frame[c].to_numpy() for c in ("lon", "lat"))
    around = Bounds(np.nanmin(lon) - 1e-9, np.nanmin(lat) - 1e-9,
                    np.nanmax(lon) + 1e-9, np.nanmax(lat) + 1e-9)  # every point just inside
    assert clusters.counted_grid(view, np.arange(len(view)), zoom, world) is None  # building
    clusters.cell_table(view, zoom)  # built (the request above began it in a thread)
    ran = 0
    for flt in filters(view):
        positions = clusters.located_positions(view, view.select(flt))
        for box in (world, around):
            got = clusters.counted_grid(view, positions, zoom, box)
            expected = grid(view, positions, zoom, box).drop(columns="first")
            assert got is not None
            pd.testing.assert_frame_equal(got, expected, check_exact=False, rtol=1e-12)
        ran += window.run_of(view, positions) is not None
        middle = Bounds(*(float(np.nanmedian(v)) for v in (lon, lat)), 180.0, 85.0)
        if len(positions):
            assert clusters.counted_grid(view, positions, zoom, middle) is None
    assert ran > 5  # most from the table, not summed directly
    assert clusters.counted_grid(view, positions, 5.5, world) is None  # not a whole zoom


def test_no_cell_totals_past_their_limit(view, monkeypatch):
    monkeypatch.setattr(clusters, "MAX_TABLE_CELLS", 3)
    assert clusters.cell_table(view, 9) is None
    assert clusters.counted_grid(view, np.arange(len(view)), 9,
                                 Bounds(-180.0, -85.0, 180.0, 85.0)) is None


def test_prepared_sums_are_the_ones_used(view):
    """Tables built ahead (as the server does at start) answer a window as built on demand."""
    prepare_sums(view)
    built = {key for key in view._cache if key.startswith("sums:")}
    assert {"sums:headline", "sums:regions", "sums:count:event_type"} <= built
    positions = view.select(EventFilter(date_from=view.frame["date_start"].iloc[800].date()))
    ahead = (headline(view, positions), by_region(view, positions))
    view._cache.clear()
    assert headline(view, positions) == ahead[0]
    pd.testing.assert_frame_equal(by_region(view, positions), ahead[1])


def test_a_table_asked_for_while_it_is_built_is_built_once(view):
    """A request asking for a table the start is building ahead waits for that build."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    started, release, calls = threading.Event(), threading.Event(), []

    def build() -> object:
        calls.append(1)
        started.set()
        assert release.wait(10)
        return object()

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(view.cached, "sums:test", build)
        assert started.wait(10)
        second = pool.submit(view.cached, "sums:test", build)
        time.sleep(0.2)  # the second asks meanwhile
        release.set()
        assert first.result(10) is second.result(10)
    assert len(calls) == 1
