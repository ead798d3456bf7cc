"""Region polygons as exports need them: rounded like every coordinate, wound per RFC 7946."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import shapely

#: Decimal places of every exported coordinate (about 0.1 m).
COORD_DECIMALS = 6


@lru_cache(maxsize=1)
def region_table() -> pd.DataFrame:
    """One row per admin-1 region (index adm1_code): name, country, area_km2, geometry.

    Geometries are rounded to :data:`COORD_DECIMALS` and oriented with exterior
    rings counter-clockwise and holes clockwise (the right-hand rule).
    """
    from geoapp.geocode import regions  # the gazetteer loads only when polygons are asked for

    table = pd.DataFrame(regions()).set_index("adm1_code")
    geoms = shapely.transform(np.asarray(table["geometry"].array, dtype=object),
                              lambda xy: np.round(xy, COORD_DECIMALS))
    table["geometry"] = shapely.orient_polygons(geoms)
    return table


def region_geojson(codes: pd.Index | list[str]) -> pd.Series:
    """GeoJSON geometry text of each known code (unknown codes are left out)."""
    table = region_table()
    known = table.index.intersection(pd.Index(codes).dropna().unique())
    return pd.Series(shapely.to_geojson(table.loc[known, "geometry"].to_numpy()), index=known)


def region_bounds(codes: pd.Index | list[str]) -> np.ndarray | None:
    """(west, south, east, north) around the known regions among ``codes``."""
    table = region_table()
    known = table.index.intersection(pd.Index(codes).dropna().unique())
    if known.empty:
        return None
    bounds = shapely.bounds(table.loc[known, "geometry"].to_numpy())
    return np.concatenate([bounds[:, :2].min(axis=0), bounds[:, 2:].max(axis=0)])
