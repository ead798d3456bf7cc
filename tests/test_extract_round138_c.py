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


def test_a_capital_relying_on_its_units_is_not_the_fighting_place() -> None:
    text = ("Ukrainian troops have retaken the railway depot in Kupiansk, Kharkiv Oblast, the "
            "army said on Monday. Moscow relied on its best assault units to hold the depot. "
            "During the fighting, Russian troops struck the Ukrainian soldiers with glide "
            "bombs and drones.")
    read = folded(text)
    assert ("attack", "RUS-2365") not in read


def test_a_capital_that_sent_units_still_acts() -> None:
    text = ("Moscow sent its best assault units to hold the railway depot in Kupiansk, the "
            "Ukrainian army said on Monday.")
    assert ("troop_deployment", "RUS-2365") not in folded(text)


MANDALAY = "MMR-3267"


def test_a_total_of_bases_seized_is_a_capture() -> None:
    text = ("The resistance forces have seized a total of 20 regime military bases and "
            "outposts in Madaya Township, the group said.")
    assert ("capture", MANDALAY) in folded(text)


def test_a_total_of_rounds_fired_stays_no_capture() -> None:
    text = ("The junta troops have fired a total of 14 artillery rounds at villages in "
            "Madaya Township this week, a spokesman said.")
    assert ("capture", MANDALAY) not in folded(text)
