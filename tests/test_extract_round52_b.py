"""Wording of a batch of Sudan and Lebanon reports, each sentence written fresh (not corpus
text): a town's surroundings called its region ("in the Tyre region"), and a force counted
by its fighting vehicles."""

from __future__ import annotations

from tests.extract_helpers import ruled

SOUTH_LEBANON = "LBN-3060"
NORTH_DARFUR = "SDN-881"


def test_town_area_called_its_region_places_the_event_at_the_town() -> None:
    text = ("A man was killed on Sunday when a drone struck his car in the Tyre region in "
            "the south of Lebanon.")
    found = ruled(text)
    assert ("attack", SOUTH_LEBANON) in found
    assert ("attack", "LB") not in found


def test_force_counted_by_its_light_vehicles_is_deployed() -> None:
    text = ("Monitors said that some 30 militia light vehicles had been positioned around "
            "the Abu Shouk camp in El Fasher on Monday.")
    assert ("troop_deployment", NORTH_DARFUR) in ruled(text)
