"""The partitioned GeoParquet dataset: layout, metadata, typed columns, order, appends, errors."""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from helpers.dataset_data import varied_events

from geoapp.cli import cli
from geoapp.export import ExportError, export, export_bytes
from geoapp.export.dataset import write_dataset
from geoapp.export.hilbert import hilbert_index, hilbert_keys
from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, EventView
from geoapp.query.partitions import MANIFEST, NULL_PARTITION, DatasetError, parse_partitioning

EVERYTHING = EventFilter(include_unreviewed=True)


@pytest.fixture(scope="module")
def varied_view() -> EventView:
    return EventView.from_frame(events_to_frame(varied_events()))


def _files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet"))


def _read(folder):
    return ds.dataset(folder, format="parquet", partitioning="hive").to_table()


@pytest.mark.parametrize("order", [1, 2, 3, 6])
def test_hilbert_index_visits_every_cell_once_moving_one_cell_at_a_time(order):
    side = 1 << order
    x, y = np.meshgrid(np.arange(side), np.arange(side))
    keys = hilbert_index(x.ravel(), y.ravel(), order)
    assert sorted(keys.tolist()) == list(range(side * side))
    walk = np.argsort(keys)
    steps = np.abs(np.diff(x.ravel()[walk])) + np.abs(np.diff(y.ravel()[walk]))
    assert set(steps.tolist()) == {1}


def test_points_without_a_location_sort_last():
    keys = hilbert_keys(np.array([np.nan, 30.0, 179.9]), np.array([np.nan, 50.0, 89.9]))
    assert keys[0] == keys.max() and keys[0] > keys[2]


@pytest.mark.parametrize("spec, keys", [
    (None, ("year", "month")), ("year,month", ("year", "month")), ("year", ("year",)),
    ("country", ("country",)), ("month, year", ("year", "month")),
    ("year,country", ("country", "year")),
])
def test_partitioning_specs(spec, keys):
    assert parse_partitioning(spec) == keys


@pytest.mark.parametrize("spec, message", [
    ("month", "needs year"), ("week", "unknown partition key"), ("year,year", "repeated"),
    ("", "unknown partition key"),
])
def test_bad_partitioning_specs_say_why(spec, message):
    with pytest.raises(DatasetError, match=message):
        parse_partitioning(spec)


def test_year_month_partitions_hold_exactly_the_filtered_events(varied_view, tmp_path):
    folder = tmp_path / "events"
    flt = EventFilter(date_from="2023-01-01", event_types=("attack", "capture"))
    count = export(varied_view, flt, "geoparquet-dataset", folder)
    expected = varied_view.frame["event_id"].to_numpy()[varied_view.select(flt)]
    table = _read(folder)
    assert count == len(expected) == table.num_rows
    assert sorted(table["event_id"].to_pylist()) == sorted(expected)
    # Each event sits in the partition of its start date, and no key is stored in the files.
    for path in _files(folder):
        year, month = (int(part.split("=")[1]) for part in path.split("/")[:2])
        starts = pq.read_table(folder / path, columns=["date_start"])["date_start"]
        assert {(d.year, d.month) for d in starts.to_pylist()} == {(year, month)}
        assert not {"year", "month"} & set(pq.read_schema(folder / path).names)


def test_country_partitions_keep_missing_countries_in_the_hive_null_partition(varied_view,
                                                                                 tmp_path):
    folder = tmp_path / "by-country"
    write_dataset(varied_view, EVERYTHING, folder, partition="country")
    assert {p.split("/")[0] for p in _files(folder)} == {
        "country=NA", "country=RU", "country=UA", f"country={NULL_PARTITION}"}
    table = _read(folder)
    by_id = dict(zip(table["event_id"].to_pylist(), table["country"].to_pylist(), strict=True))
    for event in varied_events():
        if event.status != "rejected":
            assert by_id[event.event_id] == event.country


def test_files_carry_geoparquet_1_1_metadata_with_a_bbox_covering(varied_view, tmp_path):
    folder = tmp_path / "events"
    write_dataset(varied_view, EVERYTHING, folder, partition="year")
    for path in _files(folder):
        file = pq.ParquetFile(folder / path)
        geo = json.loads(file.schema_arrow.metadata[b"geo"])
        column = geo["columns"]["geometry"]
        assert geo["version"] == "1.1.0" and column["encoding"] == "WKB"
        assert column["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
        table = file.read(columns=["lon", "lat", "bbox"])
        lon = table["lon"].to_numpy(zero_copy_only=False)
        lat = table["lat"].to_numpy(zero_copy_only=False)
        box = table["bbox"].combine_chunks()
        np.testing.assert_array_equal(box.field("xmin").to_numpy(zero_copy_only=False), lon)
        np.testing.assert_array_equal(box.field("ymax").to_numpy(zero_copy_only=False), lat)
        assert box.null_count == int(np.isnan(lon).sum())
        assert column["bbox"] == [np.nanmin(lon), np.nanmin(lat), np.nanmax(lon), np.nanmax(lat)]


def test_rows_follow_the_hilbert_curve_in_row_groups_of_the_asked_size(varied_view, tmp_path):
    folder = tmp_path / "events"
    write_dataset(varied_view, EVERYTHING, folder, partition="country", row_group_rows=50)
    path = folder / "country=UA" / next((folder / "country=UA").iterdir()).name
    file = pq.ParquetFile(path)
    table = file.read(columns=["lon", "lat"])
    keys = hilbert_keys(table["lon"].to_numpy(zero_copy_only=False),
                        table["lat"].to_numpy(zero_copy_only=False))
    assert np.all(np.diff(keys.astype(np.float64)) >= 0)
    sizes = [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)]
    assert sizes[:-1] == [50] * (len(sizes) - 1) and 0 < sizes[-1] <= 50
    # Statistics of the covering column bound each row group, so readers can skip them.
    leaf = next(i for i in range(file.metadata.num_columns)
                if file.metadata.schema.column(i).path == "bbox.xmin")
    boxes = [file.metadata.row_group(i).column(leaf).statistics for i in range(len(sizes))]
    assert all(stats.has_min_max for stats in boxes)


def test_lists_are_typed_columns_not_json_text(varied_view, tmp_path):
    folder = tmp_path / "events"
    write_dataset(varied_view, EVERYTHING, folder)
    table = _read(folder)
    tags = table.schema.field("tags").type
    assert pa.types.is_list(tags) and tags.value_type == pa.string()
    places = table.schema.field("related_places").type.value_type
    assert [f.name for f in places] == ["role", "name", "adm1_code", "country", "lon", "lat"]
    row = table.filter(pc.equal(table["event_id"], "v:0017")).to_pylist()[0]
    assert row["related_places"] == [{"role": "origin", "name": "North Korea", "adm1_code": None,
                                      "country": "KP", "lon": 127.0, "lat": 40.0}]
    assert str(table.schema.field("killed_low").type) == "int64"
    assert str(table.schema.field("date_start").type) == "date32[day]"


def test_manifest_records_filter_counts_partitions_and_credits(demo_view, tmp_path):
    folder = tmp_path / "events"
    flt = EventFilter(date_from="2022-01-01")
    count = write_dataset(demo_view, flt, folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["count"] == count == sum(manifest["partitions"].values())
    assert manifest["partitioning"] == ["year", "month"]
    assert any("UCDP" in credit for credit in manifest["attributions"])
    (entry,) = manifest["exports"]
    assert entry["filter"] == {"date_from": "2022-01-01"} and entry["count"] == count
    assert sorted(entry["files"]) == _files(folder)
    spans = demo_view.end - demo_view.start
    assert manifest["max_span_days"] == int(spans[demo_view.select(flt)].max())


def test_append_adds_files_and_never_rewrites_or_duplicates(varied_view, tmp_path):
    folder = tmp_path / "events"
    first = write_dataset(varied_view, EventFilter(date_to="2023-06-30"), folder)
    before = {p: (folder / p).read_bytes() for p in _files(folder)}
    second = write_dataset(varied_view, EventFilter(date_from="2023-01-01"), folder, append=True)
    after = _files(folder)
    assert set(before) < set(after)
    assert all((folder / p).read_bytes() == data for p, data in before.items())
    ids = _read(folder)["event_id"].to_pylist()
    assert len(ids) == len(set(ids)) == first + second
    everything = varied_view.select(EventFilter())
    assert sorted(ids) == sorted(varied_view.frame["event_id"].to_numpy()[everything])
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["count"] == len(ids)
    assert manifest["exports"][1]["already_present"] > 0  # the windows overlap
    assert not list(folder.rglob("*.partial"))


def test_append_keeps_the_dataset_partitioning(varied_view, tmp_path):
    folder = tmp_path / "events"
    write_dataset(varied_view, EventFilter(date_to="2022-06-30"), folder, partition="year")
    with pytest.raises(ExportError, match="partitioned by year, not year,month"):
        write_dataset(varied_view, EVERYTHING, folder, partition="year,month", append=True)
    write_dataset(varied_view, EVERYTHING, folder, append=True)  # takes the stored keys
    assert {p.split("/")[0][:5] for p in _files(folder)} == {"year="}


def test_a_folder_that_is_not_empty_needs_append_and_a_manifest(varied_view, tmp_path):
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty; add to the dataset in it with --append"):
        write_dataset(varied_view, EVERYTHING, folder)
    with pytest.raises(ExportError, match="not a geoapp dataset"):
        write_dataset(varied_view, EVERYTHING, folder, append=True)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_an_empty_selection_writes_a_manifest_and_no_files(varied_view, tmp_path):
    folder = tmp_path / "events"
    assert write_dataset(varied_view, EventFilter(sources=("nobody",)), folder) == 0
    assert _files(folder) == []
    assert json.loads((folder / MANIFEST).read_text())["count"] == 0


def test_a_failed_export_leaves_no_dataset_behind(varied_view, tmp_path, monkeypatch):
    import geoapp.export.dataset as dataset

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(dataset, "dataset_table", broken)
    with pytest.raises(OSError, match="disk full"):
        write_dataset(varied_view, EVERYTHING, tmp_path / "events")
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_and_appends_a_dataset(demo_db, tmp_path):
    folder = tmp_path / "events"
    base = ["export", "--db", str(demo_db), "--format", "geoparquet-dataset", "-o", str(folder)]
    first = CliRunner().invoke(cli, [*base, "--to", "2019-12-31", "--partition", "year"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(cli, [*base, "--from", "2020-01-01"])
    assert again.exit_code == 1 and "--append" in again.output
    second = CliRunner().invoke(cli, [*base, "--from", "2020-01-01", "--append"])
    assert second.exit_code == 0, second.output
    assert json.loads((folder / MANIFEST).read_text())["partitioning"] == ["year"]
    bad = CliRunner().invoke(cli, [*base[:-1], str(tmp_path / "x"), "--partition", "week"])
    assert bad.exit_code == 1 and "unknown partition key" in bad.output


def test_file_formats_refuse_a_folder_and_the_dataset_is_no_download(demo_view, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        export(demo_view, EventFilter(), "geojson", tmp_path)
    with pytest.raises(ExportError, match="writes a folder"):
        export_bytes(demo_view, EventFilter(), "geoparquet-dataset")
