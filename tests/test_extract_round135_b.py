"""Wordings of round one hundred and thirty-five (b), each sentence written fresh (not corpus
text): a capital's own count of losses ("Moscow's own figure") names who tells it, no
place of a casualty report, though a city's death toll is still the city's; people a town
"has taken in" are sheltered there, no capture, though a town taken in a raid still is."""

from __future__ import annotations

from tests.extract_helpers import folded

MOSCOW = "RUS-2365"
KHARKIV = "UKR-328"
NORTH_DARFUR = "SDN-881"


# a capital's own count

def test_a_capitals_own_figure_for_losses_places_nothing_there() -> None:
    text = "Moscow's own figure for its losses in the first week was 260 casualties."
    assert ("casualty_report", MOSCOW) not in folded(text)


def test_a_citys_death_toll_stays_the_citys() -> None:
    text = "Kharkiv's death toll rose to 14 after the overnight strike, officials said."
    assert ("attack", KHARKIV) in folded(text)


# people a town has taken in

def test_survivors_a_town_has_taken_in_are_no_capture() -> None:
    text = ("Tawila has taken in hundreds of survivors from the army garrison at Mellit, "
            "aid workers said.")
    assert ("capture", NORTH_DARFUR) not in folded(text)


def test_a_garrison_taken_stays_a_capture() -> None:
    text = "The RSF said on Tuesday it had taken the army garrison at Mellit."
    assert ("capture", NORTH_DARFUR) in folded(text)
