"""GeoJSON snapshots (RFC 7946) and GeoJSON text sequences (RFC 8142).

A snapshot is a FeatureCollection in WGS84 lon/lat (no ``crs`` member) with
coordinates rounded to 6 decimals, a ``bbox``, features in (date, id) order and
the ``geoapp`` foreign member (see :mod:`geoapp.export.meta`). Each feature's
``id`` is the event id, its geometry the event's point (``null`` when the event
has no location) and its properties every model field, so a snapshot ingests
back into an empty store without loss.

Events located only to a region sit at the region's representative point and
say so in ``geo_precision``; with ``region_geometry`` they carry the region's
polygon instead (their point stays in the ``lon``/``lat`` properties).

Areas over time (:mod:`geoapp.query.areas`) valid at the window's end follow the
events as features of their own, with ``"kind": "area"``, the area layer, key,
name, validity and size in km² (equal-area); an ingest of the snapshot skips them.

Text is built column-wise over chunks of the view (:mod:`.jsontext`), so a
writer holds one chunk's features at a time; given a
:class:`~geoapp.query.streamed.StreamedView` (``geoapp export``), it also holds
one record batch of the view at a time, not the view.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from geoapp.export.jsontext import (
    FIELD_KINDS,
    TEXT,
    Part,
    concatenated,
    join,
    json_values,
    members,
)
from geoapp.export.meta import meta_block
from geoapp.export.output import atomic_output, row_chunks
from geoapp.export.regions import region_bounds, region_geojson
from geoapp.ingest.jsonfile import AREA_KIND
from geoapp.query import EventFilter, EventView, by_source
from geoapp.query.areas import OPEN, window
from geoapp.query.streamed import StreamedView
from geoapp.query.view import filter_columns, from_days

#: RFC 8142 record separator, written before every text of a sequence.
RS = "\x1e"
#: Every model field but event_id (the first), which features() writes itself.
_OTHER_FIELDS = {name: kind for name, kind in FIELD_KINDS.items() if name != "event_id"}


def snapshot_geojson(view: EventView, flt: EventFilter, *,
                     region_geometry: bool = False) -> dict[str, Any]:
    """The filtered events as a GeoJSON FeatureCollection dict (for the dashboard's download)."""
    return json.loads(snapshot_geojson_bytes(view, flt, region_geometry=region_geometry))


def snapshot_geojson_bytes(view: EventView, flt: EventFilter, *,
                           region_geometry: bool = False) -> bytes:
    """The same snapshot as UTF-8 text, built without a dict per feature."""
    return b"".join(_collection(view, flt, _summary(view, flt, region_geometry), region_geometry))


def write_geojson(view: EventView | StreamedView, flt: EventFilter, path: str | Path, *,
                  region_geometry: bool = False) -> int:
    """Write the snapshot to ``path`` chunk by chunk; returns the number of features.

    Two passes over the view's parts: the head (bbox, count, credits) first, then
    the features, so a :class:`StreamedView` never holds more than one part.
    """
    summary = _summary(view, flt, region_geometry)
    with atomic_output(path) as tmp, tmp.open("wb") as out:
        out.writelines(_collection(view, flt, summary, region_geometry))
    return summary.count


def write_geojsonseq(view: EventView | StreamedView, flt: EventFilter, path: str | Path, *,
                     region_geometry: bool = False) -> int:
    """Write one Feature per line, each after an RS (RFC 8142); streams over chunks."""
    count = 0
    with atomic_output(path) as tmp, tmp.open("wb") as out:
        for rows in _selected_rows(view, flt):
            out.write(concatenated(features(rows, region_geometry, before=RS, after="\n")))
            count += len(rows)
    return count


def _selected_rows(view: EventView | StreamedView, flt: EventFilter) -> Iterator[pd.DataFrame]:
    """The rows ``flt`` selects, part by part and chunk by chunk, in (date, id) order."""
    for part in view.parts():
        yield from row_chunks(part, part.select(flt))


def features(rows: pd.DataFrame, region_geometry: bool = False, *,
             before: str = "", after: str = "") -> pa.Array:
    """One compact GeoJSON Feature per row of a model frame, between ``before`` and ``after``."""
    geometry = point_geometry(rows)
    if region_geometry:
        geometry = _with_region_polygons(rows, geometry)
    ids = json_values(rows["event_id"], "text")  # encoded once: the id and the first property
    properties = ['{"event_id":', ids, *members(rows, _OTHER_FIELDS, first=","), "}"]
    return feature_array(ids, geometry, properties, before=before, after=after)


def feature_array(ids: pa.Array, geometry: pa.Array, properties: list[Part], *,
                  before: str = "", after: str = "") -> pa.Array:
    """Features from JSON-encoded ids and geometries and the parts of a properties object."""
    return join([before + '{"type":"Feature","id":', ids, ',"geometry":', geometry,
                 ',"properties":', *properties, "}" + after])


def feature_collection(features_after_comma: pa.Array) -> bytes:
    """A bare FeatureCollection around features each written with ``before=","``."""
    return b'{"type":"FeatureCollection","features":[' + bytes(
        concatenated(features_after_comma))[1:] + b"]}"


def point_geometry(rows: pd.DataFrame) -> pa.Array:
    """Point geometry JSON from lon/lat; ``null`` where the row has no location."""
    located = pa.array((rows["lon"].notna() & rows["lat"].notna()).to_numpy())
    points = join(['{"type":"Point","coordinates":[', json_values(rows["lon"], "number"), ",",
                   json_values(rows["lat"], "number"), "]}"])
    return pc.if_else(located, points, pa.scalar("null", TEXT))


def _region_level(adm1_code: pd.Series, geo_precision: pd.Series) -> pd.Series:
    """The region code of events located only to their region, else missing."""
    return adm1_code.where(geo_precision == "region")


def _with_region_polygons(rows: pd.DataFrame, points: pa.Array) -> pa.Array:
    codes = _region_level(rows["adm1_code"], rows["geo_precision"])
    polygons = codes.map(region_geojson(codes.dropna().unique()))
    return pc.coalesce(pa.array(polygons.to_numpy(dtype=object), TEXT, from_pandas=True), points)


@dataclass
class _Summary:
    """What the head of a snapshot says of its features, gathered part by part."""

    count: int = 0
    #: [west, south, east, north] of each part's coordinates (rounded like them).
    boxes: list[list[float]] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)


def _summary(view: EventView | StreamedView, flt: EventFilter,
             region_geometry: bool) -> _Summary:
    """Count, bounding boxes and sources of the selected rows (the columns they need only)."""
    summary = _Summary()
    for part in view.parts((*filter_columns(flt), "geo_precision")):
        positions = part.select(flt)
        summary.count += len(positions)
        summary.boxes += _boxes(part, positions, region_geometry)
        summary.sources.update(by_source(part, positions)["source_name"])
    return summary


def _boxes(view: EventView, positions: np.ndarray, region_geometry: bool) -> list[list[float]]:
    """The bounds of these rows' points (and region polygons), rounded like the features."""
    frame = view.frame
    lon = frame["lon"].to_numpy()[positions].astype("float64").round(6)
    lat = frame["lat"].to_numpy()[positions].astype("float64").round(6)
    located = ~(np.isnan(lon) | np.isnan(lat))
    boxes = []
    if located.any():
        boxes.append([lon[located].min(), lat[located].min(),
                      lon[located].max(), lat[located].max()])
    if region_geometry:
        codes = _region_level(frame["adm1_code"].iloc[positions],
                              frame["geo_precision"].iloc[positions])
        polygons = region_bounds(codes.dropna().astype(str).unique())
        if polygons is not None:
            boxes.append(polygons)
    return boxes


def _bbox(boxes: list[list[float]], areas: pd.DataFrame) -> list[float] | None:
    """[west, south, east, north] of every exported coordinate, areas included."""
    if not areas.empty:
        boxes = [*boxes, np.round(shapely.total_bounds(areas["geometry"].to_numpy()), 6)]
    if not boxes:
        return None
    stacked = np.array(boxes, dtype="float64")
    return [*map(float, stacked[:, :2].min(axis=0)), *map(float, stacked[:, 2:].max(axis=0))]


def _collection(view: EventView | StreamedView, flt: EventFilter, summary: _Summary,
                region_geometry: bool) -> Iterator[bytes | memoryview]:
    """The FeatureCollection as successive pieces of UTF-8: head, feature chunks, areas, tail."""
    head: dict[str, Any] = {"type": "FeatureCollection"}
    areas, as_of = _areas_at_end(view, flt)
    bbox = _bbox(summary.boxes, areas)
    if bbox is not None:
        head["bbox"] = bbox
    head["geoapp"] = meta_block(view.version, flt, summary.count, summary.sources)
    if as_of is not None:
        head["geoapp"]["areas"] = {"as_of": str(from_days(as_of)), "count": len(areas)}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    yield (text[:-1] + ',"features":[').encode()
    first = True
    for rows in _selected_rows(view, flt):
        chunk = concatenated(features(rows, region_geometry, before=",\n"))
        yield chunk[2:] if first else chunk  # no comma before the first feature
        first = False
    for feature in _area_features(areas):
        yield (("" if first else ",\n") + feature).encode()
        first = False
    yield b"\n]}\n"


def _areas_at_end(view: EventView | StreamedView, flt: EventFilter) -> tuple[pd.DataFrame, int | None]:
    """The area intervals valid on the last day of the filter's window, and that day."""
    span = window(view, flt)
    if span is None or not len(view.areas):
        return view.areas.table.iloc[:0], None
    return view.areas.as_of(span[1]), span[1]


def _area_features(areas: pd.DataFrame) -> Iterator[str]:
    """One Feature per area: its polygon (rounded, right-hand rule) and what it is."""
    if areas.empty:
        return
    geometry = shapely.orient_polygons(shapely.set_precision(areas["geometry"].to_numpy(), 1e-6))
    for row, text in zip(areas.itertuples(index=False), shapely.to_geojson(geometry), strict=True):
        valid_from = str(from_days(row.start))
        properties = {
            "kind": AREA_KIND, "layer": row.layer, "area_key": row.area_key, "name": row.name,
            "valid_from": valid_from, "valid_to": None if row.end == OPEN else str(from_days(row.end)),
            "area_km2": round(float(row.km2), 3), "source_name": row.source_name,
        }
        feature_id = json.dumps(f"area:{row.layer}:{row.area_key}:{valid_from}", ensure_ascii=False)
        yield (f'{{"type":"Feature","id":{feature_id},"geometry":{text},"properties":'
               f"{json.dumps(properties, ensure_ascii=False, separators=(',', ':'))}}}")
