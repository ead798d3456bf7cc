"""Wordings of round one hundred and four (a), each sentence written fresh (not corpus text):
a strike's toll told in a place whose state a clause after it dates "since" a time ("killed
18 people in an area that has been under Hamas control since the truce began in October")
stays that strike's toll, not a count running since; a toll told as running since a time
stays a casualty report."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded

GAZA = "GAZ+00?"
NORTH_DARFUR = "SDN-881"
PUBLISHED = dt.date(2025, 11, 20)


def test_a_strike_toll_in_a_place_under_control_since_is_the_strike_s() -> None:
    text = ("Local officials said three Israeli strikes on Tuesday killed at least 18 people in "
            "an area of Khan Younis that has been under Hamas control since the truce began in "
            "October.")
    found = folded(text, published=PUBLISHED)
    assert ("attack", GAZA) in found
    assert ("casualty_report", GAZA) not in found


def test_a_strike_toll_in_a_district_held_since_is_the_strike_s() -> None:
    text = ("Health officials in Sudan said two drone strikes on Monday killed at least 14 "
            "people in a district of El Fasher that has been held by the RSF since May.")
    found = folded(text, published=PUBLISHED)
    assert ("attack", NORTH_DARFUR) in found
    assert ("casualty_report", NORTH_DARFUR) not in found


def test_a_toll_running_since_the_truce_stays_a_casualty_report() -> None:
    text = ("Local officials said at least 18 people have been killed in Khan Younis since the "
            "truce began in October.")
    assert ("casualty_report", GAZA) in folded(text, published=PUBLISHED)
