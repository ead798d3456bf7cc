"""Other engines read the partitioned dataset as it is: pyarrow, GeoPandas, DuckDB, SedonaDB.

Each reader must find every event with its partition keys, see ``geometry`` as
points in lon/lat, and answer an area query the same as plain lon/lat bounds.
The SedonaDB test runs the recipe README gives, word for word.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from geoapp.export.dataset import write_dataset
from geoapp.query import EventFilter
from geoapp.query.duckdb_engine import DuckDBEngine

#: Donetsk and Luhansk oblasts, roughly: most of the demo's UCDP events.
BOX = (37.0, 47.0, 39.0, 49.0)
BOX_WKT = "POLYGON((37 47, 39 47, 39 49, 37 49, 37 47))"


@pytest.fixture(scope="module")
def dataset(demo_view, tmp_path_factory):
    folder = tmp_path_factory.mktemp("readers") / "events"
    write_dataset(demo_view, EventFilter(include_unreviewed=True), folder)
    return folder


@pytest.fixture(scope="module")
def expected(demo_view):
    rows = demo_view.rows(demo_view.select(EventFilter(include_unreviewed=True)))
    in_box = rows["lon"].between(BOX[0], BOX[2]) & rows["lat"].between(BOX[1], BOX[3])
    return {"ids": sorted(rows["event_id"]), "in_box": sorted(rows.loc[in_box, "event_id"]),
            "years": rows["date_start"].dt.year.value_counts().sort_index().to_dict()}


def test_pyarrow_reads_the_hive_partitions(dataset, expected):
    table = ds.dataset(dataset, format="parquet", partitioning="hive").to_table(
        columns=["event_id", "year", "month"])
    assert sorted(table["event_id"].to_pylist()) == expected["ids"]
    years, counts = np.unique(table["year"].to_numpy(), return_counts=True)
    assert dict(zip(years.tolist(), counts.tolist(), strict=True)) == expected["years"]


def test_geopandas_reads_points_and_filters_by_the_bbox_covering(dataset, expected):
    frame = gpd.read_parquet(dataset)
    assert frame.crs.to_string() == "OGC:CRS84"
    located = frame[frame.geometry.notna()]
    np.testing.assert_array_equal(located.geometry.x.to_numpy(), located["lon"].to_numpy())
    np.testing.assert_array_equal(located.geometry.y.to_numpy(), located["lat"].to_numpy())
    boxed = gpd.read_parquet(dataset, bbox=BOX)  # uses the covering column's statistics
    assert sorted(boxed["event_id"]) == expected["in_box"]


def test_duckdb_spatial_reads_geometry_and_answers_an_area_query(dataset, expected):
    with DuckDBEngine(dataset) as engine:
        con = engine.connection
        assert con.execute("SELECT count(*) FROM events WHERE geometry IS NOT NULL "
                           "AND (ST_X(geometry) <> lon OR ST_Y(geometry) <> lat)").fetchone() == (0,)
        in_area = con.execute(
            "SELECT event_id FROM events WHERE ST_Intersects(geometry, ST_GeomFromText(?)) "
            "ORDER BY event_id", [BOX_WKT]).fetchall()
        by_covering = con.execute(
            "SELECT event_id FROM events WHERE bbox.xmin >= ? AND bbox.xmax <= ? "
            "AND bbox.ymin >= ? AND bbox.ymax <= ? ORDER BY event_id",
            [BOX[0], BOX[2], BOX[1], BOX[3]]).fetchall()
        years = dict(con.execute("SELECT year, count(*) FROM events GROUP BY year").fetchall())
    assert [r[0] for r in in_area] == [r[0] for r in by_covering] == expected["in_box"]
    assert years == expected["years"]


def test_sedonadb_recipe(dataset, expected):
    # The README's recipe: SedonaDB reads the folder with its partition keys.
    import sedonadb

    sd = sedonadb.connect()
    sd.read_parquet(str(dataset), partitioning=["year", "month"]).to_view("events")
    in_area = sd.sql(
        "SELECT event_id FROM events WHERE ST_Intersects(geometry, "
        f"ST_GeomFromWKT('{BOX_WKT}', 'OGC:CRS84')) ORDER BY event_id")
    per_year = sd.sql("SELECT CAST(year AS INT) AS year, count(*) AS n FROM events GROUP BY year")
    assert pa.table(in_area)["event_id"].to_pylist() == expected["in_box"]
    years = pa.table(per_year).to_pydict()
    assert dict(zip(years["year"], years["n"], strict=True)) == expected["years"]
