"""Places that the simplified polygons put across an internal border from their district
move into the unit most of the district lies in (build step, and the built data)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoapp.geocode import geocode
from geoapp.geocode.build_data import _move_to_district_unit
from geoapp.geocode.gazetteer import DISTRICT, NEIGHBOURHOOD, SETTLEMENT


def _two_units() -> gpd.GeoDataFrame:
    """West (x 0..1) and east (x 1..2) units of one country; a third country beyond."""
    return gpd.GeoDataFrame({"country": ["AA", "AA", "BB"]},
                            geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1),
                                      shapely.box(2, 0, 3, 1)])


def _moves(lon: list[float], ptype: list[int] | None = None,
           own: list[str | None] | None = None) -> np.ndarray:
    """Row 0 is a district whose point and first three places lie in the east unit; the
    places after them are the ones under test (each on the given longitude)."""
    lons = [1.5, 1.4, 1.6, 1.7, *lon]
    n = len(lons)
    places = pd.DataFrame({
        "lon": lons, "lat": 0.5, "country": "AA",
        "ptype": [DISTRICT, SETTLEMENT, SETTLEMENT, SETTLEMENT, *(ptype or [SETTLEMENT] * len(lon))],
        "district": [-1] + [0] * (n - 1),
    })
    region = np.array([0.0 if x < 1 else 1.0 if x < 2 else 2.0 for x in lons])
    own_codes = np.array([None] * 4 + (own or [None] * len(lon)), dtype=object)
    moved, _ = _move_to_district_unit(places, region, _two_units(), own_codes,
                                      np.array(["AA.W", "AA.E", "BB.1"], dtype=object))
    return moved[4:]


def test_a_border_place_joins_its_district_unit_and_a_deep_one_stays():
    # 0.97 is 0.03° from the east unit; 0.9 is 0.1° inside the west one.
    assert list(_moves([0.97, 0.9])) == [1.0, 0.0]


def test_another_country_is_never_the_target():
    # Thirteen of seventeen members in the third country's unit: the border place
    # 0.03° from it stays.
    assert list(_moves([1.97] + [2.5] * 13)) == [1.0] + [2.0] * 13


def test_a_neighbourhood_or_a_place_whose_own_record_says_otherwise_stays():
    assert list(_moves([0.97], ptype=[NEIGHBOURHOOD])) == [0.0]
    assert list(_moves([0.97], own=["AA.W"])) == [0.0]
    assert list(_moves([0.97], own=["AA.E"])) == [1.0]


def test_the_majority_must_be_clear():
    # Three of five members and the district's own point in the east: both border
    # places move there.
    assert list(_moves([0.97, 0.98])) == [1.0, 1.0]
    # Three east, three west: no majority.
    assert list(_moves([0.97, 0.98, 0.99])) == [0.0, 0.0, 0.0]
    # Five of eight members in the west, but the district's point in the east: a
    # majority short of three quarters moves nobody (a city district whose places
    # mostly lie outside the city's too small polygon).
    lons = [0.5, 0.6, 0.7, 0.8, 0.9, 1.02, 1.03, 1.4]
    places = pd.DataFrame({"lon": [1.5, *lons], "lat": 0.5, "country": "AA",
                           "ptype": [DISTRICT] + [SETTLEMENT] * len(lons),
                           "district": [-1] + [0] * len(lons)})
    region = np.array([1.0] + [0.0 if x < 1 else 1.0 for x in lons])
    moved, counts = _move_to_district_unit(places, region, _two_units(),
                                           np.full(len(places), None, dtype=object),
                                           np.array(["AA.W", "AA.E", "BB.1"], dtype=object))
    assert (moved == region).all() and counts == {}


def test_built_data_svatove_village_is_in_luhansk_oblast():
    match = geocode("Stelmakhivka")
    assert match.adm1_code == "UKR-329"           # Luhansk Oblast, not Kharkiv's polygon


def test_built_data_keeps_geonames_unit_against_a_raion_across_the_border():
    # WOF files Husiatyn (Ternopil Oblast, on the Zbruch) under Khmelnytskyi's
    # Chemerivtsi raion; GeoNames' own admin-1 code keeps it in Ternopil Oblast.
    assert geocode("Husiatyn", country="UA").adm1_code == "UKR-292"


def test_built_data_suburbs_in_natural_earths_kyiv_city_polygon_are_kyiv_oblast():
    assert geocode("Vyshneve", country="UA").adm1_code == "UKR-321"
    assert geocode("Kyiv").adm1_code == "UKR-4826"
