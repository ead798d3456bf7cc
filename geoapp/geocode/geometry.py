"""Region and country polygons, areas and geodesic distances.

Areas and distances are on the WGS84 ellipsoid (pyproj.Geod), never in degrees.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import shapely
from numpy.typing import ArrayLike
from pyproj import Geod
from shapely.errors import GEOSException

from geoapp.geocode.gazetteer import admin1_frame, country_table, gazetteer, region_index

if TYPE_CHECKING:   # geopandas loads only with the polygons; names need none of it
    import geopandas as gpd

logger = logging.getLogger(__name__)

GEOD = Geod(ellps="WGS84")

_REGION_COLUMNS = ["adm1_code", "name", "country", "adm0_a3", "disputed", "area_km2",
                   "rep_lon", "rep_lat", "geom_quality", "geometry"]


def regions() -> gpd.GeoDataFrame:
    """One row per admin-1 unit (EPSG:4326): adm1_code, display name, ISO2 country,
    adm0_a3, disputed, area_km2, rep_lon/rep_lat (a point inside), geom_quality, geometry.

    ``country`` is the ISO 3166 (de jure) country: Crimea (RUS-283) and Sevastopol
    (RUS-5482) are "UA" with ``disputed`` True, while ``adm0_a3`` keeps Natural Earth's
    "RUS". A fresh copy each call, so callers may modify it.

    Example: ``regions().set_index("adm1_code").loc["RUS-2362", "name"] == "Kursk Oblast"``
    """
    return admin1_frame()[_REGION_COLUMNS].copy()


def countries() -> gpd.GeoDataFrame:
    """One row per country (ISO2) dissolved from its admin-1 units: country, iso3, name,
    rep_lon, rep_lat, geometry. Disputed units count under their de jure country."""
    return _countries().copy()


@cache
def _countries() -> gpd.GeoDataFrame:
    shapes = dissolve_by_country(admin1_frame())
    info = pd.DataFrame(country_table()).set_index("iso2")  # not the gazetteer: no name index
    shapes["iso3"] = info.loc[shapes["country"], "iso3"].to_numpy()
    shapes["name"] = info.loc[shapes["country"], "name"].to_numpy()
    shapes["rep_lon"] = info.loc[shapes["country"], "rep_lon"].to_numpy()
    shapes["rep_lat"] = info.loc[shapes["country"], "rep_lat"].to_numpy()
    return shapes[["country", "iso3", "name", "rep_lon", "rep_lat", "geometry"]]


def dissolve_by_country(units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Union the units of each country. Units share identical edges (a coverage), so the
    fast coverage union works; the few countries with micro-overlaps fall back to a full
    union."""
    units = units.dropna(subset=["country"])
    geoms = units.geometry.values
    codes = units["country"].to_numpy()
    names = np.unique(codes)
    shapes = []
    for code in names:
        parts = np.asarray(geoms[codes == code])
        try:
            shapes.append(shapely.coverage_union_all(parts))
        except GEOSException:
            shapes.append(shapely.union_all(parts))
    import geopandas as gpd

    return gpd.GeoDataFrame({"country": names}, geometry=shapes, crs=units.crs)


def region_name(adm1_code: str) -> str | None:
    """Display name of a unit ("RUS-2605" → "Tuva Republic"); None for an unknown code."""
    row = region_index().get(adm1_code)
    return None if row is None else str(gazetteer().regions["name"][row])


def area_km2(adm1_code: str) -> float | None:
    """Ellipsoidal area of a unit in km² (from the simplified polygon); None if unknown."""
    row = region_index().get(adm1_code)
    return None if row is None else float(gazetteer().regions["area_km2"][row])


def geodesic_km(lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike,
                lat2: ArrayLike) -> float | np.ndarray:
    """Distance on the WGS84 ellipsoid in km; scalars or equal-length arrays.

    Example: ``geodesic_km(36.19, 51.73, 35.28, 51.19)`` (Kursk → Sudzha) ≈ 87 km.
    """
    arrays = [np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2)]
    _, _, metres = GEOD.inv(*arrays)
    km = np.asarray(metres) / 1000.0
    return float(km) if km.ndim == 0 else km
