"""GeoJSON geometries → one point per event, with how precise that point is.

A Point is the event's place. A MultiPoint stands at its first point. Polygons,
lines and collections stand at their representative point (a point inside the
shape), and the shape's size says how precise that is: a shape a few hundred
metres across is "exact", one the size of a region is "region". Every stand-in
point is flagged, so nobody mistakes it for a reported position.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import shape

from geoapp.geocode.geometry import GEOD
from geoapp.ingest.values import short, type_name

#: Largest radius (km) of a shape for each precision, finest first.
SIZE_PRECISION = ((1.0, "exact"), (25.0, "near"), (60.0, "district"), (400.0, "region"))
SHAPES = ("MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
          "GeometryCollection")


@dataclass(frozen=True)
class Placed:
    """The point standing for a geometry, and what the event record should say about it."""

    lon: float | None = None
    lat: float | None = None
    precision: str | None = None
    flag: str | None = None


class GeometryError(ValueError):
    """A geometry that is not valid GeoJSON (the message names what is wrong)."""


def place_geometry(geometry: object) -> Placed:
    """The point for a GeoJSON geometry (None → no point); raises :class:`GeometryError`."""
    if geometry is None:
        return Placed()
    if not isinstance(geometry, dict):
        raise GeometryError(f"expected a GeoJSON geometry object, got {type_name(geometry)}")
    kind = geometry.get("type")
    if kind == "Point":
        lon, lat = _position(geometry.get("coordinates"))
        return Placed(lon, lat)
    if kind not in SHAPES:
        raise GeometryError(f"unsupported geometry type {short(kind)}")
    if kind == "MultiPoint":
        points = geometry.get("coordinates")
        if not isinstance(points, list) or not points:
            raise GeometryError("a MultiPoint needs a list of positions")
        lon, lat = _position(points[0])
        for point in points[1:]:
            _position(point)
        return Placed(lon, lat, None, f"MultiPoint geometry: placed at its first of "
                                      f"{len(points)} points")
    try:
        geom = shape(geometry)
        coords = shapely.get_coordinates(geom)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        raise GeometryError(f"malformed {kind} coordinates ({_first_line(exc)})") from None
    if geom.is_empty or not len(coords):
        raise GeometryError(f"empty {kind}")
    if not (np.isfinite(coords).all() and (np.abs(coords[:, 0]) <= 180).all()
            and (np.abs(coords[:, 1]) <= 90).all()):
        raise GeometryError(f"{kind} coordinates outside -180…180 / -90…90")
    point = shapely.point_on_surface(shapely.make_valid(geom))
    if point.is_empty:
        raise GeometryError(f"{kind} has no point inside it")
    radius = _radius_km(point.x, point.y, coords)
    precision = next((name for km, name in SIZE_PRECISION if radius <= km), "country")
    return Placed(point.x, point.y, precision,
                  f"{kind} geometry: placed at a point inside it (the shape reaches "
                  f"{radius:,.1f} km from it)")


def _position(coords: object) -> tuple[float, float]:
    """A GeoJSON position [lon, lat, (altitude)] as two finite numbers in range."""
    if not isinstance(coords, list) or len(coords) < 2:
        raise GeometryError("a position needs [longitude, latitude]")
    lon, lat = coords[0], coords[1]
    for name, value, bound in (("longitude", lon, 180), ("latitude", lat, 90)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise GeometryError(f"{name} is {type_name(value)}, not a number")
        if not math.isfinite(value) or abs(value) > bound:
            raise GeometryError(f"{name} {short(value)} is not between {-bound} and {bound}")
    return float(lon), float(lat)


def _radius_km(lon: float, lat: float, coords: np.ndarray) -> float:
    """Geodesic distance from the point to the shape's farthest vertex."""
    _, _, metres = GEOD.inv(np.full(len(coords), lon), np.full(len(coords), lat),
                            coords[:, 0], coords[:, 1])
    return float(np.max(metres)) / 1000.0


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
