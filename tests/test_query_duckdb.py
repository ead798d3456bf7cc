"""DuckDB over the partitioned dataset answers every filter exactly as the in-memory view does."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from helpers.dataset_data import varied_events

from geoapp.cli import cli
from geoapp.export.dataset import write_dataset
from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, EventView
from geoapp.query.duckdb_engine import DuckDBEngine, connect
from geoapp.query.partitions import DatasetError
from geoapp.query.sql import where_clause
from geoapp.query.summary import Summary, summarise

#: Date windows (overlap: a year-long event starting 11 months before the window is in
#: it), every list field, text in another case, precision, unreviewed events.
FILTERS = [
    EventFilter(),
    EventFilter(include_unreviewed=True),
    EventFilter(date_from="2023-03-15", date_to="2023-03-20"),
    EventFilter(date_from="2023-01-01"),
    EventFilter(date_to="2022-02-28"),
    EventFilter(date_from="2024-12-31", date_to="2024-12-31"),
    EventFilter(date_from="2022-06-01", date_to="2022-06-30", sources=("Source A", "Source C")),
    EventFilter(event_types=("attack", "capture"), countries=("UA", "NA")),
    EventFilter(regions=("RUS-2362",), include_unreviewed=True),
    EventFilter(actors=("Actor two",), date_from="2023-06-01"),
    EventFilter(text="drone", min_geo_precision="district"),
    EventFilter(text="Nothing TO", include_unreviewed=True),
    EventFilter(min_geo_precision="exact", countries=("RU",)),
    EventFilter(sources=("nobody",)),
    EventFilter(sources=("Outlet X",), include_unreviewed=True),  # an outlet (publisher)
]


@pytest.fixture(scope="module")
def varied_view() -> EventView:
    return EventView.from_frame(events_to_frame(varied_events()))


@pytest.fixture(scope="module", params=["year,month", "year", "country", "year,country"])
def engine(request, varied_view, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dataset") / "events"
    # Two appends with overlapping windows: the answer must not depend on how it was written.
    write_dataset(varied_view, EventFilter(include_unreviewed=True, date_to="2023-06-30"), folder,
                  partition=request.param, row_group_rows=64)
    write_dataset(varied_view, EventFilter(include_unreviewed=True, date_from="2023-01-01"),
                  folder, append=True)
    with DuckDBEngine(folder) as opened:
        yield opened


def assert_same(got: Summary, want: Summary) -> None:
    assert got.event_ids == want.event_ids
    assert got.totals == want.totals
    pd.testing.assert_frame_equal(got.regions, want.regions)
    pd.testing.assert_frame_equal(got.timeline, want.timeline)


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.to_query() or "all")
def test_duckdb_answers_like_the_view(engine, varied_view, flt):
    assert_same(engine.summary(flt), summarise(varied_view, flt))


@pytest.mark.parametrize("bucket", ["day", "week"])
def test_timeline_buckets_agree(engine, varied_view, bucket):
    flt = EventFilter(date_from="2023-01-01", date_to="2023-04-30")
    assert_same(engine.summary(flt, bucket=bucket), summarise(varied_view, flt, bucket=bucket))


def test_limit_keeps_the_first_ids_in_date_order(engine, varied_view):
    flt = EventFilter(date_from="2023-01-01")
    assert engine.summary(flt, limit=5).event_ids == summarise(varied_view, flt).event_ids[:5]


def test_demo_data_agrees_too(demo_view, tmp_path):
    folder = tmp_path / "demo"
    write_dataset(demo_view, EventFilter(include_unreviewed=True), folder)
    with DuckDBEngine(folder) as opened:
        for flt in (EventFilter(date_from="2022-02-15", date_to="2022-03-10"),
                    EventFilter(countries=("RU",), include_unreviewed=True),
                    EventFilter(text="kursk", include_unreviewed=True)):
            assert_same(opened.summary(flt), summarise(demo_view, flt))


def test_partition_keys_prune_by_date_with_the_longest_span():
    flt = EventFilter(date_from="2023-03-15", date_to="2023-05-02")
    where = where_clause(flt, ("year", "month"), max_span_days=40)
    assert "year < ? OR (year = ? AND month <= ?)" in where.sql
    assert "year > ? OR (year = ? AND month >= ?)" in where.sql
    # The earliest partition that can hold an overlapping event: 40 days before March 15.
    assert where.params[-4:] == [2023, 2023, 2, "reported"]
    assert "year" not in where_clause(flt, ("country",)).sql


def test_values_are_bound_never_spliced(tmp_path, varied_view):
    folder = tmp_path / "events"
    write_dataset(varied_view, EventFilter(), folder)
    hostile = "x') OR TRUE OR ('"
    with DuckDBEngine(folder) as opened:
        assert opened.summary(EventFilter(sources=(hostile,), text=hostile)).totals.events == 0


def test_an_empty_dataset_answers_nothing(tmp_path, varied_view):
    folder = tmp_path / "empty"
    write_dataset(varied_view, EventFilter(sources=("nobody",)), folder)
    with DuckDBEngine(folder) as opened:
        assert_same(opened.summary(EventFilter()), summarise(varied_view,
                                                              EventFilter(sources=("nobody",))))


def test_a_folder_without_a_manifest_is_a_clear_error(tmp_path):
    with pytest.raises(DatasetError, match="not a geoapp dataset"):
        DuckDBEngine(tmp_path)


def test_spatial_extension_loads_from_its_package_without_network():
    con = connect()
    loaded = con.execute("SELECT loaded, install_path FROM duckdb_extensions() "
                         "WHERE extension_name = 'spatial'").fetchone()
    assert loaded[0] is True
    assert con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone() == (
        False,)
    assert con.execute("SELECT ST_AsText(ST_Point(1.5, 2))").fetchone() == ("POINT (1.5 2)",)


def _cli(*args):
    result = CliRunner().invoke(cli, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("options", [
    ["--from", "2022-02-15", "--to", "2022-03-10"],
    ["--country", "RU", "--include-unreviewed"],
    ["--source", "UCDP GED", "--from", "2016-01-01", "--to", "2016-12-31", "--precision", "near"],
    ["--text", "Kursk", "--include-unreviewed"],
])
def test_geoapp_query_duckdb_agrees_with_geoapp_events(demo_db, tmp_path, options):
    folder = tmp_path / "events"
    _cli("export", "--db", demo_db, "--format", "geoparquet-dataset", "-o", folder,
         "--include-unreviewed", "--partition", "year")
    listed = [json.loads(line)["event_id"]
              for line in _cli("events", "--db", demo_db, "--json", "--limit", "0",
                               *options).splitlines()]
    duck = json.loads(_cli("query", "--engine", "duckdb", folder, "--json", "--limit", "0",
                           *options))
    memory = json.loads(_cli("query", "--db", demo_db, "--json", "--limit", "0", *options))
    assert duck["event_ids"] == listed == memory["event_ids"]
    assert duck["totals"]["events"] == len(listed)
    for key in ("totals", "regions", "timeline"):
        assert duck[key] == memory[key]
    assert duck["engine"] == "duckdb" and memory["engine"] == "memory"


def test_geoapp_query_prints_a_summary_and_explains_engine_mistakes(demo_db, tmp_path):
    text = _cli("query", "--db", demo_db, "--country", "RU", "--include-unreviewed",
                "--limit", "2")
    assert text.startswith("7 events in country RU")
    regions = [line.split() for line in text.splitlines() if line.startswith("  RUS-")]
    assert ["RUS-2362", "6", "Kursk", "Oblast"] in regions  # counted and named
    assert len([line for line in text.splitlines() if line.startswith("kursk-2024-12:")]) == 2
    missing = CliRunner().invoke(cli, ["query", "--engine", "duckdb"])
    assert missing.exit_code == 2 and "needs the DATASET folder" in missing.output
    mixed = CliRunner().invoke(cli, ["query", "--db", str(demo_db), str(tmp_path)])
    assert mixed.exit_code == 2 and "memory engine reads the store" in mixed.output
    absent = CliRunner().invoke(cli, ["query", "--engine", "duckdb", str(tmp_path)])
    assert absent.exit_code == 1 and "not a geoapp dataset" in absent.output
