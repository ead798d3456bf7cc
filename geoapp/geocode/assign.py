"""Give whole batches of events their admin-1 unit, trusting the source's own words.

Natural Earth borders are simplified by up to ~0.6 km and the Sumy–Kursk–Belgorod border
villages can fall on the wrong side, so a polygon test alone is not the truth:

* a stated admin-1 ("Donetsk oblast", "Kiev Special Republican city") resolved within
  the stated country is kept; the row is flagged only when the point lies more than
  ``conflict_km`` outside that unit;
* with only a country stated, the point's unit is used when it belongs to that country,
  else the country's nearest unit within ``conflict_km``: a point the source puts in
  Ukraine never lands in a Russian unit (occupied Crimea counts for either side);
* a point far from the stated unit/country whose swapped lat/lon fits is flagged
  "coordinates look swapped (lat/lon)" and placed by the swapped point;
* with nothing stated, the unit at the point (snapping to a coast within
  ``conflict_km``).
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from geoapp.geocode.gazetteer import gazetteer, region_index
from geoapp.geocode.geocoder import country_code, resolve_region
from geoapp.geocode.reverse import (
    distance_km,
    frame_for_rows,
    in_country,
    km_to_country,
    locate,
    nearest,
    valid_xy,
    xy,
)

logger = logging.getLogger(__name__)

SWAPPED = "coordinates look swapped (lat/lon)"


def assign_regions(lons: ArrayLike, lats: ArrayLike, countries: ArrayLike,
                   admin1_texts: ArrayLike, *, conflict_km: float = 5.0) -> pd.DataFrame:
    """Admin-1 unit per event from its point, stated country and stated admin-1 name.

    Parameters
    ----------
    lons, lats : coordinates (EPSG:4326); NaN/None where unknown.
    countries : stated country per row as ISO2, ISO3 or name ("Ukraine"); None allowed.
    admin1_texts : stated admin-1 name per row (ACLED ``admin1``, UCDP ``adm_1``); None
        allowed.
    conflict_km : how far outside the stated unit or country a point may lie before the
        row is flagged (simplified borders are off by up to ~0.6 km; sources round).

    Returns
    -------
    DataFrame aligned with the input: adm1_code, admin1, country (ISO2), flag (None or a
    short reason such as "point 37 km outside stated region Donetsk Oblast").

    Example: ``assign_regions([37.8], [48.0], ["Ukraine"], ["Donetsk oblast"])``
    """
    x, y = xy(lons, lats)
    n = len(x)
    cc, texts, stated = _stated(countries, admin1_texts, n)
    unresolved = pd.notna(texts) & (stated < 0)
    unit = np.full(n, -1, dtype=np.int64)
    flag = np.full(n, None, dtype=object)
    flag[unresolved] = [f"admin1 {texts[i]!r} not found" + (f" in {cc[i]}" if cc[i] else "")
                        for i in np.flatnonzero(unresolved)]
    valid = valid_xy(x, y)
    here = locate(x, y)
    has_unit = stated >= 0
    unit[has_unit] = stated[has_unit]
    _check_stated(x, y, stated, valid, here, conflict_km, flag)
    _within_country(x, y, cc, ~has_unit & valid, here, conflict_km, unit, flag)
    free = ~has_unit & pd.isna(cc) & valid
    unit[free] = here[free]
    lost = free & (here < 0)
    hit, snapped, _ = nearest(x[lost], y[lost], conflict_km)
    unit[np.flatnonzero(lost)[hit]] = snapped
    out = frame_for_rows(unit, index=_index(lons))
    stated_cc = pd.Series(cc, index=out.index, dtype=object)
    out["country"] = stated_cc.where(stated_cc.notna(), out["country"].astype(object))
    out["flag"] = pd.Series(flag, index=out.index, dtype=object)
    logger.info("assigned %d/%d rows to a unit, %d flagged", int((unit >= 0).sum()), n,
                int(pd.notna(flag).sum()))
    return out[["adm1_code", "admin1", "country", "flag"]]


def _distinct(values: ArrayLike, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-row codes into the distinct values, each a stripped string or None; scalars
    broadcast to n rows. Cleaning and lookups then run once per distinct value."""
    arr = np.asarray(values, dtype=object).reshape(-1)
    if arr.size == 1 and n != 1:
        arr = np.repeat(arr, n)
    codes, uniques = pd.factorize(arr, use_na_sentinel=False)
    cleaned = [(v.strip() or None) if isinstance(v, str) else None for v in uniques]
    return codes, np.array(cleaned, dtype=object)


def _stated(countries: ArrayLike, admin1_texts: ArrayLike,
            n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: stated ISO2 (None if absent or unreadable), stated admin-1 text, and the
    unit row it resolves to within that country (-1 none), once per distinct pair."""
    cc_codes, cc_values = _distinct(countries, n)
    iso = np.array([country_code(v) if v else None for v in cc_values], dtype=object)
    text_codes, text_values = _distinct(admin1_texts, n)
    pair_codes, pairs = pd.factorize(text_codes.astype(np.int64) * len(iso) + cc_codes)
    units = []
    for pair in pairs:
        text, code = text_values[pair // len(iso)], iso[pair % len(iso)]
        match = resolve_region(text, code) if text else None
        units.append(region_index()[match.adm1_code] if match else -1)
    return iso[cc_codes], text_values[text_codes], np.array(units, dtype=np.int64)[pair_codes]


def _check_stated(x: np.ndarray, y: np.ndarray, stated: np.ndarray, valid: np.ndarray,
                  here: np.ndarray, conflict_km: float, flag: np.ndarray) -> None:
    """Flag rows whose point lies more than conflict_km outside the stated unit."""
    rows = np.flatnonzero((stated >= 0) & valid & (here != stated))
    if not len(rows):
        return
    km = distance_km(stated[rows], x[rows], y[rows])
    far = rows[km > conflict_km]
    if not len(far):
        return
    swapped = _swapped_fits(x[far], y[far], stated[far], conflict_km)
    names = gazetteer().regions["name"]
    far_km = km[km > conflict_km]
    flag[far] = [SWAPPED if s else f"point {k:.0f} km outside stated region {names[u]}"
                 for s, k, u in zip(swapped, far_km, stated[far], strict=True)]


def _swapped_fits(x: np.ndarray, y: np.ndarray, units: np.ndarray,
                  conflict_km: float) -> np.ndarray:
    """Whether (lat, lon) read as (lon, lat) lies within conflict_km of each unit."""
    sx, sy = y, x   # swap: the source wrote lat where lon belongs
    ok = valid_xy(sx, sy)
    fits = np.zeros(len(x), dtype=bool)
    if ok.any():
        fits[ok] = distance_km(units[ok], sx[ok], sy[ok]) <= conflict_km
    return fits


def _within_country(x: np.ndarray, y: np.ndarray, cc: np.ndarray, rows_mask: np.ndarray,
                    here: np.ndarray, conflict_km: float, unit: np.ndarray,
                    flag: np.ndarray) -> None:
    """Rows with a stated country but no stated unit: the unit at the point if it is in
    that country, else the country's nearest unit within conflict_km, else a flag."""
    rows = rows_mask & pd.notna(cc)
    fits = rows & in_country(here, cc)
    unit[fits] = here[fits]
    rest = np.flatnonzero(rows & ~fits)
    hit, near_unit, _ = nearest(x[rest], y[rest], conflict_km, country=cc[rest])
    unit[rest[hit]] = near_unit
    rest = np.delete(rest, hit)
    swapped_here = locate(y[rest], x[rest])
    swapped = in_country(swapped_here, cc[rest])
    unit[rest[swapped]] = swapped_here[swapped]
    flag[rest[swapped]] = SWAPPED
    rest = rest[~swapped]
    km = km_to_country(x[rest], y[rest], cc[rest])
    at = frame_for_rows(here[rest])
    for i, k, name, country in zip(rest, km, at["admin1"], at["country"], strict=True):
        where = f"in {name} ({country})" if isinstance(name, str) else "at sea"
        flag[i] = f"point {where}, {k:.0f} km outside stated country {cc[i]}"


def _index(values: ArrayLike) -> pd.Index | None:
    return values.index if isinstance(values, pd.Series) else None
