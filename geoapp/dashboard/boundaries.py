"""Names, areas and browser-sized outlines of countries and admin-1 regions.

Read once from the bundled geocoder data, so the map is useful with no tile
server. Outlines are simplified as coverages (neighbours keep a shared edge),
rounded to match and serialised once per set of countries; the app
serves the bytes from a cached route instead of sending them with each update.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import shapely

from geoapp import geocode
from geoapp.dashboard.data import Names

COUNTRY_TOLERANCE = 0.05  # degrees, about 5 km
REGION_TOLERANCE = 0.01
COUNTRY_DECIMALS, REGION_DECIMALS = 2, 3  # about 1 km and 100 m


class Boundaries:
    """The geocoder's regions and countries, as the dashboard needs them."""

    def __init__(self) -> None:
        regions = geocode.regions()
        countries = geocode.countries()
        self._regions = regions
        self._countries = countries
        self.region_names: dict[str, str] = dict(zip(regions["adm1_code"], regions["name"],
                                                     strict=True))
        self.region_country: dict[str, str] = dict(zip(regions["adm1_code"], regions["country"],
                                                       strict=True))
        self.region_areas = pd.Series(regions["area_km2"].to_numpy(dtype="float64"),
                                      index=regions["adm1_code"].to_numpy())
        self.country_names: dict[str, str] = dict(zip(countries["country"], countries["name"],
                                                      strict=True))
        self._cache: dict[object, bytes] = {}
        self._lock = threading.Lock()

    def names(self) -> Names:
        return Names(self.region_names, self.region_country, self.country_names,
                     self.region_areas)

    def countries_geojson(self) -> bytes:
        """Every country outline (small enough for the whole world), gzip-compressed."""
        return self._cached("countries", lambda: _feature_collection(
            self._countries["geometry"].to_numpy(), COUNTRY_TOLERANCE, COUNTRY_DECIMALS,
            [{"code": c, "name": n} for c, n in zip(self._countries["country"],
                                                     self._countries["name"], strict=True)]))

    def regions_geojson(self, countries: Iterable[str]) -> bytes:
        """Admin-1 outlines of the given countries (ISO2) with code and name, gzip-compressed."""
        key = frozenset(countries)

        def build() -> bytes:
            part = self._regions[self._regions["country"].isin(key)]
            return _feature_collection(
                part["geometry"].to_numpy(), REGION_TOLERANCE, REGION_DECIMALS,
                [{"code": c, "name": n} for c, n in zip(part["adm1_code"], part["name"],
                                                         strict=True)])
        return self._cached(key, build)

    def prepare(self, countries: Iterable[str]) -> None:
        """Build and cache both outline files ahead of the first request."""
        self.countries_geojson()
        self.regions_geojson(countries)

    def _cached(self, key: object, build: Callable[[], bytes]) -> bytes:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = gzip.compress(build(), compresslevel=6)
            return self._cache[key]


def _feature_collection(geoms: np.ndarray, tolerance: float, decimals: int,
                        properties: list[dict]) -> bytes:
    simple = shapely.coverage_simplify(geoms, tolerance) if len(geoms) else geoms
    simple = shapely.transform(simple, lambda xy: np.round(xy, decimals))
    features = [
        f'{{"type":"Feature","geometry":{g},"properties":{json.dumps(p, ensure_ascii=False)}}}'
        for g, p in zip(shapely.to_geojson(simple), properties, strict=True)
        if g is not None
    ]
    return ('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}").encode()
