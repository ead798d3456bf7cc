"""Wordings of round 92 (c2), each sentence written fresh (not corpus text): a region abroad
named only as where refugees fled ("fled across the border into India's Mizoram State")
decides nothing about the report's villages; a force closing a place
to all movement ("closed every road into X") is an event of its own; villages listed after
their country's adjective ("the southern Lebanese villages of A and B") are that country's.
"""

from __future__ import annotations

import datetime as dt

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

CHIN, BHAMO = "MMR-3274", "MMR-3296"
PUBLISHED = dt.date(2024, 7, 1)


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(h.match.name, h.match.country) for h in find_places(text, [], set())]


# 1. a region abroad named only as refugees' destination does not decide which country's
# namesake a village is

def test_refuge_abroad_does_not_drop_a_village() -> None:
    text = ("Arakan Army fighters attacked a junta outpost in Matupi on Sunday.\n\n"
            "Hundreds of residents have fled across the border as refugees into India's "
            "Mizoram State.")
    assert ("attack", CHIN) in ruled(text, PUBLISHED)


def test_region_named_as_ground_still_decides() -> None:
    text = ("Arakan Army fighters attacked a junta outpost in Matupi on Sunday.\n\n"
            "Police in India's Mizoram State arrested two smugglers.")
    assert ("attack", CHIN) not in ruled(text, PUBLISHED)


# 2. a force closing a place to all movement is an event (type other)

def test_every_road_into_a_town_closed() -> None:
    text = "Junta troops closed every road into and out of Bhamo on Saturday."
    assert ("other", BHAMO) in ruled(text, PUBLISHED)


def test_every_road_told_shut_in_the_passive() -> None:
    text = "Every road into Bhamo was shut by the army on Saturday."
    assert ("other", BHAMO) in ruled(text, PUBLISHED)


def test_roads_to_a_building_are_no_place_closed() -> None:
    text = "Soldiers closed every road leading to the hospital in Bhamo on Saturday."
    assert ("other", BHAMO) not in ruled(text, PUBLISHED)


def test_cordon_round_a_blast_site_is_no_place_closed() -> None:
    text = "Police sealed off the area around the market in Bhamo on Saturday."
    assert ("other", BHAMO) not in ruled(text, PUBLISHED)


# 3. villages listed after their country's adjective are that country's namesakes

def test_listed_villages_of_a_country_are_its_own() -> None:
    text = ("Jets struck launchers in the southern Lebanese villages of Chihine, Zibqin and "
            "Houla on Saturday.")
    assert ("Houla", "LB") in _names(text)


def test_bare_name_keeps_the_known_town() -> None:
    text = "Jets struck launchers near Houla on Saturday."
    assert ("Houla", "LB") not in _names(text)
