"""Wordings of retold news, each sentence written fresh (not corpus text): a small town
named bare in a headline and placed with its region in the body."""

from __future__ import annotations

from tests.extract_helpers import ruled

NORTH_DARFUR, NORTH_KORDOFAN = "SDN-881", "SDN-883"


# 1. a town the body places with its region is that place in the headline too

def test_a_headline_town_placed_with_its_region_in_the_body_keeps_that_place() -> None:
    text = ("Shelling hits El Fasher as RSF says it has seized Um Sumeima\n\n"
            "Shelling hit El Fasher, the capital of North Darfur, on Sunday, while the RSF "
            "announced that it had seized the village of Um Sumeima in North Kordofan.")
    found = ruled(text)
    assert ("capture", NORTH_DARFUR) not in found
    assert ("capture", NORTH_KORDOFAN) in found
    assert ("attack", NORTH_DARFUR) in found
