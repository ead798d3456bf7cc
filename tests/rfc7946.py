"""A strict RFC 7946 (GeoJSON) checker for tests: reports every problem with its path.

Checks what the RFC requires and what it forbids:

* object structure: ``type`` of each object; Features have ``geometry`` and
  ``properties`` members (object or null); ``id`` is a string or number;
  collections have a ``features`` array (§3);
* positions: 2 or 3 finite numbers, longitude in [-180, 180], latitude in
  [-90, 90] (§3.1.1, §4: WGS 84 only);
* lines have at least 2 positions; linear rings at least 4, closed, with the
  exterior counter-clockwise and holes clockwise (§3.1.6, right-hand rule);
* ``bbox``: 2×n numbers (n = 2 or 3), south ≤ north, inside the WGS 84 ranges,
  and enclosing every coordinate when it does not cross the antimeridian (§5);
* no ``crs`` member anywhere (§4), and no member names the RFC reserves for
  other object types (§7.1: e.g. ``coordinates`` on a Feature).

Use :func:`problems` for the list or :func:`assert_valid` in a test.
"""

from __future__ import annotations

import math
from typing import Any

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                  "MultiPolygon", "GeometryCollection")
#: §7.1: members that must not appear on an object of the given kind.
FORBIDDEN_MEMBERS = {
    "FeatureCollection": ("coordinates", "geometries", "geometry", "properties"),
    "Feature": ("coordinates", "geometries", "features"),
    "geometry": ("geometry", "properties", "features"),
}


def problems(doc: Any) -> list[str]:
    """Every way ``doc`` (a parsed GeoJSON text) breaks RFC 7946, as ``path: message``."""
    found: list[str] = []
    coords: list[tuple[float, float]] = []
    _object(doc, "$", found, coords)
    if isinstance(doc, dict) and "bbox" in doc:
        _bbox(doc["bbox"], "$.bbox", found, coords)
    return found


def assert_valid(doc: Any, limit: int = 20) -> None:
    found = problems(doc)
    assert not found, f"{len(found)} RFC 7946 problem(s):\n" + "\n".join(found[:limit])


def _object(obj: Any, path: str, found: list[str], coords: list) -> None:
    if not isinstance(obj, dict):
        found.append(f"{path}: a GeoJSON object must be a JSON object")
        return
    kind = obj.get("type")
    if kind == "FeatureCollection":
        _feature_collection(obj, path, found, coords)
    elif kind == "Feature":
        _feature(obj, path, found, coords)
    elif kind in GEOMETRY_TYPES:
        _geometry(obj, path, found, coords)
    else:
        found.append(f"{path}: unknown type {kind!r}")


def _common(obj: dict, kind: str, path: str, found: list[str]) -> None:
    if "crs" in obj:
        found.append(f"{path}: 'crs' member is not allowed (RFC 7946 §4)")
    for name in FORBIDDEN_MEMBERS[kind]:
        if name in obj:
            found.append(f"{path}: member {name!r} is not allowed on a {kind} (§7.1)")
    if "bbox" in obj and path != "$":  # the top-level bbox is checked against every coordinate
        _bbox(obj["bbox"], f"{path}.bbox", found, None)


def _feature_collection(obj: dict, path: str, found: list[str], coords: list) -> None:
    _common(obj, "FeatureCollection", path, found)
    features = obj.get("features")
    if not isinstance(features, list):
        found.append(f"{path}: a FeatureCollection needs a 'features' array")
        return
    for i, feature in enumerate(features):
        fpath = f"{path}.features[{i}]"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            found.append(f"{fpath}: not a Feature")
            continue
        _feature(feature, fpath, found, coords)


def _feature(obj: dict, path: str, found: list[str], coords: list) -> None:
    _common(obj, "Feature", path, found)
    for member in ("geometry", "properties"):
        if member not in obj:
            found.append(f"{path}: a Feature needs a {member!r} member (object or null)")
    fid = obj.get("id")
    if "id" in obj and (isinstance(fid, bool) or not isinstance(fid, (str, int, float))):
        found.append(f"{path}.id: must be a string or a number")
    props = obj.get("properties")
    if props is not None and not isinstance(props, dict):
        found.append(f"{path}.properties: must be an object or null")
    geometry = obj.get("geometry")
    if geometry is not None:
        if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
            found.append(f"{path}.geometry: not a geometry object")
        else:
            _geometry(geometry, f"{path}.geometry", found, coords)


def _geometry(obj: dict, path: str, found: list[str], coords: list) -> None:
    _common(obj, "geometry", path, found)
    kind = obj["type"]
    if kind == "GeometryCollection":
        members = obj.get("geometries")
        if not isinstance(members, list):
            found.append(f"{path}: a GeometryCollection needs a 'geometries' array")
            return
        for i, member in enumerate(members):
            if not isinstance(member, dict) or member.get("type") not in GEOMETRY_TYPES:
                found.append(f"{path}.geometries[{i}]: not a geometry object")
            else:
                _geometry(member, f"{path}.geometries[{i}]", found, coords)
        return
    if "coordinates" not in obj:
        found.append(f"{path}: a {kind} needs 'coordinates'")
        return
    c, cpath = obj["coordinates"], f"{path}.coordinates"
    check = {
        "Point": lambda: _position(c, cpath, found, coords),
        "MultiPoint": lambda: _each(c, cpath, found, lambda p, q: _position(p, q, found, coords)),
        "LineString": lambda: _line(c, cpath, found, coords),
        "MultiLineString": lambda: _each(c, cpath, found, lambda p, q: _line(p, q, found, coords)),
        "Polygon": lambda: _polygon(c, cpath, found, coords),
        "MultiPolygon": lambda: _each(c, cpath, found, lambda p, q: _polygon(p, q, found, coords)),
    }
    check[kind]()


def _each(items: Any, path: str, found: list[str], check) -> None:
    if not isinstance(items, list):
        found.append(f"{path}: must be an array")
        return
    for i, item in enumerate(items):
        check(item, f"{path}[{i}]")


def _position(p: Any, path: str, found: list[str], coords: list) -> bool:
    if (not isinstance(p, list) or len(p) not in (2, 3)
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in p)):
        found.append(f"{path}: a position is 2 or 3 numbers, got {p!r}")
        return False
    if not all(math.isfinite(v) for v in p):
        found.append(f"{path}: non-finite coordinate {p!r}")
        return False
    lon, lat = p[0], p[1]
    ok = True
    if not -180 <= lon <= 180:
        found.append(f"{path}: longitude {lon} outside [-180, 180]")
        ok = False
    if not -90 <= lat <= 90:
        found.append(f"{path}: latitude {lat} outside [-90, 90] (lon/lat swapped?)")
        ok = False
    if ok:
        coords.append((lon, lat))
    return ok


def _line(line: Any, path: str, found: list[str], coords: list) -> None:
    if not isinstance(line, list) or len(line) < 2:
        found.append(f"{path}: a LineString needs 2 or more positions")
        return
    for i, p in enumerate(line):
        _position(p, f"{path}[{i}]", found, coords)


def _polygon(rings: Any, path: str, found: list[str], coords: list) -> None:
    if not isinstance(rings, list) or not rings:
        found.append(f"{path}: a Polygon needs at least one linear ring")
        return
    for i, ring in enumerate(rings):
        rpath = f"{path}[{i}]"
        if not isinstance(ring, list) or len(ring) < 4:
            found.append(f"{rpath}: a linear ring needs 4 or more positions")
            continue
        if not all(_position(p, f"{rpath}[{j}]", found, coords) for j, p in enumerate(ring)):
            continue
        if ring[0] != ring[-1]:
            found.append(f"{rpath}: a linear ring must end where it starts")
            continue
        area = _signed_area(ring)
        if area == 0:
            found.append(f"{rpath}: degenerate ring (zero area)")
        elif i == 0 and area < 0:
            found.append(f"{rpath}: exterior ring is clockwise (must be counter-clockwise)")
        elif i > 0 and area > 0:
            found.append(f"{rpath}: hole is counter-clockwise (must be clockwise)")


def _signed_area(ring: list) -> float:
    """Shoelace area: positive for counter-clockwise rings in lon/lat."""
    pairs = zip(ring, ring[1:], strict=False)
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in pairs) / 2


def _bbox(bbox: Any, path: str, found: list[str], coords: list | None) -> None:
    if (not isinstance(bbox, list) or len(bbox) not in (4, 6)
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in bbox)):
        found.append(f"{path}: a bbox is 4 or 6 numbers, got {bbox!r}")
        return
    n = len(bbox) // 2
    west, south, east, north = bbox[0], bbox[1], bbox[n], bbox[n + 1]
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        found.append(f"{path}: {bbox!r} is not [west, south, east, north] within WGS 84 ranges")
        return
    if coords and west <= east:  # west > east: crosses the antimeridian (§5.2)
        lons = [c[0] for c in coords]
        lats = [c[1] for c in coords]
        if min(lons) < west or max(lons) > east or min(lats) < south or max(lats) > north:
            found.append(f"{path}: {bbox!r} does not enclose every coordinate "
                         f"([{min(lons)}, {min(lats)}, {max(lons)}, {max(lats)}])")
