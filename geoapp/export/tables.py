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
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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
    """The selected rows as an Arrow table with typed columns and a WKB point column.

    Built from the view's columns straight into Arrow (categories decoded in C++,
    points encoded as WKB with numpy), never through a Python object per cell: it
    feeds exports of millions of rows.
    """
    frame = view.frame
    columns = {name: _arrow_column(frame[name].iloc[positions], kind)
               for name, kind in FIELD_KINDS.items()}
    for name in ("lon", "lat"):  # exports give coordinates to 6 decimals
        columns[name] = pc.round(columns[name], 6)
    columns[GEOMETRY] = wkb_points(columns["lon"], columns["lat"])
    return pa.table(columns)


def _arrow_column(col: pd.Series, kind: str) -> pa.Array:
    if kind == "date":
        return pa.array(col.to_numpy(dtype="datetime64[D]"), pa.date32(), from_pandas=True)
    if kind == "integer":  # float32 in the view: NaN is missing, every other value whole
        return pa.array(col.to_numpy(), from_pandas=True).cast(pa.int64())
    arr = pa.array(col, from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    return arr.cast(ARROW_TYPES[kind])


#: A 2D point in little-endian WKB: byte order, geometry type (1 = Point), x, y.
_WKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def wkb_points(lon: pa.Array, lat: pa.Array) -> pa.Array:
    """WKB points (as ``shapely.to_wkb`` writes them); null where a coordinate is missing."""
    x = lon.to_numpy(zero_copy_only=False)
    y = lat.to_numpy(zero_copy_only=False)
    records = np.empty(len(x), dtype=_WKB_POINT)
    records["order"], records["type"], records["x"], records["y"] = 1, 1, x, y
    fixed = pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(_WKB_POINT.itemsize), len(x), [None, pa.py_buffer(records.tobytes())])
    located = pa.array(~(np.isnan(x) | np.isnan(y)))
    return pc.if_else(located, fixed, pa.scalar(None, fixed.type)).cast(pa.binary())


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
