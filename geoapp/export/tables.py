"""GeoParquet and GeoPackage: one typed Arrow table of the snapshot, two writers.

Columns are the model fields with real types: dates as ``date32``, figures as
nullable integers, the ingest time as a UTC timestamp, lon/lat as doubles, and
``related_places``/``tags``/``flags`` as JSON text (GeoPackage has no list
type, and one table keeps the two formats identical). The geometry is the
event's point in WKB, empty (null) for events without a location. The
``geoapp`` metadata block rides along as file metadata in both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

from geoapp.export.jsontext import FIELD_KINDS
from geoapp.export.meta import snapshot_meta
from geoapp.export.output import atomic_output
from geoapp.query import EventFilter, EventView

GEOMETRY = "geometry"
#: GeoPackage layer name.
LAYER = "events"
WGS84 = "EPSG:4326"
#: Arrow type of each JSON kind of model field (lists stay JSON text).
ARROW_TYPES = {
    "date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"), "integer": pa.int64(),
    "number": pa.float64(), "json": pa.string(), "text": pa.string(),
}


def event_table(view: EventView, positions: np.ndarray) -> pa.Table:
    """The selected rows as an Arrow table with typed columns and a WKB point column."""
    rows = view.rows(positions)
    columns: dict[str, pa.Array] = {}
    for name, kind in FIELD_KINDS.items():
        col = rows[name]
        if kind == "date":
            col = col.to_numpy(dtype="datetime64[D]")
        elif kind == "integer":
            col = col.astype("Int64")
        columns[name] = pa.array(col, ARROW_TYPES[kind], from_pandas=True)
    lon, lat = rows["lon"].to_numpy(), rows["lat"].to_numpy()
    located = ~(np.isnan(lon) | np.isnan(lat))
    points = np.full(len(rows), None, dtype=object)
    points[located] = shapely.points(lon[located], lat[located])
    columns[GEOMETRY] = pa.array(shapely.to_wkb(points), pa.binary())
    return pa.table(columns)


def bounds(lon: np.ndarray, lat: np.ndarray) -> list[float]:
    """[west, south, east, north] of the located points; empty when none is located."""
    ok = ~(np.isnan(lon) | np.isnan(lat))
    if not ok.any():
        return []
    return [float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max())]


def geoparquet_metadata(bbox: list[float], covering: str | None = None) -> dict[str, Any]:
    """GeoParquet 1.1 ``geo`` metadata; no ``crs`` member means OGC:CRS84 (lon/lat WGS84).

    ``covering`` names a struct column of ``xmin``/``ymin``/``xmax``/``ymax`` per row,
    whose Parquet statistics let readers skip row groups outside an area.
    """
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if bbox:
        column["bbox"] = bbox
    if covering:
        column["covering"] = {"bbox": {edge: [covering, edge]
                                       for edge in ("xmin", "ymin", "xmax", "ymax")}}
    return {"version": "1.1.0", "primary_column": GEOMETRY, "columns": {GEOMETRY: column}}


def write_geoparquet(view: EventView, flt: EventFilter, path: str | Path) -> int:
    """GeoParquet for analysis tools (geopandas, DuckDB, QGIS ≥ 3.32)."""
    positions = view.select(flt)
    table = event_table(view, positions)
    metadata = {
        b"geo": json.dumps(geoparquet_metadata(bounds(
            table["lon"].to_numpy(zero_copy_only=False),
            table["lat"].to_numpy(zero_copy_only=False)))).encode(),
        b"geoapp": json.dumps(snapshot_meta(view, flt, positions), ensure_ascii=False).encode(),
    }
    with atomic_output(path) as tmp:
        pq.write_table(table.replace_schema_metadata(metadata), tmp)
    return len(positions)


def write_gpkg(view: EventView, flt: EventFilter, path: str | Path) -> int:
    """A GeoPackage with one point layer, ``events``, for QGIS and desktop GIS."""
    import pyogrio  # only this writer needs GDAL

    positions = view.select(flt)
    meta = json.dumps(snapshot_meta(view, flt, positions), ensure_ascii=False)
    with atomic_output(path) as tmp:
        pyogrio.write_arrow(event_table(view, positions), tmp, layer=LAYER, driver="GPKG",
                            geometry_name=GEOMETRY, geometry_type="Point", crs=WGS84,
                            layer_metadata={"geoapp": meta})
    return len(positions)
