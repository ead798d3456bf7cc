"""Wordings of round one hundred and four (c), each sentence written fresh (not corpus text):
irregular fighters seen moving or spotted at a place are a sighting; a force driven off the
heights it held loses that ground; a base named with the unit it belongs to before its place ("the base of
the 21 Battalion in X") is the site "the base" names again."""

from __future__ import annotations

from tests.extract_helpers import ruled

BORNO = "NGA-2839"
SOUTH_KIVU = "COD-1894"


# irregular fighters seen on the move

def test_terrorists_seen_moving_are_a_sighting() -> None:
    text = ("Herders in Dikwa, Borno State, said they had seen the terrorists moving towards "
            "the river on Tuesday evening.")
    assert ("unit_sighting", BORNO) in ruled(text)


def test_insurgents_spotted_in_a_town_are_a_sighting() -> None:
    text = ("Residents said the insurgents were spotted in Dikwa, Borno State, on Wednesday, "
            "carrying looted food.")
    assert ("unit_sighting", BORNO) in ruled(text)


def test_terrorists_spotted_and_struck_are_no_sighting() -> None:
    text = ("A group of terrorists was spotted near Dikwa, Borno State, and struck by the air "
            "force on Wednesday.")
    assert ("unit_sighting", BORNO) not in ruled(text)


# a force driven off the heights

def test_rebels_driven_off_the_hills_lose_them() -> None:
    text = ("Near Kalehe in South Kivu, the militiamen were driven off the Mbiro and Lushebere "
            "hills, but they came back on Sunday.")
    assert ("capture", SOUTH_KIVU) in ruled(text)


def test_attackers_driven_off_take_no_ground() -> None:
    text = ("Near Kalehe in South Kivu, the soldiers drove off the attackers on Friday after a "
            "long exchange of fire.")
    assert ("capture", SOUTH_KIVU) not in ruled(text)


def test_a_lorry_forced_off_the_road_is_no_capture() -> None:
    text = ("Near Kalehe in South Kivu, the militiamen were driven off the road, but they came "
            "back on Sunday.")
    assert ("capture", SOUTH_KIVU) not in ruled(text)


# a base named with its unit, then named again

def test_a_base_of_a_battalion_is_named_again() -> None:
    text = ("Only days after an attack on the base at Gujba in Yobe State, fighters struck "
            "again. The target was the Forward Operating Base of the 21 Battalion in Dikwa "
            "in Borno State. The armoury of the base was looted and set on fire.")
    assert ("attack", BORNO) in ruled(text)


def test_a_base_named_with_its_town_only_stays_its_own() -> None:
    text = ("Fighters attacked the base at Gujba in Yobe State on Monday. The armoury of the "
            "base was looted and set on fire.")
    assert ("attack", "NGA-2873") in ruled(text)
