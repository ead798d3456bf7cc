"""Names, areas and screen-sized outlines of countries and admin-1 regions, built once.

Read from the bundled geocoder data, so every map is useful with no tile
server. Outlines are simplified as coverages (neighbours keep a shared edge)
and rounded; the live map fetches them from a cached route, the HTML export
embeds the same text and the animation draws the same shapes.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

import numpy as np
import pandas as pd
import shapely

from geoapp import geocode
from geoapp.geocode.gazetteer import (
    BUILD_INFO_FILE,
    DATA_DIR,
    SETTLEMENT,
    country_table,
    place_table,
    region_table,
)

T = TypeVar("T")

COUNTRY_TOLERANCE = 0.05  # degrees, about 5 km
REGION_TOLERANCE = 0.01
COUNTRY_DECIMALS, REGION_DECIMALS = 2, 3  # about 1 km and 100 m
#: Bumped whenever outlines or labels come out otherwise from the same data and settings.
_OUTLINES_VERSION = 1


@dataclass(frozen=True)
class Names:
    """Display names and areas for codes, from the geocoder (empty in tests that need none)."""

    regions: dict[str, str] = field(default_factory=dict)
    region_countries: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    region_areas: pd.Series = field(default_factory=lambda: pd.Series(dtype="float64"))

    def region(self, code: str) -> str:
        return self.regions.get(code, code)

    def country(self, code: str) -> str:
        return self.countries.get(code, code)

    def region_label(self, code: str) -> str:
        """"Kursk, Russia": the region and its country, for pick lists."""
        country = self.region_countries.get(code)
        return self.region(code) + (f", {self.country(country)}" if country else "")


@dataclass(frozen=True)
class Shapes:
    """Simplified outlines with their code and name, in the same order."""

    codes: list[str]
    names: list[str]
    geometries: np.ndarray  # shapely geometries, lon/lat


class Outlines:
    """The geocoder's regions and countries as every map draws them.

    Names come from the attribute tables alone; the polygons (and the countries
    dissolved from their regions, seconds of work) load on the first outline asked
    for, so a server answers its first page without them.
    """

    def __init__(self) -> None:
        self._cache: dict[object, object] = {}
        self._lock = threading.Lock()

    @property
    def _regions(self) -> pd.DataFrame:
        return self._cached("region polygons", geocode.regions)

    @property
    def _countries(self) -> pd.DataFrame:
        return self._cached("country polygons", geocode.countries)

    def names(self) -> Names:
        regions, countries = region_table(), country_table()
        return Names(
            dict(zip(regions["adm1_code"], regions["name"], strict=True)),
            dict(zip(regions["adm1_code"], regions["country"], strict=True)),
            dict(zip(countries["iso2"], countries["name"], strict=True)),
            pd.Series(regions["area_km2"].astype("float64"), index=regions["adm1_code"]))

    def extent(self, regions: Iterable[str] = (), countries: Iterable[str] = ()
               ) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) around the given regions and countries; None when none
        is known or the box would wrap the world (a country across the antimeridian)."""
        geoms = [*self._regions["geometry"][self._regions["adm1_code"].isin(set(regions))],
                 *self._countries["geometry"][self._countries["country"].isin(set(countries))]]
        if not geoms:
            return None
        west, south, east, north = shapely.total_bounds(np.asarray(geoms, dtype=object)).tolist()
        return None if east - west > 180 else (west, south, east, north)

    def labels(self, countries: Iterable[str]) -> list[str]:
        """Place names for a map without tiles, as GeoJSON point features: each region of
        ``countries`` at a point inside it (``level`` "label-region") and its largest place,
        usually its capital ("label-city")."""
        return self._cached(("labels", frozenset(countries)), lambda: _labels(set(countries)))

    def countries(self) -> Shapes:
        """Every country (small enough for the whole world)."""
        table = self._countries
        return self._cached("countries", lambda: _simplified(
            table["country"], table["name"], table["geometry"], COUNTRY_TOLERANCE,
            COUNTRY_DECIMALS))

    def regions(self, countries: Iterable[str]) -> Shapes:
        """Admin-1 regions of the given countries (ISO2)."""
        key = frozenset(countries)
        part = self._regions[self._regions["country"].isin(key)]
        return self._cached(key, lambda: _simplified(
            part["adm1_code"], part["name"], part["geometry"], REGION_TOLERANCE, REGION_DECIMALS))

    def _cached(self, key: object, build: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]


@cache
def outlines_digest() -> str:
    """What every outline and label is made from (the bundled data, the simplification, the
    GEOS that simplifies), as a short hash: a copy of them kept on disk is trusted only
    under the same digest."""
    parts = (_OUTLINES_VERSION, (DATA_DIR / BUILD_INFO_FILE).read_bytes(), COUNTRY_TOLERANCE,
             REGION_TOLERANCE, COUNTRY_DECIMALS, REGION_DECIMALS, shapely.__version__,
             shapely.geos_version_string)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


@cache
def outlines() -> Outlines:
    """The one :class:`Outlines` of this process (the geocoder's tables load once)."""
    return Outlines()


def features(shapes: Shapes, **properties: str) -> list[str]:
    """The shapes as GeoJSON feature texts: ``code``, ``name`` and the given fixed properties."""
    extra = json.dumps(properties, ensure_ascii=False)[1:-1]
    return [
        f'{{"type":"Feature","geometry":{g},"properties":'
        f'{{"code":{json.dumps(c)},"name":{json.dumps(n, ensure_ascii=False)}'
        f'{"," + extra if extra else ""}}}}}'
        for g, c, n in zip(shapely.to_geojson(shapes.geometries), shapes.codes, shapes.names,
                           strict=True)
        if g is not None
    ]


def feature_collection(features: list[str]) -> bytes:
    return ('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}").encode()


def _simplified(codes: pd.Series, names: pd.Series, geoms: pd.Series, tolerance: float,
                decimals: int) -> Shapes:
    array = np.asarray(geoms.array, dtype=object)
    simple = shapely.coverage_simplify(array, tolerance) if len(array) else array
    simple = shapely.transform(simple, lambda xy: np.round(xy, decimals))
    return Shapes(codes.astype(str).tolist(), names.astype(str).tolist(), simple)


def _labels(countries: set[str]) -> list[str]:
    regions, places = region_table(), place_table()
    wanted = np.isin(np.asarray(regions["country"], dtype=object), list(countries))
    found = [_point(regions["rep_lon"][i], regions["rep_lat"][i], regions["name"][i], "label-region")
             for i in np.flatnonzero(wanted)]
    rows = np.flatnonzero((places["ptype"] == SETTLEMENT) & (places["region"] >= 0))
    rows = rows[wanted[places["region"][rows]]]
    order = rows[np.argsort(-places["population"][rows], kind="stable")]
    _, first = np.unique(places["region"][order], return_index=True)  # the largest of each
    found += [_point(places["lon"][i], places["lat"][i], places["name"][i], "label-city")
              for i in order[first]]
    return found


def _point(lon: float, lat: float, name: str, level: str) -> str:
    return json.dumps({"type": "Feature", "properties": {"name": str(name), "level": level},
                       "geometry": {"type": "Point",
                                    "coordinates": [round(float(lon), 3), round(float(lat), 3)]}},
                      ensure_ascii=False)
