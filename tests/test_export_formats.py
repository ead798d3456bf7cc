"""Every format reads back (pyogrio/geopandas) with the query result's rows and values."""

from __future__ import annotations

import datetime as dt
import json
import re

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest
from click.testing import CliRunner
from helpers.export_data import FORMULA

from geoapp.cli import cli
from geoapp.export import EXPORTERS, ExportError, export, export_bytes, format_for_path
from geoapp.export.acled import ACLED_COLUMNS
from geoapp.export.jsontext import FIELD_KINDS
from geoapp.query import EventFilter, load_view
from geoapp.store import open_store

pytest_plugins = ["export_fixtures"]  # awkward_view

WINDOW = EventFilter(date_from="2022-02-24", date_to="2024-12-31", sources=("UCDP GED",))
ALL = EventFilter()
COMPARED = ("event_id", "event_type", "sub_type", "date_start", "date_end", "date_precision",
            "location_text", "adm1_code", "admin1", "country", "lon", "lat", "geo_precision",
            "actor1", "actor2", "killed_low", "killed_high", "killed_best", "casualties_low",
            "source_name", "source_kind", "quote", "notes", "status")
FORMULA_START = re.compile(r"^[=+\-@\t\r]")


def norm(field: str, value):
    """One comparable form per field kind, whatever type a reader gives back."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str) and value == "":
        return None
    kind = FIELD_KINDS[field]
    if kind in ("number", "integer"):
        return round(float(value), 6)
    if kind == "date":
        return str(value)[:10]
    return str(value)


def table(frame: pd.DataFrame) -> list[tuple]:
    return [tuple(norm(f, v) for f, v in zip(COMPARED, row, strict=True))
            for row in frame[list(COMPARED)].itertuples(index=False)]


def csv_cell(field: str, value):
    """What the CSV must hold: text a spreadsheet would run gets a leading apostrophe."""
    text = FIELD_KINDS[field] == "text" and isinstance(value, str)
    return "'" + value if text and FORMULA_START.match(value) else value


READERS = {
    "geojson": ("snapshot.geojson", pyogrio.read_dataframe),
    "geojsonseq": ("snapshot.geojsons", pyogrio.read_dataframe),
    "csv": ("snapshot.csv", pyogrio.read_dataframe),
    "geoparquet": ("snapshot.parquet", gpd.read_parquet),
    "gpkg": ("snapshot.gpkg", pyogrio.read_dataframe),
}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_format_reads_back_as_the_query_result(tmp_path, demo_view, fmt):
    name, read = READERS[fmt]
    count = export(demo_view, WINDOW, fmt, tmp_path / name)
    frame = read(tmp_path / name)
    expected = demo_view.rows(demo_view.select(WINDOW))
    assert count == len(frame) == len(expected) > 100
    if fmt == "csv":
        expected = expected.copy()
        for field in COMPARED:
            expected[field] = expected[field].map(lambda v, f=field: csv_cell(f, v))
    assert table(frame) == table(expected)


@pytest.mark.parametrize("fmt", ["geoparquet", "gpkg"])
def test_tables_have_real_date_columns_points_and_metadata(tmp_path, demo_view, fmt):
    name, _ = READERS[fmt]
    path = tmp_path / name
    export(demo_view, WINDOW, fmt, path)
    if fmt == "geoparquet":
        schema = pq.read_schema(path)
        assert str(schema.field("date_start").type) == "date32[day]"
        assert str(schema.field("killed_low").type) == "int64"
        geo = json.loads(schema.metadata[b"geo"])
        assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
        meta = json.loads(schema.metadata[b"geoapp"])
    else:
        info = pyogrio.read_info(path, layer="events")
        types = dict(zip(info["fields"], info["dtypes"], strict=True))
        assert types["date_start"] == "datetime64[D]"  # an OGR Date field, not a DateTime
        assert types["killed_low"] == "int64"
        assert info["geometry_type"] == "Point"
        meta = json.loads(info["layer_metadata"]["geoapp"])
    assert meta["count"] == len(demo_view.select(WINDOW))
    assert EventFilter.from_dict(meta["filter"]) == WINDOW
    frame = gpd.read_parquet(path) if fmt == "geoparquet" else pyogrio.read_dataframe(path)
    assert frame.crs.to_authority() in (("OGC", "CRS84"), ("EPSG", "4326"))
    assert (frame.geometry.x.round(6) == frame["lon"]).all()


def test_csv_neutralises_formulas_but_not_numbers(tmp_path, awkward_view):
    path = tmp_path / "events.csv"
    export(awkward_view, ALL, "csv", path)
    rows = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("event_id")
    assert rows.loc["t:exact", "notes"] == "'" + FORMULA
    assert rows.loc["t:west", "notes"] == "'-5 degrees"
    assert rows.loc["t:west", "quote"] == "'+1 more"
    assert rows.loc["t:west", "actor1"] == "'@handle"
    assert rows.loc["t:west", "lon"] == "-3.70379"  # numbers stay numbers
    assert not any(FORMULA_START.match(v) for v in rows.to_numpy().ravel()
                   if v and not re.fullmatch(r"-?[\d.]+", v))
    assert path.read_bytes().decode("utf-8")  # UTF-8, header first
    assert path.read_text(encoding="utf-8").splitlines()[0].startswith("event_id,event_type,")


def test_csv_with_acled_columns_maps_what_maps(tmp_path, awkward_view):
    path = tmp_path / "acled.csv"
    export(awkward_view, ALL, "csv", path, columns="acled")
    rows = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("event_id_cnty")
    assert ("event_id_cnty", *rows.columns) == ACLED_COLUMNS
    shelling = rows.loc["UKR1234"]  # an ACLED event gets its own id, type and sources back
    assert shelling["event_type"] == "Explosions/Remote violence"
    assert shelling["sub_event_type"] == "Shelling/artillery/missile attack"
    assert shelling["disorder_type"] == "Political violence"
    assert (shelling["source"], shelling["notes"]) == ("Kyiv Independent", "Shelling hit the town.")
    assert (shelling["country"], shelling["fatalities"], shelling["tags"]) == ("Ukraine", "2",
                                                                              "front")
    region = rows.loc["t:region"]
    assert (region["time_precision"], region["geo_precision"]) == ("3", "3")
    assert rows.loc["t:exact", "notes"].startswith('quote "inside"')  # the quote, not the note
    assert rows.loc["t:west", "actor1"] == "'@handle"  # neutralised like any CSV
    assert rows.loc["t:nowhere", ["latitude", "longitude"]].tolist() == ["", ""]
    assert len(_ingest_acled(tmp_path, path)) == len(rows)  # empty cells and all


def _ingest_acled(tmp_path, path):
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "acled.db"),
                                      "--format", "acled", str(path)])
    assert result.exit_code == 0, result.output
    store = open_store(tmp_path / "acled.db")
    view = load_view(store)
    store.close()
    return view.rows(view.select(ALL)).set_index("event_id")


def test_csv_with_acled_columns_reingests_as_acled(tmp_path, demo_view):
    path = tmp_path / "acled.csv"
    export(demo_view, WINDOW, "csv", path, columns="acled")
    again = _ingest_acled(tmp_path, path)
    original = demo_view.rows(demo_view.select(WINDOW))
    assert again.index.tolist() == ["acled:" + i for i in original["event_id"]]
    original = original.set_index("acled:" + original["event_id"])
    # ACLED has no end date, no "year" or "country" precision (so ingest may find a region for
    # a country-level point) and one fatality figure (the best estimate).
    for field in ("event_type", "sub_type", "date_start", "lon", "lat", "killed_best", "actor1",
                  "actor2", "country", "quote"):
        assert [norm(field, v) for v in again[field]] == [
            norm(field, csv_cell(field, v)) for v in original[field]], field


def test_export_checks_format_and_options(tmp_path, awkward_view):
    with pytest.raises(ExportError, match="unknown export format"):
        export(awkward_view, ALL, "shp", tmp_path / "x.shp")
    with pytest.raises(ExportError, match="no option region_geometry"):
        export(awkward_view, ALL, "csv", tmp_path / "x.csv", region_geometry=True)
    assert export(awkward_view, ALL, "csv", tmp_path / "x.csv", region_geometry=False) == 7
    with pytest.raises(ExportError, match="cannot tell the format"):
        format_for_path("events.txt")
    files = {name for name, exporter in EXPORTERS.items() if not exporter.folder}
    assert {format_for_path(f"a{s}") for e in EXPORTERS.values() for s in e.suffixes} == files


def test_export_bytes_is_the_file(tmp_path, awkward_view):
    export(awkward_view, ALL, "csv", tmp_path / "x.csv", columns="acled")
    assert export_bytes(awkward_view, ALL, "csv", columns="acled") == (
        tmp_path / "x.csv").read_bytes()


def test_dates_in_every_text_format_are_iso_8601(tmp_path, awkward_view):
    export(awkward_view, ALL, "csv", tmp_path / "x.csv")
    rows = pd.read_csv(tmp_path / "x.csv", dtype=str, keep_default_na=False)
    for value in rows["date_start"].tolist() + rows["date_end"].tolist():
        dt.date.fromisoformat(value)
