"""Wordings of round one hundred and twenty-two (c), each sentence written fresh (not corpus
text): a deed done with the means named before its user, in a clause with no "that" ("the
drones the army used to strike the base"), is done, as "used drones to strike" was, while a
place someone "used to hold" is a habit; "the part of" a named town held is a capture there,
as "the part of the town" was, but not a part of a region or of a country's region."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"


# the means named before its user: the deed done

def test_weapons_a_force_used_to_take_a_town_tell_the_capture() -> None:
    text = ("Heavy artillery was the chief weapon Russian troops used to capture the town of "
            "Toretsk last week, officials in Kyiv said.")
    assert ("capture", DONETSK) in ruled(text)


def test_a_town_a_force_used_to_hold_is_a_habit() -> None:
    text = ("Toretsk is a town Russian troops used to hold before the war, officials in Kyiv "
            "said.")
    assert ("capture", DONETSK) not in ruled(text)


def test_weapons_a_force_could_use_to_take_a_town_stay_an_aim() -> None:
    text = ("Heavy artillery is the chief weapon Russian troops want to use to capture the "
            "town of Toretsk, officials in Kyiv said.")
    assert ("capture", DONETSK) not in ruled(text)


# the part of a named town held

def test_the_part_of_a_named_town_held_is_a_capture() -> None:
    text = ("According to the brigade, Russian forces now hold the northern part of Kupiansk "
            "up to the railway station.")
    assert ("capture", KHARKIV) in ruled(text)


def test_the_part_of_a_countrys_region_held_is_no_capture() -> None:
    text = ("Russian forces hold the eastern part of Ukraine's Kharkiv region, the brigade "
            "said.")
    assert ("capture", KHARKIV) not in ruled(text)


def test_the_part_of_a_named_town_still_held_tells_no_change() -> None:
    text = ("Ukrainian forces still hold the northern part of Kupiansk, the brigade said.")
    assert ("capture", KHARKIV) not in ruled(text)
