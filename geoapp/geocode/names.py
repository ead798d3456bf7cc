"""The gazetteer's spellings as a table, for callers that scan text for names.

Text extraction builds multi-pattern automata over these keys; it needs to know
what each key names (kind, country, population) but not how the index is stored.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from geoapp.geocode.gazetteer import DISTRICT, TOWNSHIP, Gazetteer, gazetteer
from geoapp.geocode.index import KIND_NAMES, PLACE


def names_table(g: Gazetteer) -> pd.DataFrame:
    """One row per (spelling, target): ``key`` (normalised as :func:`normalise` does),
    ``kind`` (place/district/region/country), and ``country`` and ``population`` (places
    and districts, else "" and 0)."""
    frames = []
    for index in g.indexes:
        # Keys stay in Arrow (a million Python strings would cost ~60 MB more).
        frame = pd.DataFrame({"key": pd.array(index.text, dtype="string[pyarrow]"),
                              "kind": index.kind, "row": index.row})
        frames.append(frame.drop_duplicates(["key", "kind", "row"]))
    names = pd.concat(frames, ignore_index=True)
    is_place = names["kind"].to_numpy() == PLACE
    row = np.where(is_place, names["row"].to_numpy(), 0)
    p = g.places
    kind = names["kind"].to_numpy().astype(np.int8)
    kind[is_place & np.isin(p["ptype"][row], (DISTRICT, TOWNSHIP))] = len(KIND_NAMES)
    # a million rows: the keys stay in Arrow, the few kinds and countries as categories
    return pd.DataFrame({
        "key": names["key"].array,
        "kind": pd.Categorical.from_codes(kind, categories=[*KIND_NAMES, "district"]),
        "country": pd.Categorical(np.where(is_place, p["country"][row].astype("U2"), "")),
        "population": np.where(is_place, p["population"][row], 0),
    })


@cache
def country_points() -> dict[str, tuple[str, float, float]]:
    """ISO2 → (English name, lon, lat of a point inside the country)."""
    c = gazetteer().countries
    return {iso: (name, float(lon), float(lat)) for iso, name, lon, lat in
            zip(c["iso2"], c["name"], c["rep_lon"], c["rep_lat"], strict=True)}
