"""Wordings of round one hundred and twenty-five (b), each sentence written fresh (not corpus
text): where a convoy was going, told with where it came from ("on its way from X to Y"), is
not where it was struck, as with "en route to Y"; a place "reoccupied" is taken again,
unlike the adjective of an occupied territory."""

from __future__ import annotations

from tests.extract_helpers import ruled

BAMAKO = "MLI-2792"
SIKASSO = "MLI-2794"
SAGAING = "MMR-3302"


# the far end of a journey told by both its ends

def test_where_a_convoy_on_its_way_from_x_to_y_was_going_is_not_where_it_was_hit() -> None:
    text = ("A convoy of fuel trucks on its way from Sikasso to Bamako was ambushed near "
            "Bougouni on Saturday, the army said.")
    found = ruled(text)
    assert ("attack", BAMAKO) not in found
    assert ("attack", SIKASSO) in found


def test_raiders_coming_from_a_town_still_strike_where_they_strike() -> None:
    text = ("Jihadists travelling from Sikasso attacked an army checkpoint in Bamako on "
            "Sunday.")
    assert ("attack", BAMAKO) in ruled(text)


# a place taken again

def test_a_place_reoccupied_is_captured() -> None:
    text = ("The army reoccupied the base near Kalay in Sagaing Region on Tuesday after the "
            "resistance withdrew.")
    assert ("capture", SAGAING) in ruled(text)


def test_villages_under_occupation_are_no_capture() -> None:
    text = ("Residents of the occupied villages near Kalay in Sagaing Region said on Tuesday "
            "that food was running short.")
    assert ("capture", SAGAING) not in ruled(text)
