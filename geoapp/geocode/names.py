"""The gazetteer's spellings as a table, for callers that scan text for names.

Text extraction builds multi-pattern automata over these keys; it needs to know
what each key names (kind, country, population) but not how the index is stored.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from geoapp.geocode.gazetteer import FUZZY, KIND_NAMES, PLACE, gazetteer


@cache
def name_index() -> pd.DataFrame:
    """One row per searchable spelling: ``key`` (normalised as :func:`normalise` does),
    ``kind`` (place/region/country), ``country`` and ``population`` (places only, else
    "" and 0), and ``fuzzy`` (a spelling skeleton rather than a real name)."""
    g = gazetteer()
    starts = np.array([start for start, _ in g.slices.values()])
    keys = np.array(list(g.slices), dtype=object)
    order = np.argsort(starts)
    key = np.repeat(keys[order], np.diff(np.r_[starts[order], len(g.kind)]))
    is_place = g.kind == PLACE
    place_row = np.where(is_place, g.row, 0)
    return pd.DataFrame({
        "key": key,
        "kind": np.asarray(KIND_NAMES, dtype=object)[g.kind],
        "country": np.where(is_place, np.asarray(g.places["country"]).astype("U2")[place_row], ""),
        "population": np.where(is_place, np.asarray(g.places["population"])[place_row], 0),
        "fuzzy": g.tier >= FUZZY,
    })


@cache
def country_points() -> dict[str, tuple[str, float, float]]:
    """ISO2 → (English name, lon, lat of a point inside the country)."""
    c = gazetteer().countries
    return {iso: (name, float(lon), float(lat)) for iso, name, lon, lat in
            zip(c["iso2"], c["name"], c["rep_lon"], c["rep_lat"], strict=True)}
