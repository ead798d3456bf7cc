"""The query layer: filter semantics, URL round trip, aggregations as ranges."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from geoapp.errors import FilterError
from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, EventView, by_region, by_source, load_view, timeline, totals
from geoapp.query.viewcache import cache_path
from geoapp.store import Batch


@pytest.fixture
def view(make_event) -> EventView:
    d = dt.date
    events = [
        make_event(event_id="a", date_start=d(2024, 1, 1), date_end=d(2024, 1, 1),
                   source_name="S1", killed_low=1, killed_high=1),
        make_event(event_id="b", date_start=d(2024, 1, 5), date_end=d(2024, 2, 10),
                   source_name="S2", event_type="casualty_report", killed_low=101,
                   figures_text="more than 100", quote="More than 100 killed near Sudzha."),
        make_event(event_id="c", date_start=d(2024, 3, 1), date_end=d(2024, 3, 1),
                   source_name="S1", adm1_code="UKR-3221", country="UA", geo_precision="region",
                   wounded_low=10, wounded_high=20, notes="<script>alert(1)</script>"),
        make_event(event_id="d", date_start=d(2024, 3, 2), date_end=d(2024, 3, 2),
                   source_name="S3", status="unreviewed", actor1="Unit X"),
    ]
    return EventView.from_frame(events_to_frame(events))


def _ids(view: EventView, flt: EventFilter) -> list[str]:
    return view.frame["event_id"].iloc[view.select(flt)].tolist()


def test_the_source_filter_matches_the_outlet_too(make_event) -> None:
    """An extracted event quotes a governor (source) from a newspaper (publisher): the
    newspaper is a source to filter by, counted once per event."""
    d = dt.date(2024, 1, 1)
    view = EventView.from_frame(events_to_frame([
        make_event(event_id="a", date_start=d, date_end=d, source_name="Governor",
                   publisher="Kyiv Post"),
        make_event(event_id="b", date_start=d, date_end=d, source_name="Kyiv Post",
                   publisher="Kyiv Post"),
        make_event(event_id="c", date_start=d, date_end=d, source_name="Governor"),
    ]))
    assert _ids(view, EventFilter(sources=("Kyiv Post",))) == ["a", "b"]
    assert _ids(view, EventFilter(sources=("Governor",))) == ["a", "c"]
    counts = by_source(view, view.select(EventFilter()))
    assert dict(zip(counts["source_name"], counts["events"], strict=True)) == {
        "Governor": 2, "Kyiv Post": 2}


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), ["a", "b", "c"]),
    (EventFilter(include_unreviewed=True), ["a", "b", "c", "d"]),
    # interval overlap: b spans 2024-01-05..2024-02-10
    (EventFilter(date_from="2024-02-01", date_to="2024-02-28"), ["b"]),
    (EventFilter(date_from="2024-02-11", date_to="2024-02-28"), []),
    (EventFilter(date_to="2024-01-04"), ["a"]),
    (EventFilter(date_from="2024-01-01", date_to="2024-01-01"), ["a"]),
    (EventFilter(sources=("S1",)), ["a", "c"]),
    (EventFilter(sources=("S1", "nobody")), ["a", "c"]),
    (EventFilter(event_types=("casualty_report",)), ["b"]),
    (EventFilter(countries=("ua",)), ["c"]),
    (EventFilter(regions=("RUS-2362",)), ["a", "b"]),
    (EventFilter(actors=("Unit X",), include_unreviewed=True), ["d"]),
    (EventFilter(text="SUDZHA"), ["b"]),
    (EventFilter(text="<script>"), ["c"]),
    (EventFilter(min_geo_precision="exact"), ["a", "b"]),
    (EventFilter(min_geo_precision="region"), ["a", "b", "c"]),
])
def test_filter_selects(view, flt, expected):
    assert _ids(view, flt) == expected


def test_filter_round_trips_through_url_and_dict():
    flt = EventFilter(date_from="2024-01-01", date_to="2024-02-01", sources=("A, B", "C"),
                      event_types=("attack",), text="Kursk", include_unreviewed=True)
    # a comma inside a source name must survive the URL
    assert EventFilter.from_dict(flt.to_dict()) == flt
    simple = flt.replace(sources=("C",))
    assert EventFilter.from_query(simple.to_query()) == simple
    assert "between 2024-01-01 and 2024-02-01" in flt.describe()


@pytest.mark.parametrize("kwargs, message", [
    ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, "after"),
    ({"event_types": ("battle",)}, "unknown event type"),
    ({"date_from": "yesterday"}, "not a date"),
    ({"min_geo_precision": "town"}, "unknown precision"),
])
def test_bad_filters_name_the_problem(kwargs, message):
    with pytest.raises(FilterError, match=message):
        EventFilter(**kwargs)


def test_totals_keep_open_highs_open(view):
    t = totals(view, view.select(EventFilter()))
    assert (t.events, t.killed_low, t.killed_high, t.killed_open) == (3, 102, 102, 1)
    assert (t.wounded_low, t.wounded_high, t.sources) == (10, 20, 2)


def test_by_region_and_source(view):
    regions = by_region(view, view.select(EventFilter())).set_index("adm1_code")
    assert regions.loc["RUS-2362", "events"] == 2
    assert regions.loc["RUS-2362", "killed_open"] == 1
    assert regions.loc["UKR-3221", "wounded_high"] == 20
    sources = by_source(view, view.select(EventFilter(include_unreviewed=True)))
    assert sources.to_dict("records")[0] == {"source_name": "S1", "events": 2}


@pytest.mark.parametrize("bucket, expected", [
    ("day", {"2024-01-01", "2024-01-05", "2024-03-01"}),
    ("week", {"2024-01-01", "2024-02-26"}),
    ("month", {"2024-01-01", "2024-03-01"}),
])
def test_timeline_buckets(view, bucket, expected):
    table = timeline(view, view.select(EventFilter()), bucket)
    assert set(table["bucket"].dt.strftime("%Y-%m-%d")) == expected
    assert table["events"].sum() == 3


def test_select_matches_naive_masks_on_random_data():
    rng = np.random.default_rng(7)
    n = 5000
    start = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
    frame = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "event_type": rng.choice(["attack", "other"], n),
        "date_start": start, "date_end": start + pd.to_timedelta(rng.integers(0, 40, n), unit="D"),
        "source_name": rng.choice([f"S{i}" for i in range(9)], n), "status": "reported",
        "geo_precision": "exact", "date_precision": "day",
    })
    from geoapp.frames import conform

    view = EventView.from_frame(conform(frame))
    flt = EventFilter(date_from="2023-01-10", date_to="2023-03-01", sources=("S1", "S2", "S3"),
                      event_types=("attack",))
    f = view.frame
    naive = ((f["date_start"] <= "2023-03-01") & (f["date_end"] >= "2023-01-10")
             & f["source_name"].isin(["S1", "S2", "S3"]) & (f["event_type"] == "attack"))
    assert view.select(flt).tolist() == np.flatnonzero(naive.to_numpy()).tolist()


def test_view_cache_follows_store_changes(store, make_event):
    store.write_batch(Batch.from_frame(events_to_frame([make_event()]), source="a", format="f"))
    assert len(load_view(store)) == 1
    assert len(load_view(store)) == 1  # from the cache
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id="test:2")]),
                                       source="b", format="f"))
    assert len(load_view(store)) == 2


def test_truncated_view_cache_is_rebuilt_with_one_warning(store, make_event, caplog):
    store.write_batch(Batch.from_frame(events_to_frame([make_event()]), source="a", format="f"))
    load_view(store)
    cache = cache_path(store)
    cache.write_bytes(cache.read_bytes()[: cache.stat().st_size // 2])
    with caplog.at_level("WARNING", logger="geoapp.query.viewcache"):
        assert len(load_view(store)) == 1
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
        f"view cache {cache} is unreadable"]
    assert len(load_view(store)) == 1 and cache.stat().st_mode & 0o077 == 0


def test_a_store_restored_from_a_copy_does_not_trust_the_newer_cache(tmp_path, make_event):
    import shutil

    from geoapp.store import open_store

    def write(db, event_id):
        store = open_store(db)
        store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id=event_id)]),
                                           source=event_id, format="f"))
        return store

    db = tmp_path / "a.db"
    write(db, "e1").close()
    shutil.copy(db, tmp_path / "backup.db")
    store = write(db, "e2")
    assert set(load_view(store).frame["event_id"]) == {"e1", "e2"}  # cached at version 2
    store.close()
    shutil.copy(tmp_path / "backup.db", db)
    restored = write(db, "e3")  # version 2 again, with other data
    assert set(load_view(restored).frame["event_id"]) == {"e1", "e3"}


_LOADER = """
import sys
from geoapp.query import load_view
from geoapp.store import open_store
print(len(load_view(open_store(sys.argv[1], create=False))))
"""


def test_concurrent_first_readers_all_get_the_view(tmp_path, make_event):
    from geoapp.store import open_store

    db = tmp_path / "shared.db"
    store = open_store(db)
    store.write_batch(Batch.from_frame(events_to_frame(
        [make_event(event_id=f"e{i}") for i in range(500)]), source="a", format="f"))
    store.close()
    readers = [subprocess.Popen([sys.executable, "-c", _LOADER, str(db)], text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    results = [r.communicate(timeout=120) for r in readers]
    assert [out.strip() for out, _ in results] == ["500"] * 4, [err for _, err in results]
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []
