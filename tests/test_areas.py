"""Areas over time: ingest (snapshots and intervals, four formats), merged intervals with
history, the store's migration, the query layer, the "inside an area" filter, the layer
and the GeoJSON snapshot."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import numpy as np
import pytest
import shapely
from click.testing import CliRunner
from helpers import areas_data
from helpers.areas_data import DAYS, HELD_INTERVALS, POCKET_DAYS, day

from geoapp.cli import cli
from geoapp.export.geojson import snapshot_geojson
from geoapp.frames import events_to_frame
from geoapp.ingest import read_file
from geoapp.ingest.areas import read_areas
from geoapp.query import EventFilter, load_view
from geoapp.query.areas import EQUAL_AREA, OPEN, km2
from geoapp.store import Batch, open_store
from geoapp.store.migrations import MIGRATIONS
from geoapp.styles import LayerSet, MapContext, load_layers


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def year(tmp_path):
    return areas_data.write_snapshots(tmp_path / "control.geojson")


@pytest.fixture
def area_store(tmp_path, year):
    db = tmp_path / "areas.db"
    result = run("areas", "ingest", year, "--layer", "control", "--source-name", "Synthetic",
                 "--db", db)
    assert result.exit_code == 0, result.output
    store = open_store(db)
    yield store
    store.close()


def intervals(store, key=None):
    rows = store.read_areas("control")
    return rows if key is None else rows[rows["area_key"] == key].reset_index(drop=True)


# -- ingest -----------------------------------------------------------------------------------
def test_a_year_of_daily_snapshots_is_stored_as_merged_intervals(area_store, year):
    held, pocket = intervals(area_store, "held"), intervals(area_store, "pocket")
    assert len(held) == HELD_INTERVALS and len(pocket) == 1
    assert len(intervals(area_store)) == HELD_INTERVALS + 1
    assert held["valid_from"].tolist()[:3] == [day(0), day(14), day(28)]
    assert held["valid_to"].iloc[0] == day(13)
    assert held["valid_to"].iloc[-1] is None  # the last snapshot: still valid
    assert (pocket["valid_from"][0], pocket["valid_to"][0]) == (day(POCKET_DAYS[0]),
                                                                day(POCKET_DAYS[1]))
    assert set(held["source_name"]) == {"Synthetic"}
    geometry = shapely.from_wkb(held["geometry"].iloc[1])
    assert geometry.bounds[0] == pytest.approx(areas_data.front(14))
    # the same file again changes nothing
    again = run("areas", "ingest", year, "--layer", "control", "--json", "--db",
                area_store.path)
    summary = json.loads(again.output)
    pocket_days = POCKET_DAYS[1] - POCKET_DAYS[0] + 1
    assert summary["read"] == DAYS + pocket_days  # 365 daily snapshots, 465 features
    assert (summary["added"], summary["updated"], summary["duplicates"]) == (0, 0, 28)
    assert area_store.area_history("control").empty
    assert run("areas", "history", "control", "--db", area_store.path).output == (
        "no replaced intervals for control\n")


def test_one_file_a_day_merges_across_ingests(tmp_path):
    """Files named by their date, ingested day by day, give the same intervals."""
    store = open_store(tmp_path / "daily.db")
    for path in areas_data.write_daily_files(tmp_path / "days", range(0, 120)):
        store.write_areas(read_areas([path], "control"))
    held, pocket = intervals(store, "held"), intervals(store, "pocket")
    assert held["valid_from"].tolist() == [day(d) for d in range(0, 120, 14)]
    assert held["valid_to"].iloc[-1] is None
    assert pocket["valid_from"].tolist() == [day(100)] and pocket["valid_to"].iloc[0] is None
    # each day that changed an open interval closed it: that is history, not loss
    assert len(store.area_history("control")) > 0
    assert store.areas_version() > 0


def test_many_files_in_one_command(tmp_path):
    paths = areas_data.write_daily_files(tmp_path / "days", range(0, 40))
    result = run("areas", "ingest", *paths, "--layer", "control", "--db", tmp_path / "a.db")
    assert result.exit_code == 0, result.output
    assert "the layer now holds 3 intervals" in result.output  # days 0-13, 14-27, 28-39…


def test_a_revised_snapshot_replaces_its_days_and_keeps_history(area_store, tmp_path):
    revised = areas_data.snapshot_features(200)
    for feature in revised:
        feature["properties"]["date"] = str(day(200))
    revised[0]["geometry"]["coordinates"][0][0][0] = 30.0  # a different front that day
    revised[0]["geometry"]["coordinates"][0][-1][0] = 30.0
    path = tmp_path / "fix.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": revised}))
    area_store.write_areas(read_areas([path], "control"))
    held = intervals(area_store, "held")
    on = held[(held["valid_from"] <= day(200)) & held["valid_to"].map(
        lambda d: d is None or d >= day(200))]
    assert on["valid_from"].tolist() == [day(200)] and on["valid_to"].tolist() == [day(200)]
    assert len(held) == HELD_INTERVALS + 2  # the interval around day 200 was cut in two
    history = area_store.area_history("control", "held")
    assert len(history) == 1 and history["valid_from"][0] == day(196)
    shown = run("areas", "history", "control", "--db", area_store.path).output
    assert shown.startswith(f"held: {day(196)} – {day(209)} (batch ")


@pytest.mark.parametrize("suffix", ["gpkg", "parquet", "geojsons"])
def test_intervals_from_geopackage_geoparquet_and_geojsonseq(tmp_path, suffix):
    frame = gpd.GeoDataFrame({
        "zone": ["north", "north", "south"],
        "start": ["2024-01-01", "2024-02-01", "2024-01-15"],
        "end": ["2024-01-31", None, "2024-03-01"],
    }, geometry=[shapely.box(30, 50, 31, 51), shapely.box(30, 50, 32, 51),
                 shapely.box(30, 45, 31, 46)], crs="EPSG:4326")
    path = tmp_path / f"zones.{suffix}"
    if suffix == "parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver={"gpkg": "GPKG", "geojsons": "GeoJSONSeq"}[suffix])
    result = run("areas", "ingest", path, "--layer", "evacuation", "--map", "area=zone",
                 "--map", "valid_from=start", "--map", "valid_to=end", "--db", tmp_path / "z.db")
    assert result.exit_code == 0, result.output
    rows = open_store(tmp_path / "z.db").read_areas("evacuation")
    got = sorted(zip(rows["area_key"], rows["valid_from"], rows["valid_to"], strict=True),
                 key=lambda r: (r[0], r[1]))
    assert got == [("north", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
                   ("north", dt.date(2024, 2, 1), None),
                   ("south", dt.date(2024, 1, 15), dt.date(2024, 3, 1))]


def test_geometries_in_another_crs_are_reprojected(tmp_path):
    frame = gpd.GeoDataFrame({"date": ["2024-05-01"]}, geometry=[shapely.box(30, 50, 31, 51)],
                             crs="EPSG:4326").to_crs("EPSG:3857")
    path = tmp_path / "m.gpkg"
    frame.to_file(path)
    batch = read_areas([path], "control")
    bounds = shapely.from_wkb(batch.intervals["geometry"][0]).bounds
    assert bounds == pytest.approx((30, 50, 31, 51), abs=1e-6)


def test_invalid_geometries_are_repaired_and_flagged_unusable_ones_rejected(tmp_path):
    bow_tie = [[[30, 50], [31, 51], [31, 50], [30, 51], [30, 50]]]
    features = [
        {"geometry": {"type": "Polygon", "coordinates": bow_tie}, "name": "bow"},
        {"geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, "name": "line"},
        {"geometry": None, "name": "none"},
        {"geometry": {"type": "Polygon", "coordinates": [[[3e6, 5e6], [3.1e6, 5e6],
                                                          [3.1e6, 5.1e6], [3e6, 5e6]]]},
         "name": "metres"},
        {"geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51],
                                                          [30, 50]]]}, "name": "fine",
         "date": "not a day"},
    ]
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": f["geometry"],
         "properties": {"name": f["name"], "date": f.get("date", "2024-03-01")}}
        for f in features]}))
    result = CliRunner().invoke(cli, ["areas", "ingest", str(path), "--layer", "control",
                                      "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    assert "rejected 4 / repaired 1" in result.output
    for text in ("feature 2: a LineString is not an area", "feature 3: no geometry",
                 "feature 4: coordinates outside longitude/latitude",
                 "feature 5: date 'not a day' is not a date"):
        assert text in result.output
    rows = open_store(tmp_path / "b.db").read_areas()
    assert rows["area_key"].tolist() == ["bow"]
    assert json.loads(rows["flags"][0]) == [
        "feature 1: repaired invalid geometry (Self-intersection[30.5 50.5])"]
    assert shapely.from_wkb(rows["geometry"][0]).is_valid
    rejects = open_store(tmp_path / "b.db").rejects()
    assert sorted(rejects["line"]) == [2, 3, 4, 5]


@pytest.mark.parametrize("args, message", [
    (["--map", "colour=x"], "--map colour: not an area field"),
    (["--map", "date=when"], "--map date=when: no such column"),
    (["--map", "date=name", "--map", "valid_from=name"], "exclude each other"),
    (["--layer", "bad name"], "layer name 'bad name'"),
])
def test_mistakes_are_one_line_errors(tmp_path, year, args, message):
    base = ["areas", "ingest", str(year), "--db", str(tmp_path / "e.db")]
    if "--layer" not in args:
        base += ["--layer", "control"]
    result = CliRunner().invoke(cli, base + args)
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output


def test_a_file_without_dates_says_how_to_give_them(tmp_path):
    path = tmp_path / "undated.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": areas_data.POCKET}]}))
    result = CliRunner().invoke(cli, ["areas", "ingest", str(path), "--layer", "x",
                                      "--db", str(tmp_path / "u.db")])
    assert result.exit_code == 1 and "no dates: give --map date=COLUMN" in result.output
    ok = run("areas", "ingest", path, "--layer", "x", "--date", "2024-02-02",
             "--db", tmp_path / "u.db")
    assert ok.exit_code == 0 and "holds 1 interval" in ok.output


def test_areas_list(area_store):
    result = run("areas", "list", "--db", area_store.path)
    assert result.output == (f"control: 2 areas, {HELD_INTERVALS + 1} intervals, from 2024-01-01 "
                             f"(last change {day(26 * 14)})\n")


# -- store migration ---------------------------------------------------------------------------
def test_migration_6_adds_the_area_tables_once(tmp_path):
    store = open_store(tmp_path / "m.db")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE areas")
        conn.exec_driver_sql("DROP TABLE area_history")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '3' WHERE key = 'schema_version'")
    store.close()
    store = open_store(tmp_path / "m.db")  # migrates to 6 again
    assert store.read_areas().empty and store.area_layers().empty
    with store.engine.begin() as conn:
        MIGRATIONS[6](conn)  # idempotent: the tables exist already
    store.close()


# -- query --------------------------------------------------------------------------------------
def test_area_as_of_a_day_and_its_change_in_km2(area_store):
    areas = load_view(area_store).areas
    d = lambda n: (day(n) - dt.date(1970, 1, 1)).days  # noqa: E731
    held = areas.as_of(d(30), "control")
    assert held["area_key"].tolist() == ["held"]
    expected = km2(shapely.box(areas_data.front(30), 47, 39, 49.5))
    assert held["km2"].iloc[0] == pytest.approx(expected)
    assert 40_000 < expected < 50_000  # 2.2° × 2.5° at 48° N
    changes = {c.area_key: c for c in areas.changes(d(30), d(150))}
    grow = changes["held"]
    assert grow.lost is None and grow.gained_km2 == pytest.approx(grow.net_km2, rel=1e-6)
    assert grow.gained_km2 > 1000
    assert changes["pocket"].km2_start == 0 and changes["pocket"].gained_km2 > 0
    back = {c.area_key: c for c in areas.changes(d(150), d(360))}
    assert back["held"].gained is None and back["held"].lost_km2 > 1000
    assert back["pocket"].lost_km2 == pytest.approx(back["pocket"].km2_start)
    assert areas.table["end"].max() == OPEN and EQUAL_AREA == "EPSG:6933"


def test_inside_area_as_of_the_events_date(area_store, make_event):
    x = 36.05  # held from step 10 (day 140) to step 16 (day 237) of the front
    events = [make_event(event_id=f"e{n}", date_start=day(n), date_end=day(n), lon=x, lat=48.0)
              for n in (20, 150, 230, 300)]
    events.append(make_event(event_id="far", date_start=day(150), date_end=day(150), lon=20.0,
                             lat=48.0))
    area_store.write_batch(Batch.from_frame(events_to_frame(events), source="t", format="records"))
    view = load_view(area_store)
    inside = view.select(EventFilter(inside_area="control"))
    assert view.frame["event_id"].iloc[inside].tolist() == ["e150", "e230"]
    assert len(view.select(EventFilter(inside_area="control:pocket"))) == 0
    assert len(view.select(EventFilter(inside_area="nothing"))) == 0
    flt = EventFilter.from_query(EventFilter(inside_area="control:held").to_query())
    assert flt.inside_area == "control:held" and "inside area 'held' of layer" in flt.describe()
    result = run("events", "--db", area_store.path, "--inside-area", "control", "--json")
    assert [json.loads(line)["event_id"] for line in result.output.splitlines()] == ["e150", "e230"]


# -- the layer and the exports --------------------------------------------------------------------
def test_the_layer_draws_the_window_end_and_shades_gains_and_losses(area_store):
    view = load_view(area_store)
    layers = LayerSet(view, MapContext(load_layers()))
    layer = layers["areas"]
    draw = layer.draw(layers.query(EventFilter(date_from=day(30), date_to=day(150))), None)
    kinds = {(f["properties"]["kind"], f["properties"]["key"])
             for f in draw.props["data"]["features"]}
    assert kinds == {("area", "held"), ("area", "pocket"), ("gained", "held"),
                     ("gained", "pocket")}
    held = next(f["properties"] for f in draw.props["data"]["features"]
                if f["properties"]["kind"] == "area" and f["properties"]["key"] == "held")
    assert held["gained_km2"] > 1000 and held["lost_km2"] == 0
    legend = [e.label for e in draw.legend.entries]
    assert legend[0].startswith("Area of control: ") and " km² on 2024-05-30 (+" in legend[0]
    details = layer.details(held)
    rows = dict(details.rows)
    assert rows["Area"].endswith(" km²") and rows["Gained"].startswith("+")
    one_day = layer.draw(layers.query(EventFilter(date_from=day(30), date_to=day(30))), None)
    assert {f["properties"]["kind"] for f in one_day.props["data"]["features"]} == {"area"}


def test_geojson_snapshot_carries_the_areas_at_the_window_end(area_store, make_event, tmp_path):
    event = make_event(date_start=day(100), date_end=day(100))
    area_store.write_batch(Batch.from_frame(events_to_frame([event]), source="t", format="records"))
    view = load_view(area_store)
    doc = snapshot_geojson(view, EventFilter(date_to=day(150)))
    areas = [f for f in doc["features"] if f["properties"].get("kind") == "area"]
    assert {f["properties"]["area_key"] for f in areas} == {"held", "pocket"}
    assert all(f["properties"]["layer"] == "control" and f["properties"]["area_km2"] > 0
               for f in areas)
    assert doc["geoapp"]["areas"] == {"as_of": str(day(150)), "count": 2}
    assert doc["geoapp"]["count"] == 1
    path = tmp_path / "snapshot.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    chunks = list(read_file(path).chunks)  # ingests back: events only
    assert [e for c in chunks for e in c.events["event_id"]] == ["test:1"]
    assert sum(c.rows_read for c in chunks) == 1 and all(c.rejects.empty for c in chunks)


def test_html_export_draws_the_areas(area_store, tmp_path):
    from helpers.export_data import json_block

    result = run("export", "--db", area_store.path, "--from", day(30), "--to", day(150),
                 "-o", tmp_path / "map.html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    kinds = [f["properties"]["kind"]
             for f in json_block(page, "geoapp-layer-areas")["data"]["features"]]
    assert sorted(kinds) == ["area", "area", "gained", "gained"]
    assert np.isclose(json_block(page, "geoapp-map")["bounds"][0][1], 35.0 - 0.5, atol=0.6)


def test_a_partitioned_dataset_cannot_answer_inside_area():
    from geoapp.errors import FilterError
    from geoapp.query.sql import where_clause

    with pytest.raises(FilterError, match="needs the store's areas over time"):
        where_clause(EventFilter(inside_area="control"))
