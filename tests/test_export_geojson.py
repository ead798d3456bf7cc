"""GeoJSON snapshots: RFC 7946 to the letter, every model field, lossless back through ingest."""

from __future__ import annotations

import datetime as dt
import json
import re

import pyogrio
import pytest
from helpers.export_data import AWKWARD, KURSK
from rfc7946 import assert_valid, problems

from geoapp import __version__
from geoapp.export import export, output
from geoapp.export import geojson as gj
from geoapp.export.geojson import (
    RS,
    snapshot_geojson,
    snapshot_geojson_bytes,
    write_geojson,
    write_geojsonseq,
)
from geoapp.frames import frame_to_records
from geoapp.ingest import read_file
from geoapp.query import EventFilter, load_view
from geoapp.store import open_store

pytest_plugins = ["export_fixtures"]  # awkward_view

ALL = EventFilter()
WINDOW = EventFilter(date_from="2022-02-24", date_to="2024-12-31", sources=("UCDP GED",))


def expected_records(view, flt):
    return frame_to_records(view.rows(view.select(flt)))


def without_meta(doc):
    return {k: v for k, v in doc.items() if k != "geoapp"}


@pytest.mark.parametrize("flt, region_geometry", [(ALL, False), (WINDOW, False), (WINDOW, True)],
                         ids=["all", "window", "window-regions"])
def test_demo_snapshot_passes_the_strict_rfc7946_check(demo_view, flt, region_geometry):
    doc = snapshot_geojson(demo_view, flt, region_geometry=region_geometry)
    assert_valid(doc)
    assert doc["features"], "the demo data should give a non-empty snapshot"
    kinds = {f["geometry"]["type"] for f in doc["features"] if f["geometry"]}
    polygons = kinds - {"Point"}
    assert (polygons and polygons <= {"Polygon", "MultiPolygon"}) if region_geometry else (
        not polygons)


def test_checker_catches_what_the_rfc_forbids():
    polygon_cw = {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [0, 0]]]}
    doc = {"type": "FeatureCollection", "crs": {"type": "name"}, "bbox": [0, 0, 0.5, 0.5],
           "features": [{"type": "Feature", "geometry": polygon_cw, "properties": None},
                        {"type": "Feature", "geometry": {"type": "Point",
                                                         "coordinates": [51.2, 95.3]}}]}
    found = "\n".join(problems(doc))
    for message in ("'crs' member", "exterior ring is clockwise", "needs a 'properties'",
                    "latitude 95.3", "does not enclose"):
        assert message in found


def test_features_hold_every_model_field_in_query_order(awkward_view):
    doc = snapshot_geojson(awkward_view, ALL)
    records = expected_records(awkward_view, ALL)
    assert [f["id"] for f in doc["features"]] == [r["event_id"] for r in records]
    assert [f["properties"] for f in doc["features"]] == records
    order = [(r["date_start"], r["event_id"]) for r in records]
    assert order == sorted(order)
    assert "t:unreviewed" not in {f["id"] for f in doc["features"]}


def test_awkward_text_survives_and_dates_are_iso(awkward_view):
    doc = snapshot_geojson(awkward_view, ALL)
    props = {f["id"]: f["properties"] for f in doc["features"]}
    assert props["t:exact"]["quote"] == AWKWARD
    assert props["t:region"]["date_end"] == "2024-12-23"
    assert props["t:a-first"]["reported_date"] == "2024-12-23"
    assert props["t:west"]["related_places"] == [{"role": "origin", "name": "North Korea",
                                                  "adm1_code": None, "country": "KP",
                                                  "lon": 127.0, "lat": 40.0}]
    assert props["t:west"]["killed_low"] == 101 and props["t:west"]["killed_high"] is None
    for name in ("date_start", "date_end"):
        dt.date.fromisoformat(props["t:exact"][name])


def test_coordinates_are_lon_lat_rounded_to_six_decimals(demo_view):
    text = snapshot_geojson_bytes(demo_view, ALL).decode()
    coords = re.findall(r'"coordinates":\[(-?[\d.]+),(-?[\d.]+)\]', text)
    assert coords
    assert all(len(v.partition(".")[2]) <= 6 for pair in coords for v in pair)
    doc = json.loads(text)
    point = next(f for f in doc["features"] if f["id"] == "ucdp:147997")
    assert point["geometry"]["coordinates"] == pytest.approx([30.52333, 50.45], abs=2e-6)


def test_bbox_encloses_the_features_and_empty_snapshots_have_none(awkward_view):
    doc = snapshot_geojson(awkward_view, ALL)
    assert doc["bbox"] == pytest.approx([-3.70379, 40.416775, 37.8, 51.6], abs=5e-6)
    empty = snapshot_geojson(awkward_view, EventFilter(date_from="2030-01-01"))
    assert empty["features"] == [] and "bbox" not in empty
    assert_valid(empty)


def test_unlocated_events_keep_a_null_geometry(awkward_view):
    doc = snapshot_geojson(awkward_view, ALL)
    feature = next(f for f in doc["features"] if f["id"] == "t:nowhere")
    assert feature["geometry"] is None
    assert feature["properties"]["geo_precision"] == "country"


def test_region_level_events_carry_their_polygon_on_request(awkward_view):
    points = {f["id"]: f for f in snapshot_geojson(awkward_view, ALL)["features"]}
    shapes = snapshot_geojson(awkward_view, ALL, region_geometry=True)
    assert_valid(shapes)
    polygons = {f["id"]: f for f in shapes["features"]}
    region = polygons["t:region"]
    assert region["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert region["properties"]["geo_precision"] == "region"
    assert region["properties"]["adm1_code"] == KURSK
    assert points["t:region"]["geometry"]["type"] == "Point"
    assert polygons["t:exact"] == points["t:exact"]  # exact events keep their point
    assert shapes["bbox"][1] < points["t:region"]["geometry"]["coordinates"][1] - 0.5


def test_foreign_member_says_how_to_reproduce_and_whom_to_credit(demo_view):
    doc = snapshot_geojson(demo_view, WINDOW)
    meta = doc["geoapp"]
    assert meta["version"] == __version__
    assert dt.datetime.fromisoformat(meta["generated_at"].replace("Z", "+00:00")).tzinfo
    assert EventFilter.from_dict(meta["filter"]) == WINDOW
    assert "between 2022-02-24 and 2024-12-31" in meta["filter_description"]
    assert meta["count"] == len(doc["features"]) == len(demo_view.select(WINDOW))
    assert meta["data_version"] == demo_view.version
    assert "UCDP GED, Uppsala University, CC BY 4.0" in meta["attributions"]
    assert not any("ACLED" in a for a in meta["attributions"])
    assert meta["attributions"][:3] == ["Boundaries: Natural Earth (public domain)",
                                        "Place data © GeoNames (geonames.org), CC BY 4.0",
                                        "Places: Who's On First (whosonfirst.org), CC0"]


def test_written_file_equals_the_dict_and_chunking_changes_nothing(tmp_path, awkward_view,
                                                                   monkeypatch):
    write_geojson(awkward_view, ALL, tmp_path / "one.geojson")
    monkeypatch.setattr(output, "CHUNK_ROWS", 2)
    write_geojson(awkward_view, ALL, tmp_path / "chunked.geojson")
    one = json.loads((tmp_path / "one.geojson").read_bytes())
    chunked = json.loads((tmp_path / "chunked.geojson").read_bytes())
    assert without_meta(one) == without_meta(chunked) == without_meta(
        snapshot_geojson(awkward_view, ALL))
    assert (tmp_path / "one.geojson").read_bytes().startswith(b'{"type":"FeatureCollection"')


def test_geojsonseq_is_one_feature_per_rs_line(tmp_path, awkward_view):
    path = tmp_path / "events.geojsons"
    count = write_geojsonseq(awkward_view, ALL, path)
    data = path.read_bytes()
    lines = data.split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == count == 7
    assert all(line.startswith(RS.encode()) for line in lines[:-1])
    features = [json.loads(line[1:]) for line in lines[:-1]]
    assert features == snapshot_geojson(awkward_view, ALL)["features"]


@pytest.mark.parametrize("suffix, writer, driver", [
    (".geojson", write_geojson, "GeoJSON"),
    (".geojsons", write_geojsonseq, "GeoJSONSeq"),
])
def test_gdal_reads_both_forms(tmp_path, demo_view, suffix, writer, driver):
    path = tmp_path / f"snapshot{suffix}"
    writer(demo_view, WINDOW, path)
    assert pyogrio.read_info(path)["driver"] == driver
    frame = pyogrio.read_dataframe(path)
    expected = demo_view.rows(demo_view.select(WINDOW))
    assert frame["event_id"].tolist() == expected["event_id"].tolist()
    assert frame.crs.to_epsg() == 4326
    assert (frame.geometry.x.round(6) == expected["lon"].to_numpy()).all()


def test_a_failed_write_leaves_no_file(tmp_path, awkward_view, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(gj, "features", broken)
    path = tmp_path / "snapshot.geojson"
    with pytest.raises(RuntimeError):
        write_geojson(awkward_view, ALL, path)
    assert list(tmp_path.iterdir()) == []


PROVENANCE = ("batch_id", "ingested_at")


def _records_by_id(view, flt=ALL):
    return {r["event_id"]: {k: v for k, v in r.items() if k not in PROVENANCE}
            for r in expected_records(view, flt)}


@pytest.mark.parametrize("fmt, suffix, region_geometry", [
    ("geojson", ".geojson", False),
    ("geojson", ".geojson", True),
    ("geojsonseq", ".geojsons", False),
    ("geoparquet", ".parquet", False),
])
def test_snapshot_ingests_back_into_an_empty_store_without_loss(tmp_path, demo_view, fmt, suffix,
                                                                 region_geometry):
    flt = EventFilter(date_from="2022-01-01")
    path = tmp_path / f"snapshot{suffix}"
    export(demo_view, flt, fmt, path, region_geometry=region_geometry)
    store = open_store(tmp_path / "copy.db")
    summary = store.write_batch(read_file(path))
    assert summary.rejected == 0
    assert _records_by_id(load_view(store)) == _records_by_id(demo_view, flt)
    store.close()


def test_country_level_events_ingest_back_without_a_region(tmp_path, demo_view):
    flt = EventFilter(text="11,000 and 12,000")  # the Kursk report's country-level estimate
    path = tmp_path / "snapshot.geojson"
    write_geojson(demo_view, flt, path)
    store = open_store(tmp_path / "copy.db")
    store.write_batch(read_file(path))
    assert _records_by_id(load_view(store)) == _records_by_id(demo_view, flt)
    store.close()
