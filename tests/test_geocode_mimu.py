"""Myanmar's towns from MIMU's place codes: the township seats GeoNames lacks are found in
their state or region, by their English and Burmese names, without doubling a place the
gazetteer already had."""

from __future__ import annotations

import json

import pytest

from geoapp.geocode import geocode
from geoapp.geocode.build_mimu import MIMU_FILE, MIMU_SOURCE, UNITS, read_towns, spellings
from geoapp.geocode.gazetteer import BUILD_INFO_FILE, DATA_DIR, place_table

SAGAING, MAGWAY, KACHIN = "MMR-3302", "MMR-3276", "MMR-3296"


@pytest.mark.parametrize("town, burmese, expected", [
    ("Pinlebu Town", "ပင်လည်ဘူး", ["Pinlebu", "ပင်လည်ဘူး"]),
    # another name in brackets is a spelling of the town
    ("Pangsang (Panghkam) Town", "ပန်ဆန်း (ပန်ခမ်း)", ["Pangsang", "Panghkam", "ပန်ဆန်း", "ပန်ခမ်း"]),
    # a part of a city keeps its bracketed part; a district's tag is dropped
    ("Dagon Myothit (East)", "ဒဂုံမြို့သစ် (အရှေ့ပိုင်း)",
     ["Dagon Myothit (East)", "ဒဂုံမြို့သစ် အရှေ့ပိုင်း"]),
    ("Kamma (PKU) Town", "ကမ္မ", ["Kamma", "ကမ္မ"]),
    ("Poke Ba Thi RiTown", "ပုဗ္ဗသီရိ", ["Poke Ba Thi Ri", "ပုဗ္ဗသီရိ"]),
])
def test_a_towns_spellings(town: str, burmese: str, expected: list[str]) -> None:
    assert spellings(town, burmese) == expected


@pytest.mark.parametrize("query, region", [
    ("Pinlebu", SAGAING), ("Wuntho", SAGAING), ("Kani", SAGAING), ("Kawlin", SAGAING),
    ("Gangaw", MAGWAY), ("Kyaukhtu", MAGWAY), ("Injangyang", KACHIN),
    ("ပင်လည်ဘူး", SAGAING),   # Pinlebu in Burmese
])
def test_a_township_seat_is_found_in_its_state_or_region(query: str, region: str) -> None:
    match = geocode(query, "MM")
    assert match is not None and match.kind == "place" and match.adm1_code == region
    assert match.source == "mimu"


def test_a_town_the_gazetteer_had_is_not_doubled() -> None:
    # GeoNames has Lashio and Bhamo: MIMU's points for them add no second place
    places = place_table()
    mimu = {n for n, s in zip(places["name"], places["source"], strict=True) if s == MIMU_SOURCE}
    assert "Lashio" not in mimu and "Bhamo" not in mimu
    assert geocode("Lashio", "MM").source == "geonames"


def test_every_state_and_region_of_the_file_has_its_unit() -> None:
    towns = read_towns()
    assert set(towns["unit"]) == set(UNITS)
    assert towns["lon"].between(92, 102).all() and towns["lat"].between(9, 29).all()


def test_the_build_records_the_file_it_read() -> None:
    info = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    assert MIMU_FILE.name in info["sources"]
    assert info["counts"]["places_mimu"] > 250
