"""The shipped reference data (``geoapp/data``), loaded lazily once per process.

Forward geocoding needs only attribute tables and the alias index (no geometry), so
:func:`gazetteer` stays fast to load; polygons are read by :func:`admin1_frame` when
reverse geocoding or geometry helpers first need them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow.parquet as pq

from geoapp.geocode.normalise import NORMALISE_VERSION

if TYPE_CHECKING:
    import geopandas as gpd

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ADMIN1_FILE, PLACES_FILE, ALIASES_FILE, COUNTRIES_FILE, GRID_FILE, BUILD_INFO_FILE = (
    "admin1.parquet", "places.parquet", "aliases.parquet", "countries.parquet",
    "reverse_grid.npz", "build_info.json")

# What an alias row points at.
PLACE, REGION, COUNTRY = 0, 1, 2
KIND_NAMES = ("place", "region", "country")
# How an alias relates to its target, best first.
PRIMARY, OFFICIAL, ALTERNATE, VARIANT, FUZZY = 0, 1, 2, 3, 4

_REGION_ATTRS = ["adm1_code", "name", "country", "ne_country", "adm0_a3", "disputed",
                 "rclass", "rep_lon", "rep_lat", "area_km2"]


Columns = dict[str, np.ndarray]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Tables as dicts of numpy columns (strings as object arrays, so that indexing on the
    hot path never converts Arrow strings) plus a dict from alias key to a slice of the
    alias arrays."""

    places: Columns      # name, lon, lat, country, population, region (row in regions)
    regions: Columns     # _REGION_ATTRS, row order = admin1.parquet
    countries: Columns   # iso2, iso3, name, rep_lon, rep_lat
    slices: dict[str, tuple[int, int]]
    kind: np.ndarray
    row: np.ndarray
    tier: np.ndarray
    alias: np.ndarray

    def lookup(self, key: str) -> slice:
        """Alias rows whose normalised key equals ``key`` (an empty slice if none)."""
        start, stop = self.slices.get(key, (0, 0))
        return slice(start, stop)


@cache
def gazetteer() -> Gazetteer:
    """Load places, region attributes, countries and the alias index (cached)."""
    _check_build_info()
    aliases = pq.read_table(DATA_DIR / ALIASES_FILE)
    keys = aliases.column("key").to_numpy(zero_copy_only=False)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    stops = np.r_[starts[1:], len(keys)]
    slices = dict(zip(keys[starts].tolist(), zip(starts.tolist(), stops.tolist(),
                                                  strict=True), strict=True))
    regions = _columns(DATA_DIR / ADMIN1_FILE, _REGION_ATTRS)
    places = _columns(DATA_DIR / PLACES_FILE)
    countries = _columns(DATA_DIR / COUNTRIES_FILE)
    logger.info("gazetteer: %d places, %d regions, %d countries, %d alias keys",
                len(places["name"]), len(regions["name"]), len(countries["name"]), len(slices))
    return Gazetteer(
        places=places, regions=regions, countries=countries, slices=slices,
        kind=aliases.column("kind").to_numpy(), row=aliases.column("row").to_numpy(),
        tier=aliases.column("tier").to_numpy(),
        alias=aliases.column("alias").to_numpy(zero_copy_only=False),
    )


@cache
def region_index() -> dict[str, int]:
    """adm1_code → row in the region tables (and in admin1.parquet)."""
    return {code: i for i, code in enumerate(gazetteer().regions["adm1_code"])}


def _columns(path: Path, columns: list[str] | None = None) -> Columns:
    table = pq.read_table(path, columns=columns)
    return {name: table.column(name).to_numpy(zero_copy_only=False)
            for name in table.column_names}


@cache
def admin1_frame() -> gpd.GeoDataFrame:
    """All admin-1 polygons with their attributes (cached; do not modify in place)."""
    import geopandas as gpd  # only reverse geocoding and geometry helpers need it

    frame = gpd.read_parquet(DATA_DIR / ADMIN1_FILE).set_crs("EPSG:4326", allow_override=True)
    logger.info("admin-1 polygons loaded: %d", len(frame))
    return frame


def _check_build_info() -> None:
    info = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    if info.get("normalise_version") != NORMALISE_VERSION:
        raise RuntimeError(
            f"{DATA_DIR / ALIASES_FILE} was built with normalise version "
            f"{info.get('normalise_version')}, the code is at {NORMALISE_VERSION}: "
            "run `python -m geoapp.geocode.build_data`")
