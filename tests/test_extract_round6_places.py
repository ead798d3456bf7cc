"""Places resolved in the wrong country or taken from a mere distance, each sentence
written fresh (not corpus text): a region named by a compass word ("the Nord region",
"Est") lies in a country the report names, never in an unrelated one; a town named with
a relative word ("close to X") keeps its size, so it is not taken for a village homonym;
a place followed by a long distance ("some 650 kilometres away") is only measured
from."""

from __future__ import annotations

import pytest

from geoapp.extract.places import find_places
from geoapp.extract.roles import measures_reach
from tests.extract_helpers import ruled

NORTH_CM, EAST_CM = "CMR-1483", "CMR-1481"
NORTHERN_SD, PORT_SUDAN, KHARTOUM = "SDN-878", "SDN-149", "SDN-874"
GOURMA, ZONDOMA = "BFA-2184", "BFA-2818"


def _regions(text: str) -> set[str | None]:
    return {region for _, region in ruled(text)}


def _countries(text: str) -> set[str | None]:
    return {h.match.country for h in find_places(text, [], set())}


# 1. a compass-word region lies in the report's country

@pytest.mark.parametrize("text", [
    "In Burkina Faso, jihadists attacked an army post at Koumbri, in the Nord region, on "
    "Sunday, killing nine soldiers.",
    "In Burkina Faso, jihadists attacked a gendarmerie post at Kouri, in the Est region, on "
    "Sunday, killing nine gendarmes.",
    "Burkina Faso: two assaults struck the region of the Nord this week, the army said.",
])
def test_compass_region_not_resolved_in_an_unrelated_country(text):
    assert _countries(text) <= {"BF"}
    assert not any(r and r.startswith(("SDN", "CMR", "FRA")) for r in _regions(text))


@pytest.mark.parametrize(("text", "region"), [
    ("In Cameroon, Boko Haram fighters attacked a village in the Nord region on Monday, "
     "killing five civilians, officials in Garoua said.", NORTH_CM),
    ("Gunmen attacked a market in the Est region of Cameroon on Monday, killing four "
     "traders.", EAST_CM),
    ("RSF fighters attacked a village in the Northern state of Sudan on Monday, killing "
     "seven people.", NORTHERN_SD),
])
def test_compass_region_of_the_report_country_kept(text, region):
    assert region in _regions(text)


# 2. a town named with a relative word keeps its size

@pytest.mark.parametrize(("text", "region"), [
    ("In Burkina Faso, jihadists attacked a gendarmerie post at Kouri, close to Gourcy, on "
     "Sunday, killing nine gendarmes.", ZONDOMA),
    ("In Burkina Faso, the army said, militants attacked a convoy at Kouri, not far from "
     "Fada N'Gourma, and the jihadists burned six trucks.", GOURMA),
    ("In Burkina Faso, jihadists attacked an army post at Dargo, in the province of "
     "Namentenga, on Monday.\n\nThe day before, gunmen attacked a gendarmerie post at Kouri, "
     "close to Fada N'Gourma, killing twelve gendarmes.", GOURMA),
])
def test_town_near_which_an_unknown_village_lies(text, region):
    assert region in _regions(text)


# 3. a long distance after a place: the place is only measured from

@pytest.mark.parametrize("after", [
    " some 650 kilometres away, has not claimed the strike.",
    ", about 400 km (250 miles) to the south, said nothing.",
    " more than 300 miles away.",
])
def test_long_distance_after_measures_reach(after):
    assert measures_reach("The RSF, whose fighters hold positions near ", after)


@pytest.mark.parametrize("after", [" some 10 km away, on Monday.", ", on Monday.", ""])
def test_short_or_no_distance_after_places(after):
    assert not measures_reach("Shelling hit a market near ", after)


def test_far_positions_are_not_the_strike_place():
    text = ("A drone struck a fuel depot in Port Sudan on Tuesday. The RSF, whose fighters "
            "hold positions near Khartoum some 800 kilometres away, has not claimed the "
            "attack.")
    assert _regions(text) == {PORT_SUDAN}
