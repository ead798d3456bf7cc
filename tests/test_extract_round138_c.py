"""Wordings of round one hundred and thirty-eight (c), each sentence written fresh (not
corpus text): air raid sirens that sound over a city are a warning, no strike, where a
strike told beside them is still one; a capital leaning on its forces ("Moscow relied on
its best units") names who acts, not the place of the fighting told next; a sum before a
count ("seized a total of 20 bases") keeps the object as near as a bare number does."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"


def test_air_raid_sirens_sounding_are_no_attack() -> None:
    text = ("Shortly after midnight, air raid sirens sounded again over Kharkiv, and "
            "residents spent the rest of the night in metro stations.")
    assert ("attack", KHARKIV) not in folded(text)


def test_sirens_beside_a_strike_keep_the_attack() -> None:
    text = ("Air raid sirens sounded across Kharkiv as Russian drones struck two apartment "
            "blocks in the city on Tuesday night.")
    assert ("attack", KHARKIV) in folded(text)
