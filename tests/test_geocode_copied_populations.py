"""Populations Who's On First copied from another record: a village carrying a city's
census figure would outrank the city it shares a name with."""

from __future__ import annotations

import pandas as pd

from geoapp.geocode import geocode
from geoapp.geocode.build_wof import _without_foreign_populations

GEONAMES = pd.DataFrame({"geonameid": [1, 2], "name": ["Bigcity", "Othertown"],
                         "lon": [32.0, 35.0], "lat": [46.9, 48.0]})


def _records(populations: list, countries: list[str]) -> pd.DataFrame:
    """The city at its GeoNames place, then villages far from it."""
    return pd.DataFrame({"name": ["Bigcity"] * len(populations), "population":
                         pd.array(populations, dtype="Int64"), "country": countries,
                         "geonameid": pd.array([1] + [None] * (len(populations) - 1),
                                               dtype="Int64"),
                         "lon": [32.0, 25.0, 26.0][:len(populations)],
                         "lat": [46.9, 50.3, 50.0][:len(populations)]})


def test_a_far_record_with_a_citys_census_figure_loses_it() -> None:
    out = _without_foreign_populations(_records([498_748, 498_748, 1_234], ["UA"] * 3),
                                       GEONAMES)
    assert out["population"][0] == 498_748
    assert pd.isna(out["population"][1])
    assert out["population"][2] == 1_234


def test_a_rounded_estimate_or_another_countrys_figure_is_kept() -> None:
    rounded = _without_foreign_populations(_records([30_000, 30_000], ["UA", "UA"]), GEONAMES)
    assert rounded["population"].tolist() == [30_000, 30_000]
    abroad = _without_foreign_populations(_records([22_267, 22_267], ["UA", "KR"]), GEONAMES)
    assert abroad["population"].tolist() == [22_267, 22_267]


def test_a_bare_mykolaiv_is_the_city_not_a_lviv_oblast_village() -> None:
    assert geocode("Mykolaiv").adm1_code == "UKR-284"
