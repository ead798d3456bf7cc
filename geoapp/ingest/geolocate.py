"""Give every ingested row a region and country key, in bulk.

* Rows with coordinates go through :func:`geoapp.geocode.assign_regions`, which
  lets a stated admin-1 win over a simplified border and flags contradictions.
* Rows without coordinates are forward-geocoded from their location text, then
  the stated region, then the stated country, once per distinct value; a name
  that cannot be found falls back to the coarser one the source gave, never to
  a different place, and the row says so in ``flags``.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache

import numpy as np
import pandas as pd

from geoapp import geocode as gc
from geoapp.model import GEO_PRECISIONS

logger = logging.getLogger(__name__)


def geolocate(frame: pd.DataFrame, geocoder: gc.Geocoder | None = None) -> pd.DataFrame:
    """Fill adm1_code, admin1 (display name), country (ISO2), lon/lat where missing.

    ``geocoder`` names places (default: the bundled gazetteer; pass one with the store's
    place lists to find the analyst's own places).
    """
    coder = geocoder or gc.default_geocoder()
    frame = frame.copy()
    frame["country"] = _country_codes(frame["country"])
    has_point = frame["lon"].notna() & frame["lat"].notna()
    # A country-level event sits at the country's representative point: the region
    # under that point is not where it happened.
    needs_region = has_point & frame["adm1_code"].isna() & frame["geo_precision"].ne("country")
    if needs_region.any():
        _assign(frame, needs_region)
    known = frame["adm1_code"].notna() & frame["admin1"].isna()
    if known.any():
        frame.loc[known, "admin1"] = frame.loc[known, "adm1_code"].map(_region_name)
    at_region = ~has_point & frame["adm1_code"].notna()
    if at_region.any():
        _place_at_region(frame, at_region)
    no_point = frame["lon"].isna()
    if no_point.any():
        _forward(frame, no_point, coder)
    linked = frame["related_places"].ne("[]")
    if linked.any():
        frame.loc[linked, "related_places"] = frame.loc[linked, "related_places"].map(
            lambda places: _locate_related(places, coder))
    frame["geo_precision"] = frame["geo_precision"].fillna("exact")
    located = int(frame["adm1_code"].notna().sum())
    logger.info("geolocated %d/%d rows to a region", located, len(frame))
    return frame


def _assign(frame: pd.DataFrame, rows: pd.Series) -> None:
    part = frame.loc[rows]
    result = gc.assign_regions(
        part["lon"].to_numpy(dtype=float), part["lat"].to_numpy(dtype=float),
        part["country"].to_numpy(dtype=object), part["admin1"].to_numpy(dtype=object),
    )
    result.index = part.index
    frame.loc[rows, "adm1_code"] = result["adm1_code"]
    frame.loc[rows, "admin1"] = result["admin1"]
    frame.loc[rows, "country"] = result["country"].where(result["country"].notna(), part["country"])
    flagged = result["flag"].notna()
    if flagged.any():
        frame.loc[flagged[flagged].index, "flags"] = [
            _add_flag(old, new) for old, new in
            zip(frame.loc[flagged[flagged].index, "flags"], result.loc[flagged, "flag"], strict=True)
        ]


def _place_at_region(frame: pd.DataFrame, rows: pd.Series) -> None:
    """Records that name their region but carry no point sit at its representative point."""
    table = _region_table()
    codes = frame.loc[rows, "adm1_code"]
    known = codes.isin(table.index)
    idx = codes[known].index
    info = table.loc[codes[known]]
    frame.loc[idx, "lon"] = info["rep_lon"].to_numpy()
    frame.loc[idx, "lat"] = info["rep_lat"].to_numpy()
    frame.loc[idx, "country"] = frame.loc[idx, "country"].fillna(
        pd.Series(info["country"].to_numpy(), index=idx))
    frame.loc[idx, "geo_precision"] = frame.loc[idx, "geo_precision"].fillna("region")
    unknown = codes[~known].index
    for i in unknown:
        frame.at[i, "flags"] = _add_flag(frame.at[i, "flags"],
                                         f"unknown region code {frame.at[i, 'adm1_code']!r}")


def _locate_related(places_json: str, coder: gc.Geocoder) -> str:
    """Give related places coordinates (and codes) from their region, country or name."""
    places = json.loads(places_json)
    table = _region_table()
    for place in places:
        if place.get("lon") is not None:
            continue
        code = place.get("adm1_code")
        if code in table.index:
            row = table.loc[code]
            place.update(lon=float(row["rep_lon"]), lat=float(row["rep_lat"]),
                         country=place.get("country") or row["country"])
            continue
        match = coder.geocode(place.get("name") or "", place.get("country"))
        if match is None and place.get("country"):
            match = coder.geocode(place["country"], None)
        if match is not None:
            place.update(lon=match.lon, lat=match.lat, country=place.get("country") or match.country)
            if match.adm1_code and not code:
                place["adm1_code"] = match.adm1_code
    return json.dumps(places, ensure_ascii=False)


@lru_cache(maxsize=1)
def _region_table() -> pd.DataFrame:
    regions = gc.regions()
    return pd.DataFrame(regions[["adm1_code", "country", "rep_lon", "rep_lat"]]).set_index("adm1_code")


def _forward(frame: pd.DataFrame, rows: pd.Series, coder: gc.Geocoder) -> None:
    """Geocode once per distinct (location, region, country), then fill the rows in bulk.

    Sources repeat the same few names thousands of times, and per-row ``.at``
    writes cost ~30 µs each, so this groups first.
    """
    idx = frame.index[rows.to_numpy()]
    names = frame.loc[idx, ["location_text", "admin1", "country"]].astype(object)
    names = names.where(names.notna(), None)
    keys = pd.Series(list(zip(*(names[c] for c in names.columns), strict=True)), dtype=object)
    codes, keys = pd.factorize(keys)
    results = [_best_match(coder, *key) for key in keys]
    flags = np.array([flag for _, flag in results], dtype=object)[codes]
    flagged = idx[pd.notna(flags)]
    if len(flagged):
        frame.loc[flagged, "flags"] = [
            _add_flag(old, new) for old, new in
            zip(frame.loc[flagged, "flags"], flags[pd.notna(flags)], strict=True)]
    matches = [match for match, _ in results]
    found = np.array([m is not None for m in matches], dtype=bool)[codes]
    hit, codes = idx[found], codes[found]
    if not len(hit):
        return

    def take(attr: str) -> np.ndarray:
        return np.array([getattr(m, attr, None) for m in matches], dtype=object)[codes]

    frame.loc[hit, "lon"] = take("lon").astype(float)
    frame.loc[hit, "lat"] = take("lat").astype(float)
    for column in ("adm1_code", "admin1", "country"):
        frame.loc[hit, column] = take(column)
    place = frame.loc[hit, "place_name"].isna().to_numpy() & (take("kind") == "place")
    frame.loc[hit[place], "place_name"] = take("name")[place]
    rank = {name: i for i, name in enumerate(GEO_PRECISIONS)}
    stated = frame.loc[hit, "geo_precision"].map(rank).to_numpy(dtype=float)
    found_rank = pd.Series(take("geo_precision")).map(rank).to_numpy(dtype=float)
    coarser = np.isnan(stated) | (found_rank > stated)
    frame.loc[hit[coarser], "geo_precision"] = take("geo_precision")[coarser]


def _best_match(coder: gc.Geocoder, location, admin1,
                country) -> tuple[gc.Match | None, str | None]:
    """Try the most precise name the row has, then coarser ones; say when falling back.
    A stated region picks among same-named places ("Zhuravli" in the Kursk region)."""
    tried = []
    country = country if isinstance(country, str) else None
    region = coder.resolve_region(admin1, country) if isinstance(admin1, str) else None
    for name in (location, admin1):
        if isinstance(name, str) and name.strip():
            match = coder.geocode(name, country, (region,) if region else ())
            if match is not None:
                note = f"location {tried[0]!r} not found; placed at {match.name}" if tried else None
                return match, note
            tried.append(name)
    if country:
        match = coder.geocode(country, None)
        if match is not None:
            note = f"location {tried[0]!r} not found; placed at country level" if tried else None
            return match, note
    return None, (f"location {tried[0]!r} not found" if tried else None)


@lru_cache(maxsize=10_000)
def _region_name(code: str) -> str | None:
    return gc.region_name(code)


def _country_codes(values: pd.Series) -> pd.Series:
    """Country names or codes as the source wrote them → ISO 3166-1 alpha-2."""
    uniques = values.dropna().unique()
    mapping = {v: gc.country_code(str(v)) or v for v in uniques}
    return values.map(mapping).where(values.notna(), None)


def _add_flag(existing: str | None, flag: str) -> str:
    flags = json.loads(existing) if isinstance(existing, str) and existing else []
    if flag not in flags:
        flags.append(flag)
    return json.dumps(flags, ensure_ascii=False)


__all__ = ["geolocate"]
