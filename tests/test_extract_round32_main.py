"""A Congolese territory is a district, not a krai; a taking told as achieved ("managed to
take the village") is a capture, each sentence written fresh (not corpus text)."""

from __future__ import annotations

from geoapp.geocode import default_geocoder
from tests.extract_helpers import ruled

NORTH_KIVU = "COD-1898"


def test_a_territory_that_is_no_krai_is_the_district_of_its_town() -> None:
    match = default_geocoder().geocode("Lubero territory")
    assert match is not None and match.adm1_code == NORTH_KIVU
    assert match.geo_precision == "district"


def test_a_russian_territory_is_still_its_krai() -> None:
    match = default_geocoder().geocode("Krasnodar Territory")
    assert match is not None and match.kind == "region" and match.admin1 == "Krasnodar Krai"


def test_a_village_the_rebels_managed_to_take_is_captured() -> None:
    found = ruled("In North Kivu, the rebels managed to take the village of Kanyambi, in the "
                  "south of Lubero territory, after clashes with the army.")
    assert ("capture", NORTH_KIVU) in found


def test_a_town_troops_will_be_able_to_retake_is_no_capture() -> None:
    found = ruled("In North Kivu, the army hopes its troops will be able to retake the town "
                  "of Lubero within weeks.")
    assert ("capture", NORTH_KIVU) not in found
