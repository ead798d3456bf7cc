"""Wordings of round one hundred and twenty-five (c), each sentence written fresh (not corpus
text): a side that now holds a large part of a named town ("now holds large parts of X,
including the police station", "now controls most of X") has taken ground there, a capture;
ground still held, or most of a whole state or region, tells no change."""

from __future__ import annotations

from tests.extract_helpers import ruled

SOUTH_KORDOFAN = "SDN-882"
NORTH_DARFUR = "SDN-881"


# a large part of a named town now held

def test_large_parts_of_a_town_now_held_are_a_capture() -> None:
    text = ("Monitors say the paramilitaries now hold large parts of Kadugli, including the "
            "central market and the prison.")
    assert ("capture", SOUTH_KORDOFAN) in ruled(text)


def test_most_of_a_town_now_held_is_a_capture() -> None:
    text = "The militia now holds most of Kadugli, a resident said on Tuesday."
    assert ("capture", SOUTH_KORDOFAN) in ruled(text)


def test_large_parts_of_a_town_still_held_are_no_capture() -> None:
    text = ("Monitors say the paramilitaries still hold large parts of Kadugli, including the "
            "central market and the prison.")
    assert ("capture", SOUTH_KORDOFAN) not in ruled(text)


def test_most_of_a_state_now_held_is_no_capture() -> None:
    text = "The paramilitaries now hold most of North Darfur state and much of Kordofan."
    assert ("capture", NORTH_DARFUR) not in ruled(text)
